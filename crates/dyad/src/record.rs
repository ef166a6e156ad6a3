//! The event record: what `dyad code` writes, one JSON object per event
//! (`shared/docs/event-record.md`). Spans are in characters of the document text.

use dyad_model::{Actor, Document, Event, Plover, Span};
use serde::{Deserialize, Serialize};

/// An actor in the record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRecord {
    /// CAMEO actor code.
    pub code: String,
    /// Country part.
    pub country: Option<String>,
    /// First role.
    pub role: Option<String>,
    /// Person or group name.
    pub name: Option<String>,
    /// The words.
    pub text: String,
    /// `[start, end)` in characters.
    pub span: [usize; 2],
}

/// The CAMEO part of the record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CameoRecord {
    /// 3-4 digits.
    pub code: String,
    /// First two digits.
    pub root: String,
    /// Codebook name.
    pub name: String,
    /// Goldstein value.
    pub goldstein: f32,
    /// 1-4.
    pub quad_class: u8,
}

/// The trigger words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TriggerRecord {
    /// The words.
    pub text: String,
    /// `[start, end)` in characters.
    pub span: [usize; 2],
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceRecord {
    /// Place name.
    pub name: String,
    /// `country`, `admin1` or `city`.
    pub kind: String,
    /// ISO alpha-3.
    pub country: Option<String>,
    /// First-level division.
    pub admin1: Option<String>,
    /// Gazetteer id (`geonames:<id>`).
    pub id: String,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// `[start, end)` in characters.
    pub span: Option<[usize; 2]>,
}

/// Which entries and rules made the codes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WhyRecord {
    /// The verb pattern.
    pub verb: String,
    /// How the source was found.
    pub source: String,
    /// How the target was found.
    pub target: Option<String>,
}

/// One event as written by `dyad code`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// `doc:sentence:n`.
    pub event_id: String,
    /// Document id.
    pub doc_id: String,
    /// Document date.
    pub doc_date: Option<String>,
    /// Sentence index.
    pub sentence: usize,
    /// Sentence text.
    pub sentence_text: String,
    /// Who acted.
    pub source: Option<ActorRecord>,
    /// Who was acted on.
    pub target: Option<ActorRecord>,
    /// CAMEO code.
    pub cameo: CameoRecord,
    /// PLOVER type and mode.
    pub plover: Option<Plover>,
    /// Trigger words.
    pub trigger: TriggerRecord,
    /// Event date.
    pub date: Option<String>,
    /// day, week, month, year, document.
    pub date_precision: String,
    /// Place.
    pub place: Option<PlaceRecord>,
    /// Who reported it.
    pub attribution: Option<ActorRecord>,
    /// Negated.
    pub negated: bool,
    /// Hypothetical.
    pub hypothetical: bool,
    /// Why.
    pub why: WhyRecord,
}

/// Byte -> character offsets for one text.
struct CharIndex<'a> {
    text: &'a str,
    ascii: bool,
    starts: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    fn new(text: &'a str) -> Self {
        let ascii = text.is_ascii();
        let starts = if ascii {
            Vec::new()
        } else {
            text.char_indices().map(|(b, _)| b).collect()
        };
        CharIndex {
            text,
            ascii,
            starts,
        }
    }
    fn at(&self, byte: usize) -> usize {
        if self.ascii {
            byte
        } else {
            self.starts.partition_point(|&b| b < byte)
        }
    }
    fn span(&self, s: Span) -> [usize; 2] {
        [self.at(s.start), self.at(s.end)]
    }
    fn actor(&self, a: &Actor) -> ActorRecord {
        ActorRecord {
            code: a.code.clone(),
            country: a.country.clone(),
            role: a.role.clone(),
            name: a.name.clone(),
            text: a.span.slice(self.text).to_string(),
            span: self.span(a.span),
        }
    }
}

