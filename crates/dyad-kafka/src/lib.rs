//! dyad-kafka: code a live feed of news documents from Kafka (`dyad consume`).
//!
//! A [`Consumer`] reads documents from a topic, one JSON object per message, the same as a
//! line of dyad's JSONL input (`{"id", "date", "text", "title", "url", "publisher"}`, see
//! [`dyad::input::parse_json_line`]), codes them with a [`dyad::Pipeline`] and writes the events
//! either
//!
//! - to an **output topic** ([`Output::Topic`]): one message per event, the event record as JSON
//!   (the same object `dyad code` writes), keyed by its `event_id`, with the headers
//!   [`HEADER_DOC_ID`] and [`HEADER_CONTENT_SHA256`] (SHA-256 of the document text, hex); or
//! - to the **event store** ([`Output::Store`]), as `dyad ingest` does.
//!
//! # Delivery guarantees
//! Offsets are committed by hand (`enable.auto.commit=false`, `enable.auto.offset.store=false`):
//! messages are read in batches, and a batch's offsets (each partition's last offset + 1) are
//! committed only once everything the batch produced is durably written: for an output topic
//! once the producer has had every delivery acknowledged (`acks=all`, idempotent producer),
//! for the store once the ingest transaction has committed, and in both cases once its
//! dead-lettered messages are acknowledged. A consumer killed at any moment therefore loses
//! nothing: the next consumer of the group starts from the last committed offset and reads
//! again what was not committed.
//!
//! What is read again is deduplicated by document content:
//!
//! - **Store**: exactly-once in effect. The store keys a document by its id and skips one
//!   already stored with the same SHA-256 of its text (and the same date, title, URL and
//!   publisher), in the same transaction that stores its events: a replay adds nothing.
//! - **Output topic**: at-least-once. Within one consumer session, a document already produced
//!   (same id and same text hash) is skipped. Across a crash, the events of the batch that was
//!   written but not committed are produced again. Such duplicates are the same records byte
//!   for byte with the same key: `event_id` is deterministic (document id, sentence, event
//!   number), so a downstream consumer deduplicates by key (a compacted topic does so by
//!   itself).
//!
//! # Malformed messages
//! A message that is not a document (no payload, not UTF-8, not JSON, no `"text"`, a bad
//! `"date"`, an empty id) or that the coder fails on goes to the dead-letter topic (by default
//! `<topic>.dlq`) with its original key and payload and the headers [`HEADER_ERROR`] (the
//! reason), [`HEADER_SOURCE_TOPIC`], [`HEADER_SOURCE_PARTITION`] and [`HEADER_SOURCE_OFFSET`];
//! it is committed like any other message and never stops the consumer.
//!
//! # Stopping
//! The consumer runs until [`ConsumerConfig::max_messages`] messages were handled, or no
//! message came for [`ConsumerConfig::idle_exit`], or the flag of [`Consumer::stop_flag`] is
//! set (the CLI sets it on SIGINT/SIGTERM); it finishes and commits the batch in hand first.
//!
//! A document without an `"id"` gets `<topic>/<partition>@<offset>` as its id, which is stable
//! across replays.

use dyad::{Document, EventRecord, Pipeline};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer as _};
use rdkafka::error::KafkaError;
use rdkafka::message::{Header, Headers, Message, OwnedHeaders, OwnedMessage};
use rdkafka::producer::{BaseProducer, BaseRecord, DeliveryResult, Producer, ProducerContext};
use rdkafka::{ClientContext, Offset, TopicPartitionList};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Header of an event message: the id of the document it was coded from.
pub const HEADER_DOC_ID: &str = "dyad-doc-id";
/// Header of an event message: SHA-256 of the document text, lower-case hex.
pub const HEADER_CONTENT_SHA256: &str = "dyad-content-sha256";
/// Header of a dead-lettered message: why it was rejected.
pub const HEADER_ERROR: &str = "dyad-error";
/// Header of a dead-lettered message: the topic it was read from.
pub const HEADER_SOURCE_TOPIC: &str = "dyad-source-topic";
/// Header of a dead-lettered message: the partition it was read from (decimal).
pub const HEADER_SOURCE_PARTITION: &str = "dyad-source-partition";
/// Header of a dead-lettered message: its offset in that partition (decimal).
pub const HEADER_SOURCE_OFFSET: &str = "dyad-source-offset";

