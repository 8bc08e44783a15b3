//! JSON Lines output: one object a line, for scripts.
//!
//! A passage is its [`Record`]'s fields plus `rank`, `score`, `snippet` (the text shown) and
//! `highlights` (byte ranges of the matched words in `snippet`); in "who said" answers also
//! `group` (the speaker it is listed under), `group_rank`, and `group_unnamed: true` when the
//! group is a description ("analysts") of someone in that one document.

use std::io::{self, Write};

use serde_json::{json, Map, Value};

use crate::record::Record;
use crate::search::{Answer, Passage, Results, SpeakerCount};

/// One line per passage, in rank order.
pub fn results(out: &mut dyn Write, results: &Results) -> io::Result<()> {
    match &results.answer {
        Answer::Passages { passages, .. } => {
            for p in passages {
                line(out, &passage(p, None))?;
            }
        }
        Answer::Speakers { groups, .. } => {
            for g in groups {
                for p in &g.passages {
                    let mut value = passage(p, Some((g.rank, &g.speaker)));
                    if g.unnamed {
                        value["group_unnamed"] = json!(true);
                    }
                    line(out, &value)?;
                }
            }
        }
    }
    Ok(())
}

/// One line per speaker: `{"speaker": "…", "paragraphs": N}`, with `"unnamed": true` for a
/// description ("analysts").
pub fn speakers(out: &mut dyn Write, speakers: &[SpeakerCount]) -> io::Result<()> {
    for s in speakers {
        let mut value = json!({ "speaker": s.speaker, "paragraphs": s.paragraphs });
        if s.unnamed {
            value["unnamed"] = json!(true);
        }
        line(out, &value)?;
    }
    Ok(())
}

/// One record, as serialised.
pub fn record(out: &mut dyn Write, record: &Record) -> io::Result<()> {
    line(
        out,
        &serde_json::to_value(record).map_err(io::Error::other)?,
    )
}

fn passage(p: &Passage, group: Option<(usize, &str)>) -> Value {
    let mut map = match serde_json::to_value(&p.record) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    map.insert("rank".into(), json!(p.rank));
    // Rounded, so that output is stable across platforms.
    map.insert(
        "score".into(),
        json!((f64::from(p.score) * 1e4).round() / 1e4),
    );
    map.insert("snippet".into(), json!(p.snippet.text));
    let highlights: Vec<[usize; 2]> = p
        .snippet
        .highlights
        .iter()
        .map(|h| [h.start, h.end])
        .collect();
    map.insert("highlights".into(), json!(highlights));
    if let Some((rank, speaker)) = group {
        map.insert("group".into(), json!(speaker));
        map.insert("group_rank".into(), json!(rank));
    }
    Value::Object(map)
}

fn line(out: &mut dyn Write, value: &Value) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(io::Error::other)?;
    out.write_all(b"\n")
}
