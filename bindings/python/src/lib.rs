//! `dyad._dyad`: the Rust half of dyad's Python wheel. `import dyad` (python/dyad/__init__.py)
//! wraps it; see README.md for the API.
//!
//! * `Coder.code_json(text, date, id)` codes one document and returns the event records as the
//!   JSON strings `dyad code` writes (serde_json of [`EventRecord`]), so the shapes are identical.
//! * `Coder.code_arrow(table)` codes a pyarrow Table (columns `id`, `date`, `text`) with
//!   [`Pipeline::code_batch`] (rayon) and returns `(events, errors)` as pyarrow Tables. A bad
//!   document becomes a row of `errors`; it never fails the batch.
//!
//! Both release the GIL while Rust works.

use arrow_array::cast::AsArray;
use arrow_array::{
    Array, ArrayRef, BooleanArray, Float32Array, Float64Array, Int32Array, Int64Array, RecordBatch,
    StringArray,
};
use arrow_pyarrow::{PyArrowType, Table as ArrowTable};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use dyad::{ActorRecord, Date, Document, EventRecord, Pipeline};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;
use std::path::PathBuf;
use std::sync::Arc;

/// A document date as `dyad code` reads it from JSONL: trimmed, empty means none, and an ISO
/// timestamp (`2021-04-02T10:00:00Z`) keeps its day.
fn parse_date(d: Option<&str>) -> Result<Option<Date>, String> {
    match d.map(str::trim) {
        None | Some("") => Ok(None),
        Some(d) => Date::parse(
            d.get(..10)
                .filter(|_| d.len() > 10 && d.as_bytes()[10] == b'T')
                .unwrap_or(d),
        )
        .map(Some)
        .map_err(|e| format!("bad \"date\": {e}")),
    }
}

/// The pipeline, compiled once, and the threads that code batches.
#[pyclass(module = "dyad._dyad", frozen)]
struct Coder {
    pipeline: Arc<Pipeline>,
    /// `None`: rayon's global pool (every core).
    pool: Option<Arc<rayon::ThreadPool>>,
}

#[pymethods]
impl Coder {
    #[new]
    #[pyo3(signature = (dictionaries=None, all_modes=false, threads=None))]
    fn new(
        py: Python<'_>,
        dictionaries: Option<Vec<PathBuf>>,
        all_modes: bool,
        threads: Option<usize>,
    ) -> PyResult<Self> {
        let pipeline = py
            .detach(|| {
                let mut b = Pipeline::builder().all_modes(all_modes);
                for d in dictionaries.unwrap_or_default() {
                    b = b.dictionaries(d);
                }
                b.build()
            })
            .map_err(|e| PyValueError::new_err(format!("loading dictionaries: {e}")))?;
        let pool = match threads {
            None | Some(0) => None,
            Some(n) => Some(Arc::new(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .map_err(|e| PyRuntimeError::new_err(format!("starting threads: {e}")))?,
            )),
        };
        Ok(Coder {
            pipeline: Arc::new(pipeline),
            pool,
        })
    }

    /// Code one document; the event records as JSON strings (one per event).
    #[pyo3(signature = (text, date=None, id=None))]
    fn code_json(
        &self,
        py: Python<'_>,
        text: String,
        date: Option<String>,
        id: Option<String>,
    ) -> PyResult<Vec<String>> {
        let date = parse_date(date.as_deref()).map_err(PyValueError::new_err)?;
        let doc = Document {
            id: id.unwrap_or_else(|| "doc".to_string()),
            date,
            text,
            ..Default::default()
        };
        let pipeline = &self.pipeline;
        py.detach(|| {
            pipeline
                .code_document(&doc)
                .iter()
                .map(serde_json::to_string)
                .collect::<Result<Vec<_>, _>>()
        })
        .map_err(|e| PyRuntimeError::new_err(e.to_string()))
    }

