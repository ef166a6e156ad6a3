//! Parquet export: one row per stored event, the event record flattened into typed columns
//! ([`COLUMNS`]), zstd-compressed, in row groups of [`ROW_GROUP_ROWS`] rows.

use crate::ingest::{SOURCE_COLUMNS, TARGET_COLUMNS};
use crate::{Error, Filter, Result, Store, StoredEvent};
use arrow::array::{ArrayRef, BooleanBuilder, Float64Builder, Int64Builder, StringBuilder};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use arrow::record_batch::RecordBatch;
use dyad::ActorRecord;
// `::parquet`: the crate, not this module.
use ::parquet::arrow::ArrowWriter;
use ::parquet::basic::{Compression, ZstdLevel};
use ::parquet::file::properties::WriterProperties;
use std::io::Write;
use std::sync::Arc;

/// Rows per Parquet row group.
pub const ROW_GROUP_ROWS: usize = 64 * 1024;

/// Rows per Arrow record batch handed to the writer.
const BATCH_ROWS: usize = 8 * 1024;

/// Arrow type of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Utf8,
    Int64,
    Float64,
    Boolean,
}

/// The columns: name, type, nullable.
const COLUMNS: &[(&str, Kind, bool)] = {
    use Kind::*;
    &[
        ("global_event_id", Int64, false),
        ("event_id", Utf8, false),
        ("doc_id", Utf8, false),
        ("doc_date", Utf8, true),
        ("sentence", Int64, false),
        ("sentence_text", Utf8, false),
        ("source_code", Utf8, true),
        ("source_country", Utf8, true),
        ("source_role", Utf8, true),
        ("source_name", Utf8, true),
        ("source_text", Utf8, true),
        ("source_start", Int64, true),
        ("source_end", Int64, true),
        ("target_code", Utf8, true),
        ("target_country", Utf8, true),
        ("target_role", Utf8, true),
        ("target_name", Utf8, true),
        ("target_text", Utf8, true),
        ("target_start", Int64, true),
        ("target_end", Int64, true),
        ("cameo_code", Utf8, false),
        ("cameo_root", Utf8, false),
        ("cameo_name", Utf8, false),
        ("cameo_goldstein", Float64, false),
        ("cameo_quad_class", Int64, false),
        ("plover_type", Utf8, true),
        ("plover_mode", Utf8, true),
        ("trigger_text", Utf8, false),
        ("trigger_start", Int64, false),
        ("trigger_end", Int64, false),
        ("date", Utf8, true),
        ("date_precision", Utf8, false),
        ("place_name", Utf8, true),
        ("place_kind", Utf8, true),
        ("place_country", Utf8, true),
        ("place_admin1", Utf8, true),
        ("place_id", Utf8, true),
        ("place_lat", Float64, true),
        ("place_lon", Float64, true),
        ("attribution_code", Utf8, true),
        ("negated", Boolean, false),
        ("hypothetical", Boolean, false),
        ("num_mentions", Int64, false),
        ("num_sources", Int64, false),
        ("num_articles", Int64, false),
    ]
};

/// The Arrow schema of the Parquet export.
pub fn schema() -> SchemaRef {
    Arc::new(Schema::new(
        COLUMNS
            .iter()
            .map(|&(name, kind, nullable)| {
                let t = match kind {
                    Kind::Utf8 => DataType::Utf8,
                    Kind::Int64 => DataType::Int64,
                    Kind::Float64 => DataType::Float64,
                    Kind::Boolean => DataType::Boolean,
                };
                Field::new(name, t, nullable)
            })
            .collect::<Vec<_>>(),
    ))
}

enum Builder {
    Utf8(StringBuilder),
    Int64(Int64Builder),
    Float64(Float64Builder),
    Boolean(BooleanBuilder),
}

/// Column builders for one record batch, filled a row at a time, column by column in the
/// order of [`COLUMNS`] (each append names its column, checked in debug builds).
struct Rows {
    cols: Vec<Builder>,
    next: usize,
    len: usize,
}

