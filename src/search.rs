//! Stage 6: a query → ranked passages, or speakers with their passages for "who said" questions.
//!
//! Search knows nothing about printing: it returns [`Answer`]s that the printer renders.
//!
//! How a query is read:
//!
//! 1. [`interpret`] recognises questions: `who said X` (speakers whose quoted or reported words
//!    match X) and `what did S say about X` (X, filtered to speaker S). Anything else is an
//!    ordinary search.
//! 2. The words go through tantivy's query grammar (words, "phrases", AND/OR, `-exclusion`,
//!    `field:value`), leniently: a malformed query is read as well as it can be, an unknown
//!    `field:` is searched as words, and a query that only excludes is refused with a message.
//! 3. Words must all match (conjunction), except everyday words ([`STOP_WORDS`]), which only add
//!    to the score; when no paragraph has every word, the search relaxes to any word and says so.

use std::collections::HashMap;
use std::ops::{Bound, Range};
use std::path::Path;
use std::sync::Arc;

use tantivy::collector::{Count, TopDocs};
use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, WatchCallback, WatchHandle, WritePtr,
};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ExistsQuery, Occur, PhraseQuery, Query, QueryParser,
    RangeQuery, TermQuery,
};
use tantivy::query_grammar::{self, Delimiter, UserInputAst, UserInputLeaf, UserInputLiteral};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{
    DateTime, DocAddress, Index, IndexReader, ReloadPolicy, TantivyDocument, TantivyError, Term,
};

use crate::annotate::lexicon::is_generational_suffix;
use crate::document::floor_char_boundary;
use crate::error::{Error, Result};
use crate::record::Record;
use crate::schema::{self, split_speaker_key, Fields, NAME_ANALYZER};

/// Everyday words that never empty a result: they add to the score but are not required.
pub const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has",
    "have", "he", "her", "here", "his", "how", "i", "if", "in", "into", "is", "it", "its", "me",
    "my", "no", "not", "of", "on", "or", "our", "she", "so", "some", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "to", "up", "us", "was",
    "we", "were", "what", "when", "where", "which", "who", "whom", "why", "will", "with", "would",
    "you", "your",
];

/// Verbs that make `who VERB X` a "who said" question.
pub const WHO_SAID_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "called",
    "calls",
    "claimed",
    "claims",
    "stated",
    "states",
    "warned",
    "warns",
    "wrote",
    "writes",
    "argued",
    "argues",
    "mentioned",
    "mentions",
    "promised",
    "promises",
    "threatened",
    "threatens",
    "accused",
    "accuses",
    "denied",
    "denies",
    "talked",
    "talks",
    "spoke",
    "speaks",
    "insisted",
    "insists",
    "admitted",
    "admits",
    "described",
    "describes",
];

/// Verbs of `what did S VERB about X`.
const WHAT_SAID_VERBS: &[&str] = &["say", "said", "says", "tell", "told", "think", "thinks"];

/// Auxiliaries of `what did/does/has/have S say`.
const WHAT_AUXILIARIES: &[&str] = &["did", "does", "do", "has", "have", "had", "will", "would"];

/// Words that introduce the topic: `about X`, `on X`.
const TOPIC_WORDS: &[&str] = &["about", "on", "regarding", "of", "concerning"];

/// Words that may sit between a who-said verb and its topic: `who said that X`.
const TOPIC_LEADS: &[&str] = &["that", "about"];

/// The fields a user may name in `field:value`.
pub const QUERY_FIELDS: &[&str] = &["text", "title", "said", "speaker", "entity", "doc"];

/// How many "who said" hits are grouped by speaker.
const GROUPED_HITS: usize = 300;
/// Passages shown under each speaker of a "who said" answer.
const PASSAGES_PER_SPEAKER: usize = 3;
/// Snippets longer than this are cut around the best fragment.
const SNIPPET_CHARS: usize = 320;
/// Weight of title words: they raise the score of paragraphs that match by themselves.
const TITLE_BOOST: f32 = 0.3;
/// Weight of the quoted words in "who said" questions, over the text of paragraphs with speakers.
const SAID_BOOST: f32 = 2.0;

/// What the user asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// An ordinary search.
    Search(String),
    /// `who said X`: the speakers of X, ranked.
    WhoSaid(String),
    /// `what did S say about X` (topic optional).
    WhatDidSay {
        /// The speaker, as typed.
        speaker: String,
        /// The topic, when there is one.
        about: Option<String>,
    },
}

/// Reads a question out of a query, or takes it as an ordinary search.
pub fn interpret(query: &str) -> Intent {
    let trimmed = query.trim().trim_end_matches(['?', '.', '!']).trim_end();
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    let lower: Vec<String> = words
        .iter()
        .map(|w| w.trim_end_matches([':', ',']).to_lowercase())
        .collect();
    let rest = |from: usize| words.get(from..).map(|w| w.join(" ")).unwrap_or_default();

    if lower.len() >= 3 && lower[0] == "who" && WHO_SAID_VERBS.contains(&lower[1].as_str()) {
        let mut from = 2;
        // "who told reporters that X": the audience is not the topic.
        if matches!(lower[1].as_str(), "told" | "tells") {
            if let Some(that) = lower[2..].iter().position(|w| w == "that" || w == "about") {
                from = 2 + that;
            }
        }
        if from + 1 < words.len() && TOPIC_LEADS.contains(&lower[from].as_str()) {
            from += 1;
        }
        let topic = rest(from);
        if !topic.trim().is_empty() {
            return Intent::WhoSaid(topic);
        }
    }

    if lower.len() >= 3 && lower[0] == "what" {
        let start = if WHAT_AUXILIARIES.contains(&lower[1].as_str()) {
            2
        } else {
            1
        };
        if let Some(verb) = lower[start..]
            .iter()
            .position(|w| WHAT_SAID_VERBS.contains(&w.as_str()))
            .map(|p| start + p)
        {
            let speaker = words[start..verb].join(" ");
            let about = if lower
                .get(verb + 1)
                .is_some_and(|w| TOPIC_WORDS.contains(&w.as_str()))
            {
                Some(rest(verb + 2)).filter(|t| !t.trim().is_empty())
            } else {
                Some(rest(verb + 1)).filter(|t| !t.trim().is_empty())
            };
            if verb > start {
                return Intent::WhatDidSay { speaker, about };
            }
        }
    }
    Intent::Search(query.trim().to_string())
}

/// A search request: the query plus filters, already validated.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The query as typed (a question or an ordinary search).
    pub query: String,
    /// Only paragraphs where all these speakers speak (each matched by any part of the name).
    pub speakers: Vec<String>,
    /// Only paragraphs naming all these entities.
    pub entities: Vec<String>,
    /// Only articles dated on or after this day.
    pub since: Option<DateTime>,
    /// Only articles dated on or before this day.
    pub until: Option<DateTime>,
    /// Passages (or, for "who said", speakers) to show.
    pub limit: usize,
    /// Passages (or speakers) to skip first.
    pub offset: usize,
}

/// A passage's text to show, with the matched words marked.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    /// The paragraph, or the best part of a long one with `…` where it was cut.
    pub text: String,
    /// Byte ranges of the matched words in `text`, in order, not overlapping.
    pub highlights: Vec<Range<usize>>,
}

/// One ranked paragraph.
#[derive(Debug, Clone)]
pub struct Passage {
    /// 1-based rank (within the answer, or within the speaker's group).
    pub rank: usize,
    /// BM25 score.
    pub score: f32,
    /// The paragraph and everything known about it.
    pub record: Record,
    /// What to show of it.
    pub snippet: Snippet,
}

