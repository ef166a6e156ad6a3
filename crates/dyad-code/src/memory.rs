//! What a document has said so far: the actors met, their titles and names, for pronouns
//! ("He met ..."), surnames ("Mr Khalilzad") and role-only descriptions ("the secretary",
//! "the group").

use std::collections::HashMap;

/// An actor as resolved from a phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// CAMEO actor code.
    pub code: String,
    /// A person's or group's name, if known.
    pub name: Option<String>,
    /// How it was found, in words for people (`dyad explain`, the record's `why`).
    pub why: String,
    /// How it was found, for the rules that depend on it.
    pub basis: Basis,
}

/// How an actor was found, where later rules depend on it ("Thai and Cambodian troops" joins a
/// bare nationality to the role of the next phrase). Rules read this, never the `why` text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Basis {
    /// A dictionary entry, a back-reference or any other way.
    #[default]
    Other,
    /// A country's name on its own ("Iran").
    Country,
    /// A nationality on its own ("Iranian", "Palestinians").
    Nationality,
    /// A capital: standing for the government ("Tehran said") or a place ("in Tehran").
    Capital,
    /// A place inside a country ("in Kandahar").
    Place,
    /// A title or role with a country's name, nationality or capital ("Iranian foreign
    /// minister", "Iran's army"); the form is how the country was written.
    Title(dyad_dict::NameForm),
    /// A role given its country by a place, in the phrase or where the sentence happens
    /// ("Darfur rebels", "police in Tbilisi").
    RoleByPlace,
}

impl Resolved {
    /// An actor read with no name of its own: a code, how it was found and on what basis.
    pub fn unnamed(code: String, why: String, basis: Basis) -> Resolved {
        Resolved {
            code,
            name: None,
            why,
            basis,
        }
    }
    /// The country part of the code (`None` for IGO/NGO and other non-country codes).
    pub fn country(&self) -> Option<String> {
        self.country_str().map(str::to_string)
    }
    /// As [`Resolved::country`], borrowed: for comparisons that need no copy.
    pub fn country_str(&self) -> Option<&str> {
        let c = self.code.get(..3)?;
        (!matches!(
            c,
            "IGO" | "NGO" | "IMG" | "MNC" | "UIS" | "REB" | "INS" | "GOV" | "MIL" | "UAF"
        ))
        .then_some(c)
    }
    /// Its name, else its code: how `why` texts call it.
    pub fn label(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.code)
    }
    /// The first role after the country.
    pub fn role(&self) -> Option<String> {
        let start = if self.country().is_some() { 3 } else { 0 };
        self.code.get(start..start + 3).map(str::to_string)
    }
}

/// An actor the document has mentioned.
#[derive(Debug, Clone)]
pub struct Known {
    /// The actor.
    pub actor: Resolved,
    /// Title and role words it was given ("foreign minister", "spokesman").
    pub heads: Vec<String>,
    /// A single person.
    pub person: bool,
    /// A group or a plural ("the Taliban", "officials").
    pub plural: bool,
    /// An armed group, movement or organisation ("the group").
    pub group: bool,
    /// Sentence index.
    pub sentence: usize,
    /// Token index, in its sentence, of the phrase that named it.
    pub at: usize,
    /// Not named: unidentified armed forces read off an attack with no named attacker ("a
    /// roadside bomb killed"). Only ever the source of an attack, and never remembered.
    pub unnamed: bool,
}

impl Known {
    /// An actor read off its context rather than named (a back-reference, a role joined to
    /// another phrase): no heads, not a person, not a group.
    pub fn read_off(
        code: String,
        name: Option<String>,
        why: String,
        sentence: usize,
        at: usize,
    ) -> Known {
        Known {
            actor: Resolved {
                code,
                name,
                why,
                basis: Basis::Other,
            },
            heads: Vec::new(),
            person: false,
            plural: false,
            group: false,
            sentence,
            at,
            unnamed: false,
        }
    }
}

