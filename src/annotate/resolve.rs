//! The document pass: tokenise every paragraph, find names, build the document's roster of
//! people, then walk the paragraphs in order, running the sieve and resolving pronouns, nominal
//! mentions and surnames against what came before (salience: recent speakers first).

use std::collections::hash_map::Entry;

use super::entities::{
    find_chunks, role_word_at, strip_possessive, title_cased, Chunk, ChunkKind, Roster, Vocab,
    WordSet,
};
use super::lexicon::{
    is_age, is_courtesy_title, is_function_word, is_ly_adverb, is_office_modifier, is_party_member,
    lowercase, qualified_office, Gender, Lexicon, AUTHORING_VERBS, BODY_TITLE_NOUNS,
    CLAUSE_BOUNDARIES, COMPANY_SUFFIXES, DETERMINERS, DOCUMENT_NOUNS, KIN_NOUNS, LESSER_RANKS,
    NAMED_AFTER_SOMEONE, NOT_VERBS, PARTY_MEMBERS, PHOTO_CREDIT_WORDS, PREPOSITIONS,
    PUBLIC_BODY_WORDS, ROLE_MODIFIERS, SUBORDINATORS, SURNAMES_FIRST, UNNAMED_ROLE_NOUNS,
};
use super::quotes::{find_quotes, QuoteSpan};
use super::speakers::{find_attributions, Attribution, Mention};
use super::tokens::{Kind, Tokens};
use super::{Annotation, Entity, EntityKind, Quote, Speaker, SpeechKind};
use crate::document::Document;

use rustc_hash::{FxHashMap, FxHashSet};

/// What a name chunk or mention refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Referent {
    /// A person of the roster.
    Person(usize),
    /// An organisation or place, by canonical name.
    Other(String, EntityKind),
}

/// How far back (in paragraphs) a pronoun looks for its person.
const PRONOUN_REACH: usize = 3;

/// How many sentences back a pronoun follows a chain of pronoun subjects to the person they
/// stand for.
const PRONOUN_CHAIN: usize = 3;

/// The heads of offices one person holds at a time: "the prime minister" is not someone the
/// story named as a secretary.
const OFFICE_HEADS: &[&str] = &[
    "secretary",
    "minister",
    "president",
    "premier",
    "chancellor",
    "governor",
    "mayor",
    "senator",
];

/// Who has been mentioned and who has spoken so far in the document.
#[derive(Default)]
struct Salience {
    /// (person, paragraph, subject position) in order of mention.
    mentions: Vec<(usize, usize, bool)>,
    /// People mentioned as owners ("Jeb Bush's rocky week"), in order: no subject for a
    /// pronoun, but the story's principal all the same.
    owners: Vec<usize>,
    /// One-word names as resolved, in order: ("trump", Donald Trump's id).
    short_names: Vec<(String, usize)>,
    /// (speaker, paragraph) in order of speech.
    speakers: Vec<(Referent, usize)>,
    /// Organisations in order of mention.
    organizations: Vec<(String, usize)>,
    /// Organisations named as the subject of a main clause, in order: what "It said" opening
    /// the next paragraph goes on with.
    subject_bodies: Vec<(String, usize)>,
    /// Organisations with the noun the story described them by, in order: ("airline",
    /// Ryanair) for "budget airline Ryanair", ("bank", Barclays) for "Barclays, the UK's
    /// third-biggest bank,". "The airline said" means the last of them.
    described: Vec<(String, String)>,
    /// The speakers of the previous paragraph, the one its last quote belongs to last.
    previous: Vec<Referent>,
    /// Documents and their authors, as introduced: ("report", Philip Cross) for "Cross wrote in
    /// a report", ("study", Civic Action) for "the Civic Action study".
    documents: Vec<(String, Referent)>,
    /// The speaker whose words the previous paragraph's closing colon introduced ("Smith wrote
    /// in a blog post:"): the next paragraph is those words, a block quote printed without marks.
    introduced: Option<Referent>,
}

/// The paragraph a mention is being resolved in: its number, tokens, name chunks and what
/// each chunk refers to.
#[derive(Clone, Copy)]
struct Passage<'x> {
    p: usize,
    t: &'x Tokens<'x>,
    chunks: &'x [Chunk],
    referents: &'x [Option<Referent>],
}

impl Salience {
    /// How many times person `id` has been mentioned so far.
    fn mentions_of(&self, id: usize) -> usize {
        self.mentions.iter().filter(|&&(m, _, _)| m == id).count()
    }

    /// How many times person `id` has been mentioned so far, as an owner too.
    fn all_mentions_of(&self, id: usize) -> usize {
        self.mentions_of(id) + self.owners.iter().filter(|&&m| m == id).count()
    }
}

/// Annotates every paragraph of a document, in order; the result has one entry per paragraph.
pub fn annotate_document(doc: &Document) -> Vec<Annotation> {
    annotate_article(doc).1
}

/// Annotates a document's headline (when it has one that is not also its first paragraph) and
/// its paragraphs as one text, so names in either resolve against the other: "Lynch: No
/// outside influence" speaks for the Loretta Lynch of the story.
pub fn annotate_article(doc: &Document) -> (Option<Annotation>, Vec<Annotation>) {
    let title = headline(doc);
    let mut texts: Vec<&str> = Vec::with_capacity(doc.paragraphs.len() + 1);
    texts.extend(title);
    texts.extend(doc.paragraphs.iter().map(String::as_str));
    let mut all = annotate_texts(&texts);
    let title = title.map(|_| all.remove(0));
    (title, all)
}

/// The headline to annotate as a passage of its own.
pub fn headline(doc: &Document) -> Option<&str> {
    doc.title
        .as_deref()
        .filter(|t| !t.trim().is_empty() && doc.paragraphs.first().is_none_or(|p| p != t))
}

fn annotate_texts(texts: &[&str]) -> Vec<Annotation> {
    // A document far longer than any article (a 100 MB file of one line) is annotated a window
    // of paragraphs at a time, so memory stays bounded; names resolve within a window.
    let total: usize = texts.iter().map(|t| t.len()).sum();
    if total <= WINDOW_BYTES {
        return annotate_paragraphs(texts, true);
    }
    let mut out = Vec::with_capacity(texts.len());
    let mut start = 0;
    while start < texts.len() {
        let mut end = start;
        let mut bytes = 0;
        while end < texts.len() && (end == start || bytes + texts[end].len() <= WINDOW_BYTES) {
            bytes += texts[end].len();
            end += 1;
        }
        out.extend(annotate_paragraphs(&texts[start..end], start == 0));
        start = end;
    }
    out
}

/// The most paragraph text annotated as one unit (far above any real article).
const WINDOW_BYTES: usize = 2 << 20;

fn annotate_paragraphs(texts: &[&str], opens_document: bool) -> Vec<Annotation> {
    let mut inside_quote = false;
    let paragraphs: Vec<Tokens> = texts
        .iter()
        .map(|p| {
            let quotes = find_quotes(p, inside_quote);
            inside_quote = quotes.last().is_some_and(|q| q.open_ended);
            Tokens::new(p, quotes)
        })
        .collect();
    let words: usize = paragraphs.iter().map(|t| t.toks.len()).sum();
    let mut vocab = Vocab {
        // (About two tokens in five are distinct lowercase words; the set grows past that.)
        lower: WordSet::with_capacity(words * 2 / 5),
        names: rustc_hash::FxHashSet::with_capacity_and_hasher(words / 8, Default::default()),
        surnames: rustc_hash::FxHashSet::default(),
        verb_names: rustc_hash::FxHashSet::default(),
    };
    let lx = Lexicon::get();
    for t in &paragraphs {
        for (i, tok) in t.toks.iter().enumerate() {
            if tok.kind != Kind::Word {
                continue;
            }
            // (The word from its token at hand, and only for words: this runs over every
            // token of the document.)
            let word = &t.text[tok.start..tok.end];
            if word.starts_with(|c: char| c.is_lowercase()) {
                vocab.lower.insert(word);
            } else if t.is_capitalized(i)
                && !t.starts_sentence(i)
                && tok.quote.is_none()
                && !t.title_case
            {
                vocab.names.insert(strip_possessive(word).0);
                if i > 0
                    && t.toks[i - 1].kind == Kind::Word
                    && !t.is_capitalized(i - 1)
                    && t.toks.get(i + 1).is_some_and(|n| n.kind == Kind::Word)
                    && t.is_capitalized(i + 1)
                    && lx.cue(t.lower(i)).is_some()
                    && !is_function_word(t.lower(i - 1))
                {
                    vocab.verb_names.insert(word);
                }
            }
            // (Not in a headline's title case: "Immigrants Sue California".)
            if i > 0
                && !t.title_case
                && t.is_capitalized(i - 1)
                && t.is_capitalized(i)
                && t.toks[i - 1].kind == Kind::Word
                && lx.first_name(t.text(i - 1)).is_some()
            {
                vocab.surnames.insert(strip_possessive(word).0);
            }
        }
    }
    let mut chunks: Vec<Vec<Chunk>> = paragraphs.iter().map(|t| find_chunks(t, &vocab)).collect();
    shortened_firms(&paragraphs, &mut chunks);
    let surnames = full_name_surnames(&paragraphs, &chunks);
    places_named_as_surnames(&paragraphs, &mut chunks, &surnames);
    let nicknames = nicknames(&paragraphs, &chunks);
    let mut roster = Roster::default();
    for c in chunks.iter().flatten() {
        if c.kind == ChunkKind::Entity(EntityKind::Person) {
            // ("Mido Hossam" is the "Ahmed “Mido” Hossam" of the story, not another Hossam.)
            // (The name joined only in a story with a nickname: this runs for every person.)
            let full = (!nicknames.is_empty())
                .then(|| nicknames.get(&c.name()))
                .flatten();
            roster.add(full.unwrap_or(c));
        }
    }
    surnames_of_people(&paragraphs, &mut chunks, &surnames);
    let acronyms = short_names(&paragraphs, &chunks);
    let definite = definite_names(&chunks);
    let first_words = first_words_of_bodies(&paragraphs, &chunks);
    // Organisations the story writes with "the" ("the Parliamentary Budget Officer"): their
    // name keeps it wherever they speak, by acronym ("PBO") too.
    let articled = paragraphs
        .iter()
        .zip(&chunks)
        .flat_map(|(t, cs)| {
            cs.iter()
                .filter(|c| {
                    !matches!(
                        c.kind,
                        ChunkKind::Entity(EntityKind::Person | EntityKind::Place)
                    ) && c.words.len() > 1
                        && c.first > 0
                        && t.lower(c.first - 1) == "the"
                        && t.text(c.first) == c.words[0]
                        && !modifies_noun(t, c)
                })
                .map(|c| c.name())
        })
        .collect();
    let mut doc_pass = DocPass {
        roster,
        salience: Salience::default(),
        current: Vec::new(),
        acronyms,
        nicknames,
        definite,
        first_words,
        articled,
        paragraphs: &paragraphs,
        opens_document,
        vocab: &vocab,
    };
    let mut annotations: Vec<Annotation> = paragraphs
        .iter()
        .zip(&chunks)
        .enumerate()
        .map(|(p, (t, cs))| doc_pass.paragraph(p, t, cs))
        .collect();
    attribute_pull_quotes(texts, &mut annotations);
    attribute_signed_quotes(texts, &mut annotations);
    attribute_interview_turns(&paragraphs, &chunks, &mut annotations);
    annotations
}

/// The most paragraphs one turn of an interview runs to after its speaker's name.
const TURN_PARAGRAPHS: usize = 10;

/// An interview printed as turns, each speaker's name on a line of its own ("Ezra Klein", then
/// his question; "Bill Gates", then the answer): the paragraphs after a name, up to the next
/// one, are that person's words. Only in a document with three such lines or more, where two
/// to four people each take two turns or more: a byline, a lone name, or a list of people with
/// a paragraph about each is no interview.
fn attribute_interview_turns(
    paragraphs: &[Tokens],
    chunks: &[Vec<Chunk>],
    annotations: &mut [Annotation],
) {
    let label = |p: usize| -> Option<String> {
        let t = &paragraphs[p];
        if t.toks.len() > 5 {
            return None; // (nearly every paragraph)
        }
        let words = t.toks.iter().filter(|x| x.kind == Kind::Word).count();
        let colon = t.toks.len() == words + 1 && t.is_punct(words, ':');
        if !(2..=4).contains(&words) || !(t.toks.len() == words || colon) {
            return None;
        }
        let [c] = chunks[p].as_slice() else {
            return None;
        };
        if c.kind != ChunkKind::Entity(EntityKind::Person) || c.last + 1 != words {
            return None;
        }
        annotations[p]
            .entities
            .iter()
            .find(|e| e.kind == EntityKind::Person)
            .map(|e| e.name.clone())
    };
    let labels: Vec<(usize, String)> = (0..paragraphs.len())
        .filter_map(|p| label(p).map(|name| (p, name)))
        .collect();
    let mut names: Vec<&String> = labels.iter().map(|(_, n)| n).collect();
    names.sort();
    names.dedup();
    // (Not a list of people, each named once with a paragraph about them.)
    let turns = |name: &String| labels.iter().filter(|(_, n)| n == name).count();
    if labels.len() < 3 || !(2..=4).contains(&names.len()) || names.iter().any(|n| turns(n) < 2) {
        return;
    }
    for (i, (p, name)) in labels.iter().enumerate() {
        let next = labels.get(i + 1).map_or(paragraphs.len(), |(q, _)| *q);
        for q in p + 1..next.min(p + 1 + TURN_PARAGRAPHS) {
            let a = &mut annotations[q];
            a.speakers = vec![Speaker {
                name: name.clone(),
                mention: paragraphs[*p].text.to_string(),
                cue: None,
                kind: SpeechKind::Direct,
                rule: "interview-turn".into(),
                unnamed: false,
            }];
            a.reported = vec![(0, paragraphs[q].text.len())];
            for quote in &mut a.quotes {
                quote.speaker = Some(name.clone());
            }
        }
    }
}

/// The plural subject "they" at token `k` stands for: a group opening the sentence before it
/// in its paragraph ("Democrats backed the bill. They say ...", "The tobacco companies lost.
/// They deny ...").
fn plural_subject(t: &Tokens, chunks: &[Chunk], k: usize) -> Option<Referent> {
    let lx = Lexicon::get();
    // The singular of a plural noun ("companies" → "company", "agents" → "agent").
    let singular = |w: &str| -> Option<String> {
        if w.len() <= 3 || w.ends_with("ss") {
            return None;
        }
        match w.strip_suffix("ies") {
            Some(stem) => Some(format!("{stem}y")),
            None => w.strip_suffix('s').map(str::to_string),
        }
    };
    // Only a sentence before the pronoun's: in "This would help families, they said." the
    // pronoun's own sentence opens with what they said; but in "Senators are eager to leave,
    // and they say ..." a clause joined by "and" or "but" shares its sentence's subject.
    let sentence = t.toks[k].sentence;
    let joined = k >= 2 && matches!(t.lower(k - 1), "and" | "but") && t.is_punct(k - 2, ',');
    let back = usize::from(!joined);
    let first = (0..k).rev().find(|&i| {
        t.starts_sentence(i) && t.toks[i].sentence + back == sentence && t.toks[i].quote.is_none()
    })?;
    let group = |name: String| Some(Referent::Other(name, EntityKind::Organization));
    // A verb follows the group, not "of": "Democrats backed", "The tobacco companies lost".
    let verb_after = |h: usize| {
        t.toks.get(h + 1).is_some_and(|n| n.kind == Kind::Word)
            && !t.is_capitalized(h + 1)
            && !PREPOSITIONS.contains(&t.lower(h + 1))
    };
    // "Democrats backed", "Canadians voted": a party or a people, capitalised.
    let people = |w: &str| {
        singular(w).is_some_and(|one| {
            lx.demonym(&one).is_some()
                || matches!(
                    one.as_str(),
                    "democrat" | "republican" | "liberal" | "conservative" | "tory" | "socialist"
                )
        })
    };
    // "Republican senators", "Chinese officials": a party or a people, then a plural of
    // people.
    let of_people = |h: usize| {
        t.toks.get(h).is_some_and(|n| n.kind == Kind::Word)
            && !t.is_capitalized(h)
            && singular(t.lower(h)).is_some_and(|one| lx.is_role_noun(&one))
            && verb_after(h)
    };
    let adjective = |lower: &str| lx.demonym(lower).is_some() || people(&format!("{lower}s"));
    if let Some(c) = chunks.iter().find(|c| c.first == first) {
        let name = c.name();
        let one_word = c.words.len() == 1 && c.kind != ChunkKind::Entity(EntityKind::Person);
        let lower = lowercase(&name);
        return if one_word && people(&lower) && verb_after(c.last) {
            group(name)
        } else if one_word && adjective(&lower) && of_people(c.last + 1) {
            group(format!("{name} {}", t.text(c.last + 1)))
        } else {
            None
        };
    }
    if t.is_capitalized(first) {
        if people(t.lower(first)) && verb_after(first) {
            return group(t.text(first).to_string());
        }
        if adjective(t.lower(first)) && of_people(first + 1) {
            return group(format!("{} {}", t.text(first), t.text(first + 1)));
        }
    }
    // "The tobacco companies", "Some veteran agents": a determiner, then a plural of people or
    // of bodies within a few lowercase words.
    if !matches!(
        t.lower(first),
        "the" | "some" | "many" | "several" | "both" | "most"
    ) {
        return None;
    }
    let head = (first + 1..(first + 4).min(k))
        .take_while(|&j| {
            t.toks[j].kind == Kind::Word
                && !t.is_capitalized(j)
                && !DETERMINERS.contains(&t.lower(j))
        })
        .find(|&j| {
            singular(t.lower(j)).is_some_and(|one| lx.is_role_noun(&one) || lx.is_org_noun(&one))
        })
        .filter(|&h| verb_after(h))?;
    let phrase = &t.text[t.toks[first].start..t.toks[head].end];
    // ("The tobacco companies" reads "the tobacco companies" as a speaker.)
    group(match phrase.strip_prefix("The ") {
        Some(rest) => format!("the {rest}"),
        None => phrase.to_string(),
    })
}

/// Whether a speaker's name, as "it" may mean it, names a body ("Tesla", "the United Nations",
/// "the company") rather than people ("one jolly viewer", "the justice official", "officials").
fn names_a_body(name: &str) -> bool {
    let lx = Lexicon::get();
    let mut words = name.split(' ');
    let first = words.next().unwrap_or_default();
    let named = first.starts_with(char::is_uppercase)
        || (first == "the"
            && words
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase)));
    let last = name.rsplit(' ').next().unwrap_or(name);
    let lower = lowercase(last);
    let plural = lower.ends_with('s') && (lx.is_group_noun(&lower) || lx.is_role_plural(&lower));
    let body = lx.is_org_noun(last) || lx.is_group_noun(last);
    !plural && (named || body) && (last.starts_with(char::is_uppercase) || !lx.is_role_noun(last))
}

