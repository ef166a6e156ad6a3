//! dyad-server: the HTTP API and web dashboard of `dyad serve`, over a `dyad-store` SQLite file.
//!
//! [`router`] builds the axum [`Router`](axum::Router); [`serve`] opens (creating or migrating)
//! the store, binds the address and serves until Ctrl-C.
//!
//! # API
//! | method and path | what |
//! |---|---|
//! | `GET /api/events` | events matching the store's filters (`actor`, `source`, `target`, `country`, `code`, `root`, `plover`, `quad`, `from`, `to`, `place`, `q`, `doc`), `limit` (1-500, default 100) and `cursor` pagination: each page has `next_cursor` (null on the last page) |
//! | `GET /api/events/{id}` | one event with its mentions and their evidence spans |
//! | `GET /api/documents/{id}` | a document's text and the spans of the events it reports |
//! | `GET /api/dyads?interval=day\|week\|month` | events and mean Goldstein per source-target pair per period (same filters) |
//! | `GET /api/actors?limit=N` | the actors met, most frequent first |
//! | `GET /api/timeline?interval=day\|week\|month` | events per QuadClass and mean Goldstein per period (same filters) |
//! | `POST /api/documents` | code and store one document `{id,date,text,...}` or an array of them (bearer token required when the server has one) |
//! | `GET /api/health` | liveness and row counts |
//! | `GET /api/openapi.json` | an OpenAPI 3 description of all of these |
//!
//! Errors are JSON, `{"error": "..."}`, with a 4xx status for bad requests (unknown parameter,
//! bad filter value, unknown id, missing token, body over [`MAX_BODY_BYTES`]).
//!
//! The dashboard (`/`) is one HTML page, a script, a style sheet and a world outline, all embedded
//! in the binary: nothing is fetched from elsewhere.
//!
//! Every store access runs on tokio's blocking pool with its own read-only connection; writes
//! (`POST /api/documents`) share one writable connection behind a mutex.

mod agg;
mod api;
mod assets;
mod params;

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use dyad::Pipeline;
use dyad_store::Store;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// The largest request body accepted (10 MiB); larger ones get 413.
pub const MAX_BODY_BYTES: usize = 10 * 1024 * 1024;

/// The most events one page of `GET /api/events` returns.
pub const MAX_PAGE: usize = 500;