/// How far back role-only descriptions look ("the group", "the secretary"): far enough for a
/// long article, bounded so that a huge document stays linear.
const RECENT: usize = 300;

/// The document's memory.
#[derive(Debug, Default)]
pub struct Memory {
    items: Vec<Known>,
    names: HashMap<String, Resolved>,
    /// The latest pair named as "between X and Y", with its sentence: for "both sides".
    pub between: Option<(Resolved, Resolved, usize)>,
    /// The latest pair of two countries' actors opening a sentence ("The Kyrgyz and Tajik
    /// presidents agreed"), with its sentence: for "both sides" after it, not for the
    /// parties to a fight.
    pub opening_pair: Option<(Resolved, Resolved, usize)>,
    /// First words of names, for family names written first ("Kim Jong Il" -> "Kim"); `None`
    /// where two actors share one.
    firsts: HashMap<String, Option<Resolved>>,
    /// The country of the first place the story happens in ("in Caracas"), for police and
    /// courts that no sentence places.
    pub story_place: Option<String>,
    /// The latest two actors joined by "and" ("Chad and Sudan"), with its sentence: for
    /// "they" and "them" in the next sentence.
    pub last_pair: Option<(Resolved, Resolved, usize)>,
}

/// Group nouns that refer back to an armed group or movement.
pub fn group_noun(w: &str) -> bool {
    matches!(
        w,
        "group"
            | "militant group"
            | "armed group"
            | "militants"
            | "insurgents"
            | "rebels"
            | "movement"
            | "organisation"
            | "organization"
            | "militia"
            | "faction"
            | "insurgent group"
            | "rebel group"
            | "jihadists"
            | "fighters"
            | "insurgency"
            | "guerrillas"
            | "kidnappers"
            | "hijackers"
            | "captors"
            | "abductors"
            | "hostage-takers"
    )
}

impl Memory {
    /// Remember an actor.
    pub fn push(&mut self, k: Known) {
        self.items.push(k);
    }

    /// Remember a name (full name and last word) for an actor.
    pub fn name(&mut self, full: &str, actor: &Resolved) {
        let full = full.trim();
        if full.is_empty() {
            return;
        }
        self.names.insert(full.to_lowercase(), actor.clone());
        let mut words = full.split_whitespace();
        let first = words.next();
        if let Some(last) = words.last() {
            if last.len() > 2 {
                self.names
                    .entry(last.to_lowercase())
                    .or_insert_with(|| actor.clone());
            }
            if let Some(first) = first.filter(|w| w.len() > 1) {
                self.firsts
                    .entry(first.to_lowercase())
                    .and_modify(|r| {
                        if r.as_ref().is_some_and(|r| r.code != actor.code) {
                            *r = None;
                        }
                    })
                    .or_insert_with(|| Some(actor.clone()));
            }
        }
    }

