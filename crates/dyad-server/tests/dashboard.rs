//! The dashboard: served at `/`, its assets embedded, nothing referenced from elsewhere.

#![allow(missing_docs)]

mod common;

use axum::http::StatusCode;
use common::*;

#[tokio::test]
async fn dashboard_and_local_assets() {
    let app = app(None);
    let r = get(&app, "/").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.content_type.starts_with("text/html"));
    let csp = r
        .headers
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(csp.contains("default-src 'self'"), "{csp}");
    let html = r.text();
    for id in ["timeline", "network", "map", "events", "article", "filters"] {
        assert!(html.contains(&format!("id=\"{id}\"")), "#{id} missing");
    }
    // Every src/href is local (a path on this server, an in-page anchor or a data: URL).
    let mut refs = Vec::new();
    for attr in ["src=\"", "href=\""] {
        for (i, _) in html.match_indices(attr) {
            let rest = &html[i + attr.len()..];
            refs.push(rest[..rest.find('"').unwrap()].to_string());
        }
    }
    assert!(refs.len() >= 3, "{refs:?}");
    for u in &refs {
        assert!(
            (u.starts_with('/') && !u.starts_with("//")) || u.starts_with("data:"),
            "non-local reference {u}"
        );
    }
    for (path, ty) in [
        ("/assets/app.js", "text/javascript"),
        ("/assets/app.css", "text/css"),
        ("/assets/world.json", "application/geo+json"),
    ] {
        let a = get(&app, path).await;
        assert_eq!(a.status, StatusCode::OK, "{path}");
        assert!(a.content_type.starts_with(ty), "{path}: {}", a.content_type);
        assert!(refs.iter().any(|u| u == path) || path == "/assets/world.json");
        let body = a.text();
        // No absolute URL that a browser would fetch (the SVG namespace is an identifier).
        for line in body.lines() {
            if line.contains("http://") || line.contains("https://") {
                assert!(
                    line.contains("const SVGNS = \"http://www.w3.org/2000/svg\""),
                    "{path}: {line}"
                );
            }
        }
    }
    let js = get(&app, "/assets/app.js").await.text();
    // The CSP forbids inline styles and scripts: none in the page or set by the script.
    assert!(!html.contains("style=") && !html.contains("<script>") && !html.contains("<style"));
    assert!(!js.contains("style:") && !js.contains(".style."));
    for endpoint in [
        "/api/events",
        "/api/timeline",
        "/api/dyads",
        "/api/documents/",
        "/api/health",
    ] {
        assert!(js.contains(endpoint), "app.js does not use {endpoint}");
    }
    let world: serde_json::Value =
        serde_json::from_str(&get(&app, "/assets/world.json").await.text()).unwrap();
    assert!(world["features"].as_array().unwrap().len() > 150);
    assert!(include_bytes!("../assets/world.json").len() < 300 * 1024);
}
