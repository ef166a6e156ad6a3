//! Coarse part of speech for one sentence, decided from closed word classes, the verb lexicon
//! and the neighbouring words. It only needs to be right where the coder asks: is this verb
//! form a verb ("were meeting", "met the envoy") or a noun ("the meeting", "their talks")?

use dyad_text::{word_class, VerbForm, VerbLexicon, WordClass};

/// Auxiliary verb lemma.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aux {
    /// be
    Be,
    /// have
    Have,
    /// do
    Do,
}

/// A token's coarse tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// the, a, some, two
    Det,
    /// their, his
    Poss,
    /// he, they
    Pron,
    /// him, them
    ObjPron,
    /// in, with
    Prep,
    /// "to"
    To,
    /// and, or, but
    Conj,
    /// that, which, who, because
    Sub,
    /// will, could
    Modal,
    /// not, n't, never
    Neg,
    /// also, reportedly
    Adv,
    /// be, have, do
    Aux(Aux),
    /// A verb used as a verb.
    Verb(VerbForm),
    /// A common noun or adjective.
    Noun,
    /// A capitalised word inside a sentence.
    Name,
    /// A number.
    Num,
    /// The possessive 's.
    PossMark,
    /// Punctuation.
    Punct,
}

impl Tag {
    /// Can be part of a noun phrase.
    pub fn nominal(self) -> bool {
        matches!(
            self,
            Tag::Det | Tag::Poss | Tag::Noun | Tag::Name | Tag::Num | Tag::PossMark
        )
    }
}

fn aux_of(lower: &str) -> Option<Aux> {
    match lower {
        "be" | "am" | "is" | "are" | "was" | "were" | "been" | "being" | "'re" | "'m" => {
            Some(Aux::Be)
        }
        "have" | "has" | "had" | "having" | "'ve" => Some(Aux::Have),
        "do" | "does" | "did" => Some(Aux::Do),
        _ => None,
    }
}