/// The records of a document's events.
pub fn records(doc: &Document, events: &[Event]) -> Vec<EventRecord> {
    let ix = CharIndex::new(&doc.text);
    let sentences = if events.is_empty() {
        Vec::new()
    } else {
        // (Only the sentence spans: no lower-cased copy of every token.)
        dyad_text::split_sentences(&doc.text, &dyad_text::tokenize(&doc.text))
    };
    let mut per_sentence: std::collections::HashMap<usize, usize> =
        std::collections::HashMap::new();
    events
        .iter()
        .map(|e| {
            let n = per_sentence.entry(e.sentence).or_insert(0);
            let id = format!("{}:{}:{}", doc.id, e.sentence, n);
            *n += 1;
            EventRecord {
                event_id: id,
                doc_id: doc.id.clone(),
                doc_date: doc.date.map(|d| d.to_string()),
                sentence: e.sentence,
                sentence_text: sentences
                    .get(e.sentence)
                    .map(|s| s.span.slice(&doc.text).to_string())
                    .unwrap_or_default(),
                source: Some(ix.actor(&e.source)),
                target: e.target.as_ref().map(|t| ix.actor(t)),
                cameo: CameoRecord {
                    code: e.cameo.code.clone(),
                    root: e.cameo.root().to_string(),
                    name: e.cameo.name.clone(),
                    goldstein: e.cameo.goldstein,
                    quad_class: e.cameo.quad_class,
                },
                plover: e.plover.clone(),
                trigger: TriggerRecord {
                    text: e.trigger.slice(&doc.text).to_string(),
                    span: ix.span(e.trigger),
                },
                date: e.date.map(|d| d.to_string()),
                date_precision: serde_json::to_value(e.date_precision)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                place: e.place.as_ref().map(|p| PlaceRecord {
                    name: p.name.clone(),
                    kind: p.kind.clone(),
                    country: Some(p.country.clone()),
                    admin1: p.admin1.clone(),
                    id: p.id.clone(),
                    lat: Some(p.lat),
                    lon: Some(p.lon),
                    span: Some(ix.span(p.span)),
                }),
                attribution: e.attribution.as_ref().map(|a| ix.actor(a)),
                negated: e.modality.negated,
                hypothetical: e.modality.hypothetical,
                why: WhyRecord {
                    verb: e.why_verb.clone(),
                    source: e.source.why.clone(),
                    target: e.target.as_ref().map(|t| t.why.clone()),
                },
            }
        })
        .collect()
}

/// Columns of `--format csv`.
pub const CSV_HEADER: &[&str] = &[
    "event_id",
    "doc_id",
    "doc_date",
    "sentence",
    "source_code",
    "source_name",
    "source_text",
    "source_start",
    "source_end",
    "target_code",
    "target_name",
    "target_text",
    "target_start",
    "target_end",
    "cameo_code",
    "cameo_root",
    "cameo_name",
    "goldstein",
    "quad_class",
    "plover_type",
    "plover_mode",
    "trigger",
    "trigger_start",
    "trigger_end",
    "date",
    "date_precision",
    "place_name",
    "place_country",
    "place_lat",
    "place_lon",
    "attribution_code",
    "negated",
    "hypothetical",
    "sentence_text",
];

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

impl EventRecord {
    /// One CSV row, in the order of [`CSV_HEADER`].
    pub fn csv_row(&self) -> String {
        let a = |x: &Option<ActorRecord>| -> [String; 5] {
            match x {
                Some(a) => [
                    a.code.clone(),
                    a.name.clone().unwrap_or_default(),
                    a.text.clone(),
                    a.span[0].to_string(),
                    a.span[1].to_string(),
                ],
                None => Default::default(),
            }
        };
        let [sc, sn, st, ss, se] = a(&self.source);
        let [tc, tn, tt, ts, te] = a(&self.target);
        let p = self.place.as_ref();
        let fields: Vec<String> = vec![
            self.event_id.clone(),
            self.doc_id.clone(),
            self.doc_date.clone().unwrap_or_default(),
            self.sentence.to_string(),
            sc,
            sn,
            st,
            ss,
            se,
            tc,
            tn,
            tt,
            ts,
            te,
            self.cameo.code.clone(),
            self.cameo.root.clone(),
            self.cameo.name.clone(),
            self.cameo.goldstein.to_string(),
            self.cameo.quad_class.to_string(),
            self.plover
                .as_ref()
                .map(|p| p.event_type.clone())
                .unwrap_or_default(),
            self.plover
                .as_ref()
                .and_then(|p| p.mode.clone())
                .unwrap_or_default(),
            self.trigger.text.clone(),
            self.trigger.span[0].to_string(),
            self.trigger.span[1].to_string(),
            self.date.clone().unwrap_or_default(),
            self.date_precision.clone(),
            p.map(|p| p.name.clone()).unwrap_or_default(),
            p.and_then(|p| p.country.clone()).unwrap_or_default(),
            p.and_then(|p| p.lat)
                .map(|v| v.to_string())
                .unwrap_or_default(),
            p.and_then(|p| p.lon)
                .map(|v| v.to_string())
                .unwrap_or_default(),
            self.attribution
                .as_ref()
                .map(|a| a.code.clone())
                .unwrap_or_default(),
            self.negated.to_string(),
            self.hypothetical.to_string(),
            self.sentence_text.clone(),
        ];
        fields
            .iter()
            .map(|f| csv_field(f))
            .collect::<Vec<_>>()
            .join(",")
    }
}
