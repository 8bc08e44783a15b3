//! Output for people: a header line per passage, then its snippet with the matched words marked.
//!
//! On a terminal, headers are bold and matches bold red; otherwise matches are shown `[like
//! this]`, so piped output stays readable and stable.

use std::io::{self, Write};

use crate::record::Record;
use crate::search::{Answer, Results, Snippet, SpeakerCount};

const BOLD: &str = "\x1b[1m";
const MATCH: &str = "\x1b[1;31m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// A search's answer, then a line saying how much was shown.
pub fn results(out: &mut dyn Write, results: &Results, color: bool) -> io::Result<()> {
    match &results.answer {
        Answer::Passages { passages, total } => {
            for p in passages {
                let header = format!("{}. {}", p.rank, location(&p.record));
                writeln!(out, "{}", styled(&header, BOLD, color))?;
                write_snippet(out, &p.snippet, "   ", color)?;
                writeln!(out)?;
            }
            if let (Some(first), Some(last)) = (passages.first(), passages.last()) {
                let noun = if *total == 1 {
                    "paragraph"
                } else {
                    "paragraphs"
                };
                writeln!(out, "{}–{} of {total} {noun}", first.rank, last.rank)?;
            }
        }
        Answer::Speakers { groups, total } => {
            for g in groups {
                let noun = if g.paragraphs == 1 {
                    "paragraph"
                } else {
                    "paragraphs"
                };
                let header = format!(
                    "{}. {}{} — {} {noun}",
                    g.rank,
                    g.speaker,
                    unnamed_mark(g.unnamed),
                    g.paragraphs
                );
                writeln!(out, "{}", styled(&header, BOLD, color))?;
                for p in &g.passages {
                    writeln!(out, "   {}", styled(&location(&p.record), DIM, color))?;
                    write_snippet(out, &p.snippet, "     ", color)?;
                }
                writeln!(out)?;
            }
            if let (Some(first), Some(last)) = (groups.first(), groups.last()) {
                let noun = if *total == 1 { "speaker" } else { "speakers" };
                writeln!(out, "{}–{} of {total} {noun}", first.rank, last.rank)?;
            }
        }
    }
    Ok(())
}

/// Speakers with their paragraph counts, one a line.
pub fn speakers(out: &mut dyn Write, speakers: &[SpeakerCount], color: bool) -> io::Result<()> {
    let width = speakers
        .first()
        .map_or(1, |s| s.paragraphs.to_string().len());
    for s in speakers {
        let name = styled(&s.speaker, BOLD, color);
        writeln!(
            out,
            "{:>width$}  {name}{}",
            s.paragraphs,
            unnamed_mark(s.unnamed)
        )?;
    }
    Ok(())
}

/// What follows a speaker described, not named ("analysts (unnamed)").
fn unnamed_mark(unnamed: bool) -> &'static str {
    if unnamed {
        " (unnamed)"
    } else {
        ""
    }
}

/// A record as `annotate` shows it: header, text, then speakers, quotes and entities.
pub fn record(out: &mut dyn Write, record: &Record, color: bool) -> io::Result<()> {
    writeln!(out, "{}", styled(&location(record), BOLD, color))?;
    writeln!(out, "   {}", record.text)?;
    for s in &record.speakers {
        let cue = s
            .cue
            .as_deref()
            .map(|c| format!(", {c}"))
            .unwrap_or_default();
        let kind = format!("{:?}", s.kind).to_lowercase();
        writeln!(
            out,
            "   speaker: {} (\"{}\"{cue}, {kind})",
            s.name, s.mention
        )?;
    }
    for q in &record.quotes {
        let by = q.speaker.as_deref().unwrap_or("?");
        writeln!(out, "   quote: “{}” — {by}", q.text)?;
    }
    if !record.entities.is_empty() {
        let entities: Vec<String> = record
            .entities
            .iter()
            .map(|e| format!("{} ({})", e.name, format!("{:?}", e.kind).to_lowercase()))
            .collect();
        writeln!(out, "   entities: {}", entities.join(", "))?;
    }
    writeln!(out)
}

/// `doc ¶N · date · title — speakers`
fn location(record: &Record) -> String {
    let mut s = format!("{} ¶{}", record.doc, record.paragraph);
    if let Some(date) = &record.date {
        s.push_str(&format!(" · {date}"));
    }
    if let Some(title) = &record.title {
        s.push_str(&format!(" · {title}"));
    }
    let mut names: Vec<&str> = Vec::new();
    for sp in &record.speakers {
        if !names.contains(&sp.name.as_str()) {
            names.push(&sp.name);
        }
    }
    if !names.is_empty() {
        s.push_str(&format!(" — {}", names.join(", ")));
    }
    s
}

fn write_snippet(
    out: &mut dyn Write,
    snippet: &Snippet,
    indent: &str,
    color: bool,
) -> io::Result<()> {
    let (open, close) = if color { (MATCH, RESET) } else { ("[", "]") };
    let mut text = String::with_capacity(snippet.text.len() + 16);
    let mut at = 0;
    for h in &snippet.highlights {
        if h.start < at || h.end > snippet.text.len() {
            continue;
        }
        text.push_str(&snippet.text[at..h.start]);
        text.push_str(open);
        text.push_str(&snippet.text[h.clone()]);
        text.push_str(close);
        at = h.end;
    }
    text.push_str(&snippet.text[at..]);
    writeln!(out, "{indent}{text}")
}

fn styled(text: &str, style: &str, color: bool) -> String {
    if color {
        format!("{style}{text}{RESET}")
    } else {
        text.to_string()
    }
}
