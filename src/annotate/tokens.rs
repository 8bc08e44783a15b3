//! Words and punctuation of a paragraph with byte spans, each marked with its sentence and
//! whether it lies inside a quotation. The rules of the sieve read these tokens.

use super::lexicon::{is_month_abbreviation, Lexicon};
use super::quotes::{is_invisible, QuoteSpan};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, digits, inner apostrophes and hyphens; abbreviations keep their dots ("U.S.").
    Word,
    /// A single punctuation character.
    Punct,
    /// An opening quote mark of a quotation.
    QuoteOpen,
    /// A closing quote mark of a quotation.
    QuoteClose,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Word, punctuation or quote mark.
    pub kind: Kind,
    /// Index of the quotation this token is inside (marks included), if any.
    pub quote: Option<usize>,
    /// Index of the sentence this token belongs to.
    pub sentence: usize,
    /// Whether it is a capitalised word (see [`Tokens::is_capitalized`]). (Kept here rather
    /// than in lists beside the tokens: one push per token, in what was padding.)
    capitalized: bool,
    /// Whether it is inside parentheses.
    in_parentheses: bool,
    /// Whether it is a word with a hyphen inside ("Crow-era"; see [`Tokens::has_hyphen`]).
    hyphenated: bool,
}

/// A tokenised paragraph.
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    /// The paragraph text.
    pub text: &'a str,
    /// The tokens, in order.
    pub toks: Vec<Token>,
    /// The quotations, in order.
    pub quotes: Vec<QuoteSpan>,
    /// The text with ASCII letters lowercased: same byte offsets, so [`Tokens::lower`] borrows.
    pub lowered: String,
    /// The first word token of each sentence.
    first_words: Vec<usize>,
    /// Whether the paragraph is in headline title case ("Biden Aims Insult At Trump"), where
    /// capitals say nothing about names.
    pub title_case: bool,
    /// Nicknames left out of the tokens (`Ahmed “Mido” Hossam`), each with the token after it.
    pub nicknames: Vec<(&'a str, usize)>,
}

/// Whether a quotation is a nickname inside a person's name: `Dave “Mudcat” Saunders`, `Joaquin
/// "El Chapo" Guzman` — a word or two in capitals, after a first name and before a capitalised
/// word, each a space away. (Not a title or a slogan in a headline: `For “The Apprentice”
/// Trump`, `Donald "No Entitlement Reform" Trump`.)
fn is_nickname(text: &str, q: &QuoteSpan) -> bool {
    if q.open_ended || q.continued || q.end - q.start > 30 {
        return false;
    }
    let inner = &text[q.start..q.end];
    let words = inner.split(' ').count();
    let capitalised = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
    };
    if words > 2 || !inner.split(' ').all(capitalised) {
        return false;
    }
    let Some(before) = text[..q.outer_start].strip_suffix(' ') else {
        return false;
    };
    let first = &before[before.rfind(' ').map_or(0, |k| k + 1)..];
    let after = text[q.outer_end..].strip_prefix(' ');
    after.is_some_and(|a| a.starts_with(|c: char| c.is_uppercase()))
        && first.starts_with(|c: char| c.is_uppercase())
        && Lexicon::get().first_name(first).is_some()
}

/// Whether a (lowercased) word is an abbreviation that keeps its dot and does not end a
/// sentence (months' too: see `is_month_abbreviation`). (A match, not a list scanned: the
/// compiler sorts the words by length and compares bytes in place, where a scan of the list
/// called `memcmp` for every word of the same length.)
fn is_abbreviation(lower: &str) -> bool {
    matches!(
        lower,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "st"
            | "jr"
            | "sr"
            | "gen"
            | "sen"
            | "rep"
            | "gov"
            | "lt"
            | "col"
            | "sgt"
            | "capt"
            | "cpl"
            | "const"
            | "rev"
            | "fr"
            | "inc"
            | "corp"
            | "ltd"
            | "co"
            | "vs"
            | "etc"
            | "mt"
            | "ft"
            | "maj"
            | "adm"
            | "coun"
            | "supt"
            | "insp"
            | "det"
            | "mx"
            | "approx"
            | "dept"
            | "univ"
            | "ave"
            | "sec"
            | "atty"
            | "asst"
            | "dist"
            | "cmdr"
    )
}

