//! The attribution sieve: which words in a paragraph report speech, and who speaks them.
//!
//! Rules, in the order they are tried for every reporting cue:
//! 1. `according to S` — the speaker follows the cue.
//! 2. `S said` / `S, who ..., said` / `S has repeatedly said` — the speaker precedes the cue,
//!    across adverbs and one appositive or relative clause.
//! 3. `"Q," said S` — after a quote or at a sentence start, the speaker follows the cue.
//! 4. `..., telling reporters` / `before adding` — a participle takes its clause's subject.
//!
//! A weak cue ("added", "noted") counts only next to speech: a quote touching the cue or its
//! subject, `that` (not a relative "a report that found"), an indirect question ("asked
//! whether"), a colon, a closing frame (", CNN reported."), or — for verbs of saying — a clause
//! without "that" ("claimed a study had been done").
//! Pronouns and nominal mentions ("the president") are resolved later, by the document pass.

use super::entities::{role_word_at, strip_possessive, title_cased, Chunk, ChunkKind};
use super::lexicon::{
    is_age, is_courtesy_title, is_function_word, is_generational_suffix, is_ly_adverb,
    is_number_word, is_office_modifier, is_party_member, is_plural_noun, Cue, Lexicon,
    ADVERBS_BEFORE_PARTICIPLE, AUTHORING_VERBS, BETWEEN_SUBJECT_AND_CUE, BE_FORMS,
    BODY_TITLE_NOUNS, CLAUSE_BOUNDARIES, CLAUSE_OPENERS, COMPARING_VERBS, CUE_PARTICLES,
    CUE_UNDOING_PARTICLES, DETERMINERS, DOCUMENT_NOUNS, FINDINGS_WITH_THAT,
    GAME_WORDS_AFTER_HIT_BACK, HEADLINE_SOURCE_NOUNS, HEADLINE_STANCE_VERBS, INVERTING_CUES,
    JUDGING_VERBS, MODALS, NAME_PARTICLES, NAMING_VERBS, NOT_VERBS, NOUN_CUES, OBTAINING_VERBS,
    PARTICLE_ONLY, PARTY_MEMBERS, PASSIVE_PARTICLES, PERCEIVING_VERBS, PLACING_WORDS, PREPOSITIONS,
    RAISING_PARTICIPLES, REACTION_NOUNS, REPORTING_VERBS, RESPONSE_NOUNS, RUBRIC_LABELS,
    SPEAKING_FOR_ROLES, SPEECH_EVENT_NOUNS, SPEECH_NOUNS, SUBJECT_PRONOUNS, SUBORDINATORS,
    THOUGHT_VERBS, TIME_NOUNS, VIEW_NOUNS,
};
use super::tokens::{Kind, Tokens};
use super::EntityKind;
use super::SpeechKind;
use crate::document::MONTHS;

/// Who a rule found speaking, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mention {
    /// A name chunk (by index into the paragraph's chunks).
    Name(usize),
    /// A personal pronoun at this token.
    Pronoun(usize),
    /// A nominal phrase, tokens `first..=last`, whose head noun is the last token.
    Nominal {
        /// First token (the determiner, if any).
        first: usize,
        /// Last token: the head noun.
        last: usize,
    },
}

/// One act of speech found in a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// Who speaks.
    pub mention: Mention,
    /// The cue token ("said"), or the "according" of "according to".
    pub cue: usize,
    /// The cue as written ("said", "according to").
    pub cue_text: String,
    /// Direct when the sentence has a quotation, else indirect.
    pub kind: SpeechKind,
    /// The rule that fired.
    pub rule: &'static str,
    /// The sentence index of the cue.
    pub sentence: usize,
    /// Byte span of the reported words, for indirect speech.
    pub content: Option<(usize, usize)>,
}

struct Finder<'t, 'a> {
    t: &'t Tokens<'a>,
    chunks: &'t [Chunk],
    /// For each token, the chunk it belongs to.
    chunk_of: Vec<Option<usize>>,
    /// For each token, its lowercased text if it is a word: what [`Finder::word`] answers,
    /// sliced once per paragraph rather than at each of its many calls.
    words: Vec<Option<&'t str>>,
    lx: &'static Lexicon,
    /// Whether the paragraph is the document's headline, where a weak verb reports a stance.
    headline: bool,
    /// Whether the next paragraph opens with a quotation, which a closing colon introduces.
    quote_follows: bool,
}

/// Finds every attribution in a tokenised paragraph with its name chunks; `headline` says the
/// paragraph is the document's headline, `quote_follows` that the next one opens with a
/// quotation.
pub fn find_attributions(
    t: &Tokens,
    chunks: &[Chunk],
    headline: bool,
    quote_follows: bool,
) -> Vec<Attribution> {
    // (Filled, not `vec![None; n]`: a zeroed allocation takes the allocator's slow aligned
    // path, which costs more than writing the slots.)
    let mut chunk_of = Vec::with_capacity(t.toks.len());
    chunk_of.resize(t.toks.len(), None);
    for (c, chunk) in chunks.iter().enumerate() {
        for slot in &mut chunk_of[chunk.first..=chunk.last] {
            *slot = Some(c);
        }
    }
    let f = Finder {
        t,
        chunks,
        chunk_of,
        words: (0..t.toks.len())
            .map(|i| (t.toks[i].kind == Kind::Word).then(|| t.lower(i)))
            .collect(),
        lx: Lexicon::get(),
        headline,
        quote_follows,
    };
    let mut out = Vec::new();
    for i in 0..t.toks.len() {
        let Some(lower) = f.word(i).filter(|_| t.toks[i].quote.is_none()) else {
            continue;
        };
        if lower == "according" && i + 1 < t.toks.len() && t.text(i + 1) == "to" {
            if let Some(m) = f.mention_right(i + 2) {
                out.push(f.attribution(m, i, "according to".into(), "according-to", i + 1));
            }
            continue;
        }
        // "in the words of Smith", "in Bolton's view": the same framing as "according to".
        if lower == "in" {
            if let Some((m, last)) = f.in_the_view_of(i) {
                let cue_text = t.text[t.toks[i].start..t.toks[last].end].to_string();
                out.push(f.attribution(m, i, cue_text, "according-to", last));
            }
            continue;
        }
        let Some(cue) = f.lx.cue(lower) else { continue };
        // A cue word used as a noun: "the report found", "his claims", "An August PBO report".
        let noun_cue = NOUN_CUES.contains(&cue.lemma);
        // ("reports", "states": the plural of such a noun.)
        let plural_form = noun_cue && lower.strip_suffix('s') == Some(cue.lemma);
        let noun_form = !cue.participle
            && !t.is_capitalized(i)
            && noun_cue
            && (lower == cue.lemma || plural_form);
        let determiner =
            |j: usize| t.toks[j].kind == Kind::Word && DETERMINERS.contains(&t.lower(j));
        // "Republican claims of breakthroughs": a noun with its complement; "battleground
        // states could be decisive": a noun that a verb follows.
        let noun = noun_form
            && i > 0
            && (determiner(i - 1)
                // "the biggest questions", "her latest claims": a superlative between.
                || (i > 1
                    && determiner(i - 2)
                    && f.word(i - 1).is_some_and(|w| w.len() > 5 && w.ends_with("est")))
                || matches!(
                    f.word(i - 1),
                    Some("all" | "every" | "each" | "these" | "those" | "such" | "no" | "any")
                )
                || f.word(i + 1) == Some("of")
                // "but comments from senior officials have fuelled talk": a subject, with no
                // subject of its own before it.
                // (Not after "and", where a verb may share the subject: "travelled to Kabul and
                // reports from the city".)
                || (f.word(i + 1) == Some("from")
                    && f.word(i - 1)
                        .is_some_and(|w| w != "and" && CLAUSE_BOUNDARIES.contains(&w)))
                || f.word(i + 1)
                    .is_some_and(|w| MODALS.contains(&w) || matches!(w, "are" | "were" | "have"))
                // "media reports that", "police reports show": a plural takes no "-s" verb.
                || (lower != cue.lemma
                    && f.word(i - 1).is_some_and(|w| {
                        !t.is_capitalized(i - 1) && f.lx.is_group_noun(w) && is_plural_noun(w)
                    }))
                || f.chunk_of[i - 1].is_some_and(|c| {
                    // "An August PBO report", "Bush's Facebook post", "from Twitter post"; but
                    // "The Washington Times reports Beck will ...", "..., The Hill reports.": an
                    // outlet with its article, then what it reports.
                    let first = f.chunks[c].first;
                    let reports = lower != cue.lemma
                        && (first.saturating_sub(2)..first).any(|j| f.word(j) == Some("the"))
                        && (i + 1 >= t.toks.len()
                            || t.is_punct(i + 1, '.')
                            || t.is_punct(i + 1, ':')
                            || f.word(i + 1) == Some("that")
                            || t.is_capitalized(i + 1));
                    // ("as the legal expert Tim Wu puts it": the article is the role's.)
                    let person = f.chunks[c].kind == ChunkKind::Entity(EntityKind::Person);
                    let role_led = person && !t.is_capitalized(first);
                    // ("As the Post's Dana Milbank puts it": a writer of the outlet, by full
                    // name.)
                    let outlets_writer = person
                        && f.chunks[c].last > first
                        && first > 0
                        && f.chunk_of[first - 1].is_some_and(|o| f.chunks[o].possessive);
                    !reports
                        && !role_led
                        && !outlets_writer
                        && (first.saturating_sub(2)..first).any(|j| {
                            determiner(j)
                                || f.chunk_of[j].is_some_and(|o| f.chunks[o].possessive)
                                || f.word(j).is_some_and(|w| PREPOSITIONS.contains(&w))
                        })
                }));
        // "North Korean state media reports", "state officials": "state" before a noun is one.
        let state_noun = matches!(lower, "state" | "states")
            && f.word(i + 1).is_some_and(|w| {
                !t.is_capitalized(i + 1)
                    && !DETERMINERS.contains(&w)
                    && !SUBJECT_PRONOUNS.contains(&w)
                    && !matches!(w, "that" | "to" | "in" | "on" | "it" | "him" | "her" | "them")
                    // ("He states however, that ...": an adverb.)
                    && !is_ly_adverb(w)
                    && !BETWEEN_SUBJECT_AND_CUE.contains(&w)
            });
        // "Republican state Sen. Paul Bettencourt warned": "state" qualifies the title after it.
        let state_office = lower == "state"
            && f.chunk_of
                .get(i + 1)
                .copied()
                .flatten()
                .is_some_and(|c| f.chunks[c].first == i + 1 && !f.chunks[c].roles.is_empty());
        if noun || state_noun || state_office || (plural_form && f.plural_before_relative(i)) {
            continue;
        }
        if f.chunk_of[i].is_some() {
            continue; // part of a name ("Says Law")
        }
        // "It goes without saying", "declared for president": idioms, not speech.
        // "Scott Barlow ... writes exclusively for our subscribers": writing as a job.
        let writes_for = cue.lemma == "write"
            && matches!(lower, "write" | "writes")
            && !t.sentence_quoted(t.toks[i].sentence)
            && {
                let next = match f.word(i + 1) {
                    Some(w) if is_ly_adverb(w) => i + 2,
                    _ => i + 1,
                };
                f.word(next) == Some("for")
            };
        if writes_for
            || (cue.participle && i > 0 && t.lower(i - 1) == "without")
            || (cue.lemma == "go" && f.word(i + 1) == Some("without"))
            || (cue.lemma == "declare" && f.word(i + 1) == Some("for"))
        {
            continue;
        }
        // "spokeswoman Hope Hicks said": a capitalised cue inside a sentence, before a name, is
        // a first name (a headline's "Trump Blasts Clinton" is title case).
        if !t.title_case
            && t.is_capitalized(i)
            && !t.starts_sentence(i)
            && f.chunk_of.get(i + 1).copied().flatten().is_some_and(|c| {
                chunks[c].first == i + 1 && chunks[c].kind != ChunkKind::Entity(EntityKind::Place)
            })
        {
            continue;
        }
        if cue.participle && f.comma_before(i) {
            let sentence = t.toks[i].sentence;
            // "The ministry condemned the remarks ..., while Petro responded ..., warning him":
            // a later clause with a subject of its own is that subject's.
            let own_subject = out
                .iter()
                .rev()
                .find(|a| a.sentence == sentence)
                .and_then(|prev| {
                    let m = f.clause_subject(i - 1)?;
                    (f.mention_start(&m) > prev.cue).then_some(m)
                });
            if let Some(m) = own_subject {
                out.push(f.attribution(
                    m,
                    i,
                    t.text(i).to_string(),
                    "participle-clause-subject",
                    i,
                ));
                continue;
            }
            if let Some(prev) = out.iter().rev().find(|a| a.sentence == sentence).cloned() {
                // "Lohmar said, adding that ...": the same speaker goes on.
                out.push(f.attribution(
                    prev.mention,
                    i,
                    t.text(i).to_string(),
                    "participle-continues",
                    i,
                ));
                continue;
            }
        }
        // "As reported by Western Journalism", "first reported by BuzzFeed": the agent of a
        // passive report speaks. (Not a credit line: "This story was reported by Erin
        // Slomski".)
        let credit = i >= 3
            && f.word(i - 3) == Some("this")
            && matches!(
                f.word(i - 2),
                Some("story" | "article" | "report" | "piece")
            )
            && f.word(i - 1).is_some_and(|w| BE_FORMS.contains(&w));
        if matches!(cue.lemma, "report" | "announce")
            && lower.ends_with("ed")
            && f.word(i + 1) == Some("by")
            && !credit
        {
            if let Some(m @ Mention::Name(_)) = f.mention_right(i + 2) {
                out.push(f.attribution(m, i, t.text(i).to_string(), "passive-agent", i));
            }
            continue;
        }
        if let Some(a) = f.attribute(i, cue) {
            out.push(a);
        }
    }
    f.structural(&mut out);
    f.drop_nested(&mut out);
    f.coordinated(&mut out);
    out
}

impl<'t, 'a> Finder<'t, 'a> {
    /// 7. `... — Michelle Rempel (@MichelleRempel) December 18, 2018`: an embedded post's author.
    /// 8. `... Linda Lamoureux` closing a paragraph: a pull quote's signature.
    /// 9. `Trump's claim that ...`: the possessor of a speech noun followed by its content.
    fn embedded_and_possessive(&self, out: &mut Vec<Attribution>) {
        let t = self.t;
        let n = t.toks.len();
        // 10. "It had, in her words, become “unhealthy.”", "Her message is simple: ...": a
        // pronoun owns the words.
        for (k, word) in self.words.iter().enumerate() {
            let Some("his" | "her" | "their") = word else {
                continue;
            };
            if t.toks[k].quote.is_some() {
                continue;
            }
            let noun = self.word(k + 1);
            let in_words = k > 0
                && self.word(k - 1) == Some("in")
                && matches!(noun, Some("words" | "view" | "telling"))
                && t.sentence_quoted(t.toks[k].sentence);
            let message = noun.is_some_and(|w| RESPONSE_NOUNS.contains(&w))
                && (k + 2..n)
                    .take_while(|&j| self.same_sentence(j, k) && j < k + 8)
                    .any(|j| t.is_punct(j, ':'));
            if in_words || message {
                out.push(self.attribution(
                    Mention::Pronoun(k),
                    k + 1,
                    t.text(k + 1).to_string(),
                    "possessive-speech-noun",
                    k + 1,
                ));
            }
        }
        for (c, chunk) in self.chunks.iter().enumerate() {
            let (first, last) = (chunk.first, chunk.last);
            let person_like = matches!(
                chunk.kind,
                ChunkKind::Entity(EntityKind::Person | EntityKind::Organization)
                    | ChunkKind::Unknown
            );
            if !person_like || t.toks[first].quote.is_some() {
                continue;
            }
            // (Or a horizontal bar: `“...” ― Sonya Herridge`.)
            let dash_before = first > 0 && (t.is_dash(first - 1) || t.text(first - 1) == "―");
            let handle_after =
                last + 2 < n && t.is_punct(last + 1, '(') && t.is_punct(last + 2, '@');
            // `“... our greatest shame.” ― Sonya Herridge`: a quote signed after a dash, the
            // name ending the sentence, the paragraph or before the next quote.
            let signed = dash_before
                && first >= 2
                && t.toks[first - 2].kind == Kind::QuoteClose
                && chunk.kind == ChunkKind::Entity(EntityKind::Person)
                && t.toks.get(last + 1).is_none_or(|next| {
                    next.kind == Kind::QuoteOpen
                        || t.is_punct(last + 1, '.')
                        || t.is_punct(last + 1, ',')
                });
            // "UK heading wrong way - Howard": a headline signed by its speaker.
            let headline_signed = dash_before
                && last + 1 == n
                && first >= 2
                && t.toks[first - 2].kind != Kind::Punct
                && n <= 16
                && t.toks.iter().all(|x| x.sentence == 0);
            let rule = match (dash_before && handle_after, signed || headline_signed) {
                (true, _) => Some("embedded-post-author"),
                (false, true) if signed => Some("quote-signed"),
                (false, true) => Some("headline-signed"),
                _ => None,
            };
            if let Some(rule) = rule {
                let mut a = self.attribution(Mention::Name(c), first - 1, "—".into(), rule, last);
                // (An embedded post signed "— Name (@handle) date" quotes its words as posted.)
                if rule == "embedded-post-author" {
                    a.kind = SpeechKind::Direct;
                    a.content = None;
                }
                out.push(a);
                continue;
            }
            let closes_paragraph =
                last + 1 == n || (last + 2 == n && t.toks[last + 1].kind == Kind::Punct);
            let own_sentence = first > 0 && !self.same_sentence(first - 1, first)
                || first > 0 && t.toks[first - 1].kind == Kind::Punct && t.is_punct(first - 1, '.');
            if closes_paragraph
                && own_sentence
                && chunk.words.len() >= 2
                && chunk.kind != ChunkKind::Entity(EntityKind::Organization)
            {
                out.push(self.attribution(
                    Mention::Name(c),
                    last,
                    String::new(),
                    "signature",
                    last,
                ));
                continue;
            }
            if chunk.possessive && last + 2 < n {
                // "Trump's claim that ...", "Bush's Facebook post: “...”"
                let at = match self.chunk_of[last + 1] {
                    Some(medium) => self.chunks[medium].last + 1,
                    None => last + 1,
                };
                let noun = self.word(at);
                // ("Trump's claim, in a tweet after he met Kim, that ...": past an aside.)
                let after_aside = if at + 1 < n && t.is_punct(at + 1, ',') {
                    (at + 2..(at + 16).min(n))
                        .find(|&j| t.is_punct(j, ','))
                        .map_or(at + 1, |comma| comma + 1)
                } else {
                    at + 1
                };
                let that = self.word(after_aside) == Some("that")
                    && noun.is_some_and(|w| SPEECH_NOUNS.contains(&w));
                let colon = at + 2 < n
                    && t.is_punct(at + 1, ':')
                    && t.toks[at + 2].quote.is_some()
                    && noun
                        .is_some_and(|w| SPEECH_NOUNS.contains(&w) || DOCUMENT_NOUNS.contains(&w));
                if that || colon {
                    out.push(self.attribution(
                        Mention::Name(c),
                        at,
                        t.text(at).to_string(),
                        "possessive-speech-noun",
                        at,
                    ));
                }
            }
        }
    }

    /// Coordinated subjects: "Bill Clinton and Attorney General Loretta Lynch insisted" (a
    /// person joined to the subject by "and" at the start of the clause speaks too) and "said
    /// Mary Smith and John Jones".
    fn coordinated(&self, out: &mut Vec<Attribution>) {
        let t = self.t;
        let person = |c: usize| self.chunks[c].kind == ChunkKind::Entity(EntityKind::Person);
        // ("GM and Ford blamed": bodies too; "Gibson and his partner": names of no known kind
        // before a possessive; not places.)
        let speaker = |c: usize| self.chunks[c].kind != ChunkKind::Entity(EntityKind::Place);
        let known = |c: usize| {
            matches!(
                self.chunks[c].kind,
                ChunkKind::Entity(EntityKind::Person | EntityKind::Organization)
            )
        };
        let mut more = Vec::new();
        for a in out.iter() {
            // "Trump and his lawyers told", "Gibson and his partner Bruce Davey said": the one
            // whose people they are, opening the clause, speaks with them.
            let possessor = match a.mention {
                Mention::Name(c) => (self.chunks[c].first.saturating_sub(4)..self.chunks[c].first)
                    .find(|&j| matches!(self.word(j), Some("his" | "her" | "their")))
                    .filter(|&j| {
                        (j + 1..self.chunks[c].first).all(|m| {
                            self.word(m).is_some() && self.chunk_of[m].is_none_or(|o| !person(o))
                        })
                    }),
                Mention::Nominal { first, .. } => [Some(first), first.checked_sub(1)]
                    .into_iter()
                    .flatten()
                    .find(|&j| matches!(self.word(j), Some("his" | "her" | "their"))),
                _ => None,
            };
            if let Some(other) = possessor
                .filter(|&j| {
                    a.rule == "subject-before-cue" && j >= 2 && self.word(j - 1) == Some("and")
                })
                .and_then(|j| self.chunk_of[j - 2])
                .filter(|&o| {
                    let first = self.chunks[o].first;
                    speaker(o) && !self.chunks[o].possessive && t.starts_sentence(first)
                })
            {
                more.push(Attribution {
                    mention: Mention::Name(other),
                    rule: "coordinated-subject",
                    ..a.clone()
                });
                continue;
            }
            // "Mr. Lewis and other experts said", "Frieden and others said": a name before a
            // group's noun speaks with it.
            let (c, mention_first) = match a.mention {
                Mention::Name(c) => (Some(c), self.chunks[c].first),
                Mention::Nominal { first, .. } if a.rule == "subject-before-cue" => (None, first),
                _ => continue,
            };
            if c.is_some_and(|c| !speaker(c)) {
                continue;
            }
            // "said Smith and Jones.", "according to Smith and Jones".
            if a.rule == "subject-after-cue" || a.rule == "according-to" {
                let Some(c) = c else { continue };
                let and = self.chunks[c].last + 1;
                if let Some(other) = self
                    .person_after_and(and)
                    .filter(|_| self.word(and) == Some("and"))
                {
                    more.push(Attribution {
                        mention: Mention::Name(other),
                        rule: "coordinated-subject",
                        ..a.clone()
                    });
                }
                continue;
            }
            if a.rule != "subject-before-cue" || c.is_some_and(|c| a.cue < self.chunks[c].last) {
                continue;
            }
            // ("Mr. Huckabee, Mr. Christie and Sen. Rand Paul, who vowed": after a list, the
            // relative clause is the last one's; after a pair, both's.)
            let relative = c.is_some_and(|c| {
                let after = self.chunks[c].last + 1;
                t.is_punct(after, ',') && self.word(after + 1) == Some("who")
            });
            // (Past a title: "and Attorney General Loretta Lynch".)
            let mut and = mention_first;
            // (Title words only: not "Health and Human Services Secretary Alex Azar".)
            while c.is_some()
                && and > 0
                && and + 3 > mention_first
                && t.is_capitalized(and - 1)
                && self.chunk_of[and - 1].is_none_or(|o| !person(o))
                && (self.lx.is_role_noun(t.lower(and - 1))
                    || !self.lx.titles_starting_with(t.lower(and - 1)).is_empty())
            {
                and -= 1;
            }
            // (Past the name's article: "the League Against Cruel Sports and the RSPCA".)
            if and > 0 && self.word(and - 1) == Some("the") {
                and -= 1;
            }
            let Some(other) = and
                .checked_sub(2)
                .filter(|_| self.word(and - 1) == Some("and"))
                .and_then(|j| self.chunk_of[j])
                .filter(|&o| self.chunks[o].last + 2 == and)
            else {
                continue;
            };
            // A name of no known kind may be a person's surname ("Schumer and Pelosi
            // declared") when the other is a person; not a first name sharing the next one's
            // surname ("Khizr and Ghazala Khan"), a common word, nor a portfolio ("Culture,
            // Media and Sport Secretary").
            let lone_name = |o: usize| {
                let chunk = &self.chunks[o];
                chunk.kind == ChunkKind::Unknown
                    && chunk.words.len() == 1
                    && self.lx.first_name(&chunk.words[0]).is_none()
                    && !self.lx.is_common_word(t.lower(chunk.first))
            };
            // (The other a person, another such name, or a group: "Frieden and others". A first
            // name the lexicon lacks before a couple's full name passes: "Zlatko and Mirjana
            // Petrović"; "Both Pundak and Gershon Baskin say" is the commoner shape.)
            // (Beside a body, a body: "Motorola and Apple announced".)
            let surname = |o: usize| {
                lone_name(o)
                    && c.is_none_or(|c| {
                        person(c)
                            || lone_name(c)
                            || self.chunks[c].kind == ChunkKind::Entity(EntityKind::Organization)
                    })
            };
            // ("Smith, Doe and Brown said": the list goes back over its commas.)
            let mut other = other;
            loop {
                let first = self.chunks[other].first;
                let listed = first > 0 && t.is_punct(first - 1, ',');
                // (Or after "both", "as", or a plural role: "political scientists Pippa Norris
                // and Ronald Inglehart describe".)
                // ("The Conservatives and Liberal Democrats say": a name's article opening
                // the sentence.)
                let opens_clause = t.starts_sentence(first)
                    || (first > 0 && t.lower(first - 1) == "the" && t.starts_sentence(first - 1))
                    || listed
                    || (first > 0 && t.is_punct(first - 1, ';'))
                    || (first > 0
                        && self.word(first - 1).is_some_and(|w| {
                            matches!(w, "both" | "as") || self.lx.is_role_plural(w)
                        }));
                // (A person or a body: a name of no known kind in a list may be a portfolio,
                // "Culture, Media and Sport Secretary", or share the next one's surname,
                // "Khizr and Ghazala Khan".)
                // (A party's members are a group: "The Conservatives and Liberal Democrats".)
                let members = self.chunks[other].words.len() == 1
                    && PARTY_MEMBERS.contains(&t.lower(self.chunks[other].first));
                if !(known(other) || surname(other) || members)
                    || self.chunks[other].possessive
                    || !opens_clause
                    || (relative && listed)
                {
                    break;
                }
                more.push(Attribution {
                    mention: Mention::Name(other),
                    rule: "coordinated-subject",
                    ..a.clone()
                });
                match first
                    .checked_sub(2)
                    .filter(|_| t.is_punct(first - 1, ','))
                    .and_then(|j| self.chunk_of[j])
                {
                    Some(before) if before != other => other = before,
                    _ => break,
                }
            }
        }
        out.extend(more);
    }