    /// Code a pyarrow Table with string columns `id`, `date` (nullable) and `text`; returns
    /// `(events, errors)` as pyarrow Tables (schemas: `event_schema()`, `error_schema()`).
    fn code_arrow(
        &self,
        py: Python<'_>,
        table: PyArrowType<ArrowTable>,
    ) -> PyResult<(PyArrowType<ArrowTable>, PyArrowType<ArrowTable>)> {
        let (batches, _schema) = table.0.into_inner();
        let pipeline = &self.pipeline;
        let pool = self.pool.clone();
        let (events, errors) = py
            .detach(move || code_batches(pipeline, pool.as_deref(), &batches))
            .map_err(PyTypeError::new_err)?;
        let events = ArrowTable::try_new(vec![events], event_schema())
            .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        let errors = ArrowTable::try_new(vec![errors], error_schema())
            .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        Ok((PyArrowType(events), PyArrowType(errors)))
    }

    /// How many threads code a batch.
    #[getter]
    fn threads(&self) -> usize {
        match &self.pool {
            Some(p) => p.current_num_threads(),
            None => rayon::current_num_threads(),
        }
    }
}

/// The strings of a column, whatever Arrow string layout it has (`string`, `large_string`,
/// `string_view`); a missing column reads as all null.
fn strings(batch: &RecordBatch, name: &str) -> Result<Vec<Option<String>>, String> {
    let Some(col) = batch.column_by_name(name) else {
        return Ok(vec![None; batch.num_rows()]);
    };
    let out: Vec<Option<String>> = if let Some(a) = col.as_string_opt::<i32>() {
        a.iter().map(|s| s.map(str::to_string)).collect()
    } else if let Some(a) = col.as_string_opt::<i64>() {
        a.iter().map(|s| s.map(str::to_string)).collect()
    } else if let Some(a) = col.as_string_view_opt() {
        a.iter().map(|s| s.map(str::to_string)).collect()
    } else if col.data_type() == &DataType::Null {
        vec![None; col.len()]
    } else {
        return Err(format!(
            "column {name:?} must be a string column, not {}",
            col.data_type()
        ));
    };
    Ok(out)
}

/// One input row that could not be coded.
struct RowError {
    row: i64,
    doc_id: Option<String>,
    error: String,
}

fn code_batches(
    pipeline: &Pipeline,
    pool: Option<&rayon::ThreadPool>,
    batches: &[RecordBatch],
) -> Result<(RecordBatch, RecordBatch), String> {
    let mut docs: Vec<Document> = Vec::new();
    let mut errors: Vec<RowError> = Vec::new();
    let mut row = 0i64;
    for b in batches {
        if b.column_by_name("text").is_none() {
            return Err("the batch has no \"text\" column".into());
        }
        let ids = strings(b, "id")?;
        let dates = strings(b, "date")?;
        let texts = strings(b, "text")?;
        for ((id, date), text) in ids.into_iter().zip(dates).zip(texts) {
            let r = row;
            row += 1;
            let Some(id) = id else {
                errors.push(RowError {
                    row: r,
                    doc_id: None,
                    error: "missing \"id\"".into(),
                });
                continue;
            };
            let Some(text) = text else {
                errors.push(RowError {
                    row: r,
                    doc_id: Some(id),
                    error: "missing \"text\"".into(),
                });
                continue;
            };
            match parse_date(date.as_deref()) {
                Ok(date) => docs.push(Document {
                    id,
                    date,
                    text,
                    ..Default::default()
                }),
                Err(error) => errors.push(RowError {
                    row: r,
                    doc_id: Some(id),
                    error,
                }),
            }
        }
    }
    let coded = match pool {
        Some(p) => p.install(|| pipeline.code_batch(&docs)),
        None => pipeline.code_batch(&docs),
    };
    let records: Vec<&EventRecord> = coded.iter().flatten().collect();
    Ok((event_batch(&records)?, error_batch(&errors)?))
}

fn str_field(name: &str) -> Field {
    Field::new(name, DataType::Utf8, true)
}

fn actor_fields(who: &str, out: &mut Vec<Field>) {
    for f in ["code", "country", "role", "name", "text"] {
        out.push(str_field(&format!("{who}_{f}")));
    }
    out.push(Field::new(format!("{who}_start"), DataType::Int64, true));
    out.push(Field::new(format!("{who}_end"), DataType::Int64, true));
}

