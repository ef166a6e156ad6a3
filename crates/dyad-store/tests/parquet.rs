//! The Parquet export, read back with the parquet crate's Arrow reader: one row per stored
//! event, the flattened record in typed columns, nulls where the record has no value.

mod common;

use arrow::array::{Array, BooleanArray, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow::datatypes::DataType;
use common::*;
use dyad_store::{ExportFormat, Filter, Store};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::basic::Compression;

const COLUMNS: [&str; 45] = [
    "global_event_id",
    "event_id",
    "doc_id",
    "doc_date",
    "sentence",
    "sentence_text",
    "source_code",
    "source_country",
    "source_role",
    "source_name",
    "source_text",
    "source_start",
    "source_end",
    "target_code",
    "target_country",
    "target_role",
    "target_name",
    "target_text",
    "target_start",
    "target_end",
    "cameo_code",
    "cameo_root",
    "cameo_name",
    "cameo_goldstein",
    "cameo_quad_class",
    "plover_type",
    "plover_mode",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "date",
    "date_precision",
    "place_name",
    "place_kind",
    "place_country",
    "place_admin1",
    "place_id",
    "place_lat",
    "place_lon",
    "attribution_code",
    "negated",
    "hypothetical",
    "num_mentions",
    "num_sources",
    "num_articles",
];

/// The test corpus, stored.
fn store() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    s.ingest(ok(corpus()), pipeline(), |_| {}).unwrap();
    s
}

/// Export to a file, read it back as one record batch; also the file's row-group compression.
fn export(s: &Store, filter: &Filter, name: &str) -> (u64, RecordBatch, Compression) {
    let dir = TempDir::new(name);
    let path = dir.path("events.parquet");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let n = s.export(ExportFormat::Parquet, filter, &mut file).unwrap();
    drop(file);
    let builder =
        ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&path).unwrap()).unwrap();
    let compression = builder
        .metadata()
        .row_groups()
        .first()
        .map_or(Compression::UNCOMPRESSED, |g| g.column(0).compression());
    let schema = builder.schema().clone();
    let batches: Vec<RecordBatch> = builder.build().unwrap().collect::<Result<_, _>>().unwrap();
    let batch = arrow::compute::concat_batches(&schema, &batches).unwrap();
    (n, batch, compression)
}

fn strings<'a>(b: &'a RecordBatch, name: &str) -> &'a StringArray {
    b.column_by_name(name)
        .unwrap_or_else(|| panic!("no column {name}"))
        .as_any()
        .downcast_ref()
        .unwrap_or_else(|| panic!("{name} is not Utf8"))
}

fn ints<'a>(b: &'a RecordBatch, name: &str) -> &'a Int64Array {
    b.column_by_name(name)
        .unwrap()
        .as_any()
        .downcast_ref()
        .unwrap_or_else(|| panic!("{name} is not Int64"))
}

fn floats<'a>(b: &'a RecordBatch, name: &str) -> &'a Float64Array {
    b.column_by_name(name)
        .unwrap()
        .as_any()
        .downcast_ref()
        .unwrap_or_else(|| panic!("{name} is not Float64"))
}

fn bools<'a>(b: &'a RecordBatch, name: &str) -> &'a BooleanArray {
    b.column_by_name(name)
        .unwrap()
        .as_any()
        .downcast_ref()
        .unwrap_or_else(|| panic!("{name} is not Boolean"))
}

/// Row `i` of a string column, `None` when null.
fn s(b: &RecordBatch, name: &str, i: usize) -> Option<String> {
    let a = strings(b, name);
    a.is_valid(i).then(|| a.value(i).to_string())
}

fn i(b: &RecordBatch, name: &str, row: usize) -> Option<i64> {
    let a = ints(b, name);
    a.is_valid(row).then(|| a.value(row))
}

fn f(b: &RecordBatch, name: &str, row: usize) -> Option<f64> {
    let a = floats(b, name);
    a.is_valid(row).then(|| a.value(row))
}