    /// Drops a cue inside another's reported clause in the same sentence: in "The Times wrote
    /// that Trump had claimed ...", the Times speaks, Trump is spoken of.
    fn drop_nested(&self, out: &mut Vec<Attribution>) {
        let that_after = |a: &Attribution| {
            (a.cue + 1..(a.cue + 5).min(self.t.toks.len()))
                .take_while(|&j| self.same_sentence(a.cue, j) && self.t.toks[j].quote.is_none())
                .find(|&j| self.word(j) == Some("that"))
        };
        // "According to EHS, that target is met": "that" there is no reported clause.
        let outer: Vec<(usize, usize)> = out
            .iter()
            .filter(|a| a.rule != "according-to")
            .filter_map(|a| that_after(a).map(|p| (a.sentence, p)))
            .collect();
        // "Trump's accusation that ... imperiled US troops, Biden said.": a cue closing its
        // sentence frames everything before it.
        let closing: Vec<(usize, usize)> = out
            .iter()
            .filter(|a| self.closing_frame(&a.mention, a.cue))
            .map(|a| (a.sentence, self.mention_start(&a.mention)))
            .collect();
        // (A source the reported words name themselves stays: "he heard from many Green
        // supporters who said they would vote NDP, he said.")
        // ("He quoted John F. Kennedy, who said, “...”": the quoted one speaks.)
        let relative = |b: &Attribution| {
            let end = self.mention_end(&b.mention);
            self.word(end + 1) == Some("who")
                || (self.t.is_punct(end + 1, ',') && self.word(end + 2) == Some("who"))
        };
        out.retain(|b| relative(b) || !closing.iter().any(|&(s, m)| s == b.sentence && b.cue < m));
        // "The agency said North Korea had shown “disregard”": the subject of a reported
        // clause right after the cue reports nothing itself.
        let objects: Vec<(usize, usize)> = out
            .iter()
            .filter(|a| {
                a.rule != "according-to"
                    && self.t.toks[a.cue].kind == Kind::Word
                    && self.mention_start(&a.mention) < a.cue
            })
            .map(|a| (a.sentence, a.cue + 1))
            .collect();
        out.retain(|b| {
            // ("recalled the president telling him": a participle right after its subject
            // is reported speech too; "said Fox executives were calling" is not.)
            // ("criticized Cruz for saying": the object speaks by its own participle.)
            relative(b)
                || b.rule == "object-for-participle"
                || (self.word(b.cue).is_some_and(|w| w.ends_with("ing"))
                    && self.mention_end(&b.mention) + 1 == b.cue)
                || !objects
                    .iter()
                    .any(|&(s, next)| s == b.sentence && self.mention_start(&b.mention) == next)
        });
        out.retain(|b| {
            let start = self.mention_start(&b.mention);
            relative(b)
                || self.new_clause_before(start)
                || !outer
                    .iter()
                    .any(|&(s, p)| s == b.sentence && b.cue > p && start > p)
        });
    }

    /// Whether a new clause starts at token `k`: after a comma or semicolon, maybe with a
    /// conjunction ("..., and Ms. Acosta said", "After Trump argued that ..., Rubio said", "...
    /// had imperiled US troops, Biden said"). A speaker there is not inside an earlier clause's
    /// reported words.
    fn new_clause_before(&self, k: usize) -> bool {
        let t = self.t;
        let Some(mut p) = k.checked_sub(1) else {
            return false;
        };
        // ", The Hill reported": the name's article stands between.
        if matches!(self.word(p), Some("the")) && self.chunk_of[k].is_some() {
            let Some(q) = p.checked_sub(1) else {
                return false;
            };
            p = q;
        }
        if matches!(self.word(p), Some("and" | "but")) {
            let Some(q) = p.checked_sub(1) else {
                return false;
            };
            p = q;
        }
        // `... at “less advanced schools,” Trump said`: the comma may close the quotation (a
        // pronoun there is the speaker of the words before: `X said that “...,” he said`).
        if t.comma_closes_quote(p) && self.chunk_of[k].is_some() {
            return true;
        }
        t.toks[p].quote.is_none() && (t.is_punct(p, ',') || t.is_punct(p, ';'))
    }

    /// `..., Biden said.` / `..., NBC announced on Tuesday.`: a speaker and cue after a comma
    /// that close the sentence; the words before are what was said.
    fn closing_frame(&self, m: &Mention, cue: usize) -> bool {
        let t = self.t;
        let start = self.mention_start(m);
        if !self.new_clause_before(start) {
            return false;
        }
        // (The comma may end an opening phrase instead: "Then, last week, Eric Trump called.")
        if start > 0 && t.is_punct(start - 1, ',') && self.opening_phrase_before(start - 1) {
            return false;
        }
        let sentence = t.toks[cue].sentence;
        let rest: Vec<usize> = (cue + 1..t.toks.len())
            .take_while(|&j| t.toks[j].sentence == sentence && !t.is_punct(j, '.'))
            .collect();
        rest.len() <= 3
            && rest.iter().all(|&j| {
                self.word(j).is_some_and(|w| {
                    matches!(w, "on" | "in" | "last" | "this" | "earlier" | "later")
                        || w.ends_with("day") // "Tuesday", "yesterday"
                        || is_year(w) // "in 1991"
                })
            })
    }

    /// Whether the comma at `comma` ends a phrase opening its sentence, not words someone said:
    /// "Then, last week, Eric Trump called." is a phone call, "In 2015, Trump claimed." no
    /// frame; but "Prices will rise, Trump claimed." and "“No,” he said." are.
    fn opening_phrase_before(&self, comma: usize) -> bool {
        let t = self.t;
        // Every stretch from the sentence's start to the comma, comma to comma, must be an
        // opening phrase: short, with no quotation, opened by a preposition, a subordinator, an
        // adverb or a time word, and with no verb of its own ("Since then little has changed,
        // Smith noted." and "..., mostly to Democrats, CNN reports." frame words).
        let first = (0..comma)
            .rev()
            .take_while(|&k| self.same_sentence(k, comma))
            .last()
            .unwrap_or(comma);
        let mut start = first;
        for end in (first..=comma).filter(|&k| t.is_punct(k, ',')) {
            let words = (start..end).filter(|&k| t.toks[k].kind == Kind::Word);
            let opener = self.word(start).is_some_and(|w| {
                // (Not an infinitive's "to": "..., to be his education secretary, he announced".)
                (PREPOSITIONS.contains(&w) && w != "to")
                    || SUBORDINATORS.contains(&w)
                    || is_ly_adverb(w)
                    || matches!(
                        w,
                        "then"
                            | "later"
                            | "earlier"
                            | "last"
                            | "next"
                            | "this"
                            | "meanwhile"
                            | "now"
                    )
            });
            let verb = (start..end).any(|k| {
                self.word(k).is_some_and(|w| {
                    BE_FORMS.contains(&w)
                        || MODALS.contains(&w)
                        || SUBJECT_PRONOUNS.contains(&w)
                        || matches!(w, "has" | "have" | "had" | "do" | "does" | "did")
                })
            });
            if start == end
                || !opener
                || verb
                || words.count() > 6
                || (start..end).any(|k| t.toks[k].quote.is_some())
            {
                return false;
            }
            start = end + 1;
        }
        true
    }

    fn mention_end(&self, m: &Mention) -> usize {
        match *m {
            Mention::Name(c) => self.chunks[c].last,
            Mention::Pronoun(k) => k,
            Mention::Nominal { last, .. } => last,
        }
    }

    fn mention_start(&self, m: &Mention) -> usize {
        match *m {
            Mention::Name(c) => self.chunks[c].first,
            Mention::Pronoun(k) => k,
            Mention::Nominal { first, .. } => first,
        }
    }

    /// Rules that need no cue word, for sentences no cue explained:
    /// 5. `"Q," Bardos blurted out` — a quote, a name, any verb; `"Q" was the response of X`.
    /// 6. `S is more blunt: "Q"` and headline `S: Q` — a colon hands the words to the subject.
    fn structural(&self, out: &mut Vec<Attribution>) {
        let t = self.t;
        let n = t.toks.len();
        self.embedded_and_possessive(out);
        let explained = |out: &Vec<Attribution>, s: usize| out.iter().any(|a| a.sentence == s);
        for q in 0..n {
            if t.toks[q].kind != Kind::QuoteClose || explained(out, t.toks[q].sentence) {
                continue;
            }
            let mut j = q + 1;
            if j < n && t.is_punct(j, ',') {
                j += 1;
            }
            // `"Q" was the response of one jolly viewer`: the words' owner follows "of".
            if matches!(self.word(j), Some("was" | "is" | "were" | "came"))
                && matches!(self.word(j + 1), Some("the" | "a"))
                && self
                    .word(j + 2)
                    .is_some_and(|w| RESPONSE_NOUNS.contains(&w))
                && self.word(j + 3) == Some("of")
            {
                // A named source, else the phrase itself ("one jolly viewer").
                let phrase_end = (j + 4..(j + 10).min(n))
                    .take_while(|&k| self.word(k).is_some() && self.same_sentence(k, j))
                    .last();
                let m = self
                    .mention_right(j + 4)
                    .or_else(|| phrase_end.map(|last| Mention::Nominal { first: j + 4, last }));
                if let Some(m) = m {
                    out.push(self.attribution(
                        m,
                        j + 2,
                        t.text(j + 2).to_string(),
                        "quote-was-response-of",
                        j + 2,
                    ));
                    continue;
                }
            }
            let mention = match self.chunk_of.get(j).copied().flatten() {
                Some(c) if self.chunks[c].first == j && !self.chunks[c].possessive => {
                    Some((Mention::Name(c), self.chunks[c].last))
                }
                _ => self
                    .word(j)
                    .filter(|w| matches!(*w, "he" | "she" | "they"))
                    .map(|_| (Mention::Pronoun(j), j)),
            };
            // `“... profiling?” reacted Trump.`: an -ed verb, then a name closing the sentence.
            // (The quotation must end as speech does, not as a title: "The book “The Art of
            // the Deal” inspired Trump.")
            // (Past the marks of a quotation closing inside it: `we go high.'" Dershowitz
            // replied`, `''..., '' Ms. Ferriss noted`.)
            let before = (0..q).rev().find(|&p| {
                !(t.toks[p].kind == Kind::QuoteClose || matches!(t.text(p), "'" | "’" | "\"" | "”"))
            });
            let spoken = before.is_some_and(|p| {
                t.is_punct(p, ',')
                    || t.is_punct(p, '?')
                    || t.is_punct(p, '!')
                    || t.is_punct(p, '.')
                    || t.is_punct(p, '…')
            });
            if mention.is_none()
                && spoken
                && self.word(j).is_some_and(|w| {
                    w.ends_with("ed") && !t.is_capitalized(j) && !NOT_VERBS.contains(&w)
                })
            {
                if let Some(c) = self.chunk_of.get(j + 1).copied().flatten() {
                    let chunk = &self.chunks[c];
                    // (Or an appositive or a place goes on after it, when the quotation opens
                    // its sentence: `“This is fantastic!” beamed Donald Hartley of Madison,
                    // Alabama, who`; not a title's or a slogan's, `His film “Lincoln,” starred
                    // Daniel Day-Lewis, who`.)
                    let opens_sentence = || {
                        let quote = t.toks[q].quote;
                        (0..q)
                            .rev()
                            .take_while(|&p| self.same_sentence(p, q))
                            .all(|p| t.toks[p].quote == quote || t.toks[p].kind != Kind::Word)
                    };
                    let closes = t.toks.get(chunk.last + 1).is_none_or(|_| {
                        t.is_punct(chunk.last + 1, '.')
                            || ((t.is_punct(chunk.last + 1, ',')
                                || (self.word(chunk.last + 1) == Some("of")
                                    && t.is_capitalized(chunk.last + 2)))
                                && opens_sentence())
                    });
                    if chunk.first == j + 1
                        && closes
                        && chunk.kind != ChunkKind::Entity(EntityKind::Place)
                        && self.same_sentence(q, j)
                    {
                        out.push(self.attribution(
                            Mention::Name(c),
                            j,
                            t.text(j).to_string(),
                            "quote-then-verb-subject",
                            j,
                        ));
                        continue;
                    }
                }
            }
            let Some((m, last)) = mention else { continue };
            let verb = last + 1;
            let is_verb = self.word(verb).is_some_and(|w| {
                !t.is_capitalized(verb)
                    && !NOT_VERBS.contains(&w)
                    && (w.ends_with("ed") || w.ends_with('s'))
            }) && !self.takes_object(verb);
            // (Again the quotation must end as speech does, or a comma must follow it: "Former
            // 'SNL' writer Nimesh Patel kicked off stage", "the “unapologetically Christian”
            // Trail Life USA unveiled" quote a word.)
            let ended = spoken || t.is_punct(q + 1, ',') || before.is_some_and(|p| t.is_dash(p));
            if is_verb && ended && self.same_sentence(q, verb) {
                out.push(self.attribution(
                    m,
                    verb,
                    t.text(verb).to_string(),
                    "quote-then-subject-verb",
                    verb,
                ));
            }
        }
        // A transcript's speaker label: "WALLACE: ...", "DR. JILL STEIN: ...". "WALLACE:" may
        // prove a speaker; "ANALYSIS:" will not, so the cues after it still count.
        if let Some((first, last, colon)) = self.transcript_label() {
            let m = match self.chunk_of[first] {
                Some(c) if self.chunks[c].first == first && self.chunks[c].last == last => {
                    Mention::Name(c)
                }
                _ => Mention::Nominal { first, last },
            };
            // The whole line is the speaker's own words.
            let line = (t.toks[colon + 1].start, t.text.trim_end().len());
            out.push(Attribution {
                kind: SpeechKind::Direct,
                content: Some(line),
                ..self.attribution(m, colon, ":".to_string(), "transcript-label", colon)
            });
        }
        // Headline style: "Sidney Blumenthal: ‘No Idea’ ...", "NY Post: Megyn Kelly Is ...". The
        // words after the colon are the source's, so cues among them are not attributions.
        if let Some(k) = (1..n.min(8)).find(|&k| t.is_punct(k, ':')) {
            let label = (0..k).all(|j| {
                t.toks[j].kind == Kind::Word
                    && t.toks[j].quote.is_none()
                    && (t.is_capitalized(j) || matches!(t.lower(j), "of" | "and" | "the"))
            });
            // (A shouted label is a transcript's or a rubric: "SEE ALSO:"; but a body known by
            // its letters speaks: "AP: Trump chair routed ...".)
            let shouting = (0..k).all(|j| !t.text(j).chars().any(char::is_lowercase))
                && !(k == 1
                    && self.lx.organization(t.lower(0)).is_some()
                    && t.toks[k].end < t.toks.get(k + 1).map_or(0, |x| x.start));
            // (A label its own words go on to name is their topic: "ISIS: The threat of ISIS
            // has also been played up", "Marco Rubio: Mr. Rubio came off as sensible". Not
            // another bearer of the surname: "Hillary Clinton: I'm not a natural politician
            // like Bill Clinton".)
            let topic = (k + 1..n)
                .take_while(|&j| t.toks[j].sentence == t.toks[k].sentence)
                .any(|j| {
                    // (Standing as a name of its own: not "Clinton" of "The Clinton
                    // Foundation".)
                    t.lower(j) == t.lower(k - 1)
                        && !(t.is_capitalized(j) && j + 1 < n && t.is_capitalized(j + 1))
                        && !(k > 1
                            && t.is_capitalized(j - 1)
                            && self.lx.first_name(t.text(j - 1)).is_some()
                            && t.text(j - 1) != t.text(0))
                });
            // "Rubio: Finish second." in a list of predictions is no headline; a headline
            // label says more ("Cruz: Trump is ...").
            let rest_words = t.toks[k + 1..]
                .iter()
                .filter(|x| x.kind == Kind::Word)
                .count();
            let rest_words = if t.toks.get(k + 1).is_some_and(|x| x.quote.is_some()) {
                rest_words.max(4)
            } else {
                rest_words
            };
            if label && !shouting && !topic && rest_words >= 4 && t.starts_sentence(0) {
                // The label must be a name ("Cruz:", "Sidney Blumenthal:", "NATO:"), not a
                // rubric made of common words ("The Latest:", "Watch:", "Editor's Note:").
                // ("De Blasio:": a name's particle, capitalised to open the line, may stay out
                // of the name, "De Niro:" in it; not "Van", also a first name: "Van Jones:".)
                let particle = k > 1 && NAME_PARTICLES.contains(&t.lower(0));
                let label_name = |first: usize| {
                    self.chunk_of[first].filter(|&c| {
                        let chunk = &self.chunks[c];
                        chunk.first == first && chunk.last + 1 == k
                    })
                };
                let name = label_name(0)
                    .or_else(|| particle.then(|| label_name(1)).flatten())
                    // (A common word, "Lynch:", speaks only if the story names someone so;
                    // resolution checks. A place never speaks.)
                    .filter(|&c| self.chunks[c].kind != ChunkKind::Entity(EntityKind::Place));
                // "Poll: Trump and Clinton hold narrow leads", "Insiders: Trump will rebound": a
                // source named by its kind.
                let source =
                    (self.headline && k == 1 && HEADLINE_SOURCE_NOUNS.contains(&t.lower(0)))
                        .then_some(Mention::Nominal { first: 0, last: 0 });
                if let Some(m) = source.or(name.map(Mention::Name)) {
                    out.retain(|a| a.cue < k);
                    // (A later sentence may have a label of its own: `Clinton: “Q.”
                    // Bush: “Q.”`.)
                    out.push(self.attribution(m, k, ":".to_string(), "headline-colon", k));
                }
            }
        }
        for k in 0..n {
            if !t.is_punct(k, ':') || t.toks[k].quote.is_some() || k == 0 {
                continue;
            }
            // "Pollsters agree - Carl Bialik: “One of the biggest lessons ...”": a name set off
            // by a dash before the colon labels the quotation, and the words before the dash
            // are its heading.
            if let Some(c) = self.dash_label(k) {
                let (sentence, first) = (t.toks[k].sentence, self.chunks[c].first);
                out.retain(|a| t.toks[a.cue].sentence != sentence || a.cue > first);
                out.push(self.attribution(Mention::Name(c), k, ":".to_string(), "dash-label", k));
                continue;
            }
            if explained(out, t.toks[k].sentence) {
                continue;
            }
            // `S is more blunt: "Q"`: the colon hands the quote to the clause's subject, also
            // when the quotation is the next paragraph and the subject opens the sentence or
            // follows its opening phrase ("Ezra Klein sums it up:", "On July 6, Sanders made
            // the following comment:").
            let quote_next = t.toks.get(k + 1).is_some_and(|x| x.quote.is_some());
            if quote_next || (k + 1 == n && self.quote_follows) {
                if let Some(m) = self.clause_subject(k - 1).filter(|m| {
                    let start = self.mention_start(m);
                    quote_next
                        || ((t.starts_sentence(start) || self.comma_before(start))
                            && self.introduces_words(self.mention_end(m) + 1, k))
                }) {
                    out.push(self.attribution(m, k, ":".to_string(), "subject-colon-quote", k));
                }
            }
        }
    }

    /// Whether the words from `from` to the colon at `colon` introduce someone's words: a
    /// speech verb or noun, or "this"/"the following" ("had this to say", "made the following
    /// comment", "sums it up"); not words received ("got a phone call from", "a note came in
    /// from").
    fn introduces_words(&self, from: usize, colon: usize) -> bool {
        let words = || (from..colon).filter_map(|j| self.word(j));
        words().any(|w| {
            self.lx.cue(w).is_some()
                || DOCUMENT_NOUNS.contains(&w)
                || matches!(w, "this" | "these" | "following" | "up")
        }) && !words().any(|w| w == "from" || OBTAINING_VERBS.contains(&w))
    }

    /// Whether a comma stands right before token `i`, maybe inside a quotation that closes
    /// there (`needled the CNN “reporter,” saying`).
    fn comma_before(&self, i: usize) -> bool {
        let t = self.t;
        i > 0 && (t.is_punct(i - 1, ',') || t.comma_closes_quote(i - 1))
    }