/// Tag the words `lower[i]` (with surfaces `surface[i]`) of one sentence. `mentioned[i]` says a
/// dictionary name covers the token.
pub fn tag(
    lower: &[&str],
    surface: &[&str],
    is_punct: &[bool],
    is_num: &[bool],
    mentioned: &[bool],
    lex: &VerbLexicon,
) -> Vec<Tag> {
    let n = lower.len();
    let mut tags = Vec::with_capacity(n);
    for i in 0..n {
        let w = lower[i];
        let prev = prev_sig(&tags);
        // ("a 41-year-old man", "a 12-member delegation": the hyphen joins a count to its
        // noun inside one phrase.)
        let joins_count = lower[i] == "-"
            && i > 0
            && is_num[i - 1]
            && lower
                .get(i + 1)
                .is_some_and(|n| n.chars().all(|c| c.is_alphabetic() || c == '-'));
        let t = if joins_count {
            Tag::Num
        } else if is_punct[i] {
            Tag::Punct
        } else if is_num[i] {
            Tag::Num
        } else if w == "'s" {
            if matches!(prev, Some(Tag::Pron))
                || i > 0
                    && matches!(
                        lower[i - 1],
                        "it" | "that" | "there" | "what" | "here" | "who"
                    )
            {
                Tag::Aux(Aux::Be)
            } else {
                Tag::PossMark
            }
        } else if w == "dead"
            && matches!(prev, Some(Tag::Verb(_)))
            && i > 0
            && matches!(
                lex.lemma(lower[i - 1]),
                Some("shoot" | "gun" | "stab" | "beat" | "hack" | "club" | "find" | "leave")
            )
        {
            // "shot dead four officers": a particle of the verb, not the object's head (not
            // "mourned dead soldiers").
            Tag::Adv
        } else if w == "to" {
            Tag::To
        } else if let Some(a) = aux_of(w) {
            Tag::Aux(a)
        } else if mentioned[i] {
            if surface[i].chars().next().is_some_and(char::is_uppercase) {
                Tag::Name
            } else {
                Tag::Noun
            }
        } else {
            match word_class(w) {
                WordClass::Determiner if w == "that" => {
                    let next_nominal = i + 1 < n
                        && !is_punct[i + 1]
                        && lex.lookup(lower[i + 1]).is_empty()
                        && word_class(lower[i + 1]) == WordClass::Other
                        && surface[i + 1]
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase);
                    if matches!(prev, Some(Tag::Verb(_)) | Some(Tag::Noun) | Some(Tag::Name))
                        || !next_nominal
                    {
                        Tag::Sub
                    } else {
                        Tag::Det
                    }
                }
                WordClass::Determiner => Tag::Det,
                WordClass::Possessive if w == "her" => {
                    if matches!(prev, Some(Tag::Verb(_)) | Some(Tag::Prep) | Some(Tag::To))
                        && i + 1 < n
                        && !matches!(word_class(lower[i + 1]), WordClass::Other)
                    {
                        Tag::ObjPron
                    } else {
                        Tag::Poss
                    }
                }
                WordClass::Possessive => Tag::Poss,
                WordClass::SubjectPronoun => Tag::Pron,
                WordClass::ObjectPronoun => Tag::ObjPron,
                WordClass::Preposition => Tag::Prep,
                WordClass::Conjunction => Tag::Conj,
                WordClass::Subordinator => Tag::Sub,
                WordClass::Modal => Tag::Modal,
                WordClass::Negation => Tag::Neg,
                WordClass::Adverb => Tag::Adv,
                WordClass::Other => open_class(i, lower, surface, prev, &tags, lex),
            }
        };
        tags.push(t);
    }
    // Quantities: "over 150 prisoners", "nearly 3,000 sites".
    for i in 0..n.saturating_sub(1) {
        if matches!(
            lower[i],
            "over"
                | "nearly"
                | "almost"
                | "about"
                | "around"
                | "roughly"
                | "some"
                | "approximately"
        ) && is_num[i + 1]
            && (i == 0 || !matches!(tags[i - 1], Tag::Num))
        {
            tags[i] = Tag::Det;
        }
    }
    // Quantities: "at least 20 protesters", "more than 90 people", "up to 13,000 refugees".
    for i in 0..n.saturating_sub(2) {
        let pair = matches!(
            (lower[i], lower[i + 1]),
            ("at", "least" | "most")
                | ("more" | "less" | "fewer", "than")
                | ("up", "to")
                | ("as", "many")
        );
        if pair
            && (is_num[i + 2] || matches!(lower[i + 2], "a" | "one") || number_word(lower[i + 2]))
        {
            tags[i] = Tag::Det;
            tags[i + 1] = Tag::Det;
        }
    }
    // "fired missiles early on Wednesday at": "early" or "late" before a time is an adverb,
    // not the end of the noun phrase before it.
    for i in 0..n.saturating_sub(1) {
        if matches!(lower[i], "early" | "late")
            && (matches!(
                lower[i + 1],
                "on" | "in" | "this" | "last" | "next" | "yesterday" | "today"
            ) || crate::is_temporal(lower[i + 1]))
        {
            tags[i] = Tag::Adv;
        }
    }
    // "in northern Shan state last Friday": "last" or "next" before a time opens a phrase of
    // its own.
    for i in 1..n.saturating_sub(1) {
        if matches!(lower[i], "last" | "next")
            && crate::is_temporal(lower[i + 1])
            && matches!(tags[i - 1], Tag::Noun | Tag::Name)
        {
            tags[i] = Tag::Det;
        }
    }
    // Second pass: a plural noun read as a verb before "by"/"of" ("attacks by the Taliban").
    for i in 0..n {
        if let Tag::Verb(VerbForm::ThirdSingular) = tags[i] {
            if i + 1 < n
                && matches!(lower[i + 1], "by" | "of")
                && matches!(prev_sig(&tags[..i]), Some(Tag::Noun) | Some(Tag::Det))
            {
                tags[i] = Tag::Noun;
            }
            // "asset freezes and bans on travel": a plural noun conjoined to a plural noun.
            if i >= 2
                && lower[i - 1] == "and"
                && tags[i - 2] == Tag::Noun
                && lower[i - 2].ends_with('s')
                && i + 1 < n
                && matches!(tags[i + 1], Tag::Prep)
            {
                tags[i] = Tag::Noun;
            }
            // "Iraq's main arms supplier", "its chief arms buyer": between a possessive's
            // modifier and a noun, a plural is part of the compound.
            if i >= 2
                && tags[i - 1] == Tag::Noun
                && matches!(tags[i - 2], Tag::PossMark | Tag::Poss)
                && matches!(tags.get(i + 1), Some(Tag::Noun))
            {
                tags[i] = Tag::Noun;
            }
            // "cut off gas supplies to": a noun that is itself an object takes no verb.
            if i >= 2
                && tags[i - 1] == Tag::Noun
                && matches!(tags[i - 2], Tag::Prep | Tag::Verb(_))
                && !matches!(lower[i - 2], "of" | "that")
            {
                tags[i] = Tag::Noun;
            }
            // "air-dropped food and medical supplies over": so does one joined to a noun.
            if i >= 3
                && tags[i - 1] == Tag::Noun
                && lower[i - 2] == "and"
                && tags[i - 3] == Tag::Noun
                && matches!(tags.get(i + 1), Some(Tag::Prep | Tag::Punct) | None)
            {
                tags[i] = Tag::Noun;
            }
        }
    }
    tags
}

