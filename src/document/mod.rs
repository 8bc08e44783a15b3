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

pub(crate) use date::MONTHS;

use std::fs::File;
use std::io::{BufRead, BufReader, Read};

use flate2::read::MultiGzDecoder;
use serde::{Deserialize, Serialize};

pub use json::{DATE_FIELDS, TEXT_FIELDS};
pub(crate) use normalize::floor_char_boundary;
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
    let reader: Box<dyn Read + Send> = if file.gzip {
        Box::new(MultiGzDecoder::new(BufReader::with_capacity(
            IO_BUF, handle,
        )))
    } else {
        Box::new(handle)
    };
    if file.format == Format::JsonLines {
        // A big compressed corpus: decompress on another thread while this one parses.
        let reader: Box<dyn Read> = if file.gzip {
            Box::new(ThreadedReader::spawn(reader))
        } else {
            reader
        };
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

/// Reads a stream on a helper thread, a chunk ahead of its consumer, so decompression and
/// parsing overlap. Dropping it stops the thread at its next chunk.
struct ThreadedReader {
    chunks: std::sync::mpsc::Receiver<std::io::Result<Vec<u8>>>,
    current: std::io::Cursor<Vec<u8>>,
}

impl ThreadedReader {
    const CHUNK: usize = 256 * 1024;

    fn spawn(mut inner: Box<dyn Read + Send>) -> ThreadedReader {
        let (tx, chunks) = std::sync::mpsc::sync_channel(4);
        std::thread::spawn(move || loop {
            let mut chunk = vec![0; Self::CHUNK];
            let result = match read_full(&mut inner, &mut chunk) {
                Ok(0) => break,
                Ok(n) => {
                    chunk.truncate(n);
                    Ok(chunk)
                }
                Err(err) => Err(err),
            };
            let failed = result.is_err();
            if tx.send(result).is_err() || failed {
                break;
            }
        });
        ThreadedReader {
            chunks,
            current: std::io::Cursor::new(Vec::new()),
        }
    }
}

/// Fills `buf` as far as the stream goes; an error after some bytes returns those bytes
/// first (the error comes again on the next call for a gzip stream that broke off).
fn read_full(inner: &mut dyn Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match inner.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) if filled > 0 => break,
            Err(err) => return Err(err),
        }
    }
    Ok(filled)
}

