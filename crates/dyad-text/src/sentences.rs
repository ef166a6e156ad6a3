//! Sentence splitting for news prose.
//!
//! Rules, in order: a blank line, or a run of three or more spaces, always ends a sentence; a
//! single line break ends one unless the next line starts in lower case; `.`, `!`, `?` end one
//! when the next word starts a new sentence (capital, digit or quote) and the word before is not
//! an abbreviation ("Mr", "Gen.", "Jan.", an initial); closing quotes and brackets stay with the
//! sentence they close. A dateline ("KABUL (Reuters) -") is left outside the first sentence of
//! its paragraph, and a first line without final punctuation is marked as the headline.

use dyad_model::{Sentence, Span, Token, TokenKind};

/// Words that, followed by a period, do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "cpt", "maj", "adm", "cmdr", "gov",
    "sen", "rep", "rev", "st", "jr", "sr", "prof", "pres", "no", "nos", "vs", "v", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "corp",
    "co", "bros", "mt", "ft", "fig", "approx", "dept", "est", "brig", "lieut", "supt", "insp",
    "hon", "amb", "messrs", "mme", "mmes", "sec", "atty",
];

/// Capitalised words that, after a sentence-final abbreviation like "U.S.", begin a new sentence.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
    "A",
    "An",
    "This",
    "That",
    "Those",
    "These",
    "His",
    "Her",
    "Their",
    "Its",
    "There",
    "Mr",
    "Mrs",
    "Ms",
    "Yet",
    "However",
    "Meanwhile",
    "After",
    "Before",
    "When",
    "While",
    "Last",
    "Earlier",
    "Later",
];

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | "”" | "’" | ")" | "]" | "»")
}

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "..." | "…")
}

/// Split a document into sentences over its tokens.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0usize; // token index where the current sentence starts
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let tok = tokens[i];
        let s = tok.span.slice(text);
        let mut end_here = false;
        let mut end_tok = i + 1; // exclusive
        if is_terminal(s) || (s.ends_with('.') && s.len() > 2 && tok.kind == TokenKind::Word) {
            // absorb closers
            let mut j = i + 1;
            while j < n
                && is_closer(tokens[j].span.slice(text))
                && gap(text, tokens, j) == Gap::None
            {
                j += 1;
            }
            let next = tokens.get(j).map(|t| t.span.slice(text));
            let starts_new = match next {
                None => true,
                Some(w) => {
                    let c = w.chars().next().unwrap_or(' ');
                    c.is_uppercase()
                        || c.is_ascii_digit()
                        || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '-' | '—')
                }
            };
            let prev = if s == "." && i > start {
                Some(tokens[i - 1])
            } else {
                None
            };
            let abbrev = match prev {
                Some(p) if gap(text, tokens, i) == Gap::None => {
                    let w = p.span.slice(text);
                    let lw = w.to_lowercase();
                    ABBREVIATIONS.contains(&lw.as_str())
                        || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                }
                _ => false,
            };
            let letter_abbrev = s.ends_with('.') && s.len() > 2;
            if starts_new && !abbrev {
                if letter_abbrev {
                    // "U.S." ends a sentence only before a typical sentence opener or a line break.
                    let nxt = next.unwrap_or("");
                    if next.is_none()
                        || SENTENCE_OPENERS.contains(&nxt)
                        || gap(text, tokens, j) >= Gap::Line
                    {
                        end_here = true;
                        end_tok = j;
                    }
                } else {
                    end_here = true;
                    end_tok = j;
                }
            }
        }
        // Line-based boundaries after token i (or after the closers absorbed).
        let after = if end_here { end_tok } else { i + 1 };
        if !end_here && after < n {
            match gap(text, tokens, after) {
                Gap::Paragraph | Gap::WideSpace => {
                    end_here = true;
                    end_tok = after;
                }
                Gap::Line => {
                    let next = tokens[after].span.slice(text);
                    if !next.chars().next().is_some_and(char::is_lowercase) {
                        end_here = true;
                        end_tok = after;
                    }
                }
                Gap::None | Gap::Space => {}
            }
        }
        if end_here || end_tok >= n {
            let end_tok = end_tok.min(n);
            push(&mut out, text, tokens, start, end_tok);
            start = end_tok;
            i = end_tok;
        } else {
            i += 1;
        }
    }
    if start < n {
        push(&mut out, text, tokens, start, n);
    }
    mark_headline(&mut out, text, tokens);
    out
}

fn push(out: &mut Vec<Sentence>, text: &str, tokens: &[Token], start: usize, end: usize) {
    let mut start = start;
    if start >= end {
        return;
    }
    // A dateline at a paragraph start: ALL CAPS words [, date] [(Agency)] then a dash.
    let para_start = start == 0 || gap(text, tokens, start) >= Gap::Line;
    if para_start {
        if let Some(skip) = dateline_len(text, &tokens[start..end]) {
            start += skip;
        }
    }
    if start >= end {
        return;
    }
    out.push(Sentence {
        span: Span::new(tokens[start].span.start, tokens[end - 1].span.end),
        tokens: start..end,
        headline: false,
    });
}

