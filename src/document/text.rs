//! Plain text (`.txt`): an optional title line, then blank-line-separated blocks, each block
//! either one hard-wrapped paragraph or one paragraph a line.
//!
//! The rules, in order, for two consecutive lines of a block (see [`joins_next`]):
//! 1. a line ending mid-sentence (no `.!?…`) before a lowercase start is wrapped;
//! 2. a line ending with `,` or `;` is wrapped;
//! 3. in a hard-wrapped block (three or more lines, all but the last of similar length no wider
//!    than 100 characters) every line is wrapped but a short one ending a sentence;
//! 4. otherwise a line without sentence-final punctuation and 40 to 100 characters long is
//!    wrapped, and any other line is a paragraph of its own.

use super::normalize::{clean, decode_entities, push_paragraph};

/// The longest line (in characters) taken for a title.
const MAX_TITLE_CHARS: usize = 200;
/// Lines of a hard-wrapped block are at most this wide.
const MAX_WRAP_WIDTH: usize = 100;
/// ... and at least this wide (shorter lines are list items or headings).
const MIN_WRAP_WIDTH: usize = 40;
/// How far (in characters) a wrapped line may fall short of the block's longest line.
const WRAP_SLACK: usize = 15;

/// A text article: its title line, if it has one, and its paragraphs.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Article {
    pub title: Option<String>,
    pub paragraphs: Vec<String>,
}

/// Reads plain text (already decoded, `\n` line endings). `entities` decodes literal HTML
/// entities (`&amp;`) as found in scraped text corpora.
pub(crate) fn read(text: &str, entities: bool) -> Article {
    let blocks = blocks(text);
    let mut article = Article::default();
    let mut rest = &blocks[..];
    if let [first, tail @ ..] = rest {
        if let ([line], false) = (first.as_slice(), tail.is_empty()) {
            let title = clean(&maybe_entities(line, entities));
            if is_title(&title) {
                article.title = Some(title);
                rest = tail;
            }
        }
    }
    for block in rest {
        block_paragraphs(block, entities, &mut article.paragraphs);
    }
    if article.paragraphs.is_empty() {
        // A title with nothing after it is the text itself: never lose it.
        article.paragraphs.extend(article.title.take());
    }
    article
}

/// Whether a cleaned first line reads as a headline.
fn is_title(line: &str) -> bool {
    !line.is_empty() && line.chars().count() <= MAX_TITLE_CHARS && !line.ends_with('.')
}

/// Groups lines into blocks separated by blank lines; lines are right-trimmed.
pub(crate) fn blocks(text: &str) -> Vec<Vec<&str>> {
    let mut blocks = Vec::new();
    let mut block = Vec::new();
    for line in text.split('\n') {
        if is_blank(line) {
            if !block.is_empty() {
                blocks.push(std::mem::take(&mut block));
            }
        } else {
            block.push(line.trim_end());
        }
    }
    if !block.is_empty() {
        blocks.push(block);
    }
    blocks
}

/// A line with nothing visible on it.
pub(crate) fn is_blank(line: &str) -> bool {
    line.chars().all(|c| {
        c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
    })
}

/// Appends the paragraphs of one block: its lines joined where they are wrapped.
pub(crate) fn block_paragraphs(lines: &[&str], entities: bool, out: &mut Vec<String>) {
    let wrap_width = wrap_width(lines);
    let mut paragraph = String::new();
    for (i, line) in lines.iter().enumerate() {
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(line.trim());
        let last = i + 1 == lines.len();
        if last || !joins_next(line, lines[i + 1], wrap_width) {
            push_paragraph(out, &maybe_entities(&paragraph, entities));
            paragraph.clear();
        }
    }
}

fn maybe_entities(text: &str, entities: bool) -> std::borrow::Cow<'_, str> {
    if entities {
        decode_entities(text)
    } else {
        text.into()
    }
}

/// The wrap width of a hard-wrapped block (its longest line but the last), if it is one.
fn wrap_width(lines: &[&str]) -> Option<usize> {
    let (last, body) = lines.split_last()?;
    if body.len() < 2 {
        return None;
    }
    let lens: Vec<usize> = body.iter().map(|l| l.trim().chars().count()).collect();
    let longest = *lens.iter().max()?;
    if !(MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&longest) {
        return None;
    }
    let near = lens.iter().filter(|&&n| n + WRAP_SLACK >= longest).count();
    let last_fits = last.trim().chars().count() <= longest + 5;
    (near * 5 >= body.len() * 4 && last_fits).then_some(longest)
}

/// Whether `line` continues on `next` (a hard wrap) rather than ending a paragraph.
fn joins_next(line: &str, next: &str, wrap_width: Option<usize>) -> bool {
    let line = line.trim();
    let ends_sentence = ends_sentence(line);
    let next_lower = next
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    if (!ends_sentence && next_lower) || line.ends_with([',', ';']) {
        return true;
    }
    let len = line.chars().count();
    match wrap_width {
        Some(width) => !ends_sentence || len + WRAP_SLACK >= width,
        None => !ends_sentence && (MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&len),
    }
}

