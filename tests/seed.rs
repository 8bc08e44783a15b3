//! The shipped article (`corpus/trump-petro-colombia.txt`): the answers issue 2 promises.

mod util;

use util::Dir;

fn seeded() -> Dir {
    let dir = Dir::new();
    let article = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/trump-petro-colombia.txt"
    );
    dir.write(
        "corpus/trump-petro-colombia.txt",
        &std::fs::read_to_string(article).unwrap(),
    );
    dir.index(&[]);
    dir
}

fn starts(hits: &[serde_json::Value]) -> Vec<String> {
    let mut texts: Vec<String> = hits
        .iter()
        .map(|h| h["text"].as_str().unwrap().chars().take(20).collect())
        .collect();
    texts.sort();
    texts
}

#[test]
fn who_said_cocaine_lists_trump_first_with_his_two_paragraphs() {
    let dir = seeded();
    let hits = dir.search_json("who said cocaine", &[]);
    assert_eq!(hits[0]["group"], "Donald Trump", "{hits:#?}");
    let trump: Vec<_> = hits
        .iter()
        .filter(|h| h["group"] == "Donald Trump")
        .cloned()
        .collect();
    assert_eq!(
        starts(&trump),
        ["“I stick by my first", "“Run by a sick man, "]
    );
}

#[test]
fn cocaine_said_by_petro_is_his_paragraph_only() {
    let dir = seeded();
    let hits = dir.search_json("cocaine", &["--speaker", "petro"]);
    assert_eq!(starts(&hits), ["Petro, who is consid"]);
}

#[test]
fn cocaine_said_by_trump_is_his_two_paragraphs() {
    let dir = seeded();
    for name in ["trump", "Trump", "Donald Trump"] {
        let hits = dir.search_json("cocaine", &["--speaker", name]);
        assert_eq!(
            starts(&hits),
            ["“I stick by my first", "“Run by a sick man, "],
            "{name}"
        );
    }
}

#[test]
fn what_did_petro_say_about_cocaine() {
    let dir = seeded();
    let hits = dir.search_json("what did Petro say about cocaine?", &[]);
    assert_eq!(starts(&hits), ["Petro, who is consid"]);
}
