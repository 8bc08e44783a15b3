//! Markdown (`.md`, `.markdown`): read like plain text once the markup is stripped. A leading
//! `# Heading` (or a setext `Heading\n===`) is the title; other headings, list items and
//! blockquote lines start paragraphs of their own; code fences and images are dropped; links
//! keep their text.

use super::normalize::clean;
use super::text::{self, is_blank, Article};

/// Reads a decoded Markdown document.
pub(crate) fn read(source: &str) -> Article {
    let mut title = None;
    let mut seen_text = false;
    // Stripped lines, with blank lines ("") wherever a paragraph must end.
    let mut lines: Vec<String> = Vec::new();
    let mut fence: Option<&str> = None;
    let raw: Vec<&str> = source.split('\n').collect();
    let mut i = 0;
    while i < raw.len() {
        let line = raw[i].trim_end();
        i += 1;
        let trimmed = line.trim_start();
        if let Some(marker) = fence {
            if trimmed.starts_with(marker) {
                fence = None;
            }
            continue;
        }
        if let Some(marker) = ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m)) {
            fence = Some(marker);
            lines.push(String::new());
            continue;
        }
        if is_blank(line) || is_rule(trimmed) {
            lines.push(String::new());
            continue;
        }
        // Setext heading: a text line underlined with === or ---.
        let underline = raw.get(i).map(|l| l.trim()).unwrap_or("");
        let setext = !underline.is_empty()
            && (underline.chars().all(|c| c == '=') || underline.chars().all(|c| c == '-'))
            && !is_bullet_line(trimmed);
        let heading = atx_heading(trimmed);
        if setext || heading.is_some() {
            if setext {
                i += 1;
            }
            let (level, text) =
                heading.unwrap_or((if underline.starts_with('=') { 1 } else { 2 }, trimmed));
            let text = clean(&strip_inline(text));
            if level == 1 && title.is_none() && !seen_text {
                title = Some(text);
            } else {
                lines.extend([String::new(), text, String::new()]);
                seen_text = true;
            }
            continue;
        }
        let (content, starts_item) = strip_block_markers(trimmed);
        if starts_item {
            lines.push(String::new());
        }
        let content = strip_inline(content);
        if !is_blank(&content) {
            lines.push(content);
            seen_text = true;
        }
    }
    let stripped = lines.join("\n");
    let mut article = text::read(&stripped, true);
    if title.is_some() {
        // The heading is the title: whatever text::read took for one is a paragraph.
        if let Some(first) = article.title.take() {
            article.paragraphs.insert(0, first);
        }
        article.title = title;
    }
    article
}

/// `# Title ###` → (1, "Title").
fn atx_heading(line: &str) -> Option<(usize, &str)> {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &line[level..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    Some((level, rest.trim().trim_end_matches('#').trim_end()))
}

/// `---`, `***`, `___` (three or more, spaces allowed).
fn is_rule(line: &str) -> bool {
    let marks: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3
        && ['-', '*', '_']
            .into_iter()
            .any(|m| marks.chars().all(|c| c == m))
}

fn is_bullet_line(line: &str) -> bool {
    strip_block_markers(line).1
}

/// Strips blockquote marks and a list bullet; says whether the line starts a list item.
fn strip_block_markers(mut line: &str) -> (&str, bool) {
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.trim_start();
    }
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return (rest.trim_start(), true);
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        if let Some(rest) = line[digits..]
            .strip_prefix(". ")
            .or_else(|| line[digits..].strip_prefix(") "))
        {
            return (rest.trim_start(), true);
        }
    }
    (line, false)
}

/// Inline markup: images dropped, links and autolinks to their text, emphasis and code marks
/// removed (only `*`/`_` runs next to a word edge, so `snake_case` and `2 * 3` survive).
fn strip_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '!' if chars.get(i + 1) == Some(&'[') => {
                if let Some((_, end)) = link_at(&chars, i + 1) {
                    i = end;
                    continue;
                }
                out.push(c);
            }
            '[' => {
                if let Some((text, end)) = link_at(&chars, i) {
                    out.push_str(&strip_inline(&text));
                    i = end;
                    continue;
                }
                out.push(c);
            }
            '`' => {}
            '*' | '_' => {
                let run = chars[i..].iter().take_while(|&&x| x == c).count();
                let before = i.checked_sub(1).map(|j| chars[j]);
                let after = chars.get(i + run).copied();
                let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
                if word(before) && word(after) {
                    // Inside a word (snake_case, 2*3): keep as written.
                    out.extend(std::iter::repeat_n(c, run));
                } else if before.is_none_or(char::is_whitespace)
                    && after.is_none_or(char::is_whitespace)
                {
                    out.extend(std::iter::repeat_n(c, run));
                }
                i += run;
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// A `[text](url)` or `[text][ref]` link starting at `start` (the `[`): its text and the index
/// just past it.
fn link_at(chars: &[char], start: usize) -> Option<(String, usize)> {
    let mut depth = 0;
    let mut close = None;
    for (j, &c) in chars.iter().enumerate().skip(start) {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(j);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    let text: String = chars[start + 1..close].iter().collect();
    let shut = match chars.get(close + 1) {
        Some('(') => ')',
        Some('[') => ']',
        _ => return None,
    };
    let end = chars[close + 2..].iter().position(|&c| c == shut)? + close + 3;
    Some((text, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! md_case {
        ($input:expr => $title:expr, [$($para:expr),* $(,)?]) => {{
            let got = read($input);
            let want_title: Option<&str> = $title;
            let want: Vec<&str> = vec![$($para),*];
            assert_eq!(got.title.as_deref(), want_title, "title of {:?}", $input);
            assert_eq!(got.paragraphs, want, "paragraphs of {:?}", $input);
        }};
    }

    #[test]
    fn heading_is_title_and_markup_is_stripped() {
        md_case!("# Big *news* today\n\nThe **mayor** said [hello](http://x.org) to _everyone_.\n\n![a photo](p.png)\n\n## Reaction\n\n> \u{201C}Great,\u{201D} said one.\n" =>
            Some("Big news today"),
            ["The mayor said hello to everyone.", "Reaction", "\u{201C}Great,\u{201D} said one."]);
    }

    #[test]
    fn setext_title_lists_and_code_fences() {
        md_case!("Storm hits coast\n================\n\n- first item\n- second item\n\n```\nlet x = 1;\n```\n\n1. numbered one\n2) numbered two\n\n---\n\nEnd with `code` and snake_case and 2 * 3.\n" =>
            Some("Storm hits coast"),
            ["first item", "second item", "numbered one", "numbered two", "End with code and snake_case and 2 * 3."]);
    }

    #[test]
    fn without_heading_it_reads_like_text() {
        md_case!("Plain title\n\nBody text." => Some("Plain title"), ["Body text."]);
        md_case!("Text first.\n\n# Late heading\n\nMore." => None, ["Text first.", "Late heading", "More."]);
    }

    #[test]
    fn reference_links_and_unclosed_brackets() {
        md_case!("See [the report][1] and [this.\n\n[1]: http://example.org" =>
            None, ["See the report and [this.", "[1]: http://example.org"]);
    }
}