/// Whether a word is a military rank that keeps its dot only when capitalised, as before a
/// name ("Brig. Gen. Michael Rothstein"): "sent to the brig." ends its sentence.
fn is_rank_abbreviation(word: &str) -> bool {
    matches!(word, "Brig" | "Pfc" | "Pvt" | "Spc")
}

/// Whether `word`, before a full stop, is a newspaper state abbreviation ("Sen. Tom Cotton of
/// Ark. said"): capitalised like a name ("mass." and "ill." end sentences) and known with its
/// full stop to the places gazetteer, which lists "Ark." and "Calif." as aliases of their states.
fn state_abbreviation(word: &str) -> bool {
    let bytes = word.as_bytes();
    if bytes.len() >= 8
        || !bytes.first().is_some_and(u8::is_ascii_uppercase)
        || !bytes[1..].iter().all(u8::is_ascii_lowercase)
    {
        return false;
    }
    // The lowercase key with its full stop, on the stack: "calif.".
    let mut key = [0u8; 8];
    key[..bytes.len()].copy_from_slice(bytes);
    key[0] = key[0].to_ascii_lowercase();
    key[bytes.len()] = b'.';
    std::str::from_utf8(&key[..=bytes.len()])
        .is_ok_and(|key| super::lexicon::Lexicon::get().place(key).is_some())
}

/// Whether the dot of a state's abbreviation, followed by `rest`, is the abbreviation's: the
/// sentence goes on in lowercase or punctuation ("of Ark. said", "Rochester, Minn., pleaded"),
/// where "Silver Spring, Md. She says" and "lawmaker Claudia Mo." end theirs. (A dateline's
/// agency or dash goes on too: "TAMPA, Fla. (AP) —".)
fn state_dot(rest: &str) -> bool {
    rest.trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || ",;:)(-–—".contains(c))
}

/// Which bytes are ASCII letters and digits, for the tokeniser's inner loop.
static ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether the full stop at `dot`, closing the word that starts at `start`, ends a sentence
/// whose next one lost its space ("according to the Post.The strength"), unlike an
/// abbreviation ("U.S.", "Ph.D", "e.g.").
fn missing_space(bytes: &[u8], start: usize, dot: usize) -> bool {
    let next = &bytes[dot + 1..];
    let run = next.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    // (Not a web address: "Halo.Bungie.Org".)
    let address =
        next.get(run) == Some(&b'.') && next.get(run + 1).is_some_and(u8::is_ascii_alphabetic);
    dot - start >= 2
        && bytes[dot - 1].is_ascii_lowercase()
        && next.first().is_some_and(u8::is_ascii_uppercase)
        && run >= 2
        && next[1..run].iter().all(u8::is_ascii_lowercase)
        && !address
        && !bytes[start..dot].contains(&b'.')
}