/// "-ing" words that are nouns: "the building", "a meeting".
fn is_gerund_noun(w: &str) -> bool {
    matches!(
        w,
        "building"
            | "evening"
            | "morning"
            | "ceiling"
            | "wedding"
            | "funding"
            | "spring"
            | "string"
            | "ring"
            | "king"
            | "thing"
            | "nothing"
            | "something"
            | "anything"
            | "everything"
            | "during"
            | "including"
            | "following"
            | "according"
            | "regarding"
            | "concerning"
            | "bearing"
            | "training"
            | "housing"
            | "clothing"
            | "shipping"
    )
}

fn prev_sig(tags: &[Tag]) -> Option<Tag> {
    tags.iter().rev().find(|t| !matches!(t, Tag::Adv)).copied()
}

fn open_class(
    i: usize,
    lower: &[&str],
    surface: &[&str],
    prev: Option<Tag>,
    tags: &[Tag],
    lex: &VerbLexicon,
) -> Tag {
    let w = lower[i];
    let capital = surface[i].chars().next().is_some_and(char::is_uppercase);
    let readings = lex.lookup(w);
    if capital && i > 0 && !matches!(tags.last(), Some(Tag::Punct)) {
        return Tag::Name;
    }
    if readings.is_empty() {
        if !capital && w.len() > 4 && w.ends_with("ly") && !NOT_ADVERBS.contains(&w) {
            return Tag::Adv;
        }
        // A verb no dictionary lists, where only a verb can stand: "have driven", "to force
        // President X to", "of orchestrating the repression".
        let next_starts_object = lower.get(i + 1).is_some_and(|n| {
            matches!(
                dyad_text::word_class(n),
                WordClass::Determiner | WordClass::Possessive | WordClass::ObjectPronoun
            ) && !number_word(n)
        });
        // "to force President X" (but "aid to war-torn Mozambique", "to five Panamanian
        // officers", "to neighbouring Lebanon": adjectives before a name).
        let adjectival = w.contains('-')
            || number_word(w)
            || [
                "ed", "ing", "al", "ic", "ian", "ese", "ish", "ern", "ive", "ous", "ful", "less",
                "ary", "ent", "ant",
            ]
            .iter()
            .any(|e| w.ends_with(e));
        let next_name = surface
            .get(i + 1)
            .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase));
        if !capital && w.len() > 3 {
            match prev {
                Some(Tag::Aux(Aux::Have)) if w.ends_with("ed") || w.ends_with("en") => {
                    return Tag::Verb(VerbForm::PastOrParticiple);
                }
                Some(Tag::To)
                    if tags.last() == Some(&Tag::To)
                        && (next_starts_object || next_name && !adjectival) =>
                {
                    return Tag::Verb(VerbForm::Base);
                }
                Some(Tag::Prep)
                    if w.ends_with("ing") && next_starts_object && !is_gerund_noun(w) =>
                {
                    return Tag::Verb(VerbForm::Gerund);
                }
                // "Hezbollah guerrillas crossed the border", "Shevardnadze resigned on
                // Sunday": a past form after its subject.
                Some(Tag::Noun | Tag::Name)
                    if w.len() > 4
                        && w.ends_with("ed")
                        && !matches!(
                            w,
                            "armed"
                                | "based"
                                | "backed"
                                | "linked"
                                | "related"
                                | "aligned"
                                | "allied"
                                | "affiliated"
                                | "sponsored"
                                | "alleged"
                                | "detained"
                                | "wounded"
                                | "injured"
                                | "killed"
                                | "displaced"
                                | "accused"
                        )
                        && (next_starts_object
                            // "President Ana Ruiz confronted Perez": before a name too.
                            || next_name && prev == Some(Tag::Name) && !w.contains('-')
                            || lower.get(i + 1).is_some_and(|n| {
                                matches!(word_class(n), WordClass::Preposition | WordClass::Adverb)
                                    && *n != "of"
                            })) =>
                {
                    return Tag::Verb(VerbForm::Past);
                }
                _ => {}
            }
        }
        // Capitalised only because it opens the sentence: "New US sanctions", "Former
        // President X", "Heavy fighting".
        if capital && i == 0 && SENTENCE_INITIAL_COMMON.contains(&w) {
            return Tag::Noun;
        }
        return if capital { Tag::Name } else { Tag::Noun };
    }
    if capital && i == 0 {
        // A sentence-initial verb form is a noun ("Talks resumed") unless imperative-looking.
        return Tag::Noun;
    }
    let form =
        |want: fn(VerbForm) -> bool| readings.iter().find(|(_, f)| want(*f)).map(|(_, f)| *f);
    let best = readings[0].1;
    if matches!(prev, Some(Tag::Noun) | Some(Tag::Name))
        && form(|f| f == VerbForm::Base).is_some()
        && subjunctive_clause(i, lower, tags, lex)
    {
        return Tag::Verb(VerbForm::Base);
    }
    match prev {
        Some(Tag::Det) | Some(Tag::Poss) | Some(Tag::PossMark) | Some(Tag::Num) => {
            // "the meeting", "their talks"; but "the group fired" has a noun first.
            if matches!(tags.last(), Some(Tag::Noun) | Some(Tag::Name)) {
                finite_or_noun(readings, i, lower)
            } else {
                Tag::Noun
            }
        }
        // "to besieged towns", "to wounded civilians": after "to", a form that is no base form
        // is an adjective, not an infinitive.
        // ("committed to providing": a gerund stays a verb.)
        Some(Tag::To) => form(|f| f == VerbForm::Base || f == VerbForm::Gerund)
            .map(Tag::Verb)
            .unwrap_or(Tag::Noun),
        Some(Tag::Modal) | Some(Tag::Neg) => form(|f| f == VerbForm::Base)
            .map(Tag::Verb)
            .unwrap_or(Tag::Verb(best)),
        Some(Tag::Aux(Aux::Be)) => form(|f| f == VerbForm::Gerund || f.participle())
            .map(Tag::Verb)
            .unwrap_or(Tag::Noun),
        Some(Tag::Aux(Aux::Have)) => form(VerbForm::participle)
            .map(Tag::Verb)
            .unwrap_or(Tag::Noun),
        Some(Tag::Aux(Aux::Do)) => form(|f| f == VerbForm::Base)
            .map(Tag::Verb)
            .unwrap_or(Tag::Noun),
        Some(Tag::Prep) => form(|f| f == VerbForm::Gerund)
            .map(Tag::Verb)
            .unwrap_or(Tag::Noun),
        Some(Tag::Noun) | Some(Tag::Name) | Some(Tag::Pron) | Some(Tag::ObjPron) => {
            finite_or_noun(readings, i, lower)
        }
        Some(Tag::Conj) | Some(Tag::Sub) | Some(Tag::Punct) => {
            // "... and discussed Afghanistan", "that met", ", tweeted"
            let finite = form(|f| {
                matches!(
                    f,
                    VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::ThirdSingular
                )
            });
            finite
                .map(Tag::Verb)
                .unwrap_or(if best == VerbForm::Gerund {
                    Tag::Verb(best)
                } else {
                    Tag::Noun
                })
        }
        Some(Tag::Verb(_)) => form(|f| f == VerbForm::Gerund || f.participle())
            .map(Tag::Verb)
            .unwrap_or(Tag::Noun),
        Some(Tag::Adv) | None => Tag::Noun,
    }
}

