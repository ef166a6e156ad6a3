//! Dictionaries compiled into matchers: one Aho-Corasick automaton over every name, and verb
//! patterns indexed by head lemma.

use crate::format::Dictionaries;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use dyad_model::Span;
use std::collections::HashMap;

/// How a country is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameForm {
    /// "Afghanistan", "US"
    Name,
    /// "Afghan", "Turkish", "Americans"
    Adjective,
    /// "Kabul", "Washington"
    Capital,
}

/// What a matched name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A country (index into `Dictionaries::countries`).
    Country(usize, NameForm),
    /// A named actor (index into `Dictionaries::actors`).
    Actor(usize),
    /// A role noun (index into `Dictionaries::agents`).
    Agent(usize),
}

/// A dictionary name found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Where.
    pub span: Span,
    /// What.
    pub kind: MentionKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CaseRule {
    Any,
    Capital,
    Exact,
}

fn case_rule(name: &str) -> CaseRule {
    let upper = name.chars().filter(|c| c.is_uppercase()).count();
    let lower = name.chars().filter(|c| c.is_lowercase()).count();
    if upper >= 2 && lower == 0 {
        CaseRule::Exact
    } else if name.chars().next().is_some_and(char::is_uppercase) {
        CaseRule::Capital
    } else {
        CaseRule::Any
    }
}

/// One word of a verb pattern after the head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternWord {
    /// A literal lower-case word.
    Lit(String),
    /// `*`: up to four words.
    Gap,
}

/// A compiled verb pattern.
#[derive(Debug, Clone)]
pub struct VerbPattern {
    /// Head lemma.
    pub lemma: String,
    /// The words after the head.
    pub rest: Vec<PatternWord>,
    /// CAMEO code, or `---`.
    pub code: String,
    /// `file: pattern -> code`, for `why`.
    pub why: String,
    /// Number of literal words (for longest-match ranking).
    pub weight: usize,
    /// Source and target swap roles ([`crate::format::VerbEntry::reverse`]).
    pub reverse: bool,
    /// Only between members of a compound subject ([`crate::format::VerbEntry::mutual`]).
    pub mutual: bool,
}

/// The dictionaries in matcher form.
#[derive(Debug, Clone)]
pub struct Compiled {
    /// The entries.
    pub dicts: Dictionaries,
    ac: AhoCorasick,
    names: Vec<(MentionKind, CaseRule, usize)>,
    verbs: HashMap<String, Vec<VerbPattern>>,
    /// Patterns headed by a noun (`=air strike on`), keyed by the noun without the `=`.
    nouns: HashMap<String, Vec<VerbPattern>>,
    discard_ac: AhoCorasick,
    discard_topic: Vec<usize>,
}

impl Compiled {
    /// Compile `dicts`.
    pub fn new(dicts: Dictionaries) -> Compiled {
        let mut patterns: Vec<String> = Vec::new();
        let mut names = Vec::new();
        let mut seen: HashMap<String, ()> = HashMap::new();
        let mut add = |name: &str,
                       kind: MentionKind,
                       patterns: &mut Vec<String>,
                       names: &mut Vec<(MentionKind, CaseRule, usize)>| {
            let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            if name.is_empty() || seen.insert(name.clone(), ()).is_some() {
                return;
            }
            let len = name.len();
            names.push((kind, case_rule(&name), len));
            patterns.push(name);
        };
        // Priority where the same string has two meanings: named actors, then countries, then agents.
        for (i, a) in dicts.actors.iter().enumerate() {
            for n in &a.names {
                add(n, MentionKind::Actor(i), &mut patterns, &mut names);
            }
        }
        for (i, c) in dicts.countries.iter().enumerate() {
            for n in std::iter::once(&c.name).chain(&c.names) {
                add(
                    n,
                    MentionKind::Country(i, NameForm::Name),
                    &mut patterns,
                    &mut names,
                );
                // "the Netherlands" style names are listed bare; possessive handled by tokens.
            }
            for n in &c.adjectives {
                add(
                    n,
                    MentionKind::Country(i, NameForm::Adjective),
                    &mut patterns,
                    &mut names,
                );
            }
            for n in &c.capitals {
                add(
                    n,
                    MentionKind::Country(i, NameForm::Capital),
                    &mut patterns,
                    &mut names,
                );
            }
        }
        for (i, a) in dicts.agents.iter().enumerate() {
            for n in &a.names {
                add(
                    &n.to_lowercase(),
                    MentionKind::Agent(i),
                    &mut patterns,
                    &mut names,
                );
            }
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("dictionary automaton builds");

        let mut verbs: HashMap<String, Vec<VerbPattern>> = HashMap::new();
        for (entry, file) in &dicts.verbs {
            for p in &entry.patterns {
                let mut words = p.split_whitespace();
                let Some(head) = words.next() else { continue };
                let rest: Vec<PatternWord> = words
                    .map(|w| {
                        if w == "*" {
                            PatternWord::Gap
                        } else {
                            PatternWord::Lit(w.to_lowercase())
                        }
                    })
                    .collect();
                let weight = 1 + rest
                    .iter()
                    .filter(|w| matches!(w, PatternWord::Lit(_)))
                    .count();
                verbs
                    .entry(head.to_lowercase())
                    .or_default()
                    .push(VerbPattern {
                        lemma: head.to_lowercase(),
                        rest,
                        code: entry.code.clone(),
                        why: format!("{file}: {p} -> {}", entry.code),
                        weight,
                        reverse: entry.reverse,
                        mutual: entry.mutual,
                    });
            }
        }
        let noun_heads: Vec<String> = verbs
            .keys()
            .filter(|k| k.starts_with('='))
            .cloned()
            .collect();
        let mut nouns: HashMap<String, Vec<VerbPattern>> = HashMap::new();
        for k in noun_heads {
            if let Some(v) = verbs.remove(&k) {
                nouns.insert(k[1..].to_string(), v);
            }
        }
        for v in verbs.values_mut().chain(nouns.values_mut()) {
            // Longest first, so the first that matches is the one to use.
            v.sort_by(|a, b| {
                b.weight
                    .cmp(&a.weight)
                    .then(b.rest.len().cmp(&a.rest.len()))
            });
        }
        let mut discard_phrases = Vec::new();
        let mut discard_topic = Vec::new();
        for (i, d) in dicts.discards.iter().enumerate() {
            for p in &d.phrases {
                discard_phrases.push(p.to_lowercase());
                discard_topic.push(i);
            }
        }
        let discard_ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&discard_phrases)
            .expect("discard automaton builds");
        Compiled {
            dicts,
            ac,
            names,
            verbs,
            nouns,
            discard_ac,
            discard_topic,
        }
    }

