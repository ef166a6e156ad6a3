//! The text stage: a document's text in, sentences and tokens with byte spans out, plus the
//! word knowledge (verb lemmas, closed word classes) the coder's clause rules use.
//!
//! Method: rules and lexicons, not a trained model. Sentence splitting and tokenising are
//! hand-written rules for news prose; lemmas come from generating the inflections of known
//! verbs (see [`lemma`]); part of speech is decided where it matters, in the coder, from the
//! closed word classes here and the words around a verb ("the meeting" is a noun, "were
//! meeting" a verb). `ARCHITECTURE.md` says why.

pub mod lemma;
mod sentences;
mod tokenize;
pub mod words;

pub use lemma::{VerbForm, VerbLexicon};
pub use sentences::split_sentences;
pub use tokenize::tokenize;
pub use words::{word_class, WordClass};

use dyad_model::{Sentence, Token};

/// A document's text analysed: tokens, their lower-case forms, and sentences.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Lower-case form of each token (curly apostrophes made straight).
    pub lower: Vec<String>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
}

/// Tokenise and split `text`.
pub fn analyze(text: &str) -> Analysis {
    let tokens = tokenize(text);
    let lower = tokens
        .iter()
        .map(|t| {
            let s = t.span.slice(text);
            if s.is_ascii() {
                s.to_ascii_lowercase()
            } else {
                s.to_lowercase().replace('\u{2019}', "'")
            }
        })
        .collect();
    let sentences = split_sentences(text, &tokens);
    Analysis {
        tokens,
        lower,
        sentences,
    }
}
