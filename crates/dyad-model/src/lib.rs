//! The contract every dyad stage shares: the document, byte spans into its text, tokens,
//! sentences, actors and events.
//!
//! This crate is deliberately small and has no heavy dependencies. Every annotation carries a
//! [`Span`] of **byte** offsets into the original document text; no stage rewrites the text or
//! the offsets of an earlier stage (the JSON record converts them to character offsets at the
//! very end, see the `dyad` crate).

mod date;
mod event;

pub use date::{Date, DateError};
pub use event::{Actor, CameoInfo, DatePrecision, Event, EventPlace, Modality, Plover};

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    /// Whether the span is empty.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    /// The text the span points at.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// One article to code.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Caller's identifier, echoed in every event.
    pub id: String,
    /// Publication date, when known; relative dates resolve against it.
    pub date: Option<Date>,
    /// The text, exactly as given.
    pub text: String,
    /// Headline, when given apart from the text.
    pub title: Option<String>,
    /// Where the article came from.
    pub url: Option<String>,
    /// Who published it.
    pub publisher: Option<String>,
}

/// What kind of token a [`Token`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TokenKind {
    /// Letters (possibly with inner hyphens, dots of an abbreviation or apostrophes).
    Word,
    /// Digits, possibly with `,` `.` `-` `/` inside ("2,500", "2-1", "1.5").
    Number,
    /// Anything else: punctuation, quotes, symbols.
    Punct,
}

/// A token: a span and its kind. The surface form is always `span.slice(text)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token {
    /// Where it is in the document.
    pub span: Span,
    /// Word, number or punctuation.
    pub kind: TokenKind,
}

/// A sentence: its span and the range of tokens inside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where it is in the document (a dateline, when present, is left outside).
    pub span: Span,
    /// Indices into the document's token list.
    pub tokens: std::ops::Range<usize>,
    /// Whether the sentence is a headline (a first line without final punctuation).
    pub headline: bool,
}
