//! Tokens with byte spans. Words keep inner hyphens ("co-ordinate", "al-Shabaab") and the dots
//! of letter abbreviations ("U.S."); the possessive "'s" and the clitic "n't" are tokens of
//! their own so that "Afghanistan's" yields the country and "hasn't" yields the negation.

use dyad_model::{Span, Token, TokenKind};

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Split `text` into tokens. Never fails; every non-space character belongs to one token.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let end_of = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut i = 0;
    while i < n {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if (c == 'n' || c == 'N')
            && i + 2 < n
            && (i + 3 >= n || !chars[i + 3].1.is_alphanumeric())
            && is_apostrophe(chars[i + 1].1)
            && chars[i + 2].1.eq_ignore_ascii_case(&'t')
        {
            out.push(Token {
                span: Span::new(start, end_of(i + 3)),
                kind: TokenKind::Word,
            });
            i += 3;
            continue;
        }
        if c.is_alphabetic() {
            // Letter abbreviation: U.S., U.N., U.S.A.
            let mut j = i;
            let mut letters = 0;
            while j + 1 < n && chars[j].1.is_alphabetic() && chars[j + 1].1 == '.' {
                let next_is_letter = j + 2 < n && chars[j + 2].1.is_alphabetic();
                let after = j + 3 < n && (chars[j + 3].1 == '.');
                letters += 1;
                j += 2;
                if !(next_is_letter && after) {
                    break;
                }
            }
            // "U.S.-brokered", "U.N.-declared": one word, as "Iran-backed" is.
            while letters >= 2
                && j + 1 < n
                && (chars[j].1 == '-' || chars[j].1 == '\u{2010}')
                && chars[j + 1].1.is_alphanumeric()
            {
                j += 2;
                while j < n && chars[j].1.is_alphanumeric() {
                    j += 1;
                }
            }
            if letters >= 2 {
                out.push(Token {
                    span: Span::new(start, end_of(j)),
                    kind: TokenKind::Word,
                });
                i = j;
                continue;
            }
            let mut j = i + 1;
            while j < n {
                let ch = chars[j].1;
                if ch.is_alphanumeric() || ch == '\u{00AD}' {
                    j += 1;
                } else if (ch == '-' || ch == '\u{2010}')
                    && j + 1 < n
                    && chars[j + 1].1.is_alphanumeric()
                {
                    j += 2;
                } else if is_apostrophe(ch) && j + 1 < n && chars[j + 1].1.is_alphabetic() {
                    // possessive 's and clitics stay separate tokens
                    let rest: String = chars[j + 1..n.min(j + 4)].iter().map(|c| c.1).collect();
                    let rest_l = rest.to_lowercase();
                    let boundary_after = |k: usize| k >= n || !chars[k].1.is_alphanumeric();
                    if (rest_l.starts_with('s') && boundary_after(j + 2))
                        || (rest_l.starts_with("ll") && boundary_after(j + 3))
                        || (rest_l.starts_with("re") && boundary_after(j + 3))
                        || (rest_l.starts_with("ve") && boundary_after(j + 3))
                        || (rest_l.starts_with('d') && boundary_after(j + 2))
                        || (rest_l.starts_with('m') && boundary_after(j + 2))
                    {
                        break;
                    }
                    if rest_l.starts_with('t')
                        && boundary_after(j + 2)
                        && chars[j - 1].1.eq_ignore_ascii_case(&'n')
                    {
                        // "hasn't": split before the n
                        j -= 1;
                        break;
                    }
                    j += 2;
                } else {
                    break;
                }
            }
            out.push(Token {
                span: Span::new(start, end_of(j)),
                kind: TokenKind::Word,
            });
            i = j;
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = i + 1;
            while j < n {
                let ch = chars[j].1;
                if ch.is_ascii_digit() {
                    j += 1;
                } else if ch.is_alphabetic() && ordinal_suffix(&chars[j..]) {
                    j += 2;
                    break;
                } else if matches!(ch, ',' | '.' | ':' | '/' | '-')
                    && j + 1 < n
                    && chars[j + 1].1.is_ascii_digit()
                {
                    j += 2;
                } else {
                    break;
                }
            }
            out.push(Token {
                span: Span::new(start, end_of(j)),
                kind: TokenKind::Number,
            });
            i = j;
            continue;
        }
        // (Only right after a word: "called the downing 'a stab in the back'" opens a quote.)
        if is_apostrophe(c)
            && i > 0
            && chars[i - 1].1.is_alphanumeric()
            && i + 1 < n
            && chars[i + 1].1.is_alphabetic()
        {
            // 's, 'll, n't remainder ('t after an n was split above)
            let mut j = i + 1;
            while j < n && chars[j].1.is_alphabetic() {
                j += 1;
            }
            let len = j - i - 1;
            if len <= 2 {
                out.push(Token {
                    span: Span::new(start, end_of(j)),
                    kind: TokenKind::Word,
                });
                i = j;
                continue;
            }
        }
        // Ellipsis "..." is one token.
        let mut j = i + 1;
        if c == '.' {
            while j < n && chars[j].1 == '.' {
                j += 1;
            }
        }
        out.push(Token {
            span: Span::new(start, end_of(j)),
            kind: TokenKind::Punct,
        });
        i = j;
    }
    out
}

fn ordinal_suffix(rest: &[(usize, char)]) -> bool {
    let two: String = rest
        .iter()
        .take(2)
        .map(|c| c.1.to_ascii_lowercase())
        .collect();
    matches!(two.as_str(), "st" | "nd" | "rd" | "th")
        && !rest.get(2).is_some_and(|c| c.1.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t).iter().map(|k| k.span.slice(t)).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("U.S. troops", &["U.S.", "troops"]),
            ("a U.S.-brokered deal", &["a", "U.S.-brokered", "deal"]),
            (
                "Afghanistan's Khost province",
                &["Afghanistan", "'s", "Khost", "province"],
            ),
            ("has not", &["has", "not"]),
            // A quotation mark before a word is no clitic.
            (
                "called it 'a stab in the back'",
                &["called", "it", "'", "a", "stab", "in", "the", "back", "'"],
            ),
            ("hasn't met", &["has", "n't", "met"]),
            ("co-ordinate al-Shabaab", &["co-ordinate", "al-Shabaab"]),
            ("2,500 troops", &["2,500", "troops"]),
            ("beat Argentina 2-1.", &["beat", "Argentina", "2-1", "."]),
            ("“foreign forces”", &["“", "foreign", "forces", "”"]),
            ("Mr. Price", &["Mr", ".", "Price"]),
            ("It's hard", &["It", "'s", "hard"]),
            ("the 1st time", &["the", "1st", "time"]),
            ("wait...", &["wait", "..."]),
        ];
        for (text, want) in cases {
            assert_eq!(&words(text), want, "{text}");
        }
    }

    #[test]
    fn spans_are_char_boundaries_and_ordered() {
        let t = "Çavuşoğlu met Ghani — “in Dushanbe” 2021’s";
        let toks = tokenize(t);
        let mut last = 0;
        for k in toks {
            assert!(k.span.start >= last && k.span.end > k.span.start);
            assert!(t.is_char_boundary(k.span.start) && t.is_char_boundary(k.span.end));
            last = k.span.end;
        }
    }
}