/// The default consumer group.
pub const DEFAULT_GROUP: &str = "dyad";
/// The default number of messages read, coded and committed together.
pub const DEFAULT_BATCH_SIZE: usize = 64;
/// The default number of (document id, text hash) pairs remembered to skip replays
/// (output-topic mode).
pub const DEFAULT_DEDUP_CAPACITY: usize = 100_000;

/// What can stop the consumer with an error. Malformed messages are not errors: they go to the
/// dead-letter topic.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The Kafka client failed (bad configuration, subscribing, committing...).
    #[error("kafka: {0}")]
    Kafka(#[from] KafkaError),
    /// A produced message (an event or a dead letter) was not acknowledged: the batch is not
    /// committed, and is read again by the next consumer of the group.
    #[error("kafka: could not deliver to {topic}: {reason}")]
    Delivery {
        /// Where it was going.
        topic: String,
        /// The broker's or client's reason.
        reason: String,
    },
    /// The event store failed; the batch is not committed.
    #[error("store: {0}")]
    Store(#[from] dyad_store::Error),
    /// The configuration is not usable.
    #[error("invalid configuration: {0}")]
    Config(String),
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Where the events go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// A topic: one message per event (JSON record, key `event_id`).
    Topic(String),
    /// The event store at this path (created if needed).
    Store(PathBuf),
}

/// How to consume.
#[derive(Debug, Clone)]
pub struct ConsumerConfig {
    /// `bootstrap.servers`: `HOST:PORT[,HOST:PORT...]`.
    pub brokers: String,
    /// The topic of documents.
    pub topic: String,
    /// The consumer group ([`DEFAULT_GROUP`]); its committed offsets say where to resume.
    pub group: String,
    /// Where the events go.
    pub output: Output,
    /// The dead-letter topic; `None` for `<topic>.dlq`.
    pub dlq: Option<String>,
    /// Stop after handling this many messages (malformed ones included).
    pub max_messages: Option<u64>,
    /// Stop after no message came for this long.
    pub idle_exit: Option<Duration>,
    /// Messages read, coded, written and committed together ([`DEFAULT_BATCH_SIZE`]).
    pub batch_size: usize,
    /// (document id, text hash) pairs remembered in output-topic mode
    /// ([`DEFAULT_DEDUP_CAPACITY`]); the oldest are forgotten first.
    pub dedup_capacity: usize,
    /// Extra librdkafka properties, set on both the consumer and the producer (after dyad's own,
    /// so they override them; do not turn `enable.auto.commit` on).
    pub properties: Vec<(String, String)>,
    /// Test hook: when `max_messages` stops the consumer, leave its last batch written but not
    /// committed, as a process killed between the two would.
    #[doc(hidden)]
    pub crash_before_last_commit: bool,
}

impl ConsumerConfig {
    /// A configuration with the defaults: group [`DEFAULT_GROUP`], dead letters to
    /// `<topic>.dlq`, no stop condition.
    pub fn new(brokers: impl Into<String>, topic: impl Into<String>, output: Output) -> Self {
        ConsumerConfig {
            brokers: brokers.into(),
            topic: topic.into(),
            group: DEFAULT_GROUP.into(),
            output,
            dlq: None,
            max_messages: None,
            idle_exit: None,
            batch_size: DEFAULT_BATCH_SIZE,
            dedup_capacity: DEFAULT_DEDUP_CAPACITY,
            properties: Vec::new(),
            crash_before_last_commit: false,
        }
    }

    /// The dead-letter topic.
    pub fn dlq_topic(&self) -> String {
        self.dlq
            .clone()
            .unwrap_or_else(|| format!("{}.dlq", self.topic))
    }
}

/// Why the consumer stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StopReason {
    /// `max_messages` were handled.
    #[default]
    MaxMessages,
    /// No message came for `idle_exit`.
    Idle,
    /// The stop flag was set (a signal).
    Stopped,
}

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Messages handled and committed (malformed ones included).
    pub messages: u64,
    /// Documents coded and written (new to the store, or produced to the output topic).
    pub documents: u64,
    /// Documents skipped as already written (same id and text hash).
    pub unchanged: u64,
    /// Event records written (messages produced, or mentions stored).
    pub events: u64,
    /// Messages sent to the dead-letter topic.
    pub dead_lettered: u64,
    /// Offset commits that failed (a rebalance took the partitions away): those messages are
    /// read again by their new owner.
    pub commit_failures: u64,
    /// Why it stopped.
    pub stop: StopReason,
}

