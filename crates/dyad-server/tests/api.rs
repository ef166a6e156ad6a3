//! The JSON API, endpoint by endpoint, against a router over a temporary store.

#![allow(missing_docs)]

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::*;
use serde_json::{json, Value};

fn ids(v: &Value) -> Vec<String> {
    v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["doc_id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn events_and_every_filter() {
    let app = app(None);
    let all = get_ok(&app, "/api/events").await;
    assert_eq!(all["total"], 3, "{all}");
    assert_eq!(all["next_cursor"], Value::Null);
    let first = &all["events"][0];
    assert_eq!(first["source"]["code"], "USAGOV");
    assert_eq!(first["cameo"]["root"], "04");
    assert!(first["global_event_id"].is_i64() && first["num_mentions"].is_u64());

    let cases: &[(&str, &[&str])] = &[
        ("source=USA&root=04", &["doha"]),
        ("source=usa&root=4", &["doha"]),
        ("actor=AFG", &["doha", "dushanbe"]),
        ("target=AFGGOV", &["dushanbe"]),
        ("country=TUR", &["dushanbe"]),
        ("code=19", &["kherson"]),
        ("code=040", &["doha", "dushanbe"]),
        ("root=19", &["kherson"]),
        ("plover=consult", &["doha", "dushanbe"]),
        ("quad=4", &["kherson"]),
        ("quad=1", &["doha", "dushanbe"]),
        ("from=2021-05-01", &["dushanbe", "kherson"]),
        ("to=2021-05-01", &["doha"]),
        ("from=2021-05-01&to=2021-12-31", &["dushanbe"]),
        ("place=QAT", &["doha"]),
        ("place=TJK", &["dushanbe"]),
        ("q=shelled", &["kherson"]),
        ("q=Doha%20envoy", &["doha"]),
        ("q=nothinglikethis", &[]),
        ("doc=dushanbe", &["dushanbe"]),
        ("actor=RUS&quad=4&from=2022-01-01", &["kherson"]),
        ("source=", &["doha", "dushanbe", "kherson"]),
    ];
    for (q, want) in cases {
        let v = get_ok(&app, &format!("/api/events?{q}")).await;
        assert_eq!(ids(&v), *want, "{q}: {v}");
        assert_eq!(v["total"], want.len(), "{q}");
    }
}

#[tokio::test]
async fn one_event_many_reports() {
    let app = app(None);
    let v = get_ok(&app, "/api/events?source=USA&root=04").await;
    let e = &v["events"][0];
    assert_eq!(e["num_mentions"], 2, "{e}");
    assert_eq!(e["num_articles"], 2);
    let id = e["global_event_id"].as_i64().unwrap();
    let d = get_ok(&app, &format!("/api/events/{id}")).await;
    assert_eq!(d["event"]["global_event_id"], id);
    let mentions = d["mentions"].as_array().unwrap();
    let docs: Vec<&str> = mentions
        .iter()
        .map(|m| m["doc_id"].as_str().unwrap())
        .collect();
    assert_eq!(docs, ["doha", "doha-2"]);
    // Evidence spans quote the document text (in characters).
    let text = DOCS[0].2.chars().collect::<Vec<_>>();
    let ev = mentions[0]["evidence"].as_array().unwrap();
    let roles: Vec<&str> = ev.iter().map(|s| s["role"].as_str().unwrap()).collect();
    for r in ["source", "target", "trigger", "place"] {
        assert!(roles.contains(&r), "{r} missing from {ev:?}");
    }
    for s in ev {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        let quoted: String = text[a..b].iter().collect();
        assert_eq!(quoted, s["text"].as_str().unwrap(), "{s}");
    }
    assert!(d["evidence"].as_array().unwrap().len() >= 3);
}

#[tokio::test]
async fn cursor_pagination() {
    let app = app(None);
    let mut seen = Vec::new();
    let mut uri = "/api/events?limit=1".to_string();
    for page in 0.. {
        let v = get_ok(&app, &uri).await;
        assert_eq!(v["count"], 1, "page {page}: {v}");
        assert_eq!(v["total"], 3);
        seen.extend(ids(&v));
        match v["next_cursor"].as_str() {
            Some(c) => uri = format!("/api/events?limit=1&cursor={c}"),
            None => break,
        }
        assert!(page < 5, "too many pages");
    }
    assert_eq!(seen, ["doha", "dushanbe", "kherson"]);
    // With a filter.
    let v = get_ok(&app, "/api/events?quad=1&limit=1").await;
    let c = v["next_cursor"].as_str().unwrap().to_string();
    let v2 = get_ok(&app, &format!("/api/events?quad=1&limit=1&cursor={c}")).await;
    assert_eq!(ids(&v2), ["dushanbe"]);
    assert_eq!(v2["next_cursor"], Value::Null);
}

#[tokio::test]
async fn bad_requests_are_json_4xx() {
    let app = app(None);
    for (uri, needle) in [
        ("/api/events?quad=5", "quad"),
        ("/api/events?quad=x", "quad"),
        ("/api/events?from=2021-13-01", "from"),
        ("/api/events?to=yesterday", "to"),
        ("/api/events?from=2022-01-01&to=2021-01-01", "after"),
        ("/api/events?root=99", "root"),
        ("/api/events?code=4x", "code"),
        ("/api/events?country=UNITED", "country"),
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=501", "limit"),
        ("/api/events?cursor=abc", "cursor"),
        ("/api/events?sorce=USA", "unknown parameter 'sorce'"),
        ("/api/events/abc", "integer"),
        ("/api/dyads?interval=year", "interval"),
        ("/api/timeline?interval=hour", "interval"),
        ("/api/timeline?quad=0", "quad"),
        ("/api/actors?limit=-1", "limit"),
        ("/api/actors?actor=USA", "unknown parameter"),
    ] {
        let msg = get_err(&app, uri, StatusCode::BAD_REQUEST).await;
        assert!(msg.contains(needle), "{uri}: {msg}");
    }
    for uri in [
        "/api/events/999999",
        "/api/documents/no-such-doc",
        "/api/nothing-here",
    ] {
        get_err(&app, uri, StatusCode::NOT_FOUND).await;
    }
}

#[tokio::test]
async fn documents_with_spans() {
    let app = app(None);
    let d = get_ok(&app, "/api/documents/dushanbe").await;
    assert_eq!(d["id"], "dushanbe");
    assert_eq!(d["date"], "2021-05-12");
    let text: Vec<char> = d["text"].as_str().unwrap().chars().collect();
    let events = d["events"].as_array().unwrap();
    assert_eq!(events.len(), 1, "{d}");
    assert_eq!(events[0]["source"], "TURGOV");
    assert_eq!(events[0]["target"], "AFGGOV");
    let spans = events[0]["spans"].as_array().unwrap();
    let get = |role: &str| -> String {
        let s = spans.iter().find(|s| s["role"] == role).unwrap();
        text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize]
            .iter()
            .collect()
    };
    assert_eq!(get("trigger"), "met");
    assert!(get("source").contains("Cavusoglu"));
    assert!(get("target").contains("Ashraf Ghani"));
    // The second report of the Doha meeting lists its own spans, not the first article's.
    let d2 = get_ok(&app, "/api/documents/doha-2").await;
    let t2: Vec<char> = d2["text"].as_str().unwrap().chars().collect();
    let tr = d2["events"][0]["spans"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["role"] == "trigger")
        .unwrap()
        .clone();
    let quoted: String = t2
        [tr["start"].as_u64().unwrap() as usize..tr["end"].as_u64().unwrap() as usize]
        .iter()
        .collect();
    assert_eq!(quoted, "met");
}

