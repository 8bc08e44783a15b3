//! Snapshots of what people and scripts see. They change when annotation changes: review them
//! with `cargo insta review` (or accept with `INSTA_UPDATE=always cargo test`).

mod util;

use util::Dir;

fn indexed() -> Dir {
    let dir = Dir::with_fixture();
    dir.index(&[]);
    dir
}

#[test]
fn human_search() {
    let dir = indexed();
    let (code, out, _) = dir.run(&["search", "lighthouse keeper"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!(out);
}

#[test]
fn human_who_said() {
    let dir = indexed();
    let (_, out, _) = dir.run(&["search", "who said council"]);
    insta::assert_snapshot!(out);
}

#[test]
fn json_search() {
    let dir = indexed();
    let (code, out, _) = dir.run(&["search", "storm", "--json", "--limit", "3"]);
    assert_eq!(code, 0);
    let lines = util::json_lines(&out);
    insta::assert_json_snapshot!(lines);
}

#[test]
fn index_summary() {
    let dir = Dir::with_fixture();
    let summary = dir.index(&[]);
    insta::assert_snapshot!(util::counts(&summary));
}