/// The role nouns a paragraph introduces, before token `end`, with an indefinite article and
/// no name: "a retired FBI agent", "one senior official".
fn introduced_roles<'t>(t: &'t Tokens, end: usize) -> impl Iterator<Item = &'t str> + 't {
    let lx = Lexicon::get();
    (0..end)
        .filter(move |&i| matches!(t.lower(i), "a" | "an" | "one" | "another"))
        .filter_map(move |i| {
            (i + 1..(i + 5).min(end))
                .take_while(|&j| t.toks[j].kind == Kind::Word)
                .find(|&j| lx.is_role_noun(t.lower(j)))
                .filter(|&j| {
                    !t.is_capitalized(j)
                        && !t.toks.get(j + 1).is_some_and(|_| t.is_capitalized(j + 1))
                })
                .map(|j| t.lower(j))
        })
}

/// The surnames of the people a story names in full, by a first name, title or role, outside
/// headlines' title case (not "N. Korean", "Sue California").
fn full_name_surnames(
    paragraphs: &[Tokens],
    chunks: &[Vec<Chunk>],
) -> rustc_hash::FxHashSet<String> {
    let lx = Lexicon::get();
    paragraphs
        .iter()
        .zip(chunks.iter())
        .filter(|(t, _)| !t.title_case)
        .flat_map(|(_, cs)| cs)
        .filter(|c| {
            c.kind == ChunkKind::Entity(EntityKind::Person)
                && c.words.len() >= 2
                && (!c.roles.is_empty() || lx.first_name(&c.words[0]).is_some())
        })
        .filter_map(|c| c.words.last().cloned())
        .collect()
}

/// A lone capitalised word of no known kind that is one of `surnames` (of people the story
/// names in full) is that person: "Clinton, 35, the daughter of Bill Clinton, said" after
/// "Chelsea Clinton", so the rules that read a person's name read it too. (After the roster is
/// built: the full names stand for them there.)
fn surnames_of_people(
    paragraphs: &[Tokens],
    chunks: &mut [Vec<Chunk>],
    surnames: &rustc_hash::FxHashSet<String>,
) {
    if surnames.is_empty() {
        return;
    }
    let lx = Lexicon::get();
    for (t, cs) in paragraphs.iter().zip(chunks.iter_mut()) {
        for c in cs {
            // (Standing as a noun phrase of its own, before punctuation or a verb: not a
            // modifier, as in "Clinton campaign manager Robby Mook" or "Rubio spokesman".)
            let alone = match t.toks.get(c.last + 1) {
                None => true,
                Some(next) if next.kind != Kind::Word => true,
                Some(_) => {
                    let w = t.lower(c.last + 1);
                    lx.cue(w).is_some()
                        || matches!(w, "is" | "was" | "has" | "had" | "will" | "would" | "who")
                }
            };
            if c.kind == ChunkKind::Unknown
                && c.words.len() == 1
                && alone
                && surnames.contains(&c.words[0])
            {
                c.kind = ChunkKind::Entity(EntityKind::Person);
            }
        }
    }
}

/// "Holland said" in a story that names Director Keating Holland: a place's name, alone and
/// not after a preposition or article ("in Washington", "the Netherlands"), that is one of
/// `surnames` (of people the story names in full) is that person's.
fn places_named_as_surnames(
    paragraphs: &[Tokens],
    chunks: &mut [Vec<Chunk>],
    surnames: &rustc_hash::FxHashSet<String>,
) {
    // The lone places that might be surnames, by paragraph and chunk: few stories have any.
    let candidates: Vec<(usize, usize)> = paragraphs
        .iter()
        .zip(chunks.iter())
        .enumerate()
        .flat_map(|(p, (t, cs))| {
            cs.iter().enumerate().filter_map(move |(i, c)| {
                let after_phrase_word = || {
                    c.first > 0 && {
                        let before = t.lower(c.first - 1);
                        PREPOSITIONS.contains(&before) || DETERMINERS.contains(&before)
                    }
                };
                (c.kind == ChunkKind::Entity(EntityKind::Place)
                    && c.words.len() == 1
                    && !after_phrase_word())
                .then_some((p, i))
            })
        })
        .collect();
    if candidates.is_empty() {
        return;
    }
    let people: Vec<(usize, usize)> = candidates
        .into_iter()
        .filter(|&(p, i)| surnames.contains(&chunks[p][i].words[0]))
        .collect();
    for (p, i) in people {
        chunks[p][i].kind = ChunkKind::Entity(EntityKind::Person);
    }
}

/// "Parmalat Finanziaria ... Parmalat said": a story shortens a firm to its first word and a
/// person to the last. A two-word "person" with no first name, title or role that the story
/// shortens only to its first word is an organisation.
fn shortened_firms(paragraphs: &[Tokens], chunks: &mut [Vec<Chunk>]) {
    // (Written once with a title or role, or followed by "he"/"her" in its sentence ("Meng
    // Wanzhou in Vancouver, pending her extradition"), the name is a person's everywhere.)
    let pronoun_after = |t: &Tokens, c: &Chunk| {
        (c.last + 1..(c.last + 12).min(t.toks.len()))
            .take_while(|&j| t.toks[j].sentence == t.toks[c.last].sentence)
            .any(|j| matches!(t.lower(j), "he" | "she" | "his" | "her" | "him"))
    };
    let personal = |f: &str, l: &str| {
        paragraphs.iter().zip(chunks.iter()).any(|(t, cs)| {
            cs.iter().any(|c| {
                matches!(c.words.as_slice(), [ff, ll] if ff == f && ll == l)
                    && (!c.roles.is_empty() || c.gender != Gender::Unknown || pronoun_after(t, c))
            })
        })
    };
    let mut pairs: Vec<(String, String)> = chunks
        .iter()
        .flatten()
        .filter(|c| {
            c.kind == ChunkKind::Entity(EntityKind::Person)
                && c.words.len() == 2
                && c.gender == Gender::Unknown
                && c.roles.is_empty()
        })
        .map(|c| (c.words[0].clone(), c.words[1].clone()))
        .collect();
    pairs.retain(|(f, l)| !personal(f, l) && !SURNAMES_FIRST.contains(&lowercase(f).as_str()));
    if pairs.is_empty() {
        return;
    }
    // Whether each word of those names is also written alone as a name; and the words that
    // are a person's: some person's surname ("Ted Cruz") or written with a title ("Ms. Gao").
    let mut alone: rustc_hash::FxHashMap<&str, bool> = pairs
        .iter()
        .flat_map(|(first, last)| [(first.as_str(), false), (last.as_str(), false)])
        .collect();
    // (Only the story's own words count: a speaker says "and then Lleyton".)
    let mut surnames: rustc_hash::FxHashSet<&str> = Default::default();
    for (t, c) in paragraphs
        .iter()
        .zip(chunks.iter())
        .flat_map(|(t, cs)| cs.iter().map(move |c| (t, c)))
    {
        match c.words.as_slice() {
            [w] if alone.contains_key(w.as_str()) && t.toks[c.first].quote.is_none() => {
                alone.insert(w.as_str(), true);
                if !c.roles.is_empty() || c.gender != Gender::Unknown || pronoun_after(t, c) {
                    surnames.insert(w.as_str());
                }
            }
            [.., last]
                if c.kind == ChunkKind::Entity(EntityKind::Person)
                    && c.gender != Gender::Unknown =>
            {
                surnames.insert(last.as_str());
            }
            _ => {}
        }
    }
    let firms: Vec<(String, String)> = pairs
        .iter()
        .filter(|(first, last)| {
            alone[first.as_str()] && !alone[last.as_str()] && !surnames.contains(first.as_str())
        })
        .cloned()
        .collect();
    for c in chunks.iter_mut().flatten() {
        let firm = match c.words.as_slice() {
            [f, l] => firms.iter().any(|(ff, ll)| ff == f && ll == l),
            // ("Parmalat said": the short form is the firm too.)
            [f] => firms.iter().any(|(ff, _)| ff == f),
            _ => false,
        };
        if firm && c.kind != ChunkKind::Entity(EntityKind::Place) {
            c.kind = ChunkKind::Entity(EntityKind::Organization);
        }
    }
}

/// A pull quote or quoted subhead ("'They owned us'") repeats words of a quote the story
/// attributes elsewhere: it gets that quote's speaker.
fn attribute_pull_quotes(texts: &[&str], annotations: &mut [Annotation]) {
    let squash = |s: &str| {
        s.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    for p in 0..annotations.len() {
        let a = &annotations[p];
        let [q] = a.quotes.as_slice() else { continue };
        if !a.speakers.is_empty() || q.start > 8 || texts[p].len() - q.end > 8 {
            continue; // cheap tests first: most quotes have a speaker or words around them
        }
        let outside = texts[p][..q.start].chars().chain(texts[p][q.end..].chars());
        if outside.filter(|c| c.is_alphanumeric()).count() > 0 {
            continue;
        }
        let words = squash(&q.text);
        if words.split(' ').count() < 3 {
            continue;
        }
        let source = annotations.iter().enumerate().find_map(|(o, other)| {
            (o != p)
                .then(|| {
                    other.quotes.iter().find_map(|oq| {
                        let speaker = oq.speaker.as_ref()?;
                        squash(&oq.text).contains(&words).then(|| speaker.clone())
                    })
                })
                .flatten()
        });
        if let Some(name) = source {
            annotations[p].quotes[0].speaker = Some(name.clone());
            annotations[p].speakers.push(Speaker {
                name,
                mention: String::new(),
                cue: None,
                kind: SpeechKind::Direct,
                rule: "pull-quote".into(),
                unnamed: false,
            });
        }
    }
}

/// A quotation signed on the line after it, as opinion round-ups print them: "“The nation's
/// debt is ...”", then "Philip Klein, Washington Examiner" (the writer, then the outlet), or
/// "Editorial Board, Chicago Tribune" (the outlet speaks). The quotation, paragraphs that open
/// with a quotation mark and are nearly all quoted (the signed one and up to
/// [`SIGNED_PARAGRAPHS`] before it), gets the signer in place of a speaker carried over from
/// the paragraph before.
fn attribute_signed_quotes(texts: &[&str], annotations: &mut [Annotation]) {
    const EDITORS: &[&str] = &[
        "editorial board",
        "the editorial board",
        "editors",
        "the editors",
    ];
    let quotation_only = |a: &Annotation, text: &str| {
        let text = text.trim();
        let quoted: usize = a.quotes.iter().map(|q| q.end - q.start).sum();
        !a.quotes.is_empty()
            && a.speakers
                .iter()
                .all(|s| s.rule == "quote-continues-previous-speaker")
            && text.starts_with(['“', '"', '‘', '«'])
            && quoted * 10 >= text.len() * 8
    };
    for p in 1..annotations.len() {
        let Some(line) = texts.get(p + 1).map(|l| l.trim()) else {
            break;
        };
        if line.len() > 80 || !quotation_only(&annotations[p], texts[p]) {
            continue; // cheap tests first
        }
        // The line: a signer's name (two to four capitalised words) or the editors, a comma,
        // then the outlet in capitals; no sentence.
        let Some((who, outlet)) = line.split_once(", ") else {
            continue;
        };
        let capitals = |part: &str, most: usize| {
            let words: Vec<&str> = part.split_whitespace().collect();
            (1..=most).contains(&words.len())
                && words
                    .iter()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()) || *w == "of" || *w == "the")
        };
        if !capitals(outlet, 6) || outlet.ends_with(['.', '!', '?', ':']) {
            continue;
        }
        let signer = &annotations[p + 1].entities;
        let name = if EDITORS.contains(&who.to_lowercase().as_str()) {
            // (The outlet's entity, not "Board" of the editors' own line; else the outlet as
            // written.)
            let last = outlet.split_whitespace().last().unwrap_or(outlet);
            let entity = signer
                .iter()
                .find(|e| e.kind == EntityKind::Organization && e.name.ends_with(last));
            Some(entity.map_or_else(|| outlet.to_string(), |e| e.name.clone()))
        } else if capitals(who, 4) && who.split_whitespace().count() >= 2 {
            let surname = who.split_whitespace().last().unwrap_or(who);
            signer
                .iter()
                .find(|e| e.kind == EntityKind::Person && e.name.ends_with(surname))
                .map(|e| e.name.clone())
        } else {
            None
        };
        let Some(name) = name else { continue };
        // (A quotation of several paragraphs is signed once, after its last.)
        let mut first = p;
        while first > 1
            && p - first < SIGNED_PARAGRAPHS
            && quotation_only(&annotations[first - 1], texts[first - 1])
        {
            first -= 1;
        }
        for a in &mut annotations[first..=p] {
            a.speakers.clear();
            for q in &mut a.quotes {
                q.speaker = Some(name.clone());
            }
            a.speakers.push(Speaker {
                name: name.clone(),
                mention: who.to_string(),
                cue: None,
                kind: SpeechKind::Direct,
                rule: "signed-on-next-line".into(),
                unnamed: false,
            });
        }
    }
}

/// The most paragraphs before a signed one that its signature also covers.
const SIGNED_PARAGRAPHS: usize = 4;

/// Whether `short` may stand for the document's longer name `long`: unless the gazetteer
/// knows the short name as a body of another name ("CNN" is not the story's "Collapsing News
/// Network" or "CNN Polling"; "AP" is "the Associated Press", "Labour" "the Labour Party",
/// and "Samsung" "Samsung Electronics Co.", the known name with a company's closing word).
/// (`short` comes lowercased: its callers have it so.)
fn known_as(short: &str, long: &str) -> bool {
    Lexicon::get().organization(short).is_none_or(|known| {
        let known = known.strip_prefix("the ").unwrap_or(known);
        let long = long.strip_prefix("the ").unwrap_or(long);
        known.eq_ignore_ascii_case(long)
            || long
                .get(..known.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(known))
                && long[known.len()..].starts_with(' ')
                && long.rsplit(' ').next().is_some_and(|last| {
                    COMPANY_SUFFIXES.contains(&lowercase(&last.replace('.', "")).as_str())
                })
    })
}

/// The document's short names for its longer ones: acronyms ("PBO", "IRCC" spelled out across
/// commas), a company's first word ("Samsung") and an organisation's last word ("the Post").
fn short_names(paragraphs: &[Tokens], chunks: &[Vec<Chunk>]) -> FxHashMap<String, String> {
    let lx = Lexicon::get();
    // "PBO" is the document's "Parliamentary Budget Officer": acronyms of its longer names.
    let mut acronyms = FxHashMap::default();
    for c in chunks.iter().flatten() {
        // (Not a people's name: "SA" is no "South African".)
        if c.words.len() >= 2
            && c.kind != ChunkKind::Entity(EntityKind::Person)
            && !(c.kind == ChunkKind::Entity(EntityKind::Place)
                && lx.demonym(&lowercase(&c.name())).is_some())
        {
            let initials: String = c
                .words
                .iter()
                .filter(|w| w.starts_with(char::is_uppercase))
                .filter_map(|w| w.chars().next())
                .collect();
            if initials.len() >= 2 {
                if let Entry::Vacant(slot) = acronyms.entry(initials) {
                    let long = c.name();
                    if known_as(&lowercase(slot.key()), &long) {
                        slot.insert(long);
                    }
                }
            }
        }
    }
    // "IRCC" for "Immigration, Refugees and Citizenship Canada": a long name with commas in
    // it is no single chunk, so its acronym is spelled out in the text.
    let mut tried = FxHashSet::default();
    for c in chunks.iter().flatten() {
        let acronym = &c.words[0];
        let all_caps = c.words.len() == 1
            && acronym.len() >= 3
            && acronym.chars().all(|ch| ch.is_ascii_uppercase());
        if all_caps && !acronyms.contains_key(acronym) && tried.insert(acronym.clone()) {
            if let Some(long) = paragraphs.iter().find_map(|t| spelled_out(t, acronym)) {
                acronyms.insert(acronym.clone(), long);
            }
        }
    }
    // "Samsung" for "Samsung Electronics Co.": a company's first word names it.
    let mut short_names: FxHashMap<String, String> = Default::default();
    for c in chunks.iter().flatten() {
        if c.kind == ChunkKind::Entity(EntityKind::Organization)
            && c.words.len() >= 2
            && !short_names.contains_key(&c.words[0])
        {
            let first = &c.words[0];
            let lower = lowercase(first);
            if first.len() >= 3 && may_shorten_a_body(&lower) && !lx.is_org_word(&lower) {
                let long = c.name();
                if known_as(&lower, &long) {
                    short_names.insert(first.clone(), long);
                }
            }
        }
    }
    // "the Post" for "The Washington Post", "the Court" for "the Supreme Court": a name's
    // last word, when it marks an organisation and only one name in the story ends so.
    let mut heads: FxHashMap<&str, Vec<&[String]>> = Default::default();
    for c in chunks.iter().flatten() {
        if c.kind == ChunkKind::Entity(EntityKind::Organization) && c.words.len() >= 2 {
            let last = c.words[c.words.len() - 1].as_str();
            if lx.is_org_word(&lowercase(last)) {
                let names = heads.entry(last).or_default();
                if !names.contains(&c.words.as_slice()) {
                    names.push(&c.words);
                }
            }
        }
    }
    for (head, names) in heads {
        if let [long] = names.as_slice() {
            short_names
                .entry(head.to_string())
                .or_insert_with(|| long.join(" "));
        }
    }
    for (short, long) in short_names {
        acronyms.entry(short).or_insert(long);
    }
    acronyms
}

/// The people named with a nickname between first name and surname ("Ahmed “Mido” Hossam",
/// "Lewis “Scooter” Libby"), by the nickname alone and with the surname: the story may go on to
/// call them "Mido" or "Scooter Libby".
fn nicknames(paragraphs: &[Tokens], chunks: &[Vec<Chunk>]) -> FxHashMap<String, Chunk> {
    let mut names = FxHashMap::default();
    for (t, cs) in paragraphs.iter().zip(chunks) {
        for &(nickname, after) in &t.nicknames {
            let Some(c) = cs.iter().find(|c| {
                c.kind == ChunkKind::Entity(EntityKind::Person)
                    && c.first < after
                    && after <= c.last
                    && c.words.len() >= 2
            }) else {
                continue;
            };
            let surname = &c.words[c.words.len() - 1];
            names
                .entry(format!("{nickname} {surname}"))
                .or_insert_with(|| c.clone());
            names
                .entry(nickname.to_string())
                .or_insert_with(|| c.clone());
        }
    }
    names
}

