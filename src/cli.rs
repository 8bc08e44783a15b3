//! The command line: clap derive structs only, turned into a plain [`Config`] by [`Cli::config`].

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use newsidx::config::{
    AnnotateConfig, Config, Filters, IndexConfig, IndexLocation, Output, SearchConfig,
    SpeakersConfig,
};

/// Fast local full-text search over news articles: who said what, where.
///
/// Index a folder of articles once, then search it:
///   newsidx index corpus
///   newsidx search "who said cocaine"
///   newsidx search cocaine --speaker petro
#[derive(Debug, Parser)]
#[command(
    name = "newsidx",
    version,
    verbatim_doc_comment,
    args_override_self = true
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Index a folder of articles (txt, md, html, json, jsonl, optionally .gz); re-runs only
    /// re-index what changed.
    Index(IndexArgs),
    /// Search the index: words, "phrases", AND/OR, -exclusion, field:value, or a question
    /// ("who said cocaine", "what did Petro say about cocaine").
    Search(SearchArgs),
    /// Print the paragraph records of files or folders without indexing them.
    Annotate(AnnotateArgs),
    /// List the index's speakers with their paragraph counts.
    Speakers(SpeakersArgs),
}

/// `newsidx index`.
#[derive(Debug, Args)]
pub struct IndexArgs {
    /// The folder (or file) of articles.
    #[arg(default_value = "corpus")]
    pub corpus: PathBuf,
    /// The index folder.
    #[arg(long, value_name = "DIR")]
    pub index: Option<PathBuf>,
    /// Start over: drop the index's contents (or an incompatible index) and index everything.
    #[arg(long)]
    pub rebuild: bool,
    /// List every skipped file with its reason on stderr.
    #[arg(long, short)]
    pub verbose: bool,
    /// Write the skipped files, one per line with the reason, to FILE.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
}

/// `newsidx search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The query or question; several words are joined with spaces.
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,
    /// The index folder [default: index, built from corpus/ if missing].
    #[arg(long, value_name = "DIR")]
    pub index: Option<PathBuf>,
    /// Only paragraphs where this speaker speaks: "petro", "Gustavo Petro". Repeatable.
    #[arg(long, value_name = "NAME")]
    pub speaker: Vec<String>,
    /// Only paragraphs naming this person, organisation or place. Repeatable.
    #[arg(long, value_name = "NAME")]
    pub entity: Vec<String>,
    /// Only articles dated on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    /// Only articles dated on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<String>,
    /// How many passages (for "who said": speakers) to show.
    #[arg(long, short = 'n', default_value_t = 10)]
    pub limit: usize,
    /// How many to skip first (for paging).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// JSON Lines: one passage a line, with rank, score and snippet.
    #[arg(long)]
    pub json: bool,
}

/// `newsidx annotate`.
#[derive(Debug, Args)]
pub struct AnnotateArgs {
    /// Files or folders to read.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// JSON Lines: one paragraph record a line.
    #[arg(long)]
    pub json: bool,
}

/// `newsidx speakers`.
#[derive(Debug, Args)]
pub struct SpeakersArgs {
    /// The index folder [default: index, built from corpus/ if missing].
    #[arg(long, value_name = "DIR")]
    pub index: Option<PathBuf>,
    /// JSON Lines: `{"speaker": …, "paragraphs": N}`.
    #[arg(long)]
    pub json: bool,
    /// Show at most this many speakers.
    #[arg(long, short = 'n')]
    pub limit: Option<usize>,
}

impl Cli {
    /// Parses the process's arguments, letting `search` take `-word` exclusions as query words.
    pub fn parse_args() -> Cli {
        Cli::parse_from(protect_exclusions(std::env::args_os()))
    }

    /// The validated settings of this command line.
    pub fn config(self) -> newsidx::Result<Config> {
        let stdout_tty = std::io::stdout().is_terminal();
        let stderr_tty = std::io::stderr().is_terminal();
        Ok(match self.command {
            Command::Index(a) => {
                let mut config = IndexConfig::new(Some(a.corpus), a.index, a.rebuild, stderr_tty);
                config.verbose = a.verbose;
                config.report = a.report;
                Config::Index(config)
            }
            Command::Search(a) => {
                let filters = Filters {
                    speakers: a.speaker,
                    entities: a.entity,
                    since: a.since,
                    until: a.until,
                    limit: a.limit,
                    offset: a.offset,
                };
                let output = Output::new(a.json, stdout_tty);
                let mut config = SearchConfig::new(a.index, &a.query, filters, output)?;
                config.progress = stderr_tty;
                Config::Search(config)
            }
            Command::Annotate(a) => Config::Annotate(AnnotateConfig {
                paths: a.paths,
                output: Output::new(a.json, stdout_tty),
            }),
            Command::Speakers(a) => Config::Speakers(SpeakersConfig {
                index: IndexLocation::new(a.index),
                output: Output::new(a.json, stdout_tty),
                limit: a.limit,
                progress: stderr_tty,
            }),
        })
    }
}

/// Short options of `search`; any other `-word` after `search` is an exclusion in the query.
const SEARCH_SHORT_OPTIONS: &[&str] = &["-n", "-h", "-V"];

/// Prefixes `-word` query exclusions after `search` with a space, so that clap takes them as
/// values (`newsidx search cocaine -colombia`); the query grammar ignores the space.
pub fn protect_exclusions(args: impl IntoIterator<Item = OsString>) -> Vec<OsString> {
    let mut in_search = false;
    let mut options_done = false;
    args.into_iter()
        .enumerate()
        .map(|(i, arg)| {
            let Some(s) = arg.to_str() else { return arg };
            if i == 1 && s == "search" {
                in_search = true;
            } else if in_search && s == "--" {
                options_done = true;
            }
            let is_short_option = SEARCH_SHORT_OPTIONS.iter().any(|o| {
                s == *o
                    || s.strip_prefix(o)
                        .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
            });
            if in_search
                && !options_done
                && s.len() > 1
                && s.starts_with('-')
                && !s.starts_with("--")
                && !is_short_option
            {
                OsString::from(format!(" {s}"))
            } else {
                arg
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn search_joins_its_words_and_repeats_speakers() {
        let cli = Cli::parse_from([
            "newsidx",
            "search",
            "who",
            "said",
            "cocaine",
            "--speaker",
            "trump",
            "--speaker",
            "petro",
        ]);
        let Config::Search(config) = cli.config().unwrap() else {
            panic!("not a search");
        };
        assert_eq!(config.request.query, "who said cocaine");
        assert_eq!(config.request.speakers, ["trump", "petro"]);
        assert!(config.index.is_default);
    }

    #[test]
    fn search_takes_exclusions_but_keeps_its_options() {
        let args = [
            "newsidx",
            "search",
            "cocaine",
            "-colombia",
            "-n",
            "3",
            "--speaker",
            "petro",
        ];
        let cli = Cli::parse_from(protect_exclusions(args.map(OsString::from)));
        let Config::Search(config) = cli.config().unwrap() else {
            panic!("not a search");
        };
        assert_eq!(config.request.query, "cocaine  -colombia");
        assert_eq!(config.request.limit, 3);
        assert_eq!(config.request.speakers, ["petro"]);
    }
}