/// Number of tokens of a dateline at the start of `toks`, if there is one.
fn dateline_len(text: &str, toks: &[Token]) -> Option<usize> {
    let mut i = 0;
    let mut caps = 0;
    while i < toks.len() && i < 12 {
        let w = toks[i].span.slice(text);
        let is_caps = toks[i].kind == TokenKind::Word
            && w.chars().any(char::is_alphabetic)
            && !w.chars().any(char::is_lowercase);
        if is_caps {
            caps += 1;
            i += 1;
        } else if caps > 0
            && (w == ","
                || toks[i].kind == TokenKind::Number
                || (toks[i].kind == TokenKind::Word
                    && w.len() <= 5
                    && w.chars().next().is_some_and(char::is_uppercase)))
        {
            i += 1; // ", April 2"
        } else {
            break;
        }
    }
    if caps == 0 {
        return None;
    }
    let mut agency = false;
    if i < toks.len() && toks[i].span.slice(text) == "(" {
        let close = toks[i..toks.len().min(i + 8)]
            .iter()
            .position(|t| t.span.slice(text) == ")")?;
        i += close + 1;
        agency = true;
    }
    let dash = toks.get(i).map(|t| t.span.slice(text))?;
    if matches!(dash, "-" | "–" | "—" | "--") && (agency || caps >= 1) && i + 1 < toks.len() {
        // A bare "WORD -" needs the word to be all caps and longer than an acronym at a
        // sentence start like "US - ": require the agency or two caps letters at least.
        let first = toks[0].span.slice(text);
        if agency || first.chars().count() >= 3 {
            let mut k = i + 1;
            while k < toks.len() && toks[k].span.slice(text) == "-" {
                k += 1;
            }
            return Some(k);
        }
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    Line,
    WideSpace,
    Paragraph,
}

/// The whitespace between token `i - 1` and token `i`.
fn gap(text: &str, tokens: &[Token], i: usize) -> Gap {
    if i == 0 || i >= tokens.len() {
        return Gap::Paragraph;
    }
    let between = &text[tokens[i - 1].span.end..tokens[i].span.start];
    if between.is_empty() {
        return Gap::None;
    }
    let newlines = between.matches('\n').count();
    if newlines >= 2 {
        Gap::Paragraph
    } else if newlines == 1 {
        Gap::Line
    } else if between.chars().count() >= 3 {
        Gap::WideSpace
    } else {
        Gap::Space
    }
}

fn mark_headline(out: &mut [Sentence], text: &str, tokens: &[Token]) {
    // The first line of the document, when it has no final punctuation and is followed by a line
    // break, is the headline.
    if let Some(first) = out.first_mut() {
        let last = tokens[first.tokens.end - 1].span.slice(text);
        let ends_line =
            first.tokens.end >= tokens.len() || gap(text, tokens, first.tokens.end) >= Gap::Line;
        if ends_line
            && !is_terminal(last)
            && !is_closer(last)
            && first.tokens.start == 0
            && first.tokens.end < tokens.len()
        {
            first.headline = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    fn split(t: &str) -> Vec<&str> {
        let toks = tokenize(t);
        split_sentences(t, &toks)
            .iter()
            .map(|s| s.span.slice(t))
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Mr. Price spoke. He left.",
                &["Mr. Price spoke.", "He left."],
            ),
            (
                "U.S. troops left. They went home.",
                &["U.S. troops left.", "They went home."],
            ),
            (
                "He met Gen. Miller on Jan. 5 in Kabul. Then he left.",
                &["He met Gen. Miller on Jan. 5 in Kabul.", "Then he left."],
            ),
            ("J. R. Smith arrived.", &["J. R. Smith arrived."]),
            (
                "\"It is hard,\" he said. \"It's hard to go.\"",
                &["\"It is hard,\" he said.", "\"It's hard to go.\""],
            ),
            ("“We won.” The army left.", &["“We won.”", "The army left."]),
            (
                "KABUL (Reuters) - The Taliban attacked a base.",
                &["The Taliban attacked a base."],
            ),
            ("WASHINGTON - Biden spoke.", &["Biden spoke."]),
            (
                "Title here\n\nBody text. More.",
                &["Title here", "Body text.", "More."],
            ),
            (
                "a caption REUTERS   THIS IMAGE HAS",
                &["a caption REUTERS", "THIS IMAGE HAS"],
            ),
            (
                "They moved to the U.S. The next day it rained.",
                &["They moved to the U.S.", "The next day it rained."],
            ),
            (
                "U.S. Special Envoy Zalmay Khalilzad attends.",
                &["U.S. Special Envoy Zalmay Khalilzad attends."],
            ),
            (
                "troops in the\nregion left.",
                &["troops in the\nregion left."],
            ),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(&split(text), want, "{text}");
        }
    }

    #[test]
    fn headline_marked() {
        let t = "Envoy meets Taliban\n\nThe envoy met them.";
        let toks = tokenize(t);
        let s = split_sentences(t, &toks);
        assert!(s[0].headline);
        assert!(!s[1].headline);
    }
}
