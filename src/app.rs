//! Runs one [`Config`]: the stages in order, the printer at the end; says what was found.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};
use newsidx::config::{
    should_build_default, AnnotateConfig, Config, IndexConfig, IndexLocation, SearchConfig,
    SpeakersConfig, DEFAULT_CORPUS,
};
use newsidx::corpus::{self, WalkEvent};
use newsidx::document::read_documents;
use newsidx::indexer::{self, IndexOptions, Summary};
use newsidx::printer::Printer;
use newsidx::search::{Searcher, SpeakerCount};

/// Whether a command found something (exit code 0) or nothing (1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Results were printed, or the command did its work.
    Found,
    /// Nothing matched.
    NothingFound,
}

/// Runs the command.
pub fn run(config: Config) -> Result<Outcome> {
    match config {
        Config::Index(c) => index(&c),
        Config::Search(c) => search(&c),
        Config::Annotate(c) => annotate(&c),
        Config::Speakers(c) => speakers(&c),
    }
}

fn stdout_printer(output: newsidx::config::Output) -> Printer<BufWriter<io::StdoutLock<'static>>> {
    Printer::new(BufWriter::new(io::stdout().lock()), output)
}

fn index(config: &IndexConfig) -> Result<Outcome> {
    let summary = indexer::run(&config.options).with_context(|| {
        format!(
            "indexing {} into {}",
            config.options.corpus.display(),
            config.options.index.display()
        )
    })?;
    let mut err = io::stderr().lock();
    if config.verbose {
        for w in &summary.warnings {
            writeln!(err, "warning: {w}")?;
        }
        for s in &summary.skipped {
            writeln!(err, "skipped: {}: {}", s.path, s.reason)?;
        }
    }
    if let Some(path) = &config.report {
        write_report(path, &summary).with_context(|| format!("writing {}", path.display()))?;
    }
    writeln!(err, "{summary}")?;
    Ok(Outcome::Found)
}

fn write_report(path: &Path, summary: &Summary) -> io::Result<()> {
    let mut out = BufWriter::new(File::create(path)?);
    for s in &summary.skipped {
        writeln!(out, "{}\t{}\t{}", s.path, s.kind, s.reason)?;
    }
    out.flush()
}

/// Builds the default index from `corpus/` when it is missing, saying so on stderr.
fn ensure_index(location: &IndexLocation, progress: bool) -> Result<()> {
    if !should_build_default(location) {
        return Ok(());
    }
    eprintln!(
        "newsidx: no index at {}; building it from {DEFAULT_CORPUS}/ first",
        location.path.display()
    );
    let options = IndexOptions {
        corpus: DEFAULT_CORPUS.into(),
        index: location.path.clone(),
        rebuild: false,
        progress,
    };
    let summary = indexer::run(&options).context("building the default index")?;
    eprintln!("{summary}");
    Ok(())
}

fn search(config: &SearchConfig) -> Result<Outcome> {
    ensure_index(&config.index, config.progress)?;
    let searcher = Searcher::open(&config.index.path)?;
    let results = searcher.search(&config.request)?;
    for note in &results.notes {
        eprintln!("note: {note}");
    }
    let mut printer = stdout_printer(config.output);
    printer.results(&results)?;
    printer.flush()?;
    Ok(if results.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Found
    })
}

fn speakers(config: &SpeakersConfig) -> Result<Outcome> {
    ensure_index(&config.index, config.progress)?;
    let searcher = Searcher::open(&config.index.path)?;
    let mut speakers: Vec<SpeakerCount> = searcher.speakers()?;
    if let Some(limit) = config.limit {
        speakers.truncate(limit);
    }
    let mut printer = stdout_printer(config.output);
    printer.speakers(&speakers)?;
    printer.flush()?;
    Ok(if speakers.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Found
    })
}

fn annotate(config: &AnnotateConfig) -> Result<Outcome> {
    let mut printer = stdout_printer(config.output);
    let mut printed = 0usize;
    for root in &config.paths {
        if !root.exists() {
            anyhow::bail!("{}: no such file or folder", root.display());
        }
        for event in corpus::walk(root) {
            let file = match event {
                WalkEvent::File(file) => file,
                WalkEvent::Skipped { path, reason } => {
                    eprintln!("skipped: {}: {reason:?}", path.display());
                    continue;
                }
            };
            let mut failure: Option<io::Error> = None;
            let report = read_documents(&file, &mut |doc| {
                if failure.is_some() {
                    return;
                }
                // One document the annotator fails on is reported and skipped, as when
                // indexing.
                let records = match indexer::records_or_panic(&doc) {
                    Ok(records) => records,
                    Err(message) => {
                        eprintln!("skipped: {}: annotation failed: {message}", doc.id);
                        return;
                    }
                };
                for record in records {
                    if let Err(e) = printer.record(&record) {
                        failure = Some(e);
                        return;
                    }
                    printed += 1;
                }
            });
            if let Some(e) = failure {
                return Err(e.into());
            }
            match report {
                Ok(report) => {
                    for w in &report.warnings {
                        eprintln!("warning: {}: {w}", file.display);
                    }
                    for (line, reason) in &report.bad_records {
                        eprintln!("skipped: {}:{line}: {reason}", file.display);
                    }
                }
                Err(e) => eprintln!("skipped: {e}"),
            }
        }
    }
    printer.flush()?;
    Ok(if printed == 0 {
        Outcome::NothingFound
    } else {
        Outcome::Found
    })
}
