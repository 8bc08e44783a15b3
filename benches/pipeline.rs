//! The end-to-end benchmark of issue 4: indexing throughput against a bare-tantivy baseline
//! measured in the same run, peak memory, linear scaling, query latency (in process and through
//! the CLI, against `rg`), incremental re-runs and index size. Prints a Markdown table.
//!
//! ```text
//! cargo bench --bench pipeline -- [--corpus PATH] [--bbc DIR] [--scale 1,2,4] [--queries N]
//!                                  [--work DIR] [--cli-queries N] [--rg-words N] [--index-only]
//! ```
//!
//! Defaults: `--corpus ../shared/corpora/allsides.jsonl.gz --bbc ../shared/corpora/bbc
//! --scale 1 --queries 230 --work target/bench-work`. Scales above 1 write a temporary
//! `.jsonl.gz` holding that many copies of the corpus (ids and urls suffixed) and take minutes.
//! The `newsidx` binary is run as a child process (its peak memory is its own `maxrss`); the
//! baseline runs in this process. Nothing here is a test: it is never run by `cargo test`.

use std::fs::{self, File};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crossbeam_channel::bounded;
use newsidx::corpus::{walk, WalkEvent};
use newsidx::document::read_documents;
use newsidx::search::{Request, Searcher};
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};
use tantivy::{doc, Index};

const NEWSIDX: &str = env!("CARGO_BIN_EXE_newsidx");
const QUERIES: &str = include_str!("queries.txt");

struct Args {
    corpus: PathBuf,
    bbc: PathBuf,
    scales: Vec<usize>,
    queries: usize,
    cli_queries: usize,
    rg_words: usize,
    work: PathBuf,
    index_only: bool,
}

fn parse_args() -> Args {
    let mut args = Args {
        corpus: "../shared/corpora/allsides.jsonl.gz".into(),
        bbc: "../shared/corpora/bbc".into(),
        scales: vec![1],
        queries: usize::MAX,
        cli_queries: usize::MAX,
        rg_words: 20,
        work: "target/bench-work".into(),
        index_only: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .unwrap_or_else(|| usage(&format!("{flag} needs a value")))
        };
        match flag.as_str() {
            "--bench" => {} // added by `cargo bench`
            "--index-only" => args.index_only = true,
            "--corpus" => args.corpus = value().into(),
            "--bbc" => args.bbc = value().into(),
            "--work" => args.work = value().into(),
            "--queries" => args.queries = number(&value()),
            "--cli-queries" => args.cli_queries = number(&value()),
            "--rg-words" => args.rg_words = number(&value()),
            "--scale" => {
                args.scales = value().split(',').map(number).collect();
                if !args.scales.contains(&1) {
                    args.scales.insert(0, 1);
                }
            }
            other => usage(&format!("unknown argument {other}")),
        }
    }
    args
}

fn number(s: &str) -> usize {
    s.trim()
        .parse()
        .unwrap_or_else(|_| usage(&format!("not a number: {s}")))
}

fn usage(problem: &str) -> ! {
    eprintln!(
        "{problem}\nusage: cargo bench --bench pipeline -- [--corpus PATH] [--bbc DIR] \
         [--scale 1,2,4] [--queries N] [--cli-queries N] [--rg-words N] [--work DIR] [--index-only]"
    );
    std::process::exit(2)
}

/// One row of the result table.
struct Row {
    measure: String,
    value: String,
    target: String,
    verdict: String,
}

#[derive(Default)]
struct Table(Vec<Row>);

impl Table {
    /// The row for an unchanged re-run: its time as a share of the first run's (target < 5%).
    fn add_rerun(&mut self, measure: &str, first: &Run, again: &Run) {
        let share = again.elapsed.as_secs_f64() / first.elapsed.as_secs_f64();
        let value = format!(
            "{:.1}% ({:.2} s)",
            100.0 * share,
            again.elapsed.as_secs_f64()
        );
        self.add(measure, value, "< 5%", Some(share < 0.05));
    }

