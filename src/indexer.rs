//! Stage 5b: corpus → tantivy index, incrementally, in parallel, and safe to interrupt.
//!
//! One run:
//!
//! 1. **Plan**: walk the corpus, hash every file, compare with the manifest of the last commit
//!    (display path → content hash): unchanged files are skipped, byte-identical copies are
//!    skipped as duplicates, files gone from the corpus have their records deleted.
//! 2. **Pipeline**: a reader thread streams documents ([`read_documents`]) into a bounded
//!    channel; worker threads annotate them ([`Record::from_document`]) and build index
//!    documents; this thread feeds them to the tantivy writer.
//! 3. **Commit** in batches. The manifest travels in the commit payload, so it is atomic with the
//!    data: after a crash the index is at its last commit, and the next run re-indexes exactly
//!    the files that commit does not list. Every file's records are deleted (by its `file` term)
//!    before it is indexed again, so nothing is ever duplicated.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crossbeam_channel::{bounded, Receiver, Sender};
use serde::{Deserialize, Serialize};
use tantivy::directory::error::LockError;
use tantivy::indexer::LogMergePolicy;
use tantivy::{Index, IndexWriter, TantivyDocument, TantivyError, Term};

use crate::corpus::{self, SkipReason, SourceFile, WalkEvent};
use crate::document::{read_documents, Document, ReadReport};
use crate::error::{Error, Result};
use crate::record::Record;
use crate::schema::{self, Fields, SCHEMA_VERSION};

/// The tantivy writer's memory budget, shared by its threads.
pub const WRITER_BUDGET: usize = 192 << 20;
/// Commit after this much new paragraph text...
const COMMIT_BYTES: u64 = 64 << 20;
/// ...or after this many finished files, whichever comes first.
const COMMIT_FILES: usize = 2_000;
/// Documents waiting for annotation.
const DOCUMENT_QUEUE: usize = 256;
/// Annotated documents waiting for the writer.
const RECORD_QUEUE: usize = 64;

/// What to index, and where.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// The corpus folder (or a single file).
    pub corpus: PathBuf,
    /// The index folder.
    pub index: PathBuf,
    /// Start over instead of updating.
    pub rebuild: bool,
    /// Show a progress bar on stderr.
    pub progress: bool,
}

/// A file (or a record inside one) that was not indexed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The path as walked, with `:LINE` for a record inside a file.
    pub path: String,
    /// A short category, used for the counts in the summary ("unsupported", "duplicate"...).
    pub kind: &'static str,
    /// The full reason.
    pub reason: String,
}

/// What one indexing run did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Files (re)indexed.
    pub indexed: usize,
    /// Files skipped because their content did not change.
    pub unchanged: usize,
    /// Files whose records were removed (gone from the corpus, or now a duplicate).
    pub removed: usize,
    /// Documents read (a JSON Lines file holds many).
    pub documents: usize,
    /// Paragraph records added.
    pub paragraphs: usize,
    /// Quotes in those paragraphs.
    pub quotes: usize,
    /// Distinct speakers in those paragraphs.
    pub speakers: usize,
    /// Bytes of paragraph text indexed.
    pub text_bytes: u64,
    /// Bytes of source files read.
    pub file_bytes: u64,
    /// What was not indexed, and why.
    pub skipped: Vec<Skipped>,
    /// Things worth knowing that did not stop a file ("decoded as Windows-1252").
    pub warnings: Vec<String>,
    /// Wall-clock time of the run.
    pub elapsed: Duration,
}