/// The organisations a common word opens, before a connector, that "the" and that word name:
/// "the Globe" for "The Globe and Mail", "the House" for "the House of Representatives"
/// (not "Sultan of Brunei" or "Democrats of Wisconsin": a role or a party member).
fn definite_names(chunks: &[Vec<Chunk>]) -> FxHashMap<String, String> {
    let lx = Lexicon::get();
    let mut names = FxHashMap::default();
    for c in chunks.iter().flatten() {
        let [first, connector, ..] = c.words.as_slice() else {
            continue;
        };
        if c.kind == ChunkKind::Entity(EntityKind::Organization)
            && c.words.len() >= 3
            && matches!(connector.as_str(), "and" | "of" | "for")
            // (Not "House and Senate Armed Services": two bodies.)
            && !(connector == "and" && lx.is_org_word(&lowercase(&c.words[2])))
            && !c.words.iter().skip(1).any(|w| w == "The")
            // (The first word lowercased only for a name of this shape.)
            && {
                let lower = lowercase(first);
                lx.is_common_word(&lower)
                    && !lx.is_role_noun(&lower)
                    && !lx.is_role_plural(&lower)
                    && !PARTY_MEMBERS.contains(&lower.as_str())
                    && !is_party_member(&lower)
            }
        {
            names.entry(first.clone()).or_insert_with(|| c.name());
        }
    }
    names
}

/// Whether a body's (lowercased) first word may name it alone: not a common word ("Standard"
/// of "Standard Chartered"), a place or a demonym.
fn may_shorten_a_body(lower: &str) -> bool {
    let lx = Lexicon::get();
    !lx.is_common_word(lower) && lx.place(lower).is_none() && lx.demonym(lower).is_none()
}

/// The organisations whose first word names them alone later: "Merrill said" after "Merrill
/// Lynch", "Pernod shares" after "Pernod Ricard" (where no person of the story is so named).
/// Not a common word ("Standard" of "Standard Chartered"), a place, a demonym or an acronym; a
/// word opening two bodies names neither, and a word the story used alone before the longer
/// name is a name of its own ("Yukos", then "Yukos USA"; but a headline's "Pernod" shortens
/// the "Pernod Ricard" of the story).
///
/// `short_names` has a company's first word for a word the story types as a body; these are
/// for a word that may be a person's, so they ask more.
fn first_words_of_bodies(
    paragraphs: &[Tokens],
    chunks: &[Vec<Chunk>],
) -> FxHashMap<String, String> {
    // (As `annotate_paragraph` tells a headline.)
    let headline = paragraphs.len() > 1
        && paragraphs
            .first()
            .is_some_and(|t| t.title_case || is_headline_sized(t));
    let in_order = || {
        chunks
            .iter()
            .enumerate()
            .flat_map(|(p, cs)| cs.iter().map(move |c| (p, c)))
            .enumerate()
    };
    // The bodies first, by first word: where the first is named, and the body, unless two
    // are. (Borrowed words and chunks: only the names kept at the end are copied.)
    let mut bodies: FxHashMap<&str, (usize, Option<&Chunk>)> = FxHashMap::default();
    for (n, (_, c)) in in_order() {
        let [first, second, ..] = c.words.as_slice() else {
            continue;
        };
        if c.kind != ChunkKind::Entity(EntityKind::Organization) {
            continue;
        }
        // (Not a person's name before a connector, "Hoyer of Maryland", nor a person's before
        // what is named after them: "the Biden PAC", "the Clinton Foundation".)
        let after_someone = matches!(second.as_str(), "of" | "for" | "and" | "&")
            || (c.words.len() == 2 && NAMED_AFTER_SOMEONE.contains(&lowercase(second).as_str()));
        if after_someone
            || !may_shorten_a_body(&lowercase(first))
            || first.chars().all(|ch| !ch.is_lowercase())
        {
            continue;
        }
        bodies
            .entry(first.as_str())
            .and_modify(|(_, known)| {
                if known.is_some_and(|k| k.words != c.words) {
                    *known = None;
                }
            })
            .or_insert((n, Some(c)));
    }
    if bodies.is_empty() {
        return FxHashMap::default();
    }
    // Then the word alone before its body is named (outside a headline): a name of its own.
    for (n, (p, c)) in in_order() {
        if let [word] = c.words.as_slice() {
            if p > 0 || !headline {
                if let Some((at, known)) = bodies.get_mut(word.as_str()) {
                    if n < *at {
                        *known = None;
                    }
                }
            }
        }
    }
    bodies
        .into_iter()
        .filter_map(|(word, (_, c))| Some((word.to_string(), c?.name())))
        .collect()
}

/// The speaker a paragraph ending in a colon introduces: the one whose cue stands in that last
/// sentence with no quotation after it ("Smith wrote in a blog post:", "George Orwell, who
/// wrote in 1946:"). Not a cue in a relative clause that closes before the colon ("The report,
/// which Smith said was flawed, found the following:"), nor a subject quoting or citing
/// someone else ("Regnerus quoted Professor Vohs's opinion:"; but "quote the words of Jesus:").
fn introduces(t: &Tokens, found: &[(Attribution, Referent, String)]) -> Option<Referent> {
    let colon = t.toks.len().checked_sub(1)?;
    if !t.is_punct(colon, ':') {
        return None;
    }
    let sentence = t.toks[colon].sentence;
    let lx = Lexicon::get();
    let relative = |cue: usize| {
        (0..cue)
            .rev()
            .take_while(|&k| t.toks[k].sentence == sentence && !t.is_punct(k, ','))
            .any(|k| matches!(t.lower(k), "which" | "who" | "whom" | "that"))
    };
    found
        .iter()
        .rev()
        .find(|(a, _, _)| {
            a.sentence == sentence
                && a.cue < colon
                && (a.cue..colon).all(|k| t.toks[k].quote.is_none())
                && !(relative(a.cue) && (a.cue..colon).any(|k| t.is_punct(k, ',')))
                && (a.rule == "subject-after-cue"
                    || lx
                        .cue(t.lower(a.cue))
                        .is_none_or(|c| !matches!(c.lemma, "quote" | "cite")))
        })
        .map(|(_, who, _)| who.clone())
}

/// Whether a paragraph reads as the words a colon introduced: sentences, or a list's line of
/// six words or more; not a subhead, a list's heading or a caption ("Where it will happen:",
/// "1. Strategy in Iowa", "What's the latest in the US?", "Enlarge this image toggle caption
/// Google Maps").
fn reads_as_sentences(t: &Tokens) -> bool {
    let text = t.text.trim_end();
    let words = t.toks.iter().filter(|tok| tok.kind == Kind::Word).count();
    let capitalised = (0..t.toks.len())
        .filter(|&k| t.toks[k].kind == Kind::Word && t.is_capitalized(k))
        .count();
    if text.ends_with(':') || capitalised * 2 > words {
        return false;
    }
    if text.ends_with('?') {
        return words >= 12;
    }
    let sentence_end = text.ends_with(['.', '!', '…', '"', '”', '\'', '’', ')']);
    words >= if sentence_end { 4 } else { 6 }
}

struct DocPass<'d> {
    roster: Roster,
    salience: Salience,
    /// Speakers found so far in the paragraph being annotated, each with the sentence and the
    /// token of its cue.
    current: Vec<(Referent, usize, usize)>,
    /// Acronyms of the document's multi-word names, with the names. (The name maps hash with
    /// Fx, not SipHash: short keys, looked up for every mention; and an order fixed from run to
    /// run for the search over `acronyms`.)
    acronyms: FxHashMap<String, String>,
    /// The people the document names with a nickname inside ("Ahmed “Mido” Hossam"), by the
    /// nickname alone ("Mido") and with the surname ("Mido Hossam").
    nicknames: FxHashMap<String, Chunk>,
    /// The organisations "the" and a common word name ("the Globe").
    definite: FxHashMap<String, String>,
    /// The organisations their first word alone names ("Merrill" for "Merrill Lynch").
    first_words: FxHashMap<String, String>,
    /// Organisations the document writes with "the".
    articled: FxHashSet<String>,
    /// The document's paragraphs, for what earlier ones introduced.
    paragraphs: &'d [Tokens<'d>],
    /// Whether the first of them opens the document (a later window of a huge one does not).
    opens_document: bool,
    /// The words the document writes in lowercase and capitalises in mid-sentence.
    vocab: &'d Vocab<'d>,
}

