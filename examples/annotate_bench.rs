//! Annotation throughput on one core: reads every article under a folder (or a `.jsonl.gz`)
//! into memory first, then times `annotate_document` alone and prints MB/s of paragraph text.
//!
//! `cargo run --release --example annotate_bench -- ../shared/corpora/bbc`

use std::time::Instant;

use newsidx::annotate::annotate_document;
use newsidx::corpus::{walk, WalkEvent};
use newsidx::document::{read_documents, Document};

/// The allocator the `newsidx` binary uses, so the figure is the one indexing gets.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let root = std::env::args()
        .nth(1)
        .expect("usage: annotate_bench DIR [MAX_DOCS]");
    let max: usize = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX);
    let mut docs: Vec<Document> = Vec::new();
    for event in walk(std::path::Path::new(&root)) {
        let WalkEvent::File(file) = event else {
            continue;
        };
        let _ = read_documents(&file, &mut |d| {
            if docs.len() < max {
                docs.push(d)
            }
        });
    }
    let bytes: usize = docs
        .iter()
        .flat_map(|d| &d.paragraphs)
        .map(String::len)
        .sum();
    // Seven timed passes; the median resists a busy neighbour on a shared machine.
    let mut times = Vec::new();
    let mut speakers = 0;
    for _ in 0..7 {
        let start = Instant::now();
        speakers = 0;
        for d in &docs {
            speakers += annotate_document(d)
                .iter()
                .map(|a| a.speakers.len())
                .sum::<usize>();
        }
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let mb = bytes as f64 / 1e6;
    println!(
        "{} documents, {:.1} MB of paragraph text, {} speakers: median {:.3} s = {:.1} MB/s on one core (best {:.1} MB/s, worst {:.1} MB/s)",
        docs.len(),
        mb,
        speakers,
        times[3],
        mb / times[3],
        mb / times[0],
        mb / times[6],
    );
}