/// Whether token `i` follows "demanded that the government", "its demand (today) that Sudan":
/// a subject after a directive "that", where a base form is the subjunctive verb.
fn subjunctive_clause(i: usize, lower: &[&str], tags: &[Tag], lex: &VerbLexicon) -> bool {
    let mut j = i;
    let that = loop {
        if j == 0 || i - j > 6 {
            return false;
        }
        j -= 1;
        if lower[j] == "that" && tags[j] == Tag::Sub {
            break j;
        }
        if !matches!(
            tags[j],
            Tag::Det | Tag::Poss | Tag::PossMark | Tag::Noun | Tag::Name | Tag::Num
        ) {
            return false;
        }
    };
    let mut d = that;
    while d > 0 && (tags[d - 1] == Tag::Adv || matches!(lower[d - 1], "on" | "this")) {
        d -= 1;
    }
    // "demanded Friday that": a weekday between the directive and "that".
    if d > 0 && lower[d - 1].ends_with("day") && tags[d - 1] == Tag::Name {
        d -= 1;
    }
    d > 0
        && (matches!(
            lower[d - 1],
            "demand" | "demands" | "request" | "requests" | "insistence" | "ultimatum"
        ) || matches!(tags[d - 1], Tag::Verb(_))
            && lex.lemma(lower[d - 1]).is_some_and(|l| {
                matches!(
                    l,
                    "demand"
                        | "insist"
                        | "urge"
                        | "ask"
                        | "request"
                        | "propose"
                        | "suggest"
                        | "recommend"
                        | "order"
                        | "require"
                )
            }))
}