impl Rows {
    fn new() -> Rows {
        let cols = COLUMNS
            .iter()
            .map(|&(_, kind, _)| match kind {
                Kind::Utf8 => Builder::Utf8(StringBuilder::new()),
                Kind::Int64 => Builder::Int64(Int64Builder::with_capacity(BATCH_ROWS)),
                Kind::Float64 => Builder::Float64(Float64Builder::with_capacity(BATCH_ROWS)),
                Kind::Boolean => Builder::Boolean(BooleanBuilder::with_capacity(BATCH_ROWS)),
            })
            .collect();
        Rows {
            cols,
            next: 0,
            len: 0,
        }
    }

    fn col(&mut self, name: &str) -> &mut Builder {
        debug_assert_eq!(COLUMNS[self.next].0, name, "column order");
        self.next += 1;
        &mut self.cols[self.next - 1]
    }

    fn s(&mut self, name: &str, v: Option<&str>) {
        match self.col(name) {
            Builder::Utf8(b) => b.append_option(v),
            _ => unreachable!("{name} is not Utf8"),
        }
    }

    fn i(&mut self, name: &str, v: Option<i64>) {
        match self.col(name) {
            Builder::Int64(b) => b.append_option(v),
            _ => unreachable!("{name} is not Int64"),
        }
    }

    fn f(&mut self, name: &str, v: Option<f64>) {
        match self.col(name) {
            Builder::Float64(b) => b.append_option(v),
            _ => unreachable!("{name} is not Float64"),
        }
    }

    fn b(&mut self, name: &str, v: bool) {
        match self.col(name) {
            Builder::Boolean(b) => b.append_value(v),
            _ => unreachable!("{name} is not Boolean"),
        }
    }

    /// An actor's columns: `names` are code, country, role, name, text, start, end.
    fn actor(&mut self, names: &[&str; 7], a: Option<&ActorRecord>) {
        self.s(names[0], a.map(|a| a.code.as_str()));
        self.s(names[1], a.and_then(|a| a.country.as_deref()));
        self.s(names[2], a.and_then(|a| a.role.as_deref()));
        self.s(names[3], a.and_then(|a| a.name.as_deref()));
        self.s(names[4], a.map(|a| a.text.as_str()));
        self.i(names[5], a.map(|a| a.span[0] as i64));
        self.i(names[6], a.map(|a| a.span[1] as i64));
    }

    fn push(&mut self, e: &StoredEvent) {
        let r = &e.record;
        self.next = 0;
        self.i("global_event_id", Some(e.id));
        self.s("event_id", Some(&r.event_id));
        self.s("doc_id", Some(&r.doc_id));
        self.s("doc_date", r.doc_date.as_deref());
        self.i("sentence", Some(r.sentence as i64));
        self.s("sentence_text", Some(&r.sentence_text));
        self.actor(&SOURCE_COLUMNS, r.source.as_ref());
        self.actor(&TARGET_COLUMNS, r.target.as_ref());
        self.s("cameo_code", Some(&r.cameo.code));
        self.s("cameo_root", Some(&r.cameo.root));
        self.s("cameo_name", Some(&r.cameo.name));
        // Through the shortest text form, so that 1.9f32 is 1.9, not 1.899999976.
        let goldstein = r
            .cameo
            .goldstein
            .to_string()
            .parse()
            .unwrap_or(f64::from(r.cameo.goldstein));
        self.f("cameo_goldstein", Some(goldstein));
        self.i("cameo_quad_class", Some(i64::from(r.cameo.quad_class)));
        let plover = r.plover.as_ref();
        self.s("plover_type", plover.map(|p| p.event_type.as_str()));
        self.s("plover_mode", plover.and_then(|p| p.mode.as_deref()));
        self.s("trigger_text", Some(&r.trigger.text));
        self.i("trigger_start", Some(r.trigger.span[0] as i64));
        self.i("trigger_end", Some(r.trigger.span[1] as i64));
        self.s("date", r.date.as_deref());
        self.s("date_precision", Some(&r.date_precision));
        let p = r.place.as_ref();
        self.s("place_name", p.map(|p| p.name.as_str()));
        self.s("place_kind", p.map(|p| p.kind.as_str()));
        self.s("place_country", p.and_then(|p| p.country.as_deref()));
        self.s("place_admin1", p.and_then(|p| p.admin1.as_deref()));
        self.s("place_id", p.map(|p| p.id.as_str()));
        self.f("place_lat", p.and_then(|p| p.lat));
        self.f("place_lon", p.and_then(|p| p.lon));
        self.s(
            "attribution_code",
            r.attribution.as_ref().map(|a| a.code.as_str()),
        );
        self.b("negated", r.negated);
        self.b("hypothetical", r.hypothetical);
        self.i("num_mentions", Some(i64::from(e.num_mentions)));
        self.i("num_sources", Some(i64::from(e.num_sources)));
        self.i("num_articles", Some(i64::from(e.num_articles)));
        debug_assert_eq!(self.next, COLUMNS.len(), "every column filled");
        self.len += 1;
    }

