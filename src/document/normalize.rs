//! Paragraph text clean-up shared by every format: spaces, invisible characters, literal HTML
//! entities, and the split of over-long paragraphs into searchable passages.

/// The longest paragraph kept whole, in bytes; longer ones are split at sentence boundaries.
pub const MAX_PARAGRAPH_BYTES: usize = 20_000;

/// Cleans one raw paragraph: NBSP → space, zero-width characters and C0 control characters
/// removed, whitespace runs collapsed to one space, trimmed. C1 controls are kept: they are
/// part of mojibake (`Ã\u{83}`), which is left as written.
pub(crate) fn clean(raw: &str) -> String {
    if is_clean(raw.as_bytes()) {
        // Most paragraphs of a scraped corpus need nothing: one copy, no per-char work.
        return raw.to_owned();
    }
    clean_chars(raw)
}

/// Whether [`clean_chars`] would return `raw` unchanged: no leading, trailing or doubled
/// space, no control character, and none of the characters it replaces or removes.
fn is_clean(raw: &[u8]) -> bool {
    if raw.is_empty() || raw[0] == b' ' || raw[raw.len() - 1] == b' ' {
        return raw.is_empty();
    }
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        let next = |k: usize| raw.get(i + k).copied().unwrap_or(0);
        let dirty = match b {
            0..=0x1F | 0x7F => true,
            b' ' => next(1) == b' ',
            // U+0085, U+00A0, U+00AD
            0xC2 => matches!(next(1), 0x85 | 0xA0 | 0xAD),
            // U+1680
            0xE1 => next(1) == 0x9A && next(2) == 0x80,
            // U+2000..U+200D, U+2028, U+2029, U+202F, U+205F, U+2060
            0xE2 => match next(1) {
                0x80 => matches!(next(2), 0x80..=0x8D | 0xA8 | 0xA9 | 0xAF),
                0x81 => matches!(next(2), 0x9F | 0xA0),
                _ => false,
            },
            // U+3000
            0xE3 => next(1) == 0x80 && next(2) == 0x80,
            // U+FEFF
            0xEF => next(1) == 0xBB && next(2) == 0xBF,
            _ => false,
        };
        if dirty {
            return false;
        }
        i += 1;
    }
    true
}

/// The reference clean-up, a character at a time.
fn clean_chars(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    for c in raw.chars() {
        match c {
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            '\u{00A0}' | '\u{202F}' => pending_space = true,
            c if c.is_whitespace() => pending_space = true,
            '\0'..='\u{1F}' | '\u{7F}' => {}
            c => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
            }
        }
    }
    out
}

/// Cleans `raw` and appends it to `out` as one or more paragraphs (split when longer than
/// [`MAX_PARAGRAPH_BYTES`]); nothing is appended when it is empty once cleaned.
pub(crate) fn push_paragraph(out: &mut Vec<String>, raw: &str) {
    let cleaned = strip_gallery_counters(strip_media_labels(strip_link_cards(clean(raw))));
    if cleaned.is_empty() || is_boilerplate(&cleaned) {
        return;
    }
    if cleaned.len() <= MAX_PARAGRAPH_BYTES {
        out.push(cleaned);
    } else {
        split_long(&cleaned, MAX_PARAGRAPH_BYTES, out);
    }
}

/// Labels a news site's media player leaves before a caption, as it writes them.
const MEDIA_LABELS: &[&str] = &[
    "Media playback is unsupported on your device",
    "Media caption",
    "Image caption",
];

/// Removes the media labels and photo credit that open a paragraph: "Media
/// playback is unsupported on your device Media caption Bernie Sanders: 'I wrote the damn
/// bill'" is "Bernie Sanders: 'I wrote the damn bill'"; "Image copyright Getty Images Image
/// caption X" is "X"; a credit alone ("Image copyright AP") is nothing.
fn strip_media_labels(text: String) -> String {
    if !text.starts_with(['M', 'I']) {
        return text; // (nearly every paragraph: no copy)
    }
    let mut rest = text.as_str();
    if starts_with_words(rest, "Image copyright") {
        // (A credit alone is a few words: not "Image copyright laws in France are strict, said".)
        let credit_only = rest.split(' ').count() <= 6 && !rest.contains([',', '.', ';']);
        rest = match rest.find(" Image caption ") {
            Some(at) => &rest[at + 1..],
            None if credit_only => "",
            None => rest,
        };
    }
    while let Some(label) = MEDIA_LABELS.iter().find(|l| starts_with_words(rest, l)) {
        rest = rest[label.len()..].trim_start();
    }
    if rest.len() == text.len() {
        return text;
    }
    rest.to_owned()
}