/// Common words that open news sentences capitalised and are not names.
const SENTENCE_INITIAL_COMMON: &[&str] = &[
    "new",
    "former",
    "senior",
    "top",
    "fresh",
    "further",
    "heavy",
    "deadly",
    "rival",
    "local",
    "foreign",
    "armed",
    "unidentified",
    "suspected",
    "western",
    "eastern",
    "northern",
    "southern",
    "regional",
    "international",
    "thousands",
    "hundreds",
    "dozens",
    "tens",
    "millions",
    "government",
    "opposition",
    "security",
    "rebel",
    "militant",
    "military",
    "police",
    "officials",
    "authorities",
    "protesters",
    "activists",
    "residents",
    "witnesses",
    "troops",
    "soldiers",
    "lawmakers",
    "diplomats",
    "ministers",
    "leaders",
    "prosecutors",
    "investigators",
    "analysts",
    "critics",
    "supporters",
    "voters",
    "workers",
    "young",
    "angry",
    "jailed",
    "exiled",
    "masked",
    "radical",
    "striking",
    "hardline",
    "ethnic",
    "some",
    "several",
    "many",
];

/// Words in -ly that are not adverbs.
const NOT_ADVERBS: &[&str] = &[
    "family",
    "ally",
    "rally",
    "assembly",
    "supply",
    "reply",
    "monopoly",
    "anomaly",
    "bully",
    "belly",
    "jelly",
    "folly",
    "holy",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "early",
    "only",
    "likely",
    "unlikely",
    "friendly",
    "elderly",
    "costly",
    "deadly",
    "lonely",
    "lovely",
    "orderly",
    "silly",
    "ugly",
    "wily",
    "burly",
    "curly",
    "melancholy",
    "homily",
    "lily",
    "italy",
    "july",
    "apply",
    "comply",
    "imply",
    "multiply",
    "fly",
    "sly",
];

