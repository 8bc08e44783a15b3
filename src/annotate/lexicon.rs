//! The annotators' word lists, shipped as data in `data/` and loaded once: reporting verbs,
//! titles, first names with gender, places, demonyms, organisations and organisation words.
//!
//! Rules elsewhere ask questions of this module ("is this a cue verb?", "which place does
//! 'Colombian' name?"); no word list lives in the rules themselves.

use compact_str::CompactString;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The grammatical gender a word or name suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Masculine ("he").
    Male,
    /// Feminine ("she").
    Female,
    /// Unknown or either.
    Unknown,
}

impl Gender {
    fn parse(s: &str) -> Gender {
        match s {
            "m" => Gender::Male,
            "f" => Gender::Female,
            _ => Gender::Unknown,
        }
    }

    /// Whether a mention of gender `self` may refer to someone of gender `other`.
    pub fn agrees(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// A word list with a quick "no" in front of it. Most words a rule asks about are in no list,
/// and which (first byte, last byte, length) shapes a list's keys have answers most of them
/// before any hashing: a bitset of 16,384 shapes (the low five bits of each byte, the length
/// modulo 16), a few per cent of them set for a list of hundreds of words.
struct Sifted<T> {
    sieve: Box<[u64; 256]>,
    table: T,
}

/// The keys of a word table, for [`Sifted`].
trait WordKeys {
    fn each_key(&self, f: &mut dyn FnMut(&str));
}

impl<K: AsRef<str>, V> WordKeys for HashMap<K, V> {
    fn each_key(&self, f: &mut dyn FnMut(&str)) {
        self.keys().for_each(|k| f(k.as_ref()));
    }
}

impl<K: AsRef<str>> WordKeys for HashSet<K> {
    fn each_key(&self, f: &mut dyn FnMut(&str)) {
        self.iter().for_each(|k| f(k.as_ref()));
    }
}

impl<T: WordKeys> Sifted<T> {
    fn new(table: T) -> Sifted<T> {
        let mut sieve = Box::new([0u64; 256]);
        table.each_key(&mut |key| {
            let (slot, bit) = Self::slot(key);
            sieve[slot] |= bit;
        });
        Sifted { sieve, table }
    }

    fn slot(word: &str) -> (usize, u64) {
        let bytes = word.as_bytes();
        // (A word of one byte is its first and last; the empty word has the shape of zeros.)
        let (first, last) = match (bytes.first(), bytes.last()) {
            (Some(first), Some(last)) => (*first, *last),
            _ => (0, 0),
        };
        let shape = usize::from(first & 31) << 9 | usize::from(last & 31) << 4 | (bytes.len() & 15);
        (shape >> 6, 1 << (shape & 63))
    }

    /// Whether the list may hold `word`: false means it surely does not.
    #[inline]
    fn admits(&self, word: &str) -> bool {
        let (slot, bit) = Self::slot(word);
        self.sieve[slot] & bit != 0
    }
}

impl<K: AsRef<str> + std::borrow::Borrow<str> + std::hash::Hash + Eq, V: Copy>
    Sifted<HashMap<K, V>>
{
    /// The value for `word`, if the list holds it.
    #[inline]
    fn get(&self, word: &str) -> Option<V> {
        if self.admits(word) {
            self.look_up(word)
        } else {
            None
        }
    }

    /// The table's answer, out of line: the sieve in front of it is inlined where a rule asks,
    /// and most words stop there.
    #[inline(never)]
    fn look_up(&self, word: &str) -> Option<V> {
        self.table.get(word).copied()
    }
}

impl<K: AsRef<str> + std::borrow::Borrow<str> + std::hash::Hash + Eq, V> Sifted<HashMap<K, V>> {
    /// The entry for `word`, borrowed, if the list holds it (for values too big to copy).
    #[inline]
    fn get_ref(&self, word: &str) -> Option<&V> {
        if self.admits(word) {
            self.table.get(word)
        } else {
            None
        }
    }
}

impl<K: AsRef<str> + std::borrow::Borrow<str> + std::hash::Hash + Eq> Sifted<HashSet<K>> {
    /// Whether the list holds `word`.
    #[inline]
    fn contains(&self, word: &str) -> bool {
        self.admits(word) && self.table.contains(word)
    }
}

/// A reporting verb form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// The verb's base form ("say" for "said").
    pub lemma: &'static str,
    /// Whether the verb reports speech on its own ("said") or needs speech beside it ("added").
    pub strong: bool,
    /// Whether the verb is a speech act that may take a plain object ("Trump mocked the
    /// plan", "she defended the decision"): it counts after its subject with no speech beside
    /// it, though not as a participle.
    pub act: bool,
    /// Whether the form is an -ing participle ("telling").
    pub participle: bool,
    /// Whether the form is a past participle and never a past tense ("written", "shown").
    pub past_participle: bool,
}

/// Titles by a first word: each title's words (lowercased) and the gender it gives, longest
/// first.
type TitlesByWord = HashMap<String, Vec<(Vec<String>, Gender)>>;

/// All word lists, built once.
pub struct Lexicon {
    cues: Sifted<HashMap<&'static str, Cue>>,
    /// Titles keyed by lowercased first word; each entry lists (title words, gender), longest first.
    /// (Sifted: nearly every capitalised word is asked whether it opens a title.)
    titles: Sifted<TitlesByWord>,
    /// The last word of every title, without its full stop ("general" of "attorney general").
    title_last_words: HashSet<String>,
    /// The titles whose first word is an abbreviation, by that word without its full stop
    /// ("col" for "Col.").
    undotted_titles: Sifted<TitlesByWord>,
    first_names: Sifted<HashMap<&'static str, Gender>>,
    /// Lowercased place name or alias (may be several words) → canonical name.
    places: Sifted<HashMap<String, &'static str>>,
    /// First words of the places with more than one word ("new" for "new york").
    place_heads: HashSet<String>,
    /// First words of the places and organisations of several words.
    phrase_heads: HashSet<String>,
    /// Canonical country names.
    countries: HashSet<String>,
    /// Lowercased demonym → place.
    demonyms: Sifted<HashMap<String, &'static str>>,
    /// Lowercased organisation name or alias → canonical name.
    organizations: Sifted<HashMap<String, &'static str>>,
    org_words: Sifted<HashSet<Cow<'static, str>>>,
    not_names: Sifted<HashSet<Cow<'static, str>>>,
    common_words: HashSet<Cow<'static, str>>,
    place_words: Sifted<HashSet<Cow<'static, str>>>,
    event_words: Sifted<HashSet<Cow<'static, str>>>,
    /// The noun lists above as sets: they are asked about for nearly every word.
    role_nouns: Sifted<HashSet<&'static str>>,
    org_nouns: Sifted<HashSet<&'static str>>,
    group_nouns: Sifted<HashSet<&'static str>>,
    /// [`BODY_TITLE_NOUNS`] as a set: a name's kind may ask it of the word before the name.
    body_title_nouns: Sifted<HashSet<&'static str>>,
    /// Short acronyms in the gazetteers ("IS", "WHO", "US"), lowercased: they name a place or
    /// body only in capitals, never as the word "Is" or "Who".
    acronyms: HashSet<String>,
    /// The longest alias of a place or organisation, in words.
    pub max_gazetteer_words: usize,
}

const CUE_VERBS: &str = include_str!("../../data/cue_verbs.txt");
const TITLES: &str = include_str!("../../data/titles.tsv");
const FIRST_NAMES: &str = include_str!("../../data/first_names.tsv");
const PLACES: &str = include_str!("../../data/places.txt");
const CITIES: &str = include_str!("../../data/cities.txt");
const COUNTRIES: &str = include_str!("../../data/countries.txt");
const DEMONYMS: &str = include_str!("../../data/demonyms.tsv");
const ORGANIZATIONS: &str = include_str!("../../data/organizations.txt");
const ORG_WORDS: &str = include_str!("../../data/org_words.txt");
const NOT_NAMES: &str = include_str!("../../data/not_names.txt");
const COMMON_WORDS: &str = include_str!("../../data/common_words.txt");
const PLACE_WORDS: &str = include_str!("../../data/place_words.txt");
const EVENT_WORDS: &str = include_str!("../../data/event_words.txt");

/// Particles that make a weak cue report speech on their own: "called for", "spoke about".
pub const CUE_PARTICLES: &[(&str, &[&str])] = &[
    ("call", &["for", "on", "upon"]),
    ("speak", &["about", "out", "of", "to", "with"]),
    ("point", &["out"]),
    ("note", &["that"]),
    ("go", &["on"]),
    ("put", &["it"]),
    ("talk", &["about", "to", "with"]),
    ("refer", &["to"]),
    ("fire", &["back"]),
    ("shoot", &["back"]),
    ("hit", &["back", "out"]),
];

/// Particles that make a cue mean something else: "will continue to be", "thanks to his
/// method", "has written off efforts", "called off the vote".
pub const CUE_UNDOING_PARTICLES: &[(&str, &[&str])] = &[
    ("continue", &["to"]),
    ("thank", &["to"]),
    ("write", &["off"]),
    ("call", &["off"]),
    ("find", &["out"]),
];

/// Prepositions that make a cue's past participle passive when they follow it at once: the
/// active verb takes its object first ("Labour accused of broken pledge", "criticised for", but
/// "accused Labour of").
pub const PASSIVE_PARTICLES: &[(&str, &[&str])] = &[
    ("accuse", &["of"]),
    ("charge", &["with"]),
    ("blame", &["for"]),
    ("praise", &["for"]),
    ("mock", &["for"]),
    ("ridicule", &["for"]),
    ("condemn", &["for", "over"]),
    ("slam", &["for", "over"]),
    ("attack", &["for", "over"]),
    ("criticize", &["for", "over"]),
    ("criticise", &["for", "over"]),
];

/// Words after "hit back" that answer a score, not words: "Federer hit back to reach the final",
/// "Wanderers hit back through Giannakopoulos", "hit back moments later".
pub const GAME_WORDS_AFTER_HIT_BACK: &[&str] = &[
    "to", "through", "before", "just", "out", "moments", "minutes", "seconds", "twice", "straight",
    "within",
];

/// Particles that open a surname and are capitalised at the start of a line: "De Blasio:",
/// "Di Maio:" (not "Van", also a first name: "Van Jones").
pub const NAME_PARTICLES: &[&str] = &["de", "di", "da", "del"];

/// Verbs that report speech only with their particle: "fired back", "shot back", "as he put it"
/// (not "put the number at", "put pressure on").
pub const PARTICLE_ONLY: &[&str] = &["fire", "shoot", "hit", "put"];

/// Words after "put it" that say where a thing went ("put it into the empty side", "put it
/// past the keeper"), not how someone worded something ("as he put it").
pub const PLACING_WORDS: &[&str] = &[
    "into", "in", "past", "over", "through", "on", "onto", "behind", "away", "back", "under",
    "between", "across", "inside", "up", "down", "off", "out", "at", "beyond", "wide", "high",
];

/// Words that make an organisation a public body, never "the company" or "the firm".
pub const PUBLIC_BODY_WORDS: &[&str] = &[
    "commission",
    "department",
    "ministry",
    "agency",
    "court",
    "government",
    "police",
    "council",
    "committee",
    "parliament",
    "congress",
    "senate",
    "house",
    "office",
    "bureau",
    "authority",
    "regulator",
    "service",
    "administration",
    "board",
    "tribunal",
    "fbi",
    "sec",
];

/// Verbs whose agent holds a document rather than writes it: "a letter obtained by The
/// Associated Press warns".
pub const OBTAINING_VERBS: &[&str] = &[
    "obtained", "seen", "reviewed", "received", "viewed", "acquired", "cited",
];

/// Shouted two-word rubrics that look like transcript labels ("SEE ALSO:").
pub const RUBRIC_LABELS: &[&str] = &[
    "see also",
    "read more",
    "editor's note",
    "editors note",
    "related coverage",
    "watch live",
    "breaking news",
    "more coverage",
];

/// Roles the story seldom gives its own subject: "the staffer", "her agent", "the friend" is
/// someone else, and with nobody named in the role the phrase itself speaks.
pub const UNNAMED_ROLE_NOUNS: &[&str] = &[
    "official",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "officer",
    "source",
    "witness",
    "victim",
    "agent",
    "staffer",
    "aide",
    "friend",
    "neighbour",
    "neighbor",
    "colleague",
    "soldier",
    "supporter",
    "pollster",
    "engineer",
    "insider",
    "protester",
    "demonstrator",
    "campaigner",
    "investigator",
    "negotiator",
    "lobbyist",
    "photographer",
    "critic",
    "delegate",
    "firefighter",
    "paramedic",
    "employee",
    "worker",
    "resident",
    "student",
    "teacher",
    "reporter",
    "correspondent",
    "operative",
    "strategist",
    "confidant",
];

/// Kin: "the father" is someone's, seldom a name the story gave before.
pub const KIN_NOUNS: &[&str] = &[
    "father",
    "mother",
    "brother",
    "sister",
    "son",
    "daughter",
    "wife",
    "husband",
    "uncle",
    "aunt",
    "cousin",
    "grandfather",
    "grandmother",
    "grandson",
    "granddaughter",
    "nephew",
    "niece",
    "stepfather",
    "stepmother",
    "fiancé",
    "fiancée",
    "girlfriend",
    "boyfriend",
    "partner",
];

/// Where words are said: "in a Medium post", "in an interview with CNN".
pub const SPEECH_EVENT_NOUNS: &[&str] = &[
    "interview",
    "statement",
    "post",
    "letter",
    "speech",
    "tweet",
    "email",
    "e-mail",
    "op-ed",
    "column",
    "memo",
    "video",
    "podcast",
    "broadcast",
    "remarks",
    "conference",
    "call",
    "appearance",
    "address",
    "essay",
];

/// Adverbs besides those in "-ly" that may stand between a comma and the participle taking
/// its clause's subject: ", later saying", ", then adding".
pub const ADVERBS_BEFORE_PARTICIPLE: &[&str] = &["later", "again", "also", "then", "even"];

/// Adverbs and auxiliaries that may stand between a speaker and the cue: "Trump also said",
/// "she has repeatedly argued".
pub const BETWEEN_SUBJECT_AND_CUE: &[&str] = &[
    "also",
    "afterward",
    "afterwards",
    "later",
    "then",
    "previously",
    "recently",
    "earlier",
    "again",
    "once",
    "repeatedly",
    "has",
    "had",
    "have",
    "will",
    "would",
    "could",
    "might",
    "may",
    "did",
    "does",
    "do",
    "was",
    "is",
    "were",
    "are",
    "had",
    "long",
    "often",
    "always",
    "never",
    "publicly",
    "privately",
    "reportedly",
    "allegedly",
    "initially",
    "further",
    "simply",
    "just",
    "only",
    "flatly",
    "explicitly",
    "quickly",
    "angrily",
    "bluntly",
    "openly",
    "told",
    "firmly",
    "clearly",
    "frequently",
    "first",
    "finally",
    "subsequently",
    "ultimately",
    "still",
    "already",
    "now",
    "twice",
    "yesterday",
    "today",
    "tonight",
    "separately",
    "herself",
    "himself",
    "themselves",
    "not",
    "n't",
    "been",
    "being",
    "has",
    "emphatically",
    "personally",
    "however",
    "meanwhile",
    "though",
    "too",
    "both",
    "all",
    "even",
    "instead",
];

/// Words that open a relative or appositive clause after a name: "Petro, who is ...".
pub const CLAUSE_OPENERS: &[&str] = &[
    "who",
    "whose",
    "which",
    "a",
    "an",
    "the",
    "one",
    "speaking",
    "writing",
    "in",
    "at",
    "on",
    "after",
    "when",
    "while",
    "as",
    "according",
    "responding",
    "asked",
    "citing",
    "referring",
    "himself",
    "herself",
    "his",
    "her",
    "their",
    "its",
    "for",
    "during",
    "like",
    "unlike",
    "though",
    "although",
    "despite",
    "with",
    "without",
    "by",
    "from",
    "to",
    "meanwhile",
    "however",
    "too",
    "also",
    "then",
    "both",
    "either",
    "now",
    "still",
    "including",
];

/// Nouns for a body that stand before its name as a title does before a person's: "oil firm
/// Yukos", "carmaker Fiat", "the regulator Icstis". (Not "court", "team", "school" or
/// "station": "told the court Jones had fled", "the team Ferguson built", "the station
/// Paddington".)
pub const BODY_TITLE_NOUNS: &[&str] = &[
    "firm",
    "company",
    "group",
    "organisation",
    "organization",
    "agency",
    "network",
    "service",
    "carmaker",
    "automaker",
    "chipmaker",
    "drugmaker",
    "manufacturer",
    "retailer",
    "supermarket",
    "airline",
    "carrier",
    "bank",
    "lender",
    "insurer",
    "startup",
    "utility",
    "operator",
    "regulator",
    "watchdog",
    "broadcaster",
    "magazine",
    "newspaper",
    "publisher",
    "charity",
];

/// Common nouns for an organisation: "the company said" means the company last named.
pub const ORG_NOUNS: &[&str] = &[
    "company",
    "firm",
    "ministry",
    "department",
    "agency",
    "organization",
    "organisation",
    "union",
    "group",
    "association",
    "board",
    "council",
    "commission",
    "authority",
    "utility",
    "city",
    "province",
    "government",
    "bank",
    "club",
    "team",
    "network",
    "party",
    "service",
    "retailer",
    "airline",
    "automaker",
    "carrier",
    "insurer",
    "lender",
    "startup",
    "corporation",
    "institute",
    "university",
    "school",
    "hospital",
    "court",
    "station",
    "broadcaster",
    "unit",
    "division",
    "regulator",
    "watchdog",
    "magazine",
    "newspaper",
    "publisher",
    "channel",
    "studio",
    "charity",
    "foundation",
    "fund",
    "operator",
    "carmaker",
    "chipmaker",
    "drugmaker",
    "manufacturer",
    "supermarket",
    "alliance",
    "coalition",
    "federation",
    "consortium",
    "airport",
    "tribunal",
    "panel",
    "caucus",
];

/// Common nouns for a person's role that can stand for them: "the president", "the rookie
/// defenceman", "a spokesperson".
pub const ROLE_NOUNS: &[&str] = &[
    "president",
    "minister",
    "premier",
    "senator",
    "governor",
    "mayor",
    "leader",
    "chief",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "official",
    "officer",
    "lawyer",
    "attorney",
    "judge",
    "candidate",
    "congressman",
    "congresswoman",
    "secretary",
    "chancellor",
    "director",
    "manager",
    "coach",
    "player",
    "defenceman",
    "defenseman",
    "forward",
    "goalie",
    "goaltender",
    "captain",
    "rookie",
    "veteran",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "executive",
    "founder",
    "owner",
    "chair",
    "chairman",
    "chairwoman",
    "professor",
    "researcher",
    "scientist",
    "economist",
    "analyst",
    "expert",
    "author",
    "writer",
    "actor",
    "actress",
    "singer",
    "star",
    "artist",
    "doctor",
    "physician",
    "nurse",
    "teacher",
    "principal",
    "student",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
    "woman",
    "man",
    "boy",
    "girl",
    "resident",
    "businessman",
    "entrepreneur",
    "designer",
    "architect",
    "activist",
    "advocate",
    "organizer",
    "organiser",
    "witness",
    "eyewitness",
    "bystander",
    "onlooker",
    "passenger",
    "motorist",
    "homeowner",
    "patient",
    "parent",
    "professional",
    "victim",
    "survivor",
    "prosecutor",
    "detective",
    "sergeant",
    "constable",
    "inspector",
    "commissioner",
    "ambassador",
    "diplomat",
    "mp",
    "mla",
    "mpp",
    "councillor",
    "councilor",
    "trustee",
    "superintendent",
    "pastor",
    "priest",
    "bishop",
    "rabbi",
    "imam",
    "king",
    "queen",
    "prince",
    "princess",
    "monarch",
    "dictator",
    "strongman",
    "billionaire",
    "tycoon",
    "host",
    "anchor",
    "reporter",
    "journalist",
    "columnist",
    "editor",
    "pilot",
    "driver",
    "farmer",
    "worker",
    "employee",
    "spokesperson",
    "boss",
    "striker",
    "midfielder",
    "winger",
    "defender",
    "keeper",
    "goalkeeper",
    "pitcher",
    "guitarist",
    "drummer",
    "bassist",
    "vocalist",
    "frontman",
    "frontwoman",
    "batsman",
    "bowler",
    "referee",
    "umpire",
    "cyclist",
    "sprinter",
    "investor",
    "banker",
    "trader",
    "quarterback",
    "champion",
    "president-elect",
    "nominee",
    "frontrunner",
    "front-runner",
    "incumbent",
    "challenger",
    "representative",
    "legislator",
    "lawmaker",
    "politician",
    "strategist",
    "adviser",
    "advisor",
    "aide",
    "consultant",
    "physicist",
    "psychologist",
    "historian",
    "curator",
    "chef",
    "musician",
    "rapper",
    "comedian",
    "filmmaker",
    "director",
    "producer",
    "novelist",
    "poet",
    "athlete",
    "skater",
    "skier",
    "runner",
    "swimmer",
    "golfer",
    "boxer",
    "fighter",
    "senior",
    "junior",
    "youngster",
    "teen",
    "teenager",
    "man",
    "woman",
    "guy",
    "agent",
    "investigator",
    "negotiator",
    "commander",
    "soldier",
    "firefighter",
    "paramedic",
    "lecturer",
    "engineer",
    "accountant",
    "neighbour",
    "neighbor",
    "friend",
    "sister",
    "brother",
    "relative",
    "mom",
    "mum",
    "dad",
    "colleague",
    "dean",
    "campaigner",
    "protester",
    "demonstrator",
    "commentator",
    "blogger",
    "presenter",
    "photographer",
    "pollster",
    "lobbyist",
    "supporter",
    "critic",
    "delegate",
    "staffer",
    "insider",
    "ally",
    "operative",
    "backer",
    "confidant",
    "loyalist",
    "surrogate",
    "donor",
    "committeeman",
    "committeewoman",
    "correspondent",
    "administrator",
    "meteorologist",
    "counselor",
    "counsellor",
    "contributor",
    "auditor",
    "supervisor",
    "alderman",
    "alderwoman",
    "assemblyman",
    "assemblywoman",
    "councilman",
    "councilwoman",
    "clergyman",
    "clergywoman",
    "backbencher",
    "frontbencher",
    "scholar",
    "member",
    "head",
];

/// Common Chinese, Korean and Vietnamese surnames, which come first in a name ("Wang Yan",
/// "Kim Jong Un"): a story shortens such a person to the first word, as it does a firm.
pub const SURNAMES_FIRST: &[&str] = &[
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
    "zhu", "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han",
    "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang",
    "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "meng", "xi",
    "xing", "wen", "bo", "kim", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim",
    "moon", "ban", "nguyen", "tran", "pham", "hoang", "vu", "ngo",
];

/// Modal verbs: "will", "could".
pub const MODALS: &[&str] = &[
    "will", "would", "can", "could", "may", "might", "must", "should",
];

/// Forms of "be" that make a cue passive ("was told").
pub const BE_FORMS: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "being", "'s", "’s",
];

