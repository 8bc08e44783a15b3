//! Property tests over the whole read → paragraphs → annotation path: any bytes, in any format,
//! never panic, and every offset an annotation gives is a valid slice of its paragraph.

use std::path::Path;

use newsidx::corpus::{Format, SourceFile};
use newsidx::document::{read_documents, Document};
use newsidx::record::Record;
use proptest::prelude::*;

/// Writes `bytes` as `name` in `dir` and reads its documents (an unreadable file gives none).
fn documents(dir: &Path, name: &str, bytes: &[u8]) -> Vec<Document> {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    let (format, gzip) = Format::from_name(name).unwrap();
    let file = SourceFile {
        display: name.to_owned(),
        path,
        format,
        gzip,
    };
    let mut docs = Vec::new();
    let _ = read_documents(&file, &mut |d| docs.push(d));
    docs
}

/// Every quote and reported span of every record lies on char boundaries of its text, and a
/// quote's span is its text.
fn check_records(docs: &[Document]) -> Result<(), TestCaseError> {
    for doc in docs {
        let records = Record::from_document(doc);
        let headline = usize::from(newsidx::annotate::headline(doc).is_some());
        prop_assert_eq!(records.len(), doc.paragraphs.len() + headline);
        for r in &records {
            let text = r.text.as_str();
            for q in &r.quotes {
                prop_assert!(
                    q.start <= q.end && q.end <= text.len(),
                    "{:?} in {:?}",
                    q,
                    text
                );
                prop_assert!(
                    text.is_char_boundary(q.start) && text.is_char_boundary(q.end),
                    "{:?} in {:?}",
                    q,
                    text
                );
                prop_assert_eq!(&text[q.start..q.end], q.text.as_str(), "{:?}", text);
            }
            for &(s, e) in &r.reported {
                prop_assert!(
                    s <= e && text.get(s..e).is_some(),
                    "reported {}..{} in {:?}",
                    s,
                    e,
                    text
                );
            }
            for speaker in &r.speakers {
                prop_assert!(!speaker.name.is_empty(), "{:?}", r);
            }
            let _ = r.said_text();
        }
    }
    Ok(())
}

/// Pieces of news prose and of the things that break it: quote marks of every kind, names
/// split by invisible or non-breaking spaces, cue verbs, pronouns, line endings, NUL, BOM.
const PIECES: &[&str] = &[
    "said",
    "told",
    "says",
    "according to",
    "he",
    "she",
    "they",
    "the president",
    "Trump",
    "Donald Trump",
    "Gustavo Petro",
    "Petro",
    "Jane\u{00A0}Doe",
    "Jo\u{200B}hn Smith",
    "Mr.",
    "Dr.",
    "O'Neil",
    "the",
    "cocaine",
    "Colombia",
    ",",
    ".",
    ":",
    ";",
    "—",
    "(",
    ")",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    "``",
    "''",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\0",
    "\u{FEFF}",
    "\u{200D}",
    "\u{00AD}",
    "é",
    "ß",
    "日本",
    "🙂",
    "e\u{301}",
    "Ā",
    "â€™",
    "â€œ",
    "\u{9D}",
    "\u{FFFD}",
    "\u{2028}",
    "\u{85}",
    "    ",
];

fn prose() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_bytes_in_any_format_never_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..3000),
        ext in prop::sample::select(vec!["txt", "md", "html", "json", "jsonl"]),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let docs = documents(dir.path(), &format!("a.{ext}"), &bytes);
        check_records(&docs)?;
    }

    #[test]
    fn news_like_text_keeps_every_span_valid(text in prose(), utf16 in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        let bytes: Vec<u8> = if utf16 {
            [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect()
        } else {
            text.clone().into_bytes()
        };
        check_records(&documents(dir.path(), "a.txt", &bytes))?;
        let html = format!("<html><body><p>{}</p></body></html>", text.replace("\n\n", "</p><p>"));
        check_records(&documents(dir.path(), "a.html", html.as_bytes()))?;
        let json = serde_json::json!({ "title": "T", "text": text }).to_string();
        check_records(&documents(dir.path(), "a.jsonl", format!("{json}\n{json}\n").as_bytes()))?;
    }
}
