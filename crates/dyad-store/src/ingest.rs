//! Ingest: code documents in batches and write each batch in one transaction.

use crate::{Result, Store, DEDUP_WINDOW_DAYS};
use dyad::{Document, EventRecord, Pipeline};
use rusqlite::types::Value;
use rusqlite::{params, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::time::{Duration, Instant};

/// A document that was not stored, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The document id, when it is known (input errors name the document in `reason`).
    pub doc: Option<String>,
    /// What was wrong.
    pub reason: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.doc {
            Some(d) if !self.reason.contains(d.as_str()) => write!(f, "{d}: {}", self.reason),
            _ => f.write_str(&self.reason),
        }
    }
}

/// Where an ingest stands, reported after each batch is committed.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    /// Documents read so far (failed ones included).
    pub read: usize,
    /// Documents stored so far (new or replaced).
    pub stored: usize,
    /// Documents already stored with the same content, skipped.
    pub unchanged: usize,
    /// Documents that failed so far.
    pub failed: usize,
    /// Event records stored so far (each a mention of a new or existing event).
    pub events: usize,
    /// Time since the ingest started.
    pub elapsed: Duration,
    /// The failures of this batch (all of them are also in [`IngestReport::failures`]).
    pub new_failures: Vec<Failure>,
}

impl Progress {
    /// Documents read per second.
    pub fn docs_per_sec(&self) -> f64 {
        let s = self.elapsed.as_secs_f64();
        if s > 0.0 {
            self.read as f64 / s
        } else {
            0.0
        }
    }
}

/// What an ingest did.
#[derive(Debug, Clone, Default)]
pub struct IngestReport {
    /// Documents read (failed ones included).
    pub read: usize,
    /// New documents stored.
    pub added: usize,
    /// Changed documents whose events were replaced.
    pub replaced: usize,
    /// Documents already stored with the same content: nothing written.
    pub unchanged: usize,
    /// Event records stored (mentions).
    pub events: usize,
    /// Documents skipped, with their reasons, in input order.
    pub failures: Vec<Failure>,
    /// How long it took.
    pub elapsed: Duration,
}

/// The stored identity of a document: same values, same document (a no-op to re-ingest).
#[derive(Debug, PartialEq, Eq)]
struct DocMeta {
    hash: String,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
    publisher: Option<String>,
}

impl DocMeta {
    fn of(doc: &Document) -> DocMeta {
        DocMeta {
            hash: content_hash(&doc.text),
            date: doc.date.map(|d| d.to_string()),
            title: doc.title.clone(),
            url: doc.url.clone(),
            publisher: doc.publisher.clone(),
        }
    }
}

/// SHA-256 of a text, lower-case hex.
pub(crate) fn content_hash(text: &str) -> String {
    use fmt::Write;
    let digest = Sha256::digest(text.as_bytes());
    let mut s = String::with_capacity(64);
    for b in digest.iter() {
        let _ = write!(s, "{b:02x}");
    }
    s
}

fn stored_meta(conn: &rusqlite::Connection, id: &str) -> Result<Option<DocMeta>> {
    Ok(conn
        .prepare_cached(
            "SELECT content_hash, date, title, url, publisher FROM documents WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(DocMeta {
                hash: r.get(0)?,
                date: r.get(1)?,
                title: r.get(2)?,
                url: r.get(3)?,
                publisher: r.get(4)?,
            })
        })
        .optional()?)
}

/// What NumSources counts for a document: its publisher, else its URL's host, else "".
fn source_of(doc: &Document) -> String {
    if let Some(p) = doc
        .publisher
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        return p.to_string();
    }
    doc.url
        .as_deref()
        .map(|u| {
            let rest = u.split_once("://").map_or(u, |(_, r)| r);
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
            let host = host.split(':').next().unwrap_or("");
            host.strip_prefix("www.")
                .unwrap_or(host)
                .to_ascii_lowercase()
        })
        .unwrap_or_default()
}

/// What a batch changed, to apply at its end: the events whose counts to recompute, and the
/// change in the number of events of each (code, name) actor.
#[derive(Default)]
struct Touched {
    /// The first mention the batch inserted: it and all above are not yet in the text index.
    first_mention: Option<i64>,
    events: BTreeSet<i64>,
    actors: BTreeMap<(String, String), ActorDelta>,
}

#[derive(Default)]
struct ActorDelta {
    country: Option<String>,
    role: Option<String>,
    delta: i64,
}