/// Determiners and quantifiers that open a noun phrase ("the report", "some voters").
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my", "your", "one",
    "another", "some", "many", "several", "two", "three", "both", "other", "most", "few",
];

/// Nouns that name a body or a group able to speak: "the company said", "officials said".
pub const GROUP_NOUNS: &[&str] = &[
    "family",
    "couple",
    "community",
    "company",
    "firm",
    "government",
    "ministry",
    "department",
    "agency",
    "police",
    "officials",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "statement",
    "report",
    "study",
    "memo",
    "union",
    "group",
    "organization",
    "organisation",
    "board",
    "council",
    "committee",
    "campaign",
    "team",
    "club",
    "league",
    "court",
    "authorities",
    "administration",
    "office",
    "military",
    "army",
    "researchers",
    "experts",
    "critics",
    "analysts",
    "officers",
    "staff",
    "spokespeople",
    "lawyers",
    "prosecutors",
    "investigators",
    "residents",
    "sources",
    "source",
    "party",
    "embassy",
    "commission",
    "network",
    "website",
    "newspaper",
    "paper",
    "media",
    "outlets",
    "release",
    "letter",
    "documents",
    "document",
    "filing",
    "lawsuit",
    "survey",
    "poll",
    "data",
    "figures",
    "panel",
    "alliance",
    "coalition",
    "body",
    "airport",
    "tribunal",
    "consortium",
    "federation",
    "delegation",
    "caucus",
];