    /// The topic ("sport", "markets") of the first discard phrase in `text[range]` that
    /// `counts` accepts (the caller checks token boundaries and how the words are used).
    pub fn discard(&self, text: &str, range: Span, counts: impl Fn(Span) -> bool) -> Option<&str> {
        let hay = &text[range.start..range.end];
        self.discard_ac
            .find_overlapping_iter(hay)
            .find(|m| counts(Span::new(m.start() + range.start, m.end() + range.start)))
            .map(|m| {
                self.dicts.discards[self.discard_topic[m.pattern().as_usize()]]
                    .topic
                    .as_str()
            })
    }

    /// Verb patterns headed by `lemma`, longest first.
    pub fn verb_patterns(&self, lemma: &str) -> &[VerbPattern] {
        self.verbs.get(lemma).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Every head lemma of the verb dictionary.
    pub fn verb_lemmas(&self) -> impl Iterator<Item = &str> {
        self.verbs.keys().map(String::as_str)
    }

    /// Patterns headed by the noun `word` ("=strike on"), trying its singular too.
    pub fn noun_patterns(&self, word: &str) -> &[VerbPattern] {
        // Called for every noun of every sentence: look up without allocating.
        let singular = || {
            word.strip_suffix('s')
                .filter(|w| w.len() > 2)
                .and_then(|w| self.nouns.get(w))
        };
        self.nouns
            .get(word)
            .or_else(singular)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Dictionary names in `text[range]`, longest first where they overlap, whose ends fall on
    /// token boundaries (`is_start(byte)` / `is_end(byte)`).
    pub fn mentions(
        &self,
        text: &str,
        range: Span,
        is_start: impl Fn(usize) -> bool,
        is_end: impl Fn(usize) -> bool,
    ) -> Vec<Mention> {
        let hay = &text[range.start..range.end];
        let mut cands: Vec<(usize, usize, usize)> = Vec::new(); // start, end, pattern id
        for m in self.ac.find_overlapping_iter(hay) {
            let (s, e) = (m.start() + range.start, m.end() + range.start);
            if !is_start(s) || !is_end(e) {
                continue;
            }
            let (_, rule, _) = self.names[m.pattern().as_usize()];
            let surface = &text[s..e];
            let ok = match rule {
                CaseRule::Any => true,
                // "Israel", and a mistyped "iSrael"; not "turkey" (all lower case).
                CaseRule::Capital => surface.chars().any(char::is_uppercase),
                CaseRule::Exact => !surface.chars().any(char::is_lowercase),
            };
            if ok {
                cands.push((s, e, m.pattern().as_usize()));
            }
        }
        cands.sort_by(|a, b| a.0.cmp(&b.0).then((b.1 - b.0).cmp(&(a.1 - a.0))));
        let mut out: Vec<Mention> = Vec::new();
        let mut last_end = 0;
        for (s, e, p) in cands {
            if s < last_end {
                continue;
            }
            out.push(Mention {
                span: Span::new(s, e),
                kind: self.names[p].0,
            });
            last_end = e;
        }
        out
    }
}

/// Test helper: the mentions in `text`, tokens being its space-separated words.
#[cfg(test)]
pub(crate) fn space_mentions(c: &Compiled, text: &str) -> Vec<(String, MentionKind)> {
    let mut starts = vec![];
    let mut ends = vec![];
    let mut pos = 0;
    for t in text.split(' ') {
        starts.push(pos);
        ends.push(pos + t.len());
        pos += t.len() + 1;
    }
    c.mentions(
        text,
        Span::new(0, text.len()),
        |b| starts.contains(&b),
        |b| ends.contains(&b),
    )
    .into_iter()
    .map(|m| (m.span.slice(text).to_string(), m.kind))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Vec<(String, MentionKind)> {
        space_mentions(&Compiled::new(Dictionaries::builtin()), text)
    }

    #[test]
    fn names_need_case_and_boundaries() {
        let c = Compiled::new(Dictionaries::builtin());
        let us = find("let us meet the US envoy");
        assert_eq!(us.len(), 2, "{us:?}");
        assert_eq!(us[0].0, "US");
        assert!(matches!(us[1].1, MentionKind::Agent(_)));
        let t = find("Turkish Foreign Minister");
        assert_eq!(t[0].0, "Turkish");
        assert!(matches!(
            t[0].1,
            MentionKind::Country(_, NameForm::Adjective)
        ));
        assert_eq!(t[1].0, "Foreign Minister", "longest agent wins");
        assert!(find("turkey sandwiches").is_empty() || c.dicts.countries.is_empty());
        // A name typed in mixed case is still a name; all lower case is not.
        assert_eq!(find("help iSrael")[0].0, "iSrael");
        assert!(find("help israel").is_empty());
    }
}