impl DocPass<'_> {
    fn paragraph(&mut self, p: usize, t: &Tokens, chunks: &[Chunk]) -> Annotation {
        let lx = Lexicon::get();
        let mut referents: Vec<Option<Referent>> = chunks
            .iter()
            .map(|c| {
                if kin_appositive(t, c) {
                    // "Spindler's father, Joseph, says": a kin's first name is a person of
                    // their own, not the story's other Joseph; "his father" is him later.
                    let mut kin = c.clone();
                    kin.roles.push(t.lower(c.first - 2).to_string());
                    Some(Referent::Person(self.roster.add(&kin)))
                } else {
                    self.chunk_referent(t, c)
                }
            })
            .collect();
        let caption = ends_with_photo_credit(t.text);
        if is_caption(t) {
            // A caption or a link line: nobody speaks, and its names are not the story's. (Nor
            // are the words a colon before it introduced: they were the video it links to.)
            self.salience.introduced = None;
            let mut entities = Vec::new();
            for r in referents.iter().flatten() {
                if !matches!(r, Referent::Person(_)) {
                    push_new(&mut entities, self.entity(r));
                }
            }
            let quotes = t.quotes.iter().map(|q| quote(t, q, None)).collect();
            return Annotation {
                speakers: Vec::new(),
                quotes,
                entities,
                reported: Vec::new(),
            };
        }
        // The document's first passage of several, short and of one sentence (or in title
        // case), is its headline. (A lede that short, in the present tense, reads the same:
        // "Mike Pence endorses Paul Ryan." is taken as one.)
        let first = p == 0 && self.opens_document;
        let headline = first && self.paragraphs.len() > 1 && (t.title_case || is_headline_sized(t));
        let quote_follows = self
            .paragraphs
            .get(p + 1)
            .and_then(|next| next.toks.first())
            .is_some_and(|tok| tok.kind == Kind::QuoteOpen);
        let mut attributions = find_attributions(t, chunks, headline, quote_follows);
        // ("UK heading wrong way - Howard" signs the headline only: "Drama - Featherboy" in the
        // body is a list line.)
        if !first {
            attributions.retain(|a| a.rule != "headline-signed");
        }

        // Resolve every attribution to a speaker: a transcript's label first. The line is that
        // person's own words, so the cues in it report speech as a quote's do, and name no
        // speaker of the paragraph ("FALLIN: ... he talked about ..."). A label no one answers
        // to ("WALLACE:" in a story naming no Wallace) still says the speaker changed.
        attributions.sort_by_key(|a| a.rule != "transcript-label");
        // (Not a rubric's common word: "ANALYSIS: ...".)
        let labelled = attributions.first().is_some_and(|a| {
            a.rule == "transcript-label" && !lx.is_common_word(t.lower(a.cue - 1))
        });
        self.current.clear();
        let mut found: Vec<(Attribution, Referent, String)> = Vec::new();
        for a in attributions {
            if found
                .first()
                .is_some_and(|f| f.0.rule == "transcript-label")
            {
                break;
            }
            if let Some((who, mention)) = self.resolve(p, t, chunks, &referents, &a) {
                if a.rule == "transcript-label" {
                    let label = t.toks[a.cue].start;
                    for (c, r) in chunks.iter().zip(referents.iter_mut()) {
                        if t.toks[c.first].start < label {
                            *r = Some(who.clone());
                        }
                    }
                }
                // A headline's lone common word is no name unless it is a person's or a group's:
                // "Row threatens Hendrix museum plan" (but "Pence Endorses", "Republicans ask").
                if a.rule == "headline-verb"
                    && matches!(who, Referent::Other(..))
                    && lone_common_word(t, chunks, &a.mention)
                {
                    continue;
                }
                self.current.push((who.clone(), a.sentence, a.cue));
                found.push((a, who, mention));
            }
        }
        // Every quote gets the speaker of its sentence, else the nearest in the paragraph.
        let mut quotes = Vec::new();
        let mut quote_speakers: Vec<Option<Referent>> = Vec::new();
        let narrative_words = t
            .toks
            .iter()
            .filter(|tok| tok.quote.is_none() && tok.kind == Kind::Word)
            .count();
        // A quote-only paragraph continues the previous speaker; a short quoted phrase with no
        // sentence punctuation is a subhead ("'They owned us'"), not more of the quote.
        let sentence_like = t.quotes.iter().any(|q| {
            let inner = &t.text[q.start..q.end];
            inner.split_whitespace().count() >= 6
                || inner.ends_with(['.', '!', '?', ','])
                || q.open_ended
        });
        // "'Pretty cool working there.'" alone in single marks is a subhead, however it ends.
        let subhead = narrative_words == 0
            && t.quotes.len() == 1
            && t.text[t.quotes[0].outer_start..].starts_with(['\'', '‘'])
            && t.text[t.quotes[0].start..t.quotes[0].end]
                .split_whitespace()
                .count()
                <= 8;
        // "But early on, he did have patients die ... “When somebody dies, you tend to remember
        // that.”": a quote standing as a sentence of its own, in a paragraph about the last
        // speaker ("he", or the name), goes on with that speaker.
        let about_previous = || {
            let Some(Referent::Person(id)) = self.salience.previous.last() else {
                return false;
            };
            let gender = self.roster.people[*id].gender;
            let pronoun = t.toks.iter().enumerate().any(|(k, tok)| {
                tok.quote.is_none()
                    && tok.kind == Kind::Word
                    && match t.lower(k) {
                        "he" => gender.agrees(Gender::Male),
                        "she" => gender.agrees(Gender::Female),
                        _ => false,
                    }
            });
            let named = referents.iter().zip(chunks).any(|(r, c)| {
                r.as_ref() == Some(&Referent::Person(*id)) && t.toks[c.first].quote.is_none()
            });
            pronoun || named
        };
        // (Narrative first, the quote closing the paragraph.)
        let narrative_first = t.toks.first().is_some_and(|tok| tok.quote.is_none());
        let quote_sentence = || {
            narrative_first
                && t.quotes.iter().enumerate().any(|(qi, q)| {
                    !q.open_ended
                        && !q.continued
                        && q.outer_end >= t.text.trim_end().len()
                        && t.text[q.start..q.end].split_whitespace().count() >= 6
                        && t.toks
                            .iter()
                            .position(|tok| tok.quote == Some(qi) && tok.kind == Kind::Word)
                            .is_some_and(|first| t.starts_sentence(first))
                })
        };
        // "Smith wrote in a blog post:", then a paragraph of his words with no marks of its own,
        // or marks inside them: that paragraph is his, when no one else speaks in it. (Not a
        // picture's caption, which ends the introduction.)
        let introduced = self
            .salience
            .introduced
            .take()
            .filter(|_| found.is_empty() && !labelled && !caption && reads_as_sentences(t));
        let continued = introduced.is_none()
            && found.is_empty()
            && !labelled
            && !t.quotes.is_empty()
            && ((narrative_words <= 2 && sentence_like && !subhead)
                || (quote_sentence() && about_previous()));
        // "“Either the ephedrine was taken ... an infection.” However, ... Tarpishchev said.": a
        // paragraph opening with quotations that no cue of their sentences claims, after one that
        // ended quoting its last speaker, goes on with that speaker before anyone new speaks.
        // (Ended quoting: its last sentence quotes, `“...,” said Michael Moran, analyst at
        // Daiwa.`, or a quotation runs on past it.)
        let ended_quoting = p > 0 && {
            let before = &self.paragraphs[p - 1];
            before.toks.last().is_some_and(|end| {
                before
                    .toks
                    .iter()
                    .rev()
                    .take_while(|tok| tok.sentence == end.sentence)
                    .any(|tok| tok.quote.is_some())
            })
        };
        // (Sentences of their own, six words or more, before narrative: not a title, "''Opening
        // Belle,'' which will be in bookstores", nor a paragraph that is only a short quote.)
        let leading = if !continued
            && ended_quoting
            && narrative_words > 2
            && !self.salience.previous.is_empty()
        {
            let mut n = 0;
            for (qi, q) in t.quotes.iter().enumerate() {
                let toks = t.quote_tokens(qi);
                if toks.is_empty() {
                    break;
                }
                let (first, last) = (toks.start, toks.end - 1);
                let narrative_before = t.toks[..first]
                    .iter()
                    .any(|tok| tok.quote.is_none() && tok.kind == Kind::Word);
                let (from, to) = (t.toks[first].sentence, t.toks[last].sentence);
                let claimed = found
                    .iter()
                    .any(|(a, _, _)| (from..=to).contains(&a.sentence));
                let framed = t.toks.iter().any(|tok| {
                    tok.quote.is_none()
                        && tok.kind == Kind::Word
                        && (from..=to).contains(&tok.sentence)
                });
                let short = t.text[q.start..q.end].split_whitespace().count() < 6;
                if narrative_before || claimed || framed || short {
                    break;
                }
                n += 1;
            }
            n
        } else {
            0
        };
        for (qi, q) in t.quotes.iter().enumerate() {
            let first = t.toks.iter().position(|tok| tok.quote == Some(qi));
            let who = match first {
                _ if introduced.is_some() => introduced.clone(),
                _ if continued || qi < leading => self.salience.previous.last().cloned(),
                None => None,
                Some(first) => nearest(&found, t, first).map(|(_, who, _)| who.clone()),
            };
            quote_speakers.push(who.clone());
            quotes.push(quote(t, q, who.as_ref().map(|w| self.name(w))));
        }
        // Speakers, deduplicated, in order of appearance.
        let mut speakers: Vec<Speaker> = Vec::new();
        let mut spoken: Vec<Referent> = Vec::new();
        // ("the Sri Lanka Banks Association" and "Sri Lanka Banks Association" are one.)
        let same = |a: &str, b: &str| {
            fn bare(n: &str) -> &str {
                n.strip_prefix("the ").unwrap_or(n)
            }
            let (x, y) = (bare(a), bare(b));
            a == b
                // (Names in ASCII, nearly all, compare without lowercased copies.)
                || if x.is_ascii() && y.is_ascii() {
                    x.eq_ignore_ascii_case(y)
                } else {
                    x.to_lowercase() == y.to_lowercase()
                }
        };
        let mut push = |name: String, who: &Referent, s: Speaker, spoken: &mut Vec<Referent>| {
            if let Some(existing) = speakers.iter_mut().find(|x| same(&x.name, &name)) {
                if s.kind == SpeechKind::Direct {
                    existing.kind = SpeechKind::Direct;
                }
                return;
            }
            speakers.push(s);
            spoken.push(who.clone());
        };
        for (a, who, mention) in &found {
            let has_quote = quote_speakers.iter().any(|q| q.as_ref() == Some(who));
            let kind = if has_quote {
                SpeechKind::Direct
            } else {
                a.kind
            };
            let name = self.name(who);
            let s = Speaker {
                name: name.clone(),
                mention: mention.clone(),
                cue: Some(a.cue_text.clone()),
                kind,
                rule: a.rule.to_string(),
                unnamed: self.unnamed(who),
            };
            push(name, who, s, &mut spoken);
        }
        let block_quote = introduced.is_some();
        let continuing = match introduced {
            Some(who) => Some((who, "block-quote-after-colon")),
            None if continued || leading > 0 => self
                .salience
                .previous
                .last()
                .cloned()
                .map(|who| (who, "quote-continues-previous-speaker")),
            None => None,
        };
        if let Some((who, rule)) = continuing {
            let name = self.name(&who);
            let s = Speaker {
                name: name.clone(),
                mention: String::new(),
                cue: None,
                kind: SpeechKind::Continued,
                rule: rule.into(),
                unnamed: self.unnamed(&who),
            };
            push(name, &who, s, &mut spoken);
        }
        // Learn genders the names did not give: in a sentence naming one person only (outside
        // quotes), "she" or "her" is that person.
        for (c, r) in chunks.iter().zip(&referents) {
            let Some(Referent::Person(id)) = r else {
                continue;
            };
            if self.roster.people[*id].gender != Gender::Unknown || t.toks[c.first].quote.is_some()
            {
                continue;
            }
            let sentence = t.toks[c.first].sentence;
            let alone = chunks.iter().zip(&referents).filter(|(o, r)| {
                t.toks[o.first].sentence == sentence && matches!(r, Some(Referent::Person(_)))
            });
            if alone.count() != 1 {
                continue;
            }
            let (mut female, mut male) = (false, false);
            for k in narrated_after(t, c) {
                match t.lower(k) {
                    "she" | "her" | "herself" => female = true,
                    "he" | "his" | "him" | "himself" => male = true,
                    _ => {}
                }
            }
            if female != male {
                self.roster.people[*id].gender = if female { Gender::Female } else { Gender::Male };
            }
        }
        // Remember what this paragraph said for the ones after it. (A picture's caption names
        // people, but sets up no subject or speaker: the story goes on past it.)
        for (c, r) in chunks.iter().zip(&referents) {
            if t.toks[c.first].quote.is_some() || t.in_parentheses(c.first) || is_credit(t, c) {
                continue; // names in quotes or credits are not who the narrative is about
            }
            match r {
                Some(Referent::Person(id)) if !c.possessive => {
                    self.salience
                        .mentions
                        .push((*id, p, !caption && is_subject(t, c)))
                }
                Some(Referent::Person(id)) => self.salience.owners.push(*id),
                // "told BBC Radio Essex", "said on CNN": the outlet spoken to is not what
                // "the company" or "it" will mean.
                Some(Referent::Other(name, EntityKind::Organization))
                    if !is_addressee(t, c, lx) && !is_example(t, c) =>
                {
                    self.salience.organizations.push((name.clone(), p));
                    if !caption && !c.possessive && is_subject(t, c) && !in_subordinate_clause(t, c)
                    {
                        self.salience.subject_bodies.push((name.clone(), p));
                    }
                    if let Some(noun) = body_noun_describing(t, c, lx) {
                        self.salience
                            .described
                            .push((noun.to_string(), name.clone()));
                    }
                }
                _ => {}
            }
        }
        // (Words a colon introduced are no new evidence of who speaks: a wrong speaker there
        // must not become the one "he" means next.)
        for who in spoken.iter().filter(|_| !caption && !block_quote) {
            self.salience.speakers.push((who.clone(), p));
        }
        // Remember who wrote the documents this paragraph introduces (not a document that only
        // describes a person: "said poll respondent Madison Jones", "a poll respondent who
        // said"; but "report author X").
        let describes_person = |k: usize| {
            k + 2 < t.toks.len() && t.toks[k + 1].kind == Kind::Word && {
                let next = t.lower(k + 1);
                let noun = !t.is_capitalized(k + 1)
                    && lx.cue(next).is_none()
                    && !PREPOSITIONS.contains(&next)
                    && !matches!(next, "that" | "which" | "by" | "from");
                noun && (lx.is_role_noun(next)
                    || t.is_capitalized(k + 2)
                    || t.lower(k + 2) == "who")
                    && !matches!(next, "author" | "authors" | "editor" | "writer")
            }
        };
        for (a, who, _) in &found {
            // (The speaker itself is no document it wrote: the headline "Poll: ..." is not the
            // author of "the poll" later.)
            let own = |k: usize| match a.mention {
                Mention::Nominal { first, last } => {
                    a.rule == "headline-colon" && (first..=last).contains(&k)
                }
                _ => false,
            };
            // (What the speaker's verb is about is not the speaker's: "called a report
            // suggesting ... “outrageous”"; but "said in a statement".)
            // (A document the speaker wrote or put out is theirs: "Grassley wrote a letter".)
            let authored = Lexicon::get().cue(t.lower(a.cue)).is_some_and(|c| {
                matches!(
                    c.lemma,
                    "write" | "post" | "tweet" | "issue" | "release" | "publish"
                )
            });
            let object = |k: usize| {
                k > a.cue
                    && !authored
                    && a.rule != "according-to"
                    && (a.cue + 1..k).all(|j| {
                        t.toks[j].kind == Kind::Word && !PREPOSITIONS.contains(&t.lower(j))
                    })
            };
            for k in (0..t.toks.len()).filter(|&k| t.toks[k].sentence == a.sentence) {
                if t.toks[k].quote.is_none()
                    && DOCUMENT_NOUNS.contains(&t.lower(k))
                    && !describes_person(k)
                    && !own(k)
                    && !object(k)
                {
                    self.salience
                        .documents
                        .push((t.lower(k).to_string(), who.clone()));
                }
            }
        }
        for (c, r) in chunks.iter().zip(&referents) {
            let next = c.last + 1;
            if let (Some(r), true) = (
                r,
                next < t.toks.len() && DOCUMENT_NOUNS.contains(&t.lower(next)),
            ) {
                if !matches!(r, Referent::Other(_, EntityKind::Place)) {
                    self.salience
                        .documents
                        .push((t.lower(next).to_string(), r.clone()));
                }
            }
        }
        // The speaker of the last quote is the one a following quote-only paragraph continues.
        let mut previous = spoken.clone();
        if let Some(Some(last)) = quote_speakers.last() {
            previous.retain(|w| w != last);
            previous.push(last.clone());
        }
        if !caption {
            self.salience.previous = previous;
            self.salience.introduced = introduces(t, &found).filter(|_| !headline);
        }
        // Entities: the resolved chunks, speakers found by evidence, and demonyms.
        let mut entities: Vec<Entity> = Vec::new();
        let mut add = |e: Entity| push_new(&mut entities, e);
        // A transcript label ("FALLIN:") is the person it resolved to, not an acronym.
        let labels: Vec<usize> = found
            .iter()
            .filter(|(a, _, _)| a.rule == "transcript-label")
            .filter_map(|(a, _, _)| match a.mention {
                Mention::Name(c) => Some(c),
                _ => None,
            })
            .collect();
        for (i, (c, r)) in chunks.iter().zip(&referents).enumerate() {
            if is_credit(t, c) || labels.contains(&i) {
                continue; // a photographer or a byline, not someone the story is about
            }
            let r = r.clone().or_else(|| match c.kind {
                ChunkKind::Unknown => self
                    .person_named(&c.words[0], Gender::Unknown)
                    .map(Referent::Person),
                _ => None,
            });
            if let Some(r) = r {
                add(self.entity(&r));
            }
        }
        // People found speaking by a pronoun or a role ("she", "the president"); organisations
        // are entities by their names above, and a nominal ("a spokeswoman") is none.
        for who in spoken.iter().filter(|w| matches!(w, Referent::Person(_))) {
            add(self.entity(who));
        }
        // (Not a demonym inside an organisation's or a place's own name: "Turkish Airlines",
        // "American University", "Indian Country".)
        let in_name = |i: usize| {
            chunks
                .iter()
                .zip(&referents)
                .any(|(c, r)| c.first <= i && i <= c.last && matches!(r, Some(Referent::Other(..))))
        };
        let mut i = 0;
        while i < t.toks.len() {
            if t.is_capitalized(i) {
                // ("North Korean" is North Korea's, not a Korean's: two words first.)
                let pair = (i + 1 < t.toks.len()
                    && t.is_capitalized(i + 1)
                    && lx.starts_gazetteer_phrase(t.lower(i)))
                .then(|| lx.demonym(&format!("{} {}", t.lower(i), t.lower(i + 1))))
                .flatten();
                let place = pair.or_else(|| lx.demonym(t.lower(i)));
                if let Some(place) = place.filter(|_| !in_name(i)) {
                    add(Entity {
                        name: place.to_string(),
                        kind: EntityKind::Place,
                    });
                }
                i += usize::from(pair.is_some());
            }
            i += 1;
        }
        let reported = found.iter().filter_map(|(a, _, _)| a.content).collect();
        Annotation {
            speakers,
            quotes,
            entities,
            reported,
        }
    }

    fn chunk_referent(&mut self, t: &Tokens, c: &Chunk) -> Option<Referent> {
        let lx = Lexicon::get();
        // "Mido" for "Ahmed “Mido” Hossam". (Whatever a lone nickname looked like, "Mido" is
        // no word the lexicon knows; but not a place, nor a first name another person may go
        // by: "Ted" after "Edward “Ted” Kennedy" may be Ted Cruz.)
        if !self.nicknames.is_empty()
            && c.kind != ChunkKind::Entity(EntityKind::Place)
            && !(c.words.len() == 1 && lx.first_name(&c.words[0]).is_some())
        {
            if let Some(full) = self.nicknames.get(&c.name()) {
                let id = self
                    .roster
                    .lookup_full(&full.words, full.gender)
                    .unwrap_or_else(|| self.roster.add(full));
                return Some(Referent::Person(id));
            }
        }
        match c.kind {
            // ("Mr. President": a title names no one; "the President said" finds who holds it.)
            ChunkKind::Descriptor | ChunkKind::Title => None,
            // ("Mr Howard": the Howard of the story so far, not one it names later.)
            ChunkKind::Entity(EntityKind::Person) if c.words.len() == 1 => {
                let id = match self.person_named(&c.words[0], speaking_of_self(t, c)) {
                    Some(id) if self.roster.other_bearer(id, c) => self.roster.add_distinct(c),
                    Some(id) => id,
                    // ("Merrill said" after "Merrill Lynch": the body, no one new; but not
                    // someone a pronoun or a title gives a sex, nor one an appositive describes:
                    // "Lehman, a distant relative of the founders, said".)
                    None => match self
                        .body_by_first_word(t, c)
                        .filter(|_| c.gender == Gender::Unknown)
                    {
                        Some(body) => return Some(body),
                        _ => self.roster.add(c),
                    },
                };
                self.salience
                    .short_names
                    .push((c.words[0].to_lowercase(), id));
                Some(Referent::Person(id))
            }
            ChunkKind::Entity(EntityKind::Person) => Some(Referent::Person(
                self.roster
                    .lookup_full(&c.words, c.gender)
                    .unwrap_or_else(|| self.roster.add(c)),
            )),
            ChunkKind::Entity(EntityKind::Place) => {
                // (Joined and lowercased here only: a place's is the one lookup by it.)
                let lower = lowercase(&c.name());
                let name = lx
                    .place(&lower)
                    .or_else(|| lx.demonym(&lower))
                    .map_or_else(|| c.name(), str::to_string);
                Some(Referent::Other(name, EntityKind::Place))
            }
            ChunkKind::Entity(EntityKind::Organization)
                if c.words.len() == 1 && self.acronyms.contains_key(&c.words[0]) =>
            {
                Some(Referent::Other(
                    self.acronyms[&c.words[0]].clone(),
                    EntityKind::Organization,
                ))
            }
            // An organisation keeps the name the article uses ("FBI" stays "FBI": that is what
            // a reader searches for); the gazetteer only types it. The tail of a long name
            // with commas in it ("... and Citizenship Canada") is that name.
            ChunkKind::Entity(EntityKind::Organization) => {
                let name = c.name();
                // (The suffix test first: it is cheap, and this runs for every organisation.)
                let long = self.acronyms.values().find(|long| {
                    long.strip_suffix(name.as_str())
                        .is_some_and(|head| head.ends_with(" and "))
                        && long.contains(", ")
                });
                Some(Referent::Other(
                    long.cloned().unwrap_or(name),
                    EntityKind::Organization,
                ))
            }
            // "according to the Globe": a common word after "the" that opens an organisation's
            // name (not "the Obama administration", nor "the Trump campaign" where the story
            // names a Trump).
            ChunkKind::Unknown
                if c.words.len() == 1
                    && c.first > 0
                    && t.lower(c.first - 1) == "the"
                    && t.text(c.first) == c.words[0]
                    && self.definite.contains_key(&c.words[0])
                    && self.roster.candidates(&c.words[0]).is_empty() =>
            {
                Some(Referent::Other(
                    self.definite[&c.words[0]].clone(),
                    EntityKind::Organization,
                ))
            }
            ChunkKind::Unknown => (c.words.len() > 1)
                .then(|| self.roster.lookup_full(&c.words, Gender::Unknown))
                .flatten()
                .or_else(|| self.person_named(&c.words[0], speaking_of_self(t, c)))
                .map(Referent::Person)
                .or_else(|| self.body_by_first_word(t, c)),
        }
    }

    /// The body the story last described by `noun` ("airline" for "budget airline Ryanair"),
    /// in paragraphs before this one.
    fn described_last(&self, noun: &str) -> Option<&str> {
        self.salience
            .described
            .iter()
            .rev()
            .find(|(n, _)| n == noun)
            .map(|(_, name)| name.as_str())
    }

    /// The body a one-word name stands for as its first word (see [`first_words_of_bodies`]),
    /// unless an appositive describes the word as someone.
    fn body_by_first_word(&self, t: &Tokens, c: &Chunk) -> Option<Referent> {
        let [word] = c.words.as_slice() else {
            return None;
        };
        if described_after(t, c) {
            return None;
        }
        let body = self.first_words.get(word)?;
        Some(Referent::Other(body.clone(), EntityKind::Organization))
    }

    fn name(&self, r: &Referent) -> String {
        match r {
            Referent::Person(id) => self.roster.people[*id].canonical.clone(),
            Referent::Other(name, _) => name.clone(),
        }
    }

    /// Whether a speaker is described rather than named (see [`describes`]); a person of the
    /// roster always has a name.
    fn unnamed(&self, r: &Referent) -> bool {
        match r {
            Referent::Person(_) => false,
            Referent::Other(name, _) => describes(name),
        }
    }

    fn entity(&self, r: &Referent) -> Entity {
        match r {
            Referent::Person(_) => Entity {
                name: self.name(r),
                kind: EntityKind::Person,
            },
            Referent::Other(name, kind) => Entity {
                name: name.clone(),
                kind: *kind,
            },
        }
    }

    /// Who an attribution's mention refers to, and the mention as written.
    fn resolve(
        &mut self,
        p: usize,
        t: &Tokens,
        chunks: &[Chunk],
        referents: &[Option<Referent>],
        a: &Attribution,
    ) -> Option<(Referent, String)> {
        let at = Passage {
            p,
            t,
            chunks,
            referents,
        };
        if let (Mention::Name(c), "headline-colon") = (&a.mention, a.rule) {
            // "Lynch: No outside influence ...": a common word as a label is a person the
            // story names, or no speaker at all ("Watch:", "Analysis:").
            let chunk = &chunks[*c];
            let lx = Lexicon::get();
            let common = chunk.words.iter().any(|w| lx.is_common_word(&lowercase(w)));
            if chunk.kind == ChunkKind::Unknown && common {
                let word = &chunk.words[0];
                return self
                    .person_named(word, Gender::Unknown)
                    .map(|id| (Referent::Person(id), word.clone()));
            }
        }
        // "Poll: ...", "Insiders: ...": a headline's source named by its kind is the speaker as
        // written, with no author to look for.
        if let (Mention::Nominal { first, last }, "headline-colon") = (&a.mention, a.rule) {
            let label = t.text[t.toks[*first].start..t.toks[*last].end].to_string();
            return Some((
                Referent::Other(label.clone(), EntityKind::Organization),
                label,
            ));
        }
        if a.rule == "transcript-label" {
            return self.transcript_speaker(t, chunks, &a.mention);
        }
        // "the President said", "the Chancellor said": a capitalised title alone is the
        // person the story gave that title, if any ("the Executive" is a body: no title).
        if let Mention::Name(c) = a.mention {
            let chunk = &chunks[c];
            let lx = Lexicon::get();
            let lower = lowercase(&chunk.words[0]);
            // ("the Prime Minister said", "the Home Secretary said": titles, whole.)
            // ("the Secretary of State's office said": its holder's.)
            let title = (chunk.words.len() == 1
                && !chunk.possessive
                && lx.is_role_noun(&lower)
                && lx
                    .titles_starting_with(&lower)
                    .iter()
                    .any(|(w, _)| w.len() == 1))
                || chunk.kind == ChunkKind::Title;
            let the = chunk.first > 0 && t.lower(chunk.first - 1) == "the";
            // (The mention is the phrase with its "the".)
            let with_the =
                || t.text[t.toks[chunk.first - 1].start..t.toks[chunk.last].end].to_string();
            if title && the {
                // (The office a qualifier makes whole, "prime minister"; else the title's last
                // word, "secretary" of "Home Secretary".)
                let words: Vec<_> = chunk.words.iter().map(|w| lowercase(w)).collect();
                let spelled: Vec<&str> = words.iter().map(|w| w.as_str()).collect();
                let whole;
                let role = match qualified_office(&spelled) {
                    Some(office) => {
                        whole = office;
                        whole.as_str()
                    }
                    None if chunk.kind == ChunkKind::Title => {
                        // ("Foreign Secretary": the title's words, without a courtesy title.)
                        let title: Vec<&str> = (chunk.first..=chunk.last)
                            .map(|k| strip_possessive(t.lower(k)).0)
                            .filter(|w| !is_courtesy_title(w))
                            .collect();
                        whole = title.join(" ");
                        whole.as_str()
                    }
                    None => spelled[spelled.len() - 1],
                };
                let head = role.rsplit(' ').next().unwrap_or(role);
                let holder = self.person_for(at, chunk.first - 1, noun_gender(head), Some(role));
                if let Some(who) = holder {
                    return Some((who, with_the()));
                }
            }
            // "the Kentucky Republican said", "the Democrat said": an epithet of a party's
            // member is the person the story is about, as "the 26-year-old" is.
            // (The last word lowercased only after the cheap tests.)
            if the
                && !chunk.possessive
                && is_party_member(&lowercase(&chunk.words[chunk.words.len() - 1]))
            {
                if let Some(who) = self.person_for(at, chunk.first - 1, Gender::Unknown, None) {
                    return Some((who, with_the()));
                }
            }
        }
        match a.mention {
            Mention::Name(c) => {
                let chunk = &chunks[c];
                let mention = t.text[t.toks[chunk.first].start..t.toks[chunk.last].end].to_string();
                let who = match &referents[c] {
                    Some(Referent::Other(name, EntityKind::Organization)) => {
                        // "Colombia's Ministry of Foreign Affairs": keep the owner in the name.
                        let owner = c
                            .checked_sub(1)
                            .map(|o| &chunks[o])
                            .filter(|o| o.possessive && o.last + 1 == chunk.first);
                        let name = match owner {
                            // ("the British Bankers' Association": a plural's apostrophe.)
                            Some(o) if o.name().ends_with(['s', 'S']) => {
                                format!("{}' {}", o.name(), name)
                            }
                            Some(o) => format!("{}'s {}", o.name(), name),
                            None => name.clone(),
                        };
                        Referent::Other(name, EntityKind::Organization)
                    }
                    // A place does not speak ("Nova Scotia says" is its government, unnamed); a
                    // country does ("Japan said").
                    // "Cuban said": a demonym that speaks is someone's surname.
                    Some(Referent::Other(_, EntityKind::Place))
                        if chunk.words.len() == 1
                            && Lexicon::get()
                                .demonym(&lowercase(&chunk.words[0]))
                                .is_some() =>
                    {
                        Referent::Person(self.roster.add(chunk))
                    }
                    Some(Referent::Other(name, EntityKind::Place))
                        if !Lexicon::get().is_country(name) =>
                    {
                        return None
                    }
                    Some(r) => r.clone(),
                    // ("no Trump-Russia collusion", "US-Russia talks": a compound that
                    // describes is no speaker.)
                    None if chunk.kind == ChunkKind::Descriptor => return None,
                    // ("the Attorney General said" in a story that names none: the title as
                    // written.)
                    None if chunk.kind == ChunkKind::Title => {
                        // (Its "the" is added as written, below; not its owner's mark.)
                        let last = strip_possessive(t.text(chunk.last)).0;
                        let phrase = format!(
                            "{}{last}",
                            &t.text[t.toks[chunk.first].start..t.toks[chunk.last].start]
                        );
                        Referent::Other(phrase, EntityKind::Organization)
                    }
                    None => {
                        let word = &chunk.words[0];
                        let lower = lowercase(word);
                        let caps_label =
                            chunk.words.len() == 1 && word.chars().all(|ch| !ch.is_lowercase());
                        let titled = title_cased(word);
                        let lx = Lexicon::get();
                        // ("The Tories said": a party's members are a group too.)
                        let common = lx.is_common_word(&lower)
                            || lower
                                .strip_suffix('s')
                                .is_some_and(|w| lx.is_common_word(w))
                            || word.contains('\'')
                            || PARTY_MEMBERS.contains(&lower.as_str());
                        if let Some(id) = caps_label
                            .then(|| self.person_named(&titled, Gender::Unknown))
                            .flatten()
                        {
                            // A transcript label: "WALLACE: ..." is the Wallace of the story.
                            Referent::Person(id)
                        } else if (chunk.words.len() == 1
                            && common
                            && !refers_to_self_as_person(t, chunk, lx, self.vocab))
                            || (chunk.words.len() > 1 && lx.first_name(word).is_none())
                        {
                            // "Officials said", "Langley SkyTrain said": a group, not a person.
                            Referent::Other(chunk.name(), EntityKind::Organization)
                        } else {
                            // A lone capitalised word that speaks is a person: "Onyeka said".
                            Referent::Person(self.roster.add(chunk))
                        }
                    }
                };
                // "the United Nations said": the article's "the" stays with the name as written
                // (not with an acronym spelled out: "the IRCC").
                // Not when the name modifies a noun: "the Civic Action study".
                let the = chunk.first > 0
                    && t.lower(chunk.first - 1) == "the"
                    && !modifies_noun(t, chunk);
                let acronym =
                    chunk.words.len() == 1 && !chunk.words[0].chars().any(char::is_lowercase);
                Some((self.as_written(who, the && !acronym), mention))
            }
            Mention::Pronoun(k) => {
                let word = lowercase(t.text(k));
                if let Some(who) = cataphora(t, chunks, referents, k, &word, &self.roster) {
                    return Some((who, t.text(k).to_string()));
                }
                let who = match (word.as_str(), pronoun_gender(&word)) {
                    // "his"/"her"/"their": the owner of the words ("in her words").
                    (_, Some(g)) => self
                        .sentence_speaker(t, k, a, g)
                        .or_else(|| self.unnamed_speaker_for(at, k, g))
                        .or_else(|| self.person_for(at, k, g, None)),
                    ("they", _) => plural_subject(t, chunks, k).or_else(|| self.group_for(p)),
                    ("we" | "their", _) => self.group_for(p),
                    // "it" is a body ("the company"), not people ("one jolly viewer", "aides").
                    // (One the passage has in view: named in this sentence or the one before,
                    // speaking earlier in this paragraph, or named or speaking in the paragraph
                    // before when "it" stands in this one's first sentence. Not "The group
                    // works to ... It says" for a body that spoke two paragraphs back.)
                    ("it", _) => {
                        let near = |name: &str| self.in_view(at, k, name);
                        body_subject_before(t, chunks, referents, k)
                            .map(|r| self.as_written(r, false))
                            .or_else(|| self.body_gone_on_with(at, k))
                            .or_else(|| self.group_for(p))
                            .filter(|r| {
                                // (Named bare, "Electronic Frontier Foundation", if
                                // written "the Electronic Frontier Foundation".)
                                matches!(r, Referent::Other(name, _) if names_a_body(name)
                                    && (near(name) || name.strip_prefix("the ").is_some_and(near)))
                            })
                            .or_else(|| self.recent_organization(PRONOUN_REACH, at, k, near))
                    }
                    _ => None,
                }?;
                if let Referent::Person(id) = &who {
                    self.salience.mentions.push((*id, p, true));
                }
                if let (Referent::Person(id), Some(g)) = (&who, pronoun_gender(&word)) {
                    let person = &mut self.roster.people[*id];
                    if person.gender == Gender::Unknown {
                        person.gender = g;
                    }
                }
                Some((who, t.text(k).to_string()))
            }
            Mention::Nominal { first, last } => {
                let mention = t.text[t.toks[first].start..t.toks[last].end].to_string();
                let head = lowercase(t.text(last));
                let lx = Lexicon::get();
                let gender = noun_gender(&head);
                // "the rookie defenceman" is someone the story names: resolve it, or say nothing.
                // "a spokesperson" is someone it does not: the phrase itself is the speaker.
                let definite = matches!(
                    lowercase(t.text(first)).as_str(),
                    "the" | "his" | "her" | "their" | "its" | "this" | "that"
                );
                // "The 26-year-old right wing said": an age makes an epithet of any noun.
                let aged = (first..=last).any(|k| is_age(t.lower(k)))
                    || (last > first && is_office_modifier(t.lower(last - 1)));
                if (lx.is_role_noun(&head) || aged) && definite {
                    // "The commissioner of Customs and Border Protection": a post in a named
                    // body is no epithet for the story's subject.
                    let of_body =
                        t.toks.get(last + 1).is_some_and(|_| {
                            matches!(t.lower(last + 1), "of" | "for" | "at" | "with")
                        }) && object_of_preposition(t, chunks, last).is_some_and(|i| {
                            chunks[i].kind == ChunkKind::Entity(EntityKind::Organization)
                        });
                    // An epithet ("the rookie defenceman", "the 25-year-old") with no one holding
                    // the role by name is the story's current subject.
                    // (Nor is a role someone holds for the story's subject: "its chairman has
                    // said", "his lawyer said" name someone else.)
                    let unnamed = UNNAMED_ROLE_NOUNS.contains(&head.as_str())
                        || KIN_NOUNS.contains(&head.as_str())
                        || matches!(t.lower(first), "his" | "her" | "its" | "their");
                    // ("the vice president" is not "the president": a lesser office whole.)
                    let words: Vec<&str> = (first + 1..=last).map(|k| t.lower(k)).collect();
                    let office = (0..words.len()).find_map(|k| qualified_office(&words[k..]));
                    let role = (!aged).then_some(office.as_deref().unwrap_or(head.as_str()));
                    // (A post in a named body may still be the story's subject when the story
                    // gave that subject an office: "Rep. Ed Royce ... the chairman of the House
                    // Foreign Affairs Committee said".)
                    let holds_office = |r: &Referent| match r {
                        Referent::Person(id) => self.roster.people[*id]
                            .roles
                            .iter()
                            .any(|r| !is_courtesy_title(r)),
                        _ => false,
                    };
                    // ("The prime minister said" is not Home Secretary Charles Clarke: one
                    // named to another office does not hold this one.)
                    // (A secretary is "the minister": "Health Secretary Wes Streeting ... The
                    // minister said"; not a prime minister, nor "that country's foreign
                    // minister".)
                    let same_office = |r: &str| {
                        r == head.as_str()
                            || (last == first + 1
                                && matches!(
                                    (r, head.as_str()),
                                    ("secretary", "minister") | ("minister", "secretary")
                                ))
                    };
                    let other_office = |r: &Referent| match r {
                        Referent::Person(id) => {
                            let roles = &self.roster.people[*id].roles;
                            OFFICE_HEADS.contains(&head.as_str())
                                && !roles.iter().any(|r| same_office(r))
                                && roles.iter().any(|r| OFFICE_HEADS.contains(&r.as_str()))
                        }
                        _ => false,
                    };
                    let who = self.person_for(at, first, gender, role).or_else(|| {
                        (!unnamed)
                            .then(|| self.person_for(at, first, gender, None))
                            .flatten()
                            .filter(|r| (!of_body || holds_office(r)) && !other_office(r))
                    });
                    match who {
                        Some(who) => return Some((who, mention)),
                        // "The justice official told reporters": nobody named holds the role,
                        // so the phrase itself is the speaker, as for "a spokesperson"; so is
                        // "the agent" after "a retired FBI agent".
                        // ("The Tory leader said", "the Federal Reserve head said" with no one
                        // to resolve to: a role a name qualifies still says who speaks.)
                        None if !unnamed
                            && !of_body
                            && !(first + 1..last).any(|k| t.is_capitalized(k))
                            && !self.paragraphs[..p].iter().any(|e| {
                                introduced_roles(e, e.toks.len()).any(|r| r == head.as_str())
                            })
                            && !introduced_roles(t, first).any(|r| r == head.as_str()) =>
                        {
                            return None
                        }
                        None => {}
                    }
                }
                // A document speaks for its author: "her statement read", "IRCC's report said";
                // with no author in sight it is not a speaker.
                if DOCUMENT_NOUNS.contains(&head.as_str()) {
                    let owner = t.lower(first);
                    let gender = match owner {
                        "his" => Some(Gender::Male),
                        "her" => Some(Gender::Female),
                        _ => None,
                    };
                    if let Some(g) = gender {
                        let who = self.person_for(at, first, g, None)?;
                        return Some((who, mention));
                    }
                    let named = chunks
                        .iter()
                        .zip(referents)
                        .find(|(c, _)| c.first >= first && c.last < last && c.possessive);
                    if let Some(r) = named.and_then(|(_, r)| r.clone()) {
                        return Some((r, mention));
                    }
                    // "a study which is being released Monday by Civic Action": the author named
                    // after an authoring verb ("obtained by The Globe" names no author).
                    if let Some(r) = self.author_after(t, chunks, referents, last) {
                        return Some((r, mention));
                    }
                    // "the report said": the author of the report the story introduced.
                    let definite = matches!(owner, "the" | "this" | "that");
                    return definite
                        .then(|| {
                            self.salience
                                .documents
                                .iter()
                                .rev()
                                .find(|(noun, _)| *noun == head.as_str())
                        })
                        .flatten()
                        .map(|(_, who)| (who.clone(), mention));
                }
                // A group with a named owner: "Surrey staff", "Colombia's foreign ministry".
                // (A business's nationality is no owner, "the US company"; a ministry's is,
                // "the Russian foreign ministry".)
                let business = matches!(head.as_str(), "company" | "firm");
                let owned = (first..=last).any(|k| {
                    let w = t.lower(k);
                    t.is_capitalized(k)
                        && !DETERMINERS.contains(&w)
                        && !(business && (lx.place(w).is_some() || lx.demonym(w).is_some()))
                });
                if !owned && lx.is_org_noun(&head) {
                    // "the ministry" is the Ministry of ... named before; "the company" any company.
                    let generic = matches!(
                        head.as_str(),
                        "company"
                            | "firm"
                            | "group"
                            | "organization"
                            | "organisation"
                            | "utility"
                            | "agency"
                            // "Immigration, Refugees and Citizenship Canada ... the department"
                            | "department"
                            | "ministry"
                    );
                    // "the firm" is a business, not the regulator investigating it.
                    let org = if business {
                        self.recent_organization(usize::MAX, at, first, |name| {
                            !lowercase(name)
                                .split(' ')
                                .any(|w| PUBLIC_BODY_WORDS.contains(&w))
                        })
                    } else {
                        // (A generic noun goes first to the latest body whose name holds it:
                        // "the Justice Department ... General Motors said ... the department".)
                        // (The end of one of its words: "the airline" is "Continental
                        // Airlines", "the bank" the "Bundesbank", but "the group" is not
                        // "GroupM".)
                        let named = |name: &str| {
                            lowercase(name).split([' ', '-']).any(|w| {
                                let w = w.strip_suffix('s').unwrap_or(w);
                                w.ends_with(head.as_str())
                            })
                        };
                        let latest = |fits: &dyn Fn(&str) -> bool| {
                            self.recent_organization(usize::MAX, at, first, fits)
                        };
                        if generic {
                            latest(&named).or_else(|| latest(&|_| true))
                        } else {
                            // The body last named, when its name holds the noun or the story
                            // described it by the noun: "budget airline Ryanair ... the airline
                            // said". (Only "the airline" bare, not "the state-owned airline" or
                            // "a rival airline"; and never a body named before the last:
                            // "Barclays, the UK's biggest bank ... Lloyds also reported ... The
                            // bank said" is Lloyds, "Target told USA Today ... The retailer
                            // said" is no one.)
                            let bare = last == first + 1 && t.lower(first) == "the";
                            let described = |name: &str| {
                                let here = chunks.iter().zip(referents).rev().find(|(c, r)| {
                                    c.last < first
                                        && matches!(
                                            r,
                                            Some(Referent::Other(_, EntityKind::Organization))
                                        )
                                });
                                match here {
                                    Some((c, Some(Referent::Other(n, _)))) if n == name => {
                                        body_noun_describing(t, c, lx) == Some(head.as_str())
                                            || self.described_last(&head) == Some(name)
                                    }
                                    Some(_) => false,
                                    None => self.described_last(&head) == Some(name),
                                }
                            };
                            latest(&|_| true).filter(|o| {
                                matches!(o, Referent::Other(name, _)
                                    if named(name) || (bare && described(name)))
                            })
                        }
                    };
                    if let Some(org) = org {
                        return Some((org, mention));
                    }
                }
                // Unresolved: the phrase itself speaks ("a spokesperson", "police"), with whom
                // it speaks for ("a spokeswoman for YouTube", "aides to Mr. Sanders").
                let owner = match t.toks.get(last + 1).map(|_| t.lower(last + 1)) {
                    Some("for" | "to" | "of" | "at" | "with") => {
                        // (A body's name may stand before the person's: "for House Minority
                        // Leader Nancy Pelosi".)
                        object_of_preposition(t, chunks, last)
                            .map(|i| match chunks.get(i + 1) {
                                Some(next)
                                    if next.first == chunks[i].last + 1
                                        && next.kind == ChunkKind::Entity(EntityKind::Person) =>
                                {
                                    i + 1
                                }
                                _ => i,
                            })
                            .map(|i| (&chunks[i], &referents[i]))
                    }
                    _ => None,
                };
                // ("Mr Blair's official spokesman" is "Blair's official spokesman".)
                let mention_phrase = match mention.split_once(' ') {
                    Some((title, rest)) if is_courtesy_title(title) => rest.to_string(),
                    _ => mention.clone(),
                };
                let phrase = match owner {
                    Some((c, r)) => {
                        // "for ", "for the ": the words up to the owner's name, its title or
                        // the body's name before it.
                        let of_end = (last + 2..=c.first)
                            .find(|&j| t.is_capitalized(j) || is_courtesy_title(t.text(j)))
                            .unwrap_or(c.first);
                        // (Not the words that title the owner: "an aide to digital affairs
                        // minister Cedric O" is "an aide to Cedric O".)
                        let of_end = if (last + 2..=c.first).any(|j| role_word_at(t, j)) {
                            last + 2
                        } else {
                            of_end
                        };
                        let of = t.text[t.toks[last + 1].start..t.toks[of_end].start].to_string();
                        let name_of = |c: &Chunk, r: &Option<Referent>| {
                            r.as_ref().map_or_else(|| c.name(), |r| self.name(r))
                        };
                        // ("Lawyers for Mr Fawcett and Mr McDonald", "the leaders of Britain,
                        // the US, Germany and France": every owner of a list.)
                        let mut owners = vec![name_of(c, r)];
                        let mut end = c.last;
                        let mut closed = false;
                        while !closed {
                            let link = end + 1;
                            if link >= t.toks.len()
                                || !(t.lower(link) == "and" || t.is_punct(link, ','))
                            {
                                break;
                            }
                            let Some(i) = chunks.iter().position(|o| {
                                o.first > link
                                    && o.first <= link + 2
                                    && (link + 1..o.first).all(|j| {
                                        t.lower(j) == "the" || is_courtesy_title(t.text(j))
                                    })
                            }) else {
                                break;
                            };
                            owners.push(name_of(&chunks[i], &referents[i]));
                            end = chunks[i].last;
                            closed = t.lower(link) == "and";
                        }
                        // (A list that never reaches its "and" is no list: "for Google, Apple's
                        // rival, ...".)
                        if !closed {
                            owners.truncate(1);
                        }
                        let whose = match owners.split_last() {
                            Some((last, rest)) if !rest.is_empty() => {
                                format!("{} and {last}", rest.join(", "))
                            }
                            _ => owners.concat(),
                        };
                        format!("{mention_phrase} {of}{whose}")
                    }
                    // ("his lawyer" stays a phrase: named "Pete Doherty's lawyer", it would
                    // answer for Doherty in a search by speaker.)
                    None => mention_phrase,
                };
                // "The bank said ... the bank said", "His lawyer ... his lawyer": one speaker,
                // whatever the sentence position made of its article.
                let phrase = match phrase.split_once(' ') {
                    Some((
                        article @ ("The" | "A" | "An" | "His" | "Her" | "Its" | "Their"),
                        rest,
                    )) => {
                        format!("{} {rest}", article.to_lowercase())
                    }
                    _ => phrase,
                };
                Some((
                    Referent::Other(phrase.replace('’', "'"), EntityKind::Organization),
                    mention,
                ))
            }
        }
    }

    /// The author of a document named at token `noun` by the words after it: "a study released
    /// Monday by Civic Action", "a letter signed by 40 MPs".
    fn author_after(
        &self,
        t: &Tokens,
        chunks: &[Chunk],
        referents: &[Option<Referent>],
        noun: usize,
    ) -> Option<Referent> {
        let sentence = t.toks[noun].sentence;
        let span: Vec<usize> = (noun + 1..t.toks.len())
            .take_while(|&k| t.toks[k].sentence == sentence && k <= noun + 10)
            .collect();
        let by = *span.iter().find(|&&k| t.lower(k) == "by")?;
        let authored = span
            .iter()
            .take_while(|&&k| k < by)
            .any(|&k| AUTHORING_VERBS.contains(&t.lower(k)));
        if !authored {
            return None;
        }
        let start = if t.toks.get(by + 1).is_some_and(|_| t.lower(by + 1) == "the") {
            by + 2
        } else {
            by + 1
        };
        let (c, r) = chunks
            .iter()
            .zip(referents)
            .find(|(c, _)| c.first == start)?;
        // An author the story does not type otherwise is an organisation ("Civic Action").
        r.clone()
            .or_else(|| Some(Referent::Other(c.name(), EntityKind::Organization)))
    }

    /// The organisation "it" or "the company" means: the latest one whose name `fits` named
    /// before token `k` in this paragraph, else in the `reach` paragraphs just before.
    fn recent_organization(
        &self,
        reach: usize,
        at: Passage,
        k: usize,
        fits: impl Fn(&str) -> bool,
    ) -> Option<Referent> {
        let Passage {
            p,
            t,
            chunks,
            referents,
        } = at;
        for (c, r) in chunks.iter().zip(referents).rev() {
            if let (true, None, Some(Referent::Other(name, EntityKind::Organization))) =
                (c.last < k, t.toks[c.first].quote, r)
            {
                if fits(name) && !is_example(t, c) {
                    return Some(Referent::Other(name.clone(), EntityKind::Organization));
                }
            }
        }
        self.salience
            .organizations
            .iter()
            .rev()
            .take_while(|(_, q)| p.saturating_sub(*q) <= reach)
            .find(|(name, _)| fits(name))
            .map(|(name, _)| Referent::Other(name.clone(), EntityKind::Organization))
    }

    /// An organisation's name as the story writes it, with "the" when it was written so here
    /// (`the`) or anywhere in the story: "the United Nations", "the National Security Agency".
    fn as_written(&self, who: Referent, the: bool) -> Referent {
        match who {
            Referent::Other(name, EntityKind::Organization)
                if (the || self.articled.contains(&name)) && !name.starts_with("The ") =>
            {
                Referent::Other(format!("the {name}"), EntityKind::Organization)
            }
            other => other,
        }
    }

    /// The speaker a pronoun at `k` goes on with when it opens a clause joined to an earlier
    /// one of its sentence: that clause's speaker, if one person of its gender ("The official
    /// said he had no word that Sessions was involved, but he said Flynn was not alone": the
    /// official twice, not a name the first reported clause holds). (A pronoun inside the
    /// reported clause is someone else: "A spokesperson for Powell said that he had talked".)
    fn sentence_speaker(
        &self,
        t: &Tokens,
        k: usize,
        a: &Attribution,
        gender: Gender,
    ) -> Option<Referent> {
        let joined = k > 0 && matches!(t.lower(k - 1), "but" | "and" | "yet");
        if !joined {
            return None;
        }
        let (who, ..) = self
            .current
            .iter()
            .rev()
            .find(|&&(_, sentence, cue)| sentence == a.sentence && cue < k)?;
        let agrees = match who {
            Referent::Person(id) => self.roster.people[*id].gender.agrees(gender),
            // One person in a role ("the official", "a spokeswoman for YouTube"), not a group.
            Referent::Other(phrase, EntityKind::Organization) => {
                role_head(phrase).is_some_and(|head| gender.agrees(noun_gender(head)))
            }
            Referent::Other(..) => false,
        };
        agrees.then(|| who.clone())
    }

    /// The unnamed person "he" or "she" goes on with: the story's latest speaker, when that is
    /// someone it does not name and nobody named is mentioned in that paragraph or since ("...,
    /// a private security professional present during the attack told Reuters." then "..., he
    /// said."; "A spokesman said ... But he added").
    fn unnamed_speaker_for(&self, at: Passage, k: usize, gender: Gender) -> Option<Referent> {
        let Passage {
            p,
            chunks,
            referents,
            ..
        } = at;
        let (latest, q) = match self.current.last() {
            Some((who, ..)) => (who, p),
            None => self
                .salience
                .speakers
                .last()
                .filter(|&&(_, q)| q + 1 == p)
                .map(|(who, q)| (who, *q))?,
        };
        let Referent::Other(phrase, EntityKind::Organization) = latest else {
            return None;
        };
        let head = role_head(phrase)?;
        // (Someone the story introduces: "the spokesman" it may have named before.)
        if !["a ", "an ", "one "].iter().any(|a| phrase.starts_with(a)) {
            return None;
        }
        let agrees = gender.agrees(noun_gender(head));
        // (Nobody named in its paragraph or since, up to the pronoun: "a reporter then asked
        // him. Brady provided very little." and "“Q,” he said" is Brady.)
        let named = self
            .salience
            .mentions
            .last()
            .is_some_and(|&(_, m, _)| m >= q)
            || chunks
                .iter()
                .zip(referents)
                .any(|(c, r)| c.last < k && matches!(r, Some(Referent::Person(_))));
        (agrees && !named).then(|| latest.clone())
    }

    /// The person a pronoun or role noun at token `k` most likely means. Candidates must agree
    /// in gender (and hold the role, for "the president"); among them the most salient wins:
    /// recently mentioned, recently speaking, named as a subject, and often mentioned.
    fn person_for(
        &self,
        at: Passage,
        k: usize,
        gender: Gender,
        role: Option<&str>,
    ) -> Option<Referent> {
        self.person_for_within(at, k, gender, role, PRONOUN_CHAIN)
    }

    /// [`DocPass::person_for`], following a chain of pronoun subjects back through at most
    /// `chain` sentences ("He cleared ... He declared ..."; a paragraph of a thousand "He
    /// said" sentences is no thousand calls deep).
    fn person_for_within(
        &self,
        at: Passage,
        k: usize,
        gender: Gender,
        role: Option<&str>,
        chain: usize,
    ) -> Option<Referent> {
        let Passage {
            p,
            t,
            chunks,
            referents,
        } = at;
        let sentence = t.toks[k].sentence;
        let persons_in_sentence = |after: bool| {
            chunks
                .iter()
                .zip(referents)
                .filter_map(move |(c, r)| match r {
                    Some(Referent::Person(id))
                        if t.toks[c.first].sentence == sentence
                            && t.toks[c.first].quote.is_none()
                            && (c.first > k) == after =>
                    {
                        Some((*id, c))
                    }
                    _ => None,
                })
        };
        // "“Q,” he told Hannity", "he said Trump was wrong": a subject is not someone its own
        // clause names after it (before any quotation or comma: `He said: “...” ... added
        // Prutton`, "when he insisted on paying his bill, Francis has understood").
        let clause_end = (k + 1..t.toks.len())
            .find(|&j| t.toks[j].quote.is_some() || t.is_punct(j, ','))
            .unwrap_or(t.toks.len());
        // (Not in an opening phrase that no comma has closed yet: "Asked why he thought ...
        // Lord Butler said", "When he arrived Trump said".)
        // The first word of the pronoun's sentence.
        let first_word =
            (0..k).find(|&j| t.toks[j].sentence == sentence && t.toks[j].kind == Kind::Word);
        let opening_phrase = first_word.is_some_and(|first| {
            let w = t.lower(first);
            (SUBORDINATORS.contains(&w)
                || matches!(
                    w,
                    "asked" | "asking" | "speaking" | "responding" | "talking"
                ))
                && !(first..k).any(|j| t.is_punct(j, ','))
        });
        // "Mr Blair has failed to tackle these problems, he claimed.", "If Espinoza wins, she
        // says, it would mean": a frame set off by commas reports the words around it, so
        // whoever they name before it is not the pronoun's by being their subject (though
        // they may be by salience: "Snowden worked for the CIA, he told the newspaper").
        let lx = Lexicon::get();
        // (Not a frame inside a relative clause, whose words begin after it: "it is the prime
        // minister who, he claims, is ramming".)
        let framed = k > 1
            && t.is_punct(k - 1, ',')
            && !matches!(t.lower(k - 2), "who" | "which" | "that")
            && {
                let verb = match t.toks.get(k + 1).map(|_| t.lower(k + 1)) {
                    Some(w) if is_ly_adverb(w) || matches!(w, "also" | "later") => k + 2,
                    _ => k + 1,
                };
                verb < t.toks.len()
                    && t.toks[verb].kind == Kind::Word
                    && lx.cue(t.lower(verb)).is_some()
                    && t.toks.get(verb + 1).is_none_or(|n| {
                        n.sentence != sentence
                            || t.is_punct(verb + 1, ',')
                            || t.is_punct(verb + 1, '.')
                    })
            };
        let named_after: Vec<usize> = persons_in_sentence(true)
            .filter(|(_, c)| !opening_phrase && c.first < clause_end)
            .map(|(id, _)| id)
            .collect();
        // (A title of several words, "foreign secretary", is held by one with each of its
        // words for roles and no lesser rank it lacks: not the shadow foreign secretary.)
        let holds = |roles: &[String], r: &str| {
            if !r.contains(' ') {
                return roles.iter().any(|x| x == r);
            }
            (roles.iter().any(|x| x == r) || r.split(' ').all(|w| roles.iter().any(|x| x == w)))
                && !roles
                    .iter()
                    .any(|x| LESSER_RANKS.contains(&x.as_str()) && !r.split(' ').any(|w| w == x))
        };
        let fits = |id: usize| {
            let person = &self.roster.people[id];
            person.gender.agrees(gender)
                && role.is_none_or(|r| holds(&person.roles, r))
                && !named_after.contains(&id)
        };
        // "Trump rode the will of the crowd as he replied": a pronoun in a clause of time after
        // the main one (as, while, when, after, before) goes with the main clause's subject.
        let main_subject = (k > 0
            && matches!(t.lower(k - 1), "as" | "while" | "when" | "after" | "before"))
        .then(|| {
            persons_in_sentence(false)
                .find(|(_, c)| !c.possessive && is_subject(t, c))
                .map(|(id, _)| id)
        })
        .flatten()
        // "When Henry Adams viewed the dynamo, he wrote": a pronoun after the comma closing an
        // opening clause of time or reason goes with that clause's subject.
        .or_else(|| {
            let first = first_word?;
            let comma = (first..k).find(|&j| t.is_punct(j, ','))?;
            (SUBORDINATORS.contains(&t.lower(first)) && comma + 1 == k && !framed)
                .then(|| {
                    persons_in_sentence(false)
                        .find(|(_, c)| c.first == first + 1 && c.last < comma && !c.possessive)
                        .map(|(id, _)| id)
                })
                .flatten()
        });
        // "Andrew Weaver said ... He said ...": a pronoun after a speaker of the same paragraph
        // goes on with that speaker.
        if role.is_none() {
            for (who, ..) in self.current.iter().rev() {
                if let Referent::Person(id) = who {
                    if fits(*id) {
                        return Some(who.clone());
                    }
                }
            }
        }
        let reach = if role.is_some() {
            usize::MAX
        } else {
            PRONOUN_REACH
        };
        // Mentions in reach, oldest first: earlier paragraphs, then this one before `k`.
        let mut mentions: Vec<(usize, bool)> = self
            .salience
            .mentions
            .iter()
            .filter(|&&(_, q, _)| p - q <= reach)
            .map(|&(id, _, subject)| (id, subject))
            .collect();
        for (c, r) in chunks.iter().zip(referents) {
            if let (true, None, Some(Referent::Person(id))) = (c.last < k, t.toks[c.first].quote, r)
            {
                if t.in_parentheses(c.first) {
                    continue;
                }
                if !c.possessive {
                    mentions.push((*id, is_subject(t, c)));
                }
            }
        }
        // "Trump did not dismiss a meeting with Xi. But he shook his head": a pronoun opening a
        // sentence most likely goes on with the subject of the sentence before.
        // (Its main clause's subject before a subordinate clause's: "Sessions" in "While Mr.
        // Rosenstein was headed to the White House, Mr. Sessions was speaking"; not an object of
        // a participle, as "Bill Clinton" in "Debating Bill Clinton and Ross Perot, Bush seemed
        // indifferent"; and where a pronoun was the subject, whoever it stood for: not
        // "Mueller" in "He cleared the president even when Robert Mueller had declined to".)
        let prev_subject = (sentence > 0 && role.is_none())
            .then(|| {
                // A pronoun subject of the previous sentence's main clause.
                let main_pronoun =
                    (0..k)
                        .filter(|&j| t.toks[j].sentence + 1 == sentence)
                        .find(|&j| {
                            t.toks[j].quote.is_none()
                                && matches!(t.lower(j), "he" | "she")
                                && !subordinate_at(t, j)
                        });
                let subjects = chunks.iter().zip(referents).filter_map(|(c, r)| match r {
                    Some(Referent::Person(id))
                        if t.toks[c.first].sentence + 1 == sentence
                            && t.toks[c.first].quote.is_none()
                            && !c.possessive
                            && is_subject(t, c)
                            // (A participle is lowercase or opens the sentence: not "In
                            // Beijing Mr Brown met Mr Hu".)
                            && !(c.first > 0
                                && t.lower(c.first - 1).ends_with("ing")
                                && (!t.is_capitalized(c.first - 1)
                                    || t.starts_sentence(c.first - 1))
                                && !ROLE_MODIFIERS.contains(&t.lower(c.first - 1)))
                            // (A pronoun before it in its own clause was the subject; one
                            // inside an opening phrase a comma closes was not: "In a speech
                            // he made in Bristol, Mr Howard attacked", but "Speaking there,
                            // he named Betsy Ross, Frederick Douglass".)
                            && main_pronoun.is_none_or(|j| {
                                j > c.first
                                    || (!t.starts_sentence(j)
                                        && !t.is_punct(j - 1, ',')
                                        && (j..c.first).any(|i| t.is_punct(i, ',')))
                            }) =>
                    {
                        Some((*id, in_subordinate_clause(t, c)))
                    }
                    _ => None,
                });
                let mut first = None;
                for (id, subordinate) in subjects {
                    if !subordinate {
                        return Some(id);
                    }
                    first = first.or(Some(id));
                }
                first.or_else(|| {
                    let j = main_pronoun.filter(|_| chain > 0)?;
                    let gender = pronoun_gender(t.lower(j))?;
                    match self.person_for_within(at, j, gender, None, chain - 1)? {
                        Referent::Person(id) => Some(id),
                        _ => None,
                    }
                })
            })
            .flatten();
        // "Mr Martin revealed ... and he also cautioned": the subject of the pronoun's own
        // sentence, before it, comes before the previous sentence's.
        // (Not someone a question was about: "Asked if Mr Blunkett could return, he replied".)
        let asked = first_word
            .is_some_and(|first| matches!(t.lower(first), "asked" | "asking" | "pressed"));
        // (A main clause's: not "Romney" in "Though Romney visited the state, Obama did not
        // travel there, though he tweeted".)
        let this_subject = (role.is_none() && !framed && !asked)
            .then(|| {
                main_clause_subjects(t, chunks, referents, k).find_map(|(_, r)| match r {
                    Some(Referent::Person(id)) => Some(*id),
                    _ => None,
                })
            })
            .flatten();
        let mut best: Option<(f32, usize)> = None;
        let mut seen = Vec::new();
        for (rank, &(id, _)) in mentions.iter().rev().enumerate() {
            if seen.contains(&id) {
                continue;
            }
            seen.push(id);
            if !fits(id) {
                continue;
            }
            let recency = 1.0 / (1.0 + seen.len() as f32 - 1.0 + rank as f32 * 0.05);
            let spoke = self
                .salience
                .speakers
                .iter()
                .rev()
                .take_while(|(_, q)| p - q <= 2)
                .any(|(w, _)| *w == Referent::Person(id))
                || self
                    .current
                    .iter()
                    .any(|(who, ..)| *who == Referent::Person(id));
            let subject = mentions.iter().any(|&(m, s)| m == id && s);
            let count = self.salience.mentions_of(id).min(5);
            // "Liberal MP Marco Mendicino went on CBC to rebut the allegation." then "“Q,” he
            // said.": a paragraph where nobody speaks sets up its subject as the next speaker
            // (for the next paragraph's first sentence; later ones have subjects of their own).
            let setup = p > 0
                && sentence == 0
                && this_subject.is_none()
                && !self.salience.speakers.iter().any(|&(_, q)| q + 1 == p)
                && self
                    .salience
                    .mentions
                    .iter()
                    .any(|&(m, q, s)| m == id && s && q + 1 == p);
            let score = recency
                + if spoke { 0.8 } else { 0.0 }
                + if subject { 0.4 } else { 0.0 }
                + if setup { 2.0 } else { 0.0 }
                + if prev_subject == Some(id) { 1.5 } else { 0.0 }
                + if this_subject == Some(id) { 1.2 } else { 0.0 }
                + if main_subject == Some(id) { 1.0 } else { 0.0 }
                + 0.15 * count as f32;
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, id));
            }
        }
        if best.is_none() {
            // Someone who spoke recently but was not named in reach ("the president replied").
            for (who, q) in self.salience.speakers.iter().rev() {
                if p - q > reach {
                    break;
                }
                if let Referent::Person(id) = who {
                    if fits(*id) {
                        return Some(who.clone());
                    }
                }
            }
            // Past captions and subheads: the story's most-mentioned person who fits.
            if role.is_none() {
                let mut counts: Vec<(usize, usize)> = Vec::new();
                for &(id, _, _) in &self.salience.mentions {
                    match counts.iter_mut().find(|(m, _)| *m == id) {
                        Some(entry) => entry.1 += 1,
                        None => counts.push((id, 1)),
                    }
                }
                let strict = |id: usize| {
                    self.roster.people[id].gender == gender && gender != Gender::Unknown
                };
                return counts
                    .into_iter()
                    .filter(|&(id, n)| strict(id) && n >= 2)
                    .max_by_key(|&(_, n)| n)
                    .map(|(id, _)| Referent::Person(id));
            }
        }
        best.map(|(_, id)| Referent::Person(id))
    }

    /// The person a transcript's label names: "JAKE TAPPER:" is Jake Tapper whether or not the
    /// story names him; "WALLACE:" is the story's Wallace, "HH:" the one person whose initials
    /// those are (Hugh Hewitt), or no one.
    fn transcript_speaker(
        &mut self,
        t: &Tokens,
        chunks: &[Chunk],
        mention: &Mention,
    ) -> Option<(Referent, String)> {
        let (first, last) = match *mention {
            Mention::Name(c) => (chunks[c].first, chunks[c].last),
            Mention::Nominal { first, last } => (first, last),
            Mention::Pronoun(_) => return None,
        };
        let label = t.text[t.toks[first].start..t.toks[last].end].to_string();
        let words: Vec<String> = (first..=last).map(|j| title_cased(t.text(j))).collect();
        // (Whether the label, colon included, opens two or more of the story's paragraphs.)
        let full = &t.text[t.toks[first].start..t.toks[last + 1].end];
        let opens_lines = || {
            self.paragraphs
                .iter()
                .filter(|o| o.text.trim_start_matches(['"', '“']).starts_with(full))
                .take(2)
                .count()
                >= 2
        };
        let lx = Lexicon::get();
        let id = if let [word] = words.as_slice() {
            // ("WALLACE:" on two lines of a transcript in a story naming no Wallace is a
            // speaker the transcript names so; not "UPDATE:" nor "Q:".)
            let lower = lowercase(word);
            match self
                .person_named(word, Gender::Unknown)
                .or_else(|| self.roster.with_initials(t.text(first)))
            {
                Some(id) => id,
                None if word.chars().count() >= 3
                    && !lx.is_common_word(&lower)
                    && lx.organization(&lower).is_none()
                    && lx.place(&lower).is_none()
                    && opens_lines()
                    && self.label_opens_dialogue(full) =>
                {
                    self.roster.add(&Chunk {
                        first,
                        last,
                        gender: Gender::Unknown,
                        words,
                        kind: ChunkKind::Entity(EntityKind::Person),
                        roles: Vec::new(),
                        possessive: false,
                    })
                }
                None => return None,
            }
        } else {
            // "NERMEEN SHAIKH:" is someone the story names, or who speaks other lines of the
            // transcript, unless a first name or a title says it is a person ("DR. JILL
            // STEIN:"): "BREXIT VOTE:" is a section's label.
            let titled = first > 0 && t.toks[first - 1].kind == Kind::Word;
            let first_name = lx.first_name(&words[0]);
            if !titled
                && first_name.is_none()
                && self
                    .person_named(&words[words.len() - 1], Gender::Unknown)
                    .is_none()
                && !opens_lines()
            {
                return None;
            }
            let titles = chunks
                .iter()
                .find(|c| c.first <= first && last <= c.last)
                .map(|c| c.roles.clone())
                .unwrap_or_default();
            let person = Chunk {
                first,
                last,
                gender: first_name.unwrap_or(Gender::Unknown),
                words,
                kind: ChunkKind::Entity(EntityKind::Person),
                roles: titles,
                possessive: false,
            };
            self.roster.add(&person)
        };
        Some((Referent::Person(id), label))
    }

    /// Whether a line the label opens talks to someone, as a transcript's lines do: "WALLACE:
    /// If I may, sir, ... I want to ask you"; not a list's "ATTAKER: Unidentified" nor a
    /// feed's "FAITHWIRE: Christian Singer ... Shares One ‘Regret’" (a headline's capitalised
    /// "We" is no evidence).
    fn label_opens_dialogue(&self, label: &str) -> bool {
        self.paragraphs.iter().any(|o| {
            o.text
                .trim_start_matches(['"', '“'])
                .strip_prefix(label)
                .is_some_and(|line| {
                    // (In the line's own words, not a quotation it carries: "TAKEAWAY: Biden
                    // told voters “you deserve better.”")
                    line.split(['"', '“', '”'])
                        .step_by(2)
                        .flat_map(|part| part.split(|c: char| !c.is_alphabetic()))
                        .any(|w| matches!(w, "you" | "your" | "we" | "our" | "us" | "me" | "my"))
                })
        })
    }

    /// The person a one-word name means ("Greenspan" with two Greenspans in the story): the
    /// one mentioned most recently, else the first introduced; of a gender that agrees with
    /// `gender` (a title's).
    fn person_named(&self, word: &str, gender: Gender) -> Option<usize> {
        // ("Mr Blair" is not Cherie Blair.)
        let mut candidates = self.roster.candidates(word);
        self.roster.keep_agreeing(&mut candidates, gender);
        // A short name refers back: "Kim Jong Un met Trump. Kim said ..." is not the Sung Kim
        // the story names only later.
        // (Only a surname written first, as in East Asian names: "Paul" after "Rand Paul"
        // and "Paul Ryan" is still the surname's.)
        let named_before = |id: &usize| self.salience.mentions.iter().any(|&(m, _, _)| m == *id);
        if !candidates.is_empty()
            && SURNAMES_FIRST.contains(&lowercase(word).as_str())
            && !candidates.iter().any(named_before)
        {
            if let Some(&earlier) = self
                .roster
                .by_first_name(word)
                .iter()
                .find(|id| named_before(id))
            {
                return Some(earlier);
            }
        }
        if candidates.len() <= 1 {
            return candidates.first().copied();
        }
        // "President Donald Trump ... first lady Melania Trump ... Trump said": a story calls
        // one bearer by the bare surname, the one it did so before; else its principal, the
        // one it has mentioned most, or first (the other goes by a first name or a title).
        let lower = lowercase(word);
        self.salience
            .short_names
            .iter()
            .rev()
            .find(|(w, id)| *w == lower.as_str() && candidates.contains(id))
            .map(|&(_, id)| id)
            .or_else(|| {
                candidates
                    .iter()
                    .copied()
                    .max_by_key(|&id| (self.salience.all_mentions_of(id), std::cmp::Reverse(id)))
            })
    }

    /// Whether the organisation `name` is in view for "it" at token `k` of the passage: named
    /// in its sentence or the one before, speaking earlier in the paragraph, or, when "it"
    /// stands in the paragraph's first sentence, named or speaking in the paragraph before.
    fn in_view(&self, at: Passage, k: usize, name: &str) -> bool {
        let Passage {
            p,
            t,
            chunks,
            referents,
        } = at;
        let sentence = t.toks[k].sentence;
        let named = chunks.iter().zip(referents).any(|(c, r)| {
            c.last < k
                && t.toks[c.first].sentence + 1 >= sentence
                && matches!(r, Some(Referent::Other(n, EntityKind::Organization)) if n == name)
        });
        // (This paragraph's speakers so far are `current`; the salience lists hold earlier
        // paragraphs only.)
        let spoke = self
            .current
            .iter()
            .any(|(r, ..)| matches!(r, Referent::Other(n, _) if n == name));
        let before = |q: usize| q + 1 == p;
        let opening =
            sentence == 0
                && (self
                    .salience
                    .organizations
                    .iter()
                    .any(|(n, q)| n == name && before(*q))
                    || self.salience.speakers.iter().any(|(r, q)| {
                        before(*q) && matches!(r, Referent::Other(n, _) if n == name)
                    }));
        named || spoke || opening
    }

    /// The body an "it" that opens its clause goes on with, when its own sentence names none
    /// before it: the subject of the sentence before ("The EFF ... has asked the court to stop
    /// Apple. It argues"), else a body that spoke earlier in this paragraph ("The firm ... said
    /// ... It said"), else, in the first sentence, the last body the paragraph before had for
    /// a subject ("Standard Life is the latest shareholder in Deutsche Boerse to ... buy the
    /// London Stock Exchange." then "It said").
    fn body_gone_on_with(&self, at: Passage, k: usize) -> Option<Referent> {
        let Passage {
            p,
            t,
            chunks,
            referents,
        } = at;
        let sentence = t.toks[k].sentence;
        let body =
            |r: &Option<Referent>| matches!(r, Some(Referent::Other(_, EntityKind::Organization)));
        // ("Google lost a case brought by the Commission. It argued that Google had abused":
        // "it" is not a body its own sentence names after it.)
        let named_after = |r: &Referent| {
            let Referent::Other(name, _) = r else {
                return false;
            };
            let bare = name.strip_prefix("the ").unwrap_or(name);
            chunks.iter().zip(referents).any(|(c, o)| {
                c.first > k
                    && t.toks[c.first].sentence == sentence
                    && matches!(o, Some(Referent::Other(n, _)) if n == bare)
            })
        };
        // ("Shares in American Express surged after it said": the body named in its own
        // sentence is nearer.)
        if chunks
            .iter()
            .zip(referents)
            .any(|(c, r)| c.last < k && t.toks[c.first].sentence == sentence && body(r))
        {
            return None;
        }
        // A body that spoke in this sentence or the one before ("..., says BT. It even suggests").
        let spoke = self.current.iter().rev().find_map(|(r, s, _)| match r {
            Referent::Other(name, EntityKind::Organization) if names_a_body(name) => {
                Some((r.clone(), *s))
            }
            _ => None,
        });
        if let Some((r, _)) = spoke.as_ref().filter(|(_, s)| s + 1 >= sentence) {
            return (!named_after(r)).then(|| r.clone());
        }
        if sentence > 0 {
            // (The name opening that sentence: not one after a comma in a list, "seats in the
            // House of Commons, European Parliament, ...", nor one that modifies a noun, "The
            // TiVo To Go service".)
            let subject = chunks.iter().zip(referents).find(|(c, _)| {
                t.toks[c.first].sentence + 1 == sentence
                    && t.toks[c.first].quote.is_none()
                    && !c.possessive
                    && is_subject(t, c)
                    && !modifies_noun(t, c)
                    && !(0..c.first).any(|j| {
                        t.toks[j].sentence + 1 == sentence
                            && (t.toks[j].kind != Kind::Word || SUBORDINATORS.contains(&t.lower(j)))
                    })
            });
            if let Some((_, Some(r))) = subject.filter(|(_, r)| body(r)) {
                return (!named_after(r)).then(|| self.as_written(r.clone(), false));
            }
        }
        spoke
            .map(|(r, _)| r)
            .or_else(|| {
                let (name, _) = self
                    .salience
                    .subject_bodies
                    .last()
                    .filter(|&&(_, q)| sentence == 0 && q + 1 == p)?;
                Some(self.as_written(
                    Referent::Other(name.clone(), EntityKind::Organization),
                    false,
                ))
            })
            .filter(|r| !named_after(r))
    }

    /// The group "they" or "it" means: the latest organisation that spoke (not one brought in
    /// as "a court" or "an analyst": an indefinite is new, and names no group to refer back to).
    fn group_for(&self, p: usize) -> Option<Referent> {
        self.salience
            .speakers
            .iter()
            .rev()
            .take_while(|(_, q)| p - q <= 2)
            .find(|(w, _)| {
                matches!(w, Referent::Other(name, EntityKind::Organization)
                    if !name.starts_with("a ") && !name.starts_with("an "))
            })
            .map(|(w, _)| w.clone())
    }
}

