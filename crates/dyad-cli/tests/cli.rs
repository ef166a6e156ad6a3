//! The `dyad` binary end to end: inputs, bad documents, output order, formats, exit codes.

use std::io::Write;
use std::process::{Command, Stdio};

fn dyad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
}

fn tmp(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("dyad-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run_stdin(args: &[&str], input: &str) -> (String, String, i32) {
    let mut c = dyad()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    c.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let o = c.wait_with_output().unwrap();
    (
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
        o.status.code().unwrap_or(-1),
    )
}

const GOOD: &str = r#"{"id":"a","date":"2021-04-02","text":"Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani."}"#;

#[test]
fn bad_documents_are_named_and_skipped_and_the_rest_coded() {
    let input = format!("{GOOD}\n{{not json\n{{\"id\":\"b\",\"date\":\"April 2\",\"text\":\"x\"}}\n{{\"id\":\"c\"}}\n{}\n", GOOD.replace("\"a\"", "\"d\""));
    let (out, err, code) = run_stdin(&["code", "--input", "-"], &input);
    assert_eq!(code, 1, "exit code says a document failed");
    let ids: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc_id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["a", "d"]);
    assert!(
        err.contains("<stdin>:2") && err.contains("invalid JSON"),
        "{err}"
    );
    assert!(
        err.contains("<stdin>:3 (id b)") && err.contains("date"),
        "{err}"
    );
    assert!(
        err.contains("<stdin>:4 (id c)") && err.contains("missing \"text\""),
        "{err}"
    );
    assert!(err.contains("2 documents coded, 3 failed"), "{err}");
}

#[test]
fn all_good_exits_zero_and_records_have_the_contract_fields() {
    let (out, _, code) = run_stdin(&["code", "--input", "-"], GOOD);
    assert_eq!(code, 0);
    let e: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    for k in [
        "event_id",
        "doc_id",
        "doc_date",
        "sentence",
        "sentence_text",
        "source",
        "target",
        "cameo",
        "plover",
        "trigger",
        "date",
        "date_precision",
        "place",
        "attribution",
        "negated",
        "hypothetical",
        "why",
    ] {
        assert!(e.get(k).is_some(), "missing {k}");
    }
    assert_eq!(e["source"]["code"], "TURGOV");
    assert_eq!(e["cameo"]["root"], "04");
    assert_eq!(e["cameo"]["quad_class"], 1);
    assert_eq!(e["plover"]["type"], "CONSULT");
}

#[test]
fn output_order_follows_input_order_whatever_the_threads() {
    let mut input = String::new();
    for i in 0..300 {
        let who = [
            "Turkish Foreign Minister Mevlut Cavusoglu",
            "Hamas",
            "The European Union",
            "Kenyan police",
        ][i % 4];
        let what = [
            "met Afghan President Ashraf Ghani.",
            "fired rockets at Israel.",
            "imposed sanctions on Iran.",
            "arrested Somali refugees.",
        ][i % 4];
        input += &format!(
            "{{\"id\":\"d{i}\",\"text\":\"{who} {what} {}\"}}\n",
            "Nothing else happened. ".repeat(i % 7)
        );
    }
    let (one, _, c1) = run_stdin(&["code", "--input", "-", "--threads", "1"], &input);
    let (four, _, c4) = run_stdin(&["code", "--input", "-", "--threads", "4"], &input);
    assert_eq!((c1, c4), (0, 0));
    assert!(one.lines().count() >= 250);
    assert_eq!(one, four);
}

#[test]
fn text_files_folders_and_csv() {
    let d = tmp("files");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(d.join("one.txt"), "Hamas fired rockets at Israel.").unwrap();
    std::fs::write(
        d.join("sub/two.txt"),
        "The European Union imposed sanctions on Iran.",
    )
    .unwrap();
    std::fs::write(d.join("bad.txt"), [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let o = dyad()
        .args(["code", "--format", "csv"])
        .arg(&d)
        .output()
        .unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    let err = String::from_utf8(o.stderr).unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(err.contains("bad.txt") && err.contains("UTF-8"), "{err}");
    let mut lines = out.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("event_id,doc_id,doc_date"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 2, "{out}");
    assert!(
        rows[0].starts_with("one:0:0,one,") && rows[0].contains("PSEREB"),
        "{out}"
    );
    assert!(rows[1].contains("IGOEUREEC"), "{out}");
}

#[test]
fn a_missing_path_is_named() {
    let o = dyad().args(["code", "/no/such/file.txt"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/no/such/file.txt"));
}

#[test]
fn user_dictionaries_add_to_ours_and_bad_ones_are_reported() {
    let d = tmp("dicts");
    std::fs::write(
        d.join("actors.toml"),
        "[[actor]]\ncode = \"NORGOV\"\nnames = [\"Jonas Gahr Store\"]\nkind = \"person\"\n",
    )
    .unwrap();
    let (out, _, code) = run_stdin(
        &[
            "code",
            "--input",
            "-",
            "--dictionaries",
            d.to_str().unwrap(),
        ],
        r#"{"id":"x","text":"Jonas Gahr Store praised Kenya."}"#,
    );
    assert_eq!(code, 0);
    assert!(out.contains("\"NORGOV\""), "{out}");
    std::fs::write(
        d.join("verbs.toml"),
        "[[verb]]\ncode = \"999\"\npatterns = [\"zap\"]\n",
    )
    .unwrap();
    let (_, err, code) = run_stdin(
        &[
            "code",
            "--input",
            "-",
            "--dictionaries",
            d.to_str().unwrap(),
        ],
        GOOD,
    );
    assert_eq!(code, 2);
    assert!(err.contains("verbs.toml") && err.contains("999"), "{err}");
}

#[test]
fn no_input_is_a_usage_error() {
    let o = dyad().arg("code").output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no input"));
}
