//! Queries: filters over stored events, an event's mentions, a document.

use crate::{Error, Result, Store};
use dyad::{Date, EventRecord};
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row};

/// Which events to return. Every field left `None` matches everything; the fields given must all
/// match. Codes match by prefix (`USA` matches `USAGOV`); events come in the order they were
/// stored (their [`StoredEvent::id`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Actor code prefix, source or target.
    pub actor: Option<String>,
    /// Source actor code prefix.
    pub source: Option<String>,
    /// Target actor code prefix.
    pub target: Option<String>,
    /// Country (ISO alpha-3) of the source or the target actor.
    pub country: Option<String>,
    /// CAMEO event code prefix (`04`, `042`, `0421`).
    pub cameo: Option<String>,
    /// CAMEO root, exactly (`4` is read as `04`).
    pub root: Option<String>,
    /// PLOVER event type (`CONSULT`), case-insensitive.
    pub plover: Option<String>,
    /// QuadClass, 1-4.
    pub quad_class: Option<u8>,
    /// First event date (the event date, else the document date), inclusive.
    pub from: Option<Date>,
    /// Last event date, inclusive.
    pub to: Option<Date>,
    /// Country (ISO alpha-3) of the event's place.
    pub place_country: Option<String>,
    /// Words that one of the event's sentences must all contain (full-text search, any order,
    /// case- and accent-insensitive).
    pub text: Option<String>,
    /// Events reported by this document.
    pub doc_id: Option<String>,
    /// At most this many events.
    pub limit: Option<usize>,
    /// Skip this many events first.
    pub offset: usize,
    /// Cursor: only events whose id is greater (pass the last id of the previous page).
    pub after: Option<i64>,
}

/// A stored event: its representative record and GDELT-style counts.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    /// The store's id of the event (GDELT's GLOBALEVENTID).
    pub id: i64,
    /// The record of the event's representative (earliest stored) mention.
    pub record: EventRecord,
    /// Reports of the event.
    pub num_mentions: u32,
    /// Distinct publishers (else URL hosts) among them.
    pub num_sources: u32,
    /// Distinct documents among them.
    pub num_articles: u32,
    /// When the event was first stored (`YYYY-MM-DDTHH:MM:SSZ`, UTC).
    pub added_at: String,
    /// URL of the representative mention's document.
    pub url: Option<String>,
}

impl StoredEvent {
    /// The record as JSON with `global_event_id`, `num_mentions`, `num_sources` and
    /// `num_articles` added: what `export --format jsonl` writes.
    pub fn to_json(&self) -> Result<serde_json::Value> {
        // Through the text form, so that f32 values read as written (1.9, not 1.899999976).
        let mut v: serde_json::Value = serde_json::from_str(&serde_json::to_string(&self.record)?)?;
        add_counts(&mut v, self);
        Ok(v)
    }
}

pub(crate) fn add_counts(v: &mut serde_json::Value, e: &StoredEvent) {
    if let Some(o) = v.as_object_mut() {
        o.insert("global_event_id".into(), e.id.into());
        o.insert("num_mentions".into(), e.num_mentions.into());
        o.insert("num_sources".into(), e.num_sources.into());
        o.insert("num_articles".into(), e.num_articles.into());
    }
}

/// One report of an event.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The event it reports.
    pub event_id: i64,
    /// The record's own id (`doc:sentence:n`).
    pub record_id: String,
    /// The document.
    pub doc_id: String,
    /// Its publisher.
    pub publisher: Option<String>,
    /// Its URL.
    pub url: Option<String>,
    /// Its date.
    pub doc_date: Option<String>,
    /// The record as coded from this document.
    pub record: EventRecord,
}

/// A stored document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDocument {
    /// Id.
    pub id: String,
    /// URL.
    pub url: Option<String>,
    /// Publisher.
    pub publisher: Option<String>,
    /// Date (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// SHA-256 of the text (hex).
    pub content_hash: String,
    /// The text, as given (record spans are character offsets into it).
    pub text: String,
    /// When it was stored (`YYYY-MM-DDTHH:MM:SSZ`, UTC).
    pub ingested_at: String,
}

/// Push the bounds of a prefix range (`prefix` .. `prefix` + U+10FFFF); their parameter numbers.
fn bounds(p: &str, v: &mut Vec<Value>) -> (usize, usize) {
    v.push(Value::Text(p.to_string()));
    v.push(Value::Text(format!("{p}\u{10FFFF}")));
    (v.len() - 1, v.len())
}

