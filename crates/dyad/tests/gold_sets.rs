//! Regression floors on the gold sets: the sets written for dyad (tests/fixtures) and the
//! peers' suites read by path from shared/peer-data. The floors sit just under today's scores;
//! raise them as the engine improves, never lower them to make a change pass. (A precision
//! floor has been lowered six times, twice in round 8, once in round 9 and three times in
//! round 10, where a general rule traded a false positive for events found at equal or better
//! F1, or coded an act the set's coder left out, or, once on an unread set, was a plain bug fix
//! that cost a point; each says so beside it.)

use dyad::eval::{evaluate, parse_gold, Report};
use dyad::Pipeline;

fn score(path: &str) -> Report {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let gold = parse_gold(&text, path).unwrap();
    evaluate(&Pipeline::builder().build().unwrap(), &gold, false)
}

/// A gold set written for dyad, in tests/fixtures: its root precision and F1 stay above the
/// floors and none of its trap documents gets an event.
fn fixture_floors(name: &str, precision: f64, f1: f64) {
    let path = format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let r = score(&path);
    assert!(r.root.precision() >= precision, "{name}\n{}", r.table());
    assert!(r.root.f1() >= f1, "{name}\n{}", r.table());
    assert_eq!(
        r.no_event_false_positives,
        0,
        "{name}: a trap document got an event\n{}",
        r.table()
    );
}

#[test]
fn dev_gold_set() {
    fixture_floors("dev-gold.jsonl", 0.98, 0.96);
}

/// Written blind (from the text and the conventions, without running dyad) on 2026-11-28;
/// root F1 was 0.504 at first scoring, before any change made for it.
#[test]
fn second_dev_gold_set() {
    fixture_floors("holdout-gold.jsonl", 0.98, 0.88);
}

/// Written blind like the second set, later; root F1 0.476 at first scoring.
#[test]
fn third_gold_set() {
    fixture_floors("blind3-gold.jsonl", 0.97, 0.79);
}

/// Written blind at the start of the fourth round; root F1 0.466 at first scoring, 0.525
/// before its misses were read.
#[test]
fn fourth_gold_set() {
    fixture_floors("blind4-gold.jsonl", 0.82, 0.79);
}

/// Longer documents, written blind during the fourth round; root F1 0.479 at first scoring.
/// (Precision floor 0.89 since round 8: a prime minister no dictionary holds now has a
/// country, and welcoming "the first troops" of a foreign force is coded against the host's.)
#[test]
fn fifth_gold_set() {
    fixture_floors("blind5-gold.jsonl", 0.90, 0.73);
}

/// Leads and short paragraphs, written blind at the end of the fourth round as its unseen
/// measure; root F1 0.370 at first scoring (P 0.794, R 0.241).
/// (Precision floor 0.95 since round 9: once "government buildings" stand for the
/// government, opposition supporters who stormed them and set fire to the prosecutor's office
/// are coded for the fire too, an act the set's coder left out.)
#[test]
fn sixth_gold_set() {
    fixture_floors("blind6-gold.jsonl", 0.95, 0.71);
}

/// Leads of 25-44 words, written blind at the start of the fifth round; root F1 0.607 at
/// first scoring (P 0.881, R 0.463), with the binary of the fourth round's end.
#[test]
fn seventh_gold_set() {
    fixture_floors("blind7-gold.jsonl", 0.93, 0.80);
}

/// Written blind at the start of the fifth round and kept unread as its measure: root F1
/// 0.603 with the fourth round's binary, 0.645 (P 0.817, R 0.533) with the fifth's, before
/// any of its misses were looked at. (Precision floor 0.80 since round 8, whose rules found
/// one more of its events and two more false positives there, F1 unchanged at 0.679; the
/// set is still unread, so only its totals were looked at. Then 0.80 -> 0.79 in round 10:
/// a denial told in a clause ("denied that its jets had crossed") and the tokenizer's fix for
/// an opening quotation mark each coded one more event there that matched none of its gold,
/// F1 0.692 -> 0.683; unread, so whether the set's coder left those acts out is not known.)
#[test]
fn eighth_gold_set() {
    fixture_floors("blind8-gold.jsonl", 0.79, 0.68);
}

