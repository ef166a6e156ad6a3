//! Exports: JSONL (the record with its counts), CSV, GDELT 2.0's event table, and Parquet
//! (`crate::parquet`).

use crate::query::add_counts;
use crate::{Filter, Result, Store, StoredEvent};
use dyad::ActorRecord;
use std::io::Write;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One JSON object per event: the stored event record plus `global_event_id`,
    /// `num_mentions`, `num_sources`, `num_articles`.
    Jsonl,
    /// Comma-separated with a header ([`csv_header`]): `global_event_id`, the columns of
    /// `dyad code --format csv`, then the three counts.
    Csv,
    /// GDELT 2.0's event table: [`GDELT_COLUMNS`], tab-separated, no header (as GDELT's files),
    /// empty where dyad has no value.
    Gdelt,
    /// Apache Parquet (binary; write it to a file): one row per event, the record flattened
    /// into typed columns (`global_event_id`, `event_id`, `doc_id`, `doc_date`, `sentence`,
    /// `sentence_text`, `source_code`/`country`/`role`/`name`/`text`/`start`/`end`, the same for
    /// `target_`, `cameo_code`/`root`/`name`/`goldstein`/`quad_class`, `plover_type`/`mode`,
    /// `trigger_text`/`start`/`end`, `date`, `date_precision`,
    /// `place_name`/`kind`/`country`/`admin1`/`id`/`lat`/`lon`, `attribution_code`, `negated`,
    /// `hypothetical`, `num_mentions`, `num_sources`, `num_articles`): text as nullable UTF-8,
    /// numbers as Int64 or Float64, flags as Boolean, null where the record has no value;
    /// zstd-compressed, in row groups of 65,536 rows.
    Parquet,
}

/// The 61 columns of the GDELT 2.0 event table, in order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// The columns of the CSV export.
pub fn csv_header() -> Vec<&'static str> {
    let mut h = vec!["global_event_id"];
    h.extend_from_slice(dyad::CSV_HEADER);
    h.extend(["num_mentions", "num_sources", "num_articles"]);
    h
}

/// CAMEO actor-type prefixes under which the next three letters name a known group
/// (`IGOUNO`: type `IGO`, group `UNO`).
const GROUP_TYPES: [&str; 4] = ["IGO", "NGO", "IMG", "MNC"];

/// Country, known group and up to three type codes of a CAMEO actor code.
fn decompose(a: &ActorRecord) -> (String, String, Vec<String>) {
    let code = a.code.as_str();
    let country = a.country.clone().unwrap_or_default();
    let rest = if !country.is_empty() && code.starts_with(&country) {
        &code[country.len()..]
    } else {
        code
    };
    let chunks: Vec<&str> = (0..rest.len() / 3)
        .filter_map(|i| rest.get(i * 3..i * 3 + 3))
        .collect();
    let mut group = String::new();
    let mut types = Vec::new();
    let mut i = 0;
    while i < chunks.len() {
        types.push(chunks[i].to_string());
        if GROUP_TYPES.contains(&chunks[i]) && group.is_empty() && i + 1 < chunks.len() {
            group = chunks[i + 1].to_string();
            i += 1;
        }
        i += 1;
    }
    types.truncate(3);
    (country, group, types)
}

fn actor_columns(a: Option<&ActorRecord>) -> [String; 10] {
    let Some(a) = a else {
        return Default::default();
    };
    let (country, group, types) = decompose(a);
    let ty = |i: usize| types.get(i).cloned().unwrap_or_default();
    [
        a.code.clone(),
        a.name.clone().unwrap_or_else(|| a.text.clone()),
        country,
        group,
        String::new(),
        String::new(),
        String::new(),
        ty(0),
        ty(1),
        ty(2),
    ]
}

/// GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
fn geo_type(kind: &str, country: Option<&str>) -> &'static str {
    let us = country == Some("USA");
    match (kind, us) {
        ("country", _) => "1",
        ("admin1", true) => "2",
        ("city", true) => "3",
        ("city", false) => "4",
        ("admin1", false) => "5",
        _ => "",
    }
}