    fn add(&mut self, measure: &str, value: String, target: &str, met: Option<bool>) {
        let verdict = match met {
            Some(true) => "met",
            Some(false) => "MISSED",
            None => "",
        };
        eprintln!("  {measure}: {value}");
        self.0.push(Row {
            measure: measure.into(),
            value,
            target: target.into(),
            verdict: verdict.into(),
        });
    }

    fn print(&self) {
        println!("| measure | value | target | |");
        println!("|---|---|---|---|");
        for r in &self.0 {
            println!(
                "| {} | {} | {} | {} |",
                r.measure, r.value, r.target, r.verdict
            );
        }
    }
}

fn main() {
    let args = parse_args();
    if !args.corpus.exists() {
        usage(&format!("no corpus at {}", args.corpus.display()));
    }
    fs::create_dir_all(&args.work).expect("creating the work folder");
    let mut table = Table::default();
    eprintln!(
        "newsidx benchmark: corpus {}, {} cores, load average {}",
        args.corpus.display(),
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        loadavg()
    );

    // 1. Bare tantivy on the same paragraphs: read, split, index with stem+fold, store the text.
    let base_dir = fresh_dir(&args.work.join("baseline-index"));
    let base = baseline(&args.corpus, &base_dir);
    let text_mb = base.text_bytes as f64 / 1e6;
    eprintln!(
        "baseline: {} paragraphs, {text_mb:.1} MB in {:.1} s",
        base.paragraphs,
        base.elapsed.as_secs_f64()
    );
    let base_rate = text_mb / base.elapsed.as_secs_f64();
    table.add(
        "bare tantivy baseline (read + split + stem/fold index + stored text)",
        format!(
            "{base_rate:.1} MB/s ({text_mb:.1} MB, {} paragraphs, {:.1} s, {:.1} s CPU, peak {} MB, index {:.2}× text)",
            base.paragraphs,
            base.elapsed.as_secs_f64(),
            base.cpu.as_secs_f64(),
            base.peak_rss_mb,
            dir_size(&base_dir) as f64 / base.text_bytes as f64
        ),
        "",
        None,
    );
    fs::remove_dir_all(&base_dir).ok();

    // 2. newsidx end to end, through the CLI.
    let index_dir = fresh_dir(&args.work.join("index"));
    let first = run_index(&args.corpus, &index_dir);
    let rate = text_mb / first.elapsed.as_secs_f64();
    table.add(
        "newsidx index, end to end (CLI)",
        format!("{rate:.1} MB/s ({:.1} s)", first.elapsed.as_secs_f64()),
        "≥ 10 MB/s",
        Some(rate >= 10.0),
    );
    table.add(
        "ratio to the baseline",
        format!("{:.2}×", rate / base_rate),
        "≥ 0.6×",
        Some(rate / base_rate >= 0.6),
    );
    table.add(
        "peak memory (maxrss of the CLI)",
        format!(
            "{} MB (of which heap, sampled: {} MB)",
            first.peak_rss_mb, first.peak_anon_mb
        ),
        "< 1024 MB",
        Some(first.peak_rss_mb < 1024),
    );
    table.add(
        "CPU use while indexing",
        format!(
            "{:.0}% ({:.1} s user + sys)",
            100.0 * first.cpu.as_secs_f64() / first.elapsed.as_secs_f64(),
            first.cpu.as_secs_f64()
        ),
        "",
        None,
    );
    let size = dir_size(&index_dir) as f64 / base.text_bytes as f64;
    table.add(
        "index size / raw paragraph text",
        format!("{size:.2}× ({:.0} MB)", dir_size(&index_dir) as f64 / 1e6),
        "≤ 1.5×",
        Some(size <= 1.5),
    );
    if args.index_only {
        table.print();
        return;
    }

    // 3. Incremental: the same corpus again.
    let again = run_index(&args.corpus, &index_dir);
    table.add_rerun("unchanged re-run / first run", &first, &again);

    // 4. Queries, in process and through the CLI.
    let queries = load_queries(args.queries);
    query_benchmark(&mut table, &index_dir, &queries);
    cli_benchmark(&mut table, &args, &index_dir, &queries);

    // 5. Scaling: 2×, 4×... copies of the corpus.
    let scales: Vec<usize> = args.scales.iter().copied().filter(|&s| s > 1).collect();
    if !scales.is_empty() {
        fs::remove_dir_all(&index_dir).ok();
        let per_copy = first.elapsed.as_secs_f64();
        let cpu_per_copy = first.cpu.as_secs_f64();
        table.add(
            "scaling 1×",
            format!(
                "{per_copy:.1} s, {cpu_per_copy:.1} s CPU, peak {} MB (heap {} MB)",
                first.peak_rss_mb, first.peak_anon_mb
            ),
            "",
            None,
        );
        for scale in scales {
            let copies = args.work.join(format!("corpus-x{scale}.jsonl.gz"));
            eprintln!("writing {} copies to {}", scale, copies.display());
            write_copies(&args.corpus, &copies, scale);
            let dir = fresh_dir(&args.work.join(format!("index-x{scale}")));
            let run = run_index(&copies, &dir);
            let linear = run.elapsed.as_secs_f64() / (per_copy * scale as f64);
            let cpu_linear = run.cpu.as_secs_f64() / (cpu_per_copy * scale as f64);
            table.add(
                &format!("scaling {scale}×"),
                format!(
                    "{:.1} s = {linear:.2}× linear; {:.1} s CPU = {cpu_linear:.2}× linear; \
                     peak {} MB (heap {} MB), index {:.0} MB",
                    run.elapsed.as_secs_f64(),
                    run.cpu.as_secs_f64(),
                    run.peak_rss_mb,
                    run.peak_anon_mb,
                    dir_size(&dir) as f64 / 1e6
                ),
                "0.85–1.15× linear, < 1024 MB",
                Some((0.85..=1.15).contains(&linear) && run.peak_rss_mb < 1024),
            );
            fs::remove_dir_all(&dir).ok();
            fs::remove_file(&copies).ok();
        }
    }

    // 6. A folder of small files: BBC, first run, re-run, one file touched.
    if args.bbc.is_dir() {
        bbc_benchmark(&mut table, &args);
    }

    eprintln!("load average at the end: {}", loadavg());
    table.print();
}

