//! The coding stage: a document's sentences, with their dictionary names and verbs, become
//! events.
//!
//! For each sentence: tag the words ([`tag`]), chunk noun phrases and resolve each to an actor
//! ([`np`], with the document's [`memory`] for pronouns, surnames and "the secretary"), then for
//! each verb that a dictionary pattern matches find its subject and objects (active, passive,
//! compound, relative), its modality (negated, hypothetical, future intent) and who reported it.
//! The result is a list of [`Event`]s with byte spans; nothing here formats output.
//!
//! Modules: `tag` and `np` (words and phrases), `resolve` (phrase -> actor), `clause`
//! (subjects, objects, infinitives), `modality` (negation, intent, reported speech),
//! `whenwhere` (dates, places, place targets); this file drives them per sentence and builds
//! the events (verb patterns, event nouns, demands).

mod clause;
pub mod memory;
mod modality;
pub mod np;
mod resolve;
pub mod tag;
mod whenwhere;

use dyad_dict::{Compiled, Dictionaries, Mention, MentionKind, NameForm, PatternWord, VerbPattern};
use dyad_model::{
    Actor, CameoInfo, DatePrecision, Document, Event, Modality, Plover, Span, TokenKind,
};
use dyad_text::{Analysis, VerbForm, VerbLexicon};
use memory::{group_noun, Basis, Known, Memory, Resolved};
use np::Phrase;
use tag::{Aux, Tag};
use {clause::*, modality::*, whenwhere::*};

/// What the coder should write.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Also write negated and hypothetical events (flagged).
    pub all_modes: bool,
}

/// What an event records of the act, whatever told it (a verb pattern, an event noun, a
/// "must"): its code, trigger tokens, modality and provenance.
#[derive(Clone, Copy)]
struct Act<'a> {
    code: &'a str,
    trigger: (usize, usize),
    modality: Modality,
    /// Announced rather than done: dated by the nearest date even if in the future.
    intent: bool,
    why: &'a str,
}

/// The coder: compiled dictionaries and the verb lexicon, built once, shared by all threads.
#[derive(Debug)]
pub struct Coder {
    dict: Compiled,
    lex: VerbLexicon,
    gaz: &'static dyad_when_where::Gazetteer,
}

/// Nouns whose "on/about/over" phrase is a topic, not a fact ("talks on a troop pullback").
const TOPIC_NOUNS: &[&str] = &[
    "talks",
    "negotiations",
    "negotiation",
    "discussions",
    "agreement",
    "deal",
    "accord",
    "plan",
    "proposal",
    "treaty",
    "resolution",
    "vote",
    "referendum",
    "debate",
];

/// How an unnamed attacker's provenance starts ("unnamed attacker 'a gunman' in Kabul").
const UNNAMED_ATTACKER: &str = "unnamed attacker";

const REPORTING: &[&str] = &[
    "say",
    "tell",
    "add",
    "announce",
    "claim",
    "report",
    "tweet",
    "state",
    "confirm",
    "insist",
    "write",
    "note",
    "explain",
    "declare",
    "quote",
    "reveal",
    "assert",
    "stress",
    "reiterate",
    "repeat",
    "conclude",
    "argue",
    "maintain",
    "affirm",
    "reaffirm",
    "emphasize",
    "emphasise",
];

/// Nouns of acts whose purpose ("to protest X", "to disperse Y") is carried out by the act.
const PURPOSE_DONE: &[&str] = &[
    "strike",
    "protest",
    "demonstration",
    "rally",
    "march",
    "sit-in",
    "fire",
    "boycott",
    "vigil",
];

/// Verbs of protest whose purpose ("marched to demand his resignation", "gathered to
/// denounce the verdict") is carried out by the protest, as with `PURPOSE_DONE`.
const PROTEST_DONE: &[&str] = &[
    "march",
    "rally",
    "protest",
    "demonstrate",
    "gather",
    "assemble",
    "converge",
];

/// Verbs that lend their subject to an event noun they take as object: "continued military
/// aid to X", "launched an investigation into Y", "gave Z an ultimatum".
const LIGHT: &[&str] = &[
    "continue",
    "resume",
    "provide",
    "offer",
    "give",
    "extend",
    "launch",
    "hold",
    "conduct",
    "stage",
    "make",
    "begin",
    "start",
    "undertake",
    "pledge",
    "promise",
    "send",
    "deliver",
    "open",
    "announce",
    "approve",
    "mount",
    "organize",
    "organise",
    "renew",
    "intensify",
    "initiate",
    "pursue",
    "grant",
    "issue",
    "supply",
    "order",
    "complete",
    "hand",
    "adopt",
    "unveil",
    "roll",
    "step",
    "speed",
    "accelerate",
];

/// Light verbs that announce rather than do: "offered aid to X", "pledged support".
const LIGHT_INTENT: &[&str] = &["offer", "pledge", "promise"];

/// CAMEO codes whose target, when none is named, is the country where the act takes place:
/// claims of responsibility for an attack (015), visits and meetings (042-043), aid (07),
/// protests (14), deployments and force posture (15), fighting and attacks (18-20).
const PLACE_AIMED: &[&str] = &[
    "015", "042", "043", "07", "13", "14", "15", "17", "18", "19", "20",
];

/// Verbs after which "to VERB" is an intention, not an act.
const INTENT: &[&str] = &[
    "plan", "intend", "vow", "pledge", "promise", "want", "hope", "seek", "aim", "expect",
    "decide", "prepare", "offer", "propose", "agree", "wish", "mean",
];

/// Verbs whose "that" clause says what should happen, not what did.
const DIRECTIVE: &[&str] = &[
    "demand",
    "urge",
    "insist",
    "ask",
    "request",
    "propose",
    "suggest",
    "recommend",
    "call",
    "want",
    "order",
    "require",
    "hope",
    "wish",
    "fear",
    "warn",
    "threaten",
    "deny",
    "allege",
    "accuse",
    "claim",
];

/// Verbs that name something as something: "called the move unfriendly", "described the
/// rulers as illegitimate".
const NAMING: &[&str] = &["call", "brand", "label", "describe", "term"];

/// Verbs after which "to VERB" is an act that happened ("the Council voted to impose": a body's
/// vote is its act).
const REALIZED: &[&str] = &[
    "begin", "start", "continue", "manage", "proceed", "go", "move", "rush", "come", "vote",
];

pub(crate) fn is_temporal(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "week"
            | "month"
            | "year"
            | "day"
            // ("hours later", "two days later")
            | "minutes"
            | "hour"
            | "hours"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "weekend"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "yesterday"
            | "today"
            | "tonight"
            | "earlier"
            | "later"
            | "last"
            | "this"
            | "next"
            | "recently"
            | "time"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// A word for a place inside a country: "the town of Samarra", "the Sagaing region".
fn place_noun(w: &str) -> bool {
    matches!(
        w,
        "town"
            | "city"
            | "village"
            | "province"
            | "region"
            | "district"
            | "state"
            | "oblast"
            | "governorate"
            | "capital"
            // ("in the Yemeni port of Aden", "the Indonesian resort island of Bali")
            | "port"
            | "island"
            | "county"
            | "enclave"
            | "resort"
            | "suburb"
            | "municipality"
            | "prefecture"
    )
}

/// A word for a building or compound: "government buildings", "army headquarters".
pub(crate) fn building_noun(w: &str) -> bool {
    matches!(
        w,
        "building"
            | "buildings"
            | "offices"
            | "office"
            | "headquarters"
            | "compound"
            | "complex"
            | "base"
            | "bases"
            | "barracks"
            | "palace"
            | "embassy"
            | "consulate"
            | "ministry"
            | "parliament"
    )
}

/// A word for a site in a city: "Bangkok's international airport", "the Tokyo subway", "a
/// Sarajevo market". A capital that qualifies one is where it stands, not the government.
pub(crate) fn site_noun(w: &str) -> bool {
    matches!(
        w,
        "airport"
            | "square"
            | "street"
            | "streets"
            | "market"
            | "marketplace"
            | "bazaar"
            | "subway"
            | "metro"
            | "station"
            | "suburb"
            | "suburbs"
            | "outskirts"
            | "neighbourhood"
            | "neighborhood"
            | "quarter"
            | "downtown"
            | "hospital"
            | "hotel"
            | "stadium"
            | "university"
            | "mosque"
            | "church"
            | "cathedral"
            | "shrine"
            | "mall"
            | "port"
            | "harbour"
            | "harbor"
            | "nightclub"
            | "cafe"
            | "restaurant"
            | "highway"
            | "avenue"
            | "bridge"
            | "park"
    )
}

/// Whether the word at `a` follows "gulf/sea/strait/bay of": "the Gulf of Oman" is a sea, not
/// the country.
fn sea_of(lower: &[&str], a: usize) -> bool {
    a >= 2
        && lower[a - 1] == "of"
        && matches!(lower[a - 2], "gulf" | "sea" | "strait" | "straits" | "bay")
}

/// Prepositions that put what follows as the place where something happens.
fn is_locative(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "into"
            | "near"
            | "outside"
            | "inside"
            | "across"
            | "throughout"
            | "around"
            | "through"
    )
}

/// A phrase that only says when: "Wednesday", "this week", "last year", "two days ago".
fn temporal_phrase(s: &Sent<'_>, p: &Phrase) -> bool {
    p.mentions.is_empty()
        && p.pronoun.is_none()
        // ("bowing to weeks of protests": a stretch of something is that thing)
        && !(s.lower.get(p.end) == Some(&"of") && s.lower[p.end - 1].ends_with('s'))
        && (p.start..p.end).any(|t| is_temporal(s.lower[t]))
        && (p.start..p.end).all(|t| {
            is_temporal(s.lower[t])
                || matches!(s.tags[t], Tag::Det | Tag::Num)
                || matches!(s.lower[t], "ago" | "the" | "early" | "late" | "mid")
        })
}

struct Sent<'a> {
    idx: usize,
    text: &'a str,
    toks: Vec<Span>,
    lower: Vec<&'a str>,
    tags: Vec<Tag>,
    phrases: Vec<Phrase>,
    actors: Vec<Option<Known>>,
    headline: bool,
    discard: bool,
    dates: Vec<dyad_when_where::DateExpr>,
    places: Vec<(usize, usize, dyad_when_where::PlaceMention)>,
    context: Vec<String>,
    /// Phrases that name two actors ("the two sides", "both leaders"): the phrase, and the
    /// copy of it appended to `phrases` that holds the second actor.
    twins: Vec<(usize, usize)>,
    /// For each token where an actor's phrase starts, one past the end of the run of actors
    /// joined to it by "and" or commas ("former chief ministers X and Y"); else 0. Read by
    /// pattern gaps, which try it for every pattern, so it is computed once.
    actor_runs: Vec<usize>,
}

impl Sent<'_> {
    fn phrase_ending_at(&self, end: usize) -> Option<usize> {
        self.phrases.iter().position(|p| p.end == end)
    }
    fn phrase_starting_at(&self, start: usize) -> Option<usize> {
        self.phrases.iter().position(|p| p.start == start)
    }
    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start, self.toks[b - 1].end)
    }
    /// Pairs of phrases joined by "and" ("Australia and New Zealand"), both naming actors,
    /// with different codes.
    fn joined_pairs(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        (0..self.phrases.len()).filter_map(|a| {
            if self.lower.get(self.phrases[a].end) != Some(&"and") {
                return None;
            }
            let b = self.phrase_starting_at(self.phrases[a].end + 1)?;
            let (x, y) = (self.actors[a].as_ref()?, self.actors[b].as_ref()?);
            (x.actor.code != y.actor.code).then_some((a, b))
        })
    }
    /// `qs` with the second actor of each phrase that names two.
    fn with_twins(&self, mut qs: Vec<usize>) -> Vec<usize> {
        for &(q, r) in &self.twins {
            if qs.contains(&q) && !qs.contains(&r) {
                qs.push(r);
            }
        }
        qs
    }
}

/// The subjects of the latest clause, and of the latest main clause, for verbs that share
/// them: "after protesters stormed and set fire to ..." continues the first, "..., and
/// demanded" the second. The buffers are reused from verb to verb.
#[derive(Default)]
struct PriorSubjects {
    main: Vec<usize>,
    clause: Vec<usize>,
}

impl PriorSubjects {
    /// The subjects a verb may share: after a comma the main clause's, else the clause's.
    fn get(&self, after_comma: bool) -> &[usize] {
        if after_comma {
            &self.main
        } else {
            &self.clause
        }
    }

    /// Remember `subj`, the subjects of the verb at `v` (when it is some and not empty); an
    /// adverbial, relative or `reported` clause's subjects do not become the main clause's
    /// ("after the coup that toppled X, and demanded": the subject of "demanded" is not the
    /// coup's).
    fn remember(&mut self, s: &Sent<'_>, v: usize, subj: Option<&[usize]>, reported: bool) {
        let Some(subj) = subj.filter(|v| !v.is_empty()) else {
            return;
        };
        let relative = v > 0
            && s.tags[v - 1] == Tag::Sub
            && matches!(s.lower[v - 1], "who" | "which" | "that");
        // ("ordered the peacekeepers to leave, accusing them": an infinitive's subject,
        // the object told to act, is not the main clause's.)
        let infinitive = v > 0 && s.tags[v - 1] == Tag::To;
        // (nor a gerund after a preposition: "barred Morales from entering the country,
        // accusing him": the one barred does not accuse.)
        let prep_gerund =
            v > 0 && s.tags[v] == Tag::Verb(VerbForm::Gerund) && s.tags[v - 1] == Tag::Prep;
        if !adverbial_clause(s, subj) && !relative && !reported && !infinitive && !prep_gerund {
            self.main.clear();
            self.main.extend_from_slice(subj);
        }
        self.clause.clear();
        self.clause.extend_from_slice(subj);
    }
}

/// Whether subject phrases `subj` open an adverbial clause ("after four Chinese ships entered
/// ..., and demanded": the main clause's subject goes on past it).
fn adverbial_clause(s: &Sent<'_>, subj: &[usize]) -> bool {
    let Some(a) = subj.iter().map(|&q| s.phrases[q].start).min() else {
        return false;
    };
    // ("supporters of Morsi": from the head the subject hangs from)
    let a = match s.phrase_ending_at(a.saturating_sub(1)) {
        Some(q) if a >= 2 && s.lower[a - 1] == "of" => s.phrases[q].start,
        _ => a,
    };
    // ("stormed two camps where supporters of Morsi had been staying, killing hundreds":
    // a "where" clause is no main clause either.)
    a > 0 && (subordinating(s.lower[a - 1]) || s.lower[a - 1] == "where")
}

/// A word that opens an adverbial clause ("after", "when", "because" ...), whether it was
/// tagged as a subordinator or as a preposition.
pub(crate) fn subordinating(w: &str) -> bool {
    matches!(
        w,
        "after"
            | "before"
            | "when"
            | "as"
            | "while"
            | "because"
            | "since"
            | "although"
            | "though"
            | "until"
            | "once"
            | "whereas"
    )
}

/// Roles of a country's own people, as opposed to its state and its armed groups: civilians,
/// the opposition, workers, students, farmers, doctors, clergy, journalists. Such people
/// protest against their state, and with no country of their own are of the country named
/// before them.
pub(crate) fn people_role(r: &str) -> bool {
    matches!(
        r,
        "CVL" | "OPP" | "LAB" | "EDU" | "AGR" | "HLH" | "MED" | "REL"
    )
}

/// Whether actor codes `a` and `b` are the same actor, or a country and one of its own
/// ("PAK" and "PAKGOV").
fn same_or_own(a: &str, b: &str) -> bool {
    a == b || a.len() == 3 && b.starts_with(a) || b.len() == 3 && a.starts_with(b)
}

/// Whether a phrase of three words or more ends in a word of blame the chunker took in
/// ("the expulsions immoral" in "called the expulsions immoral").
fn blame_taken_in(words: &[&str]) -> bool {
    words.len() >= 3 && words.last().is_some_and(|w| BLAME.contains(w))
}

/// Words of blame that, said of an act or an actor, criticise it: "called the move
/// unfriendly".
const BLAME: &[&str] = &[
    "unfriendly",
    "illegal",
    "unacceptable",
    "provocative",
    "provocation",
    "destructive",
    "mistake",
    "violation",
    "crime",
    "crimes",
    "terrorism",
    "terrorist",
    "aggression",
    "illegitimate",
    "unjustified",
    "irresponsible",
    "dangerous",
    "absurd",
    "baseless",
    "unfounded",
    "hostile",
    "criminal",
    "barbaric",
    "outrageous",
    "reckless",
    "invasion",
    "genocide",
    "massacre",
    "interference",
    "deplorable",
    "cowardly",
    "shameful",
    "immoral",
    "fabrication",
    "cowards",
    "criminality",
    "unlawful",
    "disproportionate",
    "inhumane",
    "unprovoked",
    "lies",
    "slander",
    "farce",
    "sham",
    "blackmail",
    "piracy",
    "recklessness",
    "crooks",
    "traitors",
    "liars",
    "thugs",
    // ("called the downing a stab in the back", "called the protesters unpatriotic")
    "stab",
    "betrayal",
    "unpatriotic",
    "treacherous",
    "heinous",
    "hypocritical",
    "disgraceful",
    "despicable",
    "unconstitutional",
    "undemocratic",
    "atrocity",
];

/// A single person described, not named: "a 71-year-old man", "the gunman".
fn unnamed_person(head: &str) -> bool {
    matches!(
        head,
        "man"
            | "woman"
            | "gunman"
            | "suspect"
            | "attacker"
            | "assailant"
            | "shooter"
            | "bomber"
            | "driver"
            | "boy"
            | "girl"
            | "teenager"
            | "youth"
            | "person"
    )
}

/// Whether the words of a phrase refer back to two parties: "the two sides", "both leaders",
/// "the two foreign ministers", "each side".
fn pair_anaphor(words: &[&str]) -> bool {
    let words = match words.first() {
        Some(&"the") => &words[1..],
        _ => words,
    };
    let [first, .., head] = words else {
        return false;
    };
    matches!(*first, "two" | "both" | "each")
        && matches!(
            *head,
            "sides"
                | "side"
                | "leaders"
                | "countries"
                | "governments"
                | "men"
                | "presidents"
                | "ministers"
                | "parties"
                | "delegations"
                | "neighbours"
                | "neighbors"
                | "nations"
                | "states"
                | "rivals"
                | "armies"
                | "forces"
                | "militaries"
                | "navies"
                | "fleets"
                | "foes"
                | "adversaries"
        )
}

impl Coder {
    /// A coder over `dicts`.
    pub fn new(dicts: Dictionaries) -> Coder {
        let dict = Compiled::new(dicts);
        let lex = VerbLexicon::new(
            dict.verb_lemmas()
                .chain(REPORTING.iter().copied())
                .chain(INTENT.iter().copied())
                .chain(DIRECTIVE.iter().copied())
                .chain(LIGHT.iter().copied())
                .chain(REALIZED.iter().copied())
                .chain(NAMING.iter().copied()),
        );
        Coder {
            dict,
            lex,
            gaz: dyad_when_where::Gazetteer::builtin(),
        }
    }