/// Removes a photo gallery's counters from its captions: "... addresses the union on March 10.
/// Hide Caption 1 of 11 Photos: ..." is "... on March 10. Photos: ...".
fn strip_gallery_counters(text: String) -> String {
    const LABEL: &str = "Hide Caption ";
    let counts = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    if !text.contains(LABEL) {
        return text; // (nearly every paragraph: one search, no copy)
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find(LABEL) {
        let after = &rest[at + LABEL.len()..];
        // "1 of 11": a number, "of", a number.
        let mut counter = after.splitn(4, ' ');
        if let (Some(a), Some("of"), Some(b)) = (counter.next(), counter.next(), counter.next()) {
            if counts(a) && counts(b) {
                out.push_str(rest[..at].trim_end());
                let len = a.len() + " of ".len() + b.len();
                rest = after[len..].trim_start();
                if !out.is_empty() && !rest.is_empty() {
                    out.push(' ');
                }
                continue;
            }
        }
        out.push_str(&rest[..at + LABEL.len()]);
        rest = after;
    }
    out.push_str(rest);
    out.trim().to_owned()
}

/// Whether `text` opens with the words `prefix` ("Media caption", not "Media captions").
fn starts_with_words(text: &str, prefix: &str) -> bool {
    text.starts_with(prefix) && !text[prefix.len()..].starts_with(|c: char| c.is_alphanumeric())
}

/// Removes the link cards a scraper kept glued to a name: "led by Chairman Chuck Grassley
/// Charles (Chuck) Ernest GrassleySpeaker Pelosi, it's time ... hearing MORE (R-Iowa) sent" is
/// "led by Chairman Chuck Grassley (R-Iowa) sent". A card repeats the name in full, runs its
/// related headlines on from the name's last word without a space, and ends with "MORE"; the
/// name as the story wrote it stays.
fn strip_link_cards(mut text: String) -> String {
    if !text.contains(" MORE") {
        return text; // (nearly every paragraph: one search, no copy)
    }
    while let Some(card) = link_card(&text) {
        text.replace_range(card, "");
    }
    text
}

/// The byte range of the first link card in `text`: from the end of the name the story wrote
/// to the end of "MORE".
fn link_card(text: &str) -> Option<std::ops::Range<usize>> {
    for (more, _) in text.match_indices(" MORE") {
        let end = more + " MORE".len();
        if text[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue; // "MOREOVER"
        }
        let from = floor_char_boundary(text, more.saturating_sub(1000));
        // The words before "MORE", with their byte offsets.
        let words: Vec<(usize, &str)> = text[from..more]
            .split(' ')
            .scan(from, |at, w| {
                let start = *at;
                *at += w.len() + 1;
                Some((start, w))
            })
            .collect();
        // The name's last word glued to the first headline ("GrassleySpeaker"), written
        // before too, within the few words of the name in full ("Chuck Grassley Charles
        // (Chuck) Ernest Grassley...").
        // ("Ronald Dion DeSantisFlorida law ...": any capital after a lowercase letter may be
        // where the headline starts; so may a digit: "John Sidney McCain2020 Democrats ...".)
        for (g, &(_, glued)) in words.iter().enumerate().rev() {
            // (The longest name first: "DeSantis" before "De".)
            let splits = glued.char_indices().rev().filter(|&(i, c)| {
                i >= 2
                    && (c.is_uppercase() || c.is_ascii_digit())
                    && glued[..i].ends_with(char::is_lowercase)
            });
            for (split, _) in splits {
                let surname = &glued[..split];
                // (The name as written may be glued to the card too: "Stephen BreyerStephen
                // BreyerSupreme Court ...".)
                let shown = words[g.saturating_sub(8)..g].iter().rev().find(|&&(_, w)| {
                    w == surname
                        || w.strip_prefix(surname)
                            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
                });
                if let Some(&(start, _)) = shown {
                    return Some(start + surname.len()..end);
                }
            }
        }
        // With a space instead: "Speaker Paul Ryan Paul Davis Ryan Retirees should say ...
        // MORE": the name as written, then the same first name and surname around a middle
        // name, then the headlines.
        for k in 1..words.len().saturating_sub(3) {
            let (first, last) = (words[k - 1].1, words[k].1);
            if first.len() < 2
                || !first.starts_with(char::is_uppercase)
                || !last.starts_with(char::is_uppercase)
                || words[k + 1].1 != first
            {
                continue;
            }
            let again = (k + 2..(k + 5).min(words.len() - 1)).find(|&j| words[j].1 == last);
            if again.is_some_and(|j| words[j + 1].1.starts_with(char::is_uppercase)) {
                return Some(words[k].0 + last.len()..end);
            }
        }
    }
    None
}

/// The largest char boundary of `text` at or before byte `at` (clamped to its length).
pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Lines a publishing system inserts into the text ("Story continues below advertisement").
const BOILERPLATE: &str = include_str!("../../data/boilerplate.txt");

/// Whether a cleaned paragraph is an inserted line rather than article text: a line of
/// `data/boilerplate.txt`, or a copyright notice ("Copyright © 2019 The Washington Times,
/// LLC. Click here for reprint permission.", "© 2020 Reuters").
fn is_boilerplate(paragraph: &str) -> bool {
    if is_copyright_notice(paragraph) {
        return true;
    }
    if paragraph.len() > 60 {
        return false;
    }
    let line = paragraph.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '…');
    BOILERPLATE
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .any(|l| l.eq_ignore_ascii_case(line))
}

