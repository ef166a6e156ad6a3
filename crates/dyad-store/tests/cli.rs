//! `dyad ingest`, `dyad query` and `dyad export` end to end. Like `kill.rs`, ignored unless
//! `DYAD_BIN` names the built binary:
//!
//! ```sh
//! cargo build -p dyad-cli
//! DYAD_BIN=$PWD/target/debug/dyad cargo test -p dyad-store --test cli
//! ```

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn dyad(args: &[&str], db: &Path) -> Output {
    let bin = std::env::var_os("DYAD_BIN")
        .filter(|v| !v.is_empty())
        .expect("set DYAD_BIN to the dyad binary");
    Command::new(PathBuf::from(bin))
        .args(args)
        .arg("--db")
        .arg(db)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
#[cfg_attr(
    not(dyad_bin),
    ignore = "set DYAD_BIN to the built dyad binary to run (see the file's doc)"
)]
fn ingest_query_export() {
    let dir = TempDir::new("cli");
    let db = dir.path("d.db");
    let input = dir.path("docs.jsonl");
    let mut lines: Vec<String> = corpus().iter().map(jsonl_line).collect();
    lines.insert(2, r#"{"id":"bad","date":"someday","text":"x"}"#.into());
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let input = input.to_str().unwrap();

    // A bad document: reported, skipped, exit code 1.
    let o = dyad(&["ingest", input], &db);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("docs.jsonl:3 (id bad)"), "{err}");
    assert!(err.contains("5 added"), "{err}");
    // Again: nothing new.
    let o = dyad(&["ingest", input], &db);
    assert!(String::from_utf8_lossy(&o.stderr).contains("5 unchanged"));

    let out = stdout(&dyad(
        &[
            "query", "--source", "TUR", "--root", "04", "--format", "jsonl",
        ],
        &db,
    ));
    let events: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(events.len(), 2);
    assert_eq!(events[0]["num_articles"], 2);
    assert_eq!(events[0]["target"]["code"], "AFGGOV");
    let table = stdout(&dyad(&["query", "--text", "refugees"], &db));
    assert_eq!(table.lines().count(), 2, "{table}");
    assert!(table.contains("DEUCOP"), "{table}");
    assert_eq!(
        stdout(&dyad(&["query", "--count", "--quad-class", "4"], &db)).trim(),
        stdout(&dyad(
            &["query", "--quad-class", "4", "--format", "jsonl"],
            &db
        ))
        .lines()
        .count()
        .to_string()
    );
    let csv = stdout(&dyad(&["query", "--format", "csv", "--limit", "3"], &db));
    assert_eq!(parse_csv(&csv).len(), 4);

    let gdelt = dir.path("events.tsv");
    stdout(&dyad(
        &[
            "export",
            "--format",
            "gdelt",
            "--output",
            gdelt.to_str().unwrap(),
        ],
        &db,
    ));
    let text = std::fs::read_to_string(&gdelt).unwrap();
    assert!(text.lines().count() >= 8);
    assert!(text.lines().all(|l| l.split('\t').count() == 61));
    let jsonl = stdout(&dyad(
        &[
            "export", "--format", "jsonl", "--output", "-", "--place", "AFG",
        ],
        &db,
    ));
    assert_eq!(jsonl.lines().count(), 2);

    // No store: an error, not an empty one created.
    let missing = dir.path("missing.db");
    let o = dyad(&["query"], &missing);
    assert_eq!(o.status.code(), Some(2));
    assert!(!missing.exists());
}