/// Whether a (lowercased) noun is plural, and takes "report", not "reports": "officials",
/// "media", "police".
pub fn is_plural_noun(word: &str) -> bool {
    (word.ends_with('s') && !word.ends_with("ss")) || matches!(word, "media" | "police" | "data")
}

/// Words that start a new clause inside a sentence ("..., while Petro responded").
pub const CLAUSE_BOUNDARIES: &[&str] = &["while", "and", "but", "whereas", "although", "though"];

/// The third-person pronouns a speaker can be.
pub const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// Ranks below the office they qualify: "shadow foreign secretary" and "deputy prime
/// minister" are not "the Foreign Secretary" or "the Prime Minister".
pub const LESSER_RANKS: &[&str] = &["shadow", "deputy", "assistant", "acting", "interim"];

/// Whether `w` (lowercase) is a preposition, a determiner or a coordinating conjunction: a
/// word after which a capital may open a title or a name's inner part ("Secretary of State",
/// "the State Department", "and State Museum") rather than a name of its own.
pub fn is_function_word(w: &str) -> bool {
    PREPOSITIONS.contains(&w)
        || DETERMINERS.contains(&w)
        || matches!(w, "and" | "or" | "nor" | "but")
}

/// Prepositions that put a name inside a phrase rather than in subject position.
pub const PREPOSITIONS: &[&str] = &[
    "of",
    "for",
    "at",
    "from",
    "with",
    "to",
    "by",
    "about",
    "on",
    "in",
    "unlike",
    "like",
    "despite",
    "against",
    "toward",
    "towards",
    "into",
    "over",
    "under",
    "than",
    "behind",
    "amid",
    "between",
    "across",
    "through",
    "throughout",
    "during",
    "upon",
    "onto",
    "via",
];