    /// The rows so far as a record batch; the builders start again empty.
    fn finish(&mut self, schema: &SchemaRef) -> Result<RecordBatch> {
        let arrays: Vec<ArrayRef> = self
            .cols
            .iter_mut()
            .map(|c| -> ArrayRef {
                match c {
                    Builder::Utf8(b) => Arc::new(b.finish()),
                    Builder::Int64(b) => Arc::new(b.finish()),
                    Builder::Float64(b) => Arc::new(b.finish()),
                    Builder::Boolean(b) => Arc::new(b.finish()),
                }
            })
            .collect();
        self.len = 0;
        RecordBatch::try_new(schema.clone(), arrays).map_err(parquet_error)
    }
}

fn parquet_error(e: impl std::fmt::Display) -> Error {
    Error::Io(std::io::Error::other(format!("Parquet: {e}")))
}

/// A Parquet file being written to a `dyn Write`. The writer wants a `Send` sink (and no
/// seeking): it writes to a buffer, moved to the output after each record batch.
struct Sink {
    schema: SchemaRef,
    writer: ArrowWriter<Vec<u8>>,
    rows: Rows,
    written: u64,
}

impl Sink {
    fn new() -> Result<Sink> {
        let schema = schema();
        let props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(ZstdLevel::default()))
            .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
            .set_created_by(format!("dyad {}", env!("CARGO_PKG_VERSION")))
            .build();
        let writer =
            ArrowWriter::try_new(Vec::new(), schema.clone(), Some(props)).map_err(parquet_error)?;
        Ok(Sink {
            schema,
            writer,
            rows: Rows::new(),
            written: 0,
        })
    }

    fn push(&mut self, e: &StoredEvent, out: &mut dyn Write) -> Result<()> {
        self.rows.push(e);
        self.written += 1;
        if self.rows.len >= BATCH_ROWS {
            self.write_batch(out)?;
        }
        Ok(())
    }

    fn write_batch(&mut self, out: &mut dyn Write) -> Result<()> {
        if self.rows.len > 0 {
            let batch = self.rows.finish(&self.schema)?;
            self.writer.write(&batch).map_err(parquet_error)?;
        }
        self.drain(out)
    }

    /// Move what the writer has written so far to `out`. (The writer counts the bytes it wrote
    /// itself: emptying its buffer does not disturb the offsets in the footer.)
    fn drain(&mut self, out: &mut dyn Write) -> Result<()> {
        let buf = self.writer.inner_mut();
        out.write_all(buf)?;
        buf.clear();
        Ok(())
    }

    /// Write the last rows and the footer; the number of rows.
    fn finish(mut self, out: &mut dyn Write) -> Result<u64> {
        self.write_batch(out)?;
        self.writer.finish().map_err(parquet_error)?;
        self.drain(out)?;
        out.flush()?;
        Ok(self.written)
    }
}

