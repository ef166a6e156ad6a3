//! The consumer against librdkafka's in-process mock cluster: documents in, events out (to a
//! topic and to the store), malformed messages to the dead-letter topic, and a consumer killed
//! between writing and committing, resumed by another of the same group.

use dyad::{Date, Document, EventRecord, Pipeline};
use dyad_kafka::{
    content_hash, Consumer, ConsumerConfig, Output, StopReason, HEADER_CONTENT_SHA256,
    HEADER_DOC_ID, HEADER_ERROR, HEADER_SOURCE_OFFSET, HEADER_SOURCE_TOPIC,
};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer as _};
use rdkafka::message::{Headers, Message};
use rdkafka::mocking::MockCluster;
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use rdkafka::{Offset, TopicPartitionList};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

const IN: &str = "docs";
const OUT: &str = "events";
const DLQ: &str = "docs.dlq";
const PARTITIONS: i32 = 2;
const N: usize = 50;

fn pipeline() -> Pipeline {
    Pipeline::builder().build().expect("pipeline")
}

fn shared_pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(pipeline)
}

/// `n` articles over a few actors and verbs, with dates, so that most have events.
fn documents(n: usize) -> Vec<Document> {
    const ACTORS: [&str; 8] = [
        "Turkish Foreign Minister Mevlut Cavusoglu",
        "Afghan President Ashraf Ghani",
        "Russian troops",
        "Ukrainian soldiers",
        "German police",
        "Iran",
        "Israel",
        "Chinese President Xi Jinping",
    ];
    const VERBS: [&str; 5] = ["met", "attacked", "condemned", "threatened", "visited"];
    (0..n)
        .map(|i| {
            let a = ACTORS[i % ACTORS.len()];
            let b = ACTORS[(i * 3 + 1) % ACTORS.len()];
            let v = VERBS[i % VERBS.len()];
            let w = VERBS[(i + 2) % VERBS.len()];
            Document {
                id: format!("doc-{i:03}"),
                date: Some(Date::parse(&format!("2021-0{}-1{}", 1 + i % 9, i % 10)).unwrap()),
                text: format!("{a} {v} {b} on Monday. {b} {w} {a}. Article number {i}."),
                publisher: Some(["Reuters", "AP", "BBC"][i % 3].into()),
                ..Default::default()
            }
        })
        .collect()
}

fn to_json(d: &Document) -> String {
    serde_json::json!({
        "id": d.id,
        "date": d.date.map(|x| x.to_string()),
        "text": d.text,
        "publisher": d.publisher,
    })
    .to_string()
}

/// The malformed messages, each with a fragment of its expected reason.
fn malformed() -> Vec<(Vec<u8>, &'static str)> {
    vec![
        (b"{not json".to_vec(), "invalid JSON"),
        (
            br#"{"id":"m2","date":"2021-04-02"}"#.to_vec(),
            "missing \"text\"",
        ),
        (
            br#"{"id":"m3","date":"April","text":"Iran threatened Israel."}"#.to_vec(),
            "bad \"date\"",
        ),
        (vec![b'{', 0xff, 0xfe, b'}'], "not UTF-8"),
    ]
}

struct Setup {
    cluster: MockCluster<'static, rdkafka::producer::DefaultProducerContext>,
    docs: Vec<Document>,
    /// Document id -> input partition.
    partition_of: HashMap<String, i32>,
}

impl Setup {
    fn brokers(&self) -> String {
        self.cluster.bootstrap_servers()
    }
}

/// A mock cluster with the topics, and the documents (and malformed messages among them)
/// produced to `docs`: document i to partition i % 2.
fn setup() -> Setup {
    let cluster = MockCluster::new(1).expect("mock cluster");
    cluster.create_topic(IN, PARTITIONS, 1).unwrap();
    cluster.create_topic(OUT, PARTITIONS, 1).unwrap();
    cluster.create_topic(DLQ, 1, 1).unwrap();
    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", cluster.bootstrap_servers())
        .create()
        .unwrap();
    let docs = documents(N);
    let bad = malformed();
    let mut partition_of = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        let p = i as i32 % PARTITIONS;
        partition_of.insert(d.id.clone(), p);
        let json = to_json(d);
        producer
            .send(
                BaseRecord::to(IN)
                    .partition(p)
                    .key(d.id.as_str())
                    .payload(json.as_str()),
            )
            .map_err(|(e, _)| e)
            .unwrap();
        // The malformed messages go in among the documents.
        if i % 12 == 5 {
            let (payload, _) = &bad[i / 12];
            producer
                .send(
                    BaseRecord::<str, [u8]>::to(IN)
                        .partition(p)
                        .key("bad")
                        .payload(payload.as_slice()),
                )
                .map_err(|(e, _)| e)
                .unwrap();
        }
    }
    producer.flush(Duration::from_secs(10)).unwrap();
    Setup {
        cluster,
        docs,
        partition_of,
    }
}

fn total_messages() -> u64 {
    (N + malformed().len()) as u64
}

