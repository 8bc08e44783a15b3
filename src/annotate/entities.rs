//! Named entities: capitalised name chunks in each paragraph, typed person / organisation /
//! place from titles, first names, organisation words and gazetteers, and a per-document
//! [`Roster`] that maps every mention of a person to one canonical name ("Trump" → "Donald
//! Trump").

use std::borrow::Cow;

use compact_str::CompactString;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lexicon::{
    is_courtesy_title, is_function_word, is_generational_suffix, is_ly_adverb,
    is_month_abbreviation, is_office_modifier, is_party_member, is_peerage_title, lowercase,
    qualified_office, Cue, Gender, Lexicon, COMPOUND_KIND_NOUNS, DETERMINERS, FACILITY_HEADS,
    LESSER_RANKS, OFFICE_QUALIFIERS, PREPOSITIONS, ROLE_MODIFIERS, SUBORDINATORS,
    SURNAME_PLACE_WORDS,
};
use super::tokens::{Kind, Tokens};
use super::EntityKind;

/// Lowercase words that may sit inside a name: "Gustavo de la Cruz", "Ministry of Foreign Affairs".
const CONNECTORS: &[&str] = &[
    "de", "da", "del", "della", "di", "do", "dos", "du", "van", "von", "der", "den", "la", "le",
    "al", "bin", "ibn", "of", "for", "y", "el",
];

/// What the document as a whole says about its words, to judge each capitalised one.
#[derive(Debug, Clone, Default)]
pub struct Vocab<'a> {
    /// Words the document writes in lowercase ("days", "social").
    pub lower: WordSet,
    /// Words the document capitalises in mid-sentence (names: "Trump", "Petro").
    pub names: HashSet<&'a str>,
    /// Capitalised words written right after a first name ("Robert Major"): surnames, even
    /// when they are also common words.
    pub surnames: HashSet<&'a str>,
    /// Verbs of saying the document capitalises before another capital, in mid-sentence
    /// after a word that is no preposition, determiner or conjunction ("how much Ask Jeeves
    /// paid", "said Tell MAMA"): a name's first word wherever it stands, unlike "Secretary
    /// of State Rex Tillerson" or "Special Agent in Charge Ed Reinhold".
    pub verb_names: HashSet<&'a str>,
}

/// A set of words kept as their 64-bit hashes: a lookup compares integers, not strings (a
/// false match needs two of one document's words to share a 64-bit hash).
///
/// The hashes sit in an open-addressed table of their own, at most half full: every lowercase
/// word of a document is added (about 750,000 over the BBC bench), and an insert here is the
/// word's hash, a masked index and a compare or two, about half what a general hash set spends.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    /// A power of two of slots, each a word's hash or [`EMPTY`]; none when nothing is held.
    slots: Vec<u64>,
    /// How many slots hold a hash.
    len: usize,
}

/// An empty slot of a [`WordSet`]. (A word that hashes to it is kept as 1: see `key`.)
const EMPTY: u64 = 0;

impl WordSet {
    /// An empty set with room for `n` words.
    pub fn with_capacity(n: usize) -> WordSet {
        WordSet {
            slots: vec![EMPTY; (2 * n).next_power_of_two().max(16)],
            len: 0,
        }
    }

    /// Adds a word. (Inlined: it is asked of every lowercase word of a document.)
    #[inline]
    pub fn insert(&mut self, word: &str) {
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        self.put(key(word));
    }

    /// Whether the set holds `word`.
    pub fn contains(&self, word: &str) -> bool {
        if self.slots.is_empty() {
            return false;
        }
        let key = key(word);
        self.slots[self.slot(key)] == key
    }

    /// Adds a key, given room for it.
    fn put(&mut self, key: u64) {
        let i = self.slot(key);
        if self.slots[i] == EMPTY {
            self.slots[i] = key;
            self.len += 1;
        }
    }

    /// The slot that holds `key`, or the empty one where it would go (the table is never
    /// full, so there is one).
    #[inline]
    fn slot(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = key as usize & mask;
        while self.slots[i] != EMPTY && self.slots[i] != key {
            i = (i + 1) & mask;
        }
        i
    }

    /// Doubles the table (or makes a first one), keeping what it holds.
    #[cold]
    fn grow(&mut self) {
        let size = (2 * self.slots.len()).max(16);
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size]);
        self.len = 0;
        for key in old.into_iter().filter(|&k| k != EMPTY) {
            self.put(key);
        }
    }
}

impl<'w> FromIterator<&'w str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'w str>>(words: I) -> WordSet {
        let mut set = WordSet::default();
        for w in words {
            set.insert(w);
        }
        set
    }
}

/// A word's key in a [`WordSet`]: its hash, never [`EMPTY`].
fn key(word: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(word.as_bytes());
    h.finish().max(1)
}

/// What a chunk of capitalised words was found to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChunkKind {
    /// A typed entity.
    Entity(EntityKind),
    /// A single capitalised word with no evidence yet (a surname mentioned alone, say).
    Unknown,
    /// A capitalised compound of words known as something else, which describes and names
    /// no one: "US-China", "African-Americans", "Anti-Trump", "Obama-Clinton".
    Descriptor,
    /// Titles and no name: "Mr. President", "the Attorney General", "the Prime Minister". It
    /// names no one itself; "the Prime Minister said" is whoever the story gave the title.
    Title,
}

/// A name mention in a paragraph: tokens `first..=last` (title and demonym included).
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    /// First token of the mention (the title, if any).
    pub first: usize,
    /// Last token of the mention.
    pub last: usize,
    /// The name's words, possessive and title stripped.
    pub words: Vec<String>,
    /// What it is.
    pub kind: ChunkKind,
    /// Gender implied by the title or first name.
    pub gender: Gender,
    /// Lowercased title and role words before the name ("president", "economist").
    pub roles: Vec<String>,
    /// Whether the last word is possessive ("Colombia’s").
    pub possessive: bool,
}

impl Chunk {
    /// The name as written, words joined by spaces.
    pub fn name(&self) -> String {
        self.words.join(" ")
    }
}

/// A shouted word as a name is written: "WALLACE" → "Wallace", "O’REILLY" → "O’Reilly",
/// "AL-SAADI" → "Al-Saadi", "MCCONNELL" → "McConnell".
pub fn title_cased(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut upper_next = true;
    for c in word.chars() {
        if upper_next {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        // A new part after a hyphen, after "O’" and "D’", and after "Mc".
        upper_next = matches!(c, '-' | '‑')
            || (matches!(c, '\'' | '’') && matches!(out.as_str(), "O’" | "O'" | "D’" | "D'"))
            || (out == "Mc" && word.chars().count() > 3);
    }
    out
}

/// How many letters a word has ("U.S." two, "KGW8-TV" five).
fn letters(word: &str) -> usize {
    word.chars().filter(|c| c.is_alphabetic()).count()
}

/// Whether a name of several words is written in capitals ("JILL STEIN"; a single word may be
/// an acronym: "NAACP").
fn shouted(words: &[String]) -> bool {
    words.len() > 1
        && words.iter().all(|w| !w.chars().any(char::is_lowercase))
        && words.iter().any(|w| letters(w) >= 2)
        && !words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
}

/// Whether token `j` is a role noun in lowercase, the kind that titles a name after it:
/// "candidate" in "presidential candidate Hillary Clinton", "minister" in "digital affairs
/// minister Cedric O".
pub fn role_word_at(t: &Tokens, j: usize) -> bool {
    t.toks.get(j).is_some_and(|tok| tok.kind == Kind::Word)
        && !t.is_capitalized(j)
        && Lexicon::get().is_role_noun(t.lower(j))
}

/// Whether word `k` ends in a possessive: not "McDonald's", "Moody's" or "Sainsbury's", names
/// the gazetteer knows with their "'s", unless the document names someone so ("According to
/// McDonald's analysis" after "Michael McDonald").
fn possessive_at(t: &Tokens, k: usize, vocab: &Vocab<'_>, lx: &Lexicon) -> bool {
    let (stem, possessive) = strip_possessive(t.text(k));
    if !possessive {
        return false;
    }
    lx.organization(&straight_apostrophes(t.lower(k))).is_none() || vocab.surnames.contains(stem)
}

/// A lowercased word or phrase with its curly apostrophes straight, as the gazetteers write them
/// ("mcdonald’s" → "mcdonald's"); most text writes them so, and needs no copy.
fn straight_apostrophes(lower: &str) -> Cow<'_, str> {
    if lower.contains('’') {
        Cow::Owned(lower.replace('’', "'"))
    } else {
        Cow::Borrowed(lower)
    }
}

/// Strips a possessive ending: "Colombia’s" → ("Colombia", true).
pub fn strip_possessive(word: &str) -> (&str, bool) {
    // (Most words end in none of "s", "S", "'" or the last byte of "’".)
    if !matches!(word.as_bytes().last(), Some(b's' | b'S' | b'\'' | 0x99)) {
        return (word, false);
    }
    for suffix in ["’s", "'s", "’S", "'S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return (stem, true);
            }
        }
    }
    if let Some(stem) = word.strip_suffix('’').or_else(|| word.strip_suffix('\'')) {
        if stem.ends_with(['s', 'S']) {
            return (stem, true);
        }
    }
    (word, false)
}

/// The roles an abbreviated title stands for: "gov." is a governor, "rep" a congressman.
fn roles_spelled_out(title: &str) -> &'static [&'static str] {
    match title.trim_end_matches('.') {
        "gov" => &["governor"],
        "sen" => &["senator"],
        "rep" => &["congressman", "congresswoman", "representative"],
        "prof" => &["professor"],
        "gen" => &["general"],
        "supt" => &["superintendent"],
        "insp" => &["inspector"],
        "det" => &["detective"],
        "sgt" => &["sergeant"],
        "capt" => &["captain"],
        "atty" => &["attorney"],
        _ => &[],
    }
}

/// The lowercase word after the last hyphen of a compound ("era" of "Crow-era", "chat" of
/// "Ex-chat"), if any.
fn lowercase_tail(word: &str) -> Option<&str> {
    if !may_hyphenate(word) {
        return None;
    }
    let h = word.rfind(['-', '‑'])?;
    let tail = word[h..].trim_start_matches(['-', '‑']);
    tail.starts_with(char::is_lowercase).then_some(tail)
}

/// Whether `word` may hold a hyphen, "-" or "‑" (whose UTF-8 starts with 0xE2): a byte test
/// before a search by characters, as most words have neither byte.
fn may_hyphenate(word: &str) -> bool {
    word.bytes().any(|b| b == b'-' || b == 0xE2)
}

/// The length in tokens of the title starting at token `i`, and its words and gender.
pub(super) fn title_at(
    t: &Tokens,
    i: usize,
    end: usize,
) -> Option<(usize, &'static [String], Gender)> {
    let lx = Lexicon::get();
    let first = t.lower(i);
    // ("Lt Col Alexander Vindman", "Gen Mark Milley": an abbreviation written without its
    // full stop, before a first name or another title; not "Gen Z".)
    let mut dotted = if first.len() <= 4 {
        lx.titles_abbreviated_as(first)
    } else {
        &[]
    };
    let name_or_title_next = || {
        i + 1 < end
            && (lx.first_name(t.text(i + 1)).is_some()
                || !lx.titles_starting_with(t.lower(i + 1)).is_empty()
                || !lx.titles_abbreviated_as(t.lower(i + 1)).is_empty())
    };
    if !dotted.is_empty() && !name_or_title_next() {
        dotted = &[];
    }
    for (words, gender) in lx
        .titles_starting_with(first)
        .iter()
        .chain(
            first
                .strip_suffix('.')
                .map_or(&[][..], |f| lx.titles_starting_with(f)),
        )
        .chain(dotted)
    {
        if i + words.len() > end {
            continue;
        }
        // (Tokens are lowercased already; a full stop may be written or not.)
        // ("the Attorney General's failure": an owner's mark aside.)
        let matches = words.iter().enumerate().all(|(k, w)| {
            let tok = strip_possessive(t.lower(i + k)).0;
            tok == *w || tok.trim_end_matches('.') == w.trim_end_matches('.')
        });
        if matches {
            // A title that is also a first name is the first name after another title and
            // before a surname alone: "Rep. Dean Phillips", "Sen. Dean Heller"; not "Assistant
            // Dean John Smith". (Not a title that gives a gender: "Lady", "Miss".) (Asked only
            // of a title found: this runs for every capitalised word.)
            let first_name = words.len() == 1
                && *gender == Gender::Unknown
                && i > 0
                && i + 1 < end
                && (i + 2 >= end || !t.is_capitalized(i + 2))
                && lx.is_title_word(t.lower(i - 1))
                && lx.first_name(t.text(i)).is_some();
            return (!first_name).then_some((words.len(), words, *gender));
        }
    }
    None
}