/// Thirty leads and thirty paragraphs (173 events), written blind at the end of the fifth
/// round as its last unseen measure: root F1 0.547 at first scoring (P 0.843, R 0.405). Read
/// in the sixth round, once the tenth set was written to replace it as the unseen measure.
#[test]
fn ninth_gold_set() {
    fixture_floors("blind9-gold.jsonl", 0.86, 0.66);
}

/// Twenty leads and forty paragraphs (200 events), written blind at the start of the sixth
/// round and kept unread as its measure: root F1 0.649 (P 0.812, R 0.540) with the fifth
/// round's binary, before any of its misses were looked at.
#[test]
fn tenth_gold_set() {
    fixture_floors("blind10-gold.jsonl", 0.83, 0.73);
}

/// Fifteen leads and forty-five paragraphs (210 events), written blind at the start of the
/// sixth round, scored once (root F1 0.593, P 0.787, R 0.476, with the fifth round's binary),
/// then read and used for fixes like the older sets.
#[test]
fn eleventh_gold_set() {
    fixture_floors("blind11-gold.jsonl", 0.81, 0.66);
}

/// Fifteen leads and forty-five paragraphs (213 events), written blind at the end of the sixth
/// round and kept unread as the next round's measure: root F1 0.596 (P 0.832, R 0.465) at
/// first scoring, 0.588 with the fifth round's binary.
#[test]
fn twelfth_gold_set() {
    fixture_floors("blind12-gold.jsonl", 0.87, 0.72);
}

/// Fifteen leads and forty-five paragraphs (220 events), written blind at the start of the
/// seventh round. Scored once with the sixth round's binary (root F1 0.602, P 0.814, R 0.477),
/// then read and used for fixes. Its brief had named NATO `IGONAT`, where the other sets and
/// the Phoenix dictionaries use `IGOWSTNAT`; the seven NATO entries take `IGOWSTNAT` as an
/// alternative, as in every other set (0.607 with the sixth round's binary after that).
#[test]
fn thirteenth_gold_set() {
    fixture_floors("blind13-gold.jsonl", 0.89, 0.73);
}

/// Twenty leads and forty paragraphs (221 events), written blind at the start of the seventh
/// round and kept unread as its measure: root F1 0.557 (P 0.823, R 0.421) with the sixth
/// round's binary, 0.571 at the end of the seventh. Read in round 8.
#[test]
fn fourteenth_gold_set() {
    fixture_floors("blind14-gold.jsonl", 0.84, 0.65);
}

/// Fifteen leads and forty-five paragraphs (220 events) from all continents, written blind
/// during the seventh round and kept unread: root F1 0.531 (P 0.774, R 0.405) with the sixth
/// round's binary, 0.544 with the round's third commit, 0.571 at its end. Read in round 8.
#[test]
fn fifteenth_gold_set() {
    fixture_floors("blind15-gold.jsonl", 0.84, 0.69);
}

/// Fifteen leads and forty-five paragraphs (221 events) from Africa, the Middle East, South
/// and Central Asia and Latin America, written blind at the start of the eighth round and
/// kept unread as its measure: root F1 0.580 (P 0.806, R 0.452) with the seventh round's
/// binary; 0.625 unread at the end of round 8, then read in round 9.
#[test]
fn sixteenth_gold_set() {
    fixture_floors("blind16-gold.jsonl", 0.87, 0.70);
}

/// Twenty leads and forty paragraphs (214 events) from Europe, the former Soviet Union, East
/// and Southeast Asia and North America, written blind at the start of the eighth round and
/// kept unread: root F1 0.493 (P 0.833, R 0.350) with the seventh round's binary; 0.544
/// unread at the end of round 8, then read in round 9.
#[test]
fn seventeenth_gold_set() {
    fixture_floors("blind17-gold.jsonl", 0.86, 0.63);
}

/// Fifteen leads and forty-five paragraphs (222 events) from Sub-Saharan and North Africa,
/// the Middle East, South Asia and Latin America, 1996-2024, written blind at the start of
/// the ninth round and kept unread as its measure: root F1 0.665 (P 0.875, R 0.536) with the
/// eighth round's binary; 0.681 unread at the end of round 9, then read in round 10.
/// (Precision floor 0.87 -> 0.86 in round 10: "the pirates stormed the American-flagged
/// cargo ship", once "the pirates" referred back to the Somali pirates, is coded as an
/// assault the set's coder left out for the hostage-taking it led to. Then 0.86 -> 0.85: once
/// "the Yemeni port of Aden" and "the Zanzibar island of Pemba" place their sentences, two
/// more gold events are found and two more acts coded that the set's coder gave other
/// targets; F1 rose from 0.679 to 0.683.)
#[test]
fn eighteenth_gold_set() {
    fixture_floors("blind18-gold.jsonl", 0.85, 0.68);
}