/// The attribution nearest to token `k`: in its sentence first, else the closest in the paragraph.
fn nearest<'f>(
    found: &'f [(Attribution, Referent, String)],
    t: &Tokens,
    k: usize,
) -> Option<&'f (Attribution, Referent, String)> {
    let sentence = t.toks[k].sentence;
    let distance = |a: &Attribution| {
        let d = a.cue.abs_diff(k);
        if a.sentence == sentence {
            d
        } else if a.cue < k {
            10_000 + d
        } else {
            20_000 + d
        }
    };
    found.iter().min_by_key(|(a, _, _)| distance(a))
}

/// Whether a name stands in a clause opened by "when", "though", "if" and the like: a word of
/// SUBORDINATORS between it and the comma or sentence start before it.
fn in_subordinate_clause(t: &Tokens, c: &Chunk) -> bool {
    subordinate_at(t, c.first)
}

/// Whether token `k` stands in a clause opened by a word of SUBORDINATORS, between it and the
/// comma or sentence start before it.
fn subordinate_at(t: &Tokens, k: usize) -> bool {
    let sentence = t.toks[k].sentence;
    (0..k)
        .rev()
        .take_while(|&j| t.toks[j].sentence == sentence && !t.is_punct(j, ','))
        .any(|j| SUBORDINATORS.contains(&t.lower(j)))
}

