//! HTML (`.html`, `.htm`), parsed by a real HTML5 parser (scraper / html5ever).
//!
//! - Title: `og:title`, else the first `<h1>` of the article, else `<title>`, else any `<h1>`.
//! - Paragraphs: the content blocks (`p`, `blockquote`, `li`, `h2`–`h6`, `pre`, `td`, ...) of
//!   the largest `<article>`, else `<main>`, else `<body>`, in document order; boilerplate
//!   (`script`, `style`, `nav`, `header`, `footer`, `aside`, `form`, `figure`...) is skipped.
//! - A page whose content blocks hold under a quarter of its visible text (no `<p>`, text in
//!   `<div>`s and `<br>`s) falls back to all visible text split at block and `<br>` boundaries,
//!   so no text is lost.
//! - Metadata from `<meta>`: `article:published_time` (and the usual date names), `og:url` or
//!   the canonical link, `og:site_name`, `author`.
//!
//! Every walk over the tree is iterative, so deeply nested markup cannot overflow the stack.

use ego_tree::iter::Edge;
use ego_tree::NodeRef;
use scraper::{Html, Node};

use super::date;
use super::normalize::{clean, push_paragraph};
use super::Document;

/// Elements whose whole subtree is boilerplate.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "noscript",
    "figure",
    "figcaption",
    "template",
    "svg",
    "math",
    "iframe",
    "button",
    "select",
    "textarea",
    "head",
    "title",
    "object",
    "canvas",
    "dialog",
];

/// Elements whose text is article text.
const CONTENT: &[&str] = &[
    "p",
    "blockquote",
    "li",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "td",
    "th",
    "dd",
    "dt",
    "caption",
    "address",
];

/// Elements that end a paragraph when they open or close (besides [`CONTENT`]).
const BLOCK: &[&str] = &[
    "div", "section", "article", "main", "body", "html", "ul", "ol", "dl", "table", "tbody",
    "thead", "tfoot", "tr", "h1", "br", "hr", "center", "details", "summary", "fieldset", "legend",
    "hgroup", "menu",
];

/// `<meta>` names (or properties) giving the publication date, best first.
const DATE_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "date",
];

/// `<meta>` names giving the byline.
const AUTHOR_META: &[&str] = &[
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "dc.creator",
];

/// Reads a decoded HTML page into a document (without its id).
pub(crate) fn read(source: &str) -> Document {
    let html = Html::parse_document(source);
    let meta = Meta::collect(&html);
    let root = content_root(&html);

    let title = meta
        .og_title
        .clone()
        .or_else(|| first_text_of(root, "h1"))
        .or_else(|| first_text_of(html.tree.root(), "title"))
        .or_else(|| first_text_of(html.tree.root(), "h1"));

    let strict = paragraphs(root, true);
    let all_chars = visible_chars(root);
    let strict_chars: usize = strict.iter().map(String::len).sum();
    let mut paragraphs = if strict_chars * 4 >= all_chars && !strict.is_empty() {
        strict
    } else {
        paragraphs(root, false)
    };
    if paragraphs
        .first()
        .is_some_and(|p| Some(p) == title.as_ref())
    {
        paragraphs.remove(0);
    }

    let date = meta
        .dates
        .iter()
        .find_map(|(_, d)| date::parse(d))
        .or_else(|| first_attr_of(root, "time", "datetime").and_then(|d| date::parse(&d)));
    Document {
        title,
        date,
        url: meta.url.or(meta.canonical),
        source: meta.site_name,
        authors: meta.authors,
        paragraphs,
        ..Document::default()
    }
}

/// The charset a page declares in its first bytes (`<meta charset="...">` or
/// `content="text/html; charset=..."`), for decoding a page that is not UTF-8.
pub(crate) fn sniff_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let label: String = lower[at..]
        .iter()
        .map(|&b| b as char)
        .skip_while(|c| matches!(c, '"' | '\'' | ' '))
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    (!label.is_empty()).then_some(label)
}

/// What the `<meta>` and `<link>` elements say.
#[derive(Default)]
struct Meta {
    og_title: Option<String>,
    dates: Vec<(usize, String)>,
    url: Option<String>,
    canonical: Option<String>,
    site_name: Option<String>,
    authors: Vec<String>,
}