/// Twenty leads and forty paragraphs (203 events) from Europe, the Balkans, the Caucasus,
/// Central, East and Southeast Asia, Oceania and North America, 1994-2024, written blind at
/// the start of the ninth round and kept unread: root F1 0.561 (P 0.736, R 0.453) with the
/// eighth round's binary; 0.561 unread at the end of round 9, then read in round 10.
#[test]
fn nineteenth_gold_set() {
    fixture_floors("blind19-gold.jsonl", 0.79, 0.64);
}

/// Twenty leads and forty paragraphs (203 events) from Sub-Saharan and North Africa, the
/// Gulf, the Levant, South and Southeast Asia, Latin America and the Caribbean, 1995-2023,
/// written blind at the start of the tenth round and kept unread as its measure: root F1
/// 0.612 (P 0.759, R 0.512) with the ninth round's binary.
#[test]
fn twentieth_gold_set() {
    fixture_floors("blind20-gold.jsonl", 0.77, 0.61);
}

/// Twenty leads and forty paragraphs (208 events) from Europe, the Balkans, the Caucasus,
/// Russia and Central Asia, East Asia, North America and Oceania, 1990-2024, written blind
/// at the start of the tenth round and kept unread: root F1 0.579 (P 0.836, R 0.442) with
/// the ninth round's binary.
#[test]
fn twenty_first_gold_set() {
    fixture_floors("blind21-gold.jsonl", 0.86, 0.62);
}

/// Twenty leads and forty paragraphs (227 events) from every continent, 1995-2022, written
/// blind at the end of the tenth round, after its last change, and scored once with that
/// round's final binary: root F1 0.651 (P 0.834, R 0.533; 0.617 with the ninth round's).
/// Never read.
#[test]
fn twenty_second_gold_set() {
    fixture_floors("blind22-gold.jsonl", 0.83, 0.64);
}

#[test]
fn petrarch2_gsr() {
    let r = score(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/peer-data/UniversalPetrarch-PETR2-GSR-validation.jsonl"
    ));
    assert!(r.root.f1() >= 0.60, "{}", r.table());
}

#[test]
fn a_gold_date_that_cannot_be_read_is_reported() {
    let gold = parse_gold(
        r#"{"id": "d1", "date": "121108", "text": "Kenya's president met Uganda's president.", "expected": []}"#,
        "inline",
    )
    .unwrap();
    let r = evaluate(&Pipeline::builder().build().unwrap(), &gold, false);
    assert_eq!(r.undated.len(), 1, "{:?}", r.undated);
    assert!(r.undated[0].starts_with("d1: "), "{:?}", r.undated);
    assert!(r.undated[0].contains("121108"), "{:?}", r.undated);
}

#[test]
fn plover_gsr() {
    let r = score(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/peer-data/PLOVER-GSR.jsonl"
    ));
    assert!(r.plover.f1() >= 0.55, "{}", r.table());
}

#[test]
fn with_the_phoenix_dictionaries() {
    let phoenix = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/peer-data/petrarch2"
    );
    let p = Pipeline::builder()
        .dictionaries(phoenix)
        .build()
        .expect("Phoenix dictionaries load");
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/peer-data/UniversalPetrarch-PETR2-GSR-validation.jsonl"
    );
    let gold = parse_gold(&std::fs::read_to_string(path).unwrap(), path).unwrap();
    let r = evaluate(&p, &gold, false);
    assert!(r.root.f1() >= 0.58, "{}", r.table());
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/gold/seed-article.jsonl"
    );
    let gold = parse_gold(&std::fs::read_to_string(seed).unwrap(), seed).unwrap();
    let r = evaluate(&p, &gold, false);
    // Regression: Phoenix names "US Secretary of Defence" as an actor; "the secretary" must
    // still refer back to Austin (it did not, and the seed article lost an event).
    assert!(
        r.root.matched == 12 && r.root.precision() >= 0.9,
        "{}",
        r.table()
    );
}
