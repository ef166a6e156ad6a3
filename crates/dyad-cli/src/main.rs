//! The `dyad` binary: a thin layer of argument parsing over the `dyad` library.

mod code;
mod consume;
mod eval;
mod serve;
mod store;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// dyad: who did what to whom, when and where — political event data from news text.
#[derive(Parser)]
#[command(name = "dyad", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code documents into CAMEO + PLOVER events (JSONL or CSV).
    Code(code::CodeArgs),
    /// Score dyad against a gold set (shared/docs/scoring.md).
    Eval(eval::EvalArgs),
    /// Code documents into the event store (SQLite); unchanged documents are skipped.
    Ingest(store::IngestArgs),
    /// Query the event store.
    Query(store::QueryArgs),
    /// Export the event store: JSONL, CSV or the GDELT 2.0 event table.
    Export(store::ExportArgs),
    /// Code documents from a Kafka topic into events on a topic or in the store.
    Consume(consume::ConsumeArgs),
    /// Serve the JSON API and the dashboard over a store.
    Serve(serve::ServeArgs),
    /// Show how each sentence was read: tags, phrases, actors and events.
    Explain(code::CodeArgs),
}

/// The documents a coding command reads.
#[derive(clap::Args, Debug)]
pub(crate) struct DocsArgs {
    /// Text files, folders of them (recursively), or .jsonl files.
    pub paths: Vec<std::path::PathBuf>,
    /// A JSONL file of documents ({"id","date","text"}), or - for standard input.
    #[arg(long)]
    pub input: Option<std::path::PathBuf>,
}

impl DocsArgs {
    /// An error when no input was named.
    pub fn require(&self) -> anyhow::Result<()> {
        if self.paths.is_empty() && self.input.is_none() {
            anyhow::bail!("no input: give text files, folders or .jsonl files, or --input FILE.jsonl (- for standard input)");
        }
        Ok(())
    }

    /// The documents, in input order, each read or the reason it could not be.
    pub fn documents(&self) -> Box<dyn Iterator<Item = Result<dyad::Document, dyad::InputError>>> {
        code::documents(&self.paths, self.input.as_ref())
    }
}

/// How the coding commands code: dictionaries, modes, threads.
#[derive(clap::Args, Debug)]
pub(crate) struct EngineArgs {
    /// A folder of dictionaries to add to (or replace) dyad's own; may be repeated.
    #[arg(long)]
    pub dictionaries: Vec<std::path::PathBuf>,
    /// Also write (or store) negated and hypothetical events, flagged.
    #[arg(long)]
    pub all_modes: bool,
    /// Worker threads (default: every core).
    #[arg(long)]
    pub threads: Option<usize>,
}

/// The coding pipeline with the user's dictionaries, as every subcommand builds it.
pub(crate) fn pipeline(
    dictionaries: &[std::path::PathBuf],
    all_modes: bool,
) -> anyhow::Result<dyad::Pipeline> {
    let mut b = dyad::Pipeline::builder().all_modes(all_modes);
    for d in dictionaries {
        b = b.dictionaries(d);
    }
    anyhow::Context::context(b.build(), "loading dictionaries")
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(a) => code::run(a),
        Command::Explain(a) => code::explain(a),
        Command::Eval(a) => eval::run(a),
        Command::Serve(a) => serve::run(a),
        Command::Consume(a) => consume::run(a),
        Command::Ingest(a) => store::run_ingest(a),
        Command::Query(a) => store::run_query(a),
        Command::Export(a) => store::run_export(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dyad: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
