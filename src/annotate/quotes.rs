//! Quotations in a paragraph: straight, curly, single, guillemets and low-9 marks, with byte
//! spans of the quoted words. Unbalanced marks degrade gracefully: an opening mark with no close
//! runs to the end of the paragraph (and the quote continues into the next one); a closing mark
//! with no opening starts the quote at the paragraph's beginning.

/// A quotation's inner text as a byte range of the paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// First byte inside the marks.
    pub start: usize,
    /// One past the last byte inside the marks.
    pub end: usize,
    /// Byte offset of the opening mark (or `start` when there is none).
    pub outer_start: usize,
    /// One past the closing mark (or `end` when there is none).
    pub outer_end: usize,
    /// Whether the quote has no closing mark in this paragraph (it continues in the next one).
    pub open_ended: bool,
    /// Whether the quote began before this paragraph (a closing mark with no opening one).
    pub continued: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    /// A straight mark: its role depends on its neighbours.
    Either,
}

/// Which marks a character is, for double-quote style (`"“”„‟«»`) and single style (`'‘’‹›`).
fn classify(c: char, prev: Option<char>, next: Option<char>, single: bool) -> Option<Mark> {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let space_before = space_before(prev);
    let space_after = next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]}—–-".contains(n));
    if single {
        return match c {
            '‘' | '‹' if !word(prev) => Some(Mark::Open),
            '’' | '›' if !word(next) && !word_apostrophe(prev, next) => Some(Mark::Close),
            '\'' if space_before && word(next) => Some(Mark::Open),
            '\'' if !word(next) && (word(prev) || prev.is_some_and(|p| ".,!?".contains(p))) => {
                // "Jones' car" is a possessive, but "... too,' she said" closes a quote: the
                // caller only treats it as a close when a single quote is open.
                Some(Mark::Close)
            }
            _ => None,
        };
    }
    match c {
        // A mark typed the wrong way round reads by its place: `aides ”get close` opens,
        // `close“ to` closes.
        '”' if space_before && word(next) => Some(Mark::Open),
        '“' if word(prev) && space_after => Some(Mark::Close),
        // (`for her here,“ said Clyburn` closes an open quote; after punctuation with no
        // quote open, the mark opens one.)
        '“' if prev.is_some_and(|p| ",.!?".contains(p)) && space_after => Some(Mark::Either),
        '“' | '„' | '‟' | '«' => Some(Mark::Open),
        '”' | '»' => Some(Mark::Close),
        '"' if space_before && !space_after => Some(Mark::Open),
        '"' if space_after && !space_before => Some(Mark::Close),
        '"' => Some(Mark::Either),
        _ => None,
    }
}

/// Whether a single quotation opened inside `inner` (the text of an open double quotation) is
/// still open at its end: `We'll take 'bomb them,` is, `We'll take 'bomb them,' now` is not.
fn single_left_open(inner: &str) -> bool {
    let mut open = false;
    let mut prev: Option<char> = None;
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        if c == '\'' || c == '‘' || c == '’' {
            match classify(c, prev, next, true) {
                Some(Mark::Open) => open = true,
                Some(Mark::Close) => open = false,
                _ => {}
            }
        }
        prev = Some(c);
    }
    open
}

/// Whether a mark after `prev` stands where a quotation opens: at the start, after a space or an
/// opening bracket or dash.
fn space_before(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || "([{—–-".contains(p))
}

/// A zero-width or bidirectional format character, or a soft hyphen: text that shows nothing.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// An apostrophe inside a word ("don’t"), which is not a quote mark.
fn word_apostrophe(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)
}

/// Finds the top-level quotations of a paragraph. `inside_quote` says whether the previous
/// paragraph ended inside an open quote. Double marks are used when the paragraph has any;
/// otherwise single marks (British style).
pub fn find_quotes(text: &str, inside_quote: bool) -> Vec<QuoteSpan> {
    let doubles = scan(text, false, inside_quote);
    if !doubles.is_empty() {
        return doubles;
    }
    scan(text, true, inside_quote)
}

