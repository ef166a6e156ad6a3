//! Noun phrases and the actors they name.
//!
//! A phrase is a run of nominal tokens and dictionary names ("Turkish Foreign Minister Mevlut
//! Cavusoglu"), with prepositional attachments that say whose it is ("vice president *of
//! Afghanistan*", "leaders *from the Taliban*") and appositions (", Zalmay Khalilzad,").
//! [`Phrase::parts`] lists what it holds; the coder turns that into an actor code with the
//! document's memory for pronouns, surnames and role-only descriptions.

use crate::tag::Tag;
use dyad_dict::{Mention, MentionKind, NameForm};

/// A noun phrase over token indices `[start, end)` of a sentence.
#[derive(Debug, Clone, Default)]
pub struct Phrase {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Mentions inside, with their first token index, in order.
    pub mentions: Vec<(usize, usize, Mention)>,
    /// Runs of capitalised words not covered by a mention (candidate person names).
    pub names: Vec<(usize, usize)>,
    /// A pronoun phrase ("he", "they", "them").
    pub pronoun: Option<String>,
    /// A possessive determiner at its start ("their senior leader").
    pub poss_pronoun: Option<String>,
    /// Starts with "the"/"this"/"that" (a description that may refer back).
    pub definite: bool,
    /// Holds "former" / "ex-".
    pub former: bool,
    /// Token index where an "of/from/for/to" attachment starts, and the preposition.
    pub attach: Option<(usize, String)>,
    /// The attached phrase on its own ("Mali" in "troops to Mali"), so that a verb pattern
    /// ending in the preposition can take it as its object.
    pub nested: Option<Box<Phrase>>,
    /// Index (into `mentions`) of the first mention after a possessive 's that owns the rest,
    /// e.g. "Afghanistan's Khost province": 0 owns.
    pub owner_before_poss: Option<usize>,
}

/// Find the noun phrases of a sentence. `mention_at[i]` is the mention starting at token `i`
/// with its token length.
pub fn chunk(lower: &[&str], tags: &[Tag], mention_at: &[Option<(Mention, usize)>]) -> Vec<Phrase> {
    let n = tags.len();
    let mut out: Vec<Phrase> = Vec::new();
    let mut i = 0;
    while i < n {
        if let Some(p) = phrase_at(i, lower, tags, mention_at) {
            i = p.end.max(i + 1);
            out.push(p);
        } else {
            i += 1;
        }
    }
    // Apposition: P1 , NameP , -> P1 absorbs NameP when NameP is a bare name (with or without a
    // title) and P1 has no name of its own, or P1 is a bare name and NameP a role description.
    let mut merged: Vec<Phrase> = Vec::new();
    for p in out {
        if let Some(last) = merged.last_mut() {
            let comma_between = last.end + 1 == p.start && lower[last.end] == ",";
            let closes = p.end >= n
                || matches!(lower[p.end], "," | "." | ")" | "and" | "”" | "\"")
                || matches!(tags[p.end], Tag::Verb(_) | Tag::Aux(_));
            let p_is_name = !p.names.is_empty()
                || p.mentions
                    .iter()
                    .any(|m| matches!(m.2.kind, MentionKind::Actor(_)));
            let last_no_name =
                last.names.is_empty() && !last.mentions.iter().any(|m| is_person_like(&m.2));
            if comma_between
                && closes
                && p_is_name
                && last_no_name
                && last.pronoun.is_none()
                && p.pronoun.is_none()
                && !p.definite
                && p.poss_pronoun.is_none()
                && has_role(last)
                && !has_country_or_actor(&p)
            {
                last.end = p.end;
                last.mentions.extend(p.mentions);
                last.names.extend(p.names);
                continue;
            }
        }
        merged.push(p);
    }
    // Nested phrases follow their outer phrase: lookups by end find the outer one first.
    let mut out = Vec::with_capacity(merged.len());
    for mut p in merged {
        let nested = p.nested.take();
        out.push(p);
        if let Some(q) = nested {
            out.push(*q);
        }
    }
    out
}

fn is_person_like(m: &Mention) -> bool {
    matches!(m.kind, MentionKind::Actor(_))
}

fn has_role(p: &Phrase) -> bool {
    p.mentions
        .iter()
        .any(|m| matches!(m.2.kind, MentionKind::Agent(_)))
}

fn has_country_or_actor(p: &Phrase) -> bool {
    p.mentions
        .iter()
        .any(|m| matches!(m.2.kind, MentionKind::Country(..)))
}

