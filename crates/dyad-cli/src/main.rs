//! The `dyad` binary: a thin layer of argument parsing over the `dyad` library.

mod code;

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
    /// Show how each sentence was read: tags, phrases, actors and events.
    Explain(code::CodeArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(a) => code::run(a),
        Command::Explain(a) => code::explain(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dyad: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