/// Whether a short paragraph is a copyright notice: "©", or "Copyright" then "©", "(c)" or
/// a year. (Not "Copyright law protects ...".)
fn is_copyright_notice(paragraph: &str) -> bool {
    if paragraph.len() > 160 {
        return false;
    }
    let notice = match paragraph.get(..9) {
        Some(head) if head.eq_ignore_ascii_case("copyright") => {
            let rest = paragraph[9..].trim_start();
            rest.starts_with('©')
                || rest.get(..3).is_some_and(|c| c.eq_ignore_ascii_case("(c)"))
                || (rest.len() >= 4 && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit))
        }
        _ => paragraph.starts_with('©'),
    };
    // (A label, not a clause: "Copyright © 2019 by the songwriters was not in dispute, the
    // judge said" and "© Reuters. The protesters were dispersed" are article text.)
    notice
        && !paragraph.split_whitespace().any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphabetic()),
                "is" | "was" | "are" | "were" | "said" | "says" | "has" | "had" | "will"
            )
        })
}

/// Splits a cleaned paragraph into pieces of at most `max` bytes: at the last sentence boundary
/// (". " before a capital or a quote) in each window, else at the last space, else at a char
/// boundary. Linear in the length of `text`.
pub(crate) fn split_long(text: &str, max: usize, out: &mut Vec<String>) {
    let mut rest = text.trim();
    while rest.len() > max {
        let window = floor_char_boundary(rest, max);
        let head = &rest[..window];
        let cut = last_sentence_end(head)
            .or_else(|| head.rfind(' ').filter(|&i| i > 0))
            .unwrap_or(window);
        let piece = rest[..cut].trim();
        if !piece.is_empty() {
            out.push(piece.to_owned());
        }
        rest = rest[cut..].trim_start();
    }
    if !rest.is_empty() {
        out.push(rest.to_owned());
    }
}

/// The byte offset just after the last sentence end in `head` whose next sentence starts inside
/// `head` too: a `.`, `!` or `?` (optionally followed by a closing quote), a space, then a
/// capital letter or an opening quote.
fn last_sentence_end(head: &str) -> Option<usize> {
    let mut i = head.len();
    while let Some(space) = head[..i].rfind(' ') {
        i = space;
        if space == 0 {
            break;
        }
        let next = head[space + 1..].chars().next();
        let starts_sentence = next
            .is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '\u{201C}' | '\'' | '\u{2018}'));
        let before = head[..space].chars().next_back();
        let before = match before {
            Some('"' | '\u{201D}' | '\'' | '\u{2019}' | ')') => head[..space].chars().rev().nth(1),
            other => other,
        };
        if starts_sentence && matches!(before, Some('.' | '!' | '?')) {
            return Some(space);
        }
    }
    None
}

