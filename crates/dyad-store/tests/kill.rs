//! The real thing: `dyad ingest` killed with SIGKILL mid-run, then run again, gives the same
//! store as an uninterrupted ingest.
//!
//! This crate cannot build the `dyad` binary (it lives in `dyad-cli`, which depends on this
//! crate), so the test is ignored unless `DYAD_BIN` names a built binary:
//!
//! ```sh
//! cargo build -p dyad-cli
//! DYAD_BIN=$PWD/target/debug/dyad cargo test -p dyad-store --test kill
//! ```
//!
//! (`DYAD_BIN` is read at build time by `build.rs` to un-ignore the test, and at run time to
//! find the binary.)

mod common;

use common::*;
use dyad_store::{Counts, Store};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn dyad_bin() -> PathBuf {
    let bin = std::env::var_os("DYAD_BIN")
        .filter(|v| !v.is_empty())
        .expect("set DYAD_BIN to the dyad binary (cargo build -p dyad-cli; DYAD_BIN=$PWD/target/debug/dyad)");
    let bin = PathBuf::from(bin);
    assert!(bin.is_file(), "DYAD_BIN={} is not a file", bin.display());
    bin
}

/// Documents stored so far, read while the ingest runs (None until the store exists).
fn stored(db: &Path) -> Option<u64> {
    Store::open_read_only(db)
        .and_then(|s| s.counts())
        .ok()
        .map(|c| c.documents)
}

/// Wait until `done` holds for the store, or the child exits, or 120 s pass.
fn wait_for(db: &Path, child: &mut Child, done: impl Fn(u64) -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(120) {
        if stored(db).is_some_and(&done) {
            return true;
        }
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the ingest made no progress in 120 s");
}

/// Run `dyad ingest FILE --db DB` to the end; it must succeed.
fn ingest(bin: &Path, input: &Path, db: &Path) {
    let out = Command::new(bin)
        .arg("ingest")
        .arg(input)
        .arg("--db")
        .arg(db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "dyad ingest failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn state(db: &Path) -> (Counts, String) {
    let s = Store::open(db).unwrap();
    assert_sound(&s);
    (s.counts().unwrap(), snapshot(&s))
}

#[test]
#[cfg_attr(
    not(dyad_bin),
    ignore = "set DYAD_BIN to the built dyad binary to run (see the file's doc)"
)]
fn sigkill_mid_ingest_then_rerun_matches_an_uninterrupted_ingest() {
    let bin = dyad_bin();
    let dir = TempDir::new("kill");
    let docs = generated(2000);
    let input = dir.path("docs.jsonl");
    let lines: Vec<String> = docs.iter().map(jsonl_line).collect();
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();

    let reference = dir.path("reference.db");
    ingest(&bin, &input, &reference);
    let expected = state(&reference);
    assert_eq!(expected.0.documents, 2000);
    assert!(expected.0.mentions > expected.0.events);

    // 1. Killed while a batch is half read: two batches of 50 are committed, the third holds 20
    //    documents read from standard input when SIGKILL comes.
    let db = dir.path("stdin.db");
    let mut child = Command::new(&bin)
        .args(["ingest", "--input", "-", "--batch", "50", "--db"])
        .arg(&db)
        .stdin(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    {
        let stdin = child.stdin.as_mut().unwrap();
        for l in &lines[..120] {
            writeln!(stdin, "{l}").unwrap();
        }
        stdin.flush().unwrap();
    }
    assert!(wait_for(&db, &mut child, |n| n >= 100));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(stored(&db), Some(100), "only whole batches are stored");
    ingest(&bin, &input, &db);
    assert_eq!(state(&db), expected);

    // 2. Killed as soon as the first batch is committed, while it codes and writes the next
    //    ones from a file: wherever SIGKILL lands, the store holds whole batches only.
    let db = dir.path("file.db");
    let mut child = Command::new(&bin)
        .arg("ingest")
        .arg(&input)
        .args(["--batch", "20", "--db"])
        .arg(&db)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let interrupted = wait_for(&db, &mut child, |n| n > 0);
    child.kill().unwrap();
    child.wait().unwrap();
    let n = stored(&db).unwrap();
    if !interrupted || n == 2000 {
        // A binary fast enough to finish between two polls: case 1 still covers the kill.
        eprintln!("note: the ingest from a file ended before SIGKILL ({n} documents)");
    }
    assert_eq!(n % 20, 0, "only whole batches are stored ({n} documents)");
    ingest(&bin, &input, &db);
    assert_eq!(state(&db), expected);

    // 3. And again over the finished store: nothing changes.
    ingest(&bin, &input, &db);
    assert_eq!(state(&db), expected);
}
