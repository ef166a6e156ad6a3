//! A temporary store filled with a few short documents, and a router over it.

#![allow(dead_code, missing_docs)]

use axum::body::Body;
use axum::http::{Request, StatusCode};
use dyad_server::{router, AppState};
use http_body_util::BodyExt;
use serde_json::Value;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use tower::ServiceExt;

pub const DOCS: &[(&str, &str, &str)] = &[
    (
        "doha",
        "2021-04-02",
        "US envoy Zalmay Khalilzad met Taliban leaders in Doha on Monday.",
    ),
    (
        "dushanbe",
        "2021-05-12",
        "Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani in Tajikistan on Tuesday.",
    ),
    (
        "doha-2",
        "2021-04-03",
        "US envoy Zalmay Khalilzad met Taliban leaders in Doha on Monday, officials said.",
    ),
    (
        "kherson",
        "2022-11-20",
        "Russian forces shelled Kherson on Saturday, killing two civilians.",
    ),
];

/// A fresh directory under the system's temporary folder.
pub fn temp_dir() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let d = std::env::temp_dir().join(format!(
        "dyad-server-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

pub fn doc(id: &str, date: &str, text: &str) -> dyad::Document {
    dyad::Document {
        id: id.into(),
        date: Some(date.parse().unwrap()),
        text: text.into(),
        ..Default::default()
    }
}

/// A store at a temporary path with [`DOCS`] ingested.
pub fn store() -> PathBuf {
    let db = temp_dir().join("test.db");
    let mut s = dyad_store::Store::open(&db).unwrap();
    let p = dyad::Pipeline::builder().build().unwrap();
    let docs = DOCS.iter().map(|(i, d, t)| Ok::<_, String>(doc(i, d, t)));
    let r = s.ingest(docs, &p, |_| {}).unwrap();
    assert_eq!(r.added, DOCS.len());
    db
}

pub fn app(token: Option<&str>) -> axum::Router {
    router(AppState::new(store(), token.map(str::to_string)))
}

pub struct Reply {
    pub status: StatusCode,
    pub content_type: String,
    pub headers: axum::http::HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

pub async fn send(app: &axum::Router, req: Request<Body>) -> Reply {
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let content_type = headers
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let body = resp
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    Reply {
        status,
        content_type,
        headers,
        body,
    }
}

pub async fn get(app: &axum::Router, uri: &str) -> Reply {
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

/// GET a URI that must answer 200 with JSON.
pub async fn get_ok(app: &axum::Router, uri: &str) -> Value {
    let r = get(app, uri).await;
    assert_eq!(r.status, StatusCode::OK, "{uri}: {}", r.text());
    assert!(
        r.content_type.starts_with("application/json"),
        "{uri}: {}",
        r.content_type
    );
    r.json()
}

/// GET a URI that must answer `status` with a JSON `{"error": ...}`; the message.
pub async fn get_err(app: &axum::Router, uri: &str, status: StatusCode) -> String {
    let r = get(app, uri).await;
    assert_eq!(r.status, status, "{uri}: {}", r.text());
    let v = r.json();
    v["error"]
        .as_str()
        .unwrap_or_else(|| panic!("{uri}: no error message in {v}"))
        .to_string()
}