/// Decodes the common literal HTML entities found in plain-text corpora (`&amp;`, `&#233;`,
/// `&#xE9;`, `&quot;` ...). Unknown or malformed entities are left as written.
pub(crate) fn decode_entities(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let entity = rest[1..]
            .find(';')
            .filter(|&end| end > 0 && end <= 10)
            .and_then(|end| entity_char(&rest[1..=end]).map(|c| (c, end + 2)));
        match entity {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

/// Named entities worth knowing in news text.
const NAMED_ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{00A0}'),
    ("ndash", '\u{2013}'),
    ("mdash", '\u{2014}'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("ldquo", '\u{201C}'),
    ("rdquo", '\u{201D}'),
    ("hellip", '\u{2026}'),
    ("pound", '£'),
    ("euro", '€'),
    ("copy", '©'),
    ("eacute", 'é'),
];

fn entity_char(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace());
    }
    NAMED_ENTITIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_labels_and_photo_credits_are_removed() {
        let strip = |t: &str| {
            let mut out = Vec::new();
            push_paragraph(&mut out, t);
            out
        };
        assert_eq!(
            strip("Media playback is unsupported on your device Media caption Bernie Sanders: 'I wrote the damn bill'"),
            ["Bernie Sanders: 'I wrote the damn bill'"]
        );
        assert_eq!(
            strip(
                "Image copyright Getty Images Image caption John Ratcliffe is set to be nominated"
            ),
            ["John Ratcliffe is set to be nominated"]
        );
        assert!(strip("Image copyright AP").is_empty());
        let law = "Image copyright laws in France are strict, said lawyer Jean Dupont.";
        assert_eq!(strip(law), [law]);
        assert_eq!(
            strip("He spoke on March 10. Hide Caption 1 of 11 Photos: He ran in 2006. Hide Caption 2 of 11"),
            ["He spoke on March 10. Photos: He ran in 2006."]
        );
        assert_eq!(
            strip("Media captions are on by default."),
            ["Media captions are on by default."]
        );
    }

    #[test]
    fn link_cards_glued_to_names_are_removed() {
        let clean = |t: &str| strip_link_cards(t.to_string());
        assert_eq!(
            clean("Members led by Chairman Chuck Grassley Charles (Chuck) Ernest GrassleySpeaker Pelosi, it's time to act Senate votes on bill MORE (R-Iowa) sent a letter."),
            "Members led by Chairman Chuck Grassley (R-Iowa) sent a letter."
        );
        assert_eq!(
            clean("He cited Robert Mueller Robert (Bob) Swan MuellerBarr says report is done Trump attacks critics MORE’s report."),
            "He cited Robert Mueller’s report."
        );
        // Two cards in one paragraph.
        assert_eq!(
            clean("President Trump Donald John TrumpGOP senators balk at trial MORE and Rep. Adam Schiff Adam Bennett SchiffGraham says Schiff should testify MORE (D-Calif.) spoke."),
            "President Trump and Rep. Adam Schiff (D-Calif.) spoke."
        );
        assert_eq!(
            clean("over Ron DeSantis Ronald Dion DeSantisFlorida law takes effect MORE, a former congressman."),
            "over Ron DeSantis, a former congressman."
        );
        assert_eq!(
            clean("Justices Ruth Bader Ginsburg, Stephen BreyerStephen BreyerSupreme Court clears way MORE, Sonia Sotomayor."),
            "Justices Ruth Bader Ginsburg, Stephen Breyer, Sonia Sotomayor."
        );
        assert_eq!(
            clean("Sen. John McCain John Sidney McCain2020 Democrats make play for votes MORE (R-Ariz.) said."),
            "Sen. John McCain (R-Ariz.) said."
        );
        assert_eq!(
            clean("to box in Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no thanks' to the plan MORE (R-Wis.). Democrats"),
            "to box in Speaker Paul Ryan (R-Wis.). Democrats"
        );
        assert_eq!(
            clean(
                "met Kim Jong Un Kim Jong UnTrump says he'll meet with dictators MORE next week."
            ),
            "met Kim Jong Un next week."
        );
        // No card: "READ MORE", "MOREOVER", a capital inside a name.
        for text in [
            "READ MORE: Sextortion scam uses passwords",
            "Mitch McConnell said MOREOVER nothing.",
            "Eddie DeBartolo Jr said he wanted MORE time.",
        ] {
            assert_eq!(clean(text), text);
        }
    }

    #[test]
    fn inserted_lines_are_not_paragraphs() {
        let mut out = Vec::new();
        for p in [
            "Story continues below advertisement",
            "ADVERTISEMENT",
            "Article Continued Below",
            "A real paragraph.",
            "Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.",
            "© 2020 Reuters",
            "Copyright 2016 The Associated Press. All rights reserved.",
            "Copyright law protects the song.",
            "Copyright © 2019 by the songwriters was not in dispute, the judge said.",
            "© Reuters. The protesters were dispersed.",
        ] {
            push_paragraph(&mut out, p);
        }
        assert_eq!(
            out,
            [
                "A real paragraph.",
                "Copyright law protects the song.",
                "Copyright © 2019 by the songwriters was not in dispute, the judge said.",
                "© Reuters. The protesters were dispersed."
            ]
        );
    }

    #[test]
    fn clean_table() {
        for (raw, want) in [
            ("  a  b\t\nc  ", "a b c"),
            ("non\u{00A0}breaking\u{202F}space", "non breaking space"),
            (
                "zero\u{200B}width\u{200C}\u{200D}\u{2060}\u{FEFF}joined",
                "zerowidthjoined",
            ),
            ("bell\u{7}char\u{7F}", "bellchar"),
            ("mojibake Ã\u{83}Â¡", "mojibake Ã\u{83}Â¡"),
            ("\u{00A0} \u{200B} ", ""),
            ("", ""),
        ] {
            assert_eq!(clean(raw), want, "clean({raw:?})");
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_path_agrees_with_the_reference(s in "([a -~]|\u{a0}|\u{85}|\u{ad}|\u{1680}|\u{2000}|\u{200b}|\u{200d}|\u{200e}|\u{2019}|\u{2028}|\u{202f}|\u{205f}|\u{2060}|\u{3000}|\u{feff}|\u{83}|\t|\n|é)*") {
            proptest::prop_assert_eq!(clean(&s), clean_chars(&s));
        }
    }

    #[test]
    fn entities_table() {
        for (raw, want) in [
            ("Fish &amp; chips", "Fish & chips"),
            ("Caf&#233; &#xE9;t&#XE9;", "Café été"),
            ("&lt;b&gt; &quot;x&quot;", "<b> \"x\""),
            (
                "AT&T and R&D; &unknown; &#xZZ; &",
                "AT&T and R&D; &unknown; &#xZZ; &",
            ),
            ("&#0; stays", "&#0; stays"),
        ] {
            assert_eq!(decode_entities(raw), want, "decode_entities({raw:?})");
        }
    }

    #[test]
    fn long_paragraphs_split_at_sentences_then_spaces_then_chars() {
        let sentence = "This is one sentence of a long paragraph. ";
        let long = sentence.repeat(1000);
        let mut out = Vec::new();
        push_paragraph(&mut out, &long);
        assert!(out.len() > 1);
        for piece in &out {
            assert!(piece.len() <= MAX_PARAGRAPH_BYTES);
            assert!(
                piece.ends_with('.'),
                "ends at a sentence: {:?}",
                &piece[piece.len() - 20..]
            );
        }
        assert_eq!(out.join(" "), long.trim());

        let mut out = Vec::new();
        split_long(&"word ".repeat(30), 23, &mut out);
        assert!(
            out.iter().all(|p| p.len() <= 23 && !p.ends_with(' ')),
            "{out:?}"
        );

        let mut out = Vec::new();
        split_long(&"é".repeat(50), 11, &mut out);
        assert!(out.iter().all(|p| p.len() <= 11), "{out:?}");
        assert_eq!(out.concat(), "é".repeat(50));
    }
}
