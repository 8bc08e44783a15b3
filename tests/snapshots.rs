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
    // The annotation inside each record changes with the annotator (its tests snapshot it):
    // here, the fields search and the printer own.
    let mut lines = util::json_lines(&out);
    for line in &mut lines {
        let map = line.as_object_mut().unwrap();
        for key in ["entities", "quotes", "speakers"] {
            assert!(
                map.remove(key).is_some_and(|v| v.is_array()),
                "no {key} array"
            );
        }
    }
    insta::assert_json_snapshot!(lines);
}

#[test]
fn index_summary() {
    let dir = Dir::with_fixture();
    let summary = dir.index(&[]);
    insta::assert_snapshot!(util::counts(&summary));
}
