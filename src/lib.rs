//! newsidx: a fast, local full-text index over news articles that knows who said what.
//!
//! The pipeline, one module a stage:
//!
//! ```text
//! corpus dir ──walk──▶ SourceFile ──read──▶ Document ──annotate──▶ Annotation
//!   (corpus)            (corpus)           (document)              (annotate)
//!        ──▶ Record ──index──▶ tantivy index ──search──▶ ranked passages ──print──▶ terminal / JSON
//!          (record)  (schema, indexer)         (search)                   (printer)
//! ```
#![warn(missing_docs)]

pub mod annotate;
pub mod config;
pub mod corpus;
pub mod document;
pub mod error;
pub mod indexer;
pub mod printer;
pub mod record;
pub mod schema;
pub mod search;
pub mod stem;

pub use error::{Error, Result};