impl Touched {
    /// The source and target of `r` are in `delta` more (or fewer) events.
    fn actors_of(&mut self, r: &EventRecord, delta: i64) {
        for a in [&r.source, &r.target].into_iter().flatten() {
            let key = (a.code.clone(), a.name.clone().unwrap_or_default());
            let d = self.actors.entry(key).or_default();
            d.delta += delta;
            if d.country.is_none() {
                d.country.clone_from(&a.country);
            }
            if d.role.is_none() {
                d.role.clone_from(&a.role);
            }
        }
    }
}

enum Outcome {
    Added,
    Replaced,
    Unchanged,
}

impl Store {
    /// Code and store documents.
    ///
    /// Documents are read and coded [`Store::set_batch_size`] at a time (in parallel, on the
    /// current rayon pool), and each batch is written in one transaction; `progress` is called
    /// after each commit. A document already stored with the same text (SHA-256) and the same
    /// date, title, URL and publisher is skipped; one stored with different values has its
    /// mentions replaced (events it alone reported are deleted, the counts of the others are
    /// recomputed). An input error (`Err` item) or a document with an empty id is skipped and
    /// reported in [`IngestReport::failures`]. An `Err` returned by this function is a database
    /// error: the batches committed before it stay, the one in progress is rolled back.
    pub fn ingest<E: fmt::Display>(
        &mut self,
        docs: impl IntoIterator<Item = std::result::Result<Document, E>>,
        pipeline: &Pipeline,
        mut progress: impl FnMut(Progress),
    ) -> Result<IngestReport> {
        let start = Instant::now();
        let mut report = IngestReport::default();
        let mut docs = docs.into_iter();
        loop {
            let mut batch: Vec<Document> = Vec::with_capacity(self.batch_size);
            let mut failures = Vec::new();
            let mut n = 0;
            for item in docs.by_ref().take(self.batch_size) {
                n += 1;
                match item {
                    Ok(d) if d.id.trim().is_empty() => failures.push(Failure {
                        doc: None,
                        reason: "document with an empty id".into(),
                    }),
                    Ok(d) => batch.push(d),
                    Err(e) => failures.push(Failure {
                        doc: None,
                        reason: e.to_string(),
                    }),
                }
            }
            if n == 0 {
                break;
            }
            report.read += n;
            // Code only what is not stored as it is (checked again inside the transaction, for
            // a document that appears twice in one batch).
            let mut metas = Vec::with_capacity(batch.len());
            let mut todo = Vec::with_capacity(batch.len());
            for d in batch {
                let meta = DocMeta::of(&d);
                if stored_meta(&self.conn, &d.id)?.as_ref() == Some(&meta) {
                    report.unchanged += 1;
                } else {
                    metas.push(meta);
                    todo.push(d);
                }
            }
            let coded = pipeline.try_code_batch(&todo);
            let tx = self.conn.transaction()?;
            let mut touched = Touched::default();
            let now = crate::now_utc();
            for ((doc, meta), records) in todo.iter().zip(&metas).zip(&coded) {
                let records = match records {
                    Ok(r) => r,
                    Err(reason) => {
                        failures.push(Failure {
                            doc: Some(doc.id.clone()),
                            reason: reason.clone(),
                        });
                        continue;
                    }
                };
                match write_document(&tx, doc, meta, records, &now, &mut touched)? {
                    Outcome::Added => {
                        report.added += 1;
                        report.events += records.len();
                    }
                    Outcome::Replaced => {
                        report.replaced += 1;
                        report.events += records.len();
                    }
                    Outcome::Unchanged => report.unchanged += 1,
                }
            }
            finish(&tx, &touched)?;
            tx.commit()?;
            report.failures.extend(failures.iter().cloned());
            progress(Progress {
                read: report.read,
                stored: report.added + report.replaced,
                unchanged: report.unchanged,
                failed: report.failures.len(),
                events: report.events,
                elapsed: start.elapsed(),
                new_failures: failures,
            });
        }
        report.elapsed = start.elapsed();
        Ok(report)
    }
}

