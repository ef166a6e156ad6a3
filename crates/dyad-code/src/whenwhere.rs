//! When and where an event happened: the date expression nearest its trigger, the place the
//! words mark as a place, and the country a target-less act is aimed at.

use super::*;

impl Coder {
    /// The place an event at token `v` happened: the located place mention nearest to it ("in
    /// Tajikistan", "near Kherson", "the city of Aleppo", "Khost province", "Afghanistan's
    /// Khost province"), never one of the event's own actors.
    pub(crate) fn event_place(
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

    /// The country phrase of a place adjunct ("in Beijing", "in the Gaza Strip") after the verb
    /// phrase ending at `end`, within its clause, for the codes aimed at where they happen.
    pub(crate) fn place_target(
        &self,
        s: &Sent<'_>,
        v: usize,
        end: usize,
        code: &str,
    ) -> Option<usize> {
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
                    || tag::number_word(s.lower[a])
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
                "in" | "into" | "inside" | "across" | "throughout" | "over" | "near"
            ) {
                // A bare country (or its capital, a city), not a person or a body; "in the east
                // of the Gaza Strip" reads on to the name.
                let of_place = |q: usize| {
                    let e = s.phrases[q].end;
                    (s.lower.get(e) == Some(&"of"))
                        .then(|| s.phrase_starting_at(e + 1))
                        .flatten()
                };
                if let Some((q, k)) = s
                    .phrase_starting_at(i + 1)
                    .and_then(|q| {
                        if s.actors[q].is_some() {
                            Some(q)
                        } else {
                            of_place(q)
                        }
                    })
                    .and_then(|q| Some((q, s.actors[q].as_ref()?)))
                {
                    let place = k.actor.code.len() == 3
                        || matches!(k.actor.basis, Basis::Capital | Basis::Place);
                    return (place && !k.person && !k.group).then_some(q);
                }
            }
            i += 1;
        }
        None
    }
}

pub(crate) fn event_place(p: &dyad_when_where::Place, span: Span) -> dyad_model::EventPlace {
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
pub(crate) fn event_date(
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