/// The columns of the events table: the record's fields, flattened, and `record_json`.
fn event_schema() -> SchemaRef {
    let mut f = vec![
        str_field("doc_id"),
        str_field("event_id"),
        str_field("doc_date"),
        Field::new("sentence", DataType::Int64, true),
        str_field("sentence_text"),
    ];
    actor_fields("source", &mut f);
    actor_fields("target", &mut f);
    f.extend([
        str_field("cameo_code"),
        str_field("cameo_root"),
        str_field("cameo_name"),
        Field::new("goldstein", DataType::Float32, true),
        Field::new("quad_class", DataType::Int32, true),
        str_field("plover_type"),
        str_field("plover_mode"),
        str_field("trigger_text"),
        Field::new("trigger_start", DataType::Int64, true),
        Field::new("trigger_end", DataType::Int64, true),
        str_field("date"),
        str_field("date_precision"),
        str_field("place_name"),
        str_field("place_kind"),
        str_field("place_country"),
        str_field("place_admin1"),
        str_field("place_id"),
        Field::new("place_lat", DataType::Float64, true),
        Field::new("place_lon", DataType::Float64, true),
        Field::new("place_start", DataType::Int64, true),
        Field::new("place_end", DataType::Int64, true),
    ]);
    actor_fields("attribution", &mut f);
    f.extend([
        Field::new("negated", DataType::Boolean, true),
        Field::new("hypothetical", DataType::Boolean, true),
        str_field("why_verb"),
        str_field("why_source"),
        str_field("why_target"),
        str_field("record_json"),
    ]);
    Arc::new(Schema::new(f))
}

/// The columns of the errors table.
fn error_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("row", DataType::Int64, false),
        str_field("doc_id"),
        Field::new("error", DataType::Utf8, false),
    ]))
}

fn strs<'a>(recs: &[&'a EventRecord], f: impl Fn(&'a EventRecord) -> Option<&'a str>) -> ArrayRef {
    Arc::new(recs.iter().map(|r| f(r)).collect::<StringArray>())
}

fn ints(recs: &[&EventRecord], f: impl Fn(&EventRecord) -> Option<i64>) -> ArrayRef {
    Arc::new(recs.iter().map(|r| f(r)).collect::<Int64Array>())
}

fn actor_columns(
    recs: &[&EventRecord],
    who: fn(&EventRecord) -> Option<&ActorRecord>,
    out: &mut Vec<ArrayRef>,
) {
    out.push(strs(recs, |r| who(r).map(|a| a.code.as_str())));
    out.push(strs(recs, |r| who(r).and_then(|a| a.country.as_deref())));
    out.push(strs(recs, |r| who(r).and_then(|a| a.role.as_deref())));
    out.push(strs(recs, |r| who(r).and_then(|a| a.name.as_deref())));
    out.push(strs(recs, |r| who(r).map(|a| a.text.as_str())));
    out.push(ints(recs, |r| who(r).map(|a| a.span[0] as i64)));
    out.push(ints(recs, |r| who(r).map(|a| a.span[1] as i64)));
}

