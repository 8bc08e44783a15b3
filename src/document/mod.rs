//! Stage 2: one source file → one or more [`Document`]s (title, metadata, paragraphs).
//!
//! One module per input format; [`read_documents`] picks the reader from the file name and
//! streams documents to a sink, so a large `.jsonl.gz` is never held in memory whole.
//!
//! ```text
//! SourceFile ──open (gzip?)──▶ bytes ──decode──▶ text ──text | markdown | html | json──▶ Document
//! ```
//!
//! - [`decode`]: BOM, UTF-16, Windows-1252 fallback, binary detection, NUL bytes, line endings.
//! - [`normalize`]: paragraph clean-up (spaces, invisible characters) and the split of
//!   paragraphs longer than [`MAX_PARAGRAPH_BYTES`].
//! - [`text`], [`markdown`], [`html`], [`json`]: one reader a format; [`date`]: date parsing.
//!
//! Ids: a single-document file's id is its path as walked; a JSON Lines record's is
//! `PATH:LINE` (1-based line); the N-th element of a top-level JSON array is `PATH:N`.

mod date;
mod decode;
mod html;
mod json;
mod markdown;
mod normalize;
mod text;

use std::fs::File;
use std::io::{BufRead, BufReader, Read};

use flate2::read::MultiGzDecoder;
use serde::{Deserialize, Serialize};

pub use json::{DATE_FIELDS, TEXT_FIELDS};
pub use normalize::MAX_PARAGRAPH_BYTES;

/// One article: its metadata and its paragraphs in reading order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The document's id as walked: the file path, with `:LINE` for a JSON Lines record.
    pub id: String,
    /// The headline, when the source has one.
    pub title: Option<String>,
    /// Publication date as ISO `YYYY-MM-DD`, when the source has a parseable one.
    pub date: Option<String>,
    /// Where the article was published.
    pub url: Option<String>,
    /// The outlet.
    pub source: Option<String>,
    /// Bylines.
    pub authors: Vec<String>,
    /// Paragraph texts, trimmed, none empty.
    pub paragraphs: Vec<String>,
}

use crate::corpus::{Format, SourceFile};
use crate::error::{Error, Result};

/// What reading one source file noticed without failing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReadReport {
    /// Documents passed to the sink.
    pub documents: usize,
    /// Things the user should know, e.g. "decoded as Windows-1252".
    pub warnings: Vec<String>,
    /// Records inside the file that were skipped: (1-based line, reason), e.g. malformed JSONL lines.
    pub bad_records: Vec<(u64, String)>,
}

/// Reads one source file and streams its documents to `sink`.
///
/// Fails only when nothing in the file can be read (I/O error, binary content, no text); a
/// truncated `.gz` or a malformed JSONL line keeps what was read and reports the rest.
pub fn read_documents(file: &SourceFile, sink: &mut dyn FnMut(Document)) -> Result<ReadReport> {
    let mut report = ReadReport::default();
    let handle = File::open(&file.path).map_err(|source| Error::Io {
        path: file.path.clone(),
        source,
    })?;
    let size_hint = handle.metadata().map_or(0, |m| m.len() as usize);
    let reader: Box<dyn Read> = if file.gzip {
        Box::new(MultiGzDecoder::new(BufReader::with_capacity(
            IO_BUF, handle,
        )))
    } else {
        Box::new(handle)
    };
    if file.format == Format::JsonLines {
        read_json_lines(
            file,
            BufReader::with_capacity(IO_BUF, reader),
            sink,
            &mut report,
        )?;
        return Ok(report);
    }
    let bytes = read_all(
        file,
        reader,
        if file.gzip { 0 } else { size_hint },
        &mut report,
    )?;
    let charset = match file.format {
        Format::Html => html::sniff_charset(&bytes),
        _ => None,
    };
    let decoded =
        decode::decode(bytes, charset.as_deref()).map_err(|reason| unreadable(file, reason))?;
    report.warnings.extend(decoded.warning);
    let text = decoded.text;
    if text::is_blank(&text) {
        return Err(unreadable(file, "no text (empty or whitespace-only file)"));
    }
    let mut doc = match file.format {
        Format::Text => from_article(text::read(&text, true)),
        Format::Markdown => from_article(markdown::read(&text)),
        Format::Html => html::read(&text),
        Format::Json => return read_json(file, &text, sink, report),
        Format::JsonLines => unreachable!("JSON Lines are streamed above"),
    };
    drop(text);
    if doc.paragraphs.is_empty() {
        return Err(unreadable(file, "no text (no paragraph found)"));
    }
    doc.id = file.display.clone();
    sink(doc);
    report.documents = 1;
    Ok(report)
}

/// Buffer size for file and gzip reads.
const IO_BUF: usize = 64 * 1024;

fn unreadable(file: &SourceFile, reason: impl Into<String>) -> Error {
    Error::Unreadable {
        path: file.path.clone(),
        reason: reason.into(),
    }
}

