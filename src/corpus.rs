//! Stage 1: a corpus directory → the source files in it, with their formats detected.
//!
//! [`walk`] goes through a directory (or takes a single file) in file-name order, following
//! symbolic links, and says for every file either how to read it ([`WalkEvent::File`]) or why
//! it passes it over ([`WalkEvent::Skipped`]). Hidden files and folders (`.name`) are passed
//! over silently. Nothing stops the walk: a folder it cannot list, a file that vanished, a
//! symlink loop are each one skipped event.

use std::fmt;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use walkdir::{DirEntry, WalkDir};
use xxhash_rust::xxh3::Xxh3;

/// The input formats newsidx reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text: title line, blank-line paragraphs.
    Text,
    /// Markdown: like text, with markup stripped.
    Markdown,
    /// HTML: title and block elements.
    Html,
    /// One JSON article object.
    Json,
    /// One JSON article object per line.
    JsonLines,
}

/// A file the walk found that newsidx can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Path on disk.
    pub path: PathBuf,
    /// The path as walked, used as the document id (lossy UTF-8 for non-UTF-8 names).
    pub display: String,
    /// Detected format.
    pub format: Format,
    /// Whether the file is gzip-compressed (`.gz`).
    pub gzip: bool,
}

/// Why the walk passed a path over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// Not a format newsidx reads (by extension), or a dataset's README, LICENSE, CHANGELOG...
    Unsupported,
    /// The walk could not read it (permission denied, vanished, symlink loop...).
    Unreadable(String),
}

impl SkipReason {
    /// A short stable label for counting skips by reason: `unsupported`, `unreadable`.
    pub fn label(&self) -> &'static str {
        match self {
            SkipReason::Unsupported => "unsupported",
            SkipReason::Unreadable(_) => "unreadable",
        }
    }
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::Unsupported => f.write_str(
                "not a format newsidx reads (by its extension), or a README/LICENSE/CHANGELOG",
            ),
            SkipReason::Unreadable(reason) => write!(f, "unreadable: {reason}"),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Json => "json",
            Format::JsonLines => "jsonl",
        })
    }
}

impl Format {
    /// The format of a file name by its extension (case-insensitive), and whether it is
    /// gzip-compressed: `a.txt` → (Text, false), `a.JSONL.gz` → (JsonLines, true).
    pub fn from_name(name: &str) -> Option<(Format, bool)> {
        let lower = name.to_lowercase();
        let (base, gzip) = match lower.strip_suffix(".gz") {
            Some(base) => (base, true),
            None => (lower.as_str(), false),
        };
        let (stem, ext) = base.rsplit_once('.')?;
        if stem.is_empty() {
            return None;
        }
        let format = EXTENSIONS.iter().find(|(e, _)| *e == ext)?.1;
        Some((format, gzip))
    }
}

/// Extensions newsidx reads.
const EXTENSIONS: &[(&str, Format)] = &[
    ("txt", Format::Text),
    ("md", Format::Markdown),
    ("markdown", Format::Markdown),
    ("html", Format::Html),
    ("htm", Format::Html),
    ("json", Format::Json),
    ("jsonl", Format::JsonLines),
    ("ndjson", Format::JsonLines),
];

/// File stems (before the first `.`, case-insensitive) of files that ship with datasets and
/// code, not articles. `README` matches as a prefix too (`README_fr.txt`).
const NOT_ARTICLES: &[&str] = &[
    "readme",
    "license",
    "licence",
    "copying",
    "changelog",
    "changes",
    "authors",
    "contributing",
    "notice",
];

/// Whether a file name is a README, LICENSE, CHANGELOG or the like.
fn is_not_an_article(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).to_lowercase();
    stem.starts_with("readme") || NOT_ARTICLES.contains(&stem.as_str())
}

/// One step of the walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkEvent {
    /// A readable source file.
    File(SourceFile),
    /// A path passed over, and why.
    Skipped {
        /// The path concerned.
        path: PathBuf,
        /// Why.
        reason: SkipReason,
    },
}

/// Walks `root` (a directory or a single file) recursively in a stable (sorted) order.
///
/// Symbolic links are followed; a link back to one of its own ancestors is reported as
/// skipped (never followed twice), so the walk always ends. Files that are not regular files
/// (FIFOs, sockets, devices) are skipped as unreadable, so reading never blocks.
pub fn walk(root: &Path) -> impl Iterator<Item = WalkEvent> {
    WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry))
        .filter_map(|entry| match entry {
            Ok(entry) => classify(entry),
            Err(err) => Some(walk_error(err)),
        })
}

fn is_hidden(entry: &DirEntry) -> bool {
    entry.file_name().as_encoded_bytes().starts_with(b".")
}

fn classify(entry: DirEntry) -> Option<WalkEvent> {
    let file_type = entry.file_type();
    if file_type.is_dir() {
        return None;
    }
    let path = entry.into_path();
    let skipped = |reason| {
        Some(WalkEvent::Skipped {
            path: path.clone(),
            reason,
        })
    };
    if !file_type.is_file() {
        return skipped(SkipReason::Unreadable(
            "not a regular file (FIFO, socket or device)".to_owned(),
        ));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    if is_not_an_article(&name) {
        // README.TXT is a .txt but no article. (A dedicated `NotAnArticle` reason waits for
        // the indexer's exhaustive match on SkipReason to handle it.)
        return skipped(SkipReason::Unsupported);
    }
    let Some((format, gzip)) = Format::from_name(&name) else {
        return skipped(SkipReason::Unsupported);
    };
    // Permission denied and the like show up here rather than in the middle of indexing.
    if let Err(err) = File::open(&path) {
        return skipped(SkipReason::Unreadable(err.to_string()));
    }
    let display = path.to_string_lossy().into_owned();
    Some(WalkEvent::File(SourceFile {
        path,
        display,
        format,
        gzip,
    }))
}

fn walk_error(err: walkdir::Error) -> WalkEvent {
    let path = err.path().map(Path::to_path_buf).unwrap_or_default();
    let reason = match (err.loop_ancestor(), err.io_error()) {
        (Some(ancestor), _) => format!("symlink loop (back to {})", ancestor.display()),
        (None, Some(io)) => io.to_string(),
        (None, None) => err.to_string(),
    };
    WalkEvent::Skipped {
        path,
        reason: SkipReason::Unreadable(reason),
    }
}

/// A fast content hash of a file (xxh3-64), read as a stream in 64 KiB chunks.
pub fn content_hash(path: &Path) -> std::io::Result<u64> {
    let mut reader = BufReader::with_capacity(64 * 1024, File::open(path)?);
    let mut hasher = Xxh3::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => hasher.update(&chunk[..n]),
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok(hasher.digest())
}