/// One GDELT 2.0 event-table row for a stored event.
pub(crate) fn gdelt_row(e: &StoredEvent) -> Vec<String> {
    let r = &e.record;
    let date = r
        .date
        .as_deref()
        .or(r.doc_date.as_deref())
        .and_then(|d| dyad::Date::parse(d).ok());
    let (sqldate, month_year, year, fraction) = match date {
        Some(d) => (
            format!("{:04}{:02}{:02}", d.year, d.month, d.day),
            format!("{:04}{:02}", d.year, d.month),
            format!("{:04}", d.year),
            // As GDELT computes it: YEAR + ((MONTH - 1) * 30 + DAY) / 365, four decimals.
            format!(
                "{:.4}",
                f64::from(d.year) + (f64::from(d.month - 1) * 30.0 + f64::from(d.day)) / 365.0
            ),
        ),
        None => Default::default(),
    };
    let code = &r.cameo.code;
    let base = code.get(..3).unwrap_or(code).to_string();
    let num = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
    let p = r.place.as_ref();
    let digits: String = e.added_at.chars().filter(char::is_ascii_digit).collect();
    let mut row: Vec<String> = vec![e.id.to_string(), sqldate, month_year, year, fraction];
    row.extend(actor_columns(r.source.as_ref()));
    row.extend(actor_columns(r.target.as_ref()));
    row.extend([
        if r.sentence <= 1 { "1" } else { "0" }.to_string(),
        code.clone(),
        base,
        r.cameo.root.clone(),
        r.cameo.quad_class.to_string(),
        format!("{:.1}", r.cameo.goldstein),
        e.num_mentions.to_string(),
        e.num_sources.to_string(),
        e.num_articles.to_string(),
        String::new(), // AvgTone
    ]);
    // Actor1Geo_* and Actor2Geo_*: dyad places the action, not the actors.
    row.extend(std::iter::repeat_n(String::new(), 16));
    row.extend([
        p.map(|p| geo_type(&p.kind, p.country.as_deref()).to_string())
            .unwrap_or_default(),
        p.map(|p| p.name.clone()).unwrap_or_default(),
        p.and_then(|p| p.country.clone()).unwrap_or_default(),
        p.and_then(|p| p.admin1.clone()).unwrap_or_default(),
        String::new(), // ADM2
        num(p.and_then(|p| p.lat)),
        num(p.and_then(|p| p.lon)),
        p.map(|p| p.id.clone()).unwrap_or_default(),
        digits,
        e.url.clone().unwrap_or_default(),
    ]);
    debug_assert_eq!(row.len(), GDELT_COLUMNS.len());
    row.into_iter()
        .map(|f| {
            if f.contains(['\t', '\n', '\r']) {
                f.replace(['\t', '\n', '\r'], " ")
            } else {
                f
            }
        })
        .collect()
}

impl Store {
    /// Write the events that match `filter` in `format`; returns how many were written.
    pub fn export(
        &self,
        format: ExportFormat,
        filter: &Filter,
        out: &mut dyn Write,
    ) -> Result<u64> {
        if format == ExportFormat::Parquet {
            return self.export_parquet(filter, out);
        }
        let mut n = 0u64;
        if format == ExportFormat::Csv {
            writeln!(out, "{}", csv_header().join(","))?;
        }
        self.each_event(filter, |e, json| {
            match format {
                ExportFormat::Jsonl => {
                    // The stored JSON, so that fields this build does not know survive.
                    let mut v: serde_json::Value = serde_json::from_str(&json)?;
                    add_counts(&mut v, &e);
                    serde_json::to_writer(&mut *out, &v)?;
                    out.write_all(b"\n")?;
                }
                ExportFormat::Csv => writeln!(
                    out,
                    "{},{},{},{},{}",
                    e.id,
                    e.record.csv_row(),
                    e.num_mentions,
                    e.num_sources,
                    e.num_articles
                )?,
                ExportFormat::Gdelt => writeln!(out, "{}", gdelt_row(&e).join("\t"))?,
                ExportFormat::Parquet => unreachable!("written by export_parquet"),
            }
            n += 1;
            Ok(())
        })?;
        out.flush()?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(code: &str, country: Option<&str>) -> ActorRecord {
        ActorRecord {
            code: code.into(),
            country: country.map(Into::into),
            role: None,
            name: None,
            text: "x".into(),
            span: [0, 1],
        }
    }

    #[test]
    fn actor_codes_decompose() {
        let (c, g, t) = decompose(&actor("TURGOVMIL", Some("TUR")));
        assert_eq!((c.as_str(), g.as_str()), ("TUR", ""));
        assert_eq!(t, ["GOV", "MIL"]);
        let (c, g, t) = decompose(&actor("IGOUNO", None));
        assert_eq!((c.as_str(), g.as_str()), ("", "UNO"));
        assert_eq!(t, ["IGO"]);
        let (_, _, t) = decompose(&actor("IRN", Some("IRN")));
        assert!(t.is_empty());
    }

    #[test]
    fn sixty_one_columns() {
        assert_eq!(GDELT_COLUMNS.len(), 61);
        assert_eq!(GDELT_COLUMNS[34], "AvgTone");
        assert_eq!(GDELT_COLUMNS[51], "ActionGeo_Type");
        assert_eq!(geo_type("city", Some("AFG")), "4");
    }
}
