//! `dyad code`: read documents, code them on all cores, write records in input order.

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use dyad::input::{expand, parse_json_line, read_text_file, Source};
use dyad::{Document, EventRecord, InputError};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Output formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// One JSON event record per line.
    Jsonl,
    /// Comma-separated, one row per event, with a header.
    Csv,
}

/// Arguments of `dyad code`.
#[derive(Args, Debug)]
pub struct CodeArgs {
    #[command(flatten)]
    pub docs: crate::DocsArgs,
    /// Where to write events (default: standard output).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    #[command(flatten)]
    pub engine: crate::EngineArgs,
}

/// Documents in input order: each a document or the reason it could not be read.
pub fn documents(
    paths: &[PathBuf],
    input: Option<&PathBuf>,
) -> Box<dyn Iterator<Item = Result<Document, InputError>>> {
    let mut sources: Vec<Result<Source, InputError>> = expand(paths);
    if let Some(i) = input {
        sources.push(Ok(Source::Jsonl(i.clone())));
    }
    Box::new(sources.into_iter().flat_map(
        |s| -> Box<dyn Iterator<Item = Result<Document, InputError>>> {
            match s {
                Err(e) => Box::new(std::iter::once(Err(e))),
                Ok(Source::Text(p)) => Box::new(std::iter::once(read_text_file(&p))),
                Ok(Source::Jsonl(p)) => {
                    let name = if p.as_os_str() == "-" {
                        "<stdin>".to_string()
                    } else {
                        p.display().to_string()
                    };
                    let reader: Box<dyn BufRead> = if p.as_os_str() == "-" {
                        Box::new(BufReader::new(std::io::stdin()))
                    } else {
                        match std::fs::File::open(&p) {
                            Ok(f) => Box::new(BufReader::new(f)),
                            Err(source) => {
                                return Box::new(std::iter::once(Err(InputError::Io {
                                    name,
                                    source,
                                })))
                            }
                        }
                    };
                    Box::new(jsonl(reader, name))
                }
            }
        },
    ))
}

fn jsonl(
    mut reader: Box<dyn BufRead>,
    name: String,
) -> impl Iterator<Item = Result<Document, InputError>> {
    let mut lineno = 0usize;
    let mut buf = Vec::new();
    std::iter::from_fn(move || loop {
        buf.clear();
        lineno += 1;
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {
                let where_ = format!("{name}:{lineno}");
                let line = match std::str::from_utf8(&buf) {
                    Ok(l) => l.trim(),
                    Err(e) => {
                        return Some(Err(InputError::Encoding {
                            name: where_,
                            offset: e.valid_up_to(),
                        }))
                    }
                };
                if line.is_empty() {
                    continue;
                }
                return Some(parse_json_line(line, &where_));
            }
            Err(source) => {
                return Some(Err(InputError::Io {
                    name: format!("{name}:{lineno}"),
                    source,
                }))
            }
        }
    })
}

/// Run `dyad explain`: the same inputs as `dyad code`, a trace instead of records.
pub fn explain(a: CodeArgs) -> Result<ExitCode> {
    let pipeline = crate::pipeline(&a.engine.dictionaries, true)?;
    let mut failed = false;
    for d in a.docs.documents() {
        match d {
            Ok(d) => println!("== {}\n{}", d.id, pipeline.explain(&d)),
            Err(e) => {
                failed = true;
                eprintln!("dyad: skipped {e}");
            }
        }
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Run `dyad code`.
pub fn run(a: CodeArgs) -> Result<ExitCode> {
    a.docs.require()?;
    let pipeline = crate::pipeline(&a.engine.dictionaries, a.engine.all_modes)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(a.engine.threads.unwrap_or(0))
        .build()
        .context("starting worker threads")?;
    let out: Box<dyn Write> = match &a.output {
        Some(p) if p.as_os_str() != "-" => Box::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        ),
        _ => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    if let Format::Csv = a.format {
        writeln!(out, "{}", dyad::CSV_HEADER.join(","))?;
    }
    let mut failed = 0usize;
    let mut coded = 0usize;
    let mut docs = a.docs.documents();
    const BATCH: usize = 256;
    loop {
        let batch: Vec<Result<Document, InputError>> = docs.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let results: Vec<Result<Vec<EventRecord>, String>> = pool.install(|| {
            use rayon::prelude::*;
            batch
                .par_iter()
                .map(|d| {
                    d.as_ref()
                        .map(|d| pipeline.code_document(d))
                        .map_err(|e| e.to_string())
                })
                .collect()
        });
        for r in results {
            match r {
                Ok(events) => {
                    coded += 1;
                    for e in events {
                        match a.format {
                            Format::Jsonl => {
                                serde_json::to_writer(&mut out, &e)?;
                                out.write_all(b"\n")?;
                            }
                            Format::Csv => writeln!(out, "{}", e.csv_row())?,
                        }
                    }
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("dyad: skipped {e}");
                }
            }
        }
    }
    out.flush()?;
    if failed > 0 {
        eprintln!("dyad: {coded} documents coded, {failed} failed");
        Ok(ExitCode::from(1))
    } else {
        Ok(ExitCode::SUCCESS)
    }
}