impl Summary {
    /// Skipped items counted by kind, in a stable order.
    pub fn skipped_by_kind(&self) -> BTreeMap<&'static str, usize> {
        let mut counts = BTreeMap::new();
        for s in &self.skipped {
            *counts.entry(s.kind).or_insert(0) += 1;
        }
        counts
    }

    /// Indexing throughput in MB of paragraph text per second (decompressed, without markup).
    pub fn megabytes_per_second(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64().max(1e-6);
        self.text_bytes as f64 / 1e6 / secs
    }

    /// The summary without timings (what tests compare).
    pub fn counts(&self) -> String {
        let mut line = format!(
            "indexed {} ({} unchanged, {} removed): {} paragraphs, {} quotes, {} speakers",
            plural(self.indexed, "file", "files"),
            self.unchanged,
            self.removed,
            self.paragraphs,
            self.quotes,
            self.speakers
        );
        let by_kind = self.skipped_by_kind();
        if !by_kind.is_empty() {
            let parts: Vec<String> = by_kind.iter().map(|(k, n)| format!("{n} {k}")).collect();
            line.push_str(&format!(
                "; skipped {} ({})",
                self.skipped.len(),
                parts.join(", ")
            ));
        }
        if !self.warnings.is_empty() {
            line.push_str(&format!(
                "; {} (--verbose lists them)",
                plural(self.warnings.len(), "warning", "warnings")
            ));
        }
        line
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}; {:.1} MB in {:.1} s, {:.1} MB/s",
            self.counts(),
            self.text_bytes as f64 / 1e6,
            self.elapsed.as_secs_f64(),
            self.megabytes_per_second()
        )
    }
}

/// Fingerprint of the annotator's rules and word lists (see `build.rs`).
pub const ANNOTATOR: &str = env!("NEWSIDX_ANNOTATOR");

/// The files of the last commit and their content hashes: stored in the commit payload.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Manifest {
    /// [`SCHEMA_VERSION`] of the index.
    schema: u32,
    /// [`ANNOTATOR`] that annotated the records; another one means every file is re-annotated.
    #[serde(default)]
    annotator: String,
    /// Display path → xxh3 of the content, in hex.
    files: BTreeMap<String, String>,
}

impl Manifest {
    fn load(index: &Index) -> Result<Manifest> {
        let payload = index.load_metas()?.payload;
        Ok(payload
            .and_then(|p| serde_json::from_str(&p).ok())
            .unwrap_or_default())
    }