/// What can go wrong, as the API reports it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request is malformed (unknown parameter, bad value, bad JSON): 400.
    #[error("{0}")]
    BadRequest(String),
    /// No such event or document: 404.
    #[error("{0}")]
    NotFound(String),
    /// The server has a token and the request did not present it: 401.
    #[error(
        "this endpoint requires the header 'Authorization: Bearer <token>' with the server's token"
    )]
    Unauthorized,
    /// The request body could not be read (too large: 413).
    #[error("{message}")]
    Body {
        /// The status to answer with.
        status: StatusCode,
        /// Why.
        message: String,
    },
    /// The store failed (a bad filter is a 400, anything else a 500).
    #[error(transparent)]
    Store(#[from] dyad_store::Error),
    /// The coding pipeline could not be built.
    #[error("cannot build the coding pipeline: {0}")]
    Pipeline(String),
    /// Binding or serving failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// A task panicked or was cancelled.
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// The HTTP status this error is answered with.
    pub fn status(&self) -> StatusCode {
        match self {
            Error::BadRequest(_) | Error::Store(dyad_store::Error::Filter(_)) => {
                StatusCode::BAD_REQUEST
            }
            Error::NotFound(_) => StatusCode::NOT_FOUND,
            Error::Unauthorized => StatusCode::UNAUTHORIZED,
            Error::Body { status, .. } => *status,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let status = self.status();
        let body = axum::Json(serde_json::json!({ "error": self.to_string() }));
        if status == StatusCode::UNAUTHORIZED {
            (status, [(header::WWW_AUTHENTICATE, "Bearer")], body).into_response()
        } else {
            (status, body).into_response()
        }
    }
}

/// What the handlers share: where the store is, the token, the pipeline and the writer.
#[derive(Clone, Debug)]
pub struct AppState {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    db: PathBuf,
    token: Option<String>,
    pipeline: Mutex<Option<Arc<Pipeline>>>,
    writer: Mutex<Option<Store>>,
}

impl AppState {
    /// State over the store at `db` (which must exist: [`serve`] creates it). With a `token`,
    /// `POST /api/documents` requires `Authorization: Bearer <token>`. The coding pipeline
    /// (dyad's own dictionaries) is built on first use.
    pub fn new(db: impl Into<PathBuf>, token: Option<String>) -> AppState {
        AppState {
            inner: Arc::new(Inner {
                db: db.into(),
                token: token.filter(|t| !t.is_empty()),
                pipeline: Mutex::new(None),
                writer: Mutex::new(None),
            }),
        }
    }

    /// Use this pipeline (for instance one with user dictionaries) to code posted documents.
    pub fn with_pipeline(self, pipeline: Arc<Pipeline>) -> AppState {
        *lock(&self.inner.pipeline) = Some(pipeline);
        self
    }

    /// The store's path.
    pub fn db(&self) -> &std::path::Path {
        &self.inner.db
    }

    /// A read-only connection to the store (blocking).
    fn reader(&self) -> Result<Store, Error> {
        Ok(Store::open_read_only(&self.inner.db)?)
    }

    /// The pipeline, built on first use (blocking).
    fn pipeline(&self) -> Result<Arc<Pipeline>, Error> {
        let mut p = lock(&self.inner.pipeline);
        if let Some(p) = p.as_ref() {
            return Ok(p.clone());
        }
        let built = Arc::new(
            Pipeline::builder()
                .build()
                .map_err(|e| Error::Pipeline(e.to_string()))?,
        );
        *p = Some(built.clone());
        Ok(built)
    }

    /// Run `f` with the writable store, one writer at a time (blocking).
    fn with_writer<T>(&self, f: impl FnOnce(&mut Store) -> Result<T, Error>) -> Result<T, Error> {
        let mut w = lock(&self.inner.writer);
        if w.is_none() {
            *w = Some(Store::open(&self.inner.db)?);
        }
        match w.as_mut() {
            Some(store) => f(store),
            None => Err(Error::Internal("no writer".into())),
        }
    }

    /// Does the request carry the token (or is none needed)?
    fn authorized(&self, headers: &axum::http::HeaderMap) -> bool {
        let Some(token) = &self.inner.token else {
            return true;
        };
        let given = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                let (scheme, rest) = v.trim().split_once(' ')?;
                scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
            });
        given.is_some_and(|g| constant_time_eq(g.as_bytes(), token.as_bytes()))
    }
}

/// Compare without stopping at the first difference.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Lock a mutex, recovering it if a panicking task poisoned it.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Run blocking work (SQLite, coding) on tokio's blocking pool.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, Error> + Send + 'static,
) -> Result<T, Error> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| Error::Internal(e.to_string()))?
}

/// The application: the JSON API under `/api`, the dashboard at `/`.
pub fn router(state: AppState) -> axum::Router {
    api::routes()
        .merge(assets::routes())
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(state)
}

/// Open (creating or migrating) the store at `db`, then serve the API and dashboard on `addr`
/// until Ctrl-C (or SIGTERM). Prints the address it listens on to standard error.
pub async fn serve(db: PathBuf, addr: SocketAddr, token: Option<String>) -> Result<(), Error> {
    let path = db.clone();
    blocking(move || {
        Store::open(&path)?;
        Ok(())
    })
    .await?;
    let state = AppState::new(db.clone(), token);
    // Compile the dictionaries now rather than on the first POST.
    let warm = state.clone();
    tokio::task::spawn_blocking(move || {
        if let Err(e) = warm.pipeline() {
            eprintln!("dyad serve: {e}");
        }
    });
    let listener = tokio::net::TcpListener::bind(addr).await?;
    eprintln!(
        "dyad serve: {} on http://{}/",
        db.display(),
        listener.local_addr()?
    );
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown())
        .await?;
    Ok(())
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
