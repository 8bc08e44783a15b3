//! Stage 5a: the one tantivy schema — how a paragraph [`Record`] becomes an index document.
//!
//! [`Fields`] names every field once; [`open_or_create`] and [`open`] are the only ways to get
//! an [`Index`], so the custom analyzers (which tantivy does not persist) are always registered
//! and an index written by another schema is refused with a "rebuild" hint.

use std::path::Path;

use tantivy::directory::MmapDirectory;
use tantivy::schema::{
    DateOptions, DateTimePrecision, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, FAST, STORED,
};
use tantivy::store::{Compressor, ZstdCompressor};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};
use tantivy::{DateTime, Index, IndexSettings, TantivyDocument};

use crate::error::{Error, Result};
use crate::record::Record;
use crate::stem::CachedStemmer;

/// Bumped whenever the schema or the meaning of a field changes; stored in every commit.
pub const SCHEMA_VERSION: u32 = 4;

/// The analyzer of prose fields: folding, lowercasing, English stemming.
pub const NEWS_ANALYZER: &str = "news";
/// The analyzer of name fields: folding and lowercasing, no stemming, so `petro` finds "Gustavo Petro".
pub const NAME_ANALYZER: &str = "name";

/// Every field of the schema, typed.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// `doc#N`, the record id (exact, stored).
    pub id: Field,
    /// The source file's display path: the key that deletes a file's records on re-index.
    pub file: Field,
    /// The document id (path, or `path:LINE`), exact.
    pub doc: Field,
    /// The headline, analysed.
    pub title: Field,
    /// The article date, for `--since`/`--until`.
    pub date: Field,
    /// 1-based paragraph number.
    pub paragraph: Field,
    /// The paragraph text, analysed with positions.
    pub text: Field,
    /// The quoted and reported words ([`Record::said_text`]), analysed with positions.
    pub said: Field,
    /// One value per speaker's canonical name, matched by any part of the name.
    pub speaker: Field,
    /// One [`speaker_key`] per speaker, a fast field for grouping and counting.
    pub speaker_key: Field,
    /// One value per entity name, matched by any part of the name.
    pub entity: Field,
    /// The whole [`Record`] as JSON, for display.
    pub record: Field,
}