    fn to_payload(&self) -> String {
        serde_json::to_string(&Manifest {
            schema: SCHEMA_VERSION,
            annotator: ANNOTATOR.to_string(),
            files: self.files.clone(),
        })
        .expect("a manifest always serialises")
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn hex(hash: u64) -> String {
    format!("{hash:016x}")
}

/// What the plan decided for the corpus.
#[derive(Debug, Default)]
struct Plan {
    /// Files to (re)index, with their hashes, in walk order.
    to_index: Vec<(SourceFile, u64)>,
    /// Manifest entries whose records must go.
    to_remove: Vec<String>,
    unchanged: usize,
    skipped: Vec<Skipped>,
}

/// Walks and hashes the corpus and compares it with the manifest.
fn plan(corpus: &Path, manifest: &Manifest) -> Plan {
    let mut plan = Plan::default();
    let mut found: Vec<(SourceFile, u64)> = Vec::new();
    for event in corpus::walk(corpus) {
        match event {
            WalkEvent::File(file) => match corpus::content_hash(&file.path) {
                Ok(hash) => found.push((file, hash)),
                Err(e) => plan.skipped.push(Skipped {
                    path: file.display.clone(),
                    kind: "unreadable",
                    reason: e.to_string(),
                }),
            },
            WalkEvent::Skipped { path, reason } => {
                let (kind, reason) = match reason {
                    SkipReason::Unsupported => ("unsupported", "not a format newsidx reads".into()),
                    SkipReason::Unreadable(why) if why.starts_with("symlink loop") => {
                        ("symlink loop", why)
                    }
                    SkipReason::Unreadable(why) => ("unreadable", why),
                };
                plan.skipped.push(Skipped {
                    path: corpus::display_path(&path),
                    kind,
                    reason,
                });
            }
        }
    }

    // Of byte-identical files, keep the one already indexed, else the first in walk order.
    // Records made by another annotator are stale: every file is annotated again.
    let current = manifest.annotator == ANNOTATOR;
    let is_indexed =
        |f: &SourceFile, h: u64| current && manifest.files.get(&f.display) == Some(&hex(h));
    let mut keeper: HashMap<u64, String> = HashMap::new();
    for (file, hash) in &found {
        if is_indexed(file, *hash) {
            keeper.entry(*hash).or_insert_with(|| file.display.clone());
        }
    }
    for (file, hash) in &found {
        keeper.entry(*hash).or_insert_with(|| file.display.clone());
    }

    let mut kept: HashSet<&str> = HashSet::new();
    for (file, hash) in &found {
        let original = &keeper[hash];
        if *original != file.display {
            plan.skipped.push(Skipped {
                path: file.display.clone(),
                kind: "duplicate",
                reason: format!("duplicate of {original}"),
            });
        } else if is_indexed(file, *hash) {
            kept.insert(&file.display);
            plan.unchanged += 1;
        } else {
            kept.insert(&file.display);
            plan.to_index.push((file.clone(), *hash));
        }
    }
    plan.to_remove = manifest
        .files
        .keys()
        .filter(|path| !kept.contains(path.as_str()))
        .cloned()
        .collect();
    plan
}

/// Opens the index for writing, or creates it; `--rebuild` empties it (or replaces an
/// incompatible one). Returns the index, its fields, the writer and the manifest to update.
fn open_for_writing(opts: &IndexOptions) -> Result<(Index, Fields, IndexWriter, Manifest)> {
    let opened = match schema::open_or_create(&opts.index) {
        Err(Error::IncompatibleIndex { .. }) if opts.rebuild => {
            remove_index_files(&opts.index)?;
            schema::open_or_create(&opts.index)
        }
        other => other,
    };
    let (index, fields) = opened?;
    let writer = index.writer(WRITER_BUDGET).map_err(|e| match e {
        TantivyError::LockFailure(LockError::LockBusy, _) => Error::IndexBusy {
            path: opts.index.clone(),
        },
        other => Error::Tantivy(other),
    })?;
    // Files an interrupted or failed run left behind (a full disk stays full otherwise).
    let _ = writer.garbage_collect_files().wait();
    writer.set_merge_policy(Box::new(merge_policy()));
    let manifest = if opts.rebuild {
        writer.delete_all_documents()?;
        Manifest::default()
    } else {
        Manifest::load(&index)?
    };
    Ok((index, fields, writer, manifest))
}

/// Small segments (incremental runs) are merged; the big ones a bulk run flushes are not.
/// Merging those cost a quarter more CPU on twice the AllSides corpus, growing faster than the
/// corpus, for little gain at query time.
fn merge_policy() -> LogMergePolicy {
    let mut policy = LogMergePolicy::default();
    policy.set_max_docs_before_merge(MERGE_MAX_DOCS);
    policy
}

/// Segments with more documents than this are left as they are (a 96 MB flush holds ~150k).
const MERGE_MAX_DOCS: usize = 100_000;

/// Deletes an index's files from `dir`, leaving anything that is not tantivy's (`.gitkeep`).
fn remove_index_files(dir: &Path) -> Result<()> {
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let ours = name == "meta.json"
            || name.starts_with(".managed")
            || name.starts_with(".tantivy")
            || name.contains('.') && name.split('.').next().is_some_and(|id| id.len() == 32);
        if ours && entry.path().is_file() {
            std::fs::remove_file(entry.path()).map_err(io)?;
        }
    }
    Ok(())
}

/// Indexes `opts.corpus` into `opts.index`; see the module docs.
///
/// When the index cannot be written (disk full, read-only folder), the error says so plainly:
/// the index is then still at its last commit.
pub fn run(opts: &IndexOptions) -> Result<Summary> {
    index_corpus(opts).map_err(|e| write_error(&opts.index, e))
}

/// Turns a tantivy I/O failure while writing into [`Error::IndexWrite`] with the cause in words.
fn write_error(index: &Path, e: Error) -> Error {
    let Error::Tantivy(tantivy) = &e else {
        return e;
    };
    let message = tantivy.to_string();
    // tantivy wraps the io::Error in several ways: match its message and its `Debug` form.
    const CAUSES: &[(&[&str], &str)] = &[
        (
            &["os error 28", "StorageFull"],
            "no space left on the device",
        ),
        (&["os error 122", "QuotaExceeded"], "disk quota exceeded"),
        (
            &["os error 30", "ReadOnlyFilesystem"],
            "the folder is on a read-only file system",
        ),
        (&["os error 13", "PermissionDenied"], "permission denied"),
        (
            &["os error 1)", "code: 1,"],
            "the folder's files may not be changed (immutable?)",
        ),
    ];
    let found = |codes: &[&str]| codes.iter().any(|c| message.contains(c));
    match CAUSES.iter().find(|(codes, _)| found(codes)) {
        Some((_, cause)) => Error::IndexWrite {
            path: index.to_path_buf(),
            reason: (*cause).to_owned(),
        },
        None => e,
    }
}

fn index_corpus(opts: &IndexOptions) -> Result<Summary> {
    let started = Instant::now();
    if !opts.corpus.exists() {
        return Err(Error::Config(format!(
            "corpus {} does not exist; give the folder of articles to index",
            opts.corpus.display()
        )));
    }
    let (_index, fields, mut writer, mut manifest) = open_for_writing(opts)?;
    let plan = plan(&opts.corpus, &manifest);

    let mut summary = Summary {
        unchanged: plan.unchanged,
        skipped: plan.skipped,
        ..Summary::default()
    };
    let mut changed = opts.rebuild;
    for path in &plan.to_remove {
        writer.delete_term(Term::from_field_text(fields.file, path));
        manifest.files.remove(path);
        summary.removed += 1;
        changed = true;
    }

    let progress = Progress::new(
        opts.progress,
        plan.to_index.iter().map(|(f, _)| file_size(f)).sum(),
    );
    let mut batch = Batch::default();
    let mut speakers: HashSet<String> = HashSet::new();
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());

