//! JSON (`.json`: one article object, or an array of them) and JSON Lines (`.jsonl`,
//! `.ndjson`: one article object a line).
//!
//! Field names, first present wins:
//! - body: [`TEXT_FIELDS`] — a string (paragraphs separated by blank lines, split like plain
//!   text) or an array of strings (one or more paragraphs each);
//! - title: `title`, `headline`; date: [`DATE_FIELDS`] (see [`super::date`]);
//! - url: `url`, `link`, `canonical_url`; source: `source`, `publisher`, `outlet`, `site_name`
//!   (a string or an object with a `name`); authors: `authors`, `author`, `byline` (a string
//!   split on commas, `;` and " and ", or an array of strings or `{name}` objects).

use serde_json::{Map, Value};

use super::normalize::clean;
use super::{date, text, Document};

/// Fields that may hold the article body, in order of preference.
pub const TEXT_FIELDS: &[&str] = &[
    "text",
    "body",
    "content",
    "article",
    "story",
    "full_text",
    "maintext",
    "description",
];
/// Fields that may hold the publication date, in order of preference.
pub const DATE_FIELDS: &[&str] = &[
    "date",
    "published",
    "published_at",
    "pubDate",
    "datePublished",
    "date_publish",
    "publish_date",
];
const TITLE_FIELDS: &[&str] = &["title", "headline"];
const URL_FIELDS: &[&str] = &["url", "link", "canonical_url"];
const SOURCE_FIELDS: &[&str] = &["source", "publisher", "outlet", "site_name"];
const AUTHOR_FIELDS: &[&str] = &["authors", "author", "byline"];

/// Why a JSON value is not an article.
pub(crate) fn no_text_reason() -> String {
    format!("no text field (looked for {})", TEXT_FIELDS.join(", "))
}

/// Turns one parsed JSON value into a document (without its id), or says why it is not one.
pub(crate) fn to_document(value: Value) -> Result<Document, String> {
    let Value::Object(mut obj) = value else {
        return Err(format!("not a JSON object but {}", kind(&value)));
    };
    let body = TEXT_FIELDS
        .iter()
        .find_map(|&k| match obj.remove(k) {
            Some(Value::String(s)) => Some(vec![s]),
            Some(Value::Array(items)) => {
                let strings: Vec<String> = items
                    .into_iter()
                    .filter_map(|v| {
                        if let Value::String(s) = v {
                            Some(s)
                        } else {
                            None
                        }
                    })
                    .collect();
                (!strings.is_empty()).then_some(strings)
            }
            _ => None,
        })
        .ok_or_else(no_text_reason)?;
    let mut paragraphs = Vec::new();
    for chunk in &body {
        // `blocks` trims a CR before LF; a lone CR is a space to `clean`.
        for block in text::blocks(chunk) {
            text::block_paragraphs(&block, false, &mut paragraphs);
        }
    }
    if paragraphs.is_empty() {
        return Err("empty text".to_owned());
    }
    let date = DATE_FIELDS.iter().find_map(|&k| match obj.get(k)? {
        Value::String(s) => date::parse(s),
        Value::Number(n) => date::from_timestamp(n.as_i64()?),
        _ => None,
    });
    Ok(Document {
        title: string_field(&obj, TITLE_FIELDS),
        date,
        url: string_field(&obj, URL_FIELDS),
        source: SOURCE_FIELDS.iter().find_map(|&k| name_of(obj.get(k)?)),
        authors: AUTHOR_FIELDS
            .iter()
            .find_map(|&k| authors_of(obj.get(k)?))
            .unwrap_or_default(),
        paragraphs,
        ..Document::default()
    })
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn string_field(obj: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|&k| match obj.get(k)? {
        Value::String(s) => Some(clean(s)).filter(|s| !s.is_empty()),
        _ => None,
    })
}

/// A string, or an object's `name`.
fn name_of(value: &Value) -> Option<String> {
    let s = match value {
        Value::String(s) => s,
        Value::Object(o) => o.get("name")?.as_str()?,
        _ => return None,
    };
    Some(clean(s)).filter(|s| !s.is_empty())
}

fn authors_of(value: &Value) -> Option<Vec<String>> {
    let authors = match value {
        Value::String(s) => split_authors(s),
        Value::Array(items) => items.iter().filter_map(name_of).collect(),
        Value::Object(_) => name_of(value).into_iter().collect(),
        _ => return None,
    };
    (!authors.is_empty()).then_some(authors)
}

/// Splits a byline on commas, semicolons and " and " ("By Ann Lee and Bo Chan" → two names).
pub(crate) fn split_authors(byline: &str) -> Vec<String> {
    let byline = clean(byline);
    let byline = byline
        .strip_prefix("By ")
        .or_else(|| byline.strip_prefix("by "))
        .unwrap_or(&byline);
    byline
        .split([',', ';', '|'])
        .flat_map(|part| part.split(" and "))
        .flat_map(|part| part.split(" & "))
        .map(|name| name.trim().trim_matches(['"', '\'']).trim())
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn allsides_shaped_record() {
        let doc = to_document(json!({
            "id": "x", "title": "Bomb suspect", "date": "7/23/17",
            "url": "http://n.example/a", "source": "New York Times - News",
            "authors": "N. R. Kleinfield, Ann Lee and \"Bo Chan\"",
            "text": "First para.\n\nSecond para.\r\n\r\nThird\u{00A0}para."
        }))
        .unwrap();
        assert_eq!(doc.title.as_deref(), Some("Bomb suspect"));
        assert_eq!(doc.date.as_deref(), Some("2017-07-23"));
        assert_eq!(doc.source.as_deref(), Some("New York Times - News"));
        assert_eq!(doc.authors, ["N. R. Kleinfield", "Ann Lee", "Bo Chan"]);
        assert_eq!(
            doc.paragraphs,
            ["First para.", "Second para.", "Third para."]
        );
    }

    #[test]
    fn alternative_field_shapes() {
        let doc = to_document(json!({
            "headline": "H", "body": ["One.", "Two.\n\nThree."], "published_at": 1474365600,
            "source": {"name": "Outlet"}, "author": [{"name": "A B"}, "C D"], "link": "u"
        }))
        .unwrap();
        assert_eq!(doc.title.as_deref(), Some("H"));
        assert_eq!(doc.paragraphs, ["One.", "Two.", "Three."]);
        assert_eq!(doc.date.as_deref(), Some("2016-09-20"));
        assert_eq!(doc.source.as_deref(), Some("Outlet"));
        assert_eq!(doc.authors, ["A B", "C D"]);
        assert_eq!(doc.url.as_deref(), Some("u"));
    }

    #[test]
    fn messy_dates_never_fail_the_record() {
        let doc = to_document(json!({"text": "x", "date": "sometime"})).unwrap();
        assert_eq!(doc.date, None);
        let doc = to_document(
            json!({"text": "x", "date": null, "pubDate": "Tue, 20 Sep 2016 10:00:00 GMT"}),
        )
        .unwrap();
        assert_eq!(doc.date.as_deref(), Some("2016-09-20"));
    }

    #[test]
    fn records_that_are_not_articles() {
        assert!(to_document(json!({"title": "t"}))
            .unwrap_err()
            .starts_with("no text field (looked for text, body"));
        assert_eq!(
            to_document(json!({"text": 3})).unwrap_err(),
            no_text_reason()
        );
        assert_eq!(
            to_document(json!({"text": " \n\u{200B} "})).unwrap_err(),
            "empty text"
        );
        assert_eq!(
            to_document(json!([1])).unwrap_err(),
            "not a JSON object but an array"
        );
    }
}
