//! Modality and reported speech: negation, hypotheticals, announced intent and refusals, and
//! the reporting verbs whose speakers become an event's attribution.

use super::*;

impl Coder {
    /// Negation, hypothetical and future intent for the verb at `v`.
    pub(crate) fn modality(
        &self,
        s: &Sent<'_>,
        v: usize,
        reporters: &[Reporter],
    ) -> (Modality, bool) {
        let mut m = Modality::default();
        let mut intent = false;
        // "accused Israel of assassinating", "arrested for collaborating with": an allegation
        // or a reason, not a reported act.
        let alleged = |g: usize| {
            matches!(s.tags[g], Tag::Verb(VerbForm::Gerund))
                && g > 0
                && matches!(s.lower[g - 1], "of" | "for" | "against" | "about" | "over")
        };
        // ("accused of burning villages and killing civilians": so is a gerund joined to one.)
        let joined_to_alleged = matches!(s.tags[v], Tag::Verb(VerbForm::Gerund))
            && v > 1
            && matches!(s.lower[v - 1], "and" | "or")
            && (v.saturating_sub(7)..v - 1)
                .rev()
                .take_while(|&g| !matches!(s.tags[g], Tag::Punct | Tag::Sub))
                .any(alleged);
        if alleged(v) || joined_to_alleged {
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
                    // "prompting Dhaka to summon the envoy", "forcing the president to flee":
                    // what another was made to do was done.
                    let caused = gov.is_some_and(|j| {
                        self.lex
                            .lemma(s.lower[j])
                            .is_some_and(|l| matches!(l, "force" | "prompt" | "compel" | "oblige"))
                            && self.controller(s, j, i).is_some()
                    });
                    // "wants Putin to attack": asked of another, not done or intended.
                    if !caused && gov.is_some_and(|j| self.controller(s, j, i).is_some()) {
                        m.hypothetical = true;
                        break;
                    }
                    // "staged a hunger strike to protest", "opened fire to disperse": the
                    // protest and the dispersal happened.
                    let done = gov.is_some_and(|j| {
                        s.tags[j] == Tag::Noun && PURPOSE_DONE.contains(&s.lower[j])
                    });
                    match gov.and_then(|j| self.lex.lemma(s.lower[j])) {
                        _ if done || caused => {}
                        Some(l) if REALIZED.contains(&l) => {}
                        // "marched to demand his resignation": what a protest voices is voiced
                        // (not "gathered to defend it", "vowed to march on the capital to
                        // topple him").
                        Some(l)
                            if PROTEST_DONE.contains(&l)
                                && s.lower
                                    .get(i + 1)
                                    .and_then(|w| self.lex.lemma(w))
                                    .is_some_and(|w| {
                                        matches!(
                                            w,
                                            "demand"
                                                | "protest"
                                                | "denounce"
                                                | "condemn"
                                                | "call"
                                                | "press"
                                                | "oppose"
                                                | "reject"
                                                | "urge"
                                        )
                                    }) => {}
                        // "telephoned Moreno to express his condolences": what a call was
                        // made to say was said.
                        Some("telephone" | "phone" | "call") => {}
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
    pub(crate) fn reporters(&self, s: &Sent<'_>) -> Vec<Reporter> {
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

pub(crate) fn r_span(s: &Sent<'_>, reporters: &[Reporter], v: usize) -> Span {
    reporters
        .iter()
        .find(|r| r.covers(v))
        .map(|r| s.span(s.phrases[r.speaker].start, s.phrases[r.speaker].end))
        .unwrap_or_default()
}

/// CAMEO's "express intent" code for an act announced for the future.
/// The CAMEO codebook pairs each cooperative act with an "express intent" code: consult (04)
/// with 036 (039 for mediation), material cooperation (06x) with 031x, aid (07x) with 033x,
/// yielding (08x) with 035x; and each conflictual act with a threat (13x).
pub(crate) fn intent_code(code: &str) -> Option<&'static str> {
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
pub(crate) fn refusal_code(code: &str) -> Option<&'static str> {
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

/// A reporting verb and what it reports.
pub(crate) struct Reporter {
    pub(crate) verb: usize,
    pub(crate) speaker: usize,
    pub(crate) from: usize,
    pub(crate) to: usize,
}

impl Reporter {
    pub(crate) fn covers(&self, v: usize) -> bool {
        self.from <= v && v < self.to && v != self.verb
    }
}