fn phrase_at(
    i: usize,
    lower: &[&str],
    tags: &[Tag],
    mention_at: &[Option<(Mention, usize)>],
) -> Option<Phrase> {
    let n = tags.len();
    let mut p = Phrase {
        start: i,
        end: i,
        ..Default::default()
    };
    match tags[i] {
        Tag::Pron | Tag::ObjPron => {
            p.end = i + 1;
            p.pronoun = Some(lower[i].to_string());
            return Some(p);
        }
        Tag::Det | Tag::Poss | Tag::Noun | Tag::Name | Tag::Num => {}
        _ if mention_at[i].is_some() => {}
        _ => return None,
    }
    let mut j = i;
    let mut last_was_poss = false;
    while j < n {
        if let Some((m, len)) = mention_at[j] {
            p.mentions.push((j, j + len, m));
            j += len;
            last_was_poss = false;
            continue;
        }
        let t = tags[j];
        let w = lower[j];
        // "Mr. Guaido", "Gen. Mladic": the dot of an honorific stays inside the name.
        if t == Tag::Punct
            && w == "."
            && j > i
            && honorific(lower[j - 1])
            && (tags.get(j + 1) == Some(&Tag::Name)
                || mention_at.get(j + 1).is_some_and(Option::is_some))
        {
            j += 1;
            continue;
        }
        match t {
            Tag::Det if j == i || last_was_poss || tags[j - 1] == Tag::Det => {
                if matches!(w, "the" | "this" | "that" | "these" | "those") {
                    p.definite = true;
                }
            }
            Tag::Det if matches!(w, "two" | "three" | "several" | "both" | "all") => {}
            Tag::Poss if j == i => p.poss_pronoun = Some(w.to_string()),
            Tag::PossMark if j > i => {
                if p.owner_before_poss.is_none() && !p.mentions.is_empty() {
                    p.owner_before_poss = Some(p.mentions.len() - 1);
                }
                last_was_poss = true;
                j += 1;
                continue;
            }
            Tag::Name
                if j > i
                    && matches!(tags[j - 1], Tag::Noun)
                    && mention_at_covers(mention_at, j - 1).is_none()
                    && !lower[j - 1].ends_with('-')
                    && !leaning(lower[j - 1]) =>
            {
                break
            }
            Tag::Name => {
                let s = j;
                while j < n && tags[j] == Tag::Name && mention_at[j].is_none() {
                    j += 1;
                }
                // Honorifics are part of a name: "Mr Khalilzad".
                p.names.push((s, j));
                last_was_poss = false;
                continue;
            }
            Tag::Noun | Tag::Num => {
                if w == "former" || w == "ex" {
                    p.former = true;
                }
            }
            _ => break,
        }
        last_was_poss = false;
        j += 1;
    }
    p.end = j;
    if p.end == p.start {
        return None;
    }
    // Attachment: "of/from/for/to/in" + a phrase with a country or actor, when this phrase has a role.
    if has_role(&p) && p.end + 1 < n {
        let prep = lower[p.end];
        // "police in Kabul" takes its country from the place; "Ghani in Tajikistan" does not
        // (the place is where the event happened).
        let own_country = p
            .mentions
            .iter()
            .any(|m| matches!(m.2.kind, MentionKind::Country(..) | MentionKind::Actor(_)));
        if matches!(prep, "of" | "from" | "for" | "to") || (prep == "in" && !own_country) {
            if let Some(q) = phrase_at(p.end + 1, lower, tags, mention_at) {
                // "envoy to/for Afghanistan": only a bare country or capital attaches.
                let bare = (q.start..q.end).all(|t| {
                    tags[t] == Tag::Det
                        || q.mentions.iter().any(|m| {
                            m.0 <= t && t < m.1 && matches!(m.2.kind, MentionKind::Country(..))
                        })
                });
                let useful = (matches!(prep, "of" | "from") || bare)
                    && (q.mentions.iter().any(|m| {
                        matches!(
                            m.2.kind,
                            MentionKind::Country(_, NameForm::Name)
                                | MentionKind::Country(_, NameForm::Capital)
                                | MentionKind::Actor(_)
                        )
                    }) || q
                        .mentions
                        .iter()
                        .any(|m| matches!(m.2.kind, MentionKind::Agent(_)))
                        && q.definite);
                if useful {
                    p.attach = Some((q.start, prep.to_string()));
                    p.end = q.end;
                    p.mentions.extend(q.mentions.iter().copied());
                    p.names.extend(q.names.iter().copied());
                    p.nested = Some(Box::new(q));
                }
            }
        }
    }
    Some(p)
}

/// A title abbreviated before a name.
fn honorific(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "gen"
            | "col"
            | "lt"
            | "sgt"
            | "capt"
            | "maj"
            | "adm"
            | "prof"
            | "sen"
            | "rep"
            | "gov"
            | "brig"
            | "cmdr"
    )
}

/// A political or ethnic description that may stand before a name: "leftist URNG
/// guerrillas", "ethnic Armenian forces".
fn leaning(w: &str) -> bool {
    matches!(
        w,
        "leftist"
            | "rightist"
            | "marxist"
            | "maoist"
            | "islamist"
            | "separatist"
            | "secessionist"
            | "militant"
            | "radical"
            | "rebel"
            | "ethnic"
            | "exiled"
            | "dissident"
            | "hardline"
            | "opposition"
    )
}

/// The mention covering token `t`, if any (searching back from `t`).
fn mention_at_covers(mention_at: &[Option<(Mention, usize)>], t: usize) -> Option<Mention> {
    (0..=t)
        .rev()
        .take(8)
        .find_map(|s| mention_at[s].filter(|(_, len)| s + len > t).map(|(m, _)| m))
}
