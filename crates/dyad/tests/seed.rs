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
                "{} {} {:?} -> {} {:?} {} {} trigger {:?} date {} ({}) attribution {}",
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
                e.attribution
                    .as_ref()
                    .map(|a| a.code.as_str())
                    .unwrap_or("-"),
            )
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}
