//! Stage 5a (schema), analyzers: English stemming with a small memo of recent words.
//!
//! Snowball stemming was a sixth of the indexer's CPU time (and an allocation per changed word),
//! yet news prose is Zipfian: a few thousand words make most of the tokens. [`CachedStemmer`]
//! gives exactly the stems of tantivy's `Stemmer` (the same `frostem` algorithm) and keeps the
//! last word seen in each of [`SLOTS`] slots, chosen by a hash of the word: a hit costs a hash and
//! a compare, a miss a stem. Each analyzer instance (one per indexing thread and field) has its
//! own memo, so there is no locking; a clone starts empty.

use std::hash::BuildHasher;

use rustc_hash::FxBuildHasher;
use tantivy::tokenizer::{Language, Token, TokenFilter, TokenStream, Tokenizer};

/// Slots of the memo, a power of two (about 200 KB of strings: fits a core's L2 cache).
pub const SLOTS: usize = 1 << 12;

/// A token filter that stems like tantivy's `Stemmer`, memoising recent words.
#[derive(Clone)]
pub struct CachedStemmer {
    algorithm: frostem::Algorithm,
}

impl CachedStemmer {
    /// A memoising stemmer for `language` (English is the one newsidx uses).
    pub fn new(language: Language) -> CachedStemmer {
        use frostem::Algorithm as A;
        let algorithm = match language {
            Language::Arabic => A::Arabic,
            Language::Danish => A::Danish,
            Language::Dutch => A::Dutch,
            Language::English => A::English,
            Language::Finnish => A::Finnish,
            Language::French => A::French,
            Language::German => A::German,
            Language::Greek => A::Greek,
            Language::Hungarian => A::Hungarian,
            Language::Italian => A::Italian,
            Language::Norwegian => A::Norwegian,
            Language::Portuguese => A::Portuguese,
            Language::Romanian => A::Romanian,
            Language::Russian => A::Russian,
            Language::Spanish => A::Spanish,
            Language::Swedish => A::Swedish,
            Language::Tamil => A::Tamil,
            Language::Turkish => A::Turkish,
        };
        CachedStemmer { algorithm }
    }
}

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter {
            inner,
            memo: Memo::new(self.algorithm),
        }
    }
}

/// The tokenizer [`CachedStemmer`] makes.
#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    inner: T,
    memo: Memo,
}

/// Word → stem for the last word seen in each slot.
struct Memo {
    stemmer: frostem::Stemmer,
    /// `(word, stem)`; an empty word is an empty slot (tokens are never empty).
    slots: Vec<(String, String)>,
}

impl Memo {
    fn new(algorithm: frostem::Algorithm) -> Memo {
        Memo {
            stemmer: frostem::Stemmer::new(algorithm),
            slots: Vec::new(),
        }
    }

    /// Replaces `word` by its stem.
    fn stem(&mut self, word: &mut String) {
        if self.slots.is_empty() {
            self.slots = vec![(String::new(), String::new()); SLOTS];
        }
        let slot = FxBuildHasher.hash_one(word.as_str()) as usize & (SLOTS - 1);
        let (key, stem) = &mut self.slots[slot];
        if key != word {
            key.clear();
            key.push_str(word);
            stem.clear();
            stem.push_str(&self.stemmer.stem(word));
        }
        if stem != word {
            word.clear();
            word.push_str(stem);
        }
    }
}

impl Clone for Memo {
    /// A clone starts with an empty memo: analyzers are cloned per indexing thread and query.
    fn clone(&self) -> Self {
        Memo {
            stemmer: self.stemmer,
            slots: Vec::new(),
        }
    }
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
            memo: &mut self.memo,
        }
    }
}

/// The token stream of [`CachedStemmerFilter`].
pub struct CachedStemmerStream<'a, S> {
    tail: S,
    memo: &'a mut Memo,
}

impl<S: TokenStream> TokenStream for CachedStemmerStream<'_, S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        self.memo.stem(&mut self.tail.token_mut().text);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, Stemmer, TextAnalyzer};

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
        }
        out
    }

    #[test]
    fn stems_like_tantivy_the_first_time_and_every_time_after() {
        let mut plain = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::English))
            .build();
        let mut cached = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(CachedStemmer::new(Language::English))
            .build();
        let text = "Officials said the talks were running; running talks, said officials. \
                    The president's generously generous policies";
        let expected = tokens(&mut plain, text);
        assert_eq!(tokens(&mut cached, text), expected);
        assert_eq!(tokens(&mut cached, text), expected, "from the memo");
        assert_eq!(tokens(&mut cached.clone(), text), expected, "a clone");

        // More words than slots: collisions evict, stems stay right.
        let many: String = (0..3 * SLOTS)
            .map(|i| format!("runnings{i}x nationalizations{} ", i % 97))
            .collect();
        let expected = tokens(&mut plain, &many);
        assert_eq!(tokens(&mut cached, &many), expected);
        assert_eq!(tokens(&mut cached, &many), expected);
    }
}