impl Fields {
    /// The schema and its fields.
    pub fn build() -> (Schema, Fields) {
        let mut b = Schema::builder();
        let analysed = |analyzer: &str, record: IndexRecordOption, fieldnorms: bool| {
            let indexing = TextFieldIndexing::default()
                .set_tokenizer(analyzer)
                .set_index_option(record)
                .set_fieldnorms(fieldnorms);
            TextOptions::default().set_indexing_options(indexing)
        };
        let positions = IndexRecordOption::WithFreqsAndPositions;
        // An exact key: no fieldnorms (nothing ranks by it).
        let key = || {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer("raw")
                    .set_index_option(IndexRecordOption::Basic)
                    .set_fieldnorms(false),
            )
        };
        // Only `record` is stored: the paragraph, its metadata and annotation are read from it,
        // so storing any other field would only grow the document store.
        let fields = Fields {
            id: b.add_text_field("id", key()),
            file: b.add_text_field("file", key()),
            doc: b.add_text_field("doc", key()),
            // Title words only raise scores: no positions (a phrase does not boost).
            title: b.add_text_field(
                "title",
                analysed(NEWS_ANALYZER, IndexRecordOption::WithFreqs, true),
            ),
            date: b.add_date_field(
                "date",
                DateOptions::default()
                    .set_indexed()
                    .set_fast()
                    .set_precision(DateTimePrecision::Seconds),
            ),
            paragraph: b.add_u64_field("paragraph", NumericOptions::default() | FAST),
            text: b.add_text_field("text", analysed(NEWS_ANALYZER, positions, true)),
            said: b.add_text_field("said", analysed(NEWS_ANALYZER, positions, true)),
            speaker: b.add_text_field("speaker", analysed(NAME_ANALYZER, positions, false)),
            speaker_key: b.add_text_field("speaker_key", key().set_fast("raw")),
            entity: b.add_text_field("entity", analysed(NAME_ANALYZER, positions, false)),
            record: b.add_text_field("record", STORED),
        };
        (b.build(), fields)
    }

    /// The fields of an index built by [`Fields::build`].
    pub fn of(schema: &Schema) -> Result<Fields> {
        let get = |name: &str| {
            schema
                .get_field(name)
                .map_err(|_| Error::Config(format!("schema has no field `{name}`")))
        };
        Ok(Fields {
            id: get("id")?,
            file: get("file")?,
            doc: get("doc")?,
            title: get("title")?,
            date: get("date")?,
            paragraph: get("paragraph")?,
            text: get("text")?,
            said: get("said")?,
            speaker: get("speaker")?,
            speaker_key: get("speaker_key")?,
            entity: get("entity")?,
            record: get("record")?,
        })
    }

    /// The index document of one paragraph record, from `file` (the source file's display path).
    pub fn document(&self, file: &str, record: &Record) -> TantivyDocument {
        let mut d = TantivyDocument::new();
        d.add_text(self.id, &record.id);
        d.add_text(self.file, file);
        d.add_text(self.doc, &record.doc);
        // The title boosts the story's paragraphs; the headline record is the title already.
        if let Some(title) = record.title.as_ref().filter(|_| record.paragraph != 0) {
            d.add_text(self.title, title);
        }
        if let Some(date) = record.date.as_deref().and_then(parse_date) {
            d.add_date(self.date, date);
        }
        d.add_u64(self.paragraph, u64::from(record.paragraph));
        d.add_text(self.text, &record.text);
        let said = record.said_text();
        if !said.is_empty() {
            d.add_text(self.said, &said);
        }
        let mut speakers: Vec<(&str, bool)> = record
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.unnamed))
            .collect();
        speakers.sort_unstable();
        speakers.dedup();
        for (name, unnamed) in speakers {
            d.add_text(self.speaker, name);
            d.add_text(self.speaker_key, speaker_key(name, unnamed, &record.doc));
        }
        for entity in &record.entities {
            d.add_text(self.entity, &entity.name);
        }
        let json = serde_json::to_string(record).expect("a Record always serialises");
        d.add_text(self.record, json);
        d
    }
}

/// Sets a described speaker's words apart from its document in a [`speaker_key`].
const DESCRIBED_IN: char = '\u{1f}';

/// The key that groups and counts a speaker: a name is one speaker across the index ("Mervyn
/// King"); a description ("analysts", "a spokesman") is someone only within its document, so
/// its key is the words and the document.
pub fn speaker_key(name: &str, unnamed: bool, doc: &str) -> String {
    if unnamed {
        format!("{name}{DESCRIBED_IN}{doc}")
    } else {
        name.to_string()
    }
}

/// A [`speaker_key`]'s speaker and, for a description, its document.
pub fn split_speaker_key(key: &str) -> (&str, Option<&str>) {
    match key.split_once(DESCRIBED_IN) {
        Some((name, doc)) => (name, Some(doc)),
        None => (key, None),
    }
}

/// Midnight UTC of a `YYYY-MM-DD` date; `None` when it is not a real calendar date.
pub fn parse_date(s: &str) -> Option<DateTime> {
    let mut parts = s.trim().splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    let month = tantivy::time::Month::try_from(month).ok()?;
    let date = tantivy::time::Date::from_calendar_date(year, month, day).ok()?;
    let midnight = date.midnight().assume_utc();
    Some(DateTime::from_timestamp_secs(midnight.unix_timestamp()))
}

/// Registers the `news` and `name` analyzers; needed on every open, tantivy does not persist them.
pub fn register_analyzers(index: &Index) {
    let news = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(CachedStemmer::new(Language::English))
        .build();
    let name = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    index.tokenizers().register(NEWS_ANALYZER, news);
    index.tokenizers().register(NAME_ANALYZER, name);
}

/// Whether `dir` holds an index (a tantivy `meta.json`).
pub fn exists(dir: &Path) -> bool {
    dir.join("meta.json").is_file()
}