fn write_document(
    tx: &Transaction<'_>,
    doc: &Document,
    meta: &DocMeta,
    records: &[EventRecord],
    now: &str,
    touched: &mut Touched,
) -> Result<Outcome> {
    let outcome = match stored_meta(tx, &doc.id)? {
        Some(m) if &m == meta => return Ok(Outcome::Unchanged),
        Some(_) => {
            remove_mentions(tx, &doc.id, touched)?;
            Outcome::Replaced
        }
        None => Outcome::Added,
    };
    tx.prepare_cached(
        "INSERT INTO documents(id, url, publisher, source, date, title, content_hash, text, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT(id) DO UPDATE SET url = excluded.url, publisher = excluded.publisher,
             source = excluded.source, date = excluded.date, title = excluded.title,
             content_hash = excluded.content_hash, text = excluded.text,
             ingested_at = excluded.ingested_at",
    )?
    .execute(params![
        doc.id,
        doc.url,
        doc.publisher,
        source_of(doc),
        meta.date,
        doc.title,
        meta.hash,
        doc.text,
        now
    ])?;
    for r in records {
        attach(tx, r, now, touched)?;
    }
    Ok(outcome)
}

/// Remove a document's mentions; promote a new representative for the events that lose theirs
/// and delete the events left without mentions.
fn remove_mentions(tx: &Transaction<'_>, doc_id: &str, touched: &mut Touched) -> Result<()> {
    let events: Vec<i64> = tx
        .prepare_cached("SELECT DISTINCT event_id FROM mentions WHERE doc_id = ?1")?
        .query_map([doc_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    // Out of the text index first (those of this batch are not in it yet).
    tx.prepare_cached(
        "INSERT INTO mentions_fts(mentions_fts, rowid, sentence_text)
         SELECT 'delete', id, sentence_text FROM mentions WHERE doc_id = ?1 AND id < ?2",
    )?
    .execute(params![doc_id, touched.first_mention.unwrap_or(i64::MAX)])?;
    tx.prepare_cached("DELETE FROM mentions WHERE doc_id = ?1")?
        .execute([doc_id])?;
    for e in events {
        touched.events.insert(e);
        let (old, rep_left): (String, bool) = tx
            .prepare_cached(
                "SELECT record, EXISTS(SELECT 1 FROM mentions m WHERE m.record_id = e.record_id)
                 FROM events e WHERE e.id = ?1",
            )?
            .query_row([e], |r| Ok((r.get(0)?, r.get(1)?)))?;
        if rep_left {
            continue;
        }
        // The representative went: the event goes, or the next mention takes its place.
        touched.actors_of(&serde_json::from_str(&old)?, -1);
        let next: Option<String> = tx
            .prepare_cached("SELECT record FROM mentions WHERE event_id = ?1 ORDER BY id LIMIT 1")?
            .query_row([e], |r| r.get(0))
            .optional()?;
        match next {
            None => {
                tx.prepare_cached("DELETE FROM events WHERE id = ?1")?
                    .execute([e])?;
            }
            Some(json) => {
                let r: EventRecord = serde_json::from_str(&json)?;
                touched.actors_of(&r, 1);
                let cols = event_columns(&r, &json);
                let set: Vec<String> = cols
                    .iter()
                    .enumerate()
                    .map(|(i, (c, _))| format!("{c} = ?{}", i + 1))
                    .collect();
                let sql = format!(
                    "UPDATE events SET {} WHERE id = ?{}",
                    set.join(", "),
                    cols.len() + 1
                );
                let mut values: Vec<Value> = cols.into_iter().map(|(_, v)| v).collect();
                values.push(Value::Integer(e));
                tx.prepare_cached(&sql)?
                    .execute(rusqlite::params_from_iter(values))?;
            }
        }
    }
    Ok(())
}

/// The day of a record for deduplication and date filters: the event date, else the document's.
pub(crate) fn record_day(r: &EventRecord) -> Option<i64> {
    r.date
        .as_deref()
        .or(r.doc_date.as_deref())
        .and_then(|d| dyad::Date::parse(d).ok())
        .map(|d| d.to_days())
}

/// Store one record: as a mention of the matching event, or as a new event.
fn attach(tx: &Transaction<'_>, r: &EventRecord, now: &str, touched: &mut Touched) -> Result<()> {
    let day = record_day(r);
    let place_country = r.place.as_ref().and_then(|p| p.country.clone());
    // Two statements rather than one with an OR, so that the day range uses the index.
    let sql = if day.is_some() {
        "SELECT id FROM events
         WHERE cameo_root = ?1 AND source_code IS ?2 AND target_code IS ?3
           AND day BETWEEN ?7 - ?8 AND ?7 + ?8
           AND place_country IS ?4 AND negated = ?5 AND hypothetical = ?6
         ORDER BY abs(day - ?7), id LIMIT 1"
    } else {
        // (?7 and ?8 are named so that both statements take the same parameters.)
        "SELECT id FROM events
         WHERE cameo_root = ?1 AND source_code IS ?2 AND target_code IS ?3 AND day IS NULL
           AND place_country IS ?4 AND negated = ?5 AND hypothetical = ?6
           AND ?7 IS NULL AND ?8 IS NOT NULL
         ORDER BY id LIMIT 1"
    };
    let found: Option<i64> = tx
        .prepare_cached(sql)?
        .query_row(
            params![
                r.cameo.root,
                r.source.as_ref().map(|a| &a.code),
                r.target.as_ref().map(|a| &a.code),
                place_country,
                r.negated,
                r.hypothetical,
                day,
                DEDUP_WINDOW_DAYS
            ],
            |row| row.get(0),
        )
        .optional()?;
    let json = serde_json::to_string(r)?;
    let event = match found {
        Some(id) => id,
        None => {
            let mut cols = event_columns(r, &json);
            cols.push(("added_at", Value::Text(now.to_string())));
            let names: Vec<&str> = cols.iter().map(|(c, _)| *c).collect();
            let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
            let sql = format!(
                "INSERT INTO events({}) VALUES ({})",
                names.join(", "),
                marks.join(", ")
            );
            tx.prepare_cached(&sql)?
                .execute(rusqlite::params_from_iter(cols.into_iter().map(|(_, v)| v)))?;
            touched.actors_of(r, 1);
            tx.last_insert_rowid()
        }
    };
    touched.events.insert(event);
    let span = |a: &Option<dyad::ActorRecord>, i: usize| a.as_ref().map(|a| a.span[i] as i64);
    tx.prepare_cached(
        "INSERT INTO mentions(event_id, record_id, doc_id, sentence, sentence_text,
             source_start, source_end, target_start, target_end,
             trigger_text, trigger_start, trigger_end, record)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        event,
        r.event_id,
        r.doc_id,
        r.sentence as i64,
        r.sentence_text,
        span(&r.source, 0),
        span(&r.source, 1),
        span(&r.target, 0),
        span(&r.target, 1),
        r.trigger.text,
        r.trigger.span[0] as i64,
        r.trigger.span[1] as i64,
        json
    ])?;
    touched.first_mention.get_or_insert(tx.last_insert_rowid());
    Ok(())
}