/// Whether a line ends with sentence-final punctuation, possibly inside closing quotes or
/// brackets.
fn ends_sentence(line: &str) -> bool {
    let end = line.trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', ')', ']', '*', '_']);
    end.ends_with(['.', '!', '?', '\u{2026}'])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text_case!(input => title, [paragraphs])`
    macro_rules! text_case {
        ($input:expr => $title:expr, [$($para:expr),* $(,)?]) => {{
            let got = read($input, true);
            let want_title: Option<&str> = $title;
            let want: Vec<&str> = vec![$($para),*];
            assert_eq!(got.title.as_deref(), want_title, "title of {:?}", $input);
            assert_eq!(got.paragraphs, want, "paragraphs of {:?}", $input);
        }};
    }

    #[test]
    fn title_line_then_paragraphs() {
        text_case!("Ad sales boost profit\n\nFirst para.\n\nSecond para.\n" =>
            Some("Ad sales boost profit"), ["First para.", "Second para."]);
        text_case!("\n\n  Title with spaces  \n\n\n\nBody.\n" => Some("Title with spaces"), ["Body."]);
    }

    #[test]
    fn no_title_when_first_block_is_a_sentence_or_long_or_several_lines() {
        text_case!("The first paragraph ends here.\n\nSecond." => None, ["The first paragraph ends here.", "Second."]);
        let long = "word ".repeat(50);
        let input = format!("{long}\n\nSecond.");
        text_case!(&input => None, [long.trim(), "Second."]);
        text_case!("Line one is a paragraph.\nLine two is another.\n\nThird." =>
            None, ["Line one is a paragraph.", "Line two is another.", "Third."]);
    }

    #[test]
    fn a_lone_title_line_is_the_text() {
        text_case!("Only a headline" => None, ["Only a headline"]);
        text_case!("Only a headline\n\n\n" => None, ["Only a headline"]);
    }

    #[test]
    fn line_per_paragraph_blocks_stay_split() {
        // The shape of the shipped Trump–Petro article: long lines, each a paragraph.
        let input = "President Donald Trump announced on social media that he has spoken with Colombian President Gustavo Petro, just days after threatening to invade.\n\
            In a Wednesday night post, Trump wrote that he had spoken to Petro, \u{201C}who called to explain the situation of drugs and other disagreements.\u{201D}\n\
            \u{201C}I appreciated his call and tone,\u{201D} Trump continued, before adding that arrangements were being made for a meeting in Washington.\n\
            A short one.\n\
            Section heading\n\
            Next paragraph.";
        let got = read(input, false);
        assert_eq!(got.title, None);
        assert_eq!(got.paragraphs.len(), 6, "{:#?}", got.paragraphs);
    }

    #[test]
    fn hard_wrapped_blocks_are_joined() {
        let input = "Title\n\n\
            The quick brown fox jumped over the lazy dog while the farmer was\n\
            away at the market selling his apples. Nobody saw it happen, and\n\
            nobody would have believed it anyway. The dog slept through it.\n\
            Short last line.\n\n\
            A second paragraph that is wrapped at a similar width of about\n\
            sixty-five characters per line, ending here.\n";
        text_case!(input => Some("Title"), [
            "The quick brown fox jumped over the lazy dog while the farmer was away at the market selling his apples. Nobody saw it happen, and nobody would have believed it anyway. The dog slept through it. Short last line.",
            "A second paragraph that is wrapped at a similar width of about sixty-five characters per line, ending here.",
        ]);
    }

    #[test]
    fn wrapped_block_with_several_paragraphs_breaks_after_short_sentence_ends() {
        let input = "This paragraph is wrapped at about sixty characters a line,\n\
            and it ends on a short line.\n\
            The next paragraph starts without a blank line between them\n\
            and is wrapped the same way too.";
        text_case!(input => None, [
            "This paragraph is wrapped at about sixty characters a line, and it ends on a short line.",
            "The next paragraph starts without a blank line between them and is wrapped the same way too.",
        ]);
    }

    #[test]
    fn mid_sentence_line_ends_and_headline_decks_are_joined() {
        text_case!("Jobs report gives Democrats a lift; \nSolid upturn could blunt claims.\n\nBody." =>
            None, ["Jobs report gives Democrats a lift; Solid upturn could blunt claims.", "Body."]);
        text_case!("He said the\nvote was close.\nShe disagreed." => None, ["He said the vote was close.", "She disagreed."]);
    }

    #[test]
    fn entities_and_invisible_characters() {
        text_case!("Fish &amp; chips\n\nCaf&#233;\u{00A0}owner\u{200B}s &lt;3 it." =>
            Some("Fish & chips"), ["Café owners <3 it."]);
    }

    #[test]
    fn blank_lines_may_hold_spaces_and_invisible_characters() {
        text_case!("Title\n \u{00A0}\t\n\u{200B}\nBody." => Some("Title"), ["Body."]);
    }
}