/// Collects the delivery reports of the producer.
#[derive(Default)]
struct DeliveryLog {
    failures: Mutex<Vec<(String, String)>>,
}

impl ClientContext for DeliveryLog {}

impl ProducerContext for DeliveryLog {
    type DeliveryOpaque = ();

    fn delivery(&self, result: &DeliveryResult<'_>, _: ()) {
        if let Err((e, m)) = result {
            if let Ok(mut f) = self.failures.lock() {
                f.push((m.topic().to_string(), e.to_string()));
            }
        }
    }
}

/// A bounded set of (document id, text hash), forgetting the oldest first.
struct Seen {
    set: HashSet<(String, String)>,
    order: VecDeque<(String, String)>,
    capacity: usize,
}

impl Seen {
    fn contains(&self, k: &(String, String)) -> bool {
        self.set.contains(k)
    }
    fn insert(&mut self, k: (String, String)) {
        if self.capacity == 0 || !self.set.insert(k.clone()) {
            return;
        }
        self.order.push_back(k);
        while self.order.len() > self.capacity {
            if let Some(old) = self.order.pop_front() {
                self.set.remove(&old);
            }
        }
    }
}

enum Sink {
    Topic(String, Seen),
    Store(Box<dyad_store::Store>),
}

/// A Kafka consumer that codes documents into events. See the [crate] documentation.
pub struct Consumer {
    config: ConsumerConfig,
    pipeline: Pipeline,
    consumer: BaseConsumer,
    producer: BaseProducer<DeliveryLog>,
    sink: Sink,
    dlq: String,
    stop: Arc<AtomicBool>,
}

impl std::fmt::Debug for Consumer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Consumer")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

/// SHA-256 of a text, lower-case hex (the store's content hash).
pub fn content_hash(text: &str) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(64);
    for b in Sha256::digest(text.as_bytes()).iter() {
        let _ = write!(s, "{b:02x}");
    }
    s
}

