//! Closed-class English words: the part-of-speech knowledge dyad's clause rules need. Open-class
//! words (nouns, verbs) are told apart by the verb lexicon and the words around them.

/// A closed word class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordClass {
    /// the, a, this, some, several ...
    Determiner,
    /// his, her, its, their, our ...
    Possessive,
    /// he, she, it, they, we ...
    SubjectPronoun,
    /// him, them, us ...
    ObjectPronoun,
    /// in, on, with, at ...
    Preposition,
    /// and, or, but
    Conjunction,
    /// that, which, who, because, although, if ...
    Subordinator,
    /// will, would, could, may ...
    Modal,
    /// not, n't, never
    Negation,
    /// also, still, already, reportedly ...
    Adverb,
    /// none of the above
    Other,
}

/// The closed class of a lower-case word.
pub fn word_class(lower: &str) -> WordClass {
    use WordClass::*;
    match lower {
        "the" | "a" | "an" | "this" | "that" | "these" | "those" | "some" | "any" | "every"
        | "each" | "both" | "all" | "several" | "many" | "few" | "no" | "another" | "other"
        | "such" | "two" | "three" | "most" => Determiner,
        "his" | "her" | "its" | "their" | "our" | "my" | "your" => Possessive,
        "he" | "she" | "it" | "they" | "we" | "i" | "you" => SubjectPronoun,
        "him" | "them" | "us" | "me" => ObjectPronoun,
        "in" | "on" | "at" | "by" | "with" | "from" | "to" | "for" | "of" | "about" | "against"
        | "between" | "among" | "into" | "onto" | "over" | "under" | "after" | "before"
        | "during" | "since" | "until" | "through" | "across" | "toward" | "towards" | "near"
        | "without" | "within" | "amid" | "amidst" | "despite" | "via" | "per" | "upon"
        | "outside" | "inside" | "along" | "beyond" | "behind" | "around" | "off" | "out"
        | "up" | "down" | "like" | "following" | "including" | "except" | "alongside"
        | "throughout" | "amongst" | "beside" | "unlike" | "versus" => Preposition,
        "and" | "or" | "but" | "nor" | "yet" => Conjunction,
        "which" | "who" | "whom" | "whose" | "where" | "when" | "while" | "although" | "though"
        | "because" | "if" | "unless" | "whether" | "whereas" | "as" => Subordinator,
        "will" | "would" | "could" | "might" | "may" | "should" | "must" | "shall" | "can"
        | "cannot" | "'ll" | "'d" | "wo" | "ca" => Modal,
        "not" | "n't" | "never" => Negation,
        "also" | "still" | "already" | "reportedly" | "allegedly" | "later" | "again" | "then"
        | "now" | "recently" | "previously" | "earlier" | "jointly" | "formally" | "officially"
        | "repeatedly" | "briefly" | "separately" | "reluctantly" | "finally" | "just" | "even"
        | "only" | "once" | "twice" | "immediately" | "quickly" | "publicly" | "privately"
        | "strongly" | "sharply" | "personally" | "directly" | "swiftly" | "yesterday"
        | "today" | "tonight" | "ever" | "apparently" | "reportedly," | "outright" | "here"
        | "soon" | "afresh" | "anew" => Adverb,
        _ => Other,
    }
}

/// Modals that put an act in the future ("will visit") rather than the merely possible.
pub fn is_future_modal(lower: &str) -> bool {
    matches!(lower, "will" | "'ll" | "shall" | "wo")
}

/// Modals that make an act hypothetical.
pub fn is_hypothetical_modal(lower: &str) -> bool {
    matches!(
        lower,
        "could" | "might" | "may" | "should" | "must" | "can" | "cannot" | "ca"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        assert_eq!(word_class("the"), WordClass::Determiner);
        assert_eq!(word_class("their"), WordClass::Possessive);
        assert_eq!(word_class("with"), WordClass::Preposition);
        assert_eq!(word_class("n't"), WordClass::Negation);
        assert_eq!(word_class("would"), WordClass::Modal);
        assert_eq!(word_class("which"), WordClass::Subordinator);
        assert_eq!(word_class("envoy"), WordClass::Other);
        assert!(is_future_modal("will") && !is_future_modal("could"));
        assert!(is_hypothetical_modal("could"));
    }
}
