//! dyad-store: the event store behind `dyad ingest`, `dyad query` and `dyad export`.
//!
//! One SQLite file (WAL mode, foreign keys on, a versioned schema with ordered migrations)
//! holds:
//!
//! - **documents**: each article once, with its SHA-256 content hash and its text;
//! - **events**: each distinct event once, every field of its event record flattened into
//!   columns plus the whole record as JSON, and GDELT's `NumMentions`, `NumSources` and
//!   `NumArticles`;
//! - **mentions**: every report of an event (document, sentence, spans, the record as coded from
//!   that document), so that one event told by several articles is one row of `events` with
//!   several mentions; sentence texts are indexed for full-text search (FTS5);
//! - **actors**: the source and target actors met, with the number of events they are in.
//!
//! Ingesting codes documents in batches ([`dyad::Pipeline::code_batch`], on all cores) and writes
//! each batch in one transaction, each document's events in the same transaction as its content
//! hash: a process killed at any moment leaves a consistent store, and ingesting again skips what
//! was stored and finishes the rest. Re-ingesting an unchanged document is a no-op; a changed
//! one replaces its mentions.
//!
//! ```
//! use dyad_store::{Filter, Store};
//! let pipeline = dyad::Pipeline::builder().build().unwrap();
//! let mut store = Store::open_in_memory().unwrap();
//! let doc = dyad::Document {
//!     id: "d1".into(),
//!     date: Some("2021-04-02".parse().unwrap()),
//!     text: "Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani.".into(),
//!     ..Default::default()
//! };
//! let report = store
//!     .ingest([Ok::<_, String>(doc)], &pipeline, |_| {})
//!     .unwrap();
//! assert_eq!(report.added, 1);
//! let events = store
//!     .query(&Filter { source: Some("TUR".into()), root: Some("04".into()), ..Default::default() })
//!     .unwrap();
//! assert_eq!(events[0].record.target.as_ref().unwrap().code, "AFGGOV");
//! assert_eq!(events[0].num_articles, 1);
//! ```
//!
//! # Deduplication
//! Two records are the same event when they have the same source code, target code, CAMEO root,
//! place country (or neither has a place country), the same `negated` and `hypothetical` flags,
//! and event dates at most [`DEDUP_WINDOW_DAYS`] apart (the event date, else the document date;
//! two records with neither date also match). A new record joins the matching event with the
//! nearest date (the oldest on ties); otherwise it starts a new event. An event's columns are
//! those of its earliest stored mention; when that mention goes (its document changed), the next
//! one takes its place, and an event left without mentions is deleted.

mod export;
mod ingest;
mod parquet;
mod query;
mod schema;

pub use export::{csv_header, ExportFormat, GDELT_COLUMNS};
pub use ingest::{Failure, IngestReport, Progress};
pub use query::{Filter, Mention, StoredDocument, StoredEvent};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::Duration;

/// How far apart (in days) the dates of two reports of the same event may be.
pub const DEDUP_WINDOW_DAYS: i64 = 1;

/// The default number of documents coded and written per transaction.
pub const DEFAULT_BATCH_SIZE: usize = 256;

/// What can go wrong with the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// SQLite reported an error (cannot open the file, disk full, corrupt database...).
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The store was written by a newer dyad, with a schema this build does not know.
    #[error("the store has schema version {found}, newer than this dyad knows ({known}): use a newer dyad")]
    SchemaTooNew {
        /// Version recorded in the store.
        found: i64,
        /// Latest version this build knows.
        known: i64,
    },
    /// The store's schema is older than this build's, and the store was opened read-only so it
    /// cannot be migrated.
    #[error("the store has schema version {found}, older than this dyad's ({known}): open it for writing (e.g. `dyad ingest`) to migrate it")]
    SchemaTooOld {
        /// Version recorded in the store.
        found: i64,
        /// Latest version this build knows.
        known: i64,
    },
    /// An event record could not be converted to or from JSON.
    #[error("event record JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Writing an export failed.
    #[error("cannot write: {0}")]
    Io(#[from] std::io::Error),
    /// A filter value is not valid (for instance a QuadClass outside 1-4).
    #[error("invalid filter: {0}")]
    Filter(String),
}

/// `Result` with the store's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Row counts of the store's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Stored documents.
    pub documents: u64,
    /// Distinct events.
    pub events: u64,
    /// Reports of events (event records).
    pub mentions: u64,
    /// Distinct (code, name) actors.
    pub actors: u64,
}

/// An open event store.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    batch_size: usize,
}