    /// The compiled dictionaries.
    pub fn dictionaries(&self) -> &Compiled {
        &self.dict
    }

    /// Code one document. Never fails and never panics on any text.
    pub fn code(&self, doc: &Document, opts: Options) -> Vec<Event> {
        let text = doc.text.as_str();
        let an = dyad_text::analyze(text);
        let mut memory = Memory::default();
        let mut events: Vec<Event> = Vec::new();
        let mut claims: Vec<(usize, Actor)> = Vec::new();
        for (si, s) in an.sentences.iter().enumerate() {
            // Guard against pathological "sentences" (a megabyte without punctuation).
            if s.tokens.len() > 400 {
                continue;
            }
            let mut sent = self.prepare(doc, &an, si, text, &mut memory, &events);
            self.sentence_events(doc, &mut sent, opts, &memory, &mut events);
            claims.extend(self.claimant(&sent).map(|a| (si, a)));
            if let Some(e) = self.denial(doc, &sent, &events) {
                events.push(e);
            }
            if let Some(e) = self.refusal(doc, &sent, &events) {
                events.push(e);
            }
        }
        credit_claims(&mut events, &claims);
        dedupe_headline(&mut events, &an);
        events
    }

    /// "The rebels denied any involvement": a denial that names no one answers the latest
    /// accusation against the denier in the last three sentences (016, denier -> accuser).
    fn denial(&self, doc: &Document, s: &Sent<'_>, events: &[Event]) -> Option<Event> {
        const DENIED: &[&str] = &[
            "involvement",
            "responsibility",
            "role",
            "allegation",
            "allegations",
            "accusation",
            "accusations",
            "charge",
            "charges",
            "claim",
            "claims",
            "report",
            "reports",
            "blame",
        ];
        let n = s.tags.len();
        // "flatly denied that its aircraft had crossed the border", "denied shelling the
        // village": what is denied is told in a clause.
        let denied_clause = |v: usize| {
            self.lex.lemma(s.lower[v]) == Some("deny")
                && (v + 1..n)
                    .find(|&i| s.tags[i] != Tag::Adv)
                    .is_some_and(|i| {
                        // (not "denied that claim by Iran": "that" opening a clause)
                        s.lower[i] == "that" && s.tags[i] == Tag::Sub
                            || s.tags[i] == Tag::Verb(VerbForm::Gerund)
                    })
        };
        let v = (0..n).find(|&v| {
            matches!(s.tags[v], Tag::Verb(_))
                && matches!(
                    self.lex.lemma(s.lower[v]),
                    Some("deny" | "reject" | "dismiss" | "refute")
                )
                && (denied_clause(v)
                    || (v + 1..n.min(v + 5))
                    .take_while(|&i| !matches!(s.tags[i], Tag::Punct | Tag::Verb(_) | Tag::Sub))
                    .any(|i| DENIED.contains(&s.lower[i]))
                    // ", a charge Kigali denied": the denied noun before its denier
                    || (v.saturating_sub(6)..v)
                        .rev()
                        .take_while(|&i| s.lower[i] != ",")
                        .any(|i| DENIED.contains(&s.lower[i])))
        })?;
        let clause = denied_clause(v);
        // (Not when the denial names whom it answers: "denied accusations by X" is coded
        // by its pattern.)
        let q = *self.subject(s, v, &[])?.first()?;
        let own = s.actors[q].as_ref().and_then(|k| k.actor.country());
        // (Within the denial's own clause: "denied any involvement and accused Washington"
        // names no one it answers.)
        if !clause
            && (v + 1..n.min(v + 8))
                .take_while(|&i| {
                    !matches!(
                        s.tags[i],
                        Tag::Conj
                            | Tag::Verb(
                                VerbForm::Past
                                    | VerbForm::ThirdSingular
                                    | VerbForm::Base
                                    | VerbForm::Gerund
                            )
                    ) && s.lower[i] != ","
                })
                .any(|i| {
                    s.phrase_starting_at(i).is_some_and(|q| {
                        // (an own nationality is no one answered: "any Pakistani involvement")
                        s.actors[q]
                            .as_ref()
                            .is_some_and(|k| own.as_deref() != Some(k.actor.code.as_str()))
                            && !temporal_phrase(s, &s.phrases[q])
                    })
                })
            || self.modality(s, v, &[]).0.negated
        {
            return None;
        }
        let k = s.actors[q].as_ref().filter(|k| !k.unnamed)?;
        let accusation = latest_on(events, s.idx, k, |c| c.starts_with("11"))?;
        let why = "a denial answering the accusation before it -> 016";
        self.answer(doc, s, (q, k), v, (accusation, "016"), why.into())
    }

    /// The event of one actor (phrase `q`, resolved as `k`) answering, at verb `v`, an earlier
    /// act `to` with CAMEO `code`: a denial, a refusal.
    fn answer(
        &self,
        doc: &Document,
        s: &Sent<'_>,
        (q, k): (usize, &Known),
        v: usize,
        (to, code): (&Event, &str),
        why_verb: String,
    ) -> Option<Event> {
        let (cameo, plover) = self.coded(code, Modality::default())?;
        let (date, date_precision) = event_date(s, v, false, doc.date);
        Some(Event {
            sentence: s.idx,
            source: self.actor(s.span(s.phrases[q].start, s.phrases[q].end), k),
            target: Some(to.source.clone()),
            cameo,
            plover,
            trigger: s.span(v, v + 1),
            modality: Modality::default(),
            attribution: None,
            why_verb,
            date,
            date_precision,
            place: None,
        })
    }

    /// "Akayev refused to resign", "he said he would not step down", "Beijing refused to
    /// apologise": a refusal that names no one answers the latest demand on the refuser in
    /// the last three sentences (1231 for a resignation, else 120; refuser -> demander).
    fn refusal(&self, doc: &Document, s: &Sent<'_>, events: &[Event]) -> Option<Event> {
        let n = s.tags.len();
        let refused = |i: usize| {
            let before = &s.lower[i.saturating_sub(3)..i];
            before.iter().any(|w| matches!(*w, "not" | "n't" | "never"))
                || i > 1
                    && s.lower[i - 1] == "to"
                    && (i.saturating_sub(4)..i - 1)
                        .any(|j| matches!(self.lex.lemma(s.lower[j]), Some("refuse" | "decline")))
        };
        // ("will go on if he does not step down", "urged him not to resign": within the verb's
        // own clause, a condition or an appeal is no refusal)
        let conditioned = |i: usize| {
            (0..i)
                .rev()
                .take_while(|&j| !matches!(s.lower[j], "," | ";" | "but" | "and"))
                .any(|j| {
                    matches!(s.lower[j], "if" | "unless")
                        || self
                            .lex
                            .lemma(s.lower[j])
                            .is_some_and(|l| matches!(l, "urge" | "ask" | "call" | "press"))
                })
        };
        let (v, code) = (1..n).find_map(|i| {
            // (base forms: after "to" or "not"; the lexicon may not know these verbs)
            let code = match s.lower[i] {
                "resign" | "quit" => "1231",
                "step" if matches!(s.lower.get(i + 1).copied(), Some("down" | "aside")) => "1231",
                "apologise" | "apologize" | "comply" => "120",
                _ => return None,
            };
            // (The tagger may read "resign" after "to" as a noun.)
            (refused(i) && !conditioned(i)).then_some((i, code))
        })?;
        // ("refused to resign": the subject of the verb of refusing)
        let at = (v.saturating_sub(4)..v)
            .rev()
            .find(|&j| matches!(s.tags[j], Tag::Verb(_)))
            .unwrap_or(v);
        let q = *self
            .subject(s, v, &[])
            .filter(|q| !q.is_empty())
            .or_else(|| self.subject(s, at, &[]))?
            .first()?;
        let k = s.actors[q].as_ref().filter(|k| !k.unnamed)?;
        // (A refusal that names whom it answers, "refused to apologise to South Korea", or one
        // already coded from this sentence, "refused demands to resign", is not this one.)
        let names = (v + 1..n.min(v + 5))
            .take_while(|&i| !matches!(s.tags[i], Tag::Punct | Tag::Conj | Tag::Sub))
            .any(|i| {
                s.phrase_starting_at(i)
                    .is_some_and(|r| s.actors[r].is_some())
            });
        let coded = events.iter().any(|e| {
            e.sentence == s.idx && e.cameo.code.starts_with("12") && e.source.code == k.actor.code
        });
        // (A refusal under "would", "will" or "refused to" is told as hypothetical by the
        // modality rules; the guards above keep out the conditions and appeals instead.)
        if names || coded {
            return None;
        }
        let demand = latest_on(events, s.idx, k, |c| {
            matches!(c.get(..2), Some("10" | "02")) || c.starts_with("1411")
        })?;
        let why = format!("a refusal answering the demand before it -> {code}");
        self.answer(doc, s, (q, k), v, (demand, code), why)
    }

    /// "A faction of the Pakistani Taliban claimed responsibility": the named actor who claims
    /// an attack (not "denied responsibility", not "no group has claimed").
    fn claimant(&self, s: &Sent<'_>) -> Option<Actor> {
        let n = s.tags.len();
        // "claimed responsibility", "claimed the attack" (not "claimed the attack was
        // staged": an allegation).
        // ("admitted responsibility" too; not "accepted responsibility", said as often of a
        // failure as of an attack.)
        let owns = |v: usize| {
            self.lex.lemma(s.lower[v]) == Some("admit")
                && (v + 1..n.min(v + 3)).any(|i| s.lower[i] == "responsibility")
        };
        let v = (0..n).find(|&v| {
            matches!(s.tags[v], Tag::Verb(_))
                && (owns(v) || self.lex.lemma(s.lower[v]) == Some("claim"))
                && (v + 1..n.min(v + 4)).any(|i| {
                    matches!(s.lower[i], "responsibility" | "credit")
                        || matches!(
                            s.lower[i],
                            "attack"
                                | "attacks"
                                | "bombing"
                                | "bombings"
                                | "blast"
                                | "blasts"
                                | "killing"
                                | "killings"
                                | "massacre"
                                | "assault"
                        ) && !s
                            .tags
                            .get(i + 1)
                            .is_some_and(|t| matches!(t, Tag::Verb(_) | Tag::Aux(_) | Tag::Modal))
                })
        })?;
        if self.modality(s, v, &[]).0.negated {
            return None;
        }
        let subj = self.subject(s, v, &[])?;
        let q = *subj.first()?;
        let k = s.actors[q].as_ref().filter(|k| !k.unnamed)?;
        if s.lower[s.phrases[q].start] == "no" {
            return None;
        }
        Some(self.actor(s.span(s.phrases[q].start, s.phrases[q].end), k))
    }

    /// A human-readable trace of how each sentence was read: tags, phrases and the actors
    /// they resolved to. For `dyad explain` and for debugging dictionaries.
    pub fn explain(&self, doc: &Document) -> String {
        use std::fmt::Write;
        let text = doc.text.as_str();
        let an = dyad_text::analyze(text);
        let mut memory = Memory::default();
        let mut out = String::new();
        let mut evs_so_far: Vec<Event> = Vec::new();
        for si in 0..an.sentences.len() {
            let mut s = self.prepare(doc, &an, si, text, &mut memory, &evs_so_far);
            let _ = writeln!(
                out,
                "[{si}]{} {}",
                if s.headline { " (headline)" } else { "" },
                an.sentences[si].span.slice(text)
            );
            let tagged: Vec<String> = s
                .toks
                .iter()
                .zip(&s.tags)
                .map(|(t, g)| format!("{}/{:?}", t.slice(text), g))
                .collect();
            let _ = writeln!(out, "  tags: {}", tagged.join(" "));
            if s.discard {
                let _ = writeln!(
                    out,
                    "  discarded: sport, markets or prize news (data/discards.toml)"
                );
            }
            for (p, a) in s.phrases.iter().zip(&s.actors) {
                let _ = writeln!(
                    out,
                    "  phrase [{}..{}) {:?} -> {}",
                    p.start,
                    p.end,
                    s.span(p.start, p.end).slice(text),
                    a.as_ref()
                        .map(|k| format!("{} ({})", k.actor.code, k.actor.why))
                        .unwrap_or_else(|| "-".into())
                );
            }
            for (a, b, m) in &s.places {
                let p = self.gaz.resolve(m, None, &s.context, None);
                let _ = writeln!(
                    out,
                    "  place [{a}..{b}) {:?} -> {}",
                    m.span.slice(text),
                    p.map(|p| format!("{} ({:?}, {})", p.name, p.kind, p.country))
                        .unwrap_or_default()
                );
            }
            for d in &s.dates {
                let _ = writeln!(
                    out,
                    "  date [{}..{}) {} ({:?})",
                    d.start, d.end, d.date, d.precision
                );
            }
            for v in 0..s.tags.len() {
                if let (Tag::Verb(_), Some((pat, end))) = (s.tags[v], self.match_verb(&s, v)) {
                    let subj = self.subject(&s, v, &[]).unwrap_or_default();
                    let obj = self.objects(&s, end, false);
                    let names = |v: &[usize]| {
                        v.iter()
                            .map(|&i| {
                                s.span(s.phrases[i].start, s.phrases[i].end)
                                    .slice(text)
                                    .to_string()
                            })
                            .collect::<Vec<_>>()
                            .join(" | ")
                    };
                    let _ = writeln!(
                        out,
                        "  verb {:?} [{}] subject: {} ; objects: {}",
                        s.span(v, end.max(v + 1)).slice(text),
                        pat.why,
                        names(&subj),
                        names(&obj)
                    );
                }
            }
            // (All modes, after the document's events so far: an appeal or a threat that
            // names no one reads its target from them.)
            let mut evs = evs_so_far.clone();
            let before = evs.len();
            self.sentence_events(doc, &mut s, Options { all_modes: true }, &memory, &mut evs);
            let mut evs = evs.split_off(before);
            self.sentence_events(doc, &mut s, Options::default(), &memory, &mut evs_so_far);
            // (What `code` adds past the verbs: a denial answering an earlier accusation, and
            // a claim that names the attacker of earlier sentences.)
            if let Some(e) = self.denial(doc, &s, &evs_so_far) {
                evs_so_far.push(e.clone());
                evs.push(e);
            }
            if let Some(e) = self.refusal(doc, &s, &evs_so_far) {
                evs_so_far.push(e.clone());
                evs.push(e);
            }
            if let Some(a) = self.claimant(&s) {
                let _ = writeln!(
                    out,
                    "  claim of responsibility by {} ({}): unnamed attackers of this and the three sentences before are {}",
                    a.code,
                    a.span.slice(text),
                    a.code
                );
            }
            for e in evs {
                let _ = writeln!(
                    out,
                    "  event {} -> {} {} {:?} [{}]",
                    e.source.code,
                    e.target.map(|t| t.code).unwrap_or_default(),
                    e.cameo.code,
                    e.trigger.slice(text),
                    e.why_verb
                );
            }
        }
        out
    }

