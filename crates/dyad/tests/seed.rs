//! The canonical document: the seed article (`shared/seed`), scored against its gold events
//! (`shared/gold/seed-article.jsonl`), and its events as a golden snapshot.
//! Both files are read by path from the shared folder beside the repository.

use dyad::eval::{evaluate, parse_gold, GoldDoc};
use dyad::{Date, Document, Pipeline};

fn gold() -> Vec<GoldDoc> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/gold/seed-article.jsonl"
    );
    let text = std::fs::read_to_string(path)
        .expect("shared/gold/seed-article.jsonl beside the repository");
    parse_gold(&text, path).unwrap()
}

#[test]
fn seed_article_meets_the_bar() {
    let p = Pipeline::builder().build().unwrap();
    let r = evaluate(&p, &gold(), true);
    // Issue bar: root recall >= 10/12 and precision >= 0.8; the evaluation issue raises it to
    // 12/12 and 0.9.
    assert!(
        r.root.matched >= 12,
        "root recall {}/{}\n{}",
        r.root.matched,
        r.root.gold,
        r.table()
    );
    assert!(
        r.root.precision() >= 0.9,
        "root precision {:.3}\n{}",
        r.root.precision(),
        r.table()
    );
}

#[test]
fn seed_article_traps_are_not_coded() {
    let g = &gold()[0];
    let p = Pipeline::builder().all_modes(true).build().unwrap();
    let doc = Document {
        id: g.id.clone(),
        date: Date::parse(g.date.as_deref().unwrap()).ok(),
        text: g.text.clone(),
        ..Default::default()
    };
    let all = p.code_document(&doc);
    let facts: Vec<_> = all
        .iter()
        .filter(|e| !e.negated && !e.hypothetical)
        .collect();
    // "meet the May 1 deadline" is not a meeting.
    assert!(
        !all.iter()
            .any(|e| e.sentence_text.contains("May 1 deadline")
                && e.trigger.text.starts_with("meet")),
        "deadline coded"
    );
    // "have not confirmed their attendance", "has not committed": negated, never facts.
    for trap in ["confirm", "commit"] {
        assert!(
            !facts.iter().any(|e| e.trigger.text.contains(trap)),
            "'{trap}' coded as a fact"
        );
    }
    let default = Pipeline::builder().build().unwrap().code_document(&doc);
    assert!(default.iter().all(|e| !e.negated && !e.hypothetical));
}

#[test]
fn seed_article_golden_events() {
    let g = &gold()[0];
    let p = Pipeline::builder().build().unwrap();
    let doc = Document {
        id: g.id.clone(),
        date: Date::parse(g.date.as_deref().unwrap()).ok(),
        text: g.text.clone(),
        ..Default::default()
    };
    // Codes and spans only: the snapshot holds no text of the article.
    let lines: Vec<String> = p
        .code_document(&doc)
        .iter()
        .map(|e| {
            let s = e.source.as_ref().unwrap();
            let t = e.target.as_ref().unwrap();
            format!(
                "{} {} {:?} -> {} {:?} {} {} trigger {:?} date {} ({}) place {} attribution {}",
                e.event_id,
                s.code,
                s.span,
                t.code,
                t.span,
                e.cameo.code,
                e.plover
                    .as_ref()
                    .map(|p| p.event_type.as_str())
                    .unwrap_or("-"),
                e.trigger.span,
                e.date.as_deref().unwrap_or("-"),
                e.date_precision,
                e.place
                    .as_ref()
                    .map(|p| format!(
                        "{} {} {:?}",
                        p.id,
                        p.country.as_deref().unwrap_or("-"),
                        p.span.unwrap_or_default()
                    ))
                    .unwrap_or_else(|| "-".into()),
                e.attribution
                    .as_ref()
                    .map(|a| a.code.as_str())
                    .unwrap_or("-"),
            )
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}

fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

#[test]
fn seed_article_dates_and_places() {
    let g = &gold()[0];
    let p = Pipeline::builder().build().unwrap();
    let doc = Document {
        id: g.id.clone(),
        date: Date::parse(g.date.as_deref().unwrap()).ok(),
        text: g.text.clone(),
        ..Default::default()
    };
    let ev = p.code_document(&doc);
    let find = |src: &str, tgt: &str, root: &str| {
        ev.iter()
            .find(|e| {
                e.source.as_ref().unwrap().code.starts_with(src)
                    && e.target.as_ref().unwrap().code.starts_with(tgt)
                    && e.cameo.root == root
            })
            .unwrap_or_else(|| panic!("no {src} -> {tgt} {root}"))
    };
    // Cavusoglu meets Ghani in Tajikistan, this week.
    let e = find("TUR", "AFG", "04");
    assert_eq!(
        e.place.as_ref().map(|p| p.country.as_deref()),
        Some(Some("TJK")),
        "{:?}",
        e.place
    );
    assert_eq!(
        (e.date.as_deref(), e.date_precision.as_str()),
        (Some("2021-03-29"), "week")
    );
    // The Khost attack: Tuesday, in Afghanistan, within 50 km of Khost city.
    let e = find("AFG", "IGO", "19");
    assert_eq!(e.date.as_deref(), Some("2021-03-30"));
    let pl = e.place.as_ref().expect("Khost attack has a place");
    assert_eq!(pl.country.as_deref(), Some("AFG"));
    let d = km((pl.lat.unwrap(), pl.lon.unwrap()), (33.34, 69.92));
    assert!(d < 50.0, "{d} km from Khost: {pl:?}");
    // Austin's call: Thursday.
    assert_eq!(
        find("USAMIL", "TURMIL", "04").date.as_deref(),
        Some("2021-04-01")
    );
    // The caption: Kabul, March 15, 2021.
    let e = find("USA", "AFGGOV", "04");
    assert_eq!(e.date.as_deref(), Some("2021-03-15"));
    assert_eq!(e.place.as_ref().map(|p| p.name.as_str()), Some("Kabul"));
    // Every event: a date with its precision; a place or an honest null.
    for e in &ev {
        assert!(
            e.date.is_some()
                && ["day", "week", "month", "year", "document"]
                    .contains(&e.date_precision.as_str())
        );
        if let Some(p) = &e.place {
            let chars: Vec<char> = g.text.chars().collect();
            let [a, b] = p.span.unwrap();
            let words: String = chars[a..b].iter().collect();
            assert!(!words.is_empty() && p.lat.is_some(), "{p:?}");
        }
    }
}

#[test]
fn a_document_without_a_date_still_codes() {
    let p = Pipeline::builder().build().unwrap();
    let doc = Document { id: "nodate".into(), text: "On Tuesday, Hamas fired rockets at Israel. On March 15, 2021 Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani.".into(), ..Default::default() };
    let ev = p.code_document(&doc);
    assert_eq!(ev.len(), 2);
    assert_eq!(
        (ev[0].date.as_deref(), ev[0].date_precision.as_str()),
        (None, "document")
    );
    assert_eq!(
        (ev[1].date.as_deref(), ev[1].date_precision.as_str()),
        (Some("2021-03-15"), "day")
    );
}
