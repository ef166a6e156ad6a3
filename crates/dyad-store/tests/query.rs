//! Queries (every filter) and exports (JSONL and CSV round trips, GDELT's 61 columns).

mod common;

use common::*;
use dyad_store::{csv_header, ExportFormat, Filter, Store, StoredEvent, GDELT_COLUMNS};

fn store() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    s.ingest(ok(corpus()), pipeline(), |_| {}).unwrap();
    s
}

fn ids(events: &[StoredEvent]) -> Vec<i64> {
    events.iter().map(|e| e.id).collect()
}

/// Each filter returns exactly the events the predicate picks from all of them, and picks some
/// but not all (so that the corpus exercises it).
#[test]
fn every_filter() {
    let s = store();
    let all = s.query(&Filter::default()).unwrap();
    assert!(all.len() >= 8, "{}", all.len());
    let code =
        |a: &Option<dyad::ActorRecord>| a.as_ref().map(|a| a.code.clone()).unwrap_or_default();
    let country = |a: &Option<dyad::ActorRecord>| a.as_ref().and_then(|a| a.country.clone());
    let day = |e: &StoredEvent| {
        e.record
            .date
            .clone()
            .or(e.record.doc_date.clone())
            .unwrap_or_default()
    };
    type Pred = Box<dyn Fn(&StoredEvent) -> bool>;
    let cases: Vec<(&str, Filter, Pred)> = vec![
        (
            "actor",
            Filter {
                actor: Some("isr".into()),
                ..Default::default()
            },
            Box::new(move |e| {
                code(&e.record.source).starts_with("ISR")
                    || code(&e.record.target).starts_with("ISR")
            }),
        ),
        (
            "source",
            Filter {
                source: Some("TUR".into()),
                ..Default::default()
            },
            Box::new(move |e| code(&e.record.source).starts_with("TUR")),
        ),
        (
            "target",
            Filter {
                target: Some("AFG".into()),
                ..Default::default()
            },
            Box::new(move |e| code(&e.record.target).starts_with("AFG")),
        ),
        (
            "source and target",
            Filter {
                source: Some("RUS".into()),
                target: Some("UKR".into()),
                ..Default::default()
            },
            Box::new(move |e| {
                code(&e.record.source).starts_with("RUS")
                    && code(&e.record.target).starts_with("UKR")
            }),
        ),
        (
            "country",
            Filter {
                country: Some("DEU".into()),
                ..Default::default()
            },
            Box::new(move |e| {
                country(&e.record.source).as_deref() == Some("DEU")
                    || country(&e.record.target).as_deref() == Some("DEU")
            }),
        ),
        (
            "cameo prefix",
            Filter {
                cameo: Some("19".into()),
                ..Default::default()
            },
            Box::new(|e| e.record.cameo.code.starts_with("19")),
        ),
        (
            "root",
            Filter {
                root: Some("4".into()),
                ..Default::default()
            },
            Box::new(|e| e.record.cameo.root == "04"),
        ),
        (
            "plover",
            Filter {
                plover: Some("consult".into()),
                ..Default::default()
            },
            Box::new(|e| {
                e.record
                    .plover
                    .as_ref()
                    .is_some_and(|p| p.event_type == "CONSULT")
            }),
        ),
        (
            "quad class",
            Filter {
                quad_class: Some(4),
                ..Default::default()
            },
            Box::new(|e| e.record.cameo.quad_class == 4),
        ),
        (
            "date range",
            Filter {
                from: Some("2021-04-03".parse().unwrap()),
                to: Some("2021-05-31".parse().unwrap()),
                ..Default::default()
            },
            Box::new(move |e| ("2021-04-03".."2021-06-01").contains(&day(e).as_str())),
        ),
        (
            "from",
            Filter {
                from: Some("2021-05-01".parse().unwrap()),
                ..Default::default()
            },
            Box::new(move |e| day(e).as_str() >= "2021-05-01"),
        ),
        (
            "place country",
            Filter {
                place_country: Some("AFG".into()),
                ..Default::default()
            },
            Box::new(|e| e.record.place.as_ref().and_then(|p| p.country.as_deref()) == Some("AFG")),
        ),
        (
            "text",
            Filter {
                text: Some("REFUGEES berlin".into()),
                ..Default::default()
            },
            Box::new(|e| e.record.sentence_text.contains("refugees in Berlin")),
        ),
        (
            "document",
            Filter {
                doc_id: Some("a2".into()),
                ..Default::default()
            },
            Box::new(move |e| {
                e.record.cameo.root == "04"
                    && code(&e.record.source) == "TURGOV"
                    && e.record.doc_id == "a1"
            }),
        ),
    ];
    for (name, filter, pred) in cases {
        let got = s.query(&filter).unwrap();
        let want: Vec<StoredEvent> = all.iter().filter(|e| pred(e)).cloned().collect();
        assert!(
            !want.is_empty() && want.len() < all.len(),
            "{name}: the corpus does not exercise it"
        );
        assert_eq!(ids(&got), ids(&want), "{name}");
        assert_eq!(s.count(&filter).unwrap(), want.len() as u64, "{name}");
    }
    // Text search finds an event through any of its mentions.
    let f = Filter {
        text: Some("Ghani".into()),
        ..Default::default()
    };
    assert_eq!(s.query(&f).unwrap().len(), 2);
    // Invalid values are errors, not empty results.
    assert!(s
        .query(&Filter {
            quad_class: Some(7),
            ..Default::default()
        })
        .is_err());
    assert!(s
        .query(&Filter {
            from: Some("2021-05-01".parse().unwrap()),
            to: Some("2021-04-01".parse().unwrap()),
            ..Default::default()
        })
        .is_err());
    // A query with quotes and FTS operators is taken as words.
    assert!(s
        .query(&Filter {
            text: Some("\"Iran\" OR NEAR(".into()),
            ..Default::default()
        })
        .is_ok());
}