fn from_article(article: text::Article) -> Document {
    Document {
        title: article.title,
        paragraphs: article.paragraphs,
        ..Document::default()
    }
}

/// Reads a whole single-document file. A gzip stream that breaks off keeps what was
/// decompressed, with a warning; any other failure is an error.
fn read_all(
    file: &SourceFile,
    mut reader: impl Read,
    size_hint: usize,
    report: &mut ReadReport,
) -> Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(size_hint.saturating_add(1));
    match reader.read_to_end(&mut bytes) {
        Ok(_) => Ok(bytes),
        Err(err) if file.gzip && !bytes.is_empty() => {
            report.warnings.push(format!(
                "truncated or corrupt gzip after {} decompressed bytes ({err}); the text may be incomplete",
                bytes.len()
            ));
            Ok(bytes)
        }
        Err(err) if file.gzip => Err(unreadable(
            file,
            format!("not a readable gzip file ({err})"),
        )),
        Err(source) => Err(Error::Io {
            path: file.path.clone(),
            source,
        }),
    }
}

/// A `.json` file: one article object, or an array of them (ids `PATH:N`). A file that turns
/// out to hold one object a line is read as JSON Lines.
fn read_json(
    file: &SourceFile,
    text: &str,
    sink: &mut dyn FnMut(Document),
    mut report: ReadReport,
) -> Result<ReadReport> {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(err) if err.line() > 1 && looks_like_json_lines(text) => {
            report
                .warnings
                .push("one JSON value a line; read as JSON Lines".to_owned());
            read_json_lines(file, text.as_bytes(), sink, &mut report)?;
            return Ok(report);
        }
        Err(err) => return Err(unreadable(file, format!("malformed JSON: {err}"))),
    };
    match value {
        serde_json::Value::Array(items) => {
            if items.is_empty() {
                return Err(unreadable(file, "no text (empty JSON array)"));
            }
            for (i, item) in items.into_iter().enumerate() {
                let n = i as u64 + 1;
                match json::to_document(item) {
                    Ok(mut doc) => {
                        doc.id = format!("{}:{n}", file.display);
                        sink(doc);
                        report.documents += 1;
                    }
                    Err(reason) => report
                        .bad_records
                        .push((n, format!("array element {n}: {reason}"))),
                }
            }
        }
        value => {
            let mut doc = json::to_document(value).map_err(|reason| unreadable(file, reason))?;
            doc.id = file.display.clone();
            sink(doc);
            report.documents = 1;
        }
    }
    Ok(report)
}

fn looks_like_json_lines(text: &str) -> bool {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    serde_json::from_str::<serde_json::Value>(first).is_ok_and(|v| v.is_object())
}

/// Streams a JSON Lines file line by line: blank lines are skipped, a malformed line is a bad
/// record, a stream that breaks off (truncated gzip) keeps the documents read before it.
fn read_json_lines(
    file: &SourceFile,
    mut reader: impl BufRead,
    sink: &mut dyn FnMut(Document),
    report: &mut ReadReport,
) -> Result<()> {
    let peek = reader.fill_buf().map_err(|err| stream_error(file, err))?;
    if let Some(what) = decode::binary_kind(peek) {
        return Err(unreadable(file, format!("binary file ({what})")));
    }
    let mut line = Vec::new();
    let mut line_no = 0u64;
    let mut any_text = false;
    let mut cp1252_lines = Vec::new();
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(err) if line_no > 0 => {
                report.warnings.push(format!(
                    "truncated gzip after {} documents (line {}): {err}",
                    report.documents,
                    line_no + 1
                ));
                break;
            }
            Err(err) => return Err(stream_error(file, err)),
        }
        line_no += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        any_text = true;
        let (text, fallback) = decode::decode_line(&line);
        if fallback {
            cp1252_lines.push(line_no);
        }
        let record = serde_json::from_str(&text)
            .map_err(|err| format!("malformed JSON: {err}"))
            .and_then(json::to_document);
        match record {
            Ok(mut doc) => {
                doc.id = format!("{}:{line_no}", file.display);
                sink(doc);
                report.documents += 1;
            }
            Err(reason) => report.bad_records.push((line_no, reason)),
        }
    }
    if let Some(first) = cp1252_lines.first() {
        report.warnings.push(format!(
            "{} lines not valid UTF-8 (first: line {first}); decoded as Windows-1252",
            cp1252_lines.len()
        ));
    }
    if !any_text {
        return Err(unreadable(file, "no text (empty or whitespace-only file)"));
    }
    Ok(())
}

fn stream_error(file: &SourceFile, err: std::io::Error) -> Error {
    if file.gzip {
        unreadable(file, format!("not a readable gzip file ({err})"))
    } else {
        Error::Io {
            path: file.path.clone(),
            source: err,
        }
    }
}