    std::thread::scope(|scope| -> Result<()> {
        let (doc_tx, doc_rx) = bounded::<(usize, Document)>(DOCUMENT_QUEUE);
        let (out_tx, out_rx) = bounded::<Event>(RECORD_QUEUE);
        let files = &plan.to_index;
        {
            let out_tx = out_tx.clone();
            scope.spawn(move || read_all(files, doc_tx, out_tx));
        }
        for _ in 0..workers {
            let (doc_rx, out_tx) = (doc_rx.clone(), out_tx.clone());
            scope.spawn(move || annotate_all(&fields, files, doc_rx, out_tx));
        }
        drop((doc_rx, out_tx));

        let mut state: Vec<FileState> = (0..files.len()).map(|_| FileState::default()).collect();
        for event in out_rx {
            let i = match event {
                Event::Start(i) => {
                    let display = &files[i].0.display;
                    writer.delete_term(Term::from_field_text(fields.file, display));
                    manifest.files.remove(display);
                    changed = true;
                    continue;
                }
                Event::Records { file, docs, stats } => {
                    for doc in docs {
                        writer.add_document(doc)?;
                    }
                    summary.documents += 1;
                    summary.paragraphs += stats.paragraphs;
                    summary.quotes += stats.quotes;
                    summary.text_bytes += stats.text_bytes;
                    batch.bytes += stats.text_bytes;
                    speakers.extend(stats.speakers);
                    state[file].annotated += 1;
                    file
                }
                Event::Failed { file, reason } => {
                    state[file].annotated += 1;
                    state[file].failure.get_or_insert(reason);
                    file
                }
                Event::Read { file, sent, result } => {
                    state[file].read = Some((sent, result));
                    file
                }
            };
            // A file is finished once it was read and all its documents came back annotated.
            let Some((_, result)) = state[i].take_if_finished() else {
                continue;
            };
            let (file, hash) = &files[i];
            progress.file_done(file_size(file), summary.paragraphs);
            summary.file_bytes += file_size(file);
            batch.files += 1;
            if let Some(reason) = state[i].failure.take() {
                writer.delete_term(Term::from_field_text(fields.file, &file.display));
                summary.skipped.push(Skipped {
                    path: file.display.clone(),
                    kind: "failed",
                    reason,
                });
            } else {
                match result {
                    Ok(report) => {
                        record_report(&mut summary, file, &report);
                        if report.documents > 0 || state[i].annotated > 0 {
                            summary.indexed += 1;
                            manifest.files.insert(file.display.clone(), hex(*hash));
                        }
                    }
                    Err(e) => summary.skipped.push(Skipped {
                        path: file.display.clone(),
                        kind: kind_of(&e),
                        reason: reason_of(&e),
                    }),
                }
            }
            if batch.is_full() {
                commit(&mut writer, &manifest)?;
                batch = Batch::default();
            }
        }
        Ok(())
    })?;