/// After a title and its "of", "for" or "to" at token `of`, in a run of capitalised words
/// ending before `end` (a "the" may open it and an "of" stand inside it): the token where the
/// person who holds the post starts, past its portfolio ("Minister of Finance Bill Morneau":
/// "Bill"; "Speaker of the House Nancy Pelosi": "Nancy"). That is a known first name with a
/// surname after it, or the last two or three words when the first is no common word and none
/// is a place or a body ("General Counsel for Policy Adav Noti").
fn portfolio_holder(t: &Tokens, of: usize, end: usize, lx: &Lexicon) -> Option<usize> {
    let lower = |k: usize| strip_possessive(t.lower(k)).0;
    // (A name right after "for" is whom the post serves: "Campaign Manager for Barack Obama".
    // "Mayor of Florence Dario Nardella": a first name that is a place, before a first name,
    // is the portfolio's.)
    let first = if t.lower(of) == "for" { of + 2 } else { of + 1 };
    (first..end.saturating_sub(1)).find(|&k| {
        (lx.first_name(t.text(k)).is_some()
            && !(lx.place(lower(k)).is_some() && lx.first_name(t.text(k + 1)).is_some())
            || (k > of + 1
                && end - k <= 3
                && lx.titles_starting_with(lower(k)).is_empty()
                && !lx.is_common_word(lower(k))
                && lx.organization(lower(k)).is_none()
                && (k..end).all(|m| !lx.is_org_word(lower(m)) && lx.place(lower(m)).is_none())))
            && t.is_capitalized(k)
            && !t.is_punct(k + 1, '.')
            && (of + 1..k).all(|m| {
                t.is_capitalized(m)
                    || t.lower(m) == "and"
                    || (m == of + 1 && t.lower(m) == "the")
                    || (m > of + 1 && t.lower(m) == "of")
            })
    })
}

/// After a title word at token `j`, its "of the" or "to" at `next` and the capitalised words
/// after it: the last of those words, when they name a portfolio and then the person who holds
/// it ("Speaker of the House Nancy Pelosi", "Ambassador to Russia Michael McFaul").
fn office_run(t: &Tokens, j: usize, next: usize, lx: &Lexicon) -> Option<usize> {
    let n = t.toks.len();
    // (A closure: asked at every step of every run of capitalised words, where the word at
    // `next` is rarely "of" or "to", and the word after it is then not read.)
    let the = || next + 1 < n && t.text(next + 1) == "the";
    let from = match t.text(next) {
        "of" if the() => next + 2,
        "to" => next + 1 + usize::from(the()),
        _ => return None,
    };
    if lx.titles_starting_with(t.lower(j)).is_empty() || !t.is_capitalized(j) {
        return None;
    }
    // The capitalised words, with an "of" between two of them ("Council of Economic Advisers").
    let quote = t.toks[j].quote;
    let mut end = from;
    while end < n.min(from + 10) && t.toks[end].quote == quote {
        if t.is_capitalized(end) {
            end += 1;
        } else if t.text(end) == "of" && end > from && end + 1 < n && t.is_capitalized(end + 1) {
            end += 2;
        } else {
            break;
        }
    }
    if end == from {
        return None;
    }
    // (Not past the holder's own abbreviated title: "Chairman of the Joint Chiefs of Staff Gen.
    // Martin Dempsey" is split at "Gen.", as any run is at a title inside it; "Counsel to the
    // President Pat Cipollone" runs on.)
    let holder = portfolio_holder(t, next, end, lx)?;
    (!t.text(holder - 1).ends_with('.') || title_at(t, holder - 1, end).is_none())
        .then_some(end - 1)
}

/// Whether the words after a title's "for" at token `f` name whom the post serves ("Campaign
/// Manager for Barack Obama", "for Acme Corp") rather than its portfolio ("Commissioner for
/// Refugees").
fn serves_name(t: &Tokens, f: usize, end: usize, lx: &Lexicon) -> bool {
    f + 1 < end
        && (lx.first_name(t.text(f + 1)).is_some()
            || !lx.is_common_word(strip_possessive(t.lower(f + 1)).0))
}

/// Whether a title at `k`, inside a run of capitalised words ending before `end`, starts a
/// new name: "TransLink CEO Kevin Desmond". (Not "Martin Luther King Jr.", a title word before
/// a suffix, nor a portfolio no person holds: "the United Nations High Commissioner for
/// Refugees", but "UN High Commissioner for Refugees Filippo Grandi".)
fn title_splits_at(t: &Tokens, k: usize, end: usize, lx: &Lexicon) -> bool {
    title_at(t, k, end).is_some_and(|(len, _, _)| {
        let after = k + len;
        after < end
            && !(after + 1 == end && is_generational_suffix(t.lower(after)))
            && match t.lower(after) {
                "of" => portfolio_holder(t, after, end, lx).is_some(),
                "for" => {
                    portfolio_holder(t, after, end, lx).is_some() || serves_name(t, after, end, lx)
                }
                _ => true,
            }
    })
}

/// Whether the capitalised word at `k`, inside a run of capitalised words ending before
/// `end`, opens the name of a person it describes: a role noun or a party before a first
/// name (known, or no common word) and a surname ("CBN News Reporter Charlene Aaron", "House
/// Republican Thomas Massie").
fn holder_after(t: &Tokens, k: usize, end: usize, lx: &Lexicon) -> bool {
    let lower = t.lower(k);
    // (Not in a headline in title case, whose verbs are capitalised too: "Chicago Alderman Ed
    // Burke Convicted".)
    !t.title_case
        && k + 2 < end
        && (lx.is_role_noun(lower) || party_word(lower))
        && t.text(k + 1).bytes().any(|b| b.is_ascii_lowercase())
        && (lx.first_name(t.text(k + 1)).is_some()
            || !lx.is_common_word(strip_possessive(t.lower(k + 1)).0))
        && {
            // (Not before a title of its own: "Republican Clark County Assemblywoman Michele
            // Fiore" splits at the title.)
            let name_end = own_end(t, k + 1, end);
            plain_name(t, k + 1, name_end, lx)
                && (k + 1..name_end - 1).all(|m| {
                    let w = t.lower(m);
                    (!lx.is_role_noun(w) || lx.first_name(t.text(m)).is_some())
                        && lx.titles_starting_with(w).is_empty()
                })
        }
}

/// Where a person's name starting at `from` ends, before an "of" or "for" that names where
/// they come from or whom they serve ("John Cornyn of Texas").
fn own_end(t: &Tokens, from: usize, end: usize) -> usize {
    (from..end)
        .find(|&m| matches!(t.text(m), "of" | "for"))
        .unwrap_or(end)
}

/// Whether the capitalised word at `j` qualifies the title or role after it: a word of
/// [`ROLE_MODIFIERS`], or "Press" of "Press Secretary" (not of "Associated Press Chief").
fn qualifies_role(t: &Tokens, j: usize) -> bool {
    let w = strip_possessive(t.lower(j)).0;
    ROLE_MODIFIERS.contains(&w)
        || (w == "press" && t.toks.get(j + 1).is_some() && t.lower(j + 1).starts_with("secretar"))
}

/// Whether the words from `from` to `end` hold no body's word and no place: the words of a
/// person's name.
fn plain_name(t: &Tokens, from: usize, end: usize, lx: &Lexicon) -> bool {
    (from..end).all(|m| {
        let w = strip_possessive(t.lower(m)).0;
        !lx.is_org_word(w) && lx.place(w).is_none()
    })
}

/// Whether a known first name at `k`, inside a run of capitalised words from `start` to
/// `end`, opens a person's name of its own after the run's first words: after a body's name
/// ("Christian Science Monitor Emily Qualey", "Reuters Gerald Bostock"), or as the second
/// writing of a name ("Gabrielle Giffords Gabrielle Giffords" in a photo caption).
fn second_name_at(t: &Tokens, start: usize, k: usize, end: usize, lx: &Lexicon) -> bool {
    if k + 1 >= end || lx.first_name(t.text(k)).is_none() || !plain_name(t, k, end, lx) {
        return false;
    }
    let repeated = (start..k)
        .any(|p| p + (end - k) <= k && (0..end - k).all(|m| t.text(p + m) == t.text(k + m)));
    // (Not "JPMorgan Chase CEO Jamie Dimon": a role inside is the run's split, not a first
    // name before it; nor "Secretary of Health and Human Services Alex Azar", a portfolio.)
    let split_elsewhere = || {
        (k + 1..end - 1).any(|m| lx.is_role_noun(t.lower(m)))
            || (start..k).any(|m| matches!(t.text(m), "of" | "for" | "to"))
    };
    let before = strip_possessive(t.lower(k - 1)).0;
    // (Only a repeated name in a headline in title case, whose verbs are capitalised too.)
    repeated
        || (!t.title_case
            && !split_elsewhere()
            // (Not "an analyst with Bank Julius Baer": a body's word opening the run is the
            // first word of its name.)
            && ((k - 1 > start && lx.is_org_word(before) && lx.first_name(t.text(k - 1)).is_none())
                || (lx.first_name(t.text(start)).is_none() && {
                    let body = (start..k).map(|m| t.lower(m)).collect::<Vec<_>>().join(" ");
                    lx.organization(&body).is_some() || (k - start > 1 && lx.place(&body).is_some())
                })))
}

/// Whether the last word of a run, at `k`, repeats the surname before it after a first name:
/// "Supreme Court Justice Anthony Kennedy Kennedy, 81, was appointed" is a caption, then the
/// text's first word (not "Ambassador Mounzer Mounzer", a name).
fn doubled_surname_at(t: &Tokens, start: usize, k: usize, end: usize, lx: &Lexicon) -> bool {
    k + 1 == end
        && k > start + 1
        && t.text(k) == t.text(k - 1)
        && lx.first_name(t.text(k - 2)).is_some()
}

/// Whether a common (lowercased) word may name people who speak: a group ("officials",
/// "police"), a role in the plural ("ministers"), "people", or an agent noun ("winemaker",
/// "skeptics", "economist", "civilians", "residents").
fn names_people(lower: &str) -> bool {
    let lx = Lexicon::get();
    let one = lower.strip_suffix('s').unwrap_or(lower);
    lower == "people"
        || lx.is_group_noun(lower)
        || lx.is_role_plural(lower)
        || ["er", "or", "ist", "ian", "ant", "ent"]
            .iter()
            .any(|suffix| one.len() > suffix.len() + 2 && one.ends_with(suffix))
}

