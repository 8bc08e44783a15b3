//! Stage 4: a document's paragraph plus its annotation → one paragraph record, the unit that is
//! indexed, printed by `annotate --json` and returned by `search --json`.

use serde::{Deserialize, Serialize};

use crate::annotate::{Annotation, Entity, Quote, Speaker};
use crate::document::Document;

/// One paragraph with everything newsidx knows about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Stable id: `DOC#N`.
    pub id: String,
    /// The document id as walked (path, or `path:LINE`).
    pub doc: String,
    /// 1-based paragraph number within the document; 0 for the headline.
    pub paragraph: u32,
    /// The document's title.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub title: Option<String>,
    /// The document's date, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date: Option<String>,
    /// The document's URL.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
    /// The document's outlet.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source: Option<String>,
    /// The paragraph text.
    pub text: String,
    /// Who speaks.
    pub speakers: Vec<Speaker>,
    /// Quotations with byte offsets into `text`.
    pub quotes: Vec<Quote>,
    /// Entities named.
    pub entities: Vec<Entity>,
    /// Byte spans of reported speech in `text`.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub reported: Vec<(usize, usize)>,
}

impl Record {
    /// The records of one document, annotated: its headline (paragraph 0, when it has one
    /// that is not also its first paragraph), then its paragraphs from 1.
    pub fn from_document(doc: &Document) -> Vec<Record> {
        let (title, annotations) = crate::annotate::annotate_article(doc);
        let headline = crate::annotate::headline(doc)
            .zip(title)
            .map(|(text, a)| Record::new(doc, 0, text.to_string(), a));
        headline
            .into_iter()
            .chain(
                doc.paragraphs
                    .iter()
                    .zip(annotations)
                    .enumerate()
                    .map(|(i, (text, a))| Record::new(doc, i + 1, text.clone(), a)),
            )
            .collect()
    }

    fn new(doc: &Document, paragraph: usize, text: String, a: Annotation) -> Record {
        Record {
            id: format!("{}#{}", doc.id, paragraph),
            doc: doc.id.clone(),
            paragraph: paragraph as u32,
            title: doc.title.clone(),
            date: doc.date.clone(),
            url: doc.url.clone(),
            source: doc.source.clone(),
            text,
            speakers: a.speakers,
            quotes: a.quotes,
            entities: a.entities,
            reported: a.reported,
        }
    }

    /// The words attributed to speakers: quotes and reported clauses.
    pub fn said_text(&self) -> String {
        let mut out = String::new();
        for q in &self.quotes {
            out.push_str(&q.text);
            out.push('\n');
        }
        for &(s, e) in &self.reported {
            if let Some(t) = self.text.get(s..e) {
                out.push_str(t);
                out.push('\n');
            }
        }
        out
    }
}