    if changed {
        commit(&mut writer, &manifest)?;
    }
    writer.wait_merging_threads()?;
    progress.finish();
    summary.speakers = speakers.len();
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// Notes what reading a file reported: warnings, bad records, or no text at all.
fn record_report(summary: &mut Summary, file: &SourceFile, report: &ReadReport) {
    for w in &report.warnings {
        summary.warnings.push(format!("{}: {w}", file.display));
    }
    for (line, reason) in &report.bad_records {
        summary.skipped.push(Skipped {
            path: format!("{}:{line}", file.display),
            kind: "bad record",
            reason: reason.clone(),
        });
    }
    if report.documents == 0 && report.bad_records.is_empty() {
        summary.skipped.push(Skipped {
            path: file.display.clone(),
            kind: "empty",
            reason: "no text to index".into(),
        });
    }
}

/// The summary's category for a file that could not be read, by what the reader said.
fn kind_of(e: &Error) -> &'static str {
    const KINDS: &[(&str, &str)] = &[
        ("binary file", "binary"),
        ("no text field", "no text field"),
        ("no text", "empty"),
        ("empty text", "empty"),
        ("malformed JSON", "malformed"),
        ("not a JSON object", "malformed"),
        ("not a readable gzip", "corrupt gzip"),
    ];
    match e {
        Error::Unreadable { reason, .. } => KINDS
            .iter()
            .find(|(start, _)| reason.starts_with(start))
            .map_or("unreadable", |(_, kind)| kind),
        _ => "unreadable",
    }
}

fn reason_of(e: &Error) -> String {
    match e {
        Error::Unreadable { reason, .. } => reason.clone(),
        Error::Io { source, .. } => source.to_string(),
        other => other.to_string(),
    }
}

fn commit(writer: &mut IndexWriter, manifest: &Manifest) -> Result<()> {
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&manifest.to_payload());
    prepared.commit()?;
    Ok(())
}

fn file_size(file: &SourceFile) -> u64 {
    std::fs::metadata(&file.path).map_or(0, |m| m.len())
}

/// What the pipeline threads tell the writer.
enum Event {
    /// The reader starts file `i`: delete its old records first.
    Start(usize),
    /// One document's index documents.
    Records {
        file: usize,
        docs: Vec<TantivyDocument>,
        stats: Stats,
    },
    /// Annotating one of the file's documents failed (panicked).
    Failed { file: usize, reason: String },
    /// The reader finished file `file`, having sent `sent` documents.
    Read {
        file: usize,
        sent: usize,
        result: Result<ReadReport>,
    },
}

/// Counts of one annotated document.
#[derive(Default)]
struct Stats {
    paragraphs: usize,
    quotes: usize,
    text_bytes: u64,
    speakers: Vec<String>,
}

#[derive(Default)]
struct FileState {
    annotated: usize,
    read: Option<(usize, Result<ReadReport>)>,
    failure: Option<String>,
}

/// Work since the last commit.
#[derive(Default)]
struct Batch {
    bytes: u64,
    files: usize,
}

impl Batch {
    fn is_full(&self) -> bool {
        self.bytes >= COMMIT_BYTES || self.files >= COMMIT_FILES
    }
}

impl FileState {
    /// The read result, once the file was read and all its documents came back annotated.
    fn take_if_finished(&mut self) -> Option<(usize, Result<ReadReport>)> {
        match &self.read {
            Some((sent, _)) if *sent == self.annotated => self.read.take(),
            _ => None,
        }
    }
}