/// Finds the name chunks of a tokenised paragraph. `lower_vocab` holds the words the document
/// uses in lowercase, to tell a sentence-initial common word ("Days earlier") from a name.
pub fn find_chunks(t: &Tokens, vocab: &Vocab<'_>) -> Vec<Chunk> {
    let lx = Lexicon::get();
    let n = t.toks.len();
    let mut chunks = Vec::new();
    let mut i = 0;
    // In a title-case headline only words the document otherwise treats as names count.
    let namey = |k: usize| {
        if !t.title_case {
            return true;
        }
        let w = strip_possessive(t.text(k)).0;
        let lower = lowercase(w);
        vocab.names.contains(w)
            || lx.first_name(w).is_some()
            || (lx.written_as_named(w)
                && (lx.place(&lower).is_some() || lx.organization(&lower).is_some()))
            || lx.demonym(&lower).is_some()
            || !lx.titles_starting_with(&lower).is_empty()
    };
    while i < n {
        // ("#MeToo": a hashtag is no name; nor is the pronoun "I".)
        if !t.is_capitalized(i) || !namey(i) || t.after_sign(i, '#') || t.text(i) == "I" {
            i += 1;
            continue;
        }
        // Grow the run of capitalised words (with connectors between them).
        let quote = t.toks[i].quote;
        let mut j = i;
        let mut possessive = possessive_at(t, i, vocab, lx);
        while !possessive && j + 1 < n && t.toks[j + 1].quote == quote {
            let next = j + 1;
            // ("Using Aaron Wildavsky I predicted": "I" is a regnal number only after a first
            // name alone or in a name a title opens, "Elizabeth I", "Emperor Haile Selassie I".)
            let pronoun_i = || {
                t.text(next) == "I"
                    && !(j == i && lx.first_name(t.text(j)).is_some())
                    && title_at(t, i, n).is_none()
            };
            if t.is_capitalized(next) && namey(next) && !pronoun_i() {
                j = next;
            } else if t.toks[next].kind == Kind::Word
                && (CONNECTORS.contains(&t.text(next))
                    // "National Institute on Drug Abuse", "Council on Foreign Relations"
                    || (t.text(next) == "on" && lx.is_org_word(t.lower(j)))
                    // "Centers for Disease Control and Prevention", "Department of Health and
                    // Human Services", "Committee on Oversight and Reform": "and" inside a
                    // body's "of"/"for"/"on" name.
                    || (t.text(next) == "and"
                        && (i + 1..j).any(|m| {
                            let head = t.lower(m - 1);
                            matches!(t.text(m), "of" | "for" | "on")
                                && (lx.is_org_word(head)
                                    || head.strip_suffix('s').is_some_and(|h| lx.is_org_word(h))
                                    // "Secretary of Health and Human Services Alex Azar"
                                    // (but not "Secretary of State John Kerry and ...").
                                    || (!lx.titles_starting_with(head).is_empty()
                                        && (m + 1..=j).all(|k| lx.first_name(t.text(k)).is_none())))
                        }))
                    // "Securities and Exchange Commission", "Food and Drug Administration",
                    // "World Travel and Tourism Council", "U.S. Fish and Wildlife Service": a
                    // word or three of no body's own, "and", then words ending in a body's word.
                    || (t.text(next) == "and"
                        && {
                            // (Past one word, the words after "and" are common ones too: not
                            // "Ad Age and Kantar Media", "the Journal and The Washington Post".)
                            let start = if t.lower(i) == "the" { i + 1 } else { i };
                            let plain = |m: usize| {
                                let w = t.lower(m);
                                (lx.is_common_word(w)
                                    || lx.place(w).is_some()
                                    || lx.demonym(w).is_some())
                                    && lx.first_name(t.text(m)).is_none()
                            };
                            // (Nor after a body's own name: "Amnesty International and Human
                            // Rights Watch", "American Nurses Association and ...".)
                            j < start + 3
                                && (start..=j).all(|m| plain(m) && !lx.is_org_word(t.lower(m)))
                                && (j == start
                                    || (next + 1..(next + 4).min(n))
                                        .take_while(|&m| t.is_capitalized(m))
                                        .all(|m| plain(m) && t.lower(m) != "the"))
                        }
                        && lx.is_common_word(t.lower(j))
                        && (next + 1..(next + 4).min(n))
                            .take_while(|&m| t.is_capitalized(m) && t.toks[m].quote == quote)
                            .last()
                            .is_some_and(|m| m > next + 1 && lx.is_org_word(t.lower(m))))
                    // "U.S. Customs and Border Protection", "Immigration and Customs
                    // Enforcement": a body the gazetteer knows by its whole name.
                    || (t.text(next) == "and" && known_body_across_and(t, i, j, next, lx)))
                && next + 1 < n
                && t.is_capitalized(next + 1)
                && t.toks[next + 1].quote == quote
            {
                j = next + 1;
            } else if t.toks[next].kind == Kind::Word
                && matches!(t.text(next), "de" | "von" | "van" | "di")
                && next + 2 < n
                && matches!(
                    t.text(next + 1),
                    "la" | "der" | "den" | "las" | "los" | "le"
                )
                && t.is_capitalized(next + 2)
                && t.toks[next + 2].quote == quote
            {
                // "Bernie de la Rionda", "Ursula von der Leyen": two particles in a name.
                j = next + 2;
            } else if let Some(last) = office_run(t, j, next, lx) {
                // "Speaker of the House Nancy Pelosi", "Ambassador to Russia Michael McFaul": a
                // title's portfolio runs on through "of the" or "to" to the person who holds it.
                j = last;
            } else if t.text(next) == "of"
                && lx.is_org_word(t.lower(j))
                && next + 2 < n
                && t.text(next + 1) == "the"
                && t.is_capitalized(next + 2)
                && t.toks[next + 2].quote == quote
            {
                // "the Office of the Director of National Intelligence", "the Ministry of the
                // Interior": a body's name runs on through "of the".
                j = next + 2;
            } else if t.is_punct(next, ',')
                && next + 1 < n
                && is_generational_suffix(t.lower(next + 1))
                && t.toks[next + 1].quote == quote
                && (next + 2 >= n || !t.is_capitalized(next + 2))
            {
                // "Donald Trump, Jr.": the suffix after a comma is the name's.
                j = next + 1;
            } else if t.is_punct(next, '&')
                && next + 1 < n
                && t.is_capitalized(next + 1)
                && t.toks[next + 1].quote == quote
            {
                // "Procter & Gamble", "Marsh & McLennan": a firm's name.
                j = next + 1;
            } else {
                break;
            }
            possessive = possessive_at(t, j, vocab, lx);
        }
        let (mut start, end) = (i, j + 1);
        i = end;
        // "TransLink CEO Kevin Desmond": a title inside the run starts a new name. (Not inside
        // a title that opens the run: "Vice President Joe Biden" at a sentence's start.)
        let opening_title = if end - start > 2 {
            title_at(t, start, end).map_or(0, |(len, _, _)| len)
        } else {
            0
        };
        // (After one split, only a name written again splits the rest: "Supreme Court Justice
        // Anthony Kennedy Anthony Kennedy" in a caption.)
        let first_split = start + opening_title.max(1);
        let (mut split, mut past) = (false, first_split);
        for k in first_split..end {
            // (Not after a connector: "the Office of the Director of National Intelligence".)
            if k > start
                && k >= past
                && t.is_capitalized(k)
                && !matches!(t.lower(k - 1), "of" | "the" | "for")
                && ((!split && holder_after(t, k, end, lx))
                    || second_name_at(t, start, k, end, lx)
                    || doubled_surname_at(t, start, k, end, lx)
                    || (!split && title_splits_at(t, k, end, lx)))
            {
                // ("Senate Majority Whip John Cornyn": words qualifying the title go with it.)
                let mut cut = k;
                while cut > start && qualifies_role(t, cut - 1) {
                    cut -= 1;
                }
                // ("Campaign Manager", "Finance Minister": one common word the story never
                // capitalises elsewhere is part of the title, not a name.)
                let lower = t.lower(start);
                let modifier = cut == start + 1
                    && lx.is_common_word(lower)
                    && !vocab.names.contains(t.text(start))
                    && lx.organization(lower).is_none()
                    && lx.place(lower).is_none();
                if cut > start {
                    if let Some(chunk) =
                        classify(t, start, cut, false, vocab, lx).filter(|_| !modifier)
                    {
                        chunks.push(chunk);
                    }
                }
                start = cut;
                split = true;
                // (Not again inside the title split at: "Israeli Prime Minister Benjamin
                // Netanyahu".)
                past = k + title_at(t, k, end).map_or(1, |(len, _, _)| len);
            }
        }
        // "Ukraine Kurt Volker": a place before a first name and a surname is a name of its
        // own. (Not "Jordan Peterson": a place that is a first name.)
        let (mut post, mut held_place) = (None, None);
        if end - start > 2
            && lx.place(t.lower(start)).is_some()
            && lx.first_name(t.text(start)).is_none()
            && lx.first_name(t.text(start + 1)).is_some()
            && (start + 1..end).all(|k| lx.place(t.lower(k)).is_none() && !lx.is_org_word(t.lower(k)))
            // (Not "Toronto Star File Photo": a body the gazetteer knows by both words.)
            && lx
                .organization(&format!("{} {}", t.lower(start), t.lower(start + 1)))
                .is_none()
        {
            // "the envoy to Ukraine Kurt Volker": after a role and its "to" or "of", the place
            // is the post's and the mention of its holder starts at the role.
            post = (start >= 2
                && matches!(t.lower(start - 1), "to" | "of")
                && !t.is_capitalized(start - 2)
                && (lx.is_role_noun(t.lower(start - 2))
                    || !lx.titles_starting_with(t.lower(start - 2)).is_empty()))
            .then(|| start - 2);
            held_place = classify(t, start, start + 1, false, vocab, lx);
            if post.is_none() {
                chunks.extend(held_place.take());
            }
            start += 1;
        }
        // "Jingyi Pan of IG": a person of an organisation is two names.
        // ("Cameron Easley for Morning Consult" too, and a titled one: "Mr Skeens of
        // Brownsville".)
        if let Some(of) =
            (start + 2..end.saturating_sub(1)).find(|&k| matches!(t.text(k), "of" | "for"))
        {
            let title = title_at(t, start, of).map_or(0, |(len, _, _)| len);
            let name = start + title;
            let person = (lx.first_name(t.text(start)).is_some() || title > 0)
                && name < of
                && of - name <= 3
                && (name..of).all(|k| {
                    let w = t.lower(k);
                    !lx.is_org_word(w) && lx.titles_starting_with(w).is_empty()
                })
                && lx
                    .place(
                        &(of + 1..end)
                            .map(|k| t.lower(k))
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
                    .is_none();
            if person {
                if let Some(chunk) = classify(t, start, of, false, vocab, lx) {
                    if chunk.kind == ChunkKind::Entity(EntityKind::Person) {
                        chunks.push(chunk);
                        start = of + 1;
                    }
                }
            }
        }
        let last = classify(t, start, end, possessive, vocab, lx);
        match (post, last) {
            (Some(role), Some(mut chunk))
                if chunk.kind == ChunkKind::Entity(EntityKind::Person) =>
            {
                chunk.first = chunk.first.min(role);
                chunk.roles.push(t.lower(role).to_string());
                chunks.push(chunk);
            }
            // (No holder after all: the place is a place.)
            (_, last) => {
                chunks.extend(held_place);
                chunks.extend(last);
            }
        }
    }
    chunks
}

/// Whether the capitalised run from `i` to `j`, "and" at `next`, and the capitalised words
/// after it make (from `i` or the word after it) an organisation the gazetteer knows.
fn known_body_across_and(t: &Tokens, i: usize, j: usize, next: usize, lx: &Lexicon) -> bool {
    let n = t.toks.len();
    let after = (next + 1..(next + 4).min(n))
        .take_while(|&m| t.is_capitalized(m) && t.toks[m].quote == t.toks[next].quote)
        .last();
    let Some(last) = after else { return false };
    (i..=j.min(i + 1)).any(|from| {
        last + 1 - from <= lx.max_gazetteer_words
            && lx.starts_gazetteer_phrase(t.lower(from))
            && (next + 1..=last).rev().any(|end| {
                let phrase = (from..=end)
                    .map(|k| t.lower(k))
                    .collect::<Vec<_>>()
                    .join(" ");
                lx.organization(&phrase).is_some()
            })
    })
}

fn classify(
    t: &Tokens,
    mut start: usize,
    end: usize,
    possessive: bool,
    vocab: &Vocab<'_>,
    lx: &Lexicon,
) -> Option<Chunk> {
    let opened_at = start;
    // "Standard & Poor's": a name of several words the gazetteer knows with its "'s" is no
    // possessive (`possessive_at` asks it of one word).
    // (The phrase is joined only when the gazetteer has a name of its length opening with its
    // first word, as for `gazetteer_phrase` below: not for every "Donald Trump's".)
    let possessive = possessive
        && !(end - start > 1
            && end - start <= lx.max_gazetteer_words
            && lx.starts_gazetteer_phrase(&straight_apostrophes(t.lower(start)))
            && lx
                .organization(&straight_apostrophes(
                    &(start..end)
                        .map(|k| t.lower(k))
                        .collect::<Vec<_>>()
                        .join(" "),
                ))
                .is_some());
    // "Jim Crow-era laws", "Kremlin-backed media": a name in a compound ending in a participle
    // or a noun of kind modifies a noun; it names nothing itself. (Not "Ban Ki-moon".)
    if t.has_hyphen(end - 1)
        && lowercase_tail(t.text(end - 1))
            .is_some_and(|tail| tail.ends_with("ed") || COMPOUND_KIND_NOUNS.contains(&tail))
    {
        return None;
    }
    // "Broaddrick Sunday night recounted", "The Times on Saturday wrote": a weekday after a
    // name is a time, not the name's ("Super Tuesday" is one name).
    let mut end = end;
    while end - start > 1 && !possessive && {
        let w = t.lower(end - 1);
        let before = end - 2;
        // (Weekdays only: "USA Today" keeps its name.)
        matches!(
            w,
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        ) && (!t.is_capitalized(before)
            || !lx.is_common_word(t.lower(before))
            // ("The Globe and Mail Thursday": after a name of several words; "Super Tuesday",
            // "Good Friday" are one word and a weekday.)
            || before > start
            // ("President Donald Trump Wednesday": a surname that is also a word.)
            || vocab.surnames.contains(strip_possessive(t.text(before)).0))
    } {
        end -= 1;
        while end - start > 1 && !t.is_capitalized(end - 1) {
            end -= 1;
        }
    }
    let lower_vocab = &vocab.lower;
    // The last word without its possessive, as written and lowercased. (Stripped once here:
    // the rules below ask for the last word many times.)
    let (last_word, last_lowered) = if possessive {
        (
            strip_possessive(t.text(end - 1)).0,
            strip_possessive(t.lower(end - 1)).0,
        )
    } else {
        (t.text(end - 1), t.lower(end - 1))
    };
    let word = |k: usize| {
        if k + 1 == end {
            last_word
        } else {
            t.text(k)
        }
    };
    // A sentence-initial common word is not part of a name ("Days earlier", "When asked"),
    // nor is a day, month or function word ("Monday Trump said"), unless a gazetteer knows
    // the whole phrase ("New Brunswick").
    // Byte offsets are shared with the ASCII-lowercased text, so its slices need no copy.
    let lowered = |k: usize| {
        if k + 1 == end {
            last_lowered
        } else {
            t.lower(k)
        }
    };
    // A phrase the gazetteers know whole ("New Brunswick", "The New York Times" from "New").
    let gazetteer_phrase = |start: usize| {
        if end - start == 1 {
            let lower = lowered(start);
            lx.written_as_named(word(start))
                && (lx.place(lower).is_some() || lx.organization(lower).is_some())
        } else {
            end - start <= lx.max_gazetteer_words && lx.starts_gazetteer_phrase(lowered(start)) && {
                // (Words one space apart are the lowercased text itself: no copy.)
                let spaced = (start + 1..end).all(|k| {
                    t.toks[k].start == t.toks[k - 1].end + 1
                        && t.text.as_bytes()[t.toks[k - 1].end] == b' '
                });
                let lower = if spaced {
                    let from = t.toks[start].start;
                    Cow::Borrowed(&t.lowered[from..t.toks[end - 1].start + lowered(end - 1).len()])
                } else {
                    Cow::Owned((start..end).map(lowered).collect::<Vec<_>>().join(" "))
                };
                // ("North Korean" is no "Korean".)
                lx.place(&lower).is_some()
                    || lx.organization(&lower).is_some()
                    || lx.demonym(&lower).is_some()
            }
        }
    };
    while start < end && !gazetteer_phrase(start) {
        let w = word(start);
        let lower = lowered(start);
        // "Smith said", "Smith, who ...": a word that opens a sentence as a speaker is a name.
        // ("Republicans quickly accused": an adverb may come first.)
        // ("Golden has said", "Major had earlier told": auxiliaries and adverbs too.)
        // (A closure, as `initial` below: most words are settled before it is asked, and the
        // verb after the word needs no lookup.)
        let speaks_next = || {
            let mut verb = start + 1;
            while verb < start + 3
                && t.toks.get(verb).is_some_and(|tok| tok.kind == Kind::Word)
                && (is_ly_adverb(t.lower(verb))
                    || matches!(
                        t.lower(verb),
                        "has" | "have" | "had" | "also" | "later" | "earlier" | "already" | "again"
                    ))
            {
                verb += 1;
            }
            // ("Polling suggests" is no name; "Manning says", "Sterling told" are.)
            let gerund =
                lower.ends_with("ing") && lx.is_common_word(lower) && !vocab.names.contains(w);
            // ("Trade talks between", "Statistics released last week", "Golden rule 'intact'": a
            // cue that needs speech beside it, in a form that may be a noun or a participle, and
            // has none is a noun or participle after a common word, unless the word names people
            // who may speak: "Winemaker rejects", "Skeptics point out, however,"; "Salon reported
            // in May that"; not "Smith spoke".)
            let verb_only = |v: usize, c: Cue| {
                let form = t.lower(v);
                c.strong
                    || c.act
                    || !(form.ends_with('s') || form.ends_with("ed") || form == c.lemma)
                    || names_people(lower)
                    || (v + 1..(v + 4).min(t.toks.len())).any(|n| {
                        t.toks[n].kind == Kind::QuoteOpen
                            || matches!(t.lower(n), "that" | "," | ":")
                    })
            };
            // (Past an auxiliary or "also", a verb of saying only: not "History has shown",
            // "History also indicates".)
            let auxiliary = (start + 1..verb).any(|a| !is_ly_adverb(t.lower(a)));
            t.toks.get(verb).is_some_and(|_| {
                lx.cue(t.lower(verb)).is_some_and(|c| {
                    !c.participle
                        && (c.strong || !auxiliary)
                        && (!gerund || matches!(c.lemma, "say" | "tell"))
                        && verb_only(verb, c)
                })
            }) || comma_who(t, start + 1)
        };
        let initial =
            || (t.starts_sentence(start) || t.toks[start].kind != Kind::Word) && !speaks_next();
        // "Major said", where the story names a Robert Major: a surname, not an adjective.
        let surname = || end - start == 1 && vocab.surnames.contains(w);
        // "Says Law" is no name, but "the Post" is one: a verb form after "the" is a noun.
        let after_the = || start > 0 && t.lower(start - 1) == "the";
        // "spokeswoman Hope Hicks": a cue that is a first name, before the rest of a name.
        let first_name = || {
            !t.title_case
                && !t.starts_sentence(start)
                && end - start >= 2
                && lx.first_name(w).is_some()
        };
        // "Ex-chat show host ...", "Al-Qaeda-linked al-Shabaab": a compound ending in a
        // lowercase word is a modifier.
        let modifier = t.has_hyphen(start) && lowercase_tail(w).is_some();
        // "JUST WATCHED Trump spars with Macron": a shouted verb before a name is a label,
        // not part of it (not "VICE News" or "the SITE Intelligence Group").
        let shouted = || {
            w.len() >= 3
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && t.text(start + 1).bytes().any(|b| b.is_ascii_lowercase())
                && (lower.ends_with("ed") || lower.ends_with("ing"))
                && lx.is_common_word(lower)
        };
        // "Acme Group said", "Athletics Ireland said": a noun opening a sentence before the
        // body's word that ends the name, or a plural before a place, is the body's first word.
        // (Not "Following Ohio's announcement", "Fierce Wisconsin recall campaign".)
        let opens_body_name = || {
            end - start == 2
                && lx.is_common_word(lower)
                && !lx.is_not_name(lower)
                && !lower.ends_with("ly")
                && !lower.ends_with("ing")
                && !lower.ends_with("ed")
                && (lx.is_org_word(lowered(end - 1))
                    || (lower.ends_with('s')
                        && !lower.ends_with("ss")
                        && lx.place(lowered(end - 1)).is_some()))
                && !lx.is_role_noun(lower)
                && !lx.is_group_noun(lower)
                && lx.demonym(lower).is_none()
        };
        // "the New Republic", "the Big Lottery Fund": after "the", an adjective capitalised in
        // mid-sentence before another capital is the name's first word (not in a title-case
        // headline, where every word is capitalised).
        let adjective_opens_name = || {
            !t.title_case
                && after_the()
                && end - start >= 2
                && matches!(lower, "new" | "old" | "big" | "great" | "good" | "high")
        };
        // The run is two words, a first name and a surname: a word the story never writes in
        // lowercase (not "May Day") and no place or body the gazetteers know ("Will Russia
        // sell", "After May Congress").
        let before_surname = || {
            !t.title_case && end - start == 2 && {
                let next = lowered(start + 1);
                !lx.is_not_name(next)
                    && !lower_vocab.contains(next)
                    && lx.place(next).is_none()
                    && lx.organization(next).is_none()
            }
        };
        // Opening a sentence or after a colon or a quote, the person the run names speaks or is
        // described: "Will McCants said", "Ford O'Connell, a Republican strategist,", "“...,”
        // Will Moy, director of Full Fact,"; not "Will Trump win?".
        let speaks_or_described = || {
            let speaks = t.toks.get(end).is_some_and(|_| {
                let after = t.lower(end);
                lx.cue(after)
                    .is_some_and(|c| c.strong && !c.participle && after != c.lemma)
            });
            let after_quote = start > 0 && t.toks[start - 1].kind == Kind::QuoteClose;
            let described = t.is_punct(end, ',')
                && t.toks.get(end + 1).is_some_and(|n| {
                    let w = t.lower(end + 1);
                    n.kind == Kind::Word
                        && (matches!(w, "a" | "an" | "the" | "who" | "whose")
                            || lx.is_role_noun(w)
                            || is_office_modifier(w))
                });
            speaks || described || after_quote
        };
        // "said Will McCants, a scholar", "May Smith said": a first name that is also a modal
        // or a month opens a person's name before a surname, mid-sentence after a word that is
        // no preposition, determiner or time word ("in May", "a May Gallup poll", "late May"),
        // else when the person speaks or is described.
        let first_name_of_speaker = || {
            before_surname()
                && lx.first_name(w).is_some()
                && if start > 0 && t.toks[start - 1].kind == Kind::Word {
                    let before = t.lower(start - 1);
                    !PREPOSITIONS.contains(&before)
                        && !SUBORDINATORS.contains(&before)
                        && !DETERMINERS.contains(&before)
                        && !matches!(before, "early" | "late" | "mid" | "last" | "next")
                } else {
                    // (Not in a question: "Will Johnson, the prime minister, survive the vote?")
                    let sentence = t.toks[start].sentence;
                    let question = (start..t.toks.len())
                        .take_while(|&k| t.toks[k].sentence == sentence)
                        .any(|k| t.is_punct(k, '?'));
                    !question && speaks_or_described()
                }
        };
        // (A word of the not-names list that is a name here: a surname the story uses, an
        // adjective opening a name, or a first name before a speaker's surname.)
        let names_here = || surname() || adjective_opens_name() || first_name_of_speaker();
        let common = modifier
            || (start + 1 < end && shouted())
            // ("Mr Blair": a courtesy title without its full stop still opens a name.)
            || (lx.is_not_name(lower)
                && !names_here()
                // ("the former governor, Jan Brewer": a first name that is also a month's
                // abbreviation, before the rest of a name.)
                && !(first_name() && is_month_abbreviation(lower))
                && !(end - start > 1
                    && is_courtesy_title(w)
                    && title_at(t, start, end).is_some()))
            || (lx.cue(lower).is_some()
                && !after_the()
                && !first_name()
                && !(end - start >= 2
                    && vocab.verb_names.contains(w)
                    && (start == 0
                        || t.toks[start - 1].kind != Kind::Word
                        || !is_function_word(t.lower(start - 1)))))
            || (initial()
                && (lower_vocab.contains(lower) || lx.is_common_word(lower))
                && !vocab.names.contains(w)
                && lx.first_name(w).is_none()
                && lx.place(lower).is_none()
                && lx.organization(lower).is_none()
                && lx.titles_starting_with(lower).is_empty()
                && !opens_body_name());
        // "The New York Post": "New" opens a place the gazetteer knows.
        let opens_place = || {
            start + 1 < end
                && lx.starts_place(lower)
                && lx
                    .place(&format!("{lower} {}", lowered(start + 1)))
                    .is_some()
        };
        if common && !opens_place() {
            start += 1;
        } else {
            break;
        }
    }
    // Connectors never start a name.
    while start < end && !t.is_capitalized(start) {
        start += 1;
    }
    if start >= end {
        return None;
    }
    let mut first = start;
    let mut roles = Vec::new();
    let mut gender = Gender::Unknown;
    // Lowercase roles and titles right before the name: "economist Philip Cross".
    let mut k = first;
    while k > 0 && first - k < 3 {
        let prev = k - 1;
        // (Borrowed from the lowercased text: most words before a name are no role, and are
        // copied only when kept.)
        let w = t.lower(prev);
        // A lesser rank before a role, or before a title the name opens with, is kept so that
        // "the Foreign Secretary" is someone else: "shadow foreign secretary Michael Ancram",
        // "Shadow Foreign Secretary William Hague" (it may open the sentence). (Not "former":
        // it stands before most politicians' names, and "the former vice president" is one of
        // them.)
        let rank = |w: &str| {
            LESSER_RANKS.contains(&w)
                && (k < first || !lx.titles_starting_with(t.lower(first)).is_empty())
        };
        if t.toks[prev].kind != Kind::Word
            || (t.is_capitalized(prev) && !(t.starts_sentence(prev) && rank(w)))
        {
            break;
        }
        if OFFICE_QUALIFIERS.contains(&w) && k < first {
            // "prime minister Tony Blair", "vice president Joe Biden": the office whole.
            let office = (prev..first).map(|m| t.lower(m)).collect::<Vec<_>>();
            roles.retain(|r: &String| !office.contains(&r.as_str()));
            roles.extend(qualified_office(&office));
            k = prev;
        } else if lx.is_role_noun(w) || !lx.titles_starting_with(w).is_empty() || rank(w) {
            roles.push(w.to_string());
            k = prev;
        } else {
            break;
        }
    }
    // Leading demonym ("Colombian President ...") is not part of the name.
    // An organisation keeps it: "Canadian Beverage Association".
    // (Asked only of a name that opens with a demonym or a party word, as few do; over its
    // words as they stand before either is dropped.)
    let name_start = start;
    // (So does a name joined by "for": "Syrian Observatory for Human Rights", "Americans for
    // Prosperity".)
    let org_name = || {
        (name_start..end).any(|k| lx.is_org_word(lowered(k)))
            || (name_start + 1..end.saturating_sub(1)).any(|k| t.text(k) == "for")
    };
    // (Not a place's own word: "Saudi Arabia".)
    if end - start > 1
        && lx.demonym(lowered(start)).is_some()
        && !org_name()
        && !gazetteer_phrase(start)
    {
        start += 1;
    }
    // So is a party before a first name or a title: "Republican Rick Perry", "Democrat Bill
    // Nelson" (not "Republican Party Chair Rob Anderson").
    if end - start > 2
        && party_word(lowered(start))
        && !org_name()
        && (lx.first_name(t.text(start + 1)).is_some() || title_at(t, start + 1, end).is_some())
    {
        // (The party describes its member, as a role: "said Cedar Rapids Democrat Dale Todd".)
        roles.push(lowered(start).to_string());
        start += 1;
    }
    let opened = start;
    // Titles: "Secretary of State Marco Rubio", "Mr. Wilkinson". (Not before a body's word:
    // "the Justice Department", "General Motors".)
    let mut titled = false;
    // (A monarch's or a knight's title: squares and stations are named after them.)
    let mut royal = false;
    // (How many titles open it: "Detective Chief Superintendent" has two before its last.)
    let mut titles = 0;
    // (Whether a courtesy title opens it: "Mr Holland".)
    let mut courtesy = false;
    let body = lx.is_org_word(lowered(end - 1));
    // "Majority Whip John Cornyn", "Deputy Press Secretary Josh Earnest", "Senior
    // Correspondent Jim Acosta": a word qualifying the title or role after it goes with it.
    let role_modifier = |start: usize| {
        end - start > 2
            && qualifies_role(t, start)
            && title_at(t, start, end).is_none()
            && (title_at(t, start + 1, end).is_some()
                || lx.is_role_noun(lowered(start + 1))
                || qualifies_role(t, start + 1))
    };
    // "Vice President Joe Biden", "Prime Minister ...": a qualified office is one role, whole
    // ("Deputy" may be a title of its own before the office it qualifies).
    let mut qualifier: Vec<String> = Vec::new();
    while start < end && !body {
        if role_modifier(start) {
            roles.push(lowered(start).to_string());
            start += 1;
            continue;
        }
        match title_at(t, start, end) {
            Some((len, words, g)) if start + len < end => {
                titled = true;
                titles += 1;
                royal |= matches!(
                    t.lower(start),
                    "sir" | "dame" | "king" | "queen" | "prince" | "princess" | "lord" | "lady"
                );
                courtesy |= len == 1
                    && (is_courtesy_title(t.text(start)) || is_peerage_title(t.lower(start)));
                if g != Gender::Unknown {
                    gender = g;
                }
                let spelled: Vec<&str> =
                    qualifier.iter().chain(words).map(String::as_str).collect();
                if words.len() == 1 && OFFICE_QUALIFIERS.contains(&spelled[0]) {
                    qualifier.extend(words.iter().cloned());
                } else if let Some(office) = qualified_office(&spelled) {
                    roles.push(office);
                    qualifier.clear();
                } else {
                    // ("Gov. Nathan Deal" is the governor "the governor" means.)
                    for w in words {
                        roles.extend(roles_spelled_out(w).iter().map(|r| r.to_string()));
                    }
                    roles.extend(words.iter().cloned());
                }
                start += len;
            }
            _ => break,
        }
    }
    roles.append(&mut qualifier);
    // "Minister of Foreign Affairs": a title with its portfolio names a post, not a person;
    // "Justice Who Once Mocked" (a headline) is a title before function words.
    // But "Minister of Finance Bill Morneau" goes on to the person who holds the post.
    if titled && start < end && matches!(t.lower(start), "of" | "for" | "to") {
        match portfolio_holder(t, start, end, lx) {
            // ("Secretary of Health Dr. Rebekah Gee": the holder's own title goes too.)
            Some(k) => {
                start = k;
                while let Some((len, _, _)) =
                    title_at(t, start, end).filter(|&(len, _, _)| start + len < end)
                {
                    start += len;
                }
            }
            // "Deputy Campaign Manager for Barack Obama": the name after "for" is whom the
            // post serves, a name of its own without the title.
            None if t.lower(start) == "for" && serves_name(t, start, end, lx) => {
                (titled, gender, first, k) = (false, Gender::Unknown, start + 1, start + 1);
                roles.clear();
            }
            None => return None,
        }
    }
    if titled && t.title_case && start < end && (start..end).all(|k| lx.is_not_name(lowered(k))) {
        return None;
    }
    // "Chief Technology Officer Jane Smith", "Deputy Police Commissioner Catherine Burn": after
    // a title, its portfolio in common words runs to a role noun before a first name.
    if titled {
        let portfolio_end = (start + 1..(start + 4).min(end.saturating_sub(2)))
            .find(|&j| lx.is_role_noun(lowered(j)) && lx.first_name(t.text(j + 1)).is_some());
        if let Some(j) = portfolio_end.filter(|&j| {
            (start..j).all(|m| {
                let w = lowered(m);
                t.is_capitalized(m) && lx.is_common_word(w) && lx.place(w).is_none()
            })
        }) {
            roles.push(lowered(j).to_string());
            start = j + 1;
        }
    }
    // Connectors never start a name; nor do capitalised role nouns
    // or plural demonyms ("Organizer Dwayne Croteau", "Canadians Mackenzie Hughes").
    // (After a title, a role noun that is also a first name is the name: "Cpl. Ally
    // Beiswanger"; not "Star Wars".)
    while start < end {
        let lower = lowered(start);
        let plural_demonym = || {
            lower
                .strip_suffix('s')
                .is_some_and(|d| lx.demonym(d).is_some())
        };
        // ("Food Network Host Guy Fieri": nor after a role.)
        let role = || {
            lx.is_role_noun(lower)
                && !((titled || !roles.is_empty()) && lx.first_name(t.text(start)).is_some())
        };
        if !t.is_capitalized(start)
            || (end - start > 1 && (role() || (plural_demonym() && !org_name())))
        {
            if t.is_capitalized(start) {
                roles.push(lower.to_string());
            }
            start += 1;
        } else {
            break;
        }
    }
    // "Attorney General", "Inspector General", "Lord Chancellor": a title of two words names
    // an office, not a person "General". (Not "Sen. King", "Judge Bates", "Prime Minister
    // Major"; and "the Mexican President" is a role whose holder resolution finds.)
    // ("Acting Detective Chief Superintendent, Mick Deats": nor is a last title after two.)
    // (After "the" it is kept, a title whose holder resolution finds: "the Attorney General
    // said"; it names no one of its own: `ChunkKind::Title`.)
    if end - start == 1
        && start > opened
        && (title_at(t, opened, end).is_some_and(|(len, _, _)| opened + len == end)
            || (titles >= 2 && !lx.titles_starting_with(lowered(start)).is_empty()))
        && !(first > 0 && t.lower(first - 1) == "the" && titles_only(t, opened, end, vocab))
    {
        return None;
    }
    let mut words: Vec<String> = (start..end)
        .filter(|&k| !t.is_punct(k, ','))
        .map(|k| {
            let w = word(k);
            // (Each of the three starts with the byte 0xE2 in UTF-8, which most words lack: a
            // byte search before the search by characters.)
            if w.as_bytes().contains(&0xE2) && w.contains(['’', '‑', '–']) {
                w.replace('’', "'").replace(['‑', '–'], "-")
            } else {
                w.to_string()
            }
        })
        .filter(|w| !w.is_empty())
        .collect();
    // "Richard Shelby of Alabama", "President Macron of France": a person's home state or
    // country is not part of the name.
    if let Some(of) = words.iter().position(|w| w == "of") {
        let rest = words[of + 1..].join(" ").to_lowercase();
        // ("Steny Hoyer of Maryland": or two names no first-name list knows, neither a common
        // word nor a body's, where "Bank of Canada" has one.)
        let unknown_pair = of == 2
            && words[..2].iter().all(|w| {
                let w = lowercase(w);
                !lx.is_common_word(&w) && !lx.is_org_word(&w) && lx.place(&w).is_none()
            });
        let person =
            (of >= 2 && lx.first_name(&words[0]).is_some()) || (titled && of >= 1) || unknown_pair;
        if person && lx.place(&rest).is_some() {
            words.truncate(of);
        }
    }
    // "Doug Collins, R-Ga.," "(D-Md.)": a party and state tag names no one.
    if words.is_empty() || (words.len() == 1 && is_party_tag(&words[0])) {
        return None;
    }
    // (On the stack when short, as most names are: no allocation.)
    let mut joined = CompactString::default();
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            joined.push(' ');
        }
        joined.push_str(w);
    }
    let lower = lowercase(&joined);
    // (Words hold no spaces, so the lowercased name splits back into them; nor any other
    // whitespace, so the byte split, much cheaper on a short name than a search for ' ',
    // gives the same words.)
    // (On the stack for a name of up to eight words.)
    let mut few = [""; 8];
    let many: Vec<&str>;
    let lowers: &[&str] = if words.len() <= few.len() {
        let mut n = 0;
        for w in lower.split_ascii_whitespace() {
            few[n] = w;
            n += 1;
        }
        &few[..n]
    } else {
        many = lower.split_ascii_whitespace().collect();
        &many
    };
    let last = lowers[lowers.len() - 1];
    let first_gender = lx.first_name(&words[0]);
    // (A lone word the story writes as a surname says nothing: "Arnold" after "Andrea
    // Arnold"; "Natalie" alone is a woman.)
    if gender == Gender::Unknown && (words.len() > 1 || !vocab.surnames.contains(words[0].as_str()))
    {
        gender = first_gender.unwrap_or(Gender::Unknown);
    }
    // (Capitals first: most words fail at their second letter, before the count of letters.)
    let all_caps = |w: &str| {
        w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
    };
    let common = |w: &str| lx.is_common_word(w) || lower_vocab.contains(w) || lx.is_not_name(w);
    // ("Gao" is no GAO: an acronym only in capitals.)
    let as_named = || words.len() > 1 || lx.written_as_named(&words[0]);
    // "Mr Holland", "Lady Scotland": a place's name after a courtesy or peer's title is a
    // person's. (Not after an office: "Chief Asia Economist", "Deputy U.S. attorney". A place
    // the story writes as a surname is found once the story is read:
    // `places_named_as_surnames`.)
    let surname_of_place = || words.len() == 1 && courtesy;
    // "@BernieOrElse": a handle names an account, which may speak, of no known kind.
    let handle = t.after_sign(start, '@');
    let initials = person_initials(&words, lowers, lx);
    // "The Washington Times, LLC", "2 p.m. ET": a firm's suffix alone or a time zone names no
    // one.
    if words.len() == 1
        && (matches!(
            lower.trim_end_matches('.'),
            "inc" | "ltd" | "llc" | "plc" | "corp" | "lp"
        ) || (TIME_ZONES.contains(&joined.as_str()) && after_time(t, first)))
    {
        return None;
    }
    // A hyphenated word alone, no surname of the story's: a brand ("Hewlett-Packard"), or a
    // compound that describes ("US-China").
    let hyphen = words.len() == 1
        && may_hyphenate(&words[0])
        && hyphenated(&words[0])
        && !vocab.surnames.contains(words[0].as_str());
    // (An ASCII digit is its byte: no decoding of characters.)
    let kind = if titles_only(t, opened, end, vocab) {
        ChunkKind::Title
    } else if handle || words.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit())) {
        ChunkKind::Unknown // "Bill C-48", "FM91": never a person
    } else if lx.place(&lower).is_some() && as_named() && !surname_of_place() {
        ChunkKind::Entity(EntityKind::Place)
    } else if (lx.organization(&lower).is_some() && as_named()) || words.iter().any(|w| w == "&") {
        // ("Procter & Gamble": an ampersand joins partners in a firm's name.)
        ChunkKind::Entity(EntityKind::Organization)
    } else if (titled && !(royal && words.len() > 1 && FACILITY_HEADS.contains(&last)))
        || (first_gender.is_some() && who_follows(t, end))
    {
        // ("Christopher Hill, who led the delegation": "who" speaks of a person, whatever
        // the surname reads like.)
        ChunkKind::Entity(EntityKind::Person)
    } else if first_gender.is_none()
        && opened_at > 0
        && lx.is_body_title_noun(t.lower(opened_at - 1))
        // (Not a surname the story gives a person: "the company Murdoch founded".)
        && !(words.len() == 1 && vocab.surnames.contains(words[0].as_str()))
    {
        // "Russian oil firm Yukos", "carmaker Fiat", "the group Hamas": named after its noun.
        ChunkKind::Entity(EntityKind::Organization)
    } else if hyphen && joins_known_names(&words[0], vocab, lx) {
        ChunkKind::Descriptor
    } else if hyphen
        || words
            .iter()
            .enumerate()
            .any(|(i, w)| camel_case(w) && !(i > 0 && romanised_given_name(w)))
    {
        // ("Hewlett-Packard" is a brand; "Jody Wilson-Raybould", after a first name, a person,
        // and so is "Wilson-Raybould" in a story that names her.)
        // "TransLink", "SkyTrain", "GroupM": brand names, not people ("McCallum" aside).
        ChunkKind::Entity(EntityKind::Organization)
    } else if lowers.iter().any(|w| {
        // ("Centers for Disease Control": a plural head too.)
        lx.is_org_word(w)
            || (words.len() > 2 && w.strip_suffix('s').is_some_and(|h| lx.is_org_word(h)))
    }) || (words.len() > 1
        && words.iter().enumerate().any(|(i, w)| {
            // ("George H.W. Bush": middle initials after a first name.)
            // (Not the last word: "Chelsea F.C.")
            let middle_initials = i > 0
                && i + 1 < words.len()
                && first_gender.is_some()
                && initials_shape(w.as_bytes());
            all_caps(w) && !(i == 0 && initials) && !middle_initials
        }))
    {
        ChunkKind::Entity(EntityKind::Organization)
    } else if initials
        && !(words.len() > 1
            && lx.is_place_word(last)
            && !SURNAME_PLACE_WORDS.contains(&last.trim_end_matches('s')))
    {
        // "J.K. Rowling", "A.J. Green": initials before a surname, even a common word (not
        // before a place's word: "L.A. County", "N. Central Ave."; but "W.C. Fields").
        ChunkKind::Entity(EntityKind::Person)
    } else if words.len() > 1
        && (matches!(
            lowers[0],
            "st." | "st" | "saint" | "mount" | "lake" | "fort" | "port"
        ) || lx.is_place_word(last))
        && !(words.len() == 2 && first_gender.is_some() && SURNAME_PLACE_WORDS.contains(&last))
    {
        ChunkKind::Entity(EntityKind::Place)
    } else if words.len() > 1 && lx.is_event_word(last) {
        ChunkKind::Unknown // "FedEx Cup", "Sony Open": an event, not a person
    } else if words.len() <= 2 && lx.demonym(&lower).is_some() {
        ChunkKind::Entity(EntityKind::Place)
    } else if words.len() == 1
        && all_caps(&joined)
        && joined.len() <= 6
        // "BAA said" mid-sentence is an acronym even if "baa" is a word; "NEW" opening a
        // shouted line is not.
        && (!lx.is_common_word(&lower) || (joined.len() >= 3 && !t.starts_sentence(first)))
    {
        ChunkKind::Entity(EntityKind::Organization)
    } else if words.len() >= 2
        && (first_gender.is_some() || roles.iter().any(|r| lx.is_role_noun(r)))
    {
        // "Gustavo Petro"; "governor Mervyn King": a first name, or a person's role before it.
        ChunkKind::Entity(EntityKind::Person)
    } else if words.len() >= 2
        && (lx.place(last).is_some()
            || lx.place(&lowers[..lowers.len() - 1].join(" ")).is_some() && last.ends_with('s'))
    {
        // "Statistics Canada" (a body named after its place), "San Jose Sharks" (a team).
        ChunkKind::Entity(EntityKind::Organization)
    } else if (2..=4).contains(&words.len())
        && lowers.iter().all(|w| !common(w) && lx.place(w).is_none())
        // ("Tory MPs": a party's word before a plural or a common word names no one; "Tory
        // Burch" is a person.)
        && !(party_word(lowers[0]) && (lowers[1].ends_with('s') || common(lowers[1])))
    {
        ChunkKind::Entity(EntityKind::Person)
    } else if org_appositive(t, end, lx) {
        // "Metrovias, the private firm which runs ...", "Demos, a think tank,".
        ChunkKind::Entity(EntityKind::Organization)
    } else {
        ChunkKind::Unknown
    };
    Some(Chunk {
        first: k.min(first),
        last: end - 1,
        words,
        kind,
        gender,
        roles,
        possessive,
    })
}

