//! The coding stage: a document's sentences, with their dictionary names and verbs, become
//! events.
//!
//! For each sentence: tag the words ([`tag`]), chunk noun phrases and resolve each to an actor
//! ([`np`], with the document's [`memory`] for pronouns, surnames and "the secretary"), then for
//! each verb that a dictionary pattern matches find its subject and objects (active, passive,
//! compound, relative), its modality (negated, hypothetical, future intent) and who reported it.
//! The result is a list of [`Event`]s with byte spans; nothing here formats output.

pub mod memory;
pub mod np;
pub mod tag;

use dyad_dict::{Compiled, Dictionaries, Mention, MentionKind, NameForm, PatternWord, VerbPattern};
use dyad_model::{
    Actor, CameoInfo, DatePrecision, Document, Event, Modality, Plover, Span, TokenKind,
};
use dyad_text::{Analysis, VerbForm, VerbLexicon};
use memory::{group_noun, Known, Memory, Resolved};
use np::Phrase;
use tag::{Aux, Tag};

/// What the coder should write.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Also write negated and hypothetical events (flagged).
    pub all_modes: bool,
}

/// The coder: compiled dictionaries and the verb lexicon, built once, shared by all threads.
#[derive(Debug)]
pub struct Coder {
    dict: Compiled,
    lex: VerbLexicon,
    gaz: &'static dyad_when_where::Gazetteer,
}

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
    "step",
    "speed",
    "accelerate",
];

/// Light verbs that announce rather than do: "offered aid to X", "pledged support".
const LIGHT_INTENT: &[&str] = &["offer", "pledge", "promise"];

/// CAMEO codes whose target, when none is named, is the country where the act takes place:
/// visits and meetings (042-043), aid (07), protests (14), deployments and force posture (15),
/// fighting and attacks (18-20).
const PLACE_AIMED: &[&str] = &["042", "043", "07", "13", "14", "15", "17", "18", "19", "20"];

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

/// Verbs after which "to VERB" is an act that happened.
const REALIZED: &[&str] = &[
    "begin", "start", "continue", "manage", "proceed", "go", "move", "rush", "come",
];