    fn prepare<'a>(
        &self,
        doc: &Document,
        an: &'a Analysis,
        si: usize,
        text: &'a str,
        memory: &mut Memory,
        before: &[Event],
    ) -> Sent<'a> {
        let s = &an.sentences[si];
        let toks: Vec<Span> = an.tokens[s.tokens.clone()].iter().map(|t| t.span).collect();
        let lower: Vec<&str> = an.lower[s.tokens.clone()]
            .iter()
            .map(String::as_str)
            .collect();
        let surface: Vec<&str> = toks.iter().map(|t| t.slice(text)).collect();
        let is_punct: Vec<bool> = an.tokens[s.tokens.clone()]
            .iter()
            .map(|t| t.kind == TokenKind::Punct)
            .collect();
        let is_num: Vec<bool> = an.tokens[s.tokens.clone()]
            .iter()
            .map(|t| t.kind == TokenKind::Number)
            .collect();
        let starts = |b: usize| toks.binary_search_by(|t| t.start.cmp(&b)).is_ok();
        // "a Greek-flagged tanker", "a Marshall Islands-flagged ship": the country a vessel
        // or firm belongs to may end inside a word; so may where a group is based
        // ("Pakistan-based militant groups").
        let owned_from = |b: usize| {
            let rest = &text[b..];
            // ("a Saudi-led coalition": led by the Saudis; "Iran-backed" militias are not
            // Iran's.)
            ["-flagged", "-owned", "-registered", "-led", "-based"]
                .iter()
                .any(|suf| {
                    rest.starts_with(suf)
                        && !rest[suf.len()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric)
                })
        };
        // "the German-Iranian dissident": a double nationality is coded by its first.
        let first_of_double = |b: usize| {
            let rest = &text[b..];
            rest.starts_with('-') && rest[1..].chars().next().is_some_and(char::is_uppercase)
        };
        let ends = |b: usize| {
            toks.binary_search_by(|t| t.end.cmp(&b)).is_ok() || owned_from(b) || first_of_double(b)
        };
        let mentions: Vec<Mention> = self
            .dict
            .mentions(text, s.span, starts, ends)
            .into_iter()
            .filter(|m| {
                !(owned_from(m.span.end) || first_of_double(m.span.end))
                    || matches!(m.kind, MentionKind::Country(..))
            })
            .collect();
        let dates = dyad_when_where::find_dates(&lower, doc.date);
        let places: Vec<(usize, usize, dyad_when_where::PlaceMention)> = self
            .gaz
            .find(text, s.span, starts, ends)
            .into_iter()
            .map(|m| {
                let a = toks.partition_point(|t| t.start < m.span.start);
                let b = toks.partition_point(|t| t.end <= m.span.end);
                (a, b, m)
            })
            .collect();
        // Sport and markets: a discard phrase, or a score ("2-1"), takes the sentence out.
        let score = |w: &str| {
            // Both sides present: a lone "-" token is no score.
            w.split_once('-').is_some_and(|(a, b)| {
                (1..=2).contains(&a.len())
                    && (1..=2).contains(&b.len())
                    && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
            })
        };
        let mut mention_at: Vec<Option<(Mention, usize)>> = vec![None; toks.len()];
        let mut mentioned = vec![false; toks.len()];
        for m in &mentions {
            let a = toks.partition_point(|t| t.start < m.span.start);
            // (A mention that ends inside a word covers that word.)
            let b = toks.partition_point(|t| t.start < m.span.end);
            let sea = sea_of(&lower, a) && matches!(m.kind, MentionKind::Country(..));
            if a < b && a < toks.len() && !sea {
                // A country adjective glued to "-led", "-backed" is no actor: the tokeniser keeps
                // such words whole, so they never match. Person names followed by "'s" do.
                mention_at[a] = Some((*m, b - a));
                for x in mentioned.iter_mut().take(b).skip(a) {
                    *x = true;
                }
            }
        }
        let mut tags = tag::tag(&lower, &surface, &is_punct, &is_num, &mentioned, &self.lex);
        // "U.S. officials' claims": an apostrophe glued to a plural and followed by a space is
        // a possessive, unless a quote is open ("called them 'rioters' and").
        let mut open_quotes = 0i32;
        for i in 0..tags.len() {
            if lower[i] != "'" {
                continue;
            }
            let glued_before = i > 0 && toks[i - 1].end == toks[i].start;
            let glued_after = i + 1 < toks.len() && toks[i + 1].start == toks[i].end;
            if !glued_before && glued_after {
                open_quotes += 1;
            } else if glued_before && !glued_after && open_quotes > 0 {
                open_quotes -= 1;
            } else if glued_before
                && i + 1 < toks.len()
                && lower[i - 1].ends_with('s')
                && matches!(tags[i - 1], Tag::Noun | Tag::Name)
                && !is_punct[i + 1]
                && !is_num[i + 1]
            {
                tags[i] = Tag::PossMark;
                // (What a possessive owns is a noun: "officials' claims".)
                if matches!(tags[i + 1], Tag::Verb(_)) {
                    tags[i + 1] = Tag::Noun;
                }
            }
        }
        // "prisoners in Israeli jails launched": after a preposition or determiner and a
        // nationality, a plural is a noun, not a verb.
        for i in 2..tags.len() {
            let adjective = matches!(
                mention_at[i - 1],
                Some((m, 1)) if matches!(m.kind, MentionKind::Country(_, NameForm::Adjective))
            );
            if tags[i] == Tag::Verb(VerbForm::ThirdSingular)
                && adjective
                && matches!(tags[i - 2], Tag::Prep | Tag::Det | Tag::Poss)
            {
                tags[i] = Tag::Noun;
            }
        }
        // "a roadside bombing near", "tank shelling in": an event noun after a noun heads a
        // compound; it is no participle unless it takes an object.
        for i in 1..tags.len() {
            if tags[i] == Tag::Verb(VerbForm::Gerund)
                && tags[i - 1] == Tag::Noun
                && !self.dict.noun_patterns(lower[i]).is_empty()
                && !matches!(
                    tags.get(i + 1),
                    Some(Tag::Det | Tag::Name | Tag::Poss | Tag::Pron | Tag::ObjPron)
                )
            {
                tags[i] = Tag::Noun;
            }
        }
        // "striking teachers", "protesting farmers": a participle before the people it
        // describes.
        for i in 0..tags.len().saturating_sub(1) {
            if matches!(lower[i], "striking" | "protesting" | "demonstrating")
                && mentioned[i + 1]
                && tags[i + 1] == Tag::Noun
            {
                tags[i] = Tag::Noun;
            }
        }
        // Sport and markets: a discard phrase, or a score ("2-1"), takes the sentence out. A
        // one-word discard used as a verb ("demanded that X match", "shares intelligence")
        // does not.
        let discard = self
            .dict
            .discard(text, s.span, |m| {
                let a = toks.partition_point(|t| t.start < m.start);
                let b = toks.partition_point(|t| t.end <= m.end);
                starts(m.start)
                    && ends(m.end)
                    && !(b == a + 1 && matches!(tags.get(a), Some(Tag::Verb(_))))
            })
            .is_some()
            // ("voted 13-0", "a 9-4 vote": a tally is no score.)
            || surface.iter().enumerate().any(|(i, w)| {
                score(w)
                    && !(i > 0 && lower[i - 1].starts_with("vot")
                        || lower.get(i + 1).is_some_and(|n| n.starts_with("vot")))
            });
        let phrases = np::chunk(&lower, &tags, &mention_at);
        let mut sent = Sent {
            idx: si,
            text,
            toks,
            lower,
            tags,
            phrases,
            actors: Vec::new(),
            headline: s.headline,
            discard,
            dates,
            places,
            context: Vec::new(),
            twins: Vec::new(),
            actor_runs: Vec::new(),
        };
        // Countries named before this sentence: context for ambiguous place names.
        sent.context = memory.countries();
        // ...and the countries the sentence itself names ("the Mozambican town of Palma").
        for (_, _, m) in sent.phrases.iter().flat_map(|p| &p.mentions) {
            if let MentionKind::Country(ci, _) = m.kind {
                let code = &self.dict.dicts.countries[ci].code;
                if !sent.context.contains(code) {
                    sent.context.push(code.clone());
                }
            }
        }
        if memory.story_place.is_none() {
            memory.story_place = self.sentence_country(&sent).map(|(c, _)| c);
        }
        let mut actors = Vec::with_capacity(sent.phrases.len());
        for p in &sent.phrases {
            let k = self.resolve(doc, &sent, p, memory);
            if let Some(k) = &k {
                memory.push(k.clone());
            } else if p.pronoun.is_none() && unnamed_person(sent.lower[p.end - 1]) {
                // "Police detained the gunman and charged him": "him" is the gunman, whom no
                // code names, not a person named before.
                let mut k = Known::read_off(String::new(), None, String::new(), si, p.start);
                k.person = true;
                memory.push(k);
            }
            actors.push(k);
        }
        sent.actors = actors;
        // "Troops loyal to Hun Sen", "gunmen loyal to the cleric": armed men with no country
        // of their own serve the country of whom they are loyal to.
        for q in 0..sent.phrases.len() {
            if sent.actors[q].is_some() {
                continue;
            }
            let p = &sent.phrases[q];
            let to = if sent.lower[p.end - 1] == "loyal" {
                p.end
            } else if sent.lower.get(p.end) == Some(&"loyal") {
                p.end + 1
            } else {
                continue;
            };
            if sent.lower.get(to) != Some(&"to") {
                continue;
            }
            let role = p.mentions.iter().find_map(|(_, _, m)| match m.kind {
                MentionKind::Agent(i) => Some(self.dict.dicts.agents[i].role.as_str()),
                _ => None,
            });
            let Some(role) = role.filter(|r| matches!(*r, "MIL" | "COP" | "UAF")) else {
                continue;
            };
            let Some(country) = sent
                .phrase_starting_at(to + 1)
                .and_then(|r| sent.actors[r].as_ref())
                .and_then(|k| k.actor.country())
            else {
                continue;
            };
            let why = format!("'{role}' loyal to an actor of {country}");
            let k = Known::read_off(format!("{country}{role}"), None, why, si, p.start);
            sent.actors[q] = Some(k);
        }
        // "a missile fired by Houthi rebels set tanks ablaze near the Formula One circuit": a
        // sentence with rebels or insurgents in it is news of them, whatever else it names.
        sent.discard = sent.discard
            && !sent
                .actors
                .iter()
                .flatten()
                .any(|k| matches!(k.actor.role().as_deref(), Some("REB" | "INS" | "SEP")));
        // "Kigali rejected the call", "condemned the trip", "called the attack an act of
        // terrorism": a definite event noun stands for whoever did that act in an earlier
        // sentence.
        for q in 0..sent.phrases.len() {
            let own_parties = names_own_parties(&sent, q);
            // ("condemned the excessive use of force": the force used before; "the use of
            // force by Israeli police" names its own party.)
            let end = sent.phrases[q].end;
            let use_of_force = sent.lower[end - 1] == "use"
                && sent.lower.get(end..end + 2) == Some(&["of", "force"][..])
                && !(sent.lower.get(end + 2) == Some(&"by")
                    && sent
                        .phrase_starting_at(end + 3)
                        .is_some_and(|r| sent.actors[r].is_some()));
            if sent.actors[q].is_some()
                || !(sent.phrases[q].definite || gap_antecedent(&sent, q).is_some())
                || own_parties && !use_of_force
            {
                continue;
            }
            // ("called the raid deplorable": past a predicative adjective the chunker took in.)
            let (start, end) = (sent.phrases[q].start, sent.phrases[q].end);
            let last = sent.lower[end - 1];
            let (head, roots) = match event_noun_roots(last) {
                Some(r) => (last, r),
                None if use_of_force => (last, &["17", "18", "19", "20"][..]),
                None if blame_taken_in(&sent.lower[start..end]) => {
                    match event_noun_roots(sent.lower[end - 2]) {
                        Some(r) => (sent.lower[end - 2], r),
                        None => continue,
                    }
                }
                None => continue,
            };
            let by_body = |e: &&Event| {
                roots.is_empty()
                    && (e.source.code.starts_with("IGO") || e.source.code.ends_with("LEG"))
            };
            let told = |e: &&Event| {
                e.sentence < si && (roots.iter().any(|r| e.cameo.code.starts_with(r)) || by_body(e))
            };
            // ("vowed to hunt down the attackers" after troops fought back: the attackers are
            // the latest who were no state's forces, if any.)
            let people = names_doers(head);
            let irregular = |e: &&Event| {
                !matches!(
                    e.source.role.as_deref(),
                    Some("GOV" | "MIL" | "COP" | "SPY")
                )
            };
            let latest = before
                .iter()
                .rev()
                .filter(told)
                .find(|e| !people || irregular(e))
                .or_else(|| before.iter().rev().find(told));
            let Some(e) = latest else {
                // "Australia condemned the coup": with no act told before, a coup is the
                // doing of the army of the country named before the sentence.
                if matches!(head, "coup" | "putsch" | "takeover") {
                    if let Some(c) = memory.recent_country_before(si) {
                        sent.actors[q] = Some(Known::read_off(
                            format!("{c}MIL"),
                            None,
                            format!("'{head}': the army of {c}, the country named before"),
                            si,
                            sent.phrases[q].start,
                        ));
                    }
                }
                continue;
            };
            sent.actors[q] = Some(Known::read_off(
                e.source.code.clone(),
                e.source.name.clone(),
                format!(
                    "'{}' refers to the act of {} in an earlier sentence",
                    sent.span(sent.phrases[q].start, sent.phrases[q].end)
                        .slice(text),
                    e.source
                        .name
                        .clone()
                        .unwrap_or_else(|| e.source.code.clone())
                ),
                si,
                sent.phrases[q].start,
            ));
        }
        // An attack or weapon named with no attacker stands for unidentified armed men (after
        // the event nouns: "condemned the bombing" after a told strike is the striker's).
        // (Collected first: resolving reads the sentence. Empty, and so allocation-free, in
        // the usual sentence.)
        let unnamed: Vec<(usize, Known)> = sent
            .phrases
            .iter()
            .zip(&sent.actors)
            .enumerate()
            .filter(|(_, (_, k))| k.is_none())
            .filter_map(|(q, (p, _))| Some((q, self.unnamed_attacker(&sent, p)?)))
            .collect();
        for (q, k) in unnamed {
            sent.actors[q] = Some(k);
        }
        // "Thai and Cambodian troops": a nationality joined to the next phrase shares its role.
        for q in 0..sent.phrases.len().saturating_sub(1) {
            let (p, r) = (&sent.phrases[q], &sent.phrases[q + 1]);
            let bare = |k: &Option<Known>| {
                k.as_ref()
                    .is_some_and(|k| k.actor.code.len() == 3 && k.actor.basis == Basis::Nationality)
            };
            if r.start == p.end + 1
                && sent.lower[p.end] == "and"
                && p.end - p.start == 1
                && bare(&sent.actors[q])
                && sent.actors[q + 1]
                    .as_ref()
                    .is_some_and(|k| k.actor.basis == Basis::Title(NameForm::Adjective))
            {
                let role = sent.actors[q + 1]
                    .as_ref()
                    .map(|k| k.actor.code[3..].to_string());
                if let (Some(k), Some(role)) = (sent.actors[q].as_mut(), role) {
                    k.actor.code.push_str(&role);
                    k.actor.why = format!("{} + the role of the next phrase", k.actor.why);
                }
            }
        }
        // A titled phrase joined by "and" to the next: "Venezuela's business federation and
        // largest trade union" (a role alone) belongs to the same country; "the ambassadors
        // of Australia and New Zealand" (a country alone) holds the same title.
        for q in 0..sent.phrases.len() {
            let p = &sent.phrases[q];
            if p.end + 1 >= sent.lower.len() || sent.lower[p.end] != "and" {
                continue;
            }
            let Some(code) = sent.actors[q]
                .as_ref()
                .filter(|k| matches!(k.actor.basis, Basis::Title(_)))
                .map(|k| k.actor.code.clone())
            else {
                continue;
            };
            let Some(r) = sent.phrase_starting_at(p.end + 1) else {
                continue;
            };
            let rp = &sent.phrases[r];
            let (country, role) = code.split_at(3);
            // ("U.S. and British warplanes and warships": a nationality's title too, over a
            // country given only by where the sentence happens.)
            let titled_by_nationality = sent.actors[q]
                .as_ref()
                .is_some_and(|k| k.actor.basis == Basis::Title(NameForm::Adjective));
            let open = sent.actors[r].is_none()
                || titled_by_nationality
                    && sent.actors[r]
                        .as_ref()
                        .is_some_and(|k| k.actor.basis == Basis::RoleByPlace);
            if (p.owner_before_poss.is_some() || titled_by_nationality) && open {
                let r_role = rp.mentions.iter().find_map(|(_, _, m)| match m.kind {
                    MentionKind::Agent(i) => Some(self.dict.dicts.agents[i].role.clone()),
                    _ => None,
                });
                let bare = rp.poss_pronoun.is_none()
                    && !rp.definite
                    && rp.names.is_empty()
                    && rp
                        .mentions
                        .iter()
                        .all(|(_, _, m)| matches!(m.kind, MentionKind::Agent(_)));
                if let (true, Some(r_role)) = (bare, r_role) {
                    let mut k = Known::read_off(
                        format!("{country}{r_role}"),
                        None,
                        format!("role {r_role} of {country}, joined to the phrase before"),
                        si,
                        rp.start,
                    );
                    k.plural = true;
                    sent.actors[r] = Some(k);
                }
            } else if p.attach.as_ref().is_some_and(|(_, prep)| prep == "of") {
                if let Some(k) = sent.actors[r]
                    .as_mut()
                    .filter(|k| k.actor.code.len() == 3 && k.actor.basis == Basis::Country)
                {
                    k.actor.code.push_str(role);
                    k.actor.why = format!("{} + the title before it", k.actor.why);
                }
            }
        }
        // "talks between Israel and Hamas": remembered as a pair; so is a sentence opened by
        // two countries' actors ("The Kyrgyz and Tajik presidents agreed ... Moscow called on
        // both sides").
        for q in 0..sent.phrases.len() {
            let p = &sent.phrases[q];
            let opening_pair = p.start == 0
                && sent
                    .phrase_starting_at(p.end + 1)
                    .and_then(|r| {
                        let (a, b) = (sent.actors[q].as_ref()?, sent.actors[r].as_ref()?);
                        Some(a.actor.country_str()? != b.actor.country_str()?)
                    })
                    .unwrap_or(false);
            if !opening_pair && (p.start == 0 || sent.lower[p.start - 1] != "between") {
                continue;
            }
            let r = (sent.lower.get(p.end) == Some(&"and"))
                .then(|| sent.phrase_starting_at(p.end + 1))
                .flatten();
            if let (Some(a), Some(b)) = (&sent.actors[q], r.and_then(|r| sent.actors[r].as_ref())) {
                if a.actor.code != b.actor.code {
                    let pair = Some((a.actor.clone(), b.actor.clone(), si));
                    if opening_pair {
                        memory.opening_pair = pair;
                    } else {
                        memory.between = pair;
                    }
                }
            }
        }
        // "The two sides agreed", "praised both sides": the two parties of the latest act
        // between two actors in the last two sentences, preferring one done both ways, or of
        // the latest "between X and Y" if that is as recent.
        for q in 0..sent.phrases.len() {
            let p = &sent.phrases[q];
            // (A pair described by role alone may have been read as one country's body.)
            let named = p
                .mentions
                .iter()
                .any(|m| matches!(m.2.kind, MentionKind::Country(..) | MentionKind::Actor(_)));
            if named || !pair_anaphor(&sent.lower[p.start..p.end]) {
                continue;
            }
            let recent: Vec<&Event> = before
                .iter()
                .rev()
                .take_while(|e| e.sentence + 2 >= si)
                .filter(|e| e.sentence < si)
                .filter(|e| e.target.as_ref().is_some_and(|t| t.code != e.source.code))
                .collect();
            let both_ways = |e: &&&Event| {
                recent.iter().any(|f| {
                    f.target.as_ref().map(|t| &t.code) == Some(&e.source.code)
                        && e.target.as_ref().map(|t| &t.code) == Some(&f.source.code)
                })
            };
            let resolved = |a: &dyad_model::Actor| memory::Resolved {
                code: a.code.clone(),
                name: a.name.clone(),
                why: String::new(),
                basis: Basis::Other,
            };
            let from_event = recent
                .iter()
                .find(both_ways)
                .or(recent.first())
                .and_then(|e| {
                    Some((
                        resolved(&e.source),
                        resolved(e.target.as_ref()?),
                        e.sentence,
                    ))
                });
            let from_between = memory.between.clone().filter(|(_, _, at)| at + 2 >= si);
            // (Two actors opening a sentence together are the pair only when no act between
            // two parties is as recent: "The US and Britain accused Iran ... The UN urged both
            // sides" means the accusers and the accused.)
            let opening = memory
                .opening_pair
                .clone()
                .filter(|(_, _, at)| at + 2 >= si && *at < si);
            let pair = match (from_event, from_between) {
                (Some(e), Some(b)) => Some(if b.2 >= e.2 { b } else { e }),
                (e, b) => e.or(b),
            };
            let pair = match (pair, opening) {
                (Some(p), Some(o)) => Some(if o.2 > p.2 { o } else { p }),
                (p, o) => p.or(o),
            };
            let Some((x, y, _)) = pair else {
                continue;
            };
            let phrase = sent.span(p.start, p.end).slice(text).to_string();
            let why = format!(
                "'{phrase}': {} and {}, a pair named before",
                x.label(),
                y.label()
            );
            let known = |r: memory::Resolved| {
                let mut k = Known::read_off(r.code, r.name, why.clone(), si, p.start);
                k.plural = true;
                k
            };
            let (a, b) = (known(x), known(y));
            sent.phrases.push(sent.phrases[q].clone());
            sent.actors[q] = Some(a);
            sent.actors.push(Some(b));
            sent.twins.push((q, sent.phrases.len() - 1));
        }
        // "expelled the diplomats of Australia and New Zealand, accusing them": "them" after
        // two actors joined by "and" in its sentence, one of which it was read as, is both.
        for q in 0..sent.phrases.len() {
            if !matches!(sent.phrases[q].pronoun.as_deref(), Some("them")) {
                continue;
            }
            let Some(code) = sent.actors[q].as_ref().map(|k| k.actor.code.clone()) else {
                continue;
            };
            let start = sent.phrases[q].start;
            let pair = sent.joined_pairs().find_map(|(a, b)| {
                let (x, y) = (sent.actors[a].as_ref()?, sent.actors[b].as_ref()?);
                (sent.phrases[b].end <= start && (x.actor.code == code || y.actor.code == code))
                    .then(|| (x.clone(), y.clone()))
            });
            let Some((x, y)) = pair else {
                continue;
            };
            let other = if x.actor.code == code { y } else { x };
            sent.phrases.push(sent.phrases[q].clone());
            sent.actors.push(Some(other));
            sent.twins.push((q, sent.phrases.len() - 1));
        }
        // "Chad and Sudan signed a pact on Monday. They agreed to ...": "they" or "them" read
        // as one of two actors joined by "and" in the sentence before is both.
        if let Some((x, y, _)) = memory.last_pair.as_ref().filter(|p| p.2 + 1 == si).cloned() {
            for q in 0..sent.phrases.len() {
                if !matches!(sent.phrases[q].pronoun.as_deref(), Some("they" | "them"))
                    || sent.twins.iter().any(|t| t.0 == q)
                {
                    continue;
                }
                let code = sent.actors[q].as_ref().map(|k| k.actor.code.clone());
                // (read as neither, or as an actor of its own sentence: "Israeli jets struck
                // them" is not the jets)
                let own = code.as_ref().is_some_and(|c| {
                    sent.phrases[q].pronoun.as_deref() == Some("them")
                        && (0..q)
                            .any(|r| sent.actors[r].as_ref().is_some_and(|k| &k.actor.code == c))
                });
                let start = sent.phrases[q].start;
                let read = |r: &Resolved, why: String| {
                    let mut k = Known::read_off(r.code.clone(), r.name.clone(), why, si, start);
                    k.plural = true;
                    k
                };
                let other = match code {
                    Some(c) if c == x.code => &y,
                    Some(c) if c == y.code => &x,
                    Some(_) if !own => continue,
                    _ => {
                        let why = format!(
                            "'{}': {}, first of two joined in the sentence before",
                            sent.span(start, sent.phrases[q].end).slice(text),
                            x.label()
                        );
                        sent.actors[q] = Some(read(&x, why));
                        &y
                    }
                };
                let why = format!(
                    "'{}': {} and {}, joined in the sentence before",
                    sent.span(sent.phrases[q].start, sent.phrases[q].end)
                        .slice(text),
                    x.label(),
                    y.label()
                );
                let k = read(other, why);
                sent.phrases.push(sent.phrases[q].clone());
                sent.actors.push(Some(k));
                sent.twins.push((q, sent.phrases.len() - 1));
            }
        }
        // (this sentence's pair, for the next)
        let pair = sent.joined_pairs().find_map(|(a, b)| {
            let (x, y) = (sent.actors[a].as_ref()?, sent.actors[b].as_ref()?);
            (!x.unnamed && !y.unnamed).then(|| (x.actor.clone(), y.actor.clone(), si))
        });
        if pair.is_some() {
            memory.last_pair = pair;
        }
        sent.actor_runs = actor_runs(&sent);
        sent
    }

    /// The best verb pattern at token `v`: (pattern, index one past its last word).
    fn match_verb(&self, s: &Sent<'_>, v: usize) -> Option<(&VerbPattern, usize)> {
        for (lemma, _) in self.lex.lookup(s.lower[v]) {
            for pat in self.dict.verb_patterns(lemma) {
                if let Some(end) = match_rest(s, v + 1, &pat.rest) {
                    return Some((pat, end));
                }
            }
        }
        None
    }

    /// For a blocker that only keeps a place from being the object ("meet in", "meet at"), the
    /// verb's own bare pattern ("meet" -> 040).
    fn place_blocked(&self, s: &Sent<'_>, v: usize, blocker: &VerbPattern) -> Option<&VerbPattern> {
        if !matches!(blocker.rest.as_slice(), [PatternWord::Lit(w)] if matches!(w.as_str(), "in" | "at"))
        {
            return None;
        }
        self.lex.lookup(s.lower[v]).iter().find_map(|(lemma, _)| {
            self.dict
                .verb_patterns(lemma)
                .iter()
                .find(|p| p.rest.is_empty() && p.code != "---")
        })
    }

    /// The events of one sentence. "Cuban jets shot down two planes, and Washington condemned
    /// the attack": a definite event noun with no actor stands for whoever did that act
    /// earlier in the same sentence; once the sentence's acts are known, it is read again
    /// with the noun standing for its doer. (Earlier sentences are seen in `prepare`.)
    fn sentence_events(
        &self,
        doc: &Document,
        s: &mut Sent<'_>,
        opts: Options,
        memory: &Memory,
        out: &mut Vec<Event>,
    ) {
        let first_new = out.len();
        self.events_of(doc, s, opts, memory, out);
        let mut changed = false;
        for q in 0..s.phrases.len() {
            let p = &s.phrases[q];
            if s.actors[q].is_some()
                || !(p.definite || gap_antecedent(s, q).is_some())
                || p.pronoun.is_some()
            {
                continue;
            }
            let Some(roots) = event_noun_roots(s.lower[p.end - 1]) else {
                continue;
            };
            // (A resolution, whatever the act, is adopted by an international body or a
            // legislature; not "a vote", which may be an election: "rigging the vote".)
            let by_body = |e: &Event| {
                roots.is_empty()
                    && s.lower[p.end - 1].starts_with("resolution")
                    && (e.source.code.starts_with("IGO") || e.source.code.ends_with("LEG"))
            };
            if names_own_parties(s, q) {
                continue;
            }
            let at = s.toks[p.start].start;
            let Some(e) = out[first_new..].iter().rev().find(|e| {
                // (an act told as done: "did not attack Gaza, and Hamas condemned the
                // attack" names no attacker, whichever modes are coded)
                e.trigger.end <= at
                    && !e.modality.negated
                    && !e.modality.hypothetical
                    && (roots.iter().any(|r| e.cameo.code.starts_with(r)) || by_body(e))
            }) else {
                continue;
            };
            let why = format!(
                "'{}' refers to the act of {} told before in the sentence",
                s.span(p.start, p.end).slice(s.text),
                e.source.name.as_deref().unwrap_or(&e.source.code)
            );
            let k = Known::read_off(
                e.source.code.clone(),
                e.source.name.clone(),
                why,
                s.idx,
                p.start,
            );
            s.actors[q] = Some(k);
            changed = true;
        }
        if changed {
            out.truncate(first_new);
            self.events_of(doc, s, opts, memory, out);
        }
    }

    fn events_of(
        &self,
        doc: &Document,
        s: &Sent<'_>,
        opts: Options,
        memory: &Memory,
        out: &mut Vec<Event>,
    ) {
        if s.discard {
            return;
        }
        let n = s.tags.len();
        let mut prior = PriorSubjects::default();
        // The subjects of the latest verb of violence in this sentence, and where its words end.
        let mut last_attack: Vec<usize> = Vec::new();
        let mut last_attack_at: Option<usize> = None;
        let mut last_event: Option<(String, Vec<usize>, usize)> = None; // code, targets, verb
        let first_new = out.len();
        let reporters = self.reporters(s);
        for v in 0..n {
            let is_verb = matches!(s.tags[v], Tag::Verb(_))
                || matches!(s.tags[v], Tag::Aux(Aux::Have) | Tag::Aux(Aux::Do))
                    && !next_is_verb(s, v);
            if !is_verb {
                continue;
            }
            // "accused Israel of assassinating X and vowed ...": what an accusation is about is
            // no clause that a later verb continues.
            let embedded = matches!(s.tags[v], Tag::Verb(VerbForm::Gerund))
                && v > 0
                && matches!(s.lower[v - 1], "of" | "for" | "against" | "about" | "over");
            // "a resolution calling for a ceasefire": a participle right after a noun phrase
            // modifies it; the clause's subject stays the main one.
            let reduced =
                matches!(s.tags[v], Tag::Verb(VerbForm::Gerund)) && s.phrase_ending_at(v).is_some();
            // "in what Reagan called retaliation": a free relative names, it does not call.
            let naming = s
                .phrase_ending_at(v)
                .is_some_and(|q| s.lower[s.phrases[q].start] == "what")
                && self
                    .lex
                    .lemma(s.lower[v])
                    .is_some_and(|l| NAMING.contains(&l));
            let after_comma = {
                let mut k = v;
                while k > 0 && matches!(s.tags[k - 1], Tag::Adv) {
                    k -= 1;
                }
                k > 0
                    && (s.lower[k - 1] == ","
                        || s.tags[k - 1] == Tag::Conj && k > 1 && s.lower[k - 2] == ",")
            };
            // "Mugabe said the police would not act and accused Britain": a simple past after
            // "and", closing a clause reported with a modal, goes back to the speaker.
            let after_comma = after_comma || self.resumes_main(s, v);
            // ("blamed the New IRA, a dissident group opposed to the peace process, and
            // arrested": a participle describing an apposition is no clause.)
            let appositive = s.tags[v] == Tag::Verb(VerbForm::PastOrParticiple)
                && !self.is_reporting(s, v)
                && s.phrase_ending_at(v).is_some_and(|q| {
                    let a = s.phrases[q].start;
                    a > 1
                        && s.lower[a - 1] == ","
                        && matches!(s.lower[a], "a" | "an" | "the")
                        && s.phrase_ending_at(a - 1)
                            .is_some_and(|r| s.actors[r].is_some())
                });
            let remembers = !embedded && !reduced && !appositive && !self.reduced_passive(s, v);
            if naming || self.blame(s, v).is_some() {
                // ("called the kidnapping a crime and urged ...": the subject goes on.)
                if !naming {
                    let subj = self.subject(s, v, prior.get(after_comma));
                    self.remember(&mut prior, s, v, subj.as_deref().filter(|_| remembers));
                }
                continue;
            }
            let Some((pat, end)) = self.match_verb(s, v) else {
                // Remember subjects of any verb for "X called Y and discussed Z".
                let subj = self.subject(s, v, prior.get(after_comma));
                self.remember(&mut prior, s, v, subj.as_deref().filter(|_| remembers));
                continue;
            };
            // "Obama and Putin met in Zurich": a blocker that keeps a place from being the one
            // met leaves the bare verb to members of a compound subject.
            let (pat, end, mutual_only) = if pat.code == "---" {
                match self.place_blocked(s, v, pat) {
                    Some(bare) => (bare, v + 1, true),
                    None => {
                        // ("seized power and detained the president": the subject goes on.)
                        let subj = self.subject(s, v, prior.get(after_comma));
                        self.remember(&mut prior, s, v, subj.as_deref().filter(|_| remembers));
                        continue;
                    }
                }
            } else if pat.mutual
                && matches!(pat.rest.last(), Some(PatternWord::Lit(w)) if w == "to")
                && end < n
                && matches!(s.tags[end], Tag::Verb(_))
                && self.match_verb(s, end).is_some()
            {
                // "agreed to stop attacks": the inner act, coded as an intention, is the event.
                let subj = self.subject(s, v, prior.get(after_comma));
                self.remember(&mut prior, s, v, subj.as_deref().filter(|_| remembers));
                continue;
            } else {
                (pat, end, pat.mutual)
            };
            let passive = self.is_passive(s, v);
            if !passive && self.background(s, v) {
                continue;
            }
            // "freed three Israeli women held hostage": a participle with its object slot
            // empty describes the phrase before it; they are held, they do not hold.
            if !passive
                && s.tags[v] == Tag::Verb(VerbForm::PastOrParticiple)
                && pat.rest.first() == Some(&PatternWord::Gap)
                && matches!(
                    s.lower.get(v + 1).copied(),
                    Some("hostage" | "hostages" | "captive" | "prisoner")
                )
            {
                continue;
            }
            // "a day after gunmen opened fire on a march, killing 13 people": a participle of
            // violence right after an attack carries on that attack's clause.
            // (Only when no other finite verb stands between: "attacked the town on Monday,
            // and the army responded, killing 20" is the army's.)
            let goes_on = after_comma
                && s.tags[v] == Tag::Verb(VerbForm::Gerund)
                && violent(&pat.code)
                && !last_attack.is_empty()
                && last_attack_at.is_some_and(|a| {
                    (a + 1..v).all(|k| {
                        !matches!(s.tags[k], Tag::Verb(f) if f != VerbForm::Gerund && !f.participle())
                            && !matches!(s.tags[k], Tag::Verb(VerbForm::PastOrParticiple))
                    })
                });
            let shared = if goes_on {
                last_attack.as_slice()
            } else {
                prior.get(after_comma)
            };
            let subjects = self.subject(s, v, shared).unwrap_or_default();
            if violent(&pat.code) && !subjects.is_empty() {
                last_attack.clone_from(&subjects);
                last_attack_at = Some(end.max(v + 1) - 1);
            }
            self.remember(
                &mut prior,
                s,
                v,
                Some(subjects.as_slice()).filter(|_| remembers),
            );
            let (sources, targets) = if passive {
                // "was accused of misusing funds by officials": the agent may come late, but
                // not past another clause.
                let by = (end..n.min(end + 16))
                    .take_while(|&i| {
                        !(matches!(s.tags[i], Tag::Sub | Tag::Modal)
                            || s.tags[i] == Tag::Punct && s.lower[i] != ",")
                    })
                    .find(|&i| s.lower[i] == "by" && s.tags[i] == Tag::Prep);
                let agents = by.map(|b| self.objects(s, b + 1, true)).unwrap_or_default();
                // "were killed in an Israeli air strike": the attack noun names the attacker.
                let instrument = if agents.is_empty() {
                    self.instrument_agent(s, end)
                } else {
                    None
                };
                // "Four children were killed in Israeli shelling in Gaza": victims that name
                // no actor leave the place where it happened as the target.
                let subjects = match instrument {
                    Some((_, after)) if !subjects.iter().any(|&q| s.actors[q].is_some()) => self
                        .place_target(s, v, after, &pat.code)
                        .map(|q| vec![q])
                        .unwrap_or_default(),
                    _ => subjects,
                };
                let agents = match instrument {
                    Some((q, _)) => vec![q],
                    None => agents,
                };
                // "The Interior Ministry said 500 protesters had been detained": an arrest
                // with no agent, reported by the state's own police, army, courts or
                // government, is theirs.
                let agents = if agents.is_empty() && pat.code.starts_with("173") {
                    reporters
                        .iter()
                        .find(|r| r.covers(v))
                        .map(|r| r.speaker)
                        .filter(|&q| {
                            s.actors[q].as_ref().is_some_and(|k| {
                                matches!(
                                    k.actor.role().as_deref(),
                                    Some("GOV" | "COP" | "MIL" | "JUD" | "SPY")
                                )
                            })
                        })
                        .into_iter()
                        .collect()
                } else {
                    agents
                };
                (agents, subjects)
            } else {
                (
                    subjects,
                    self.objects(
                        s,
                        end,
                        pat.rest
                            .last()
                            .is_some_and(|w| matches!(w, PatternWord::Lit(_))),
                    ),
                )
            };
            // "a move that Chisinau denounced as retaliation", "a charge the minister
            // rejected": a relative clause's missing object is the act it follows, which
            // stands for its doer.
            let targets = if targets.is_empty() && !passive {
                sources
                    .iter()
                    .map(|&q| s.phrases[q].start)
                    .min()
                    .map(|at| {
                        if at > 0 && matches!(s.lower[at - 1], "that" | "which") {
                            at - 1
                        } else {
                            at
                        }
                    })
                    .and_then(|at| s.phrase_ending_at(at))
                    .filter(|&a| s.actors[a].is_some() && gap_antecedent(s, a) == Some(v))
                    .map(|a| vec![a])
                    .unwrap_or_default()
            } else {
                targets
            };
            // "gave American diplomats 72 hours to leave Venezuela": who must leave is the
            // target, not the place left.
            let targets = if matches!(pat.rest.last(), Some(PatternWord::Lit(w)) if w == "leave") {
                Vec::new()
            } else {
                targets
            };
            // An unnamed attacker is never a target ("claimed responsibility for a bombing").
            let targets: Vec<usize> = targets
                .into_iter()
                .filter(|&q| !s.actors[q].as_ref().is_some_and(|k| k.unnamed))
                .collect();
            // "urged the militants to free the students": who is urged to act is the target,
            // not whom the act is for.
            let appeal_to_act = pat.code.starts_with("02")
                && pat
                    .rest
                    .windows(2)
                    .any(|w| matches!(w, [PatternWord::Gap, PatternWord::Lit(t)] if t == "to"));
            let targets = if (targets.is_empty() || appeal_to_act)
                && !passive
                && pat.rest.contains(&PatternWord::Gap)
            {
                let objects = targets;
                // "expelled the Russian ambassador", "accused Israel of war crimes": the actor
                // stands inside the pattern's gap (not a place: "in Kabul").
                s.phrases
                    .iter()
                    .enumerate()
                    .find(|(q, p)| {
                        // (the same actor as a source, or a country and one of its own)
                        let sources_own = || {
                            sources.iter().any(|&q0| {
                                let code = |q: usize| {
                                    s.actors[q].as_ref().map_or("", |k| k.actor.code.as_str())
                                };
                                let (a, b) = (code(q0), code(*q));
                                !a.is_empty() && !b.is_empty() && same_or_own(a, b)
                            })
                        };
                        // (the pattern's own noun: "sent a special envoy to")
                        let own_noun = || {
                            (p.start..p.end).any(|t| {
                                pat.rest.iter().any(|w| {
                                    matches!(w, PatternWord::Lit(l) if same_noun(l, s.lower[t]))
                                })
                            })
                        };
                        // "expelled [two Russian diplomats based in Geneva]": the phrase may
                        // run on past the pattern.
                        p.start > v
                            && p.start < end
                            && s.actors[*q].is_some()
                            // ("recalled its envoy", "sent a special envoy to meet": the
                            // sender's own, no target; but "gave its militiamen three days"
                            // after naming the group)
                            && !((p.poss_pronoun.is_some()
                                || own_noun()
                                    && s.actors[*q].as_ref().is_some_and(|k| {
                                        matches!(k.actor.role().as_deref(), Some("GOV" | "MIL"))
                                    }))
                                && sources_own())
                            // (not the pattern's own particle: "called on [Gyurcsany] to
                            // step down")
                            && !(p.start > 0
                                && matches!(s.lower[p.start - 1], "in" | "at" | "on" | "near")
                                && !(p.start == v + 2
                                    && matches!(pat.rest.first(),
                                        Some(PatternWord::Lit(w)) if w == s.lower[v + 1])))
                            // ("send a force of 3,300 troops to": the pattern's own noun,
                            // given a country only by where the sentence happens, is the
                            // sender's)
                            && !(s.actors[*q].as_ref().is_some_and(|k| k.actor.basis == Basis::RoleByPlace)
                                && own_noun())
                    })
                    .map(|(q, _)| self.conjoined(s, q))
                    .unwrap_or(objects)
            } else {
                targets
            };
            // "expelled inspectors of the IAEA", "mobilized reservists for a war against Iraq":
            // a pattern that ends in a noun may have its actor in the phrases after it.
            let targets = if targets.is_empty()
                && !passive
                && matches!(pat.rest.last(), Some(PatternWord::Lit(w))
                    if dyad_text::word_class(w) != dyad_text::WordClass::Preposition)
            {
                let after = s
                    .phrases
                    .iter()
                    .find(|p| p.start < end && end <= p.end)
                    .map_or(end, |p| p.end);
                self.pp_chain(s, after)
            } else {
                targets
            };
            // "threatened on Monday to break relations with X": a time phrase may stand before
            // the infinitive.
            // So may adverbs and short adjuncts: "agreed in principle on Saturday to provide".
            let to_at = {
                let mut e = end;
                for _ in 0..3 {
                    while e < n && s.tags[e] == Tag::Adv {
                        e += 1;
                    }
                    let mut f = e;
                    if f < n && matches!(s.lower[f], "on" | "in" | "at") {
                        f += 1;
                    }
                    match s.phrase_starting_at(f) {
                        Some(q)
                            if temporal_phrase(s, &s.phrases[q])
                                || f > e && s.actors[q].is_none() =>
                        {
                            e = s.phrases[q].end;
                        }
                        _ => break,
                    }
                }
                if e < n && s.tags[e] == Tag::To {
                    e
                } else if end > v + 1
                    && s.lower[end - 1] == "to"
                    && matches!(s.tags.get(end), Some(Tag::Verb(VerbForm::Base)))
                    && matches!(
                        s.lower[end],
                        "help" | "support" | "assist" | "protect" | "defend" | "bolster" | "back"
                    )
                {
                    // "send troops to help Mali's government": the pattern's "to" opens a
                    // purpose.
                    end - 1
                } else {
                    end
                }
            };
            let targets = if targets.is_empty()
                && !passive
                && to_at + 1 < n
                && s.tags[to_at] == Tag::To
                && matches!(s.tags[to_at + 1], Tag::Verb(_))
            {
                // "threatened to impose restrictions on X", "agreed to lift the embargo on X":
                // the target is the infinitive's.
                let v2 = to_at + 1;
                // With no pattern of its own, the infinitive's particle is skipped: "cut off
                // electricity to X".
                let end2 = self
                    .match_verb(s, v2)
                    .filter(|(p, _)| p.code != "---")
                    .map(|(_, e)| e)
                    .unwrap_or_else(|| {
                        let mut e = v2 + 1;
                        while e < n && matches!(s.lower[e], "off" | "up" | "down" | "out" | "back")
                        {
                            e += 1;
                        }
                        e
                    });
                self.objects(s, end2, false)
            } else {
                targets
            };
            // "He held talks with X and signed an agreement": a cooperative act joined to the
            // previous one shares its partner.
            let joined = (0..v)
                .rev()
                .find(|&i| !matches!(s.tags[i], Tag::Adv))
                .is_some_and(|i| s.tags[i] == Tag::Conj);
            let cooperative =
                |c: &str| matches!(c.get(..2), Some("03" | "04" | "05" | "06" | "07" | "08"));
            // "attacked Israeli towns, killing hundreds and taking 240 hostages": violence told
            // in a participle clause falls on the main clause's target.
            let participle = matches!(s.tags[v], Tag::Verb(VerbForm::Gerund))
                && (0..v)
                    .rev()
                    .find(|&i| !matches!(s.tags[i], Tag::Adv))
                    .is_some_and(|i| s.lower[i] == "," || s.tags[i] == Tag::Conj);
            // "accused Israel of ... and vowed a harsh response": so does hostility.
            let hostile = |c: &str| matches!(c.get(..2), Some("11" | "12" | "13"));
            // "telephoned Garcia on Thursday to express her condolences": a purpose
            // infinitive after an act on someone is addressed to them too.
            let purpose = v > 0
                && s.tags[v - 1] == Tag::To
                && last_event
                    .as_ref()
                    .is_some_and(|e| self.governor(s, v - 1) == Some(e.2));
            let targets = if targets.is_empty()
                && !passive
                && (purpose
                    || joined
                        && cooperative(&pat.code)
                        && last_event.as_ref().is_some_and(|(c, _, _)| cooperative(c))
                    || joined
                        && hostile(&pat.code)
                        && last_event.as_ref().is_some_and(|(c, _, _)| hostile(c))
                    || participle
                        && violent(&pat.code)
                        && last_event.as_ref().is_some_and(|(c, _, _)| violent(c)))
            {
                last_event
                    .as_ref()
                    .map(|(_, t, _)| t.clone())
                    .unwrap_or_default()
            } else {
                targets
            };
            // "Israel and Hezbollah agreed to a ceasefire", "X and Y met": with no object, the
            // members of a compound subject act on each other, for acts that go both ways
            // (not "US and British activists staged a protest").
            let targets = if mutual_only { Vec::new() } else { targets };
            let (sources, targets) = (s.with_twins(sources), s.with_twins(targets));
            // ("exchanged prisoners": a release both ways.)
            let mutual = matches!(pat.code.get(..2), Some("03" | "04" | "05" | "06" | "19"))
                || pat.code.starts_with("087")
                || pat.code == "0841"
                    && (s.lower[v].starts_with("exchang") || s.lower[v].starts_with("swap"));
            // ("Canada, Brazil and Colombia backed Mr. Guaido": an object no dictionary
            // names is still an object; they did not back each other.)
            let unnamed_object = {
                let mut e = end;
                while e < n && s.tags[e] == Tag::Adv {
                    e += 1;
                }
                s.phrase_starting_at(e)
                    .is_some_and(|q| !temporal_phrase(s, &s.phrases[q]) && s.actors[q].is_none())
            };
            // "Azerbaijan and Armenia accused each other": any act, both ways.
            let reciprocal = {
                let mut e = end;
                while e < n && s.tags[e] == Tag::Adv {
                    e += 1;
                }
                matches!(
                    (s.lower.get(e).copied(), s.lower.get(e + 1).copied()),
                    (Some("each"), Some("other")) | (Some("one"), Some("another"))
                )
            };
            let (sources, targets) = if targets.is_empty()
                && sources.len() >= 2
                && !passive
                && (mutual && !unnamed_object || reciprocal)
            {
                (sources.clone(), sources)
            } else {
                (sources, targets)
            };
            if mutual_only && targets.is_empty() {
                continue;
            }
            // "Students demonstrated in Jakarta", "troops arrived in Bosnia": a protest, a
            // visit or a deployment with no named target is aimed at the country it happens in.
            let targets = if targets.is_empty() && !passive && !sources.is_empty() && !pat.reverse {
                self.place_target(s, v, end, &pat.code)
                    .map(|q| vec![q])
                    .unwrap_or_default()
            } else {
                targets
            };
            // "complained to the United Nations over Israeli air raids": the complaint's
            // addressee is not its target; what it is about is.
            let targets = if pat.code.starts_with("11")
                && matches!(pat.rest.last(), Some(PatternWord::Lit(w)) if w == "to")
            {
                let after = targets.last().map_or(end, |&q| s.phrases[q].end);
                let about = (after..n.min(after + 5))
                    .take_while(|&i| !matches!(s.tags[i], Tag::Verb(_) | Tag::Sub))
                    .find(|&i| matches!(s.lower[i], "over" | "about" | "against" | "regarding"))
                    .map(|i| self.pp_chain(s, i))
                    .unwrap_or_default();
                if about.is_empty() {
                    targets
                } else {
                    about
                }
            } else {
                targets
            };
            // "threatened to stop negotiations if the United States goes ahead": a threat with
            // no target is aimed at the one whose act is its condition.
            let targets = if targets.is_empty() && !passive && pat.code.starts_with("13") {
                (end..n)
                    .find(|&i| matches!(s.lower[i], "if" | "unless"))
                    .and_then(|i| s.phrase_starting_at(i + 1))
                    .filter(|&q| s.actors[q].is_some())
                    .map(|q| vec![q])
                    .unwrap_or_default()
            } else {
                targets
            };
            // "received weapons from the government": the government gave.
            let (sources, targets) = if pat.reverse && !passive {
                (targets, sources)
            } else {
                (sources, targets)
            };
            // (A protest with no target may still be aimed at the protesters' own state.)
            // ("began a hunger strike to demand the release of political prisoners": those
            // it is for are no target.)
            let code_of = |q: usize| s.actors[q].as_ref().map(|k| k.actor.code.as_str());
            let at_home = !passive
                && pat.code.starts_with("14")
                && targets
                    .iter()
                    .all(|&t| sources.iter().any(|&q| code_of(q) == code_of(t)));
            // "Russia and France called for an immediate ceasefire": an appeal to stop
            // fighting that names no one is aimed at the parties of the fighting told before.
            // "Islamabad vowed to respond": a threat that names no one is aimed at whoever
            // last attacked the one who makes it.
            // (the countries of the act's sources)
            let speakers = || {
                sources
                    .iter()
                    .filter_map(|&q| s.actors[q].as_ref()?.actor.country())
            };
            // "Rabat responded by recalling her": an envoy of the recaller's own country is no
            // target; whom it is recalled from is read as for "recalled its envoy".
            let targets = if pat.code == "161"
                && !targets.is_empty()
                && targets.iter().all(|&t| {
                    let c = s.actors[t].as_ref().and_then(|k| k.actor.country());
                    c.is_some() && speakers().all(|sc| Some(sc) == c)
                }) {
                Vec::new()
            } else {
                targets
            };
            let parties = if targets.is_empty() && !passive && pat.code == "0256" {
                fighting_parties(out, memory, s.idx)
            } else if targets.is_empty() && !passive && pat.code == "138" {
                speakers()
                    .find_map(|c| attacker_of(out, &c, s.idx))
                    .into_iter()
                    .collect()
            } else if targets.is_empty() && !passive && pat.code == "161" {
                // "Brazil recalled its envoy": from whom the latest reduction of relations
                // by another country was aimed at.
                // ("Madrid summoned Morocco's ambassador, and Rabat responded by recalling
                // her": else from whoever last acted against the recaller's country.)
                speakers()
                    .find_map(|c| {
                        shunned_before(out, &c, s.idx).or_else(|| hostile_to(out, &c, s.idx))
                    })
                    .into_iter()
                    .collect()
            } else if targets.is_empty() && !passive && matches!(pat.code.as_str(), "1723" | "1724")
            {
                // "declared martial law on Tuesday", "imposed a dusk-to-dawn curfew": with no
                // one named, on the state's own people.
                speakers()
                    .map(|c| Actor {
                        code: format!("{c}CVL"),
                        country: Some(c.clone()),
                        role: Some("CVL".to_string()),
                        name: None,
                        span: Span::new(0, 0),
                        why: format!("{c}CVL: the state's own people (the order names no one)"),
                    })
                    .collect()
            } else if targets.is_empty() && !passive && pat.code == "175" {
                // "Police fired tear gas after some demonstrators set fire to vehicles": the
                // crowd told in this sentence or the one before.
                crowd_near(memory, s.idx).into_iter().collect()
            } else {
                Vec::new()
            };
            if sources.is_empty() || targets.is_empty() && !at_home && parties.is_empty() {
                continue;
            }
            if !embedded && !at_home {
                last_event = Some((pat.code.clone(), targets.clone(), v));
            }
            let (mut modality, intent) = self.modality(s, v, &reporters);
            let mut code = pat.code.clone();
            let mut refined: Vec<&str> = Vec::new();
            // Violence by a suicide bomber or a car bomb is CAMEO 183, whatever verb tells it
            // ("a suicide bomber killed five officers").
            if matches!(code.get(..2), Some("18" | "19"))
                && sources.iter().any(|&q| {
                    let p = &s.phrases[q];
                    s.lower[p.start..p.end]
                        .windows(2)
                        .any(|w| matches!(w, ["suicide", _] | ["car", "bomb"]))
                })
            {
                code = "183".to_string();
                refined.push("suicide or car bomb");
            }
            // "fired tear gas and pepper spray at protesters": riot-control weapons are
            // violent repression (175), not military force, whichever pattern read the verb.
            if matches!(code.get(..2), Some("18" | "19")) && riot_control(&s.lower[v..end]) {
                code = "175".to_string();
                refined.push("riot-control weapons");
            }
            // "Police and soldiers opened fire on opposition supporters", "troops shot dead
            // three demonstrators": state forces firing on a crowd of dissent repress it (175),
            // as CAMEO tells repression from military engagements.
            let role_of = |q: usize| s.actors[q].as_ref().and_then(|k| k.actor.role());
            // (words of a crowd or its protest; "march" may be the month: "marches",
            // "marched" are not)
            let dissent = || {
                s.lower.iter().any(|w| {
                    crowd_word(w)
                        || w.starts_with("protest")
                        || w.starts_with("demonstrat")
                        || w.starts_with("rall")
                        || w.starts_with("riot")
                        || matches!(
                            *w,
                            "marches" | "marched" | "supporters" | "striking" | "strikers"
                        )
                })
            };
            if matches!(code.as_str(), "180" | "190" | "193")
                && !sources.is_empty()
                && !targets.is_empty()
                && sources
                    .iter()
                    .all(|&q| matches!(role_of(q).as_deref(), Some("COP" | "MIL")))
                && targets
                    .iter()
                    .all(|&q| matches!(role_of(q).as_deref(), Some("CVL" | "OPP" | "EDU" | "LAB")))
                && dissent()
            {
                code = "175".to_string();
                refined.push("state forces on a crowd of dissent");
            }
            // "demanding the government's resignation", "called for the prime minister's
            // ouster": a demand for the resignation of its target is one for a change in
            // leadership (1041).
            if matches!(code.get(..2), Some("10" | "02"))
                && !targets.is_empty()
                && targets.iter().all(|&q| {
                    let p = &s.phrases[q];
                    p.owner_before_poss.is_some()
                        && matches!(
                            s.lower[p.end - 1],
                            "resignation" | "ouster" | "removal" | "impeachment" | "downfall"
                        )
                })
            {
                // (an appeal for it, 0241; a demand, 1041)
                code = if code.starts_with("02") {
                    "0241"
                } else {
                    "1041"
                }
                .to_string();
                refined.push("a resignation demanded");
            }
            // "protesters marched to demand the resignation of X": a crowd demanding a change
            // in leadership demonstrates for it (1411).
            if code == "1041"
                && !sources.is_empty()
                && sources.iter().all(|&q| {
                    let p = &s.phrases[q];
                    s.lower[p.start..p.end].iter().any(|w| crowd_word(w))
                })
            {
                code = "1411".to_string();
                refined.push("demanded by a crowd");
            }
            // Protesters who storm, wreck, fight or seize riot (145), as CAMEO codes violence
            // by demonstrators ("protesters stormed parliament", "seized government
            // buildings"); weapons (193-196) stay what they are, and so does occupying a
            // square (192 by "occupy").
            let seized = code == "192"
                && matches!(
                    self.lex.lemma(s.lower[v]),
                    Some("seize" | "storm" | "capture")
                );
            if (code.starts_with("17") || matches!(code.as_str(), "180" | "190") || seized)
                && sources.iter().any(|&q| {
                    let p = &s.phrases[q];
                    // ("the crowd also attacked Japanese-owned restaurants", "his supporters
                    // stormed the army's headquarters")
                    s.lower[p.start..p.end]
                        .iter()
                        .any(|w| crowd_word(w) || *w == "supporters")
                })
            {
                code = "145".to_string();
                refined.push("violence by protesters");
            }
            // "U.S. troops landed in Haiti": troops arriving in another country are sent to
            // protect or keep the peace (074), not visiting.
            if code == "042"
                && !sources.is_empty()
                && sources.iter().all(|&q| {
                    s.actors[q]
                        .as_ref()
                        .is_some_and(|k| k.actor.role().as_deref() == Some("MIL"))
                })
                && targets.iter().all(|&t| {
                    let country = |q: usize| s.actors[q].as_ref().and_then(|k| k.actor.country());
                    country(t).is_some() && sources.iter().all(|&q| country(q) != country(t))
                })
            {
                code = "074".to_string();
                refined.push("troops arriving");
            }
            // "Isaias welcomed Abiy": welcoming a visitor is hosting (043); welcoming a move,
            // praise (051).
            if code == "051"
                && self.lex.lemma(s.lower[v]) == Some("welcome")
                && !targets.is_empty()
                && targets.iter().all(|&q| {
                    s.actors[q].as_ref().is_some_and(|k| k.person)
                        && s.phrases[q].owner_before_poss.is_none()
                })
            {
                code = "043".to_string();
                refined.push("a visitor welcomed");
            }
            // "Chile's government protested the arrest": a state's protest is an official
            // complaint (114), not a demonstration.
            if code == "140"
                && sources.iter().all(|&q| {
                    s.actors[q].as_ref().is_some_and(|k| {
                        k.actor.country().is_some()
                            && matches!(k.actor.role().as_deref(), None | Some("GOV"))
                    })
                })
                && !targets.is_empty()
            {
                code = "114".to_string();
                refined.push("a state's protest");
            }
            // "captured two Israeli soldiers": people captured by an armed group are taken
            // hostage (181), by a state arrested (173); a town captured is occupied (192).
            if matches!(code.as_str(), "192" | "1711" | "173")
                && matches!(self.lex.lemma(s.lower[v]), Some("capture" | "seize"))
                && !targets.is_empty()
                && targets.iter().all(|&q| {
                    // ("seized government buildings, army headquarters and the state radio
                    // station": places, not people)
                    // (the head: the last word before any "in Sanaa" the phrase holds)
                    let p = &s.phrases[q];
                    let head = (p.start..p.end)
                        .find(|&t| t + 1 < p.end && s.tags[t + 1] == Tag::Prep)
                        .unwrap_or(p.end - 1);
                    let place = site_noun(s.lower[head]) || building_noun(s.lower[head]);
                    let people = s.actors[q].as_ref().is_some_and(|k| {
                        k.person
                            || matches!(
                                k.actor.role().as_deref(),
                                Some("MIL" | "COP" | "GOV" | "CVL" | "REB" | "OPP" | "MED")
                            )
                    })
                    // "seized 200 U.N. peacekeepers": people named by a role word
                    // (data/agents.toml) as the phrase's head, whatever the actor's code.
                    || {
                        let tok = s.toks[head];
                        self.dict
                            .mentions(s.text, tok, |b| b == tok.start, |b| b == tok.end)
                            .iter()
                            .any(|m| matches!(m.kind, MentionKind::Agent(_)))
                    };
                    !place && people
                })
            {
                let armed_group = sources.iter().any(|&q| {
                    s.actors[q].as_ref().is_some_and(|k| {
                        matches!(
                            k.actor.role().as_deref(),
                            Some("REB" | "INS" | "UAF" | "CRM")
                        ) || k.actor.code.starts_with("IMG")
                    })
                });
                code = if armed_group { "181" } else { "173" }.to_string();
                refined.push("people captured");
            }
            // Armed forces withdrawing from a place retreat (0874); 166 is for withdrawing
            // envoys, observers or aid.
            // "UN troops", "peacekeepers" are armed forces whatever their code.
            if code == "166"
                && sources.iter().any(|&q| {
                    let p = &s.phrases[q];
                    s.actors[q]
                        .as_ref()
                        .is_some_and(|k| k.actor.code.ends_with("MIL"))
                        || s.lower[p.start..p.end].iter().any(|w| {
                            matches!(
                                *w,
                                "troops" | "forces" | "soldiers" | "peacekeepers" | "army"
                            )
                        })
                })
            {
                code = "0874".to_string();
                refined.push("armed forces withdraw");
            }
            if intent {
                match intent_code(&code) {
                    Some(c) => {
                        code = c.to_string();
                        refined.push("future intent");
                    }
                    None => modality.hypothetical = true,
                }
                // "will withdraw its force from Chad unless ...": an announced act made
                // conditional on the target is a threat.
                if code.starts_with("03") && s.lower[v..].contains(&"unless") {
                    code = "130".to_string();
                    refined.push("'unless': a threat");
                }
                // "said it would not provide support to Israel": an announced refusal is a
                // rejection (12x), as CAMEO codes "refuse to".
                if modality.negated && !modality.hypothetical {
                    if let Some(c) = refusal_code(&pat.code) {
                        code = c.to_string();
                        modality.negated = false;
                        refined.push("announced refusal");
                    }
                }
            }
            if (modality.negated || modality.hypothetical) && !opts.all_modes {
                continue;
            }
            let why = if code == pat.code {
                pat.why.clone()
            } else {
                format!("{} ({} -> {code})", pat.why, refined.join(", "))
            };
            let act = Act {
                code: &code,
                trigger: (v, end.max(v + 1)),
                modality,
                intent,
                why: &why,
            };
            let place = self.event_place(s, v, &sources, &targets);
            // "Ukrainian jets arrived in Ukraine": no visit is made to one's own country; nor
            // do refugees "arriving in Albania" visit it.
            let home = |si: usize, ti: usize| {
                let (a, b) = (s.actors[si].as_ref(), s.actors[ti].as_ref());
                let same = a.and_then(|a| a.actor.country()).is_some()
                    && a.and_then(|a| a.actor.country()) == b.and_then(|b| b.actor.country());
                code.starts_with("04")
                    && b.is_some_and(|b| b.actor.code.len() == 3)
                    && (same || a.is_some_and(|a| a.actor.role().as_deref() == Some("REF")))
                    // ("evacuated its embassy": no aid to oneself; "put its forces on alert":
                    // a show of force at no one named)
                    || (code == "073" || code.starts_with("15")) && same
            };
            // (An order on the state's own people, or tear gas at its own crowd.)
            let home_order = matches!(pat.code.as_str(), "1723" | "1724" | "175");
            for &si in &sources {
                for &ti in &targets {
                    if !home(si, ti) {
                        out.extend(self.make_event(doc, s, (si, ti), &act, &place, &reporters));
                    }
                }
                if at_home {
                    out.extend(self.protest_at_home(doc, s, si, &act, &place, &reporters));
                }
                for party in &parties {
                    let same_country = s.actors[si].as_ref().is_some_and(|k| {
                        k.actor.country().is_some() && k.actor.country() == party.country
                    });
                    // (An order on the state's own people is aimed at its own country only.)
                    if home_order && !same_country {
                        continue;
                    }
                    let own = !home_order
                        && s.actors[si].as_ref().is_some_and(|k| {
                            k.actor.code == party.code
                                || k.actor.country().is_some() && k.actor.country() == party.country
                        });
                    if !own {
                        let mut target = party.clone();
                        target.span = s.span(v, end);
                        out.extend(self.event_to(doc, s, (si, target), &act, &place, &reporters));
                    }
                }
            }
        }
        self.noun_events(doc, s, opts, &reporters, out);
        self.obligation_events(doc, s, &reporters, out);
        self.allegation_events(doc, s, opts, &reporters, out);
        self.control_appeals(doc, s, opts, &reporters, out);
        for v in 0..n {
            if let Some(q) = self.blame(s, v).filter(|&q| s.actors[q].is_some()) {
                let why = "naming with blame (call X illegal) -> 111";
                self.speech_act(doc, s, (opts, &reporters), v, ("111", why), &[q], out);
            }
        }
        // One sentence, one event per dyad and root: "shelled Kherson, killing three
        // civilians" is one assault, told twice (same source, same root, and one target code
        // a refinement of the other: UKR and UKRCVL; not AFGREB and AFGGOV).
        let mut k = first_new;
        while k < out.len() {
            let e = &out[k];
            let t = e.target.as_ref().map(|t| t.code.as_str()).unwrap_or("");
            // A visit (042, 043) and a meeting during it are two acts: "made a visit to Kyiv,
            // where he met Zelenskiy".
            let visit = |c: &str| matches!(c, "042" | "043");
            // Violence (18-20) told twice is one act: "killed 23 people when they blew
            // themselves up in Tel Aviv"; hostage-taking (181) and assassination (186) are acts
            // of their own.
            // "opened fire on opposition supporters, killing at least 20 people", "struck the
            // Chinese embassy, killing three Chinese journalists": one assault on one country's
            // people, whatever role each telling gives them.
            // (Both tellings violence or repression, not "fired tear gas ... and arrested
            // dozens"; both targets of one country.)
            fn one_assault(o: &Event, e: &Event) -> bool {
                let force = |c: &str| violent(c) || c == "175";
                fn country(x: &Event) -> Option<&str> {
                    x.target.as_ref().and_then(|t| t.country.as_deref())
                }
                force(&o.cameo.code)
                    && force(&e.cameo.code)
                    && country(o).is_some()
                    && country(o) == country(e)
            }
            fn family(c: &str) -> &str {
                match &c[..2] {
                    _ if c.starts_with("181") || c.starts_with("186") => c,
                    "18" | "19" | "20" => "violence",
                    r => r,
                }
            }
            let dup = (first_new..k).find(|&j| {
                let o = &out[j];
                let u = o.target.as_ref().map(|t| t.code.as_str()).unwrap_or("");
                // (One verb's own targets are distinct: "praised both sides".)
                // (Two clauses with subjects of their own are two acts: "police arrested X,
                // and 200 officers raided Y".)
                o.source.code == e.source.code
                    && (o.source.span == e.source.span || family(&o.cameo.code) == "violence")
                    && (o.trigger != e.trigger || t == u)
                    && family(&o.cameo.code) == family(&e.cameo.code)
                    && visit(&o.cameo.code) == visit(&e.cameo.code)
                    && (t.starts_with(u) || u.starts_with(t) || one_assault(o, e))
            });
            match dup {
                // The telling with the finer target stays: "four officers" (AFGCOP) over the
                // place (AFG).
                Some(j) => {
                    let u = out[j].target.as_ref().map_or(0, |t| t.code.len());
                    if t.len() > u {
                        out.swap(j, k);
                    }
                    out.remove(k);
                }
                None => k += 1,
            }
        }
    }

    /// Events named by a noun: "Israeli air strikes on Gaza", "US sanctions on Iran", "Biden's
    /// visit to Kyiv". The source is the actor the noun phrase names (a nationality, a
    /// possessive, a name) or a following "by X"; the target follows the pattern. "The threat of
    /// air strikes", "no talks with" and nouns under a modal or a negation are not facts.
    fn noun_events(
        &self,
        doc: &Document,
        s: &Sent<'_>,
        opts: Options,
        reporters: &[Reporter],
        out: &mut Vec<Event>,
    ) {
        let n = s.tags.len();
        for i in 0..n {
            // A plural noun may have been read as a verb: "US sanctions on Iran".
            if !matches!(s.tags[i], Tag::Noun | Tag::Verb(VerbForm::ThirdSingular)) {
                continue;
            }
            let pats = self.dict.noun_patterns(s.lower[i]);
            // "an attack by Boko Haram fighters on a base": the agent may stand between the
            // noun and the rest of its pattern.
            let agent_first = (s.lower.get(i + 1) == Some(&"by"))
                .then(|| s.phrase_starting_at(i + 2))
                .flatten()
                .filter(|&q| s.actors[q].is_some());
            let Some((pat, end)) = pats.iter().find_map(|p| {
                match_rest(s, i + 1, &p.rest)
                    .or_else(|| {
                        agent_first
                            .filter(|_| !p.rest.is_empty())
                            .and_then(|q| match_rest(s, s.phrases[q].end, &p.rest))
                    })
                    .map(|e| (p, e))
            }) else {
                continue;
            };
            if pat.code == "---" {
                continue;
            }
            // The noun's phrase, or (when the noun was read as a verb) the phrase just before it.
            let Some(pi) = s
                .phrases
                .iter()
                .position(|p| p.start <= i && i < p.end)
                .or_else(|| s.phrase_ending_at(i))
            else {
                continue;
            };
            let phrase = &s.phrases[pi];
            // ("20 aid workers": a bare noun pattern's noun modifying another noun is no act.)
            if pat.rest.is_empty() && phrase.start <= i && i + 1 < phrase.end {
                continue;
            }
            // "renewed negotiations on an Israeli troop pullback", "a deal on a prisoner
            // exchange": what talks or a deal are about has not happened.
            if phrase.start >= 2
                && matches!(s.lower[phrase.start - 1], "on" | "about" | "over" | "for")
            {
                let mut j = phrase.start - 2;
                while j > 0 && (s.tags[j] == Tag::Adv || is_temporal(s.lower[j])) {
                    j -= 1;
                }
                if TOPIC_NOUNS.contains(&s.lower[j]) {
                    continue;
                }
            }
            // The actor must be named before the noun inside its phrase ("Israeli air strikes").
            // (A role word alone names no one: "military cooperation with Moscow".)
            let own = s.actors[pi].as_ref().filter(|_| {
                phrase
                    .mentions
                    .iter()
                    .any(|m| m.0 < i && !matches!(m.2.kind, MentionKind::Agent(_)))
                    || phrase.names.iter().any(|r| r.0 < i)
            });
            let mut targets = self.objects(s, end, true);
            // "the arrest of X by police": the agent after the target.
            let after = targets
                .iter()
                .map(|&q| s.phrases[q].end)
                .max()
                .unwrap_or(end);
            let after = if s.lower.get(after) == Some(&",") && after > end {
                after + 1
            } else {
                after
            };
            let by = if let Some(q) = agent_first.filter(|&q| s.phrases[q].end < end) {
                self.conjoined(s, q)
            } else if end < n && s.lower[end] == "by" {
                self.objects(s, end + 1, true)
            } else if after > end && s.lower.get(after) == Some(&"by") {
                self.objects(s, after + 1, true)
            } else {
                Vec::new()
            };
            // "continued military aid to Mozambique", "gave Tanzania a grant": the noun is the
            // object of a light verb, whose subject is the source and whose first object, if
            // any, the target.
            let light = if own.is_none() && by.is_empty() {
                self.light_verb(s, phrase.start)
            } else {
                None
            };
            if let Some((_, Some(q))) = light {
                if targets.is_empty() {
                    targets = vec![q];
                }
            }
            let source_idx: Option<usize> = if own.is_some() {
                Some(pi)
            } else if let Some((lv, _)) = light {
                self.shared_subject(s, lv).and_then(|v| v.first().copied())
            } else {
                by.first().copied()
            };
            // "carried out an air strike on a gathering in a village in the Sagaing region":
            // an attack or aid with no actor as target aims at the place where it happens.
            if targets.is_empty() && source_idx.is_some() {
                if let Some(q) = self.place_target(s, i, end, &pat.code) {
                    targets = vec![q];
                }
            }
            // "fighting between the army and the RSF": with no source of its own, each side
            // acts on the other.
            let between = matches!(pat.rest.last(), Some(PatternWord::Lit(w)) if w == "between");
            // "between X and Y resumed": Y is the second side even though a verb follows it.
            if between && targets.len() == 1 {
                let e = s.phrases[targets[0]].end;
                if let Some(q) = (s.lower.get(e) == Some(&"and"))
                    .then(|| s.phrase_starting_at(e + 1))
                    .flatten()
                    .filter(|&q| s.actors[q].is_some())
                {
                    targets.push(q);
                }
            }
            let pairs: Vec<(usize, Vec<usize>)> = match source_idx {
                Some(si) if !targets.is_empty() => vec![(si, targets.clone())],
                None if between && targets.len() >= 2 => targets
                    .iter()
                    .map(|&a| (a, targets.iter().copied().filter(|&b| b != a).collect()))
                    .collect(),
                _ => Vec::new(),
            };
            if pairs.is_empty() {
                continue;
            }
            let before = &s.lower[..phrase.start];
            // "no talks with", "no interest in talks with"
            let negated = (phrase.start > 0
                && matches!(s.lower[phrase.start - 1], "no" | "without"))
                || s.lower[phrase.start] == "no"
                || s.lower[phrase.start.saturating_sub(3)..phrase.start]
                    .windows(2)
                    .any(|w| {
                        w[0] == "no" && matches!(w[1], "interest" | "intention" | "plan" | "plans")
                    })
                || before.iter().any(|w| matches!(*w, "not" | "n't" | "never"));
            let hypothetical = (phrase.start > 0 && s.lower[phrase.start - 1] == "of")
                || s.tags[..phrase.start].contains(&Tag::Modal)
                || before.iter().any(|w| matches!(*w, "if" | "unless"));
            let mut modality = Modality {
                negated,
                hypothetical,
            };
            let mut code = pat.code.as_str();
            if let Some((lv, _)) = light {
                // "offered military support to Lebanon" is an intention; "did not extend aid"
                // no act.
                // The verb's modality replaces the noun's ("will give X a grant" is intent).
                let (m, intent) = self.modality(s, lv, reporters);
                modality.negated |= m.negated;
                modality.hypothetical = m.hypothetical;
                if intent || LIGHT_INTENT.contains(&self.lex.lemma(s.lower[lv]).unwrap_or("")) {
                    match intent_code(code) {
                        Some(c) => code = c,
                        None => modality.hypothetical = true,
                    }
                }
            }
            if (modality.negated || modality.hypothetical) && !opts.all_modes {
                continue;
            }
            let act = Act {
                code,
                trigger: (i, end),
                modality,
                intent: false,
                why: &pat.why,
            };
            for (si, targets) in &pairs {
                self.events_to(doc, s, *si, targets, &act, reporters, out);
            }
        }
    }

    /// "Russia said Sudan must return the helicopter", "reiterated its demand that Israel ease
    /// restrictions": what a speaker says another actor must or should do is a demand (CAMEO
    /// 100) by the speaker on that actor. Directive verbs ("demanded that X ...") are coded by
    /// their patterns; this reads the modal and the directive noun.
    fn obligation_events(
        &self,
        doc: &Document,
        s: &Sent<'_>,
        reporters: &[Reporter],
        out: &mut Vec<Event>,
    ) {
        let n = s.tags.len();
        for m in 1..n {
            // The obliged actors: "that Y must", "Y and Z should" or "demand (today) that Y
            // ease".
            let noun = |j: usize| {
                matches!(
                    s.lower[j],
                    "demand" | "demands" | "insistence" | "request" | "requests" | "ultimatum"
                )
            };
            let (targets, trigger) = if s.tags[m] == Tag::Modal
                && matches!(s.lower[m], "must" | "should")
                && s.phrase_ending_at(m).is_some()
            {
                // "Kagame and his Rwandan Patriotic Front must": the actors among the
                // conjoined phrases when the nearest names none.
                let subj = self.subject(s, m, &[]).unwrap_or_else(|| {
                    s.phrase_ending_at(m)
                        .map(|q| self.conjoined_before_any(s, q))
                        .unwrap_or_default()
                });
                (subj, m)
            } else if s.lower[m] == "that" && s.tags[m] == Tag::Sub {
                let mut d = match s.phrase_ending_at(m) {
                    Some(q) if temporal_phrase(s, &s.phrases[q]) => s.phrases[q].start,
                    _ => m,
                };
                while d > 1 && s.tags[d - 1] == Tag::Adv {
                    d -= 1;
                }
                match s.phrase_starting_at(m + 1) {
                    Some(q)
                        if d > 0
                            && noun(d - 1)
                            && matches!(
                                s.tags.get(s.phrases[q].end),
                                Some(Tag::Verb(VerbForm::Base))
                            ) =>
                    {
                        (self.conjoined(s, q), d - 1)
                    }
                    _ => continue,
                }
            } else {
                continue;
            };
            let targets: Vec<usize> = targets
                .into_iter()
                .filter(|&q| s.actors[q].is_some())
                .collect();
            let Some(start) = targets.iter().map(|&q| s.phrases[q].start).min() else {
                continue;
            };
            // The speaker: a reporting verb's ("said that Y must") or the subject of the verb
            // the clause hangs on ("issued a reminder to Iraq that it must").
            // (or after it: "Iran must release them, the French minister said")
            let speaker = reporters
                .iter()
                .find(|r| r.verb < start && r.covers(m))
                .or_else(|| reporters.iter().find(|r| r.verb > m && r.covers(m)))
                .map(|r| r.speaker)
                .or_else(|| {
                    let that = (start.saturating_sub(8)..start)
                        .rev()
                        .find(|&j| s.lower[j] == "that" && s.tags[j] == Tag::Sub)?;
                    let gov = (that.saturating_sub(8)..that)
                        .rev()
                        .find(|&j| matches!(s.tags[j], Tag::Verb(_)))?;
                    self.subject(s, gov, &[])?.first().copied()
                });
            let Some(si) = speaker else {
                continue;
            };
            let act = Act {
                code: "100",
                trigger: (trigger, trigger + 1),
                modality: Modality::default(),
                intent: false,
                why: "what a speaker says another must do -> 100",
            };
            let targets: Vec<usize> = targets.into_iter().filter(|&t| t != si).collect();
            self.events_to(doc, s, si, &targets, &act, reporters, out);
        }
    }

    /// "Obama wants Putin to attack", "Berlin expects Athens to comply": wanting another actor
    /// to act is an appeal to it (020), whatever the act; the act itself is only asked for.
    /// (Verbs of asking, "urge", "call on", have patterns of their own.)
    fn control_appeals(
        &self,
        doc: &Document,
        s: &Sent<'_>,
        opts: Options,
        reporters: &[Reporter],
        out: &mut Vec<Event>,
    ) {
        for v in 0..s.tags.len() {
            if !matches!(s.tags[v], Tag::Verb(_))
                || !self
                    .lex
                    .lemma(s.lower[v])
                    .is_some_and(|l| matches!(l, "want" | "expect" | "need" | "wish"))
            {
                continue;
            }
            let Some(q) = s
                .phrase_starting_at(v + 1)
                .map(|q| s.phrases[q].end)
                .filter(|&to| s.tags.get(to) == Some(&Tag::To))
                .and_then(|to| self.controller(s, v, to))
            else {
                continue;
            };
            let targets = self.conjoined_before(s, q);
            let act = ("020", "wanting another actor to act -> 020");
            self.speech_act(doc, s, (opts, reporters), v, act, &targets, out);
        }
    }

    /// Events of what the subject of the verb at `v` says or wants of `targets`: an
    /// allegation, an appeal; `act` is the code and the rule that gave it.
    #[allow(clippy::too_many_arguments)]
    fn speech_act(
        &self,
        doc: &Document,
        s: &Sent<'_>,
        (opts, reporters): (Options, &[Reporter]),
        v: usize,
        (code, why): (&str, &str),
        targets: &[usize],
        out: &mut Vec<Event>,
    ) {
        // ("expelled the ambassador and called the raid a massacre": a joined verb shares the
        // subject.)
        let Some(speaker) = self.shared_subject(s, v).and_then(|v| v.first().copied()) else {
            return;
        };
        let (modality, _) = self.modality(s, v, reporters);
        if (modality.negated || modality.hypothetical) && !opts.all_modes {
            return;
        }
        let act = Act {
            code,
            trigger: (v, v + 1),
            modality,
            intent: false,
            why,
        };
        self.events_to(doc, s, speaker, targets, &act, reporters, out);
    }

    /// "called the move unfriendly", "branded the attack an act of terrorism": naming an act or
    /// an actor with a word of blame criticises it (111). The object phrase, when the verb at
    /// `v` does that.
    fn blame(&self, s: &Sent<'_>, v: usize) -> Option<usize> {
        if !matches!(s.tags[v], Tag::Verb(_))
            || !self
                .lex
                .lemma(s.lower[v])
                .is_some_and(|l| NAMING.contains(&l))
        {
            return None;
        }
        let q = s.phrase_starting_at(v + 1)?;
        let n = s.tags.len();
        // ("called the expulsions immoral": the adjective the chunker took in; "called the
        // rioting 'criminality'": past a quotation mark.)
        let (a, b) = (s.phrases[q].start, s.phrases[q].end);
        (blame_taken_in(&s.lower[a..b])
            || (b..n.min(b + 7))
                .take_while(|&i| {
                    !matches!(s.tags[i], Tag::Punct | Tag::Sub | Tag::Verb(_))
                        || matches!(s.lower[i], "as" | "'" | "\"" | "‘" | "“")
                })
                .any(|i| BLAME.contains(&s.lower[i])))
        .then_some(q)
    }

    /// One event of `act` from phrase `si` to each of `targets`, each placed on its own.
    #[allow(clippy::too_many_arguments)]
    fn events_to(
        &self,
        doc: &Document,
        s: &Sent<'_>,
        si: usize,
        targets: &[usize],
        act: &Act<'_>,
        reporters: &[Reporter],
        out: &mut Vec<Event>,
    ) {
        for &ti in targets {
            let place = self.event_place(s, act.trigger.0, &[si], &[ti]);
            out.extend(self.make_event(doc, s, (si, ti), act, &place, reporters));
        }
    }

    /// "Israel alleged that the agency's staff took part in the attack", "the US claimed that
    /// ISIL had attacked Iraq": alleging wrongdoing of another actor is an accusation (112) by
    /// the speaker. "Allege" accuses whatever it reports; "claim" and "conclude" only when
    /// what it reports is a conflictual act (CAMEO 10-20). The reported act itself is not
    /// coded as fact. "Say", "insist" and "conclude" also accuse when they report that
    /// another actor was responsible for, or behind, an act of conflict, and "say" criticises
    /// when it reports that another actor is a word of blame.
    fn allegation_events(
        &self,
        doc: &Document,
        s: &Sent<'_>,
        opts: Options,
        reporters: &[Reporter],
        out: &mut Vec<Event>,
    ) {
        let n = s.tags.len();
        for v in 0..n {
            if !matches!(s.tags[v], Tag::Verb(_)) {
                continue;
            }
            let Some(lemma) = self
                .lex
                .lemma(s.lower[v])
                .filter(|l| matches!(*l, "allege" | "claim" | "say" | "insist" | "conclude"))
            else {
                continue;
            };
            // The reported clause: "alleged (on Tuesday) (that) Y VERB ...".
            let mut c = v + 1;
            while c < n && s.tags[c] == Tag::Adv {
                c += 1;
            }
            // "claimed (on Monday) that"
            let at = if c < n && matches!(s.lower[c], "on" | "in" | "at") {
                c + 1
            } else {
                c
            };
            if let Some(q) = s
                .phrase_starting_at(at)
                .filter(|&q| temporal_phrase(s, &s.phrases[q]))
            {
                c = s.phrases[q].end;
            }
            if c < n && s.lower[c] == "that" && s.tags[c] == Tag::Sub {
                c += 1;
            }
            let Some(first) = s.phrase_starting_at(c) else {
                continue;
            };
            // (Most "said" report no blame: look for its words before collecting the clause's
            // subjects.)
            if matches!(lemma, "say" | "insist")
                && !s.lower[c..n.min(c + 16)]
                    .iter()
                    .any(|w| matches!(*w, "behind" | "responsible") || BLAME.contains(w))
            {
                continue;
            }
            let accused = self.conjoined(s, first);
            let after = accused.iter().map(|&q| s.phrases[q].end).max().unwrap_or(c);
            // "Pompeo said Iran was responsible for the attacks", "said Moscow was behind the
            // bombing": saying that another actor did an act of conflict is an accusation (not
            // "responsible for the welfare of civilians", nor "behind Ukraine").
            if !matches!(lemma, "allege" | "claim" | "conclude") {
                let at = if s.lower.get(after + 1) == Some(&"behind") {
                    after + 2
                } else if s.lower.get(after + 1) == Some(&"responsible")
                    && s.lower.get(after + 2) == Some(&"for")
                {
                    after + 3
                } else {
                    n
                };
                let act_named = s.phrase_starting_at(at).is_some_and(|q| {
                    event_noun_roots(s.lower[s.phrases[q].end - 1])
                        .is_some_and(|roots| roots.iter().any(|r| r.starts_with('1')))
                });
                let blamed = after < n && s.tags[after] == Tag::Aux(Aux::Be) && act_named;
                // "said the judges were crooks": naming with blame.
                let named = after + 1 < n
                    && s.tags[after] == Tag::Aux(Aux::Be)
                    && (after + 1..n.min(after + 3))
                        .take_while(|&i| matches!(s.tags[i], Tag::Det | Tag::Adv | Tag::Noun))
                        .any(|i| BLAME.contains(&s.lower[i]));
                if blamed {
                    let act = ("112", "saying another actor was behind an act -> 112");
                    self.speech_act(doc, s, (opts, reporters), v, act, &accused, out);
                } else if named && lemma == "say" {
                    let act = ("111", "saying another actor is a word of blame -> 111");
                    self.speech_act(doc, s, (opts, reporters), v, act, &accused, out);
                }
                continue;
            }
            // The reported verb: the first after its subject, past auxiliaries and adverbs.
            let Some(rv) = (after..n.min(after + 4))
                .find(|&i| !matches!(s.tags[i], Tag::Aux(_) | Tag::Adv | Tag::Neg | Tag::Modal))
                .filter(|&i| matches!(s.tags[i], Tag::Verb(_)))
            else {
                continue;
            };
            // ("investigators concluded that a North Korean submarine sank the warship": a
            // finding of an attack accuses whoever it names, as a claim does.)
            if matches!(lemma, "claim" | "conclude") {
                let conflict = self.match_verb(s, rv).is_some_and(|(p, _)| {
                    p.code
                        .get(..2)
                        .and_then(|r| r.parse::<u8>().ok())
                        .is_some_and(|r| (10..=20).contains(&r))
                });
                if !conflict {
                    continue;
                }
            }
            let act = ("112", "an allegation that another actor did wrong -> 112");
            self.speech_act(doc, s, (opts, reporters), v, act, &accused, out);
        }
    }

    /// Remember `subj` as the subjects of the verb at `v` (see [`PriorSubjects::remember`]),
    /// telling it whether they open a reported clause.
    fn remember(&self, prior: &mut PriorSubjects, s: &Sent<'_>, v: usize, subj: Option<&[usize]>) {
        prior.remember(s, v, subj, self.reported(s, subj));
    }

    /// Whether subjects `subj` open a clause reported by the verb before them ("said the
    /// police would ...", "said that the police ...").
    fn reported(&self, s: &Sent<'_>, subj: Option<&[usize]>) -> bool {
        subj.and_then(|q| q.iter().map(|&q| s.phrases[q].start).min())
            .and_then(|a| self.reporting_before(s, a))
            .is_some()
    }

    /// Whether token `k` is a reporting verb ("said", "told", "announced").
    pub(crate) fn is_reporting(&self, s: &Sent<'_>, k: usize) -> bool {
        matches!(s.tags[k], Tag::Verb(_))
            && self
                .lex
                .lemma(s.lower[k])
                .is_some_and(|l| REPORTING.contains(&l))
    }

    /// The reporting verb right before token `a`, perhaps through "that" ("said [that] | the
    /// police ...").
    pub(crate) fn reporting_before(&self, s: &Sent<'_>, a: usize) -> Option<usize> {
        let mut v = a.checked_sub(1)?;
        if s.lower[v] == "that" {
            v = v.checked_sub(1)?;
        }
        self.is_reporting(s, v).then_some(v)
    }

    /// Whether the simple past at `v`, after "and", closes a reported clause told with a modal
    /// (or "had") and so goes back to the main clause's subject.
    fn resumes_main(&self, s: &Sent<'_>, v: usize) -> bool {
        if v < 2
            || s.lower[v - 1] != "and"
            || !matches!(
                s.tags[v],
                Tag::Verb(VerbForm::Past | VerbForm::PastOrParticiple)
            )
        {
            return false;
        }
        // back to the reporting verb, through a modal ("would not act and accused") or "had"
        // before an unambiguous past ("had left and took"; "had arrested and charged" may
        // share the "had"), and no other clause
        let plain_past = s.tags[v] == Tag::Verb(VerbForm::Past);
        let mut modal = false;
        for k in (v.saturating_sub(16)..v - 1).rev() {
            match s.tags[k] {
                Tag::Modal => modal = true,
                Tag::Aux(Aux::Have) if plain_past => modal = true,
                Tag::Sub | Tag::Conj => return false,
                Tag::Punct => return false,
                Tag::Verb(_) if modal => {
                    // (the reported clause's subject follows the reporting verb)
                    let start = if s.lower.get(k + 1) == Some(&"that") {
                        k + 2
                    } else {
                        k + 1
                    };
                    return s
                        .phrase_starting_at(start)
                        .is_some_and(|q| self.reported(s, Some(&[q])));
                }
                _ => {}
            }
        }
        false
    }

    /// One event from source phrase to target phrase for `act`, with its date, `place` and
    /// attribution; `None` when either phrase names no actor, both name the same one, or the
    /// code is not in the codebook.
    fn make_event(
        &self,
        doc: &Document,
        s: &Sent<'_>,
        (si, ti): (usize, usize),
        act: &Act<'_>,
        place: &Option<dyad_model::EventPlace>,
        reporters: &[Reporter],
    ) -> Option<Event> {
        let (src, tgt) = (s.actors[si].as_ref()?, s.actors[ti].as_ref()?);
        if src.actor.code == tgt.actor.code || si == ti {
            return None;
        }
        // "Pakistan's minister denied any Pakistani involvement": a denial aimed at its own
        // country names no one it answers (see `denial`).
        if act.code.starts_with("016")
            && tgt.actor.code.len() == 3
            && src.actor.country().as_deref() == Some(tgt.actor.code.as_str())
        {
            return None;
        }
        // An unnamed attacker only attacks.
        if tgt.unnamed || src.unnamed && !violent(act.code) {
            return None;
        }
        let target = self.actor(s.span(s.phrases[ti].start, s.phrases[ti].end), tgt);
        self.event_to(doc, s, (si, target), act, place, reporters)
    }

    /// "Cuban dissident X began a hunger strike to demand the release of prisoners": a protest
    /// by a country's own people that names no target is aimed at their state (the country).
    fn protest_at_home(
        &self,
        doc: &Document,
        s: &Sent<'_>,
        si: usize,
        act: &Act<'_>,
        place: &Option<dyad_model::EventPlace>,
        reporters: &[Reporter],
    ) -> Option<Event> {
        let src = s.actors[si].as_ref()?;
        let domestic = src.actor.role().as_deref().is_some_and(people_role);
        let country = src.actor.country().filter(|_| domestic && !src.unnamed)?;
        let (a, b) = act.trigger;
        let target = Actor {
            code: country.clone(),
            country: Some(country.clone()),
            role: None,
            name: None,
            span: s.span(a, b),
            why: format!("{country}, the protesters' own state (no target named)"),
        };
        self.event_to(doc, s, (si, target), act, place, reporters)
    }

    /// The event of `act` from the actor of phrase `si` to `target`.
    fn event_to(
        &self,
        doc: &Document,
        s: &Sent<'_>,
        (si, target): (usize, Actor),
        act: &Act<'_>,
        place: &Option<dyad_model::EventPlace>,
        reporters: &[Reporter],
    ) -> Option<Event> {
        let src = s.actors[si].as_ref()?;
        let Act {
            trigger: (a, b),
            modality,
            ..
        } = *act;
        let (cameo, plover) = self.coded(act.code, modality)?;
        let (date, date_precision) = event_date(s, a, act.intent, doc.date);
        let attribution = reporters
            .iter()
            .find(|r| r.covers(a))
            .and_then(|r| s.actors[r.speaker].as_ref())
            .map(|k| self.actor(r_span(s, reporters, a), k))
            .filter(|x| x.code != src.actor.code);
        Some(Event {
            sentence: s.idx,
            source: self.actor(s.span(s.phrases[si].start, s.phrases[si].end), src),
            target: Some(target),
            cameo,
            plover,
            trigger: s.span(a, b),
            modality,
            attribution,
            why_verb: act.why.to_string(),
            date,
            date_precision,
            place: place.clone(),
        })
    }

    /// The codebook's entry for `code` as an event's CAMEO and PLOVER parts; the PLOVER mode
    /// says when the act is negated or hypothetical.
    fn coded(&self, code: &str, modality: Modality) -> Option<(CameoInfo, Option<Plover>)> {
        let cameo = self.dict.dicts.cameo.get(code)?;
        let plover = (!cameo.plover_type.is_empty()).then(|| Plover {
            event_type: cameo.plover_type.clone(),
            mode: if modality.negated {
                Some("negated".into())
            } else if modality.hypothetical {
                Some("hypothetical".into())
            } else {
                (!cameo.plover_mode.is_empty()).then(|| cameo.plover_mode.clone())
            },
        });
        let info = CameoInfo {
            code: cameo.code.clone(),
            name: cameo.name.clone(),
            goldstein: cameo.goldstein,
            quad_class: cameo.quad_class,
        };
        Some((info, plover))
    }

    fn actor(&self, span: Span, k: &Known) -> Actor {
        Actor {
            code: k.actor.code.clone(),
            country: k.actor.country(),
            role: k.actor.role(),
            name: k.actor.name.clone(),
            span,
            why: k.actor.why.clone(),
        }
    }
}

