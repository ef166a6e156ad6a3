//! Clause analysis: the subject and objects of a verb, passives, infinitives and who governs
//! them, conjoined phrases, light verbs and prepositional chains. Works on one tagged and
//! chunked sentence; no dictionary lookups beyond the verb lexicon.

use super::*;

impl Coder {
    pub(crate) fn is_passive(&self, s: &Sent<'_>, v: usize) -> bool {
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
        // ", hosted by Turkey": a participle clause with its agent.
        if v > 0 && s.lower[v - 1] == "," && s.lower.get(v + 1) == Some(&"by") {
            return true;
        }
        if self.reduced_passive(s, v) {
            return true;
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

    /// "the 15 British sailors seized by the Revolutionary Guards": a participle right after
    /// the actor it describes, with an actor as its agent, is a passive with no auxiliary.
    pub(crate) fn reduced_passive(&self, s: &Sent<'_>, v: usize) -> bool {
        // ("troops backed by tanks", "rebels armed by Iran": who is with or behind them,
        // described, not an act of the day.)
        v > 0
            && s.tags[v] == Tag::Verb(VerbForm::PastOrParticiple)
            && s.lower.get(v + 1) == Some(&"by")
            && !self.lex.lemma(s.lower[v]).is_some_and(|l| {
                matches!(
                    l,
                    "back" | "support" | "escort" | "accompany" | "flank" | "arm" | "fund"
                        | "finance" | "sponsor" | "train" | "supply" | "lead" | "head"
                        | "donate" | "found" | "own" | "run" | "control"
                )
            })
            // (the described actor is an object, not a clause's subject: "said it stood by")
            && s.phrase_ending_at(v).is_some_and(|q| {
                let a = s.phrases[q].start;
                s.actors[q].is_some()
                    && s.phrases[q].pronoun.is_none()
                    && (a > 0
                        && matches!(s.tags[a - 1], Tag::Verb(_) | Tag::Prep)
                        && !self.is_reporting(s, a - 1)
                        // ("said that 20 citizens arrested by police had planned it": the
                        // subject of a verb still to come.)
                        || (a == 0 || matches!(s.tags[a - 1], Tag::Sub | Tag::Punct))
                            && self.verb_after_agent(s, v + 2))
            })
            && s.phrase_starting_at(v + 2).is_some_and(|q| s.actors[q].is_some())
    }

    /// Whether a finite verb of the clause follows the agent phrase at `from`, past its
    /// prepositional phrases ("arrested by police in Podgorica had planned").
    fn verb_after_agent(&self, s: &Sent<'_>, from: usize) -> bool {
        for i in from..s.tags.len().min(from + 10) {
            match s.tags[i] {
                Tag::Aux(_) | Tag::Modal => return true,
                Tag::Verb(f) => return f != VerbForm::Gerund && i > from,
                Tag::Det
                | Tag::Poss
                | Tag::PossMark
                | Tag::Noun
                | Tag::Name
                | Tag::Num
                | Tag::Prep
                | Tag::Adv => continue,
                _ => return false,
            }
        }
        false
    }

    /// Subject phrases of the verb at `v`.
    pub(crate) fn subject(&self, s: &Sent<'_>, v: usize, last: &[usize]) -> Option<Vec<usize>> {
        // ", killing five officers": a participle clause shares the main clause's subject (and
        // has none when the main clause's subject is unknown).
        // So does ", hosted by X" (whose subjects are its patients).
        let participle_by = matches!(s.tags[v], Tag::Verb(VerbForm::PastOrParticiple))
            && s.lower.get(v + 1) == Some(&"by");
        // (", seriously wounding the army commander": past adverbs.)
        let mut b = v;
        while b > 0 && s.tags[b - 1] == Tag::Adv {
            b -= 1;
        }
        if (matches!(s.tags[v], Tag::Verb(VerbForm::Gerund)) || participle_by)
            && b > 0
            && s.lower[b - 1] == ","
        {
            return (!last.is_empty()).then(|| last.to_vec());
        }
        // "filed a case at the ICJ on Friday accusing Israel": a participle after the object
        // of a preposition belongs to the main clause's subject.
        if matches!(s.tags[v], Tag::Verb(VerbForm::Gerund)) && !last.is_empty() {
            let mut e = v;
            while let Some(q) = s
                .phrase_ending_at(e)
                .filter(|&q| temporal_phrase(s, &s.phrases[q]))
            {
                e = s.phrases[q].start;
                if e > 0 && matches!(s.lower[e - 1], "on" | "in" | "at") {
                    e -= 1;
                }
            }
            if let Some(q) = s.phrase_ending_at(e) {
                let a = s.phrases[q].start;
                // ("held rallies in Bratislava demanding the government's resignation": right
                // after a place, too.)
                let place = s.actors[q].as_ref().is_some_and(|k| {
                    matches!(
                        k.actor.basis,
                        Basis::Place | Basis::Capital | Basis::Country
                    )
                });
                if (e < v || place)
                    && a > 0
                    && matches!(s.lower[a - 1], "at" | "in" | "to" | "on" | "before")
                {
                    return Some(last.to_vec());
                }
            }
        }
        // "walked out of the talks after warning that ...", "without naming": a participle
        // after a conjunction-like preposition has the main clause's subject.
        if matches!(s.tags[v], Tag::Verb(VerbForm::Gerund))
            && v > 0
            && matches!(
                s.lower[v - 1],
                "after" | "before" | "while" | "without" | "despite" | "upon" | "when"
            )
            && !last.is_empty()
        {
            return Some(last.to_vec());
        }
        // ", with a deputy foreign minister accusing Washington": an absolute clause has its
        // own subject, the phrase between "with" and the participle.
        if matches!(s.tags[v], Tag::Verb(VerbForm::Gerund)) {
            if let Some(q) = s.phrase_ending_at(v) {
                let a = s.phrases[q].start;
                if a > 0 && s.lower[a - 1] == "with" && (a < 2 || s.lower[a - 2] == ",") {
                    return Some(vec![q]);
                }
            }
        }
        // "responded by halting exports", "retaliated by expelling": the means has the subject
        // of the verb it tells.
        if matches!(s.tags[v], Tag::Verb(VerbForm::Gerund))
            && v > 1
            && s.lower[v - 1] == "by"
            && matches!(s.tags[v - 2], Tag::Verb(_))
        {
            return self.subject(s, v - 2, last);
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
                    // "Saudi Arabia and its Gulf allies launched": the conjuncts that name
                    // actors are the subject.
                    None if s.actors[pi].is_none() => {
                        let named: Vec<usize> = self
                            .conjoined_before_any(s, pi)
                            .into_iter()
                            .skip(1)
                            .filter(|&q| s.actors[q].is_some())
                            .collect();
                        let first = named.iter().map(|&q| s.phrases[q].start).min()?;
                        return clause_initial(s, first).then_some(named);
                    }
                    None => pi,
                };
                let p = &s.phrases[pi];
                // "The jets donated by Denmark and the Netherlands have arrived": the agent of
                // a participle is not the subject; the phrase before the participle is.
                let first = self
                    .conjoined_before_any(s, pi)
                    .into_iter()
                    .min_by_key(|&q| s.phrases[q].start)
                    .unwrap_or(pi);
                let a = s.phrases[first].start;
                if a >= 2
                    && s.lower[a - 1] == "by"
                    && matches!(s.tags[a - 2], Tag::Verb(f) if f.participle())
                    && (!self.is_passive(s, a - 2) || self.reduced_passive(s, a - 2))
                {
                    return s
                        .phrase_ending_at(a - 2)
                        .filter(|&q| s.actors[q].is_some())
                        .map(|q| vec![q]);
                }
                let mut subj = vec![pi];
                // compound subject: "Washington and Ankara"
                let mut start = p.start;
                let mut joined = false;
                while start >= 2 && matches!(s.lower[start - 1], "and" | ",") {
                    joined |= s.lower[start - 1] == "and";
                    // "The US, Russia, and Switzerland": skip ", and" as one joint.
                    let joint =
                        if start >= 3 && s.lower[start - 1] == "and" && s.lower[start - 2] == "," {
                            start - 2
                        } else {
                            start - 1
                        };
                    // ("condemned the takeover, and Canberra suspended": an object before ",
                    // and" is no conjunct.)
                    // (Nor, before a bare "and" or comma, the object of a verb that reports
                    // nothing: "withdrew its ambassador from Asuncion and Brazil recalled".)
                    let object_before = |q: usize| {
                        let a = s.phrases[q].start;
                        a > 0
                            && matches!(s.tags[a - 1], Tag::Verb(_))
                            && (joint + 2 == start || !self.is_reporting(s, a - 1))
                    };
                    // ("a day after the government and the opposition signed": "after"
                    // opens the clause whose subject this is.)
                    let opens =
                        |a: usize| clause_initial(s, a) || a > 0 && subordinating(s.lower[a - 1]);
                    match s.phrase_ending_at(joint) {
                        Some(q)
                            if s.actors[q].is_some()
                                && opens(s.phrases[q].start)
                                && !object_before(q) =>
                        {
                            subj.push(q);
                            start = s.phrases[q].start;
                        }
                        _ => break,
                    }
                }
                // "Russia, Serbia's traditional ally, condemned": phrases joined by commas
                // alone, the last closed by a comma, are one actor and its apposition; the
                // first is the subject.
                let enclosed = s.lower.get(s.phrases[pi].end) == Some(&",");
                if !joined && enclosed && subj.len() > 1 {
                    subj = subj
                        .into_iter()
                        .min_by_key(|&q| s.phrases[q].start)
                        .into_iter()
                        .collect();
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
                    // "Mr Imamoglu, the main rival of President Erdogan, called": an apposition
                    // opened by "the" after the clause's first actor is skipped even when it
                    // names an actor.
                    // "FARC commander Rodrigo Londono, known as Timochenko, signed": a
                    // nickname between commas is skipped back to the phrase it names.
                    if before && depth <= 1 {
                        let open = (i.saturating_sub(8)..i).rev().find(|&k| s.lower[k] == ",");
                        if let Some(k) = open.filter(|&k| {
                            matches!(
                                s.lower.get(k + 1).copied(),
                                Some(
                                    "known" | "dubbed" | "nicknamed" | "alias" | "also" | "better"
                                )
                            ) && s.phrase_ending_at(k).is_some_and(|q| s.actors[q].is_some())
                        }) {
                            i = k;
                            continue;
                        }
                    }
                    // "Erdogan, speaking by video call to a television station, urged": a
                    // participle clause between commas after the subject is skipped too.
                    if depth <= 1 {
                        let open = (i.saturating_sub(14)..i).rev().find(|&k| s.lower[k] == ",");
                        if let Some(k) = open.filter(|&k| {
                            // (and ", led by Abu Musab al-Zarqawi,": one with its agent)
                            (matches!(s.tags.get(k + 1), Some(Tag::Verb(VerbForm::Gerund)))
                                || matches!(
                                    s.tags.get(k + 1),
                                    Some(Tag::Verb(VerbForm::PastOrParticiple))
                                ) && s.lower.get(k + 2) == Some(&"by"))
                                && s.phrase_ending_at(k)
                                    .is_some_and(|q| clause_initial(s, s.phrases[q].start))
                        }) {
                            i = k;
                            continue;
                        }
                    }
                    if before && depth <= 1 {
                        let open = (i.saturating_sub(14)..i).rev().find(|&k| s.lower[k] == ",");
                        if let Some(q) = open
                            .filter(|&k| matches!(s.lower.get(k + 1), Some(&("the" | "a" | "an"))))
                            .and_then(|k| s.phrase_ending_at(k))
                            .filter(|&q| {
                                s.actors[q].is_some() && clause_initial(s, s.phrases[q].start)
                            })
                        {
                            return Some(vec![q]);
                        }
                    }
                    // "Iran, which backs the Houthis, denounced": a relative clause between
                    // commas is skipped to its antecedent.
                    let open = (i.saturating_sub(14)..i).rev().find(|&k| s.lower[k] == ",");
                    if let Some(q) = open
                        .filter(|&k| matches!(s.lower.get(k + 1), Some(&"which" | &"who")))
                        .and_then(|k| s.phrase_ending_at(k))
                        .filter(|&q| s.actors[q].is_some())
                    {
                        return Some(vec![q]);
                    }
                    // "closed its border crossings, recalled its ambassador and expelled ...":
                    // a finite verb after the object of the verb before it continues a series
                    // with that verb's subject.
                    let series = depth <= 1
                        && !last.is_empty()
                        && matches!(
                            s.tags[v],
                            Tag::Verb(
                                VerbForm::Past
                                    | VerbForm::PastOrParticiple
                                    | VerbForm::ThirdSingular
                            )
                        )
                        && s.phrase_ending_at(i).is_some_and(|q| {
                            // (or the object of the verb's preposition: "severed relations
                            // with Moscow, declared martial law and urged")
                            let a = s.phrases[q].start;
                            a > 0
                                && (matches!(s.tags[a - 1], Tag::Verb(_))
                                    || s.tags[a - 1] == Tag::Prep
                                        && (a.saturating_sub(6)..a - 1).any(|k| {
                                            matches!(s.tags[k], Tag::Verb(f) if f != VerbForm::Gerund)
                                        }))
                        });
                    if series {
                        return Some(last.to_vec());
                    }
                    // (An actor in a place phrase, "in Istanbul", closes no subject.)
                    let placed = s.phrase_ending_at(i).is_some_and(|q| {
                        let a = s.phrases[q].start;
                        a > 0 && matches!(s.lower[a - 1], "in" | "at" | "near" | "from")
                    });
                    if !before || placed {
                        // "X's visit to Ankara on Wednesday, his first since ..., was hailed":
                        // the phrase before the parenthesis, past its time and place.
                        let open = (i.saturating_sub(14)..i).rev().find(|&k| s.lower[k] == ",");
                        if let Some(mut j) = open {
                            for _ in 0..4 {
                                let Some(q) = s.phrase_ending_at(j) else {
                                    break;
                                };
                                let a = s.phrases[q].start;
                                if s.actors[q].is_some() && clause_initial(s, a) {
                                    return Some(vec![q]);
                                }
                                let pp = a > 0 && matches!(s.tags[a - 1], Tag::Prep | Tag::To);
                                if !pp && !temporal_phrase(s, &s.phrases[q]) {
                                    if s.actors[q].is_some() {
                                        return Some(vec![q]);
                                    }
                                    break;
                                }
                                j = if pp { a - 1 } else { a };
                            }
                        }
                    }
                    // ("Estonia's envoy, Mari Kask, was attacked": only auxiliaries between the
                    // closing comma and the verb.)
                    // (Not a phrase that itself follows a comma: in "a conference in
                    // Istanbul, Turkey, will help" the place set off by commas is no subject.)
                    let near = || {
                        s.tags[v] != Tag::Verb(VerbForm::Gerund)
                            && (i + 1..v).all(|k| {
                                matches!(s.tags[k], Tag::Adv | Tag::Neg | Tag::Modal | Tag::Aux(_))
                            })
                            && s.phrase_ending_at(i).is_some_and(|q| {
                                let a = s.phrases[q].start;
                                a == 0 || s.lower[a - 1] != ","
                            })
                    };
                    if depth <= 1 || near() {
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
                    let mut q = s.phrase_ending_at(j)?;
                    // "the bombing of the federal building in Oklahoma City, which killed 168":
                    // a place in a prepositional phrase is no doer; the antecedent is the act
                    // the phrase hangs from, if it names an actor.
                    let placed = |q: usize| {
                        let a = s.phrases[q].start;
                        a >= 2
                            && matches!(s.tags[a - 1], Tag::Prep)
                            && s.actors[q].as_ref().is_some_and(|k| {
                                matches!(
                                    k.actor.basis,
                                    Basis::Place | Basis::Capital | Basis::Country
                                )
                            })
                    };
                    let first = q;
                    let mut hops = 0;
                    while s.lower[i] == "which" && hops < 3 && placed(q) {
                        match s.phrase_ending_at(s.phrases[q].start - 1) {
                            Some(r) => q = r,
                            None => break,
                        }
                        hops += 1;
                    }
                    // (Only to an act: "troops from Chad, which accused Sudan" are Chad's.)
                    let act = crate::event_noun_roots(s.lower[s.phrases[q].end - 1]).is_some();
                    if hops > 0 && (s.actors[q].is_none() || placed(q) || !act) {
                        q = first;
                    }
                    return s.actors[q].is_some().then(|| vec![q]);
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
                            // "went on hunger strike to protest": past a particle
                            .map(|a| {
                                if a > 1
                                    && s.tags[a - 1] == Tag::Prep
                                    && matches!(s.tags[a - 2], Tag::Verb(_))
                                {
                                    a - 1
                                } else {
                                    a
                                }
                            })
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
    pub(crate) fn governor(&self, s: &Sent<'_>, to: usize) -> Option<usize> {
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

    /// Whether the verb at `v` only describes an actor in a relative clause in the present or
    /// past perfect, with no date: "the militant group that has seized parts of Iraq", "rebels
    /// who have controlled the north since 2012", "the compound that the group had seized"
    /// (background, not news of the day).
    pub(crate) fn background(&self, s: &Sent<'_>, v: usize) -> bool {
        let mut i = v;
        while i > 0 && matches!(s.tags[i - 1], Tag::Adv | Tag::Neg) {
            i -= 1;
        }
        if i < 2 || !matches!(s.lower[i - 1], "has" | "have" | "had") {
            return false;
        }
        // (Not "said on Monday that", "told reporters that": a reported clause.)
        let relative = |rel: usize| {
            s.tags[rel] == Tag::Sub
                && matches!(s.lower[rel], "that" | "which" | "who" | "whom")
                && s.phrase_ending_at(rel).is_some_and(|q| {
                    // ("told reporters that", "warned Kabul that": a reported clause after the
                    // hearer; "hit the palace that the rebels had seized": a relative one)
                    let a = s.phrases[q].start;
                    let telling = a > 0
                        && matches!(s.tags[a - 1], Tag::Verb(_))
                        && self.lex.lemma(s.lower[a - 1]).is_some_and(|l| {
                            REPORTING.contains(&l)
                                || matches!(l, "warn" | "inform" | "assure" | "remind" | "notify")
                        });
                    !(temporal_phrase(s, &s.phrases[q]) || telling)
                })
                && !s.dates.iter().any(|d| d.start > rel)
        };
        // "X, which has attacked ..."; "the compound that the group had seized": the
        // relative clause's own subject may stand between.
        // (A subject relative in the past perfect, "students who had refused to meet her",
        // still tells what they did.)
        relative(i - 2) && s.lower[i - 1] != "had"
            || s.phrase_ending_at(i - 1)
                .map(|q| s.phrases[q].start)
                .is_some_and(|a| a > 0 && relative(a - 1))
    }

    /// The actor named in an event noun after a passive verb: "were killed [in an Israeli air
    /// strike]", "were wounded [by Russian shelling]", "in Israeli tank shelling" (the noun
    /// read as a gerund); with the index one past the attack word.
    pub(crate) fn instrument_agent(&self, s: &Sent<'_>, end: usize) -> Option<(usize, usize)> {
        let n = s.tags.len();
        let i = (end..n.min(end + 4)).find(|&i| matches!(s.lower[i], "in" | "by" | "during"))?;
        // "were killed in a clash with Chinese troops", "in fighting with rebels": the other
        // side of the fighting.
        if let Some(c) = s.phrase_starting_at(i + 1) {
            let c_end = s.phrases[c].end;
            let fight = matches!(
                s.lower[c_end - 1],
                "clash" | "clashes" | "fighting" | "battle" | "battles" | "gunfight" | "firefight"
            );
            if fight && s.actors[c].is_none() && s.lower.get(c_end) == Some(&"with") {
                if let Some(q) = s
                    .phrase_starting_at(c_end + 1)
                    .filter(|&q| s.actors[q].as_ref().is_some_and(|k| !k.person))
                {
                    return Some((q, s.phrases[q].end));
                }
            }
        }
        let q = s.phrase_starting_at(i + 1)?;
        let p = &s.phrases[q];
        let k = s.actors[q].as_ref()?;
        // "in a car bomb explosion": the attack itself, its attacker unnamed.
        if k.unnamed {
            return Some((q, p.end));
        }
        // An attack noun after the actor's name ("Russian [drone] strike").
        let after = p.mentions.iter().map(|m| m.0 + 1).min()?;
        let attack_noun = |j: usize| {
            self.dict
                .noun_patterns(s.lower[j])
                .iter()
                .any(|x| violent(&x.code))
        };
        let gerund = p.end < n
            && s.tags[p.end] == Tag::Verb(VerbForm::Gerund)
            && self.lex.lookup(s.lower[p.end]).iter().any(|(l, _)| {
                self.dict
                    .verb_patterns(l)
                    .iter()
                    .any(|x| x.rest.is_empty() && violent(&x.code))
            });
        let attack = (after..p.end).any(attack_noun) || gerund;
        (attack && !k.person).then_some((q, if gerund { p.end + 1 } else { p.end }))
    }

    /// The object of `gov` that is the subject of the infinitive at `to`: "urged [the EU] to",
    /// "wants [Putin] to", "called on [Iran] to", "called for [Iran] to".
    pub(crate) fn controller(&self, s: &Sent<'_>, gov: usize, to: usize) -> Option<usize> {
        if !matches!(s.tags[gov], Tag::Verb(_)) {
            return None;
        }
        let q = s.phrase_ending_at(to)?;
        let start = s.phrases[q].start;
        s.actors[q].as_ref()?;
        let lemma = self.lex.lemma(s.lower[gov]);
        // ("called for [Nicaragua] to withdraw", "pressed for [Iran] to": after any verb, "for
        // X to" makes X the infinitive's subject)
        let direct = start == gov + 1
            || (start == gov + 2
                && (s.lower[gov + 1] == "on" && lemma == Some("call")
                    || s.lower[gov + 1] == "for"));
        (direct && lemma != Some("promise")).then_some(q)
    }

    /// Phrase `q` and the phrases conjoined before it, actors or not ("President Kagame and
    /// [his party]").
    pub(crate) fn conjoined_before_any(&self, s: &Sent<'_>, q: usize) -> Vec<usize> {
        let mut out = vec![q];
        // ("Saudi Arabia and three of its allies": back over the count.)
        let mut start = partitive_start(s, s.phrases[q].start);
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
    pub(crate) fn conjoined_before(&self, s: &Sent<'_>, q: usize) -> Vec<usize> {
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
    pub(crate) fn subject_head(&self, s: &Sent<'_>, pi: usize) -> Option<usize> {
        let mut k = s.phrases[pi].start;
        let mut steps = 0;
        while k > 0 && steps < 4 {
            // "Chechen gunmen holding [some 700 people] hostage in a Moscow theatre": back over
            // the object of a modifier to the modifier before it.
            if steps > 0 {
                if let Some(q) = s.phrase_ending_at(k).filter(|&q| {
                    let a = s.phrases[q].start;
                    a > 0 && matches!(s.tags[a - 1], Tag::Verb(VerbForm::Gerund))
                }) {
                    k = s.phrases[q].start;
                    steps += 1;
                    continue;
                }
            }
            let w = s.lower[k - 1];
            // "near [the town] of Samarra": back over the place noun to its preposition.
            if w == "of" && k >= 2 {
                if let Some(q) = s
                    .phrase_ending_at(k - 1)
                    .filter(|&q| s.actors[q].is_none() && place_noun(s.lower[s.phrases[q].end - 1]))
                {
                    k = s.phrases[q].start;
                    steps += 1;
                    continue;
                }
            }
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
    pub(crate) fn objects(&self, s: &Sent<'_>, from: usize, strict: bool) -> Vec<usize> {
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
        // ("shot by a sniper at his Colombo home": with no verb of its own to reach it, a
        // place is where, not who.)
        if strict
            && matches!(
                s.lower.get(p.end).copied(),
                Some("at" | "in" | "on" | "near" | "inside")
            )
        {
            return Vec::new();
        }
        self.pp_chain(s, p.end)
    }

    /// The first actor in the chain of prepositional phrases starting at token `j` (up to
    /// three deep), with those conjoined to it.
    pub(crate) fn pp_chain(&self, s: &Sent<'_>, mut j: usize) -> Vec<usize> {
        let n = s.tags.len();
        for _ in 0..3 {
            // "praised the courage and dignity of the Tunisian people": past nouns joined to
            // the one before the preposition.
            while j + 1 < n && s.lower[j] == "and" {
                match s
                    .phrase_starting_at(j + 1)
                    .filter(|&r| s.actors[r].is_none())
                {
                    Some(r) => j = s.phrases[r].end,
                    None => break,
                }
            }
            // "positions held by X", "territory controlled by X", "two men wanted for fraud
            // to the United States": a participle between the phrases.
            if j + 1 < n
                && matches!(s.tags[j], Tag::Verb(f) if f.participle())
                && s.tags[j + 1] == Tag::Prep
            {
                // ("a hunger strike led by X": who leads an act is on its side, no target.)
                if s.lower[j + 1] == "by"
                    && matches!(
                        self.lex.lemma(s.lower[j]),
                        Some("lead" | "organise" | "organize" | "head" | "spearhead")
                    )
                {
                    break;
                }
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
            // ("on $34 billion of Chinese imports": past a currency sign)
            let at = if s.lower.get(j + 1) == Some(&"$") {
                j + 2
            } else {
                j + 1
            };
            let Some(q) = s.phrase_starting_at(at) else {
                break;
            };
            if s.actors[q].is_some() {
                return self.conjoined(s, q);
            }
            j = s.phrases[q].end;
        }
        Vec::new()
    }

    pub(crate) fn conjoined(&self, s: &Sent<'_>, first: usize) -> Vec<usize> {
        let mut out = vec![first];
        let mut end = s.phrases[first].end;
        // "warned that the United States and South Korea would face": after "that", the
        // conjuncts are together the subject of the clause that follows them.
        let after_that =
            s.phrases[first].start > 0 && s.lower[s.phrases[first].start - 1] == "that";
        loop {
            let mut j = end;
            if j < s.lower.len() && s.lower[j] == "," {
                j += 1;
            }
            let comma_only = if j < s.lower.len() && matches!(s.lower[j], "and" | "or") {
                j += 1;
                false
            } else if j == end {
                break;
            } else {
                true
            };
            match s.phrase_starting_at(j) {
                // ", X" without "and" is a list only when "," or "and" follows X ("by the
                // Serbs, U.N. officials said" is no list).
                Some(q)
                    if s.actors[q].is_some()
                        && j > end
                        && (!starts_clause(s, s.phrases[q].end) || after_that && !comma_only)
                        // ("condemned the killing, and Portugal, the former colonial power,
                        // called for calm": a subject with its apposition opens a clause.)
                        && !apposed_subject(s, s.phrases[q].end)
                        && (!comma_only
                            || matches!(
                                s.lower.get(s.phrases[q].end).copied(),
                                Some("," | "and" | "or")
                            )) =>
                {
                    out.push(q);
                    end = s.phrases[q].end;
                }
                _ => break,
            }
        }
        out
    }

    /// Subject phrases of the verb at `v`, or, for a verb joined to an earlier one ("said ... but
    /// promised closer cooperation"), that verb's.
    pub(crate) fn shared_subject(&self, s: &Sent<'_>, v: usize) -> Option<Vec<usize>> {
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
    pub(crate) fn light_verb(&self, s: &Sent<'_>, start: usize) -> Option<(usize, Option<usize>)> {
        let verb_before = |j: usize| -> Option<usize> {
            let mut k = j.checked_sub(1)?;
            // adverbs and a particle: "speeded up the withdrawal", "stepped up its aid"
            while s.tags[k] == Tag::Adv
                || matches!(
                    s.lower[k],
                    "up" | "out" | "off" | "over" | "$" | "€" | "£" | "a" | "an"
                )
            {
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
        // "adopted its 13th package of sanctions", "launched a wave of air strikes".
        if start >= 2 && s.lower[start - 1] == "of" {
            if let Some(q) = s.phrase_ending_at(start - 1).filter(|&q| {
                matches!(
                    s.lower[s.phrases[q].end - 1],
                    "package" | "round" | "series" | "wave" | "set" | "batch" | "raft"
                )
            }) {
                if let Some(k) = verb_before(s.phrases[q].start) {
                    return Some((k, None));
                }
            }
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
}

/// Whether an apposition between commas opens at token `e` and a finite verb follows it
/// (", the former colonial power, called"): the phrase ending at `e` is that verb's subject.
fn apposed_subject(s: &Sent<'_>, e: usize) -> bool {
    if s.lower.get(e) != Some(&",") {
        return false;
    }
    (e + 1..s.lower.len().min(e + 10))
        .find(|&k| s.lower[k] == ",")
        .is_some_and(|k| {
            matches!(
                s.tags.get(k + 1),
                Some(
                    Tag::Modal
                        | Tag::Aux(_)
                        | Tag::Verb(
                            VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::ThirdSingular
                        )
                )
            )
        })
}

/// Where a phrase starting at `start` begins with the count that takes it: "[three of] its
/// allies", "[some of] the rebels"; else `start`.
pub(crate) fn partitive_start(s: &Sent<'_>, start: usize) -> usize {
    if start < 2 || s.lower[start - 1] != "of" {
        return start;
    }
    match s.phrase_ending_at(start - 1) {
        Some(q)
            if (s.phrases[q].start..start - 1).all(|t| {
                matches!(s.tags[t], Tag::Det | Tag::Num)
                    || crate::tag::number_word(s.lower[t])
                    || matches!(s.lower[t], "some" | "many" | "most")
            }) =>
        {
            s.phrases[q].start
        }
        _ => start,
    }
}

/// Whether token `i` can open a clause: sentence start, after punctuation, a subordinator or
/// another subject ("Washington and Ankara").
pub(crate) fn clause_initial(s: &Sent<'_>, i: usize) -> bool {
    i == 0
        || matches!(
            s.tags[i - 1],
            Tag::Punct | Tag::Sub | Tag::Conj | Tag::Verb(_)
        )
}

/// Whether a verb (after adverbs) follows token `i`: the phrase before it is a subject.
pub(crate) fn starts_clause(s: &Sent<'_>, i: usize) -> bool {
    s.tags[i.min(s.tags.len())..]
        .iter()
        .take(3)
        .find(|t| !matches!(t, Tag::Adv))
        .is_some_and(|t| matches!(t, Tag::Verb(_) | Tag::Aux(_) | Tag::Modal | Tag::Neg))
}

pub(crate) fn next_is_verb(s: &Sent<'_>, v: usize) -> bool {
    s.tags[v + 1..]
        .iter()
        .take(3)
        .find(|t| !matches!(t, Tag::Adv | Tag::Neg))
        .is_some_and(|t| matches!(t, Tag::Verb(_) | Tag::Aux(_)))
}