impl Consumer {
    /// Connect (lazily: librdkafka connects in the background), subscribe to the topic and open
    /// the store when the output is one.
    pub fn new(config: ConsumerConfig, pipeline: Pipeline) -> Result<Consumer> {
        if config.brokers.trim().is_empty() {
            return Err(Error::Config("no brokers".into()));
        }
        if config.topic.trim().is_empty() || config.group.trim().is_empty() {
            return Err(Error::Config(
                "the topic and the group must be named".into(),
            ));
        }
        let dlq = config.dlq_topic();
        if dlq == config.topic
            || matches!(&config.output, Output::Topic(t) if *t == config.topic || *t == dlq)
        {
            return Err(Error::Config(
                "the input, output and dead-letter topics must differ".into(),
            ));
        }
        let mut cc = ClientConfig::new();
        cc.set("bootstrap.servers", &config.brokers)
            .set("group.id", &config.group)
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false")
            .set("auto.offset.reset", "earliest")
            .set("enable.partition.eof", "false");
        let mut pc = ClientConfig::new();
        pc.set("bootstrap.servers", &config.brokers)
            .set("enable.idempotence", "true")
            .set("acks", "all")
            .set("linger.ms", "5");
        for (k, v) in &config.properties {
            cc.set(k, v);
            pc.set(k, v);
        }
        let consumer: BaseConsumer = cc.create()?;
        let producer: BaseProducer<DeliveryLog> = pc.create_with_context(DeliveryLog::default())?;
        let sink = match &config.output {
            Output::Topic(t) => Sink::Topic(
                t.clone(),
                Seen {
                    set: HashSet::new(),
                    order: VecDeque::new(),
                    capacity: config.dedup_capacity,
                },
            ),
            Output::Store(p) => {
                let mut store = dyad_store::Store::open(p)?;
                store.set_batch_size(config.batch_size.max(1));
                Sink::Store(Box::new(store))
            }
        };
        consumer.subscribe(&[&config.topic])?;
        Ok(Consumer {
            config,
            pipeline,
            consumer,
            producer,
            sink,
            dlq,
            stop: Arc::new(AtomicBool::new(false)),
        })
    }