/// One speaker of a "who said" answer.
#[derive(Debug, Clone)]
pub struct SpeakerGroup {
    /// 1-based rank among speakers.
    pub rank: usize,
    /// The canonical name, or the words of a description.
    pub speaker: String,
    /// A description ("analysts", "a spokesman") of someone in one document, listed apart
    /// from the same words in other documents.
    pub unnamed: bool,
    /// Sum of the scores of the speaker's matching paragraphs.
    pub score: f32,
    /// Matching paragraphs of this speaker (among the best [`GROUPED_HITS`] hits).
    pub paragraphs: usize,
    /// The best of them.
    pub passages: Vec<Passage>,
}

/// What a search found.
#[derive(Debug, Clone)]
pub enum Answer {
    /// Ranked paragraphs.
    Passages {
        /// The shown passages, best first.
        passages: Vec<Passage>,
        /// How many paragraphs matched in all.
        total: usize,
    },
    /// Speakers ranked for a "who said" question, each with passages.
    Speakers {
        /// The shown speakers, best first.
        groups: Vec<SpeakerGroup>,
        /// How many speakers were found in all.
        total: usize,
    },
}

/// An answer plus what the user should know about how the query was read.
#[derive(Debug, Clone)]
pub struct Results {
    /// The answer.
    pub answer: Answer,
    /// How the query was understood.
    pub intent: Intent,
    /// Notes for the user ("no paragraph has all the words; showing any").
    pub notes: Vec<String>,
}

impl Results {
    /// Whether anything was found.
    pub fn is_empty(&self) -> bool {
        match &self.answer {
            Answer::Passages { passages, .. } => passages.is_empty(),
            Answer::Speakers { groups, .. } => groups.is_empty(),
        }
    }
}

/// A speaker and the number of paragraphs where they speak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerCount {
    /// Canonical name, or the words of a description.
    pub speaker: String,
    /// Paragraphs.
    pub paragraphs: u64,
    /// A description ("analysts", "a spokesman"), counted over every document that uses it.
    pub unnamed: bool,
}

/// An open index, ready to answer queries.
pub struct Searcher {
    index: Index,
    reader: IndexReader,
    fields: Fields,
}

impl Searcher {
    /// Opens the index in `dir` once, with a reader that reloads only when asked.
    pub fn open(dir: &Path) -> Result<Searcher> {
        let (index, fields) = schema::open(dir)?;
        match Searcher::from_index(index, fields) {
            Err(Error::Tantivy(TantivyError::LockFailure(LockError::IoError(io), _)))
                if io.kind() == std::io::ErrorKind::ReadOnlyFilesystem =>
            {
                let directory = MmapDirectory::open(dir).map_err(TantivyError::from)?;
                let index = Index::open(ReadOnlyDirectory(directory))?;
                schema::register_analyzers(&index);
                Searcher::from_index(index, fields)
            }
            other => other,
        }
    }

