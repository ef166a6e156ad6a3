//! `dyad eval`: code a gold set and score it (`shared/docs/scoring.md`).

use anyhow::{Context, Result};
use clap::Args;
use dyad::eval::{evaluate, parse_gold};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `dyad eval`.
#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Gold file (JSONL: id, date, text, expected, optional).
    pub gold: PathBuf,
    /// List each miss and false positive with its sentence and evidence.
    #[arg(long)]
    pub details: bool,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// A folder of dictionaries to add; may be repeated.
    #[arg(long)]
    pub dictionaries: Vec<PathBuf>,
    /// Level the details are listed for: strict, root or plover.
    #[arg(long, default_value = "root")]
    pub level: String,
}

/// Run `dyad eval`.
pub fn run(a: EvalArgs) -> Result<ExitCode> {
    let text = std::fs::read_to_string(&a.gold)
        .with_context(|| format!("cannot read {}", a.gold.display()))?;
    let gold = parse_gold(&text, &a.gold.display().to_string()).map_err(anyhow::Error::msg)?;
    let pipeline = crate::pipeline(&a.dictionaries, false)?;
    let mut report = evaluate(&pipeline, &gold, a.details);
    report.details.retain(|d| d.level == a.level);
    for u in &report.undated {
        eprintln!("dyad eval: {u}");
    }
    if a.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(ExitCode::SUCCESS);
    }
    print!("{}", report.table());
    if a.details {
        for d in &report.details {
            match (&d.gold, &d.event) {
                (Some(g), _) => println!(
                    "\nMISS {} {} -> {} {} {}\n  text: {}",
                    d.doc_id,
                    g.source,
                    g.target,
                    g.code,
                    g.plover.clone().unwrap_or_default(),
                    d.text.chars().take(400).collect::<String>()
                ),
                (_, Some(e)) => {
                    let s = e.source.as_ref();
                    let t = e.target.as_ref();
                    println!(
                        "\nFALSE POSITIVE {} {} -> {} {} ({})\n  sentence: {}\n  source: {:?} {:?} [{}]\n  target: {:?} {:?} [{}]\n  trigger: {:?} {:?} [{}]",
                        d.doc_id,
                        s.map(|x| x.code.as_str()).unwrap_or(""),
                        t.map(|x| x.code.as_str()).unwrap_or(""),
                        e.cameo.code,
                        e.cameo.name,
                        e.sentence_text,
                        s.map(|x| x.text.as_str()).unwrap_or(""),
                        s.map(|x| x.span).unwrap_or_default(),
                        e.why.source,
                        t.map(|x| x.text.as_str()).unwrap_or(""),
                        t.map(|x| x.span).unwrap_or_default(),
                        e.why.target.clone().unwrap_or_default(),
                        e.trigger.text,
                        e.trigger.span,
                        e.why.verb
                    );
                }
                _ => {}
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