/// Whether a word starts with an uppercase letter (and is no contracted pronoun: "I’d"), or is
/// a name after a lowercase article ("al-Shabaab").
fn capitalized(w: &str) -> bool {
    let first = w.as_bytes()[0];
    if first.is_ascii_uppercase() {
        // "I’d", "They're", "You’ve": a contracted pronoun is no name.
        return !is_contracted_pronoun(w);
    }
    if first.is_ascii_lowercase() {
        // "al-Shabaab", "el-Sisi": a lowercase article before a capitalised name.
        if !matches!(w.as_bytes().get(2..4), Some([b'-', _] | [_, b'-'])) {
            return false; // (most lowercase words: no hyphen after two or three letters)
        }
        return ["al-", "el-", "bin-"]
            .iter()
            .find_map(|p| w.strip_prefix(p))
            .is_some_and(|name| name.starts_with(char::is_uppercase));
    }
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word counts toward title case: four bytes or more, all letters. (Inlined: it is
/// asked of every word, and the length answers for most short ones at once.)
#[inline]
fn is_long_word(w: &str) -> bool {
    w.len() >= 4 && {
        let bytes = w.as_bytes();
        // (One pass: a non-ASCII byte sends the word to the test by characters.)
        match bytes.iter().position(|b| !b.is_ascii_alphabetic()) {
            None => true,
            Some(k) => bytes[k] >= 0x80 && w.chars().all(char::is_alphabetic),
        }
    }
}

/// Whether a paragraph's tokens are in headline title case: nearly every long word
/// capitalised, common words too ("Blasts", "Fast"), which a sentence full of names ("called
/// Colombian President Gustavo Petro") lacks. `capitalized_long` counts the capitalised words
/// of four bytes or more, a bound on the capitalised long words.
fn is_title_case(text: &str, toks: &[Token], capitalized_long: usize) -> bool {
    let long_words = |capital: bool| {
        toks.iter()
            .filter(move |t| t.kind == Kind::Word && t.capitalized == capital)
            .map(|t| &text[t.start..t.end])
            .filter(|w| is_long_word(w))
    };
    // At most one long word in ten in lowercase, so at least nine capitalised ones for each
    // (and three long words in all, so three capitalised). A sentence has its verbs: its
    // first few lowercase long words rule title case out, and the rest need no test.
    // (A long word is capitalised exactly when it starts with an uppercase letter.)
    if capitalized_long < 3
        || long_words(false).take(capitalized_long / 9 + 1).count() * 9 > capitalized_long
    {
        return false;
    }
    let (upper, lower) = (long_words(true).count(), long_words(false).count());
    let long = upper + lower;
    // A headline leaves (almost) no long word in lowercase; a sentence has its verbs.
    long >= 3 && lower * 10 <= long && {
        let lx = super::lexicon::Lexicon::get();
        long_words(true)
            .filter(|w| {
                let lower = super::lexicon::lowercase(w);
                lx.is_common_word(&lower) && lx.titles_starting_with(&lower).is_empty()
            })
            .count()
            >= 2
    }
}

impl<'a> Tokens<'a> {
    /// Tokenises `text`, given its quotations.
    pub fn new(text: &'a str, quotes: Vec<QuoteSpan>) -> Tokens<'a> {
        // A nickname between a first name and a surname is neither a quotation nor a word of
        // the name: its marks and words are left out of the tokens. (Not in a headline's title
        // case, where every word is capitalised: "Calls Hillary Clinton ‘A Disgrace’ Over".)
        if quotes.iter().any(|q| is_nickname(text, q)) {
            let (nicknames, others): (Vec<QuoteSpan>, Vec<QuoteSpan>) =
                quotes.iter().partition(|q| is_nickname(text, q));
            let spans: Vec<(usize, usize)> = nicknames
                .iter()
                .map(|q| (q.outer_start, q.outer_end))
                .collect();
            let mut tokens = Tokens::build(text, others, &spans);
            if !tokens.title_case {
                tokens.nicknames = nicknames
                    .iter()
                    .filter_map(|q| {
                        let after = tokens.toks.iter().position(|t| t.start >= q.outer_end)?;
                        Some((&text[q.start..q.end], after))
                    })
                    .collect();
                return tokens;
            }
        }
        Tokens::build(text, quotes, &[])
    }

    /// Tokenises `text` with its quotations, leaving out the byte spans of `nicknames` (in
    /// order).
    fn build(text: &'a str, quotes: Vec<QuoteSpan>, nicknames: &[(usize, usize)]) -> Tokens<'a> {
        let mut nickname = 0; // the next nickname at or after the current offset
        let mut toks = Vec::with_capacity(text.len() / 5);
        // (Capitals, parentheses and the words that decide title case are read as each token
        // is made, where its text is at hand, rather than in passes over the tokens after.)
        // How deep in parentheses the current token is.
        let mut depth = 0usize;
        // Capitalised words of four bytes or more: at least as many as the capitalised long
        // words that title case counts (see below), and cheap to count as each word is made.
        let mut capitalized_long = 0usize;
        let bytes = text.as_bytes();
        let mut q = 0; // next quotation that may contain the current offset
        let char_at = |i: usize| -> char {
            match bytes[i] {
                b if b.is_ascii() => b as char,
                _ => text[i..].chars().next().unwrap_or(' '),
            }
        };
        let mut i = 0;
        while i < bytes.len() {
            // ASCII spaces (tab to carriage return, and the space) are most of what is skipped.
            if matches!(bytes[i], b'\t'..=b'\r' | b' ') {
                i += 1;
                continue;
            }
            if nicknames
                .get(nickname)
                .is_some_and(|&(start, _)| start == i)
            {
                i = nicknames[nickname].1;
                nickname += 1;
                continue;
            }
            let c = char_at(i);
            let len = c.len_utf8();
            if !c.is_ascii() && (c.is_whitespace() || is_invisible(c)) {
                i += len;
                continue;
            }
            while q < quotes.len() && quotes[q].outer_end <= i && quotes[q].outer_end > 0 {
                q += 1;
            }
            let quote = quotes
                .get(q)
                .filter(|s| s.outer_start <= i && i < s.outer_end.max(s.end))
                .map(|_| q);
            if c.is_alphanumeric() {
                let mut end = i + len;
                // Whether the word is ASCII letters and digits only (an abbreviation's dot
                // aside), as most are: its capital is then its first byte's.
                let mut plain = c.is_ascii();
                // Whether a hyphen, "-" or "‑", joins two parts of the word.
                let mut hyphenated = false;
                loop {
                    // ASCII letters and digits run on without the checks below.
                    end += bytes[end..]
                        .iter()
                        .position(|&b| !ALPHANUMERIC[usize::from(b)])
                        .unwrap_or(bytes.len() - end);
                    if end >= bytes.len() {
                        break;
                    }
                    let d = char_at(end);
                    // (Most words end at a space or a punctuation mark that none of the
                    // tests below lets inside a word.)
                    if d.is_ascii() && !matches!(d, '\'' | '-' | '.' | ',') {
                        break;
                    }
                    let after = end + d.len_utf8();
                    let inner = (d == '\'' || d == '’' || d == '-' || d == '‑' || d == '.')
                        && after < bytes.len()
                        && char_at(after).is_alphanumeric()
                        && !(d == '.' && missing_space(bytes, i, end));
                    // "20,000": a thousands separator between digits.
                    let thousands = d == ','
                        && bytes[end - 1].is_ascii_digit()
                        && bytes.len() >= after + 3
                        && bytes[after..after + 3].iter().all(u8::is_ascii_digit)
                        && !bytes.get(after + 3).is_some_and(u8::is_ascii_digit);
                    if d.is_alphanumeric() || d == '\u{301}' || inner || thousands {
                        end = after;
                        plain = false;
                        hyphenated |= inner && (d == '-' || d == '‑');
                    } else {
                        break;
                    }
                }
                // An abbreviation or initial keeps its dot: "Mr.", "J.", "U.S."
                if bytes.get(end) == Some(&b'.') {
                    let word = &text[i..end];
                    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                    let number = word.eq_ignore_ascii_case("no")
                        && text[end + 1..]
                            .trim_start()
                            .starts_with(|c: char| c.is_ascii_digit());
                    // (Abbreviations are short: a longer word ends its sentence.)
                    let abbreviation = word.len() <= 6 && {
                        let lower = word.to_ascii_lowercase();
                        is_abbreviation(&lower)
                            || is_rank_abbreviation(word)
                            || is_month_abbreviation(&lower)
                            || (state_abbreviation(word) && state_dot(&text[end + 1..]))
                    };
                    // "Sen. Jeff Sessions, R-Ala., said": a party tag's state keeps its dot.
                    let party_tag = word.len() > 2
                        && matches!(&word.as_bytes()[..2], b"R-" | b"D-" | b"I-")
                        && state_abbreviation(&word[2..])
                        && state_dot(&text[end + 1..]);
                    if initial || number || word.contains('.') || abbreviation || party_tag {
                        end += 1;
                    }
                }
                // (The word's text is sliced only for the test by characters: a plain word's
                // capital is its first byte, and its length the offsets'.)
                let capital = if plain {
                    bytes[i].is_ascii_uppercase()
                } else {
                    capitalized(&text[i..end])
                };
                capitalized_long += usize::from(capital && end - i >= 4);
                toks.push(Token {
                    start: i,
                    end,
                    kind: Kind::Word,
                    quote,
                    sentence: 0,
                    capitalized: capital,
                    in_parentheses: depth > 0,
                    hyphenated,
                });
                i = end;
                continue;
            }
            let end = i + len;
            let kind = match quotes.get(q) {
                Some(s) if s.outer_start == i && s.outer_start < s.start => Kind::QuoteOpen,
                Some(s) if s.outer_end == end && s.end < s.outer_end => Kind::QuoteClose,
                _ => Kind::Punct,
            };
            if kind == Kind::Punct && c == ')' {
                depth = depth.saturating_sub(1);
            }
            toks.push(Token {
                start: i,
                end,
                kind,
                quote,
                sentence: 0,
                capitalized: false,
                in_parentheses: depth > 0,
                hyphenated: false,
            });
            if kind == Kind::Punct && c == '(' {
                depth += 1;
            }
            i = end;
        }
        let title_case = is_title_case(text, &toks, capitalized_long);
        let lowered = text.to_ascii_lowercase();
        let mut tokens = Tokens {
            text,
            toks,
            quotes,
            lowered,
            first_words: Vec::new(),
            title_case,
            nicknames: Vec::new(),
        };
        tokens.split_sentences();
        tokens
    }

    /// The text of token `i`.
    pub fn text(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    /// The text of token `i` with ASCII letters lowercased.
    pub fn lower(&self, i: usize) -> &str {
        let t = self.toks[i];
        &self.lowered[t.start..t.end]
    }

    /// Whether token `i` is a word that starts with an uppercase letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.toks[i].capitalized
    }

    /// The tokens of quotation `q`, its marks included (a quotation's tokens run together);
    /// empty when no token lies inside it.
    pub fn quote_tokens(&self, q: usize) -> std::ops::Range<usize> {
        let Some(first) = self.toks.iter().position(|tok| tok.quote == Some(q)) else {
            return 0..0;
        };
        let len = self.toks[first..]
            .iter()
            .take_while(|tok| tok.quote == Some(q))
            .count();
        first..first + len
    }

    /// Whether token `i` is a dash, which may set off a clause: "—", "–" or "-" (one written
    /// "--" is two such tokens).
    pub fn is_dash(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Punct && matches!(&self.text[t.start..t.end], "-" | "–" | "—")
        })
    }

    /// Whether token `i` follows the sign `c` written against it, with no space: the "@" of a
    /// handle, the "#" of a hashtag.
    pub fn after_sign(&self, i: usize, c: char) -> bool {
        i > 0 && self.toks[i - 1].end == self.toks[i].start && self.is_punct(i - 1, c)
    }

    /// Whether token `i` is the punctuation character `c` (false past the end).
    /// (No closure inside: the sieve asks this of most tokens, with `c` a constant, and the
    /// whole test then inlines to a compare or two.)
    #[inline]
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        t.kind == Kind::Punct
            && if c.is_ascii() {
                // (A punctuation token is one character: its first byte says which.)
                self.text.as_bytes()[t.start] == c as u8
            } else {
                self.text[t.start..t.end].starts_with(c)
            }
    }

    /// Whether sentence `sentence` quotes anyone.
    pub fn sentence_quoted(&self, sentence: usize) -> bool {
        self.toks
            .iter()
            .any(|tok| tok.sentence == sentence && tok.quote.is_some())
    }

    /// Whether token `i` is a closing quote mark right after a comma inside the quotation:
    /// `“... schools,” Trump said`.
    pub fn comma_closes_quote(&self, i: usize) -> bool {
        i > 0 && self.toks[i].kind == Kind::QuoteClose && self.is_punct(i - 1, ',')
    }

    /// Whether token `i` starts its sentence (ignoring opening quote marks and brackets).
    pub fn starts_sentence(&self, i: usize) -> bool {
        self.first_words.get(self.toks[i].sentence) == Some(&i)
    }

    /// Whether token `i` is a word with a hyphen, "-" or "‑", inside it ("Crow-era",
    /// "al-Shabaab"). (Known from the tokeniser, where a test of the word's bytes would scan it.)
    pub fn has_hyphen(&self, i: usize) -> bool {
        self.toks[i].hyphenated
    }

    /// Whether token `i` sits inside parentheses (a photo credit, an aside).
    pub fn in_parentheses(&self, i: usize) -> bool {
        self.toks[i].in_parentheses
    }

    /// Marks sentence numbers, and the first word of each sentence: a sentence ends at `.`, `!`
    /// or `?` outside quotations, followed by a capitalised word, a quote mark or the end.
    fn split_sentences(&mut self) {
        // "WASHINGTON (Reuters) - U.S. President Donald Trump on Sunday backtracked": the
        // dateline is a sentence of its own, so the word after it opens one. (Found first: it
        // reads no sentence numbers, and then one pass over the tokens marks everything.)
        let dateline_end = self.dateline_end();
        let mut sentence = 0;
        for i in 0..self.toks.len() {
            if dateline_end == Some(i) {
                sentence += 1;
            }
            self.toks[i].sentence = sentence;
            if self.toks[i].kind == Kind::Word {
                // (A word never ends a sentence, and may open one.)
                if self.first_words.len() <= sentence {
                    self.first_words.resize(sentence, usize::MAX);
                    self.first_words.push(i);
                }
            } else if self.ends_sentence(i) {
                sentence += 1;
            }
        }
    }

    /// Whether token `i`, a punctuation mark or quote mark, ends its sentence (see
    /// [`Tokens::split_sentences`]).
    fn ends_sentence(&self, i: usize) -> bool {
        let n = self.toks.len();
        let t = self.toks[i];
        // `... “outlaw nation.” Russia insisted`: a full stop closing the quotation ends
        // the sentence too, when a capitalised word follows the closing mark.
        // (But `“It goes well.” Jane Smith added.` is one sentence: a short frame of
        // capitalised words and a cue closes it.)
        let frame = || {
            let lx = super::lexicon::Lexicon::get();
            let mut j = i + 1;
            while j < n && j <= i + 4 && self.toks[j].kind == Kind::Word && self.is_capitalized(j) {
                j += 1;
            }
            j > i + 1
                && j < n
                && self.toks[j].kind == Kind::Word
                && lx.cue(self.lower(j)).is_some()
                && (j + 1 >= n || self.is_punct(j + 1, '.') || self.is_punct(j + 1, ','))
        };
        // (The full stop may be an initial's or an abbreviation's, which keeps it: `... since
        // Prisoner Cell Block H.” Labour had`.)
        let full_stop = |j: usize| {
            self.is_punct(j, '.')
                || (self.toks[j].kind == Kind::Word && self.text(j).ends_with('.'))
        };
        if t.kind == Kind::QuoteClose
            && i > 0
            && full_stop(i - 1)
            && self.toks[i - 1].quote.is_some()
            && (i + 1..n)
                .find(|&j| !self.is_punct(j, ')'))
                .is_some_and(|j| self.toks[j].kind == Kind::Word && self.is_capitalized(j))
            && !frame()
        {
            return true;
        }
        if t.quote.is_some() || t.kind != Kind::Punct {
            return false;
        }
        let c = &self.text[t.start..t.end];
        if !matches!(c, "." | "!" | "?") {
            return false;
        }
        match (i + 1..n).find(|&j| !self.is_punct(j, ')') && !self.is_punct(j, '.')) {
            None => true,
            Some(j) => {
                self.is_capitalized(j)
                    || matches!(self.toks[j].kind, Kind::QuoteOpen)
                    || self.toks[j].quote.is_some()
            }
        }
    }

    /// The first token after the paragraph's dateline, if it opens with one: a place in
    /// capitals, maybe with its state, or a place and its agency, then a dash ("WASHINGTON —",
    /// "SANTA ROSA, Calif. (Reuters) -", "Washington (CNN) –").
    fn dateline_end(&self) -> Option<usize> {
        let n = self.toks.len().min(12);
        // The place: capitalised words, maybe a comma and its state.
        let place = (0..n)
            .take_while(|&j| self.is_capitalized(j) || self.is_punct(j, ','))
            .count();
        if place == 0 || self.is_punct(place - 1, ',') {
            return None;
        }
        let capitals = |j: usize| {
            let w = self.text(j);
            w.len() >= 2 && !w.chars().any(char::is_lowercase)
        };
        // (Up to the state, in capitals: not "US President Donald Trump - a stern critic".)
        let in_capitals = (0..place)
            .take_while(|&j| !self.is_punct(j, ','))
            .all(capitals);
        let mut j = place;
        if self.is_punct(j, '(') {
            // An agency's name, no party's tag or state: "(Reuters)", not "(R-Tex.)", "(D)" or
            // "(Calif.)".
            let close = (j + 1..(j + 5).min(self.toks.len())).find(|&c| self.is_punct(c, ')'))?;
            let agency = close > j + 1
                && (j + 1..close)
                    .all(|w| self.is_capitalized(w) && !self.text(w).contains(['-', '.']))
                && self.text(j + 1).len() >= 2;
            if !agency || !(in_capitals || place == 1) {
                return None;
            }
            j = close + 1;
        } else if !in_capitals {
            return None;
        }
        if !self.is_dash(j) {
            return None;
        }
        while self.is_dash(j) {
            j += 1;
        }
        // (The story goes on with a capital: not "NATO -- the alliance -- said".)
        (j < self.toks.len() && self.is_capitalized(j)).then_some(j)
    }
}

#[cfg(test)]
mod tests {
    use super::super::quotes::find_quotes;
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let t = Tokens::new(text, find_quotes(text, false));
        (0..t.toks.len()).map(|i| t.text(i).to_string()).collect()
    }

    /// The first word of the text's second sentence, if it has one.
    fn second_sentence(text: &str) -> Option<String> {
        let t = Tokens::new(text, find_quotes(text, false));
        (0..t.toks.len())
            .find(|&i| t.toks[i].sentence == 1)
            .map(|i| t.text(i).to_string())
    }

    #[test]
    fn abbreviations_keep_their_dots() {
        assert_eq!(
            words("Mr. Smith of the U.S. said no."),
            ["Mr.", "Smith", "of", "the", "U.S.", "said", "no", "."]
        );
    }

    #[test]
    fn a_party_tag_keeps_its_state_abbreviation() {
        assert_eq!(
            words("Jeff Sessions, R-Ala., and Jerry Brown (D-Calif.) spoke. He was D-Calif."),
            [
                "Jeff", "Sessions", ",", "R-Ala.", ",", "and", "Jerry", "Brown", "(", "D-Calif.",
                ")", "spoke", ".", "He", "was", "D-Calif", "."
            ]
        );
    }

    #[test]
    fn a_full_stop_with_no_space_after_it_still_ends_a_word() {
        assert_eq!(
            words("the Post.The end, a Ph.D, e.g. St.Louis"),
            ["the", "Post", ".", "The", "end", ",", "a", "Ph.D", ",", "e.g.", "St.", "Louis"]
        );
    }

    #[test]
    fn a_dateline_is_a_sentence_of_its_own() {
        // (The text, and the first word of its second sentence, if any.)
        let cases = [
            (
                "WASHINGTON (Reuters) - Nearly 60 officials said so.",
                Some("Nearly"),
            ),
            ("SANTA ROSA, Calif. (Reuters) - Fires raged.", Some("Fires")),
            (
                "Washington (CNN) – Republicans pounced.",
                Some("Republicans"),
            ),
            (
                "COLORADO SPRINGS -- Author Malcolm Gladwell wrote.",
                Some("Author"),
            ),
            (
                "JOINT BASE ANDREWS, Maryland - President Trump landed.",
                Some("President"),
            ),
            ("US President Donald Trump - a critic - will decide.", None),
            ("Sen. Ted Cruz (R-Tex.) — who ran — said no.", None),
            ("NATO said no.", None),
            ("NATO -- the alliance -- said no.", None),
            ("Pelosi (Calif.) - the top Democrat - said no.", None),
        ];
        for (text, second) in cases {
            assert_eq!(second_sentence(text).as_deref(), second, "{text}");
        }
    }

    #[test]
    fn a_quotation_closing_on_an_initial_ends_its_sentence() {
        // (The text, and the first word of its second sentence, if any.)
        let cases = [
            (
                "He said: “The worst since Cell Block H.” Labour lost.",
                Some("Labour"),
            ),
            (
                "She said: “We made it in the U.S.” Then she left.",
                Some("Then"),
            ),
            ("He said: “It is over.” The talks ended.", Some("The")),
            ("“It goes well.” Jane Smith added.", None),
        ];
        for (text, second) in cases {
            assert_eq!(second_sentence(text).as_deref(), second, "{text}");
        }
    }

    #[test]
    fn thousands_separators_stay_inside_numbers() {
        assert_eq!(
            words("20,000 people, 1,2,3, and 2,5000"),
            ["20,000", "people", ",", "1", ",", "2", ",", "3", ",", "and", "2", ",", "5000"]
        );
    }

    #[test]
    fn apostrophes_and_hyphens_stay_inside_words() {
        assert_eq!(
            words("Colombia’s left-wing don't"),
            ["Colombia’s", "left-wing", "don't"]
        );
    }

    #[test]
    fn sentences_do_not_split_inside_quotes() {
        let text = "“I stick by it. He’s bad,” Trump said. Then he left.";
        let t = Tokens::new(text, find_quotes(text, false));
        let said = t
            .toks
            .iter()
            .position(|x| &text[x.start..x.end] == "said")
            .unwrap();
        assert_eq!(t.toks[said].sentence, 0);
        assert_eq!(t.toks.last().unwrap().sentence, 1);
        assert_eq!(t.toks[0].kind, Kind::QuoteOpen);
    }
}
#[cfg(test)]
mod title_case_tests {
    use super::super::quotes::find_quotes;
    use super::*;

    #[test]
    fn headline_is_title_case() {
        let text =
            "Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to Encourage Indiana.";
        assert!(Tokens::new(text, find_quotes(text, false)).title_case);
        for text in [
            "Former adviser Sidney Blumenthal said that he has no idea.",
            "Mayor John Brown met Mary Green, a teacher, on Tuesday.",
            "President Donald Trump spoke to Colombian President Gustavo Petro on Monday, Trump said.",
        ] {
            assert!(!Tokens::new(text, find_quotes(text, false)).title_case, "{text}");
        }
    }
}

/// "I’d", "They're", "You’ve", "We'll": a pronoun with a contracted verb.
fn is_contracted_pronoun(word: &str) -> bool {
    // (An apostrophe is `'` or starts with the byte 0xE2, as `’` does: most words have neither.)
    if !word.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return false;
    }
    let Some((stem, _)) = word.split_once(['\'', '’']) else {
        return false;
    };
    [
        "i", "you", "we", "they", "he", "she", "it", "that", "there", "who", "what",
    ]
    .iter()
    .any(|p| stem.eq_ignore_ascii_case(p))
}
