//! `dyad ingest`, `dyad query`, `dyad export`: the event store (`dyad-store`) on the command line.

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use dyad::Date;
use dyad_store::{ExportFormat, Filter, Progress, Store, StoredEvent};
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `dyad ingest`.
#[derive(Args, Debug)]
pub struct IngestArgs {
    #[command(flatten)]
    pub docs: crate::DocsArgs,
    /// The store (an SQLite file, created if needed).
    #[arg(long, default_value = "dyad.db")]
    pub db: PathBuf,
    #[command(flatten)]
    pub engine: crate::EngineArgs,
    /// Documents coded and written per transaction.
    #[arg(long, default_value_t = dyad_store::DEFAULT_BATCH_SIZE)]
    pub batch: usize,
    /// When standard error is not a terminal, log a progress line every N documents.
    #[arg(long, default_value_t = 1000, value_name = "N")]
    pub log_every: usize,
}

/// Filters shared by `dyad query` and `dyad export`.
#[derive(Args, Debug, Default, Clone)]
pub struct FilterArgs {
    /// Actor code prefix, as source or target (USA matches USAGOV).
    #[arg(long)]
    pub actor: Option<String>,
    /// Source actor code prefix.
    #[arg(long)]
    pub source: Option<String>,
    /// Target actor code prefix.
    #[arg(long)]
    pub target: Option<String>,
    /// Country (ISO alpha-3) of the source or the target.
    #[arg(long)]
    pub country: Option<String>,
    /// CAMEO event code prefix (04, 042, 0421).
    #[arg(long)]
    pub cameo: Option<String>,
    /// CAMEO root code (01-20).
    #[arg(long)]
    pub root: Option<String>,
    /// PLOVER event type (CONSULT, ASSAULT...).
    #[arg(long)]
    pub plover: Option<String>,
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
    /// conflict.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    pub quad_class: Option<u8>,
    /// Events on or after this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub from: Option<Date>,
    /// Events on or before this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub to: Option<Date>,
    /// Country (ISO alpha-3) of the event's place.
    #[arg(long)]
    pub place: Option<String>,
    /// Words the event's sentence (in any of its reports) must contain.
    #[arg(long)]
    pub text: Option<String>,
    /// Events reported by this document.
    #[arg(long)]
    pub doc: Option<String>,
}

fn parse_date(s: &str) -> std::result::Result<Date, String> {
    Date::parse(s).map_err(|e| e.to_string())
}

impl FilterArgs {
    fn filter(&self) -> Filter {
        Filter {
            actor: self.actor.clone(),
            source: self.source.clone(),
            target: self.target.clone(),
            country: self.country.clone(),
            cameo: self.cameo.clone(),
            root: self.root.clone(),
            plover: self.plover.clone(),
            quad_class: self.quad_class,
            from: self.from,
            to: self.to,
            place_country: self.place.clone(),
            text: self.text.clone(),
            doc_id: self.doc.clone(),
            ..Default::default()
        }
    }
}

/// Formats of `dyad query`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum QueryFormat {
    /// Aligned columns for reading.
    Table,
    /// Comma-separated with a header (as `dyad export --format csv`).
    Csv,
    /// One JSON event record per line, with its counts (as `dyad export --format jsonl`).
    Jsonl,
}

/// Arguments of `dyad query`.
#[derive(Args, Debug)]
pub struct QueryArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// The store.
    #[arg(long, default_value = "dyad.db")]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
    /// At most N events (0: all).
    #[arg(long, default_value_t = 50, value_name = "N")]
    pub limit: usize,
    /// Skip the first N events.
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub offset: usize,
    /// Only events with an id greater than this (the last id of the previous page).
    #[arg(long, value_name = "ID")]
    pub after: Option<i64>,
    /// Print only the number of matching events.
    #[arg(long)]
    pub count: bool,
}

