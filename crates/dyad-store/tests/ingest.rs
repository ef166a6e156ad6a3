//! Ingest: idempotence, replacement of changed documents, bad documents, deduplication of one
//! event told by several articles, and consistency after an interrupted ingest.

mod common;

use common::*;
use dyad_store::{Counts, Filter, Store};

fn ingest_all(store: &mut Store, docs: Vec<dyad::Document>) -> dyad_store::IngestReport {
    store.ingest(ok(docs), pipeline(), |_| {}).unwrap()
}

fn events_of(store: &Store, source: &str) -> Vec<dyad_store::StoredEvent> {
    store
        .query(&Filter {
            source: Some(source.into()),
            ..Default::default()
        })
        .unwrap()
}

#[test]
fn schema_is_versioned_wal_and_checks_foreign_keys() {
    let dir = TempDir::new("schema");
    let db = dir.path("s.db");
    {
        let store = Store::open(&db).unwrap();
        assert_eq!(store.schema_version().unwrap(), 1);
        let c = store.connection();
        let mode: String = c
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = c
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
    }
    // Reopening does not migrate again; read-only opening works on a current store.
    assert_eq!(Store::open(&db).unwrap().schema_version().unwrap(), 1);
    assert_eq!(
        Store::open_read_only(&db).unwrap().counts().unwrap(),
        Counts::default()
    );
    // A store from a newer dyad is refused.
    Store::open(&db)
        .unwrap()
        .connection()
        .execute(
            "INSERT INTO schema_version(version, applied_at) VALUES (99, 'x')",
            [],
        )
        .unwrap();
    assert!(matches!(
        Store::open(&db),
        Err(dyad_store::Error::SchemaTooNew {
            found: 99,
            known: 1
        })
    ));
}

#[test]
fn same_documents_twice_change_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let first = ingest_all(&mut store, corpus());
    assert_eq!(first.added, 5);
    assert_eq!(first.unchanged, 0);
    let counts = store.counts().unwrap();
    assert!(
        counts.events > 0 && counts.mentions >= counts.events,
        "{counts:?}"
    );
    let before = snapshot(&store);

    let second = ingest_all(&mut store, corpus());
    assert_eq!((second.added, second.replaced, second.unchanged), (0, 0, 5));
    assert_eq!(second.events, 0);
    assert_eq!(store.counts().unwrap(), counts);
    assert_eq!(snapshot(&store), before);
    assert_sound(&store);

    // The same document twice in one input is stored once.
    let mut store = Store::open_in_memory().unwrap();
    let mut docs = corpus();
    docs.push(docs[0].clone());
    let r = ingest_all(&mut store, docs);
    assert_eq!((r.added, r.unchanged), (5, 1));
    assert_eq!(store.counts().unwrap(), counts);
}

#[test]
fn one_event_told_by_two_articles_is_stored_once() {
    let mut store = Store::open_in_memory().unwrap();
    ingest_all(&mut store, corpus());
    let meetings = events_of(&store, "TURGOV");
    // a1 (April 2) and a2 (April 3) tell the same meeting; a3 (April 11) is outside the window.
    assert_eq!(meetings.len(), 2, "{meetings:#?}");
    let m = &meetings[0];
    assert_eq!(m.record.doc_id, "a1");
    assert_eq!(m.record.target.as_ref().unwrap().code, "AFGGOV");
    assert_eq!((m.num_mentions, m.num_articles, m.num_sources), (2, 2, 2));
    let mentions = store.mentions(m.id).unwrap();
    let docs: Vec<&str> = mentions.iter().map(|x| x.doc_id.as_str()).collect();
    assert_eq!(docs, ["a1", "a2"]);
    assert_eq!(mentions[1].publisher.as_deref(), Some("AP"));
    assert_eq!(
        mentions[1].record.sentence_text, MEET,
        "each mention keeps its own sentence"
    );
    let later = &meetings[1];
    assert_eq!(later.record.doc_id, "a3");
    assert_eq!((later.num_mentions, later.num_articles), (1, 1));

    // Two reports from one publisher: two articles, one source.
    let mut store = Store::open_in_memory().unwrap();
    ingest_all(
        &mut store,
        vec![
            doc("x1", "2021-04-02", Some("AP"), MEET),
            doc("x2", "2021-04-02", Some("AP"), MEET),
            doc("x3", "2021-04-01", Some("Reuters"), MEET),
        ],
    );
    assert_sound(&store);
    let e = events_of(&store, "TUR");
    assert_eq!(e.len(), 1);
    assert_eq!(
        (e[0].num_mentions, e[0].num_articles, e[0].num_sources),
        (3, 3, 2)
    );
    let actors = store.actors(10).unwrap();
    assert!(
        actors.iter().any(|(c, _, n)| c == "TURGOV" && *n == 1),
        "{actors:?}"
    );
}