/// `col >= prefix AND col < prefix + U+10FFFF`: a prefix match that uses the column's index.
fn prefix(col: &str, p: &str, w: &mut Vec<String>, v: &mut Vec<Value>) {
    let (lo, hi) = bounds(p, v);
    w.push(format!("({col} >= ?{lo} AND {col} < ?{hi})"));
}

/// An FTS5 query: each word a quoted string, all required.
fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

impl Filter {
    /// The WHERE clause (over `events e`) and its parameters.
    pub(crate) fn sql(&self) -> Result<(String, Vec<Value>)> {
        let mut w: Vec<String> = Vec::new();
        let mut v: Vec<Value> = Vec::new();
        let up = |s: &Option<String>| {
            s.as_deref()
                .map(|s| s.trim().to_ascii_uppercase())
                .filter(|s| !s.is_empty())
        };
        if let Some(a) = up(&self.actor) {
            let (lo, hi) = bounds(&a, &mut v);
            w.push(format!(
                "((e.source_code >= ?{lo} AND e.source_code < ?{hi}) \
                 OR (e.target_code >= ?{lo} AND e.target_code < ?{hi}))"
            ));
        }
        if let Some(s) = up(&self.source) {
            prefix("e.source_code", &s, &mut w, &mut v);
        }
        if let Some(t) = up(&self.target) {
            prefix("e.target_code", &t, &mut w, &mut v);
        }
        if let Some(c) = up(&self.country) {
            v.push(Value::Text(c));
            let n = v.len();
            w.push(format!(
                "(e.source_country = ?{n} OR e.target_country = ?{n})"
            ));
        }
        if let Some(c) = self
            .cameo
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            prefix("e.cameo_code", c, &mut w, &mut v);
        }
        if let Some(r) = self
            .root
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
        {
            let r = if r.len() == 1 {
                format!("0{r}")
            } else {
                r.to_string()
            };
            v.push(Value::Text(r));
            w.push(format!("e.cameo_root = ?{}", v.len()));
        }
        if let Some(p) = up(&self.plover) {
            v.push(Value::Text(p));
            w.push(format!("e.plover_type = ?{}", v.len()));
        }
        if let Some(q) = self.quad_class {
            if !(1..=4).contains(&q) {
                return Err(Error::Filter(format!("QuadClass must be 1-4, not {q}")));
            }
            v.push(Value::Integer(i64::from(q)));
            w.push(format!("e.quad_class = ?{}", v.len()));
        }
        if let (Some(f), Some(t)) = (self.from, self.to) {
            if f > t {
                return Err(Error::Filter(format!("from {f} is after to {t}")));
            }
        }
        if let Some(f) = self.from {
            v.push(Value::Integer(f.to_days()));
            w.push(format!("e.day >= ?{}", v.len()));
        }
        if let Some(t) = self.to {
            v.push(Value::Integer(t.to_days()));
            w.push(format!("e.day <= ?{}", v.len()));
        }
        if let Some(c) = up(&self.place_country) {
            v.push(Value::Text(c));
            w.push(format!("e.place_country = ?{}", v.len()));
        }
        if let Some(q) = self.text.as_deref().and_then(fts_query) {
            v.push(Value::Text(q));
            w.push(format!(
                "e.id IN (SELECT m.event_id FROM mentions_fts f JOIN mentions m ON m.id = f.rowid
                          WHERE mentions_fts MATCH ?{})",
                v.len()
            ));
        }
        if let Some(d) = &self.doc_id {
            v.push(Value::Text(d.clone()));
            w.push(format!(
                "e.id IN (SELECT event_id FROM mentions WHERE doc_id = ?{})",
                v.len()
            ));
        }
        if let Some(a) = self.after {
            v.push(Value::Integer(a));
            w.push(format!("e.id > ?{}", v.len()));
        }
        let clause = if w.is_empty() {
            "1".to_string()
        } else {
            w.join(" AND ")
        };
        Ok((clause, v))
    }
}

const EVENT_COLUMNS: &str = "e.id, e.record, e.num_mentions, e.num_sources, e.num_articles, \
                             e.added_at, d.url";