impl Meta {
    fn collect(html: &Html) -> Meta {
        let mut meta = Meta::default();
        for node in html.tree.root().descendants() {
            let Some(el) = node.value().as_element() else {
                continue;
            };
            match el.name() {
                "meta" => {
                    let Some(content) = el.attr("content").map(clean).filter(|c| !c.is_empty())
                    else {
                        continue;
                    };
                    let key = el
                        .attr("property")
                        .or_else(|| el.attr("name"))
                        .or_else(|| el.attr("itemprop"))
                        .unwrap_or("")
                        .to_ascii_lowercase();
                    if let Some(rank) = DATE_META.iter().position(|&k| k == key) {
                        meta.dates.push((rank, content));
                    } else if AUTHOR_META.contains(&key.as_str()) {
                        if !content.starts_with("http") && meta.authors.is_empty() {
                            meta.authors = super::json::split_authors(&content);
                        }
                    } else {
                        let slot = match key.as_str() {
                            "og:title" => &mut meta.og_title,
                            "og:url" => &mut meta.url,
                            "og:site_name" => &mut meta.site_name,
                            _ => continue,
                        };
                        slot.get_or_insert(content);
                    }
                }
                "link"
                    if el
                        .attr("rel")
                        .is_some_and(|r| r.eq_ignore_ascii_case("canonical")) =>
                {
                    if let Some(href) = el.attr("href") {
                        meta.canonical.get_or_insert_with(|| href.trim().to_owned());
                    }
                }
                _ => {}
            }
        }
        meta.dates.sort_by_key(|(rank, _)| *rank);
        meta
    }
}

/// The subtree holding the article: the `<article>` with the most text, else `<main>`, else
/// `<body>`, else the whole document.
fn content_root(html: &Html) -> NodeRef<'_, Node> {
    let root = html.tree.root();
    let named = |name: &'static str| {
        root.descendants()
            .filter(move |n| element_name(*n) == Some(name))
    };
    named("article")
        .map(|n| (visible_chars(n), n))
        .filter(|(chars, _)| *chars > 0)
        .max_by_key(|(chars, _)| *chars)
        .map(|(_, n)| n)
        .or_else(|| named("main").find(|n| visible_chars(*n) > 0))
        .or_else(|| named("body").next())
        .unwrap_or(root)
}

fn element_name<'a>(node: NodeRef<'a, Node>) -> Option<&'a str> {
    node.value().as_element().map(|el| el.name())
}

/// The cleaned text of the first `name` element under `root` that has any.
fn first_text_of(root: NodeRef<'_, Node>, name: &str) -> Option<String> {
    root.descendants()
        .filter(|n| element_name(*n) == Some(name))
        .find_map(|n| {
            let text: String = n
                .descendants()
                .filter_map(|d| d.value().as_text().map(|t| &**t))
                .collect();
            Some(clean(&text)).filter(|t| !t.is_empty())
        })
}

fn first_attr_of(root: NodeRef<'_, Node>, name: &str, attr: &str) -> Option<String> {
    root.descendants()
        .filter(|n| element_name(*n) == Some(name))
        .find_map(|n| n.value().as_element()?.attr(attr).map(str::to_owned))
}

/// Bytes of text outside skipped elements.
fn visible_chars(root: NodeRef<'_, Node>) -> usize {
    let mut total = 0;
    walk_visible(root, |event| {
        if let Visit::Text(t) = event {
            total += t.trim().len();
        }
    });
    total
}

/// Paragraphs under `root`: with `strict`, only the text inside content blocks; otherwise all
/// visible text, split at every block boundary.
fn paragraphs(root: NodeRef<'_, Node>, strict: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut content_depth = 0usize;
    walk_visible(root, |event| match event {
        Visit::Text(t) => {
            if !strict || content_depth > 0 {
                buf.push_str(t);
            }
        }
        Visit::Open(name) | Visit::Close(name) => {
            let content = CONTENT.contains(&name);
            if content || BLOCK.contains(&name) {
                push_paragraph(&mut out, &buf);
                buf.clear();
            }
            if content {
                if matches!(event, Visit::Open(_)) {
                    content_depth += 1;
                } else {
                    content_depth -= 1;
                }
            }
        }
    });
    push_paragraph(&mut out, &buf);
    out
}