#[test]
fn parquet_export_reads_back() {
    let st = store();
    let all = st.query(&Filter::default()).unwrap();
    let (n, b, compression) = export(&st, &Filter::default(), "parquet");
    assert_eq!(n, st.counts().unwrap().events);
    assert_eq!(b.num_rows() as u64, n);
    assert!(
        matches!(compression, Compression::ZSTD(_)),
        "{compression:?}"
    );

    // Columns, in order, with their types.
    let schema = b.schema();
    let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
    assert_eq!(names, COLUMNS);
    for field in schema.fields() {
        let name = field.name().as_str();
        let want = match name {
            "cameo_goldstein" | "place_lat" | "place_lon" => DataType::Float64,
            "negated" | "hypothetical" => DataType::Boolean,
            "global_event_id" | "sentence" | "cameo_quad_class" | "num_mentions"
            | "num_sources" | "num_articles" => DataType::Int64,
            _ if name.ends_with("_start") || name.ends_with("_end") => DataType::Int64,
            _ => DataType::Utf8,
        };
        assert_eq!(field.data_type(), &want, "{name}");
    }

    // Every row is its stored event, in id order.
    let opt = |o: &Option<String>| o.clone();
    for (row, e) in all.iter().enumerate() {
        let r = &e.record;
        assert_eq!(i(&b, "global_event_id", row), Some(e.id));
        assert_eq!(s(&b, "event_id", row).as_ref(), Some(&r.event_id));
        assert_eq!(s(&b, "doc_id", row).as_ref(), Some(&r.doc_id));
        assert_eq!(s(&b, "doc_date", row), opt(&r.doc_date));
        assert_eq!(i(&b, "sentence", row), Some(r.sentence as i64));
        assert_eq!(s(&b, "sentence_text", row).as_ref(), Some(&r.sentence_text));
        for (side, a) in [("source", &r.source), ("target", &r.target)] {
            let col = |c: &str| format!("{side}_{c}");
            let a = a.as_ref();
            assert_eq!(s(&b, &col("code"), row), a.map(|a| a.code.clone()));
            assert_eq!(
                s(&b, &col("country"), row),
                a.and_then(|a| a.country.clone())
            );
            assert_eq!(s(&b, &col("role"), row), a.and_then(|a| a.role.clone()));
            assert_eq!(s(&b, &col("name"), row), a.and_then(|a| a.name.clone()));
            assert_eq!(s(&b, &col("text"), row), a.map(|a| a.text.clone()));
            assert_eq!(i(&b, &col("start"), row), a.map(|a| a.span[0] as i64));
            assert_eq!(i(&b, &col("end"), row), a.map(|a| a.span[1] as i64));
        }
        assert_eq!(s(&b, "cameo_code", row).as_ref(), Some(&r.cameo.code));
        assert_eq!(s(&b, "cameo_root", row).as_ref(), Some(&r.cameo.root));
        assert_eq!(s(&b, "cameo_name", row).as_ref(), Some(&r.cameo.name));
        // Goldstein as written in the record (1.9, not 1.899999976).
        assert_eq!(
            f(&b, "cameo_goldstein", row).map(|g| g.to_string()),
            Some(r.cameo.goldstein.to_string())
        );
        assert_eq!(
            i(&b, "cameo_quad_class", row),
            Some(i64::from(r.cameo.quad_class))
        );
        let plover = r.plover.as_ref();
        assert_eq!(
            s(&b, "plover_type", row),
            plover.map(|p| p.event_type.clone())
        );
        assert_eq!(
            s(&b, "plover_mode", row),
            plover.and_then(|p| p.mode.clone())
        );
        assert_eq!(s(&b, "trigger_text", row).as_ref(), Some(&r.trigger.text));
        assert_eq!(i(&b, "trigger_start", row), Some(r.trigger.span[0] as i64));
        assert_eq!(i(&b, "trigger_end", row), Some(r.trigger.span[1] as i64));
        assert_eq!(s(&b, "date", row), opt(&r.date));
        assert_eq!(
            s(&b, "date_precision", row).as_ref(),
            Some(&r.date_precision)
        );
        let p = r.place.as_ref();
        assert_eq!(s(&b, "place_name", row), p.map(|p| p.name.clone()));
        assert_eq!(s(&b, "place_kind", row), p.map(|p| p.kind.clone()));
        assert_eq!(
            s(&b, "place_country", row),
            p.and_then(|p| p.country.clone())
        );
        assert_eq!(s(&b, "place_admin1", row), p.and_then(|p| p.admin1.clone()));
        assert_eq!(s(&b, "place_id", row), p.map(|p| p.id.clone()));
        assert_eq!(f(&b, "place_lat", row), p.and_then(|p| p.lat));
        assert_eq!(f(&b, "place_lon", row), p.and_then(|p| p.lon));
        assert_eq!(
            s(&b, "attribution_code", row),
            r.attribution.as_ref().map(|a| a.code.clone())
        );
        assert_eq!(bools(&b, "negated").value(row), r.negated);
        assert_eq!(bools(&b, "hypothetical").value(row), r.hypothetical);
        assert_eq!(i(&b, "num_mentions", row), Some(i64::from(e.num_mentions)));
        assert_eq!(i(&b, "num_sources", row), Some(i64::from(e.num_sources)));
        assert_eq!(i(&b, "num_articles", row), Some(i64::from(e.num_articles)));
    }
    // Flags are never null.
    assert_eq!(bools(&b, "negated").null_count(), 0);
    assert_eq!(bools(&b, "hypothetical").null_count(), 0);

    // The Turkish-Afghan meeting, reported by a1 and a2.
    let row = (0..b.num_rows())
        .find(|&r| s(&b, "source_code", r).as_deref() == Some("TURGOV"))
        .expect("the meeting");
    assert_eq!(s(&b, "target_code", row).as_deref(), Some("AFGGOV"));
    assert_eq!(s(&b, "source_country", row).as_deref(), Some("TUR"));
    assert_eq!(s(&b, "cameo_root", row).as_deref(), Some("04"));
    assert_eq!(s(&b, "doc_date", row).as_deref(), Some("2021-04-02"));
    assert_eq!(s(&b, "place_country", row).as_deref(), Some("AFG"));
    assert!(f(&b, "place_lat", row).is_some());
    assert_eq!(i(&b, "num_mentions", row), Some(2));
    assert_eq!(i(&b, "num_articles", row), Some(2));
    assert!(!bools(&b, "negated").value(row));
    let meeting = all
        .iter()
        .find(|e| e.id == i(&b, "global_event_id", row).unwrap());
    let goldstein = f(&b, "cameo_goldstein", row).unwrap();
    assert_eq!(
        goldstein.to_string(),
        meeting.unwrap().record.cameo.goldstein.to_string()
    );
    assert!(goldstein > 0.0, "a meeting is cooperative: {goldstein}");

    // Nulls where the record has no place (the coder writes no event without a target: the
    // unit tests in src/parquet.rs check those nulls).
    let no_place = all.iter().position(|e| e.record.place.is_none());
    let no_place = no_place.expect("an event without a place in the corpus");
    assert_eq!(s(&b, "place_name", no_place), None);
    assert_eq!(f(&b, "place_lat", no_place), None);
    assert_eq!(f(&b, "place_lon", no_place), None);
}