/// The reader thread: streams every file's documents to the workers.
fn read_all(files: &[(SourceFile, u64)], doc_tx: Sender<(usize, Document)>, out_tx: Sender<Event>) {
    for (i, (file, _)) in files.iter().enumerate() {
        if out_tx.send(Event::Start(i)).is_err() {
            return;
        }
        let mut sent = 0;
        let mut closed = false;
        let result = catch_unwind(AssertUnwindSafe(|| {
            read_documents(file, &mut |doc| {
                if !closed && doc_tx.send((i, doc)).is_ok() {
                    sent += 1;
                } else {
                    closed = true;
                }
            })
        }))
        .unwrap_or_else(|panic| {
            Err(Error::Unreadable {
                path: file.path.clone(),
                reason: panic_message(&panic),
            })
        });
        if closed
            || out_tx
                .send(Event::Read {
                    file: i,
                    sent,
                    result,
                })
                .is_err()
        {
            return;
        }
    }
}

/// A worker thread: annotates documents into index documents.
fn annotate_all(
    fields: &Fields,
    files: &[(SourceFile, u64)],
    doc_rx: Receiver<(usize, Document)>,
    out_tx: Sender<Event>,
) {
    for (file, doc) in doc_rx {
        let display = &files[file].0.display;
        let event = match records_or_panic(&doc) {
            Ok(records) => {
                let mut stats = Stats {
                    paragraphs: records.len(),
                    ..Stats::default()
                };
                let docs = records
                    .iter()
                    .map(|r| {
                        stats.quotes += r.quotes.len();
                        stats.text_bytes += r.text.len() as u64;
                        stats
                            .speakers
                            .extend(r.speakers.iter().map(|s| s.name.clone()));
                        fields.document(display, r)
                    })
                    .collect();
                Event::Records { file, docs, stats }
            }
            Err(message) => Event::Failed {
                file,
                reason: format!("annotation failed on {}: {message}", doc.id),
            },
        };
        if out_tx.send(event).is_err() {
            return;
        }
    }
}

/// The records of a document, or the message of the panic its annotation ended in: one
/// document the annotator fails on is reported and skipped, never the end of a run.
pub fn records_or_panic(doc: &Document) -> std::result::Result<Vec<Record>, String> {
    catch_unwind(AssertUnwindSafe(|| Record::from_document(doc))).map_err(|p| panic_message(&p))
}

/// The message a caught panic carries.
fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "internal error".into())
}

/// The progress bar, when stderr is a terminal.
struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    fn new(enabled: bool, total_bytes: u64) -> Progress {
        if !enabled || total_bytes == 0 {
            return Progress(None);
        }
        let bar = indicatif::ProgressBar::new(total_bytes);
        let style = indicatif::ProgressStyle::with_template(
            "{spinner} [{bar:30}] {bytes}/{total_bytes} {msg} ({eta})",
        )
        .expect("a valid template")
        .progress_chars("=> ");
        bar.set_style(style);
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress(Some(bar))
    }

    fn file_done(&self, bytes: u64, paragraphs: usize) {
        if let Some(bar) = &self.0 {
            bar.inc(bytes);
            bar.set_message(format!("{paragraphs} paragraphs"));
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus_with(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        dir
    }

    #[test]
    fn records_of_another_annotator_are_annotated_again() {
        let dir = corpus_with(&[
            ("a.txt", "Title\n\nJane Doe said it rained."),
            ("b.txt", "Other\n\nIt rained."),
        ]);
        let files: BTreeMap<String, String> = corpus::walk(dir.path())
            .filter_map(|e| match e {
                WalkEvent::File(f) => Some((
                    f.display.clone(),
                    hex(corpus::content_hash(&f.path).unwrap()),
                )),
                WalkEvent::Skipped { .. } => None,
            })
            .collect();
        let current = Manifest {
            schema: SCHEMA_VERSION,
            annotator: ANNOTATOR.into(),
            files: files.clone(),
        };
        let planned = plan(dir.path(), &current);
        assert_eq!((planned.unchanged, planned.to_index.len()), (2, 0));
        let older = Manifest {
            schema: SCHEMA_VERSION,
            annotator: "an older annotator".into(),
            files,
        };
        let planned = plan(dir.path(), &older);
        assert_eq!((planned.unchanged, planned.to_index.len()), (0, 2));
    }
}