/// Stems of verbs that judge their object for what it did or said, besides the reporting
/// verbs: "sued USAToday for publishing", "impeach Mr. Trump for urging".
pub const JUDGING_VERBS: &[&str] = &[
    "sue",
    "sui",
    "impeach",
    "fault",
    "commend",
    "punish",
    "fire",
    "fining",
    "fine",
    "censur",
    "credit",
    "forgiv",
    "reprimand",
    "sanction",
    "suspend",
    "expel",
    "honor",
    "honour",
    "hail",
    "clobber",
    "prosecut",
];

/// What a speaker draws for what they said: "drew fire for saying", "faced backlash for
/// tweeting", "received a standing ovation for stating".
pub const REACTION_NOUNS: &[&str] = &[
    "fire",
    "backlash",
    "criticism",
    "controversy",
    "attention",
    "flak",
    "heat",
    "scrutiny",
    "ovation",
    "applause",
    "praise",
    "credit",
    "rebuke",
    "condemnation",
    "outrage",
    "ire",
    "headlines",
    "trouble",
    "blame",
    "ridicule",
    "mockery",
    "derision",
    "censure",
    "uproar",
    "furor",
    "furore",
    "storm",
    "anger",
    "complaints",
    "flack",
];

/// Reporting verbs that are also nouns ("the report", "his claims"); "says" never is.
pub const NOUN_CUES: &[&str] = &[
    "report", "post", "claim", "comment", "tweet", "remark", "estimate", "answer", "reply",
    "promise", "pledge", "note", "charge", "question", "blast", "slam", "praise", "talk", "share",
    "release", "issue", "offer", "show", "call", "point", "quote", "vow", "demand", "boast",
    "echo", "attack", "counter", "hint", "joke", "state", "study", "read", "find", "go", "put",
    "address", "brand", "label", "repeat", "blame", "chant", "answer", "respond", "outline",
    "record", "retort", "quip", "lament", "shout", "whisper", "scold", "threat", "warning", "plea",
];

/// Verbs that give something a name: "called the plan “a disaster”", "dubbed him “Lyin' Ted”".
pub const NAMING_VERBS: &[&str] = &["call", "dub", "label", "brand"];

/// Verbs that liken one thing to another: "compared the FBI to “stormtroopers”".
pub const COMPARING_VERBS: &[&str] = &["compare", "liken"];

/// Nouns of speech that make their possessor a source: "Trump's claim that ...".
pub const SPEECH_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "comment",
    "comments",
    "remarks",
    "statement",
    "assertion",
    "argument",
    "suggestion",
    "contention",
    "insistence",
    "promise",
    "pledge",
    "warning",
    "message",
    "announcement",
    "view",
    "belief",
    "accusation",
    "allegation",
    "charge",
    "prediction",
];

