//! Actors and events as the coder produces them (byte spans; see the `dyad` crate for the
//! JSON record with character spans).

use crate::{Date, Span};
use serde::{Deserialize, Serialize};

/// A coded actor: a CAMEO actor code and the words it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// CAMEO actor code: country + roles (`USAGOV`) or an international code (`IGOUNO`).
    pub code: String,
    /// The country part, when the actor has one.
    pub country: Option<String>,
    /// The first role, when the actor has one.
    pub role: Option<String>,
    /// A person's or group's name, when the text gives one.
    pub name: Option<String>,
    /// Where the words are (for a pronoun or a short form: the mention in this sentence).
    pub span: Span,
    /// How the code was found, in words a dictionary editor can act on.
    pub why: String,
}

/// A CAMEO event code with its codebook values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CameoInfo {
    /// 3 or 4 digits.
    pub code: String,
    /// The codebook's name of the code.
    pub name: String,
    /// Goldstein value in [-10, 10].
    pub goldstein: f32,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
}

impl CameoInfo {
    /// The root: the first two digits.
    pub fn root(&self) -> &str {
        &self.code[..2.min(self.code.len())]
    }
}

/// A PLOVER event type and mode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plover {
    /// PLOVER event type (`CONSULT`, `ASSAULT` ...).
    #[serde(rename = "type")]
    pub event_type: String,
    /// PLOVER mode (`phone`, `visit`, `negated`, `hypothetical` ...), if any.
    pub mode: Option<String>,
}

/// Where an event happened: a gazetteer place and the words that name it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventPlace {
    /// Gazetteer id (`geonames:<id>`, `admin1:<ISO3>:<name>`).
    pub id: String,
    /// Place name as the gazetteer gives it.
    pub name: String,
    /// `country`, `admin1` or `city`.
    pub kind: String,
    /// ISO 3166-1 alpha-3.
    pub country: String,
    /// First-level division name.
    pub admin1: Option<String>,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// The words.
    pub span: Span,
}

/// Whether the text says an event happened, or only denies or supposes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Modality {
    /// "did not meet", "has not committed".
    pub negated: bool,
    /// "could impose", "would allow", "may attack".
    pub hypothetical: bool,
}

/// One coded event, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// Who acted.
    pub source: Actor,
    /// Who was acted on.
    pub target: Option<Actor>,
    /// What was done, as CAMEO.
    pub cameo: CameoInfo,
    /// What was done, as PLOVER (`None` for CAMEO codes PLOVER does not code, root 01).
    pub plover: Option<Plover>,
    /// The words of the act.
    pub trigger: Span,
    /// Negated or hypothetical.
    pub modality: Modality,
    /// Who reported the act ("the Taliban said that ..."), when someone other than the source.
    pub attribution: Option<Actor>,
    /// The dictionary entry that gave the code.
    pub why_verb: String,
    /// When it happened (`None` when neither the text nor the document gives a date).
    pub date: Option<Date>,
    /// How precisely `date` is known.
    pub date_precision: DatePrecision,
    /// Where it happened, when the text says.
    pub place: Option<EventPlace>,
}

/// How precisely an event's date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// A day named in the text ("on Thursday", "March 15").
    Day,
    /// A week ("this week", "last week").
    Week,
    /// A month ("last month", "in March").
    Month,
    /// A year ("last year", "in 2019").
    Year,
    /// Nothing in the text: the document's own date.
    #[default]
    Document,
}