    /// A searcher over an already open index (analyzers registered).
    pub fn from_index(index: Index, fields: Fields) -> Result<Searcher> {
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Searcher {
            index,
            reader,
            fields,
        })
    }

    /// Answers a request.
    pub fn search(&self, request: &Request) -> Result<Results> {
        let intent = interpret(&request.query);
        let mut notes = Vec::new();
        let mut filters = self.filters(request)?;
        let answer = match &intent {
            Intent::Search(text) => {
                let content = self.content(text, &self.text_fields(), &mut notes)?;
                self.passages(content, filters, request, &mut notes)?
            }
            Intent::WhatDidSay { speaker, about } => {
                filters.push(self.name_query(self.fields.speaker, speaker, "speaker")?);
                let content = match about {
                    Some(about) => self.content(about, &self.text_fields(), &mut notes)?,
                    None => Content::all(),
                };
                self.passages(content, filters, request, &mut notes)?
            }
            Intent::WhoSaid(topic) => self.who_said(topic, filters, request, &mut notes)?,
        };
        Ok(Results {
            answer,
            intent,
            notes,
        })
    }

    /// The index's speakers with their paragraph counts, most frequent first.
    ///
    /// Counts come from the `speaker_key` term dictionary (its document frequencies); only a
    /// segment with deleted documents is counted document by document, through the fast field.
    pub fn speakers(&self) -> Result<Vec<SpeakerCount>> {
        let searcher = self.reader.searcher();
        let mut counts: HashMap<String, u64> = HashMap::new();
        for segment in searcher.segment_readers() {
            if !segment.has_deletes() {
                let inverted = segment.inverted_index(self.fields.speaker_key)?;
                let mut terms = inverted
                    .terms()
                    .stream()
                    .map_err(tantivy::TantivyError::from)?;
                while terms.advance() {
                    let name = String::from_utf8_lossy(terms.key()).into_owned();
                    *counts.entry(name).or_insert(0) += u64::from(terms.value().doc_freq);
                }
                continue;
            }
            let Some(column) = segment.fast_fields().str("speaker_key")? else {
                continue;
            };
            let mut per_ord: HashMap<u64, u64> = HashMap::new();
            for doc in segment.doc_ids_alive() {
                for ord in column.term_ords(doc) {
                    *per_ord.entry(ord).or_insert(0) += 1;
                }
            }
            let mut name = String::new();
            for (ord, n) in per_ord {
                name.clear();
                if column
                    .ord_to_str(ord, &mut name)
                    .map_err(tantivy::TantivyError::from)?
                {
                    *counts.entry(name.clone()).or_insert(0) += n;
                }
            }
        }
        // A description is one line for all its documents ("analysts", "Analysts"); a name is
        // one line per person: "Trump" and "Donald Trump" from different articles.
        let mut described: HashMap<String, SpeakerCount> = HashMap::new();
        let mut named: Vec<(String, u64)> = Vec::with_capacity(counts.len());
        for (key, n) in counts {
            let (words, doc) = split_speaker_key(&key);
            if doc.is_none() {
                named.push((key, n));
                continue;
            }
            let line = described
                .entry(words.to_lowercase())
                .or_insert_with(|| SpeakerCount {
                    speaker: words.to_string(),
                    paragraphs: 0,
                    unnamed: true,
                });
            line.paragraphs += n;
            // (The spelling of running text, "analysts", over the sentence's "Analysts"; the
            // first in order between two alike.)
            let capital = |w: &str| !w.starts_with(char::is_lowercase);
            if (capital(words), words) < (capital(&line.speaker), line.speaker.as_str()) {
                line.speaker = words.to_string();
            }
        }
        let mut counts = named;
        counts.sort_by(|a, b| a.0.cmp(&b.0));
        let names: Vec<&str> = counts.iter().map(|(n, _)| n.as_str()).collect();
        let weights: Vec<u64> = counts.iter().map(|&(_, n)| n).collect();
        let roots = same_person_roots(&names, &weights);
        let spelled = spellings(&names, &weights, &roots);
        let mut merged: Vec<Option<SpeakerCount>> = counts
            .iter()
            .map(|(speaker, paragraphs)| {
                Some(SpeakerCount {
                    speaker: speaker.clone(),
                    paragraphs: *paragraphs,
                    unnamed: false,
                })
            })
            .chain(described.into_values().map(Some))
            .collect();
        for (i, &r) in roots.iter().enumerate() {
            if r != i {
                let from = merged[i].take().expect("each name is merged once");
                let into = merged[r].as_mut().expect("roots stay");
                into.paragraphs += from.paragraphs;
            }
        }
        for (r, &i) in spelled.iter().enumerate() {
            if let Some(line) = merged[r].as_mut().filter(|_| roots[r] == r) {
                line.speaker = counts[i].0.clone();
            }
        }
        let mut counts: Vec<SpeakerCount> = merged.into_iter().flatten().collect();
        counts.sort_by(|a, b| {
            b.paragraphs
                .cmp(&a.paragraphs)
                .then(a.speaker.cmp(&b.speaker))
        });
        Ok(counts)
    }

    /// The fields an ordinary search looks in. Title words only add to the score (see
    /// [`Searcher::content`]): a paragraph must match by itself.
    fn text_fields(&self) -> Vec<Field> {
        vec![self.fields.text, self.fields.said]
    }

    /// Ranked passages for content + filters; relaxes to any word when all words find nothing.
    fn passages(
        &self,
        content: Content,
        filters: Vec<Box<dyn Query>>,
        request: &Request,
        notes: &mut Vec<String>,
    ) -> Result<Answer> {
        let searcher = self.reader.searcher();
        let collector = (
            TopDocs::with_limit(request.limit.max(1))
                .and_offset(request.offset)
                .order_by_score(),
            Count,
        );
        let mut query = and(content.query.box_clone(), &filters);
        let (mut top, mut total) = searcher.search(&query, &collector)?;
        if total == 0 {
            if let Some(relaxed) = &content.relaxed {
                query = and(relaxed.box_clone(), &filters);
                (top, total) = searcher.search(&query, &collector)?;
                if total > 0 {
                    notes.push(
                        "no paragraph has all the words; showing paragraphs with some of them"
                            .into(),
                    );
                }
            }
        }
        if request.limit == 0 {
            top.clear();
        }
        let snippets = self.snippets(&content)?;
        let passages = top
            .into_iter()
            .enumerate()
            .map(|(i, (score, addr))| self.passage(request.offset + i + 1, score, addr, &snippets))
            .collect::<Result<Vec<_>>>()?;
        Ok(Answer::Passages { passages, total })
    }

    /// Speakers whose quoted or reported words match `topic`, with their passages.
    fn who_said(
        &self,
        topic: &str,
        filters: Vec<Box<dyn Query>>,
        request: &Request,
        notes: &mut Vec<String>,
    ) -> Result<Answer> {
        let said = self.content(topic, &[self.fields.said], notes)?;
        let text = self.content(topic, &[self.fields.text], &mut Vec::new())?;
        let with_speaker: Box<dyn Query> = Box::new(ExistsQuery::new("speaker_key".into(), false));
        let question = |said: &dyn Query, text: &dyn Query| -> Box<dyn Query> {
            Box::new(BooleanQuery::new(vec![
                (
                    Occur::Should,
                    Box::new(BoostQuery::new(said.box_clone(), SAID_BOOST)),
                ),
                (
                    Occur::Should,
                    Box::new(BooleanQuery::new(vec![
                        (Occur::Must, text.box_clone()),
                        (Occur::Must, with_speaker.box_clone()),
                    ])),
                ),
            ]))
        };
        let searcher = self.reader.searcher();
        let collector = TopDocs::with_limit(GROUPED_HITS).order_by_score();
        let mut hits = searcher.search(
            &and(question(&*said.query, &*text.query), &filters),
            &collector,
        )?;
        if hits.is_empty() {
            if let (Some(s), Some(t)) = (&said.relaxed, &text.relaxed) {
                hits = searcher.search(&and(question(&**s, &**t), &filters), &collector)?;
                if !hits.is_empty() {
                    notes
                        .push("no one said all the words; showing speakers of some of them".into());
                }
            }
        }

        // Group by the speaker_key fast field: no stored document is read for this.
        let mut groups: Vec<Candidate> = Vec::new();
        let mut index_of: HashMap<String, usize> = HashMap::new();
        let mut columns = HashMap::new();
        let mut name = String::new();
        for (score, addr) in hits {
            let column = match columns.entry(addr.segment_ord) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => e.insert(
                    searcher
                        .segment_reader(addr.segment_ord)
                        .fast_fields()
                        .str("speaker_key")?,
                ),
            };
            let Some(column) = column else { continue };
            for ord in column.term_ords(addr.doc_id) {
                name.clear();
                if !column
                    .ord_to_str(ord, &mut name)
                    .map_err(tantivy::TantivyError::from)?
                {
                    continue;
                }
                let i = *index_of.entry(name.clone()).or_insert_with(|| {
                    groups.push(Candidate {
                        speaker: name.clone(),
                        score: 0.0,
                        hits: Vec::new(),
                    });
                    groups.len() - 1
                });
                groups[i].score += score;
                groups[i].hits.push((score, addr));
            }
        }
        // One person, one group: "Trump", "Donald Trump" and "Donald J. Trump" across articles.
        let mut groups = merge_name_variants(groups);
        // Best total score first; more paragraphs, then the name, break ties.
        groups.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(b.hits.len().cmp(&a.hits.len()))
                .then(a.speaker.cmp(&b.speaker))
        });
        let total = groups.len();
        let snippets = self.snippets(&text)?;
        let groups = groups
            .into_iter()
            .enumerate()
            .skip(request.offset)
            .take(request.limit)
            .map(
                |(
                    g,
                    Candidate {
                        speaker,
                        score,
                        hits,
                    },
                )| {
                    let passages = hits
                        .iter()
                        .take(PASSAGES_PER_SPEAKER)
                        .enumerate()
                        .map(|(i, &(score, addr))| self.passage(i + 1, score, addr, &snippets))
                        .collect::<Result<Vec<_>>>()?;
                    let (name, doc) = split_speaker_key(&speaker);
                    Ok(SpeakerGroup {
                        rank: g + 1,
                        speaker: name.to_string(),
                        unnamed: doc.is_some(),
                        score,
                        paragraphs: hits.len(),
                        passages,
                    })
                },
            )
            .collect::<Result<Vec<_>>>()?;
        Ok(Answer::Speakers { groups, total })
    }

    /// Loads one hit's record and its snippet.
    fn passage(
        &self,
        rank: usize,
        score: f32,
        addr: DocAddress,
        snippets: &Option<SnippetGenerator>,
    ) -> Result<Passage> {
        let doc: TantivyDocument = self.reader.searcher().doc(addr)?;
        let json = doc
            .get_first(self.fields.record)
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        let record: Record = serde_json::from_str(json).map_err(|e| Error::IncompatibleIndex {
            path: Path::new("index").to_path_buf(),
            reason: format!("a stored record does not read back: {e}"),
        })?;
        let snippet = snippet(snippets.as_ref(), &record.text);
        Ok(Passage {
            rank,
            score,
            record,
            snippet,
        })
    }

    /// The snippet generator of the content's words in the text field, when there are any.
    fn snippets(&self, content: &Content) -> Result<Option<SnippetGenerator>> {
        let Some(highlight) = &content.highlight else {
            return Ok(None);
        };
        let mut generator =
            SnippetGenerator::create(&self.reader.searcher(), &**highlight, self.fields.text)?;
        generator.set_max_num_chars(SNIPPET_CHARS);
        Ok(Some(generator))
    }

    /// The filter queries of a request: speakers, entities, dates.
    fn filters(&self, request: &Request) -> Result<Vec<Box<dyn Query>>> {
        let mut filters = Vec::new();
        for name in &request.speakers {
            filters.push(self.name_query(self.fields.speaker, name, "--speaker")?);
        }
        for name in &request.entities {
            filters.push(self.name_query(self.fields.entity, name, "--entity")?);
        }
        if request.since.is_some() || request.until.is_some() {
            let bound = |d: Option<DateTime>| match d {
                Some(d) => Bound::Included(Term::from_field_date(self.fields.date, d)),
                None => Bound::Unbounded,
            };
            filters.push(Box::new(RangeQuery::new(
                bound(request.since),
                bound(request.until),
            )));
        }
        Ok(filters)
    }

    /// All the words of `name` in a row within one value of a name field: `petro`, `Gustavo Petro`.
    fn name_query(&self, field: Field, name: &str, what: &str) -> Result<Box<dyn Query>> {
        let mut analyzer = self
            .index
            .tokenizers()
            .get(NAME_ANALYZER)
            .expect("the name analyzer is registered on open");
        let mut stream = analyzer.token_stream(name);
        let mut terms = Vec::new();
        while let Some(token) = stream.next() {
            terms.push(Term::from_field_text(field, &token.text));
        }
        match terms.len() {
            0 => Err(Error::Query(format!("{what} needs a name, got {name:?}"))),
            1 => Ok(Box::new(TermQuery::new(
                terms.remove(0),
                IndexRecordOption::Basic,
            ))),
            _ => Ok(Box::new(PhraseQuery::new(terms))),
        }
    }

    /// Parses the words of a query over `fields`: the query, its relaxed (any word) form, and the
    /// query to highlight with.
    fn content(&self, text: &str, fields: &[Field], notes: &mut Vec<String>) -> Result<Content> {
        check_nesting(text)?;
        let (ast, _syntax_errors) = query_grammar::parse_query_lenient(text);
        let ast = prepare(ast, notes)?;
        let mut parser = QueryParser::for_index(&self.index, fields.to_vec());
        let relaxed = if count_required_words(&ast) >= 2 {
            Some(parser.build_query_from_user_input_ast(ast.clone()))
        } else {
            None
        };
        parser.set_conjunction_by_default();
        let query = parser.build_query_from_user_input_ast(ast.clone());
        let query = query.map_err(|e| Error::Query(format!("{e} in {:?}", abbreviate(text))))?;
        let relaxed = relaxed
            .transpose()
            .map_err(|e| Error::Query(e.to_string()))?;
        // Words of the title raise a paragraph's score; they do not make it match.
        let (query, relaxed) = if fields.contains(&self.fields.text) {
            let title = QueryParser::for_index(&self.index, vec![self.fields.title])
                .build_query_from_user_input_ast_lenient(ast.clone())
                .0;
            let boosted = |q: Box<dyn Query>| -> Box<dyn Query> {
                Box::new(BooleanQuery::new(vec![
                    (Occur::Must, q),
                    (
                        Occur::Should,
                        Box::new(BoostQuery::new(title.box_clone(), TITLE_BOOST)),
                    ),
                ]))
            };
            (boosted(query), relaxed.map(boosted))
        } else {
            (query, relaxed)
        };
        let mut highlighter = QueryParser::for_index(&self.index, vec![self.fields.text]);
        highlighter.set_conjunction_by_default();
        let highlight = highlighter.build_query_from_user_input_ast_lenient(ast).0;
        Ok(Content {
            query,
            relaxed,
            highlight: Some(highlight),
        })
    }
}

