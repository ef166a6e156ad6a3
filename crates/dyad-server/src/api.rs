//! The JSON API handlers.

use crate::agg::{self, Interval};
use crate::params::Params;
use crate::{blocking, AppState, Error, MAX_PAGE};
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use dyad::{Document, EventRecord};
use serde_json::{json, Value};

type Pairs = Result<Query<Vec<(String, String)>>, QueryRejection>;

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/events", get(events))
        .route("/api/events/{id}", get(event))
        .route("/api/documents", axum::routing::post(post_documents))
        .route("/api/documents/{id}", get(document))
        .route("/api/dyads", get(dyads))
        .route("/api/actors", get(actors))
        .route("/api/timeline", get(timeline))
        .route("/api/health", get(health))
        .route("/api/openapi.json", get(openapi))
        .route("/api/{*rest}", axum::routing::any(api_not_found))
}

/// The query string's pairs, checked against the filters and `extra`.
fn params(q: Pairs, extra: &[&str]) -> Result<Params, Error> {
    let Query(pairs) = q.map_err(|e| Error::BadRequest(e.body_text()))?;
    Params::new(pairs, extra)
}

/// The spans of a record: source, target, trigger, place, attribution (those it has).
fn spans(r: &EventRecord) -> Vec<Value> {
    let mut out = Vec::new();
    for (role, a) in [("source", &r.source), ("target", &r.target)] {
        if let Some(a) = a {
            out.push(json!({"role": role, "start": a.span[0], "end": a.span[1], "text": a.text, "code": a.code}));
        }
    }
    out.push(json!({"role": "trigger", "start": r.trigger.span[0], "end": r.trigger.span[1], "text": r.trigger.text}));
    if let Some(p) = &r.place {
        if let Some([s, e]) = p.span {
            out.push(json!({"role": "place", "start": s, "end": e, "text": p.name}));
        }
    }
    if let Some(a) = &r.attribution {
        out.push(json!({"role": "attribution", "start": a.span[0], "end": a.span[1], "text": a.text, "code": a.code}));
    }
    out
}

fn event_json(e: &dyad_store::StoredEvent) -> Result<Value, Error> {
    let mut v = e.to_json()?;
    if let Some(o) = v.as_object_mut() {
        o.insert("url".into(), json!(e.url));
        o.insert("added_at".into(), json!(e.added_at));
    }
    Ok(v)
}

async fn events(State(st): State<AppState>, q: Pairs) -> Result<Json<Value>, Error> {
    let p = params(q, &["limit", "cursor"])?;
    let mut filter = p.filter()?;
    let limit = p.usize("limit", 100, MAX_PAGE)?;
    let after = match p.get("cursor") {
        None => None,
        Some(c) => Some(
            c.parse::<i64>()
                .ok()
                .filter(|n| *n >= 0)
                .ok_or_else(|| Error::BadRequest(format!("invalid cursor '{c}'")))?,
        ),
    };
    blocking(move || {
        let store = st.reader()?;
        let total = store.count(&filter)?;
        filter.after = after;
        filter.limit = Some(limit + 1);
        let mut found = store.query(&filter)?;
        let more = found.len() > limit;
        found.truncate(limit);
        let next = if more {
            found.last().map(|e| e.id.to_string())
        } else {
            None
        };
        let events = found
            .iter()
            .map(event_json)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Json(json!({
            "events": events,
            "count": events.len(),
            "total": total,
            "next_cursor": next,
        })))
    })
    .await
}

fn parse_id(id: &str) -> Result<i64, Error> {
    id.parse::<i64>()
        .map_err(|_| Error::BadRequest(format!("event id must be an integer, not '{id}'")))
}

async fn event(State(st): State<AppState>, Path(id): Path<String>) -> Result<Json<Value>, Error> {
    let id = parse_id(&id)?;
    blocking(move || {
        let store = st.reader()?;
        let e = store
            .event(id)?
            .ok_or_else(|| Error::NotFound(format!("no event {id}")))?;
        let mentions = store
            .mentions(id)?
            .into_iter()
            .map(|m| {
                json!({
                    "record_id": m.record_id,
                    "doc_id": m.doc_id,
                    "publisher": m.publisher,
                    "url": m.url,
                    "doc_date": m.doc_date,
                    "sentence": m.record.sentence,
                    "sentence_text": m.record.sentence_text,
                    "evidence": spans(&m.record),
                    "record": m.record,
                })
            })
            .collect::<Vec<_>>();
        Ok(Json(json!({
            "event": event_json(&e)?,
            "evidence": spans(&e.record),
            "mentions": mentions,
        })))
    })
    .await
}