fn scan(text: &str, single: bool, inside_quote: bool) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    // (byte offset of the opening mark, byte offset after it), when a quote is open.
    let mut open: Option<(usize, usize)> = None;
    // Whether the open quote began with a straight mark, and how many quotes of the other
    // style are open inside it: `"It isn’t about “Equal Justice” anymore.` nests a curly quote
    // in a straight one, whose marks neither end nor split it.
    let mut open_straight = false;
    let mut nested = 0usize;
    let mut any_mark = false;
    let mut i = 0;
    for candidate in mark_candidates(text.as_bytes()) {
        if candidate < i {
            continue; // the second mark of a typewriter double, already read
        }
        i = candidate;
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let mut after = i + c.len_utf8();
        if !matches!(
            c,
            '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '\'' | '‘' | '’' | '‹' | '›' | '`'
        ) {
            i = after;
            continue;
        }
        // Invisible format characters (a bidi mark pasted before `”`) are not neighbours.
        let prev = text[..i].chars().rev().find(|&c| !is_invisible(c));
        let mut next = text[after..].chars().find(|&c| !is_invisible(c));
        // Typewriter doubles: ``like this'' (as in some wire copy) are double marks.
        // (The second mark right after the first: an invisible character between them makes
        // two marks.)
        let doubled =
            !single && (c == '\'' || c == '`') && text.as_bytes().get(after) == Some(&(c as u8));
        let mut mark_at = i;
        if doubled {
            // `with 'We'll bomb them,''' said McCain`: three marks after a word close a nested
            // single quote, then the double one.
            // (The quotation's text is read for an open single quote last, only at a triple.)
            if c == '\''
                && text.as_bytes().get(after + 1) == Some(&b'\'')
                && !space_before(prev)
                && open.is_some_and(|(_, s)| single_left_open(&text[s..i]))
            {
                mark_at += 1;
                after += 1;
            }
            after += 1;
            next = text[after..].chars().next();
        }
        let mark = match (doubled, c) {
            (true, '`') => Some(Mark::Open),
            (true, _) => classify('"', prev, next, false),
            _ => classify(c, prev, next, single),
        };
        i = after; // the scan goes on after the mark
        let i = mark_at;
        let Some(mark) = mark else { continue };
        let closing = match mark {
            Mark::Open => false,
            Mark::Close => true,
            Mark::Either => open.is_some(),
        };
        let straight = c == '"' || doubled;
        if let Some((_, s)) = open.filter(|_| !single && straight != open_straight) {
            if !closing && nested == 0 && i == s {
                // `"“You don’t win,” Rubio said`: a stray mark doubling the real one.
                open = Some((i, after));
                open_straight = straight;
                continue;
            }
            if !closing {
                nested += 1;
                continue;
            }
            if nested > 0 {
                nested -= 1;
                continue;
            }
        }
        if single && closing && open.is_none() && (any_mark || !inside_quote) {
            continue; // an apostrophe ("the Joneses' house"), not the end of a quote
        }
        any_mark = true;
        match (closing, open) {
            (false, None) => {
                open = Some((i, after));
                open_straight = straight;
                nested = 0;
            }
            (false, Some((o, s))) => {
                // A second opening mark before any close: the first quote ended unmarked.
                if i > s {
                    spans.push(span(text, o, s, i, i, false, false));
                }
                open = Some((i, after));
            }
            (true, Some((o, s))) => {
                if i > s {
                    spans.push(span(text, o, s, i, after, false, false));
                }
                open = None;
            }
            (true, None) => {
                // A close with no opening: the quote began before the paragraph, or the first
                // mark was lost. Only the first such mark opens at the paragraph start.
                let begin = spans.last().map_or(0, |q: &QuoteSpan| q.outer_end);
                if begin == 0 && i > 0 {
                    spans.push(span(text, 0, 0, i, after, false, true));
                }
            }
        }
    }
    if let Some((o, s)) = open {
        if s < text.len() {
            spans.push(span(text, o, s, text.len(), text.len(), true, false));
        }
    }
    spans.retain(|q| !text[q.start..q.end].trim().is_empty());
    spans
}