fn is_temporal(w: &str) -> bool {
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

/// Prepositions that put what follows as the place where something happens.
fn is_locative(w: &str) -> bool {
    matches!(
        w,
        "in" | "at" | "near" | "outside" | "inside" | "across" | "throughout" | "around"
    )
}

/// A phrase that only says when: "Wednesday", "this week", "last year", "two days ago".
fn temporal_phrase(s: &Sent<'_>, p: &Phrase) -> bool {
    p.mentions.is_empty()
        && p.pronoun.is_none()
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
}

impl Coder {
    /// A coder over `dicts`.
    pub fn new(dicts: Dictionaries) -> Coder {
        let dict = Compiled::new(dicts);
        let lex = VerbLexicon::new(
            dict.verb_lemmas()
                .chain(REPORTING.iter().copied())
                .chain(INTENT.iter().copied())
                .chain(REALIZED.iter().copied()),
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
        for (si, s) in an.sentences.iter().enumerate() {
            // Guard against pathological "sentences" (a megabyte without punctuation).
            if s.tokens.len() > 400 {
                continue;
            }
            let sent = self.prepare(doc, &an, si, text, &mut memory);
            self.events_of(doc, &sent, opts, &memory, &mut events);
        }
        dedupe_headline(&mut events, &an);
        events
    }

    /// A human-readable trace of how each sentence was read: tags, phrases and the actors
    /// they resolved to. For `dyad explain` and for debugging dictionaries.
    pub fn explain(&self, doc: &Document) -> String {
        use std::fmt::Write;
        let text = doc.text.as_str();
        let an = dyad_text::analyze(text);
        let mut memory = Memory::default();
        let mut out = String::new();
        for si in 0..an.sentences.len() {
            let s = self.prepare(doc, &an, si, text, &mut memory);
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
                    "  discarded: sport or markets news (data/discards.toml)"
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
            let mut evs = Vec::new();
            self.events_of(doc, &s, Options { all_modes: true }, &memory, &mut evs);
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
        let ends = |b: usize| toks.binary_search_by(|t| t.end.cmp(&b)).is_ok();
        let mentions = self.dict.mentions(text, s.span, starts, ends);
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
            let b = toks.partition_point(|t| t.end <= m.span.end);
            if a < b && a < toks.len() {
                // A country adjective glued to "-led", "-backed" is no actor: the tokeniser keeps
                // such words whole, so they never match. Person names followed by "'s" do.
                mention_at[a] = Some((*m, b - a));
                for x in mentioned.iter_mut().take(b).skip(a) {
                    *x = true;
                }
            }
        }
        let tags = tag::tag(&lower, &surface, &is_punct, &is_num, &mentioned, &self.lex);
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
            || surface.iter().any(|w| score(w));
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
        };
        // Countries named before this sentence: context for ambiguous place names.
        sent.context = memory.countries();
        let mut actors = Vec::with_capacity(sent.phrases.len());
        for p in &sent.phrases {
            let k = self.resolve(doc, &sent, p, memory);
            if let Some(k) = &k {
                memory.push(k.clone());
            }
            actors.push(k);
        }
        sent.actors = actors;
        sent
    }

    /// The actor a phrase names, if any.
    fn resolve(
        &self,
        doc: &Document,
        s: &Sent<'_>,
        p: &Phrase,
        memory: &mut Memory,
    ) -> Option<Known> {
        let d = &self.dict.dicts;
        let text = s.text;
        if let Some(pr) = &p.pronoun {
            let k = match pr.as_str() {
                "he" | "she" | "him" | "her" => memory.last_person(),
                "they" | "them" => memory.last_plural(),
                // "Russia said it would ...": a country, organisation or group named in this
                // sentence or the one before.
                "it" => memory.last_thing(s.idx),
                _ => None,
            }?;
            let mut k = k.clone();
            k.actor.why = format!(
                "pronoun '{}' -> {}",
                pr,
                k.actor.name.clone().unwrap_or_else(|| k.actor.code.clone())
            );
            k.sentence = s.idx;
            return Some(k);
        }
        let split = p.attach.as_ref().map(|(t, _)| *t).unwrap_or(p.end);
        // "vice president of Afghanistan", "leaders from the Taliban", "police in Kabul" own
        // their attachment; "the US commander in Iraq" and "envoy to Afghanistan" do not.
        let own_before = p.mentions.iter().any(|(a, _, m)| {
            *a < split && matches!(m.kind, MentionKind::Country(..) | MentionKind::Actor(_))
        });
        let owner_attach = p.attach.as_ref().is_some_and(|(_, prep)| {
            prep == "of" || prep == "from" || (prep == "in" && !own_before)
        });
        let owning = |(a, _, _): &&(usize, usize, Mention)| *a < split || owner_attach;
        let mut heads: Vec<String> = Vec::new();
        let mut role: Option<(String, String)> = None; // role, word
        for (a, _, m) in &p.mentions {
            // An office named as an actor ("US Secretary of Defense" in the Phoenix
            // dictionaries) gives its words as heads too, for "the secretary" later.
            if matches!(m.kind, MentionKind::Actor(_)) {
                heads.push(m.span.slice(text).to_lowercase());
            }
            if let MentionKind::Agent(i) = m.kind {
                let w = m.span.slice(text).to_lowercase();
                heads.push(w.clone());
                if role.is_none() && (*a < split || p.attach.is_none()) {
                    role = Some((d.agents[i].role.clone(), w));
                }
            }
        }
        if role.is_none() {
            if let Some((_, _, m)) = p
                .mentions
                .iter()
                .find(|x| matches!(x.2.kind, MentionKind::Agent(_)))
            {
                if let MentionKind::Agent(i) = m.kind {
                    role = Some((d.agents[i].role.clone(), m.span.slice(text).to_lowercase()));
                }
            }
        }
        // A place right before the role word ("Darfur rebels", "Kirkuk police") gives the
        // role its country, when the place is a region or province, or lies in a country the
        // text names (so that "Ibo elders" is not read as Ibo island in Mozambique).
        let role_at = p.mentions.iter().find_map(|(a, _, m)| match m.kind {
            MentionKind::Agent(_) => Some(*a),
            _ => None,
        });
        let inner_place = role_at.and_then(|ra| {
            let named: Vec<String> = s
                .phrases
                .iter()
                .zip(&s.actors)
                .filter_map(|(_, k)| k.as_ref()?.actor.country())
                .collect();
            s.places
                .iter()
                .filter(|(a, b, _)| p.start <= *a && *b == ra)
                .find_map(|(a, b, m)| {
                    use dyad_when_where::places::PlaceKind;
                    let place = self.gaz.resolve(m, None, &s.context, None)?;
                    let known = matches!(place.kind, PlaceKind::Admin1 | PlaceKind::Region)
                        || s.context.contains(&place.country)
                        || named.contains(&place.country);
                    known.then(|| {
                        (
                            *a,
                            *b,
                            place.country.clone(),
                            m.span.slice(text).to_string(),
                        )
                    })
                })
        });
        let in_place = |t: usize| {
            inner_place
                .as_ref()
                .is_some_and(|(a, b, _, _)| *a <= t && t < *b)
        };
        let name_text = |r: &(usize, usize)| -> String {
            let words: Vec<&str> = (r.0..r.1)
                .filter(|&i| !in_place(i))
                .map(|i| s.toks[i].slice(text))
                .filter(|w| {
                    !matches!(
                        w.trim_end_matches('.'),
                        "Mr" | "Mrs"
                            | "Ms"
                            | "Dr"
                            | "Marshal"
                            | "Sheikh"
                            | "Minister"
                            | "President"
                            | "Secretary"
                            // "South Lebanon", "Western Cambodia": a part of a country
                            | "South"
                            | "North"
                            | "East"
                            | "West"
                            | "Southern"
                            | "Northern"
                            | "Eastern"
                            | "Western"
                            | "Central"
                            | "Southeastern"
                            | "Southwestern"
                            | "Northeastern"
                            | "Northwestern"
                            // a day glued to a place: "in southern Serbia Friday"
                            | "Monday"
                            | "Tuesday"
                            | "Wednesday"
                            | "Thursday"
                            | "Friday"
                            | "Saturday"
                            | "Sunday"
                    )
                })
                .collect();
            words.join(" ")
        };
        let person_name = p.names.iter().map(name_text).find(|n| !n.is_empty());
        let plural_role = role
            .as_ref()
            .is_some_and(|(_, w)| w.ends_with('s') && !w.ends_with("ss"));
        let former = p.former;
        let with_role = |country: &str, role: &Option<(String, String)>| -> String {
            match role {
                Some((r, _)) if former => {
                    format!("{country}ELI{}", if r == "GOV" { "" } else { r })
                }
                Some((r, _)) => format!("{country}{r}"),
                None => country.to_string(),
            }
        };
        let mut found: Option<(Resolved, bool, bool)> = None; // actor, person, group

        // 1. A named actor: a person beats an organisation.
        let actors: Vec<&(usize, usize, Mention)> = p
            .mentions
            .iter()
            .filter(owning)
            .filter(|m| matches!(m.2.kind, MentionKind::Actor(_)))
            .collect();
        let pick = actors
            .iter()
            .find(|m| matches!(m.2.kind, MentionKind::Actor(i) if d.actors[i].is_person()))
            .or_else(|| actors.first());
        if let Some((_, _, m)) = pick {
            if let MentionKind::Actor(i) = m.kind {
                let e = &d.actors[i];
                let code = e.code_on(doc.date).to_string();
                // "the Trump administration", "Putin's government": a person's name before a
                // collective role names that body, in the person's country.
                let after_role = role.as_ref().filter(|_| {
                    e.is_person()
                        && code.len() >= 3
                        && p.mentions.iter().any(|(a, _, mm)| {
                            matches!(mm.kind, MentionKind::Agent(_))
                                && *a
                                    > p.mentions
                                        .iter()
                                        .find(|x| x.2 == *m)
                                        .map(|x| x.0)
                                        .unwrap_or(usize::MAX)
                        })
                });
                if let (Some((r, w)), Some(c)) = (
                    after_role,
                    Resolved {
                        code: code.clone(),
                        name: None,
                        why: String::new(),
                    }
                    .country(),
                ) {
                    if w.ends_with('s')
                        || matches!(
                            w.as_str(),
                            "administration"
                                | "government"
                                | "regime"
                                | "cabinet"
                                | "camp"
                                | "campaign"
                                | "team"
                                | "party"
                                | "allies"
                                | "aides"
                                | "loyalists"
                                | "supporters"
                                | "forces"
                        )
                    {
                        found = Some((
                            Resolved {
                                code: format!("{c}{r}"),
                                name: None,
                                why: format!("'{}' + role '{w}'", m.span.slice(text)),
                            },
                            false,
                            false,
                        ));
                    }
                }
            }
        }
        if let (None, Some((_, _, m))) = (&found, pick) {
            if let MentionKind::Actor(i) = m.kind {
                let e = &d.actors[i];
                let code = e.code_on(doc.date).to_string();
                let name = e.names.first().cloned();
                let mut code = code;
                if former && e.is_person() && code.len() >= 6 {
                    code = format!("{}ELI", &code[..3]);
                }
                // "Arab League Secretary-General Chedli Klibi", "Russian President Boris
                // Yeltsin" in a text dated after they left office: the title in the text says
                // they held it when it was written.
                let at = p
                    .mentions
                    .iter()
                    .find(|x| x.2 == *m)
                    .map_or(usize::MAX, |x| x.0);
                let titled = p
                    .mentions
                    .iter()
                    .any(|(a, _, mm)| matches!(mm.kind, MentionKind::Agent(_)) && *a < at);
                // An opposition leader the text calls "President" had taken office by then.
                let out_of_office = code.ends_with("ELI")
                    || (matches!(code.get(3..), Some("OPP" | "PTY"))
                        && role.as_ref().is_some_and(|(r, _)| r == "GOV"));
                if !former && e.is_person() && out_of_office && titled {
                    let org = p.mentions.iter().find_map(|(a, _, mm)| match mm.kind {
                        MentionKind::Actor(j) if *a < at && !d.actors[j].is_person() => {
                            Some(d.actors[j].code_on(doc.date).to_string())
                        }
                        _ => None,
                    });
                    code = org.unwrap_or_else(|| with_role(&code[..3], &role));
                }
                let why = format!("{}: '{}' -> {}", e.file, m.span.slice(text), code);
                let group = matches!(e.kind.as_deref(), Some("group"))
                    || code.ends_with("REB")
                    || code.ends_with("INS");
                found = Some((
                    Resolved {
                        code,
                        name: if e.is_person() {
                            name
                        } else {
                            e.names.first().cloned()
                        },
                        why,
                    },
                    e.is_person(),
                    group,
                ));
            }
        }
        // 2. A country, with the role its title gives.
        if found.is_none() {
            let country = p
                .mentions
                .iter()
                .filter(owning)
                .find_map(|(a, _, m)| match m.kind {
                    MentionKind::Country(i, form) => Some((*a, i, form, m.span.slice(text))),
                    _ => None,
                });
            // "ethnic Albanians in Serbia": a community of the country where they live; with
            // no such country named, no actor.
            let ethnic = country.is_some_and(|(a, _, form, _)| {
                form == NameForm::Adjective && a > 0 && s.lower[a - 1] == "ethnic"
            });
            let home = if ethnic {
                let own = country.map(|(_, ci, _, _)| d.countries[ci].code.clone());
                // The place the sentence names ("in southeastern Serbia Friday"), other than
                // the community's own nation.
                let located = s.phrases.iter().find_map(|q| {
                    let loc = q.start > 0 && is_locative(s.lower[q.start - 1]);
                    q.mentions.iter().find_map(|(_, _, m)| match m.kind {
                        MentionKind::Country(i, NameForm::Name) if loc => {
                            Some(d.countries[i].code.clone())
                        }
                        _ => None,
                    })
                });
                match self.sentence_country(s).map(|(c, _)| c).or(located) {
                    Some(c) if Some(&c) != own.as_ref() => Some(c),
                    _ => return None,
                }
            } else {
                None
            };
            if let Some((_, ci, form, surface)) = country {
                let code = home.as_ref().unwrap_or(&d.countries[ci].code);
                let role = if home.is_some() && role.is_none() {
                    Some(("CVL".to_string(), "ethnic".to_string()))
                } else {
                    role.clone()
                };
                let formw = match form {
                    NameForm::Name => "country",
                    NameForm::Adjective => "nationality",
                    NameForm::Capital => "capital",
                };
                let r = match (&role, form) {
                    (Some((_, w)), _) => Some(Resolved {
                        code: with_role(code, &role),
                        name: person_name.clone(),
                        why: format!("title '{w}' + {formw} '{surface}'"),
                    }),
                    // "in Algiers" is a place: the country; "Algiers said" the government.
                    (None, NameForm::Capital)
                        if p.start > 0 && is_locative(s.lower[p.start - 1]) =>
                    {
                        Some(Resolved {
                            code: code.clone(),
                            name: None,
                            why: format!("place '{surface}' (a capital) in {code}"),
                        })
                    }
                    (None, NameForm::Capital) => Some(Resolved {
                        code: format!("{code}GOV"),
                        name: None,
                        why: format!("capital '{surface}' stands for the government"),
                    }),
                    // "South Lebanon": compass words are no person's name.
                    (None, NameForm::Name)
                        if person_name.is_none() || p.owner_before_poss.is_some() =>
                    {
                        Some(Resolved {
                            code: code.clone(),
                            name: None,
                            why: format!("country '{surface}'"),
                        })
                    }
                    // "an Indian proposal", "Israeli air strikes", "Palestinians", "Bosnian
                    // Serbs": the nationality stands for the country.
                    (None, NameForm::Adjective)
                        if p.names.is_empty()
                            || p.names.iter().all(|r| {
                                (r.0..r.1).all(|t| p.mentions.iter().any(|m| m.0 <= t && t < m.1))
                            }) =>
                    {
                        Some(Resolved {
                            code: code.clone(),
                            name: None,
                            why: format!("nationality '{surface}'"),
                        })
                    }
                    _ => None,
                };
                if let Some(r) = r {
                    let person = person_name.is_some()
                        || role.as_ref().is_some_and(|(_, w)| !w.ends_with('s'));
                    found = Some((r, person && person_name.is_some(), false));
                }
            }
        }
        // 3. A role with an owner from context: "their senior leader", "the group's spokesman",
        //    "the secretary", "Minister Akar".
        if found.is_none() {
            if let Some(name) = &person_name {
                if let Some(r) = memory.by_name(name) {
                    let mut r = r.clone();
                    r.why = format!("name '{name}' known from earlier in the document");
                    found = Some((r, true, false));
                }
            }
        }
        if found.is_none() {
            if let Some((rcode, w)) = &role {
                let owner: Option<Known> = if let Some(pp) = &p.poss_pronoun {
                    match pp.as_str() {
                        "their" => memory.last_plural().cloned(),
                        "his" | "her" => memory.last_person().cloned(),
                        "its" => memory.last_thing(s.idx).cloned(),
                        _ => None,
                    }
                } else if p.owner_before_poss.is_some() || p.definite {
                    // "the militant group's spokesman" / "the group" / "the secretary"
                    let first = w.as_str();
                    if group_noun(first) || heads.iter().any(|h| group_noun(h)) {
                        memory.last_group().cloned()
                    } else if p.definite && !plural_role {
                        memory.by_head(first).cloned().or_else(|| {
                            first
                                .split(' ')
                                .next_back()
                                .and_then(|x| memory.by_head(x))
                                .cloned()
                        })
                    } else {
                        None
                    }
                } else {
                    None
                };
                if let Some(o) = owner {
                    let own_role = p.owner_before_poss.is_some() || p.poss_pronoun.is_some();
                    let code = if own_role && !o.group {
                        o.actor
                            .country()
                            .map(|c| format!("{c}{rcode}"))
                            .unwrap_or_else(|| o.actor.code.clone())
                    } else {
                        o.actor.code.clone()
                    };
                    let why = format!(
                        "'{}' refers back to {}",
                        s.span(p.start, p.end).slice(text),
                        o.actor.name.clone().unwrap_or_else(|| o.actor.code.clone())
                    );
                    let person = person_name.is_some() || (!own_role && o.person);
                    found = Some((
                        Resolved {
                            code,
                            name: person_name.clone().or(if own_role {
                                None
                            } else {
                                o.actor.name.clone()
                            }),
                            why,
                        },
                        person,
                        o.group && !own_role,
                    ));
                }
            }
        }
        if found.is_none() && p.mentions.is_empty() {
            if let Some(name) = &person_name {
                if let Some(r) = memory.by_name(name) {
                    let mut r = r.clone();
                    r.why = format!("name '{name}' known from earlier in the document");
                    found = Some((r, true, false));
                }
            }
        }
        // 4. A role with no country of its own ("police", "five officers", "protesters") takes
        //    the country where the sentence happens: "police in Tbilisi arrested protesters".
        //    Only for domestic roles, and not for a titled person, whose nationality a place
        //    does not tell.
        //    A place inside the phrase gives its country to any role: "Darfur rebels".
        if found.is_none() && p.pronoun.is_none() && person_name.is_none() {
            if let Some((r, w)) = &role {
                if let Some((_, _, c, name)) = &inner_place {
                    found = Some((
                        Resolved {
                            code: with_role(c, &role),
                            name: None,
                            why: format!("role '{w}' ({r}) of '{name}' ({c})"),
                        },
                        false,
                        !matches!(r.as_str(), "GOV" | "MIL" | "COP" | "JUD" | "LEG"),
                    ));
                }
            }
        }
        if found.is_none()
            && p.pronoun.is_none()
            && p.poss_pronoun.is_none()
            && !p.definite
            && person_name.is_none()
        {
            if let (Some((r, w)), Some((c, why))) = (&role, self.sentence_country(s)) {
                let domestic = matches!(
                    r.as_str(),
                    "COP"
                        | "MIL"
                        | "CVL"
                        | "JUD"
                        | "LEG"
                        | "MED"
                        | "EDU"
                        | "HLH"
                        | "REF"
                        | "OPP"
                        | "BUS"
                        | "LAB"
                        | "HRI"
                        | "AGR"
                        | "REL"
                        | "RAD"
                );
                if domestic && !group_noun(w) {
                    found = Some((
                        Resolved {
                            code: with_role(&c, &role),
                            name: person_name.clone(),
                            why: format!("role '{w}' ({r}) in {why}"),
                        },
                        false,
                        false,
                    ));
                }
            }
        }
        // 5. A place named on its own stands for its country, as in the peers' dictionaries:
        //    "shelled the city of Kherson", "Bannu was attacked".
        if found.is_none() && p.mentions.is_empty() && p.pronoun.is_none() {
            let covered = |t: usize| {
                s.tags[t] == Tag::Det || s.places.iter().any(|(a, b, _)| *a <= t && t < *b)
            };
            if (p.start..p.end).all(covered) {
                if let Some((_, _, m)) = s
                    .places
                    .iter()
                    .find(|(a, b, _)| p.start <= *a && *b <= p.end)
                {
                    let of_place = p.start >= 2
                        && s.lower[p.start - 1] == "of"
                        && matches!(
                            s.lower[p.start - 2],
                            "city" | "town" | "village" | "province" | "region"
                        );
                    let big = |pl: &dyad_when_where::Place| {
                        pl.kind != dyad_when_where::places::PlaceKind::City
                            || pl.population >= 50_000
                            || of_place
                    };
                    if let Some(place) = self
                        .gaz
                        .resolve(m, None, &memory.countries(), None)
                        .filter(|pl| big(pl))
                    {
                        found = Some((
                            Resolved {
                                code: place.country.clone(),
                                name: None,
                                why: format!("place '{}' in {}", m.span.slice(text), place.country),
                            },
                            false,
                            false,
                        ));
                    }
                }
            }
        }
        let (actor, person, group) = found?;
        if let Some(name) = &person_name {
            memory.name(name, &actor);
        }
        if let MentionKind::Actor(_) = p
            .mentions
            .iter()
            .find(|m| matches!(m.2.kind, MentionKind::Actor(_)))
            .map(|m| m.2.kind)
            .unwrap_or(MentionKind::Agent(0))
        {
            if let Some(n) = &actor.name {
                memory.name(n, &actor);
            }
        }
        Some(Known {
            actor,
            heads,
            person,
            // "Radical French farmers": the head noun tells the number too.
            plural: plural_role
                || group
                || (p.names.is_empty() && {
                    let head = s.lower[p.end - 1];
                    head.len() > 3
                        && head.ends_with('s')
                        && !head.ends_with("ss")
                        && s.tags[p.end - 1] == Tag::Noun
                }),
            group: group || role.as_ref().is_some_and(|(_, w)| group_noun(w)),
            sentence: s.idx,
        })
    }

    /// The place an event at token `v` happened: the located place mention nearest to it ("in
    /// Tajikistan", "near Kherson", "the city of Aleppo", "Khost province", "Afghanistan's
    /// Khost province"), never one of the event's own actors.
    fn event_place(
        &self,
        s: &Sent<'_>,
        v: usize,
        sources: &[usize],
        targets: &[usize],
    ) -> Option<dyad_model::EventPlace> {
        use dyad_when_where::places::PlaceKind;
        const DIVISION: &[&str] = &[
            "province",
            "region",
            "state",
            "district",
            "governorate",
            "county",
            "oblast",
            "prefecture",
        ];
        const SETTLEMENT: &[&str] = &[
            "city",
            "town",
            "village",
            "capital",
            "port",
            "outskirts",
            "suburb",
            "resort",
        ];
        let actor_spans: Vec<(usize, usize)> = sources
            .iter()
            .chain(targets)
            .map(|&p| (s.phrases[p].start, s.phrases[p].end))
            .collect();
        let at = |k: usize| s.lower.get(k).copied().unwrap_or("");
        let mut best: Option<(usize, usize)> = None; // (distance, index into s.places)
        for (k, (a, b, _)) in s.places.iter().enumerate() {
            let (a, b) = (*a, *b);
            let prep = a > 0
                && matches!(
                    at(a - 1),
                    "in" | "at"
                        | "near"
                        | "outside"
                        | "inside"
                        | "across"
                        | "around"
                        | "throughout"
                        | "into"
                        | "to"
                        | "from"
                );
            let of_place = a >= 2
                && at(a - 1) == "of"
                && SETTLEMENT.iter().chain(DIVISION).any(|w| *w == at(a - 2));
            let the_place = a >= 2
                && at(a - 1) == "the"
                && matches!(at(a - 2), "in" | "at" | "near" | "across");
            let named = DIVISION.contains(&at(b)) || SETTLEMENT.contains(&at(b));
            let inside_actor = actor_spans.iter().any(|(x, y)| *x <= a && b <= *y) && !prep;
            if !(prep || of_place || the_place || named) || inside_actor {
                continue;
            }
            // Same clause only: no other verb or subordinator between the trigger and the place.
            let (lo, hi) = if a > v { (v + 1, a) } else { (b, v) };
            if (lo..hi).any(|t| matches!(s.tags[t], Tag::Verb(_) | Tag::Aux(_) | Tag::Sub)) {
                continue;
            }
            let d = if a > v { a - v } else { v - b.min(v) };
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, k));
            }
        }
        let (_, mut k) = best?;
        // "the Kashmir resort of Pahalgam": the place the phrase is about comes after "of".
        if let Some(k2) = s.places.iter().position(|(a2, _, _)| {
            *a2 > s.places[k].1 && *a2 <= s.places[k].1 + 4 && at(*a2 - 1) == "of"
        }) {
            k = k2;
        }
        let (a, b, m) = &s.places[k];
        // Context: the document so far, and this sentence's other actors and places ("the
        // Atlanta mayor" makes "Georgia" the state).
        let mut context = s.context.clone();
        for (q, p) in s.phrases.iter().enumerate() {
            let overlaps = p.start < *b && *a < p.end;
            if let (false, Some(c)) = (
                overlaps,
                s.actors[q].as_ref().and_then(|k| k.actor.country()),
            ) {
                context.insert(0, c);
            }
        }
        for (x, _, m2) in &s.places {
            if x != a {
                if let Some(p) = self.gaz.resolve(m2, None, &[], None) {
                    context.insert(0, p.country.clone());
                }
            }
        }
        let s_context = context;
        let (mut a, mut b, mut m) = (*a, *b, m);
        let mut within: Option<String> = None;
        // "Afghanistan's Khost province": the inner place, inside the country.
        if at(b) == "'s" {
            if let Some((a2, b2, m2)) = s.places.iter().find(|(x, _, _)| *x == b + 1) {
                within = self
                    .gaz
                    .resolve(m, None, &s_context, Some(PlaceKind::Country))
                    .filter(|p| p.kind == PlaceKind::Country)
                    .map(|p| p.country.clone());
                (a, b, m) = (*a2, *b2, m2);
            }
        }
        // "Kabul, Afghanistan", "Paris, Texas"
        if within.is_none() && at(b) == "," {
            if let Some((_, _, m2)) = s.places.iter().find(|(x, _, _)| *x == b + 1) {
                let outer = self.gaz.resolve(m2, None, &s_context, None);
                within = outer.map(|p| p.country.clone());
                if let Some(o) = outer.filter(|o| o.kind == PlaceKind::Admin1) {
                    let inner = m
                        .candidates
                        .iter()
                        .map(|&i| self.gaz.place(i))
                        .find(|p| p.country == o.country && p.admin1 == o.admin1);
                    if let Some(p) = inner {
                        return Some(event_place(p, s.span(a, b)));
                    }
                }
            }
        }
        let prefer = if DIVISION.contains(&at(b)) {
            Some(PlaceKind::Admin1)
        } else if SETTLEMENT.contains(&at(b))
            || (a >= 2 && at(a - 1) == "of" && SETTLEMENT.contains(&at(a - 2)))
        {
            Some(PlaceKind::City)
        } else {
            None
        };
        let p = self
            .gaz
            .resolve(m, within.as_deref(), &s_context, prefer)
            .or_else(|| self.gaz.resolve(m, None, &s_context, prefer))?;
        Some(event_place(p, s.span(a, b)))
    }

    /// The country a sentence happens in: a country or capital named on its own after a place
    /// preposition ("in Tbilisi", "outside Kabul"; not "near the Gaza border").
    fn sentence_country(&self, s: &Sent<'_>) -> Option<(String, String)> {
        let d = &self.dict.dicts;
        let text = s.text;
        // Not the place of a closing attribution: ", relief officials in Nairobi said."
        let n = s.tags.len();
        let said = (n.saturating_sub(12)..n).rev().find(|&v| {
            matches!(s.tags[v], Tag::Verb(_))
                && self
                    .lex
                    .lemma(s.lower[v])
                    .is_some_and(|l| REPORTING.contains(&l))
        });
        let end = said
            .and_then(|v| (0..v).rev().find(|&j| s.lower[j] == ","))
            .unwrap_or(n);
        for p in s.phrases.iter().filter(|p| p.end <= end) {
            for (_, _, m) in &p.mentions {
                if let MentionKind::Country(ci, form) = m.kind {
                    let located = p.start > 0 && is_locative(s.lower[p.start - 1]);
                    let bare = p.mentions.len() == 1
                        && (p.start..p.end).all(|t| {
                            s.tags[t] == Tag::Det
                                || (m.span.start <= s.toks[t].start && s.toks[t].end <= m.span.end)
                        });
                    if located && bare && form != NameForm::Adjective {
                        return Some((
                            d.countries[ci].code.clone(),
                            format!("'{}'", m.span.slice(text)),
                        ));
                    }
                }
            }
        }
        // A gazetteer place after a place preposition: "in Bannu", "near Baidoa".
        for (a, b, m) in s.places.iter().filter(|(_, b, _)| *b <= end) {
            let of_place = *a >= 2
                && s.lower[*a - 1] == "of"
                && matches!(
                    s.lower[*a - 2],
                    "city" | "town" | "village" | "province" | "region" | "district" | "capital"
                );
            let located = of_place || *a > 0 && is_locative(s.lower[*a - 1]);
            let bare = s.phrases.iter().any(|p| p.start == *a && p.end == *b);
            if located && bare {
                if let Some(place) = self.gaz.resolve(m, None, &[], None) {
                    return Some((
                        place.country.clone(),
                        format!("'{}' ({})", m.span.slice(text), place.country),
                    ));
                }
            }
        }
        None
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

    fn events_of(
        &self,
        doc: &Document,
        s: &Sent<'_>,
        opts: Options,
        _memory: &Memory,
        out: &mut Vec<Event>,
    ) {
        if s.discard {
            return;
        }
        let n = s.tags.len();
        let mut last_subjects: Vec<usize> = Vec::new();
        let mut last_event: Option<(String, Vec<usize>)> = None; // code and targets
        let first_new = out.len();
        let reporters = self.reporters(s);
        for v in 0..n {
            let is_verb = matches!(s.tags[v], Tag::Verb(_))
                || matches!(s.tags[v], Tag::Aux(Aux::Have) | Tag::Aux(Aux::Do))
                    && !next_is_verb(s, v);
            if !is_verb {
                continue;
            }
            let Some((pat, end)) = self.match_verb(s, v) else {
                // Remember subjects of any verb for "X called Y and discussed Z".
                if let Some(subj) = self.subject(s, v, &last_subjects) {
                    last_subjects = subj;
                }
                continue;
            };
            if pat.code == "---" {
                continue;
            }
            let passive = self.is_passive(s, v);
            let subjects = self.subject(s, v, &last_subjects).unwrap_or_default();
            if !subjects.is_empty() {
                last_subjects = subjects.clone();
            }
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
                let agents = if agents.is_empty() {
                    self.instrument_agent(s, end).into_iter().collect()
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
            let targets = if targets.is_empty() && !passive && pat.rest.contains(&PatternWord::Gap)
            {
                // "expelled the Russian ambassador", "accused Israel of war crimes": the actor
                // stands inside the pattern's gap (not a place: "in Kabul").
                s.phrases
                    .iter()
                    .enumerate()
                    .find(|(q, p)| {
                        // "expelled [two Russian diplomats based in Geneva]": the phrase may
                        // run on past the pattern.
                        p.start > v
                            && p.start < end
                            && s.actors[*q].is_some()
                            && !(p.start > 0
                                && matches!(s.lower[p.start - 1], "in" | "at" | "on" | "near"))
                    })
                    .map(|(q, _)| vec![q])
                    .unwrap_or_default()
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
            let targets = if targets.is_empty()
                && joined
                && !passive
                && cooperative(&pat.code)
                && last_event.as_ref().is_some_and(|(c, _)| cooperative(c))
            {
                last_event
                    .as_ref()
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default()
            } else {
                targets
            };
            // "Israel and Hezbollah agreed to a ceasefire", "X and Y met": with no object, the
            // members of a compound subject act on each other, for acts that go both ways
            // (not "US and British activists staged a protest").
            let mutual = matches!(pat.code.get(..2), Some("03" | "04" | "05" | "06" | "19"))
                || pat.code.starts_with("087");
            let (sources, targets) =
                if targets.is_empty() && sources.len() >= 2 && !passive && mutual {
                    (sources.clone(), sources)
                } else {
                    (sources, targets)
                };
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
            if sources.is_empty() || targets.is_empty() {
                continue;
            }
            last_event = Some((pat.code.clone(), targets.clone()));
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
            // Armed forces withdrawing from a place retreat (0874); 166 is for withdrawing
            // envoys, observers or aid.
            if code == "166"
                && sources.iter().any(|&q| {
                    s.actors[q]
                        .as_ref()
                        .is_some_and(|k| k.actor.code.ends_with("MIL"))
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
            let Some(cameo) = self.dict.dicts.cameo.get(&code) else {
                continue;
            };
            let (date, date_precision) = event_date(s, v, intent, doc.date);
            let place = self.event_place(s, v, &sources, &targets);
            let attribution = reporters
                .iter()
                .find(|r| r.covers(v))
                .and_then(|r| s.actors[r.speaker].as_ref())
                .map(|k| self.actor(r_span(s, &reporters, v), k));
            for &si in &sources {
                for &ti in &targets {
                    let (Some(src), Some(tgt)) = (&s.actors[si], &s.actors[ti]) else {
                        continue;
                    };
                    if src.actor.code == tgt.actor.code || si == ti {
                        continue;
                    }
                    let source = self.actor(s.span(s.phrases[si].start, s.phrases[si].end), src);
                    let target = self.actor(s.span(s.phrases[ti].start, s.phrases[ti].end), tgt);
                    let attribution = attribution.clone().filter(|a| a.code != source.code);
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
                    out.push(Event {
                        sentence: s.idx,
                        source,
                        target: Some(target),
                        cameo: CameoInfo {
                            code: cameo.code.clone(),
                            name: cameo.name.clone(),
                            goldstein: cameo.goldstein,
                            quad_class: cameo.quad_class,
                        },
                        plover,
                        trigger: s.span(v, end.max(v + 1)),
                        modality,
                        attribution,
                        why_verb: if code == pat.code {
                            pat.why.clone()
                        } else {
                            format!("{} ({} -> {code})", pat.why, refined.join(", "))
                        },
                        date,
                        date_precision,
                        place: place.clone(),
                    });
                }
            }
        }
        self.noun_events(doc, s, opts, &reporters, out);
        self.obligation_events(doc, s, &reporters, out);
        // One sentence, one event per dyad and root: "shelled Kherson, killing three
        // civilians" is one assault, told twice (same source, same root, and one target code
        // a refinement of the other: UKR and UKRCVL; not AFGREB and AFGGOV).
        let mut k = first_new;
        while k < out.len() {
            let e = &out[k];
            let t = e.target.as_ref().map(|t| t.code.as_str()).unwrap_or("");
            let dup = out[first_new..k].iter().any(|o| {
                let u = o.target.as_ref().map(|t| t.code.as_str()).unwrap_or("");
                o.source.code == e.source.code
                    && o.cameo.code[..2] == e.cameo.code[..2]
                    && (t.starts_with(u) || u.starts_with(t))
            });
            if dup {
                out.remove(k);
            } else {
                k += 1;
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
            let Some((pat, end)) = pats
                .iter()
                .find_map(|p| match_rest(s, i + 1, &p.rest).map(|e| (p, e)))
            else {
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
            // The actor must be named before the noun inside its phrase ("Israeli air strikes").
            let own = s.actors[pi].as_ref().filter(|_| {
                phrase.mentions.iter().any(|m| m.0 < i) || phrase.names.iter().any(|r| r.0 < i)
            });
            let by = if end < n && s.lower[end] == "by" {
                self.objects(s, end + 1, true)
            } else {
                Vec::new()
            };
            let mut targets = self.objects(s, end, true);
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
            let Some(si) = source_idx.filter(|_| !targets.is_empty()) else {
                continue;
            };
            let before = &s.lower[..phrase.start];
            let negated = (phrase.start > 0
                && matches!(s.lower[phrase.start - 1], "no" | "without"))
                || s.lower[phrase.start] == "no"
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
            for &ti in &targets {
                if let Some(e) = self.make_event(
                    doc,
                    s,
                    (si, ti),
                    code,
                    (i, end),
                    modality,
                    reporters,
                    &pat.why,
                ) {
                    out.push(e);
                }
            }
        }
    }

    /// Subject phrases of the verb at `v`, or, for a verb joined to an earlier one ("said ... but
    /// promised closer cooperation"), that verb's.
    fn shared_subject(&self, s: &Sent<'_>, v: usize) -> Option<Vec<usize>> {
        if let Some(subj) = self.subject(s, v, &[]) {
            return Some(subj);
        }
        let mut k = v.checked_sub(1)?;
        while s.tags[k] == Tag::Adv {
            k = k.checked_sub(1)?;
        }
        if s.tags[k] != Tag::Conj {
            return None;
        }
        let prev = (k.saturating_sub(15)..k)
            .rev()
            .find(|&j| matches!(s.tags[j], Tag::Verb(f) if f != VerbForm::Gerund))?;
        self.subject(s, prev, &[])
    }

    /// The light verb whose object is the phrase starting at `start` ("continued [military aid]",
    /// "gave Tanzania [a grant]"), with the first object when there are two.
    fn light_verb(&self, s: &Sent<'_>, start: usize) -> Option<(usize, Option<usize>)> {
        let verb_before = |j: usize| -> Option<usize> {
            let mut k = j.checked_sub(1)?;
            // adverbs and a particle: "speeded up the withdrawal", "stepped up its aid"
            while s.tags[k] == Tag::Adv || matches!(s.lower[k], "up" | "out" | "off") {
                k = k.checked_sub(1)?;
            }
            let light = matches!(s.tags[k], Tag::Verb(_))
                && self
                    .lex
                    .lemma(s.lower[k])
                    .is_some_and(|l| LIGHT.contains(&l));
            light.then_some(k)
        };
        if let Some(k) = verb_before(start) {
            return Some((k, None));
        }
        // An amount before the noun: "announced $500 million in military aid", "delivered
        // 2,000 tonnes of food".
        if start >= 2 && matches!(s.lower[start - 1], "of" | "in") {
            if let Some(q) = s.phrase_ending_at(start - 1) {
                let amount = s.phrases[q].start;
                if (amount..start - 1).any(|j| s.tags[j] == Tag::Num) {
                    // "announced a further $500 million in": past the currency sign and
                    // "a further", "another".
                    let mut a = amount;
                    if a > 0 && matches!(s.lower[a - 1], "$" | "€" | "£" | "us$") {
                        a -= 1;
                    }
                    if let Some(q) = s.phrase_ending_at(a).filter(|&q| {
                        s.actors[q].is_none()
                            && s.lower[s.phrases[q].start..s.phrases[q].end]
                                .iter()
                                .all(|w| {
                                    matches!(
                                        *w,
                                        "a" | "an"
                                            | "another"
                                            | "further"
                                            | "new"
                                            | "additional"
                                            | "extra"
                                    )
                                })
                    }) {
                        a = s.phrases[q].start;
                    }
                    return self.light_verb(s, a);
                }
            }
        }
        let q = s.phrase_ending_at(start)?;
        s.actors[q].as_ref()?;
        verb_before(s.phrases[q].start).map(|k| (k, Some(q)))
    }

    /// The country phrase of a place adjunct ("in Beijing", "in the Gaza Strip") after the verb
    /// phrase ending at `end`, within its clause, for the codes aimed at where they happen.
    fn place_target(&self, s: &Sent<'_>, v: usize, end: usize, code: &str) -> Option<usize> {
        if !PLACE_AIMED.iter().any(|r| code.starts_with(r)) {
            return None;
        }
        // "(there were) ten soldiers killed in Ukraine" names victims, not attackers.
        if matches!(code.get(..2), Some("17" | "18" | "19" | "20"))
            && s.tags[v] == Tag::Verb(VerbForm::PastOrParticiple)
            && matches!(s.tags.get(v + 1), Some(Tag::Prep))
            && s.phrase_ending_at(v).is_some_and(|q| {
                let a = s.phrases[q].start;
                s.tags[a] == Tag::Num
                    || matches!(
                        s.lower[a],
                        "two"
                            | "three"
                            | "four"
                            | "five"
                            | "six"
                            | "seven"
                            | "eight"
                            | "nine"
                            | "ten"
                            | "dozens"
                            | "hundreds"
                            | "thousands"
                            | "several"
                    )
                    || (a > 0 && s.tags[a - 1] == Tag::Aux(Aux::Be))
            })
        {
            return None;
        }
        let n = s.tags.len();
        let mut i = end;
        while i < n && i < end + 12 {
            // "delivered food to besieged towns in Darfur": a participle before a noun.
            let adjectival = matches!(s.tags[i], Tag::Verb(f) if f.participle())
                && matches!(s.tags.get(i + 1), Some(Tag::Noun));
            // "threatened to institute a curfew in Algiers": through the infinitive.
            let infinitive =
                s.tags[i] == Tag::Verb(VerbForm::Base) && i > 0 && s.tags[i - 1] == Tag::To;
            let adjectival = adjectival || infinitive;
            if !adjectival && matches!(s.tags[i], Tag::Sub | Tag::Verb(_) | Tag::Modal)
                || (s.tags[i] == Tag::Punct && s.lower[i] != "-")
            {
                return None;
            }
            if matches!(
                s.lower[i],
                "in" | "into" | "inside" | "across" | "throughout"
            ) {
                if let Some(q) = s.phrase_starting_at(i + 1) {
                    // A bare country (or its capital, a city), not a person or a body.
                    let k = s.actors[q].as_ref()?;
                    let place = k.actor.code.len() == 3
                        || k.actor.why.starts_with("capital ")
                        || k.actor.why.starts_with("place ");
                    return (place && !k.person && !k.group).then_some(q);
                }
            }
            i += 1;
        }
        None
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
            let speaker = reporters
                .iter()
                .find(|r| r.verb < start && r.covers(m))
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
            for &ti in targets.iter().filter(|&&t| t != si) {
                if let Some(e) = self.make_event(
                    doc,
                    s,
                    (si, ti),
                    "100",
                    (trigger, trigger + 1),
                    Modality::default(),
                    reporters,
                    "what a speaker says another must do -> 100",
                ) {
                    out.push(e);
                }
            }
        }
    }

    /// One event from source phrase to target phrase, with the sentence's date, place and
    /// attribution; `None` when either phrase names no actor, both name the same one, or the
    /// code is not in the codebook.
    #[allow(clippy::too_many_arguments)]
    fn make_event(
        &self,
        doc: &Document,
        s: &Sent<'_>,
        (si, ti): (usize, usize),
        code: &str,
        (a, b): (usize, usize),
        modality: Modality,
        reporters: &[Reporter],
        why: &str,
    ) -> Option<Event> {
        let (src, tgt) = (s.actors[si].as_ref()?, s.actors[ti].as_ref()?);
        if src.actor.code == tgt.actor.code {
            return None;
        }
        let cameo = self.dict.dicts.cameo.get(code)?;
        let (date, date_precision) = event_date(s, a, false, doc.date);
        let place = self.event_place(s, a, &[si], &[ti]);
        let attribution = reporters
            .iter()
            .find(|r| r.covers(a))
            .and_then(|r| s.actors[r.speaker].as_ref())
            .map(|k| self.actor(r_span(s, reporters, a), k))
            .filter(|x| x.code != src.actor.code);
        Some(Event {
            sentence: s.idx,
            source: self.actor(s.span(s.phrases[si].start, s.phrases[si].end), src),
            target: Some(self.actor(s.span(s.phrases[ti].start, s.phrases[ti].end), tgt)),
            cameo: CameoInfo {
                code: cameo.code.clone(),
                name: cameo.name.clone(),
                goldstein: cameo.goldstein,
                quad_class: cameo.quad_class,
            },
            plover: (!cameo.plover_type.is_empty()).then(|| Plover {
                event_type: cameo.plover_type.clone(),
                mode: if modality.negated {
                    Some("negated".into())
                } else if modality.hypothetical {
                    Some("hypothetical".into())
                } else {
                    (!cameo.plover_mode.is_empty()).then(|| cameo.plover_mode.clone())
                },
            }),
            trigger: s.span(a, b),
            modality,
            attribution,
            why_verb: why.to_string(),
            date,
            date_precision,
            place,
        })
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

    fn is_passive(&self, s: &Sent<'_>, v: usize) -> bool {
        if !matches!(s.tags[v], Tag::Verb(f) if f.participle()) {
            return false;
        }
        // "is opposed to", "remains committed to": a state, not a passive.
        if s.lower.get(v + 1) == Some(&"to")
            && self
                .lex
                .lemma(s.lower[v])
                .is_some_and(|l| matches!(l, "oppose" | "commit" | "dedicate" | "devote"))
        {
            return false;
        }
        let mut i = v;
        while i > 0 {
            i -= 1;
            match s.tags[i] {
                Tag::Adv | Tag::Neg => continue,
                Tag::Aux(Aux::Be) => return true,
                Tag::Verb(_) if self.lex.lemma(s.lower[i]) == Some("get") => return true,
                _ => return false,
            }
        }
        false
    }

    /// Subject phrases of the verb at `v`.
    fn subject(&self, s: &Sent<'_>, v: usize, last: &[usize]) -> Option<Vec<usize>> {
        // ", killing five officers": a participle clause shares the main clause's subject (and
        // has none when the main clause's subject is unknown).
        if matches!(s.tags[v], Tag::Verb(VerbForm::Gerund)) && v > 0 && s.lower[v - 1] == "," {
            return (!last.is_empty()).then(|| last.to_vec());
        }
        let mut i = v;
        let mut depth = 0;
        while i > 0 {
            i -= 1;
            depth += 1;
            if depth > 12 {
                return None;
            }
            if let Some(pi) = s.phrase_ending_at(i + 1) {
                let p = &s.phrases[pi];
                let temporal = temporal_phrase(s, p);
                if temporal {
                    i = p.start;
                    // "on Thursday", "in March"
                    if i > 0 && matches!(s.lower[i - 1], "on" | "in" | "at" | "since" | "during") {
                        i -= 1;
                    }
                    continue;
                }
                // "Washington along with its allies", "Iran, as well as Syria,": skip the
                // accompaniment back to the subject.
                if p.start >= 2
                    && matches!(
                        (s.lower[p.start - 2], s.lower[p.start - 1]),
                        ("along" | "together", "with") | ("as", "well") | ("well", "as")
                    )
                {
                    i = p.start - 2;
                    if s.lower[i] == "well" && i > 0 {
                        i -= 1;
                    }
                    continue;
                }
                // "The Red Cross operating in Iraq said", "Russian aircraft including helicopter
                // gunships killed": the subject is the head before a modifier phrase; "Thousands
                // of Kenyan teachers" names its actor in the modifier.
                let pi = match self.subject_head(s, pi) {
                    Some(h) => h,
                    None => {
                        s.actors[pi].as_ref()?;
                        pi
                    }
                };
                let p = &s.phrases[pi];
                let mut subj = vec![pi];
                // compound subject: "Washington and Ankara"
                let mut start = p.start;
                while start >= 2 && matches!(s.lower[start - 1], "and" | ",") {
                    // "The US, Russia, and Switzerland": skip ", and" as one joint.
                    let joint =
                        if start >= 3 && s.lower[start - 1] == "and" && s.lower[start - 2] == "," {
                            start - 2
                        } else {
                            start - 1
                        };
                    match s.phrase_ending_at(joint) {
                        Some(q)
                            if s.actors[q].is_some() && clause_initial(s, s.phrases[q].start) =>
                        {
                            subj.push(q);
                            start = s.phrases[q].start;
                        }
                        _ => break,
                    }
                }
                return Some(subj);
            }
            match s.tags[i] {
                Tag::Adv | Tag::Neg | Tag::Modal | Tag::Aux(_) => continue,
                Tag::Punct if s.lower[i] == "," => {
                    // "Greece, like most other members, plans to ...": when no actor stands just
                    // before the comma, skip the parenthesis back to the phrase before its
                    // opening comma.
                    let before = s.phrase_ending_at(i).is_some_and(|q| s.actors[q].is_some());
                    if !before {
                        let open = (i.saturating_sub(14)..i).rev().find(|&k| s.lower[k] == ",");
                        if let Some(q) = open
                            .and_then(|k| s.phrase_ending_at(k))
                            .filter(|&q| s.actors[q].is_some())
                        {
                            return Some(vec![q]);
                        }
                    }
                    if depth <= 1 {
                        continue;
                    }
                    return None;
                }
                Tag::Conj => return (!last.is_empty()).then(|| last.to_vec()),
                Tag::Prep
                    if i > 0
                        && matches!(
                            (s.lower[i - 1], s.lower[i]),
                            ("along" | "together", "with") | ("as", "well")
                        ) =>
                {
                    // "Washington along with its allies demanded": the subject is before.
                    i -= 1;
                    continue;
                }
                Tag::Sub if matches!(s.lower[i], "who" | "which" | "that") => {
                    // relative clause: the antecedent is the phrase just before
                    let mut j = i;
                    if j > 0 && s.lower[j - 1] == "," {
                        j -= 1;
                    }
                    return s
                        .phrase_ending_at(j)
                        .filter(|&q| s.actors[q].is_some())
                        .map(|q| vec![q]);
                }
                Tag::To => {
                    // "agreed to pull": subject of the governing verb ("Modi is to visit",
                    // "Iran is ready to talk": from the auxiliary); "urged the EU to
                    // support": its object.
                    let gov = self.governor(s, i)?;
                    if let Some(q) = self.controller(s, gov, i) {
                        return Some(self.conjoined_before(s, q));
                    }
                    // "opened fire to disperse", "began a hunger strike to protest": the
                    // subject of the verb whose object the governing noun is.
                    let gov = match s.tags[gov] {
                        Tag::Noun => s
                            .phrases
                            .iter()
                            .find(|p| p.start <= gov && gov < p.end)
                            .map(|p| p.start)
                            .filter(|&a| a > 0 && matches!(s.tags[a - 1], Tag::Verb(_)))
                            .map_or(gov, |a| a - 1),
                        _ => gov,
                    };
                    return self.subject(s, gov, last);
                }
                Tag::Prep if depth <= 4 => {
                    // "On Tuesday, the group" handled by phrases; a PP between subject and verb
                    // ("the group in Kabul met") is skipped back over.
                    continue;
                }
                Tag::Noun | Tag::Det | Tag::Num => continue,
                _ => return None,
            }
        }
        None
    }

    /// The verb (or verbal noun: "plans to") that governs the infinitive marker at `to`; an
    /// adjunct may stand between ("agreed in principle on Friday to provide").
    fn governor(&self, s: &Sent<'_>, to: usize) -> Option<usize> {
        let mut j = to;
        while j > 0 && to - j < 8 {
            j -= 1;
            match s.tags[j] {
                Tag::Verb(_) | Tag::Aux(_) => return Some(j),
                Tag::Noun if self.lex.lemma(s.lower[j]).is_some() => return Some(j),
                Tag::Adv | Tag::Neg | Tag::Noun | Tag::Prep | Tag::Det | Tag::Name | Tag::Num => {}
                _ => return None,
            }
        }
        None
    }

    /// The actor named in an event noun after a passive verb: "were killed [in an Israeli air
    /// strike]", "were wounded [by Russian shelling]".
    fn instrument_agent(&self, s: &Sent<'_>, end: usize) -> Option<usize> {
        let n = s.tags.len();
        let i = (end..n.min(end + 4)).find(|&i| matches!(s.lower[i], "in" | "by" | "during"))?;
        let q = s.phrase_starting_at(i + 1)?;
        let p = &s.phrases[q];
        let k = s.actors[q].as_ref()?;
        // An attack noun after the actor's name ("Russian [drone] strike").
        let after = p.mentions.iter().map(|m| m.0 + 1).min()?;
        let attack = (after..p.end).any(|j| {
            self.dict
                .noun_patterns(s.lower[j])
                .iter()
                .any(|x| matches!(x.code.get(..2), Some("18" | "19" | "20")))
        });
        (attack && !k.person).then_some(q)
    }

    /// The object of `gov` that is the subject of the infinitive at `to`: "urged [the EU] to",
    /// "wants [Putin] to", "called on [Iran] to".
    fn controller(&self, s: &Sent<'_>, gov: usize, to: usize) -> Option<usize> {
        if !matches!(s.tags[gov], Tag::Verb(_)) {
            return None;
        }
        let q = s.phrase_ending_at(to)?;
        let start = s.phrases[q].start;
        s.actors[q].as_ref()?;
        let lemma = self.lex.lemma(s.lower[gov]);
        let direct = start == gov + 1
            || (start == gov + 2 && s.lower[gov + 1] == "on" && lemma == Some("call"));
        (direct && lemma != Some("promise")).then_some(q)
    }

    /// Phrase `q` and the phrases conjoined before it, actors or not ("President Kagame and
    /// [his party]").
    fn conjoined_before_any(&self, s: &Sent<'_>, q: usize) -> Vec<usize> {
        let mut out = vec![q];
        let mut start = s.phrases[q].start;
        while start >= 2 && matches!(s.lower[start - 1], "and" | ",") {
            match s.phrase_ending_at(start - 1) {
                Some(p) => {
                    out.push(p);
                    start = s.phrases[p].start;
                }
                None => break,
            }
        }
        out
    }

    /// Phrase `q` with the actors conjoined before it ("Russia and [China]").
    fn conjoined_before(&self, s: &Sent<'_>, q: usize) -> Vec<usize> {
        let mut out = vec![q];
        let mut start = s.phrases[q].start;
        while start >= 2 && matches!(s.lower[start - 1], "and" | ",") {
            match s.phrase_ending_at(start - 1) {
                Some(p) if s.actors[p].is_some() => {
                    out.push(p);
                    start = s.phrases[p].start;
                }
                _ => break,
            }
        }
        out
    }

    /// The head phrase before the modifier phrase `pi` ("the Red Cross [operating in] Iraq",
    /// "aircraft [including] gunships", "militants [loyal to] X"), when it names an actor.
    fn subject_head(&self, s: &Sent<'_>, pi: usize) -> Option<usize> {
        let mut k = s.phrases[pi].start;
        let mut steps = 0;
        while k > 0 && steps < 3 {
            let w = s.lower[k - 1];
            let modifier = match s.tags[k - 1] {
                Tag::Prep => !matches!(w, "of") || steps > 0,
                Tag::To => true,
                // "operating in", "based in": a participle that takes a preposition, not a
                // finite verb ("It said the North ...").
                Tag::Verb(VerbForm::Gerund) => true,
                Tag::Verb(f) => {
                    f.participle() && matches!(s.tags.get(k), Some(Tag::Prep | Tag::To))
                }
                Tag::Noun => matches!(w, "loyal" | "close" | "linked" | "allied" | "based"),
                _ => false,
            };
            if !modifier {
                break;
            }
            k -= 1;
            steps += 1;
        }
        if steps == 0 {
            return None;
        }
        let h = s.phrase_ending_at(k)?;
        // The head opens its clause (not the object of an earlier verb).
        let hs = s.phrases[h].start;
        let opens = hs == 0 || matches!(s.tags[hs - 1], Tag::Punct | Tag::Sub | Tag::Conj);
        (s.actors[h].is_some() && opens && !temporal_phrase(s, &s.phrases[h])).then_some(h)
    }

    /// Object phrases starting at token `from` (skipping adverbs and time phrases unless
    /// `strict`), with conjoined ones.
    fn objects(&self, s: &Sent<'_>, from: usize, strict: bool) -> Vec<usize> {
        let n = s.tags.len();
        let mut i = from;
        let mut hops = 0;
        // Skip what stands between a verb and its object: adverbs, "that", time phrases and,
        // after a bare verb, place or time adjuncts ("met in Doha with").
        while i < n && hops < 8 {
            // "reject [proposed] Israeli changes": a participle before the object's phrase.
            let participle = matches!(s.tags[i], Tag::Verb(f) if f.participle())
                && i == from
                && s.phrase_starting_at(i + 1).is_some();
            if matches!(s.tags[i], Tag::Adv)
                || participle
                || (s.lower[i] == "that" && s.tags[i] == Tag::Sub)
            {
                i += 1;
                hops += 1;
                continue;
            }
            if let Some(pi) = s.phrase_starting_at(i) {
                if temporal_phrase(s, &s.phrases[pi]) {
                    i = s.phrases[pi].end;
                    hops += 1;
                    continue;
                }
                break;
            }
            // After a bare verb, a preposition may introduce the object: "opposed to French
            // mediation", "refused to respond to a demand from X", "sided with Y".
            if !strict
                && matches!(
                    s.lower[i],
                    "to" | "with" | "against" | "toward" | "towards" | "into" | "upon"
                )
                && s.phrase_starting_at(i + 1)
                    .is_some_and(|q| !temporal_phrase(s, &s.phrases[q]))
            {
                i += 1;
                break;
            }
            if !strict
                && matches!(
                    s.lower[i],
                    "in" | "at" | "on" | "during" | "near" | "inside"
                )
            {
                match s.phrase_starting_at(i + 1) {
                    Some(q) => {
                        i = s.phrases[q].end;
                        hops += 1;
                        continue;
                    }
                    None => return Vec::new(),
                }
            }
            return Vec::new();
        }
        let Some(pi) = s.phrase_starting_at(i) else {
            return Vec::new();
        };
        let p = &s.phrases[pi];
        if s.actors[pi].is_some() {
            return self.conjoined(s, pi);
        }
        if p.mentions
            .iter()
            .any(|m| matches!(m.2.kind, dyad_dict::MentionKind::Agent(_)))
        {
            // A title before a long office name and then the person:
            // "Chairman of the High Council for National Reconciliation Abdullah Abdullah".
            let mut j = p.end;
            while j < n && j < p.end + 12 && matches!(s.tags[j], Tag::Prep | Tag::Det | Tag::Name) {
                if let Some(q) = s
                    .phrase_starting_at(j)
                    .or_else(|| s.phrases.iter().position(|x| x.start < j && j < x.end))
                {
                    if s.actors[q].as_ref().is_some_and(|k| k.person)
                        && s.phrases[q].start > p.start
                    {
                        return self.conjoined(s, q);
                    }
                    j = s.phrases[q].end;
                } else {
                    j += 1;
                }
            }
        }
        // The object names no actor ("an appeal", "the withdrawal"): the actor may follow in a
        // prepositional phrase ("an appeal from President X", "sanctions against Iran",
        // "the withdrawal of foreign forces", "an agreement with the EU").
        self.pp_chain(s, p.end)
    }

    /// The first actor in the chain of prepositional phrases starting at token `j` (up to
    /// three deep), with those conjoined to it.
    fn pp_chain(&self, s: &Sent<'_>, mut j: usize) -> Vec<usize> {
        let n = s.tags.len();
        for _ in 0..3 {
            // "positions held by X", "territory controlled by X", "two men wanted for fraud
            // to the United States": a participle between the phrases.
            if j + 1 < n
                && matches!(s.tags[j], Tag::Verb(f) if f.participle())
                && s.tags[j + 1] == Tag::Prep
            {
                j += 1;
            }
            if j + 1 >= n
                || !matches!(
                    s.lower[j],
                    "of" | "with"
                        | "against"
                        | "on"
                        | "to"
                        | "at"
                        | "toward"
                        | "towards"
                        | "into"
                        | "for"
                        | "from"
                        | "by"
                        | "over"
                        | "between"
                        | "among"
                )
            {
                break;
            }
            let Some(q) = s.phrase_starting_at(j + 1) else {
                break;
            };
            if s.actors[q].is_some() {
                return self.conjoined(s, q);
            }
            j = s.phrases[q].end;
        }
        Vec::new()
    }

    fn conjoined(&self, s: &Sent<'_>, first: usize) -> Vec<usize> {
        let mut out = vec![first];
        let mut end = s.phrases[first].end;
        loop {
            let mut j = end;
            if j < s.lower.len() && s.lower[j] == "," {
                j += 1;
            }
            if j < s.lower.len() && matches!(s.lower[j], "and" | "or") {
                j += 1;
            } else if j == end {
                break;
            } else {
                // ", X" without "and" is a list only when an "and" follows later
            }
            match s.phrase_starting_at(j) {
                Some(q)
                    if s.actors[q].is_some() && j > end && !starts_clause(s, s.phrases[q].end) =>
                {
                    out.push(q);
                    end = s.phrases[q].end;
                }
                _ => break,
            }
        }
        out
    }

    /// Negation, hypothetical and future intent for the verb at `v`.
    fn modality(&self, s: &Sent<'_>, v: usize, reporters: &[Reporter]) -> (Modality, bool) {
        let mut m = Modality::default();
        let mut intent = false;
        // "accused Israel of assassinating", "arrested for collaborating with": an allegation
        // or a reason, not a reported act.
        if matches!(s.tags[v], Tag::Verb(VerbForm::Gerund))
            && v > 0
            && matches!(s.lower[v - 1], "of" | "for" | "against" | "about" | "over")
        {
            m.hypothetical = true;
        }
        // "demanded that the rulers release Bazoum": what is demanded has not happened.
        if let Some(t) = (0..v)
            .rev()
            .find(|&j| s.lower[j] == "that" && s.tags[j] == Tag::Sub)
        {
            let directive = (t.saturating_sub(6)..t).any(|j| {
                matches!(s.tags[j], Tag::Verb(_))
                    && self
                        .lex
                        .lemma(s.lower[j])
                        .is_some_and(|l| DIRECTIVE.contains(&l))
                    // "its demand today that Israel ease": a directive noun
                    || matches!(
                        s.lower[j],
                        "demand" | "demands" | "request" | "requests" | "insistence" | "ultimatum"
                    )
            });
            if directive {
                m.hypothetical = true;
            }
        }
        let mut i = v;
        while i > 0 {
            i -= 1;
            let w = s.lower[i];
            match s.tags[i] {
                Tag::Neg => m.negated = true,
                Tag::Adv => {}
                Tag::Aux(_) => {
                    if w == "going" {
                        intent = true;
                    }
                }
                Tag::Modal => {
                    if dyad_text::words::is_future_modal(w) {
                        intent = true;
                    } else if w == "would" || w == "'d" {
                        // reported future ("said he would meet") vs conditional
                        if reporters.iter().any(|r| r.verb < i && r.covers(v)) {
                            intent = true;
                        } else {
                            m.hypothetical = true;
                        }
                    } else {
                        m.hypothetical = true;
                    }
                }
                Tag::To
                    if i > 0
                        && matches!(
                            s.lower[i - 1],
                            "ready"
                                | "willing"
                                | "prepared"
                                | "eager"
                                | "poised"
                                | "set"
                                | "due"
                                | "determined"
                                | "keen"
                                | "likely"
                                | "expected"
                                | "scheduled"
                                | "slated"
                        ) =>
                {
                    intent = true;
                    // "must be ready to mediate": asked of them, not announced.
                    if (0..i).rev().take(4).any(|j| {
                        s.tags[j] == Tag::Modal
                            && matches!(s.lower[j], "must" | "should" | "could" | "might" | "may")
                    }) {
                        m.hypothetical = true;
                    }
                    break;
                }
                Tag::To => {
                    let gov = self.governor(s, i);
                    // "wants Putin to attack": asked of another, not done or intended.
                    if gov.is_some_and(|j| self.controller(s, j, i).is_some()) {
                        m.hypothetical = true;
                        break;
                    }
                    // "staged a hunger strike to protest", "opened fire to disperse": the
                    // protest and the dispersal happened.
                    let done = gov.is_some_and(|j| {
                        s.tags[j] == Tag::Noun && PURPOSE_DONE.contains(&s.lower[j])
                    });
                    match gov.and_then(|j| self.lex.lemma(s.lower[j])) {
                        _ if done => {}
                        Some(l) if REALIZED.contains(&l) => {}
                        Some(l) if INTENT.contains(&l) || l == "be" => intent = true,
                        _ => m.hypothetical = true,
                    }
                    if let Some(j) = gov {
                        // "refused to meet", "did not agree to": the governing verb's negation
                        let (gm, _) = self.modality(s, j, reporters);
                        m.negated |= gm.negated;
                        m.hypothetical |= gm.hypothetical;
                    }
                    break;
                }
                Tag::Verb(VerbForm::Gerund) if w == "going" => intent = true,
                _ => break,
            }
        }
        if s.lower
            .iter()
            .take(v)
            .any(|w| matches!(*w, "if" | "unless"))
        {
            m.hypothetical = true;
        }
        (m, intent)
    }

    /// Reporting verbs of the sentence and the span of text they report.
    fn reporters(&self, s: &Sent<'_>) -> Vec<Reporter> {
        let n = s.tags.len();
        let mut out = Vec::new();
        for v in 0..n {
            if !matches!(s.tags[v], Tag::Verb(_)) {
                continue;
            }
            let Some(l) = self.lex.lemma(s.lower[v]) else {
                continue;
            };
            if !REPORTING.contains(&l) {
                continue;
            }
            // "X said (that) ..." : speaker before, report after.
            if let Some(subj) = self.subject(s, v, &[]) {
                out.push(Reporter {
                    verb: v,
                    speaker: subj[0],
                    from: v + 1,
                    to: n,
                });
                // "'...,' X said": the report is before too.
                let sp = &s.phrases[subj[0]];
                if sp.start > 0 && matches!(s.lower[sp.start - 1], "," | "”" | "\"" | "'") {
                    out.push(Reporter {
                        verb: v,
                        speaker: subj[0],
                        from: 0,
                        to: sp.start,
                    });
                }
                continue;
            }
            // "'...,' tweeted X" / "said X"
            if let Some(pi) = s.phrase_starting_at(v + 1) {
                if s.actors[pi].is_some() {
                    out.push(Reporter {
                        verb: v,
                        speaker: pi,
                        from: 0,
                        to: v,
                    });
                }
            }
        }
        out
    }
}

fn event_place(p: &dyad_when_where::Place, span: Span) -> dyad_model::EventPlace {
    use dyad_when_where::places::PlaceKind;
    dyad_model::EventPlace {
        id: p.id.clone(),
        name: p.name.clone(),
        kind: match p.kind {
            PlaceKind::Country => "country",
            PlaceKind::Admin1 => "admin1",
            PlaceKind::Region => "region",
            PlaceKind::City => "city",
        }
        .into(),
        country: p.country.clone(),
        admin1: (!p.admin1.is_empty()).then(|| p.admin1.clone()),
        lat: p.lat,
        lon: p.lon,
        span,
    }
}

/// The date of an event at token `v`: the date expression nearest to it in the sentence, else
/// the document's date. Deadlines ("by May 1", "the May 1 deadline") are not event dates, nor
/// is a date after the article for an act reported as done.
fn event_date(
    s: &Sent<'_>,
    v: usize,
    intent: bool,
    doc: Option<dyad_model::Date>,
) -> (Option<dyad_model::Date>, DatePrecision) {
    let at = |k: usize| s.lower.get(k).copied().unwrap_or("");
    let best = s
        .dates
        .iter()
        .filter(|e| {
            !(e.start > 0
                && matches!(
                    at(e.start - 1),
                    "by" | "until" | "till" | "before" | "after" | "since" | "the" | "from"
                ))
        })
        .filter(|e| intent || doc.is_none_or(|d| e.date.to_days() <= d.to_days() + 1))
        .min_by_key(|e| {
            if e.start > v {
                e.start - v
            } else {
                v - e.end.min(v)
            }
        });
    match best {
        Some(e) => (Some(e.date), e.precision),
        None => (doc, DatePrecision::Document),
    }
}

/// A reporting verb and what it reports.
struct Reporter {
    verb: usize,
    speaker: usize,
    from: usize,
    to: usize,
}

impl Reporter {
    fn covers(&self, v: usize) -> bool {
        self.from <= v && v < self.to && v != self.verb
    }
}

fn r_span(s: &Sent<'_>, reporters: &[Reporter], v: usize) -> Span {
    reporters
        .iter()
        .find(|r| r.covers(v))
        .map(|r| s.span(s.phrases[r.speaker].start, s.phrases[r.speaker].end))
        .unwrap_or_default()
}

/// Whether token `i` can open a clause: sentence start, after punctuation, a subordinator or
/// another subject ("Washington and Ankara").
fn clause_initial(s: &Sent<'_>, i: usize) -> bool {
    i == 0
        || matches!(
            s.tags[i - 1],
            Tag::Punct | Tag::Sub | Tag::Conj | Tag::Verb(_)
        )
}

/// Whether a verb (after adverbs) follows token `i`: the phrase before it is a subject.
fn starts_clause(s: &Sent<'_>, i: usize) -> bool {
    s.tags[i.min(s.tags.len())..]
        .iter()
        .take(3)
        .find(|t| !matches!(t, Tag::Adv))
        .is_some_and(|t| matches!(t, Tag::Verb(_) | Tag::Aux(_) | Tag::Modal | Tag::Neg))
}

fn next_is_verb(s: &Sent<'_>, v: usize) -> bool {
    s.tags[v + 1..]
        .iter()
        .take(3)
        .find(|t| !matches!(t, Tag::Adv | Tag::Neg))
        .is_some_and(|t| matches!(t, Tag::Verb(_) | Tag::Aux(_)))
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
                return match_rest(s, i + 1, tail);
            }
            // "held talks [in Qatar this week] with": a place or time adjunct may stand before the
            // preposition that ends a pattern.
            if tail.is_empty() && dyad_text::word_class(w) == dyad_text::WordClass::Preposition {
                let adjunct_start = i < s.lower.len()
                    && (matches!(
                        s.lower[i],
                        "in" | "at"
                            | "on"
                            | "during"
                            | "this"
                            | "last"
                            | "earlier"
                            | "late"
                            | "early"
                    ) || is_temporal(s.lower[i]));
                if adjunct_start {
                    for j in i + 1..s.lower.len().min(i + 7) {
                        if s.lower[j] == w.as_str() && s.tags[j] == Tag::Prep {
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
            for skip in 0..=4 {
                let j = i + skip;
                if j > s.lower.len() {
                    break;
                }
                if skip > 0 {
                    let t = s.tags[j - 1];
                    let money = matches!(s.lower[j - 1], "$" | "€" | "£" | "%" | "-");
                    if !money
                        && matches!(
                            t,
                            Tag::Punct | Tag::Verb(_) | Tag::Sub | Tag::Conj | Tag::Modal
                        )
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

/// CAMEO's "express intent" code for an act announced for the future.
/// The CAMEO codebook pairs each cooperative act with an "express intent" code: consult (04)
/// with 036 (039 for mediation), material cooperation (06x) with 031x, aid (07x) with 033x,
/// yielding (08x) with 035x; and each conflictual act with a threat (13x).
fn intent_code(code: &str) -> Option<&'static str> {
    Some(match code.get(..3)? {
        "045" => "039",
        c if c.starts_with("04") => "036",
        c if c.starts_with("05") => "032",
        "061" => "0311",
        "062" => "0312",
        "063" => "0313",
        "064" => "0314",
        c if c.starts_with("06") => "031",
        "071" => "0331",
        "072" => "0332",
        "073" => "0333",
        "074" => "0334",
        c if c.starts_with("07") => "033",
        "081" => "0351",
        "082" => "0352",
        "083" => "034",
        "084" => "0353",
        "085" => "0354",
        "086" => "0355",
        "087" => "0356",
        c if c.starts_with("08") => "035",
        // An announced conflictual act is a threat (13x): "vowed to destroy the group",
        // "plans to impose sanctions on", "will protest".
        "141" | "142" | "143" | "144" | "145" | "140" => "133",
        "161" => "1313",
        "162" => "1311",
        "163" | "172" => "1312",
        c if c.starts_with("17") => "137",
        "191" => "1381",
        "192" => "1382",
        c if c.starts_with("15") || c.starts_with("18") || c.starts_with("19") => "138",
        c if c.starts_with("20") => "1383",
        _ => return None,
    })
}

/// The CAMEO rejection (12x) of a cooperative act announced with a negation: "will not meet"
/// is 125, "will not provide aid" 122, "will not ease sanctions" 124.
fn refusal_code(code: &str) -> Option<&'static str> {
    Some(match code.get(..2)? {
        "04" => "125",
        "05" => "120",
        "06" => "121",
        "07" => "122",
        "08" => "124",
        "03" => "120",
        _ => return None,
    })
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