#[tokio::test]
async fn dyads_per_period() {
    let app = app(None);
    let v = get_ok(&app, "/api/dyads?interval=month").await;
    assert_eq!(v["interval"], "month");
    let d = v["dyads"].as_array().unwrap();
    let row = |s: &str| d.iter().find(|r| r["source"] == s).unwrap().clone();
    let us = row("USAGOV");
    assert_eq!(us["period"], "2021-03");
    assert_eq!(us["target"], "AFGREB");
    assert_eq!(us["count"], 1);
    assert_eq!(us["mean_goldstein"], 1.0);
    assert_eq!(row("RUSMIL")["period"], "2022-11");
    assert!(row("RUSMIL")["mean_goldstein"].as_f64().unwrap() < 0.0);
    let periods: Vec<&str> = d.iter().map(|r| r["period"].as_str().unwrap()).collect();
    let mut sorted = periods.clone();
    sorted.sort();
    assert_eq!(periods, sorted);
    // Days and weeks (the Monday that starts the week).
    let v = get_ok(&app, "/api/dyads?interval=day&source=TUR").await;
    assert_eq!(
        v["dyads"],
        json!([{"period": "2021-05-11", "source": "TURGOV", "target": "AFGGOV", "count": 1, "mean_goldstein": 1.0}])
    );
    let v = get_ok(&app, "/api/dyads?interval=week&source=TUR").await;
    assert_eq!(v["dyads"][0]["period"], "2021-05-10");
    // Filters apply.
    let v = get_ok(&app, "/api/dyads?quad=4").await;
    assert_eq!(v["dyads"].as_array().unwrap().len(), 1);
    let v = get_ok(&app, "/api/dyads?from=2022-01-01&interval=month").await;
    assert_eq!(v["dyads"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn timeline_per_period() {
    let app = app(None);
    let v = get_ok(&app, "/api/timeline?interval=month").await;
    let p = v["periods"].as_array().unwrap();
    // 2021-03 .. 2022-11, empty months included.
    assert_eq!(p.first().unwrap()["period"], "2021-03");
    assert_eq!(p.last().unwrap()["period"], "2022-11");
    assert_eq!(p.len(), 21);
    let total: u64 = p.iter().map(|x| x["count"].as_u64().unwrap()).sum();
    assert_eq!(total, 3);
    assert_eq!(p[0]["quad_class"], json!([1, 0, 0, 0]));
    assert_eq!(p[0]["mean_goldstein"], 1.0);
    assert_eq!(p[1]["count"], 0);
    assert_eq!(p[1]["mean_goldstein"], Value::Null);
    assert_eq!(p[20]["quad_class"], json!([0, 0, 0, 1]));
    let v = get_ok(&app, "/api/timeline?interval=day&actor=TUR").await;
    assert_eq!(
        v["periods"],
        json!([{"period": "2021-05-11", "start": "2021-05-11", "count": 1, "quad_class": [1, 0, 0, 0], "mean_goldstein": 1.0}])
    );
    let v = get_ok(&app, "/api/timeline?q=nothinglikethis").await;
    assert_eq!(v["periods"], json!([]));
    let v = get_ok(&app, "/api/timeline?interval=week&to=2021-12-31").await;
    assert_eq!(v["periods"][0]["period"], "2021-03-29");
}

#[tokio::test]
async fn actors_and_health() {
    let app = app(None);
    let v = get_ok(&app, "/api/actors").await;
    let a = v["actors"].as_array().unwrap();
    assert!(
        a.iter()
            .any(|x| x["code"] == "USAGOV" && x["name"] == "Zalmay Khalilzad"),
        "{v}"
    );
    assert!(a.iter().all(|x| x["count"].as_u64().unwrap() >= 1));
    let v = get_ok(&app, "/api/actors?limit=1").await;
    assert_eq!(v["actors"].as_array().unwrap().len(), 1);
    let h = get_ok(&app, "/api/health").await;
    assert_eq!(h["status"], "ok");
    assert_eq!(h["documents"], 4);
    assert_eq!(h["events"], 3);
    assert_eq!(h["mentions"], 4);
    // A store that cannot be opened: 503 with JSON.
    let bad = dyad_server::router(dyad_server::AppState::new(
        temp_dir().join("missing.db"),
        None,
    ));
    let r = get(&bad, "/api/health").await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(r.json()["error"].is_string());
}

fn post(body: impl Into<Body>, token: Option<&str>) -> Request<Body> {
    let mut b = Request::post("/api/documents").header("content-type", "application/json");
    if let Some(t) = token {
        b = b.header("authorization", format!("Bearer {t}"));
    }
    b.body(body.into()).unwrap()
}

#[tokio::test]
async fn post_documents_codes_and_stores() {
    let app = app(None);
    let one = json!({"id": "new-1", "date": "2021-06-01", "text": "Turkish Foreign Minister Mevlut Cavusoglu met Afghan President Ashraf Ghani in Ankara on Tuesday.", "publisher": "Test Wire"});
    let r = send(&app, post(one.to_string(), None)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let v = r.json();
    assert_eq!(v["added"], 1);
    assert!(v["events"].as_u64().unwrap() >= 1);
    // Re-posting is a no-op.
    let v = send(&app, post(one.to_string(), None)).await.json();
    assert_eq!(
        (v["added"].clone(), v["unchanged"].clone()),
        (json!(0), json!(1))
    );
    // An array.
    let many = json!([
        {"id": "new-2", "date": "2021-07-01", "text": "Russian forces shelled Kherson on Saturday."},
        {"id": "new-3", "text": "No event in this one."}
    ]);
    let v = send(&app, post(many.to_string(), None)).await.json();
    assert_eq!(v["added"], 2, "{v}");
    let e = get_ok(&app, "/api/events?doc=new-1").await;
    assert_eq!(e["total"], 1);
    let d = get_ok(&app, "/api/documents/new-1").await;
    assert_eq!(d["publisher"], "Test Wire");
    // Bad bodies.
    for (body, needle) in [
        ("not json", "not JSON"),
        ("42", "must be a document"),
        ("{\"text\": \"no id\"}", "id"),
        (
            "[{\"id\": \"x\", \"date\": \"2021-02-30\", \"text\": \"t\"}]",
            "document 0",
        ),
        ("{\"id\": \" \", \"text\": \"t\"}", "empty id"),
    ] {
        let r = send(&app, post(body, None)).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{body}: {}", r.text());
        assert!(
            r.json()["error"].as_str().unwrap().contains(needle),
            "{body}: {}",
            r.text()
        );
    }
}

#[tokio::test]
async fn post_requires_the_token_when_set() {
    let app = app(Some("s3cret"));
    let one = json!({"id": "t-1", "date": "2021-06-01", "text": "Russian forces shelled Kherson on Saturday."}).to_string();
    for token in [None, Some("wrong"), Some("s3cret2"), Some("")] {
        let r = send(&app, post(one.clone(), token)).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{token:?}");
        assert!(r.json()["error"].as_str().unwrap().contains("Bearer"));
        assert_eq!(r.headers.get("www-authenticate").unwrap(), "Bearer");
    }
    let r = send(
        &app,
        Request::post("/api/documents")
            .header("authorization", "Basic s3cret")
            .body(Body::from(one.clone()))
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = send(&app, post(one.clone(), Some("s3cret"))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    assert_eq!(r.json()["added"], 1);
    // Reading needs no token.
    get_ok(&app, "/api/events").await;
}

#[tokio::test]
async fn oversized_body_is_413_json() {
    let app = app(None);
    let big = format!(
        "{{\"id\": \"big\", \"text\": \"{}\"}}",
        "a".repeat(dyad_server::MAX_BODY_BYTES + 10)
    );
    let r = send(&app, post(big, None)).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", r.text());
    assert!(r.json()["error"].as_str().unwrap().contains("larger"));
    // Also without a Content-Length (streamed).
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        (0..11).map(|_| Ok(vec![b' '; 1 << 20])).collect();
    let stream = Body::from_stream(futures_util::stream::iter(chunks));
    let r = send(&app, post(stream, None)).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", r.text());
}

#[tokio::test]
async fn openapi_lists_every_path() {
    let app = app(None);
    let v = get_ok(&app, "/api/openapi.json").await;
    assert!(v["openapi"].as_str().unwrap().starts_with("3."));
    let paths = v["paths"].as_object().unwrap();
    for (p, method) in [
        ("/api/events", "get"),
        ("/api/events/{id}", "get"),
        ("/api/documents", "post"),
        ("/api/documents/{id}", "get"),
        ("/api/dyads", "get"),
        ("/api/actors", "get"),
        ("/api/timeline", "get"),
        ("/api/health", "get"),
        ("/api/openapi.json", "get"),
    ] {
        assert!(
            paths.get(p).and_then(|x| x.get(method)).is_some(),
            "{method} {p} missing"
        );
    }
    assert_eq!(paths.len(), 9);
    // Every $ref resolves.
    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                for (k, x) in o {
                    if k == "$ref" {
                        out.push(x.as_str().unwrap().to_string());
                    } else {
                        refs(x, out);
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    refs(&v, &mut all);
    for r in all {
        let ptr = r.strip_prefix('#').unwrap();
        assert!(v.pointer(ptr).is_some(), "dangling {r}");
    }
}