/// What an indexing run measured.
struct Run {
    elapsed: Duration,
    cpu: Duration,
    peak_rss_mb: u64,
    /// Sampled peak of anonymous memory (heap), without mapped files.
    peak_anon_mb: u64,
    summary: String,
}

/// Runs `newsidx index CORPUS --index DIR` and waits for it with `wait4`, for its rusage.
fn run_index(corpus: &Path, index: &Path) -> Run {
    let started = Instant::now();
    // Waited for below with `wait4`, which std does not offer, to get the child's rusage.
    #[allow(clippy::zombie_processes)]
    let child = Command::new(NEWSIDX)
        .arg("index")
        .arg(corpus)
        .arg("--index")
        .arg(index)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starting newsidx");
    let pid = child.id() as libc::pid_t;
    let sampler = std::thread::spawn(move || {
        // RssAnon (heap) apart from mapped index files, sampled: maxrss counts both.
        let mut peak = 0;
        while let Ok(status) = fs::read_to_string(format!("/proc/{pid}/status")) {
            let anon = status
                .lines()
                .find(|l| l.starts_with("RssAnon:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok());
            match anon {
                Some(kb) => peak = peak.max(kb / 1024),
                None => break,
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        peak
    });
    let mut stderr = String::new();
    if let Some(mut err) = child.stderr {
        use std::io::Read;
        err.read_to_string(&mut stderr).ok();
    }
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid, and `pid` is our child, not yet waited for.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    assert_eq!(waited, pid, "wait4 failed");
    let peak_anon_mb = sampler.join().unwrap_or(0);
    let summary = stderr.lines().last().unwrap_or("").to_string();
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "newsidx index failed: {stderr}"
    );
    eprintln!("newsidx: {summary}");
    Run {
        elapsed,
        cpu: timeval(usage.ru_utime) + timeval(usage.ru_stime),
        peak_rss_mb: usage.ru_maxrss as u64 / 1024,
        peak_anon_mb,
        summary,
    }
}

struct Baseline {
    paragraphs: usize,
    text_bytes: u64,
    elapsed: Duration,
    cpu: Duration,
    peak_rss_mb: u64,
}

/// Bare tantivy: the corpus's paragraphs (read by newsidx's readers on a thread, as the indexer
/// does) into one text field with the English stem + fold analyzer, stored, no annotation.
fn baseline(corpus: &Path, dir: &Path) -> Baseline {
    let mut builder = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer("en")
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let text = builder.add_text_field(
        "text",
        TextOptions::default()
            .set_indexing_options(indexing)
            .set_stored(),
    );
    let index = Index::create_in_dir(dir, builder.build()).expect("creating the baseline index");
    index.tokenizers().register(
        "en",
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(Language::English))
            .build(),
    );
    reset_peak_rss();
    let cpu = cpu_time();
    let started = Instant::now();
    let mut writer = index
        .writer(newsidx::indexer::WRITER_BUDGET)
        .expect("baseline writer");
    let (tx, rx) = bounded::<Vec<String>>(256);
    let corpus = corpus.to_path_buf();
    let reader = std::thread::spawn(move || {
        for event in walk(&corpus) {
            if let WalkEvent::File(file) = event {
                let _ = read_documents(&file, &mut |d| {
                    tx.send(d.paragraphs).ok();
                });
            }
        }
    });
    let (mut paragraphs, mut text_bytes) = (0, 0u64);
    for batch in rx {
        for p in batch {
            paragraphs += 1;
            text_bytes += p.len() as u64;
            writer.add_document(doc!(text => p)).expect("adding");
        }
    }
    reader.join().expect("the reader thread");
    writer.commit().expect("baseline commit");
    writer.wait_merging_threads().expect("baseline merges");
    Baseline {
        paragraphs,
        text_bytes,
        elapsed: started.elapsed(),
        cpu: cpu_time() - cpu,
        peak_rss_mb: peak_rss_mb(),
    }
}

/// User + system CPU time of this process so far.
fn cpu_time() -> Duration {
    // SAFETY: an all-zero rusage is valid; getrusage only writes into it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    timeval(usage.ru_utime) + timeval(usage.ru_stime)
}

fn timeval(t: libc::timeval) -> Duration {
    Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000)
}

/// One benchmark query.
struct Query {
    kind: String,
    text: String,
    speakers: Vec<String>,
}

fn load_queries(max: usize) -> Vec<Query> {
    QUERIES
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut parts = l.split('\t');
            let kind = parts.next().unwrap_or("").to_string();
            let text = parts.next().unwrap_or("").to_string();
            let speakers = parts
                .next()
                .map(|s| s.split('|').map(str::to_string).collect())
                .unwrap_or_default();
            Query {
                kind,
                text,
                speakers,
            }
        })
        .take(max)
        .collect()
}

