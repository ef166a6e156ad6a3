//! `dyad consume`: code documents from a Kafka topic into events on a topic or in the store
//! (`dyad-kafka`).

use anyhow::{bail, Context, Result};
use clap::Args;
use dyad_kafka::{Consumer, ConsumerConfig, Output, StopReason};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Arguments of `dyad consume`.
#[derive(Args, Debug)]
#[command(group(clap::ArgGroup::new("output").required(true).args(["out_topic", "db"])))]
pub struct ConsumeArgs {
    /// Kafka bootstrap servers, HOST:PORT[,HOST:PORT...].
    #[arg(long)]
    pub brokers: String,
    /// The topic of documents (JSON messages: {"id","date","text",...}).
    #[arg(long)]
    pub topic: String,
    /// The consumer group; its committed offsets say where to resume.
    #[arg(long, default_value = dyad_kafka::DEFAULT_GROUP)]
    pub group: String,
    /// Write events to this topic (one JSON record per message, keyed by event_id);
    /// at-least-once: deduplicate downstream by key.
    #[arg(long)]
    pub out_topic: Option<String>,
    /// Write events to this store (an SQLite file, created if needed); a replayed document adds
    /// nothing.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// The dead-letter topic for malformed messages (default: <topic>.dlq).
    #[arg(long)]
    pub dlq: Option<String>,
    /// A folder of dictionaries to add to (or replace) dyad's own; may be repeated.
    #[arg(long)]
    pub dictionaries: Vec<PathBuf>,
    /// Stop after N messages (malformed ones included).
    #[arg(long, value_name = "N")]
    pub max_messages: Option<u64>,
    /// Stop after no message came for SECS seconds.
    #[arg(long, value_name = "SECS")]
    pub idle_exit: Option<u64>,
}

/// Run `dyad consume`: until `--max-messages`, `--idle-exit` or SIGINT/SIGTERM.
pub fn run(a: ConsumeArgs) -> Result<ExitCode> {
    let output = match (a.out_topic, a.db) {
        (Some(t), None) => Output::Topic(t),
        (None, Some(p)) => Output::Store(p),
        _ => bail!("give exactly one of --out-topic and --db"),
    };
    let pipeline = crate::pipeline(&a.dictionaries, false)?;
    let mut config = ConsumerConfig::new(a.brokers, a.topic, output);
    config.group = a.group;
    config.dlq = a.dlq;
    config.max_messages = a.max_messages;
    config.idle_exit = a.idle_exit.map(Duration::from_secs);
    let mut consumer = Consumer::new(config, pipeline).context("starting the consumer")?;
    on_signal(consumer.stop_flag());
    let r = consumer.run().context("consuming")?;
    let why = match r.stop {
        StopReason::MaxMessages => "--max-messages reached",
        StopReason::Idle => "idle",
        StopReason::Stopped => "stopped by a signal",
    };
    eprintln!(
        "dyad consume: {} messages, {} documents written, {} unchanged, {} events, {} dead-lettered ({why})",
        r.messages, r.documents, r.unchanged, r.events, r.dead_lettered
    );
    if r.commit_failures > 0 {
        eprintln!(
            "dyad consume: {} offset commits failed after a rebalance; their messages are read again by the new owner",
            r.commit_failures
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// On the first SIGINT or SIGTERM, set `stop` (the consumer finishes and commits its batch);
/// on the second, exit at once (what was not committed is read again next time).
fn on_signal(stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        let Ok(rt) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        else {
            return;
        };
        rt.block_on(async move {
            #[cfg(unix)]
            let mut term =
                match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                    Ok(s) => s,
                    Err(_) => return,
                };
            for _ in 0..2 {
                #[cfg(unix)]
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
                #[cfg(not(unix))]
                if tokio::signal::ctrl_c().await.is_err() {
                    return;
                }
                if stop.swap(true, Ordering::SeqCst) {
                    eprintln!("dyad consume: stopping now");
                    std::process::exit(130);
                }
                eprintln!("dyad consume: stopping after the current batch (again to stop now)");
            }
        });
    });
}
