//! Publication dates as found in the wild → ISO `YYYY-MM-DD`.
//!
//! Handles ISO 8601 (`2016-09-20`, `2016-09-20T10:00:00Z`, `2016-09-20 10:00:00`),
//! `YYYY/MM/DD`, US `MM/DD/YYYY` and `M/D/YY` (day first when the first number is over 12),
//! `Month D, YYYY`, `D Month YYYY`, RFC 2822 (`Tue, 20 Sep 2016 10:00:00 +0000`) and Unix
//! timestamps. Anything else is `None`, never an error.

/// English month names; any prefix of three letters or more matches (`Sep`, `Sept`).
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Parses a date string; `None` when it is not a recognisable, valid calendar date.
pub(crate) fn parse(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    if raw.bytes().all(|b| b.is_ascii_digit()) && raw.len() >= 9 {
        return from_timestamp(raw.parse().ok()?);
    }
    let tokens = tokenize(raw);
    let (y, m, d) = if let Some(month) = tokens.iter().find_map(|t| match t {
        Token::Word(w) => month_number(w),
        _ => None,
    }) {
        let numbers = || {
            tokens.iter().filter_map(|t| match t {
                Token::Number(n, digits) => Some((*n, *digits)),
                _ => None,
            })
        };
        let year = numbers().find(|&(_, digits)| digits == 4)?.0;
        let day = numbers()
            .find(|&(n, digits)| digits <= 2 && (1..=31).contains(&n))?
            .0;
        (year, month, day)
    } else {
        let nums: Vec<(u32, usize)> = tokens
            .iter()
            .filter_map(|t| match t {
                Token::Number(n, digits) => Some((*n, *digits)),
                _ => None,
            })
            .take(3)
            .collect();
        let [(a, a_len), (b, _), (c, c_len)] = nums[..] else {
            return None;
        };
        if a_len == 4 {
            (a, b, c)
        } else if c_len == 4 || c_len == 2 {
            let year = if c_len == 2 { expand_year(c) } else { c };
            if a > 12 && b <= 12 {
                (year, b, a)
            } else {
                (year, a, b)
            }
        } else {
            return None;
        }
    };
    valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// A date given as seconds (or milliseconds) since 1970.
pub(crate) fn from_timestamp(secs: i64) -> Option<String> {
    let secs = if secs > 100_000_000_000 {
        secs / 1000
    } else {
        secs
    };
    let days = secs.div_euclid(86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let (y, m, d) = (u32::try_from(y).ok()?, m as u32, d as u32);
    valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

#[derive(Debug, PartialEq)]
enum Token<'a> {
    Word(&'a str),
    /// A number and how many digits it was written with.
    Number(u32, usize),
}

/// Words and numbers, leaving out times (`10:00:00`) and numeric time zones (`+0000`).
fn tokenize(raw: &str) -> Vec<Token<'_>> {
    let bytes = raw.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() && tokens.len() < 12 {
        let start = i;
        let b = bytes[i];
        if b.is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let is_time = bytes.get(i) == Some(&b':') || (start > 0 && bytes[start - 1] == b':');
            let is_zone = start > 0 && matches!(bytes[start - 1], b'+') && i - start == 4;
            if !(is_time || is_zone) && i - start <= 8 {
                if let Ok(n) = raw[start..i].parse() {
                    tokens.push(Token::Number(n, i - start));
                }
            }
            // ISO `T` between date and time: skip it so it is not read as a word.
        } else if b.is_ascii_alphabetic() {
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            // Ordinal suffixes (1st, 22nd) and the ISO `T` are not words.
            let word = &raw[start..i];
            let after_digit = start > 0 && bytes[start - 1].is_ascii_digit();
            if !after_digit {
                tokens.push(Token::Word(word));
            }
        } else {
            i += raw[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    tokens
}

fn month_number(word: &str) -> Option<u32> {
    if word.len() < 3 {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| m.starts_with(&lower))
        .map(|i| i as u32 + 1)
}

/// Two-digit years: 00–68 are 20xx, 69–99 are 19xx (as POSIX `strptime`).
fn expand_year(yy: u32) -> u32 {
    if yy < 69 {
        2000 + yy
    } else {
        1900 + yy
    }
}

fn valid(y: u32, m: u32, d: u32) -> bool {
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1000..=2999).contains(&y) && (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_formats_table() {
        for (raw, want) in [
            ("2016-09-20", Some("2016-09-20")),
            ("2016-09-20T10:00:00Z", Some("2016-09-20")),
            ("2016-09-20T23:59:59-05:00", Some("2016-09-20")),
            ("2016-09-20 10:00:00", Some("2016-09-20")),
            ("2016/9/2", Some("2016-09-02")),
            ("7/23/17", Some("2017-07-23")),
            ("12/1/16", Some("2016-12-01")),
            ("09/20/2016", Some("2016-09-20")),
            ("23/07/2017", Some("2017-07-23")),
            ("September 20, 2016", Some("2016-09-20")),
            ("Sept. 2, 2016 10:00 AM", Some("2016-09-02")),
            ("20 September 2016", Some("2016-09-20")),
            ("1st March 2019", Some("2019-03-01")),
            ("Tue, 20 Sep 2016 10:00:00 +0000", Some("2016-09-20")),
            ("Tue, 20 Sep 2016 10:00:00 GMT", Some("2016-09-20")),
            ("1474365600", Some("2016-09-20")),
            ("1474365600000", Some("2016-09-20")),
            ("2016-02-30", None),
            ("13/13/2016", None),
            ("yesterday", None),
            ("", None),
            ("May", None),
            ("2016", None),
            ("Mayday 99", None),
        ] {
            assert_eq!(parse(raw).as_deref(), want, "parse({raw:?})");
        }
    }
}
