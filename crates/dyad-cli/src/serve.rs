//! `dyad serve`: the HTTP API and dashboard (`dyad-server`) over a store.

use anyhow::{Context, Result};
use clap::Args;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `dyad serve`.
#[derive(Args, Debug)]
pub struct ServeArgs {
    /// The store (an SQLite file, created if needed).
    #[arg(long, default_value = "dyad.db")]
    pub db: PathBuf,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Require `Authorization: Bearer TOKEN` to POST documents (also read from DYAD_TOKEN).
    #[arg(long, env = "DYAD_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
}

/// Serve until Ctrl-C or SIGTERM.
pub fn run(a: ServeArgs) -> Result<ExitCode> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let db = a.db.clone();
    rt.block_on(dyad_server::serve(a.db, a.addr, a.token))
        .with_context(|| format!("serving {} on {}", db.display(), a.addr))?;
    Ok(ExitCode::SUCCESS)
}