#[test]
fn parquet_export_filters_and_empty() {
    let st = store();
    let filter = Filter {
        source: Some("TUR".into()),
        ..Default::default()
    };
    let want: Vec<i64> = st.query(&filter).unwrap().iter().map(|e| e.id).collect();
    assert!(!want.is_empty());
    let (n, b, _) = export(&st, &filter, "parquet-filter");
    assert_eq!(n as usize, want.len());
    assert_eq!(ints(&b, "global_event_id").values().to_vec(), want);

    // No events: still a valid file, with the schema and no rows.
    let none = Filter {
        source: Some("ZZZ".into()),
        ..Default::default()
    };
    let (n, b, _) = export(&st, &none, "parquet-empty");
    assert_eq!((n, b.num_rows()), (0, 0));
    assert_eq!(b.num_columns(), COLUMNS.len());
}

/// `dyad export --format parquet`: needs `--output FILE`; the file reads back. Ignored unless
/// `DYAD_BIN` names the built binary (as `tests/cli.rs`).
#[test]
#[cfg_attr(
    not(dyad_bin),
    ignore = "set DYAD_BIN to the built dyad binary to run (see tests/cli.rs)"
)]
fn cli_export_parquet() {
    use std::process::{Command, Stdio};
    let bin = std::env::var_os("DYAD_BIN").expect("set DYAD_BIN to the dyad binary");
    let dir = TempDir::new("parquet-cli");
    let db = dir.path("d.db");
    let input = dir.path("docs.jsonl");
    let lines: Vec<String> = corpus().iter().map(jsonl_line).collect();
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let dyad = |args: &[&str]| {
        Command::new(&bin)
            .args(args)
            .arg("--db")
            .arg(&db)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    let o = dyad(&["ingest", input.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let o = dyad(&["export", "--format", "parquet", "--output", "-"]);
    assert!(!o.status.success());
    assert!(o.stdout.is_empty());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--output FILE"), "{err}");

    let out = dir.path("events.parquet");
    let o = dyad(&[
        "export",
        "--format",
        "parquet",
        "--output",
        out.to_str().unwrap(),
        "--source",
        "TUR",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let store = Store::open_read_only(&db).unwrap();
    let want = store
        .query(&Filter {
            source: Some("TUR".into()),
            ..Default::default()
        })
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!("{} events written", want.len())),
        "{err}"
    );
    let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&out).unwrap())
        .unwrap()
        .build()
        .unwrap();
    let rows: usize = reader.map(|b| b.unwrap().num_rows()).sum();
    assert_eq!(rows, want.len());
}