/// Words that follow a name after a quote without being its verb.
pub const NOT_VERBS: &[&str] = &[
    "and", "or", "but", "who", "which", "that", "is", "was", "of", "in", "on", "at", "to", "for",
    "with", "from", "as", "the", "a", "an", "has", "had", "have", "will", "would",
];

/// Words for a stretch of time: "earlier this week called", "found himself that morning".
pub const TIME_NOUNS: &[&str] = &[
    "morning",
    "afternoon",
    "evening",
    "night",
    "day",
    "week",
    "month",
    "year",
    "time",
    "moment",
    "point",
];

/// Verbs (lemmas) of putting out what a source found or wrote, which frame it in an "as"
/// clause even with a time after them: "As the Boston Globe reported last week, ...", "as
/// NPR noted in 2016".
pub const REPORTING_VERBS: &[&str] = &[
    "report", "note", "write", "explain", "observe", "point", "reveal", "document", "detail",
];

/// Words that make the noun after them an office someone holds: "the former sergeant-at-arms".
pub const OFFICE_MODIFIERS: &[&str] = &[
    "former", "outgoing", "incoming", "interim", "acting", "longtime", "then", "retired",
];

/// "vice", "deputy", "prime": a word that makes the office after it another office. The vice
/// president is not "the president", the deputy prime minister not "the prime minister", and
/// the prime minister not "the minister" (nor an aid minister "the prime minister").
pub const OFFICE_QUALIFIERS: &[&str] = &["vice", "deputy", "assistant", "associate", "prime"];

/// Capitalised words that qualify the role or title after them in a run of capitalised words
/// ("Senate Majority Whip John Cornyn", "CNN White House Senior Correspondent Jim Acosta"): they
/// go with the title, not with the body's name before it, and are stripped from the person's.
pub const ROLE_MODIFIERS: &[&str] = &[
    "majority",
    "minority",
    "senior",
    "chief",
    "deputy",
    "assistant",
    "associate",
    "executive",
    "political",
    "legal",
    "acting",
    "interim",
    "congressional",
    "foreign",
    "diplomatic",
    "medical",
    "economic",
    "managing",
];

