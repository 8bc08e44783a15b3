//! Fingerprints the annotator (its rules in `src/annotate/`, its word lists in `data/` and the
//! records it makes in `src/record.rs`) so that an index built by another annotator is
//! re-annotated instead of trusted: the indexer compares `NEWSIDX_ANNOTATOR` with the
//! fingerprint stored in the index's commit payload.

use std::hash::{Hash, Hasher};
use std::path::Path;

fn main() {
    let mut files = Vec::new();
    for dir in ["src/annotate", "data"] {
        println!("cargo:rerun-if-changed={dir}");
        if let Ok(entries) = std::fs::read_dir(dir) {
            for entry in entries.flatten() {
                files.push(entry.path());
            }
        }
    }
    println!("cargo:rerun-if-changed=src/record.rs");
    files.push(Path::new("src/record.rs").to_path_buf());
    files.sort();
    // SipHash with fixed keys: the same sources give the same fingerprint on every machine.
    let mut hasher = std::hash::DefaultHasher::new();
    for path in &files {
        hash_file(path, &mut hasher);
    }
    println!("cargo:rustc-env=NEWSIDX_ANNOTATOR={:016x}", hasher.finish());
}

fn hash_file(path: &Path, hasher: &mut impl Hasher) {
    if let Ok(bytes) = std::fs::read(path) {
        path.file_name().hash(hasher);
        bytes.hash(hasher);
    }
}