    /// A flag that stops the consumer when set (after the batch in hand is committed).
    pub fn stop_flag(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.stop)
    }

    /// The configuration.
    pub fn config(&self) -> &ConsumerConfig {
        &self.config
    }

    /// Consume until a stop condition. An `Err` leaves the batch in hand uncommitted (it is read
    /// again by the next consumer of the group); everything reported before it is committed.
    pub fn run(&mut self) -> Result<Report> {
        let mut report = Report::default();
        let batch_size = self.config.batch_size.max(1);
        let mut last_message = Instant::now();
        loop {
            if self.stop.load(Ordering::SeqCst) {
                report.stop = StopReason::Stopped;
                break;
            }
            let remaining = self
                .config
                .max_messages
                .map_or(u64::MAX, |m| m.saturating_sub(report.messages));
            if remaining == 0 {
                report.stop = StopReason::MaxMessages;
                break;
            }
            let want = batch_size.min(usize::try_from(remaining).unwrap_or(usize::MAX));
            let mut batch: Vec<OwnedMessage> = Vec::new();
            // Wait up to 100 ms for a first message, then up to 20 ms more for the rest.
            let mut wait = Duration::from_millis(100);
            let mut until: Option<Instant> = None;
            while batch.len() < want {
                match self.consumer.poll(wait) {
                    Some(Ok(m)) => batch.push(m.detach()),
                    // Errors the client reports here are informational (a broker down, a topic
                    // not yet created): librdkafka retries by itself.
                    Some(Err(_)) | None if batch.is_empty() => break,
                    Some(Err(_)) | None => {}
                }
                let end = *until.get_or_insert_with(|| Instant::now() + Duration::from_millis(20));
                match end.checked_duration_since(Instant::now()) {
                    Some(left) if !left.is_zero() => wait = left,
                    _ => break,
                }
            }
            if batch.is_empty() {
                if let Some(idle) = self.config.idle_exit {
                    if last_message.elapsed() >= idle {
                        report.stop = StopReason::Idle;
                        break;
                    }
                }
                continue;
            }
            last_message = Instant::now();
            let last = self.config.crash_before_last_commit
                && remaining == batch.len() as u64
                && self.config.max_messages.is_some();
            self.handle(&batch, &mut report)?;
            if last {
                report.stop = StopReason::MaxMessages;
                return Ok(report);
            }
            self.commit(&batch, &mut report)?;
        }
        Ok(report)
    }

    /// Decode, code and write one batch, and wait until all of it is acknowledged.
    fn handle(&mut self, batch: &[OwnedMessage], report: &mut Report) -> Result<()> {
        let mut rejects: Vec<(usize, String)> = Vec::new();
        let mut docs: Vec<(usize, Document)> = Vec::new();
        for (i, m) in batch.iter().enumerate() {
            match decode(m) {
                Ok(d) => docs.push((i, d)),
                Err(reason) => rejects.push((i, reason)),
            }
        }
        let mut delivered_events = 0u64;
        let mut written = Vec::new();
        match &mut self.sink {
            Sink::Topic(out, seen) => {
                let mut todo: Vec<(usize, Document, (String, String))> = Vec::new();
                let mut in_batch = HashSet::new();
                for (i, d) in docs {
                    let key = (d.id.clone(), content_hash(&d.text));
                    if seen.contains(&key) || !in_batch.insert(key.clone()) {
                        report.unchanged += 1;
                    } else {
                        todo.push((i, d, key));
                    }
                }
                let only: Vec<Document> = todo.iter().map(|(_, d, _)| d.clone()).collect();
                let coded: Vec<_> = self
                    .pipeline
                    .try_code_batch(&only)
                    .into_iter()
                    .zip(&only)
                    .map(|(r, d)| r.map_err(|e| format!("{}: {e}", d.id)))
                    .collect();
                for ((i, _, key), records) in todo.into_iter().zip(coded) {
                    match records {
                        Ok(records) => {
                            for r in &records {
                                send_event(&self.producer, out, r, &key)?;
                            }
                            delivered_events += records.len() as u64;
                            written.push(key);
                        }
                        Err(reason) => rejects.push((i, reason)),
                    }
                }
            }
            Sink::Store(store) => {
                let index: HashMap<String, usize> =
                    docs.iter().map(|(i, d)| (d.id.clone(), *i)).collect();
                let r = store.ingest(
                    docs.into_iter().map(|(_, d)| Ok::<_, String>(d)),
                    &self.pipeline,
                    |_| {},
                )?;
                for f in r.failures {
                    match f.doc.as_ref().and_then(|d| index.get(d)) {
                        Some(&i) => rejects.push((i, f.reason)),
                        // Every document given has an id: this cannot happen, but say so.
                        None => {
                            return Err(Error::Config(format!("store rejected a document: {f}")))
                        }
                    }
                }
                report.documents += (r.added + r.replaced) as u64;
                report.unchanged += r.unchanged as u64;
                report.events += r.events as u64;
            }
        }
        rejects.sort();
        for (i, reason) in &rejects {
            send_dead_letter(&self.producer, &self.dlq, &batch[*i], reason)?;
        }
        self.flush()?;
        report.dead_lettered += rejects.len() as u64;
        if let Sink::Topic(_, seen) = &mut self.sink {
            report.documents += written.len() as u64;
            report.events += delivered_events;
            for k in written {
                seen.insert(k);
            }
        }
        Ok(())
    }

    /// Wait for every produced message to be acknowledged; any failure fails the batch.
    fn flush(&self) -> Result<()> {
        let timeout = Duration::from_secs(300);
        let result = self.producer.flush(timeout);
        let failures = self
            .producer
            .context()
            .failures
            .lock()
            .map(|mut f| std::mem::take(&mut *f))
            .unwrap_or_default();
        if let Some((topic, reason)) = failures.into_iter().next() {
            return Err(Error::Delivery { topic, reason });
        }
        result.map_err(|e| Error::Delivery {
            topic: "(all)".into(),
            reason: format!("not acknowledged within {timeout:?}: {e}"),
        })
    }

    /// Commit the batch: each partition's highest offset + 1.
    fn commit(&self, batch: &[OwnedMessage], report: &mut Report) -> Result<()> {
        let mut next: BTreeMap<(&str, i32), i64> = BTreeMap::new();
        for m in batch {
            let e = next.entry((m.topic(), m.partition())).or_insert(0);
            *e = (*e).max(m.offset() + 1);
        }
        let mut tpl = TopicPartitionList::new();
        for ((t, p), o) in next {
            tpl.add_partition_offset(t, p, Offset::Offset(o))?;
        }
        match self.consumer.commit(&tpl, CommitMode::Sync) {
            Ok(()) => {
                report.messages += batch.len() as u64;
                Ok(())
            }
            // The partitions were revoked (a rebalance): their new owner reads these again.
            Err(KafkaError::ConsumerCommit(_)) => {
                report.messages += batch.len() as u64;
                report.commit_failures += 1;
                Ok(())
            }
            Err(e) => Err(e.into()),
        }
    }
}

