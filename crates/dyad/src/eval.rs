//! Scoring against gold sets, exactly as `shared/docs/scoring.md` defines it: greedy matching
//! in output order at three levels (strict codes, root and entity, PLOVER type and entity),
//! optional readings that count neither way, events without a target left out on both sides,
//! and the count of no-event documents that got an event.

use crate::{EventRecord, Pipeline};
use dyad_model::{Date, Document};
use serde::{Deserialize, Serialize};

/// One gold event.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GoldEvent {
    /// Source code ("" or "---" for none).
    #[serde(default)]
    pub source: String,
    /// Target code ("" or "---" for none).
    #[serde(default)]
    pub target: String,
    /// CAMEO code ("" when the set codes PLOVER only).
    #[serde(default)]
    pub code: String,
    /// Other acceptable codes.
    #[serde(default)]
    pub alt_codes: Vec<String>,
    /// Other acceptable source codes.
    #[serde(default)]
    pub source_alts: Vec<String>,
    /// Other acceptable target codes.
    #[serde(default)]
    pub target_alts: Vec<String>,
    /// PLOVER type.
    #[serde(default)]
    pub plover: Option<String>,
    /// Free text.
    #[serde(default)]
    pub note: Option<String>,
}

/// One gold document.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    /// Id.
    pub id: String,
    /// Date, `YYYY-MM-DD` or `YYYYMMDD`.
    #[serde(default)]
    pub date: Option<String>,
    /// Text.
    pub text: String,
    /// Events a careful coder codes (`[]`: none).
    #[serde(default)]
    pub expected: Vec<GoldEvent>,
    /// Defensible readings that count neither way.
    #[serde(default)]
    pub optional: Vec<GoldEvent>,
}

fn null(code: &str) -> bool {
    code.is_empty() || code.starts_with("---")
}

impl GoldEvent {
    fn scored(&self) -> bool {
        !null(&self.target)
    }
}

/// Matching levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Exact codes (or their alternatives).
    Strict,
    /// Same entities and CAMEO root.
    Root,
    /// Same entities and PLOVER type.
    Plover,
}

/// Counts at one level.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Counts {
    /// Coded events that matched a gold event.
    pub matched: usize,
    /// Coded events that count (with a target, not matching only an optional).
    pub coded: usize,
    /// Gold events with a target.
    pub gold: usize,
}

impl Counts {
    /// matched / coded.
    pub fn precision(&self) -> f64 {
        if self.coded == 0 {
            0.0
        } else {
            self.matched as f64 / self.coded as f64
        }
    }
    /// matched / gold.
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.matched as f64 / self.gold as f64
        }
    }
    /// Harmonic mean.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// A miss or a false positive, with what a person needs to see why.
#[derive(Debug, Clone, Serialize)]
pub struct Detail {
    /// Document.
    pub doc_id: String,
    /// Level.
    pub level: &'static str,
    /// "miss" or "false positive".
    pub kind: &'static str,
    /// The gold event (for a miss).
    pub gold: Option<GoldEvent>,
    /// The coded event (for a false positive).
    pub event: Option<EventRecord>,
    /// The document text (for a miss) or the sentence (for a false positive).
    pub text: String,
}

/// The result of scoring a gold set.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Documents scored.
    pub documents: usize,
    /// Strict level.
    pub strict: Counts,
    /// Root level.
    pub root: Counts,
    /// PLOVER level.
    pub plover: Counts,
    /// Documents whose `expected` is `[]`.
    pub no_event_documents: usize,
    /// Of those, how many got an event (with a target).
    pub no_event_false_positives: usize,
    /// Misses and false positives (filled when asked for).
    pub details: Vec<Detail>,
    /// Documents whose `date` could not be read, each with the reason; they were coded
    /// without a date (so dated dictionary entries fall back to their default codes).
    pub undated: Vec<String>,
}

/// The entity part of a code: the first three letters for a country; the whole code for
/// IGO/NGO/MNC/IMG codes (compared by prefix).
fn entity_match(a: &str, b: &str) -> bool {
    let international = |c: &str| matches!(c.get(..3), Some("IGO" | "NGO" | "MNC" | "IMG"));
    if international(a) || international(b) {
        a.starts_with(b) || b.starts_with(a)
    } else {
        a.len() >= 3 && b.len() >= 3 && a[..3] == b[..3]
    }
}