    fn word(&self, i: usize) -> Option<&'t str> {
        self.words.get(i).copied().flatten()
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.t.toks[a].sentence == self.t.toks[b].sentence
    }

    fn attribute(&self, i: usize, cue: Cue) -> Option<Attribution> {
        let t = self.t;
        let text = t.text(i).to_string();
        // Rule 4: a participle after a comma or "before/after/while" takes its clause's subject.
        if cue.participle {
            // (", later saying", ", recently telling": an adverb may stand after the comma.)
            let adverb = i >= 2
                && self.comma_before(i - 1)
                && self
                    .word(i - 1)
                    .is_some_and(|w| is_ly_adverb(w) || ADVERBS_BEFORE_PARTICIPLE.contains(&w));
            let lead = if adverb { i - 1 } else { i };
            let prev = lead.checked_sub(1)?;
            // "he was quoted as saying": the subject stands before the passive.
            if self.word(prev) == Some("as") && prev >= 2 && self.word(prev - 1) == Some("quoted") {
                let mut k = prev - 1;
                while k > 0
                    && matches!(
                        self.word(k - 1),
                        Some("was" | "is" | "been" | "has" | "had" | "were")
                    )
                {
                    k -= 1;
                }
                if k > 0 {
                    if let Some(m) = self.mention_left(k - 1, 1) {
                        return self.validated(m, i, text, cue, "quoted-as-saying");
                    }
                }
            }
            // "criticized Cruz for saying", "Omar drew fire for suggesting": "for" hands the
            // participle to the named object of a verb that judges it, else to a subject who
            // answers for it (`subject_answers_for`), or to whom a "who" before it stands for.
            // (Words, not deeds: not "praised Cruz for showing “the courage of his
            // convictions”", "credit for delivering on his promise".)
            // (Asked only after "for": most participles follow no "for".)
            let saying = || {
                cue.strong
                    || (!THOUGHT_VERBS.contains(&cue.lemma)
                        && !matches!(
                            cue.lemma,
                            "deliver" | "offer" | "issue" | "release" | "share" | "go" | "begin"
                        )
                        && self.speech_follows(i))
            };
            if self.word(prev) == Some("for") && !self.comma_before(lead) && saying() {
                if let Some(m) = self.object_before_for(prev) {
                    return self.validated(m, i, text, cue, "object-for-participle");
                }
                let before = self.subject_answers_for(prev)?;
                // ("attacked Smith, who was fired for saying": the relative clause's own
                // subject is whom "who" stands for.)
                let who = (before.saturating_sub(12)..before)
                    .rev()
                    .take_while(|&j| self.same_sentence(j, before))
                    .find(|&j| self.word(j) == Some("who"));
                let m = match who {
                    Some(who) => {
                        let comma = who > 0 && self.t.is_punct(who - 1, ',');
                        self.mention_left(who.checked_sub(1 + usize::from(comma))?, 0)?
                    }
                    None => self.clause_subject(before)?,
                };
                return self.validated(m, i, text, cue, "participle-clause-subject");
            }
            // "gave an interview noting his opposition": a speech event's participle too.
            let joins = self.comma_before(lead)
                || matches!(
                    self.word(prev),
                    Some(
                        "before"
                            | "after"
                            | "while"
                            | "by"
                            | "despite"
                            | "interview"
                            | "speech"
                            | "statement"
                    )
                );
            if !joins && (cue.strong || self.speech_follows(i)) {
                if let Some(m) = self.event_owner(prev) {
                    return self.validated(m, i, text, cue, "event-participle");
                }
            }
            if joins && (cue.strong || self.speech_follows(i)) {
                if let Some(m) = self.with_subject_across_appositive(prev) {
                    return self.validated(m, i, text, cue, "with-participle");
                }
                let m = self.clause_subject(prev)?;
                return self.validated(m, i, text, cue, "participle-clause-subject");
            }
        }
        // Rule 2: the subject precedes the cue.
        // "Viruses written to steal data": a past participle with no "has" is a passive
        // modifier, not a verb with a subject.
        if cue.past_participle {
            let perfect = (i.saturating_sub(3)..i).rev().any(|p| {
                matches!(
                    self.word(p),
                    Some("has" | "have" | "had" | "having" | "'ve" | "’ve")
                )
            });
            if !perfect {
                return None;
            }
        }
        let mut k = i;
        let mut skipped = 0;
        // A participle needs "is"/"was" to be its subject's verb: "Trump is saying"; "quotes
        // Abraham Lincoln saying", "a report from Bloomberg saying" modify a noun.
        let mut finite = !cue.participle;
        while k > 0 && skipped < 4 {
            let w = self.word(k - 1);
            if w.is_some_and(|b| BE_FORMS.contains(&b)) {
                finite = true;
            }
            // (Asked only before a "to", where the phrase before it may perform the infinitive.)
            let performed = (w == Some("to"))
                .then(|| self.performed_infinitive_start(k - 1))
                .flatten();
            match w {
                Some(b) if BE_FORMS.contains(&b) && !cue.participle => return None, // passive
                Some("not" | "never") => return None, // "would not say": no speech
                // "worried that Caelynn would say something": a speech that may never happen;
                // "The GOP could have said": one that never did.
                // (Not "may have told", "must have said": speech inferred, not denied.)
                Some(m @ ("could" | "might" | "may" | "should" | "can" | "must" | "would"))
                    if (k == i
                        || (k + 1 == i
                            && self.word(k) == Some("have")
                            && matches!(m, "could" | "would" | "should" | "might")))
                        && !t.is_capitalized(k - 1) =>
                {
                    return None
                }
                Some(b) if b.ends_with("n't") => return None,
                // "Donald Trump on Saturday tweeted"
                Some(d) if d.ends_with("day") && k >= 2 && self.word(k - 2) == Some("on") => {
                    k -= 2;
                    skipped += 1;
                }
                // "The OFHEO ... and in September said", "and in 2003 told": a month or a year.
                Some(_)
                    if k >= 2 && self.word(k - 2) == Some("in") && self.month_or_year_at(k - 1) =>
                {
                    k -= 2;
                    skipped += 1;
                }
                // "Michelle Rempel earlier this week called", "Trump last month said"
                // "Broaddrick Sunday night recounted"
                Some(w)
                    if TIME_NOUNS.contains(&w)
                        && k >= 2
                        && (matches!(self.word(k - 2), Some("this" | "last" | "next"))
                            || self.weekday_at(k - 2)) =>
                {
                    k -= 2;
                    skipped += 1;
                    // ("Sanders on Wednesday morning said")
                    if k >= 1 && self.word(k - 1) == Some("on") {
                        k -= 1;
                    }
                }
                // "Trump was quick to add", "Smith was careful to note": an adjective of
                // manner after a copula, then "to"; "Clinton was forced to concede", "Trump was
                // prompted to say": speech someone made them perform.
                Some("to")
                    if k >= 3
                        && match self.word(k - 2) {
                            Some("quick" | "careful" | "eager" | "keen" | "swift" | "happy") => {
                                true
                            }
                            // (Made to speak, not to act: not "forced to applaud", "forced
                            // to recall 1.2 million cars", "forced to concede a late goal".)
                            Some("forced" | "prompted" | "compelled" | "obliged") => {
                                matches!(cue.lemma, "apologize" | "apologise")
                                    || self.speech_follows(i)
                            }
                            _ => false,
                        }
                        && self.word(k - 3).is_some_and(|b| BE_FORMS.contains(&b)) =>
                {
                    k -= 3;
                    skipped += 1;
                }
                // "Clinton took to Twitter to say", "York took a moment to point out", "Obama
                // used the occasion to warn", "Trump sought to reassure": an infinitive that
                // is the speech its verb's subject performed.
                Some("to") if performed.is_some() => {
                    k = performed.unwrap_or(k);
                    skipped += 1;
                }
                // "Clinton is continuing to insist", "Trump continued to say"
                Some("to")
                    if k >= 2
                        && matches!(
                            self.word(k - 2),
                            Some("continue" | "continues" | "continued" | "continuing")
                        ) =>
                {
                    let progressive = self.word(k - 2) == Some("continuing");
                    k -= 2;
                    skipped += 1;
                    // ("is continuing to": the "is" makes no passive.)
                    if progressive
                        && k > 0
                        && self.word(k - 1).is_some_and(|b| BE_FORMS.contains(&b))
                    {
                        k -= 1;
                    }
                }
                // "Trump Thursday said", "the minister yesterday said"
                Some(d)
                    if self.chunk_of[k - 1].is_none()
                        && (matches!(d, "yesterday" | "today" | "tonight")
                            || self.weekday_at(k - 1)) =>
                {
                    k -= 1;
                    skipped += 1;
                }
                Some(b)
                    if self.chunk_of[k - 1].is_none()
                        && (BETWEEN_SUBJECT_AND_CUE.contains(&b)
                            || (is_ly_adverb(b) && !t.is_capitalized(k - 1))
                            // ("he most emphatically told": "most" grades the adverb.)
                            // (Not "most" as the subject: "Of the ten, most reportedly said".)
                            || (b == "most"
                                && k < i
                                && self.word(k).is_some_and(is_ly_adverb)
                                && k >= 2
                                && !t.starts_sentence(k - 1)
                                && self.word(k - 2).is_some_and(|w| w != "of"))
                            || b.ends_with("n't")) =>
                {
                    k -= 1;
                    skipped += 1;
                }
                // "Jeb Bush in a Medium post said", "Trump in an interview on Fox said": where
                // the words were said; "Trump at the time said", "Sanders during the debate
                // said": when, before a strong cue.
                _ => match self
                    .event_phrase_start(k)
                    .or_else(|| cue.strong.then(|| self.adverbial_start(k)).flatten())
                {
                    Some(p) => {
                        k = p;
                        skipped += 1;
                    }
                    None => break,
                },
            }
        }
        // "and, without meaning a word of it, told Tracy": a parenthetical after the
        // conjunction.
        if k > 1 && t.is_punct(k - 1, ',') {
            let open = (k.saturating_sub(10)..k - 1)
                .rev()
                .take_while(|&p| self.same_sentence(p, k) && t.toks[p].quote.is_none())
                .find(|&p| t.is_punct(p, ','));
            if let Some(p) =
                open.filter(|&p| p > 0 && matches!(self.word(p - 1), Some("and" | "but")))
            {
                k = p;
            }
        }
        // "prompting the city to urge residents": the object of a causative verb speaks.
        if k >= 3 && self.word(k - 1) == Some("to") && !cue.participle {
            if let Some(m) = self.mention_left(k - 2, 0) {
                let start = self.mention_start(&m);
                let causative = start > 0
                    && self.word(start - 1).is_some_and(|w| {
                        matches!(
                            w,
                            "prompting"
                                | "prompted"
                                | "forcing"
                                | "forced"
                                | "leading"
                                | "led"
                                | "causing"
                                | "caused"
                                | "asking"
                                | "asked"
                                | "urging"
                                | "urged"
                        )
                    });
                if causative {
                    return self.validated(m, i, text, cue, "causative-object");
                }
            }
        }
        // "Clinton did not mention Trump, but told city leaders that ...": a second verb
        // shares the subject of the first.
        if k > 0 && matches!(self.word(k - 1), Some("and" | "but")) {
            // ("Perez is more experienced and lauded for his effectiveness": after a copula,
            // an "-ed" form with "for" or "by" is a passive participle, not a second verb.)
            let passive = |m: &Mention| {
                self.word(self.mention_end(m) + 1)
                    .is_some_and(|w| BE_FORMS.contains(&w))
                    && t.lower(i).ends_with("ed")
                    && matches!(self.word(i + 1), Some("for" | "by" | "as"))
            };
            // ("ready to reassert the power of Congress and confront the White House": a bare
            // verb after "and" may go on an infinitive, which reports nothing.)
            // ("in which to read, search and share all the blogs": a list of bare verbs.)
            let mut list = k - 1;
            while list >= 3
                && t.is_punct(list - 2, ',')
                && self.bare_verb(list - 1)
                && self.bare_verb(list - 3)
            {
                list -= 2;
            }
            let infinitive = |m: &Mention| {
                t.lower(i) == cue.lemma
                    && (self.mention_end(m) + 1..list)
                        .rev()
                        .take_while(|&j| {
                            !t.is_punct(j, ',')
                                && self.word(j).is_none_or(|w| !CLAUSE_BOUNDARIES.contains(&w))
                        })
                        .any(|j| {
                            // (Not "point to more than 20 million people".)
                            self.word(j) == Some("to")
                                && self.word(j + 1).is_some_and(|v| {
                                    !t.is_capitalized(j + 1)
                                        && !DETERMINERS.contains(&v)
                                        && !matches!(v, "more" | "less" | "about" | "all")
                                        && !v.starts_with(|c: char| c.is_ascii_digit())
                                })
                        })
            };
            if let Some(m) = self
                .shared_subject(k - 1)
                .filter(|m| !passive(m) && !infinitive(m))
            {
                if let Some(a) = self.validated(m, i, text.clone(), cue, "shared-subject") {
                    return Some(a);
                }
            }
        }
        // ("... ended with Maddow asking Clinton whether ...": "with" makes the participle
        // its subject's.)
        let with_subject = (cue.participle && k > 0)
            .then(|| self.chunk_of[k - 1])
            .flatten()
            .filter(|&c| {
                let chunk = &self.chunks[c];
                chunk.last == k - 1
                    && !chunk.possessive
                    && chunk.first > 0
                    && self.word(chunk.first - 1) == Some("with")
            });
        if let Some(c) = with_subject {
            return self.validated(Mention::Name(c), i, text, cue, "with-participle");
        }
        if !finite {
            return None;
        }
        if k > 0 && self.same_sentence(k - 1, i) {
            // "..., the UK, France and Spain, said analyst Olivier Beauvillian": the last place
            // of a list is not the speaker when a person is named right after the cue.
            let left = self.mention_left(k - 1, 2);
            // (Inside the sentence: not "South Korea accused the North's leader, Kim Jong Un,
            // of ...", where the place is the subject.)
            if let Some(Mention::Name(l)) = left {
                let inside = !t.starts_sentence(self.chunks[l].first);
                if inside && self.chunks[l].kind == ChunkKind::Entity(EntityKind::Place) {
                    if let Some(m @ Mention::Name(c)) = self.mention_right(i + 1) {
                        // Not "The Vatican says Pope Francis has no plans": there the person
                        // is the reported clause's subject.
                        if self.chunks[c].kind == ChunkKind::Entity(EntityKind::Person)
                            && self.closes_after(&m, i)
                        {
                            return self.validated(m, i, text, cue, "subject-after-cue");
                        }
                    }
                }
            }
            // "Mr. Slinker, whose latest start-up, Paradata, uses big data ..., said": the
            // person the relative clause describes speaks, not a name inside it.
            let relative_owner = match left {
                Some(Mention::Name(l))
                    if self.chunks[l].kind != ChunkKind::Entity(EntityKind::Person) =>
                {
                    self.subject_across_appositives(k - 1).filter(|m| {
                        matches!(self.word(self.mention_end(m) + 2), Some("who" | "whose"))
                    })
                }
                _ => None,
            };
            // "Theodore Karasik, director of research at the Institute ... in Dubai told
            // Bloomberg": an appositive whose closing comma the writer left out.
            // (A verb of saying only: "Serena Williams, who won her fourth grand slam at ..."
            // and "Lord Archer, who was not available for comment," are nouns.)
            let saying = matches!(
                cue.lemma,
                "say" | "tell" | "add" | "write" | "warn" | "insist" | "tweet"
            ) && !cue.participle;
            let unclosed = match left {
                Some(Mention::Name(l))
                    if saying && self.chunks[l].kind != ChunkKind::Entity(EntityKind::Person) =>
                {
                    self.unclosed_appositive_owner(k)
                }
                None if saying => self.unclosed_appositive_owner(k),
                _ => None,
            };
            if let Some(m) = unclosed {
                return self.validated(m, i, text, cue, "subject-across-appositives");
            }
            // "Hans Reckers, a board member of Germany's central bank, the Bundesbank, said": a
            // body renaming the noun of an appositive is not the subject; the person before is.
            let body = match left {
                Some(Mention::Name(l)) => {
                    self.chunks[l].kind != ChunkKind::Entity(EntityKind::Person)
                }
                Some(Mention::Nominal { .. }) => true,
                _ => false,
            };
            // (The body's noun was reached across the appositive that renames it.)
            let renamed = left
                .as_ref()
                .filter(|m| {
                    let end = self.mention_end(m);
                    body && t.is_punct(k - 1, ',') && end + 2 < k && t.is_punct(end + 1, ',')
                })
                .and_then(|_| self.subject_across_appositives(k - 1));
            if let Some(m) = renamed {
                return self.validated(m, i, text, cue, "subject-across-appositives");
            }
            // "Cruz lacks support from his colleagues, whom he has alienated, said Larry
            // Sabato, director of ...": a noun reached across a clause is the object of what
            // the speaker said when a person closes the sentence right after the cue. (A
            // person before the clause still speaks: "Smith, who is 54, said Jones.")
            let across_clause = body
                && left
                    .as_ref()
                    .is_some_and(|m| t.is_punct(k - 1, ',') && self.mention_end(m) + 1 < k - 1);
            if across_clause && relative_owner.is_none() && INVERTING_CUES.contains(&cue.lemma) {
                // (Only a role between: not "noted congressional testimony by Gregory Hicks",
                // "said Friday that Travis Frey, 31, is no longer employed".)
                if let Some(m) = self.person_closing_after(i).filter(|m| {
                    !(i + 1..self.mention_start(m)).any(|j| {
                        self.word(j)
                            .is_some_and(|w| w == "that" || PREPOSITIONS.contains(&w))
                    })
                }) {
                    return self.validated(m, i, text, cue, "subject-after-cue");
                }
            }
            if let Some(m) = relative_owner.or(left) {
                return self.validated(m, i, text, cue, "subject-before-cue");
            }
            // "Although Mr Jacobsen, 21, managed ..., it is thought he failed ..., said Mr
            // Dobrow.": a person named right after the cue closes the sentence as its speaker.
            // (Close after the cue: not "..., citing sources, alleged the PMO leaned on X".)
            if t.is_punct(k - 1, ',') {
                if let Some(m) = self.person_closing_after(i) {
                    return self.validated(m, i, text, cue, "subject-after-cue");
                }
            }
            if let Some(m) = self.subject_across_appositives(k - 1) {
                return self.validated(m, i, text, cue, "subject-across-appositives");
            }
        }
        // Rule 3: `"Q," said S` — the subject follows, after a quote, comma or sentence start.
        let after_quote = k == 0
            || t.starts_sentence(i)
            || t.toks[k - 1].kind == Kind::QuoteClose
            || (t.is_punct(k - 1, ',') && k >= 2 && t.toks[k - 2].kind == Kind::QuoteClose)
            || t.toks[k - 1].quote.is_some()
            || t.is_punct(k - 1, ',');
        // After a bare comma ("..., citing sources, alleged the PMO leaned on X") the speaker
        // must follow the cue closely: "..., said economist Jo Bloggs".
        let bare_comma = k > 0
            && t.is_punct(k - 1, ',')
            && !(k >= 2 && t.toks[k - 2].kind == Kind::QuoteClose)
            && t.toks[k - 1].quote.is_none();
        // (After a bare comma only a verb of saying inverts: "Graham slams Trump, praises
        // Clinton as ..." goes on with its subject.)
        // (Nor a verb that takes an object: "... ‘immigration hypocrite,’ compares Trump to
        // Nazis".)
        let likens_or_names =
            COMPARING_VERBS.contains(&cue.lemma) || NAMING_VERBS.contains(&cue.lemma);
        if after_quote && !likens_or_names && (!bare_comma || INVERTING_CUES.contains(&cue.lemma)) {
            if let Some(m) = self
                .mention_right(i + 1)
                // (Or a little further when a role names it in an appositive: "..., said the
                // country's foreign minister, Marcelo Ebrard".)
                .filter(|m| {
                    let start = self.mention_start(m);
                    !bare_comma
                        || start <= i + 4
                        || (start <= i + 8 && self.t.is_punct(start - 1, ','))
                })
            {
                if self.closes_after(&m, i) {
                    return self.validated(m, i, text, cue, "subject-after-cue");
                }
            }
        }
        None
    }

    /// A person named within a few words after the cue at `i` who closes its sentence as the
    /// speaker: "..., said Mr Dobrow.", "..., said analyst Olivier Beauvillian, an expert".
    fn person_closing_after(&self, i: usize) -> Option<Mention> {
        let m = self.mention_right(i + 1)?;
        let Mention::Name(c) = m else { return None };
        (self.chunks[c].kind == ChunkKind::Entity(EntityKind::Person)
            && self.mention_start(&m) <= i + 4
            && self.closes_after(&m, i))
        .then_some(m)
    }

    /// Whether the object starting at token `k` is a person or a post: "a U.S. ambassador",
    /// "Jane Smith as judge" (not "the report", nor "Smith's death").
    fn appoints(&self, k: usize) -> bool {
        // ("The Vatican confirms Pope Francis was tricked": a clause, not an object.)
        let clause_after = |j: usize| {
            self.word(j + 1).is_some_and(|w| {
                BE_FORMS.contains(&w) || matches!(w, "had" | "has" | "would" | "will" | "could")
            })
        };
        if let Some(c) = self.chunk_of.get(k).copied().flatten() {
            let chunk = &self.chunks[c];
            return chunk.kind == ChunkKind::Entity(EntityKind::Person)
                && !chunk.possessive
                && !clause_after(chunk.last);
        }
        if self.word(k) == Some("that") {
            return false;
        }
        let from = k + usize::from(self.word(k).is_some_and(|w| DETERMINERS.contains(&w)));
        (from..(from + 4).min(self.t.toks.len()))
            .take_while(|&j| {
                self.word(j)
                    .is_some_and(|w| w != "that" && !PREPOSITIONS.contains(&w))
            })
            .find(|&j| self.word(j).is_some_and(|w| self.lx.is_role_noun(w)))
            .is_some_and(|j| !clause_after(j))
    }

    /// The person named right after the "and" at token `and`, past a title ("and Attorney
    /// General Loretta Lynch").
    fn person_after_and(&self, and: usize) -> Option<usize> {
        (and + 1..(and + 4).min(self.t.toks.len()))
            .take_while(|&j| self.t.is_capitalized(j))
            .find_map(|j| {
                self.chunk_of[j]
                    .filter(|&c| self.chunks[c].kind == ChunkKind::Entity(EntityKind::Person))
            })
            .filter(|&c| !self.chunks[c].possessive)
    }

    /// Whether a speaker named after the cue ends the clause: "said Smith." / "said Smith, a
    /// professor" / "said Smith in an interview" — but not "told Tracy she was".
    fn closes_after(&self, m: &Mention, i: usize) -> bool {
        let t = self.t;
        let end = self.mention_end(m) + 1;
        // "wrote Cameron Easley for Morning Consult.": whom the speaker writes for, closing the
        // sentence (not "thanked Obama for taking these steps").
        if self.word(end) == Some("for") {
            return self
                .chunk_of
                .get(end + 1)
                .copied()
                .flatten()
                .is_some_and(|c| {
                    let after = self.chunks[c].last + 1;
                    after >= t.toks.len() || t.is_punct(after, '.') || t.is_punct(after, ',')
                });
        }
        // "said Smith and Jones.": two speakers close it.
        // ("said Smith and her husband.": the one named speaks for both.)
        if self.word(end) == Some("and") {
            if let Some(c) = self.person_after_and(end) {
                return self.closes_after(&Mention::Name(c), i);
            }
            if matches!(self.word(end + 1), Some("his" | "her" | "their")) {
                let phrase_end =
                    (end + 2..(end + 5).min(t.toks.len())).find(|&j| t.toks[j].kind != Kind::Word);
                return phrase_end.is_some_and(|j| t.is_punct(j, '.') || t.is_punct(j, ','));
            }
        }
        // (Not words quoted right after the name in its sentence: in "said Bush “really
        // impressed me”" the name opens what was said. But after words quoted before the cue,
        // the quotation goes on: `“We lost,” said Smith “but we will be back.”`. A nickname or
        // a term in quotation marks is a word or two, or a name goes on after it ("says Dave
        // “Mudcat” Saunders"); and a name ending in a full stop may end its sentence: `said
        // Albert Gamez Jr. "We never think ..."`. Asked only when a mark follows the name.)
        let quoted_words = || {
            let quoted_before =
                (i.saturating_sub(2)..i).any(|j| t.toks[j].kind == Kind::QuoteClose);
            let open = t.toks[end];
            !quoted_before
                && open.kind == Kind::QuoteOpen
                && !t.text(end - 1).ends_with('.')
                && open.quote.is_some_and(|q| {
                    let inside = t.quote_tokens(q);
                    let name_after = inside.end < t.toks.len() && t.is_capitalized(inside.end);
                    // ("said Smith “and then it went quiet.”": the speaker's words go on.)
                    let goes_on = (inside.start..inside.end)
                        .find(|&j| t.toks[j].kind == Kind::Word)
                        .is_some_and(|j| matches!(t.lower(j), "and" | "but" | "or" | "so"));
                    !name_after
                        && !goes_on
                        && inside.filter(|&j| t.toks[j].kind == Kind::Word).count() >= 3
                })
        };
        end >= t.toks.len()
            || !self.same_sentence(end, i)
            || (t.toks[end].kind != Kind::Word && !quoted_words())
            || matches!(
                self.word(end),
                Some(
                    "in" | "on"
                        | "with"
                        | "as"
                        | "while"
                        | "before"
                        | "to"
                        | "at"
                        | "during"
                        | "after"
                        | "of"
                        | "from"
                        | "who"
                        | "when"
                        | "last"
                        | "this"
                        | "yesterday"
                        | "today"
                )
            )
    }

    /// The speaker of a participle a few words after a speech event's noun, whose verb's
    /// subject speaks in it: "Trump unleashed a series of tweets early Friday saying", "Sanders
    /// sent a letter to donors saying". `prev` is the token before the participle.
    fn event_owner(&self, prev: usize) -> Option<Mention> {
        let t = self.t;
        // ("the appearance of confirming", "a video of Heller discussing": a gerund, or the
        // name before it does the speaking.)
        if self.word(prev).is_some_and(|w| PREPOSITIONS.contains(&w)) {
            return None;
        }
        // The noun, past a time or an addressee ("early Friday", "to donors"), not past a
        // verb or a relative clause ("a speech that included Trump vowing").
        let mut noun = None;
        for j in (prev.saturating_sub(5)..=prev).rev() {
            let w = self.word(j)?;
            let singular = w.strip_suffix('s').unwrap_or(w);
            if SPEECH_EVENT_NOUNS.contains(&w) || SPEECH_EVENT_NOUNS.contains(&singular) {
                noun = Some(j);
                break;
            }
            if t.toks[j].quote.is_some()
                || w.ends_with("ed")
                || matches!(w, "that" | "which" | "who" | "where" | "of")
                || BE_FORMS.contains(&w)
                || self.lx.cue(w).is_some()
            {
                return None;
            }
        }
        let noun = noun?;
        // Back to its determiner, over "a series of" and a modifier or two.
        let det = (noun.saturating_sub(5)..noun)
            .rev()
            .take_while(|&j| self.word(j).is_some() && !t.is_capitalized(j))
            .find(|&j| self.word(j).is_some_and(|w| DETERMINERS.contains(&w)))?;
        // The verb before it ("unleashed", "sent", "released"), not a preposition ("in a
        // statement saying"), then its subject.
        let verb = det.checked_sub(1)?;
        let w = self.word(verb)?;
        // (Not one who got or saw it: "Police received a call reporting the shooting"; nor a
        // list, "photos of victims and an e-mail suggesting"; nor a participle or a passive
        // with subjects of their own: "..., unleashing a tweet storm blasting", "was sent a
        // memo noting".)
        if t.is_capitalized(verb)
            || PREPOSITIONS.contains(&w)
            || DETERMINERS.contains(&w)
            || matches!(w, "and" | "or" | "but" | "nor")
            || w.ends_with("ing")
            || self
                .word(verb.wrapping_sub(1))
                .is_some_and(|b| BE_FORMS.contains(&b))
            || OBTAINING_VERBS.contains(&w)
            || PERCEIVING_VERBS.contains(&w)
        {
            return None;
        }
        let mut k = verb;
        while k > 0 && self.word(k - 1).is_some_and(stands_before_verb) {
            k -= 1;
        }
        self.mention_left(k.checked_sub(1)?, 1)
    }

    /// Keeps an attribution when its cue reports speech: a strong cue, or speech beside it.
    fn validated(
        &self,
        m: Mention,
        i: usize,
        text: String,
        cue: Cue,
        rule: &'static str,
    ) -> Option<Attribution> {
        // "described her as the children's mother", "described the deal as a disaster": a
        // characterisation is speech.
        let described = cue.lemma == "describe"
            && (i + 1..(i + 6).min(self.t.toks.len()))
                .take_while(|&j| self.word(j).is_some())
                .any(|j| self.word(j) == Some("as"));
        let particle = described
            || (cue.lemma == "call" && !cue.participle && self.names_as(i))
            || self.particle_after(i, cue, CUE_PARTICLES) && !(cue.lemma == "go"
            && !(self.word(i + 2) == Some("to") && self.word(i + 3).is_some_and(|v| self.lx.cue(v).is_some())))
            // "went on to win", "goes on a spree": only "went on to say" goes on speaking
            && self.word(i + 2) != Some("as") // "what her campaign refers to as a firewall"
            // "the figure he was referring to was the debt": a relative clause, no speech.
            && !self.word(i + 2).is_some_and(|w| BE_FORMS.contains(&w))
            // "Fox News spoke to Dr. Albert Rizzo.": whom one spoke to, and nothing said.
            && !self.contact_only(i, cue);
        // ("Niederreiter, who put it into the empty side", "put it in play": a thing put
        // somewhere, no words; but "as she put it at a recent event", "puts it at $100
        // million", "put it on Twitter".)
        let put_somewhere = cue.lemma == "put"
            && self.word(i + 2).is_some_and(|w| PLACING_WORDS.contains(&w))
            // (An amount after "at" is an estimate: "puts it at $100 million".)
            && !(i + 3 < self.t.toks.len()
                && self
                    .t
                    .text(i + 3)
                    .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€')))
            // (Nor "put it on the record that", "put it in writing: ...".)
            && !(i + 3..(i + 7).min(self.t.toks.len())).any(|j| {
                self.t.is_capitalized(j)
                    || self.t.is_punct(j, ':')
                    || self.word(j).is_some_and(|w| {
                        DOCUMENT_NOUNS.contains(&w)
                            || SPEECH_NOUNS.contains(&w)
                            || SPEECH_EVENT_NOUNS.contains(&w)
                            || matches!(w, "that" | "record" | "writing")
                    })
            })
            && !(self.mention_start(&m).saturating_sub(4)..self.mention_start(&m))
                .any(|j| self.word(j) == Some("as"));
        // "both companies said to be in talks", "Christie said to be considering a bid": a
        // participle raising its noun to what is said of it, not a verb of saying (but "vowed
        // to be", "claimed to have": a promise or a claim made).
        if self
            .word(i)
            .is_some_and(|w| RAISING_PARTICIPLES.contains(&w))
            && self.word(i + 1) == Some("to")
            && matches!(self.word(i + 2), Some("be" | "have"))
        {
            return None;
        }
        if FINDINGS_WITH_THAT.contains(&cue.lemma) && !self.finding_follows(i) {
            return None; // "held “constructive” talks", "held signs reading “...”"
        }
        if PARTICLE_ONLY.contains(&cue.lemma) && (!particle || put_somewhere) {
            return None; // "fired the manager", "hit the road"
        }
        if self.named_in_passive(&m, i, cue) {
            return None;
        }
        // "compared the FBI to “stormtroopers”", "likened the two men to “self-obsessed
        // schoolboys”": a comparison is speech when it quotes what the thing was likened to
        // (not "how does it compare to PCs that cost ...").
        if COMPARING_VERBS.contains(&cue.lemma)
            && !(i + 1..(i + 16).min(self.t.toks.len()))
                .take_while(|&j| self.same_sentence(i, j))
                .any(|j| self.t.toks[j].kind == Kind::QuoteOpen)
        {
            return None;
        }
        // "Federer hit back to reach the final", "Wanderers hit back through Giannakopoulos":
        // a score answered, not words (but "hit back at critics", "hit back, saying").
        if cue.lemma == "hit"
            && self.word(i + 1) == Some("back")
            && self
                .word(i + 2)
                .is_some_and(|w| GAME_WORDS_AFTER_HIT_BACK.contains(&w))
        {
            return None;
        }
        // "The Senate confirmed a U.S. ambassador", "confirmed Jane Smith as judge": an
        // appointment, not a statement.
        if cue.lemma == "confirm" && self.appoints(i + 1) {
            return None;
        }
        // "France declared a state of emergency", "declared war": a proclamation, unless
        // words are quoted with it.
        if cue.lemma == "declare"
            && matches!(
                self.word(i + 1),
                Some("a" | "an" | "war" | "bankruptcy" | "independence" | "martial")
            )
            && !self.t.sentence_quoted(self.t.toks[i].sentence)
        {
            return None;
        }
        // "accused Obama of ...": the name after the verb is its object, not a speaker set
        // after the words (as in "asked Bob Schieffer of CBS").
        if rule == "subject-after-cue"
            && cue.lemma == "accuse"
            && self.word(self.mention_end(&m) + 1) == Some("of")
        {
            return None;
        }
        // ("Labour accused of broken pledge" is passive; "China, which he has accused of
        // trading unfairly", a perfect, and "websites he accused of stifling", a pronoun's
        // verb, are active.)
        let active = || {
            (i.saturating_sub(3)..i)
                .rev()
                .take_while(|&j| self.word(j).is_some())
                .any(|j| matches!(self.word(j), Some("has" | "have" | "had")))
                || (i > 0
                    && self
                        .word(i - 1)
                        .is_some_and(|w| SUBJECT_PRONOUNS.contains(&w)))
        };
        if self.particle_after(i, cue, CUE_UNDOING_PARTICLES)
            || (self.t.lower(i).ends_with('d')
                && self.particle_after(i, cue, PASSIVE_PARTICLES)
                && !active())
        {
            return None;
        }
        // "As Breitbart News reported, ...": a parenthetical source.
        let start = self.mention_start(&m);
        // "Neither Warren nor Clinton spoke": nobody did. "what he said about Uber", "what it
        // called a “thorough process”": the words are talked about, not reported.
        let quoted_after =
            || (i + 1..(i + 5).min(self.t.toks.len())).any(|j| self.t.toks[j].quote.is_some());
        // "A letter obtained by The Associated Press warns": the letter speaks, not whoever
        // obtained it.
        let by = match start.checked_sub(1).and_then(|b| self.word(b)) {
            Some("the") => start.checked_sub(2),
            _ => start.checked_sub(1),
        };
        if by.is_some_and(|b| {
            b > 0
                && self.word(b) == Some("by")
                && self
                    .word(b - 1)
                    .is_some_and(|w| OBTAINING_VERBS.contains(&w))
        }) {
            return None;
        }
        if start > 0
            && (self.word(start - 1) == Some("nor")
                || (self.word(start - 1) == Some("what") && !quoted_after()))
        {
            return None;
        }
        // ("as the legal scholar Tim Wu puts it": past the name's role.)
        // (Not a belief: "as some early Web pioneers feared"; nor "as if", "as well as".)
        // (Tested only for a weak cue, after the cheap tests: it reads the words before.)
        // ("As the Post reported on Monday, ...": past a time phrase after a verb that frames
        // what a source put out; not "as he spoke on Tuesday".)
        let as_clause = || {
            let after = match self.after_time_phrase(i + 1) {
                j if j > i + 1 && REPORTING_VERBS.contains(&cue.lemma) => j,
                _ => i + 1,
            };
            (self
                .t
                .toks
                .get(after)
                .is_some_and(|n| n.kind == Kind::Punct)
                || (cue.lemma == "put" && self.word(i + 1) == Some("it")))
                && (start.saturating_sub(4)..start)
                    .rev()
                    .take_while(|&j| {
                        self.word(j).is_some_and(|w| {
                            self.lx.cue(w).is_none()
                                && !PREPOSITIONS.contains(&w)
                                && !matches!(w, "if" | "well" | "though" | "so" | "such" | "much")
                        })
                    })
                    .find(|&j| self.word(j) == Some("as"))
                    .is_some_and(|a| {
                        a + 1 == start
                            // ("As The Atlantic noted": a name's capitalised article; "As The
                            // Post's Dana Milbank puts it": the publication the writer is of.)
                            || ((a + 1..start)
                                .all(|j| {
                                    !self.t.is_capitalized(j)
                                        || self.t.lower(j) == "the"
                                        || strip_possessive(self.t.lower(j)).1
                                })
                                && !THOUGHT_VERBS.contains(&cue.lemma))
                    })
        };
        // "Dianne Bystrom agreed. “Mainstream Republicans are ...”": speech in the next sentence.
        let quote_next = self
            .t
            .toks
            .get(i + 1)
            .is_some_and(|n| n.kind == Kind::Punct)
            && self
                .t
                .toks
                .get(i + 2)
                .is_some_and(|n| n.kind == Kind::QuoteOpen)
            // (Not "Hooton said after Rubio spoke. “...”": a subordinate clause's verb; nor
            // "is untaxed in EU member states. “...”": a noun ending a phrase.)
            && !(start > 0 && self.word(start - 1).is_some_and(|w| PREPOSITIONS.contains(&w)))
            && !(start > 0
                && self.word(start - 1).is_some_and(|w| {
                    matches!(w, "after" | "before" | "when" | "while" | "as" | "until" | "since" | "because")
                }));
        // "Trump mocked the plan": a speech act after its subject; not a passive after its noun
        // ("Democrats mocked by the president", a headline's "Woman hailed as hero"; but "a drug
        // Trump touted as a treatment"), nor after a bare plural before another phrase
        // ("Concerns expressed at the meeting were ignored", "Jones hails from Texas"; but "the
        // network confirmed in a statement", "Clarence House confirmed on Monday").
        // (Asked only of a speech act's cue.)
        let bare_noun = || match &m {
            Mention::Nominal { first, .. } => {
                !self.word(*first).is_some_and(|w| DETERMINERS.contains(&w))
            }
            // (A sentence's capitalised first word: "Concerns", "Events".)
            Mention::Name(c) => {
                let chunk = &self.chunks[*c];
                chunk.words.len() == 1
                    && chunk.kind != ChunkKind::Entity(EntityKind::Person)
                    && self.lx.is_common_word(self.t.lower(chunk.first))
                    // ("The Senate confirmed on Tuesday": a body with its article.)
                    && !chunk
                        .first
                        .checked_sub(1)
                        .and_then(|b| self.word(b))
                        .is_some_and(|w| DETERMINERS.contains(&w))
            }
            Mention::Pronoun(_) => false,
        };
        let passive = || {
            self.word(i)
                .is_some_and(|w| w.ends_with("ed") || w.ends_with('s'))
                && match self.word(i + 1) {
                    Some("by") => true,
                    Some("as") => self.headline,
                    // ("described to reporters how": whom the words went to follows an active
                    // verb.)
                    Some("to") => false,
                    Some("from") => true,
                    Some(next) => {
                        bare_noun()
                            && (PREPOSITIONS.contains(&next) || matches!(next, "in" | "across"))
                    }
                    None => false,
                }
        };
        let act = cue.act
            && !cue.participle
            && matches!(rule, "subject-before-cue" | "shared-subject")
            && !passive();
        // "..., notes the AP.", "..., reports The Wall Street Journal.": an inverted frame
        // closing the sentence after a comma (its speaker was found closing it), for verbs that
        // frame words so ("..., called MSN Spaces." names a thing; "..., state Rep. Arnold
        // Mooney" is a title).
        let inverted_frame = rule == "subject-after-cue"
            && i > 0
            && self.t.is_punct(i - 1, ',')
            && self.t.toks[i - 1].quote.is_none()
            && !cue.participle
            && matches!(
                cue.lemma,
                "add" | "note" | "report" | "claim" | "ask" | "reply" | "continue" | "answer"
            )
            // (Not an imperative: "..., add him on Facebook", "..., continue my work".)
            && self
                .word(i)
                .is_some_and(|w| w.ends_with('s') || w.ends_with("ed"));
        // ("asked the contender if he had": a question put.)
        let question = cue.lemma == "ask" && self.question_follows(i);
        if !cue.strong
            && !act
            && !inverted_frame
            && !particle
            && !question
            && !self.closing_frame(&m, i)
            && !as_clause()
            && !quote_next
            && !self.speech_follows(i)
            && !self.quote_before(i, self.mention_start(&m).min(i))
        {
            // "Pence Endorses Paul Ryan": a headline's verb reports a stance of a named subject.
            let headline_verb = self.headline
                && !cue.participle
                && rule == "subject-before-cue"
                && self.headline_verb(&m, i, cue);
            return headline_verb.then(|| self.attribution(m, i, text, "headline-verb", i));
        }
        Some(self.attribution(m, i, text, rule, i))
    }

    /// The speaker label of a transcript's line, in capitals before a colon: "WALLACE:", "JAKE
    /// TAPPER:", "DR. JILL STEIN:" (a title before the name), "MARA LIASSON, BYLINE:" (a role
    /// after it), "HH:" (initials), also inside the quote mark that opens the paragraph
    /// ("“WALLACE: ..."). Returns the name's first and last tokens and the colon's. A name of
    /// two or three words opens with a first name, follows a title or has no common word
    /// ("NERMEEN SHAIKH", not "SPECIAL COVERAGE" nor "ASIA'S DAY"). Without a first name or a
    /// title, resolution must find the story's person of that surname, or initials ("HH:").
    fn transcript_label(&self) -> Option<(usize, usize, usize)> {
        let t = self.t;
        let start = usize::from(t.toks.first()?.kind == Kind::QuoteOpen);
        let shouting = |j: usize| {
            let w = t.text(j);
            t.toks[j].kind == Kind::Word
                && w.chars().any(char::is_alphabetic)
                && !w.chars().any(char::is_lowercase)
        };
        // (Most paragraphs open with a word in lowercase letters: no label.)
        if start >= t.toks.len() || !shouting(start) {
            return None;
        }
        let colon = (start + 1..t.toks.len().min(start + 9)).find(|&k| t.is_punct(k, ':'))?;
        let comma = (start + 1..colon).find(|&k| t.is_punct(k, ','));
        let end = comma.unwrap_or(colon);
        // (A role after the comma is a word or three: "HOST", "BYLINE", "SENATE CANDIDATE".)
        let role = comma.map_or(0, |c| colon - c - 1);
        if !(start..end).chain(end + 1..colon).all(shouting)
            || role > 3
            || (comma.is_some() && role == 0)
            || !t.starts_sentence(start)
            || !t.toks[colon + 1..].iter().any(|x| x.kind == Kind::Word)
        {
            return None;
        }
        let mut first = start;
        while let Some((len, _, _)) = super::entities::title_at(t, first, end - 1) {
            first += len;
        }
        let titled = first > start;
        let lx = self.lx;
        let name = match end - first {
            1 => true,
            // (A rubric opens with a common word, or names a body: "CNN EXCLUSIVE:".)
            2 | 3 => {
                titled
                    || lx.first_name(&title_cased(t.text(first))).is_some()
                    || (!lx.is_common_word(t.lower(first))
                        && !(first..end).any(|j| {
                            let w = t.lower(j);
                            strip_possessive(w).1
                                || lx.organization(w).is_some()
                                || lx.place(w).is_some()
                                || lx.demonym(w).is_some()
                                || lx.is_org_word(w)
                        }))
            }
            _ => false,
        };
        // ("SEE ALSO:", "READ MORE:" are rubrics.)
        (name && !self.opens_with_rubric()).then_some((first, end - 1, colon))
    }

    /// Whether the paragraph opens with a two-word rubric label: "SEE ALSO:", "READ MORE:".
    fn opens_with_rubric(&self) -> bool {
        let t = self.t;
        t.toks.len() > 2
            && t.is_punct(2, ':')
            && RUBRIC_LABELS.contains(&format!("{} {}", t.lower(0), t.lower(1)).as_str())
    }

    /// Whether the weak cue at `i` is the verb of a headline whose subject is the name `m`:
    /// "Pence Endorses Paul Ryan", "Dems hope Trump's behavior will help", "Kasich Just Revealed
    /// The 1 Thing"; not a noun ("Henman hopes ended", "Agassi fear for Melbourne", "could blunt
    /// Republican claims."), a passive ("Apple attacked over sources row") or a verb of another
    /// sense ("Ireland call up Campbell", "Gronkjaer agrees switch").
    fn headline_verb(&self, m: &Mention, i: usize, cue: Cue) -> bool {
        let t = self.t;
        let (Mention::Name(_), Some(w)) = (m, self.word(i)) else {
            return false;
        };
        if !HEADLINE_STANCE_VERBS.contains(&cue.lemma) {
            return false;
        }
        let next = self.word(i + 1);
        let start = self.mention_start(m);
        // A headline tells the news in the present: a past form there is a passive, unless the
        // headline is in title case ("Rick Perry Just Announced His ...").
        let past = w.ends_with("ed") || matches!(w, "thought" | "felt");
        // A plain form needs a plural subject: "Republicans ask", "Clinton, Sanders answer".
        let plain = !w.ends_with('s') && !past;
        let plural = self
            .word(self.mention_end(m))
            .is_some_and(|w| w.ends_with('s'))
            || start
                .checked_sub(1)
                .is_some_and(|b| t.is_punct(b, ',') || matches!(self.word(b), Some("and" | "&")));
        let sense = match cue.lemma {
            "call" => next == Some("for"),
            "agree" => matches!(next, Some("to" | "with" | "that")),
            _ => true,
        };
        // ("Cannabis hopes for drug firm", "Absa and Barclays talks continue": a noun before a
        // preposition or a verb.)
        let noun = next.is_none_or(|n| {
            (matches!(
                n,
                "of" | "on" | "in" | "over" | "at" | "after" | "as" | "from"
            ) || (n == "for" && cue.lemma != "call")
                || ((n.ends_with("ed") || self.lx.cue(n).is_some()) && !t.is_capitalized(i + 1)))
        })
            // ("Labour's Brown rejects": the name belongs to a longer subject; "Hillary's Trump
            // Claim": a noun.)
            || (start > 0 && strip_possessive(t.text(start - 1)).1);
        // The name opens its clause ("Angry Williams rejects", "Amid discord, Trump claims"),
        // not an object ("Bryan twins keep US hopes alive").
        let opens = (0..start)
            .rev()
            .take_while(|&b| {
                self.same_sentence(b, start) && !t.is_punct(b, ',') && !t.is_punct(b, ':')
            })
            .all(|b| {
                t.is_capitalized(b)
                    || self.word(b).is_some_and(|w| {
                        matches!(
                            w,
                            "as" | "after" | "while" | "when" | "how" | "why" | "the" | "and"
                        )
                    })
            });
        // ("SEE ALSO: Obama talks tough on trade" links to another story.)
        sense
            && !noun
            && opens
            && !self.opens_with_rubric()
            && (!past || t.title_case)
            && (!plain || plural)
    }

    /// Whether the word after cue `i` is one of the particles `table` lists for its lemma.
    fn particle_after(&self, i: usize, cue: Cue, table: &[(&str, &[&str])]) -> bool {
        self.word(i + 1).is_some_and(|next| {
            table
                .iter()
                .any(|(lemma, ps)| *lemma == cue.lemma && ps.contains(&next))
        })
    }

    /// Whether `spoke to X.` / `talked with X on Friday.` at cue `i` names only whom the
    /// subject spoke to: the sentence gives no topic, no clause and no quotation.
    fn contact_only(&self, i: usize, cue: Cue) -> bool {
        let t = self.t;
        if !matches!(cue.lemma, "speak" | "talk")
            || !matches!(self.word(i + 1), Some("to" | "with"))
            || t.sentence_quoted(t.toks[i].sentence)
        {
            return false;
        }
        (i + 2..t.toks.len())
            .take_while(|&j| self.same_sentence(i, j))
            .all(|j| {
                !t.is_punct(j, ':') && !matches!(self.word(j), Some("about" | "regarding" | "that"))
            })
    }

    /// `called Clinton a liar`, `called the program one of the biggest`: an object, then what
    /// the speaker names it — not `called him the next day` or `called police`. A longer object
    /// counts when a quotation names it: "called Ford's plans to open a plant in Mexico “an
    /// absolute disgrace”".
    fn names_as(&self, i: usize) -> bool {
        self.names_short_object_as(i) || self.object_runs_into_quote(i + 1)
    }

    /// "Baywatch dubbed “worst TV import”", "Helen Steel and David Morris, from north London,
    /// dubbed the “McLibel Two”, were found guilty": a verb of naming with nothing named before
    /// the name given is a passive after its noun, when that noun opens the sentence or a comma
    /// parts it from the verb. (Not "whom Trump dubbed “Lyin' Ted”" nor "what King called “the
    /// greatest demonstration”": what was named went before its namer.)
    fn named_in_passive(&self, m: &Mention, i: usize, cue: Cue) -> bool {
        let t = self.t;
        // (Nor after a scare-quoted object with what it was called after it: "called the
        // “fake news media” the enemy", "branded the “Rwanda plan” unworkable".)
        let named_nothing = || {
            let q = match self.word(i + 1) {
                Some("the" | "a" | "an") => i + 2,
                _ => i + 1,
            };
            t.toks.get(q).is_some_and(|tok| tok.kind == Kind::QuoteOpen)
                && (q == i + 1
                    || t.toks[q..]
                        .iter()
                        .position(|tok| tok.kind == Kind::QuoteClose)
                        .is_none_or(|c| self.word(q + c + 1).is_none()))
        };
        // ("what a wary John F. Kennedy, anticipating the march, called “the great
        // tradition”": a word opening a relative clause before the namer.)
        let start = self.mention_start(m);
        let relative = (start.saturating_sub(3)..start).any(|j| {
            self.same_sentence(j, start)
                && (self.opens_relative_clause(j) || self.word(j) == Some("what"))
        });
        // ("a group called Correct the Record", "a company called “Akamai”": a thing that an
        // indefinite noun brings in by its name; not "a spokesman called Trump a liar".)
        let brought_in_by_name = || match *m {
            Mention::Nominal { first, last } => {
                last + 1 == i
                    && matches!(self.word(first), Some("a" | "an"))
                    && !self.lx.is_role_noun(t.lower(last))
                    && t.toks.get(i + 1).is_some_and(|next| {
                        next.kind == Kind::QuoteOpen
                            || t.is_capitalized(i + 1)
                            || (self.word(i + 1) == Some("the")
                                && t.toks.get(i + 2).is_some_and(|_| t.is_capitalized(i + 2)))
                    })
            }
            Mention::Name(_) | Mention::Pronoun(_) => false,
        };
        NAMING_VERBS.contains(&cue.lemma)
            && !cue.participle
            && self.word(i).is_some_and(|w| w.ends_with("ed"))
            && i > 0
            && (brought_in_by_name()
                || (named_nothing()
                    && (t.is_punct(i - 1, ',') || t.starts_sentence(start))
                    && !relative))
    }

    /// Whether the words from `j` run, within their sentence and with no clause opening, into a
    /// quotation: the object of "called" and then what it was called, in the speaker's words.
    fn object_runs_into_quote(&self, j: usize) -> bool {
        let t = self.t;
        let Some(sentence) = t.toks.get(j).map(|tok| tok.sentence) else {
            return false;
        };
        // ("called into the show", "did call in his address for": no object.)
        if self.word(j).is_some_and(|w| PREPOSITIONS.contains(&w)) {
            return false;
        }
        // (Nor past a clause's verb of saying or "what": "a group called Right on Crime formed
        // to push what it calls the “conservative case”".)
        let clause = |w: &str| {
            SUBORDINATORS.contains(&w)
                || w == "what"
                || (!w.ends_with("ing") && self.lx.cue(w).is_some())
        };
        for k in j..(j + 20).min(t.toks.len()) {
            let tok = t.toks[k];
            if tok.sentence != sentence || (tok.quote.is_some() && tok.kind != Kind::QuoteOpen) {
                return false;
            }
            match tok.kind {
                // (What the speaker calls it follows the object's last word or "a", not "the"
                // or a preposition of a later phrase: not "called the Senate into session to
                // vote on the “skinny repeal”", "called the families “to offer condolences”".)
                Kind::QuoteOpen => {
                    return k > j
                        && self.word(k - 1).is_some_and(|w| {
                            matches!(w, "a" | "an")
                                || (!DETERMINERS.contains(&w) && !PREPOSITIONS.contains(&w))
                        })
                        && self.word(k + 1) != Some("to")
                }
                Kind::Word if clause(t.lower(k)) || self.opens_relative_clause(k) => return false,
                Kind::Punct if !matches!(t.text(k), "$" | "%" | "-") => return false,
                _ => {}
            }
        }
        false
    }

    /// "that", "who", "which": a word opening a relative clause.
    fn opens_relative_clause(&self, k: usize) -> bool {
        matches!(
            self.word(k),
            Some("that" | "who" | "whom" | "which" | "whose")
        )
    }

    fn names_short_object_as(&self, i: usize) -> bool {
        let t = self.t;
        let j = i + 1;
        if j >= t.toks.len() || t.toks[j].quote.is_some() {
            return false;
        }
        // The object: a pronoun, a name, or a short noun phrase after a determiner.
        let after_object = match self.word(j) {
            Some("him" | "her" | "them" | "it" | "this" | "that" | "himself" | "herself") => j + 1,
            _ => match self.chunk_of[j] {
                Some(c) => self.chunks[c].last + 1,
                None if self.word(j).is_some_and(|w| DETERMINERS.contains(&w)) => {
                    // ("called the stop the single clearest reference point": a superlative.)
                    let superlative = |k: usize| {
                        self.word(k) == Some("the")
                            && self.word(k + 1).is_some_and(|w| {
                                (w.ends_with("est") && w.len() > 4)
                                    || matches!(
                                        w,
                                        "most" | "single" | "only" | "first" | "best" | "worst"
                                    )
                            })
                    };
                    // ("called the office that handles “urgent” cases": not past a clause.)
                    match (j + 1..(j + 5).min(t.toks.len()))
                        .take_while(|&k| !self.opens_relative_clause(k))
                        .find(|&k| {
                            matches!(self.word(k), Some("a" | "an" | "one"))
                                || t.toks[k].quote.is_some()
                                || superlative(k)
                        }) {
                        Some(k) => k,
                        None => return false,
                    }
                }
                None => return false,
            },
        };
        let Some(next) = t.toks.get(after_object) else {
            return false;
        };
        if next.quote.is_some() {
            return true;
        }
        // "a liar", "one of the biggest", "the worst deal": not a time ("the next day").
        matches!(self.word(after_object), Some("a" | "an" | "one" | "the"))
            && self.word(after_object + 1).is_some_and(|w| {
                !TIME_NOUNS.contains(&w)
                    && !matches!(
                        w,
                        "next" | "same" | "following" | "other" | "police" | "day"
                    )
            })
            && !self
                .word(after_object + 2)
                .is_some_and(|w| TIME_NOUNS.contains(&w) || w.ends_with("day"))
    }

    fn attribution(
        &self,
        mention: Mention,
        cue: usize,
        cue_text: String,
        rule: &'static str,
        content_from: usize,
    ) -> Attribution {
        let t = self.t;
        let sentence = t.toks[cue].sentence;
        let in_sentence = |tok: &super::tokens::Token| tok.sentence == sentence;
        let direct = t.sentence_quoted(sentence);
        let content = if direct {
            None
        } else {
            let mut s = content_from + 1;
            if self.word(s) == Some("that") {
                s += 1;
            }
            let end = t.toks.iter().rposition(in_sentence).unwrap_or(cue);
            (s <= end && s < t.toks.len()).then(|| (t.toks[s].start, t.toks[end].end))
        };
        Attribution {
            mention,
            cue,
            cue_text,
            kind: if direct {
                SpeechKind::Direct
            } else {
                SpeechKind::Indirect
            },
            rule,
            sentence,
            content,
        }
    }

    /// The name between a dash and the colon at `k` that a quotation follows: "... overhype -
    /// HuffPollster: “...”". Not a place, nor a possessive.
    fn dash_label(&self, k: usize) -> Option<usize> {
        let t = self.t;
        if !t.toks.get(k + 1).is_some_and(|x| x.kind == Kind::QuoteOpen) {
            return None;
        }
        let c = self.chunk_of[k.checked_sub(1)?]?;
        let chunk = &self.chunks[c];
        let dash = chunk.first.checked_sub(1)?;
        // (Not a name renaming a person the heading names, "a message for one man - Vladimir
        // Putin:", "to her coach - Tony Smith:", nor after a verb of saying, "said without
        // hesitation - Winston Churchill:".)
        let renames = dash > 0
            && self.word(dash - 1).is_some_and(|w| {
                self.lx.is_role_noun(w) || matches!(w, "man" | "woman" | "person" | "one")
            });
        let said = (0..dash).any(|j| {
            self.same_sentence(j, dash)
                && self
                    .word(j)
                    .and_then(|w| self.lx.cue(w))
                    .is_some_and(|c| c.strong)
        });
        (chunk.last + 1 == k
            && !chunk.possessive
            && chunk.kind != ChunkKind::Entity(EntityKind::Place)
            && t.is_dash(dash)
            && self.same_sentence(dash, k)
            && !renames
            && !said)
            .then_some(c)
    }

    /// Where the verb phrase before an infinitive's `to` starts when the infinitive is speech
    /// performed, not only meant: "sought to", "hastened to", "took to Twitter (on Monday)
    /// to", "took a moment to", "used the occasion to". (Not "wanted to say", "decided to
    /// announce", "took office to say": what was wanted, planned or done otherwise.)
    fn performed_infinitive_start(&self, to: usize) -> Option<usize> {
        let t = self.t;
        let v = to.checked_sub(1)?;
        // (Not an attempt to ask, which may never have happened: "Investigators sought to
        // question the pilot".)
        if matches!(
            self.word(v),
            Some("sought" | "seeks" | "seeking" | "hastened" | "hastens" | "rushed")
        ) && !self
            .word(to + 1)
            .and_then(|w| self.lx.cue(w))
            .is_some_and(|c| matches!(c.lemma, "ask" | "question"))
        {
            return Some(v);
        }
        let chance = |w: &str| {
            matches!(
                w,
                "time" | "moment" | "opportunity" | "occasion" | "chance" | "platform"
            )
        };
        // Back over a few plain words to "took" or "used".
        for j in (v.saturating_sub(5)..=v).rev() {
            let w = self.word(j)?;
            if !self.same_sentence(j, to) || t.toks[j].quote.is_some() {
                return None;
            }
            match w {
                // (Not a bare "take", meant and not done, nor a dummy "it": "it would take
                // time to explain".)
                "took" | "takes" | "taking" if j < v && j > 0 && self.word(j - 1) != Some("it") => {
                    // "took to Twitter", "took to the Senate floor": a place of speaking,
                    // named or after "the"; "took the time", "took a moment".
                    // (Not "took to the pitch to applaud".)
                    let to_a_forum = self.word(j + 1) == Some("to")
                        && (t.is_capitalized(j + 2)
                            || self.word(j + 2) == Some("social")
                            || (self.word(j + 2) == Some("the")
                                && (t.is_capitalized(j + 3)
                                    || matches!(
                                        self.word(j + 3),
                                        Some("airwaves" | "floor" | "stage" | "podium" | "streets")
                                    ))));
                    let a_chance = (j + 1..=(j + 2).min(v))
                        .any(|c| self.word(c).is_some_and(chance))
                        && (j + 1..=v).all(|c| {
                            self.word(c)
                                .is_some_and(|w| chance(w) || DETERMINERS.contains(&w))
                        });
                    // ("took the stage to say", "took the floor to argue".)
                    let the_stage = self.word(j + 1) == Some("the")
                        && j + 2 == v
                        && matches!(
                            self.word(v),
                            Some("stage" | "podium" | "floor" | "microphone" | "mic" | "lectern")
                        );
                    return (to_a_forum || a_chance || the_stage).then_some(j);
                }
                "used" | "uses" | "using" if j < v => {
                    let noun = self.word(v)?;
                    let speech = chance(noun)
                        || SPEECH_EVENT_NOUNS.contains(&noun)
                        || matches!(noun, "remarks" | "appearance" | "address");
                    return (speech && j + 3 >= v).then_some(j);
                }
                _ if BE_FORMS.contains(&w)
                    || CLAUSE_BOUNDARIES.contains(&w)
                    || self.lx.cue(w).is_some() =>
                {
                    return None
                }
                _ => {}
            }
        }
        None
    }

    /// Where the phrase "in a Medium post" / "in an interview on Fox" that ends before token `k`
    /// starts, when a speaker stands before it.
    fn event_phrase_start(&self, k: usize) -> Option<usize> {
        // Cheap test first: an event noun stands a few words before the cue.
        let near = (k.saturating_sub(6)..k).any(|j| {
            self.word(j)
                .is_some_and(|w| SPEECH_EVENT_NOUNS.contains(&w))
        });
        if !near {
            return None;
        }
        let p = (k.saturating_sub(8)..k.saturating_sub(1))
            .rev()
            .find(|&p| {
                matches!(self.word(p), Some("in" | "during"))
                    && (p + 1..k).any(|j| {
                        self.word(j)
                            .is_some_and(|w| SPEECH_EVENT_NOUNS.contains(&w))
                    })
                    && (p + 1..k).all(|j| {
                        self.chunk_of[j].is_some()
                            || self.word(j).is_some_and(|w| {
                                (SPEECH_EVENT_NOUNS.contains(&w) || self.lx.cue(w).is_none())
                                    && !CLAUSE_BOUNDARIES.contains(&w)
                            })
                    })
            })?;
        (p > 0 && self.mention_left(p - 1, 0).is_some()).then_some(p)
    }

    /// `S <phrase> said` where the phrase before token `k` opens with a preposition and holds
    /// only words and names ("at the time", "during the debate", "at a rally in Des Moines")
    /// and S is a name opening its sentence: the phrase's first token. (A name inside a
    /// sentence may sit in a phrase of its own: "a supporter of Trump at the rally said".)
    fn adverbial_start(&self, k: usize) -> Option<usize> {
        let t = self.t;
        if k < 3 || self.chunk_of[k - 1].is_some() {
            return None;
        }
        let p = (k.saturating_sub(6).max(1)..k - 1).rev().find(|&p| {
            matches!(
                self.word(p),
                Some("at" | "during" | "after" | "before" | "for" | "amid" | "in" | "on" | "over")
            )
        })?;
        let plain = (p + 1..k).all(|j| {
            t.toks[j].quote.is_none()
                && (self.chunk_of[j].is_some()
                    || self.word(j).is_some_and(|w| {
                        !t.is_capitalized(j)
                            && self.lx.cue(w).is_none()
                            && !CLAUSE_BOUNDARIES.contains(&w)
                            && !SUBJECT_PRONOUNS.contains(&w)
                    }))
        });
        let c = self.chunk_of[p - 1]?;
        let chunk = &self.chunks[c];
        let subject = chunk.last == p - 1
            && !chunk.possessive
            && t.starts_sentence(chunk.first)
            && matches!(
                chunk.kind,
                ChunkKind::Entity(EntityKind::Person | EntityKind::Organization)
                    | ChunkKind::Unknown
            );
        (plain && subject).then_some(p)
    }

    /// Whether token `j` is a weekday as written ("Sunday", "Thursday"), not a name.
    fn weekday_at(&self, j: usize) -> bool {
        self.word(j).is_some_and(|d| {
            d.ends_with("day") && self.t.is_capitalized(j) && self.lx.is_not_name(d)
        })
    }

    /// Whether token `j` is a month written with its capital ("September") or a year ("2003").
    fn month_or_year_at(&self, j: usize) -> bool {
        self.word(j)
            .is_some_and(|m| (MONTHS.contains(&m) && self.t.is_capitalized(j)) || is_year(m))
    }

    /// The token after a time phrase starting at `v` ("on Wednesday", "Monday night", "last
    /// week", "at the time"), or `v` when none starts there.
    fn after_time_phrase(&self, v: usize) -> usize {
        let time_noun = |j: usize| self.word(j).is_some_and(|w| TIME_NOUNS.contains(&w));
        let mut j = v;
        if self.word(j) == Some("on") && self.weekday_at(j + 1) {
            j += 2;
        } else if self.weekday_at(j)
            || matches!(self.word(j), Some("yesterday" | "today" | "tonight"))
        {
            j += 1;
        } else if matches!(self.word(j), Some("this" | "last" | "next")) && time_noun(j + 1) {
            return j + 2;
        } else if self.word(j) == Some("at")
            && self.word(j + 1) == Some("the")
            && self.word(j + 2) == Some("time")
        {
            return j + 3;
        } else if self.word(j) == Some("in") && self.month_or_year_at(j + 1) {
            return j + 2;
        } else {
            return v;
        }
        // ("Monday night", "on Wednesday morning")
        if time_noun(j) {
            j += 1;
        }
        j
    }

    /// The named object of a verb that ends right before `for` ("rebuked President Barack
    /// Obama for saying", "attacked Trump this week for calling"); not a name after a
    /// preposition, which names no object ("criticized by Democrats for saying", "won praise
    /// from Trump for saying"), nor a possessive.
    fn object_before_for(&self, for_: usize) -> Option<Mention> {
        let mut k = for_.checked_sub(1)?;
        let time_noun = |j: usize| self.word(j).is_some_and(|w| TIME_NOUNS.contains(&w));
        if k >= 2 && time_noun(k) && matches!(self.word(k - 1), Some("this" | "last" | "next")) {
            k -= 2;
        } else if k >= 1 && self.weekday_at(k) {
            k -= if self.word(k - 1) == Some("on") { 2 } else { 1 };
        }
        let c = self.chunk_of[k]?;
        let chunk = &self.chunks[c];
        // (Not a counted thing: "awarded Carly Fiorina three Pinocchios", "gave Trump Four
        // Pinocchios", "a Pinocchio for telling".)
        let counted = |w: &str| is_number_word(w) || w.bytes().all(|b| b.is_ascii_digit());
        if (chunk.first > 0
            && self
                .word(chunk.first - 1)
                .is_some_and(|w| counted(w) || matches!(w, "a" | "an")))
            || (chunk.first..=chunk.last).any(|j| self.word(j).is_some_and(counted))
        {
            return None;
        }
        let first = if chunk.first > 0 && self.word(chunk.first - 1) == Some("the") {
            chunk.first - 1
        } else {
            chunk.first
        };
        let after_preposition = first > 0
            && self
                .word(first - 1)
                .is_some_and(|w| PREPOSITIONS.contains(&w) || w == "among");
        // (Nor a passive's agent: "was attacked by front-runner Hillary Clinton for".)
        let agent = (first.saturating_sub(12)..first)
            .rev()
            .take_while(|&j| self.word(j).is_some())
            .any(|j| self.word(j) == Some("by"));
        // (The verb judges what its object said, "criticized", "thanked", "sued", "impeach", not
        // "left CNN for saying"; it may stand before the object's role words, "slammed Fox News
        // contributor Erick Erickson", "lashed out at New York Gov. Andrew Cuomo".)
        let judges = (first.saturating_sub(6)..first)
            .rev()
            .map_while(|j| self.word(j))
            .take_while(|w| !PREPOSITIONS.contains(w) || matches!(*w, "at" | "out"))
            .any(|v| {
                self.lx.cue(v).is_some() || JUDGING_VERBS.iter().any(|stem| v.starts_with(stem))
            });
        (chunk.last == k && !chunk.possessive && !after_preposition && !agent && judges)
            .then_some(Mention::Name(c))
    }

    /// Whether the clause before `for` makes its subject answer for what the participle after
    /// it reports: a reaction it drew ("Omar drew fire for suggesting", "faced backlash for
    /// tweeting"), an apology, or a passive ("was criticized for declaring", "punished by
    /// voters for criticizing"). Not a verb with an object of its own ("dismiss people for
    /// expressing", "giving Romney its rating for saying"), where the object is who spoke.
    ///
    /// Returns where the clause's subject is to be sought before: the passive's "was", else
    /// `for_`.
    fn subject_answers_for(&self, for_: usize) -> Option<usize> {
        let mut k = for_;
        // (Past an adverb or a time: "got some attention last spring for", "later criticized".)
        while k > 0
            && self.word(k - 1).is_some_and(|w| {
                is_ly_adverb(w)
                    || TIME_NOUNS.contains(&w)
                    || matches!(w, "last" | "this" | "recently" | "later" | "again")
            })
        {
            k -= 1;
        }
        let before = k.checked_sub(1)?;
        // ("punished by voters for", "won praise from Trump for", "drawn fire among
        // Republicans for": the agent of a passive or the source of a reaction comes first.)
        let head = (before.saturating_sub(16)..before)
            .rev()
            .take_while(|&j| {
                self.same_sentence(j, before)
                    && !self.t.is_punct(j, ',')
                    && !self.t.is_punct(j, ';')
            })
            .find(|&j| matches!(self.word(j), Some("by" | "from" | "among")))
            .filter(|&by| by > 0)
            .map_or(before, |by| by - 1);
        let w = self.word(head)?;
        let be = (head.saturating_sub(3)..head).rev().find(|&j| {
            self.word(j)
                .is_some_and(|b| BE_FORMS.contains(&b) || b == "get" || b == "got")
        });
        if let Some(be) = be.filter(|_| w.ends_with("ed") || w == "out") {
            return Some(be);
        }
        // ("apologized for saying"; not "an apology for calling", which is asked of others.)
        (REACTION_NOUNS.contains(&w) || (w.starts_with("apologi") && w != "apology"))
            .then_some(for_)
    }

    /// Whether the plural form of a reporting noun at `i` ("states", "claims") is that noun,
    /// not a verb: "Rust Belt states that have suffered", "EU states that backed the deal" (a
    /// relative clause follows it), "Northeastern states", "Arab states", "14 states", "member
    /// states" (a compass word, people, number or "member" qualifies it).
    fn plural_before_relative(&self, i: usize) -> bool {
        let t = self.t;
        let lower = t.lower(i);
        // (Not "that" as a pronoun or after a modal's subject: "estimates that would require",
        // "claims that were he re-elected"; not a participle phrase, "notes that compared to
        // 2010", save after "states", the commonest of these nouns: "EU states that backed the
        // deal".)
        let relative = self.word(i + 1) == Some("that")
            && self.word(i + 2).is_some_and(|w| {
                !t.is_capitalized(i + 2)
                    && (matches!(w, "have" | "had" | "are")
                        || (lower == "states"
                            && w.len() > 4
                            && w.ends_with("ed")
                            && self.lx.cue(w).is_none()
                            && self.word(i + 3).is_some_and(|o| DETERMINERS.contains(&o))))
            });
        if relative {
            return true;
        }
        // (Only "states" has such qualifiers: "Senate Republicans claim", "Fox News reports";
        // a compass word, not a name: "George McGovern states that".)
        let compass = |w: &str| {
            w.ends_with("ern")
                && ["north", "south", "east", "west"]
                    .iter()
                    .any(|c| w.contains(c))
        };
        lower == "states"
            && i > 0
            && self.word(i - 1).is_some_and(|w| {
                let capital = t.is_capitalized(i - 1);
                w == "member"
                    || is_number_word(w)
                    || w.bytes().all(|b| b.is_ascii_digit())
                    || (capital && (self.lx.demonym(w).is_some() || compass(w)))
            })
    }

    /// "asked the contender if he had", "asked Clapper about the threat", "asked whether":
    /// after "ask" and its object, the question put. (Not a request, "asked the court to
    /// order", often a filing rather than words.)
    fn question_follows(&self, i: usize) -> bool {
        let t = self.t;
        (i + 1..(i + 12).min(t.toks.len()))
            .take_while(|&j| {
                self.same_sentence(i, j)
                    && t.toks[j].quote.is_none()
                    && (t.toks[j].kind == Kind::Word || t.is_punct(j, ','))
                    // (Not a request: "asked for a review of how", "asked anyone with
                    // information about the attack to come forward".)
                    && !matches!(self.word(j), Some("to" | "for" | "with"))
            })
            .any(|j| {
                matches!(
                    self.word(j),
                    Some("whether" | "if" | "why" | "how" | "about")
                )
            })
    }

    /// Whether what a court found goes with its verb at `i`: "that" or a colon before any quote
    /// ("held in 2003 that", "held:"), a clause opening with a subject pronoun ("held she
    /// violated"), or the verb closing a frame (“...,” the Court held.).
    fn finding_follows(&self, i: usize) -> bool {
        if self
            .word(i + 1)
            .is_some_and(|w| matches!(w, "he" | "she" | "they" | "it"))
            || self.t.is_punct(i + 1, '.')
            || self.t.is_punct(i + 1, ',')
        {
            return true;
        }
        (i + 1..(i + 9).min(self.t.toks.len()))
            .take_while(|&j| self.same_sentence(i, j) && self.t.toks[j].quote.is_none())
            .any(|j| self.word(j) == Some("that") || self.t.is_punct(j, ':'))
    }

    /// Whether speech follows the cue: `that`, a colon or a quote, maybe after a short object
    /// ("told reporters that", "told CNN:").
    fn speech_follows(&self, i: usize) -> bool {
        let t = self.t;
        // Verbs of thought and finding take a clause too ("think they have", "found she
        // had"): only verbs of saying count without "that".
        // ("city reports say", "expert reports it had": a plural noun, unless a name owns the
        // verb: "The Washington Times reports Beck will ...".)
        let plural_noun = |lemma: &str| {
            NOUN_CUES.contains(&lemma)
                && self.word(i).is_some_and(|w| w.ends_with('s'))
                && i > 0
                && self.chunk_of[i - 1].is_none()
                // ("She notes the plan has flaws", "The director notes ...": a verb; but not
                // after a plural, "media reports that": a noun.)
                && self.word(i - 1).is_some_and(|w| {
                    let subject = SUBJECT_PRONOUNS.contains(&w)
                        || (self.lx.is_group_noun(w) && !is_plural_noun(w))
                        || (self.lx.is_role_noun(w)
                            && i >= 2
                            && self.word(i - 2).is_some_and(|d| DETERMINERS.contains(&d)));
                    !t.is_capitalized(i - 1) && !subject
                })
        };
        let cue = self.word(i).and_then(|w| self.lx.cue(w));
        let speech_verb =
            cue.is_some_and(|c| !THOUGHT_VERBS.contains(&c.lemma) && !plural_noun(c.lemma));
        // (A verb that may report someone else's words: not "state Sen. Bo Watson says".)
        let reports_words = speech_verb && cue.is_some_and(|c| c.lemma != "state");
        // "Workers were forced to pay, he claimed, while ...": a frame set off by commas
        // after the words it reports.
        if speech_verb && i >= 3 && (t.is_punct(i + 1, ',') || t.is_punct(i + 1, '.')) {
            let subject_start = match self.chunk_of[i - 1] {
                Some(c) => Some(self.chunks[c].first),
                None => self
                    .word(i - 1)
                    .is_some_and(|w| SUBJECT_PRONOUNS.contains(&w))
                    .then_some(i - 1),
            };
            if subject_start.is_some_and(|s| {
                s >= 2
                    && t.is_punct(s - 1, ',')
                    && self.same_sentence(s - 2, i)
                    // (A frame set in the sentence, "In 2011, he notes, nearly ...", is one.)
                    && (t.is_punct(i + 1, ',') || !self.opening_phrase_before(s - 1))
            }) {
                return true;
            }
        }
        // ("noted in a guest column in Saturday's paper that": prepositional phrases may hold
        // the "that" further off.)
        let reach = if self
            .word(i + 1)
            .is_some_and(|w| matches!(w, "in" | "on" | "at" | "during"))
        {
            i + 9
        } else {
            i + 5
        };
        for j in i + 1..(i + 10).min(t.toks.len()) {
            if !self.same_sentence(i, j) {
                return false;
            }
            // A quote, even a word or two ("called him a “loser”"), is what was said.
            if t.toks[j].quote.is_some() || t.is_punct(j, ':') {
                return true;
            }
            // "told reporters that ...": "that" after a short object; further on it is more
            // likely a determiner ("found himself that morning").
            // "found himself that morning": "that" before a time is a determiner.
            let time = self.word(j + 1).is_some_and(|w| TIME_NOUNS.contains(&w));
            // "charged more than that.": "that" before punctuation is a pronoun.
            let pronoun = t.toks.get(j + 1).is_none_or(|_| {
                t.is_punct(j + 1, '.') || t.is_punct(j + 1, ';') || t.is_punct(j + 1, '?')
            });
            if self.word(j) == Some("that") && j <= reach && !time && !pronoun {
                // "released a report that found ...": after an object, "that" + verb is a
                // relative clause about the object, not what was said.
                let relative = j > i + 1
                    && self.word(j + 1).is_some_and(|v| {
                        !t.is_capitalized(j + 1)
                            && (self.lx.cue(v).is_some()
                                || matches!(
                                    v,
                                    "was"
                                        | "is"
                                        | "were"
                                        | "are"
                                        | "has"
                                        | "had"
                                        | "would"
                                        | "will"
                                        | "could"
                                )
                                || (v.ends_with("ed") && !DETERMINERS.contains(&v)))
                    });
                return !relative;
            }
            // "announced she and her husband are expecting": a subject pronoun cannot be the
            // verb's object, so a clause with no "that" opens there.
            if j == i + 1
                && speech_verb
                && matches!(self.word(j), Some("he" | "she" | "they" | "we" | "i"))
                // (Not a title's first word: "an EP called They Liked You Better".)
                && (!t.is_capitalized(j) || self.word(j) == Some("i"))
            {
                return true;
            }
            // "claimed a study had been done", "added the company would appeal": a clause with
            // no "that", its verb an auxiliary after a short subject.
            if j >= i + 2
                && j <= i + 5
                && speech_verb
                && matches!(
                    self.word(j),
                    Some(
                        "had"
                            | "has"
                            | "have"
                            | "was"
                            | "were"
                            | "is"
                            | "are"
                            | "would"
                            | "will"
                            | "could"
                            | "should"
                            | "might"
                    )
                )
                && (i + 1..j).all(|m| {
                    self.word(m).is_some_and(|w| {
                        !matches!(w, "which" | "who" | "that" | "to" | "and" | "or")
                            && !PREPOSITIONS.contains(&w)
                    })
                })
                && self.word(j - 1).is_some_and(|w| !DETERMINERS.contains(&w))
            {
                return true;
            }
            // "Judicial Watch noted FBI Director James B. Comey said ...": a clause reporting
            // someone else's words.
            if j >= i + 2
                && j <= i + 7
                && reports_words
                && self.word(j).and_then(|w| self.lx.cue(w)).is_some_and(|c| {
                    c.strong
                        && !c.participle
                        && !c.past_participle
                        && c.lemma != "write"
                        // (Not a noun: "after sharing several of his comments".)
                        && !(NOUN_CUES.contains(&c.lemma) && self.word(j) != Some(c.lemma))
                })
                // (Not a relative clause: "citing a journalist who said".)
                && self.word(j - 1) != Some("who")
                && self.mention_left(j - 1, 0).is_some_and(|m| {
                    // (The speaker's title may come first: "FBI Director James B. Comey".)
                    (i + 1..self.mention_start(&m)).all(|q| t.is_capitalized(q))
                })
            {
                return true;
            }
            // "asked whether", "questioned why", "wondered if": an indirect question.
            if j <= i + 3 && matches!(self.word(j), Some("whether" | "why" | "if" | "how")) {
                return true;
            }
            // "asked Rubio which states he could win", "wondered what": so do these after a
            // verb of asking.
            if j <= i + 4
                && matches!(
                    self.word(j),
                    Some("which" | "what" | "when" | "where" | "who")
                )
                && self
                    .word(i)
                    .and_then(|w| self.lx.cue(w))
                    .is_some_and(|c| matches!(c.lemma, "ask" | "wonder" | "question"))
            {
                return true;
            }
            if t.is_punct(j, ',') {
                // "said, “Q”" is speech, and so is "states however, that ..."; "post, Trump
                // wrote" is not.
                return t.toks.get(j + 1).is_some_and(|n| n.quote.is_some())
                    || self.word(j + 1) == Some("that");
            }
            if t.is_punct(j, '.') || t.is_punct(j, ';') {
                return false;
            }
        }
        false
    }

    /// Whether a quotation closes just before the cue or its subject (which starts at
    /// `start`): `"Q," Smith noted`, `"Q," noted Smith`; not `"Q," and the government will
    /// continue`.
    fn quote_before(&self, i: usize, start: usize) -> bool {
        let t = self.t;
        // The quote must end its clause (`,”` / `”,` / `?”`), or it is a scare quote inside the
        // sentence: "In the “sextortion” case, the senders threatened ...".
        let ends_clause = |j: usize| {
            (j > 0 && (t.is_punct(j - 1, ',') || t.is_punct(j - 1, '?') || t.is_punct(j - 1, '!')))
                || (j + 1 < t.toks.len() && t.is_punct(j + 1, ','))
        };
        // Between the quote and the subject only the subject's modifiers ("then-Surrey mayoral
        // candidate"): no other cue (`"Q," Hooton said after Rubio spoke`), no conjunction
        // (`"Q," and the government will continue`).
        let clear = |j: usize| {
            (j + 1..start).all(|m| {
                (m == j + 1 && t.is_punct(m, ','))
                    || self.word(m).is_some_and(|w| {
                        self.lx.cue(w).is_none() && !CLAUSE_BOUNDARIES.contains(&w) && w != "as"
                    })
            })
        };
        (start.saturating_sub(8)..start).any(|j| {
            t.toks[j].kind == Kind::QuoteClose
                && self.same_sentence(j, i)
                && ends_clause(j)
                && clear(j)
        })
    }

    /// Whether the verb at `i` has an object of its own, a determiner's noun phrase, so that a
    /// quotation before its subject is not what it reports: `“What? Me worry?” Churchill
    /// recognized the face of wickedness` (but `“...,” he beamed a moment later`).
    /// (Nor is whom the words went to an object of that kind: `“...?” the candidate asked the
    /// crowd`, `asked his colleagues`.)
    fn takes_object(&self, i: usize) -> bool {
        // ("clarified that ...": a clause, not an object.)
        self.word(i + 1)
            .is_some_and(|w| DETERMINERS.contains(&w) && !matches!(w, "that" | "this"))
            && !self.word(i + 2).is_some_and(|w| {
                TIME_NOUNS.contains(&w)
                    || matches!(
                        w,
                        "moment"
                            | "day"
                            | "next"
                            | "following"
                            | "previous"
                            | "same"
                            | "crowd"
                            | "audience"
                            | "room"
                    )
                    || self.lx.is_role_noun(w)
                    || self.lx.is_role_plural(w)
                    || self.lx.is_group_noun(w)
                    || self.lx.is_org_noun(w)
                    || w.ends_with("ers")
            })
    }

    /// The speaker mention ending at token `k`, looking leftwards; `depth` limits how many
    /// appositive clauses may be stepped over.
    fn mention_left(&self, k: usize, depth: u8) -> Option<Mention> {
        let t = self.t;
        if t.toks[k].quote.is_some() {
            return None;
        }
        // "A person familiar with the talks said": an anonymous source, described whole.
        if let Some(first) = (k.saturating_sub(8)..k)
            .find(|&h| self.source_formula_end(h) == Some(k))
            .map(|h| match h.checked_sub(1).and_then(|d| self.word(d)) {
                Some(w) if DETERMINERS.contains(&w) || matches!(w, "two" | "three" | "several") => {
                    h - 1
                }
                _ => h,
            })
        {
            return Some(Mention::Nominal { first, last: k });
        }
        if let Some(m) = self.person_of_place(k) {
            return Some(m);
        }
        if let Some(c) = self.chunk_of[k] {
            // "Trump’s comments": a possessive owns a noun; it is not the subject of a verb.
            let chunk = &self.chunks[c];
            if chunk.last != k || chunk.possessive {
                return None;
            }
            // "The former sergeant-at-arms of the House of Commons said": the name sits in a
            // prepositional phrase; the subject is the noun before it.
            // (Past "the" and a courtesy title outside the name, "a spokesman for Mr Prescott",
            // and past a body's name before a person's, "a spokesman for House Minority Leader
            // Nancy Pelosi".)
            let body_first = match chunk.first.checked_sub(1).and_then(|b| self.chunk_of[b]) {
                Some(o) if !self.chunks[o].possessive && self.chunks[o].last + 1 == chunk.first => {
                    Some(self.chunks[o].first)
                }
                _ => None,
            };
            // (Only after a role and "for"/"to": not "Association of Chief Police Officers
            // president Chris Fox said".)
            let for_role = |f: usize| {
                f >= 2
                    && matches!(self.word(f - 1), Some("for" | "to"))
                    && self.word(f - 2).is_some_and(|w| {
                        !t.is_capitalized(f - 2)
                            && (self.lx.is_role_noun(w) || self.lx.is_role_plural(w))
                    })
            };
            // (And past the words that title the name: "a spokesman for Democratic
            // presidential candidate Hillary Clinton".)
            // (A title right before the name, not "Shadow spokesman for sport Hugh Robertson",
            // where the name is the spokesman's.)
            let titled = role_word_at(t, chunk.first)
                || (chunk.first > 0 && role_word_at(t, chunk.first - 1));
            // (Its article may open the words: "for the Democratic presidential candidate".)
            let titled_first = (chunk.first.saturating_sub(5)..chunk.first).find(|&f| {
                titled
                    && for_role(f)
                    && (f..chunk.first).all(|j| {
                        self.word(j).is_some_and(|w| {
                            !PREPOSITIONS.contains(&w)
                                && (j == f || !DETERMINERS.contains(&w))
                                && self.lx.cue(w).is_none()
                        })
                            // (No one's name but a party's or a nation's adjective: not
                            // "for Trump campaign manager Brad Parscale".)
                            && self.chunk_of[j].is_none_or(|_| {
                                let w = t.lower(j);
                                is_party_member(w)
                                    || w == "democratic"
                                    || self.lx.demonym(w).is_some()
                            })
                    })
            });
            let mut before = body_first
                .filter(|&f| for_role(f))
                .or(titled_first)
                .unwrap_or(chunk.first)
                .checked_sub(1);
            // ("The former chief financial officer at US telecoms firm WorldCom has admitted":
            // past the noun that titles a body, and its modifiers, to the preposition; only
            // for the subject right before its verb, not a name an appositive ends with.)
            if let Some(b) = before.filter(|&b| {
                self.word(b).is_some_and(|w| BODY_TITLE_NOUNS.contains(&w))
                    && !t.is_capitalized(b)
                    && self.word(k + 1).is_some()
            }) {
                before = (b.saturating_sub(4)..b)
                    .rev()
                    .take_while(|&j| {
                        self.word(j).is_some_and(|w| {
                            PREPOSITIONS.contains(&w)
                                || self.chunk_of[j].is_some()
                                || !t.is_capitalized(j) && self.lx.cue(w).is_none()
                        })
                    })
                    .find(|&j| self.word(j).is_some_and(|w| PREPOSITIONS.contains(&w)))
                    // (A role's or a person's: "officer at", "Julie Archer of the watchdog
                    // group X"; not an agent's, "a survey conducted by polling firm PerryUndem
                    // found".)
                    .filter(|&p| {
                        p > 0
                            && !matches!(self.word(p), Some("by" | "from"))
                            && (self.word(p - 1).is_some_and(|w| {
                                self.lx.is_role_noun(w) || self.lx.is_role_plural(w)
                            }) || self.chunk_of[p - 1].is_some_and(|o| {
                                self.chunks[o].kind == ChunkKind::Entity(EntityKind::Person)
                            }))
                    })
                    .or(Some(b));
            }
            let past_article = |b: usize| {
                if self
                    .word(b)
                    .is_some_and(|w| w == "the" || is_courtesy_title(t.text(b)))
                    && b > 0
                {
                    b - 1
                } else {
                    b
                }
            };
            let mut before = before.map(past_article);
            // ("Lawyers for Mr Fawcett and Mr McDonald denied", "a spokesman for Google and
            // Microsoft said": a name coordinated with one in the phrase is in it too.)
            // (Names of one kind: not "training in Holland and Ferguson said".)
            // (And a list before it: "The leaders of Britain, the US, Germany and France".)
            if let Some(b) = before.filter(|&b| matches!(self.word(b), Some("and" | "or"))) {
                let conjunct = |e: usize| {
                    self.chunk_of[e].filter(|&o| {
                        !self.chunks[o].possessive
                            && self.chunks[o].kind == chunk.kind
                            && self.chunks[o].last == e
                    })
                };
                if let Some(mut o) = b.checked_sub(1).and_then(conjunct) {
                    while let Some(e) = self.chunks[o]
                        .first
                        .checked_sub(1)
                        .map(past_article)
                        .filter(|&c| t.is_punct(c, ','))
                        .and_then(|c| c.checked_sub(1))
                    {
                        match conjunct(e) {
                            Some(earlier) => o = earlier,
                            None => break,
                        }
                    }
                    let p = self.chunks[o].first.checked_sub(1).map(past_article);
                    if let Some(p) =
                        p.filter(|&p| self.word(p).is_some_and(|w| PREPOSITIONS.contains(&w)))
                    {
                        before = Some(p);
                    }
                }
            }
            if let Some(b) =
                before.filter(|&b| self.word(b).is_some_and(|w| PREPOSITIONS.contains(&w)))
            {
                let h = b.checked_sub(1)?;
                // "A June 2017 study by the Senate committee said": a document speaks for its
                // author.
                // "A statement e-mailed to The Globe by Reagan Ruslim said": the document may
                // stand a few words back.
                // ("another report in the Sunday Telegraph claims": a publication's, when it
                // is no place.)
                let published_in = self.word(b) == Some("in")
                    && chunk.kind != ChunkKind::Entity(EntityKind::Place);
                if (matches!(self.word(b), Some("by" | "from")) || published_in)
                    && (b.saturating_sub(6)..b).any(|d| {
                        self.same_sentence(d, b)
                            && self.word(d).is_some_and(|w| DOCUMENT_NOUNS.contains(&w))
                    })
                {
                    return Some(Mention::Name(c));
                }
                if let Some(m) = self.subject_before_agent(b) {
                    return Some(m);
                }
                if let Some(owner) = self.chunk_of[h] {
                    let chunk = &self.chunks[owner];
                    if chunk.last != h || chunk.possessive {
                        return None;
                    }
                    // ("Bob Pinnegar, CEO of the association, which ..., said": a role
                    // written in capitals renames the person before it.)
                    let m = Mention::Name(owner);
                    let role = chunk.first == h && self.lx.is_role_noun(t.lower(h));
                    return Some(
                        role.then(|| self.appositive_owner(&m))
                            .flatten()
                            .unwrap_or(m),
                    );
                }
                return self
                    .nominal_ending_at(h)
                    .map(|m| self.appositive_owner(&m).unwrap_or(m));
            }
            return Some(Mention::Name(c));
        }
        if t.is_punct(k, ',') || t.is_punct(k, ')') || t.is_dash(k) {
            if depth == 0 {
                return None;
            }
            return self.across_clause(k, depth);
        }
        let w = self.word(k)?;
        if SUBJECT_PRONOUNS.contains(&w) {
            return Some(Mention::Pronoun(k));
        }
        // "That would be Heather, who finally confessed": "who" stands for the name before it.
        if w == "who" && k >= 2 && t.is_punct(k - 1, ',') {
            // "Yoni Freedhoff, medical director of Ottawa’s Bariatric Medical Institute, who
            // writes": "who" is the person, not the institute of the appositive.
            // ("rejected by Mr Blair, who said": the person "who" follows, even after "by".)
            let near = match self.chunk_of[k - 2] {
                Some(c)
                    if self.chunks[c].last == k - 2
                        && self.chunks[c].kind == ChunkKind::Entity(EntityKind::Person) =>
                {
                    Some(Mention::Name(c))
                }
                _ => self.mention_left(k - 2, depth),
            };
            let person = |m: &Option<Mention>| match m {
                Some(Mention::Name(c)) => {
                    self.chunks[*c].kind == ChunkKind::Entity(EntityKind::Person)
                }
                Some(Mention::Pronoun(_)) | Some(Mention::Nominal { .. }) => true,
                None => false,
            };
            if !person(&near) && depth > 0 {
                let far = self.across_clause(k - 1, depth);
                if person(&far) {
                    return far;
                }
                // ("a rebuke from Rep. Adam Schiff, the top Democrat on the committee, who
                // tweeted": the person the appositive renames, even inside a phrase.)
                // (An appositive, not a clause: not "Sandra Fluke, who officiates ..., who".)
                let renamed = (k.saturating_sub(16)..k - 1)
                    .rev()
                    .take_while(|&p| self.same_sentence(p, k) && t.toks[p].quote.is_none())
                    .find(|&p| t.is_punct(p, ','))
                    .filter(|&p| {
                        self.word(p + 1)
                            .is_none_or(|w| !matches!(w, "who" | "whose" | "which"))
                            && (p + 1..k)
                                .all(|j| self.word(j).is_none_or(|w| self.lx.cue(w).is_none()))
                    })
                    .and_then(|p| self.person_before_comma(p));
                if renamed.is_some() {
                    return renamed;
                }
            }
            return near;
        }
        if w == "who" && k >= 1 && self.word(k - 1).is_some() {
            return self.who_without_comma(k, depth);
        }
        let nominal = self.nominal_ending_at(k);
        if let Some(Mention::Nominal { first, .. }) = nominal {
            if let Some(m) = first
                .checked_sub(1)
                .and_then(|b| self.subject_before_agent(b))
            {
                return Some(m);
            }
        }
        // "Proponents of remediation agreements say": the head comes before "of".
        // ("Officials in the administration said", "an official with the agency told".)
        // ("Lawyers for some of the victims claimed": phrases in phrases.)
        if let Some(Mention::Nominal { mut first, last }) = nominal {
            for _ in 0..2 {
                let outer = (first >= 2
                    && matches!(
                        self.word(first - 1),
                        Some("of" | "for" | "at" | "in" | "with")
                    ))
                .then(|| self.nominal_ending_at(first - 2))
                .flatten();
                match outer {
                    Some(Mention::Nominal { first: outer, .. }) => first = outer,
                    _ => break,
                }
            }
            return Some(Mention::Nominal { first, last });
        }
        // "Proponents of the deal say": a thing after "of" is no speaker; its owner may be.
        if nominal.is_none() {
            let mut p = k;
            // Only a noun phrase between "of" and here: no verb, adverb or name.
            let plain = |w: &str| {
                !PREPOSITIONS.contains(&w)
                    && !BE_FORMS.contains(&w)
                    && !BETWEEN_SUBJECT_AND_CUE.contains(&w)
                    && !is_ly_adverb(w)
                    && !matches!(
                        w,
                        "now"
                            | "still"
                            | "also"
                            | "then"
                            | "them"
                            | "us"
                            | "him"
                            | "her"
                            | "it"
                            | "you"
                            | "me"
                    )
            };
            // The phrase must end in a noun: "projects", "the 16" — not a verb.
            let noun_end = self.word(k).is_some_and(|w| {
                w.ends_with('s')
                    || w.chars().all(|c| c.is_ascii_digit())
                    || self.lx.is_role_noun(w)
                    || self.lx.is_group_noun(w)
                    || self.lx.is_org_noun(w)
            });
            while p > 0
                && k - p < 4
                && self.word(p).is_some_and(plain)
                && self.chunk_of[p].is_none()
            {
                p -= 1;
            }
            if noun_end && p >= 1 && k > p && self.word(p) == Some("of") {
                if let Some(Mention::Nominal { first: outer, .. }) = self.nominal_ending_at(p - 1) {
                    return Some(Mention::Nominal {
                        first: outer,
                        last: k,
                    });
                }
            }
        }
        nominal
            .or_else(|| self.familiar_source(k))
            .or_else(|| self.those_participle(k))
    }

    /// "Ernie LeBlanc, father of Jason LeBlanc, says": the person a nominal appositive
    /// describes, named just before it.
    fn appositive_owner(&self, m: &Mention) -> Option<Mention> {
        let comma = self.mention_start(m).checked_sub(1)?;
        self.person_before_comma(comma)
    }

    /// The person named right before the comma at `comma`, whom what follows it renames.
    fn person_before_comma(&self, comma: usize) -> Option<Mention> {
        let mut before = comma.checked_sub(1)?;
        if !self.t.is_punct(comma, ',') {
            return None;
        }
        // ("Rep. Josh Gottheimer (D-N.J.), a co-chairman of ...": past the name's tag.)
        if let Some(open) = self.tag_before(before) {
            before = open.checked_sub(1)?;
        }
        let c = self.chunk_of[before]?;
        let chunk = &self.chunks[c];
        // ("In an interview with Morning Edition's David Greene, the founder of WikiLeaks
        // called": the comma closes a phrase opening the sentence, not a name.)
        let opening = (0..chunk.first)
            .rev()
            .take_while(|&j| self.same_sentence(j, comma) && !self.t.is_punct(j, ','))
            .last()
            .is_some_and(|j| {
                self.t.starts_sentence(j) && self.word(j).is_some_and(|w| PREPOSITIONS.contains(&w))
            });
        (chunk.last == before
            && !chunk.possessive
            && chunk.kind == ChunkKind::Entity(EntityKind::Person)
            && !opening)
            .then_some(Mention::Name(c))
    }

    /// "who" with no comma at token `k`: the noun or the name right before it, for a verb of
    /// saying. "a campaign surrogate who said", "40 economists who argued", "It was Smith who
    /// told"; the name a noun renames ("Paul Begala, a longtime Clinton ally who said"); the
    /// subject of "X is one of the N who said". ("the terrorists who threaten Britain are ..."
    /// say nothing.)
    fn who_without_comma(&self, k: usize, depth: u8) -> Option<Mention> {
        let t = self.t;
        // (Or another cue before speech: "a man who posted on Facebook, “...”".)
        let saying = |j: usize| {
            self.word(j).and_then(|w| self.lx.cue(w)).is_some_and(|c| {
                c.strong
                    || (j + 1..t.toks.len().min(j + 6))
                        .take_while(|&q| self.same_sentence(j, q))
                        .any(|q| t.toks[q].quote.is_some() || self.word(q) == Some("that"))
            })
        };
        if !(saying(k + 1) || saying(k + 2)) {
            return None;
        }
        // (Not a body, nor a name after "of" or "at", where "who" may be the noun before
        // it: "a harsh critic of Donald Trump who denounced him", "a lawyer at Goodwin
        // Procter who argues".)
        if let Some(c) = self.chunk_of[k - 1] {
            let chunk = &self.chunks[c];
            let object = chunk.first > 0
                && matches!(
                    self.word(chunk.first - 1),
                    Some("of" | "at" | "for" | "with" | "in" | "on")
                );
            match chunk.kind {
                ChunkKind::Entity(EntityKind::Person) | ChunkKind::Title => {
                    return (chunk.last == k - 1 && !object).then_some(Mention::Name(c))
                }
                ChunkKind::Entity(_) => return None,
                // ("a longtime Clinton ally who", "Asian-American activists who": the noun,
                // below.)
                ChunkKind::Unknown | ChunkKind::Descriptor => {}
            }
        }
        // A person's noun, whole: "from advocates who", "a former aide who"; not a body
        // or a group ("others in the party who") nor the tail of a clause ("has irked
        // liberal professors who").
        let m = self.nominal_ending_at(k - 1)?;
        // (Its article may stand before modifiers the phrase left out: "a longtime Clinton
        // ally".)
        let opened = self
            .word(self.mention_start(&m))
            .is_some_and(|w| DETERMINERS.contains(&w));
        let article = (self.mention_start(&m).saturating_sub(3)..self.mention_start(&m))
            .rev()
            .take_while(|&j| {
                self.word(j)
                    .is_some_and(|w| !t.is_capitalized(j) && !PREPOSITIONS.contains(&w))
            })
            .find(|&j| !opened && self.word(j).is_some_and(|w| DETERMINERS.contains(&w)));
        let m = match article {
            Some(first) => Mention::Nominal { first, last: k - 1 },
            None => m,
        };
        let start = self.mention_start(&m);
        // "Berland is one of several former Google employees who has alleged", "Aleta
        // Alexander, 63, was among several voters who said": the subject speaks.
        let among = match (
            start.checked_sub(2).and_then(|j| self.word(j)),
            start.checked_sub(1).and_then(|j| self.word(j)),
        ) {
            (Some("one"), Some("of")) => start.checked_sub(3),
            (_, Some("among")) => start.checked_sub(2),
            _ => None,
        };
        if let Some(be) = among.filter(|&b| self.word(b).is_some_and(|w| BE_FORMS.contains(&w))) {
            if let Some(subject) = be
                .checked_sub(1)
                .and_then(|s| self.mention_left(s, depth.max(1)))
            {
                return Some(subject);
            }
        }
        let head = t.lower(k - 1);
        let opens = start == 0
            || t.toks[start - 1].kind != Kind::Word
            || self.word(start).is_some_and(|w| DETERMINERS.contains(&w))
            || self
                .word(start - 1)
                .is_some_and(|w| PREPOSITIONS.contains(&w) || matches!(w, "and" | "or"));
        // (A group is "which": "the Trump administration who" is someone in it.)
        if !opens
            || self.lx.is_org_noun(head)
            || self.lx.is_group_noun(head)
            || DOCUMENT_NOUNS.contains(&head)
        {
            return None;
        }
        // ("Chinese officials muffled doctors who warned": a verb inside the phrase ends
        // the clause before the noun.)
        if let Some(v) = (start + 1..k - 1).rev().find(|&j| {
            self.word(j)
                .is_some_and(|w| w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")))
                && !self.word(j - 1).is_some_and(|w| DETERMINERS.contains(&w))
        }) {
            return Some(Mention::Nominal {
                first: v + 1,
                last: k - 1,
            });
        }
        let renamed = (start.saturating_sub(4)..start)
            .rev()
            .find(|&j| t.toks[j].kind != Kind::Word)
            .filter(|&j| j >= 1 && t.is_punct(j, ','))
            .and_then(|j| self.chunk_of[j - 1])
            .filter(|&c| {
                let chunk = &self.chunks[c];
                chunk.last + 2 <= start
                    && t.is_punct(chunk.last + 1, ',')
                    && !chunk.possessive
                    && chunk.kind == ChunkKind::Entity(EntityKind::Person)
            });
        Some(renamed.map_or(m, Mention::Name))
    }

    /// "those involved say", "all those polled said", "those interviewed told": people named
    /// by what was done to them, ending at token `k`.
    fn those_participle(&self, k: usize) -> Option<Mention> {
        let participle = self.word(k)?;
        if !(participle.len() > 4 && participle.ends_with("ed"))
            || self.word(k.checked_sub(1)?)? != "those"
        {
            return None;
        }
        let first = if k >= 2 && self.word(k - 2) == Some("all") {
            k - 2
        } else {
            k - 1
        };
        Some(Mention::Nominal { first, last: k })
    }

    /// "sources familiar with the negotiations said", "people close to the talks say": an
    /// unnamed source described by what it knows, ending at token `k`; or by where it was ("a
    /// private security professional present during the attack told").
    fn familiar_source(&self, k: usize) -> Option<Mention> {
        let t = self.t;
        let low = k.saturating_sub(7);
        let link = (low..k).rev().find(|&j| {
            matches!(
                self.word(j),
                Some("familiar" | "close" | "briefed" | "involved" | "present")
            ) && matches!(
                self.word(j + 1),
                Some("with" | "to" | "on" | "in" | "at" | "during")
            )
        })?;
        if (link + 1..=k).any(|j| t.toks[j].kind != Kind::Word || !self.same_sentence(j, k)) {
            return None;
        }
        // (Where someone was describes the moment, not who they are: "a private security
        // professional present during the attack" is "a private security professional".)
        let present = self.word(link) == Some("present");
        match link.checked_sub(1).and_then(|h| self.nominal_ending_at(h)) {
            Some(Mention::Nominal { first, last }) => Some(Mention::Nominal {
                first,
                last: if present { last } else { k },
            }),
            _ => None,
        }
    }

    /// The person opening the sentence whose appositive runs, unclosed, up to the verb at `k`:
    /// "Theodore Karasik, director of research at the Institute ... in Dubai told", "Sen.
    /// Chuck Schumer, D-N.Y., who was among those calling for it told".
    fn unclosed_appositive_owner(&self, k: usize) -> Option<Mention> {
        let t = self.t;
        // (After the quotation the sentence may open with: `"No," Amash, a ... tweeted`.)
        let start = (0..k).find(|&j| {
            self.same_sentence(j, k) && t.toks[j].kind == Kind::Word && t.toks[j].quote.is_none()
        })?;
        let c = self.chunk_of[start]?;
        let chunk = &self.chunks[c];
        if chunk.kind != ChunkKind::Entity(EntityKind::Person)
            || chunk.possessive
            || !t.is_punct(chunk.last + 1, ',')
        {
            return None;
        }
        // The appositive opens with a role or "who": "director of ...", "a professor at ...".
        let mut a = chunk.last + 2;
        // (A party tag may come first: "Sen. Chuck Schumer, D-N.Y., who".)
        if t.toks.get(a).is_some_and(|_| t.is_capitalized(a)) && t.is_punct(a + 1, ',') && a + 2 < k
        {
            a += 2;
        }
        if self.word(a).is_some_and(|w| DETERMINERS.contains(&w)) {
            a += 1;
        }
        // ("Amash, a Michigan Republican tweeted": or capitalised words ending in a role or a
        // party, after an article.)
        let party_or_role = |j: usize| {
            self.word(j).is_some_and(|w| {
                self.lx.is_role_noun(w) || matches!(w, "republican" | "democrat" | "independent")
            })
        };
        let capitalised_role = a > chunk.last + 2
            && k > a
            && k - a <= 3
            && (a..k).all(|j| t.is_capitalized(j))
            && party_or_role(k - 1);
        // ("Sen. Jeff Sessions, R-Ala., ranking Republican on the committee said": or a
        // modifier before a role or party.)
        let opens = capitalised_role
            || self
                .word(a)
                .is_some_and(|w| !t.is_capitalized(a) && (self.lx.is_role_noun(w) || w == "who"))
            || (a + 1 < k
                && !t.is_capitalized(a)
                && self.word(a).is_some_and(|w| {
                    !PREPOSITIONS.contains(&w) && !matches!(w, "and" | "or" | "but")
                })
                && party_or_role(a + 1));
        // Nothing after it closes it, says or quotes anything.
        let plain = (a + 1..k).all(|j| {
            !t.is_punct(j, ',')
                && t.toks[j].quote.is_none()
                && t.toks[j].kind != Kind::QuoteOpen
                && self
                    .word(j)
                    .is_none_or(|w| self.lx.cue(w).is_none_or(|c| !c.strong))
        });
        (opens && plain && a < k).then_some(Mention::Name(c))
    }

    /// `Sandra Inman, a Cruz supporter from Jackson, Miss., attending the convention, said`: a
    /// person opening the sentence, then a comma, speaks through any run of appositives and
    /// participle phrases that ends in the comma at `k` before the cue.
    fn subject_across_appositives(&self, k: usize) -> Option<Mention> {
        let t = self.t;
        // (The comma may close a show's title inside its quotation marks: `Joe Scarborough,
        // host of MSNBC's “Morning Joe,” said`.)
        let closes_title =
            t.comma_closes_quote(k) && t.toks[k].quote.is_some_and(|q| self.is_title_quote(q));
        if !t.is_punct(k, ',') && !closes_title {
            return None;
        }
        let start = (k.saturating_sub(40)..k)
            .rev()
            .take_while(|&j| self.same_sentence(j, k))
            .last()?;
        // (Only within reach of the sentence's start.)
        if start > 0 && self.same_sentence(start - 1, k) {
            return None;
        }
        let start = (start..k).find(|&j| t.toks[j].kind == Kind::Word)?;
        // "The firm, reporting its first annual results since listing on the London Stock
        // Exchange in June, said": a body the story named before, by its noun.
        if self.word(start) == Some("the") && t.is_punct(start + 2, ',') && start + 2 < k {
            let body = self.word(start + 1).is_some_and(|w| {
                (self.lx.is_org_noun(w) || self.lx.is_group_noun(w)) && !DOCUMENT_NOUNS.contains(&w)
            });
            if body && self.says_nothing(start + 3, k) {
                return Some(Mention::Nominal {
                    first: start,
                    last: start + 1,
                });
            }
        }
        // ("Mr. Slinker, ...": a title may come first.)
        let c = (start..(start + 3).min(k)).find_map(|j| self.chunk_of[j])?;
        let chunk = &self.chunks[c];
        // ("Sen. Richard J. Durbin (D-Ill.), noting ..., said": past a tag in parentheses.)
        let after = if t.is_punct(chunk.last + 1, '(') {
            self.after_tag(chunk.last + 1, k)?
        } else {
            chunk.last + 1
        };
        let person = (start..chunk.first).all(|j| t.is_capitalized(j))
            && !chunk.possessive
            && chunk.kind == ChunkKind::Entity(EntityKind::Person)
            && t.is_punct(after, ',');
        // Nothing between may say or quote anything itself.
        let plain = self.says_nothing(after, k);
        // ("Donald Trump, Jr., touted": the comma closes the name's suffix; "Sen. Jack Reed
        // (D-R.I.), said": the tag's.)
        let closes_suffix = chunk.last + 1 == k && is_generational_suffix(t.lower(chunk.last));
        let closes_tag = after == k && after > chunk.last + 1;
        (person && plain && (after < k || closes_suffix || closes_tag)).then_some(Mention::Name(c))
    }

    /// The token after a short tag in parentheses opening at `open`, before `end`: a party and
    /// state after a name ("(R-Iowa)", "(D-Ill.)"), five tokens at most.
    fn after_tag(&self, open: usize, end: usize) -> Option<usize> {
        let t = self.t;
        if !t.is_punct(open, '(') {
            return None;
        }
        (open + 1..(open + 7).min(end))
            .find(|&j| t.is_punct(j, ')'))
            .map(|close| close + 1)
    }

    /// The opening parenthesis of such a tag closing at `close`.
    fn tag_before(&self, close: usize) -> Option<usize> {
        let t = self.t;
        if !t.is_punct(close, ')') {
            return None;
        }
        (close.saturating_sub(6)..close)
            .rfind(|&j| t.is_punct(j, '('))
            .filter(|&open| self.after_tag(open, close + 1) == Some(close + 1))
    }

    /// Whether quotation `q` is a title, not words spoken: one to six words, each capitalised or
    /// a short function word, and no sentence's end ("“Morning Joe”", "“The Art of the Deal”").
    fn is_title_quote(&self, q: usize) -> bool {
        let t = self.t;
        let inside = t.quote_tokens(q);
        let words = inside
            .clone()
            .filter(|&j| t.toks[j].kind == Kind::Word)
            .count();
        (1..=6).contains(&words)
            && inside.into_iter().all(|j| match t.toks[j].kind {
                Kind::Word => {
                    t.is_capitalized(j)
                        || matches!(
                            t.lower(j),
                            "of" | "the" | "and" | "a" | "in" | "on" | "for" | "to"
                        )
                }
                Kind::Punct => !matches!(t.text(j), "." | "!" | "?" | ":" | ";"),
                _ => true,
            })
    }

    /// Whether tokens `from..to` say or quote nothing themselves: no quotation, "that" or
    /// finite strong cue (the appositives and participle phrases a subject speaks across).
    fn says_nothing(&self, from: usize, to: usize) -> bool {
        (from..to).all(|j| {
            // (Marks included: a token of a quotation, its marks too, carries its index.)
            self.t.toks[j].quote.is_none_or(|q| self.is_title_quote(q))
                && self.word(j).is_none_or(|w| {
                    w != "that" && self.lx.cue(w).is_none_or(|c| c.participle || !c.strong)
                })
        })
    }

    /// "..., with former campaign manager Corey Lewandowski, now a paid contributor on CNN,
    /// telling": the person after "with" whose appositive closes in the comma at `k` before a
    /// participle.
    fn with_subject_across_appositive(&self, k: usize) -> Option<Mention> {
        let t = self.t;
        if !t.is_punct(k, ',') {
            return None;
        }
        let with_person = |open: usize| {
            let c = self.chunk_of[open.checked_sub(1)?]?;
            let chunk = &self.chunks[c];
            (chunk.kind == ChunkKind::Entity(EntityKind::Person)
                && !chunk.possessive
                && chunk.last + 1 == open
                // ("with" may stand before the name's roles: "with former Trump campaign
                // manager Corey Lewandowski".)
                && (chunk.first.saturating_sub(5)..chunk.first)
                    .rev()
                    .take_while(|&j| self.word(j).is_some_and(|w| self.lx.cue(w).is_none()))
                    .any(|j| self.word(j) == Some("with")))
            .then_some(Mention::Name(c))
        };
        (k.saturating_sub(15)..k)
            .rev()
            .take_while(|&j| {
                self.same_sentence(j, k)
                    && t.toks[j].quote.is_none()
                    && t.toks[j].kind != Kind::QuoteClose
                    && self.word(j).is_none_or(|w| self.lx.cue(w).is_none())
            })
            .filter(|&j| t.is_punct(j, ','))
            .find_map(with_person)
    }

    /// `S, who ..., said`: steps back over a clause closed by the comma at `k`.
    fn across_clause(&self, k: usize, depth: u8) -> Option<Mention> {
        let t = self.t;
        // ("Nancy Pelosi — who led the chamber — said": dashes pair as commas do.)
        let paren = t.is_punct(k, ')');
        let dash = t.is_dash(k);
        let opens_at = |p: usize| {
            if dash {
                t.is_dash(p)
            } else {
                t.is_punct(p, if paren { '(' } else { ',' })
            }
        };
        // A lowercase word that may open a titled name: "state Sen. Lee Bright", "former Gov.".
        let office_word = |j: usize| {
            self.word(j)
                .is_some_and(|w| w == "state" || is_office_modifier(w))
        };
        // (A dash may be written "--", two tokens: start before all of it.)
        let mut p = k;
        while dash && p > 0 && t.is_dash(p - 1) {
            p -= 1;
        }
        while p > 0 && k - p < 40 {
            p -= 1;
            if !self.same_sentence(p, k) || t.toks[p].kind == Kind::QuoteClose {
                return None;
            }
            // ("Trump, speaking in Wilmington, N.C., warned": the comma between a town and its
            // state is inside the place; the stretch starts before the town, if a comma opens
            // it. Else the town's comma opens it: "police in Wasilla, Alaska, said".)
            if !dash && !paren && opens_at(p) && self.town_state_comma(p, k) {
                if let Some(m) = self.across_clause(p, depth) {
                    return Some(m);
                }
            }
            if opens_at(p) {
                while dash && p > 0 && t.is_dash(p - 1) {
                    p -= 1;
                }
                let mut opener = p + 1;
                while dash && t.is_dash(opener) {
                    opener += 1;
                }
                let opens = paren
                    || self.word(opener).is_some_and(|w| {
                        CLAUSE_OPENERS.contains(&w)
                            || w.chars().all(|c| c.is_ascii_digit())
                            || self.lx.is_role_noun(w)
                    })
                    || t.is_capitalized(opener)
                    || (p > 0 && self.chunk_of[p - 1].is_some())
                    // ("Another Graham opponent, state Sen. Lee Bright, ...")
                    || (office_word(opener)
                        && t.toks.get(opener + 1).is_some()
                        && t.is_capitalized(opener + 1));
                if !opens || p == 0 {
                    return None;
                }
                // "... at the borders, EU citizens will get fed up, said Rhinard": a stretch
                // that opens with a subject and its own modal or form of "be" is a clause, not
                // an appositive ("James Clyburn, South Carolina Democrat who is ..." is one).
                let clause = !paren
                    && (opener..(opener + 5).min(k))
                        .take_while(|&j| {
                            self.word(j).is_some_and(|w| {
                                !CLAUSE_OPENERS.contains(&w)
                                    && !PREPOSITIONS.contains(&w)
                                    && !matches!(w, "where" | "when" | "while" | "as" | "if")
                            })
                        })
                        .skip(1)
                        .any(|j| {
                            // (Lowercase: "Theresa May" is no modal.)
                            !t.is_capitalized(j)
                                && self.word(j).is_some_and(|w| {
                                    MODALS.contains(&w)
                                        || matches!(w, "is" | "are" | "was" | "were")
                                })
                        });
                if clause {
                    return None;
                }
                // "His father, Ernie LeBlanc, says": the appositive names the speaker.
                let before = self.mention_left(p - 1, depth - 1);
                // "the nominee, Indiana Gov. Mike Pence, speaks": the name may follow a place
                // or title that modifies it.
                // ("Another Graham opponent, state Sen. Lee Bright, also blasted": or a
                // lowercase "state", "former".)
                // ("On Tuesday, Gov. John Kasich (R-OH), said": the name may end before a tag
                // in parentheses.)
                let name_end = (!paren)
                    .then(|| self.tag_before(k - 1))
                    .flatten()
                    .filter(|&open| open > opener)
                    .map_or(k - 1, |open| open - 1);
                let last_name = self.chunk_of[name_end].filter(|&c| {
                    let chunk = &self.chunks[c];
                    chunk.kind == ChunkKind::Entity(EntityKind::Person)
                        && chunk.first > opener
                        && (opener..chunk.first).all(|j| t.is_capitalized(j) || office_word(j))
                });
                if let Some(c) = last_name.or(self.chunk_of[opener]) {
                    let chunk = &self.chunks[c];
                    let nominal_before = matches!(before, Some(Mention::Nominal { .. }) | None);
                    let person = chunk.kind == ChunkKind::Entity(EntityKind::Person);
                    // Whether a nominal is a role held for someone: "a spokesman for the
                    // governor", "an aide to Mr. Obama".
                    let role_for = |first: usize, last: usize| {
                        (first..last).any(|j| {
                            matches!(self.word(j), Some("for" | "to"))
                                && (self.word(j + 1).is_some_and(|w| DETERMINERS.contains(&w))
                                    || self.chunk_of[j + 1]
                                        .is_some_and(|o| self.chunks[o].possessive))
                        }) && self.word(last).is_some_and(|w| self.lx.is_role_noun(w))
                    };
                    // (Titled as the one spoken for, not as a spokesman or a lawyer himself: "A
                    // lawyer for the president, former New York Mayor Rudy Giuliani, said",
                    // "A spokeswoman for the governor, Press Secretary Jane Doe, said".)
                    let principal = |chunk: &Chunk| {
                        !chunk.roles.is_empty()
                            && !(opener..chunk.first).any(|j| self.word(j) == Some("former"))
                            && !chunk
                                .roles
                                .iter()
                                .any(|r| SPEAKING_FOR_ROLES.contains(&r.as_str()))
                    };
                    // "Eric Miller, the executive director of an Indiana group, Advance America,
                    // called": a body's name renames the noun after "of", not the speaker.
                    // ("A spokesman for the panel's chairman, Sen. Chuck Grassley, slammed": so
                    // does a titled person's name renaming the role a spokesman or an aide is
                    // for; untitled, the name is the spokesman's: "A spokesman for the
                    // governor, Bob Jones, said".)
                    if let Some(Mention::Nominal { first, last }) = before {
                        if (!person && (first..last).any(|j| self.word(j) == Some("of")))
                            || (person && principal(chunk) && role_for(first, last))
                        {
                            let m = Mention::Nominal { first, last };
                            return Some(self.appositive_owner(&m).unwrap_or(m));
                        }
                    }
                    // "in Wilmington, N.C., warned": a place is no appositive speaker.
                    let place = chunk.kind == ChunkKind::Entity(EntityKind::Place)
                        || (before.is_none() && !person);
                    // ("Another pollster, David Woodard of Clemson University, said": a
                    // person's name may end with the body or place they are of.)
                    let of_body = person
                        && self.word(chunk.last + 1) == Some("of")
                        && self.chunk_of[name_end].is_some_and(|o| {
                            self.chunks[o].first == chunk.last + 2
                                && self.chunks[o].last == name_end
                        });
                    if (chunk.first == opener || last_name.is_some())
                        && !place
                        && (chunk.last == name_end || of_body)
                        && !chunk.possessive
                        && (nominal_before
                            || person
                                && !matches!(before, Some(Mention::Name(b)) if self.chunks[b].kind == ChunkKind::Entity(EntityKind::Person)))
                    {
                        return Some(Mention::Name(c));
                    }
                }
                if before.is_none() && depth >= 2 {
                    // "Navdeep Bains, Minister of Innovation, Science and Economic Development,
                    // said": a title with commas in it; look one comma further back.
                    if let Some(m @ Mention::Name(c)) = self.across_clause(p, depth - 1) {
                        if self.chunks[c].kind == ChunkKind::Entity(EntityKind::Person) {
                            return Some(m);
                        }
                    }
                }
                return before;
            }
        }
        None
    }

    /// Whether the comma at `p` joins a town to its state or country, a place that runs to the
    /// comma at `k`: "in Wilmington, N.C.,", "in Lyon, France,".
    fn town_state_comma(&self, p: usize, k: usize) -> bool {
        let t = self.t;
        p > 0
            && t.is_capitalized(p - 1)
            // (The town may be one no gazetteer knows: "Wilmington".)
            && self.chunk_of[p - 1].is_none_or(|c| {
                matches!(
                    self.chunks[c].kind,
                    ChunkKind::Entity(EntityKind::Place) | ChunkKind::Unknown
                )
            })
            && self.chunk_of[p + 1].is_some_and(|c| {
                let chunk = &self.chunks[c];
                chunk.kind == ChunkKind::Entity(EntityKind::Place)
                    && chunk.first == p + 1
                    && chunk.last + 1 == k
                    && !chunk.possessive
            })
    }

    /// "Stacy Baker of Columbia, South Carolina says": a person opening the sentence, named
    /// with a home town and its state and no comma closing them, when the state ends at `k`.
    fn person_of_place(&self, k: usize) -> Option<Mention> {
        let t = self.t;
        let c = self.chunk_of[k].filter(|&c| {
            let chunk = &self.chunks[c];
            chunk.last == k
                && chunk.kind == ChunkKind::Entity(EntityKind::Place)
                && !chunk.possessive
        })?;
        let town = self.chunks[c].first.checked_sub(2)?;
        if !t.is_punct(town + 1, ',') {
            return None;
        }
        let person_at = |j: usize| {
            self.chunk_of[j].filter(|&p| {
                let chunk = &self.chunks[p];
                chunk.kind == ChunkKind::Entity(EntityKind::Person) && !chunk.possessive
            })
        };
        // The person's chunk may hold "of Columbia" itself; else the town is a place, or an
        // unknown capitalised word, after "of".
        let p = match person_at(town) {
            Some(p) => (self.chunks[p].first..self.chunks[p].last)
                .any(|j| self.word(j) == Some("of"))
                .then_some(p)?,
            None => {
                let first = match self.chunk_of[town] {
                    Some(o) => self.chunks[o].first,
                    None if t.is_capitalized(town) => town,
                    None => return None,
                };
                let of = first
                    .checked_sub(1)
                    .filter(|&o| self.word(o) == Some("of"))?;
                person_at(of.checked_sub(1)?).filter(|&p| self.chunks[p].last + 1 == of)?
            }
        };
        let opens = (0..self.chunks[p].first)
            .rev()
            .take_while(|&j| self.same_sentence(j, k))
            .all(|j| t.is_capitalized(j));
        opens.then_some(Mention::Name(p))
    }

    /// The subject that a passive participle describes, when `by` is the "by" before its agent:
    /// "Analysts polled by Reuters said", "officials quoted by the newspaper said", where the
    /// agent stands right before the cue; found as any subject is, so past a phrase it heads
    /// ("Supporters of Bernie Sanders interviewed by the paper said"). (Not a document's
    /// author: "a statement released by the campaign said" speaks for the campaign.)
    fn subject_before_agent(&self, by: usize) -> Option<Mention> {
        let t = self.t;
        let participle = by.checked_sub(1)?;
        let w = self.word(participle)?;
        // (A participle is a word of the dictionary: not "a Washington Post oped by experts".)
        if self.word(by) != Some("by")
            || !w.ends_with("ed")
            || !self.lx.is_common_word(w)
            || t.is_capitalized(participle)
            || AUTHORING_VERBS.contains(&w)
            || !self.same_sentence(participle, by)
        {
            return None;
        }
        let end = participle.checked_sub(1)?;
        if self
            .word(end)
            .is_some_and(|noun| DOCUMENT_NOUNS.contains(&noun) || SPEECH_NOUNS.contains(&noun))
        {
            return None;
        }
        self.mention_left(end, 0)
    }

    /// A nominal phrase ending at head noun `k`: "the president", "a spokesperson", "officials".
    fn nominal_ending_at(&self, k: usize) -> Option<Mention> {
        let t = self.t;
        let head = self.word(k)?;
        if t.is_capitalized(k) && !(t.starts_sentence(k) && self.chunk_of[k].is_none()) {
            return None;
        }
        // Plural people: "protesters say", "Some voters say", "aides said".
        // ("Republicans are slamming ...": a party's members, opening the sentence.)
        // (The whole subject, before its verb: not "Republicans close to Schock have said".)
        // ("But conservatives say": in lowercase, members of no party in particular.)
        let members = PARTY_MEMBERS.contains(&head)
            && (!t.is_capitalized(k)
                || self
                    .word(k + 1)
                    .is_none_or(|n| stands_before_verb(n) || self.lx.cue(n).is_some()));
        let plural_noun = head.len() > 4
            && head.ends_with('s')
            && !head.ends_with("ss")
            && !head.ends_with("ments") // "agreements", "documents": things, not people
            // (A role's plural in any spelling, "organisers", "neighbours"; else a word of
            // the dictionary with a people's ending.)
            && (self.lx.is_role_plural(head)
                || self.lx.is_group_plural(head)
                || (self.lx.is_common_word(head)
                    && ["ers", "ists", "ants", "ents", "ials", "ors", "des"]
                        .iter()
                        .any(|e| head.ends_with(e))));
        // ("the two men said", "Both women told": a counted plural without an "s"; not "the
        // women who have accused him", an object that a relative clause describes.)
        let counted = k > 0
            && self.word(k - 1).is_some_and(|w| {
                w == "both" || w.bytes().all(|b| b.is_ascii_digit()) || is_number_word(w)
            });
        let plural_people = members || plural_noun || (matches!(head, "men" | "women") && counted);
        // A plural is no subject of a verb in the singular: "Trump delivers remarks" (a verb
        // that looks like "voters"), "his supporters notes that" (the subject is the email).
        // ("Tory headquarters says": a plural form that names one body.)
        if plural_people
            && head != "headquarters"
            && self
                .word(k + 1)
                .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss") && self.lx.cue(w).is_some())
        {
            return None;
        }
        // "Some said", "Many have expressed": a quantity of people.
        // ("Half of Vermont Democrats said", "Large majorities of voters said".)
        if matches!(
            head,
            "some"
                | "many"
                | "others"
                | "several"
                | "most"
                | "few"
                | "half"
                | "majority"
                | "majorities"
                | "plurality"
        ) && (k == 0 || !self.word(k - 1).is_some_and(|w| DETERMINERS.contains(&w)))
            // (Nor an opening phrase of a sentence or clause: "but for some, the losses would
            // outstrip the gains, said Batchelder"; "More than half, 52 percent, said" speaks.)
            && !(k > 0
                && self.word(k - 1).is_some_and(|w| PREPOSITIONS.contains(&w))
                && t.is_punct(k + 1, ',')
                && (t.starts_sentence(k - 1)
                    || (k > 1
                        && (t.is_punct(k - 2, ',')
                            || self
                                .word(k - 2)
                                .is_some_and(|w| CLAUSE_BOUNDARIES.contains(&w))))))
        {
            return Some(Mention::Nominal { first: k, last: k });
        }
        // "The 26-year-old right wing said": an age makes any noun a person; so does "former"
        // ("the former sergeant-at-arms").
        // (Not "then to say": a function word is no noun.)
        let aged = (k.saturating_sub(3)..=k).any(|j| self.word(j).is_some_and(is_age))
            || (k > 0
                && self.word(k - 1).is_some_and(is_office_modifier)
                && !PREPOSITIONS.contains(&head)
                && !DETERMINERS.contains(&head));
        let speaks = self.lx.is_role_noun(head)
            || self.lx.is_group_noun(head)
            || self.lx.is_org_noun(head)
            || DOCUMENT_NOUNS.contains(&head) // "the post read": its author, if known
            || aged
            || plural_people;
        // ("social media" are platforms, not the press.)
        if !speaks || (head == "media" && k > 0 && self.word(k - 1) == Some("social")) {
            return None;
        }
        let mut first = k;
        while first > 0 && k - first < 4 {
            let p = first - 1;
            match self.word(p) {
                // "said that authorities": "that" before a plural opens a clause.
                Some("that" | "this") if head.ends_with('s') => break,
                Some(w) if DETERMINERS.contains(&w) => {
                    return Some(Mention::Nominal { first: p, last: k })
                }
                Some(_) if self.chunk_of[p].is_some() => {
                    // "Colombia's foreign ministry", "Cisco System’s Talos cybersecurity unit":
                    // owner names before the noun, whole.
                    let mut first = self.chunks[self.chunk_of[p]?].first;
                    if let Some(owner) = first.checked_sub(1).and_then(|b| self.chunk_of[b]) {
                        if self.chunks[owner].possessive {
                            first = self.chunks[owner].first;
                        }
                    }
                    // "a Google spokesman": an article belongs to the phrase, and "the US
                    // president", "the Republican senator" are epithets to resolve.
                    // ("The former Republican presidential candidate": past an office's
                    // modifier to its article.)
                    let mut before = first;
                    while before > 0 && self.word(before - 1).is_some_and(is_office_modifier) {
                        before -= 1;
                    }
                    if before > 0
                        && matches!(self.word(before - 1), Some("a" | "an" | "one" | "the"))
                    {
                        first = before - 1;
                    }
                    return Some(Mention::Nominal { first, last: k });
                }
                // "Nutrition experts say": a capital that only opens the sentence. ("state
                // media", "state officials": that "state" is a noun.)
                Some(w)
                    if (!t.is_capitalized(p) || t.starts_sentence(p))
                        && (self.lx.cue(w).is_none() || w == "state")
                        && (!self.lx.is_not_name(w) || is_office_modifier(w)) =>
                {
                    first = p
                }
                _ => break,
            }
        }
        // ("Bid to cut court witness stress": after "to", a bare phrase opens with a verb.)
        // (Not "according to digital rights activists", nor a phrase a relative clause
        // describes: "sent to health officials, who said".)
        if first < k
            && first > 1
            && self.word(first - 1) == Some("to")
            && self.word(first - 2) != Some("according")
            && !t.is_punct(k + 1, ',')
        {
            return None;
        }
        Some(Mention::Nominal { first, last: k })
    }

    /// The source that an "in" at `i` opens, as "according to" does, with the phrase's last
    /// token: "in the words of Smith" (whoever follows), "in Bolton's view", "in Mr. Trump's
    /// telling" (a name that owns a view noun).
    /// The phrase frames a clause, so it opens the sentence or follows a comma or a dash ("was
    /// cited in Messitte's opinion" is a court's document, not a view).
    fn in_the_view_of(&self, i: usize) -> Option<(Mention, usize)> {
        let t = self.t;
        let frames = i == 0
            || t.starts_sentence(i)
            || t.is_punct(i - 1, ',')
            || t.is_dash(i - 1)
            || t.is_punct(i - 1, ':')
            || t.is_punct(i - 1, '(')
            // (`“opportunity broadly shared,” in the words of Gene Nichol`)
            || t.toks[i - 1].kind == Kind::QuoteClose
            || self.word(i - 1).is_some_and(|w| CLAUSE_BOUNDARIES.contains(&w));
        if !frames {
            return None;
        }
        if self.word(i + 1) == Some("the")
            && self.word(i + 2) == Some("words")
            && self.word(i + 3) == Some("of")
        {
            // (The source is the phrase right after "of", not a name in a second phrase: "in
            // the words of the county official the Tribune singled out".)
            return self
                .mention_right(i + 4)
                .filter(|m| {
                    let start = self.mention_start(m);
                    !(i + 5..start).any(|j| self.word(j).is_some_and(|w| DETERMINERS.contains(&w)))
                        && !(i + 4..start)
                            .any(|j| self.word(j).is_some_and(|w| PREPOSITIONS.contains(&w)))
                })
                .map(|m| (m, i + 3));
        }
        let c = self.chunk_of.get(i + 1).copied().flatten()?;
        let chunk = &self.chunks[c];
        let noun = chunk.last + 1;
        (chunk.first == i + 1
            && chunk.possessive
            && self.word(noun).is_some_and(|w| VIEW_NOUNS.contains(&w))
            && self.t.toks[noun].quote.is_none())
        .then_some((Mention::Name(c), noun))
    }

    /// The speaker mention starting at token `k`, looking rightwards: `said Smith`, `said the
    /// minister`, `said he`, `according to the memo`.
    fn mention_right(&self, k: usize) -> Option<Mention> {
        let t = self.t;
        if k >= t.toks.len() || t.toks[k].quote.is_some() {
            return None;
        }
        if let Some(c) = self.chunk_of[k] {
            // "MaRS director Adam Jagelewski", "Heart and Stroke senior manager Erin Kim", "the
            // IFSD’s Azfar Ali Khan": an affiliation and a role come first, the person last.
            // ("said Mr. Rubio's spokesman, Alex Conant": a possessive person owns what follows.)
            if self.chunks[c].kind == ChunkKind::Entity(EntityKind::Person)
                && !self.chunks[c].possessive
            {
                // "said William Hill spokesman Rupert Adams", "said Trump adviser Kellyanne
                // Conway": a name before a role and its holder is the holder's affiliation.
                let after = self.chunks[c].last + 1;
                let holder = self.chunk_of.get(after).copied().flatten().filter(|&h| {
                    let holder = &self.chunks[h];
                    holder.first == after
                        && holder.kind == ChunkKind::Entity(EntityKind::Person)
                        && !t.is_capitalized(after)
                        && self.word(after).is_some_and(|w| self.lx.is_role_noun(w))
                });
                return Some(Mention::Name(holder.unwrap_or(c)));
            }
            // "according to Belgian authorities": a demonym or place before a group noun.
            let after = self.chunks[c].last + 1;
            if self.chunks[c].kind == ChunkKind::Entity(EntityKind::Place)
                && self
                    .word(after)
                    .is_some_and(|w| self.lx.is_group_noun(w) || self.lx.is_role_plural(w))
                && self.chunk_of.get(after + 1).is_none_or(|c| c.is_none())
            {
                return Some(Mention::Nominal {
                    first: k,
                    last: after,
                });
            }
            let mut j = self.chunks[c].last + 1;
            // A possessive or a place modifies what follows: "the IFSD’s Azfar Ali Khan", "UK
            // think-tank Demos".
            let mut role = self.chunks[c].possessive
                || self.chunks[c].kind == ChunkKind::Entity(EntityKind::Place);
            let mut role_noun = None;
            while j < t.toks.len()
                && j <= k + 10
                && t.toks[j].kind == Kind::Word
                && t.toks[j].quote.is_none()
            {
                if let Some(later) = self.chunk_of[j] {
                    let person = &self.chunks[later];
                    let place_first = self.chunks[c].kind == ChunkKind::Entity(EntityKind::Place);
                    // (A courtesy title is no role: "statistics gathered by Netcraft many
                    // visiting ... in the wake of Mr Jobs' speech".)
                    let has_role = person.roles.iter().any(|r| !is_courtesy_title(r));
                    // ("said Washington state Republican Sen. Ann Rivers": a party before the
                    // person is the person's.)
                    let person_next = self
                        .chunk_of
                        .get(person.last + 1)
                        .copied()
                        .flatten()
                        .is_some_and(|n| {
                            self.chunks[n].kind == ChunkKind::Entity(EntityKind::Person)
                        });
                    // ("said Reuters Gerald Bostock", "said Labour Keir Starmer": a body's name
                    // right before a person's is the person's affiliation.)
                    let affiliation = later == c + 1 && person.first == self.chunks[c].last + 1;
                    if ((role || has_role || affiliation)
                        && person.kind == ChunkKind::Entity(EntityKind::Person))
                        || (place_first
                            && person.kind != ChunkKind::Entity(EntityKind::Place)
                            && !person_next)
                    {
                        return Some(Mention::Name(later));
                    }
                    j = self.chunks[later].last + 1;
                    role |= self.chunks[later].possessive;
                    continue;
                }
                if self.word(j).is_some_and(|w| self.lx.is_role_noun(w)) {
                    role = true;
                    role_noun = Some(j);
                }
                j += 1;
            }
            // "said Mr. Rubio's spokesman, Alex Conant": the role's holder, named after it.
            if let Some(r) = role_noun.filter(|&r| r + 1 == j && t.is_punct(j, ',')) {
                if let Some(p) = self.chunk_of.get(r + 2).copied().flatten() {
                    if self.chunks[p].first == r + 2
                        && self.chunks[p].kind == ChunkKind::Entity(EntityKind::Person)
                    {
                        return Some(Mention::Name(p));
                    }
                }
            }
            // "said a Department of Homeland Security spokeswoman": the body's role ends the
            // phrase, and the role speaks.
            // ("said Mr. Rubio's spokesman": so does a named owner's role.)
            // (Not "says Egypt is an ally": a clause.)
            if let Some(r) = role_noun.filter(|&r| {
                r + 1 == j
                    && (self.chunks[c].last + 1..r)
                        .all(|m| self.word(m).is_some_and(|w| !BE_FORMS.contains(&w)))
                    && (self.chunks[c].possessive
                        || self.chunks[c].kind != ChunkKind::Entity(EntityKind::Person))
            }) {
                return Some(Mention::Nominal { first: k, last: r });
            }
            return Some(Mention::Name(c));
        }
        let w = self.word(k)?;
        if SUBJECT_PRONOUNS.contains(&w) && w != "it" {
            return Some(Mention::Pronoun(k));
        }
        // A nominal: determiner, modifiers, head noun; or a name after its role ("economist Jo Bloggs").
        // Not after a particle or preposition ("went on to serve as governor"), nor after the
        // "that" opening a reported clause ("announced that 48-year-old Mamdouh Habib ...").
        // ("said as head of the command he ...": a capacity, not a speaker.)
        if PREPOSITIONS.contains(&w) || matches!(w, "on" | "off" | "up" | "out" | "that" | "as") {
            return None;
        }
        let mut j = k;
        while j < t.toks.len() && j - k < 5 && t.toks[j].quote.is_none() {
            if self.chunk_of[j].is_some() {
                // "said the IFSD’s Azfar Ali Khan": from the first name on, as above; "said a
                // DHS spokeswoman": a role phrase keeps its determiner.
                return match self.mention_right(j) {
                    Some(Mention::Nominal { first, last })
                        if first == j && DETERMINERS.contains(&w) =>
                    {
                        Some(Mention::Nominal { first: k, last })
                    }
                    m => m,
                };
            }
            let Some(w) = self.word(j) else { break };
            // "Asked if she was a member": a clause, not a noun phrase; nor is "reported
            // widely in the media" one (an adverb, then a preposition).
            if BE_FORMS.contains(&w)
                || matches!(w, "if" | "whether")
                || (j == k
                    && is_ly_adverb(w)
                    && self.word(k + 1).is_some_and(|n| PREPOSITIONS.contains(&n)))
            {
                return None;
            }
            // "according to an email from the president of X": the document's author.
            if DOCUMENT_NOUNS.contains(&w) && matches!(self.word(j + 1), Some("from" | "by")) {
                return self.mention_right(j + 2);
            }
            let next_is_word = self.word(j + 1).is_some_and(|n| {
                !t.is_capitalized(j + 1) && n != "that" && n != "in" && n != "of" && n != "for"
            });
            let document = DOCUMENT_NOUNS.contains(&w);
            // ("according to retailers", "..., say diplomats."; plurals too, after "according
            // to" or closing the clause: not "said teenagers in the richest areas could".)
            // (After a verb of saying that inverts, not its object: "criticized the
            // protesters, and".)
            let inverts = || {
                k > 0
                    && self
                        .word(k - 1)
                        .and_then(|v| self.lx.cue(v))
                        .is_some_and(|c| INVERTING_CUES.contains(&c.lemma))
            };
            let plural = || {
                (self.lx.is_role_plural(w)
                    || w.strip_suffix('s')
                        .is_some_and(|one| self.lx.is_org_noun(one)))
                    && (k > 0 && self.word(k - 1) == Some("to")
                        || (inverts() && t.toks.get(j + 1).is_none_or(|n| n.kind != Kind::Word)))
            };
            let head = document
                || self.lx.is_role_noun(w)
                || self.lx.is_group_noun(w)
                || self.lx.is_org_noun(w)
                || is_age(w)
                || plural();
            // "said poll respondent Madison Jones", "said correspondent Stephen Cape": a role
            // before a person's name is the name's.
            let person_next = head
                && (j + 1..(j + 4).min(t.toks.len()))
                    .take_while(|&n| {
                        t.toks[n].quote.is_none()
                            && self.word(n).is_some_and(|w| {
                                !PREPOSITIONS.contains(&w)
                                    && !DETERMINERS.contains(&w)
                                    && w != "that"
                            })
                    })
                    .find_map(|n| self.chunk_of[n])
                    .is_some_and(|c| {
                        self.chunks[c].kind == ChunkKind::Entity(EntityKind::Person)
                            // ("according to media buying company GroupM", "state statistics
                            // body INSEE": a body's kind right before its name, a body's or
                            // a word's not yet known.)
                            || ((self.lx.is_org_noun(w)
                                || (self.lx.is_group_noun(w) && !is_plural_noun(w)))
                                && self.chunks[c].first == j + 1
                                && matches!(
                                    self.chunks[c].kind,
                                    ChunkKind::Entity(EntityKind::Organization) | ChunkKind::Unknown
                                ))
                    });
            if person_next {
                j += 1;
                continue;
            }
            // "according to people familiar with the matter": an anonymous source, whole.
            if let Some(last) = self.source_formula_end(j) {
                return Some(Mention::Nominal { first: k, last });
            }
            // "said the state's former governor, Jan Brewer, who ...", "said its president,
            // Usama Shami": the role's holder, named in the appositive after it.
            if head && !document && t.is_punct(j + 1, ',') {
                if let Some(p) = self.chunk_of.get(j + 2).copied().flatten() {
                    let holder = &self.chunks[p];
                    let after = holder.last + 1;
                    if holder.first == j + 2
                        && holder.kind == ChunkKind::Entity(EntityKind::Person)
                        && !holder.possessive
                        && (after >= t.toks.len() || t.toks[after].kind != Kind::Word)
                    {
                        return Some(Mention::Name(p));
                    }
                }
            }
            // A document is the head whatever follows it ("a study which is being released").
            if document || (head && !next_is_word) {
                return Some(Mention::Nominal { first: k, last: j });
            }
            j += 1;
        }
        None
    }

    /// Where the anonymous source whose head noun is at `h` ends: "people familiar with the
    /// matter", "a person close to the campaign", "officials with knowledge of the talks" — the
    /// head, the formula, then a short noun phrase (a name, or up to four lowercase words).
    fn source_formula_end(&self, h: usize) -> Option<usize> {
        // (Cheap test first: the word after the head opens the formula.)
        if !matches!(
            self.word(h + 1),
            Some("familiar" | "close" | "knowledgeable" | "briefed" | "involved" | "with")
        ) {
            return None;
        }
        let head = self.word(h)?;
        // ("official", "aides", "insiders", "advisers" are role nouns already.)
        let person = matches!(head, "person" | "people" | "source" | "sources")
            || self.lx.is_role_noun(head)
            || self.lx.is_role_plural(head);
        if !person || self.t.is_capitalized(h) && !self.t.starts_sentence(h) {
            return None;
        }
        let formula = match (self.word(h + 1)?, self.word(h + 2)) {
            ("familiar" | "close", Some("with" | "to")) => 2,
            ("knowledgeable", Some("about")) | ("briefed", Some("on")) => 2,
            ("involved", Some("in" | "with")) => 2,
            ("with", Some("knowledge")) if self.word(h + 3) == Some("of") => 3,
            _ => return None,
        };
        let start = h + formula + 1;
        if let Some(c) = self.chunk_of.get(start).copied().flatten() {
            return Some(self.chunks[c].last);
        }
        let words = (start..(start + 4).min(self.t.toks.len()))
            .take_while(|&j| {
                self.t.toks[j].quote.is_none()
                    && self.word(j).is_some_and(|w| {
                        // ("the talks" is a noun; "said" ends the phrase.)
                        !self.t.is_capitalized(j)
                            && !self.lx.cue(w).is_some_and(|c| c.strong)
                            && !matches!(w, "who" | "that" | "and" | "but")
                            && !BE_FORMS.contains(&w)
                    })
            })
            .count();
        (words > 0).then(|| start + words - 1)
    }

    /// Whether token `j` may be the verb after a subject: a lowercase word that is no
    /// preposition, determiner or conjunction ("Graham called", not "Clinton “crazy”").
    fn verb_like(&self, j: usize) -> bool {
        self.word(j).is_some_and(|w| {
            !self.t.is_capitalized(j)
                && !PREPOSITIONS.contains(&w)
                && !DETERMINERS.contains(&w)
                && !CLAUSE_BOUNDARIES.contains(&w)
        })
    }

    /// Whether token `j` is a lowercase word that may be a bare verb: no function word nor one
    /// that opens a clause.
    fn bare_verb(&self, j: usize) -> bool {
        !self.t.is_capitalized(j)
            && self
                .word(j)
                .is_some_and(|w| !is_function_word(w) && !CLAUSE_BOUNDARIES.contains(&w))
    }

    /// The subject a verb after "and"/"but" at token `k` shares: the subject of an earlier
    /// clause that a verb follows. In "Graham called both Trump and front-runner Hillary
    /// Clinton “crazy” and said", Clinton has no verb of her own; Graham does.
    fn shared_subject(&self, k: usize) -> Option<Mention> {
        self.shared_subject_within(k, true)
    }

    /// `shared_subject`, looking back over a few clauses at most; `fallback` lets a clause
    /// with no subject take the one before it (once: the search never recurses further).
    fn shared_subject_within(&self, k: usize, fallback: bool) -> Option<Mention> {
        let t = self.t;
        let mut pos = k;
        for _ in 0..4 {
            let m = self.clause_subject_within(pos, fallback)?;
            // ("A spokesman for Platte River declined ... but said": past whom it is for; a
            // noun phrase there belongs to the subject, as in "Critics of the president".)
            let mut m = m;
            let mut v = self.mention_end(&m) + 1;
            if let Mention::Nominal { first, last } = m {
                if let Some((after, named)) = self.past_complement(last + 1) {
                    v = after;
                    if !named {
                        m = Mention::Nominal {
                            first,
                            last: after - 1,
                        };
                    }
                }
            }
            // ("Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed": past a tag in
            // parentheses after a person's name; not a body's acronym, which may open a
            // longer noun phrase: "Special Broadcasting Service (SBS) reporter Scott
            // McIntyre".)
            let person = matches!(m, Mention::Name(c)
                if self.chunks[c].kind == ChunkKind::Entity(EntityKind::Person));
            if person {
                v = self.after_tag(v, t.toks.len()).unwrap_or(v);
            }
            // ("Grassley on Wednesday downplayed the report and said")
            loop {
                let from = v;
                while self.word(v).is_some_and(stands_before_verb) {
                    v += 1;
                }
                v = self.after_time_phrase(v);
                // ("Clinton, like Obama, has encouraged ... but has said": past a comparison
                // set off by commas.)
                if t.is_punct(v, ',') && matches!(self.word(v + 1), Some("like" | "unlike")) {
                    if let Some(close) = (v + 2..(v + 8).min(t.toks.len()))
                        .take_while(|&j| t.toks[j].quote.is_none() && !self.verb_like(j))
                        .find(|&j| t.is_punct(j, ','))
                    {
                        v = close + 1;
                    }
                }
                if v == from {
                    break;
                }
            }
            let has_verb = v < t.toks.len()
                && t.toks[v].quote.is_none()
                && self.verb_like(v)
                && self.word(v) != Some("or");
            if has_verb {
                return Some(m);
            }
            // Look for the clause before this subject's.
            let start = self.mention_start(&m);
            let boundary = (0..start)
                .rev()
                .take_while(|&b| self.same_sentence(b, k))
                .find(|&b| {
                    t.is_punct(b, ';')
                        || self.word(b).is_some_and(|w| CLAUSE_BOUNDARIES.contains(&w))
                })?;
            pos = boundary.checked_sub(1)?;
        }
        None
    }

    /// The token after the phrase at `v` that says whom a nominal is for or of, a name or a
    /// noun phrase, when a verb follows it ("A spokesman [for Google] declined", "Attorneys [for
    /// the family] said"), and whether it is a name; `None` when no such phrase starts there.
    fn past_complement(&self, v: usize) -> Option<(usize, bool)> {
        if !matches!(self.word(v), Some("for" | "of" | "at" | "to")) {
            return None;
        }
        // (A phrase has no end of its own: it must meet a verb, not run on as "of the tea
        // party caucus" or "of Jewish Democratic House members" do.)
        let verb_at = |j: usize| {
            self.word(j).is_some_and(|w| {
                !self.t.is_capitalized(j)
                    && (w.ends_with("ed")
                        || MODALS.contains(&w)
                        || stands_before_verb(w)
                        || self.lx.cue(w).is_some())
            })
        };
        match self.chunk_of.get(v + 1).copied().flatten() {
            Some(c) if self.chunks[c].first == v + 1 => {
                Some((self.chunks[c].last + 1, true)).filter(|&(e, _)| verb_at(e))
            }
            Some(_) => None,
            None => (v + 1..(v + 5).min(self.t.toks.len()))
                .find(|&j| {
                    verb_at(j + 1)
                        && matches!(self.nominal_ending_at(j), Some(Mention::Nominal { first, .. }) if first == v + 1)
                })
                .map(|j| (j + 1, false)),
        }
    }

    /// The subject of the clause that ends at token `k`: the first name, pronoun or nominal
    /// after the clause's start ("Trump doubled down ..., telling reporters").
    fn clause_subject(&self, k: usize) -> Option<Mention> {
        self.clause_subject_within(k, true)
    }

    fn clause_subject_within(&self, k: usize, fallback: bool) -> Option<Mention> {
        let t = self.t;
        let sentence = t.toks[k].sentence;
        let mut start = k;
        while start > 0 && t.toks[start - 1].sentence == sentence {
            let p = start - 1;
            if t.is_punct(p, ';') || self.word(p).is_some_and(|w| CLAUSE_BOUNDARIES.contains(&w)) {
                break;
            }
            start = p;
        }
        // "Although Bloomberg is not yet a candidate, Trump sent ...": a subordinate clause
        // opening the sentence has its own subject; the main clause starts after its comma.
        let mut opener = if start > 0 && self.same_sentence(start - 1, k) {
            start - 1
        } else {
            start
        };
        // (Several may open it: "In June 2009, after Clinton suffered a concussion, Axelrod
        // emailed her".)
        for _ in 0..3 {
            let subordinate = self.word(opener).is_some_and(|w| {
                matches!(
                    w,
                    "although"
                        | "though"
                        | "while"
                        | "when"
                        | "after"
                        | "before"
                        | "as"
                        | "since"
                        | "if"
                        | "because"
                        | "once"
                        | "until"
                        | "unless"
                        | "whereas"
                ) || (opener == start && PREPOSITIONS.contains(&w))
                    // ("Unsurprisingly, Don Jr goes ...": an adverb set off before the subject.)
                    || (opener == start
                        && t.is_punct(opener + 1, ',')
                        && is_ly_adverb(w)
                        && (self.lx.is_common_word(w)
                            || w.strip_prefix("un").is_some_and(|a| self.lx.is_common_word(a))))
            });
            if !subordinate {
                break;
            }
            // (So does an opening phrase: "Unlike McCallum, the officials ...".)
            match (start..k).find(|&j| t.is_punct(j, ',')) {
                Some(comma) => {
                    start = comma + 1;
                    opener = start;
                }
                None => break,
            }
        }
        // "Norman’s lawyers are preparing a motion and have alleged ...", "The company ...":
        // a clause opening with a nominal subject.
        let opens_nominal = self.word(start).is_some_and(|w| DETERMINERS.contains(&w))
            || self.chunk_of[start]
                .is_some_and(|c| self.chunks[c].first == start && self.chunks[c].possessive);
        // "Authorities did not name her but described ...": a bare plural opening the clause.
        let bare = self.chunk_of[start].is_none()
            && self.word(start).is_some_and(|w| w.ends_with('s'))
            && matches!(self.nominal_ending_at(start), Some(Mention::Nominal { .. }));
        if opens_nominal || bare {
            let from = if bare { start } else { start + 1 };
            for head in from..(start + 5).min(k) {
                if self.chunk_of[head].is_some() {
                    continue;
                }
                // ("A campaign spokeswoman emailed ..., arguing": the noun phrase runs on to
                // its role.)
                let role_next = self.word(head + 1).is_some_and(|w| {
                    !t.is_capitalized(head + 1)
                        && (self.lx.is_role_noun(w) || self.lx.is_role_plural(w))
                }) && self
                    .nominal_ending_at(head + 1)
                    .is_some_and(|m| self.mention_start(&m) <= start + 1);
                if role_next {
                    continue;
                }
                if let Some(m @ Mention::Nominal { .. }) = self.nominal_ending_at(head) {
                    // "Attorneys for Clinton appeared ...": whom the nominal is for may follow.
                    let mut verb = head + 1;
                    if matches!(self.word(verb), Some("for" | "of" | "at" | "to")) {
                        // ("A spokeswoman for the House Armed Services Committee emailed".)
                        // (After "the", a body's name only: not "a lawyer for the Smith
                        // family", whose name runs on past the capitals.)
                        let the = self.word(verb + 1) == Some("the");
                        let name = verb + 1 + usize::from(the);
                        if let Some(c) = self.chunk_of.get(name).copied().flatten() {
                            if !the
                                || self.chunks[c].kind
                                    == ChunkKind::Entity(EntityKind::Organization)
                            {
                                verb = self.chunks[c].last + 1;
                            }
                        }
                    }
                    if self.verb_like(verb) && self.mention_start(&m) <= start + 1 {
                        return Some(m);
                    }
                }
            }
        }
        for j in start..=k {
            if t.toks[j].quote.is_some() {
                continue;
            }
            if let Some(c) = self.chunk_of[j] {
                let chunk = &self.chunks[c];
                // "At an event in Ames, Iowa, Clinton said", "In a letter to Senate colleagues,
                // Sanders ...", "Speaking to MSNBC’s Morning Joe, Bush ...": a name inside a
                // phrase or owned by another is not the subject; nor is a dateline.
                let mut before = chunk.first.checked_sub(1);
                if let Some(b) =
                    before.filter(|&b| matches!(self.word(b), Some("the" | "a" | "an")))
                {
                    before = b.checked_sub(1);
                }
                // ("Australia's Prime Minister John Howard": a country's office holder is no
                // one's possession.)
                let office_of_place = |o: usize| {
                    self.chunks[o].kind == ChunkKind::Entity(EntityKind::Place)
                        && chunk.kind == ChunkKind::Entity(EntityKind::Person)
                        && !chunk.roles.is_empty()
                };
                let in_phrase_at = |b: usize| {
                    self.word(b).is_some_and(|w| PREPOSITIONS.contains(&w))
                        || self.chunk_of[b]
                            .is_some_and(|o| self.chunks[o].possessive && !office_of_place(o))
                };
                // ("letters to Ms. Foxx or Mr. Graham on Thursday saying": a name coordinated
                // with one inside a phrase is inside it too.)
                // (Past an article: "at the Clintons and the Bidens, labelling".)
                let coordinated_in_phrase = |b: usize| {
                    matches!(self.word(b), Some("and" | "or"))
                        && b.checked_sub(1)
                            .and_then(|e| self.chunk_of[e])
                            .and_then(|o| self.chunks[o].first.checked_sub(1))
                            .and_then(|p| match self.word(p) {
                                Some("the" | "a" | "an") => p.checked_sub(1),
                                _ => Some(p),
                            })
                            .is_some_and(in_phrase_at)
                };
                let inside_phrase =
                    before.is_some_and(|b| in_phrase_at(b) || coordinated_in_phrase(b));
                let dateline = chunk.first == 0
                    && t.toks
                        .get(chunk.last + 1)
                        .is_some_and(|_| t.is_punct(chunk.last + 1, ','))
                    && chunk
                        .words
                        .iter()
                        .all(|w| !w.chars().any(char::is_lowercase));
                // "... and officially endorsed Clinton, saying": the object of a verb is not
                // the clause's subject (an adjective opening it is not a verb: "embattled
                // Smith said").
                let object = before.is_some_and(|b| {
                    b > start
                        && !t.is_capitalized(b)
                        && self.word(b).is_some_and(|w| {
                            // ("said Rep. Jim McGovern, ..., vowing": "said" is inverted.)
                            let cue = self.lx.cue(w);
                            // (A bare verb is as likely a noun: "chat show host X", unless
                            // "to" makes it one: "vowed to challenge the Trump ...".)
                            (w.ends_with("ed")
                                || cue.is_some_and(|c| c.lemma != w)
                                || self.word(b - 1) == Some("to"))
                                && !cue.is_some_and(|c| c.strong)
                                && !PREPOSITIONS.contains(&w)
                                && !DETERMINERS.contains(&w)
                        })
                        && !self.word(b - 1).is_some_and(|w| DETERMINERS.contains(&w))
                });
                if inside_phrase || dateline || object {
                    continue;
                }
                // "Health Minister Randy Delorey", "Internet monitoring firm WebSideStory": a
                // name that only modifies the next one, maybe across a role or kind.
                let modifier = self.chunks.get(c + 1).is_some_and(|next| {
                    next.first == chunk.last + 1
                        || (next.first <= chunk.last + 4
                            && (chunk.last + 1..next.first)
                                .all(|j| self.word(j).is_some_and(|_| !t.is_capitalized(j)))
                            && self.word(next.first - 1).is_some_and(|w| {
                                self.lx.is_role_noun(w)
                                    || self.lx.is_org_noun(w)
                                    || self.lx.is_group_noun(w)
                            }))
                });
                // "A Superior Court of Ontario judge chastised ...", "Tory delegates cheered":
                // the name modifies a role; "Bernie Sanders' supporters vow": owns it.
                let role_after = self.word(chunk.last + 1).is_some_and(|w| {
                    !t.is_capitalized(chunk.last + 1)
                        && (self.lx.is_role_noun(w) || self.lx.is_role_plural(w))
                });
                if chunk.possessive && role_after {
                    if let Some(m) = self.nominal_ending_at(chunk.last + 1) {
                        return Some(m);
                    }
                }
                if !chunk.possessive
                    && chunk.kind != ChunkKind::Entity(EntityKind::Person)
                    && role_after
                {
                    // ("Manchester City boss Kevin Keegan:": unless the role names its holder.)
                    let holder =
                        self.chunk_of
                            .get(chunk.last + 2)
                            .copied()
                            .flatten()
                            .filter(|&h| {
                                // (The holder's chunk may take in the role.)
                                self.chunks[h].first <= chunk.last + 2
                                    && self.chunks[h].kind == ChunkKind::Entity(EntityKind::Person)
                            });
                    if let Some(h) = holder {
                        return Some(Mention::Name(h));
                    }
                    if let Some(m) = self.nominal_ending_at(chunk.last + 1) {
                        return Some(m);
                    }
                }
                // "The former Republican presidential candidate continued, saying", "his
                // Republican rivals, saying": a party's name before a noun modifies it.
                let party_modifier = chunk.words.len() == 1
                    && is_party_member(strip_possessive(t.lower(chunk.first)).0)
                    && self.word(chunk.last + 1).is_some_and(|w| {
                        !t.is_capitalized(chunk.last + 1)
                            && self.lx.cue(w).is_none()
                            && !stands_before_verb(w)
                            && !BE_FORMS.contains(&w)
                            && !MODALS.contains(&w)
                            && !matches!(w, "has" | "have" | "had")
                    });
                if chunk.possessive
                    || modifier
                    || party_modifier
                    || matches!(chunk.kind, ChunkKind::Entity(EntityKind::Place))
                {
                    continue;
                }
                return Some(Mention::Name(c));
            }
            if let Some(w) = self.word(j) {
                if SUBJECT_PRONOUNS.contains(&w) && w != "it" {
                    return Some(Mention::Pronoun(j));
                }
            }
        }
        // "Warren appeared with Maddow and officially endorsed Clinton, saying": a clause
        // after "and" with no subject of its own shares the one before.
        if fallback && start > 0 && matches!(self.word(start - 1), Some("and" | "but")) {
            return self.shared_subject_within(start - 1, false);
        }
        None
    }
}

/// Whether a word is a year as written: four digits ("1991").
fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}

/// An adverb or auxiliary that may stand between a subject and its verb: "also", "has",
/// "repeatedly".
fn stands_before_verb(w: &str) -> bool {
    BETWEEN_SUBJECT_AND_CUE.contains(&w) || is_ly_adverb(w)
}
