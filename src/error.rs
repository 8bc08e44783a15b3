//! Errors of every stage, each naming the file or query it concerns and the next step to take.

use std::path::PathBuf;

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in newsidx, with enough context to act on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read at all.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A file was read but is not something newsidx can index.
    #[error("{}: {reason}", path.display())]
    Unreadable {
        /// The file concerned.
        path: PathBuf,
        /// Why it was skipped (binary, truncated gzip, no text field...).
        reason: String,
    },
    /// There is no index where one was expected.
    #[error("no index at {}; run `newsidx index CORPUS --index {}` first", path.display(), path.display())]
    NoIndex {
        /// The index folder that was looked for.
        path: PathBuf,
    },
    /// Another process holds the index writer lock.
    #[error("the index at {} is being written by another process; wait for it to finish and try again", path.display())]
    IndexBusy {
        /// The index folder.
        path: PathBuf,
    },
    /// The index on disk was written by another schema or version, or is damaged.
    #[error("the index at {} cannot be opened ({reason}); rebuild it with `newsidx index CORPUS --index {} --rebuild`", path.display(), path.display())]
    IncompatibleIndex {
        /// The index folder.
        path: PathBuf,
        /// What tantivy or the schema check said.
        reason: String,
    },
    /// The index could not be written (disk full, read-only folder); it is still at its last
    /// commit.
    #[error("cannot write the index at {}: {reason}; the index is unchanged since its last commit, so fix that and run `newsidx index` again", path.display())]
    IndexWrite {
        /// The index folder.
        path: PathBuf,
        /// The cause, in words.
        reason: String,
    },
    /// The query could not be understood.
    #[error("invalid query: {0}")]
    Query(String),
    /// A command-line value was out of range or malformed.
    #[error("{0}")]
    Config(String),
    /// Any other tantivy failure.
    /// (Not a `source`: the message already holds it, and `{:#}` would print it twice.)
    #[error("index error: {0}")]
    Tantivy(tantivy::TantivyError),
}

impl From<tantivy::TantivyError> for Error {
    fn from(e: tantivy::TantivyError) -> Error {
        Error::Tantivy(e)
    }
}
