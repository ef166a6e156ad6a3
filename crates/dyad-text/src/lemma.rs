//! Verb lemmas. Rather than guess a lemma from any word (which turns "news" into "new"), dyad
//! generates every inflection of the verbs it knows (those of the verb dictionary and a core
//! list below) with English spelling rules and an irregular table, and looks words up.

use std::collections::HashMap;

/// The inflection a verb form has. A form can be ambiguous ("met" is past and participle).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerbForm {
    /// "meet"
    Base,
    /// "meets"
    ThirdSingular,
    /// "met" (simple past; also a participle when the two coincide).
    Past,
    /// "met", "taken" (past participle only).
    Participle,
    /// Past tense and past participle alike ("met", "held", "attacked").
    PastOrParticiple,
    /// "meeting"
    Gerund,
}

impl VerbForm {
    /// Can be a past participle (for passives and perfects).
    pub fn participle(self) -> bool {
        matches!(self, VerbForm::Participle | VerbForm::PastOrParticiple)
    }
    /// Can be a finite past tense.
    pub fn past(self) -> bool {
        matches!(self, VerbForm::Past | VerbForm::PastOrParticiple)
    }
}

/// Irregular verbs: base, past, participle ("|" separates alternatives).
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("arise", "arose", "arisen"),
    ("be", "was|were", "been"),
    ("bear", "bore", "borne|born"),
    ("beat", "beat", "beaten|beat"),
    ("become", "became", "become"),
    ("begin", "began", "begun"),
    ("bend", "bent", "bent"),
    ("bid", "bid", "bid"),
    ("bind", "bound", "bound"),
    ("bite", "bit", "bitten"),
    ("blow", "blew", "blown"),
    ("break", "broke", "broken"),
    ("bring", "brought", "brought"),
    ("broadcast", "broadcast", "broadcast"),
    ("build", "built", "built"),
    ("burn", "burned|burnt", "burned|burnt"),
    ("buy", "bought", "bought"),
    ("cast", "cast", "cast"),
    ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"),
    ("come", "came", "come"),
    ("cost", "cost", "cost"),
    ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"),
    ("dig", "dug", "dug"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("drive", "drove", "driven"),
    ("eat", "ate", "eaten"),
    ("fall", "fell", "fallen"),
    ("feed", "fed", "fed"),
    ("feel", "felt", "felt"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("flee", "fled", "fled"),
    ("fly", "flew", "flown"),
    ("forbid", "forbade|forbid", "forbidden"),
    ("forecast", "forecast", "forecast"),
    ("foresee", "foresaw", "foreseen"),
    ("forgive", "forgave", "forgiven"),
    ("freeze", "froze", "frozen"),
    ("get", "got", "got|gotten"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("grow", "grew", "grown"),
    ("hang", "hung|hanged", "hung|hanged"),
    ("have", "had", "had"),
    ("hear", "heard", "heard"),
    ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("hurt", "hurt", "hurt"),
    ("keep", "kept", "kept"),
    ("know", "knew", "known"),
    ("lay", "laid", "laid"),
    ("lead", "led", "led"),
    ("leave", "left", "left"),
    ("lend", "lent", "lent"),
    ("let", "let", "let"),
    ("lie", "lay", "lain"),
    ("light", "lit|lighted", "lit|lighted"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("mean", "meant", "meant"),
    ("meet", "met", "met"),
    ("mislead", "misled", "misled"),
    ("overcome", "overcame", "overcome"),
    ("overrun", "overran", "overrun"),
    ("oversee", "oversaw", "overseen"),
    ("overthrow", "overthrew", "overthrown"),
    ("pay", "paid", "paid"),
    ("prove", "proved", "proven|proved"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("read", "read", "read"),
    ("rebuild", "rebuilt", "rebuilt"),
    ("rid", "rid", "rid"),
    ("ride", "rode", "ridden"),
    ("ring", "rang", "rung"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shake", "shook", "shaken"),
    ("shed", "shed", "shed"),
    ("shoot", "shot", "shot"),
    ("show", "showed", "shown|showed"),
    ("shut", "shut", "shut"),
    ("sink", "sank", "sunk"),
    ("sit", "sat", "sat"),
    ("slay", "slew", "slain"),
    ("speak", "spoke", "spoken"),
    ("spend", "spent", "spent"),
    ("split", "split", "split"),
    ("spread", "spread", "spread"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("stick", "stuck", "stuck"),
    ("strike", "struck", "struck|stricken"),
    ("swear", "swore", "sworn"),
    ("take", "took", "taken"),
    ("teach", "taught", "taught"),
    ("tear", "tore", "torn"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("undergo", "underwent", "undergone"),
    ("understand", "understood", "understood"),
    ("undertake", "undertook", "undertaken"),
    ("uphold", "upheld", "upheld"),
    ("wake", "woke", "woken"),
    ("wear", "wore", "worn"),
    ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"),
    ("withhold", "withheld", "withheld"),
    ("write", "wrote", "written"),
    ("shrink", "shrank", "shrunk"),
    ("sting", "stung", "stung"),
    ("swing", "swung", "swung"),
    ("retake", "retook", "retaken"),
    ("rethink", "rethought", "rethought"),
    ("upset", "upset", "upset"),
    ("forsake", "forsook", "forsaken"),
    ("forgo", "forwent", "forgone"),
    ("forget", "forgot", "forgotten"),
    ("outlaw", "outlawed", "outlawed"),
    ("reset", "reset", "reset"),
    ("recast", "recast", "recast"),
    ("shine", "shone", "shone"),
    ("speed", "sped|speeded", "sped|speeded"),
];

/// Verbs the clause analysis needs to recognise even when no dictionary pattern uses them.
const CORE_VERBS: &[&str] = &[
    "say",
    "tell",
    "add",
    "state",
    "announce",
    "claim",
    "report",
    "tweet",
    "write",
    "insist",
    "confirm",
    "deny",
    "note",
    "explain",
    "believe",
    "think",
    "know",
    "hope",
    "expect",
    "want",
    "plan",
    "try",
    "seek",
    "need",
    "look",
    "see",
    "become",
    "remain",
    "seem",
    "stay",
    "go",
    "come",
    "get",
    "give",
    "take",
    "make",
    "put",
    "keep",
    "leave",
    "bring",
    "involve",
    "include",
    "allow",
    "help",
    "continue",
    "start",
    "begin",
    "stand",
    "sign",
    "detail",
    "specify",
    "discuss",
    "debate",
    "stress",
    "push",
    "pull",
    "play",
    "work",
    "live",
    "die",
    "fall",
    "rise",
    "show",
    "ask",
    "use",
    "find",
    "speak",
    "talk",
    "reach",
    "agree",
    "commit",
    "lead",
    "run",
    "hold",
    "meet",
    "call",
    "fire",
    "kill",
    "attack",
    "welcome",
    "thank",
    "do",
    "have",
    "be",
    "wound",
    "injure",
    "win",
    "lose",
    "beat",
    "rally",
    "trade",
    "close",
    "open",
    "match",
    "ensure",
    "face",
    "undertake",
    "allocate",
    "remove",
    "speed",
    "accelerate",
    // Irregular verbs news uses of acts: "a suicide bomber drove a truck", "troops fled",
    // "rebels overthrew the king"; their past forms are unknown words otherwise.
    "drive",
    "flee",
    "overthrow",
    "sink",
    "swear",
    "catch",
    "choose",
    "grow",
    "shake",
    "spend",
    "steal",
    "hide",
    "withhold",
    "uphold",
    "undergo",
    "oversee",
    "forbid",
    "rebuild",
    "dig",
    "ride",
    "tear",
    "hear",
    "feel",
    "understand",
    "forget",
    "hang",
];

/// Verbs whose "re-" form means doing the act again ("reimpose", "reopen"); only these, since
/// "resign", "retreat" or "release" are other verbs.
const RE_PREFIXED: &[&str] = &[
    "impose",
    "open",
    "capture",
    "deploy",
    "establish",
    "affirm",
    "enter",
    "launch",
    "join",
    "elect",
    "arm",
    "unite",
    "convene",
    "instate",
    "occupy",
    "arrest",
    "invade",
    "start",
];

const DOUBLING: &[&str] = &[
    "commit", "admit", "permit", "submit", "omit", "regret", "control", "patrol", "compel",
    "expel", "repel", "propel", "refer", "prefer", "confer", "defer", "occur", "deter", "transfer",
    "equip", "acquit", "rebel", "enrol", "enroll", "abet", "embed", "forget", "outstrip", "kidnap",
    "handicap", "worship", "format", "airdrop", "annul",
];

/// British and American spellings both: "cancelled" and "canceled".
const L_DOUBLING: &[&str] = &[
    "travel", "cancel", "label", "signal", "fuel", "model", "level", "total", "channel", "counsel",
    "quarrel", "shovel", "marshal", "pencil", "equal", "dial", "duel", "rival", "tunnel",
];

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn syllables(w: &str) -> usize {
    let b = w.as_bytes();
    let mut n = 0;
    let mut prev = false;
    for &c in b {
        let v = is_vowel(c) || c == b'y';
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    n
}

fn doubles(w: &str) -> bool {
    if DOUBLING.contains(&w) {
        return true;
    }
    // A compound doubles as its last part does: "air-drop" -> "air-dropped".
    if let Some((_, last)) = w.rsplit_once('-') {
        return doubles(last);
    }
    let b = w.as_bytes();
    let n = b.len();
    if n < 3 || syllables(w) != 1 {
        return false;
    }
    let (c1, v, c2) = (b[n - 3], b[n - 2], b[n - 1]);
    !is_vowel(c1) && is_vowel(v) && !is_vowel(c2) && !matches!(c2, b'w' | b'x' | b'y') && c1 != b'q'
}

/// Regular inflections of a one-word verb `w`: (3sg, past, gerund) with alternatives.
fn regular(w: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let b = w.as_bytes();
    let n = b.len();
    let last = b.last().copied().unwrap_or(b' ');
    let before = if n >= 2 { b[n - 2] } else { b' ' };
    let third = if w.ends_with('s')
        || w.ends_with('x')
        || w.ends_with('z')
        || w.ends_with("ch")
        || w.ends_with("sh")
        || (last == b'o' && !is_vowel(before))
    {
        format!("{w}es")
    } else if last == b'y' && !is_vowel(before) {
        format!("{}ies", &w[..n - 1])
    } else {
        format!("{w}s")
    };
    let mut past = Vec::new();
    let mut ger = Vec::new();
    if last == b'e' {
        past.push(format!("{w}d"));
        if w.ends_with("ee") || w.ends_with("ye") || w.ends_with("oe") {
            ger.push(format!("{w}ing"));
        } else if w.ends_with("ie") {
            ger.push(format!("{}ying", &w[..n - 2]));
        } else {
            ger.push(format!("{}ing", &w[..n - 1]));
        }
    } else if last == b'y' && !is_vowel(before) {
        past.push(format!("{}ied", &w[..n - 1]));
        ger.push(format!("{w}ing"));
    } else if last == b'c' {
        past.push(format!("{w}ked"));
        ger.push(format!("{w}king"));
    } else if doubles(w) {
        let c = last as char;
        past.push(format!("{w}{c}ed"));
        ger.push(format!("{w}{c}ing"));
    } else {
        past.push(format!("{w}ed"));
        ger.push(format!("{w}ing"));
        if L_DOUBLING.contains(&w) {
            past.push(format!("{w}led"));
            ger.push(format!("{w}ling"));
        }
    }
    (vec![third], past, ger)
}

/// A table from every known verb form (lower case) to its lemma and inflections.
#[derive(Debug, Clone, Default)]
pub struct VerbLexicon {
    forms: HashMap<String, Vec<(String, VerbForm)>>,
}

impl VerbLexicon {
    /// A lexicon of the core verbs plus `lemmas`.
    pub fn new<'a>(lemmas: impl IntoIterator<Item = &'a str>) -> Self {
        let mut lex = VerbLexicon::default();
        for l in CORE_VERBS.iter().copied().chain(lemmas) {
            lex.add(l);
        }
        // "reimposed", "re-opened": the repeated act reads as the act.
        for base in RE_PREFIXED {
            lex.add(base);
            let forms: Vec<(String, Vec<(String, VerbForm)>)> = lex
                .forms
                .iter()
                .filter(|(_, r)| r.iter().any(|(l, _)| l == base))
                .map(|(f, r)| (f.clone(), r.clone()))
                .collect();
            for (f, readings) in forms {
                for (l, g) in readings.into_iter().filter(|(l, _)| l == base) {
                    lex.push(&format!("re{f}"), &l, g);
                    lex.push(&format!("re-{f}"), &l, g);
                }
            }
        }
        lex
    }

    /// Add one lemma (lower case, one word, may hold hyphens) and all its forms.
    pub fn add(&mut self, lemma: &str) {
        let lemma = lemma.trim().to_lowercase();
        if lemma.is_empty()
            || self
                .forms
                .get(&lemma)
                .is_some_and(|v| v.iter().any(|(l, f)| *l == lemma && *f == VerbForm::Base))
        {
            return;
        }
        let irregular = IRREGULAR.iter().find(|(b, _, _)| *b == lemma).copied();
        let (third, _, ger) = regular(&lemma);
        self.push(&lemma, &lemma, VerbForm::Base);
        if lemma == "be" {
            for f in ["am", "is", "are", "'s", "'re", "'m"] {
                self.push(f, "be", VerbForm::Base);
            }
            self.push("being", "be", VerbForm::Gerund);
        } else if lemma == "have" {
            self.push("has", "have", VerbForm::ThirdSingular);
            self.push("'ve", "have", VerbForm::Base);
            self.push("having", "have", VerbForm::Gerund);
        } else {
            for t in &third {
                self.push(t, &lemma, VerbForm::ThirdSingular);
            }
            for g in &ger {
                self.push(g, &lemma, VerbForm::Gerund);
            }
        }
        match irregular {
            Some((_, past, part)) => {
                for p in past.split('|') {
                    let both = part.split('|').any(|q| q == p);
                    self.push(
                        p,
                        &lemma,
                        if both {
                            VerbForm::PastOrParticiple
                        } else {
                            VerbForm::Past
                        },
                    );
                }
                for q in part.split('|') {
                    if !past.split('|').any(|p| p == q) {
                        self.push(q, &lemma, VerbForm::Participle);
                    }
                }
            }
            None => {
                let (_, past, _) = regular(&lemma);
                for p in past {
                    self.push(&p, &lemma, VerbForm::PastOrParticiple);
                }
            }
        }
    }

    fn push(&mut self, form: &str, lemma: &str, f: VerbForm) {
        let e = self.forms.entry(form.to_string()).or_default();
        if !e.iter().any(|(l, g)| l == lemma && *g == f) {
            e.push((lemma.to_string(), f));
        }
    }

    /// The readings of a lower-case word as a verb form.
    pub fn lookup(&self, lower: &str) -> &[(String, VerbForm)] {
        self.forms.get(lower).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The lemma of a lower-case word, if it is a known verb form.
    pub fn lemma(&self, lower: &str) -> Option<&str> {
        self.lookup(lower).first().map(|(l, _)| l.as_str())
    }

    /// Every form of `lemma` this lexicon knows.
    pub fn forms_of(&self, lemma: &str) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .forms
            .iter()
            .filter(|(_, r)| r.iter().any(|(l, _)| l == lemma))
            .map(|(f, _)| f.as_str())
            .collect();
        v.sort_unstable();
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn re_prefixed_forms_read_as_the_base_verb_only_for_listed_verbs() {
        let lex = VerbLexicon::new(["sign", "treat"]);
        assert_eq!(lex.lemma("reimposed"), Some("impose"));
        assert_eq!(lex.lemma("re-opened"), Some("open"));
        assert_eq!(lex.lemma("resigned"), None);
        assert_eq!(lex.lemma("retreated"), None);
    }

    #[test]
    fn inflections() {
        let lex = VerbLexicon::new([
            "meet",
            "seize",
            "fire",
            "stop",
            "visit",
            "ban",
            "travel",
            "co-ordinate",
            "commit",
            "panic",
            "carry",
            "tie",
            "free",
            "criticise",
            "hold",
            "veto",
            "air-drop",
            "airdrop",
        ]);
        let cases = [
            ("met", "meet"),
            ("meets", "meet"),
            ("meeting", "meet"),
            ("seized", "seize"),
            ("fired", "fire"),
            ("stopped", "stop"),
            ("visited", "visit"),
            ("banned", "ban"),
            ("travelled", "travel"),
            ("traveled", "travel"),
            ("co-ordinated", "co-ordinate"),
            ("committed", "commit"),
            ("panicked", "panic"),
            ("carried", "carry"),
            ("tying", "tie"),
            ("freed", "free"),
            ("freeing", "free"),
            ("criticising", "criticise"),
            ("held", "hold"),
            ("vetoes", "veto"),
            ("air-dropped", "air-drop"),
            ("airdropped", "airdrop"),
            ("said", "say"),
            ("were", "be"),
            ("has", "have"),
        ];
        for (form, lemma) in cases {
            assert_eq!(lex.lemma(form), Some(lemma), "{form}");
        }
        assert!(lex.lookup("met").iter().any(|(_, f)| f.participle()));
        assert_eq!(lex.lemma("news"), None);
        assert_eq!(lex.lemma("visiting"), Some("visit"));
    }
}
