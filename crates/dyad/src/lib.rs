//! dyad: news text in, political events out.
//!
//! The facade over the pipeline stages (text -> tokens -> actors and verbs -> events): build a
//! [`Pipeline`] once, then code documents with [`Pipeline::code_document`] or, in parallel and
//! in input order, [`Pipeline::code_batch`]. Each event comes out as an [`EventRecord`], the
//! JSON contract of `shared/docs/event-record.md`, with **character** spans.
//!
//! ```
//! let pipeline = dyad::Pipeline::builder().build().unwrap();
//! let doc = dyad::Document { id: "d1".into(), text: "Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani.".into(), ..Default::default() };
//! let events = pipeline.code_document(&doc);
//! assert_eq!(events[0].source.as_ref().unwrap().code, "TURGOV");
//! assert_eq!(events[0].cameo.root, "04");
//! ```

pub mod eval;
pub mod input;
mod record;

pub use dyad_code::Options;
pub use dyad_dict::{DictError, Dictionaries};
pub use dyad_model::{Date, Document};
pub use input::InputError;
pub use record::{
    ActorRecord, CameoRecord, EventRecord, PlaceRecord, TriggerRecord, WhyRecord, CSV_HEADER,
};

use dyad_code::Coder;
use rayon::prelude::*;
use std::path::PathBuf;

/// Why a pipeline could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A user dictionary failed to load.
    #[error(transparent)]
    Dictionary(#[from] DictError),
}

/// Builds a [`Pipeline`].
#[derive(Debug, Default, Clone)]
pub struct PipelineBuilder {
    dictionaries: Vec<PathBuf>,
    all_modes: bool,
}

impl PipelineBuilder {
    /// Add dictionaries on top of dyad's own: a folder of dyad's files (`data/README.md`) and/or
    /// Phoenix/PETRARCH files (`Phoenix.*.actors.txt`, `Phoenix.agents.txt`,
    /// `Phoenix.discards.txt`), or one such file.
    pub fn dictionaries(mut self, dir: impl Into<PathBuf>) -> Self {
        self.dictionaries.push(dir.into());
        self
    }
    /// Also write negated and hypothetical events, flagged.
    pub fn all_modes(mut self, yes: bool) -> Self {
        self.all_modes = yes;
        self
    }
    /// Load and compile the dictionaries.
    pub fn build(self) -> Result<Pipeline, Error> {
        let mut d = Dictionaries::builtin();
        for path in &self.dictionaries {
            d.add_path(path)?;
        }
        Ok(Pipeline {
            coder: Coder::new(d),
            opts: Options {
                all_modes: self.all_modes,
            },
        })
    }
}

/// The whole pipeline, compiled once; cheap to share between threads.
#[derive(Debug)]
pub struct Pipeline {
    coder: Coder,
    opts: Options,
}

impl Pipeline {
    /// A builder with dyad's own dictionaries.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// Code one document.
    pub fn code_document(&self, doc: &Document) -> Vec<EventRecord> {
        let events = self.coder.code(doc, self.opts);
        record::records(doc, &events)
    }

    /// Like [`Pipeline::code_batch`], but a document that makes the coder panic (a dyad bug)
    /// fails alone with the panic's message instead of taking the batch down: the batch is
    /// coded on all threads and, only if that panics, again one document at a time.
    pub fn try_code_batch(&self, docs: &[Document]) -> Vec<Result<Vec<EventRecord>, String>> {
        use std::panic::{catch_unwind, AssertUnwindSafe};
        if let Ok(all) = catch_unwind(AssertUnwindSafe(|| self.code_batch(docs))) {
            return all.into_iter().map(Ok).collect();
        }
        docs.iter()
            .map(|d| {
                catch_unwind(AssertUnwindSafe(|| self.code_document(d))).map_err(|p| {
                    let msg = p
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| p.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    format!(
                        "the coder failed on this document (a dyad bug; please report it): {msg}"
                    )
                })
            })
            .collect()
    }

    /// How the pipeline read a document, sentence by sentence (`dyad explain`).
    pub fn explain(&self, doc: &Document) -> String {
        self.coder.explain(doc)
    }

    /// Code many documents on all threads of the current rayon pool; results in input order.
    pub fn code_batch(&self, docs: &[Document]) -> Vec<Vec<EventRecord>> {
        docs.par_iter().map(|d| self.code_document(d)).collect()
    }

    /// The PLOVER type of a CAMEO code, from the codebook.
    pub fn plover_type(&self, code: &str) -> Option<String> {
        self.coder
            .dictionaries()
            .dicts
            .cameo
            .get(code)
            .map(|c| c.plover_type.clone())
            .filter(|t| !t.is_empty())
    }

    /// The sentences of a text as the pipeline splits them (byte spans).
    pub fn sentences(text: &str) -> Vec<dyad_model::Sentence> {
        // (Only the sentence spans: no lower-cased copy of every token.)
        dyad_text::split_sentences(text, &dyad_text::tokenize(text))
    }
}