/// The names before token `k` in its sentence, outside quotations, that are the subjects of
/// a main clause (not of one opened by "when" or "though", nor owning a noun), in order.
fn main_clause_subjects<'c>(
    t: &'c Tokens,
    chunks: &'c [Chunk],
    referents: &'c [Option<Referent>],
    k: usize,
) -> impl Iterator<Item = (&'c Chunk, &'c Option<Referent>)> {
    let sentence = t.toks[k].sentence;
    chunks.iter().zip(referents).filter(move |(c, _)| {
        t.toks[c.first].sentence == sentence
            && c.last < k
            && t.toks[c.first].quote.is_none()
            && !c.possessive
            && is_subject(t, c)
            && !in_subordinate_clause(t, c)
    })
}

/// "Google is making huge investments in what it calls “independent innovation”": the body
/// opening the main clause of "it"'s own sentence, before it.
fn body_subject_before(
    t: &Tokens,
    chunks: &[Chunk],
    referents: &[Option<Referent>],
    k: usize,
) -> Option<Referent> {
    match main_clause_subjects(t, chunks, referents, k).next()?.1 {
        Some(r @ Referent::Other(_, EntityKind::Organization)) => Some(r.clone()),
        _ => None,
    }
}

/// Whether a name chunk is the subject of its clause: it opens the sentence, or follows a
/// comma or a subordinator.
fn is_subject(t: &Tokens, c: &Chunk) -> bool {
    // "Liberal MP Marco Mendicino went ...", "Retired cabinet maker Ron Smith was ...": only
    // capitalised words and a noun phrase ending in a role or agent noun before it (not
    // "Police arrested Ron Smith").
    let sentence = t.toks[c.first].sentence;
    let lx = Lexicon::get();
    let agent = |w: &str| {
        lx.is_role_noun(w)
            || (w.len() >= 5
                && (w.ends_with("er") || w.ends_with("or") || w.ends_with("ist"))
                && !PREPOSITIONS.contains(&w)
                && !SUBORDINATORS.contains(&w)
                && !matches!(
                    w,
                    "never"
                        | "later"
                        | "earlier"
                        | "rather"
                        | "further"
                        | "together"
                        | "either"
                        | "neither"
                        | "other"
                        | "another"
                        | "however"
                        | "whatever"
                        | "whoever"
                ))
    };
    let before = || {
        (0..c.first)
            .rev()
            .take_while(move |&j| t.toks[j].sentence == sentence)
    };
    let noun_phrase = |j: usize| {
        let w = t.lower(j);
        t.is_capitalized(j)
            || (t.toks[j].kind == Kind::Word
                && !w.ends_with("ed")
                && lx.cue(w).is_none()
                && !PREPOSITIONS.contains(&w)
                && !SUBORDINATORS.contains(&w)
                && !NOT_VERBS.contains(&w)
                && !CLAUSE_BOUNDARIES.contains(&w))
    };
    let opening = match before().next() {
        Some(j) if !t.is_capitalized(j) => agent(t.lower(j)) && before().all(noun_phrase),
        // ("Ranking Member of the House Judiciary Committee Rep. Doug Collins": connectors
        // inside a capitalised title.)
        _ => before().all(|j| {
            t.is_capitalized(j)
                || (matches!(t.lower(j), "of" | "the" | "for" | "and")
                    && j > 0
                    && (t.is_capitalized(j - 1) || t.lower(j - 1) == "of"))
        }),
    };
    if t.starts_sentence(c.first) || opening {
        return true;
    }
    let prev = c.first - 1;
    // ("as far as Paul", "such as Paul": a comparison, not a clause.)
    let comparison = t.lower(prev) == "as"
        && prev > 0
        && ((prev.saturating_sub(4)..prev).any(|j| t.lower(j) == "as")
            || matches!(t.lower(prev - 1), "such" | "same" | "well"));
    t.is_punct(prev, ',')
        || t.is_punct(prev, ';')
        || (SUBORDINATORS.contains(&t.lower(prev)) && !comparison)
}