fn root_of(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

fn matches(
    e: &EventRecord,
    g: &GoldEvent,
    level: Level,
    plover_of: &dyn Fn(&str) -> Option<String>,
) -> bool {
    let (Some(s), Some(t)) = (&e.source, &e.target) else {
        return false;
    };
    let sources = std::iter::once(&g.source).chain(&g.source_alts);
    let targets = std::iter::once(&g.target).chain(&g.target_alts);
    let codes = || {
        std::iter::once(&g.code)
            .chain(&g.alt_codes)
            .filter(|c| !c.is_empty())
    };
    match level {
        Level::Strict => {
            sources.clone().any(|x| *x == s.code)
                && targets.clone().any(|x| *x == t.code)
                && codes().any(|c| *c == e.cameo.code)
        }
        Level::Root => {
            sources.clone().any(|x| entity_match(x, &s.code))
                && targets.clone().any(|x| entity_match(x, &t.code))
                && codes().any(|c| root_of(c) == e.cameo.root)
        }
        Level::Plover => {
            let want = g
                .plover
                .clone()
                .filter(|p| !p.is_empty())
                .or_else(|| plover_of(&g.code));
            let got = e.plover.as_ref().map(|p| p.event_type.clone());
            want.is_some()
                && want == got
                && sources.clone().any(|x| entity_match(x, &s.code))
                && targets.clone().any(|x| entity_match(x, &t.code))
        }
    }
}

/// Parse a gold file's text (JSONL). Errors name the line.
pub fn parse_gold(text: &str, name: &str) -> Result<Vec<GoldDoc>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str::<GoldDoc>(l).map_err(|e| format!("{name}:{}: {e}", i + 1))
        })
        .collect()
}

/// Code every gold document and score the events. `details` keeps misses and false positives.
pub fn evaluate(pipeline: &Pipeline, gold: &[GoldDoc], details: bool) -> Report {
    let docs: Vec<Document> = gold
        .iter()
        .map(|g| Document {
            id: g.id.clone(),
            date: g.date.as_deref().and_then(|d| Date::parse(d).ok()),
            text: g.text.clone(),
            ..Default::default()
        })
        .collect();
    let coded = pipeline.code_batch(&docs);
    let plover_of = |code: &str| pipeline.plover_type(code);
    let mut r = Report {
        documents: gold.len(),
        undated: gold
            .iter()
            .filter_map(|g| {
                let d = g.date.as_deref()?;
                let e = Date::parse(d).err()?;
                Some(format!("{}: {e}; coded without a date", g.id))
            })
            .collect(),
        ..Default::default()
    };
    for (g, events) in gold.iter().zip(&coded) {
        let events: Vec<&EventRecord> = events.iter().filter(|e| e.target.is_some()).collect();
        let expected: Vec<&GoldEvent> = g.expected.iter().filter(|e| e.scored()).collect();
        if g.expected.is_empty() {
            r.no_event_documents += 1;
            if !events.is_empty() {
                r.no_event_false_positives += 1;
            }
        }
        for (level, counts, name) in [
            (Level::Strict, &mut r.strict, "strict"),
            (Level::Root, &mut r.root, "root"),
            (Level::Plover, &mut r.plover, "plover"),
        ] {
            counts.gold += expected.len();
            let mut used = vec![false; expected.len()];
            for e in &events {
                if let Some(k) = (0..expected.len())
                    .find(|&k| !used[k] && matches(e, expected[k], level, &plover_of))
                {
                    used[k] = true;
                    counts.matched += 1;
                    counts.coded += 1;
                } else if g.optional.iter().any(|o| matches(e, o, level, &plover_of)) {
                    // counts neither for nor against
                } else {
                    counts.coded += 1;
                    if details {
                        r.details.push(Detail {
                            doc_id: g.id.clone(),
                            level: name,
                            kind: "false positive",
                            gold: None,
                            event: Some((*e).clone()),
                            text: e.sentence_text.clone(),
                        });
                    }
                }
            }
            if details {
                for (k, u) in used.iter().enumerate() {
                    if !u {
                        r.details.push(Detail {
                            doc_id: g.id.clone(),
                            level: name,
                            kind: "miss",
                            gold: Some(expected[k].clone()),
                            event: None,
                            text: g.text.clone(),
                        });
                    }
                }
            }
        }
    }
    r
}

impl Report {
    /// The figures as a small table.
    pub fn table(&self) -> String {
        let mut s = format!(
            "documents: {}\n{:<8} {:>9} {:>7} {:>7} {:>8} {:>6} {:>5}\n",
            self.documents, "level", "precision", "recall", "F1", "matched", "coded", "gold"
        );
        for (name, c) in [
            ("strict", self.strict),
            ("root", self.root),
            ("plover", self.plover),
        ] {
            s += &format!(
                "{:<8} {:>9.3} {:>7.3} {:>7.3} {:>8} {:>6} {:>5}\n",
                name,
                c.precision(),
                c.recall(),
                c.f1(),
                c.matched,
                c.coded,
                c.gold
            );
        }
        s += &format!(
            "no-event documents with an event: {} of {}\n",
            self.no_event_false_positives, self.no_event_documents
        );
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities() {
        assert!(entity_match("USAGOV", "USA"));
        assert!(entity_match("IGOWSTNAT", "IGOWSTNATMIL"));
        assert!(!entity_match("IGOUNO", "IGOWSTNAT"));
        assert!(!entity_match("USA", "TUR"));
    }
}
