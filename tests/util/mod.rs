//! Test helpers: a temporary folder with a fixture corpus, and the real binary run inside it.
//!
//! The articles are invented for these tests (a harbour town, its mayor and a ferry strike).

#![allow(dead_code)]

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// A temporary working folder; commands run with it as their current directory.
pub struct Dir {
    tmp: tempfile::TempDir,
}

impl Dir {
    /// An empty folder.
    pub fn new() -> Dir {
        Dir {
            tmp: tempfile::tempdir().expect("a temp dir"),
        }
    }

    /// A folder holding `corpus/` with one article in every format newsidx reads.
    pub fn with_fixture() -> Dir {
        let dir = Dir::new();
        for (path, content) in FIXTURE {
            dir.write(path, content);
        }
        dir.write_gz("corpus/wire/archive.jsonl.gz", ARCHIVE_JSONL);
        dir
    }

    /// A folder holding one file.
    pub fn with_text(rel: &str, content: &str) -> Dir {
        let dir = Dir::new();
        dir.write(rel, content);
        dir
    }

    /// The folder's path.
    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Writes a file (creating folders), relative to the folder.
    pub fn write(&self, rel: &str, content: &str) {
        self.write_bytes(rel, content.as_bytes());
    }

    /// Writes raw bytes.
    pub fn write_bytes(&self, rel: &str, content: &[u8]) {
        let path = self.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, content).unwrap();
    }

    /// Writes gzip-compressed text.
    pub fn write_gz(&self, rel: &str, content: &str) {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(content.as_bytes()).unwrap();
        self.write_bytes(rel, &gz.finish().unwrap());
    }

    /// Removes a file.
    pub fn remove(&self, rel: &str) {
        fs::remove_file(self.path().join(rel)).unwrap();
    }

    /// A path inside the folder.
    pub fn join(&self, rel: &str) -> PathBuf {
        self.path().join(rel)
    }

    /// `newsidx ARGS...` in this folder, never coloured.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsidx"));
        cmd.current_dir(self.path()).env("NO_COLOR", "1").args(args);
        cmd
    }

    /// Runs `newsidx ARGS...` and returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.cmd(args).output().expect("the binary runs");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Runs `newsidx index` and returns its summary (stderr); fails the test if it fails.
    pub fn index(&self, extra: &[&str]) -> String {
        let mut args = vec!["index", "corpus"];
        args.extend_from_slice(extra);
        let (code, _, err) = self.run(&args);
        assert_eq!(code, 0, "index failed: {err}");
        err
    }

    /// `newsidx search QUERY --json ...`, parsed.
    pub fn search_json(&self, query: &str, extra: &[&str]) -> Vec<Value> {
        let mut args = vec!["search", query, "--json", "--limit", "1000"];
        args.extend_from_slice(extra);
        let (code, out, err) = self.run(&args);
        assert!(
            code == 0 || code == 1,
            "search {query:?} failed ({code}): {err}"
        );
        json_lines(&out)
    }
}

/// Parses JSON Lines.
pub fn json_lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// The `id`s of JSON passages.
pub fn ids(hits: &[Value]) -> Vec<String> {
    hits.iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

/// The `doc`s of JSON passages, sorted and deduplicated.
pub fn docs(hits: &[Value]) -> Vec<String> {
    let mut docs: Vec<String> = hits
        .iter()
        .map(|h| h["doc"].as_str().unwrap().to_string())
        .collect();
    docs.sort();
    docs.dedup();
    docs
}

/// The summary line without its timings (`; 0.1 s, 2.0 MB/s`).
pub fn counts(summary: &str) -> String {
    let line = summary.lines().last().unwrap_or_default();
    match line.rfind("; ") {
        Some(i) if line.ends_with("MB/s") => line[..i].to_string(),
        _ => line.to_string(),
    }
}

/// One invented article per format; every one mentions the lighthouse.
pub const FIXTURE: &[(&str, &str)] = &[
    (
        "corpus/harbour.txt",
        "Ferry strike leaves harbour town stranded\n\
         \n\
         The ferry workers of Port Alder walked out on Monday, leaving the island without a crossing and the lighthouse keeper without supplies.\n\
         \n\
         “We will not sail until the council pays what it promised,” said union leader Mara Quint.\n\
         \n\
         Mayor Tobias Renn told reporters that the council had “no money left for ferries this year.”\n\
         \n\
         “The island cannot wait for a budget,” Quint said.\n",
    ),
    (
        "corpus/notes/market.md",
        "# Fish market reopens after the storm\n\
         \n\
         The **fish market** reopened on Friday beside the old lighthouse, a week after the storm flooded its stalls.\n\
         \n\
         “The sea gave and the sea took,” said trader Ines Varga, who lost two boats.\n",
    ),
    (
        "corpus/council.html",
        "<html><head><title>Council votes on lighthouse repairs</title><script>var x = 1;</script></head>\
         <body><nav>Home | News</nav><h1>Council votes on lighthouse repairs</h1>\
         <p>The council voted seven to two to repair the lighthouse before winter.</p>\
         <p>“A harbour without a light is a harbour without ships,” Mayor Tobias Renn said after the vote.</p>\
         </body></html>",
    ),
    (
        "corpus/wire/storm.json",
        r#"{"title": "Storm warning for the coast", "date": "2024-03-02", "source": "Coast Wire", "text": "Forecasters issued a storm warning for the coast on Saturday, and the lighthouse was lit at noon.\n\n“Stay off the water,” said harbour master Lena Osei."}"#,
    ),
    (
        "corpus/wire/feed.jsonl",
        "{\"title\": \"Regatta cancelled\", \"date\": \"2024-04-10\", \"text\": \"The spring regatta was cancelled because of the ferry strike, organisers said, and the lighthouse race moved to June.\"}\n\
         {\"title\": \"Strike talks resume\", \"date\": \"2024-04-12\", \"text\": \"Talks between the union and the council resumed on Thursday.\\n\\n“We are closer than we were,” said Mara Quint, though she would not say how close.\"}\n",
    ),
];

/// The gzip JSON Lines archive.
pub const ARCHIVE_JSONL: &str = "{\"title\": \"Lighthouse turns 150\", \"date\": \"2023-07-01\", \"text\": \"The Port Alder lighthouse turned 150 on Saturday with a parade of boats.\"}\n\
{\"title\": \"Keeper retires\", \"date\": \"2023-09-15\", \"body\": \"The last lighthouse keeper, Arno Pike, retired after forty years.\\n\\n“I will miss the storms,” Pike said.\"}\n";
