//! Settings: what the command line asked for, validated and plain (no clap below the binary).
//!
//! The binary's `cli.rs` parses flags and builds a [`Config`] with the constructors here, which
//! check values (dates, limits, names) and fill in defaults.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::indexer::IndexOptions;
use crate::schema::parse_date;
use crate::search::Request;

/// The corpus folder used when none is given.
pub const DEFAULT_CORPUS: &str = "corpus";
/// The index folder used when none is given.
pub const DEFAULT_INDEX: &str = "index";

/// Where the index is, and whether the user chose it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexLocation {
    /// The index folder.
    pub path: PathBuf,
    /// Whether this is the default location (then a missing index is built from `corpus/`).
    pub is_default: bool,
}

impl IndexLocation {
    /// The given folder, or the default `index`.
    pub fn new(path: Option<PathBuf>) -> IndexLocation {
        match path {
            Some(path) => IndexLocation {
                path,
                is_default: false,
            },
            None => IndexLocation {
                path: PathBuf::from(DEFAULT_INDEX),
                is_default: true,
            },
        }
    }
}

/// One command, ready to run.
#[derive(Debug, Clone)]
pub enum Config {
    /// Index a corpus.
    Index(IndexConfig),
    /// Search an index.
    Search(SearchConfig),
    /// Print the records of files without indexing them.
    Annotate(AnnotateConfig),
    /// List an index's speakers.
    Speakers(SpeakersConfig),
}

/// How output is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// For people; `color` when stdout is a terminal.
    Human {
        /// Bold and coloured highlights.
        color: bool,
    },
    /// JSON Lines, for scripts.
    Json,
}

impl Output {
    /// JSON when asked, else human output, coloured when stdout is a terminal.
    pub fn new(json: bool, stdout_is_terminal: bool) -> Output {
        let color = stdout_is_terminal && std::env::var_os("NO_COLOR").is_none();
        if json {
            Output::Json
        } else {
            Output::Human { color }
        }
    }
}

/// `newsidx index`.
#[derive(Debug, Clone)]
pub struct IndexConfig {
    /// What the indexer needs.
    pub options: IndexOptions,
    /// List every skipped file on stderr.
    pub verbose: bool,
    /// Also write the skipped files to this file, one per line.
    pub report: Option<PathBuf>,
}

impl IndexConfig {
    /// Indexes `corpus` (default `corpus`) into `index` (default `index`).
    pub fn new(
        corpus: Option<PathBuf>,
        index: Option<PathBuf>,
        rebuild: bool,
        progress: bool,
    ) -> IndexConfig {
        IndexConfig {
            options: IndexOptions {
                corpus: corpus.unwrap_or_else(|| PathBuf::from(DEFAULT_CORPUS)),
                index: IndexLocation::new(index).path,
                rebuild,
                progress,
            },
            verbose: false,
            report: None,
        }
    }
}

/// `newsidx search`.
#[derive(Debug, Clone)]
pub struct SearchConfig {
    /// The index to search.
    pub index: IndexLocation,
    /// The query and its filters.
    pub request: Request,
    /// How to print.
    pub output: Output,
    /// Show a progress bar if the index has to be built first.
    pub progress: bool,
}

/// The filters of a search, as typed.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// `--speaker` values.
    pub speakers: Vec<String>,
    /// `--entity` values.
    pub entities: Vec<String>,
    /// `--since`, `YYYY-MM-DD`.
    pub since: Option<String>,
    /// `--until`, `YYYY-MM-DD`.
    pub until: Option<String>,
    /// `--limit`.
    pub limit: usize,
    /// `--offset`.
    pub offset: usize,
}

impl SearchConfig {
    /// Checks the query words and filters.
    pub fn new(
        index: Option<PathBuf>,
        query: &[String],
        filters: Filters,
        output: Output,
    ) -> Result<SearchConfig> {
        let query = query.join(" ");
        if query.trim().is_empty() {
            return Err(Error::Query(
                "nothing to search for; try `newsidx search cocaine` or `newsidx search \"who said cocaine\"`".into(),
            ));
        }
        let date = |flag: &str, value: &Option<String>| match value {
            None => Ok(None),
            Some(v) => parse_date(v).map(Some).ok_or_else(|| {
                Error::Config(format!(
                    "{flag} {v:?} is not a date; use YYYY-MM-DD, e.g. 2025-01-31"
                ))
            }),
        };
        let since = date("--since", &filters.since)?;
        let until = date("--until", &filters.until)?;
        if let (Some(s), Some(u)) = (since, until) {
            if s > u {
                return Err(Error::Config(format!(
                    "--since {} is after --until {}; nothing can match",
                    filters.since.unwrap_or_default(),
                    filters.until.unwrap_or_default()
                )));
            }
        }
        for (flag, names) in [
            ("--speaker", &filters.speakers),
            ("--entity", &filters.entities),
        ] {
            if names.iter().any(|n| !n.chars().any(char::is_alphanumeric)) {
                return Err(Error::Config(format!(
                    "{flag} needs a name, e.g. {flag} petro"
                )));
            }
        }
        Ok(SearchConfig {
            index: IndexLocation::new(index),
            request: Request {
                query,
                speakers: filters.speakers,
                entities: filters.entities,
                since,
                until,
                limit: filters.limit,
                offset: filters.offset,
            },
            output,
            progress: false,
        })
    }
}

/// `newsidx annotate`.
#[derive(Debug, Clone)]
pub struct AnnotateConfig {
    /// Files or folders to read.
    pub paths: Vec<PathBuf>,
    /// How to print.
    pub output: Output,
}

/// `newsidx speakers`.
#[derive(Debug, Clone)]
pub struct SpeakersConfig {
    /// The index to read.
    pub index: IndexLocation,
    /// How to print.
    pub output: Output,
    /// At most this many speakers.
    pub limit: Option<usize>,
    /// Show a progress bar if the index has to be built first.
    pub progress: bool,
}

/// Whether a missing index at `location` should be built from the default corpus first.
pub fn should_build_default(location: &IndexLocation) -> bool {
    location.is_default
        && !crate::schema::exists(&location.path)
        && Path::new(DEFAULT_CORPUS).is_dir()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn search(filters: Filters) -> Result<SearchConfig> {
        SearchConfig::new(None, &["cocaine".into()], filters, Output::Json)
    }

    #[test]
    fn bad_dates_are_refused_with_the_format() {
        let err = search(Filters {
            since: Some("2025-13-01".into()),
            ..Filters::default()
        })
        .unwrap_err();
        assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
    }

    #[test]
    fn since_after_until_is_refused() {
        let filters = Filters {
            since: Some("2025-02-01".into()),
            until: Some("2025-01-01".into()),
            ..Filters::default()
        };
        assert!(search(filters).is_err());
    }

    #[test]
    fn empty_queries_and_names_are_refused() {
        assert!(SearchConfig::new(None, &[" ".into()], Filters::default(), Output::Json).is_err());
        let filters = Filters {
            speakers: vec!["  ".into()],
            ..Filters::default()
        };
        assert!(search(filters).is_err());
    }

    #[test]
    fn the_default_index_location_is_marked() {
        assert!(IndexLocation::new(None).is_default);
        assert!(!IndexLocation::new(Some("elsewhere".into())).is_default);
    }
}