fn query_benchmark(table: &mut Table, index: &Path, queries: &[Query]) {
    let opened = Instant::now();
    let searcher = Searcher::open(index).expect("opening the index");
    let open_ms = ms(opened.elapsed());
    let request = |q: &Query| Request {
        query: q.text.clone(),
        speakers: q.speakers.clone(),
        limit: 10,
        ..Request::default()
    };
    // First pass: the index was just written, so the page cache is warm but the reader is not.
    let mut first = Vec::new();
    let mut empty = Vec::new();
    for q in queries {
        let t = Instant::now();
        let results = searcher.search(&request(q)).expect("search");
        first.push(ms(t.elapsed()));
        empty.push(results.is_empty());
    }
    let mut times = Vec::new();
    for q in queries {
        let t = Instant::now();
        searcher.search(&request(q)).expect("search");
        times.push((q.kind.as_str(), ms(t.elapsed())));
    }
    let mut all: Vec<f64> = times.iter().map(|t| t.1).collect();
    let (p50, p99) = (percentile(&mut all, 50.0), percentile(&mut all, 99.0));
    table.add(
        "queries in process",
        format!(
            "{} queries: p50 {p50:.2} ms, p99 {p99:.2} ms, max {:.1} ms (first pass p50 {:.2}, p99 {:.2} ms; open {open_ms:.1} ms)",
            queries.len(),
            all.last().copied().unwrap_or(0.0),
            percentile(&mut first.clone(), 50.0),
            percentile(&mut first, 99.0)
        ),
        "p50 ≤ 5 ms, p99 ≤ 50 ms",
        Some(p50 <= 5.0 && p99 <= 50.0),
    );
    let mut kinds: Vec<&str> = queries.iter().map(|q| q.kind.as_str()).collect();
    kinds.dedup();
    let per_kind: Vec<String> = kinds
        .iter()
        .map(|k| {
            let mut t: Vec<f64> = times.iter().filter(|t| t.0 == *k).map(|t| t.1).collect();
            format!(
                "{k} ({}) {:.2}/{:.2}",
                t.len(),
                percentile(&mut t.clone(), 50.0),
                percentile(&mut t, 99.0)
            )
        })
        .collect();
    table.add("  by kind, p50/p99 ms", per_kind.join("; "), "", None);
    let nohit: Vec<bool> = queries
        .iter()
        .zip(&empty)
        .filter(|(q, _)| q.kind == "nohit")
        .map(|(_, e)| *e)
        .collect();
    table.add(
        "  queries with no result",
        format!(
            "{} of {} (nohit kind: {} of {})",
            empty.iter().filter(|e| **e).count(),
            queries.len(),
            nohit.iter().filter(|e| **e).count(),
            nohit.len()
        ),
        "",
        None,
    );
}

