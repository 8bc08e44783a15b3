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

/// The number of files the index's last commit lists (its manifest), if there is a commit.
fn committed_files(dir: &Dir) -> Option<usize> {
    let meta = std::fs::read_to_string(dir.join("index/meta.json")).ok()?;
    let meta: serde_json::Value = serde_json::from_str(&meta).ok()?;
    let payload: serde_json::Value = serde_json::from_str(meta["payload"].as_str()?).ok()?;
    Some(payload["files"].as_object()?.len())
}

/// `newsidx index corpus` in the background.
fn spawn_index(dir: &Dir) -> std::process::Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_newsidx"))
        .current_dir(dir.path())
        .args(["index", "corpus"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits (up to a minute) until `ready` holds while `child` still runs; false if it ended first.
fn while_running(child: &mut std::process::Child, mut ready: impl FnMut() -> bool) -> bool {
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while std::time::Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        if ready() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    false
}

/// Every article of [`many_articles`] is in the index exactly once: one "logbook" paragraph
/// and one "fog" quote each, all ids distinct.
fn assert_each_article_once(dir: &Dir, n: usize) {
    let limit = (2 * n).to_string();
    for word in ["logbook", "fog"] {
        let hits = dir.search_json(word, &["--limit", &limit]);
        let mut ids = util::ids(&hits);
        ids.sort();
        ids.dedup();
        assert_eq!(hits.len(), n, "{word}: duplicates or losses");
        assert_eq!(ids.len(), n, "{word}: duplicate ids");
        assert_eq!(util::docs(&hits).len(), n, "{word}: documents");
    }
}

#[test]
fn kill_9_during_indexing_loses_and_duplicates_nothing() {
    let dir = Dir::new();
    let n = 6000;
    many_articles(&dir, n);
    // Kill right after the first batch commit, then during the re-run after its first commit:
    // both kills land mid-run (the child is still running), with part of the work committed.
    let mut committed = 0;
    for round in 0..2 {
        let mut child = spawn_index(&dir);
        let before = committed;
        let caught = while_running(&mut child, || {
            committed_files(&dir).is_some_and(|c| c > before)
        });
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        assert!(
            caught,
            "round {round}: indexing ended before its first batch commit; make the corpus bigger"
        );
        committed = committed_files(&dir).unwrap();
        assert!(
            committed > before && committed < n,
            "{before} < {committed} < {n}"
        );
        // The index opens at its last commit and searches.
        let (code, _, err) = dir.run(&["search", "logbook", "--limit", "1"]);
        assert_eq!(code, 0, "round {round}: {err}");
        let hits = dir.search_json("logbook", &["--limit", "100000"]);
        assert!(hits.len() >= committed, "{} < {committed}", hits.len());
    }
    let summary = dir.index(&[]);
    assert!(
        counts(&summary).starts_with(&format!(
            "indexed {} files ({committed} unchanged, 0 removed)",
            n - committed
        )),
        "{summary}"
    );
    assert_each_article_once(&dir, n);
    let again = dir.index(&[]);
    assert!(
        counts(&again).starts_with(&format!("indexed 0 files ({n} unchanged")),
        "{again}"
    );
}

#[test]
fn a_second_index_run_is_refused_while_search_works() {
    let dir = Dir::new();
    let n = 6000;
    many_articles(&dir, n);
    let mut first = spawn_index(&dir);
    // The first run holds the writer lock from the moment the index exists.
    let started = while_running(&mut first, || dir.join("index/meta.json").exists());
    assert!(
        started,
        "the first run ended before it could be raced; make the corpus bigger"
    );
    let (code, _, err) = dir.run(&["index", "corpus"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("being written by another process"), "{err}");
    assert!(
        !err.contains("LockBusy") && !err.contains("Lockfile"),
        "{err}"
    );
    // Search works on the committed part while the first run goes on.
    let committed = while_running(&mut first, || committed_files(&dir).is_some_and(|c| c > 0));
    assert!(
        committed,
        "the first run ended before its first batch commit"
    );
    let (code, out, err) = dir.run(&["search", "logbook", "--limit", "1"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("logbook"), "{out}");
    assert!(
        first.try_wait().unwrap().is_none(),
        "search did not run during indexing"
    );
    let status = first.wait().unwrap();
    assert!(status.success());
    assert_each_article_once(&dir, n);
}

#[test]
fn an_index_from_a_newer_schema_version_asks_for_a_rebuild() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    let meta = std::fs::read_to_string(dir.join("index/meta.json")).unwrap();
    assert!(meta.contains(r#"{\"schema\":"#), "{meta}");
    let newer = meta.replacen(r#"{\"schema\":"#, r#"{\"schema\":99"#, 1);
    // `{"schema":1,` becomes `{"schema":991,`: a version from the future.
    std::fs::write(dir.join("index/meta.json"), newer).unwrap();
    for args in [
        &["search", "lighthouse"][..],
        &["index", "corpus"],
        &["speakers"],
    ] {
        let (code, _, err) = dir.run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("schema version 99"), "{args:?}: {err}");
        assert!(err.contains("--rebuild"), "{args:?}: {err}");
    }
    dir.index(&["--rebuild"]);
    assert_eq!(dir.run(&["search", "lighthouse"]).0, 0);
}

/// A mount made for a test, undone when dropped.
struct Mount(std::path::PathBuf);

impl Mount {
    /// `mount ARGS... PATH`, or None when mounting is not allowed here (not root, a container
    /// without the capability): the caller then skips its test and says so.
    fn new(path: std::path::PathBuf, args: &[&str]) -> Option<Mount> {
        std::fs::create_dir_all(&path).unwrap();
        let ok = std::process::Command::new("mount")
            .args(args)
            .arg(&path)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(Mount(path))
    }

    fn remount(&self, args: &[&str]) -> bool {
        std::process::Command::new("mount")
            .args(args)
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_a_clear_error_and_the_index_stays_at_its_last_commit() {
    let dir = Dir::with_fixture();
    let Some(_mount) = Mount::new(
        dir.join("index"),
        &["-t", "tmpfs", "-o", "size=1m", "tmpfs"],
    ) else {
        eprintln!("skipped: cannot mount a 1 MB tmpfs here (needs root and CAP_SYS_ADMIN)");
        return;
    };
    dir.index(&[]);
    let before = util::ids(&dir.search_json("lighthouse", &[]));
    // 1.5 MB of random words: most are distinct and barely compress, more than the disk holds.
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut big = String::new();
    while big.len() < 1_500_000 {
        for _ in 0..8 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            big.push(char::from(b'a' + (state % 26) as u8));
        }
        big.push_str(if state.is_multiple_of(50) {
            ".\n\n"
        } else {
            " "
        });
    }
    dir.write("corpus/big.txt", &format!("Big\n\n{big}"));
    let (code, _, err) = dir.run(&["index", "corpus"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("cannot write the index at index: no space left on the device"),
        "{err}"
    );
    assert!(err.contains("unchanged since its last commit"), "{err}");
    assert!(!err.contains("IoError"), "raw error: {err}");
    assert_eq!(util::ids(&dir.search_json("lighthouse", &[])), before);
    // Space freed: the next run cleans up what the failed one left and goes on.
    dir.remove("corpus/big.txt");
    let summary = dir.index(&[]);
    assert!(
        counts(&summary).starts_with("indexed 0 files (6 unchanged"),
        "{summary}"
    );
    assert_eq!(util::ids(&dir.search_json("lighthouse", &[])), before);
}

#[cfg(target_os = "linux")]
#[test]
fn a_read_only_index_is_searched_but_not_written() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    let before = util::ids(&dir.search_json("lighthouse", &[]));
    // chmod does not stop root: bind-mount the index read-only instead.
    let Some(mount) = Mount::new(
        dir.join("index"),
        &["--bind", dir.join("index").to_str().unwrap()],
    ) else {
        eprintln!("skipped: cannot bind-mount here (needs root and CAP_SYS_ADMIN)");
        return;
    };
    if !mount.remount(&["-o", "remount,bind,ro"]) {
        eprintln!("skipped: cannot remount read-only here");
        return;
    }
    dir.write("corpus/new.txt", "New\n\nA new lighthouse opened.\n");
    let (code, _, err) = dir.run(&["index", "corpus"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("cannot write the index at index: the folder is on a read-only file system"),
        "{err}"
    );
    assert!(
        !err.contains("another process"),
        "misleading lock message: {err}"
    );
    // Search needs no write: before, tantivy's read lock file made it fail on a read-only mount.
    assert_eq!(util::ids(&dir.search_json("lighthouse", &[])), before);
    let (code, _, err) = dir.run(&["speakers"]);
    assert_eq!(code, 0, "{err}");
    drop(mount);
    let summary = dir.index(&[]);
    assert!(
        counts(&summary).starts_with("indexed 1 file (6 unchanged"),
        "{summary}"
    );
}