/// Opens the index in `dir`, checking that it was written by this schema.
pub fn open(dir: &Path) -> Result<(Index, Fields)> {
    if !exists(dir) {
        return Err(Error::NoIndex {
            path: dir.to_path_buf(),
        });
    }
    let incompatible = |reason: String| Error::IncompatibleIndex {
        path: dir.to_path_buf(),
        reason,
    };
    let index = Index::open_in_dir(dir).map_err(|e| incompatible(e.to_string()))?;
    let (schema, fields) = Fields::build();
    if index.schema() != schema {
        return Err(incompatible(
            "it was written by another version of newsidx".into(),
        ));
    }
    let payload = index
        .load_metas()
        .map_err(|e| incompatible(e.to_string()))?
        .payload;
    if let Some(version) = payload.as_deref().and_then(payload_schema_version) {
        if version != u64::from(SCHEMA_VERSION) {
            return Err(incompatible(format!(
                "schema version {version}, this newsidx reads version {SCHEMA_VERSION}"
            )));
        }
    }
    register_analyzers(&index);
    Ok((index, fields))
}

/// The `schema` number of a commit payload (see the indexer's manifest), when it has one.
fn payload_schema_version(payload: &str) -> Option<u64> {
    serde_json::from_str::<serde_json::Value>(payload)
        .ok()?
        .get("schema")?
        .as_u64()
}

/// Opens the index in `dir`, or creates an empty one (creating the folder too).
pub fn open_or_create(dir: &Path) -> Result<(Index, Fields)> {
    if exists(dir) {
        return open(dir);
    }
    std::fs::create_dir_all(dir).map_err(|source| Error::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let (schema, fields) = Fields::build();
    let directory = MmapDirectory::open(dir).map_err(|e| Error::Io {
        path: dir.to_path_buf(),
        source: std::io::Error::other(e.to_string()),
    })?;
    let index = Index::create(directory, schema, index_settings())?;
    register_analyzers(&index);
    Ok((index, fields))
}

/// Settings of a new index: the document store (the stored record JSON, most of the index) is
/// compressed with zstd in blocks of [`DOCSTORE_BLOCK`] bytes; lz4 in 16 KB blocks made the
/// index twice the size of the text. Indexes made with other settings still open.
pub fn index_settings() -> IndexSettings {
    IndexSettings {
        docstore_compression: Compressor::Zstd(ZstdCompressor {
            compression_level: Some(DOCSTORE_ZSTD_LEVEL),
        }),
        docstore_blocksize: DOCSTORE_BLOCK,
        ..IndexSettings::default()
    }
}

/// Uncompressed size of a document-store block: a search decompresses one block per hit shown.
pub const DOCSTORE_BLOCK: usize = 128 << 10;
/// zstd level of the document store.
pub const DOCSTORE_ZSTD_LEVEL: i32 = 3;

/// An index in memory, for tests.
pub fn create_in_ram() -> (Index, Fields) {
    let (schema, fields) = Fields::build();
    let index = Index::create_in_ram(schema);
    register_analyzers(&index);
    (index, fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_to_midnight_utc() {
        assert_eq!(
            parse_date("1970-01-02"),
            Some(DateTime::from_timestamp_secs(86_400))
        );
        assert_eq!(parse_date("2024-02-30"), None);
        assert_eq!(parse_date("yesterday"), None);
    }

    #[test]
    fn name_analyzer_folds_and_lowercases() {
        let (index, _) = create_in_ram();
        let mut analyzer = index.tokenizers().get(NAME_ANALYZER).unwrap();
        let mut stream = analyzer.token_stream("Nicolás MADURO");
        let mut tokens = Vec::new();
        while let Some(t) = stream.next() {
            tokens.push(t.text.clone());
        }
        assert_eq!(tokens, ["nicolas", "maduro"]);
    }

    #[test]
    fn an_index_reopens_with_its_analyzers() {
        let dir = tempfile::tempdir().unwrap();
        open_or_create(dir.path()).unwrap();
        let (index, _) = open(dir.path()).unwrap();
        assert!(index.tokenizers().get(NEWS_ANALYZER).is_some());
    }
}
