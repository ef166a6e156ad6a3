//! No input panics the pipeline: arbitrary text, binary-looking text, odd Unicode, unbalanced
//! quotes, and a 10 MB document.

use dyad::{Document, Pipeline};
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::builder().all_modes(true).build().unwrap())
}

fn check(text: &str) {
    let doc = Document {
        id: "p".into(),
        text: text.to_string(),
        ..Default::default()
    };
    let chars: Vec<char> = text.chars().collect();
    for e in pipeline().code_document(&doc) {
        for a in [&e.source, &e.target, &e.attribution].into_iter().flatten() {
            assert!(a.span[0] <= a.span[1] && a.span[1] <= chars.len());
            assert_eq!(
                chars[a.span[0]..a.span[1]].iter().collect::<String>(),
                a.text
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_string(s in "\\PC{0,300}") {
        check(&s);
    }

    #[test]
    fn news_like_words(words in proptest::collection::vec(prop_oneof![
        Just("the"), Just("US"), Just("U.S."), Just("Mr."), Just("met"), Just("Taliban"), Just("said"), Just("\u{201c}"),
        Just("\""), Just("'s"), Just(","), Just("."), Just("and"), Just("by"), Just("was"), Just("attacked"), Just("not"),
        Just("will"), Just("he"), Just("Turkish"), Just("Foreign Minister"), Just("to"), Just("of"), Just("\n\n"),
        Just("KABUL (Reuters) -"), Just("fired two missiles at"), Just("Ghani"), Just("(")
    ], 0..60)) {
        check(&words.join(" "));
    }
}

#[test]
fn empty_and_whitespace() {
    for t in ["", " ", "\n\n\n", "\t", ".", "\u{feff}", "\u{200b}\u{200d}"] {
        check(t);
    }
}

#[test]
fn binary_looking_and_odd_unicode() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
    check(&String::from_utf8_lossy(&bytes));
    check("Ｔｕｒｋｉｓｈ ｍｉｎｉｓｔｅｒ met 🇹🇷 Ghani\u{0301}\u{202e}reversed\u{202c} «quoted» „low“ ‚single‘");
    check("\"unbalanced quote The Taliban met Khalilzad. “Another “ nested ” open");
    check("ǅ ǈ İstanbul ß ΣΑΣ Ⅻ ﬁ");
}

#[test]
fn ten_megabytes() {
    let para =
        "Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani in Dushanbe. \
                The militants fired rockets at the base \"without warning ";
    let mut text = String::with_capacity(10_500_000);
    while text.len() < 10_000_000 {
        text.push_str(para);
    }
    let doc = Document {
        id: "big".into(),
        text,
        ..Default::default()
    };
    let n = pipeline().code_document(&doc).len();
    assert!(n > 0);
    // And one 10 MB "sentence" with no punctuation at all.
    let blob = "word ".repeat(2_000_000);
    check(&blob);
}