#[test]
fn a_changed_document_replaces_its_events() {
    let mut store = Store::open_in_memory().unwrap();
    ingest_all(&mut store, corpus());
    let before = store.counts().unwrap();
    let meeting = events_of(&store, "TURGOV")[0].clone();
    assert_eq!(meeting.num_articles, 2);

    // a1 no longer tells the meeting: the event stays, told by a2 alone, which now represents it.
    let mut a1 = corpus().remove(0);
    a1.text = "Russian troops attacked Ukrainian soldiers near Kharkiv.".into();
    let r = ingest_all(&mut store, vec![a1.clone()]);
    assert_eq!((r.added, r.replaced, r.unchanged), (0, 1, 0));
    assert_sound(&store);
    let now = store.event(meeting.id).unwrap().expect("event kept");
    assert_eq!(
        (now.num_mentions, now.num_articles, now.num_sources),
        (1, 1, 1)
    );
    assert_eq!(now.record.doc_id, "a2");
    assert_eq!(now.record.event_id, "a2:0:0");
    let after = store.counts().unwrap();
    assert_eq!(after.documents, before.documents);
    assert_eq!(after.events, before.events);
    assert_eq!(after.mentions, before.mentions - 1);
    assert_eq!(
        store.document("a1").unwrap().unwrap().text,
        a1.text,
        "the document row is replaced"
    );

    // a2 changes too: the meeting of April 2-3 has no report left and is deleted.
    let mut a2 = corpus().remove(1);
    a2.text = "Iran threatened Israel.".into();
    ingest_all(&mut store, vec![a2]);
    assert_sound(&store);
    assert!(store.event(meeting.id).unwrap().is_none());
    assert_eq!(events_of(&store, "TURGOV").len(), 1, "a3's meeting remains");
    assert_eq!(store.counts().unwrap().events, before.events - 1 + 1);
    let actors = store.actors(100).unwrap();
    assert!(actors.iter().any(|(c, _, n)| c == "TURGOV" && *n == 1));
    // Iran -> Israel is now told by b1 (May 3) and a2 (April 3): two events, a month apart.
    assert_eq!(events_of(&store, "IRN").len(), 2);

    // Changing only the date is a change too.
    let mut a3 = corpus().remove(2);
    a3.date = Some("2021-04-03".parse().unwrap());
    let r = ingest_all(&mut store, vec![a3]);
    assert_eq!(r.replaced, 1);

    // Same store as ingesting the final versions from scratch, up to event ids.
    let mut fresh = Store::open_in_memory().unwrap();
    let mut docs = corpus();
    docs[0] = a1;
    docs[1].text = "Iran threatened Israel.".into();
    docs[2].date = Some("2021-04-03".parse().unwrap());
    ingest_all(&mut fresh, docs);
    assert_eq!(fresh.counts().unwrap(), store.counts().unwrap());
    assert_sound(&store);
    assert_eq!(store.actors(100).unwrap(), fresh.actors(100).unwrap());
}

#[test]
fn bad_documents_are_reported_and_skipped() {
    let mut store = Store::open_in_memory().unwrap();
    let lines = [
        r#"{"id":"g1","date":"2021-05-03","text":"Iran threatened Israel."}"#,
        r#"{"id":"b2","date":"May third","text":"Iran threatened Israel."}"#,
        "{not json",
        r#"{"id":"","text":"Iran threatened Israel."}"#,
        r#"{"id":"g2","date":"2021-05-04","text":"Kenya accused Somalia of aiding al-Shabaab."}"#,
    ];
    let docs = lines
        .iter()
        .enumerate()
        .map(|(i, l)| dyad::input::parse_json_line(l, &format!("docs.jsonl:{}", i + 1)));
    let mut seen = Vec::new();
    let r = store
        .ingest(docs, pipeline(), |p| seen.extend(p.new_failures))
        .unwrap();
    assert_eq!(r.read, 5);
    assert_eq!(r.added, 2);
    assert_eq!(r.failures.len(), 3, "{:?}", r.failures);
    assert!(r.failures[0].to_string().contains("docs.jsonl:2 (id b2)"));
    assert!(r.failures[0].reason.contains("date"));
    assert!(r.failures[1].to_string().contains("docs.jsonl:3"));
    assert!(r.failures[2].to_string().contains("empty id"));
    assert_eq!(seen, r.failures, "progress reports them as they come");
    assert_eq!(store.counts().unwrap().documents, 2);
    assert!(store.document("g1").unwrap().is_some());
    assert!(store.document("b2").unwrap().is_none());
}

#[test]
fn progress_is_reported_per_batch() {
    let mut store = Store::open_in_memory().unwrap();
    store.set_batch_size(2);
    let mut calls = Vec::new();
    store
        .ingest(ok(corpus()), pipeline(), |p| calls.push((p.read, p.stored)))
        .unwrap();
    assert_eq!(calls, [(2, 2), (4, 4), (5, 5)]);
}

