//! Dictionaries: what dyad knows about actors and acts, as data.
//!
//! The formats are documented in `data/README.md`. [`Dictionaries`] holds the parsed entries
//! (dyad's own, built into the binary, plus any the user adds with `--dictionaries DIR`);
//! [`Compiled`] is what the coder uses: one Aho-Corasick automaton over every actor, country
//! and agent name, and the verb patterns indexed by their head lemma. Compile once, code many.

mod compile;
mod format;
mod phoenix;

pub use compile::{Compiled, Mention, MentionKind, NameForm, PatternWord, VerbPattern};
pub use format::{
    ActorEntry, AgentEntry, CameoEntry, CountryEntry, Dictionaries, DiscardEntry, Period, VerbEntry,
};
pub use phoenix::{
    add_phoenix_dir, add_phoenix_file, add_phoenix_text, PhoenixKind, PhoenixReport, PhoenixWarning,
};

use std::path::PathBuf;

/// Why a dictionary could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DictError {
    /// A dictionary file could not be read.
    #[error("cannot read dictionary {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A dictionary file is not valid in its format.
    #[error("{path}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What is wrong, with the line where the format tells it.
        message: String,
    },
    /// An entry names a CAMEO code the codebook does not have.
    #[error("{path}: unknown CAMEO code {code:?} in pattern {pattern:?}")]
    UnknownCode {
        /// The file.
        path: PathBuf,
        /// The code.
        code: String,
        /// The pattern that used it.
        pattern: String,
    },
    /// A `--dictionaries` folder holds none of the known dictionary files.
    #[error("{0}: no dictionary files found (expected countries.toml, actors.toml, agents.toml, verbs.toml or cameo.tsv)")]
    Empty(PathBuf),
}