/// The two parties of the latest fighting told in the last four sentences: the latest act of
/// violence (CAMEO 18-20) between two named actors, or the latest "fighting between X and Y"
/// when that is as recent. Their spans are the words that told them; the caller sets its own.
fn fighting_parties(before: &[Event], memory: &Memory, si: usize) -> Vec<Actor> {
    let recent = |at: usize| at + 4 >= si;
    let violent = recent_event(before, si, |e| {
        violent(&e.cameo.code)
            && e.source.code != "UAF"
            && e.target.as_ref().is_some_and(|t| t.code != e.source.code)
    });
    let between = memory.between.as_ref().filter(|b| recent(b.2));
    let pair = match (violent, between) {
        (Some(e), b) if b.is_none_or(|b| b.2 < e.sentence) => {
            let Some(t) = e.target.clone() else {
                return Vec::new();
            };
            [e.source.clone(), t]
        }
        (_, Some((x, y, _))) => [x, y].map(|r| Actor {
            code: r.code.clone(),
            country: r.country(),
            role: r.role(),
            name: r.name.clone(),
            span: Span::new(0, 0),
            why: String::new(),
        }),
        _ => return Vec::new(),
    };
    pair.into_iter()
        .map(|mut a| {
            a.why = format!(
                "{}: a party to the fighting told before (the appeal names no one)",
                a.name.as_deref().unwrap_or(&a.code)
            );
            a
        })
        .collect()
}