impl Read for ThreadedReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            let n = self.current.read(buf)?;
            if n > 0 || buf.is_empty() {
                return Ok(n);
            }
            match self.chunks.recv() {
                Ok(chunk) => self.current = std::io::Cursor::new(chunk?),
                Err(_) => return Ok(0),
            }
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::path::Path;

    use flate2::write::GzEncoder;
    use proptest::prelude::*;

    /// Writes `bytes` as `name` in `dir` and reads it.
    fn read_in(dir: &Path, name: &str, bytes: &[u8]) -> (Result<ReadReport>, Vec<Document>) {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let (format, gzip) = Format::from_name(name).expect("a supported name");
        let file = SourceFile {
            display: path.to_string_lossy().into_owned(),
            path,
            format,
            gzip,
        };
        let mut docs = Vec::new();
        let result = read_documents(&file, &mut |d| docs.push(d));
        (result, docs)
    }

    fn read(name: &str, bytes: &[u8]) -> (Result<ReadReport>, Vec<Document>) {
        let dir = tempfile::tempdir().unwrap();
        read_in(dir.path(), name, bytes)
    }

    fn gz(bytes: &[u8]) -> Vec<u8> {
        let mut enc = GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(bytes).unwrap();
        enc.finish().unwrap()
    }

    fn err_reason(result: Result<ReadReport>) -> String {
        match result {
            Err(Error::Unreadable { reason, .. }) => reason,
            other => panic!("expected Unreadable, got {other:?}"),
        }
    }

    #[test]
    fn text_file_is_one_document_with_the_path_as_id() {
        let dir = tempfile::tempdir().unwrap();
        let (report, docs) = read_in(
            dir.path(),
            "a.txt",
            b"Title\r\n\r\nOne.\r\n\r\nTwo.\rThree.",
        );
        let report = report.unwrap();
        assert_eq!((report.documents, report.warnings.len()), (1, 0));
        assert_eq!(docs[0].id, dir.path().join("a.txt").to_string_lossy());
        assert_eq!(docs[0].title.as_deref(), Some("Title"));
        assert_eq!(docs[0].paragraphs, ["One.", "Two.", "Three."]);
    }

    #[test]
    fn encodings_through_the_reader() {
        let utf16: Vec<u8> = b"\xFF\xFE"
            .iter()
            .copied()
            .chain(
                "T\u{00ED}tulo\n\nCuerpo."
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        for (bytes, title, warning) in [
            (&b"\xEF\xBB\xBFTitle\n\nBody."[..], "Title", None),
            (&utf16[..], "T\u{00ED}tulo", None),
            (
                b"Caf\xE9 owner\n\nBody.",
                "Caf\u{00E9} owner",
                Some("not valid UTF-8; decoded as Windows-1252"),
            ),
            (b"Ti\0tle\n\nBo\0dy.", "Title", None),
        ] {
            let (report, docs) = read("a.txt", bytes);
            assert_eq!(docs[0].title.as_deref(), Some(title), "{bytes:?}");
            assert_eq!(
                report.unwrap().warnings.first().map(String::as_str),
                warning
            );
        }
    }

    #[test]
    fn empty_whitespace_and_binary_files_are_errors() {
        for (name, bytes, want) in [
            ("a.txt", &b""[..], "no text"),
            ("a.txt", b" \n\t\r\n \xC2\xA0\n", "no text"),
            ("a.md", b"```\ncode only\n```\n", "no text"),
            ("a.html", b"<html><script>x()</script></html>", "no text"),
            ("a.jsonl", b"\n\n", "no text"),
            (
                "a.txt",
                b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
                "binary file (PNG image)",
            ),
            ("a.jsonl", b"%PDF-1.4\n", "binary file (PDF document)"),
            ("a.txt.gz", b"not gzip at all", "not a readable gzip file"),
        ] {
            let reason = err_reason(read(name, bytes).0);
            assert!(reason.starts_with(want), "{name} {bytes:?}: {reason}");
        }
    }

    #[test]
    fn gzip_files_are_decompressed() {
        let (report, docs) = read("a.txt.gz", &gz(b"Title\n\nBody."));
        assert_eq!(report.unwrap().documents, 1);
        assert_eq!(docs[0].paragraphs, ["Body."]);
    }

    #[test]
    fn truncated_gzip_keeps_what_was_read() {
        let lines: String = (0..2000).map(|i| format!("{{\"title\":\"t{i}\",\"text\":\"Paragraph number {i} of the corpus, with some words.\"}}\n")).collect();
        let full = gz(lines.as_bytes());
        let (report, docs) = read("a.jsonl.gz", &full[..full.len() / 2]);
        let report = report.unwrap();
        assert!(!docs.is_empty() && docs.len() < 2000, "{}", docs.len());
        assert_eq!(report.documents, docs.len());
        assert!(
            report
                .warnings
                .iter()
                .any(|w| w.starts_with(&format!("truncated gzip after {} documents", docs.len()))),
            "{report:?}"
        );

        let text = "Title\n\n".to_owned() + &"A paragraph of text that goes on. ".repeat(5000);
        let full = gz(text.as_bytes());
        let (report, docs) = read("a.txt.gz", &full[..full.len() / 2]);
        assert!(report.unwrap().warnings[0].starts_with("truncated or corrupt gzip"));
        assert!(!docs[0].paragraphs.is_empty());
    }

    #[test]
    fn json_lines_report_bad_lines_by_number() {
        let dir = tempfile::tempdir().unwrap();
        let input = b"{\"title\":\"A\",\"text\":\"One.\\n\\nTwo.\"}\n\n{not json}\n{\"title\":\"no body\"}\n[1,2]\n{\"body\":[\"Three.\"],\"date\":\"September 20, 2016\"}\r\n";
        let (report, docs) = read_in(dir.path(), "a.jsonl", input);
        let report = report.unwrap();
        let path = dir.path().join("a.jsonl").to_string_lossy().into_owned();
        assert_eq!(
            docs.iter().map(|d| d.id.clone()).collect::<Vec<_>>(),
            [format!("{path}:1"), format!("{path}:6")]
        );
        assert_eq!(docs[0].paragraphs, ["One.", "Two."]);
        assert_eq!(docs[1].date.as_deref(), Some("2016-09-20"));
        let bad: Vec<(u64, &str)> = report
            .bad_records
            .iter()
            .map(|(n, r)| (*n, r.split(':').next().unwrap()))
            .collect();
        assert_eq!(bad, [(3, "malformed JSON"), (4, "no text field (looked for text, body, content, article, story, full_text, maintext, description)"), (5, "not a JSON object but an array")]);
        assert_eq!(report.documents, 2);
    }

    #[test]
    fn json_lines_with_windows_1252_lines() {
        let (report, docs) = read("a.ndjson", b"{\"text\":\"caf\xE9\"}\n");
        assert_eq!(docs[0].paragraphs, ["caf\u{00E9}"]);
        assert!(report.unwrap().warnings[0].contains("decoded as Windows-1252"));
    }

    #[test]
    fn json_object_array_and_json_lines_in_a_json_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json").to_string_lossy().into_owned();
        let (_, docs) = read_in(
            dir.path(),
            "a.json",
            br#"{"headline":"H","content":"Body."}"#,
        );
        assert_eq!(
            (docs[0].id.as_str(), docs[0].title.as_deref()),
            (path.as_str(), Some("H"))
        );

        let (report, docs) = read_in(
            dir.path(),
            "a.json",
            br#"[{"text":"One."}, {"title":"x"}, {"text":"Three."}]"#,
        );
        assert_eq!(
            docs.iter().map(|d| d.id.clone()).collect::<Vec<_>>(),
            [format!("{path}:1"), format!("{path}:3")]
        );
        assert_eq!(report.unwrap().bad_records[0].0, 2);

        let (report, docs) = read_in(
            dir.path(),
            "a.json",
            b"{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n",
        );
        assert_eq!(docs.len(), 2);
        assert!(report.unwrap().warnings[0].contains("read as JSON Lines"));

        assert!(
            err_reason(read("b.json", br#"{"title":"no text"}"#).0).starts_with("no text field")
        );
        assert!(err_reason(read("b.json", b"{oops").0).starts_with("malformed JSON"));
    }

    #[test]
    fn html_and_markdown_through_the_reader() {
        let (_, docs) = read(
            "a.html",
            b"<title>T</title><body>Line one<br>Line two</body>",
        );
        assert_eq!(
            (docs[0].title.as_deref(), &docs[0].paragraphs[..]),
            (
                Some("T"),
                &["Line one".to_owned(), "Line two".to_owned()][..]
            )
        );
        let (_, docs) = read("a.md", b"# Heading\n\nSome *text*.");
        assert_eq!(
            (docs[0].title.as_deref(), &docs[0].paragraphs[..]),
            (Some("Heading"), &["Some text.".to_owned()][..])
        );
        let (report, docs) = read("a.htm", b"<meta charset=\"iso-8859-15\"><p>\xA4 5</p>");
        assert_eq!(docs[0].paragraphs, ["\u{20AC} 5"]);
        assert!(report.unwrap().warnings[0].contains("ISO-8859-15"));
    }

    #[test]
    fn a_very_long_single_line_is_split_into_passages() {
        let sentence = "Another sentence in a file that is one single enormous line. ";
        let text = sentence.repeat(4 * 1024 * 1024 / sentence.len());
        let (report, docs) = read("a.txt", text.as_bytes());
        assert_eq!(report.unwrap().documents, 1);
        let paras = &docs[0].paragraphs;
        assert!(paras.len() > 200);
        assert!(paras
            .iter()
            .all(|p| p.len() <= MAX_PARAGRAPH_BYTES && p.ends_with('.')));
        assert_eq!(paras.join(" ").len(), text.trim().len());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000), ext in prop::sample::select(vec!["txt", "html", "jsonl", "md", "json"])) {
            let (result, docs) = read(&format!("a.{ext}"), &bytes);
            if let Ok(report) = result {
                prop_assert_eq!(report.documents, docs.len());
            }
            for doc in &docs {
                for p in &doc.paragraphs {
                    prop_assert!(!p.is_empty());
                    prop_assert!(p.len() <= MAX_PARAGRAPH_BYTES);
                    prop_assert_eq!(p.trim(), p.as_str());
                }
            }
        }

        #[test]
        fn text_like_input_keeps_its_words(words in proptest::collection::vec("[a-zA-Z\u{e9}\u{201C}.,]{1,12}", 1..60), seps in proptest::collection::vec(prop::sample::select(vec![" ", "\n", "\n\n", "\r\n", "\u{a0}"]), 60)) {
            let text: String = words.iter().zip(&seps).flat_map(|(w, s)| [w.as_str(), s]).collect();
            let (result, docs) = read("a.txt", text.as_bytes());
            prop_assert!(result.is_ok());
            let doc = &docs[0];
            let got: Vec<&str> = doc.title.iter().chain(&doc.paragraphs).flat_map(|p| p.split(' ')).collect();
            prop_assert_eq!(got, words.iter().map(String::as_str).collect::<Vec<_>>());
        }
    }
}
