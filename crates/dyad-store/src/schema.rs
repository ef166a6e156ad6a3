//! The schema and its migrations.
//!
//! Each migration is applied once, in order, inside one transaction together with the row of
//! `schema_version` that records it; a store written by a newer dyad (a higher version than the
//! last migration here) is refused rather than misread.

use crate::{Error, Result};
use rusqlite::{Connection, TransactionBehavior};

/// The migrations, in order: `MIGRATIONS[i]` brings the schema to version `i + 1`.
/// Append new ones; never edit one that has shipped.
pub(crate) const MIGRATIONS: &[&str] = &[V1];

/// Version 1: documents, events, mentions (with a full-text index), actors.
const V1: &str = r#"
CREATE TABLE documents (
    id           TEXT PRIMARY KEY NOT NULL,
    url          TEXT,
    publisher    TEXT,
    -- publisher, else the URL's host, else '': what NumSources counts
    source       TEXT NOT NULL,
    date         TEXT,
    title        TEXT,
    -- SHA-256 of the text, lower-case hex
    content_hash TEXT NOT NULL,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_date ON documents(date);

-- One row per distinct event; its columns are those of its representative mention (the
-- earliest stored one), flattened from the event record, which is kept whole in `record`.
CREATE TABLE events (
    id                  INTEGER PRIMARY KEY,
    record_id           TEXT NOT NULL UNIQUE,
    doc_id              TEXT NOT NULL REFERENCES documents(id),
    doc_date            TEXT,
    sentence            INTEGER NOT NULL,
    sentence_text       TEXT NOT NULL,
    source_code         TEXT,
    source_country      TEXT,
    source_role         TEXT,
    source_name         TEXT,
    source_text         TEXT,
    source_start        INTEGER,
    source_end          INTEGER,
    target_code         TEXT,
    target_country      TEXT,
    target_role         TEXT,
    target_name         TEXT,
    target_text         TEXT,
    target_start        INTEGER,
    target_end          INTEGER,
    attribution_code    TEXT,
    attribution_country TEXT,
    attribution_role    TEXT,
    attribution_name    TEXT,
    attribution_text    TEXT,
    attribution_start   INTEGER,
    attribution_end     INTEGER,
    cameo_code          TEXT NOT NULL,
    cameo_root          TEXT NOT NULL,
    cameo_name          TEXT NOT NULL,
    goldstein           REAL NOT NULL,
    quad_class          INTEGER NOT NULL,
    plover_type         TEXT,
    plover_mode         TEXT,
    trigger_text        TEXT NOT NULL,
    trigger_start       INTEGER NOT NULL,
    trigger_end         INTEGER NOT NULL,
    date                TEXT,
    -- days since 1970-01-01 of the event date, else of the document date
    day                 INTEGER,
    date_precision      TEXT NOT NULL,
    place_name          TEXT,
    place_kind          TEXT,
    place_country       TEXT,
    place_admin1        TEXT,
    place_id            TEXT,
    place_lat           REAL,
    place_lon           REAL,
    place_start         INTEGER,
    place_end           INTEGER,
    negated             INTEGER NOT NULL,
    hypothetical        INTEGER NOT NULL,
    why_verb            TEXT NOT NULL,
    why_source          TEXT NOT NULL,
    why_target          TEXT,
    num_mentions        INTEGER NOT NULL DEFAULT 0,
    num_sources         INTEGER NOT NULL DEFAULT 0,
    num_articles        INTEGER NOT NULL DEFAULT 0,
    record              TEXT NOT NULL,
    added_at            TEXT NOT NULL
);
CREATE INDEX events_dedup ON events(cameo_root, source_code, target_code, day);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_source_country ON events(source_country);
CREATE INDEX events_target_country ON events(target_country);
CREATE INDEX events_cameo ON events(cameo_code);
CREATE INDEX events_plover ON events(plover_type);
CREATE INDEX events_quad ON events(quad_class);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_place_country ON events(place_country);
CREATE INDEX events_doc ON events(doc_id);

-- Every report of an event: one row per event record dyad wrote.
CREATE TABLE mentions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id      INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    record_id     TEXT NOT NULL UNIQUE,
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence      INTEGER NOT NULL,
    sentence_text TEXT NOT NULL,
    source_start  INTEGER,
    source_end    INTEGER,
    target_start  INTEGER,
    target_end    INTEGER,
    trigger_text  TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    record        TEXT NOT NULL
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_doc ON mentions(doc_id);

-- Full-text index of the mentions' sentences. The store writes it, not triggers: the rows a
-- batch adds are indexed at the end of its transaction in one statement (FTS5 flushes its
-- pending terms at every statement savepoint, so a row at a time is slow); AUTOINCREMENT keeps
-- the ids of each batch above those of the batches before it.
CREATE VIRTUAL TABLE mentions_fts USING fts5(
    sentence_text, content='mentions', content_rowid='id'
);

-- Actors met as source or target: `count` is the number of stored events they are in.
CREATE TABLE actors (
    code    TEXT NOT NULL,
    name    TEXT NOT NULL,
    country TEXT,
    role    TEXT,
    count   INTEGER NOT NULL,
    PRIMARY KEY (code, name)
);
"#;

/// The schema version this build writes.
pub(crate) fn latest() -> i64 {
    MIGRATIONS.len() as i64
}

/// The version recorded in the store (0 for a new file).
pub(crate) fn version(conn: &Connection) -> Result<i64> {
    let exists: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
        [],
        |r| r.get(0),
    )?;
    if !exists {
        return Ok(0);
    }
    Ok(conn.query_row(
        "SELECT coalesce(max(version), 0) FROM schema_version",
        [],
        |r| r.get(0),
    )?)
}

/// Bring the schema up to date.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let known = latest();
    let found = version(conn)?;
    if found > known {
        return Err(Error::SchemaTooNew { found, known });
    }
    if found == known {
        return Ok(());
    }
    // IMMEDIATE: two processes opening a new store at once do not both migrate it.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_version (
             version    INTEGER PRIMARY KEY NOT NULL,
             applied_at TEXT NOT NULL
         )",
    )?;
    let found = version(&tx)?;
    if found > known {
        return Err(Error::SchemaTooNew { found, known });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        tx.execute_batch(sql)?;
        tx.execute(
            "INSERT INTO schema_version(version, applied_at) VALUES (?1, ?2)",
            rusqlite::params![i as i64 + 1, crate::now_utc()],
        )?;
    }
    tx.commit()?;
    Ok(())
}