fn config(s: &Setup, output: Output) -> ConsumerConfig {
    let mut c = ConsumerConfig::new(s.brokers(), IN, output);
    c.group = "test-group".into();
    c.batch_size = 8;
    c.idle_exit = Some(Duration::from_secs(20));
    c.properties = vec![
        ("session.timeout.ms".into(), "6000".into()),
        ("heartbeat.interval.ms".into(), "500".into()),
    ];
    c
}

/// Every message of a topic, by partition, in offset order.
fn read_all(brokers: &str, topic: &str, partitions: i32) -> BTreeMap<i32, Vec<Msg>> {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("group.id", "reader")
        .set("enable.auto.commit", "false")
        .create()
        .unwrap();
    let mut tpl = TopicPartitionList::new();
    let mut high = BTreeMap::new();
    for p in 0..partitions {
        tpl.add_partition_offset(topic, p, Offset::Beginning)
            .unwrap();
        let (_, h) = c
            .fetch_watermarks(topic, p, Duration::from_secs(10))
            .unwrap();
        high.insert(p, h);
    }
    c.assign(&tpl).unwrap();
    let mut out: BTreeMap<i32, Vec<Msg>> = (0..partitions).map(|p| (p, Vec::new())).collect();
    let deadline = Instant::now() + Duration::from_secs(30);
    while out.iter().any(|(p, v)| (v.len() as i64) < high[p]) {
        assert!(Instant::now() < deadline, "timed out reading {topic}");
        if let Some(m) = c.poll(Duration::from_millis(200)) {
            let m = m.unwrap();
            let headers = m
                .headers()
                .map(|h| {
                    h.iter()
                        .map(|x| {
                            (
                                x.key.to_string(),
                                String::from_utf8_lossy(x.value.unwrap_or_default()).into_owned(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            out.get_mut(&m.partition()).unwrap().push(Msg {
                key: m.key().map(|k| String::from_utf8_lossy(k).into_owned()),
                payload: m.payload().unwrap_or_default().to_vec(),
                headers,
            });
        }
    }
    out
}

struct Msg {
    key: Option<String>,
    payload: Vec<u8>,
    headers: HashMap<String, String>,
}

/// What `Pipeline::code_document` makes of each document, by event id: (input partition, its
/// position in that partition's expected stream, the record).
fn expected(s: &Setup) -> HashMap<String, (i32, usize, EventRecord, &Document)> {
    let p = shared_pipeline();
    let mut pos: HashMap<i32, usize> = HashMap::new();
    let mut out = HashMap::new();
    for d in &s.docs {
        let q = s.partition_of[&d.id];
        for r in p.code_document(d) {
            let n = pos.entry(q).or_default();
            assert!(
                out.insert(r.event_id.clone(), (q, *n, r, d)).is_none(),
                "event ids are unique"
            );
            *n += 1;
        }
    }
    out
}

/// Check the output topic: every expected event, each as `code_document` made it, keyed and
/// headed right, and in each output partition the events of each input partition in their
/// order. Returns the number of duplicate messages (same key twice).
fn check_out_topic(s: &Setup) -> usize {
    let want = expected(s);
    assert!(
        want.len() > N,
        "the corpus codes into events: {}",
        want.len()
    );
    let got = read_all(&s.brokers(), OUT, PARTITIONS);
    let mut seen: HashMap<String, Vec<u8>> = HashMap::new();
    let mut duplicates = 0;
    for msgs in got.values() {
        let mut last: HashMap<i32, usize> = HashMap::new();
        for m in msgs {
            let key = m.key.clone().expect("keyed by event id");
            let (q, n, record, doc) = want
                .get(&key)
                .unwrap_or_else(|| panic!("unexpected event {key}"));
            let r: EventRecord = serde_json::from_slice(&m.payload).unwrap();
            assert_eq!(&r, record, "{key}");
            assert_eq!(m.headers[HEADER_DOC_ID], doc.id);
            assert_eq!(m.headers[HEADER_CONTENT_SHA256], content_hash(&doc.text));
            if let Some(prev) = seen.insert(key.clone(), m.payload.clone()) {
                assert_eq!(prev, m.payload, "a duplicate is the same record");
                duplicates += 1;
                // A replay restarts the order from the replayed batch.
                last.insert(*q, *n);
                continue;
            }
            if let Some(l) = last.get(q) {
                assert!(n > l, "{key} out of order in its partition");
            }
            last.insert(*q, *n);
        }
    }
    let missing: Vec<_> = want.keys().filter(|k| !seen.contains_key(*k)).collect();
    assert!(missing.is_empty(), "lost events: {missing:?}");
    duplicates
}

fn check_dlq(s: &Setup) {
    let got = read_all(&s.brokers(), DLQ, 1);
    let msgs = &got[&0];
    let bad = malformed();
    assert_eq!(msgs.len(), bad.len(), "every malformed message, once");
    for (payload, reason) in &bad {
        let m = msgs
            .iter()
            .find(|m| &m.payload == payload)
            .unwrap_or_else(|| panic!("{reason}: not in the dead-letter topic"));
        assert!(
            m.headers[HEADER_ERROR].contains(reason),
            "{reason}: {}",
            m.headers[HEADER_ERROR]
        );
        assert_eq!(m.headers[HEADER_SOURCE_TOPIC], IN);
        assert!(m.headers[HEADER_SOURCE_OFFSET].parse::<i64>().is_ok());
        assert_eq!(m.key.as_deref(), Some("bad"));
    }
}

fn temp_db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "dyad-kafka-{name}-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("events.db")
}

/// The store `dyad ingest` makes of the same documents.
fn reference_counts(s: &Setup) -> dyad_store::Counts {
    let mut store = dyad_store::Store::open_in_memory().unwrap();
    store
        .ingest(
            s.docs.iter().cloned().map(Ok::<_, String>),
            shared_pipeline(),
            |_| {},
        )
        .unwrap();
    store.counts().unwrap()
}

#[test]
fn documents_to_topic_and_malformed_to_dlq() {
    let s = setup();
    let mut c = config(&s, Output::Topic(OUT.into()));
    c.max_messages = Some(total_messages());
    let mut consumer = Consumer::new(c, pipeline()).unwrap();
    let r = consumer.run().unwrap();
    assert_eq!(r.stop, StopReason::MaxMessages);
    assert_eq!(r.messages, total_messages());
    assert_eq!(r.documents, N as u64);
    assert_eq!(r.dead_lettered, malformed().len() as u64);
    assert_eq!(r.events as usize, expected(&s).len());
    drop(consumer);
    assert_eq!(check_out_topic(&s), 0, "one run produces no duplicates");
    check_dlq(&s);

    // Everything was committed: a new consumer of the group finds nothing, and stops when idle.
    let mut c = config(&s, Output::Topic(OUT.into()));
    c.idle_exit = Some(Duration::from_secs(6));
    let r = Consumer::new(c, pipeline()).unwrap().run().unwrap();
    assert_eq!(r.stop, StopReason::Idle);
    assert_eq!(r.messages, 0);
}

#[test]
fn documents_to_store() {
    let s = setup();
    let db = temp_db("store");
    let mut c = config(&s, Output::Store(db.clone()));
    c.max_messages = Some(total_messages());
    let r = Consumer::new(c, pipeline()).unwrap().run().unwrap();
    assert_eq!(r.messages, total_messages());
    assert_eq!(r.documents, N as u64);
    assert_eq!(r.dead_lettered, malformed().len() as u64);
    let store = dyad_store::Store::open(&db).unwrap();
    assert_eq!(store.counts().unwrap(), reference_counts(&s));
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
    check_dlq(&s);
}

/// The first consumer writes 20 messages' worth and is killed before committing its last batch;
/// a second consumer of the group finishes the topic.
fn kill_and_resume(s: &Setup, output: Output) -> (dyad_kafka::Report, dyad_kafka::Report) {
    let mut c = config(s, output.clone());
    c.max_messages = Some(20);
    c.crash_before_last_commit = true;
    let first = Consumer::new(c, pipeline()).unwrap().run().unwrap();
    // Batches of at most 8: at least 12 messages committed, the last batch not.
    assert!((12..20).contains(&first.messages), "{}", first.messages);
    let mut c = config(s, output);
    // Exactly what was not committed: the first consumer's last batch and what it never read.
    c.max_messages = Some(total_messages() - first.messages);
    let second = Consumer::new(c, pipeline()).unwrap().run().unwrap();
    assert_eq!(second.stop, StopReason::MaxMessages, "{first:?} {second:?}");
    assert_eq!(second.messages, total_messages() - first.messages);
    (first, second)
}

#[test]
fn kill_and_resume_into_store_loses_and_duplicates_nothing() {
    let s = setup();
    let db = temp_db("resume");
    let (first, second) = kill_and_resume(&s, Output::Store(db.clone()));
    assert!(
        second.unchanged > 0,
        "the replayed batch was skipped as unchanged"
    );
    assert_eq!(
        first.documents + second.documents,
        N as u64,
        "each document stored once"
    );
    let store = dyad_store::Store::open(&db).unwrap();
    assert_eq!(store.counts().unwrap(), reference_counts(&s));
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
    // The replayed batch may hold malformed messages: dead letters are at-least-once too.
    let dlq = read_all(&s.brokers(), DLQ, 1);
    assert!(dlq[&0].len() >= malformed().len());
}

#[test]
fn kill_and_resume_into_topic_loses_nothing() {
    let s = setup();
    let (first, second) = kill_and_resume(&s, Output::Topic(OUT.into()));
    let duplicates = check_out_topic(&s);
    // At-least-once: only the events of the uncommitted batch (at most 8 documents) come twice.
    let per_doc_max = expected(&s)
        .values()
        .fold(HashMap::<&str, usize>::new(), |mut m, (_, _, r, _)| {
            *m.entry(r.doc_id.as_str()).or_default() += 1;
            m
        })
        .into_values()
        .max()
        .unwrap();
    assert!(duplicates > 0, "the uncommitted batch was produced again");
    assert!(duplicates <= 8 * per_doc_max, "{duplicates} duplicates");
    assert_eq!(
        (first.events + second.events) as usize,
        expected(&s).len() + duplicates
    );
}