async fn document(
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, Error> {
    blocking(move || {
        let store = st.reader()?;
        let d = store
            .document(&id)?
            .ok_or_else(|| Error::NotFound(format!("no document '{id}'")))?;
        let filter = dyad_store::Filter {
            doc_id: Some(id.clone()),
            ..Default::default()
        };
        let mut events = Vec::new();
        for e in store.query(&filter)? {
            for m in store.mentions(e.id)? {
                if m.doc_id != id {
                    continue;
                }
                let r = &m.record;
                events.push(json!({
                    "global_event_id": e.id,
                    "record_id": m.record_id,
                    "sentence": r.sentence,
                    "date": r.date,
                    "source": r.source.as_ref().map(|a| &a.code),
                    "target": r.target.as_ref().map(|a| &a.code),
                    "cameo": r.cameo,
                    "plover": r.plover,
                    "spans": spans(r),
                }));
            }
        }
        Ok(Json(json!({
            "id": d.id,
            "url": d.url,
            "publisher": d.publisher,
            "date": d.date,
            "title": d.title,
            "content_hash": d.content_hash,
            "ingested_at": d.ingested_at,
            "text": d.text,
            "spans_in": "characters",
            "events": events,
        })))
    })
    .await
}

async fn dyads(State(st): State<AppState>, q: Pairs) -> Result<Json<Value>, Error> {
    let p = params(q, &["interval"])?;
    let filter = p.filter()?;
    let iv = Interval::parse(p.get("interval"))?;
    blocking(move || {
        let store = st.reader()?;
        let dyads = agg::dyads(&store, &filter, iv)?;
        Ok(Json(json!({"interval": iv.name(), "dyads": dyads})))
    })
    .await
}

async fn timeline(State(st): State<AppState>, q: Pairs) -> Result<Json<Value>, Error> {
    let p = params(q, &["interval"])?;
    let filter = p.filter()?;
    let iv = Interval::parse(p.get("interval"))?;
    blocking(move || {
        let store = st.reader()?;
        let periods = agg::timeline(&store, &filter, iv)?;
        Ok(Json(json!({"interval": iv.name(), "periods": periods})))
    })
    .await
}

async fn actors(State(st): State<AppState>, q: Pairs) -> Result<Json<Value>, Error> {
    let Query(pairs) = q.map_err(|e| Error::BadRequest(e.body_text()))?;
    let mut limit = 200;
    for (k, v) in pairs {
        if k != "limit" {
            return Err(Error::BadRequest(format!(
                "unknown parameter '{k}' (known: limit)"
            )));
        }
        limit = v
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=10_000).contains(n))
            .ok_or_else(|| {
                Error::BadRequest(format!(
                    "'limit' must be an integer from 1 to 10000, not '{v}'"
                ))
            })?;
    }
    blocking(move || {
        let store = st.reader()?;
        let actors = store
            .actors(limit)?
            .into_iter()
            .map(|(code, name, count)| json!({"code": code, "name": name, "count": count}))
            .collect::<Vec<_>>();
        Ok(Json(json!({ "actors": actors })))
    })
    .await
}

async fn health(State(st): State<AppState>) -> Response {
    let r = blocking(move || {
        let store = st.reader()?;
        Ok((store.counts()?, store.schema_version()?))
    })
    .await;
    match r {
        Ok((c, v)) => Json(json!({
            "status": "ok",
            "version": env!("CARGO_PKG_VERSION"),
            "schema_version": v,
            "documents": c.documents,
            "events": c.events,
            "mentions": c.mentions,
            "actors": c.actors,
        }))
        .into_response(),
        Err(e) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({"status": "unavailable", "error": e.to_string()})),
        )
            .into_response(),
    }
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        crate::assets::OPENAPI,
    )
        .into_response()
}

async fn api_not_found() -> Error {
    Error::NotFound("no such API endpoint (see /api/openapi.json)".into())
}

/// One document or an array of them.
fn documents_of(body: &[u8]) -> Result<Vec<Document>, Error> {
    let v: Value = serde_json::from_slice(body)
        .map_err(|e| Error::BadRequest(format!("the body is not JSON: {e}")))?;
    let items =
        match v {
            Value::Array(a) => a,
            o @ Value::Object(_) => vec![o],
            _ => return Err(Error::BadRequest(
                "the body must be a document {\"id\",\"date\",\"text\",...} or an array of them"
                    .into(),
            )),
        };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let d: Document = serde_json::from_value(item)
                .map_err(|e| Error::BadRequest(format!("document {i}: {e}")))?;
            if d.id.trim().is_empty() {
                return Err(Error::BadRequest(format!("document {i}: empty id")));
            }
            Ok(d)
        })
        .collect()
}

async fn post_documents(
    State(st): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Value>, Error> {
    if !st.authorized(&headers) {
        return Err(Error::Unauthorized);
    }
    let body = body.map_err(|e| Error::Body {
        status: e.status(),
        message: if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            format!("request body larger than {} bytes", crate::MAX_BODY_BYTES)
        } else {
            e.body_text()
        },
    })?;
    let docs = documents_of(&body)?;
    blocking(move || {
        let pipeline = st.pipeline()?;
        let report = st.with_writer(|store| {
            Ok(store.ingest(docs.into_iter().map(Ok::<_, String>), &pipeline, |_| {})?)
        })?;
        Ok(Json(json!({
            "read": report.read,
            "added": report.added,
            "replaced": report.replaced,
            "unchanged": report.unchanged,
            "events": report.events,
            "failures": report.failures.iter().map(|f| json!({"doc": f.doc, "reason": f.reason})).collect::<Vec<_>>(),
            "elapsed_ms": report.elapsed.as_millis() as u64,
        })))
    })
    .await
}