fn finite_or_noun(readings: &[(String, VerbForm)], i: usize, lower: &[&str]) -> Tag {
    // After a plural noun or a plural pronoun, a base form agrees as a verb: "the rebels attack",
    // "Palestinians reject"; after a singular noun it is a compound: "an air strike".
    let prev = if i > 0 { lower[i - 1] } else { "" };
    let plural_prev = matches!(prev, "they" | "we" | "i" | "you")
        || (prev.len() > 3
            && prev.ends_with('s')
            && !prev.ends_with("ss")
            && !prev.ends_with("us")
            && !prev.ends_with("is"));
    if plural_prev && readings.iter().any(|r| r.1 == VerbForm::Base) {
        return Tag::Verb(VerbForm::Base);
    }
    // "The Russian building was demolished": an -ing word right before a finite auxiliary is
    // the head noun of its subject.
    let next = lower.get(i + 1).copied().unwrap_or("");
    // "arms dealer", "arms embargo", "arms sales": a compound, not the verb "to arm".
    if lower[i] == "arms"
        && matches!(
            next,
            "dealer"
                | "dealers"
                | "embargo"
                | "sales"
                | "deal"
                | "deals"
                | "trade"
                | "control"
                | "race"
                | "supplies"
                | "shipments"
                | "exports"
                | "imports"
                | "smuggling"
        )
    {
        return Tag::Noun;
    }
    if readings.iter().all(|r| r.1 == VerbForm::Gerund)
        && matches!(next, "was" | "were" | "is" | "are" | "has" | "have" | "had")
    {
        return Tag::Noun;
    }
    // A form that is both base and past ("cut", "hit", "put") is past after a name or noun.
    let f = readings.iter().map(|r| r.1).find(|f| f.past()).or_else(|| {
        readings
            .iter()
            .map(|r| r.1)
            .find(|f| !matches!(f, VerbForm::Gerund))
    });
    match f {
        Some(VerbForm::Base) => {
            // "the Taliban meet", but "peace talks process": base form after a noun is a verb
            // only when something verb-like follows (a determiner, name, pronoun or preposition).
            let next = lower.get(i + 1).copied().unwrap_or("");
            let singular_noun_before =
                !prev.is_empty() && word_class(prev) == WordClass::Other && !prev.ends_with('s');
            if !singular_noun_before
                && matches!(
                    word_class(next),
                    WordClass::Determiner
                        | WordClass::Possessive
                        | WordClass::ObjectPronoun
                        | WordClass::Preposition
                )
            {
                Tag::Verb(VerbForm::Base)
            } else {
                Tag::Noun
            }
        }
        Some(f) => Tag::Verb(f),
        None => Tag::Verb(VerbForm::Gerund),
    }
}

/// A number written as a word, or a round quantity ("two", "dozens", "several").
pub(crate) fn number_word(w: &str) -> bool {
    matches!(
        w,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "dozen"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "several"
    )
}
