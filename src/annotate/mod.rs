//! Stage 3: paragraphs → annotations: quotes, who is speaking, and the entities named.
//!
//! The attributor is a sieve: rules applied in order of precision (see [`speakers`]), over the
//! quotes found by [`quotes`], with names made canonical per document by [`entities`].

pub mod entities;
pub mod lexicon;
pub mod quotes;
mod resolve;
pub mod speakers;
pub mod tokens;

use serde::{Deserialize, Serialize};

pub use resolve::annotate_document;

/// How a speaker's words appear in a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeechKind {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech: "S said (that) ...", "according to S".
    Indirect,
    /// A quote-only paragraph that continues the previous paragraph's speaker.
    Continued,
}

/// Someone speaking in a paragraph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Canonical name: the fullest form used in the document ("Donald Trump").
    pub name: String,
    /// The words in this paragraph that name the speaker ("he", "Trump", "the president").
    pub mention: String,
    /// The reporting cue ("said", "told", "according to"), when there is one.
    pub cue: Option<String>,
    /// Direct, indirect or continued.
    pub kind: SpeechKind,
    /// Which rule of the sieve found it.
    pub rule: String,
}

/// A quotation in a paragraph, with byte offsets of its inner text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the marks.
    pub text: String,
    /// Byte offset of the first quoted byte in the paragraph text.
    pub start: usize,
    /// Byte offset just past the last quoted byte.
    pub end: usize,
    /// Canonical name of whoever said it, when known.
    pub speaker: Option<String>,
}

/// The type of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, ministry, party, team or other body.
    Organization,
    /// A country, city, region or other place.
    Place,
}

/// A named entity mentioned in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name.
    pub name: String,
    /// Person, organisation or place.
    #[serde(rename = "type")]
    pub kind: EntityKind,
}

/// Everything found in one paragraph.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// Who speaks in the paragraph, in order of appearance.
    pub speakers: Vec<Speaker>,
    /// Quotations, in order.
    pub quotes: Vec<Quote>,
    /// Entities named, deduplicated, in order of first mention.
    pub entities: Vec<Entity>,
    /// Byte spans of reported (indirect) speech content, "S said that <span>".
    pub reported: Vec<(usize, usize)>,
}