/// Whether a name's first word is a person's initials before a surname, not an acronym: "J.K."
/// of "J.K. Rowling", "P.J." of "P.J. O'Rourke", "W.E.B." of "W.E.B. Du Bois" (one to three
/// letters, each with its full stop). Not a place's or a body's, as "U.S." of "U.S. Steel" and
/// "U.N." of "U.N. Ambassador Nikki Haley", nor a title's before a full name ("A.G. Eric
/// Schneiderman", "C.E.O. Mark Zuckerberg") or a place ("U.C. Berkeley").
fn person_initials(words: &[String], lowers: &[&str], lx: &Lexicon) -> bool {
    if words.len() < 2 {
        return false;
    }
    let b = words[0].as_bytes();
    // (The shape first: most names open with no initials, and need no lookup.)
    let full_name = || {
        words.len() > 2
            && lx.first_name(&words[1]).is_some()
            && !is_generational_suffix(lowers[lowers.len() - 1])
    };
    (2..=6).contains(&b.len())
        && initials_shape(b)
        && lx.place(lowers[0]).is_none()
        && lx.organization(lowers[0]).is_none()
        && lx.place(lowers[1]).is_none()
        && !full_name()
}

/// Whether a word is letters each with its full stop: "J.K.", "H.W.", "F.".
fn initials_shape(b: &[u8]) -> bool {
    !b.is_empty()
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// Whether a (lowercased) word names a party or one of its members: "Republican", "Democratic",
/// "Tory", "Labour", "GOP".
fn party_word(lower: &str) -> bool {
    is_party_member(lower) || matches!(lower, "democratic" | "labour" | "gop" | "dem")
}

/// Whether a name ending before token `end` is set off by an appositive whose head is an
/// organisation noun: ", the private firm", ", a think tank".
fn org_appositive(t: &Tokens, end: usize, lx: &Lexicon) -> bool {
    if end + 2 >= t.toks.len()
        || !t.is_punct(end, ',')
        || !matches!(t.lower(end + 1), "a" | "an" | "the")
    {
        return false;
    }
    (end + 2..(end + 6).min(t.toks.len()))
        .take_while(|&j| t.toks[j].kind == Kind::Word && !t.is_capitalized(j))
        .any(|j| {
            lx.is_org_noun(t.lower(j))
                && (j + 1 >= t.toks.len() || t.toks[j + 1].kind != Kind::Word || {
                    let next = t.lower(j + 1);
                    matches!(next, "which" | "that" | "of" | "in" | "based" | "for")
                        || !lx.is_common_word(next)
                })
        })
}

/// Whether a word has a capital inside it that no surname pattern explains: "TransLink" but
/// not "McCallum", "MacDonald", "DeLaet", "O'Brien" or "LeBlanc".
/// Whether a word joins capitalised parts with hyphens ("Hewlett-Packard", "Wilson-Raybould").
fn hyphenated(word: &str) -> bool {
    word.contains(['-', '‑'])
        && word
            .split(['-', '‑'])
            .all(|part| part.starts_with(char::is_uppercase))
}

/// Whether a hyphenated word joins words known as something else, so that it names no
/// brand: places or peoples ("US-China", "African-Americans", "D-California"), a prefix
/// ("Anti-Trump", "Ex-Trump"), or people of the story ("Obama-Clinton").
///
/// (Every part known so: "Jordan-Smith" is a surname, "Air France-KLM" a firm. A prefix is
/// enough: "Ex-Boeing".)
fn joins_known_names(word: &str, vocab: &Vocab, lx: &Lexicon) -> bool {
    let parts = || word.split(['-', '‑']);
    let prefixed = parts().next().is_some_and(|first| {
        matches!(
            lowercase(first).as_str(),
            "anti" | "ex" | "pro" | "non" | "pre" | "mid"
        )
    });
    prefixed
        || parts().all(|part| {
            let lower = lowercase(part);
            let singular = lower.strip_suffix('s').unwrap_or(&lower);
            // (A party's letter: "D-California".)
            matches!(part, "D" | "R" | "I")
                || vocab.surnames.contains(part)
                || lx.place(&lower).is_some()
                || lx.demonym(&lower).is_some()
                || lx.demonym(singular).is_some()
        })
}

/// Whether tokens `from..end` are titles and no name: "Mr. President", "Attorney General",
/// "Prime Minister". The last title is one of words, or an office no person of the story
/// bears as a surname ("Mr King", "Mr Major" where the story names Paul King, John Major).
fn titles_only(t: &Tokens, from: usize, end: usize, vocab: &Vocab) -> bool {
    // (Most runs end in a name: a last word that closes no title settles it first.)
    if end - from < 2 || !Lexicon::get().is_title_word(strip_possessive(t.lower(end - 1)).0) {
        return false;
    }
    let mut k = from;
    let mut last = 0;
    while k < end {
        match title_at(t, k, end) {
            Some((len, _, _)) => {
                last = len;
                k += len;
            }
            None => return false,
        }
    }
    // (One word after a form of address: "Mr. President", "Madam Speaker"; not "Dr. King".)
    let addressed = || {
        end - from == 2
            && matches!(
                t.lower(from).trim_end_matches('.'),
                "mr" | "mrs" | "ms" | "madam" | "madame"
            )
    };
    last > 1
        || (addressed()
            && ADDRESSED_OFFICES.contains(&strip_possessive(t.lower(end - 1)).0)
            && !vocab.surnames.contains(strip_possessive(t.text(end - 1)).0))
}

/// Offices addressed by a courtesy title in place of a name ("Mr. President", "Madam
/// Speaker"); not "King", "Major" or "Dean", which follow "Mr" as surnames.
const ADDRESSED_OFFICES: &[&str] = &[
    "president",
    "speaker",
    "chairman",
    "chairwoman",
    "chair",
    "secretary",
    "ambassador",
    "mayor",
    "governor",
    "senator",
    "minister",
    "commissioner",
    "chancellor",
];

/// Time zones as written after a time: "2 p.m. ET".
const TIME_ZONES: &[&str] = &[
    "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "BST",
    "UTC", "CET", "CEST",
];

/// Whether token `k` follows a time of day: "2 p.m.", "9am", "14:00", "noon".
fn after_time(t: &Tokens, k: usize) -> bool {
    k > 0 && {
        let before = t.lower(k - 1);
        matches!(before, "a.m." | "p.m." | "am" | "pm" | "noon" | "midnight")
            || before.ends_with(|c: char| c.is_ascii_digit())
            || ((before.ends_with("am") || before.ends_with("pm"))
                && before.starts_with(|c: char| c.is_ascii_digit()))
    }
}

/// Whether a word after a name's first is a given name romanised in two syllables, the
/// second in lowercase: "Jae-in" of "Moon Jae-in", "Jong-un", "Ki-moon", "Ing-wen". (A brand
/// is "SNC-Lavalin", "Coca-Cola"; "Al-Qaeda-linked" has three parts.)
fn romanised_given_name(word: &str) -> bool {
    let mut parts = word.split('-');
    let (Some(first), Some(second), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let mut head = first.chars();
    head.next().is_some_and(|c| c.is_ascii_uppercase())
        && (1..=5).contains(&head.clone().count())
        && head.all(|c| c.is_ascii_lowercase())
        && (2..=5).contains(&second.len())
        && second.bytes().all(|b| b.is_ascii_lowercase())
        // (Not a suffix: "Reagan-like", "Hurt-ish", "Texas-based".)
        && !matches!(
            second,
            "like" | "ish" | "esque" | "style" | "based" | "led" | "born" | "made" | "era" | "type"
        )
}

/// Whether ", who" stands at token `comma`: "Smith, who ...".
fn comma_who(t: &Tokens, comma: usize) -> bool {
    comma + 1 < t.toks.len() && t.is_punct(comma, ',') && t.lower(comma + 1) == "who"
}

/// Whether ", who" follows token `end - 1`: the name before it is a person's.
fn who_follows(t: &Tokens, end: usize) -> bool {
    // (Not "Franz Ferdinand, who were shortlisted": a band.)
    comma_who(t, end)
        && t.toks
            .get(end + 2)
            .is_none_or(|_| !matches!(t.lower(end + 2), "were" | "are" | "have"))
}

fn camel_case(word: &str) -> bool {
    // "Wilson-Raybould": a double-barrelled name, each part a capitalised word; not
    // "SNC-Lavalin" or "Al-Qaeda-linked".
    // ("McEwen-King" too: each part a name as written.)
    if may_hyphenate(word) && word.contains(['-', '‑']) {
        let title = |part: &str| {
            let mut chars = part.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.clone().count() >= 1
                && chars.any(char::is_lowercase)
                && !camel_case(part)
        };
        return !word.split(['-', '‑']).all(title);
    }
    // (Each prefix opens with one of five capitals: other words skip the search.)
    let prefixed = matches!(
        word.as_bytes().first(),
        Some(b'M' | b'D' | b'L' | b'V' | b'O')
    );
    let rest = ["Mc", "Mac", "De", "Le", "La", "Di", "Da", "Van", "O'", "D'"]
        .iter()
        .filter(|_| prefixed)
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or_else(|| word.get(1..).unwrap_or(""));
    let rest = rest.get(1..).unwrap_or("");
    rest.chars().any(char::is_uppercase) && rest.chars().any(char::is_lowercase)
}

/// A person known in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// The fullest form of the name ("Donald Trump").
    pub canonical: String,
    /// Its words.
    pub words: Vec<String>,
    /// Gender from titles or first name.
    pub gender: Gender,
    /// Lowercased roles and titles seen with the name.
    pub roles: Vec<String>,
}

/// The people of one document, so that every mention maps to one canonical name.
#[derive(Debug, Clone, Default)]
pub struct Roster {
    /// Everyone found, in order of first full mention.
    pub people: Vec<Person>,
    by_surname: HashMap<String, Vec<usize>>,
    by_first: HashMap<String, Vec<usize>>,
}

/// The words of a name as they are kept (middle initials included: "Franklin D. Roosevelt").
/// A name shouted in a transcript's label or a headline is kept as names are written.
fn canonical_words(words: &[String]) -> Vec<String> {
    if shouted(words) {
        words
            .iter()
            .map(|w| {
                if letters(w) >= 2 {
                    title_cased(w)
                } else {
                    w.clone()
                }
            })
            .collect()
    } else {
        words.to_vec()
    }
}

/// Whether a word is a US party-and-state tag: "R-Ga.", "D-Md", "I-Vt.", "R-N.Y.", "R-Texas".
fn is_party_tag(word: &str) -> bool {
    // (The party's letter and its hyphen open the word: most words fail at the first byte.)
    let state = match word.as_bytes() {
        [b'R' | b'D' | b'I', b'-', ..] => &word[2..],
        _ => return false,
    };
    (2..=8).contains(&state.trim_end_matches('.').len())
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

/// Whether a name of two or more words ends with a generational suffix ("Donald Trump Jr.").
fn has_suffix(words: &[String]) -> bool {
    words.len() > 1 && is_generational_suffix(&lowercase(&words[words.len() - 1]))
}

/// Whether two full names' middle names or initials can be one person's: "George W. Bush" and
/// "George Walker Bush" can, "George W. Bush" and "George H.W. Bush" cannot. Middles written in
/// full agree when one holds the other ("Hillary Rodham Clinton", "Hillary Diane Rodham
/// Clinton"); a name with no middle agrees with any.
fn middles_agree(a: &[String], b: &[String]) -> bool {
    let middles = |words: &[String]| -> Vec<String> {
        let end = words.len() - usize::from(has_suffix(words));
        words
            .get(1..end.saturating_sub(1))
            .unwrap_or_default()
            .iter()
            .map(|w| lowercase(w).to_string())
            .collect()
    };
    let (x, y) = (middles(a), middles(b));
    if x.is_empty() || y.is_empty() {
        return true;
    }
    let initials_in = |m: &[String]| m.iter().any(|w| w.ends_with('.') || w.len() == 1);
    if !initials_in(&x) && !initials_in(&y) {
        let (short, long) = if x.len() <= y.len() {
            (&x, &y)
        } else {
            (&y, &x)
        };
        return short.iter().all(|w| long.contains(w));
    }
    let initials = |m: &[String]| -> Vec<char> {
        m.iter()
            .flat_map(|w| w.split('.').filter_map(|part| part.chars().next()))
            .collect()
    };
    initials(&x) == initials(&y)
}

/// Whether a mention has a role (a noun: "president") the person has never been given.
fn holds_other_role(person: &Person, chunk: &Chunk) -> bool {
    let lx = Lexicon::get();
    chunk
        .roles
        .iter()
        .any(|r| lx.is_role_noun(r) && !person.roles.contains(r))
}

/// The surname of a name, lowercased: its last word, before a generational suffix ("John G.
/// Roberts Jr." is "roberts", as "Chief Justice Roberts" writes him).
fn surname_key(words: &[String]) -> Option<String> {
    let at = words
        .len()
        .checked_sub(if has_suffix(words) { 2 } else { 1 })?;
    Some(words[at].to_lowercase())
}

impl Roster {
    /// Adds a person mention of two or more words (or with a title); returns its index.
    pub fn add(&mut self, chunk: &Chunk) -> usize {
        let words = canonical_words(&chunk.words);
        let surname = surname_key(&words).unwrap_or_default();
        // The same person again, or a fuller form of someone known by surname.
        // (Not a full name that differs by its generational suffix: "Donald Trump Jr." is not
        // "Donald Trump"; nor does he take over the bare "Trump" the story used before him.)
        // (A one-word mention is the junior only if it holds no role he never held.)
        let same = |p: &Person| {
            let (suffixed, p_suffixed) = (has_suffix(&words), has_suffix(&p.words));
            if suffixed != p_suffixed && (suffixed || words.len() > 1 || holds_other_role(p, chunk))
            {
                return false;
            }
            words.len() == 1
                || p.words.len() == 1
                || (p.words[0].eq_ignore_ascii_case(&words[0]) && middles_agree(&p.words, &words))
                || p.words.ends_with(&words)
                || words.ends_with(&p.words)
        };
        let found = self
            .by_surname
            .get(&surname)
            .and_then(|ids| self.latest_agreeing(ids, chunk.gender, |p| same(p)))
            // "Mr Wang" after "Wang Yan", "Dr Khoo" after "Khoo Kay Peng": a surname written
            // first, as its one bearer writes it (not a first name: "Mr Tony").
            .or_else(|| match self.by_first.get(&surname).map(Vec::as_slice) {
                Some(&[id])
                    if words.len() == 1 && Lexicon::get().first_name(&words[0]).is_none() =>
                {
                    Some(id)
                }
                // "Donald Jr." after "Donald Trump Jr.": a first name and the suffix.
                Some(ids) if words.len() == 2 && has_suffix(&words) => ids
                    .iter()
                    .rev()
                    .copied()
                    .find(|&id| self.people[id].words.last() == words.last()),
                _ => None,
            });
        if let Some(id) = found {
            let p = &mut self.people[id];
            if words.len() > p.words.len() {
                p.canonical = words.join(" ");
                p.words = words.clone();
                if words.len() > 1 {
                    self.by_first
                        .entry(words[0].to_lowercase())
                        .or_default()
                        .push(id);
                }
            }
            if p.gender == Gender::Unknown {
                p.gender = chunk.gender;
            }
            for r in &chunk.roles {
                if !p.roles.contains(r) {
                    p.roles.push(r.clone());
                }
            }
            return id;
        }
        self.push_person(words, surname, chunk)
    }

    /// Adds a person mention as someone new, even when its surname is known: "President Trump"
    /// in a story that has named only Donald Trump Jr.
    pub fn add_distinct(&mut self, chunk: &Chunk) -> usize {
        let words = canonical_words(&chunk.words);
        let surname = surname_key(&words).unwrap_or_default();
        self.push_person(words, surname, chunk)
    }

    /// A new person of these words, indexed by surname and first word.
    fn push_person(&mut self, words: Vec<String>, surname: String, chunk: &Chunk) -> usize {
        let id = self.people.len();
        if words.len() > 1 {
            self.by_first
                .entry(words[0].to_lowercase())
                .or_default()
                .push(id);
        }
        self.by_surname.entry(surname).or_default().push(id);
        self.people.push(Person {
            canonical: words.join(" "),
            words,
            gender: chunk.gender,
            roles: chunk.roles.clone(),
        });
        id
    }

    /// Everyone a one-word mention may name: those with that surname, else the one person
    /// with that first name.
    /// (A bare surname is not the bearer whose name has a generational suffix, when another
    /// bearer has none: "Trump" is not "Donald Trump Jr.", who is "Trump Jr.".)
    pub fn candidates(&self, word: &str) -> Vec<usize> {
        let lower = lowercase(word);
        if let Some(ids) = self.by_surname.get(lower.as_str()) {
            let suffixed = |id: &usize| has_suffix(&self.people[*id].words);
            if ids.iter().any(suffixed) && !ids.iter().all(suffixed) {
                return ids.iter().copied().filter(|id| !suffixed(id)).collect();
            }
            return ids.clone();
        }
        match self.by_first.get(lower.as_str()).map(Vec::as_slice) {
            Some([id]) => vec![*id],
            _ => Vec::new(),
        }
    }

    /// The one person whose first name and surname begin with these two or three capitals:
    /// "HH" is Hugh Hewitt, "JFK" John F. Kennedy (middle initials count only when given).
    pub fn with_initials(&self, label: &str) -> Option<usize> {
        if !(2..=3).contains(&label.len()) || !label.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let initials = |p: &Person| -> String {
            let words: Vec<&String> = p
                .words
                .iter()
                .filter(|w| !is_generational_suffix(&lowercase(w)))
                .collect();
            let pick: Vec<&String> = if label.len() == 2 && words.len() > 2 {
                vec![words[0], words[words.len() - 1]]
            } else {
                words
            };
            pick.iter().filter_map(|w| w.chars().next()).collect()
        };
        let mut found = (0..self.people.len())
            .filter(|&id| self.people[id].words.len() > 1 && initials(&self.people[id]) == label);
        let id = found.next()?;
        found.next().is_none().then_some(id)
    }

    /// Whether a one-word titled mention cannot be person `id`, whose name has a generational
    /// suffix and who has never held the mention's role: "President Trump" is not "Donald
    /// Trump Jr." ("Attorney General Holder" is "Eric H. Holder Jr." once a story says so).
    pub fn other_bearer(&self, id: usize, chunk: &Chunk) -> bool {
        let person = &self.people[id];
        has_suffix(&person.words) && holds_other_role(person, chunk)
    }

    /// The people whose full name starts with `word` ("Kim Jong Un" for "Kim").
    pub fn by_first_name(&self, word: &str) -> &[usize] {
        self.by_first
            .get(lowercase(word).as_str())
            .map_or(&[], Vec::as_slice)
    }

    /// The person a multi-word mention names, matching on surname and first word, of a gender
    /// that agrees with the mention's ("Mrs. Clinton" is not Bill).
    pub fn lookup_full(&self, words: &[String], gender: Gender) -> Option<usize> {
        let words = canonical_words(words);
        let surname = surname_key(&words)?;
        // ("Trump Jr." is the "Donald Trump Jr." whose name ends with it; "Jesse L. Jackson
        // Jr." is not "Jesse L. Jackson".)
        let suffixed = has_suffix(&words);
        self.latest_agreeing(self.by_surname.get(&surname)?, gender, |p| {
            (p.words[0].eq_ignore_ascii_case(&words[0])
                && suffixed == has_suffix(&p.words)
                && middles_agree(&p.words, &words))
                || words.len() == 1
                || (suffixed && p.words.ends_with(&words))
        })
    }

    /// The last of `ids` that is `ok`, among those whose gender agrees with `gender` ("Mr
    /// Blair" is not Cherie Blair) — among all that are `ok` if none of them agrees, since a
    /// first name's gender is only a guess ("Sandy").
    fn latest_agreeing(
        &self,
        ids: &[usize],
        gender: Gender,
        ok: impl Fn(&Person) -> bool,
    ) -> Option<usize> {
        let agrees = |id: usize| self.people[id].gender.agrees(gender);
        let fits = |id: usize| ok(&self.people[id]);
        let any = ids.iter().any(|&id| fits(id) && agrees(id));
        ids.iter()
            .rev()
            .copied()
            .find(|&id| fits(id) && (!any || agrees(id)))
    }

    /// Keeps the people of `ids` whose gender agrees with `gender`, if any does.
    pub fn keep_agreeing(&self, ids: &mut Vec<usize>, gender: Gender) {
        let agrees = |id: &usize| self.people[*id].gender.agrees(gender);
        if gender != Gender::Unknown && ids.iter().any(agrees) {
            ids.retain(agrees);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::quotes::find_quotes;
    use super::*;

    #[test]
    fn word_set_holds_what_was_added_through_its_growth() {
        let words: Vec<String> = (0..20_000).map(|i| format!("w{i}")).collect();
        for mut set in [WordSet::default(), WordSet::with_capacity(10)] {
            for w in words.iter().step_by(2) {
                set.insert(w);
                set.insert(w); // (twice: held once)
            }
            assert_eq!(set.len, 10_000);
            for (i, w) in words.iter().enumerate() {
                assert_eq!(set.contains(w), i % 2 == 0, "{w}");
            }
        }
        assert!(!WordSet::default().contains("anything"));
        let set: WordSet = ["a", "", "b"].into_iter().collect();
        assert!(set.contains("") && set.contains("a") && !set.contains("c"));
    }

    #[test]
    fn shouted_words_are_written_as_names() {
        for (shouted, name) in [
            ("WALLACE", "Wallace"),
            ("O’REILLY", "O’Reilly"),
            ("D'ALEMA", "D'Alema"),
            ("AL-SAADI", "Al-Saadi"),
            ("MCCONNELL", "McConnell"),
            ("MC", "Mc"),
            ("GONZÁLEZ", "González"),
        ] {
            assert_eq!(title_cased(shouted), name);
        }
    }

    #[test]
    fn initials_name_the_one_person_they_fit() {
        let mut roster = Roster::default();
        let person = |words: &[&str]| Chunk {
            first: 0,
            last: 0,
            words: words.iter().map(|w| w.to_string()).collect(),
            kind: ChunkKind::Entity(EntityKind::Person),
            gender: Gender::Unknown,
            roles: Vec::new(),
            possessive: false,
        };
        let hugh = roster.add(&person(&["Hugh", "Hewitt"]));
        let john = roster.add(&person(&["John", "F.", "Kennedy"]));
        roster.add(&person(&["Julia", "Belluz"]));
        roster.add(&person(&["Jane", "Bauer"]));
        assert_eq!(roster.with_initials("HH"), Some(hugh));
        assert_eq!(roster.with_initials("JFK"), Some(john));
        // Two people fit "JB"; "Hh" and "HHHH" are no initials.
        assert_eq!(roster.with_initials("JB"), None);
        assert_eq!(roster.with_initials("Hh"), None);
        assert_eq!(roster.with_initials("HHHH"), None);
    }

    fn chunks(text: &str) -> Vec<(String, ChunkKind)> {
        let t = Tokens::new(text, find_quotes(text, false));
        let vocab = Vocab {
            lower: ["days"].into_iter().collect(),
            names: ["Trump"].into_iter().collect(),
            ..Vocab::default()
        };
        find_chunks(&t, &vocab)
            .into_iter()
            .map(|c| (c.name(), c.kind))
            .collect()
    }

    use EntityKind::*;

    macro_rules! chunk_cases {
        ($($name:ident: $text:expr => [$(($n:expr, $k:expr)),*];)*) => {$(
            #[test]
            fn $name() {
                let want: Vec<(String, ChunkKind)> = vec![$(($n.to_string(), $k)),*];
                assert_eq!(chunks($text), want, "chunks of {:?}", $text);
            }
        )*};
    }

    chunk_cases! {
        titled_person: "President Donald Trump announced it." => [("Donald Trump", ChunkKind::Entity(Person))];
        titled_surname_like_a_place_word: "Dr. John Park said it." => [("John Park", ChunkKind::Entity(Person))];
        demonym_title: "He called Colombian President Gustavo Petro." =>
            [("Colombian", ChunkKind::Entity(Place)), ("Gustavo Petro", ChunkKind::Entity(Person))];
        long_title: "between Secretary of State Marco Rubio and others" => [("Marco Rubio", ChunkKind::Entity(Person))];
        party_before_first_name: "The race between Democrat Bill Nelson and Republican Rick Scott" =>
            [("Bill Nelson", ChunkKind::Entity(Person)), ("Rick Scott", ChunkKind::Entity(Person))];
        party_before_party_office: "Utah Republican Party Chair Rob Anderson noted it" =>
            [("Utah Republican Party", ChunkKind::Entity(Organization)), ("Rob Anderson", ChunkKind::Entity(Person))];
        org_with_possessive_owner: "Colombia’s Ministry of Foreign Affairs condemned it" =>
            [("Colombia", ChunkKind::Entity(Place)), ("Ministry of Foreign Affairs", ChunkKind::Entity(Organization))];
        sentence_initial_common_word: "Days earlier, Trump hinted." => [("Trump", ChunkKind::Unknown)];
        modal_opening_a_question_is_no_first_name: "Will Trump win the nomination?" => [("Trump", ChunkKind::Unknown)];
        modal_before_a_speakers_surname_is_a_first_name: "Will McCants said it was weak." => [("Will McCants", ChunkKind::Entity(Person))];
        month_after_a_determiner_is_no_first_name: "It was a May Gallup poll." => [("Gallup", ChunkKind::Entity(Organization))];
        acronym_org: "the NHL said" => [("NHL", ChunkKind::Entity(Organization))];
        compound_modifier_names_nothing: "Jim Crow-era laws and Kremlin-backed media" => [];
        handle_of_no_kind_hashtag_none: "said @BernieOrElse and #MeToo" =>
            [("BernieOrElse", ChunkKind::Unknown)];
        shouted_label_is_no_name: "JUST WATCHED Donald Trump spars with him" =>
            [("Donald Trump", ChunkKind::Entity(Person))];
        weekday_after_a_long_name_is_a_time: "a report in The Globe and Mail Thursday and on Super Tuesday" =>
            [("Globe and Mail", ChunkKind::Entity(Organization)), ("Super Tuesday", ChunkKind::Unknown)];
        known_firm: "analysts at Goldman Sachs and Warner Bros noted" =>
            [("Goldman Sachs", ChunkKind::Entity(Organization)), ("Warner Bros", ChunkKind::Entity(Organization))];
        nationality_noun: "Swede Jonas Bjorkman won" => [("Jonas Bjorkman", ChunkKind::Entity(Person))];
        qualified_office: "Vice President Joe Biden spoke" => [("Joe Biden", ChunkKind::Entity(Person))];
        place: "in New Brunswick today" => [("New Brunswick", ChunkKind::Entity(Place))];
        body_through_of_the: "the Office of the Director of National Intelligence said" =>
            [("Office of the Director of National Intelligence", ChunkKind::Entity(Organization))];
        portfolio_then_holder: "as Minister of Finance Bill Morneau said" =>
            [("Bill Morneau", ChunkKind::Entity(Person))];
        portfolio_with_and: "as Secretary of Health and Human Services Alex Azar said" =>
            [("Alex Azar", ChunkKind::Entity(Person))];
        portfolio_holder_unknown_first_name: "as Director of Research Vaile Wright said" =>
            [("Vaile Wright", ChunkKind::Entity(Person))];
        portfolio_through_of_the: "as Speaker of the House Nancy Pelosi said" =>
            [("Nancy Pelosi", ChunkKind::Entity(Person))];
        portfolio_after_to: "as Ambassador to Russia Michael McFaul said" =>
            [("Michael McFaul", ChunkKind::Entity(Person))];
        portfolio_nobody_holds_after_to: "as the Ambassador to Russia said" =>
            [("Ambassador", ChunkKind::Unknown), ("Russia", ChunkKind::Entity(Place))];
        portfolio_after_to_the: "as Ambassador to the United Nations Nikki Haley said" =>
            [("Nikki Haley", ChunkKind::Entity(Person))];
        portfolio_with_of_inside: "as Chairman of the Council of Economic Advisers Alan Krueger said" =>
            [("Alan Krueger", ChunkKind::Entity(Person))];
        portfolio_ending_in_a_title: "as Counsel to the President Pat Cipollone wrote" =>
            [("Pat Cipollone", ChunkKind::Entity(Person))];
        party_before_a_full_name: "as fellow Tory Ben Bradley said" =>
            [("Ben Bradley", ChunkKind::Entity(Person))];
        party_word_as_a_first_name: "as Tory Burch said" => [("Tory Burch", ChunkKind::Entity(Person))];
        party_before_a_plural_is_no_person: "as Tory MPs said" => [("Tory MPs", ChunkKind::Unknown)];
        place_before_a_full_name: "he met Ukraine Kurt Volker there" =>
            [("Ukraine", ChunkKind::Entity(Place)), ("Kurt Volker", ChunkKind::Entity(Person))];
        place_that_is_a_body_before_a_first_name: "( Andrew Wallace / Toronto Star File Photo )" =>
            [("Andrew Wallace", ChunkKind::Entity(Person)), ("Toronto Star", ChunkKind::Entity(Organization))];
        title_for_whom_served: "as Campaign Manager for Barack Obama, she said" =>
            [("Barack Obama", ChunkKind::Entity(Person))];
        title_before_portfolio_nobody_holds: "the United Nations High Commissioner for Refugees" => [];
        title_word_in_a_body: "the Justice Department said" =>
            [("Justice Department", ChunkKind::Entity(Organization))];
        body_then_titled_person: "US Department of Justice Special Counsel Robert Mueller said" =>
            [("Department of Justice", ChunkKind::Entity(Organization)), ("Robert Mueller", ChunkKind::Entity(Person))];
    }

    #[test]
    fn roster_maps_surname_to_full_name() {
        let text = "President Donald Trump spoke. Trump said so.";
        let t = Tokens::new(text, find_quotes(text, false));
        let cs = find_chunks(&t, &Vocab::default());
        let mut r = Roster::default();
        r.add(&cs[0]);
        assert_eq!(
            r.candidates("Trump")
                .first()
                .map(|&id| r.people[id].canonical.as_str()),
            Some("Donald Trump")
        );
        assert_eq!(r.people[0].roles, vec!["president".to_string()]);
    }
}
