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
    /// The path as walked, used as the document id; bytes of a non-UTF-8 name are escaped as
    /// `\xNN` (see [`display_path`]), so two such names never share an id.
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
    let display = display_path(&path);
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

/// A path as text, for ids, messages and the manifest. A non-UTF-8 path keeps its valid parts
/// and shows each invalid byte as `\xNN` (`caf\xE9.txt`): unlike a lossy conversion, where
/// `caf\xE9.txt` and `caf\xE8.txt` would both become `caf\u{FFFD}.txt`, share an id and overwrite
/// each other's records, distinct names stay distinct.
pub fn display_path(path: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::new();
        for chunk in path.as_os_str().as_bytes().utf8_chunks() {
            out.push_str(chunk.valid());
            for byte in chunk.invalid() {
                out.push_str(&format!("\\x{byte:02X}"));
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        path.to_string_lossy().into_owned()
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn events(root: &Path) -> Vec<WalkEvent> {
        walk(root).collect()
    }

    fn files(root: &Path) -> Vec<(String, Format, bool)> {
        events(root)
            .into_iter()
            .filter_map(|e| match e {
                WalkEvent::File(f) => Some((f.display, f.format, f.gzip)),
                WalkEvent::Skipped { .. } => None,
            })
            .collect()
    }

    fn skipped(root: &Path) -> Vec<(String, &'static str)> {
        events(root)
            .into_iter()
            .filter_map(|e| match e {
                WalkEvent::Skipped { path, reason } => Some((
                    path.file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned(),
                    reason.label(),
                )),
                WalkEvent::File(_) => None,
            })
            .collect()
    }

    #[test]
    fn formats_by_extension_table() {
        for (name, want) in [
            ("a.txt", Some((Format::Text, false))),
            ("a.TXT", Some((Format::Text, false))),
            ("a.txt.gz", Some((Format::Text, true))),
            ("a.md", Some((Format::Markdown, false))),
            ("a.Markdown", Some((Format::Markdown, false))),
            ("a.html", Some((Format::Html, false))),
            ("a.HTM.GZ", Some((Format::Html, true))),
            ("a.json", Some((Format::Json, false))),
            ("a.jsonl.gz", Some((Format::JsonLines, true))),
            ("a.ndjson", Some((Format::JsonLines, false))),
            ("a.gz", None),
            ("a.pdf", None),
            ("txt", None),
            (".txt", None),
            ("a.txt.bak", None),
        ] {
            assert_eq!(Format::from_name(name), want, "{name}");
        }
    }

    #[test]
    fn walk_is_sorted_recursive_and_skips_what_it_cannot_read() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("corpus");
        fs::create_dir_all(root.join("b/sub")).unwrap();
        fs::create_dir_all(root.join(".git")).unwrap();
        for name in [
            "b/sub/z.txt",
            "b/a.jsonl.gz",
            "c.html",
            "a.md",
            "README.TXT",
            "LICENSE",
            "notes.pdf",
            ".hidden.txt",
            ".git/x.txt",
            "readme_fr.md",
            "licensed-plates.txt",
        ] {
            fs::write(root.join(name), "text").unwrap();
        }
        let shown = |rel: &str| root.join(rel).to_string_lossy().into_owned();
        assert_eq!(
            files(&root),
            [
                (shown("a.md"), Format::Markdown, false),
                (shown("b/a.jsonl.gz"), Format::JsonLines, true),
                (shown("b/sub/z.txt"), Format::Text, false),
                (shown("c.html"), Format::Html, false),
                (shown("licensed-plates.txt"), Format::Text, false),
            ]
        );
        assert_eq!(
            skipped(&root),
            [
                ("LICENSE".to_owned(), "unsupported"),
                ("README.TXT".to_owned(), "unsupported"),
                ("notes.pdf".to_owned(), "unsupported"),
                ("readme_fr.md".to_owned(), "unsupported"),
            ]
        );
    }

    #[test]
    fn a_single_file_root_is_walked() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("one.txt");
        fs::write(&file, "x").unwrap();
        assert_eq!(
            files(&file),
            [(file.to_string_lossy().into_owned(), Format::Text, false)]
        );
        assert_eq!(skipped(&dir.path().join("missing.txt")).len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_and_broken_links_are_skipped_and_the_walk_ends() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir(root.join("d")).unwrap();
        fs::write(root.join("d/a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(root.join("d"), root.join("d/loop")).unwrap();
        std::os::unix::fs::symlink(root.join("nowhere.txt"), root.join("d/broken.txt")).unwrap();
        std::os::unix::fs::symlink(root.join("d/a.txt"), root.join("d/link.txt")).unwrap();
        let events = events(root);
        let loops = events.iter().filter(
            |e| matches!(e, WalkEvent::Skipped { reason: SkipReason::Unreadable(r), .. } if r.starts_with("symlink loop")),
        );
        assert_eq!(loops.count(), 1, "{events:#?}");
        assert!(events.iter().any(
            |e| matches!(e, WalkEvent::Skipped { path, reason: SkipReason::Unreadable(_) } if path.ends_with("broken.txt"))
        ));
        assert_eq!(files(root).len(), 2, "a.txt and the link to it");
    }

    #[cfg(unix)]
    #[test]
    fn unreadable_files_and_folders_are_skipped() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::write(root.join("locked.txt"), "x").unwrap();
        fs::create_dir(root.join("shut")).unwrap();
        fs::write(root.join("shut/in.txt"), "x").unwrap();
        fs::write(root.join("open.txt"), "x").unwrap();
        fs::set_permissions(root.join("locked.txt"), fs::Permissions::from_mode(0o000)).unwrap();
        fs::set_permissions(root.join("shut"), fs::Permissions::from_mode(0o000)).unwrap();
        let got = skipped(root);
        // Root ignores permissions; there the walk simply reads everything.
        let as_root = File::open(root.join("locked.txt")).is_ok();
        fs::set_permissions(root.join("shut"), fs::Permissions::from_mode(0o755)).unwrap();
        if as_root {
            assert!(got.is_empty(), "{got:?}");
        } else {
            assert_eq!(
                got,
                [
                    ("locked.txt".to_owned(), "unreadable"),
                    ("shut".to_owned(), "unreadable")
                ]
            );
            assert_eq!(files(root).len(), 2);
        }
        assert!(files(root).iter().any(|(d, ..)| d.ends_with("open.txt")));
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_file_names_are_escaped_and_stay_distinct() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let name = std::ffi::OsStr::from_bytes(b"caf\xE9.txt");
        if fs::write(dir.path().join(name), "x").is_err() {
            return; // The file system refuses non-UTF-8 names.
        }
        fs::write(
            dir.path().join(std::ffi::OsStr::from_bytes(b"caf\xE8.txt")),
            "y",
        )
        .unwrap();
        let got = events(dir.path());
        let [WalkEvent::File(e8), WalkEvent::File(e9)] = &got[..] else {
            panic!("{got:?}")
        };
        assert!(e9.display.ends_with("caf\\xE9.txt"), "{}", e9.display);
        assert!(e8.display.ends_with("caf\\xE8.txt"), "{}", e8.display);
        assert_eq!(e9.path, dir.path().join(name));
        assert_eq!(display_path(Path::new("plain/café.txt")), "plain/café.txt");
    }

    #[test]
    fn content_hash_is_xxh3_of_the_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let big: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        fs::write(dir.path().join("a"), &big).unwrap();
        fs::write(dir.path().join("b"), &big).unwrap();
        fs::write(dir.path().join("c"), &big[1..]).unwrap();
        let hash = |n: &str| content_hash(&dir.path().join(n)).unwrap();
        assert_eq!(hash("a"), xxhash_rust::xxh3::xxh3_64(&big));
        assert_eq!(hash("a"), hash("b"));
        assert_ne!(hash("a"), hash("c"));
        assert!(content_hash(&dir.path().join("missing")).is_err());
    }
}
