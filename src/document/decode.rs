//! Bytes → text: byte-order marks, UTF-16, the Windows-1252 fallback, binary detection, NUL
//! bytes and line endings. Every reader of a text-like format goes through [`decode`].

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// How many leading bytes are sniffed for binary content.
const SNIFF_LEN: usize = 8 * 1024;

/// File signatures of formats that are never articles.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7FELF", "ELF executable"),
    (b"\x1F\x8B", "gzip data without a .gz name"),
];

/// Text decoded from a file's bytes, and what the decoder had to guess.
#[derive(Debug)]
pub(crate) struct Decoded {
    /// The text: no BOM, no NUL, `\n` line endings only.
    pub text: String,
    /// Set when the bytes were not UTF-8 and an encoding was guessed.
    pub warning: Option<String>,
}

/// Decodes a whole file. `charset_hint` is a label declared by the file itself (an HTML
/// `<meta charset>`), tried before the Windows-1252 fallback. Errors say why the bytes are
/// not text ("binary file (PNG image)").
pub(crate) fn decode(bytes: Vec<u8>, charset_hint: Option<&str>) -> Result<Decoded, String> {
    let (text, warning) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        match std::str::from_utf8(rest) {
            Ok(s) => (s.to_owned(), None),
            Err(_) => (
                String::from_utf8_lossy(rest).into_owned(),
                Some("UTF-8 byte-order mark but invalid UTF-8; bad bytes replaced".to_owned()),
            ),
        }
    } else if bytes.starts_with(b"\xFF\xFE") {
        (decode_with(UTF_16LE, &bytes[2..]), None)
    } else if bytes.starts_with(b"\xFE\xFF") {
        (decode_with(UTF_16BE, &bytes[2..]), None)
    } else if let Some(encoding) = sniff_bomless_utf16(&bytes) {
        let warning = format!("no byte-order mark; decoded as {}", encoding.name());
        (decode_with(encoding, &bytes), Some(warning))
    } else {
        if let Some(what) = binary_kind(&bytes) {
            return Err(format!("binary file ({what})"));
        }
        match String::from_utf8(bytes) {
            Ok(s) => (s, None),
            // UTF-8 cut off in the middle of a character (`head -c`, a partial download): the
            // text is UTF-8; reading all of it as Windows-1252 would garble every “ and é.
            Err(err) if err.utf8_error().error_len().is_none() => {
                let valid = err.utf8_error().valid_up_to();
                let mut bytes = err.into_bytes();
                bytes.truncate(valid);
                let text = String::from_utf8(bytes).expect("valid up to here");
                let warning = "ends in the middle of a UTF-8 character; its last bytes dropped";
                (text, Some(warning.to_owned()))
            }
            Err(err) => {
                let bytes = err.into_bytes();
                let declared =
                    charset_hint.and_then(|label| Encoding::for_label(label.trim().as_bytes()));
                match declared {
                    Some(enc) if enc != encoding_rs::UTF_8 && enc != WINDOWS_1252 => {
                        let warning =
                            format!("not valid UTF-8; decoded as declared {}", enc.name());
                        (decode_with(enc, &bytes), Some(warning))
                    }
                    _ => (
                        decode_with(WINDOWS_1252, &bytes),
                        Some("not valid UTF-8; decoded as Windows-1252".to_owned()),
                    ),
                }
            }
        }
    };
    Ok(Decoded {
        text: normalize_newlines(text),
        warning,
    })
}

/// Decodes one line of a JSON Lines file: UTF-8 (BOM stripped) or Windows-1252.
/// Returns the text and whether the fallback was used.
pub(crate) fn decode_line(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, bool) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.into(), false),
        Err(_) => (decode_with(WINDOWS_1252, bytes).into(), true),
    }
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> String {
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// Why the start of `bytes` looks binary, if it does: a known signature, many NUL bytes, or
/// many other control bytes (compressed or random data).
pub(crate) fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(what);
    }
    let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
    if sample.is_empty() {
        return None;
    }
    let nul = sample.iter().filter(|&&b| b == 0).count();
    let control = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F)
        .count();
    if nul * 10 > sample.len() && nul >= 8 {
        Some("many NUL bytes")
    } else if control * 100 > sample.len() * 8 && control >= 4 {
        Some("many control bytes")
    } else {
        None
    }
}