/// The role a title's words (lowercased) give its holder when a qualifier opens them, whole:
/// "vice president" for "Vice President" and "Vice-President". Otherwise none, and each word of
/// the title is a role of its own ("secretary" of "Secretary of State").
pub fn qualified_office(words: &[&str]) -> Option<String> {
    let first = words.first()?;
    let (head, rest) = first.split_once('-').unwrap_or((first, ""));
    OFFICE_QUALIFIERS.contains(&head).then(|| {
        std::iter::once(head)
            .chain((!rest.is_empty()).then_some(rest))
            .chain(words[1..].iter().copied())
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Words that close a company's full name (lowercased, without full stops): "Samsung
/// Electronics Co.", "Nestlé S.A.", "Huawei Technologies", "the Xinhua News Agency" are the
/// "Samsung", "Nestlé", "Huawei" and "Xinhua" the gazetteer knows.
pub const COMPANY_SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "limited",
    "plc",
    "llc",
    "lp",
    "group",
    "holdings",
    "sa",
    "ag",
    "nv",
    "se",
    "ab",
    "oyj",
    "asa",
    "dac",
    "gmbh",
    "spa",
    "technologies",
    "motors",
    "bank",
    "agency",
    "club",
];

/// Place words that are also common surnames: after a first name they end a person's name
/// ("Fiona Hill", "Anita Hill", "Stuart Hall"), not a place's ("Capitol Hill").
pub const SURNAME_PLACE_WORDS: &[&str] = &["hill", "hall", "lane", "field"];

/// Heads of a place or building named after a monarch or a knight: "Sir Winston Churchill
/// Square", "King George Station" are places (but "Coach Bruce Arena" and "Dr. John Park" are
/// people).
pub const FACILITY_HEADS: &[&str] = &[
    "square",
    "station",
    "avenue",
    "ave",
    "ave.",
    "boulevard",
    "blvd",
    "highway",
    "freeway",
    "expressway",
    "bridge",
    "airport",
    "stadium",
    "arena",
    "plaza",
    "mall",
    "cathedral",
    "chapel",
    "museum",
    "gallery",
    "zoo",
    "prison",
    "hotel",
    "canal",
    "resort",
    "theatre",
    "theater",
    "library",
    "memorial",
    "tower",
    "towers",
    "gardens",
    "terrace",
    "crescent",
    "parkway",
];

/// What a body named after someone calls itself after the name: "the Biden PAC", "the Clinton
/// Foundation", "the Trump Organization". The name alone is the person, not the body.
pub const NAMED_AFTER_SOMEONE: &[&str] = &[
    "pac",
    "campaign",
    "administration",
    "foundation",
    "organization",
    "organisation",
    "institute",
    "center",
    "centre",
    "library",
    "family",
    "show",
];

/// Nouns of kind that end a compound modifier after a name: "Jim Crow-era", "Soviet-style".
pub const COMPOUND_KIND_NOUNS: &[&str] = &["era", "style", "type", "like", "born", "wide", "based"];

/// Verbs of saying whose subject may follow them after the words: "..., say historians.",
/// "..., writes the author."
pub const INVERTING_CUES: &[&str] = &[
    "say",
    "write",
    "add",
    "warn",
    "note",
    "argue",
    "explain",
    "insist",
    "caution",
    "predict",
    "acknowledge",
    "concede",
    "report",
    "claim",
    "tweet",
    "observe",
    "remark",
    "recall",
    "conclude",
    "estimate",
    "suggest",
    "contend",
    "maintain",
    "assert",
    "reply",
    "respond",
    "counter",
    "complain",
    "announce",
    "confirm",
];

/// A party's members, written as a group: "Republicans are slamming ...".
pub const PARTY_MEMBERS: &[&str] = &[
    "republicans",
    "democrats",
    "conservatives",
    "liberals",
    "progressives",
    "tories",
];

/// Whether a (lowercased) word names one member of a party: the singular of one of
/// PARTY_MEMBERS ("republican", "tory").
pub fn is_party_member(lower: &str) -> bool {
    PARTY_MEMBERS
        .iter()
        .any(|plural| match plural.strip_suffix("ies") {
            Some(stem) => lower.strip_suffix('y') == Some(stem),
            None => plural.strip_suffix('s') == Some(lower),
        })
}

/// Verbs whose subject got or saw a speech event rather than made it: "Police received a call
/// reporting", "she heard a voice saying" (besides OBTAINING_VERBS).
pub const PERCEIVING_VERBS: &[&str] =
    &["got", "saw", "heard", "watched", "read", "quoted", "found"];

/// "26-year-old", "two-year-old": an age, which only people (and a few animals) have.
pub fn is_age(word: &str) -> bool {
    word.ends_with("-old")
}

/// "former", "outgoing", "interim": a word that makes the noun after it an office someone holds.
pub fn is_office_modifier(word: &str) -> bool {
    OFFICE_MODIFIERS.contains(&word)
}

/// Verbs of thought and finding: they take a clause without "that" ("think they have") that
/// is not speech, unlike verbs of saying ("claimed a study had been done").
pub const THOUGHT_VERBS: &[&str] = &[
    "think", "feel", "hope", "believe", "find", "fear", "wonder", "estimate", "signal", "show",
    "know", "indicate", "reveal",
];

/// Participles that raise a noun to what is said of it before "to be" or "to have": "both
/// companies said to be in talks", "the man alleged to be Sterling" (not "vowed to be",
/// "claimed to have": those report a promise or a claim).
pub const RAISING_PARTICIPLES: &[&str] = &[
    "said",
    "reported",
    "believed",
    "thought",
    "rumoured",
    "rumored",
    "understood",
    "alleged",
    "known",
    "expected",
];

/// A court's finding reports words only with what was found beside it (`finding_follows` in
/// speakers.rs: "that" or a colon, a pronoun's clause, or the verb closing a frame): "the
/// justices held that", not "held “constructive” talks", "held signs reading “...”" or
/// "held a rally".
pub const FINDINGS_WITH_THAT: &[&str] = &["held"];

/// Whether a (lowercased) word is a small number in words: "two" to "fifteen", "twenty", "dozen".
pub fn is_number_word(lower: &str) -> bool {
    matches!(
        lower,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "twenty"
            | "dozen"
    )
}

/// Words in "-ly" that are no adverbs: nouns that may be subjects ("the family said") and verbs.
const LY_NON_ADVERBS: &[&str] = &[
    "family",
    "assembly",
    "ally",
    "rally",
    "elderly",
    "bully",
    "monopoly",
    "anomaly",
    "supply",
    "reply",
    "apply",
    "comply",
    "imply",
    "multiply",
    "butterfly",
    "homily",
    "folly",
    "belly",
    "jelly",
    "lily",
    "italy",
    "july",
    "reilly",
    "kelly",
    "emily",
];

/// The lowercase form of `word`, as [`str::to_lowercase`] gives it, for a lookup. Words of
/// up to 24 bytes, nearly all of them, stay inline, so the lookups in the sieve's inner loops
/// allocate nothing.
pub fn lowercase(word: &str) -> CompactString {
    if word.is_ascii() {
        // (The ASCII path is several times faster than the general one.)
        let mut lower = CompactString::new(word);
        lower.make_ascii_lowercase();
        lower
    } else {
        CompactString::from_str_to_lowercase(word)
    }
}

/// Whether a (lowercased) word is an adverb in "-ly" ("quickly", "recently"), which may stand
/// between a subject and its verb; "family", "assembly" and "reply" are not.
pub fn is_ly_adverb(lower: &str) -> bool {
    lower.len() > 4 && lower.ends_with("ly") && !LY_NON_ADVERBS.contains(&lower)
}

/// Whether a (lowercased) word abbreviates a month: "jan", "sept".
pub fn is_month_abbreviation(lower: &str) -> bool {
    matches!(
        lower,
        "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Courtesy titles written before a name, with or without their full stop ("Mr Prescott",
/// British style).
const COURTESY_TITLES: &[&str] = &["mr", "mrs", "ms", "dr"];

/// Whether a lowercased word is a British peer's or knight's title, which a place's name may
/// follow as the holder's own: "Lady Scotland", "Lord Kennedy", "Lady Boston".
pub fn is_peerage_title(lower: &str) -> bool {
    matches!(
        lower,
        "lord" | "lady" | "viscount" | "viscountess" | "sir" | "dame"
    )
}

/// Whether a word as written is a courtesy title: "Mr", "Mrs.", "dr"; not the all-capitals
/// "MS" of "the MS Society".
pub fn is_courtesy_title(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    COURTESY_TITLES.iter().any(|t| w.eq_ignore_ascii_case(t))
        && !w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Verbs that need speech beside them in a story's sentences but report a stance on their own
/// as a headline's verb: "Pence Endorses Paul Ryan", "Cruz attacks Trump on trade", "Kasich
/// Just Revealed The 1 Thing He Thinks". (Not "Apple releases", "Poll finds", "Trump adds", nor
/// "Federer claims Dubai crown".)
pub const HEADLINE_STANCE_VERBS: &[&str] = &[
    "announce",
    "deny",
    "respond",
    "testify",
    "boast",
    "disclose",
    "note",
    "ask",
    "agree",
    "believe",
    "reveal",
    "threaten",
    "describe",
    "propose",
    "recommend",
    "demand",
    "assure",
    "advise",
    "wonder",
    "think",
    "feel",
    "hope",
    "fear",
    "signal",
    "answer",
    "attack",
    "dismiss",
    "reject",
    "endorse",
    "echo",
    "express",
    "call",
    "cite",
    "discuss",
    "talk",
    "brand",
    "repeat",
];

/// Nouns for a view that "in X's ..." hands to its owner as "according to X" does: "in
/// Bolton's view", "in Trump's words", "in Smith's telling".
pub const VIEW_NOUNS: &[&str] = &[
    "view",
    "views",
    "opinion",
    "words",
    "estimation",
    "judgment",
    "judgement",
    "telling",
    "assessment",
    "recollection",
];

/// Common nouns that speak as a headline's label: "Poll: Trump and Clinton hold narrow leads",
/// "Insiders: Trump will rebound", "Report: Walker to speak at convention".
pub const HEADLINE_SOURCE_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "study",
    "report",
    "newspaper",
    "insiders",
    "sources",
    "officials",
    "experts",
    "analysts",
    "aides",
    "police",
    "witnesses",
    "critics",
];

/// Roles of one who speaks for another, or a former holder's: a name titled so after "a
/// spokesman for X," is the spokesman, not X ("A lawyer for the president, former New York
/// Mayor Rudy Giuliani, said", "A spokeswoman for the governor, Press Secretary Jane Doe").
pub const SPEAKING_FOR_ROLES: &[&str] = &[
    "former",
    "press",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "attorney",
    "counsel",
    "aide",
    "adviser",
    "advisor",
];

/// Nouns for words someone gave: "Her message is simple: ...", "“Q” was the response of X".
pub const RESPONSE_NOUNS: &[&str] = &[
    "message", "advice", "answer", "response", "reply", "reaction", "verdict", "view",
];

/// Participles that make the name after "by" a document's author: "a study released by X"
/// (but not "a memo obtained by The Globe").
pub const AUTHORING_VERBS: &[&str] = &[
    "released",
    "published",
    "issued",
    "written",
    "prepared",
    "conducted",
    "commissioned",
    "produced",
    "sent",
    "signed",
    "authored",
    "filed",
    "posted",
    "compiled",
    "drafted",
];

/// Whether a (lowercased) word is a generational suffix: "jr.", "sr", "iii".
pub fn is_generational_suffix(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "jr" | "sr" | "ii" | "iii" | "iv"
    )
}

/// Words of a photo credit closing a caption: "(AP Photo/Evan Vucci)", "Getty Images".
pub const PHOTO_CREDIT_WORDS: &[&str] = &[
    "photo",
    "photos",
    "getty",
    "images",
    "ap",
    "reuters",
    "afp",
    "epa",
    "shutterstock",
    "dreamstime",
    "istock",
    "handout",
    "file",
    "pool",
    "bloomberg",
    "contributed",
];

/// Nouns for documents, which speak for their authors: "the report said".
pub const DOCUMENT_NOUNS: &[&str] = &[
    "report",
    "statement",
    "study",
    "memo",
    "post",
    "data",
    "survey",
    "documents",
    "document",
    "release",
    "letter",
    "filing",
    "lawsuit",
    "poll",
    "figures",
    "tweet",
    "blog",
    "website",
    "analysis",
    "review",
    "paper",
    "article",
    "story",
    "editorial",
    "column",
    "results",
    "numbers",
];

/// Words that open a subordinate clause whose subject is still salient: "Even though Greenspan has ...".
pub const SUBORDINATORS: &[&str] = &[
    "though", "although", "while", "because", "when", "after", "before", "since", "if", "as",
    "once", "until", "whether",
];

impl Lexicon {
    /// The lexicon, parsed on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let mut cues = HashMap::default();
        for line in data_lines(CUE_VERBS) {
            let (strong, line) = match line.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, line),
            };
            let (act, line) = match line.strip_prefix('~') {
                Some(rest) => (true, rest),
                None => (false, line),
            };
            let forms: Vec<&'static str> = line.split_whitespace().collect();
            let Some(&lemma) = forms.first() else {
                continue;
            };
            // "write writes wrote written writing": a fourth form unlike the past tense is a
            // past participle only.
            let past_participle = match forms.as_slice() {
                [_, _, past, pp, ..] if pp != past && !pp.ends_with("ing") => Some(*pp),
                _ => None,
            };
            let cue = |form: &str| Cue {
                lemma,
                strong,
                act,
                participle: form.ends_with("ing") && form != lemma,
                past_participle: Some(form) == past_participle,
            };
            // (A form listed before keeps its line: "state states" is weak, though
            // "!state stated stating" names the lemma again.)
            for &form in &forms {
                cues.entry(form).or_insert_with(|| cue(form));
            }
        }
        let mut titles = TitlesByWord::default();
        for line in data_lines(TITLES) {
            let (title, gender) = line.split_once('\t').unwrap_or((line, "u"));
            let words: Vec<String> = title.split_whitespace().map(str::to_lowercase).collect();
            titles
                .entry(words[0].clone())
                .or_default()
                .push((words, Gender::parse(gender.trim())));
        }
        for list in titles.values_mut() {
            list.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        }
        let title_last_words = titles
            .values()
            .flatten()
            .filter_map(|(words, _)| words.last())
            .map(|w| w.trim_end_matches('.').to_string())
            .collect();
        let undotted_titles: TitlesByWord = titles
            .iter()
            .filter_map(|(first, list)| Some((first.strip_suffix('.')?.to_string(), list.clone())))
            .collect();
        let first_names = data_lines(FIRST_NAMES)
            .filter_map(|l| l.split_once('\t'))
            .map(|(n, g)| (n, Gender::parse(g.trim())))
            .collect();
        let mut max_words = 1;
        let mut acronyms = HashSet::default();
        let mut gazetteer = |text: &'static str| {
            let mut map = HashMap::default();
            for line in data_lines(text) {
                let mut names = line.split('|').map(str::trim);
                let canonical = names.next().unwrap_or_default();
                for alias in std::iter::once(canonical).chain(names) {
                    max_words = max_words.max(alias.split_whitespace().count());
                    if alias.len() <= 3 && alias.bytes().all(|b| b.is_ascii_uppercase()) {
                        acronyms.insert(alias.to_lowercase());
                    }
                    map.insert(alias.to_lowercase(), canonical);
                }
            }
            map
        };
        let countries = gazetteer(COUNTRIES);
        let mut places = gazetteer(CITIES);
        places.extend(gazetteer(PLACES));
        places.extend(countries.iter().map(|(k, v)| (k.clone(), *v)));
        let place_heads = places
            .keys()
            .filter_map(|k| k.split_once(' ').map(|(head, _)| head.to_string()))
            .collect();
        let countries = countries.into_values().map(str::to_string).collect();
        let organizations = gazetteer(ORGANIZATIONS);
        let demonyms: HashMap<String, &'static str> = data_lines(DEMONYMS)
            .filter_map(|l| l.split_once('\t'))
            .map(|(d, p)| (d.to_lowercase(), p.trim()))
            .collect();
        // ("north" opens "North Korean" as well as "North Korea".)
        let phrase_heads = places
            .keys()
            .chain(organizations.keys())
            .chain(demonyms.keys())
            .filter_map(|k| k.split_once(' ').map(|(head, _)| head.to_string()))
            .collect();
        // (The lists are written in lowercase: a word is borrowed from the data as it is, and
        // copied only when it has a capital. The common words are 60,000, one to a line, which
        // made them the largest cost of building the lexicon: a line of printable ASCII is one
        // word and needs no search for spaces.)
        let words = |text: &'static str| {
            let lines = text.bytes().filter(|&b| b == b'\n').count();
            let mut set = HashSet::with_capacity_and_hasher(lines, Default::default());
            let mut add = |word: &'static str| {
                set.insert(
                    if word
                        .bytes()
                        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
                    {
                        Cow::Borrowed(word)
                    } else {
                        Cow::Owned(word.to_lowercase())
                    },
                );
            };
            for line in data_lines(text) {
                if line.bytes().all(|b| b.is_ascii_graphic()) {
                    add(line);
                } else {
                    line.split_whitespace().for_each(&mut add);
                }
            }
            set
        };
        Lexicon {
            role_nouns: Sifted::new(ROLE_NOUNS.iter().copied().collect()),
            org_nouns: Sifted::new(ORG_NOUNS.iter().copied().collect()),
            group_nouns: Sifted::new(GROUP_NOUNS.iter().copied().collect()),
            body_title_nouns: Sifted::new(BODY_TITLE_NOUNS.iter().copied().collect()),
            cues: Sifted::new(cues),
            titles: Sifted::new(titles),
            title_last_words,
            undotted_titles: Sifted::new(undotted_titles),
            first_names: Sifted::new(first_names),
            places: Sifted::new(places),
            place_heads,
            phrase_heads,
            countries,
            demonyms: Sifted::new(demonyms),
            organizations: Sifted::new(organizations),
            org_words: Sifted::new(words(ORG_WORDS)),
            not_names: Sifted::new(words(NOT_NAMES)),
            common_words: words(COMMON_WORDS),
            place_words: Sifted::new(words(PLACE_WORDS)),
            event_words: Sifted::new(words(EVENT_WORDS)),
            acronyms,
            max_gazetteer_words: max_words,
        }
    }

    /// The cue a (lowercased) word is, if it is a reporting verb form (inlined: it is asked
    /// of nearly every word, and the sieve answers most without a call).
    #[inline]
    pub fn cue(&self, lower: &str) -> Option<Cue> {
        self.cues.get(lower)
    }

    /// The titles that start with the (lowercased) word, longest first.
    pub fn titles_starting_with(&self, lower: &str) -> &[(Vec<String>, Gender)] {
        self.titles.get_ref(lower).map_or(&[], Vec::as_slice)
    }

    /// Whether a (lowercased) word closes some title ("general", "president", "mr."), its full
    /// stop aside.
    pub fn is_title_word(&self, lower: &str) -> bool {
        self.title_last_words.contains(lower.trim_end_matches('.'))
    }

    /// The titles whose abbreviated first word is `lower` written without its full stop
    /// ("col" opens "Col.").
    pub fn titles_abbreviated_as(&self, lower: &str) -> &[(Vec<String>, Gender)] {
        self.undotted_titles
            .get_ref(lower)
            .map_or(&[], Vec::as_slice)
    }

    /// The gender of a first name ("Gustavo" → male), if it is a known first name.
    pub fn first_name(&self, word: &str) -> Option<Gender> {
        self.first_names.get(word)
    }

    /// The canonical place a (lowercased) name or alias denotes.
    pub fn place(&self, lower: &str) -> Option<&'static str> {
        self.places.get(lower)
    }

    /// Whether some place of several words starts with this word ("new", "san").
    pub fn starts_place(&self, lower: &str) -> bool {
        self.place_heads.contains(lower)
    }

    /// Whether some place or organisation of several words starts with this (lowercased) word
    /// ("new", "the"): a cheap test before joining a phrase to look it up.
    pub fn starts_gazetteer_phrase(&self, lower: &str) -> bool {
        self.phrase_heads.contains(lower)
    }

    /// Whether a canonical place name is a country, which can speak for its government.
    pub fn is_country(&self, canonical: &str) -> bool {
        self.countries.contains(canonical)
    }

    /// The place a (lowercased) demonym names: "colombian" → Colombia.
    pub fn demonym(&self, lower: &str) -> Option<&'static str> {
        self.demonyms.get(lower)
    }

    /// The canonical organisation a (lowercased) name or alias denotes.
    pub fn organization(&self, lower: &str) -> Option<&'static str> {
        self.organizations.get(lower)
    }

    /// Whether a (lowercased) word is the plural of a body's noun: "companies", "groups",
    /// "unions" (not of a document's: "reports", "polls").
    pub fn is_group_plural(&self, lower: &str) -> bool {
        let one = match lower.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => match lower.strip_suffix('s') {
                Some(stem) => stem.to_string(),
                None => return false,
            },
        };
        self.is_group_noun(&one) && !is_plural_noun(&one) && !DOCUMENT_NOUNS.contains(&one.as_str())
    }

    /// Whether a (lowercased) word is the plural of a role noun ("aides", "supporters").
    /// ("heads" is mostly a verb: "Trump heads to Ohio".)
    pub fn is_role_plural(&self, lower: &str) -> bool {
        // ("witnesses", "coaches": a plural in -es too.)
        [lower.strip_suffix('s'), lower.strip_suffix("es")]
            .into_iter()
            .flatten()
            .any(|one| self.is_role_noun(one) && one != "head")
    }

    /// Whether `word`, as written, may be the gazetteer name it spells: a short acronym only in
    /// capitals ("IS" is the Islamic State, "Is" a verb).
    pub fn written_as_named(&self, word: &str) -> bool {
        if word.len() > 3 || word.bytes().all(|b| !b.is_ascii_lowercase()) {
            return true;
        }
        // (Lowered on the stack: this is asked of most short capitalised words.)
        let mut lower = [0u8; 3];
        for (to, b) in lower.iter_mut().zip(word.bytes()) {
            *to = b.to_ascii_lowercase();
        }
        std::str::from_utf8(&lower[..word.len()]).is_ok_and(|w| !self.acronyms.contains(w))
    }

    /// Whether a (lowercased) word marks an organisation name ("ministry", "inc").
    pub fn is_org_word(&self, lower: &str) -> bool {
        self.org_words.contains(lower)
    }

    /// Whether a (lowercased) capitalised word is never a name by itself ("the", "monday").
    pub fn is_not_name(&self, lower: &str) -> bool {
        self.not_names.contains(lower)
    }

    /// Whether a (lowercased) common noun names an organisation that "it" may stand for.
    pub fn is_org_noun(&self, lower: &str) -> bool {
        self.org_nouns.contains(lower)
    }

    /// Whether a (lowercased) word is a common English word ("social", "valley").
    pub fn is_common_word(&self, lower: &str) -> bool {
        self.common_words.contains(lower)
    }

    /// Whether a (lowercased) word heads a place name ("street", "bay").
    pub fn is_place_word(&self, lower: &str) -> bool {
        self.place_words.contains(lower)
    }

    /// Whether a (lowercased) word heads an event or work ("cup", "open").
    pub fn is_event_word(&self, lower: &str) -> bool {
        self.event_words.contains(lower)
    }

    /// Whether a (lowercased) noun names a body or group able to speak ("company", "officials").
    pub fn is_group_noun(&self, lower: &str) -> bool {
        self.group_nouns.contains(lower)
    }

    /// Whether a (lowercased) word is a role noun that can stand for a person.
    pub fn is_role_noun(&self, lower: &str) -> bool {
        // ("co-host", "co-founder": a role shared is a role.)
        self.role_nouns.contains(lower)
            || lower
                .strip_prefix("co-")
                .is_some_and(|role| self.role_nouns.contains(role))
    }

    /// Whether a (lowercased) word is a noun for a body that stands before its name, as in
    /// "oil firm Yukos" (see [`BODY_TITLE_NOUNS`]).
    pub fn is_body_title_noun(&self, lower: &str) -> bool {
        self.body_title_nouns.contains(lower)
    }
}