/// Whether a name chunk is an example in a list ("rivals such as Procter & Gamble and
/// Colgate", "firms including BT"): not what "it" or "the company" will mean.
fn is_example(t: &Tokens, c: &Chunk) -> bool {
    let sentence = t.toks[c.first].sentence;
    (0..c.first)
        .rev()
        .take(12)
        .take_while(|&j| {
            t.toks[j].sentence == sentence
                && (t.is_capitalized(j)
                    || t.is_punct(j, ',')
                    || t.is_punct(j, '&')
                    || matches!(
                        t.lower(j),
                        "and" | "or" | "as" | "such" | "like" | "including" | "of"
                    ))
        })
        .any(|j| {
            matches!(t.lower(j), "including" | "like")
                || (t.lower(j) == "as" && j > 0 && t.lower(j - 1) == "such")
        })
}

/// Whether a name chunk is a credit or byline: "(Steve Lawrence/CBC)", "With files from Jo Doe",
/// "Jo Doe is a Toronto-based reporter".
fn is_credit(t: &Tokens, c: &Chunk) -> bool {
    let slash = |k: Option<usize>| {
        k.and_then(|k| t.toks.get(k))
            .is_some_and(|tok| &t.text[tok.start..tok.end] == "/")
    };
    if slash(c.first.checked_sub(1)) || slash(Some(c.last + 1)) {
        return true;
    }
    const FILES_FROM: &str = "with files from";
    if t.text
        .get(..FILES_FROM.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(FILES_FROM))
    {
        return true;
    }
    let byline = || {
        (c.last + 1..(c.last + 8).min(t.toks.len())).any(|k| {
            matches!(
                t.text(k),
                "reporter"
                    | "writer"
                    | "editor"
                    | "columnist"
                    | "contributor"
                    | "correspondent"
                    | "journalist"
                    | "producer"
            )
        })
    };
    // "Adam Stanley, The Canadian Press" / "Rachel Gilmore, Power Play producer": a byline
    // line of its own.
    let short = || t.toks.iter().filter(|tok| tok.kind == Kind::Word).count() <= 10;
    let outlet = || {
        (c.last + 2..t.toks.len())
            .any(|k| matches!(t.text(k), "Press" | "News" | "Reuters" | "Bloomberg"))
    };
    if c.first == 0
        && c.last + 1 < t.toks.len()
        && t.is_punct(c.last + 1, ',')
        && short()
        && (byline() || outlet())
    {
        return true;
    }
    t.starts_sentence(c.first)
        && t.toks
            .get(c.last + 1)
            .is_some_and(|_| t.text(c.last + 1) == "is")
        && byline()
}

/// `In conducting what it called a “thorough process,” Tesla has named ...`: a pronoun in a
/// phrase opening the sentence means the subject named right after the phrase's comma.
fn cataphora(
    t: &Tokens,
    chunks: &[Chunk],
    referents: &[Option<Referent>],
    k: usize,
    word: &str,
    roster: &Roster,
) -> Option<Referent> {
    let sentence = t.toks[k].sentence;
    let first =
        (0..=k).find(|&j| t.toks[j].sentence == sentence && t.toks[j].kind == Kind::Word)?;
    let opener = t.lower(first);
    let opens_phrase = matches!(
        opener,
        "in" | "after"
            | "before"
            | "while"
            | "when"
            | "since"
            | "despite"
            | "although"
            | "though"
            | "as"
            | "by"
            | "with"
            | "without"
            | "unlike"
    ) || (opener.ends_with("ing") && first < k);
    if !opens_phrase || first == k {
        return None;
    }
    if (first..k).any(|j| t.toks[j].quote.is_none() && t.is_punct(j, ',')) {
        return None; // the pronoun is not inside the opening phrase
    }
    // The first comma after the pronoun closes the phrase (maybe inside a quotation that
    // closes with it: `... directors,” Tesla`).
    let comma = (k + 1..t.toks.len())
        .take_while(|&j| t.toks[j].sentence == sentence)
        .find(|&j| (t.toks[j].quote.is_none() && t.is_punct(j, ',')) || t.comma_closes_quote(j))?;
    let (_, r) = chunks
        .iter()
        .zip(referents)
        .find(|(c, _)| c.first == comma + 1 && !c.possessive)?;
    match (word, pronoun_gender(word), r.as_ref()?) {
        (_, Some(g), Referent::Person(id)) if roster.people[*id].gender.agrees(g) => r.clone(),
        ("it" | "its", _, Referent::Other(_, EntityKind::Organization)) => r.clone(),
        _ => None,
    }
}