/// A message as a document, or why it is not one.
fn decode(m: &OwnedMessage) -> std::result::Result<Document, String> {
    let name = format!("{}/{}@{}", m.topic(), m.partition(), m.offset());
    let payload = m
        .payload()
        .ok_or_else(|| format!("{name}: empty message"))?;
    let text = std::str::from_utf8(payload).map_err(|e| {
        format!(
            "{name}: not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        )
    })?;
    let doc = dyad::input::parse_json_line(text, &name).map_err(|e| e.to_string())?;
    if doc.id.trim().is_empty() {
        return Err(format!("{name}: document with an empty id"));
    }
    Ok(doc)
}

/// Enqueue a message, serving delivery reports while the local queue is full.
fn send(
    producer: &BaseProducer<DeliveryLog>,
    mut record: BaseRecord<'_, [u8], [u8]>,
) -> Result<()> {
    loop {
        match producer.send(record) {
            Ok(()) => return Ok(()),
            Err((
                KafkaError::MessageProduction(rdkafka::types::RDKafkaErrorCode::QueueFull),
                r,
            )) => {
                record = r;
                producer.poll(Duration::from_millis(100));
            }
            Err((e, r)) => {
                return Err(Error::Delivery {
                    topic: r.topic.to_string(),
                    reason: e.to_string(),
                })
            }
        }
    }
}

fn send_event(
    producer: &BaseProducer<DeliveryLog>,
    topic: &str,
    r: &EventRecord,
    (doc_id, hash): &(String, String),
) -> Result<()> {
    let json = serde_json::to_vec(r).map_err(|e| Error::Delivery {
        topic: topic.to_string(),
        reason: format!("cannot serialise the event record: {e}"),
    })?;
    let headers = OwnedHeaders::new()
        .insert(Header {
            key: HEADER_DOC_ID,
            value: Some(doc_id.as_str()),
        })
        .insert(Header {
            key: HEADER_CONTENT_SHA256,
            value: Some(hash.as_str()),
        });
    send(
        producer,
        BaseRecord::to(topic)
            .key(r.event_id.as_bytes())
            .payload(json.as_slice())
            .headers(headers),
    )
}

fn send_dead_letter(
    producer: &BaseProducer<DeliveryLog>,
    dlq: &str,
    m: &OwnedMessage,
    reason: &str,
) -> Result<()> {
    let partition = m.partition().to_string();
    let offset = m.offset().to_string();
    let mut headers = OwnedHeaders::new()
        .insert(Header {
            key: HEADER_ERROR,
            value: Some(reason),
        })
        .insert(Header {
            key: HEADER_SOURCE_TOPIC,
            value: Some(m.topic()),
        })
        .insert(Header {
            key: HEADER_SOURCE_PARTITION,
            value: Some(partition.as_str()),
        })
        .insert(Header {
            key: HEADER_SOURCE_OFFSET,
            value: Some(offset.as_str()),
        });
    // Keep the original headers after ours.
    if let Some(h) = m.headers() {
        for x in h.iter() {
            headers = headers.insert(Header {
                key: x.key,
                value: x.value,
            });
        }
    }
    let mut record: BaseRecord<'_, [u8], [u8]> = BaseRecord::to(dlq).headers(headers);
    if let Some(k) = m.key() {
        record = record.key(k);
    }
    if let Some(p) = m.payload() {
        record = record.payload(p);
    }
    send(producer, record)
}