/// Whether CAMEO code `code` is an act of force (roots 18-20: assault, fight, mass violence).
pub(crate) fn violent(code: &str) -> bool {
    matches!(code.get(..2), Some("18" | "19" | "20"))
}

/// The latest act, in sentence `si` or the three before it, whose code `pick` takes, aimed at
/// actor `k` (or its country's) by another: what a denial or a refusal answers.
fn latest_on<'e>(
    events: &'e [Event],
    si: usize,
    k: &Known,
    pick: impl Fn(&str) -> bool,
) -> Option<&'e Event> {
    events.iter().rev().find(|e| {
        e.sentence + 3 >= si
            && pick(&e.cameo.code)
            && e.target
                .as_ref()
                .is_some_and(|t| same_or_own(&t.code, &k.actor.code))
            && !same_or_own(&e.source.code, &k.actor.code)
    })
}

/// The latest event told in the last four sentences before sentence `si` that `pick` takes.
fn recent_event(before: &[Event], si: usize, pick: impl Fn(&Event) -> bool) -> Option<&Event> {
    before
        .iter()
        .rev()
        .take_while(|e| e.sentence + 4 >= si)
        .find(|e| pick(e))
}

/// Who attacked `country` last in the last four sentences: the source of the latest act of
/// force (CAMEO 18-20) aimed at one of its actors by another country's.
fn attacker_of(before: &[Event], country: &str, si: usize) -> Option<Actor> {
    // (An unnamed attacker is credited to its claimant, or dropped, with the attack: see
    // `credit_claims`.)
    let e = recent_event(before, si, |e| {
        violent(&e.cameo.code)
            && e.source.country.as_deref() != Some(country)
            && e.target
                .as_ref()
                .is_some_and(|t| t.country.as_deref() == Some(country))
    })?;
    let mut a = e.source.clone();
    a.why = format!(
        "{}: who attacked {country} before (the threat names no one)",
        a.name.as_deref().unwrap_or(&a.code)
    );
    Some(a)
}