enum Visit<'a> {
    Open(&'a str),
    Close(&'a str),
    Text(&'a str),
}

/// Visits the elements and text under `root` in document order, skipping boilerplate subtrees
/// and comments. Iterative (no recursion).
fn walk_visible<'a>(root: NodeRef<'a, Node>, mut visit: impl FnMut(Visit<'a>)) {
    let mut skipping: Option<ego_tree::NodeId> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) if SKIPPED.contains(&el.name()) => skipping = Some(node.id()),
                    Node::Element(el) => visit(Visit::Open(el.name())),
                    Node::Text(t) => visit(Visit::Text(t)),
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                } else if skipping.is_none() {
                    if let Node::Element(el) = node.value() {
                        visit(Visit::Close(el.name()));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_page_with_metadata_and_boilerplate() {
        let page = r#"<!doctype html><html><head>
            <title>Storm hits coast | The Daily</title>
            <meta property="og:title" content="Storm hits coast">
            <meta property="article:published_time" content="2024-03-05T10:00:00Z">
            <meta property="og:url" content="https://daily.example/storm">
            <meta property="og:site_name" content="The Daily">
            <meta name="author" content="Ann Lee and Bo Chan">
            <style>p { color: red }</style></head>
            <body><nav><p>Home | World</p></nav>
            <header><h1>Site banner</h1></header>
            <article><h1>Storm hits coast</h1>
              <p>The storm&nbsp;arrived <b>early</b> on Tuesday.</p>
              <figure><img src="x.jpg"><figcaption>A photo</figcaption></figure>
              <blockquote>&ldquo;It was loud,&rdquo; said a resident.</blockquote>
              <script>var ad = 1;</script>
              <ul><li>Roads closed</li><li>Schools shut</li></ul>
              <h2>Aftermath</h2><p>Clean-up begins.</p>
            </article>
            <aside><p>Related stories</p></aside><footer><p>Copyright</p></footer>
            </body></html>"#;
        let doc = read(page);
        assert_eq!(doc.title.as_deref(), Some("Storm hits coast"));
        assert_eq!(doc.date.as_deref(), Some("2024-03-05"));
        assert_eq!(doc.url.as_deref(), Some("https://daily.example/storm"));
        assert_eq!(doc.source.as_deref(), Some("The Daily"));
        assert_eq!(doc.authors, ["Ann Lee", "Bo Chan"]);
        assert_eq!(
            doc.paragraphs,
            [
                "The storm arrived early on Tuesday.",
                "\u{201C}It was loud,\u{201D} said a resident.",
                "Roads closed",
                "Schools shut",
                "Aftermath",
                "Clean-up begins.",
            ]
        );
    }

    #[test]
    fn title_falls_back_to_title_element_then_h1() {
        assert_eq!(
            read("<title> Page  title </title><p>x</p>")
                .title
                .as_deref(),
            Some("Page title")
        );
        assert_eq!(
            read("<h1>Heading</h1><p>x</p>").title.as_deref(),
            Some("Heading")
        );
        assert_eq!(read("<p>x</p>").title, None);
    }

    #[test]
    fn page_without_p_keeps_its_text_split_at_br_and_blocks() {
        let doc = read("<html><body><div>First line<br>Second line<br><br>Third</div><div>Fourth <i>part</i></div></body></html>");
        assert_eq!(
            doc.paragraphs,
            ["First line", "Second line", "Third", "Fourth part"]
        );
    }

    #[test]
    fn text_mostly_outside_p_falls_back_to_all_text() {
        let body =
            "Long article text written in a div without any paragraph markup at all. ".repeat(5);
        let doc = read(&format!(
            "<body><p>Cookie notice</p><div>{body}</div></body>"
        ));
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.paragraphs[1], body.trim());
    }

    #[test]
    fn canonical_link_and_time_element() {
        let doc = read(
            r#"<link rel="canonical" href="https://x.example/a"><main><time datetime="2020-01-02">Jan 2</time><p>Body.</p></main>"#,
        );
        assert_eq!(doc.url.as_deref(), Some("https://x.example/a"));
        assert_eq!(doc.date.as_deref(), Some("2020-01-02"));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 5_000;
        let page = format!(
            "{}<p>deep</p>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let doc = read(&page);
        assert_eq!(doc.paragraphs, ["deep"]);
    }

    #[test]
    fn charset_is_sniffed() {
        assert_eq!(
            sniff_charset(br#"<meta charset="ISO-8859-15">"#).as_deref(),
            Some("iso-8859-15")
        );
        assert_eq!(
            sniff_charset(
                br#"<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">"#
            )
            .as_deref(),
            Some("windows-1251")
        );
        assert_eq!(sniff_charset(b"<p>no charset</p>"), None);
    }
}