/// Index the batch's new mentions, recompute the counts of the events it touched and apply the
/// changes to the actors.
fn finish(tx: &Transaction<'_>, touched: &Touched) -> Result<()> {
    if let Some(first) = touched.first_mention {
        tx.prepare_cached(
            "INSERT INTO mentions_fts(rowid, sentence_text)
             SELECT id, sentence_text FROM mentions WHERE id >= ?1",
        )?
        .execute([first])?;
    }
    let mut counts = tx.prepare_cached(
        "UPDATE events SET
             num_mentions = (SELECT count(*) FROM mentions m WHERE m.event_id = events.id),
             num_articles = (SELECT count(DISTINCT m.doc_id) FROM mentions m
                             WHERE m.event_id = events.id),
             num_sources  = (SELECT count(DISTINCT d.source) FROM mentions m
                             JOIN documents d ON d.id = m.doc_id WHERE m.event_id = events.id)
         WHERE id = ?1",
    )?;
    for e in &touched.events {
        counts.execute([e])?;
    }
    let mut upsert = tx.prepare_cached(
        "INSERT INTO actors(code, name, country, role, count) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(code, name) DO UPDATE SET count = count + excluded.count,
             country = coalesce(country, excluded.country), role = coalesce(role, excluded.role)",
    )?;
    let mut gone =
        tx.prepare_cached("DELETE FROM actors WHERE code = ?1 AND name = ?2 AND count <= 0")?;
    for ((code, name), d) in &touched.actors {
        if d.delta != 0 {
            upsert.execute(params![code, name, d.country, d.role, d.delta])?;
            if d.delta < 0 {
                gone.execute(params![code, name])?;
            }
        }
    }
    Ok(())
}

/// The flattened columns of an actor, in the order `event_columns` writes them (also the
/// Parquet export's).
pub(crate) const SOURCE_COLUMNS: [&str; 7] = [
    "source_code",
    "source_country",
    "source_role",
    "source_name",
    "source_text",
    "source_start",
    "source_end",
];
pub(crate) const TARGET_COLUMNS: [&str; 7] = [
    "target_code",
    "target_country",
    "target_role",
    "target_name",
    "target_text",
    "target_start",
    "target_end",
];
const ATTRIBUTION_COLUMNS: [&str; 7] = [
    "attribution_code",
    "attribution_country",
    "attribution_role",
    "attribution_name",
    "attribution_text",
    "attribution_start",
    "attribution_end",
];