/// Offsets of the bytes that may begin a quote mark, in order: `"`, `'` and a backtick, and the
/// lead bytes of “”‘’„‟‹› (0xE2) and «» (0xC2). Quote marks are rare, so the scan jumps between
/// these with `memchr` and decodes characters only around them.
fn mark_candidates(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut ascii = memchr::memchr3_iter(b'"', b'\'', b'`', bytes).peekable();
    let mut lead = memchr::memchr2_iter(0xE2, 0xC2, bytes).peekable();
    std::iter::from_fn(move || match (ascii.peek(), lead.peek()) {
        (Some(a), Some(l)) if l < a => lead.next(),
        (Some(_), _) => ascii.next(),
        (None, _) => lead.next(),
    })
}

/// A span with surrounding whitespace trimmed off the inner text.
fn span(
    text: &str,
    outer_start: usize,
    start: usize,
    end: usize,
    outer_end: usize,
    open_ended: bool,
    continued: bool,
) -> QuoteSpan {
    let inner = &text[start..end];
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    QuoteSpan {
        start: start + lead,
        end: (end - trail).max(start + lead),
        outer_start,
        outer_end,
        open_ended,
        continued,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find_quotes(text, false)
            .iter()
            .map(|q| &text[q.start..q.end])
            .collect()
    }

    macro_rules! quote_cases {
        ($($name:ident: $text:expr => [$($q:expr),*];)*) => {$(
            #[test]
            fn $name() {
                let got = quoted($text);
                let want: Vec<&str> = vec![$($q),*];
                assert_eq!(got, want, "quotes in {:?}", $text);
            }
        )*};
    }

    quote_cases! {
        curly: "“I stick by it,” Trump said. “He’s making cocaine.”" => ["I stick by it,", "He’s making cocaine."];
        straight: "\"We won,\" she said, \"and we'll win again.\"" => ["We won,", "and we'll win again."];
        low9_close: "“look forward to meeting him‚” Trump continued" => ["look forward to meeting him‚"];
        guillemets: "Il a dit « non » hier" => ["non"];
        single_british: "‘We are ready,’ the minister said." => ["We are ready,"];
        apostrophes_are_not_quotes: "Trump’s comments and the Joneses’ house" => [];
        nested: "“He told me ‘never again’ twice,” she said." => ["He told me ‘never again’ twice,"];
        typewriter_doubles: "''We will win,'' Mr. Smith said." => ["We will win,"];
        typewriter_doubles_close_a_nested_single: "''Voters won't take 'We'll bomb them,''' said Mr. McCain." => ["Voters won't take 'We'll bomb them,'"];
        typewriter_triple_with_no_single_open: "''We won,''' he said." => ["We won,"];
        invisible_mark_between_typewriter_marks: "''It is fine,'\u{200E}'' said Tom Brown." => ["It is fine,'\u{200E}"];
        typewriter_doubles_open_a_nested_single: "'''Hey, it's us,' he told me,'' Mr. Smith said." => ["'Hey, it's us,' he told me,"];
        open_ended: "“This continues into the next paragraph." => ["This continues into the next paragraph."];
        close_only: "the end of a quote,” he said." => ["the end of a quote,"];
        no_quotes: "Nothing quoted here." => [];
        empty_quote: "“” said" => [];
        wrong_way_open: "Millis said aides would not ”get close to Ben on the issues.”" => ["get close to Ben on the issues."];
        wrong_way_close: "“We will see“ he said." => ["We will see"];
        wrong_way_close_after_a_comma: "\"A lot of expectation for her here,“ said Jim Clyburn." => ["A lot of expectation for her here,"];
        invisible_mark_before_a_quote: "\u{202A}”This is why,” said John Krystek." => ["This is why,"];
        curly_inside_straight: "\"It isn’t about “Equal Justice” anymore,\" she said." => ["It isn’t about “Equal Justice” anymore,"];
        straight_inside_curly: "“It isn’t about \"Equal Justice\" anymore,” she said." => ["It isn’t about \"Equal Justice\" anymore,"];
        stray_straight_before_curly: "\"“You don’t win that way,” Rubio said." => ["You don’t win that way,"];
        curly_inside_straight_runs_on: "\"It isn’t about “Equal Justice” anymore." => ["It isn’t about “Equal Justice” anymore."];
    }

    #[test]
    fn open_ended_quote_is_flagged() {
        let q = find_quotes("“Part one of two.", false);
        assert!(q[0].open_ended);
        let q = find_quotes("end of it,” she said.", true);
        assert!(q[0].continued);
    }
}
