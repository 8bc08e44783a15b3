//! Stage 7: answers → the terminal or JSON Lines. Nothing here searches; nothing in search prints.
//!
//! [`Printer`] writes to any [`Write`]; the binary hands it a locked, buffered stdout and treats
//! a broken pipe as a quiet end.

use std::io::{self, Write};

use crate::config::Output;
use crate::record::Record;
use crate::search::{Results, SpeakerCount};

pub mod human;
pub mod json;

/// Writes answers in the chosen [`Output`] format.
pub struct Printer<W: Write> {
    out: W,
    output: Output,
}

impl<W: Write> Printer<W> {
    /// A printer writing to `out`.
    pub fn new(out: W, output: Output) -> Printer<W> {
        Printer { out, output }
    }

    /// A search's answer.
    pub fn results(&mut self, results: &Results) -> io::Result<()> {
        match self.output {
            Output::Human { color } => human::results(&mut self.out, results, color),
            Output::Json => json::results(&mut self.out, results),
        }
    }

    /// An index's speakers.
    pub fn speakers(&mut self, speakers: &[SpeakerCount]) -> io::Result<()> {
        match self.output {
            Output::Human { color } => human::speakers(&mut self.out, speakers, color),
            Output::Json => json::speakers(&mut self.out, speakers),
        }
    }

    /// One paragraph record, as `annotate` shows it.
    pub fn record(&mut self, record: &Record) -> io::Result<()> {
        match self.output {
            Output::Human { color } => human::record(&mut self.out, record, color),
            Output::Json => json::record(&mut self.out, record),
        }
    }

    /// Flushes the output.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