fn event_batch(recs: &[&EventRecord]) -> Result<RecordBatch, String> {
    let json: Vec<String> = recs
        .iter()
        .map(serde_json::to_string)
        .collect::<Result<_, _>>()
        .map_err(|e| e.to_string())?;
    let mut c: Vec<ArrayRef> = vec![
        strs(recs, |r| Some(r.doc_id.as_str())),
        strs(recs, |r| Some(r.event_id.as_str())),
        strs(recs, |r| r.doc_date.as_deref()),
        ints(recs, |r| Some(r.sentence as i64)),
        strs(recs, |r| Some(r.sentence_text.as_str())),
    ];
    actor_columns(recs, |r| r.source.as_ref(), &mut c);
    actor_columns(recs, |r| r.target.as_ref(), &mut c);
    c.extend([
        strs(recs, |r| Some(r.cameo.code.as_str())),
        strs(recs, |r| Some(r.cameo.root.as_str())),
        strs(recs, |r| Some(r.cameo.name.as_str())),
        Arc::new(
            recs.iter()
                .map(|r| Some(r.cameo.goldstein))
                .collect::<Float32Array>(),
        ) as ArrayRef,
        Arc::new(
            recs.iter()
                .map(|r| Some(r.cameo.quad_class as i32))
                .collect::<Int32Array>(),
        ),
        strs(recs, |r| r.plover.as_ref().map(|p| p.event_type.as_str())),
        strs(recs, |r| r.plover.as_ref().and_then(|p| p.mode.as_deref())),
        strs(recs, |r| Some(r.trigger.text.as_str())),
        ints(recs, |r| Some(r.trigger.span[0] as i64)),
        ints(recs, |r| Some(r.trigger.span[1] as i64)),
        strs(recs, |r| r.date.as_deref()),
        strs(recs, |r| Some(r.date_precision.as_str())),
        strs(recs, |r| r.place.as_ref().map(|p| p.name.as_str())),
        strs(recs, |r| r.place.as_ref().map(|p| p.kind.as_str())),
        strs(recs, |r| {
            r.place.as_ref().and_then(|p| p.country.as_deref())
        }),
        strs(recs, |r| r.place.as_ref().and_then(|p| p.admin1.as_deref())),
        strs(recs, |r| r.place.as_ref().map(|p| p.id.as_str())),
        Arc::new(
            recs.iter()
                .map(|r| r.place.as_ref().and_then(|p| p.lat))
                .collect::<Float64Array>(),
        ),
        Arc::new(
            recs.iter()
                .map(|r| r.place.as_ref().and_then(|p| p.lon))
                .collect::<Float64Array>(),
        ),
        ints(recs, |r| {
            r.place.as_ref().and_then(|p| p.span).map(|s| s[0] as i64)
        }),
        ints(recs, |r| {
            r.place.as_ref().and_then(|p| p.span).map(|s| s[1] as i64)
        }),
    ]);
    actor_columns(recs, |r| r.attribution.as_ref(), &mut c);
    c.extend([
        Arc::new(
            recs.iter()
                .map(|r| Some(r.negated))
                .collect::<BooleanArray>(),
        ) as ArrayRef,
        Arc::new(
            recs.iter()
                .map(|r| Some(r.hypothetical))
                .collect::<BooleanArray>(),
        ),
        strs(recs, |r| Some(r.why.verb.as_str())),
        strs(recs, |r| Some(r.why.source.as_str())),
        strs(recs, |r| r.why.target.as_deref()),
        Arc::new(
            json.iter()
                .map(|s| Some(s.as_str()))
                .collect::<StringArray>(),
        ),
    ]);
    RecordBatch::try_new(event_schema(), c).map_err(|e| e.to_string())
}

fn error_batch(errors: &[RowError]) -> Result<RecordBatch, String> {
    let c: Vec<ArrayRef> = vec![
        Arc::new(errors.iter().map(|e| Some(e.row)).collect::<Int64Array>()),
        Arc::new(
            errors
                .iter()
                .map(|e| e.doc_id.as_deref())
                .collect::<StringArray>(),
        ),
        Arc::new(
            errors
                .iter()
                .map(|e| Some(e.error.as_str()))
                .collect::<StringArray>(),
        ),
    ];
    RecordBatch::try_new(error_schema(), c).map_err(|e| e.to_string())
}

/// The schema of `Coder.code_arrow`'s events table.
#[pyfunction(name = "event_schema")]
fn py_event_schema() -> PyArrowType<Schema> {
    PyArrowType(Arc::unwrap_or_clone(event_schema()))
}

/// The schema of `Coder.code_arrow`'s errors table.
#[pyfunction(name = "error_schema")]
fn py_error_schema() -> PyArrowType<Schema> {
    PyArrowType(Arc::unwrap_or_clone(error_schema()))
}

#[pymodule]
fn _dyad(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Coder>()?;
    m.add_function(wrap_pyfunction!(py_event_schema, m)?)?;
    m.add_function(wrap_pyfunction!(py_error_schema, m)?)?;
    m.add(
        "__version__",
        PyString::new(m.py(), env!("CARGO_PKG_VERSION")),
    )?;
    Ok(())
}