/// An index folder on a read-only file system (a read-only mount, a DVD). tantivy takes a lock
/// file even to read, and creating it fails there; since no writer can work on a read-only
/// folder either, reading without that lock is safe.
#[derive(Debug, Clone)]
struct ReadOnlyDirectory(MmapDirectory);

impl Directory for ReadOnlyDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.0.get_file_handle(path)
    }
    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.0.delete(path)
    }
    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.0.exists(path)
    }
    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.0.open_write(path)
    }
    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.0.atomic_read(path)
    }
    fn atomic_write(&self, path: &Path, data: &[u8]) -> std::io::Result<()> {
        self.0.atomic_write(path, data)
    }
    fn sync_directory(&self) -> std::io::Result<()> {
        self.0.sync_directory()
    }
    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.0.acquire_lock(lock) {
            Err(LockError::IoError(io))
                if io.kind() == std::io::ErrorKind::ReadOnlyFilesystem && lock.is_blocking =>
            {
                Ok(DirectoryLock::from(Box::new(())))
            }
            other => other,
        }
    }
    fn watch(&self, callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.0.watch(callback)
    }
}

/// A speaker and their hits, while grouping.
struct Candidate {
    speaker: String,
    score: f32,
    hits: Vec<(f32, DocAddress)>,
}

/// Titles that do not tell two speakers apart ("Mr. Trump" is "Trump").
const NAME_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "president",
    "senator",
    "governor",
    "mayor",
    "premier",
    "minister",
    "prime",
    "sir",
    "prof",
];

/// A speaker name reduced to what identifies the person: lowercase words without titles,
/// middle initials or a leading article ("Mr. Donald J. Trump" → ["donald", "trump"], "the
/// United Nations" → ["united", "nations"]).
fn name_key(name: &str) -> Vec<String> {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let n = words.len();
    let mut key: Vec<String> = words
        .into_iter()
        .enumerate()
        .filter(|(i, w)| {
            let middle_initial = w.chars().count() == 1 && *i > 0 && *i + 1 < n;
            let article = *i == 0 && w == "the"; // "the United Nations"
            !(NAME_TITLES.contains(&w.as_str()) || middle_initial || article)
        })
        .map(|(_, w)| w)
        .collect();
    // "Joe Biden" is "Joseph R. Biden": a first name's familiar form is the name.
    if key.len() > 1 {
        if let Some(&(_, formal)) = FAMILIAR_FIRST_NAMES.iter().find(|(f, _)| *f == key[0]) {
            key[0] = formal.to_string();
        }
    }
    key
}

