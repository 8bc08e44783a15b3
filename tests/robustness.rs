//! Faults that must be survived: a busy index, an index from another schema, `kill -9` in the
//! middle of indexing. Nothing is lost and nothing is duplicated.

mod util;

use std::time::Duration;

use tantivy::schema::{Schema, TEXT};
use tantivy::{Index, IndexWriter, TantivyDocument};
use util::{counts, Dir};

/// A corpus of `n` small articles, each with its own word and a shared one.
fn many_articles(dir: &Dir, n: usize) {
    for i in 0..n {
        let body = format!(
            "Article {i}\n\nThe lighthouse logbook entry number marker{i} was written at dawn.\n\n\
             “The fog came early today,” said keeper Number{i}.\n"
        );
        dir.write(&format!("corpus/batch{}/article{i:05}.txt", i % 10), &body);
    }
}

#[test]
fn a_second_writer_is_told_plainly_that_the_index_is_busy_and_search_still_works() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    let index = Index::open_in_dir(dir.join("index")).unwrap();
    newsidx::schema::register_analyzers(&index);
    let writer: IndexWriter<TantivyDocument> = index.writer(15_000_000).unwrap();

    let (code, _, err) = dir.run(&["index", "corpus"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("being written by another process"), "{err}");
    assert!(!err.contains("LockBusy"), "raw lock error leaked: {err}");

    let (code, out, _) = dir.run(&["search", "lighthouse"]);
    assert_eq!(code, 0);
    assert!(out.contains("corpus/harbour.txt"));
    drop(writer);
    assert_eq!(dir.run(&["index", "corpus"]).0, 0);
}

#[test]
fn an_index_from_another_schema_asks_for_a_rebuild() {
    let dir = Dir::with_fixture();
    let mut builder = Schema::builder();
    builder.add_text_field("body", TEXT);
    std::fs::create_dir_all(dir.join("index")).unwrap();
    Index::create_in_dir(dir.join("index"), builder.build()).unwrap();

    let (code, _, err) = dir.run(&["search", "lighthouse"]);
    assert_eq!(code, 2);
    assert!(err.contains("--rebuild"), "{err}");
    let (code, _, err) = dir.run(&["index", "corpus"]);
    assert_eq!(code, 2);
    assert!(err.contains("--rebuild"), "{err}");

    let summary = dir.index(&["--rebuild"]);
    assert!(counts(&summary).starts_with("indexed 6 files"), "{summary}");
    assert_eq!(dir.run(&["search", "lighthouse"]).0, 0);
}

#[test]
fn a_damaged_index_asks_for_a_rebuild() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    std::fs::write(dir.join("index/meta.json"), "{ not json").unwrap();
    let (code, _, err) = dir.run(&["search", "lighthouse"]);
    assert_eq!(code, 2);
    assert!(err.contains("--rebuild"), "{err}");
    dir.index(&["--rebuild"]);
    assert_eq!(dir.run(&["search", "lighthouse"]).0, 0);
}

#[test]
fn kill_9_during_indexing_loses_and_duplicates_nothing() {
    let dir = Dir::new();
    let n = 5000;
    many_articles(&dir, n);
    for delay_ms in [400, 1000] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_newsidx"))
            .current_dir(dir.path())
            .args(["index", "corpus"])
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        // Whatever was committed opens and searches.
        let (code, _, err) = dir.run(&["search", "lighthouse", "--limit", "1"]);
        assert!(
            code == 0 || code == 1 || err.contains("no index"),
            "{code}: {err}"
        );
    }
    let summary = dir.index(&[]);
    assert!(summary.contains("removed"), "{summary}");
    // Every article exactly once: each has one paragraph with the shared word "logbook".
    let hits = dir.search_json("logbook", &["--limit", "100000"]);
    let mut ids: Vec<String> = util::ids(&hits);
    ids.sort();
    ids.dedup();
    assert_eq!(hits.len(), n, "duplicates or losses after kill -9");
    assert_eq!(ids.len(), n);
    let again = dir.index(&[]);
    assert!(
        counts(&again).starts_with(&format!("indexed 0 files ({n} unchanged")),
        "{again}"
    );
}
