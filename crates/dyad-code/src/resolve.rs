//! Actor resolution: the actor a noun phrase names (named actors with dated codes, countries
//! with the role their title gives, pronouns and back-references through the document's
//! memory, roles placed by the sentence), and the country a sentence happens in.

use super::*;

impl Coder {
    /// The actor named as the subject of a reporting verb that stands right before token `at`
    /// ("police said [that] | they"), if this sentence named it already.
    fn reporter_subject<'m>(
        &self,
        s: &Sent<'_>,
        at: usize,
        memory: &'m Memory,
    ) -> Option<&'m Known> {
        let v = self.reporting_before(s, at)?;
        let q = s.phrase_ending_at(v)?;
        let mut start = s.phrases[q].start;
        // ("Turkmen rebels in Syria said they": the reporter, not its place.)
        if start > 1 && matches!(s.lower[start - 1], "in" | "at" | "from" | "near") {
            if let Some(r) = s.phrase_ending_at(start - 1) {
                start = s.phrases[r].start;
            }
        }
        memory.in_sentence(s.idx).find(|k| k.at == start)
    }

    /// "his supporters", "its members": the followers or members of an owner named before.
    fn followers(&self, s: &Sent<'_>, p: &Phrase, memory: &Memory) -> Option<Known> {
        let text = s.text;
        // "his supporters stormed the army's headquarters": the followers of an opposition
        // figure are the opposition; of an armed group, the group; of anyone else, civilians
        // of the owner's country.
        // ("its members attacked police stations": the members of a group are the group.)
        let members = s.lower[p.end - 1] == "members";
        if p.mentions.is_empty()
            && (members
                || matches!(
                    s.lower[p.end - 1],
                    "supporters" | "followers" | "loyalists" | "backers"
                ))
        {
            // ("Aristide thanked Clinton and urged his supporters": the sentence's first
            // person, its subject, before the last one named.)
            let owner = match p.poss_pronoun.as_deref() {
                Some("its" | "their") if members => memory.last_group(),
                Some("its") => self
                    .subject_thing(s, p, memory)
                    .or_else(|| memory.last_thing(s.idx)),
                Some("his" | "her") => memory
                    .in_sentence(s.idx)
                    .find(|k| k.person && k.at < p.start)
                    .or_else(|| memory.last_person()),
                Some("their") => memory.last_plural(),
                _ => None,
            }
            .filter(|k| !k.actor.code.is_empty() && (!members || k.group));
            if let Some(o) = owner {
                let country = o.actor.country().unwrap_or_default();
                let code = match o.actor.role().as_deref() {
                    Some("ELI" | "OPP" | "PTY") => format!("{country}OPP"),
                    Some("REB" | "INS" | "SEP" | "RAD" | "UAF") => o.actor.code.clone(),
                    _ if !country.is_empty() => format!("{country}CVL"),
                    _ => o.actor.code.clone(),
                };
                let mut k = Known::read_off(
                    code,
                    None,
                    format!(
                        "'{}': the followers of {}",
                        s.span(p.start, p.end).slice(text),
                        o.actor.label()
                    ),
                    s.idx,
                    p.start,
                );
                k.plural = true;
                return Some(k);
            }
        }
        None
    }

    /// "demanded his resignation": a thing or act owned by "his/her/their" as an object.
    fn owned_object(&self, s: &Sent<'_>, p: &Phrase, memory: &Memory) -> Option<Known> {
        let text = s.text;
        // "demanded his resignation", "stormed its embassy", "bombed their positions": a thing
        // or act owned by an actor named before, as the object of a verb or preposition,
        // stands for its owner.
        // (Not "his treatment by the authorities", which names its own doer; not "his
        // country", the owner's country, whoever he is; not "their talks" of the sentence's
        // own subjects.)
        let own_doer = || matches!(s.lower.get(p.end).copied(), Some("by" | "of"));
        let homeland = || {
            s.lower[p.start..p.end].iter().any(|w| {
                matches!(
                    *w,
                    "country" | "nation" | "homeland" | "government" | "people"
                )
            })
        };
        if p.poss_pronoun.is_some()
            && p.mentions.is_empty()
            && p.start > 0
            && matches!(s.tags[p.start - 1], Tag::Verb(_) | Tag::Prep)
            && !own_doer()
            && !homeland()
        {
            let owner = match p.poss_pronoun.as_deref() {
                Some("his" | "her") => memory
                    .last_person_not_subject(s.idx, clause_subject_at(s, p.start))
                    .filter(|k| k.sentence + 1 >= s.idx),
                Some("their") => memory
                    .last_plural()
                    .filter(|k| k.sentence < s.idx && k.sentence + 1 >= s.idx),
                _ => None,
            }
            .filter(|k| !k.actor.code.is_empty());
            if let Some(o) = owner {
                let k = Known::read_off(
                    o.actor.code.clone(),
                    o.actor.name.clone(),
                    format!(
                        "'{}': owned by {}",
                        s.span(p.start, p.end).slice(text),
                        o.actor.label()
                    ),
                    s.idx,
                    p.start,
                );
                return Some(k);
            }
        }
        None
    }

    /// The actor a phrase names, if any.
    pub(crate) fn resolve(
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
                "he" | "she" => memory.last_person(),
                "him" | "her" => {
                    memory.last_person_not_subject(s.idx, clause_subject_at(s, p.start))
                }
                // "Police said they had arrested eleven people": "they" right after a
                // reporting verb is its plural subject.
                "they" => self
                    .reporter_subject(s, p.start, memory)
                    .filter(|k| !k.person)
                    .or_else(|| memory.last_plural()),
                // ("Serb protesters attacked them": not the clause's own subject.)
                "them" => memory.last_plural_not_subject(s.idx, clause_subject_at(s, p.start)),
                // "Russia said it would ...": a country, organisation or group named in this
                // sentence or the one before.
                // "Fujimori's government said it would not negotiate": a subject "it" is the
                // nearest subject before it; "Tokyo urged it": an object "it" is not its
                // clause's subject.
                "it" => {
                    let subject_position = matches!(
                        s.tags.get(p.end),
                        Some(Tag::Modal | Tag::Aux(_) | Tag::Verb(_) | Tag::Neg)
                    );
                    let near = self.subject_thing(s, p, memory);
                    if subject_position {
                        near.or_else(|| memory.last_thing(s.idx))
                    } else {
                        // (nor any actor of its clause's subject: "France, Portugal, Spain
                        // and Italy refused it permission")
                        let subject: Vec<String> = clause_subject_span(s, p.start)
                            .map(|(a, b)| {
                                memory
                                    .in_sentence(s.idx)
                                    .filter(|k| a <= k.at && k.at < b)
                                    .map(|k| k.actor.code.clone())
                                    .collect()
                            })
                            .unwrap_or_default();
                        // (nor a place: "was forced to land in Vienna after ... refused it")
                        memory.last_thing_except(s.idx, |a| {
                            near.is_some_and(|k| k.actor.code == a.code)
                                || subject.contains(&a.code)
                                || a.basis == Basis::Place
                                || a.basis == Basis::Capital && a.code.len() == 3
                        })
                    }
                }
                _ => None,
            }
            // (a person described but not named)
            .filter(|k| !k.actor.code.is_empty())?;
            let mut k = k.clone();
            k.actor.why = format!("pronoun '{}' -> {}", pr, k.actor.label());
            k.sentence = s.idx;
            k.at = p.start;
            return Some(k);
        }
        if let Some(k) = self
            .followers(s, p, memory)
            .or_else(|| self.owned_object(s, p, memory))
        {
            return Some(k);
        }
        let split = p.attach.as_ref().map(|(t, _)| *t).unwrap_or(p.end);
        // "vice president of Afghanistan", "leaders from the Taliban", "police in Kabul" own
        // their attachment; "the US commander in Iraq" and "envoy to Afghanistan" do not.
        let own_before = p.mentions.iter().any(|(a, _, m)| {
            *a < split && matches!(m.kind, MentionKind::Country(..) | MentionKind::Actor(_))
        });
        // "its citizens in Iraq": a possessive names the owner; the place is only where.
        let owner_attach = p.attach.as_ref().is_some_and(|(_, prep)| {
            prep == "of"
                || prep == "from"
                || (prep == "in" && !own_before && p.poss_pronoun.is_none())
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
        // (Actors are not resolved yet while phrases are: the sentence's country mentions say
        // which countries it names.)
        let named = |c: &str| {
            s.phrases.iter().flat_map(|q| &q.mentions).any(|(_, _, m)| {
                matches!(m.kind, MentionKind::Country(i, _) if d.countries[i].code == c)
            })
        };
        let inner_place = role_at.and_then(|ra| {
            s.places
                .iter()
                .filter(|(a, b, _)| p.start <= *a && *b == ra)
                .find_map(|(a, b, m)| {
                    use dyad_when_where::places::PlaceKind;
                    let place = self.gaz.resolve(m, None, &s.context, None)?;
                    let known = matches!(place.kind, PlaceKind::Admin1 | PlaceKind::Region)
                        || s.context.contains(&place.country)
                        || named(&place.country);
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
        // "Sudan's Darfur region", "Russia's Bryansk region": a province or region is no
        // person's name.
        let region = |t: usize| {
            use dyad_when_where::places::PlaceKind;
            s.places.iter().any(|(a, b, m)| {
                *a <= t
                    && t < *b
                    && (s.lower.get(*b).is_some_and(|w| place_noun(w))
                        || self
                            .gaz
                            .resolve(m, None, &s.context, None)
                            .is_some_and(|p| {
                                matches!(p.kind, PlaceKind::Admin1 | PlaceKind::Region)
                            }))
            })
        };
        let name_text = |r: &(usize, usize)| -> String {
            let words: Vec<&str> = (r.0..r.1)
                .filter(|&i| !in_place(i) && !region(i))
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
        // ("gunmen", "tribesmen" stand for many too: "arrested 13 of them".)
        let many = plural_role || role.as_ref().is_some_and(|(_, w)| w.ends_with("men"));
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
                // (The role after the name: "President X's government" is a government.)
                let at = p
                    .mentions
                    .iter()
                    .find(|x| x.2 == *m)
                    .map(|x| x.0)
                    .unwrap_or(usize::MAX);
                let after_role: Option<(String, String)> = p
                    .mentions
                    .iter()
                    .filter(|_| e.is_person() && code.len() >= 3)
                    .find_map(|(a, _, mm)| match mm.kind {
                        MentionKind::Agent(i) if *a > at => {
                            Some((d.agents[i].role.clone(), mm.span.slice(text).to_lowercase()))
                        }
                        _ => None,
                    });
                let after_role = after_role.as_ref();
                if let (Some((r, w)), Some(c)) = (
                    after_role,
                    Resolved::unnamed(code.clone(), String::new(), Basis::Other).country(),
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
                            Resolved::unnamed(
                                format!("{c}{r}"),
                                format!("'{}' + role '{w}'", m.span.slice(text)),
                                Basis::Other,
                            ),
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
                        basis: Basis::Other,
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
                    // "ethnic Armenian forces": an armed or organised body of the community,
                    // with no other country named, is coded by its nationality.
                    _ if role.is_some() => None,
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
                        basis: Basis::Title(form),
                    }),
                    // "in Algiers" is a place: the country; "Algiers said" the government;
                    // "stormed Bangkok's airport" a place too.
                    (None, NameForm::Capital)
                        if p.start > 0 && is_locative(s.lower[p.start - 1])
                            || capital_site(s, p) =>
                    {
                        Some(Resolved::unnamed(
                            code.clone(),
                            format!("place '{surface}' (a capital) in {code}"),
                            Basis::Capital,
                        ))
                    }
                    (None, NameForm::Capital) => Some(Resolved::unnamed(
                        format!("{code}GOV"),
                        format!("capital '{surface}' stands for the government"),
                        Basis::Capital,
                    )),
                    // "South Lebanon": compass words are no person's name.
                    (None, NameForm::Name)
                        if person_name.is_none() || p.owner_before_poss.is_some() =>
                    {
                        Some(Resolved::unnamed(
                            code.clone(),
                            format!("country '{surface}'"),
                            Basis::Country,
                        ))
                    }
                    // "an Indian proposal", "Israeli air strikes", "Palestinians", "Bosnian
                    // Serbs": the nationality stands for the country.
                    // ("waving Russian flags", "carrying a Turkish passport": things of a
                    // country, no actor.)
                    (None, NameForm::Adjective)
                        if matches!(
                            s.lower[p.end - 1],
                            "flag" | "flags" | "passport" | "passports"
                        ) =>
                    {
                        None
                    }
                    (None, NameForm::Adjective)
                        if p.names.is_empty()
                            || p.names.iter().all(|r| {
                                (r.0..r.1).all(|t| p.mentions.iter().any(|m| m.0 <= t && t < m.1))
                            }) =>
                    {
                        Some(Resolved::unnamed(
                            code.clone(),
                            format!("nationality '{surface}'"),
                            Basis::Nationality,
                        ))
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
        // "suspended cooperation with the Pacific nation", "accusing the Gulf emirate": a
        // country described, not named, is the one named last other than the clause's subject.
        if found.is_none()
            && p.definite
            && p.mentions
                .iter()
                .all(|m| !matches!(m.2.kind, MentionKind::Country(..) | MentionKind::Actor(_)))
            && matches!(
                s.lower[p.end - 1],
                "nation" | "kingdom" | "emirate" | "sultanate" | "republic" | "archipelago"
            )
        {
            // (Not the clause's subject, nor what the sentence names before its first verb.)
            let subject = self
                .subject_thing(s, p, memory)
                .or_else(|| memory.in_sentence(s.idx).next())
                .and_then(|k| k.actor.country());
            let first_verb = s.tags.iter().position(|t| matches!(t, Tag::Verb(_)));
            let opening: Vec<String> = memory
                .in_sentence(s.idx)
                .filter(|k| first_verb.is_some_and(|v| k.at < v))
                .filter_map(|k| k.actor.country())
                .collect();
            if let Some(c) = memory
                .countries()
                .into_iter()
                .find(|c| Some(c) != subject.as_ref() && !opening.contains(c))
            {
                found = Some((
                    Resolved {
                        code: c.clone(),
                        name: None,
                        why: format!(
                            "'{}': {c}, the country named before",
                            s.span(p.start, p.end).slice(text)
                        ),
                        basis: Basis::Other,
                    },
                    false,
                    false,
                ));
            }
        }
        // "accusing its neighbour": the other country named last.
        if found.is_none()
            && matches!(p.poss_pronoun.as_deref(), Some("its" | "their"))
            && matches!(
                s.lower[p.end - 1],
                "neighbour" | "neighbor" | "rival" | "neighbours" | "neighbors"
            )
        {
            let owner = self
                .subject_thing(s, p, memory)
                .or_else(|| memory.last_thing(s.idx))
                .and_then(|k| k.actor.country());
            if let Some(c) = owner.and_then(|o| memory.countries().into_iter().find(|c| *c != o)) {
                found = Some((
                    Resolved {
                        code: c.clone(),
                        name: None,
                        why: format!(
                            "'{}': {c}, the other country named",
                            s.span(p.start, p.end).slice(text)
                        ),
                        basis: Basis::Other,
                    },
                    false,
                    false,
                ));
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
                // ("the group", "the militant group's spokesman": a group's word)
                let group_word = group_noun(w) || heads.iter().any(|h| group_noun(h));
                let owner: Option<Known> = if let Some(pp) = &p.poss_pronoun {
                    match pp.as_str() {
                        "their" => memory.last_plural().cloned(),
                        "his" | "her" => memory
                            .last_person()
                            .filter(|k| !k.actor.code.is_empty())
                            .cloned(),
                        "its" => self
                            .subject_thing(s, p, memory)
                            .or_else(|| memory.last_thing(s.idx))
                            .cloned(),
                        _ => None,
                    }
                } else if p.owner_before_poss.is_some() || p.definite {
                    // "the militant group's spokesman" / "the group" / "the secretary"
                    let first = w.as_str();
                    if group_word {
                        memory.last_group().cloned()
                    } else if p.definite && !plural_role {
                        memory
                            .by_head(first)
                            .cloned()
                            .or_else(|| {
                                first
                                    .split(' ')
                                    .next_back()
                                    .and_then(|x| memory.by_head(x))
                                    .cloned()
                            })
                            // ("the general": the person last named who holds that role)
                            .or_else(|| memory.last_person_in_role(rcode).cloned())
                    } else if p.definite && p.start + 2 == p.end {
                        // "Nigeria accused Cameroonian troops ... The troops denied": a bare
                        // plural role refers back to the actor last told by that word.
                        memory
                            .by_head(first)
                            .filter(|k| k.actor.country().is_some())
                            .cloned()
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
                        o.actor.label()
                    );
                    // ("the group" after its leader is named is the group, not a person.)
                    let person = person_name.is_some() || (!own_role && o.person && !group_word);
                    found = Some((
                        Resolved {
                            code,
                            name: person_name.clone().or(if own_role {
                                None
                            } else {
                                o.actor.name.clone()
                            }),
                            why,
                            basis: Basis::Other,
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
        // "The EU widened sanctions ... the bloc said": a body's generic name refers back to
        //    the international body named last.
        if found.is_none() && p.definite && p.mentions.is_empty() && person_name.is_none() {
            let head = s.lower[p.end - 1];
            if matches!(head, "bloc" | "alliance" | "agency" | "league") {
                if let Some(k) = memory.last_body() {
                    found = Some((
                        Resolved {
                            code: k.actor.code.clone(),
                            name: k.actor.name.clone(),
                            why: format!("'the {head}' refers back to {}", k.actor.label()),
                            basis: Basis::Other,
                        },
                        false,
                        false,
                    ));
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
                        Resolved::unnamed(
                            with_role(c, &role),
                            format!("role '{w}' ({r}) of '{name}' ({c})"),
                            Basis::RoleByPlace,
                        ),
                        false,
                        !matches!(r.as_str(), "GOV" | "MIL" | "COP" | "JUD" | "LEG"),
                    ));
                }
            }
        }
        // "Georgia's parliament passed the bill. The opposition accused ...": a definite
        // national body with no country of its own belongs to the country just named; so
        // does one that owns what the phrase names ("rejected the government's account").
        let owner_only = p.owner_before_poss.is_some() && p.mentions.iter().all(|m| m.1 < p.end);
        if found.is_none()
            && p.definite
            && p.mentions
                .iter()
                .all(|m| matches!(m.2.kind, MentionKind::Agent(_)))
            && p.poss_pronoun.is_none()
            && (p.owner_before_poss.is_none() || owner_only)
            && person_name.is_none()
        {
            if let Some((r, w)) = &role {
                // An army or police force acted upon belongs to the country named before
                // the sentence: "Obama urged the junta to free ..." (not Obama's).
                let armed = matches!(r.as_str(), "MIL" | "COP");
                let opens = p.end < s.tags.len() && starts_clause(s, p.end);
                let country = if armed && !opens {
                    memory.recent_country_before(s.idx).or_else(|| {
                        // "suspended Niger and urged the junta to ...": with none before,
                        // a country this sentence has acted upon (a body, not people:
                        // "urged Iran to free the detained sailors").
                        if plural_role {
                            return None;
                        }
                        memory
                            .in_sentence(s.idx)
                            .rev()
                            .filter(|k| {
                                k.at > 0
                                    && k.at < p.start
                                    && matches!(s.tags[k.at - 1], Tag::Verb(_))
                            })
                            .find_map(|k| k.actor.country())
                    })
                } else {
                    memory.recent_country(s.idx)
                };
                // "The demonstrators set fire to ...", "The teachers regrouped": people
                // described again as the subject of their clause are the story's.
                let people =
                    (opens || p.start == 0) && matches!(r.as_str(), "CVL" | "EDU" | "LAB" | "AGR");
                // "Police fired tear gas at the crowds": people acted upon are of the country
                // named before the sentence (not of the sentence's own actors).
                let people_acted_upon = !people
                    && !opens
                    && p.start > 0
                    && matches!(r.as_str(), "CVL")
                    && matches!(s.tags[p.start - 1], Tag::Prep | Tag::Verb(_));
                // "Hunt urged the city's authorities": the city or country owning them was
                // named before the sentence, not by its own actors.
                let place_owner = (p.start + 1..p.end).any(|t| {
                    s.tags[t] == Tag::PossMark
                        && (place_noun(s.lower[t - 1])
                            || matches!(
                                s.lower[t - 1],
                                "country" | "nation" | "kingdom" | "island"
                            ))
                });
                let country = if people_acted_upon || place_owner {
                    // (in a story's first sentence, the country it names: "Maldivian police
                    // arrested the country's chief justice", "Riot police in Bangkok cleared
                    // the protesters")
                    memory
                        .recent_country_before(s.idx)
                        .or(country.filter(|_| place_owner || s.idx == 0))
                } else {
                    country
                };
                let people = people || people_acted_upon;
                // "The Sri Lankan army attacked the rebels": rebels when no armed group was
                // named before are of the country where the sentence happens, else of the
                // country just named.
                let rebels =
                    matches!(r.as_str(), "REB" | "INS" | "SEP") && memory.last_group().is_none();
                let country = if rebels {
                    self.sentence_country(s).map(|(c, _)| c).or(country)
                } else {
                    country
                };
                if matches!(r.as_str(), "OPP" | "GOV" | "LEG" | "JUD") || armed || people || rebels
                {
                    if let Some(c) = country {
                        found = Some((
                            Resolved::unnamed(
                                with_role(&c, &role),
                                format!("'{w}' ({r}) of {c}, the country just named"),
                                Basis::Other,
                            ),
                            false,
                            false,
                        ));
                    }
                }
            }
        }
        if found.is_none()
            && p.pronoun.is_none()
            && p.poss_pronoun.is_none()
            && !p.definite
            && person_name.is_none()
        {
            // With no place in the sentence, police and courts are the story's: "Police
            // detained the gunman" after a sentence set in Slovakia.
            // With neither, people are of the country named last before them in the
            // sentence: "Kenyan police fired tear gas at protesters", "Hamas attacked Israeli
            // towns, killing hundreds of civilians".
            // "ambushed a Kosovo police patrol, killing one officer": one of a body of that
            // role named before in the sentence.
            // (Counted people only, not "tanks" or "military targets".)
            let counted = s.tags[p.start] == Tag::Num || tag::number_word(s.lower[p.start]);
            let same_role = role.as_ref().filter(|_| counted).and_then(|(r, _)| {
                memory
                    .in_sentence(s.idx)
                    .rev()
                    .filter(|k| k.at < p.start && k.actor.role().as_deref() == Some(r.as_str()))
                    .find_map(|k| k.actor.country())
                    .map(|c| {
                        (
                            c,
                            "of a body of that role named before in the sentence".to_string(),
                        )
                    })
            });
            let place = same_role
                .or_else(|| self.sentence_country(s))
                .or_else(|| {
                    role.as_ref()
                        // ("Authorities cut internet links": plural officials too)
                        // (and the opposition: "Opposition parties denounced the takeover")
                        .filter(|(r, _)| {
                            matches!(r.as_str(), "COP" | "JUD" | "OPP")
                                || r == "GOV" && plural_role
                                // ("Troops set up checkpoints": soldiers as their clause's
                                // subject, not soldiers sent or called for.)
                                || r == "MIL"
                                    && matches!(s.lower[p.end - 1], "soldiers" | "troops")
                                    && (p.start == 0
                                        || matches!(s.tags[p.start - 1], Tag::Punct | Tag::Sub)
                                        || subordinating(s.lower[p.start - 1]))
                        })
                        // (the story's place first: "Security forces fired tear gas" after
                        // a sentence about the United States, in a story set in Caracas)
                        .and_then(|_| {
                            // (else the first country of the story: "Hong Kong riot police
                            // fired tear gas", then British remarks, then "Police said")
                            memory
                                .story_place
                                .clone()
                                .or_else(|| memory.first_country())
                                .or_else(|| memory.recent_country(s.idx))
                        })
                        .map(|c| (c.clone(), format!("{c}, the country just named")))
                })
                .or_else(|| {
                    role.as_ref()
                        // (and lawyers, JUD)
                        .filter(|(r, _)| people_role(r) || r == "JUD")
                        .and_then(|_| {
                            // (Not a place: "near the Gaza border", "in Gaza".)
                            let k = memory.in_sentence(s.idx).rev().find(|k| {
                                k.at < p.start
                                    && k.actor.country().is_some()
                                    && (k.at == 0
                                        || s.tags[k.at - 1] != Tag::Prep
                                        || s.lower[k.at - 1] == "of")
                            })?;
                            let c = k.actor.country()?;
                            // ("Russian mercenaries executing 300 civilians" in a story on
                            // Mali: people harmed by another country's armed men are of the
                            // country the story is about.)
                            let armed = matches!(
                                k.actor.role().as_deref(),
                                Some("MIL" | "UAF" | "REB" | "INS")
                            );
                            Some(match armed.then(|| memory.main_country()).flatten() {
                                Some(m) if m != c => {
                                    (m.clone(), format!("{m}, the country the story is about"))
                                }
                                _ => (c.clone(), format!("{c}, named before in the sentence")),
                            })
                        })
                })
                .or_else(|| {
                    // ("Thousands of protesters demanded his resignation" in a story set in
                    // Yerevan: the story's people.)
                    role.as_ref()
                        .filter(|(r, _)| matches!(r.as_str(), "CVL" | "EDU" | "LAB"))
                        .and_then(|_| memory.story_place.clone())
                        .map(|c| (c.clone(), format!("{c}, where the story is set")))
                });
            if let (Some((r, w)), Some((c, why))) = (&role, place) {
                // ("officials in Mogadishu blamed al Shabaab"; not a titled person,
                // "Chairman ... in Kabul", whose name may follow)
                let officials = r == "GOV" && plural_role;
                // ("seized government buildings in Sanaa": the state's buildings stand for it)
                let buildings =
                    r == "GOV" && w != s.lower[p.end - 1] && building_noun(s.lower[p.end - 1]);
                let domestic = officials
                    || buildings
                    || matches!(
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
                        // "gunmen in Kerman": unidentified armed forces of where they struck
                        | "UAF"
                        // ("blamed an organised crime gang" in a story set in Zagreb)
                        | "CRM"
                    );
                if domestic && !group_noun(w) {
                    found = Some((
                        Resolved {
                            code: with_role(&c, &role),
                            name: person_name.clone(),
                            why: format!("role '{w}' ({r}) in {why}"),
                            basis: Basis::RoleByPlace,
                        },
                        false,
                        false,
                    ));
                }
            }
        }
        // "Cuba rejected the claims, with a deputy foreign minister accusing Washington", "...,
        // a senior official said": an official no country is given for serves the country
        // whose actor opens the sentence.
        // (One person so described: "a" and a title at the phrase's head.)
        if found.is_none()
            && p.start > 0
            && matches!(s.lower[p.start], "a" | "an")
            && p.pronoun.is_none()
            && p.poss_pronoun.is_none()
            && person_name.is_none()
            && !p.mentions.is_empty()
            && p.mentions.iter().all(|m| {
                matches!(m.2.kind, MentionKind::Agent(_)) && m.2.span.end == s.toks[p.end - 1].end
            })
        {
            if let Some((r, w)) = &role {
                // (Not soldiers: "a regional peacekeeping force" is seldom the subject's.)
                if r == "GOV" {
                    if let Some(c) = memory.opening_country(s.idx) {
                        found = Some((
                            Resolved::unnamed(
                                with_role(&c, &role),
                                format!("'{w}' ({r}) of {c}, whose actor opens the sentence"),
                                Basis::Other,
                            ),
                            false,
                            false,
                        ));
                    }
                }
            }
        }
        // "Rioters burned shops in Tonga. Prime Minister Feleti Sevele asked Canberra for
        // help": one titled person, named but in no dictionary and given no country, serves
        // the country where the sentence happens, else where the story is set, else the
        // country the story's actors belong to most often.
        if found.is_none()
            && p.pronoun.is_none()
            && p.poss_pronoun.is_none()
            && !plural_role
            && p.owner_before_poss.is_none()
        {
            if let (Some((r, w)), Some(name)) = (&role, &person_name) {
                // (and a man or woman named in apposition: "arrested a 41-year-old man,
                // Tetsuya Yamagami"; not "Korean women")
                let apposed = (p.start..p.end).any(|t| s.lower[t] == ",");
                if matches!(r.as_str(), "GOV" | "MIL" | "COP" | "JUD" | "LEG" | "OPP")
                    || r == "CVL" && apposed
                {
                    let place = self
                        .sentence_country(s)
                        .map(|(c, _)| (c, "where the sentence happens"))
                        .or_else(|| {
                            memory
                                .story_place
                                .clone()
                                .map(|c| (c, "where the story is set"))
                        })
                        .or_else(|| {
                            memory
                                .main_country()
                                .map(|c| (c, "the country the story is most about"))
                        });
                    if let Some((c, why)) = place {
                        found = Some((
                            Resolved {
                                code: with_role(&c, &role),
                                name: Some(name.clone()),
                                why: format!("title '{w}' ({r}) of {c}, {why}"),
                                basis: Basis::RoleByPlace,
                            },
                            true,
                            false,
                        ));
                    }
                }
            }
        }
        // "leftist URNG guerrillas", "Seleka rebels": an armed group or movement called by a
        // name no dictionary holds belongs to the country just named.
        if found.is_none() && p.pronoun.is_none() && p.poss_pronoun.is_none() && plural_role {
            if let (Some((r, w)), Some(name)) = (&role, &person_name) {
                // ("Kurdish-led fighters in north-eastern Syria": where they are, when the
                // text says so.)
                let located = matches!(s.lower.get(p.end).copied(), Some("in" | "from"))
                    .then(|| s.phrases.iter().find(|q| q.start == p.end + 1))
                    .flatten()
                    .and_then(|q| {
                        q.mentions.iter().find_map(|(_, _, m)| match m.kind {
                            MentionKind::Country(i, NameForm::Name) => {
                                Some(d.countries[i].code.clone())
                            }
                            _ => None,
                        })
                    });
                let groupish = matches!(r.as_str(), "REB" | "INS" | "UAF" | "OPP" | "PTY" | "CRM");
                // ("The Sri Lankan government freed 300 Tamil detainees ... ahead of talks in
                // Thailand": people called by an ethnic name are of the country named before
                // them in the sentence.)
                let before = || memory.country_before(s.idx, p.start);
                let c = located
                    .or_else(|| groupish.then(|| memory.recent_country(s.idx)).flatten())
                    .or_else(|| people_role(r).then(before).flatten())
                    .or_else(|| self.sentence_country(s).map(|(c, _)| c));
                if let Some(c) = c {
                    found = Some((
                        Resolved {
                            code: with_role(&c, &role),
                            name: Some(name.clone()),
                            why: format!("'{name} {w}' ({r}) of {c}, the country just named"),
                            basis: Basis::Other,
                        },
                        false,
                        true,
                    ));
                }
            }
        }
        // "imposed sanctions on seven rebel leaders", "after militants fired rockets": rebels
        // with no country of their own are the armed group named before, else of the country
        // where the sentence happens or the one just named.
        if found.is_none()
            && p.pronoun.is_none()
            && p.poss_pronoun.is_none()
            && person_name.is_none()
        {
            if let Some((r, w)) = role.as_ref().filter(|(r, w)| {
                matches!(r.as_str(), "REB" | "INS" | "SEP")
                    && [
                        "rebel",
                        "insurgent",
                        "militant",
                        "guerrilla",
                        "separatist",
                        "jihadist",
                    ]
                    .iter()
                    .any(|x| w.contains(x))
            }) {
                let group = memory.last_group().filter(|k| {
                    matches!(
                        k.actor.role().as_deref(),
                        Some("REB" | "INS" | "SEP" | "RAD")
                    ) || k.actor.code.starts_with("IMG")
                });
                let resolved = match group {
                    Some(g) => Some((
                        g.actor.code.clone(),
                        format!("the group {}", g.actor.label()),
                    )),
                    // ("Sudan's government and southern rebels signed ... in Nairobi": the
                    // country named before them in the sentence comes before its place.)
                    // (Rebels acted upon are of where it happens: "air strikes on separatist
                    // hideouts inside Iran".)
                    None => {
                        let before = || memory.country_before(s.idx, p.start);
                        let place = || self.sentence_country(s).map(|(c, _)| c);
                        let acted_upon =
                            p.start > 0 && matches!(s.tags[p.start - 1], Tag::Verb(_) | Tag::Prep);
                        if acted_upon {
                            place().or_else(before)
                        } else {
                            before().or_else(place)
                        }
                    }
                    .or_else(|| memory.recent_country(s.idx))
                    .map(|c| {
                        (
                            with_role(&c, &role),
                            format!("of {c}, named before or where the sentence happens"),
                        )
                    }),
                };
                if let Some((code, why)) = resolved {
                    found = Some((
                        Resolved {
                            code,
                            name: None,
                            why: format!("'{w}' ({r}): {why}"),
                            basis: Basis::RoleByPlace,
                        },
                        false,
                        true,
                    ));
                }
            }
        }
        // "imposed a curfew on the capital": the capital of the country named last.
        if found.is_none() && p.mentions.is_empty() && s.lower[p.start..p.end] == ["the", "capital"]
        {
            if let Some(c) = memory.recent_country(s.idx) {
                found = Some((
                    Resolved::unnamed(
                        c.clone(),
                        format!("'the capital' of {c}, the country just named"),
                        Basis::Place,
                    ),
                    false,
                    false,
                ));
            }
        }
        // "expelled ten international aid agencies": aid agencies and charities that no
        // country claims are the transnational sector itself (NGO).
        if found.is_none() && p.pronoun.is_none() && p.poss_pronoun.is_none() {
            // ("Human rights groups accused the police": rights groups are NGOHRI.)
            // (Not a rights activist, who is of a country the text may leave unsaid.)
            if let Some((r, w)) = role.as_ref().filter(|(r, w)| {
                r == "NGO" || r == "HRI" && (w.contains("group") || w.contains("organi"))
            }) {
                let code = if r == "HRI" { "NGOHRI" } else { "NGO" };
                found = Some((
                    Resolved::unnamed(
                        code.to_string(),
                        format!("'{w}' ({code}) of no country"),
                        Basis::Other,
                    ),
                    false,
                    false,
                ));
            }
        }
        // 5. A place named on its own stands for its country, as in the peers' dictionaries:
        //    "shelled the city of Kherson", "Bannu was attacked".
        if found.is_none() && p.mentions.is_empty() && p.pronoun.is_none() {
            let covered = |t: usize| {
                s.tags[t] == Tag::Det || s.places.iter().any(|(a, b, _)| *a <= t && t < *b)
            };
            // "the Sagaing region"; not "the Gulf of Oman" (a sea).
            let division = |t: usize| t > p.start && t + 1 == p.end && place_noun(s.lower[t]);
            if !sea_of(&s.lower, p.start) && (p.start..p.end).all(|t| covered(t) || division(t)) {
                if let Some((_, _, m)) = s
                    .places
                    .iter()
                    .find(|(a, b, _)| p.start <= *a && *b <= p.end)
                {
                    let of_place = p.start >= 2
                        && s.lower[p.start - 1] == "of"
                        && place_noun(s.lower[p.start - 2]);
                    let big = |pl: &dyad_when_where::Place| {
                        pl.kind != dyad_when_where::places::PlaceKind::City
                            || pl.population >= 50_000
                            || of_place
                    };
                    if let Some(place) = self
                        .place_in_context(m, &memory.countries())
                        .filter(|pl| big(pl))
                    {
                        found = Some((
                            Resolved::unnamed(
                                place.country.clone(),
                                format!("place '{}' in {}", m.span.slice(text), place.country),
                                Basis::Place,
                            ),
                            false,
                            false,
                        ));
                    }
                }
            }
        }
        let (mut actor, person, group) = found?;
        // "Mutinous soldiers detained the president ... The officers said": bare officers
        // after soldiers and no police, in this sentence or the one before, are the army's.
        if actor.code.ends_with("COP")
            && matches!(s.lower[p.end - 1], "officers" | "officer")
            && p.end - p.start <= 3
            && !(p.start..p.end).any(|t| matches!(s.lower[t], "police" | "security"))
        {
            let army = memory.recent(s.idx).any(|k| k.actor.code.ends_with("MIL"));
            let police = memory.recent(s.idx).any(|k| k.actor.code.ends_with("COP"));
            if army && !police {
                actor.code = format!("{}MIL", &actor.code[..actor.code.len() - 3]);
                actor
                    .why
                    .push_str("; officers after soldiers are the army's");
            }
        }
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
            plural: many
                || group
                // ("About 20 NATO peacekeepers": a plural head after a name.)
                || (p.names.iter().all(|r| r.1 < p.end) && {
                    let head = s.lower[p.end - 1];
                    head.len() > 3
                        && head.ends_with('s')
                        && !head.ends_with("ss")
                        && s.tags[p.end - 1] == Tag::Noun
                }),
            group: group || role.as_ref().is_some_and(|(_, w)| group_noun(w)),
            sentence: s.idx,
            at: p.start,
            unnamed: false,
        })
    }

    /// The gazetteer's place for mention `m`, unless it is a small town abroad: with countries
    /// in `context`, a town of under 50,000 people in none of them is taken for a namesake
    /// the gazetteer lacks ("the central town of Moura" in a story on Mali is not Moura in
    /// Portugal). For giving actors a country; events keep the gazetteer's own reading.
    fn place_in_context(
        &self,
        m: &dyad_when_where::PlaceMention,
        context: &[String],
    ) -> Option<&dyad_when_where::Place> {
        use dyad_when_where::places::PlaceKind;
        self.gaz.resolve(m, None, context, None).filter(|p| {
            context.is_empty()
                || context.contains(&p.country)
                || p.kind != PlaceKind::City
                || p.population >= 50_000
        })
    }

    /// For "its" in phrase `p`: the nearest country or body before it in its sentence that is
    /// the subject of a verb ("The US launched strikes, expanding its campaign", "Russia said
    /// Ukraine had moved its troops").
    fn subject_thing<'m>(&self, s: &Sent<'_>, p: &Phrase, memory: &'m Memory) -> Option<&'m Known> {
        let subject = |at: usize| {
            let Some(q) = s.phrases.iter().find(|q| q.start == at) else {
                return false;
            };
            let mut j = q.end;
            loop {
                while j < s.tags.len()
                    && matches!(s.tags[j], Tag::Adv | Tag::Aux(_) | Tag::Modal | Tag::Neg)
                {
                    j += 1;
                }
                // "India on Friday recalled": past a time phrase.
                let time = |k: usize| {
                    s.phrases
                        .iter()
                        .find(|r| r.start == k)
                        .filter(|r| temporal_phrase(s, r))
                        .map(|r| r.end)
                };
                match s.lower.get(j).copied() {
                    Some("on" | "in" | "at") => match time(j + 1) {
                        Some(e) => j = e,
                        None => break,
                    },
                    _ => match time(j) {
                        Some(e) => j = e,
                        None => break,
                    },
                }
            }
            matches!(s.tags.get(j), Some(Tag::Verb(f)) if *f != VerbForm::Gerund)
        };
        memory
            .in_sentence(s.idx)
            .rfind(|k| !k.person && k.at < p.start && subject(k.at))
    }

    /// "A roadside bombing killed ...", "were killed by an improvised explosive device": a
    /// phrase that names an attack or a weapon and no actor stands for unidentified armed
    /// forces (CAMEO role UAF) of the country where the sentence happens, if it names one.
    pub(crate) fn unnamed_attacker(&self, s: &Sent<'_>, p: &Phrase) -> Option<Known> {
        // (A role word alone, "a suicide bomber", names no actor either.)
        let named = p
            .mentions
            .iter()
            .any(|(_, _, m)| !matches!(m.kind, MentionKind::Agent(_)));
        if named || p.pronoun.is_some() {
            return None;
        }
        let words = &s.lower[p.start..p.end];
        let head = *words.last()?;
        let attack = matches!(
            head,
            "bomb"
                | "bombs"
                | "bombing"
                | "bombings"
                | "bomber"
                | "bombers"
                | "ied"
                | "ieds"
                | "landmine"
                | "landmines"
                | "minefield"
                | "gunman"
                | "gunmen"
                | "attacker"
                | "attackers"
                | "assailant"
                | "assailants"
                | "grenade"
                | "grenades"
        ) || (head == "device" || head == "devices") && words.contains(&"explosive")
            // ("a massive explosion tore through the port": an explosion may be an accident;
            // it is an attack when the sentence says bomb, attack or suicide.)
            || matches!(head, "explosion" | "explosions" | "blast" | "blasts")
                && s.lower.iter().any(|w| {
                    w.starts_with("bomb")
                        || w.starts_with("attack")
                        || w.starts_with("suicide")
                        || matches!(*w, "car" | "truck" | "roadside" | "explosives" | "militants")
                });
        if !attack {
            return None;
        }
        // (With no place named, a claim of responsibility may still name the attacker; see
        // `credit_claims`.)
        let (country, why) = self
            .sentence_country(s)
            .unwrap_or_else(|| (String::new(), "no place named".into()));
        let mut k = Known::read_off(
            format!("{country}UAF"),
            None,
            format!(
                "{UNNAMED_ATTACKER} '{}' in {why}",
                s.span(p.start, p.end).slice(s.text)
            ),
            s.idx,
            p.start,
        );
        k.unnamed = true;
        Some(k)
    }

    /// The country a sentence happens in: a country or capital named on its own after a place
    /// preposition ("in Tbilisi", "outside Kabul"; not "near the Gaza border").
    pub(crate) fn sentence_country(&self, s: &Sent<'_>) -> Option<(String, String)> {
        let d = &self.dict.dicts;
        let text = s.text;
        // Not the place of a closing attribution: ", relief officials in Nairobi said."
        let n = s.tags.len();
        let said = (n.saturating_sub(12)..n)
            .rev()
            .find(|&v| self.is_reporting(s, v));
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
                                || compass(s.lower[t])
                                || (m.span.start <= s.toks[t].start && s.toks[t].end <= m.span.end)
                        });
                    // "in Nigeria's north-eastern Borno state": the owner of a located place.
                    let owner = p.owner_before_poss == Some(0)
                        && p.mentions.first().is_some_and(|x| x.2 == *m);
                    // "in the Kyrgyz capital Bishkek", "in the Georgian town of Gori"
                    let described_place = form == NameForm::Adjective
                        && (p.start..p.end).any(|t| {
                            matches!(s.lower[t], "capital" | "city" | "town" | "village")
                                || place_noun(s.lower[t])
                        });
                    if located && (bare || owner) && form != NameForm::Adjective
                        || located && described_place
                        || capital_site(s, p)
                    {
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
            let of_place = *a >= 2 && s.lower[*a - 1] == "of" && place_noun(s.lower[*a - 2]);
            // ("in northeastern Borno state", "in the south of")
            let mut b4 = *a;
            while b4 > 0 && b4 + 2 >= *a && (s.lower[b4 - 1] == "the" || compass(s.lower[b4 - 1])) {
                b4 -= 1;
            }
            let located = of_place || b4 > 0 && is_locative(s.lower[b4 - 1]);
            // ("Borno state", "Khost province": the place with its division word)
            let bare = s.phrases.iter().any(|p| {
                p.start == *a && (p.end == *b || p.end == *b + 1 && place_noun(s.lower[*b]))
            });
            // ("the Mozambican town of Palma": the country the description names, whatever
            // town of that name the gazetteer knows.)
            let described = of_place
                .then(|| s.phrase_ending_at(*a - 1))
                .flatten()
                .and_then(|q| {
                    s.phrases[q]
                        .mentions
                        .iter()
                        .find_map(|(_, _, dm)| match dm.kind {
                            MentionKind::Country(ci, NameForm::Adjective) => Some(ci),
                            _ => None,
                        })
                });
            if let (true, Some(ci)) = (bare, described) {
                return Some((
                    d.countries[ci].code.clone(),
                    format!("'{}' in {}", m.span.slice(text), d.countries[ci].code),
                ));
            }
            // ("the Zanzibar island of Pemba": the country of the place that describes it)
            let described_by_place = (bare && of_place)
                .then(|| s.phrase_ending_at(*a - 1))
                .flatten()
                .and_then(|q| {
                    let ph = &s.phrases[q];
                    s.places
                        .iter()
                        .find(|(a2, b2, _)| ph.start <= *a2 && *b2 < ph.end)
                        .and_then(|(_, _, m2)| self.place_in_context(m2, &s.context))
                });
            if let (true, Some(place)) = (bare, described_by_place) {
                return Some((
                    place.country.clone(),
                    format!("'{}' in {}", m.span.slice(text), place.country),
                ));
            }
            if located && bare {
                if let Some(place) = self.place_in_context(m, &s.context) {
                    return Some((
                        place.country.clone(),
                        format!("'{}' ({})", m.span.slice(text), place.country),
                    ));
                }
            }
        }
        None
    }
}

/// Whether phrase `p` is a site that a capital qualifies: "Bangkok's international airport",
/// "the Tokyo subway".
fn capital_site(s: &Sent<'_>, p: &Phrase) -> bool {
    site_noun(s.lower[p.end - 1])
        && p.mentions.iter().any(|(_, b, m)| {
            matches!(m.kind, MentionKind::Country(_, NameForm::Capital)) && *b < p.end - 1
        })
}

/// The first token of the subject of the clause whose verb stands right before token `at`
/// ("Trump [recognised] him"): the phrase before that verb, or for a participle after a comma
/// the sentence's first phrase.
fn clause_subject_at(s: &Sent<'_>, at: usize) -> Option<usize> {
    let mut v = at.checked_sub(1)?;
    // ("arrested 13 of them": past the count.)
    if s.lower[v] == "of"
        && v > 1
        && (s.tags[v - 1] == Tag::Num
            || tag::number_word(s.lower[v - 1])
            || matches!(s.lower[v - 1], "some" | "most" | "many" | "several" | "all"))
    {
        v -= 2;
    }
    while s.tags[v] == Tag::Adv {
        v = v.checked_sub(1)?;
    }
    if !matches!(s.tags[v], Tag::Verb(_)) {
        return None;
    }
    if s.tags[v] == Tag::Verb(VerbForm::Gerund) && v > 0 && s.lower[v - 1] == "," {
        return s.phrases.first().map(|p| p.start);
    }
    let mut e = v;
    while e > 0
        && matches!(
            s.tags[e - 1],
            Tag::Adv | Tag::Aux(_) | Tag::Modal | Tag::Neg
        )
    {
        e -= 1;
    }
    // ("stormed the building and arrested them": the subject of the verb joined before.)
    if s.phrase_ending_at(e).is_none() && e > 0 && s.tags[e - 1] == Tag::Conj {
        if let Some(j) = (e.saturating_sub(12)..e - 1)
            .rev()
            .find(|&j| matches!(s.tags[j], Tag::Verb(f) if f != VerbForm::Gerund))
        {
            return clause_subject_at(s, j + 1);
        }
    }
    s.phrase_ending_at(e).map(|q| s.phrases[q].start)
}

/// The tokens of the whole subject of the clause whose verb stands right before token `at`,
/// its conjuncts included ("France, Portugal, Spain and Italy [refused] it").
fn clause_subject_span(s: &Sent<'_>, at: usize) -> Option<(usize, usize)> {
    let a = clause_subject_at(s, at)?;
    let end = s.phrase_starting_at(a).map(|q| s.phrases[q].end)?;
    let mut start = a;
    while start >= 2 && matches!(s.lower[start - 1], "," | "and") {
        let joint = if s.lower[start - 1] == "and" && start >= 3 && s.lower[start - 2] == "," {
            start - 2
        } else {
            start - 1
        };
        match s.phrase_ending_at(joint) {
            Some(r) => start = s.phrases[r].start,
            None => break,
        }
    }
    Some((start, end))
}

/// A compass word before a place: "central Cairo", "northeastern Borno".
fn compass(w: &str) -> bool {
    matches!(
        w,
        "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "downtown"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
            | "north-eastern"
            | "north-western"
            | "south-eastern"
            | "south-western"
    )
}