#[test]
fn limit_offset_and_cursor() {
    let s = store();
    let all = ids(&s.query(&Filter::default()).unwrap());
    let page = |f: Filter| ids(&s.query(&f).unwrap());
    assert_eq!(
        page(Filter {
            limit: Some(3),
            ..Default::default()
        }),
        all[..3]
    );
    assert_eq!(
        page(Filter {
            limit: Some(3),
            offset: 2,
            ..Default::default()
        }),
        all[2..5]
    );
    assert_eq!(
        page(Filter {
            offset: 2,
            ..Default::default()
        }),
        all[2..]
    );
    // Walk the whole store by cursor.
    let mut walked = Vec::new();
    let mut after = None;
    loop {
        let p = page(Filter {
            limit: Some(2),
            after,
            ..Default::default()
        });
        if p.is_empty() {
            break;
        }
        after = p.last().copied();
        walked.extend(p);
    }
    assert_eq!(walked, all);
}

#[test]
fn gdelt_export_has_61_tab_separated_columns() {
    let s = store();
    let mut out = Vec::new();
    let n = s
        .export(ExportFormat::Gdelt, &Filter::default(), &mut out)
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    let all = s.query(&Filter::default()).unwrap();
    assert_eq!(n as usize, all.len());
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), all.len());
    let col = |name: &str| GDELT_COLUMNS.iter().position(|c| *c == name).unwrap();
    for (row, e) in rows.iter().zip(&all) {
        assert_eq!(row.len(), 61, "{row:?}");
        assert_eq!(row[col("GLOBALEVENTID")], e.id.to_string());
        assert_eq!(row[col("EventCode")], e.record.cameo.code);
        assert_eq!(row[col("EventRootCode")], e.record.cameo.root);
        assert_eq!(row[col("NumArticles")], e.num_articles.to_string());
        assert_eq!(row[col("AvgTone")], "");
        assert_eq!(row[col("SQLDATE")].len(), 8);
        assert_eq!(row[col("DATEADDED")].len(), 14);
        assert_eq!(row[col("SOURCEURL")], e.url.as_deref().unwrap_or(""));
    }
    let meeting = rows
        .iter()
        .find(|r| r[col("Actor1Code")] == "TURGOV")
        .unwrap();
    assert_eq!(meeting[col("SQLDATE")], "20210402");
    assert_eq!(meeting[col("MonthYear")], "202104");
    assert_eq!(meeting[col("Year")], "2021");
    assert_eq!(meeting[col("FractionDate")], "2021.2521");
    assert_eq!(meeting[col("Actor1CountryCode")], "TUR");
    assert_eq!(meeting[col("Actor1Type1Code")], "GOV");
    assert_eq!(meeting[col("Actor2Code")], "AFGGOV");
    assert_eq!(meeting[col("NumMentions")], "2");
    assert_eq!(meeting[col("ActionGeo_CountryCode")], "AFG");
    assert_eq!(meeting[col("ActionGeo_Type")], "4");
    if let Some(un) = rows.iter().find(|r| r[col("Actor1Code")] == "IGOUNO") {
        assert_eq!(un[col("Actor1KnownGroupCode")], "UNO");
        assert_eq!(un[col("Actor1Type1Code")], "IGO");
    }
}