impl Store {
    /// Write the events that match `filter` as a Parquet file to `out`; how many were written.
    pub(crate) fn export_parquet(&self, filter: &Filter, out: &mut dyn Write) -> Result<u64> {
        let mut sink = Sink::new()?;
        self.each_event(filter, |e, _| sink.push(&e, out))?;
        sink.finish(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_matches_columns() {
        let s = schema();
        assert_eq!(s.fields().len(), COLUMNS.len());
        assert_eq!(s.field(0).name(), "global_event_id");
        let names: std::collections::HashSet<_> = COLUMNS.iter().map(|c| c.0).collect();
        assert_eq!(names.len(), COLUMNS.len(), "column names are unique");
    }

    /// One event of the test document, as stored.
    fn stored_event() -> StoredEvent {
        let pipeline = dyad::Pipeline::builder().build().unwrap();
        let mut store = Store::open_in_memory().unwrap();
        let doc = dyad::Document {
            id: "d1".into(),
            date: Some("2021-04-02".parse().unwrap()),
            text: "Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani \
                   in Kabul."
                .into(),
            ..Default::default()
        };
        store
            .ingest([Ok::<_, String>(doc)], &pipeline, |_| {})
            .unwrap();
        store.query(&Filter::default()).unwrap().remove(0)
    }

    /// Write events through a [`Sink`] and read the file back.
    fn round_trip(
        events: impl IntoIterator<Item = StoredEvent>,
        name: &str,
    ) -> (u64, ::parquet::file::metadata::ParquetMetaData, RecordBatch) {
        use ::parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
        let mut out = Vec::new();
        let mut sink = Sink::new().unwrap();
        for e in events {
            sink.push(&e, &mut out).unwrap();
        }
        let n = sink.finish(&mut out).unwrap();
        let path = std::env::temp_dir().join(format!(
            "dyad-store-unit-{}-{name}.parquet",
            std::process::id()
        ));
        std::fs::write(&path, &out).unwrap();
        let builder =
            ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&path).unwrap()).unwrap();
        let meta = builder.metadata().as_ref().clone();
        let batches: Vec<RecordBatch> = builder
            .build()
            .unwrap()
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        let _ = std::fs::remove_file(&path);
        let batch = arrow::compute::concat_batches(&schema(), &batches).unwrap();
        (n, meta, batch)
    }

    /// More rows than a record batch and a row group: the output is drained as it goes, the
    /// row groups hold [`ROW_GROUP_ROWS`] rows, and the file reads back whole.
    #[test]
    fn many_rows_make_several_row_groups() {
        let event = stored_event();
        let n = ROW_GROUP_ROWS + BATCH_ROWS + 5;
        let events = (0..n).map(|i| StoredEvent {
            id: i as i64 + 1,
            ..event.clone()
        });
        let (written, meta, batch) = round_trip(events, "many");
        assert_eq!(written, n as u64);
        assert_eq!(batch.num_rows(), n);
        assert_eq!(meta.file_metadata().num_rows(), n as i64);
        let groups: Vec<i64> = meta.row_groups().iter().map(|g| g.num_rows()).collect();
        assert_eq!(groups, [ROW_GROUP_ROWS as i64, (BATCH_ROWS + 5) as i64]);
        let ids = batch
            .column(0)
            .as_any()
            .downcast_ref::<arrow::array::Int64Array>()
            .unwrap();
        assert!(ids.values().iter().copied().eq(1..=n as i64));
    }

    /// Absent parts of the record are nulls, not empty strings or zeros.
    #[test]
    fn absent_values_are_null() {
        use arrow::array::Array;
        let full = stored_event();
        assert!(full.record.target.is_some() && full.record.place.is_some());
        let mut bare = full.clone();
        bare.record.target = None;
        bare.record.place = None;
        bare.record.plover = None;
        bare.record.date = None;
        bare.record.attribution = None;
        let (_, _, batch) = round_trip([full, bare], "nulls");
        let nulls = |name: &str| {
            let c = batch.column_by_name(name).unwrap();
            (c.is_null(0), c.is_null(1))
        };
        for name in [
            "target_code",
            "target_country",
            "target_text",
            "target_start",
            "target_end",
            "place_name",
            "place_kind",
            "place_country",
            "place_id",
            "place_lat",
            "place_lon",
            "plover_type",
        ] {
            assert_eq!(nulls(name), (false, true), "{name}");
        }
        for name in ["date", "attribution_code"] {
            assert!(nulls(name).1, "{name}");
        }
        for name in ["source_code", "cameo_code", "cameo_goldstein", "negated"] {
            assert_eq!(nulls(name), (false, false), "{name}");
        }
    }
}
