//! The whole pipeline through the real binary: index a fixture corpus, search it, re-index it.

mod util;

use util::{counts, docs, ids, Dir};

const ALL_DOCS: &[&str] = &[
    "corpus/council.html",
    "corpus/harbour.txt",
    "corpus/notes/market.md",
    "corpus/wire/archive.jsonl.gz:1",
    "corpus/wire/archive.jsonl.gz:2",
    "corpus/wire/feed.jsonl:1",
    "corpus/wire/storm.json",
];

#[test]
fn every_format_is_indexed_and_found() {
    let dir = Dir::with_fixture();
    let summary = dir.index(&[]);
    assert!(
        counts(&summary).starts_with("indexed 6 files (0 unchanged, 0 removed)"),
        "{summary}"
    );
    let hits = dir.search_json("lighthouse", &[]);
    assert_eq!(docs(&hits), ALL_DOCS);
    for hit in &hits {
        for key in [
            "id",
            "doc",
            "paragraph",
            "text",
            "speakers",
            "quotes",
            "entities",
            "rank",
            "score",
            "snippet",
        ] {
            assert!(hit.get(key).is_some(), "no {key} in {hit}");
        }
    }
    let ranks: Vec<u64> = hits.iter().map(|h| h["rank"].as_u64().unwrap()).collect();
    assert_eq!(ranks, (1..=hits.len() as u64).collect::<Vec<_>>());
}

#[test]
fn html_boilerplate_is_not_indexed() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    assert!(dir.search_json("var", &[]).is_empty());
    assert!(dir.search_json("home", &[]).is_empty());
}

#[test]
fn reindexing_an_unchanged_corpus_does_nothing() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    let before = ids(&dir.search_json("lighthouse", &[]));
    let summary = dir.index(&[]);
    assert_eq!(
        counts(&summary),
        "indexed 0 files (6 unchanged, 0 removed): 0 paragraphs, 0 quotes, 0 speakers"
    );
    assert_eq!(ids(&dir.search_json("lighthouse", &[])), before);
}

#[test]
fn a_changed_file_alone_is_reindexed_and_replaces_its_records() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    let paragraphs = dir.search_json("lighthouse", &[]).len();
    dir.write(
        "corpus/notes/market.md",
        "# Fish market reopens\n\nThe fish market reopened beside the old lighthouse and sold albatross-shaped biscuits.\n",
    );
    let summary = dir.index(&[]);
    assert!(
        counts(&summary).starts_with("indexed 1 file (5 unchanged, 0 removed)"),
        "{summary}"
    );
    assert_eq!(dir.search_json("albatross", &[]).len(), 1);
    assert!(
        dir.search_json("\"sea gave\"", &[]).is_empty(),
        "old records were not removed"
    );
    // Same number of lighthouse paragraphs: nothing duplicated.
    assert_eq!(dir.search_json("lighthouse", &[]).len(), paragraphs);
}

#[test]
fn a_deleted_file_loses_its_records() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    dir.remove("corpus/wire/feed.jsonl");
    let summary = dir.index(&[]);
    assert!(
        counts(&summary).starts_with("indexed 0 files (5 unchanged, 1 removed)"),
        "{summary}"
    );
    assert!(dir.search_json("regatta", &[]).is_empty());
    assert!(!docs(&dir.search_json("lighthouse", &[]))
        .contains(&"corpus/wire/feed.jsonl:1".to_string()));
}

#[test]
fn rebuild_starts_over_with_the_same_records() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    let before = ids(&dir.search_json("lighthouse", &[]));
    let summary = dir.index(&["--rebuild"]);
    assert!(
        counts(&summary).starts_with("indexed 6 files (0 unchanged, 0 removed)"),
        "{summary}"
    );
    assert_eq!(ids(&dir.search_json("lighthouse", &[])), before);
}

#[test]
fn a_byte_identical_copy_is_skipped_as_a_duplicate() {
    let dir = Dir::with_fixture();
    let original = std::fs::read_to_string(dir.join("corpus/harbour.txt")).unwrap();
    dir.write("corpus/copy/harbour-copy.txt", &original);
    let (code, _, err) = dir.run(&["index", "corpus", "--verbose"]);
    assert_eq!(code, 0);
    assert!(
        err.contains("corpus/harbour.txt: duplicate of corpus/copy/harbour-copy.txt")
            || err.contains("corpus/copy/harbour-copy.txt: duplicate of corpus/harbour.txt"),
        "{err}"
    );
    assert!(counts(&err).ends_with("skipped 1 (1 duplicate)"), "{err}");
    assert_eq!(dir.search_json("\"walked out\"", &[]).len(), 1);
}

