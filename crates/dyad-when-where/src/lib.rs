//! When and where an event happened, from the words of the article.
//!
//! [`dates`] finds date expressions in a sentence ("on Thursday", "last week", "March 15,
//! 2021", "earlier this month") and resolves them against the article's date as news style
//! means them ("Thursday" is the most recent Thursday on or before the article date).
//! [`places`] finds place mentions with a GeoNames gazetteer (`data/gazetteer.tsv`) and
//! resolves ambiguous names with the document's context.

pub mod dates;
pub mod places;

pub use dates::{find_dates, DateExpr};
pub use places::{Gazetteer, Place, PlaceMention};

/// Why the gazetteer could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GazetteerError {
    /// A row is malformed.
    #[error("gazetteer line {line}: {reason}")]
    Row {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
}