/// A stored record, parsed; a failure is reported as a conversion error of column `col`.
fn parse_record(json: &str, col: usize) -> rusqlite::Result<EventRecord> {
    serde_json::from_str(json).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(col, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn stored_event(r: &Row<'_>) -> rusqlite::Result<(StoredEvent, String)> {
    let json: String = r.get(1)?;
    let record = parse_record(&json, 1)?;
    Ok((
        StoredEvent {
            id: r.get(0)?,
            record,
            num_mentions: r.get(2)?,
            num_sources: r.get(3)?,
            num_articles: r.get(4)?,
            added_at: r.get(5)?,
            url: r.get(6)?,
        },
        json,
    ))
}

impl Store {
    /// The events that match a filter, in id order.
    pub fn query(&self, filter: &Filter) -> Result<Vec<StoredEvent>> {
        let mut out = Vec::new();
        self.each_event(filter, |e, _| {
            out.push(e);
            Ok(())
        })?;
        Ok(out)
    }

    /// How many events match a filter (its `limit` and `offset` are ignored; `after` applies).
    pub fn count(&self, filter: &Filter) -> Result<u64> {
        let (clause, values) = filter.sql()?;
        let n: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM events e WHERE {clause}"),
            rusqlite::params_from_iter(values),
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// Call `f` with each matching event and its stored record JSON, streaming.
    pub(crate) fn each_event(
        &self,
        filter: &Filter,
        mut f: impl FnMut(StoredEvent, String) -> Result<()>,
    ) -> Result<()> {
        let (clause, mut values) = filter.sql()?;
        let mut sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events e LEFT JOIN documents d ON d.id = e.doc_id \
             WHERE {clause} ORDER BY e.id"
        );
        if filter.limit.is_some() || filter.offset > 0 {
            values.push(Value::Integer(filter.limit.map_or(-1, |l| l as i64)));
            values.push(Value::Integer(filter.offset as i64));
            sql.push_str(&format!(
                " LIMIT ?{} OFFSET ?{}",
                values.len() - 1,
                values.len()
            ));
        }
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
        while let Some(row) = rows.next()? {
            let (e, json) = stored_event(row)?;
            f(e, json)?;
        }
        Ok(())
    }

    /// One event by its id.
    pub fn event(&self, id: i64) -> Result<Option<StoredEvent>> {
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT {EVENT_COLUMNS} FROM events e LEFT JOIN documents d ON d.id = e.doc_id \
                     WHERE e.id = ?1"
                ),
                [id],
                stored_event,
            )
            .optional()?
            .map(|(e, _)| e))
    }

    /// The mentions of an event, in the order they were stored.
    pub fn mentions(&self, event_id: i64) -> Result<Vec<Mention>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.event_id, m.record_id, m.doc_id, d.publisher, d.url, d.date, m.record
             FROM mentions m JOIN documents d ON d.id = m.doc_id
             WHERE m.event_id = ?1 ORDER BY m.id",
        )?;
        let rows = stmt.query_map([event_id], |r| {
            let json: String = r.get(6)?;
            Ok(Mention {
                event_id: r.get(0)?,
                record_id: r.get(1)?,
                doc_id: r.get(2)?,
                publisher: r.get(3)?,
                url: r.get(4)?,
                doc_date: r.get(5)?,
                record: parse_record(&json, 6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One document by its id.
    pub fn document(&self, id: &str) -> Result<Option<StoredDocument>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, url, publisher, date, title, content_hash, text, ingested_at
                 FROM documents WHERE id = ?1",
                [id],
                |r| {
                    Ok(StoredDocument {
                        id: r.get(0)?,
                        url: r.get(1)?,
                        publisher: r.get(2)?,
                        date: r.get(3)?,
                        title: r.get(4)?,
                        content_hash: r.get(5)?,
                        text: r.get(6)?,
                        ingested_at: r.get(7)?,
                    })
                },
            )
            .optional()?)
    }

    /// The actors met, most frequent first: `(code, name, count)`, the name empty when the
    /// actor has none.
    pub fn actors(&self, limit: usize) -> Result<Vec<(String, String, u64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT code, name, count FROM actors ORDER BY count DESC, code, name LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? as u64))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fts_words_are_quoted() {
        assert_eq!(fts_query("  "), None);
        assert_eq!(
            fts_query("border \"crossing"),
            Some("\"border\" \"\"\"crossing\"".into())
        );
    }

    #[test]
    fn actor_filter_sql() {
        let f = Filter {
            quad_class: Some(1),
            actor: Some("usa".into()),
            ..Default::default()
        };
        let (w, v) = f.sql().unwrap();
        assert!(
            w.contains("e.source_code >= ?1") && w.contains("e.target_code < ?2"),
            "{w}"
        );
        assert!(w.contains("e.quad_class = ?3"), "{w}");
        assert_eq!(v.len(), 3);
        assert!(Filter {
            quad_class: Some(5),
            ..Default::default()
        }
        .sql()
        .is_err());
    }
}