/// Who last acted against `country` (CAMEO 11-17: accused, protested to, threatened, summoned
/// its envoy, reduced relations, coerced) in the last four sentences, being of another country.
fn hostile_to(before: &[Event], country: &str, si: usize) -> Option<Actor> {
    let e = recent_event(before, si, |e| {
        matches!(
            e.cameo.code.get(..2),
            Some("11" | "12" | "13" | "16" | "17")
        ) && e.source.country.as_deref().is_some_and(|c| c != country)
            && e.target
                .as_ref()
                .is_some_and(|t| t.country.as_deref() == Some(country))
    })?;
    let mut a = e.source.clone();
    a.why = format!(
        "{}: who last acted against {country} (the recall names no country)",
        a.name.as_deref().unwrap_or(&a.code)
    );
    Some(a)
}

/// Whom another country than `country` last reduced relations with (CAMEO 16) in the last
/// four sentences: the target of an envoy's recall that names no country.
fn shunned_before(before: &[Event], country: &str, si: usize) -> Option<Actor> {
    let e = recent_event(before, si, |e| {
        e.cameo.code.starts_with("16")
            && e.source.country.as_deref() != Some(country)
            && e.target
                .as_ref()
                .is_some_and(|t| t.country.as_deref() != Some(country))
    })?;
    let mut a = e.target.clone()?;
    a.why = format!(
        "{}: whom relations were reduced with before (the recall names no country)",
        a.name.as_deref().unwrap_or(&a.code)
    );
    Some(a)
}