/// Formats of `dyad export`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExportFormatArg {
    /// One JSON event record per line, with global_event_id, num_mentions, num_sources,
    /// num_articles.
    Jsonl,
    /// Comma-separated with a header.
    Csv,
    /// The GDELT 2.0 event table: 61 tab-separated columns, no header.
    Gdelt,
    /// Apache Parquet: one row per event, the record flattened into typed columns,
    /// zstd-compressed (needs --output FILE).
    Parquet,
}

/// Arguments of `dyad export`.
#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum)]
    pub format: ExportFormatArg,
    /// Where to write (- for standard output, except with --format parquet).
    #[arg(long, short)]
    pub output: PathBuf,
    /// The store.
    #[arg(long, default_value = "dyad.db")]
    pub db: PathBuf,
    /// With --format gdelt, write the column names as a first line.
    #[arg(long)]
    pub header: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// Progress on standard error: a line rewritten in place on a terminal, log lines otherwise.
struct Reporter {
    tty: bool,
    every: usize,
    logged: usize,
    shown: bool,
}

impl Reporter {
    fn line(p: &Progress) -> String {
        format!(
            "{} documents ({:.0}/s), {} stored, {} unchanged, {} events, {} errors",
            p.read,
            p.docs_per_sec(),
            p.stored,
            p.unchanged,
            p.events,
            p.failed
        )
    }

    fn update(&mut self, p: Progress) {
        let mut err = std::io::stderr().lock();
        for f in &p.new_failures {
            if self.tty && self.shown {
                let _ = write!(err, "\r\x1b[2K");
                self.shown = false;
            }
            let _ = writeln!(err, "dyad: skipped {f}");
        }
        if self.tty {
            let _ = write!(err, "\r\x1b[2Kdyad: {}", Self::line(&p));
            self.shown = true;
        } else if p.read / self.every.max(1) > self.logged {
            self.logged = p.read / self.every.max(1);
            let _ = writeln!(err, "dyad: {}", Self::line(&p));
        }
        let _ = err.flush();
    }

    fn finish(&mut self) {
        if self.tty && self.shown {
            eprintln!();
            self.shown = false;
        }
    }
}

/// Run `dyad ingest`.
pub fn run_ingest(a: IngestArgs) -> Result<ExitCode> {
    a.docs.require()?;
    let pipeline = crate::pipeline(&a.engine.dictionaries, a.engine.all_modes)?;
    if let Some(n) = a.engine.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("starting worker threads")?;
    }
    let mut store =
        Store::open(&a.db).with_context(|| format!("opening the store {}", a.db.display()))?;
    store.set_batch_size(a.batch);
    let mut reporter = Reporter {
        tty: std::io::stderr().is_terminal(),
        every: a.log_every,
        logged: 0,
        shown: false,
    };
    let docs = a.docs.documents();
    let result = store.ingest(docs, &pipeline, |p| reporter.update(p));
    reporter.finish();
    let r = result.with_context(|| format!("writing to the store {}", a.db.display()))?;
    let c = store.counts()?;
    let secs = r.elapsed.as_secs_f64();
    eprintln!(
        "dyad: {} documents in {:.1}s ({:.0}/s): {} added, {} replaced, {} unchanged, {} failed; {} events stored",
        r.read,
        secs,
        if secs > 0.0 { r.read as f64 / secs } else { 0.0 },
        r.added,
        r.replaced,
        r.unchanged,
        r.failures.len(),
        r.events
    );
    eprintln!(
        "dyad: {}: {} documents, {} events, {} mentions, {} actors",
        a.db.display(),
        c.documents,
        c.events,
        c.mentions,
        c.actors
    );
    Ok(if r.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn open_existing(db: &Path) -> Result<Store> {
    if !db.exists() {
        bail!(
            "no store at {}: create it with `dyad ingest --db {} FILES...`",
            db.display(),
            db.display()
        );
    }
    Store::open_read_only(db).with_context(|| format!("opening the store {}", db.display()))
}

fn output(path: &Path) -> Result<Box<dyn Write>> {
    Ok(if path.as_os_str() == "-" {
        Box::new(BufWriter::new(std::io::stdout().lock()))
    } else {
        Box::new(BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        ))
    })
}