#[test]
fn csv_export_round_trips() {
    let s = store();
    let mut out = Vec::new();
    s.export(ExportFormat::Csv, &Filter::default(), &mut out)
        .unwrap();
    let rows = parse_csv(&String::from_utf8(out).unwrap());
    let header = csv_header();
    assert_eq!(rows[0], header);
    let all = s.query(&Filter::default()).unwrap();
    assert_eq!(rows.len() - 1, all.len());
    let col = |name: &str| header.iter().position(|c| *c == name).unwrap();
    for (row, e) in rows[1..].iter().zip(&all) {
        assert_eq!(row.len(), header.len());
        let r = &e.record;
        assert_eq!(row[col("global_event_id")], e.id.to_string());
        assert_eq!(row[col("event_id")], r.event_id);
        assert_eq!(row[col("doc_id")], r.doc_id);
        assert_eq!(row[col("sentence_text")], r.sentence_text);
        assert_eq!(
            row[col("source_code")],
            r.source.as_ref().map(|a| a.code.as_str()).unwrap_or("")
        );
        assert_eq!(
            row[col("target_code")],
            r.target.as_ref().map(|a| a.code.as_str()).unwrap_or("")
        );
        assert_eq!(row[col("cameo_code")], r.cameo.code);
        assert_eq!(
            row[col("goldstein")].parse::<f32>().unwrap(),
            r.cameo.goldstein
        );
        assert_eq!(row[col("trigger_start")], r.trigger.span[0].to_string());
        assert_eq!(row[col("num_mentions")], e.num_mentions.to_string());
        assert_eq!(row[col("num_sources")], e.num_sources.to_string());
        assert_eq!(row[col("num_articles")], e.num_articles.to_string());
    }
}

#[test]
fn jsonl_export_round_trips() {
    let s = store();
    let mut out = Vec::new();
    s.export(
        ExportFormat::Jsonl,
        &Filter {
            root: Some("04".into()),
            ..Default::default()
        },
        &mut out,
    )
    .unwrap();
    let text = String::from_utf8(out).unwrap();
    let want = s
        .query(&Filter {
            root: Some("04".into()),
            ..Default::default()
        })
        .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), want.len());
    for (line, e) in lines.iter().zip(&want) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["global_event_id"], e.id);
        assert_eq!(v["num_mentions"], e.num_mentions);
        assert_eq!(v["num_sources"], e.num_sources);
        assert_eq!(v["num_articles"], e.num_articles);
        let r: dyad::EventRecord = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(&r, &e.record);
        assert_eq!(v, e.to_json().unwrap());
    }
}

#[test]
fn documents_are_stored_whole() {
    let s = store();
    let d = s.document("b1").unwrap().unwrap();
    let original = &corpus()[3];
    assert_eq!(d.text, original.text);
    assert_eq!(d.publisher.as_deref(), Some("BBC"));
    assert_eq!(d.date.as_deref(), Some("2021-05-03"));
    assert_eq!(d.content_hash.len(), 64);
    // The spans of the stored records point into the stored text.
    for e in s
        .query(&Filter {
            doc_id: Some("b1".into()),
            ..Default::default()
        })
        .unwrap()
    {
        let chars: Vec<char> = d.text.chars().collect();
        let [a, b] = e.record.trigger.span;
        assert_eq!(
            chars[a..b].iter().collect::<String>(),
            e.record.trigger.text
        );
    }
}