/// Whether event noun phrase `q` names its own parties after "of" or "by" ("the arrest of X
/// by police"); "the seizure of the city" names none, and its doer is the earlier one.
fn names_own_parties(s: &Sent<'_>, q: usize) -> bool {
    let end = s.phrases[q].end;
    matches!(s.lower.get(end).copied(), Some("of" | "by"))
        && s.phrase_starting_at(end + 1).is_some_and(|r| {
            s.actors[r]
                .as_ref()
                .is_some_and(|k| k.actor.basis != Basis::Place)
        })
}

/// The verb of a relative clause right after phrase `q` that takes the act `q` names as its
/// object: "a move (that) Chisinau denounced", "a charge the minister rejected": an event
/// noun, then "that" or "which" or nothing, then an actor or a pronoun, then the verb. (Not
/// after "after", "following" and the like: "After the attack Israel closed ...".)
fn gap_antecedent(s: &Sent<'_>, q: usize) -> Option<usize> {
    let p = &s.phrases[q];
    if event_noun_roots(s.lower[p.end - 1]).is_none_or(|r| r.is_empty()) {
        return None;
    }
    if p.start > 0
        && matches!(
            s.lower[p.start - 1],
            "after" | "following" | "since" | "despite" | "amid" | "before" | "during"
        )
    {
        return None;
    }
    let mut j = p.end;
    if matches!(s.lower.get(j).copied(), Some("that" | "which")) {
        j += 1;
    }
    let r = s.phrase_starting_at(j)?;
    if s.actors[r].is_none() && s.phrases[r].pronoun.is_none() {
        return None;
    }
    let mut k = s.phrases[r].end;
    // ("Chisinau and Tbilisi both denounced")
    while matches!(s.lower.get(k).copied(), Some("and" | ",")) {
        match s.phrase_starting_at(k + 1) {
            Some(r2) => k = s.phrases[r2].end,
            None => break,
        }
    }
    while k < s.tags.len() && (matches!(s.tags[k], Tag::Adv | Tag::Aux(_)) || s.lower[k] == "both")
    {
        k += 1;
    }
    matches!(s.tags.get(k), Some(Tag::Verb(_))).then_some(k)
}