/// A killed ingest leaves the batches it committed; ingesting again skips them and finishes the
/// rest. Simulated here two ways: an ingest of the first part of the input only (the process
/// stopped reading), and an ingest that panics after its second commit (the process died between
/// batches). Each time the final store equals an uninterrupted ingest's, event ids included.
#[test]
fn an_interrupted_ingest_finishes_without_duplicates() {
    let docs = generated(120);
    let mut whole = Store::open_in_memory().unwrap();
    whole.set_batch_size(16);
    ingest_all(&mut whole, docs.clone());
    let expected = (whole.counts().unwrap(), snapshot(&whole));
    assert!(
        expected.0.mentions > expected.0.events,
        "the corpus has repeated events"
    );

    let dir = TempDir::new("interrupted");
    // 1. Stopped after half of the input.
    let db = dir.path("half.db");
    {
        let mut s = Store::open(&db).unwrap();
        s.set_batch_size(16);
        ingest_all(&mut s, docs[..60].to_vec());
    }
    let mut s = Store::open(&db).unwrap();
    s.set_batch_size(16);
    let r = ingest_all(&mut s, docs.clone());
    assert_eq!((r.unchanged, r.added), (60, 60));
    assert_eq!((s.counts().unwrap(), snapshot(&s)), expected);
    assert_sound(&s);

    // 2. Died after the second commit.
    let db = dir.path("panic.db");
    let result = std::panic::catch_unwind(|| {
        let mut s = Store::open(&db).unwrap();
        s.set_batch_size(16);
        let mut batches = 0;
        s.ingest(ok(generated(120)), pipeline(), |_| {
            batches += 1;
            if batches == 2 {
                panic!("killed");
            }
        })
        .unwrap();
    });
    assert!(result.is_err());
    let mut s = Store::open(&db).unwrap();
    assert_eq!(s.counts().unwrap().documents, 32);
    s.set_batch_size(50);
    let r = ingest_all(&mut s, docs);
    assert_eq!((r.unchanged, r.added), (32, 88));
    assert_eq!((s.counts().unwrap(), snapshot(&s)), expected);
    assert_sound(&s);
}

#[test]
fn the_text_index_follows_replacements() {
    let text = |s: &Store, words: &str| {
        s.query(&Filter {
            text: Some(words.into()),
            ..Default::default()
        })
        .unwrap()
        .len()
    };
    let v1 = doc("x", "2021-05-03", Some("AP"), "Iran threatened Israel.");
    let v2 = doc(
        "x",
        "2021-05-03",
        Some("AP"),
        "Kenya accused Somalia of aiding al-Shabaab.",
    );
    // Both versions in one batch: the second wins.
    let mut s = Store::open_in_memory().unwrap();
    let r = ingest_all(&mut s, vec![v1.clone(), v2.clone()]);
    assert_eq!((r.added, r.replaced), (1, 1));
    assert_sound(&s);
    assert_eq!((text(&s, "Iran"), text(&s, "Somalia")), (0, 1));
    // And across batches, back and forth.
    ingest_all(&mut s, vec![v1.clone()]);
    assert_sound(&s);
    assert_eq!((text(&s, "Iran"), text(&s, "Somalia")), (1, 0));
    s.set_batch_size(1);
    ingest_all(&mut s, vec![v2, v1]);
    assert_sound(&s);
    assert_eq!((text(&s, "iran israel"), text(&s, "somalia")), (1, 0));
    assert_eq!(s.counts().unwrap().mentions, 1);
}

#[test]
fn the_check_finds_broken_stores() {
    let broken = |sql: &str| {
        let mut s = Store::open_in_memory().unwrap();
        ingest_all(&mut s, corpus());
        assert_sound(&s);
        s.connection().execute_batch(sql).unwrap();
        s.check().unwrap()
    };
    let p = broken("UPDATE events SET num_mentions = 99 WHERE id = 1");
    assert!(p.len() == 1 && p[0].contains("counts 99/"), "{p:?}");
    let p = broken("UPDATE actors SET count = 7 WHERE code = 'TURGOV'");
    assert!(p.len() == 1 && p[0].contains("actor TURGOV"), "{p:?}");
    let p = broken(
        "INSERT INTO mentions_fts(mentions_fts, rowid, sentence_text)
         SELECT 'delete', id, sentence_text FROM mentions WHERE id = 1",
    );
    assert!(p.iter().any(|p| p.contains("full-text index")), "{p:?}");
    let p = broken("PRAGMA foreign_keys = OFF; DELETE FROM mentions WHERE id = 1");
    assert!(!p.is_empty(), "{p:?}");
}