impl Store {
    /// Open (creating it if needed) the store at `path`, and migrate its schema to this build's.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Store::init(Connection::open(path)?, true)
    }

    /// Open an existing store without writing to it (queries and exports). Fails with
    /// [`Error::SchemaTooOld`] if its schema needs a migration.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Store::init(conn, false)
    }

    /// A store in memory (tests, one-off analyses).
    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?, true)
    }

    fn init(mut conn: Connection, write: bool) -> Result<Store> {
        conn.busy_timeout(Duration::from_secs(30))?;
        // Ingest uses about twenty distinct statements; keep them all prepared.
        conn.set_prepared_statement_cache_capacity(64);
        // Plans that do not depend on bound values: otherwise SQLite re-prepares a statement
        // each time a parameter it looked at while planning is bound again (every execution).
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        if write {
            // In memory the journal mode stays "memory".
            let _mode: String =
                conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
            // With WAL, NORMAL loses no committed transaction when the process is killed
            // (only on power loss), and keeps the store consistent in every case.
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            schema::migrate(&mut conn)?;
        } else {
            let (found, known) = (schema::version(&conn)?, schema::latest());
            if found > known {
                return Err(Error::SchemaTooNew { found, known });
            }
            if found < known {
                return Err(Error::SchemaTooOld { found, known });
            }
        }
        Ok(Store {
            conn,
            batch_size: DEFAULT_BATCH_SIZE,
        })
    }

    /// Documents coded and written per transaction (default [`DEFAULT_BATCH_SIZE`]; at least 1).
    pub fn set_batch_size(&mut self, n: usize) {
        self.batch_size = n.max(1);
    }

    /// The schema version of the store.
    pub fn schema_version(&self) -> Result<i64> {
        schema::version(&self.conn)
    }

    /// Row counts of documents, events, mentions and actors.
    pub fn counts(&self) -> Result<Counts> {
        let n = |table: &str| -> Result<u64> {
            let n: i64 =
                self.conn
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            Ok(n as u64)
        };
        Ok(Counts {
            documents: n("documents")?,
            events: n("events")?,
            mentions: n("mentions")?,
            actors: n("actors")?,
        })
    }

    /// Check the store's invariants; returns what is wrong (nothing for a sound store): SQLite's
    /// integrity and foreign-key checks, the full-text index, every event having mentions and
    /// its representative among them, the counts of events and of actors.
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let c = &self.conn;
        let rows = |sql: &str| -> Result<Vec<String>> {
            let mut stmt = c.prepare(sql)?;
            let out = stmt
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(out)
        };
        problems.extend(
            rows("PRAGMA integrity_check")?
                .into_iter()
                .filter(|r| r != "ok"),
        );
        problems.extend(rows(
            "SELECT 'foreign key: ' || \"table\" || ' row ' || rowid FROM pragma_foreign_key_check",
        )?);
        if let Err(e) = c.execute(
            "INSERT INTO mentions_fts(mentions_fts, rank) VALUES ('integrity-check', 1)",
            [],
        ) {
            problems.push(format!("full-text index: {e}"));
        }
        problems.extend(rows(
            "SELECT 'event ' || e.id || ': ' || CASE
                 WHEN NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)
                     THEN 'no mentions'
                 WHEN NOT EXISTS (SELECT 1 FROM mentions m
                                  WHERE m.event_id = e.id AND m.record_id = e.record_id)
                     THEN 'its representative ' || e.record_id || ' is not among its mentions'
                 ELSE 'counts ' || e.num_mentions || '/' || e.num_articles || '/' || e.num_sources
                      || ' should be ' || n.mentions || '/' || n.articles || '/' || n.sources
             END
             FROM events e LEFT JOIN (
                 SELECT m.event_id, count(*) AS mentions, count(DISTINCT m.doc_id) AS articles,
                        count(DISTINCT d.source) AS sources
                 FROM mentions m JOIN documents d ON d.id = m.doc_id GROUP BY m.event_id
             ) n ON n.event_id = e.id
             WHERE n.event_id IS NULL
                OR NOT EXISTS (SELECT 1 FROM mentions m
                               WHERE m.event_id = e.id AND m.record_id = e.record_id)
                OR e.num_mentions != n.mentions OR e.num_articles != n.articles
                OR e.num_sources != n.sources",
        )?);
        problems.extend(rows(
            "WITH want AS (
                 SELECT code, name, count(*) AS n FROM (
                     SELECT source_code AS code, coalesce(source_name, '') AS name FROM events
                     WHERE source_code IS NOT NULL
                     UNION ALL
                     SELECT target_code, coalesce(target_name, '') FROM events
                     WHERE target_code IS NOT NULL)
                 GROUP BY code, name)
             SELECT 'actor ' || coalesce(w.code, a.code) || ' ' || quote(coalesce(w.name, a.name))
                    || ': count ' || coalesce(a.count, 0) || ' should be ' || coalesce(w.n, 0)
             FROM want w FULL JOIN actors a ON a.code = w.code AND a.name = w.name
             WHERE coalesce(a.count, 0) != coalesce(w.n, 0)",
        )?);
        Ok(problems)
    }

    /// The underlying connection, for read-only queries the API does not cover. Writing through
    /// it can break the store's invariants (counts, actors, the full-text index).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// Now, in UTC, as `YYYY-MM-DDTHH:MM:SSZ`.
pub(crate) fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let day = dyad::Date::from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!(
        "{day}T{:02}:{:02}:{:02}Z",
        s / 3600,
        (s % 3600) / 60,
        s % 60
    )
}
