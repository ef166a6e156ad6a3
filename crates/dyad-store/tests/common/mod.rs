//! Helpers shared by the store's tests: a small hand-written corpus, a generated one, and a CSV
//! reader.
#![allow(dead_code)]

use dyad::{Date, Document, Pipeline};
use std::sync::OnceLock;

/// The pipeline, built once per test binary.
pub fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::builder().build().expect("pipeline"))
}

pub fn doc(id: &str, date: &str, publisher: Option<&str>, text: &str) -> Document {
    Document {
        id: id.into(),
        date: Some(Date::parse(date).unwrap()),
        text: text.into(),
        title: None,
        url: Some(format!("https://news.example/{id}")),
        publisher: publisher.map(Into::into),
    }
}

pub const MEET: &str =
    "Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani in Kabul.";

/// A handful of articles over several countries and months; a1 and a2 report the same meeting a
/// day apart, a3 the same words eight days later.
pub fn corpus() -> Vec<Document> {
    vec![
        doc(
            "a1",
            "2021-04-02",
            Some("Reuters"),
            &format!("{MEET} Russian troops attacked Ukrainian soldiers near Kharkiv."),
        ),
        doc("a2", "2021-04-03", Some("AP"), MEET),
        doc("a3", "2021-04-11", Some("AP"), MEET),
        doc(
            "b1",
            "2021-05-03",
            Some("BBC"),
            "Iran threatened Israel. German police arrested Syrian refugees in Berlin. \
             Kenya accused Somalia of aiding al-Shabaab.",
        ),
        doc(
            "c1",
            "2021-06-01",
            None,
            "The United Nations condemned Israel. Chinese President Xi Jinping visited France.",
        ),
    ]
}

pub fn ok<T>(items: Vec<T>) -> impl Iterator<Item = Result<T, String>> {
    items.into_iter().map(Ok)
}

/// `n` generated articles: the same few actors, verbs and places in varying combinations and
/// dates, so that many events are reported by several articles.
pub fn generated(n: usize) -> Vec<Document> {
    const ACTORS: [&str; 10] = [
        "Turkish Foreign Minister Mevlut Cavusoglu",
        "Afghan President Ashraf Ghani",
        "Russian troops",
        "Ukrainian soldiers",
        "German police",
        "Iran",
        "Israel",
        "Kenya",
        "Chinese President Xi Jinping",
        "The United Nations",
    ];
    const VERBS: [&str; 6] = [
        "met",
        "attacked",
        "condemned",
        "threatened",
        "visited",
        "criticized",
    ];
    const PLACES: [&str; 4] = [" in Kabul", " near Kharkiv", " in Berlin", ""];
    const PUBLISHERS: [&str; 5] = ["Reuters", "AP", "AFP", "BBC", "Xinhua"];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |m: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) as usize) % m
    };
    let start = Date::parse("2021-01-01").unwrap();
    (0..n)
        .map(|i| {
            let sentences: Vec<String> = (0..2 + next(4))
                .map(|_| {
                    let a = next(ACTORS.len());
                    let mut b = next(ACTORS.len());
                    if b == a {
                        b = (b + 1) % ACTORS.len();
                    }
                    let target = ACTORS[b].replace("The ", "the ");
                    format!(
                        "{} {} {}{}.",
                        ACTORS[a],
                        VERBS[next(VERBS.len())],
                        target,
                        PLACES[next(PLACES.len())]
                    )
                })
                .collect();
            Document {
                id: format!("gen-{i:05}"),
                date: Some(start.add_days((next(60)) as i64)),
                text: sentences.join(" "),
                title: None,
                url: Some(format!("https://news.example/gen/{i}")),
                publisher: Some(PUBLISHERS[next(PUBLISHERS.len())].to_string()),
            }
        })
        .collect()
}

/// The JSONL line of a document, as `dyad ingest --input` reads it.
pub fn jsonl_line(d: &Document) -> String {
    serde_json::json!({
        "id": d.id,
        "date": d.date.map(|d| d.to_string()),
        "text": d.text,
        "url": d.url,
        "publisher": d.publisher,
    })
    .to_string()
}

/// Parse CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).
pub fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Everything a store holds that does not depend on when it was written: the JSONL export.
pub fn snapshot(store: &dyad_store::Store) -> String {
    let mut out = Vec::new();
    store
        .export(
            dyad_store::ExportFormat::Jsonl,
            &dyad_store::Filter::default(),
            &mut out,
        )
        .unwrap();
    String::from_utf8(out).unwrap()
}

/// A fresh, empty temporary folder for one test, removed when dropped.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("dyad-store-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
    pub fn path(&self, file: &str) -> std::path::PathBuf {
        self.0.join(file)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The store's invariants hold (see `Store::check`).
pub fn assert_sound(store: &dyad_store::Store) {
    let problems = store.check().unwrap();
    assert!(problems.is_empty(), "{problems:#?}");
}
