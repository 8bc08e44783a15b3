//! Annotates every article under a folder and prints the paragraph records as JSON Lines —
//! the same records as `newsidx annotate DIR --json`, without the CLI (handy while tuning).

use std::io::Write;

use newsidx::corpus::{walk, WalkEvent};
use newsidx::document::read_documents;
use newsidx::record::Record;

fn main() {
    let root = std::env::args().nth(1).expect("usage: annotate_dir DIR");
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for event in walk(std::path::Path::new(&root)) {
        let WalkEvent::File(file) = event else {
            continue;
        };
        let mut sink = |doc: newsidx::document::Document| {
            for r in Record::from_document(&doc) {
                serde_json::to_writer(&mut out, &r).unwrap();
                out.write_all(b"\n").unwrap();
            }
        };
        if let Err(e) = read_documents(&file, &mut sink) {
            eprintln!("{e}");
        }
    }
}