/// `newsidx search` as a process, start to exit, output discarded.
fn cli_search(index: &Path, q: &Query) -> f64 {
    let mut cmd = Command::new(NEWSIDX);
    cmd.arg("search").arg(&q.text).arg("--index").arg(index);
    for s in &q.speakers {
        cmd.arg("--speaker").arg(s);
    }
    let t = Instant::now();
    let status = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("running newsidx search");
    let elapsed = ms(t.elapsed());
    assert!(
        status.code().is_some_and(|c| c <= 1),
        "search failed: {status}"
    );
    elapsed
}

fn cli_benchmark(table: &mut Table, args: &Args, index: &Path, queries: &[Query]) {
    let chosen: Vec<&Query> = queries.iter().take(args.cli_queries).collect();
    let mut times: Vec<f64> = chosen.iter().map(|q| cli_search(index, q)).collect();
    let median = percentile(&mut times, 50.0);
    table.add(
        "CLI search, process start to exit",
        format!(
            "{} queries: median {median:.1} ms, p99 {:.1} ms",
            chosen.len(),
            percentile(&mut times, 99.0)
        ),
        "median ≤ 50 ms",
        Some(median <= 50.0),
    );

    // rg over the raw JSON Lines (decompressed once, so rg is at its fastest) for the same words.
    let has_rg = Command::new("rg")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let words: Vec<&Query> = queries
        .iter()
        .filter(|q| q.kind == "word")
        .take(args.rg_words)
        .collect();
    if !has_rg || words.is_empty() {
        table.add(
            "rg over the raw JSONL",
            "skipped (rg not installed)".into(),
            "CLI ≥ 20× faster",
            None,
        );
        return;
    }
    let raw = args.work.join("corpus.jsonl");
    decompress(&args.corpus, &raw);
    let mut rg = Vec::new();
    let mut cli = Vec::new();
    for q in &words {
        let t = Instant::now();
        Command::new("rg")
            .args(["-c", "-i", "-F", "--", &q.text])
            .arg(&raw)
            .stdout(Stdio::null())
            .status()
            .expect("running rg");
        rg.push(ms(t.elapsed()));
        cli.push(cli_search(index, q));
    }
    let (rg_median, cli_median) = (percentile(&mut rg, 50.0), percentile(&mut cli, 50.0));
    let speedup = rg_median / cli_median;
    table.add(
        "rg -c -i over the raw JSONL (same words)",
        format!(
            "{} words: rg median {rg_median:.0} ms vs CLI {cli_median:.1} ms = {speedup:.0}× faster",
            words.len()
        ),
        "CLI ≥ 20× faster",
        Some(speedup >= 20.0),
    );
    fs::remove_file(&raw).ok();
}