/// UTF-16 without a byte-order mark: English text in UTF-16 has a NUL in (almost) every other
/// byte. Returns the byte order when the sample clearly looks like that.
fn sniff_bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN) & !1];
    if sample.len() < 16 {
        return None;
    }
    let pairs = sample.len() / 2;
    let (mut even_nul, mut odd_nul) = (0, 0);
    for pair in sample.chunks_exact(2) {
        even_nul += usize::from(pair[0] == 0);
        odd_nul += usize::from(pair[1] == 0);
    }
    let mostly = |n: usize| n * 10 >= pairs * 9;
    let rarely = |n: usize| n * 10 <= pairs;
    if mostly(odd_nul) && rarely(even_nul) {
        Some(UTF_16LE)
    } else if mostly(even_nul) && rarely(odd_nul) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Drops NUL characters and turns CRLF and lone CR into LF; copies only when needed.
pub(crate) fn normalize_newlines(text: String) -> String {
    if !text.bytes().any(|b| b == b'\r' || b == 0) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\0' => {}
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> Decoded {
        decode(bytes.to_vec(), None).expect("decodes")
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(text(b"caf\xC3\xA9").text, "café");
        let d = text(b"\xEF\xBB\xBFcaf\xC3\xA9");
        assert_eq!((d.text.as_str(), d.warning), ("café", None));
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let le: Vec<u8> = b"\xFF\xFE"
            .iter()
            .copied()
            .chain("Hé\r\nx".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = b"\xFE\xFF"
            .iter()
            .copied()
            .chain("Hé\r\nx".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(text(&le).text, "Hé\nx");
        assert_eq!(text(&be).text, "Hé\nx");
    }

    #[test]
    fn utf16_without_bom_is_sniffed_not_binary() {
        let le: Vec<u8> = "Plain English words in a row."
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let d = text(&le);
        assert_eq!(d.text, "Plain English words in a row.");
        assert!(d.warning.unwrap().contains("UTF-16LE"));
    }

    #[test]
    fn invalid_utf8_falls_back_to_windows_1252() {
        let d = text(b"Caf\xE9 \x93quoted\x94 \x80");
        assert_eq!(d.text, "Café \u{201C}quoted\u{201D} €");
        assert_eq!(
            d.warning.as_deref(),
            Some("not valid UTF-8; decoded as Windows-1252")
        );
    }

    #[test]
    fn utf8_cut_in_the_middle_of_a_character_stays_utf8() {
        let d = text(b"\xE2\x80\x9CQuoted\xE2\x80\x9D caf\xC3\xA9 \xE2\x80");
        assert_eq!(d.text, "“Quoted” café ");
        assert!(d.warning.unwrap().contains("middle of a UTF-8 character"));
        // An invalid byte elsewhere is still Windows-1252.
        assert_eq!(text(b"caf\xE9 \xE2\x80").text, "café â€");
    }

    #[test]
    fn declared_charset_is_used_for_invalid_utf8() {
        let d = decode(b"\xE9t\xE9".to_vec(), Some("iso-8859-15")).unwrap();
        assert_eq!(d.text, "été");
        assert!(d.warning.unwrap().contains("ISO-8859-15"));
    }

    #[test]
    fn mojibake_in_valid_utf8_is_left_alone() {
        let d = text("donâ€™t".as_bytes());
        assert_eq!((d.text.as_str(), d.warning), ("donâ€™t", None));
    }

    #[test]
    fn line_endings_and_nul_bytes() {
        assert_eq!(text(b"a\r\nb\rc\n\rd").text, "a\nb\nc\n\nd");
        assert_eq!(text(b"one\0 two\0").text, "one two");
    }

    #[test]
    fn binary_files_are_refused() {
        for (bytes, why) in [
            (&b"\x89PNG\r\n\x1a\nrest"[..], "PNG"),
            (b"%PDF-1.7 ...", "PDF"),
            (b"PK\x03\x04zip", "ZIP"),
            (b"\x7FELF\x02\x01", "ELF"),
            (b"\xFF\xD8\xFF\xE0", "JPEG"),
            (b"GIF89a....", "GIF"),
            (b"ab\0\0\0\0cd\0\0\0\0\0\0\0ef\0\0\0\0", "NUL"),
        ] {
            let err = decode(bytes.to_vec(), None).unwrap_err();
            assert!(err.starts_with("binary file"), "{why}: {err}");
        }
    }

    #[test]
    fn jsonl_lines_decode_each_on_its_own() {
        assert_eq!(decode_line(b"\xEF\xBB\xBF{}"), ("{}".into(), false));
        assert_eq!(decode_line(b"caf\xE9"), ("café".into(), true));
    }
}