#[test]
fn skipped_files_are_counted_listed_and_reported() {
    let dir = Dir::with_fixture();
    dir.write_bytes("corpus/photo.png", &[0x89, b'P', b'N', b'G', 0, 0, 0, 13]);
    dir.write_bytes(
        "corpus/fake.txt",
        &[0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0, 0, 1, 2, 3],
    );
    dir.write(
        "corpus/wire/broken.jsonl",
        "{\"text\": \"A good lighthouse line.\"}\n{not json\n",
    );
    let (code, _, err) = dir.run(&["index", "corpus", "--verbose", "--report", "skipped.tsv"]);
    assert_eq!(code, 0, "{err}");
    let summary = counts(&err);
    assert!(summary.contains("skipped"), "{err}");
    assert!(err.contains("skipped: corpus/photo.png"), "{err}");
    assert!(err.contains("skipped: corpus/fake.txt"), "{err}");
    assert!(err.contains("skipped: corpus/wire/broken.jsonl:2"), "{err}");
    let report = std::fs::read_to_string(dir.join("skipped.tsv")).unwrap();
    assert_eq!(report.lines().count(), 3, "{report}");
    // The good line of the broken file is indexed.
    assert!(docs(&dir.search_json("lighthouse", &[]))
        .contains(&"corpus/wire/broken.jsonl:1".to_string()));
}

#[test]
fn the_default_index_is_built_from_corpus_on_first_search() {
    let dir = Dir::with_fixture();
    let (code, out, err) = dir.run(&["search", "regatta"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("building it from corpus/"), "{err}");
    assert!(out.contains("corpus/wire/feed.jsonl:1"), "{out}");
    assert!(dir.join("index/meta.json").exists());
    // The second search uses it silently.
    let (code, _, err) = dir.run(&["search", "regatta"]);
    assert_eq!((code, err.as_str()), (0, ""));
}

#[test]
fn filters_narrow_the_results() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    let dated = docs(&dir.search_json(
        "lighthouse",
        &["--since", "2024-01-01", "--until", "2024-03-31"],
    ));
    assert_eq!(dated, ["corpus/wire/storm.json"]);
    let since = docs(&dir.search_json("lighthouse", &["--since", "2024-04-01"]));
    assert_eq!(since, ["corpus/wire/feed.jsonl:1"]);
    let page1 = ids(&dir.search_json("lighthouse", &["--limit", "2"]));
    let mut args = vec![
        "search",
        "lighthouse",
        "--json",
        "--limit",
        "2",
        "--offset",
        "2",
    ];
    let (_, out, _) = dir.run(&args);
    let page2 = ids(&util::json_lines(&out));
    assert_eq!(page1.len(), 2);
    assert_eq!(page2.len(), 2);
    assert!(page1.iter().all(|id| !page2.contains(id)));
    args.truncate(2);
}

#[test]
fn exit_codes_are_like_grep() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    assert_eq!(dir.run(&["search", "lighthouse"]).0, 0);
    assert_eq!(dir.run(&["search", "zeppelin"]).0, 1);
    let (code, _, err) = dir.run(&["search", "lighthouse", "--since", "last week"]);
    assert_eq!(code, 2);
    assert!(err.contains("YYYY-MM-DD"), "{err}");
    let (code, _, err) = dir.run(&["search", "lighthouse", "--index", "nowhere"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no index at nowhere") && err.contains("newsidx index"),
        "{err}"
    );
    let (code, _, err) = dir.run(&["index", "missing-corpus"]);
    assert_eq!(code, 2);
    assert!(err.contains("missing-corpus"), "{err}");
}

#[test]
fn malformed_queries_never_panic() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    let long = "lighthouse ".repeat(2000);
    for query in [
        "\"lighthouse",
        "(lighthouse",
        "lighthouse)",
        "AND",
        "OR",
        "lighthouse AND",
        "+",
        "-",
        "nosuchfield:lighthouse",
        "speaker:",
        ":",
        "/light.*/",
        "title:[a TO",
        "\"\"",
        "*",
        "the of and",
        "-lighthouse",
        "((((",
        "lighthouse^",
        "a AND NOT b",
        "\\",
        long.as_str(),
    ] {
        let (code, _, err) = dir.run(&["search", query]);
        assert!(!err.contains("panicked"), "{query:?} panicked: {err}");
        assert!(matches!(code, 0..=2), "{query:?}: exit {code}");
        if code == 2 {
            assert!(err.starts_with("newsidx: "), "{query:?}: {err}");
        }
    }
    let (code, _, err) = dir.run(&["search", "-lighthouse"]);
    assert_eq!(code, 2);
    assert!(err.contains("only excludes"), "{err}");
}