fn bbc_benchmark(table: &mut Table, args: &Args) {
    let corpus = args.work.join("bbc");
    fs::remove_dir_all(&corpus).ok();
    copy_dir(&args.bbc, &corpus);
    let index = fresh_dir(&args.work.join("index-bbc"));
    let first = run_index(&corpus, &index);
    let again = run_index(&corpus, &index);
    let victim = walk(&corpus)
        .find_map(|e| match e {
            WalkEvent::File(f) => Some(f.path),
            _ => None,
        })
        .expect("a file in the BBC corpus");
    let mut f = fs::OpenOptions::new()
        .append(true)
        .open(&victim)
        .expect("opening a BBC file");
    writeln!(f, "\n\"We changed this file,\" the benchmark said.").expect("touching");
    let touched = run_index(&corpus, &index);
    table.add(
        "BBC folder: first run",
        format!(
            "{:.2} s, peak {} MB: {}",
            first.elapsed.as_secs_f64(),
            first.peak_rss_mb,
            first.summary
        ),
        "",
        None,
    );
    table.add_rerun("BBC folder: unchanged re-run", &first, &again);
    table.add(
        "BBC folder: one file changed",
        format!(
            "{:.2} s: {}",
            touched.elapsed.as_secs_f64(),
            touched.summary
        ),
        "only that file",
        Some(touched.summary.starts_with("indexed 1 file ")),
    );
    fs::remove_dir_all(&corpus).ok();
    fs::remove_dir_all(&index).ok();
}

/// Writes `copies` copies of a JSON Lines corpus into one `.jsonl.gz`, with `-cN` appended to
/// every `id` and `url` so that no two articles are the same.
fn write_copies(corpus: &Path, out: &Path, copies: usize) {
    let mut w = flate2::write::GzEncoder::new(
        BufWriter::new(File::create(out).expect("creating the copies")),
        flate2::Compression::default(),
    );
    for copy in 0..copies {
        for line in open_lines(corpus) {
            let line = line.expect("reading the corpus");
            let line = suffix_value(&line, "\"id\": \"", copy);
            let line = suffix_value(&line, "\"url\": \"", copy);
            writeln!(w, "{line}").expect("writing the copies");
        }
    }
    w.finish().expect("finishing the copies");
}

/// `key` is `"id": "`: inserts `-cN` before the closing quote of its first value.
fn suffix_value(line: &str, key: &str, copy: usize) -> String {
    let Some(start) = line.find(key).map(|i| i + key.len()) else {
        return line.to_string();
    };
    let Some(len) = line[start..].find('"') else {
        return line.to_string();
    };
    let end = start + len;
    format!("{}-c{copy}{}", &line[..end], &line[end..])
}

fn open_lines(path: &Path) -> impl Iterator<Item = std::io::Result<String>> {
    let file = File::open(path).expect("opening the corpus");
    let reader: Box<dyn std::io::Read> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(file)))
    } else {
        Box::new(file)
    };
    BufReader::with_capacity(1 << 20, reader).lines()
}

fn decompress(corpus: &Path, out: &Path) {
    let mut w = BufWriter::new(File::create(out).expect("creating the raw JSONL"));
    for line in open_lines(corpus) {
        writeln!(w, "{}", line.expect("reading the corpus")).expect("writing the raw JSONL");
    }
    w.flush().expect("writing the raw JSONL");
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walking the BBC corpus");
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).expect("creating a folder");
        } else {
            fs::copy(entry.path(), &target).expect("copying a file");
            let mut perms = fs::metadata(&target).expect("a copied file").permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            perms.set_readonly(false);
            fs::set_permissions(&target, perms).expect("making a copy writable");
        }
    }
}

fn fresh_dir(dir: &Path) -> PathBuf {
    fs::remove_dir_all(dir).ok();
    fs::create_dir_all(dir).expect("creating a folder");
    dir.to_path_buf()
}

fn dir_size(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// The `p`th percentile (nearest rank) of `values`, sorting them.
fn percentile(values: &mut [f64], p: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * values.len() as f64).ceil() as usize;
    values[rank.clamp(1, values.len()) - 1]
}

fn loadavg() -> String {
    fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

/// Resets this process's peak RSS (`VmHWM`), Linux only; harmless elsewhere.
fn reset_peak_rss() {
    fs::write("/proc/self/clear_refs", "5").ok();
}

fn peak_rss_mb() -> u64 {
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}