/// Whether words hold a riot-control weapon: tear gas, water cannon, rubber bullets, pepper
/// spray, stun grenades.
fn riot_control(words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| matches!(*w, "teargas" | "tear-gas" | "pellets"))
        || words.windows(2).any(|w| {
            matches!(
                w,
                ["tear", "gas"]
                    | ["water", "cannon" | "cannons"]
                    | ["rubber" | "plastic", "bullets"]
                    | ["pepper", "spray"]
                    | ["stun", "grenades"]
            )
        })
}

/// A word for a crowd or its members: "protesters", "demonstrators", "the crowd", "rioters",
/// "students" (who march, riot, and are fired on as crowds are).
fn crowd_word(w: &str) -> bool {
    matches!(
        w,
        "protesters"
            | "protester"
            | "protestors"
            | "protestor"
            | "demonstrators"
            | "demonstrator"
            | "crowd"
            | "crowds"
            | "rioters"
            | "rioter"
            | "marchers"
            | "mob"
            | "mobs"
            | "students"
    )
}

/// The crowd told in sentence `si` or the one before ("protesters", "the crowd"), whom tear
/// gas fired at no one named is aimed at.
fn crowd_near(memory: &Memory, si: usize) -> Option<Actor> {
    let k = memory
        .recent(si)
        .find(|k| k.heads.iter().any(|h| crowd_word(h)))?;
    Some(Actor {
        code: k.actor.code.clone(),
        country: k.actor.country(),
        role: k.actor.role(),
        name: k.actor.name.clone(),
        span: Span::new(0, 0),
        why: format!(
            "{}: the crowd told just before (no target named)",
            k.actor.label()
        ),
    })
}

/// Whether two words are the same, or the same noun in singular and plural ("talks", "talk";
/// "sanctions", "sanction").
fn same_noun(a: &str, b: &str) -> bool {
    fn singular(w: &str) -> &str {
        if w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
        {
            &w[..w.len() - 1]
        } else {
            w
        }
    }
    a == b || singular(a) == singular(b)
}

/// Match the words after a pattern's head from token `i`; returns one past the last matched.
fn match_rest(s: &Sent<'_>, i: usize, rest: &[PatternWord]) -> Option<usize> {
    let Some((first, tail)) = rest.split_first() else {
        return Some(i);
    };
    match first {
        PatternWord::Lit(w) => {
            if i < s.lower.len() && same_noun(s.lower[i], w) {
                // "imposed sanctions on Tuesday on the governor": a closing preposition that
                // only introduces a time looks past it for its own.
                if tail.is_empty() {
                    if let Some(q) = s
                        .phrase_starting_at(i + 1)
                        .filter(|&q| temporal_phrase(s, &s.phrases[q]))
                    {
                        let e = s.phrases[q].end;
                        if e < s.lower.len() && s.lower[e] == w.as_str() {
                            return Some(e + 1);
                        }
                        // "agreed on Friday to restore ties": one that takes only a time is
                        // no part of the pattern ("agree on" is not what was done).
                        if dyad_text::word_class(w) == dyad_text::WordClass::Preposition {
                            return None;
                        }
                    }
                }
                return match_rest(s, i + 1, tail);
            }
            // "vowed on Thursday to hunt down": a time may stand before an infinitive's "to"
            // inside a pattern.
            if w == "to"
                && !tail.is_empty()
                && i < s.lower.len()
                && (matches!(s.lower[i], "on" | "in" | "at") || is_temporal(s.lower[i]))
            {
                let at = if matches!(s.lower[i], "on" | "in" | "at") {
                    i + 1
                } else {
                    i
                };
                if let Some(q) = s
                    .phrase_starting_at(at)
                    .filter(|&q| temporal_phrase(s, &s.phrases[q]))
                {
                    let e = s.phrases[q].end;
                    if e < s.lower.len() && s.lower[e] == "to" {
                        return match_rest(s, e + 1, tail);
                    }
                }
            }
            // "held talks [in Qatar this week] with": a place or time adjunct may stand before the
            // preposition that ends a pattern.
            if tail.is_empty() && dyad_text::word_class(w) == dyad_text::WordClass::Preposition {
                let adjunct_start = i < s.lower.len()
                    && (matches!(
                        s.lower[i],
                        "in" | "at"
                            | "on"
                            | "from"
                            | "during"
                            | "this"
                            | "last"
                            | "earlier"
                            | "late"
                            | "early"
                    ) || is_temporal(s.lower[i]));
                if adjunct_start {
                    for j in i + 1..s.lower.len().min(i + 7) {
                        if s.lower[j] == w.as_str() && matches!(s.tags[j], Tag::Prep | Tag::To) {
                            return Some(j + 1);
                        }
                        if !matches!(
                            s.tags[j],
                            Tag::Prep | Tag::Det | Tag::Name | Tag::Noun | Tag::Num | Tag::PossMark
                        ) || s.lower[j] == ","
                        {
                            break;
                        }
                    }
                }
            }
            None
        }
        PatternWord::Gap => {
            // Up to four words, or six when an "and" joins them ("a full and immediate
            // ceasefire", "120 missiles and 90 drones at"), or eight when they are one noun
            // phrase: a list ("tents, blankets and generators to") or a sum ("$315 million in
            // additional humanitarian assistance for").
            let noun_run = |from: usize, to: usize| {
                let w = &s.lower[from..to];
                let sum_or_list = s.tags[from..to].contains(&Tag::Num)
                    // "more than a dozen ballistic missiles at"
                    || w.iter().any(|x| tag::number_word(x))
                    || w.iter().any(|x| matches!(*x, "$" | "€" | "£"))
                    || w.contains(&",") && w.contains(&"and");
                sum_or_list
                    && (from..to).all(|k| {
                        matches!(s.tags[k], Tag::Noun | Tag::Num | Tag::Name | Tag::Det)
                            || matches!(
                                s.lower[k],
                                "$" | "€" | "£" | "%" | "-" | "and" | "in" | "of" | "from"
                            )
                            || s.lower[k] == ","
                                && matches!(s.tags.get(k + 1), Some(Tag::Noun | Tag::Num))
                    })
            };
            // "placed former chief ministers X and Y under house arrest": actors, however
            // long their names, and those joined to them by "and" or commas, fill the gap.
            let e = s.actor_runs.get(i).copied().unwrap_or(0);
            if e > i + 4 {
                if let Some(end) = match_rest(s, e, tail) {
                    return Some(end);
                }
            }
            for skip in 0..=9 {
                let j = i + skip;
                if j > s.lower.len() {
                    break;
                }
                if skip > 0 {
                    let t = s.tags[j - 1];
                    let money = matches!(s.lower[j - 1], "$" | "€" | "£" | "%" | "-");
                    let and = s.lower[j - 1] == "and"
                        && !matches!(s.tags.get(j), Some(Tag::Verb(_)) | None);
                    // "tents, blankets and generators": a comma inside a list of nouns.
                    let listed = s.lower[j - 1] == ","
                        && matches!(s.tags.get(j), Some(Tag::Noun))
                        && s.lower[j..s.lower.len().min(j + 4)].contains(&"and");
                    // "had no interest in talks with": what "no" takes is not done.
                    if s.lower[j - 1] == "no" {
                        break;
                    }
                    // "retaliated with matching duties on": an -ing word before a noun
                    // describes it.
                    let describing = t == Tag::Verb(VerbForm::Gerund)
                        && matches!(s.tags.get(j), Some(Tag::Noun))
                        && j >= 2
                        && matches!(s.tags[j - 2], Tag::Prep | Tag::Det);
                    if !money
                        && !and
                        && !listed
                        && !describing
                        && matches!(
                            t,
                            Tag::Punct | Tag::Verb(_) | Tag::Sub | Tag::Conj | Tag::Modal
                        )
                    {
                        break;
                    }
                    // (or when the words past four are a name: "extradited Russian arms dealer
                    // Viktor Bout to", "dismissed South Korean President Lee Jae-myung's
                    // overtures")
                    if skip > 4
                        // (the "and" may be the next word: "tear gas, water cannon | and
                        // rubber bullets at")
                        && (skip > 6 || !s.lower[i..(j + 1).min(s.lower.len())].contains(&"and"))
                        && !s.tags[i + 4..j]
                            .iter()
                            .all(|t| matches!(t, Tag::Name | Tag::PossMark))
                        && (skip > 8 || !noun_run(i, j))
                    {
                        break;
                    }
                }
                if let Some(e) = match_rest(s, j, tail) {
                    return Some(e);
                }
            }
            None
        }
    }
}

/// `Sent::actor_runs` for a sentence whose actors are resolved.
fn actor_runs(s: &Sent<'_>) -> Vec<usize> {
    let n = s.lower.len();
    let mut runs = vec![0; n];
    for (q, p) in s.phrases.iter().enumerate() {
        if s.actors[q].is_none() || runs[p.start] != 0 {
            continue;
        }
        let mut e = p.end;
        while e + 1 < n && matches!(s.lower[e], "and" | ",") {
            let k = if s.lower[e] == "," && s.lower[e + 1] == "and" {
                e + 2
            } else {
                e + 1
            };
            match s.phrase_starting_at(k).filter(|&r| s.actors[r].is_some()) {
                Some(r) => e = s.phrases[r].end,
                None => break,
            }
        }
        runs[p.start] = e;
    }
    runs
}

/// An attack by unidentified armed men ("a suicide bomber rammed a truck into a post",
/// "gunmen stormed a hotel": role UAF, no name) is the act of whoever claims it in the same
/// or one of the next three sentences; one nobody claims and no place gives a country to is
/// dropped.
fn credit_claims(events: &mut Vec<Event>, claims: &[(usize, Actor)]) {
    let unnamed = |a: &Actor| a.code.ends_with("UAF") && a.name.is_none();
    // (claim's sentence, the unnamed attacker, the attack's target, the claimant)
    let mut credited: Vec<(usize, String, Option<Actor>, &Actor)> = Vec::new();
    for e in events.iter_mut() {
        if !unnamed(&e.source) {
            continue;
        }
        if let Some((c, a)) = claims
            .iter()
            .find(|(c, _)| (e.sentence..=e.sentence + 3).contains(c))
        {
            credited.push((*c, e.source.code.clone(), e.target.clone(), a));
            e.source = a.clone();
        }
    }
    for e in events.iter_mut() {
        let Some(t) = e.target.as_ref().filter(|t| unnamed(t)) else {
            continue;
        };
        // "claimed responsibility for the attack": the claim is aimed at the attack's target,
        // not at the attackers it has just named.
        if let Some((_, _, target, _)) = credited
            .iter()
            .find(|(c, code, _, _)| *c == e.sentence && *code == t.code)
        {
            e.target = target.clone();
        // "Obama condemned the bombings" after the claim: aimed at the claimant.
        } else if let Some((_, _, _, a)) = credited
            .iter()
            .find(|(c, code, _, _)| c.abs_diff(e.sentence) <= 3 && *code == t.code)
        {
            let mut a = (*a).clone();
            a.span = t.span;
            e.target = Some(a);
        }
    }
    // An unnamed attacker nobody claims, and placed nowhere, is no actor: neither the source
    // of its attack nor the target of a condemnation.
    events.retain(|e| e.source.code != "UAF" && e.target.as_ref().is_none_or(|t| t.code != "UAF"));
}

/// A headline restates the story: its events are kept only when the body does not code the
/// same dyad and root.
fn dedupe_headline(events: &mut Vec<Event>, an: &Analysis) {
    let is_head = |e: &Event| an.sentences.get(e.sentence).is_some_and(|s| s.headline);
    let key = |e: &Event| {
        (
            e.source.code.get(..3).map(str::to_string),
            e.target
                .as_ref()
                .and_then(|t| t.code.get(..3).map(str::to_string)),
            e.cameo.code[..2].to_string(),
        )
    };
    let body: std::collections::HashSet<_> =
        events.iter().filter(|e| !is_head(e)).map(key).collect();
    events.retain(|e| !is_head(e) || !body.contains(&key(e)));
}

/// The CAMEO roots of the acts a definite event noun may stand for ("the attack": 18-20),
/// or `None` for a word that names no act.
pub(crate) fn event_noun_roots(head: &str) -> Option<&'static [&'static str]> {
    Some(match head {
                "call" | "calls" | "demand" | "demands" | "appeal" | "request" | "proposal"
                | "offer" | "ultimatum" | "overtures" => &["02", "03", "10"],
                // (an assault or a shooting may be force against a crowd, repression:
                // "condemned the assault" on students)
                "assault" | "attack" | "attacks" | "killing" | "killings" | "shooting"
                | "shootings" => &["18", "19", "20", "175"],
                "strike" | "strikes" | "shelling" | "bombing" | "bombings"
                | "kidnapping" | "kidnappings" | "abduction" | "abductions" | "massacre"
                | "hanging" | "execution" | "executions" | "downing" | "hijacking"
                // ("condemned the assassination", "the ambush")
                | "assassination" | "assassinations" | "murder" | "murders" | "ambush"
                | "atrocity" | "atrocities" | "slaughter" | "sinking" => &["18", "19", "20"],
                // ("condemned the launch" of a missile fired over a neighbour)
                "launch" | "launches" | "test" | "tests" => &["15"],
        // ("Police killed three of the attackers": the people who did it.)
        h if names_doers(h) => &["18", "19", "20"],
                // (an invasion or a seizure may be told as seizing: "seized the palace")
                "invasion" | "seizure" | "capture" => &["17", "18", "19", "20"],
                // (a raid may be told as one on property: "raided a refugee camp", 1711)
                "raid" | "raids" => &["17", "18", "19", "20"],
                "detention" | "arrest" | "arrests" => &["17"],
                // ("opened fire on striking workers, in a crackdown that ...")
                "crackdown" => &["17", "18", "19"],
                // ("the AU and the US condemned the violence": the latest force used, or
                // rioting)
                "violence" | "bloodshed" => &["17", "18", "19", "20", "145"],
                "riots" | "rioting" | "looting" => &["145"],
                "coup" | "putsch" | "takeover" | "mutiny" | "uprising" | "revolt"
                | "rebellion" | "insurrection" => &["17", "18", "19", "20"],
                "visit" | "trip" => &["042", "043"],
                "accusation" | "accusations" | "allegation" | "allegations" | "remarks"
                | "criticism" => &["11", "12"],
                "operation" | "offensive" | "campaign" | "incursion" | "bombardment"
                | "intervention" => &["18", "19", "20"],
                "sanctions" | "embargo" => &["16"],
                // ("Beijing rejected the protest": a diplomatic protest, 11, or a street one)
"protest" | "complaint" | "complaints" => &["114", "14"],
                // (of diplomats, 16; of people, 17)
                "expulsion" | "expulsions" => &["16", "17"],
                // "called the move unfriendly", "rejected the resolution": the latest act of
                // any kind.
                "move" | "decision" | "step" | "measures" | "ruling" | "verdict" => &["0", "1"],
                // (adopted by an international body or a legislature, whatever the act)
                "resolution" | "resolutions" | "vote" => &[],
        _ => return None,
    })
}

/// Whether `head` names the people who carried out an attack ("the attackers", "the
/// kidnappers"): they stand for the attack's source.
fn names_doers(head: &str) -> bool {
    matches!(
        head,
        "attacker"
            | "attackers"
            | "assailant"
            | "assailants"
            | "kidnapper"
            | "kidnappers"
            | "hijacker"
            | "hijackers"
            | "captor"
            | "captors"
            // ("police arrested the suspect at the scene" after a gunman opened fire)
            | "suspect"
            | "gunman"
            | "bomber"
    )
}
