//! Throughput of the whole pipeline (text -> events) on the bundled sample corpus.
//! Reports sentences per second on one core: `cargo bench -p dyad`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad::{Document, Pipeline};

fn corpus() -> Vec<Document> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples/articles");
    let mut docs = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("samples/articles exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    for p in paths {
        let text = std::fs::read_to_string(&p).expect("sample is UTF-8");
        docs.push(Document {
            id: p.display().to_string(),
            date: dyad::Date::parse("2024-03-15").ok(),
            text,
            ..Default::default()
        });
    }
    docs
}

fn bench(c: &mut Criterion) {
    let pipeline = Pipeline::builder()
        .build()
        .expect("built-in dictionaries load");
    let docs = corpus();
    let sentences: usize = docs
        .iter()
        .map(|d| Pipeline::sentences(&d.text).len())
        .sum();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Elements(sentences as u64));
    g.bench_function("code_document/sample-corpus (elements = sentences)", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| pipeline.code_document(d).len())
                .sum::<usize>()
        })
    });
    g.finish();
    c.bench_function("pipeline/build (load + compile dictionaries)", |b| {
        b.iter(|| Pipeline::builder().build().unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