/// The flattened columns of `events` for a record (all but `id`, the counts and `added_at`).
fn event_columns(r: &EventRecord, json: &str) -> Vec<(&'static str, Value)> {
    fn t(s: Option<&str>) -> Value {
        s.map_or(Value::Null, |s| Value::Text(s.to_string()))
    }
    fn i(n: Option<usize>) -> Value {
        n.map_or(Value::Null, |n| Value::Integer(n as i64))
    }
    fn f(x: Option<f64>) -> Value {
        x.map_or(Value::Null, Value::Real)
    }
    let mut c: Vec<(&'static str, Value)> = vec![
        ("record_id", t(Some(&r.event_id))),
        ("doc_id", t(Some(&r.doc_id))),
        ("doc_date", t(r.doc_date.as_deref())),
        ("sentence", i(Some(r.sentence))),
        ("sentence_text", t(Some(&r.sentence_text))),
    ];
    let actor = |c: &mut Vec<(&'static str, Value)>,
                 names: [&'static str; 7],
                 a: &Option<dyad::ActorRecord>| {
        let a = a.as_ref();
        let vals = [
            t(a.map(|a| a.code.as_str())),
            t(a.and_then(|a| a.country.as_deref())),
            t(a.and_then(|a| a.role.as_deref())),
            t(a.and_then(|a| a.name.as_deref())),
            t(a.map(|a| a.text.as_str())),
            i(a.map(|a| a.span[0])),
            i(a.map(|a| a.span[1])),
        ];
        c.extend(names.into_iter().zip(vals));
    };
    actor(&mut c, SOURCE_COLUMNS, &r.source);
    actor(&mut c, TARGET_COLUMNS, &r.target);
    actor(&mut c, ATTRIBUTION_COLUMNS, &r.attribution);
    let p = r.place.as_ref();
    c.extend([
        ("cameo_code", t(Some(&r.cameo.code))),
        ("cameo_root", t(Some(&r.cameo.root))),
        ("cameo_name", t(Some(&r.cameo.name))),
        // Through the decimal form: 1.9f32 is stored as 1.9, not 1.899999976158142.
        (
            "goldstein",
            f(r.cameo.goldstein.to_string().parse::<f64>().ok()),
        ),
        ("quad_class", Value::Integer(i64::from(r.cameo.quad_class))),
        (
            "plover_type",
            t(r.plover.as_ref().map(|p| p.event_type.as_str())),
        ),
        (
            "plover_mode",
            t(r.plover.as_ref().and_then(|p| p.mode.as_deref())),
        ),
        ("trigger_text", t(Some(&r.trigger.text))),
        ("trigger_start", i(Some(r.trigger.span[0]))),
        ("trigger_end", i(Some(r.trigger.span[1]))),
        ("date", t(r.date.as_deref())),
        ("day", record_day(r).map_or(Value::Null, Value::Integer)),
        ("date_precision", t(Some(&r.date_precision))),
        ("place_name", t(p.map(|p| p.name.as_str()))),
        ("place_kind", t(p.map(|p| p.kind.as_str()))),
        ("place_country", t(p.and_then(|p| p.country.as_deref()))),
        ("place_admin1", t(p.and_then(|p| p.admin1.as_deref()))),
        ("place_id", t(p.map(|p| p.id.as_str()))),
        ("place_lat", f(p.and_then(|p| p.lat))),
        ("place_lon", f(p.and_then(|p| p.lon))),
        ("place_start", i(p.and_then(|p| p.span).map(|s| s[0]))),
        ("place_end", i(p.and_then(|p| p.span).map(|s| s[1]))),
        ("negated", Value::Integer(i64::from(r.negated))),
        ("hypothetical", Value::Integer(i64::from(r.hypothetical))),
        ("why_verb", t(Some(&r.why.verb))),
        ("why_source", t(Some(&r.why.source))),
        ("why_target", t(r.why.target.as_deref())),
        ("record", t(Some(json))),
    ]);
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_and_sources() {
        assert_eq!(
            content_hash(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        let mut d = Document {
            url: Some("https://www.Example.com:443/a/b?c".into()),
            ..Default::default()
        };
        assert_eq!(source_of(&d), "example.com");
        d.publisher = Some(" Reuters ".into());
        assert_eq!(source_of(&d), "Reuters");
        assert_eq!(source_of(&Document::default()), "");
    }
}