#[test]
fn exclusions_and_phrases_work_from_the_command_line() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    let all = dir.search_json("lighthouse", &[]).len();
    let without = dir.search_json("lighthouse", &["-keeper"]).len();
    assert!(without < all, "{without} < {all}");
    let (_, out, _) = dir.run(&[
        "search",
        "lighthouse",
        "-keeper",
        "--json",
        "--limit",
        "100",
    ]);
    assert!(util::json_lines(&out)
        .iter()
        .all(|h| !h["text"].as_str().unwrap().contains("keeper")));
    // The headline "Fish market reopens after the storm" is a passage of its own.
    let hits = dir.search_json("\"fish market\"", &[]);
    let paragraphs: Vec<_> = hits
        .iter()
        .map(|h| h["paragraph"].as_u64().unwrap())
        .collect();
    assert_eq!(paragraphs.len(), 2, "{hits:?}");
    assert!(
        paragraphs.contains(&0) && paragraphs.contains(&1),
        "{paragraphs:?}"
    );
}

#[test]
fn everyday_words_do_not_empty_a_search() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    let hits = dir.search_json("what is the storm warning for the coast", &[]);
    assert_eq!(hits[0]["doc"], "corpus/wire/storm.json");
}

#[test]
fn annotate_prints_records_without_indexing() {
    let dir = Dir::with_fixture();
    let (code, out, err) = dir.run(&["annotate", "corpus/harbour.txt", "--json"]);
    assert_eq!(code, 0, "{err}");
    let records = util::json_lines(&out);
    assert_eq!(records.len(), 5, "the headline and four paragraphs");
    let headline = "Ferry strike leaves harbour town stranded";
    assert_eq!(records[0]["paragraph"], 0);
    assert_eq!(records[0]["text"], headline);
    assert_eq!(records[1]["title"], headline);
    assert_eq!(records[2]["paragraph"], 2);
    assert_eq!(records[2]["id"], "corpus/harbour.txt#2");
    let quote = &records[2]["quotes"][0];
    let text = records[2]["text"].as_str().unwrap();
    let (start, end) = (
        quote["start"].as_u64().unwrap() as usize,
        quote["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], quote["text"].as_str().unwrap());
    assert!(!dir.join("index/meta.json").exists());

    let (code, human, _) = dir.run(&["annotate", "corpus/notes"]);
    assert_eq!(code, 0);
    assert!(human.starts_with("corpus/notes/market.md ¶0"), "{human}");
}

#[test]
fn speakers_lists_the_index_speakers() {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    let (code, out, err) = dir.run(&["speakers", "--json"]);
    assert!(code == 0 || code == 1, "{err}");
    for line in util::json_lines(&out) {
        assert!(
            line["speaker"].is_string() && line["paragraphs"].as_u64().unwrap() >= 1,
            "{line}"
        );
    }
}

#[test]
fn who_said_keeps_a_description_to_its_own_article() {
    let dir = Dir::new();
    dir.write(
        "corpus/a.txt",
        "Rates rise\n\nAnalysts said interest rates would rise again in May.\n\n\
         Mervyn King said interest rates may have to rise.\n",
    );
    dir.write(
        "corpus/b.txt",
        "Rates hold\n\nAnalysts said interest rates had peaked for the year.\n\n\
         Mervyn King said interest rates were right where they should be.\n",
    );
    dir.index(&[]);
    let (code, out, err) = dir.run(&["search", "who said interest rates"]);
    assert_eq!(code, 0, "{err}");
    let headers: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()) && l.contains(" — "))
        .collect();
    assert_eq!(headers.len(), 3, "{out}");
    assert!(headers[0].ends_with("Mervyn King — 2 paragraphs"), "{out}");
    for h in &headers[1..] {
        assert!(h.ends_with("Analysts (unnamed) — 1 paragraph"), "{out}");
    }
    let hits = dir.search_json("who said interest rates", &[]);
    let analysts: Vec<_> = hits.iter().filter(|h| h["group"] == "Analysts").collect();
    assert_eq!(analysts.len(), 2, "{hits:?}");
    assert!(
        analysts.iter().all(|h| h["group_unnamed"] == true),
        "{hits:?}"
    );
    assert!(
        hits.iter()
            .filter(|h| h["group"] == "Mervyn King")
            .all(|h| h.get("group_unnamed").is_none()),
        "{hits:?}"
    );
    let (code, out, err) = dir.run(&["speakers", "--json"]);
    assert_eq!(code, 0, "{err}");
    let lines = util::json_lines(&out);
    let analysts = lines
        .iter()
        .find(|l| l["speaker"] == "Analysts" || l["speaker"] == "analysts")
        .unwrap_or_else(|| panic!("{out}"));
    assert_eq!(analysts["paragraphs"], 2);
    assert_eq!(analysts["unnamed"], true);
}