    /// The countries of the actors met so far, most recent first, without repeats.
    pub fn countries(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for k in self.items.iter().rev().take(RECENT) {
            if let Some(c) = k.actor.country() {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        out
    }

    /// The country of the most recent actor that has one, named in `sentence` or the one
    /// before.
    pub fn recent_country(&self, sentence: usize) -> Option<String> {
        self.items
            .iter()
            .rev()
            .take_while(|k| k.sentence + 1 >= sentence)
            .find_map(|k| k.actor.country())
    }

    /// The country of the first actor named in the document that has one.
    pub fn first_country(&self) -> Option<String> {
        self.items.iter().find_map(|k| k.actor.country())
    }

    /// The country the story's actors belong to most often so far (the earliest named among
    /// equals): "Australia and New Zealand sent troops to Tonga after rioters burned the
    /// capital" is a story about Tonga.
    pub fn main_country(&self) -> Option<String> {
        // (Counted on the codes' first three letters, as `Resolved::country` reads them,
        // without a String per item.)
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for k in &self.items {
            let Some(c) = k.actor.code.get(..3) else {
                continue;
            };
            if k.actor.country().is_none() {
                continue;
            }
            match counts.iter_mut().find(|(x, _)| *x == c) {
                Some((_, n)) => *n += 1,
                None => counts.push((c, 1)),
            }
        }
        // (max_by_key keeps the last of equals: walk from the end to keep the first.)
        counts
            .into_iter()
            .rev()
            .max_by_key(|(_, n)| *n)
            .map(|(c, _)| c.to_string())
    }

    /// The country of the most recent actor that has one, named in the sentence before
    /// `sentence`.
    pub fn recent_country_before(&self, sentence: usize) -> Option<String> {
        self.items
            .iter()
            .rev()
            .skip_while(|k| k.sentence >= sentence)
            .take_while(|k| k.sentence + 1 >= sentence)
            .find_map(|k| k.actor.country())
    }

    /// The country of the actor that opens `sentence` (named at its first word).
    pub fn opening_country(&self, sentence: usize) -> Option<String> {
        self.items
            .iter()
            .rev()
            .take_while(|k| k.sentence == sentence)
            .find(|k| k.at == 0)
            .and_then(|k| k.actor.country())
    }

    /// An actor by name or surname.
    pub fn by_name(&self, name: &str) -> Option<&Resolved> {
        let l = name.to_lowercase();
        self.names
            .get(&l)
            .or_else(|| l.split_whitespace().last().and_then(|s| self.names.get(s)))
            .or_else(|| self.firsts.get(&l).and_then(Option::as_ref))
    }

    /// The most recent single person (for he/she/his/her).
    pub fn last_person(&self) -> Option<&Known> {
        self.items.iter().rev().take(12).find(|k| k.person)
    }

    /// The most recent single person whose code has `role` ("the general" after "junta chief
    /// Min Aung Hlaing", MIL).
    pub fn last_person_in_role(&self, role: &str) -> Option<&Known> {
        self.items
            .iter()
            .rev()
            .take(12)
            .find(|k| k.person && k.actor.role().as_deref() == Some(role))
    }

    /// The actor named in the latest sentence, `sentence`, at token `at` (a clause's subject).
    fn named_at(&self, sentence: usize, at: Option<usize>) -> Option<&Known> {
        self.items
            .iter()
            .rev()
            .take_while(|k| k.sentence == sentence)
            .find(|k| Some(k.at) == at)
    }

    /// The most recent person other than the subject of the clause a "him" stands in: the
    /// actor named in `sentence` at token `subject_at` ("Mohamud thanked him", "Trump
    /// recognised him"). With no such subject, or one that is no person ("The Treasury
    /// sanctioned X, accusing her"), any person may be meant.
    pub fn last_person_not_subject(
        &self,
        sentence: usize,
        subject_at: Option<usize>,
    ) -> Option<&Known> {
        let subject = self
            .named_at(sentence, subject_at)
            .filter(|k| k.person)
            .map(|k| &k.actor);
        // The same person: the same name, or the same code when neither has a name.
        let same = |a: &Resolved, b: &Resolved| match (&a.name, &b.name) {
            (Some(x), Some(y)) => x == y,
            _ => a.code == b.code,
        };
        self.items
            .iter()
            .rev()
            .take(12)
            .find(|k| k.person && !subject.is_some_and(|s| same(&k.actor, s)))
    }

    /// The most recent plural actor or group (for they/them/their).
    pub fn last_plural(&self) -> Option<&Known> {
        self.items
            .iter()
            .rev()
            .take(12)
            .find(|k| k.plural || k.group)
    }

    /// As [`Memory::last_plural`], skipping the subject at `subject_at` of sentence `sentence`
    /// (an object "them" is not its clause's subject).
    pub fn last_plural_not_subject(
        &self,
        sentence: usize,
        subject_at: Option<usize>,
    ) -> Option<&Known> {
        let subject = self.named_at(sentence, subject_at).map(|k| &k.actor);
        self.items
            .iter()
            .rev()
            .take(12)
            .filter(|k| subject.is_none_or(|a| a.code != k.actor.code))
            .find(|k| k.plural || k.group)
    }

    /// The most recent actor that is not a person, named in sentence `sentence` or the one
    /// before (for "it", "its").
    pub fn last_thing(&self, sentence: usize) -> Option<&Known> {
        self.last_thing_but(sentence, None)
    }

    /// As [`Memory::last_thing`], skipping `not` (an object "it" is not its clause's subject).
    pub fn last_thing_but(&self, sentence: usize, not: Option<&Resolved>) -> Option<&Known> {
        self.last_thing_except(sentence, |a| not.is_some_and(|n| n.code == a.code))
    }

    /// As [`Memory::last_thing`], skipping the actors `skip` picks (an object "it" is none of
    /// its clause's subjects: "France, Spain and Italy refused it permission").
    pub fn last_thing_except(
        &self,
        sentence: usize,
        skip: impl Fn(&Resolved) -> bool,
    ) -> Option<&Known> {
        self.items
            .iter()
            .rev()
            .take(12)
            .take_while(|k| k.sentence + 1 >= sentence)
            .filter(|k| !skip(&k.actor))
            .find(|k| !k.person && (!k.plural || k.group))
    }

    /// The most recent international body (an `IGO` code), for "the bloc", "the alliance".
    pub fn last_body(&self) -> Option<&Known> {
        self.items
            .iter()
            .rev()
            .take(RECENT)
            .find(|k| k.actor.code.starts_with("IGO"))
    }

    /// The actors named in `sentence` so far and in the sentence before it, newest first.
    pub fn recent(&self, sentence: usize) -> impl Iterator<Item = &Known> {
        self.items
            .iter()
            .rev()
            .take_while(move |k| k.sentence + 1 >= sentence)
    }

    /// The country of the nearest actor named in `sentence` before token `at`.
    pub fn country_before(&self, sentence: usize, at: usize) -> Option<String> {
        self.in_sentence(sentence)
            .rev()
            .filter(|k| k.at < at)
            .find_map(|k| k.actor.country())
    }

    /// The actors named in `sentence` so far, oldest first.
    pub fn in_sentence(&self, sentence: usize) -> impl DoubleEndedIterator<Item = &Known> {
        let n = self
            .items
            .iter()
            .rev()
            .take_while(|k| k.sentence == sentence)
            .count();
        self.items[self.items.len() - n..].iter()
    }

    /// The most recent group (for "the group", "the militants").
    pub fn last_group(&self) -> Option<&Known> {
        self.items.iter().rev().take(RECENT).find(|k| k.group)
    }

    /// The most recent actor that had `head` among its title words ("the secretary" ->
    /// "secretary of defence").
    pub fn by_head(&self, head: &str) -> Option<&Known> {
        let head = head.to_lowercase();
        self.items.iter().rev().take(RECENT).find(|k| {
            k.heads
                .iter()
                .any(|h| h == &head || h.split([' ', '-']).any(|w| w == head))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_and_role_of_codes() {
        let r = |code: &str| Resolved {
            code: code.into(),
            name: None,
            why: String::new(),
            basis: Basis::Other,
        };
        // (code, country, role)
        let table = [
            ("AFGGOV", Some("AFG"), Some("GOV")),
            ("USAMILGOV", Some("USA"), Some("MIL")),
            ("AFG", Some("AFG"), None),
            ("IGOUNO", None, Some("IGO")),
            ("REB", None, Some("REB")),
            // Unidentified armed men with no place named: a role, not a country.
            ("UAF", None, Some("UAF")),
        ];
        for (code, country, role) in table {
            assert_eq!(r(code).country().as_deref(), country, "{code}");
            assert_eq!(r(code).role().as_deref(), role, "{code}");
        }
    }
}