/// Familiar forms of first names and the names they stand for.
const FAMILIAR_FIRST_NAMES: &[(&str, &str)] = &[
    ("joe", "joseph"),
    ("bill", "william"),
    ("bob", "robert"),
    ("mike", "michael"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("chuck", "charles"),
    ("bernie", "bernard"),
    ("tom", "thomas"),
    ("dick", "richard"),
    ("rick", "richard"),
    ("tony", "anthony"),
    ("dan", "daniel"),
    ("dave", "david"),
    ("ed", "edward"),
    ("liz", "elizabeth"),
    ("matt", "matthew"),
    ("andy", "andrew"),
    ("ben", "benjamin"),
    ("nick", "nicholas"),
    ("greg", "gregory"),
    ("jeff", "jeffrey"),
    ("ron", "ronald"),
    ("don", "donald"),
    ("larry", "lawrence"),
    ("jerry", "gerald"),
];

/// How many times more paragraphs the most frequent of several fuller names must have than the
/// next for a surname alone to be counted as that person ("Obama" as Barack Obama, not Michelle).
const SURNAME_DOMINANCE: u64 = 4;

/// For each speaker name, the index of the name that stands for the same person: the same name
/// but for titles, initials and familiar first names, or a surname alone when one fuller name
/// ends with it, or when one of several has [`SURNAME_DOMINANCE`] times the paragraphs
/// (`weights`) of the next. Each root stands for itself.
///
/// The names are [`speaker_key`]s: a description ("analysts") is the same speaker only within
/// its own document.
fn same_person_roots(names: &[&str], weights: &[u64]) -> Vec<usize> {
    let keys: Vec<Vec<String>> = names
        .iter()
        .map(|n| {
            let (name, doc) = split_speaker_key(n);
            let mut key = name_key(name);
            // (The document, last, is no surname a fuller name could end with.)
            if let Some(doc) = doc.filter(|_| !key.is_empty()) {
                key.push(format!("\u{1f}{doc}"));
            }
            key
        })
        .collect();
    let mut target: Vec<usize> = (0..names.len()).collect();
    for i in 0..names.len() {
        if let Some(j) = (0..i).find(|&j| !keys[i].is_empty() && keys[j] == keys[i]) {
            target[i] = target[j];
        }
    }
    // (After the pass above each name points at its root.)
    let mut weight = vec![0; names.len()];
    for (i, &w) in weights.iter().enumerate() {
        weight[target[i]] += w;
    }
    // Each name's surname, once: its last word before any generational suffix ("Biden" of
    // "Joseph R. Biden Jr.").
    let surnames: Vec<Option<&String>> = keys
        .iter()
        .map(|key| key.iter().rev().find(|w| !is_generational_suffix(w)))
        .collect();
    for i in 0..names.len() {
        if keys[i].len() != 1 || target[i] != i {
            continue;
        }
        let mut fuller: Vec<usize> = (0..names.len())
            .filter(|&j| target[j] == j && keys[j].len() > 1 && surnames[j] == keys[i].last())
            .collect();
        fuller.sort_by(|&a, &b| weight[b].cmp(&weight[a]));
        match fuller[..] {
            [j] => target[i] = j,
            [j, next, ..] if weight[j] >= SURNAME_DOMINANCE * weight[next].max(1) => target[i] = j,
            _ => {}
        }
    }
    let root = |mut i: usize| {
        while target[i] != i {
            i = target[i];
        }
        i
    };
    (0..names.len()).map(root).collect()
}

/// For each root of [`same_person_roots`], the name that spells it: of its full names (two
/// words or more), the one with the most paragraphs, then the longest; "Donald J. Trump" over a
/// stray "the U.S. Trump".
fn spellings(names: &[&str], weights: &[u64], roots: &[usize]) -> Vec<usize> {
    let rank: Vec<(bool, u64, usize)> = names
        .iter()
        .zip(weights)
        .map(|(n, &w)| (name_key(split_speaker_key(n).0).len() > 1, w, n.len()))
        .collect();
    let mut best: Vec<usize> = (0..names.len()).collect();
    for (i, &r) in roots.iter().enumerate() {
        if rank[i] > rank[best[r]] {
            best[r] = i;
        }
    }
    best
}

/// Merges the groups of one person named differently in different articles (see
/// [`same_person_roots`] and [`spellings`]); a paragraph is counted once.
fn merge_name_variants(groups: Vec<Candidate>) -> Vec<Candidate> {
    let names: Vec<&str> = groups.iter().map(|g| g.speaker.as_str()).collect();
    let weights: Vec<u64> = groups.iter().map(|g| g.hits.len() as u64).collect();
    let roots = same_person_roots(&names, &weights);
    let spelled = spellings(&names, &weights, &roots);
    // (Each root's spelling, copied before the groups are taken apart.)
    let spelled: Vec<Option<String>> = (0..names.len())
        .map(|r| (roots[r] == r && spelled[r] != r).then(|| names[spelled[r]].to_string()))
        .collect();
    let mut merged: Vec<Option<Candidate>> = groups.into_iter().map(Some).collect();
    for (r, name) in spelled.into_iter().enumerate() {
        if let (Some(name), Some(g)) = (name, merged[r].as_mut()) {
            g.speaker = name;
        }
    }
    for (i, &r) in roots.iter().enumerate() {
        if r == i {
            continue;
        }
        let g = merged[i].take().expect("each group is merged once");
        let into = merged[r].as_mut().expect("roots stay");
        for (score, addr) in g.hits {
            if !into.hits.iter().any(|&(_, a)| a == addr) {
                into.score += score;
                into.hits.push((score, addr));
            }
        }
    }
    merged.into_iter().flatten().collect()
}

/// The parsed words of a query.
struct Content {
    /// All required words.
    query: Box<dyn Query>,
    /// Any of the words, when there are several.
    relaxed: Option<Box<dyn Query>>,
    /// The query whose text-field words are highlighted.
    highlight: Option<Box<dyn Query>>,
}

impl Content {
    /// No words: every paragraph (the filters do the work).
    fn all() -> Content {
        Content {
            query: Box::new(AllQuery),
            relaxed: None,
            highlight: None,
        }
    }
}

/// `query AND filter1 AND filter2 ...`
fn and(query: Box<dyn Query>, filters: &[Box<dyn Query>]) -> Box<dyn Query> {
    if filters.is_empty() {
        return query;
    }
    let mut clauses = vec![(Occur::Must, query)];
    clauses.extend(filters.iter().map(|f| (Occur::Must, f.box_clone())));
    Box::new(BooleanQuery::new(clauses))
}

/// How deeply parentheses may nest in a query. The query grammar and the rewrites below are
/// recursive: a thousand `(` overflowed the stack and aborted the process.
const MAX_NESTING: usize = 64;

/// Refuses a query whose parentheses nest deeper than [`MAX_NESTING`] (quoted text aside).
fn check_nesting(text: &str) -> Result<()> {
    let (mut depth, mut deepest, mut quoted) = (0usize, 0usize, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '(' if !quoted => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ')' if !quoted => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if deepest > MAX_NESTING {
        return Err(Error::Query(format!(
            "parentheses nested {deepest} deep; at most {MAX_NESTING} levels are read, so simplify the query"
        )));
    }
    Ok(())
}

/// The start of a long query, for messages: a 10,000-character query is not echoed whole.
fn abbreviate(text: &str) -> String {
    const SHOWN: usize = 60;
    match text.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// Makes a parsed query safe and forgiving: unknown fields and regexes become words, everyday
/// words become optional, and a query that only excludes is refused.
fn prepare(ast: UserInputAst, notes: &mut Vec<String>) -> Result<UserInputAst> {
    let ast = rewrite_leaves(ast, notes);
    let ast = relax_stop_words(ast);
    if !has_leaf(&ast) {
        return Err(Error::Query(
            "nothing to search for; give words, e.g. `cocaine` or `speaker:petro cocaine`".into(),
        ));
    }
    if !has_positive(&ast) {
        return Err(Error::Query(
            "the query only excludes words; add a word to look for, e.g. `cocaine -colombia`"
                .into(),
        ));
    }
    Ok(ast)
}

fn rewrite_leaves(ast: UserInputAst, notes: &mut Vec<String>) -> UserInputAst {
    match ast {
        UserInputAst::Clause(clauses) => UserInputAst::Clause(
            clauses
                .into_iter()
                .map(|(occur, sub)| (occur, rewrite_leaves(sub, notes)))
                .collect(),
        ),
        UserInputAst::Boost(sub, boost) => {
            UserInputAst::Boost(Box::new(rewrite_leaves(*sub, notes)), boost)
        }
        UserInputAst::Leaf(leaf) => UserInputAst::Leaf(Box::new(rewrite_leaf(*leaf, notes))),
    }
}

fn words(phrase: String, field_name: Option<String>) -> UserInputLeaf {
    UserInputLeaf::Literal(UserInputLiteral {
        field_name,
        phrase,
        delimiter: Delimiter::None,
        slop: 0,
        prefix: false,
    })
}

fn unknown_field(field: &str, notes: &mut Vec<String>) {
    notes.push(format!(
        "`{field}:` is not a field ({}); searched as words",
        QUERY_FIELDS.join(", ")
    ));
}

fn rewrite_leaf(leaf: UserInputLeaf, notes: &mut Vec<String>) -> UserInputLeaf {
    let known = |f: &Option<String>| f.as_deref().is_none_or(|f| QUERY_FIELDS.contains(&f));
    match leaf {
        UserInputLeaf::Literal(mut literal) if !known(&literal.field_name) => {
            let field = literal.field_name.take().unwrap_or_default();
            unknown_field(&field, notes);
            literal.phrase = format!("{field} {}", literal.phrase);
            if literal.delimiter == Delimiter::None {
                UserInputLeaf::Literal(literal)
            } else {
                words(literal.phrase, None)
            }
        }
        UserInputLeaf::Regex { field, pattern } => {
            notes.push("regular expressions are not supported; searched as words".into());
            let field = field.filter(|f| QUERY_FIELDS.contains(&f.as_str()));
            words(pattern, field)
        }
        UserInputLeaf::Range {
            field,
            lower,
            upper,
        } if !known(&field) => {
            let field = field.unwrap_or_default();
            unknown_field(&field, notes);
            words(format!("{field} {lower:?} {upper:?}"), None)
        }
        UserInputLeaf::Set { field, elements } if !known(&field) => {
            let field = field.unwrap_or_default();
            unknown_field(&field, notes);
            words(format!("{field} {}", elements.join(" ")), None)
        }
        UserInputLeaf::Exists { field } => {
            notes.push(format!("`{field}:*` is not supported; searched as words"));
            words(field, None)
        }
        other => other,
    }
}

/// A bare everyday word with no operator becomes optional when the clause has a real word.
fn relax_stop_words(ast: UserInputAst) -> UserInputAst {
    let UserInputAst::Clause(clauses) = ast else {
        return ast;
    };
    let is_stop = |sub: &UserInputAst| match sub {
        UserInputAst::Leaf(leaf) => match &**leaf {
            UserInputLeaf::Literal(l) => {
                l.field_name.is_none()
                    && l.delimiter == Delimiter::None
                    && l.phrase
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .all(|w| STOP_WORDS.contains(&w.to_lowercase().as_str()))
            }
            _ => false,
        },
        _ => false,
    };
    let has_real_word = clauses
        .iter()
        .any(|(occur, sub)| !matches!(occur, Some(Occur::MustNot)) && !is_stop(sub));
    let clauses = clauses
        .into_iter()
        .map(|(occur, sub)| {
            if occur.is_none() && has_real_word && is_stop(&sub) {
                (Some(Occur::Should), sub)
            } else {
                (occur, relax_stop_words(sub))
            }
        })
        .collect();
    UserInputAst::Clause(clauses)
}

/// Whether the query has any word at all.
fn has_leaf(ast: &UserInputAst) -> bool {
    match ast {
        UserInputAst::Clause(clauses) => clauses.iter().any(|(_, sub)| has_leaf(sub)),
        UserInputAst::Boost(sub, _) => has_leaf(sub),
        UserInputAst::Leaf(_) => true,
    }
}

/// Whether the query looks for something, rather than only excluding.
fn has_positive(ast: &UserInputAst) -> bool {
    match ast {
        UserInputAst::Clause(clauses) => clauses
            .iter()
            .any(|(occur, sub)| !matches!(occur, Some(Occur::MustNot)) && has_positive(sub)),
        UserInputAst::Boost(sub, _) => has_positive(sub),
        UserInputAst::Leaf(_) => true,
    }
}

/// Words that the conjunction requires (default occurrence, not everyday words).
fn count_required_words(ast: &UserInputAst) -> usize {
    match ast {
        UserInputAst::Clause(clauses) => clauses
            .iter()
            .filter(|(occur, _)| occur.is_none())
            .map(|(_, sub)| count_required_words(sub))
            .sum(),
        UserInputAst::Boost(sub, _) => count_required_words(sub),
        UserInputAst::Leaf(_) => 1,
    }
}

/// The text to show of a paragraph: whole when short, else the best fragment with `…`.
fn snippet(generator: Option<&SnippetGenerator>, text: &str) -> Snippet {
    let found = generator.map(|g| g.snippet(text));
    let (range, highlights) = match &found {
        Some(s) if !s.highlighted().is_empty() => {
            let range = s.fragment_range();
            let base = range.start;
            let shifted = s.highlighted().iter().map(|h| h.start + base..h.end + base);
            (range, shifted.collect::<Vec<_>>())
        }
        _ => (0..floor_char_boundary(text, SNIPPET_CHARS), Vec::new()),
    };
    let (start, end) = if text.len() <= SNIPPET_CHARS + SNIPPET_CHARS / 4 {
        (0, text.len())
    } else {
        (range.start, range.end)
    };
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let offset = out.len() as isize - start as isize;
    out.push_str(&text[start..end]);
    if end < text.len() {
        out.push('…');
    }
    let highlights = highlights
        .into_iter()
        .filter(|h| h.start >= start && h.end <= end)
        .map(|h| (h.start as isize + offset) as usize..(h.end as isize + offset) as usize)
        .collect();
    Snippet {
        text: out,
        highlights,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! test_interpret {
        ($($name:ident: $query:expr => $intent:expr;)*) => {$(
            #[test]
            fn $name() {
                assert_eq!(interpret($query), $intent, "query: {:?}", $query);
            }
        )*};
    }

    fn who(topic: &str) -> Intent {
        Intent::WhoSaid(topic.into())
    }
    fn what(speaker: &str, about: Option<&str>) -> Intent {
        Intent::WhatDidSay {
            speaker: speaker.into(),
            about: about.map(Into::into),
        }
    }
    fn search(q: &str) -> Intent {
        Intent::Search(q.into())
    }

    test_interpret! {
        who_said: "who said cocaine" => who("cocaine");
        who_says_question_mark: "Who says cocaine?" => who("cocaine");
        who_said_that: "who said that the economy is sick" => who("the economy is sick");
        who_said_phrase: "who said \"sick man\"" => who("\"sick man\"");
        who_told_audience: "who told reporters that Colombia is sick" => who("Colombia is sick");
        who_called: "who called Petro a sick man" => who("Petro a sick man");
        who_alone: "who said" => search("who said");
        who_is: "who is Petro" => search("who is Petro");
        what_did_say_about: "what did Petro say about cocaine" => what("Petro", Some("cocaine"));
        what_has_said_about: "What has Donald Trump said about Colombia?" => what("Donald Trump", Some("Colombia"));
        what_did_say_on: "what did Trump say on drugs" => what("Trump", Some("drugs"));
        what_did_say: "what did Petro say" => what("Petro", None);
        what_plain: "what a day" => search("what a day");
        plain: "cocaine colombia" => search("cocaine colombia");
    }

    use crate::annotate::{Quote, Speaker, SpeechKind};

    /// A paragraph record; `said` is quoted in full when given.
    fn record(doc: &str, n: u32, text: &str, speakers: &[&str], said: Option<&str>) -> Record {
        let quotes = said
            .map(|q| {
                let start = text.find(q).expect("the quote is in the text");
                vec![Quote {
                    text: q.into(),
                    start,
                    end: start + q.len(),
                    speaker: speakers.first().map(|s| s.to_string()),
                }]
            })
            .unwrap_or_default();
        Record {
            id: format!("{doc}#{n}"),
            doc: doc.into(),
            paragraph: n,
            title: None,
            date: Some("2025-01-0".to_string() + &n.to_string()),
            url: None,
            source: None,
            text: text.into(),
            speakers: speakers
                .iter()
                .map(|name| Speaker {
                    name: name.to_string(),
                    mention: name.to_string(),
                    cue: Some("said".into()),
                    kind: SpeechKind::Direct,
                    rule: "test".into(),
                    // (A description in lower case, "analysts", as the annotator would mark it.)
                    unnamed: name.starts_with(char::is_lowercase),
                })
                .collect(),
            quotes,
            entities: Vec::new(),
            reported: Vec::new(),
        }
    }

    fn searcher(records: &[Record]) -> Searcher {
        let (index, fields) = schema::create_in_ram();
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
        for r in records {
            writer.add_document(fields.document(&r.doc, r)).unwrap();
        }
        writer.commit().unwrap();
        Searcher::from_index(index, fields).unwrap()
    }

    fn news() -> Searcher {
        searcher(&[
            record(
                "a",
                1,
                "“He is making cocaine,” Trump said.",
                &["Donald Trump"],
                Some("He is making cocaine,"),
            ),
            record(
                "a",
                2,
                "“Run by a sick man who likes making cocaine.”",
                &["Donald Trump"],
                Some("Run by a sick man who likes making cocaine."),
            ),
            record(
                "a",
                3,
                "Petro, who seized cocaine, replied on X.",
                &["Gustavo Petro"],
                None,
            ),
            record(
                "a",
                4,
                "Cocaine prices rose in Colombia, the report found.",
                &[],
                None,
            ),
            record(
                "a",
                5,
                "“Tariffs are coming,” Trump said.",
                &["Donald Trump"],
                Some("Tariffs are coming,"),
            ),
        ])
    }

    fn ask(s: &Searcher, query: &str, speakers: &[&str]) -> Results {
        let request = Request {
            query: query.into(),
            speakers: speakers.iter().map(|s| s.to_string()).collect(),
            limit: 10,
            ..Request::default()
        };
        s.search(&request).unwrap()
    }

    fn paragraphs(results: &Results) -> Vec<u32> {
        match &results.answer {
            Answer::Passages { passages, .. } => {
                passages.iter().map(|p| p.record.paragraph).collect()
            }
            Answer::Speakers { .. } => panic!("expected passages"),
        }
    }

    #[test]
    fn who_said_ranks_speakers_with_their_passages() {
        let results = ask(&news(), "who said cocaine", &[]);
        let Answer::Speakers { groups, total } = &results.answer else {
            panic!("expected speakers");
        };
        assert_eq!(*total, 2);
        assert_eq!(groups[0].speaker, "Donald Trump");
        let mut trump: Vec<u32> = groups[0]
            .passages
            .iter()
            .map(|p| p.record.paragraph)
            .collect();
        trump.sort();
        assert_eq!(trump, [1, 2]);
        assert_eq!(groups[1].speaker, "Gustavo Petro");
        assert_eq!(groups[1].passages[0].record.paragraph, 3);
    }

    #[test]
    fn same_person_roots_join_surnames_titles_and_initials() {
        let names = [
            "Donald Trump",
            "Trump",
            "Mr. Trump",
            "Donald J. Trump",
            "Clinton",
            "Bill Clinton",
            "Hillary Clinton",
            "United Nations",
            "the United Nations",
        ];
        let roots = same_person_roots(&names, &[1; 9]);
        assert_eq!(roots, [0, 0, 0, 0, 4, 5, 6, 7, 7]);
    }

    #[test]
    fn a_surname_joins_the_fuller_name_that_dominates_and_familiar_names_join_formal_ones() {
        let names = [
            "Barack Obama",
            "Michelle Obama",
            "Obama",
            "Bill Clinton",
            "Hillary Clinton",
            "Clinton",
            "Joseph R. Biden",
            "Joe Biden",
        ];
        // Barack Obama has four times Michelle's paragraphs; Hillary Clinton only twice Bill's.
        let roots = same_person_roots(&names, &[40, 10, 30, 10, 20, 30, 5, 9]);
        assert_eq!(roots, [0, 1, 0, 3, 4, 5, 6, 6]);
    }

    #[test]
    fn a_surname_joins_the_name_it_comes_before_a_generational_suffix_in() {
        let names = [
            "Joseph R. Biden Jr.",
            "Biden",
            "Donald Trump",
            "Donald Trump Jr.",
            "Trump",
        ];
        // Donald Trump Jr. is another person; "Trump" goes to the name with four times his paragraphs.
        let roots = same_person_roots(&names, &[5, 5, 40, 5, 30]);
        assert_eq!(roots, [0, 0, 2, 3, 2]);
        let roots = same_person_roots(&names, &[5, 5, 10, 5, 30]);
        assert_eq!(roots, [0, 0, 2, 3, 4]);
    }

    #[test]
    fn the_most_frequent_full_name_spells_a_merged_speaker() {
        let names = ["Donald J. Trump", "Trump", "the U.S. Trump", "Donald Trump"];
        let weights = [50, 40, 1, 20];
        let roots = same_person_roots(&names, &weights);
        assert_eq!(roots, [0, 0, 0, 0]);
        assert_eq!(spellings(&names, &weights, &roots)[0], 0);
        let weights = [5, 40, 1, 20];
        assert_eq!(spellings(&names, &weights, &roots)[0], 3);
    }

    #[test]
    fn name_variants_merge_into_one_speaker() {
        let addr = |doc| DocAddress::new(0, doc);
        let group = |name: &str, docs: &[u32]| Candidate {
            speaker: name.into(),
            score: docs.len() as f32,
            hits: docs.iter().map(|&d| (1.0, addr(d))).collect(),
        };
        let merged = merge_name_variants(vec![
            group("Trump", &[1, 2]),
            group("Donald Trump", &[2, 3]),
            group("Donald J. Trump", &[4]),
            group("Mr. Trump", &[5]),
            group("Gustavo Petro", &[6]),
            group("Clinton", &[7]),
            group("Hillary Clinton", &[8]),
            group("Bill Clinton", &[9]),
        ]);
        let names: Vec<(&str, usize)> = merged
            .iter()
            .map(|g| (g.speaker.as_str(), g.hits.len()))
            .collect();
        assert_eq!(
            names,
            [
                // (The full name with the most paragraphs spells the group.)
                ("Donald Trump", 5),
                ("Gustavo Petro", 1),
                ("Clinton", 1),
                ("Hillary Clinton", 1),
                ("Bill Clinton", 1)
            ]
        );
        assert_eq!(merged[0].score, 5.0);
    }

    #[test]
    fn speaker_filters_match_any_part_of_the_name_in_order() {
        let s = news();
        assert_eq!(paragraphs(&ask(&s, "cocaine", &["petro"])), [3]);
        assert_eq!(paragraphs(&ask(&s, "cocaine", &["Gustavo PETRO"])), [3]);
        assert!(paragraphs(&ask(&s, "cocaine", &["petro gustavo"])).is_empty());
        let mut trump = paragraphs(&ask(&s, "cocaine", &["trump"]));
        trump.sort();
        assert_eq!(trump, [1, 2]);
    }

    #[test]
    fn what_did_s_say_about_x_filters_to_the_speaker() {
        let results = ask(&news(), "what did Petro say about cocaine?", &[]);
        assert_eq!(paragraphs(&results), [3]);
    }

    #[test]
    fn everyday_words_do_not_empty_a_search() {
        let results = ask(&news(), "the cocaine of the report", &[]);
        assert_eq!(paragraphs(&results)[0], 4);
        assert!(results.notes.is_empty(), "{:?}", results.notes);
    }

    #[test]
    fn a_search_with_no_paragraph_matching_all_words_relaxes_and_says_so() {
        let results = ask(&news(), "cocaine zebra", &[]);
        assert_eq!(paragraphs(&results).len(), 4);
        assert_eq!(results.notes.len(), 1);
    }

    #[test]
    fn dates_filter_inclusively() {
        let s = news();
        let request = Request {
            query: "cocaine".into(),
            since: schema::parse_date("2025-01-02"),
            until: schema::parse_date("2025-01-03"),
            limit: 10,
            ..Request::default()
        };
        let mut found = paragraphs(&s.search(&request).unwrap());
        found.sort();
        assert_eq!(found, [2, 3]);
    }

    #[test]
    fn speakers_are_counted_from_the_fast_field() {
        let counts = news().speakers().unwrap();
        assert_eq!(
            counts[0],
            SpeakerCount {
                speaker: "Donald Trump".into(),
                paragraphs: 3,
                unnamed: false,
            }
        );
        assert_eq!(
            counts[1],
            SpeakerCount {
                speaker: "Gustavo Petro".into(),
                paragraphs: 1,
                unnamed: false,
            }
        );
    }

    /// Two articles on interest rates: "analysts" speak in both, Mervyn King in both, and one
    /// quotes "the spokesman" twice.
    fn rates() -> Searcher {
        searcher(&[
            record(
                "a",
                1,
                "Analysts said interest rates would rise.",
                &["analysts"],
                None,
            ),
            record(
                "a",
                2,
                "Mervyn King said interest rates may rise.",
                &["Mervyn King"],
                None,
            ),
            record(
                "b",
                1,
                "analysts said interest rates had peaked.",
                &["analysts"],
                None,
            ),
            record(
                "b",
                2,
                "King said interest rates were right.",
                &["King"],
                None,
            ),
            record(
                "b",
                3,
                "The spokesman said interest rates matter.",
                &["the spokesman"],
                None,
            ),
            record(
                "b",
                4,
                "The spokesman said interest rates hurt.",
                &["the spokesman"],
                None,
            ),
        ])
    }

    #[test]
    fn who_said_lists_a_description_once_per_document() {
        let results = ask(&rates(), "who said interest rates", &[]);
        let Answer::Speakers { groups, total } = &results.answer else {
            panic!("expected speakers");
        };
        let mut listed: Vec<(&str, bool, Vec<String>)> = groups
            .iter()
            .map(|g| {
                let docs = g.passages.iter().map(|p| p.record.id.clone()).collect();
                (g.speaker.as_str(), g.unnamed, docs)
            })
            .collect();
        listed.sort();
        assert_eq!(*total, 4);
        assert_eq!(
            listed,
            [
                ("Mervyn King", false, vec!["a#2".into(), "b#2".into()]),
                ("analysts", true, vec!["a#1".into()]),
                ("analysts", true, vec!["b#1".into()]),
                ("the spokesman", true, vec!["b#3".into(), "b#4".into()]),
            ]
            .map(|(name, unnamed, mut docs): (&str, bool, Vec<String>)| {
                docs.sort();
                (name, unnamed, docs)
            })
        );
    }

    #[test]
    fn the_speaker_list_counts_a_description_over_all_documents() {
        let counts = rates().speakers().unwrap();
        let line = |name: &str| counts.iter().find(|c| c.speaker == name).cloned();
        assert_eq!(
            line("analysts"),
            Some(SpeakerCount {
                speaker: "analysts".into(),
                paragraphs: 2,
                unnamed: true,
            })
        );
        assert_eq!(
            line("Mervyn King").map(|c| (c.paragraphs, c.unnamed)),
            Some((2, false))
        );
        assert_eq!(counts.len(), 3);
    }

    #[test]
    fn speakers_are_counted_without_deleted_paragraphs() {
        let s = news();
        let mut writer: tantivy::IndexWriter = s.index.writer(15_000_000).unwrap();
        writer.delete_term(Term::from_field_text(s.fields.id, "a#5"));
        writer.commit().unwrap();
        s.reader.reload().unwrap();
        let counts = s.speakers().unwrap();
        assert_eq!(
            counts[0],
            SpeakerCount {
                speaker: "Donald Trump".into(),
                paragraphs: 2,
                unnamed: false,
            }
        );
    }

    #[test]
    fn malformed_queries_are_read_leniently_or_refused_with_a_message() {
        let s = news();
        for query in [
            "\"cocaine",
            "(cocaine",
            "cocaine)",
            "AND",
            "OR cocaine",
            "cocaine AND",
            "+",
            "-",
            "foo:cocaine",
            "speaker:",
            ":",
            "/co.*ne/",
            "title:[a TO",
            "\"\"",
            "cocaine~2",
            "cocaine^",
            "*",
            "speaker:*",
            "NOT",
            "a AND NOT b",
            "((((((",
            "field:\"x",
        ] {
            let request = Request {
                query: query.into(),
                limit: 3,
                ..Request::default()
            };
            match s.search(&request) {
                Ok(_) | Err(Error::Query(_)) => {}
                Err(e) => panic!("{query:?}: unexpected error {e}"),
            }
        }
    }

    #[test]
    fn deeply_nested_parentheses_are_refused_not_a_stack_overflow() {
        let s = news();
        for query in [
            format!("{}cocaine{}", "(".repeat(5000), ")".repeat(5000)),
            "(".repeat(10_000),
        ] {
            let request = Request {
                query,
                limit: 3,
                ..Request::default()
            };
            match s.search(&request) {
                Err(Error::Query(m)) => assert!(m.contains("nested"), "{m}"),
                other => panic!("{other:?}"),
            }
        }
        let ok = format!("{}cocaine{}", "(".repeat(20), ")".repeat(20));
        let request = Request {
            query: ok,
            limit: 3,
            ..Request::default()
        };
        assert!(s.search(&request).is_ok());
        assert!(check_nesting("\"((((\" cocaine").is_ok());
    }

    #[test]
    fn a_query_that_only_excludes_is_refused() {
        let request = Request {
            query: "-cocaine".into(),
            limit: 3,
            ..Request::default()
        };
        assert!(matches!(news().search(&request), Err(Error::Query(_))));
    }

    proptest::proptest! {
        #[test]
        fn no_query_panics(query in "\\PC{0,40}") {
            static NEWS: std::sync::OnceLock<Searcher> = std::sync::OnceLock::new();
            let s = NEWS.get_or_init(news);
            let request = Request { query, limit: 3, ..Request::default() };
            let _ = s.search(&request);
        }
    }

    #[test]
    fn snippets_cut_long_text_and_keep_highlights_on_the_words() {
        let (index, fields) = schema::create_in_ram();
        let searcher = Searcher::from_index(index, fields).unwrap();
        let text = format!("{} cocaine {}", "word ".repeat(100), "more ".repeat(100));
        let q = TermQuery::new(
            Term::from_field_text(fields.text, "cocain"),
            IndexRecordOption::Basic,
        );
        let mut terms = std::collections::BTreeMap::new();
        terms.insert("cocain".to_string(), 1.0);
        let analyzer = searcher.index.tokenizer_for_field(fields.text).unwrap();
        let mut generator = SnippetGenerator::new(terms, analyzer, fields.text, SNIPPET_CHARS);
        generator.set_max_num_chars(SNIPPET_CHARS);
        let _ = q;
        let s = snippet(Some(&generator), &text);
        assert!(
            s.text.starts_with('…') && s.text.ends_with('…'),
            "{}",
            s.text
        );
        assert_eq!(s.highlights.len(), 1);
        assert_eq!(&s.text[s.highlights[0].clone()], "cocaine");
    }

    #[test]
    fn short_text_is_shown_whole() {
        let s = snippet(None, "“Quoted,” he said.");
        assert_eq!(s.text, "“Quoted,” he said.");
        assert!(s.highlights.is_empty());
    }
}