/// The lines of a data file that are neither blank nor `#` comments, trailing whitespace
/// trimmed.
fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    // (Split by a byte loop: the lines are a few bytes each, too short for the memchr of
    // `str::lines` to pay for its setup, and there are 75,000 of them. A line ends at "\n";
    // a "\r" before it goes with the trailing whitespace.)
    let mut rest = text;
    std::iter::from_fn(move || {
        while !rest.is_empty() {
            let end = rest.bytes().position(|b| b == b'\n').unwrap_or(rest.len());
            let line = rest[..end].trim_end();
            rest = rest.get(end + 1..).unwrap_or("");
            // (A line not blank once its end is trimmed is not blank from its start either.)
            if !line.is_empty() && !line.starts_with('#') {
                return Some(line);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sifted_list_answers_as_its_table_does() {
        let words: HashSet<String> = ["said", "told", "according"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        let sifted = Sifted::new(words.clone());
        for probe in [
            "said",
            "told",
            "sad",
            "tolds",
            "according",
            "",
            "x",
            "accordinG",
        ] {
            assert_eq!(sifted.contains(probe), words.contains(probe), "{probe}");
        }
        // A shape no key has is turned away before the table is asked.
        assert!(!sifted.admits("the"));
        assert!(sifted.admits("sand")); // (the shape of "said")
    }

    #[test]
    fn lists_load() {
        let lx = Lexicon::get();
        assert_eq!(lx.cue("said").map(|c| c.lemma), Some("say"));
        assert!(lx.cue("telling").unwrap().participle);
        assert!(!lx.cue("noted").unwrap().strong);
        assert_eq!(lx.first_name("Gustavo"), Some(Gender::Male));
        assert_eq!(lx.place("u.s."), Some("United States"));
        assert_eq!(lx.demonym("colombian"), Some("Colombia"));
        assert_eq!(
            lx.organization("nato"),
            Some("North Atlantic Treaty Organization")
        );
        assert!(lx.is_org_word("ministry"));
        assert!(lx.is_not_name("the"));
        assert_eq!(lx.titles_starting_with("secretary")[0].0.len(), 3);
    }

    #[test]
    fn data_lines_are_the_lines_less_blanks_and_comments() {
        let files = [
            CUE_VERBS,
            TITLES,
            FIRST_NAMES,
            PLACES,
            CITIES,
            COUNTRIES,
            DEMONYMS,
            ORGANIZATIONS,
            ORG_WORDS,
            NOT_NAMES,
            COMMON_WORDS,
            PLACE_WORDS,
            EVENT_WORDS,
            "a b \r\n\n \t\r\n# note\nc\r\nlast",
        ];
        for text in files {
            let lines: Vec<&str> = text
                .lines()
                .map(str::trim_end)
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .collect();
            assert_eq!(data_lines(text).collect::<Vec<_>>(), lines);
        }
    }
}