/// Cut a string to `n` characters, with an ellipsis when cut.
fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn table_row(e: &StoredEvent) -> String {
    let r = &e.record;
    let code = |a: &Option<dyad::ActorRecord>| {
        a.as_ref()
            .map(|a| a.code.clone())
            .unwrap_or_else(|| "-".into())
    };
    format!(
        "{:>7}  {:<10}  {:<9} {:<9} {:<4} {:<24} {:>1} {:>5.1} {:>4} {:>4}  {:<14} {}",
        e.id,
        r.date.as_deref().or(r.doc_date.as_deref()).unwrap_or("-"),
        cut(&code(&r.source), 9),
        cut(&code(&r.target), 9),
        r.cameo.code,
        cut(&r.cameo.name, 24),
        r.cameo.quad_class,
        r.cameo.goldstein,
        e.num_mentions,
        e.num_articles,
        cut(r.place.as_ref().map_or("-", |p| p.name.as_str()), 14),
        cut(&r.sentence_text.replace(['\n', '\r', '\t'], " "), 80)
    )
}

/// Run `dyad query`.
pub fn run_query(a: QueryArgs) -> Result<ExitCode> {
    let store = open_existing(&a.db)?;
    let mut filter = a.filter.filter();
    if a.count {
        println!("{}", store.count(&filter)?);
        return Ok(ExitCode::SUCCESS);
    }
    filter.limit = (a.limit > 0).then_some(a.limit);
    filter.offset = a.offset;
    filter.after = a.after;
    let mut out = output(Path::new("-"))?;
    match a.format {
        QueryFormat::Csv => {
            store.export(ExportFormat::Csv, &filter, &mut out)?;
        }
        QueryFormat::Jsonl => {
            store.export(ExportFormat::Jsonl, &filter, &mut out)?;
        }
        QueryFormat::Table => {
            let events = store.query(&filter)?;
            writeln!(
                out,
                "{:>7}  {:<10}  {:<9} {:<9} {:<4} {:<24} {:>1} {:>5} {:>4} {:>4}  {:<14} sentence",
                "id",
                "date",
                "source",
                "target",
                "code",
                "event",
                "Q",
                "gold",
                "ment",
                "arts",
                "place"
            )?;
            for e in &events {
                writeln!(out, "{}", table_row(e))?;
            }
            out.flush()?;
            let total = store.count(&a.filter.filter())?;
            if (events.len() as u64) < total {
                eprintln!(
                    "dyad: {} of {} events shown (--limit, --offset, --after to page)",
                    events.len(),
                    total
                );
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Run `dyad export`.
pub fn run_export(a: ExportArgs) -> Result<ExitCode> {
    let format = match a.format {
        ExportFormatArg::Jsonl => ExportFormat::Jsonl,
        ExportFormatArg::Csv => ExportFormat::Csv,
        ExportFormatArg::Gdelt => ExportFormat::Gdelt,
        ExportFormatArg::Parquet => ExportFormat::Parquet,
    };
    if format == ExportFormat::Parquet && a.output.as_os_str() == "-" {
        bail!("--format parquet writes a binary file: give it with --output FILE.parquet, not -");
    }
    let store = open_existing(&a.db)?;
    let mut out = output(&a.output)?;
    if a.header && format == ExportFormat::Gdelt {
        writeln!(out, "{}", dyad_store::GDELT_COLUMNS.join("\t"))?;
    }
    let n = store
        .export(format, &a.filter.filter(), &mut out)
        .with_context(|| format!("writing {}", a.output.display()))?;
    if a.output.as_os_str() != "-" {
        eprintln!("dyad: {n} events written to {}", a.output.display());
    }
    Ok(ExitCode::SUCCESS)
}
