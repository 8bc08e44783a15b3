//! Messy input through the real binary: odd encodings, odd files, odd queries. Every fixture is
//! built by its test; nothing stops an indexing run, everything skipped is counted and listed,
//! and no query panics.

mod util;

use serde_json::Value;
use util::{counts, docs, json_lines, Dir};

/// `newsidx annotate PATH --json`, parsed.
fn annotate(dir: &Dir, path: &str) -> Vec<Value> {
    let (code, out, err) = dir.run(&["annotate", path, "--json"]);
    assert_eq!(code, 0, "annotate {path}: {err}");
    assert!(!err.contains("panicked"), "{err}");
    let records = json_lines(&out);
    // The headline is record 0, its text the title; these tests are about the paragraphs.
    for r in records.iter().filter(|r| r["paragraph"] == 0) {
        assert_eq!(r["text"], r["title"], "{r}");
    }
    records
        .into_iter()
        .filter(|r| r["paragraph"] != 0)
        .collect()
}

/// The speaker names of each record.
fn speakers(records: &[Value]) -> Vec<Vec<String>> {
    records
        .iter()
        .map(|r| {
            r["speakers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["name"].as_str().unwrap().to_owned())
                .collect()
        })
        .collect()
}

/// The texts of each record.
fn texts(records: &[Value]) -> Vec<String> {
    records
        .iter()
        .map(|r| r["text"].as_str().unwrap().to_owned())
        .collect()
}

/// Every quote's `start..end` cuts its text out of the paragraph.
fn assert_quote_spans(records: &[Value]) {
    for r in records {
        let text = r["text"].as_str().unwrap();
        for q in r["quotes"].as_array().unwrap() {
            let (s, e) = (
                q["start"].as_u64().unwrap() as usize,
                q["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(text.get(s..e), q["text"].as_str(), "{r}");
        }
    }
}

/// UTF-16 with a byte-order mark.
fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut bytes = if little_endian {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    bytes
}

const ARTICLE: &str = "Tide tables\n\n\
The harbour master published the tide tables on Monday.\n\n\
“The spring tides will be high this year,” said harbour master Lena Osei.\n";

// ---------------------------------------------------------------- encodings

#[test]
fn every_encoding_reads_to_the_same_paragraphs_and_speaker() {
    let dir = Dir::new();
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(ARTICLE.as_bytes());
    dir.write_bytes("corpus/bom.txt", &bom);
    dir.write_bytes("corpus/utf16le.txt", &utf16(ARTICLE, true));
    dir.write_bytes("corpus/utf16be.txt", &utf16(ARTICLE, false));
    dir.write("corpus/crlf.txt", &ARTICLE.replace('\n', "\r\n"));
    dir.write("corpus/cr.txt", &ARTICLE.replace('\n', "\r"));
    dir.write(
        "corpus/nul.txt",
        &ARTICLE.replace("tide tables on", "tide\0 tables\0 on"),
    );
    let want = annotate(&Dir::with_text("a.txt", ARTICLE), "a.txt");
    assert_eq!(speakers(&want), [vec![], vec!["Lena Osei".to_owned()]]);
    for name in ["bom", "utf16le", "utf16be", "crlf", "cr", "nul"] {
        let got = annotate(&dir, &format!("corpus/{name}.txt"));
        assert_eq!(texts(&got), texts(&want), "{name}");
        assert_eq!(speakers(&got), speakers(&want), "{name}");
        assert_eq!(
            got[0]["title"], "Tide tables",
            "{name}: BOM or NUL left in the title"
        );
        assert_quote_spans(&got);
    }
    let summary = dir.index(&[]);
    assert!(counts(&summary).starts_with("indexed 6 files"), "{summary}");
    assert_eq!(dir.search_json("\"spring tides\"", &[]).len(), 6);
    assert_eq!(dir.search_json("tide", &["--speaker", "osei"]).len(), 6);
}

#[test]
fn windows_1252_is_decoded_with_a_warning() {
    let dir = Dir::new();
    // “Café”, curly quotes and é/í in Windows-1252 (as in BBC sport/199.txt).
    dir.write_bytes(
        "corpus/latin.txt",
        b"Caf\xE9 reopens\r\n\r\nThe caf\xE9 on the quay reopened on Sunday.\r\n\r\n\
          \x93We are open again,\x94 said owner Jos\xE9 Mart\xEDnez.\r\n",
    );
    let records = annotate(&dir, "corpus/latin.txt");
    assert_eq!(records[0]["title"], "Café reopens");
    assert_eq!(
        texts(&records),
        [
            "The café on the quay reopened on Sunday.",
            "“We are open again,” said owner José Martínez."
        ]
    );
    assert_eq!(speakers(&records)[1], ["José Martínez"]);
    assert_quote_spans(&records);
    let (code, _, err) = dir.run(&["index", "corpus", "--verbose"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: corpus/latin.txt: not valid UTF-8; decoded as Windows-1252"),
        "{err}"
    );
    assert!(
        counts(&err).ends_with("1 warning (--verbose lists them)"),
        "{err}"
    );
    // Folding: `cafe` finds "café".
    assert_eq!(dir.search_json("cafe quay", &[]).len(), 1);
    assert_eq!(
        dir.search_json("reopened", &["--speaker", "martinez"])
            .len(),
        0
    );
    assert_eq!(dir.search_json("open", &["--speaker", "martinez"]).len(), 1);
}

#[test]
fn utf8_cut_in_the_middle_of_a_character_is_still_utf8() {
    let mut bytes = ARTICLE.as_bytes().to_vec();
    bytes.extend("Cut “".as_bytes());
    bytes.truncate(bytes.len() - 1); // `head -c` through the last curly quote
    let dir = Dir::new();
    dir.write_bytes("corpus/cut.txt", &bytes);
    let records = annotate(&dir, "corpus/cut.txt");
    assert_eq!(speakers(&records)[1], ["Lena Osei"], "{records:?}");
    assert!(
        texts(&records)[1].starts_with("“The spring tides"),
        "{records:?}"
    );
    let (code, _, err) = dir.run(&["index", "corpus", "--verbose"]);
    assert_eq!(code, 0);
    assert!(
        err.contains("ends in the middle of a UTF-8 character"),
        "{err}"
    );
    assert!(!err.contains("Windows-1252"), "{err}");
}

#[test]
fn mojibake_in_valid_utf8_is_left_as_it_is() {
    let text = "Mojibake\n\nThe mayor said he donâ€™t know, â€œmaybeâ€\u{9d} next year.\n";
    let dir = Dir::with_text("corpus/moji.txt", text);
    let records = annotate(&dir, "corpus/moji.txt");
    assert_eq!(
        texts(&records),
        ["The mayor said he donâ€™t know, â€œmaybeâ€\u{9d} next year."]
    );
    let (code, _, err) = dir.run(&["index", "corpus", "--verbose"]);
    assert_eq!(code, 0);
    assert!(!err.contains("warning"), "{err}");
}

#[test]
fn invisible_and_non_breaking_spaces_do_not_hide_a_speaker() {
    let text = "Spaces\n\n\
        “We will sail at dawn,” Jane\u{00A0}Doe said.\n\n\
        Tom\u{200B} Reed said: “The fog\u{200B} is\u{00A0}thick tonight.”\n\n\
        “The\u{FEFF} nets are full,” said fisherman Ole\u{200D}Berg.\n";
    let dir = Dir::with_text("corpus/spaces.txt", text);
    let records = annotate(&dir, "corpus/spaces.txt");
    assert_quote_spans(&records);
    assert_eq!(speakers(&records)[0], ["Jane Doe"], "{records:?}");
    assert_eq!(speakers(&records)[1], ["Tom Reed"], "{records:?}");
    for r in &records {
        let t = r["text"].as_str().unwrap();
        assert!(
            !t.contains(['\u{00A0}', '\u{200B}', '\u{FEFF}']),
            "invisible characters kept: {t:?}"
        );
    }
    assert_eq!(
        records[1]["quotes"][0]["text"], "The fog is thick tonight.",
        "{records:?}"
    );
    dir.index(&[]);
    assert_eq!(dir.search_json("dawn", &["--speaker", "Jane Doe"]).len(), 1);
    assert_eq!(dir.search_json("\"fog is thick\"", &[]).len(), 1);
}

// ---------------------------------------------------------------- files

#[test]
fn empty_blank_and_binary_files_are_skipped_by_reason() {
    let dir = Dir::with_text("corpus/good.txt", ARTICLE);
    dir.write("corpus/empty.txt", "");
    dir.write("corpus/blank.md", "  \n\t\n\u{00A0}\n\n");
    // A PNG renamed .txt, and random-looking bytes.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06".to_vec();
    png.extend((0..2000u32).map(|i| (i * 7919 % 251) as u8));
    dir.write_bytes("corpus/photo.txt", &png);
    let noise: Vec<u8> = (0..4000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    dir.write_bytes("corpus/noise.html", &noise);
    dir.write(
        "corpus/nop.html",
        "<html><head><title>Only a title</title></head><body></body></html>",
    );
    let (code, _, err) = dir.run(&["index", "corpus", "--verbose", "--report", "report.tsv"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let summary = counts(&err);
    assert!(summary.starts_with("indexed 1 file "), "{err}");
    assert!(
        summary.ends_with("skipped 5 (2 binary, 3 empty)"),
        "summary by reason: {err}"
    );
    for line in [
        "skipped: corpus/empty.txt: no text (empty or whitespace-only file)",
        "skipped: corpus/blank.md: no text",
        "skipped: corpus/photo.txt: binary file (PNG image)",
        "skipped: corpus/noise.html: binary file",
        "skipped: corpus/nop.html: no text (no paragraph found)",
    ] {
        assert!(err.contains(line), "no {line:?} in {err}");
    }
    let report = std::fs::read_to_string(dir.join("report.tsv")).unwrap();
    let mut lines: Vec<&str> = report.lines().collect();
    lines.sort();
    assert_eq!(lines.len(), 5, "{report}");
    assert!(lines[0].starts_with("corpus/blank.md\tempty\t"), "{report}");
    assert!(
        lines[2].starts_with("corpus/noise.html\tbinary\t"),
        "{report}"
    );
    assert!(
        lines[4].starts_with("corpus/photo.txt\tbinary\tbinary file (PNG image)"),
        "{report}"
    );
    assert_eq!(dir.search_json("\"spring tides\"", &[]).len(), 1);
}

#[test]
fn html_without_paragraph_tags_keeps_its_text() {
    let dir = Dir::with_text(
        "corpus/divs.html",
        "<html><head><title>Cliff path closed</title></head><body>\
         <div>The cliff path below the lighthouse closed after a rockfall.</div>\
         Loose text: walkers must use the beach road.<br>\
         <span>“Nobody should climb there,” said ranger Ada Holm.</span></body></html>",
    );
    let records = annotate(&dir, "corpus/divs.html");
    let all = texts(&records).join("\n");
    assert!(all.contains("rockfall"), "{all}");
    assert!(all.contains("beach road"), "{all}");
    assert!(all.contains("Nobody should climb there"), "{all}");
    assert!(
        speakers(&records).concat().contains(&"Ada Holm".to_owned()),
        "{records:?}"
    );
    dir.index(&[]);
    assert_eq!(
        docs(&dir.search_json("rockfall", &[])),
        ["corpus/divs.html"]
    );
}

#[test]
fn json_without_a_text_field_is_skipped_and_jsonl_bad_lines_are_listed_by_number() {
    let dir = Dir::new();
    dir.write(
        "corpus/title-only.json",
        r#"{"title": "Only a title", "date": "2024-01-01"}"#,
    );
    dir.write(
        "corpus/feed.jsonl",
        "{\"text\": \"The first buoy was painted red.\"}\n\
         {not json\n\
         \n\
         {\"title\": \"no text here\"}\n\
         [1, 2]\n\
         {\"text\": \"The second buoy was painted green.\"}\n\
         \"a string\"\n\
         {\"text\": \"The third buoy was painted \n",
    );
    let (code, _, err) = dir.run(&["index", "corpus", "--verbose", "--report", "r.tsv"]);
    assert_eq!(code, 0, "{err}");
    for line in [
        "skipped: corpus/title-only.json: no text field",
        "skipped: corpus/feed.jsonl:2: malformed JSON",
        "skipped: corpus/feed.jsonl:4: no text field",
        "skipped: corpus/feed.jsonl:5: not a JSON object but an array",
        "skipped: corpus/feed.jsonl:7: not a JSON object but a string",
        "skipped: corpus/feed.jsonl:8: malformed JSON",
    ] {
        assert!(err.contains(line), "no {line:?} in {err}");
    }
    assert!(
        counts(&err).ends_with("skipped 6 (5 bad record, 1 no text field)"),
        "{err}"
    );
    let report = std::fs::read_to_string(dir.join("r.tsv")).unwrap();
    assert_eq!(report.lines().count(), 6, "{report}");
    assert!(
        report.contains("corpus/feed.jsonl:8\tbad record\tmalformed JSON"),
        "{report}"
    );
    assert_eq!(
        docs(&dir.search_json("buoy", &[])),
        ["corpus/feed.jsonl:1", "corpus/feed.jsonl:6"]
    );
}

#[test]
fn a_truncated_gzip_keeps_what_it_holds_and_says_so() {
    let dir = Dir::new();
    let lines: String = (1..=3000)
        .map(|i| format!("{{\"title\": \"Tide {i}\", \"text\": \"Tide report number {i} for the outer buoy.\"}}\n"))
        .collect();
    dir.write_gz("corpus/full.jsonl.gz", &lines);
    let gz = std::fs::read(dir.join("corpus/full.jsonl.gz")).unwrap();
    dir.remove("corpus/full.jsonl.gz");
    dir.write_bytes("corpus/cut.jsonl.gz", &gz[..gz.len() / 2]);
    dir.write_bytes("corpus/header-only.txt.gz", &gz[..6]);
    let article: String = (1..=400)
        .map(|i| format!("Paragraph {i} about the outer buoy and its light.\n\n"))
        .collect();
    dir.write_gz("corpus/article.txt.gz", &article);
    let gz = std::fs::read(dir.join("corpus/article.txt.gz")).unwrap();
    dir.write_bytes("corpus/article.txt.gz", &gz[..gz.len() * 2 / 3]);

    let (code, _, err) = dir.run(&["index", "corpus", "--verbose"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: corpus/cut.jsonl.gz: truncated gzip after"),
        "{err}"
    );
    assert!(
        err.contains("warning: corpus/article.txt.gz: truncated or corrupt gzip"),
        "{err}"
    );
    assert!(
        err.contains("skipped: corpus/header-only.txt.gz: not a readable gzip file"),
        "{err}"
    );
    assert!(
        counts(&err).ends_with("skipped 1 (1 corrupt gzip); 2 warnings (--verbose lists them)"),
        "{err}"
    );
    // The lines before the cut are all there, in order, and nothing after it.
    let kept: usize = err
        .split("truncated gzip after ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("a document count in the warning");
    assert!(kept > 100 && kept < 3000, "{kept}");
    let hits = dir.search_json("report", &["--limit", "5000"]);
    let mut lines: Vec<usize> = docs(&hits)
        .iter()
        .map(|d| d.rsplit(':').next().unwrap().parse().unwrap())
        .collect();
    lines.sort();
    assert_eq!(lines, (1..=kept).collect::<Vec<_>>());
    assert!(!dir.search_json("buoy", &["--limit", "5000"]).is_empty());
}

#[test]
fn deep_folders_symlink_loops_and_dangling_links_do_not_stop_the_walk() {
    let dir = Dir::with_text("corpus/top.txt", ARTICLE);
    let deep: String = (0..100).map(|i| format!("d{i}/")).collect();
    dir.write(
        &format!("corpus/{deep}bottom.txt"),
        "Deep\n\nThe deepest buoy in the bay was found.\n",
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink("..", dir.join("corpus/d0/d1/up")).unwrap();
        symlink(dir.join("corpus"), dir.join("corpus/d0/root")).unwrap();
        // A file deleted between the listing and the reading looks like this to the reader.
        symlink(dir.join("corpus/deleted.txt"), dir.join("corpus/gone.txt")).unwrap();
    }
    let (code, _, err) = dir.run(&["index", "corpus", "--verbose"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        docs(&dir.search_json("buoy", &[])),
        [format!("corpus/{deep}bottom.txt")]
    );
    if cfg!(unix) {
        assert!(
            err.contains("skipped: corpus/d0/d1/up: symlink loop"),
            "{err}"
        );
        assert!(
            err.contains("skipped: corpus/d0/root: symlink loop"),
            "{err}"
        );
        assert!(
            err.contains("skipped: corpus/gone.txt: No such file or directory"),
            "{err}"
        );
        assert!(
            counts(&err).ends_with("skipped 3 (2 symlink loop, 1 unreadable)"),
            "{err}"
        );
    }
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_skipped_or_read_by_root() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Dir::with_text("corpus/open.txt", ARTICLE);
    dir.write("corpus/locked.txt", "Locked\n\nThe locked buoy log.\n");
    dir.write(
        "corpus/shut/inside.txt",
        "Shut\n\nThe buoy inside a shut folder.\n",
    );
    let mode = |rel: &str, m: u32| {
        std::fs::set_permissions(dir.join(rel), std::fs::Permissions::from_mode(m)).unwrap()
    };
    mode("corpus/locked.txt", 0o000);
    mode("corpus/shut", 0o000);
    // Root (these tests run as root in CI) reads chmod-000 files; then there is nothing to skip.
    let as_root = std::fs::File::open(dir.join("corpus/locked.txt")).is_ok();
    let (code, _, err) = dir.run(&["index", "corpus", "--verbose"]);
    mode("corpus/shut", 0o755);
    assert_eq!(code, 0, "{err}");
    let found = docs(&dir.search_json("buoy", &[]));
    if as_root {
        assert_eq!(found, ["corpus/locked.txt", "corpus/shut/inside.txt"]);
        assert!(!counts(&err).contains("skipped"), "{err}");
    } else {
        assert!(found.is_empty(), "{found:?}");
        assert!(
            err.contains("skipped: corpus/locked.txt: Permission denied"),
            "{err}"
        );
        assert!(
            err.contains("skipped: corpus/shut: Permission denied"),
            "{err}"
        );
        assert!(counts(&err).ends_with("skipped 2 (2 unreadable)"), "{err}");
    }
    assert_eq!(dir.search_json("\"spring tides\"", &[]).len(), 1);
}

#[cfg(unix)]
#[test]
fn non_utf8_file_names_are_distinct_documents() {
    use std::os::unix::ffi::OsStrExt;
    let dir = Dir::new();
    std::fs::create_dir_all(dir.join("corpus")).unwrap();
    let e9 = dir
        .join("corpus")
        .join(std::ffi::OsStr::from_bytes(b"caf\xE9.txt"));
    let e8 = dir
        .join("corpus")
        .join(std::ffi::OsStr::from_bytes(b"caf\xE8.txt"));
    if std::fs::write(&e9, "One\n\nThe first buoy cafe sells zebra cakes.\n").is_err() {
        return; // A file system that refuses non-UTF-8 names.
    }
    std::fs::write(&e8, "Two\n\nThe second buoy cafe sells yak cheese.\n").unwrap();
    dir.index(&[]);
    assert_eq!(
        docs(&dir.search_json("buoy", &[])),
        ["corpus/caf\\xE8.txt", "corpus/caf\\xE9.txt"]
    );
    // Re-indexing changes nothing: before names were escaped, both files were `caf\u{FFFD}.txt`
    // and the second run dropped one of them.
    let again = dir.index(&[]);
    assert!(
        counts(&again).starts_with("indexed 0 files (2 unchanged, 0 removed)"),
        "{again}"
    );
    assert_eq!(dir.search_json("zebra", &[]).len(), 1);
    assert_eq!(dir.search_json("yak", &[]).len(), 1);
    std::fs::remove_file(&e8).unwrap();
    let removed = dir.index(&[]);
    assert!(
        counts(&removed).starts_with("indexed 0 files (1 unchanged, 1 removed)"),
        "{removed}"
    );
    assert_eq!(dir.search_json("zebra", &[]).len(), 1);
    assert!(dir.search_json("yak", &[]).is_empty());
}

// ---------------------------------------------------------------- queries

#[test]
fn odd_queries_give_a_result_or_a_clear_message_never_a_panic() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    let long_words = "lighthouse ".repeat(910); // 10,010 characters
    let many_words: String = (0..1500).map(|i| format!("w{i} ")).collect();
    let one_token = "a".repeat(10_000);
    let deep = format!("{}lighthouse{}", "(".repeat(5000), ")".repeat(5000));
    let quotes = "\"".repeat(10_000);
    // (query, expected exit code (-1: 0 or 1, a lenient search), text that stderr must contain)
    let cases: &[(&str, i32, &str)] = &[
        ("\"lighthouse keeper", 0, ""),
        ("(lighthouse", 0, ""),
        ("lighthouse)", 0, ""),
        ("lighthouse AND (storm OR", 0, ""),
        ("AND", -1, ""),
        ("OR", -1, ""),
        ("lighthouse AND", 0, ""),
        ("+", 2, "nothing to search for"),
        ("-", 2, "nothing to search for"),
        ("((((", 2, "nothing to search for"),
        (
            "nosuchfield:lighthouse",
            -1,
            "`nosuchfield:` is not a field",
        ),
        ("speaker:", 2, "nothing to search for"),
        ("/light.*/", -1, "regular expressions are not supported"),
        ("light.*", -1, ""),
        ("the of and", 0, ""),
        ("the", 0, ""),
        ("-lighthouse", 2, "the query only excludes words"),
        ("-lighthouse -storm", 2, "the query only excludes words"),
        (long_words.as_str(), 0, ""),
        (many_words.as_str(), 1, ""),
        (one_token.as_str(), 1, ""),
        (deep.as_str(), 2, "parentheses nested 5000 deep"),
        (quotes.as_str(), 2, "invalid query"),
    ];
    for &(query, want, message) in cases {
        let shown: String = query.chars().take(30).collect();
        let (code, out, err) = dir.run(&["search", query]);
        assert!(
            !err.contains("panicked") && !err.contains("overflow"),
            "{shown:?}: {err}"
        );
        if want == -1 {
            assert!(code == 0 || code == 1, "{shown:?}: {code} {err}");
        } else {
            assert_eq!(code, want, "{shown:?}: {err}");
        }
        assert!(err.contains(message), "{shown:?}: {err}");
        if code == 2 {
            assert!(
                err.starts_with("newsidx: invalid query: "),
                "{shown:?}: {err}"
            );
            assert!(
                err.len() < 300,
                "{shown:?}: message echoes the whole query: {err}"
            );
            assert!(out.is_empty());
        }
    }
}

/// A file that is one huge line (a minified dump): split into paragraphs of bounded size,
/// indexed whole, searchable at both ends.
fn one_line_file(megabytes: usize) {
    let sentence = "The ferry workers of Port Alder walked out on Monday. \
        “We will not sail until the council pays,” said union leader Mara Quint. ";
    let mut line = String::with_capacity(megabytes << 20);
    line.push_str("openingword ");
    while line.len() < (megabytes << 20) {
        line.push_str(sentence);
    }
    line.push_str("closingword");
    let dir = Dir::with_text("corpus/line.txt", &line);
    let summary = dir.index(&[]);
    assert!(counts(&summary).starts_with("indexed 1 file"), "{summary}");
    for word in ["openingword", "closingword"] {
        assert_eq!(
            docs(&dir.search_json(word, &[])),
            ["corpus/line.txt"],
            "{word}"
        );
    }
    let hits = dir.search_json("ferry", &["--limit", "100000"]);
    let max = newsidx::document::MAX_PARAGRAPH_BYTES;
    assert!(
        hits.len() >= (megabytes << 20) / max,
        "{} paragraphs",
        hits.len()
    );
    assert!(hits
        .iter()
        .all(|h| h["text"].as_str().unwrap().len() <= max));
}

/// 4 MB keeps `cargo test` quick (about 5 s in a debug build); the reader splits the line
/// every `MAX_PARAGRAPH_BYTES`, so 4 MB already goes through that path some 200 times and the
/// cost is linear (2 MB took 2.7 s, 100 MB in a release build: see the ignored test).
#[test]
fn a_4_mb_single_line_is_split_and_indexed() {
    one_line_file(4);
}

#[test]
#[ignore = "100 MB: about 2 minutes in a debug build; run with --release -- --ignored"]
fn a_100_mb_single_line_is_split_and_indexed() {
    one_line_file(100);
}