/// The role noun heading a speaker's phrase when it names one person in a role ("a spokeswoman
/// for YouTube", "an eyewitness"), not a group ("officials", "the company").
fn role_head(phrase: &str) -> Option<&str> {
    let lx = Lexicon::get();
    phrase
        .split(' ')
        .take_while(|w| !matches!(*w, "for" | "of" | "at" | "with" | "to" | "in"))
        .filter(|w| lx.is_role_noun(w))
        .last()
}

/// The gender a personal pronoun gives its person: "he"/"his", "she"/"her".
fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" | "his" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => None,
    }
}

/// Whether a lone capitalised word that is also a common singular noun speaks as a person: a
/// name the story capitalises in mid-sentence and never writes in lowercase, and the first of
/// "he", "she", "his", "her", "it" or "its" after it in its sentence, outside quotes, is a
/// person's ("Parry, speaking to BBC Sport, admits ... his future"; not "Apple said its
/// sales", "Police said he was arrested": a group noun, nor "the Treasury": with "the", nor
/// "Republican": a party's member, nor "Research shows his": no name in this story).
fn refers_to_self_as_person(t: &Tokens, c: &Chunk, lx: &Lexicon, vocab: &Vocab) -> bool {
    let word = strip_possessive(&c.words[0]).0;
    let lower = lowercase(word);
    // (Not "I", an initial, nor a stage name's word after a number: "50 Cent".)
    if lower.chars().count() < 2
        || !vocab.names.contains(word)
        || vocab.lower.contains(&lower)
        || is_party_member(&lower)
        || lx.demonym(&lower).is_some()
        || (c.first > 0
            && t.text(c.first - 1)
                .starts_with(|ch: char| ch.is_ascii_digit()))
        || lower.ends_with('s')
        || lx.is_group_noun(&lower)
        || lx.is_org_noun(&lower)
        || lx.is_role_noun(&lower)
        || (c.first > 0 && t.lower(c.first - 1) == "the")
    {
        return false;
    }
    narrated_after(t, c)
        .find_map(|j| match t.lower(j) {
            "he" | "she" | "his" | "her" | "him" => Some(true),
            "it" | "its" => Some(false),
            _ => None,
        })
        .unwrap_or(false)
}

/// The words after a name in its sentence, outside quotations (their token indices): where
/// the narrative's own pronouns for that name stand.
fn narrated_after<'t>(t: &'t Tokens, c: &Chunk) -> impl Iterator<Item = usize> + 't {
    let sentence = t.toks[c.first].sentence;
    (c.last + 1..t.toks.len())
        .take_while(move |&k| t.toks[k].sentence == sentence)
        .filter(move |&k| t.toks[k].quote.is_none() && t.toks[k].kind == Kind::Word)
}

/// Whether a name modifies the noun after it ("the Civic Action study", "The TiVo To Go
/// service"), so a "the" before it is the noun's.
fn modifies_noun(t: &Tokens, c: &Chunk) -> bool {
    let lx = Lexicon::get();
    let next = c.last + 1;
    next < t.toks.len()
        && !t.is_capitalized(next)
        && (DOCUMENT_NOUNS.contains(&t.lower(next))
            || lx.is_group_noun(t.lower(next))
            || lx.is_role_noun(t.lower(next))
            || lx.is_org_noun(t.lower(next)))
}

/// A name's gender, or the one its words about itself give: "Belkacemi says she will turn the
/// page" is the story's woman of that surname, not her father.
fn speaking_of_self(t: &Tokens, c: &Chunk) -> Gender {
    if c.gender != Gender::Unknown || c.last + 2 >= t.toks.len() {
        return c.gender;
    }
    let cue = Lexicon::get()
        .cue(t.lower(c.last + 1))
        .is_some_and(|cue| cue.strong);
    match t.lower(c.last + 2) {
        "she" if cue => Gender::Female,
        "he" if cue => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// Whether an appositive describing someone follows the name: "Lehman, a distant relative of
/// the founders, said".
fn described_after(t: &Tokens, c: &Chunk) -> bool {
    t.is_punct(c.last + 1, ',')
        && matches!(
            t.toks.get(c.last + 2).map(|_| t.lower(c.last + 2)),
            Some("a" | "an")
        )
}

/// `Spindler's father, Joseph, says`: a lone first name set off after a kin noun.
fn kin_appositive(t: &Tokens, c: &Chunk) -> bool {
    c.words.len() == 1
        && matches!(
            c.kind,
            ChunkKind::Unknown | ChunkKind::Entity(EntityKind::Person)
        )
        && c.first >= 2
        && t.is_punct(c.first - 1, ',')
        && KIN_NOUNS.contains(&t.lower(c.first - 2))
        && (c.last + 1 >= t.toks.len() || t.is_punct(c.last + 1, ','))
}

/// The gender a (lowercased) noun for a person gives: "spokeswoman", "father".
fn noun_gender(head: &str) -> Gender {
    match head {
        "woman" | "mother" | "wife" | "daughter" | "girl" | "actress" | "spokeswoman"
        | "chairwoman" | "congresswoman" | "queen" | "princess" => Gender::Female,
        "man" | "father" | "husband" | "son" | "boy" | "spokesman" | "chairman" | "congressman"
        | "king" | "prince" | "businessman" => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// The noun an organisation's name `c` is described by, before it ("budget airline
/// Ryanair", "the club Borussia Dortmund"), right after it ("Rolling Stone magazine") or in an
/// appositive ("Barclays, the UK's third-biggest bank,", "Qantas, an airline that").
fn body_noun_describing<'t>(t: &'t Tokens, c: &Chunk, lx: &Lexicon) -> Option<&'t str> {
    let noun_at = |k: usize| {
        (t.toks.get(k)?.kind == Kind::Word && !t.is_capitalized(k))
            .then(|| t.lower(k))
            .filter(|w| lx.is_org_noun(w) || lx.is_body_title_noun(w))
    };
    if t.title_case {
        return None;
    }
    if let Some(noun) = c.first.checked_sub(1).and_then(noun_at) {
        return Some(noun);
    }
    // (After the name, a publication's noun only: "German-US carmaker" is a nationality.)
    if let Some(noun) = noun_at(c.last + 1).filter(|w| matches!(*w, "magazine" | "newspaper")) {
        return Some(noun);
    }
    // The appositive: a determiner or an owner's name, then words up to a comma, a full stop
    // or "that"/"which"; its last word the noun.
    let open = c.last + 2;
    if !t.is_punct(c.last + 1, ',') || t.toks.get(open).is_none_or(|tok| tok.kind != Kind::Word) {
        return None;
    }
    let first = t.lower(open);
    if !(matches!(first, "the" | "a" | "an") || (t.is_capitalized(open) && first.ends_with("'s"))) {
        return None;
    }
    let end = (open + 1..(open + 7).min(t.toks.len()))
        .find(|&k| t.toks[k].kind != Kind::Word || matches!(t.lower(k), "that" | "which"))?;
    noun_at(end - 1).filter(|_| end - 1 > open)
}

/// The chunk that opens the object of the preposition after token `last`: "a spokesman for
/// Google", "for the NDP", "for Mr Prescott" (the name, not its title; a name chunk may also
/// start at its title).
fn object_of_preposition(t: &Tokens, chunks: &[Chunk], last: usize) -> Option<usize> {
    let skip = t
        .toks
        .get(last + 2)
        .is_some_and(|_| t.lower(last + 2) == "the" || is_courtesy_title(t.text(last + 2)));
    let start = last + 2 + usize::from(skip);
    // ("officer at US telecoms firm WorldCom": the body a title noun names.)
    let titled = (start..(start + 5).min(t.toks.len()))
        .take_while(|&k| t.toks[k].kind == Kind::Word && !PREPOSITIONS.contains(&t.lower(k)))
        .find(|&k| !t.is_capitalized(k) && BODY_TITLE_NOUNS.contains(&t.lower(k)))
        .and_then(|k| chunks.iter().position(|c| c.first == k + 1));
    titled
        .or_else(|| {
            chunks.iter().position(|c| {
                (c.first == start || c.first == last + 2) && t.toks[c.first].quote.is_none()
            })
        })
        // ("a spokesman for Democratic presidential candidate Hillary Clinton": a person past
        // the words that title them.)
        .or_else(|| {
            let end = (start..(start + 5).min(t.toks.len()))
                .take_while(|&k| {
                    t.toks[k].kind == Kind::Word && !PREPOSITIONS.contains(&t.lower(k))
                })
                .last()?;
            chunks.iter().position(|c| {
                start < c.first
                    && c.first <= end
                    && c.kind == ChunkKind::Entity(EntityKind::Person)
                    && t.toks[c.first].quote.is_none()
                    && (role_word_at(t, c.first - 1) || role_word_at(t, c.first))
            })
        })
}

/// Whether a paragraph ends with a photo credit, so it is a picture's caption: "(Steve
/// Lawrence/CBC)", "( Dreamstime )", "... Washington, D.C. Chip Somodevilla/Getty Images".
fn ends_with_photo_credit(text: &str) -> bool {
    let text = text.trim_end();
    let (tail, parenthesised) = match text.strip_suffix(')') {
        Some(inner) => match inner.rfind('(') {
            Some(open) => (&inner[open + 1..], true),
            None => return false,
        },
        None => match text.rfind(['.', '!', '?', '"', '\u{201d}']) {
            Some(end) => (
                text[end..].trim_start_matches(['.', '!', '?', '"', '\u{201d}']),
                false,
            ),
            None => return false,
        },
    };
    let words = tail.split_whitespace().count();
    if words == 0 || words > 12 || tail.contains("://") || tail.contains("www.") {
        return false;
    }
    let photo_word = tail
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| PHOTO_CREDIT_WORDS.contains(&lowercase(w).as_str()));
    // "Name/Agency": a slash between capitalised words.
    let slash = tail.split('/').count() > 1
        && tail.split('/').all(|part| {
            part.trim()
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        });
    // (In brackets, either is enough; bare at the end, a slash and a photo word both.)
    if parenthesised {
        slash || photo_word
    } else {
        slash && photo_word
    }
}

/// Whether a paragraph is a caption or a link line rather than story text: "READ MORE: ...",
/// "WATCH: ... 10:43".
fn is_caption(t: &Tokens) -> bool {
    let text = t.text.trim();
    let head = text.split(':').next().unwrap_or("");
    let labelled = head.len() < text.len()
        && head.len() <= 14
        && head.chars().all(|c| c.is_uppercase() || c == ' ')
        && matches!(
            head.trim(),
            "READ MORE"
                | "WATCH"
                | "WATCH BELOW"
                | "VIDEO"
                | "PHOTOS"
                | "LISTEN"
                | "RELATED"
                | "MORE"
                | "PHOTO"
        );
    let duration = text.rsplit(' ').next().is_some_and(|w| {
        w.split_once(':').is_some_and(|(m, s)| {
            !m.is_empty()
                && m.len() <= 2
                && s.len() == 2
                && m.chars().chain(s.chars()).all(|c| c.is_ascii_digit())
        })
    });
    labelled || duration
}

/// Whether a name is who speech was addressed to: "told BBC Radio", "said on CNN", "in an
/// interview with the Globe".
fn is_addressee(t: &Tokens, c: &Chunk, lx: &Lexicon) -> bool {
    let before = |k: usize| c.first.checked_sub(k).map(|j| t.lower(j));
    let mut p = 1;
    if before(p) == Some("the") {
        p += 1;
    }
    match before(p) {
        Some("to" | "on" | "with") => {
            before(p + 1).is_some_and(|w| lx.cue(w).is_some() || w == "interview")
        }
        Some(w) => lx.cue(w).is_some_and(|cue| cue.lemma == "tell"),
        None => false,
    }
}

/// The words of a paragraph whose capitals spell `acronym`, across commas and small words:
/// "Immigration, Refugees and Citizenship Canada" for "IRCC".
fn spelled_out(t: &Tokens, acronym: &str) -> Option<String> {
    let letters: Vec<char> = acronym.chars().collect();
    let n = t.toks.len();
    for i in 0..n {
        if !t.is_capitalized(i) || !t.text(i).starts_with(letters[0]) || t.text(i) == acronym {
            continue;
        }
        let (mut j, mut got, mut last) = (i, 0, i);
        while j < n && got < letters.len() {
            let w = t.text(j);
            if t.is_capitalized(j) && w.starts_with(letters[got]) {
                got += 1;
                last = j;
            } else if !(t.is_punct(j, ',')
                || matches!(w, "and" | "of" | "for" | "the" | "on" | "&"))
            {
                break;
            }
            j += 1;
        }
        let next_capital = last + 1 < n && t.is_capitalized(last + 1);
        if got == letters.len() && last > i && !next_capital {
            return Some(t.text[t.toks[i].start..t.toks[last].end].to_string());
        }
    }
    None
}

/// A quotation of paragraph `t` as the annotation reports it.
fn quote(t: &Tokens, q: &QuoteSpan, speaker: Option<String>) -> Quote {
    Quote {
        text: t.text[q.start..q.end].to_string(),
        start: q.start,
        end: q.end,
        speaker,
    }
}

/// Appends an entity unless the paragraph already lists it.
fn push_new(entities: &mut Vec<Entity>, e: Entity) {
    if !entities.contains(&e) {
        entities.push(e);
    }
}

/// Whether a passage is the size of a headline: one sentence of at most 20 words.
fn is_headline_sized(t: &Tokens) -> bool {
    t.toks.last().is_some_and(|k| k.sentence == 0)
        && t.toks.iter().filter(|k| k.kind == Kind::Word).count() <= 20
}

/// Whether a mention is one capitalised common word that names no group or role ("Row").
fn lone_common_word(t: &Tokens, chunks: &[Chunk], m: &Mention) -> bool {
    let lx = Lexicon::get();
    let Mention::Name(c) = *m else { return false };
    let lower = t.lower(chunks[c].first);
    chunks[c].first == chunks[c].last
        && lx.is_common_word(lower)
        && !lx.is_group_noun(lower)
        && !lx.is_role_noun(lower)
        && !lx.is_role_plural(lower)
}

/// Whether the name of a speaker that is not a person of the story describes it instead of
/// naming it: "analysts", "Other analysts", "a spokesman for UKIP", "the prime minister's
/// official spokesman", "the government", "Critics", "Many" are descriptions, which stand for
/// someone only within their article; "the Tories", "Age Concern", "the Office for National
/// Statistics", "al-Qaeda", "Japan" are names.
fn describes(name: &str) -> bool {
    let title_cased_word = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && !chars.any(char::is_uppercase)
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    // The head is the last word before a preposition or a relative: "spokesman" of "a
    // spokesman for UKIP", "Office" of "the Office for National Statistics".
    // (A preposition inside a name is in lower case: "the Office for National Statistics".)
    let end = words
        .iter()
        .position(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && (PREPOSITIONS.contains(w) || *w == "who")
        })
        .unwrap_or(words.len());
    let Some(head) = words[..end].last() else {
        return false;
    };
    // "the Trump administration", "the Chinese government", "the Obama campaign": a body its
    // proper modifier identifies is one across articles, a name.
    if let [the, modifiers @ .., body] = words.as_slice() {
        if the.eq_ignore_ascii_case("the")
            && end == words.len()
            && !modifiers.is_empty()
            && modifiers.iter().all(|w| w.starts_with(char::is_uppercase))
            && (PUBLIC_BODY_WORDS.contains(body)
                || matches!(
                    *body,
                    "campaign" | "party" | "army" | "military" | "embassy" | "regime"
                ))
        {
            return false;
        }
    }
    // "the Inspector General", "the Foreign Secretary": an office, whoever holds it in this
    // story, is described.
    if let [the, office @ ..] = words.as_slice() {
        if the.eq_ignore_ascii_case("the") && !office.is_empty() {
            let office: Vec<_> = office.iter().map(|w| lowercase(w)).collect();
            let is_title = Lexicon::get()
                .titles_starting_with(&office[0])
                .iter()
                .any(|(title, _)| title.len() == office.len() && title.iter().eq(office.iter()));
            if is_title {
                return true;
            }
        }
    }
    let lowercase_word = |w: &str| !strip_possessive(w).0.chars().any(char::is_uppercase);
    // (Or the last word, when a name's own "for" came first: "a Department for Work and
    // Pensions spokeswoman".)
    if lowercase_word(head.trim_end_matches(',')) || words.last().is_some_and(|w| lowercase_word(w))
    {
        return true;
    }
    // A capital that may be only the sentence's or the house style's ("Analysts said", "Many
    // said", "the Government said"): a lone word, or one after "the", that is a quantifier, a
    // role or a group ("Critics", "Ministers"); not a party's members ("Democrats"), a club
    // or a brand ("Rangers", "Boots"), nor a body's acronym ("UPS").
    let lone = match words.as_slice() {
        [_] => true,
        [the, _] => the.eq_ignore_ascii_case("the"),
        _ => false,
    };
    if !lone || !title_cased_word(head) {
        return false;
    }
    let lower = lowercase(strip_possessive(head).0);
    let lx = Lexicon::get();
    let singulars = [
        Some(lower.as_str()),
        lower.strip_suffix('s'),
        lower.strip_suffix("es"),
    ];
    DETERMINERS.contains(&lower.as_str())
        || matches!(lower.as_str(), "others" | "all" | "none")
        || singulars
            .into_iter()
            .flatten()
            .any(|w| lx.is_role_noun(w) || lx.is_group_noun(w))
}

#[cfg(test)]
mod tests {
    use super::ends_with_photo_credit;

    #[test]
    fn photo_credits_end_captions() {
        for text in [
            "Wendy Golden with photos of her son at home. (Steve Lawrence/CBC)",
            "Anna Pippus writes. ( Dreamstime )",
            "Collins delivers remarks in Washington, D.C. Chip Somodevilla/Getty Images",
            "The complex burned. (Luis Tato/AFP/Getty Images)",
            "Tap the image above to read more. (Photo: City of Surrey)",
        ] {
            assert!(ends_with_photo_credit(text), "{text}");
        }
        for text in [
            "Sen. Angus King (I-Maine) said the strike was justified.",
            "The plan was approved (by a vote of 7/2).",
            "Read it at the site (https://example.com/a/b).",
            "Rep. Doug Collins (R-Ga.)",
            "“We will win,” Smith said.",
            "Trump wrote that Petro “called to explain the drugs.”",
        ] {
            assert!(!ends_with_photo_credit(text), "{text}");
        }
    }
}
