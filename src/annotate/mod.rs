//! Stage 3: paragraphs → annotations: quotes, who is speaking, and the entities named.
//!
//! The attributor is a sieve: rules applied in order of precision (see [`speakers`]), over the
//! quotes found by [`quotes`], with names made canonical per document by [`entities`].

pub mod entities;
pub mod lexicon;
pub mod quotes;
mod resolve;
pub mod speakers;
pub mod tokens;

use serde::{Deserialize, Serialize};

pub use resolve::{annotate_article, annotate_document, headline};

/// How a speaker's words appear in a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeechKind {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech: "S said (that) ...", "according to S".
    Indirect,
    /// A quote-only paragraph that continues the previous paragraph's speaker.
    Continued,
}

/// Someone speaking in a paragraph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Canonical name: the fullest form used in the document ("Donald Trump").
    pub name: String,
    /// The words in this paragraph that name the speaker ("he", "Trump", "the president").
    pub mention: String,
    /// The reporting cue ("said", "told", "according to"), when there is one.
    pub cue: Option<String>,
    /// Direct, indirect or continued.
    pub kind: SpeechKind,
    /// Which rule of the sieve found it.
    pub rule: String,
    /// The speaker is described, not named ("analysts", "a spokesman for UKIP", "the
    /// government"): who that is, only the article knows. Written out only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unnamed: bool,
}

/// A quotation in a paragraph, with byte offsets of its inner text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the marks.
    pub text: String,
    /// Byte offset of the first quoted byte in the paragraph text.
    pub start: usize,
    /// Byte offset just past the last quoted byte.
    pub end: usize,
    /// Canonical name of whoever said it, when known.
    pub speaker: Option<String>,
}

/// The type of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, ministry, party, team or other body.
    Organization,
    /// A country, city, region or other place.
    Place,
}

/// A named entity mentioned in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name.
    pub name: String,
    /// Person, organisation or place.
    #[serde(rename = "type")]
    pub kind: EntityKind,
}

/// Everything found in one paragraph.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// Who speaks in the paragraph, in order of appearance.
    pub speakers: Vec<Speaker>,
    /// Quotations, in order.
    pub quotes: Vec<Quote>,
    /// Entities named, deduplicated, in order of first mention.
    pub entities: Vec<Entity>,
    /// Byte spans of reported (indirect) speech content, "S said that <span>".
    pub reported: Vec<(usize, usize)>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    /// Annotates paragraphs as one document with no title.
    fn annotated(paragraphs: &[&str]) -> Vec<Annotation> {
        let doc = Document {
            id: "test.txt".into(),
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            ..Document::default()
        };
        annotate_document(&doc)
    }

    /// Annotates paragraphs as one document and returns each paragraph's speaker names.
    fn speakers_of(paragraphs: &[&str]) -> Vec<Vec<String>> {
        annotated(paragraphs)
            .into_iter()
            .map(|a| a.speakers.into_iter().map(|s| s.name).collect())
            .collect()
    }

    /// A speaker described is unnamed, whatever its capitals; a person, a body or a party's
    /// members have a name.
    #[test]
    fn a_speaker_described_is_unnamed() {
        let cases: &[(&str, &str, bool)] = &[
            ("Analysts said the rise was likely.", "Analysts", true),
            (
                "Other analysts said the rise was likely.",
                "Other analysts",
                true,
            ),
            ("Critics said the plan would fail.", "Critics", true),
            ("Many said the plan would fail.", "Many", true),
            // (A plural no role or group lexicon knows stays a name, as a club's would:
            // "Rangers said".)
            ("Observers said the plan would fail.", "Observers", false),
            (
                "The government said the plan would work.",
                "the government",
                true,
            ),
            (
                "A spokesman for UKIP said the plan would fail.",
                "a spokesman for UKIP",
                true,
            ),
            (
                "A Department for Work and Pensions spokeswoman said it would work.",
                "a Department for Work and Pensions spokeswoman",
                true,
            ),
            ("The Tories said the plan would fail.", "the Tories", false),
            (
                "The Inspector General said the audit was flawed.",
                "the Inspector General",
                true,
            ),
            (
                "The Trump administration said the plan would work.",
                "the Trump administration",
                false,
            ),
            (
                "The Chinese government said the talks would resume.",
                "the Chinese government",
                false,
            ),
            (
                "The Government said it had no plans.",
                "the Government",
                true,
            ),
            (
                "Rangers said they would appeal against the ban.",
                "Rangers",
                false,
            ),
            ("Democrats said the plan would fail.", "Democrats", false),
            (
                "The Office for National Statistics said prices rose.",
                "the Office for National Statistics",
                false,
            ),
            ("UPS said deliveries rose.", "UPS", false),
            ("Japan said the talks would resume.", "Japan", false),
            (
                "Mervyn King said the rise was likely.",
                "Mervyn King",
                false,
            ),
        ];
        for &(text, name, unnamed) in cases {
            let got: Vec<(String, bool)> = annotated(&[text])
                .into_iter()
                .flat_map(|a| a.speakers)
                .map(|s| (s.name, s.unnamed))
                .collect();
            assert_eq!(got, [(name.to_string(), unnamed)], "{text}");
        }
    }

    /// `speaker_cases! { name: [paragraphs...] => [[speakers of paragraph 1], ...]; }`
    macro_rules! speaker_cases {
        ($($name:ident: [$($p:expr),+ $(,)?] => [$([$($s:expr),*]),+ $(,)?];)*) => {$(
            #[test]
            fn $name() {
                let paragraphs = [$($p),+];
                let want: Vec<Vec<String>> = vec![$(vec![$($s.to_string()),*]),+];
                let got = speakers_of(&paragraphs);
                assert_eq!(got, want, "\nparagraphs: {:#?}\nwant: {:?}\ngot:  {:?}", paragraphs, want, got);
            }
        )*};
    }

    speaker_cases! {
        quote_then_name_then_cue: ["“We will win,” Jane Smith said."] => [["Jane Smith"]];
        quote_then_cue_then_name: ["\"We will win,\" said Jane Smith."] => [["Jane Smith"]];
        name_cue_colon_quote: ["Jane Smith said: “We will win.”"] => [["Jane Smith"]];
        reported_speech: ["Jane Smith said the plan would fail."] => [["Jane Smith"]];
        according_to: ["The plan will fail, according to Jane Smith."] => [["Jane Smith"]];
        surname_resolves_to_full_name: [
            "Prime Minister Jane Smith visited Ottawa on Monday.",
            "“It went well,” Smith said."
        ] => [[], ["Jane Smith"]];
        pronoun_resolves_by_gender: [
            "Mayor John Brown met Mary Green, a teacher, on Tuesday.",
            "“It was useful,” she said."
        ] => [[], ["Mary Green"]];
        nominal_resolves_to_titled_person: [
            "President Donald Trump spoke to Colombian President Gustavo Petro on Monday, Trump said.",
            "Asked about it later, the president replied, “Sounds good to me.”"
        ] => [["Donald Trump"], ["Donald Trump"]];
        an_epithet_with_a_named_qualifier_resolves: [
            "President Donald Trump met FBI Director James Comey and Sen. Lindsey Graham on Monday.",
            "The Republican president, who has championed gun rights, said he would move quickly.",
            "In an interview with CNN, the Republican senator confirmed he had talked to the president.",
            "The FBI director answered the question, saying it had to be asked."
        ] => [[], ["Donald Trump"], ["Lindsey Graham"], ["James Comey"]];
        a_strategist_or_reporter_is_seldom_the_story_subject: [
            "Donald Trump held a rally in Ohio on Monday.",
            "\"He is going to toe the line,\" the GOP strategist said."
        ] => [[], ["the GOP strategist"]];
        a_town_and_its_state_inside_an_appositive: [
            "Donald Trump held a rally.",
            "Trump, speaking in Wilmington, N.C., warned that taxes would rise.",
            "Kenneth McGraw, a spokesman for the command in Tampa, Florida, said it would review.",
            "Police in Wasilla, Alaska, said the man was arrested."
        ] => [[], ["Donald Trump"], ["Kenneth McGraw"], ["Police"]];
        a_dateline_is_no_subject: [
            "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Donald Trump’s stance, saying that “bombastic comments” do harm.",
            "WASHINGTON (Reuters) - Nearly 60 former officials on Monday rejected the plan, saying there was “no basis” for it."
        ] => [["Hillary Clinton"], []];
        an_unclosed_appositive_with_a_party_tag_and_a_modified_role: [
            "“The plan is wrong,” Sen. Jeff Sessions, R-Ala., ranking Republican on the Senate Budget Committee said.",
            "“We have no connection to this,” Ihsanullah Ihsan, the top spokesman for the Taliban in Pakistan told AFP."
        ] => [["Jeff Sessions"], ["Ihsanullah Ihsan"]];
        a_name_no_first_name_list_knows_with_its_home_state: [
            "His rival, Steny Hoyer of Maryland, said the approach is changing."
        ] => [["Steny Hoyer"]];
        who_after_an_appositive_names_the_person_it_renames: [
            "The claim drew a rebuke from Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, who tweeted that it was false."
        ] => [["Adam Schiff"]];
        a_surname_that_names_a_place: [
            "CNN Polling Director Keating Holland ran the survey.",
            "\"It is a close race,\" Holland said.",
            "Rep. Jim Jordan met the witness in Washington.",
            "Jordan asked why the case was dropped.",
            "\"It is hard,\" said Mr Holland."
        ] => [[], ["Keating Holland"], [], ["Jim Jordan"], ["Keating Holland"]];
        an_epithet_with_a_named_qualifier_and_no_one_to_resolve_to_speaks_itself: [
            "The Federal Reserve head said the US trade deficit is set to stabilise."
        ] => [["the Federal Reserve head"]];
        quote_only_paragraph_continues: [
            "“We are ready,” Jane Smith told reporters.",
            "“And we will stay ready for as long as it takes.”"
        ] => [["Jane Smith"], ["Jane Smith"]];
        relative_clause_between_subject_and_cue: [
            "Smith, who has led the union since 2010, said the strike would go on."
        ] => [["Smith"]];
        participle_takes_clause_subject: [
            "Jane Smith doubled down on Sunday, telling reporters that the plan “is dead.”",
            "Jane Smith met the board on Monday, later saying the plan was dead.",
            "Jane Smith has expressed frustration, recently telling a friend that she was perplexed."
        ] => [["Jane Smith"], ["Jane Smith"], ["Jane Smith"]];
        organisation_with_owner: [
            "Colombia’s Ministry of Foreign Affairs condemned the remarks as “an undue interference.”"
        ] => [["Colombia's Ministry of Foreign Affairs"]];
        affiliation_and_role_before_name: [
            "“It works,” says Acme Corp senior manager Erin Kim."
        ] => [["Erin Kim"]];
        appositive_names_the_speaker: [
            "His father, Ernie LeBlanc, says the treatment came too late."
        ] => [["Ernie LeBlanc"]];
        indefinite_group_speaks_as_written: [
            "“We have no comment,” a spokesperson said."
        ] => [["a spokesperson"]];
        weak_cue_without_speech_is_not_speech: ["The index added 0.1 per cent on Friday."] => [[]];
        negated_cue_is_not_speech: ["Jane Smith would not say whether she would run."] => [[]];
        passive_is_not_speech: ["Jane Smith was told to leave."] => [[]];
        noun_use_of_a_cue_is_not_speech: ["The report found costs had doubled."] => [[]];
        embedded_post_author: [
            "Power is back for most customers tonight. — BC Hydro (@bchydro) December 22, 2018"
        ] => [["BC Hydro"]];
        plural_people: ["However, some residents say they have not been consulted."] => [["some residents"]];
        relative_pronoun_subject: ["That would be Heather, who finally confessed that she had never voted."] => [["Heather"]];
        quoted_as_saying: ["“It is untenable,” Mayor Doug Brown was quoted as saying in the release."] => [["Doug Brown"]];
        title_with_commas_between_name_and_cue: [
            "Navdeep Bains, Minister of Innovation, Science and Economic Development, said the plan would work."
        ] => [["Navdeep Bains"]];
        source_described_by_what_it_knows: [
            "Details of the offer began to circulate, sources familiar with the negotiations said."
        ] => [["sources familiar with the negotiations"]];
        no_speech_no_speakers: ["The bridge opened in 1998 and carries 40,000 cars a day."] => [[]];
        speaker_after_comma_is_not_reported: [
            "Puerto Rico has been warning that it is running out of cash, and Maria Acosta said the measures were unsustainable."
        ] => [["Maria Acosta"]];
        closing_frame_outranks_speech_noun: [
            "Trump’s accusation that Obama created the group had imperiled US troops, Joe Biden said."
        ] => [["Joe Biden"]];
        closing_frame_validates_weak_cue: [
            "Kasich might be a contender for vice president, CNN reported."
        ] => [["CNN"]];
        according_to_is_no_reported_clause: [
            "Terry Chapman leads the union.",
            "According to EHS, that target is met in 90 per cent of cases but Chapman says that is not what the union sees."
        ] => [[], ["EHS", "Terry Chapman"]];
        document_speaks_for_its_author: [
            "A June 2017 study by the Senate National Finance Committee said it was “troubled by the fact.”"
        ] => [["the Senate National Finance Committee"]];
        nominal_appositive_names_the_speaker: [
            "Ernie LeBlanc, father of Jason LeBlanc, 42, says his son battled addiction."
        ] => [["Ernie LeBlanc"]];
        unnamed_official_speaks_as_written: [
            "The justice official told reporters more than 90 per cent of requests go through."
        ] => [["the justice official"]];
        surname_that_is_a_common_word: [
            "The driver, Robert Major, was charged after the crash.",
            "Major previously testified that he did not see the stop sign."
        ] => [[], ["Robert Major"]];
        age_makes_an_epithet: [
            "Nino Niederreiter has four goals since Minnesota traded him.",
            "The 26-year-old right wing said his new teammates create chances for him."
        ] => [[], ["Nino Niederreiter"]];
        unnamed_child_speaks_as_written: ["“No, that’s the mom,” says my two-year-old."] => [["my two-year-old"]];
        person_of_organisation_is_the_person: [
            "“The worries surround tariffs,” Jingyi Pan of IG said in a commentary."
        ] => [["Jingyi Pan"]];
        acronym_spelled_out_with_commas: [
            "The couple received a letter from Immigration, Refugees and Citizenship Canada this week.",
            "In a statement, IRCC said “the Government of Canada has obligations.”"
        ] => [[], ["Immigration, Refugees and Citizenship Canada"]];
        company_first_word_is_the_company: [
            "Samsung Electronics Co. said it posted a drop in profit, but Samsung said it expects better."
        ] => [["Samsung Electronics Co."]];
        pull_quote_takes_its_speaker: [
            "'They owned us'",
            "“They won the one-on-ones. They owned us,” said Oilers head coach Ken Hitchcock."
        ] => [["Ken Hitchcock"], ["Ken Hitchcock"]];
        unnamed_kin_speaks_as_written: [
            "Police chief Joseph Boinnet said the attack was over.",
            "“He is gone, he is gone,” the father repeated into his phone."
        ] => [["Joseph Boinnet"], ["the father"]];
        the_department_is_the_last_organisation: [
            "The couple received a letter from Immigration, Refugees and Citizenship Canada (IRCC) this week.",
            "The department added that “extra steps may be needed.”"
        ] => [[], ["Immigration, Refugees and Citizenship Canada"]];
        contracted_i_is_no_speaker: ["Here's a sentence I never thought I’d write: I’m in a battle with my daughter."] => [[]];
        scare_quote_does_not_make_speech: ["In the “sextortion” case, the senders threatened to release the videos."] => [[]];
        headline_label_named_in_the_story: [
            "Lynch: No outside influence on FBI probe into emails",
            "Attorney General Loretta Lynch spoke on Tuesday."
        ] => [["Loretta Lynch"], []];
        headline_rubric_is_no_speaker: ["Watch: The storm hits the coast"] => [[]];
        headline_label_with_a_particle: [
            "De Blasio: Trust Bratton on security, not Trump",
            "Mayor Bill de Blasio rejected the criticism on Monday."
        ] => [["Bill de Blasio"], []];
        headline_label_naming_a_source_by_its_kind: [
            "Poll: Trump and Clinton hold narrow leads in Pennsylvania",
            "The race is tight, according to the poll."
        ] => [["Poll"], []];
        view_owned_by_a_name_frames_like_according_to: [
            "The economy is weak, in Bolton's view, and will get worse."
        ] => [["Bolton"]];
        in_the_words_of_frames_like_according_to: [
            "The plan is, in the words of Mayor Jane Smith, “a disaster.”"
        ] => [["Jane Smith"]];
        opinion_cited_in_is_a_document: [
            "The research was cited in Messitte's opinion on Monday."
        ] => [[]];
        in_the_words_of_a_phrase_before_another_name: [
            "The turf is not, in the words of the county official the Tribune singled out, a sponge."
        ] => [[]];
        person_after_the_cue_speaks_past_a_clause_about_a_noun: [
            "The move angered the governors, who had pushed for the plan, said John Smith, a professor."
        ] => [["John Smith"]];
        person_in_the_reported_clause_is_no_inverted_subject: [
            "Private prison company CoreCivic, which runs the detention center, said Friday that Travis Frey, 31, is no longer employed by them."
        ] => [["CoreCivic"]];
        second_verb_after_a_comma_keeps_its_subject: [
            "Rep. Gwen Graham slams Trump, praises Clinton as a work horse."
        ] => [["Gwen Graham"]];
        report_inverts_after_a_bare_comma: [
            "England will protest to the board about the referee's performance, reports the Daily Mail."
        ] => [["the Daily Mail"]];
        put_reports_speech_only_with_it: [
            "Andrew Scheer said the message the party will put to Canadians “will be positive.”",
            "As Smith put it, “the plan is dead.”"
        ] => [["Andrew Scheer"], ["Smith"]];
        pronoun_after_but_goes_on_with_its_sentence_speaker: [
            "The official said he had no information that Jeff Sessions was involved, but he said Michael Flynn was not acting alone."
        ] => [["the official"]];
        capitalised_adjective_after_the_opens_a_name: [
            "Sarah Jones at the New Republic has written that the plan failed.",
            "The rights are held by the Big Lottery Fund, the New Zealander said."
        ] => [["Sarah Jones"], ["the New Zealander"]];
        finding_out_is_no_speech: ["The United States will find out whether it is the next Italy."] => [[]];
        credit_line_is_no_speaker: ["This story was reported by The Associated Press."] => [[]];
        most_grading_an_adverb_is_no_speaker: [
            "Clinton was most frequently described as strong.",
            "Jane Smith has repeatedly accused Obama and most recently said the decision was troubling."
        ] => [[], ["Jane Smith"]];
        hitting_back_in_a_game_is_no_speech: [
            "Wanderers hit back through Stelios Giannakopoulos.",
            "Labour hit back at the Tory plans on Monday."
        ] => [[], ["Labour"]];
        counterfactual_speech_is_no_speech: [
            "The GOP could have said it was on their own merits, but the party stayed silent."
        ] => [[]];
        speech_noun_opening_a_clause_is_no_verb: [
            "Eurozone interest rates are at 2%, but comments from senior officials have fuelled talk of a rise."
        ] => [[]];
        headline_label_with_its_particle_inside_the_name: [
            "De Niro: Trump is a national disgrace for us",
            "The actor Robert De Niro spoke on Monday."
        ] => [["Robert De Niro"], []];
        source_label_outside_a_headline_is_no_speaker: [
            "A slump is coming",
            "Sources: U.S. Census Bureau, Pew Research Center and Gallup polls."
        ] => [[], []];
        called_a_long_object_by_a_quotation: [
            "Bolton called Obama’s ignorance of solid advice from seasoned military commanders “disrespectful.”",
            "In April, Trump called Ford’s plans to open a $1.6 billion plant in Mexico “an absolute disgrace.”",
            "Reade’s mother called into the Larry King Show in 1993 to talk about a “prominent senator.”",
            "Several years ago, a group called Right on Crime formed to push what it calls the “conservative case.”",
            "She called the office that handles “urgent” cases."
        ] => [["Bolton"], ["Trump"], [], [], []];
        spokesman_for_a_titled_name: [
            "A spokesman for Democratic presidential candidate Hillary Clinton called the report “outrageous.”",
            "Shadow spokesman for sport Hugh Robertson said the plan would fail."
        ] => [["a spokesman for Hillary Clinton"], ["Hugh Robertson"]];
        writer_of_an_outlet_puts_it: [
            "As the Post's Dana Milbank puts it, \"Senate Republicans are unmoved.\"",
            "As CNN's Jake Tapper reported, the vote failed."
        ] => [["Dana Milbank"], ["Jake Tapper"]];
        shared_role_is_a_role: [
            "“Imagine that,” mused Blaze co-host Stu Burguiere."
        ] => [["Stu Burguiere"]];
        appositive_after_a_tagged_name: [
            "Rep. Josh Gottheimer (D-N.J.), a co-chairman of the Problem Solvers Caucus, a group of centrists, said the vote was close."
        ] => [["Josh Gottheimer"]];
        name_closing_an_opening_phrase_is_no_appositive_owner: [
            "In an interview with Morning Edition's David Greene, the founder of WikiLeaks said the decision was wrong."
        ] => [["the founder of WikiLeaks"]];
        role_held_for_someone_is_not_that_someone: [
            "The Conservative Party would deal sympathetically with any application by Lord Archer to rejoin its ranks, its co-chairman has said.",
            "Pete Doherty was arrested on Wednesday. His lawyer said the money could not be raised."
        ] => [["its co-chairman"], ["his lawyer"]];
        report_the_speaker_talks_about_is_not_theirs: [
            "Mr Smith called a report on the council's spending “outrageous.”",
            "The report said the council had overspent."
        ] => [["Smith"], []];
        put_it_somewhere_is_no_speech: [
            "Markstrom could not corral the rebound and it popped out to Niederreiter, who put it into the empty side.",
            "As Jane Smith put it, “we were not good enough.”"
        ] => [[], ["Jane Smith"]];
        role_for_a_list_of_owners: [
            "The leaders of Britain, the US, Germany and France said the attack was an assault.",
            "Leaders of Russia, India and China have urged joint action against unilateralism."
        ] => [["the leaders of United Kingdom, United States, Germany and France"], ["Leaders of Russia, India and China"]];
        coordinated_surnames_both_speak: [
            "Eventually, Schumer and Pelosi declared that the deal was dead.",
            "As Emmanuel Saez and Gabriel Zucman wrote, the rich pay less.",
            "The political scientists Pippa Norris and Ronald Inglehart describe a backlash.",
            "But since last year, Frieden and others said the plan was failing."
        ] => [["Pelosi", "Schumer"], ["Gabriel Zucman", "Emmanuel Saez"], ["Ronald Inglehart", "Pippa Norris"], ["others", "Frieden"]];
        coordinated_bodies_both_speak: [
            "Motorola and Apple announced that the phone would ship in May.",
            "The Conservatives and Liberal Democrats say the plan is bad.",
            "The League Against Cruel Sports and the RSPCA say the ban works.",
            "Monday and Apple said the phone would ship."
        ] => [
            ["Apple", "Motorola"],
            ["Liberal Democrats", "the Conservatives"],
            ["RSPCA", "the League Against Cruel Sports"],
            ["Apple"]
        ];
        first_name_before_a_shared_surname_is_no_coordinated_speaker: [
            "Khizr and Ghazala Khan said they were proud."
        ] => [["Ghazala Khan"]];
        pronoun_after_an_opening_clause_is_its_subject: [
            "Ned Ludd said machines were a menace.",
            "When Henry Adams viewed the dynamo in 1900, he wrote that it was a moral force."
        ] => [["Ned Ludd"], ["Henry Adams"]];
        pronoun_goes_with_the_subject_of_its_sentence: [
            "Alastair Campbell sent a message to a journalist by mistake.",
            "Michael Martin revealed some MPs used their phones and he also warned members against it."
        ] => [[], ["Michael Martin"]];
        pronoun_goes_with_the_subject_of_the_sentence_before: [
            "Bernie Sanders said he would name a woman as his running mate.",
            "Joe Biden took the pledge and went further. He pledged to name a black woman to the court."
        ] => [["Bernie Sanders"], ["Joe Biden"]];
        framed_pronoun_is_not_the_subject_it_frames: [
            "Michael Howard said the government was soft on crime.",
            "Mr Blair has failed to tackle these problems, he claimed."
        ] => [["Michael Howard"], ["Michael Howard"]];
        it_goes_with_the_body_of_its_own_sentence: [
            "The House Oversight Committee held a hearing on Wednesday.",
            "America Rising PAC then released a video which it says outlines “the serious questions.”"
        ] => [[], ["America Rising PAC"]];
        review_mends_session_20: [
            "Donald Trump said on Monday that the economy was strong.",
            "If Joe Biden wins, he said, taxes will rise for everyone.",
            "Senator Chuck Grassley wrote a letter to the attorney general on Monday.",
            "The letter said the department had failed to answer questions.",
            "McConnell called the Senate into session Monday to vote on the “skinny repeal.”",
            "A spokesman for Trump campaign manager Brad Parscale said the rally would go ahead.",
            "Mark Warner put it on the record that he opposed the deal."
        ] => [["Donald Trump"], ["Donald Trump"], ["Chuck Grassley"], ["Chuck Grassley"], [], ["Brad Parscale"], ["Mark Warner"]];
        role_or_party_inside_a_run_opens_its_holders_name: [
            "CBN News Reporter Charlene Aaron said the bill would pass.",
            "White House Counselor Kellyanne Conway said the bill would pass.",
            "House Republican Thomas Massie said the bill would pass.",
            "“We were like a conquering army,” said Cedar Rapids Democrat Dale Todd, an early supporter.",
            "Harris County Flood Control District Meteorologist Jeff Lindner said the rain would stop.",
            "JPMorgan Chase CEO Jamie Dimon on Wednesday called the shutdown a “self-inflicted wound.”"
        ] => [["Charlene Aaron"], ["Kellyanne Conway"], ["Thomas Massie"], ["Dale Todd"], ["Jeff Lindner"], ["Jamie Dimon"]];
        words_qualifying_a_title_go_with_it: [
            "Senate Majority Whip John Cornyn said the bill would pass.",
            "CNN White House Senior Correspondent Jim Acosta said the briefing was cancelled.",
            "Deputy Press Secretary Josh Earnest said it was largely friendship.",
            "House Minority Leader Nancy Pelosi carried that idea Sunday, saying the increases were “not enough.”"
        ] => [["John Cornyn"], ["Jim Acosta"], ["Josh Earnest"], ["Nancy Pelosi"]];
        a_holder_after_a_split_title_splits_again: [
            "Tucson Sector Chief Border Patrol Agent Manuel Padilla Jr. said the situation was “unprecedented.”",
            "Israeli Prime Minister Benjamin Netanyahu called the agreement a “bad mistake.”",
            "Senate Republican John Cornyn of Texas said the bill would pass."
        ] => [["Manuel Padilla Jr."], ["Benjamin Netanyahu"], ["John Cornyn"]];
        a_surname_doubled_by_a_caption_is_two_mentions: [
            "Photos: Supreme Court Justice Anthony Kennedy Kennedy, 81, said he would retire.",
            "Syria's envoy was Ambassador Mounzer Mounzer. Mounzer Mounzer said the weapons were not theirs."
        ] => [["Anthony Kennedy"], ["Mounzer Mounzer"]];
        a_name_before_a_role_and_its_holder_is_an_affiliation: [
            "“It will pass,” said William Hill spokesman Rupert Adams.",
            "“Rates will rise,” said Goldman Sachs Jan Hatzius.",
            "“We will win,” said Labour Keir Starmer."
        ] => [["Rupert Adams"], ["Jan Hatzius"], ["Keir Starmer"]];
        a_title_before_a_surname_that_is_a_word_keeps_it: [
            "Sen. King said the bill would pass. Prime Minister Major said nothing."
        ] => [["King", "Major"]];
        a_titles_portfolio_runs_to_its_role: [
            "“We will grow,” said Acme Corp. Chief Technology Officer Jane Smith.",
            "Associated Press Chief Executive Gary Pruitt said the ruling was wrong.",
            "“It is tasty,” said Food Network Host Guy Fieri.",
            "The head of the unit, Acting Detective Chief Superintendent, Mick Deats, said the sites were shut."
        ] => [["Jane Smith"], ["Gary Pruitt"], ["Guy Fieri"], ["Mick Deats"]];
        a_first_name_before_hill_is_a_person: [
            "“It will pass,” said Clint Hill.",
            "Fiona Hill testified that the pressure was real."
        ] => [["Clint Hill"], ["Fiona Hill"]];
        a_first_name_that_is_a_modal_or_a_month_opens_a_speakers_name: [
            "The group is weak, said Will McCants, a scholar at Brookings.",
            "“This outfit is not strong,” Will Moy, director of Full Fact, said.",
            "May Smith said she was happy.",
            "Will Trump win the nomination?",
            "Since May Jones has tweeted about the case 40 times.",
            "According to a May Gallup poll, most agree, pollsters said."
        ] => [["Will McCants"], ["Will Moy"], ["May Smith"], [], ["Jones"], ["pollsters"]];
        asking_a_question_is_speech_but_asking_for_an_act_is_not_counted: [
            "During an interview this week, HuffPost asked the Democratic contender if he had been preparing himself.",
            "Graham asked Yates and Clapper how the White House learned of the call.",
            "In the interview, Wallace also asked Pelosi about the protests.",
            "Trump was asked whether he would run.",
            "The American Legion has asked the campaign to stop using its emblem.",
            "Smith asked for a lawyer.",
            "Police asked anyone with information about the attack to come forward.",
            "Mr Howard asked for a review of how the money was spent."
        ] => [["HuffPost"], ["Graham"], ["Wallace"], [], [], [], [], []];
        a_subject_quick_or_careful_to_speak_speaks: [
            "Aides were quick to point out that the president was in Cambodia for a summit.",
            "House Democrats were quick to say that the documents bolstered their arguments.",
            "Landrieu is quick to say responsibility rests on her shoulders.",
            "The company was quick to expand into new markets."
        ] => [["Aides"], ["Democrats"], ["Landrieu"], []];
        a_headline_label_is_a_source_unless_a_rubric_or_its_topic: [
            "AP: Trump chair routed Ukrainian money to D.C. lobbyists.",
            "SEE ALSO: Trump will reverse the decision today.",
            "TWITTER:You can follow me at twitter.com/TodayInTheSky",
            "ISIS: The threat of ISIS has also been played up by some candidates.",
            "Marco Rubio: Mr. Rubio came off as sensible and less of a firebrand.",
            "Hillary Clinton: I’m not a natural politician like Bill Clinton or Barack Obama",
            "Pelosi: The Pelosi Foundation did nothing wrong, it says."
        ] => [["AP"], [], [], [], [], ["Hillary Clinton"], ["Pelosi"]];
        an_inverted_verb_after_a_quotation_takes_a_name_with_more_after_it: [
            "“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor.",
            "“No,” laughed Mary Smith, a teacher.",
            "“So the people at state told you nothing?” asked Rep. Jim Jordan, an Ohio Republican.",
            "The book “The Art of the Deal” inspired Trump, who read it twice.",
            "His film “Lincoln,” starred Daniel Day-Lewis, who won an Oscar."
        ] => [["Donald Hartley"], ["Mary Smith"], ["Jim Jordan"], [], []];
        a_nickname_inside_a_name_is_no_quotation: [
            "“It is over,” says Dave “Mudcat” Saunders of Roanoke, Va.",
            "Marcia \"Cia\" Price told the crowd it was a big year.",
            "Ahmed 'Mido' Hossam has apologised.",
            "Mido said: “I am sorry.”",
            "“I am sorry,” Mido Hossam said.",
            "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments.",
            "Donald \"No Entitlement Reform\" Trump said the plan was fine."
        ] => [["Dave Saunders"], ["Marcia Price"], ["Ahmed Hossam"], ["Ahmed Hossam"], ["Ahmed Hossam"], ["Chris Christie"], ["Trump"]];
        a_pronoun_opening_a_sentence_goes_on_with_the_last_main_clauses_subject: [
            "“The schools should stay open,” said William Bratton, the New York police commissioner.",
            "Los Angeles Police Chief Charlie Beck bristled at Bratton’s criticism. He said it was “irresponsible to criticize” the decision.",
            "Attorney General William Barr has been a steady ally of the president. He cleared the president even when special counsel Robert Mueller had declined to do so. He declared that the probe was “bogus.”",
            "While Mr. Rosenstein was headed to the White House, Mr. Sessions was speaking in Alabama. “I may need this today,” he said.",
            "Debating Bill Clinton and Ross Perot, George H.W. Bush seemed indifferent. He later admitted thinking, “only 10 more minutes of this.”"
        ] => [["William Bratton"], ["Charlie Beck"], ["William Barr"], ["Sessions"], ["George H.W. Bush"]];
        an_owner_named_is_a_mention_of_the_storys_principal: [
            "Jeb Bush's challenge: Family loyalty",
            "Jeb Bush's rocky week is drawing to a close with an admission.",
            "As he explored a run, he was caught between the need to differ from President George W. Bush and an instinct to protect his family.",
            "After stumbling for days, Bush was finally clear on Thursday: \"Knowing what we know now, I would not have gone into Iraq,\" Bush said."
        ] => [[], [], [], ["Jeb Bush"]];
        labelling_or_dubbing_something_a_name_is_speech: [
            "Mike Huckabee is labeling Obama’s actions “a blatant, belligerent abuse of power.”",
            "The newfound esteem for Ted Cruz, whom Donald Trump dubbed “Lyin’ Ted,” is new.",
            "Bill Clinton, the man Barack Obama once dubbed his “Secretary of Explaining Stuff,” is back.",
            "He marched in what a wary John F. Kennedy, anticipating the march, called “the great tradition.”",
            "Trump’s record label, dubbed “the best,” thrives."
        ] => [["Mike Huckabee"], ["Donald Trump"], ["Barack Obama"], ["John F. Kennedy"], []];
        a_name_given_to_its_subject_is_a_passive: [
            "Baywatch dubbed ‘worst TV import’",
            "Helen Steel and David Morris, from north London, dubbed the “McLibel Two”, were found guilty.",
            "Originally called \"Jerry’s Guide to the World Wide Web\" the firm adopted the name Yahoo.",
            "The Commons education select committee called this \"morally indefensible\".",
            "Jane Smith called her “a liar.”"
        ] => [[], [], [], ["the Commons education select committee"], ["Jane Smith"]];
        a_subject_pronoun_after_a_verb_of_saying_opens_its_clause: [
            "Chelsea Clinton announced she and husband Marc Mezvinsky are expecting their second child.",
            "Fightstar played material from their forthcoming EP called They Liked You Better When You Were Dead."
        ] => [["Chelsea Clinton"], []];
        a_role_between_two_names_makes_the_first_a_modifier: [
            "Motley Crue guitarist Mick Mars is angry, saying that he was misled.",
            "Unsurprisingly, Jane Smith goes full bore at the Clintons and the Bidens, labelling the former family “one of the most corrupt machines”."
        ] => [["Mick Mars"], ["Jane Smith"]];
        a_name_joined_by_for_keeps_its_demonym: [
            "Americans for Prosperity said the speech was bad.",
            "The Syrian Observatory for Human Rights said 20 people died.",
            "Colombian President Gustavo Petro said no."
        ] => [["Americans for Prosperity"], ["the Syrian Observatory for Human Rights"], ["Gustavo Petro"]];
        an_infinitive_of_speech_performed_has_the_verbs_subject: [
            "Hillary Clinton took to Twitter on Monday to say thanks.",
            "Even right-leaning journalist Byron York took a moment to point out the lack of a crowd.",
            "Brazilian President Dilma Rousseff used her U.N. speech to call the surveillance “totally unacceptable.”",
            "Matthew Whitaker sought to dismiss suggestions that he was hired because of his criticism.",
            "John Smith took the stage to say that he would help.",
            "John Smith wanted to say that the crowd was small.",
            "Jane Doe said that it would take time to explain this “long caviar story.”"
        ] => [["Hillary Clinton"], ["Byron York"], ["Dilma Rousseff"], ["Matthew Whitaker"], ["John Smith"], [], ["Jane Doe"]];
        speech_someone_was_made_to_perform_is_theirs: [
            "Joshua Gardner was forced to admit he had no clue either.",
            "The debate was so subdued that John Smith was prompted to say, “I cannot believe how civil it has been.”",
            "Michael Howard was forced to deny the shadow cabinet was split.",
            "Even Andy Roddick is forced to applaud.",
            "The company was forced to issue a recall.",
            "Toyota was forced to recall 1.2 million cars.",
            "Chelsea were forced to concede a late goal."
        ] => [["Joshua Gardner"], ["John Smith"], ["Michael Howard"], [], [], [], []];
        a_bodys_first_word_alone_names_it_later: [
            "Merrill Lynch fired her in 2004.",
            "Merrill said it was pleased with the ruling."
        ] => [[], ["Merrill Lynch"]];
        a_word_used_alone_before_a_longer_name_is_its_own: [
            "Yukos said it would appeal. Its shareholders met in Moscow.",
            "Yukos USA filed for bankruptcy in Houston.",
            "Yukos said the sale was illegal."
        ] => [["Yukos"], [], ["Yukos"]];
        a_person_is_not_what_is_named_after_them: [
            "The Biden PAC ran ads in Iowa.",
            "Biden said he disavowed the group."
        ] => [[], ["Biden"]];
        a_surname_saying_she_is_the_woman_of_that_name: [
            "Khaled Belkacemi, 60, was one of the victims.",
            "For Megda Belkacemi, Friday is a day she has been awaiting eagerly. Her father Khaled was a victim.",
            "Once the killer is in prison, Belkacemi says she will finally be able to turn the page."
        ] => [[], [], ["Megda Belkacemi"]];
        a_first_word_an_appositive_describes_is_a_person: [
            "Lehman Brothers collapsed in September 2008, and its shares became worthless overnight.",
            "Lehman, a distant relative of the founders, said the family had lost everything."
        ] => [[], ["Lehman"]];
        a_person_so_named_comes_before_a_bodys_first_word: [
            "Morgan Stanley cut its forecast.",
            "Lisa Morgan is an analyst in London.",
            "Morgan said prices would fall."
        ] => [[], [], ["Lisa Morgan"]];
        a_name_between_a_dash_and_a_colon_labels_the_quotation: [
            "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”",
            "Cruz heading to Kiev - AP: “U.S. Sen. Ted Cruz of Texas will visit Ukraine this month.”",
            "The plan failed — Paris: “We are sorry.”"
        ] => [["Carl Bialik"], ["AP"], []];
        one_named_to_another_office_does_not_hold_this_one: [
            "Clarke to unveil plan",
            "Home Secretary Charles Clarke wants a points system.",
            "The prime minister on Sunday said immigration would be toughened.",
            "Tony Blair has said people are right. The prime minister said it was so."
        ] => [[], [], [], ["Tony Blair"]];
        a_known_name_ending_in_s_is_no_possessive: [
            "McDonald’s announced it was to scrap its supersized meals.",
            "The rise helps Mexico, according to Standard & Poor's.",
            "Moody’s Investors Service said it may join."
        ] => [["McDonald's"], ["Standard & Poor's"], ["Moody's Investors Service"]];
        a_known_name_ending_in_s_is_a_possessive_of_someone_so_named: [
            "Michael McDonald studies turnout. According to McDonald’s analysis, Democrats are closing."
        ] => [["Michael McDonald"]];
        a_verb_with_an_object_of_its_own_does_not_report_the_quotation_before: [
            "Mr. Obama affects the leadership of Alfred E. Neuman — “What? Me worry?” Winston Churchill recognized the face of wickedness.",
            "“We will win,” Jane Smith beamed a moment later.",
            "“Have you been watching the campaign lately?” Mitt Romney asked the crowd.",
            "“It is over,” Bill Colbert clarified that night."
        ] => [[], ["Jane Smith"], ["Mitt Romney"], ["Bill Colbert"]];
        a_bare_phrase_after_to_opens_with_a_verb: [
            "Bid to cut court witness stress",
            "There are ways to hoodwink social media users called “cheap fakes,” which involve editing.",
            "The rollout goes on, according to digital rights activists who say its use is a problem."
        ] => [[], [], ["digital rights activists"]];
        a_comparison_quoting_what_it_likens_to_is_speech: [
            "Appearing on Fox News’ “Hannity,” Rudy Giuliani compared the FBI to “stormtroopers” for its raid.",
            "Conservative co-chairman Liam Fox likened the two men to \"self-obsessed schoolboys\".",
            "But though it is cheap for a Mac how does it compare to PCs that cost about the same amount?",
            "Stephen Miller’s uncle calls Miller an ‘immigration hypocrite,’ compares Trump to Nazis"
        ] => [["Rudy Giuliani"], ["Liam Fox"], [], []];
        an_office_modifier_before_a_function_word_is_no_epithet: [
            "FAIR does attempt it, and then to say that the rate was high.",
            "How then to explain the success of China?"
        ] => [[], []];
        the_reviewers_cases_for_session_24_rules: [
            "The report was sent to health officials, who said the risk to the public was low.",
            "Donald Trump called the “fake news media” the enemy of the American people.",
            "Critics branded the “Rwanda plan” unworkable and unaffordable.",
            "Investigators sought to question the pilot about the crash.",
            "Players took to the pitch to applaud the travelling fans.",
            "Mr Joe Biden had a message for one man - Vladimir Putin: “You will not win this war.”",
            "Asked who he most admired, Mr Jim Jones said without hesitation - Winston Churchill: “He saved the country.”",
            "“We are going to win this,” Mr Tim Smith grinned the next morning.",
            "Jeanne Shaheen took to the Senate floor Thursday to tell the story of Charlie Morgan."
        ] => [["health officials"], ["Donald Trump"], ["Critics"], [], [], ["Joe Biden"], ["Jim Jones"], ["Tim Smith"], ["Jeanne Shaheen"]];
        a_secretary_is_the_minister_but_not_the_prime_minister: [
            "Health Secretary Wes Streeting faced questions on Monday.",
            "The minister said the NHS was broken but not beaten.",
            "The prime minister said it would take time."
        ] => [[], ["Wes Streeting"], []];
        an_appositive_name_may_end_with_the_body_it_is_of: [
            "Another pollster, David Woodard of Clemson University, said his survey showed a lead.",
            "In March, Burr’s attorney, Alice Fisher of Latham & Watkins, said in a statement that the senator welcomed any review."
        ] => [["David Woodard"], ["Alice Fisher"]];
        a_former_office_holder_is_an_epithet_and_a_party_before_a_noun_modifies_it: [
            "Mitt Romney spoke in Ohio. The former Republican presidential candidate continued, saying, “You need somebody who understands economics.”",
            "Rudy Giuliani joined the team. The former New York City mayor, now representing Trump, told CNN that it was over.",
            "One former CIA official said the rollout was clumsy.",
            "Republican establishment figures both suggested the speechwriter be fired and defended Trump as a candidate."
        ] => [["Mitt Romney"], ["Rudy Giuliani"], ["One former CIA official"], []];
        a_chain_of_pronoun_subjects_is_followed_a_few_sentences_back: [
            "John Smith arrived. He ran. He ran. He said it was fine.",
            "John Smith arrived. He ran. He ran. He ran. He ran. He ran. He said it was fine."
        ] => [["John Smith"], ["John Smith"]];
        a_pronoun_in_an_opening_phrase_was_no_subject: [
            "Mr Blair toured the plant. In Beijing Mr Brown met Mr Hu. He said the talks were frank.",
            "Mr Kennedy opposed the tax. In a speech he made in Bristol, Mr Howard attacked the government. He said it was wrong.",
            "Mr Blair visited Iraq. In the weeks he was away, Mr Brown ran the government. He said it went well.",
            "Donald Trump spoke. Speaking there, he named Betsy Ross, Frederick Douglass and Harriet Tubman. He mentioned the suffrage movement, he said."
        ] => [["Brown"], ["Howard"], ["Brown"], ["Donald Trump"]];
        middles_written_in_full_or_a_clubs_initials: [
            "Chelsea F.C. said the deal was done.",
            "Andrés Manuel López Obrador said it was fine. Andrés López Obrador added that it was over.",
            "Hillary Rodham Clinton said so. Hillary Diane Rodham Clinton said so again.",
            "Edward \"Ted\" Kennedy spoke. Ted Cruz said no. Ted said yes."
        ] => [["Chelsea F.C."], ["Andrés Manuel López Obrador"], ["Hillary Diane Rodham Clinton"], ["Ted Cruz"]];
        middle_initials_tell_a_father_from_his_son: [
            "Former President George H.W. Bush said it was fine.",
            "Then-Texas Gov. George W. Bush promised to move the embassy.",
            "“It is fine,” said George Walker Bush.",
            "John F. Kennedy said so. John Fitzgerald Kennedy said so again."
        ] => [["George H.W. Bush"], ["George W. Bush"], ["George W. Bush"], ["John F. Kennedy"]];
        a_peers_title_is_no_part_of_the_name: [
            "The law is clear, said Lady Scotland.",
            "Viscount Rothermere, the paper's owner, said it would not change.",
            "The film is funny, said Sacha Baron Cohen.",
            "Lord Kennedy said it was wrong."
        ] => [["Scotland"], ["Rothermere"], ["Sacha Baron Cohen"], ["Kennedy"]];
        a_known_body_keeps_its_own_name: [
            "The figures come from CNN Polling Director Jennifer Agiesta.",
            "CNN reported that the memo was real.",
            "Samsung Electronics Co. said profits fell.",
            "Samsung said it expects a rebound.",
            "Huawei Technologies said the ban was unfair.",
            "Huawei said it would appeal."
        ] => [[], ["CNN"], ["Samsung Electronics Co."], ["Samsung Electronics Co."], ["Huawei Technologies"], ["Huawei Technologies"]];
        a_qualifying_word_alone_is_no_name: [
            "The review was mixed.",
            "Minority view: “There is a lot to admire in the paper's presentation.”"
        ] => [[], []];
        titles_of_the_uk_irish_and_us_states: [
            "Taoiseach Leo Varadkar said the border would stay open.",
            "Labour MSP Christine May said the bill would pass.",
            "Clark County Assemblywoman Michele Fiore said the bill would pass.",
            "Governor-Elect Justin Fairfax said the bill would pass."
        ] => [["Leo Varadkar"], ["Christine May"], ["Michele Fiore"], ["Justin Fairfax"]];
        a_name_written_twice_in_a_caption_is_one_name: [
            "Photos: Survivor Gabrielle Giffords Gabrielle Giffords, Arizona shooting survivor, said guns were the problem.",
            "Reuters Gerald Bostock said he was fired for joining a gay softball league."
        ] => [["Gabrielle Giffords"], ["Gerald Bostock"]];
        a_title_before_another_title_is_no_person: [
            "The Inspector General said the audit was flawed.",
            "Attorney General said the audit was flawed.",
            "Judge Bates said the audit was flawed.",
            "“That was just a grab bag of misinformation,” said Mr. King."
        ] => [["the Inspector General"], [], ["Bates"], ["King"]];
        one_word_label_in_a_quotation_is_no_dialogue: [
            "What the debate showed.",
            "TAKEAWAY: Biden told voters “you deserve better.”",
            "TAKEAWAY: The race is close."
        ] => [[], ["Biden"], []];
        most_as_the_subject_speaks: ["Of the ten senators, most reportedly said they would vote no."] => [["most"]];
        plural_is_no_subject_of_a_singular_verb: [
            "President Donald Trump delivers remarks at the National Prayer Breakfast in Washington."
        ] => [[]];
        the_post_is_a_name: [
            "The Washington Post published the memo.",
            "“It just came to a head,” the Post reported, quoting an official."
        ] => [[], ["the Washington Post"]];
        day_between_subject_and_cue: [
            "Republican candidate Donald Trump on Saturday tweeted that the polls were rigged."
        ] => [["Donald Trump"]];
        unnamed_spokesperson_keeps_whom_they_speak_for: [
            "“We remove such content,” a spokeswoman for YouTube said."
        ] => [["a spokeswoman for YouTube"]];
        according_to_a_document_is_its_author: [
            "The endorsement will wait, according to an email from the AFL-CIO obtained by reporters."
        ] => [["AFL-CIO"]];
        particle_after_a_cue_is_no_speaker: [
            "He was assistant secretary of the Navy, then went on to serve as governor of New York."
        ] => [[]];
        contracted_pronoun_is_no_name: ["They’re saying the deal is done, you’ve heard."] => [[]];
        went_on_to_speak_is_speech: [
            "Trump went on to criticize the convention for its failure to mention the police."
        ] => [["Trump"]];
        went_on_to_win_is_not: ["The single went on to win Grammys for song of the year."] => [[]];
        stranded_particle_is_a_relative_clause: [
            "Doug McCallum spoke in May.",
            "His staff later said the figure he was referring to was the debt load."
        ] => [[], ["his staff"]];
        demonym_and_group_noun_is_the_source: [
            "Kuznetsova has tested positive for a banned drug, according to Belgian authorities."
        ] => [["Belgian authorities"]];
        modifier_name_before_a_kind_is_not_the_subject: [
            "Internet monitoring firm WebSideStory has charted the growth and says it is eroding the lead of IE."
        ] => [["WebSideStory"]];
        the_company_is_not_the_outlet_spoken_to: [
            "At Heathrow, BAA said it was working with all parties, Lord Hanningfield told BBC Radio Essex.",
            "At Gatwick, the company has written to homes that “may be affected.”"
        ] => [["BAA", "Hanningfield"], ["BAA"]];
        participle_skips_an_opening_phrase: [
            "At a campaign event in Ames, Iowa, on Sunday, Hillary Clinton expanded on her statement, saying the United States should lead."
        ] => [["Hillary Clinton"]];
        participle_skips_a_subordinate_clause: [
            "Although Michael Bloomberg is not yet a candidate, Donald Trump sent a jab his way, suggesting Bloomberg was worth less."
        ] => [["Donald Trump"]];
        shared_subject_has_a_verb_of_its_own: [
            "Lindsey Graham called both Trump and front-runner Hillary Clinton “crazy” and said the party is bound to lose."
        ] => [["Lindsey Graham"]];
        quote_belongs_to_the_nearer_cue: [
            "“I'm satisfied with his response,” Stephanie Hooton said after Marco Rubio spoke."
        ] => [["Stephanie Hooton"]];
        cue_noun_with_its_complement: [
            "Democrats plan to release transcripts to disprove Republican claims of breakthroughs."
        ] => [[]];
        place_is_no_appositive_speaker: [
            "Donald Trump, speaking at a rally in Wilmington, N.C., warned that the court was at stake."
        ] => [["Donald Trump"]];
        appositive_name_after_its_title: [
            "“We are ready,” the vice presidential nominee, Indiana Gov. Mike Pence, said at a breakfast."
        ] => [["Mike Pence"]];
        possessed_document_is_a_noun: [
            "From Jeb Bush's Facebook post: “We must overcome the divisiveness.”"
        ] => [["Jeb Bush"]];
        setup_paragraph_introduces_the_next_speaker: [
            "“No pressure was applied,” David Lametti said.",
            "“None at all,” Lametti said.",
            "Liberal MP Marco Mendicino, a former federal prosecutor, was in Ottawa later in the day.",
            "“Neither directed, nor pressured, nor influenced,” he said."
        ] => [["David Lametti"], ["David Lametti"], [], ["Marco Mendicino"]];
        quote_before_must_touch_the_cue: [
            "Justin Trudeau said the news came as a “shock and a disappointment,” and the federal government will continue to fight for the jobs."
        ] => [["Justin Trudeau"]];
        later_clause_participle_has_its_own_subject: [
            "The ministry condemned the comments as “an undue interference,” while Gustavo Petro responded in a post, warning that he would resist."
        ] => [["the ministry", "Gustavo Petro"]];
        that_before_a_plural_opens_a_clause: [
            "Police said that authorities did not name the fourth victim."
        ] => [["Police"]];
        owned_unit_speaks: [
            "Cisco System’s Talos cybersecurity unit said in a statement that the threats came from one group."
        ] => [["Cisco System's Talos cybersecurity unit"]];
        some_in_a_community: [
            "In the two years since, some in the Muslim community say the support has dried up."
        ] => [["some in the Muslim community"]];
        nominal_subject_shared_by_a_later_verb: [
            "Mark Norman’s lawyers are preparing a motion and have alleged in court documents that the case was political."
        ] => [["Mark Norman's lawyers"]];
        indirect_question_is_speech: [
            "Reporters asked whether the meeting would take place before March."
        ] => [["Reporters"]];
        past_participle_modifier_is_no_speech: [
            "Viruses written to steal data now spread by e-mail."
        ] => [[]];
        perfect_tense_is_speech: [
            "Jane Smith has also written that the plan will fail."
        ] => [["Jane Smith"]];
        who_is_the_person_not_the_appositive_institute: [
            "“It will influence policy,” said Yoni Freedhoff, medical director of Ottawa’s Bariatric Medical Institute, who writes about food policy on his blog."
        ] => [["Yoni Freedhoff"]];
        document_a_few_words_before_its_author: [
            "A statement e-mailed to The Globe by Reagan Ruslim, who joined the board last month, said “the station will respect the order.”"
        ] => [["Reagan Ruslim"]];
        unlike_opens_a_phrase: [
            "Unlike John McCallum, the officials were careful not to weigh in on the merits, emphasizing instead the importance of due process."
        ] => [["the officials"]];
        organisation_modifying_a_role_is_not_the_subject: [
            "A Superior Court of Ontario judge chastised the station on Friday, saying it had been “playing games.”"
        ] => [["a Superior Court of Ontario judge"]];
        organisation_on_subject_is_one_name: [
            "Still, 30 per cent of deaths involve a sedative, according to the National Institute on Drug Abuse."
        ] => [["the National Institute on Drug Abuse"]];
        // (The couple wrote a letter: "wrote to X" mostly goes on to say what it asked.)
        spelled_out_acronym_takes_no_article: [
            "The couple wrote to Immigration, Refugees and Citizenship Canada (IRCC) in May.",
            "The IRCC stressed Friday that “no decision has been made.”"
        ] => [["the couple"], ["Immigration, Refugees and Citizenship Canada"]];
        a_roles_plural_in_british_spelling_is_people: [
            "The organisers said the march would be peaceful.",
            "The neighbours said the noise went on all night."
        ] => [["the organisers"], ["the neighbours"]];
        sentence_initial_modifier_stays_in_a_nominal: [
            "Nutrition experts say the new guide is a big step."
        ] => [["Nutrition experts"]];
        plural_cue_noun_before_a_verb: [
            "The ethnic vote in several battleground states could be decisive in a close election."
        ] => [[]];
        plural_cue_noun_before_a_relative_clause_or_after_its_qualifier: [
            "Polls in Illinois and Ohio, Rust Belt states that have suffered job losses, were close.",
            "Meanwhile, EU states that backed the nuclear deal have said they will protect EU firms.",
            "He won five Northeastern states in a self-described “massive landslide.”",
            "Its Article 2(4) requires member states to refrain “from the threat or use of force.”",
            "He makes arguments and jokes that are insincere on their face, Smith wrote.",
            "The Journal notes that undocumented immigrants cannot receive benefits.",
            "Comey states that he did not interpret the request that way.",
            "Georgia states in its filing that the ballots were counted correctly.",
            "In his memoir, George McGovern states that he regretted the choice.",
            "The White House claims that would violate executive privilege.",
            "Smith notes that compared to 2010, fewer students are taking languages."
        ] => [[], [], [], [], ["Smith"], ["the Journal"], ["Comey"], ["Georgia"], ["George McGovern"], ["the White House"], ["Smith"]];
        for_hands_a_participle_to_the_object_or_the_subject_who_answers_for_it: [
            "The voters criticized Ted Cruz for saying the wall would be built.",
            "Reid rebuked President Barack Obama this week for saying that the party was united.",
            "Rep. Ilhan Omar has generated quite a controversy for suggesting that support was bought.",
            "Jane Doe was criticized by Democrats for saying, \"We will win.\"",
            "Earlier in the day, Tim Kaine was attacked by the front-runner Mike Lee for suggesting that he would stay neutral.",
            "Pat Roe won praise from Joe Green for saying the wall would be built.",
            "The board praised Ann Bell for showing “the courage of her convictions.”",
            "The police dismissed people for expressing dissent.",
            "The protesters demanded an apology for calling them thugs.",
            "He left CNN for saying the network was biased.",
            "The Fact Checker gave Trump Four Pinocchios for claiming the wall was built.",
            "Democrats attacked Bob Smith, who was fired for saying the company was racist."
        ] => [
            ["the voters", "Ted Cruz"],
            ["Reid", "Barack Obama"],
            ["Ilhan Omar"],
            ["Jane Doe"],
            ["Tim Kaine"],
            ["Pat Roe"],
            ["the board"],
            [],
            [],
            [],
            [],
            ["Bob Smith"]
        ];
        a_quotation_signed_on_the_next_line_is_the_signers: [
            "What the columnists are saying",
            "“The nation's debt is growing faster than its economy, and nobody in Washington seems to care.”",
            "Philip Klein, Washington Examiner",
            "“By declaring that it will respond to any attack, the White House has raised the stakes.”",
            "Editorial Board, New York Times",
            "“The war has cost nearly a trillion dollars, and no one can say what it has won.”",
            "“The generals know it, and so does the president.”",
            "Fred Kaplan, Slate",
            "Gov. Bobby Jindal said the plan would fail.",
            "Gov. John Kasich, Ohio"
        ] => [[], ["Philip Klein"], [], ["New York Times"], [], ["Fred Kaplan"], ["Fred Kaplan"], [], ["Bobby Jindal"], []];
        a_comma_after_an_opening_phrase_frames_no_words: [
            "Then, last week, Eric Trump called.",
            "In 2011, he notes, nearly one-third of victims withdrew their charges.",
            "Trump has tapped Betsy DeVos to be his education secretary, he announced Wednesday.",
            "Prices will rise, Jane Smith claimed.",
            "Federal records show that three lawyers made donations, mostly to Democrats, CNN reports.",
            "Since then little has changed, Smith noted."
        ] => [[], ["Eric Trump"], ["Eric Trump"], ["Jane Smith"], ["CNN"], ["Jane Smith"]];
        neither_nor_is_no_speech: ["Neither Elizabeth Warren nor Hillary Clinton spoke with reporters."] => [[]];
        goes_on_a_spree_is_no_speech: ["Hillary Clinton goes on a phone spree to defend her emails."] => [[]];
        refers_to_as_names_something: [
            "She holds a lead among black voters, which her campaign refers to as a firewall."
        ] => [[]];
        title_before_function_words_is_no_name: [
            "Wisconsin Elects A Supreme Court Justice Who Once Mocked ‘Queers’"
        ] => [[]];
        time_phrase_between_subject_and_cue: [
            "Calgary MP Michelle Rempel earlier this week called the minister a “chicken” on Twitter."
        ] => [["Michelle Rempel"]];
        title_then_common_word_surname: [
            "Mr. Minor said that he was unhappy with his care."
        ] => [["Minor"]];
        the_post_speaks_for_its_author: [
            "Jason Schultz, a researcher at Talos, stated in the company’s blog post that the threats came from one group.",
            "“Multiple IPs sent these threats as well,” the post read.",
            "According to the post, the threat had morphed again by Thursday."
        ] => [["Jason Schultz"], ["Jason Schultz"], ["Jason Schultz"]];
        quote_before_a_modified_subject: [
            "“I don’t support Uber at all,” then-Surrey mayoral candidate Doug McCallum responded at one debate."
        ] => [["Doug McCallum"]];
        in_her_words: [
            "Wendy Golden keeps no photos of her son on the walls. It had, in her words, become “unhealthy.”"
        ] => [["Wendy Golden"]];
        her_message_is_simple: [
            "Wendy Golden spoke to the inquiry on Monday about her son.",
            "Her message now is simple: don't share or sell prescriptions."
        ] => [["Wendy Golden"], ["Wendy Golden"]];
        shared_subject_across_a_parenthetical: [
            "Jane Doe found the others in the bedroom.",
            "Nonetheless, she played nice and, without meaning a word of it, told them they were “amazing.”"
        ] => [[], ["Jane Doe"]];
        shared_subject_across_a_comparison: [
            "Hillary Clinton, like Obama, has encouraged allies to spend more but has said she will hold firm."
        ] => [["Hillary Clinton"]];
        relative_that_is_no_speech: [
            "In February, the budget officer released a report that found only part of the money was spent."
        ] => [[]];
        former_makes_an_office: [
            "TROUT BROOK, N.B. — Kevin Vickers, who became ambassador to Ireland, is considering a move into politics.",
            "The former sergeant-at-arms of the House of Commons said Monday he's considering a run."
        ] => [[], ["Kevin Vickers"]];
        head_before_of_is_the_speaker: [
            "As one veteran of the government infrastructure projects commented: “I’ve never seen one come in on budget.”"
        ] => [["one veteran of the government infrastructure projects"]];
        ments_are_things_not_people: [
            "Proponents of remediation agreements say they bring faster restitution."
        ] => [["Proponents of remediation agreements"]];
        place_then_person_after_cue_is_reported: [
            "The Vatican says Pope Francis has no plans to meet Bernie Sanders."
        ] => [["Vatican"]];
        what_he_said_is_talked_about: [
            "The claims, such as what Doug McCallum said about Uber, do not seem to advance an agenda."
        ] => [[]];
        what_it_called_with_a_quote_is_speech: [
            "In what Tesla called a “thorough, expansive process,” it named two directors."
        ] => [["Tesla"]];
        that_before_a_time_is_a_determiner: [
            "Kevin Vickers found himself that morning on the opposite side of a pillar."
        ] => [[]];
        name_modifying_a_document_takes_no_article: [
            "According to the Civic Action study, the sector employed 226,000 youth."
        ] => [["Civic Action"]];
        pronoun_after_of_is_no_nominal: [
            "Many of them represent districts where the party is weak, they say."
        ] => [[]];
        zero_that_clause_after_a_speech_verb: [
            "But Mayor Doug McCallum claimed a study had been done to confirm this."
        ] => [["Doug McCallum"]];
        zero_that_clause_after_a_thought_is_no_speech: [
            "Nancy Pelosi and Donald Trump both think they have public sentiment on their side."
        ] => [[]];
        quote_was_the_response_of: [
            "“The best sleigh this Christmas!” was the response of one jolly viewer."
        ] => [["one jolly viewer"]];
        pronoun_goes_on_with_the_last_subject: [
            "Xi Jinping met Donald Trump in December.",
            "On Thursday, Donald Trump did not dismiss meeting Xi Jinping soon. But he shook his head and said no when asked about March."
        ] => [[], ["Donald Trump"]];
        document_released_by_its_author: [
            "Those sectors are the best bets, according to a study which is being released Monday by Civic Action."
        ] => [["Civic Action"]];
        document_obtained_by_is_not_its_author: [
            "The fund believed in the deal, according to a memo obtained by The Globe."
        ] => [[]];
        zero_that_clause_with_is: [
            "It may be possible to keep both rinks open, but city staff confirmed there are no plans to do this."
        ] => [["city staff"]];
        interview_participle_takes_the_subject: [
            "On Jan. 9, James Bullard, the president of the St. Louis Fed, gave an interview noting that hikes could “endanger” growth."
        ] => [["James Bullard"]];
        described_as_is_speech: [
            "Authorities did not name the fourth victim but described her as the children’s mother."
        ] => [["Authorities"]];
        causative_object_speaks: [
            "The storm broke the water plant, prompting the city to urge residents to conserve water."
        ] => [["the city"]];
        hypothetical_speech_is_no_speech: [
            "Later, Hannah Brown worried that Caelynn Miller would say something to Colton."
        ] => [[]];
        organisation_keeps_its_article: [
            "“Farming is a leading source of emissions,” the United Nations said, but UNICEF disagreed."
        ] => [["the United Nations"]];
        quote_closing_full_stop_ends_sentence: [
            "Russia insisted that Pyongyang “stop its escapades.” The International Atomic Energy Agency said North Korea had shown “complete disregard.”"
        ] => [["Russia", "the International Atomic Energy Agency"]];
        capitalised_cue_before_a_name_is_a_first_name: [
            "“He is innocent,” Trump campaign spokeswoman Hope Hicks said."
        ] => [["Hope Hicks"]];
        weekday_and_time_between_subject_and_cue: [
            "On that point, Broaddrick Sunday night recounted an interaction with the senator."
        ] => [["Broaddrick"]];
        asked_object_which_is_an_indirect_question: [
            "Earhardt then asked Rubio which states he could win."
        ] => [["Earhardt"]];
        name_after_quote_closing_comma_starts_a_clause: [
            "After Scalia said that some students might do better at “less advanced schools,” Trump said: “I don’t like what he said.”"
        ] => [["Scalia", "Trump"]];
        person_speaks_across_appositives_and_participles: [
            "Sandra Inman, a Cruz supporter from Jackson, Miss., attending the Tea Party convention, said she could not support Trump."
        ] => [["Sandra Inman"]];
        possessive_document_speaks_for_its_owner: [
            "Jody Wilson-Raybould resigned, and she left on Tuesday.",
            "“It is a pillar of our democracy,” her statement said."
        ] => [[], ["Jody Wilson-Raybould"]];
        labels_in_later_sentences_speak_too: [
            "Hillary Clinton and Jeb Bush were on stage in Iowa.",
            "Clinton: “Our goal is to defeat ISIS.” Bush: “The mission is to destroy ISIS.”"
        ] => [[], ["Hillary Clinton", "Jeb Bush"]];
        speech_act_takes_a_plain_object: [
            "Foreign Secretary Jack Straw has defended plans to end the arms embargo.",
            "The minister left the room, defending nothing."
        ] => [["Jack Straw"], []];
        criticism_verbs_report_speech: [
            "Rubio also bemoaned the current political climate in Washington."
        ] => [["Rubio"]];
        participle_after_a_quotation_closed_by_a_comma: [
            "Kerpen needled the CNN “reporter,” saying, “A reporter who tweets on request!”"
        ] => [["Kerpen"]];
        weekday_after_an_outlet_is_a_time: [
            "The Times on Saturday wrote that Trump had claimed a loss."
        ] => [["the Times"]];
        chief_of_staff_is_a_title: [
            "That, RNC Chief of Staff Katie Walsh explained, is by design."
        ] => [["Katie Walsh"]];
        where_it_was_said_stands_between_subject_and_cue: [
            "Ben Carson proposed a new agency, while Jeb Bush in a Medium post said he would appoint conservative judges."
        ] => [["Jeb Bush"]];
        adverb_between_a_sentence_opening_group_and_cue: [
            "Republicans quickly accused the president of politicizing the tragedy."
        ] => [["Republicans"]];
        nominal_for_someone_takes_a_later_participle: [
            "Attorneys for Clinton appeared to oppose the effort, saying in court files that her account was private."
        ] => [["Attorneys for Clinton"]];
        states_is_mostly_a_noun: [
            "Coastal states swing toward Democrats in the new poll."
        ] => [[]];
        that_before_a_full_stop_is_a_pronoun: [
            "Commercial rents run $70 a foot, although Trump has charged more than that."
        ] => [[]];
        short_label_in_a_list_is_no_headline: [
            "Rubio: Finish second."
        ] => [[]];
        idioms_are_not_speech: [
            "It goes without saying that taxes matter to Republicans.",
            "Many of his claims since he declared for president were false."
        ] => [[], []];
        comma_then_that_still_reports: [
            "Kevin Haley runs the security lab.",
            "He states however, that the threats have less to do with technology."
        ] => [[], ["Kevin Haley"]];
        speaking_at_an_event_reports_nothing: [
            "Republican candidate Donald Trump speaks at a campaign rally in Greensboro."
        ] => [[]];
        gone_with_a_scare_quote_is_no_speech: [
            "Donald Trump says he doesn’t watch football because the NFL has gone “soft” like the country."
        ] => [["Donald Trump"]];
        relative_clause_owner_speaks_not_a_name_inside_it: [
            "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands, said Mr. Trump was a candidate in the spirit of Silicon Valley."
        ] => [["Slinker"]];
        progressive_inside_a_reported_clause_is_not_speech: [
            "At one point, Trump said Fox executives were calling “every 15 minutes.”"
        ] => [["Trump"]];
        compound_ending_in_a_lowercase_word_is_a_modifier: [
            "Ex-chat show host Robert Kilroy-Silk has quit the party and accused it of betraying its supporters."
        ] => [["Robert Kilroy-Silk"]];
        role_before_its_holder_in_a_label: [
            "- Manchester City boss Kevin Keegan: “We had a great chance to take the lead.”"
        ] => [["Kevin Keegan"]];
        calling_something_a_name_is_speech: [
            "The C.D. Howe Institute, a think tank, called the program one of the biggest in the country’s history.",
            "The manager called him the next day."
        ] => [["the C.D. Howe Institute"], []];
        kin_first_name_is_a_person_of_their_own: [
            "Police chief Joseph Boinnet said the attack was over.",
            "Spindler’s father, Joseph, says his son grew up in Houston.",
            "His father said he worked with international companies."
        ] => [["Joseph Boinnet"], ["Joseph"], ["Joseph"]];
        speaker_after_a_bare_comma_follows_the_cue_closely: [
            "The row began with a report that, citing confidential sources, alleged the Prime Minister’s Office leaned on then Attorney General Jody Wilson-Raybould to settle."
        ] => [[]];
        outlet_with_its_article_reports: [
            "Rubio’s comments came on Sunday, The Hill reported.",
            "The Washington Times reports Beck will endorse Ted Cruz at a rally.",
            "Bankers got bonuses every three months, The Wall Street Journal reports.",
            "A claim the debt is higher than city reports say it is could support the cuts."
        ] => [["the Hill"], ["the Washington Times"], ["the Wall Street Journal"], []];
        new_opens_a_known_place_in_a_name: [
            "The New York Post reports that her team avoided the emergency room."
        ] => [["the New York Post"]];
        name_with_an_organisation_appositive_is_an_organisation: [
            "Metrovias, the private firm which runs the five tube lines, has offered an 8% increase. The firm promised no jobs would be lost."
        ] => [["Metrovias"]];
        quote_signed_after_a_dash: [
            "“He represents our greatest shame.” ― Sonya Herridge “During the debate he said terrible things.”"
        ] => [["Sonya Herridge"]];
        single_quoted_subhead_continues_nobody: [
            "“We are ready,” Jane Smith told reporters.",
            "‘Pretty cool working there.’"
        ] => [["Jane Smith"], []];
        agent_of_a_passive_report_speaks: [
            "Tinder’s ban of Ms. Gedrich was first reported by BuzzFeed."
        ] => [["BuzzFeed"]];
        participle_after_a_noun_modifies_it: [
            "Nancy Pelosi often quotes Abraham Lincoln saying public sentiment is everything."
        ] => [["Nancy Pelosi"]];
        fired_back_reports_speech: [
            "“They are here for free stuff,” Bennett shot back with a laugh.",
            "The board fired the manager that week."
        ] => [["Bennett"], []];
        object_of_a_verb_is_not_the_participle_subject: [
            "Warren appeared with MSNBC’s Rachel Maddow and officially endorsed Clinton, saying, “I think she is ready.”"
        ] => [["Warren"]];
        several_openers_before_the_clause_subject: [
            "In June 2009, after Clinton suffered a concussion, Axelrod emailed her, telling her, “you are an all-star.”"
        ] => [["Axelrod"]];
        verb_after_and_shares_the_subject_before_a_colon: [
            "Donald Trump gestured as if to stop the ruckus, then leaned in and boomed: “Let’s defeat her in November.”"
        ] => [["Donald Trump"]];
        two_word_transcript_label_is_a_person: [
            "JAKE TAPPER: Donald Trump released a video on Friday.",
            "TAPPER: Do you think he has campaigned as a healer?"
        ] => [["Jake Tapper"], ["Jake Tapper"]];
        quote_then_any_verb_then_name: [
            "Donald Trump spoke after the speech.",
            "“What sport is he talking about? Is Obama profiling?” reacted Trump."
        ] => [[], ["Donald Trump"]];
        pronoun_in_an_opening_phrase_means_the_subject_after_it: [
            "Tesla posted a video to its Twitter feed.",
            "In conducting what it called a “thorough, expansive process,” Tesla has named two directors."
        ] => [[], ["Tesla"]];
        it_is_a_body_not_a_phrase_of_people: [
            "“The best sleigh!” was the response of one jolly viewer.",
            "It said the plan would go ahead."
        ] => [["one jolly viewer"], []];
        continuing_to_say_is_saying: [
            "Hillary Clinton is continuing to insist she will release the transcripts."
        ] => [["Hillary Clinton"]];
        calling_something_the_superlative_is_speech: [
            "Malcolm Gibson testified on Monday.",
            "He also called the stop the single clearest reference point at the intersection."
        ] => [[], ["Malcolm Gibson"]];
        quote_sentence_closing_a_paragraph_about_the_speaker: [
            "“Overdoses were common,” said Dave Martell.",
            "But early on, he did have patients die, and became aware of the risks. “When somebody dies, especially somebody young, you tend to remember that.”"
        ] => [["Dave Martell"], ["Dave Martell"]];
        writing_for_a_publication_is_a_job: [
            "Scott Barlow, Globe Investor’s in-house market strategist, writes exclusively for our subscribers at Inside the Market."
        ] => [[]];
        quantity_of_a_group_speaks: [
            "Half of Vermont Democrats said they want the next president to be more liberal.",
            "More than half of Americans said the economy was fine.",
            "More than half, 52 percent, said they would vote.",
            "For some, the losses would outstrip the gains, said Batchelder.",
            "Rates would rise, but for some, the losses would outstrip the gains, said Batchelder."
        ] => [["Half of Vermont Democrats"], ["half of Americans"], ["half"], ["Batchelder"], ["Batchelder"]];
        lone_surname_of_a_person_named_in_full: [
            "Chelsea Clinton spoke on Monday.",
            "Clinton, 35, the daughter of Bill Clinton, said she was expecting.",
            "“This is dangerous,” said Clinton campaign manager Robby Mook."
        ] => [[], ["Chelsea Clinton"], ["Robby Mook"]];
        name_with_a_party_tag_after_an_opening_phrase: [
            "On Tuesday, Gov. John Kasich (R-OH), said, “I’m getting ready.”",
            "The panel’s chairman, Greg Walden (R-Ore.), says he is working on it.",
            "John Kasich (R-OH), said, “We are ready.”"
        ] => [["John Kasich"], ["Greg Walden"], ["John Kasich"]];
        shared_subject_past_a_party_tag: [
            "WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed the attack — something that has thrown the GOP into chaos — and said it was the same thing.",
            "Special Broadcasting Service (SBS) reporter Scott McIntyre took to Twitter and wrote: “Remember them.”"
        ] => [["Chuck Grassley"], []];
        group_speaks_across_an_including_phrase: [
            "Several candidates, including Trump, said the United States should refuse them.",
            "Intelligence officials — including NSA Director Adm. Michael Rogers — have long argued that it is possible.",
            "Several senators, including Sen. Bob Corker, said it was wrong."
        ] => [["Several candidates"], ["Intelligence officials"], ["Several senators"]];
        block_quote_after_a_colon: [
            "A slump is coming",
            "In a blog post on Monday, John Smith writes:",
            "The economy is in trouble and the central bank has done nothing about it for years.",
            "That is a strong claim.",
            "The plan has three parts:",
            "Taxes rise, spending falls and the deficit closes by 2030.",
            "Mary Jones said in a statement:",
            "Her lawyer, Tom Brown, said they would appeal."
        ] => [[], ["John Smith"], ["John Smith"], [], [], [], ["Mary Jones"], ["Tom Brown"]];
        block_quote_after_a_colon_only_when_it_reads_as_words: [
            "A slump is coming",
            "Mary Jones wrote on Twitter:",
            "Mary Jones speaks at a rally in Ohio on Monday. (AP Photo/John Doe)",
            "The economy is in trouble and the bank has done nothing.",
            "John Smith said in a statement:",
            "Where it will happen:",
            "The report, which John Smith said was flawed, found the following:",
            "The economy is in trouble and the bank has done nothing.",
            "Mark Regnerus quoted Professor Kathleen Vohs’ opinion on the subject:",
            "Nowadays, young men can skip the hard work of courting.",
            "This was foreseen by George Orwell, who wrote in 1946:",
            "The decline of a language must ultimately have political and economic causes."
        ] => [[], ["Mary Jones"], [], [], ["John Smith"], [], ["John Smith"], [], ["Mark Regnerus"], [], ["George Orwell"], ["George Orwell"]];
        holder_of_a_role_at_a_body_a_title_noun_names: [
            "The former chief financial officer at US telecoms firm WorldCom has admitted that he used to lie.",
            "Julie Archer of the watchdog West Virginia Citizen Action Group said the process works.",
            "A survey conducted by the polling firm PerryUndem found that most voters agreed.",
            "Russian oil firm Yukos said it would appeal."
        ] => [["the former chief financial officer at WorldCom"], ["Julie Archer"], ["PerryUndem"], ["Yukos"]];
        publication_a_document_appeared_in: [
            "The Sunday Telegraph said the plan would fail.",
            "But another report in the Sunday Telegraph claims Mr Milburn is unwilling to move.",
            "A 2007 study in PNAS found that early action saved lives.",
            "A report in Washington said the plan would fail."
        ] => [["the Sunday Telegraph"], ["the Sunday Telegraph"], ["PNAS"], []];
        titled_name_renaming_whom_a_spokesman_is_for: [
            "A spokesman for the panel's chairman, Sen. Chuck Grassley (D-Iowa), slammed the decision.",
            "A spokesman for the governor, Bob Jones, said it was wrong.",
            "The head of the committee, Sen. Bob Corker, said it was wrong.",
            "A lawyer for the president, former New York Mayor Rudy Giuliani, said the case was closed.",
            "A spokeswoman for the governor, Press Secretary Jane Doe, said it was wrong."
        ] => [["a spokesman for the panel's chairman"], ["Bob Jones"], ["Bob Corker"], ["Rudy Giuliani"], ["Jane Doe"]];
        typewriter_doubles_closing_a_nested_single_quote: [
            "''Voters will not take 'We'll bomb them,''' said Senator John McCain of Arizona."
        ] => [["John McCain"]];
        name_before_quoted_words_opens_them: [
            "Jeb Bush spoke in Manchester on Monday.",
            "Michael Raccio, 21, another student, said Bush “really impressed me,” but he would back Cruz.",
            "“My heart is broken,” said Commissioner Albert Gamez Jr. “We never think it can happen here.”",
            "“We lost,” said Jane Smith “but we will be back next week.”",
            "The crowd cheered, said Jane Smith “and then it went quiet.”"
        ] => [[], ["Michael Raccio"], ["Albert Gamez Jr."], ["Jane Smith"], ["Jane Smith"]];
        shared_subject_past_whom_it_is_for: [
            "A spokesman for Platte River declined to address the report but said the firm did nothing wrong.",
            "Aides to Mr. Obama have spent days managing expectations, and by acknowledging that the system will have problems.",
            "Sen. Mike Lee, Utah Republican and a member of the tea party caucus, said the victory was fleeting and argued that most Americans disliked the law."
        ] => [["a spokesman for Platte River"], ["Aides to Obama"], ["Mike Lee"]];
        person_named_by_initials_across_two_appositives: [
            "Just last week, J.J. Goldberg, editor at large of The Forward, an influential newspaper, wrote, “We should think of the war.”"
        ] => [["J.J. Goldberg"]];
        speech_act_with_a_plain_object: [
            "Mr Bell expressed concern about schools that did not teach enough.",
            "Stephen Pound echoed the message at the rally.",
            "Unilever also cited difficult trading conditions.",
            "Dr Taylor described the level of action as too little, too late.",
            "Democrats mocked by the president have stayed silent.",
            "Pelosi hailed as a success the vote on Friday.",
            "Concerns expressed at the meeting were ignored by the board.",
            "Jane Smith hails from Texas and moved to Ohio.",
            "The Senate confirmed on Tuesday a new inspector general."
        ] => [["Bell"], ["Stephen Pound"], ["Unilever"], ["Taylor"], [], ["Pelosi"], [], [], ["the Senate"]];
        headline_participle_before_as_is_a_passive: [
            "Woman hailed as hero after taking bullets to protect rabbi",
            "The woman died on Saturday. A drug Dr Ann Smith touted as a cure was withdrawn."
        ] => [[], ["Ann Smith"]];
        subject_before_the_agent_of_a_participle: [
            "Analysts polled by Reuters said the economy would grow.",
            "Economists surveyed by Bloomberg expect growth, and officials quoted by the newspaper said the plan was dead.",
            "A source quoted by the Times said the deal was off.",
            "A statement released by the campaign said the claims were false.",
            "A Washington Post oped by election experts cited a study.",
            "Supporters of Bernie Sanders interviewed by the newspaper said they would vote."
        ] => [["Analysts"], ["officials"], ["a source"], ["the campaign"], ["election experts"], ["Supporters of Bernie Sanders"]];
        with_name_participle_speaks: [
            "The conversation ended with Rachel Maddow asking Clinton whether she would run."
        ] => [["Rachel Maddow"]];
        verb_of_a_subordinate_clause_takes_no_next_quote: [
            "“I’m satisfied with his response,” Hooton said after Marco Rubio spoke. “My biggest concern is the criminals.”"
        ] => [["Hooton"]];
        person_for_an_outlet_is_the_person: [
            "“The impact of Monday’s debate is still small,” wrote Cameron Easley for Morning Consult."
        ] => [["Cameron Easley"]];
        thanking_someone_for_is_not_inversion: [
            "Kerry Washington, star of television’s “Scandal,” thanked Obama for “taking these steps to make us safer.”"
        ] => [["Kerry Washington"]];
        an_organisation_written_with_the_keeps_it_by_acronym: [
            "The Parliamentary Budget Officer (PBO) released a valuation on Thursday.",
            "But the PBO added the caveat that the range assumes the pipeline will be built on time."
        ] => [[], ["the Parliamentary Budget Officer"]];
        a_verb_after_a_pronoun_is_no_plural_noun: [
            "Mary Smith runs the lab. She notes the plan has flaws."
        ] => [["Mary Smith"]];
        short_transcript_line_speaks: [
            "Chris Wallace moderated the debate.",
            "WALLACE: Senator, your response?"
        ] => [[], ["Chris Wallace"]];
        short_frame_after_a_full_stop_in_a_quote: [
            "“It goes well.” Jane Smith added."
        ] => [["Jane Smith"]];
        wrote_for_an_outlet_after_a_quote_is_speech: [
            "“The plan is a disaster,” Jane Doe wrote for Politico."
        ] => [["Jane Doe"]];
        today_in_a_name_is_no_time: [
            "USA Today reported that the plan had failed badly."
        ] => [["USA Today"]];
        quoted_title_before_a_verb_is_no_speech: [
            "The book “The Art of the Deal” inspired Donald Trump."
        ] => [[]];
        where_it_was_said_may_name_the_outlet: [
            "Donald Trump in an interview on Fox said the plan was dead."
        ] => [["Donald Trump"]];
        adverb_now_between_subject_and_cue: [
            "Mayor Jane Walker spoke in March.",
            "Walker now says she was denied a permit."
        ] => [[], ["Jane Walker"]];
        particle_undoes_cue: [
            "Cruz said Rubio will continue to be “a champion for opportunity.”",
            "The committee has written off efforts by the delegates.",
            "Thanks to his method, Braynard boasted that he was right."
        ] => [["Cruz"], [], ["Braynard"]];
        agent_who_obtained_a_document_is_no_speaker: [
            "A letter from the union obtained by The Associated Press warns that “any further talks will be through our attorney.”"
        ] => [[]];
        short_acronym_only_in_capitals: [
            "Donald Trump Is Now Calling Obama The ‘Most Valuable Player’ For ISIS.",
            "“They will fight,” the IS commander said."
        ] => [[], ["the IS commander"]];
        body_role_after_the_cue: [
            "“It is over,” said a Department of Homeland Security spokeswoman.",
            "“It is late,” said a Google spokesman, adding that it would be fixed."
        ] => [["a Department of Homeland Security spokeswoman"], ["a Google spokesman"]];
        role_introduced_without_a_name: [
            "One now-retired agent said the director was tough.",
            "“He is the guy I know,” the agent said.",
            "“It is over,” the rookie defenceman said."
        ] => [["One now-retired agent"], ["the agent"], []];
        two_word_rubric_is_no_transcript_label: [
            "SEE ALSO: Obama talks tough on trade and jobs.",
            "JAKE TAPPER: Thank you, senator, for that."
        ] => [[], ["Jake Tapper"]];
        missing_space_after_full_stop: [
            "The money was raised, according to the Post.The campaign is strong."
        ] => [["the Post"]];
        coordinated_subjects_both_speak: [
            "Bill Clinton and Attorney General Loretta Lynch insisted the meeting was social.",
            "Joseph Uscinski and Arthur Simon found that most people agree.",
            "The report, by Mary Smith and the agency, said little."
        ] => [["Loretta Lynch", "Bill Clinton"], ["Arthur Simon", "Joseph Uscinski"], []];
        coordinated_speakers_after_the_cue: [
            "“We will appeal,” said Mary Smith and Attorney General Loretta Lynch on Monday.",
            "“We will appeal,” said Mary Smith and her husband."
        ] => [["Mary Smith", "Loretta Lynch"], ["Mary Smith"]];
        they_is_the_plural_subject_before_it: [
            "Democrats backed the bill. They say it will pass.",
            "The tobacco companies lost the case. They also say they have already met the rules.",
            "Smith met the voters on Monday."
        ] => [["Democrats"], ["the tobacco companies"], []];
        the_firm_is_a_business_not_its_regulator: [
            "The Securities and Exchange Commission is investigating Marsh & McLennan, the firm has said."
        ] => [["Marsh & McLennan"]];
        headline_signed_after_a_dash: [
            "UK heading wrong way - Howard",
            "Michael Howard spoke on Monday.",
            "Apple launches new iPod - report"
        ] => [["Michael Howard"], [], []];
        name_typed_by_its_context: [
            "“It is a scandal,” said Christopher Hill, who led the U.S. delegation.",
            "“It is good,” commented Broadreach chief executive Magnus McEwen-King."
        ] => [["Christopher Hill"], ["Magnus McEwen-King"]];
        group_of_a_name_is_the_subject: [
            "Tory delegates cheered, declaring the party was back.",
            "Bernie Sanders’s supporters gathered, arguing that he won."
        ] => [["Tory delegates"], ["Bernie Sanders's supporters"]];
        confirming_a_post_is_no_statement: [
            "The Senate on Monday confirmed a U.S. ambassador to South Korea.",
            "Police confirmed the report on Monday.",
            "Polling suggests the race is tight."
        ] => [[], ["Police"], []];
        setup_paragraph_subject_speaks_next: [
            "Sen. Rand Paul said Clinton was a problem. “She is unfit,” Paul said.",
            "Rep. Bill Huizenga didn't go as far as Paul in a Wednesday radio interview.",
            "“It will taint her reputation,” he said."
        ] => [["Rand Paul"], [], ["Bill Huizenga"]];
        short_name_refers_back: [
            "Kim Jong Un met Trump in Singapore on Tuesday.",
            "Kim said the talks went well.",
            "Sung Kim, the U.S. ambassador to the Philippines, led the talks.",
            "Kim said he was tired."
        ] => [[], ["Kim Jong Un"], [], ["Sung Kim"]];
        one_speaker_whatever_the_article_case: [
            "The bank said prices rose. Later the bank said they fell."
        ] => [["the bank"]];
        parenthetical_frame_reports_the_words_before: [
            "Bernie Sanders spoke in Iowa on Monday.",
            "Ordinary workers were forced to pay, he claimed, while the rich got richer.",
            "This sort of opining, CNN claimed, violates its code."
        ] => [[], ["Bernie Sanders"], ["CNN"]];
        possessive_speech_noun_past_an_aside: [
            "Trump's claim, in a tweet shortly after he met Kim, that “there is no longer a threat” was wrong.",
            "Trump's claim, which he repeated"
        ] => [["Trump"], []];
        speaking_to_someone_says_nothing: [
            "Fox News spoke to Dr. Albert Rizzo on Monday.",
            "Smith spoke to reporters about the plan.",
            "Pompeo spoke on Monday, despite saying last week that the U.S. hopes to see progress."
        ] => [[], ["Smith"], ["Pompeo"]];
        it_is_a_body_never_a_plural: [
            "The Sri Lanka Banks Association said on Monday that lending fell. State-owned lenders may be even worse hit, it said."
        ] => [["the Sri Lanka Banks Association"]];
        it_goes_on_with_the_subject_of_the_sentence_before: [
            "The EFF, representing the reporters, has asked the court to stop Apple pursuing the sources. It argues that the journalists are protected."
        ] => [["EFF"]];
        it_goes_on_with_a_body_that_spoke_in_the_paragraph: [
            "Umbro, the sportswear firm, reported its first results since listing on the London Stock Exchange on Monday, saying sales grew. It said a new range had boosted sales."
        ] => [["Umbro"]];
        it_opening_a_paragraph_goes_on_with_the_last_subject_before: [
            "Vodafone is the latest shareholder in Deutsche Boerse to express concern at its plans to buy the London Stock Exchange.",
            "It said Deutsche Boerse had to show why the offer was good for shareholders."
        ] => [[], ["Vodafone"]];
        it_goes_with_a_body_of_its_own_sentence_first: [
            "Barclays raised its forecast. Shares in Vodafone surged after it said profits rose."
        ] => [["Vodafone"]];
        it_is_not_a_name_in_a_list_nor_a_modifier: [
            "The Electoral Commission urges parties to seek small donations. It also suggests funding for parties in the House of Commons, European Parliament or Welsh Assembly. And it suggests new ways of boosting turnout.",
            "Microsoft said it would sell TiVo services. The TiVo To Go service lets people take programmes with them. It also said it had launched a service with MTV."
        ] => [["the Electoral Commission"], ["Microsoft"]];
        it_is_no_body_its_own_sentence_names_after_it: [
            "Google lost a case brought by the European Commission.",
            "It argued that Google had abused its dominance in search."
        ] => [[], ["European Commission"]];
        a_body_that_spoke_just_before_outranks_that_sentences_subject: [
            "But IPTV could be used for home-monitoring too, says BT. It even suggests that it could reach homes with no computer."
        ] => [["BT"]];
        a_common_word_that_speaks_of_himself_is_a_person: [
            "But Parry, speaking to BBC Sport, also admits Gerrard will have the final say on his future. He told BBC Five Live: “Steven is above money.”",
            "Apple said its sales rose. It told investors that profits would grow.",
            "Police said he was arrested on Monday."
        ] => [["Parry"], ["Apple"], ["Police"]];
        bodies_speak_by_their_nouns_plurals_too: [
            "The Countryside Alliance has campaigned against the ban. The alliance says the law is unworkable.",
            "The MPAA has sued 100 people. The industry body also said it would sue more.",
            "The church should apologise, a clergyman has said.",
            "Green groups say the plan is bad.",
            "The plan is unworkable, said the panel.",
            "The companies said the plan was bad.",
            "According to state statistics body INSEE, growth was 0.7%.",
            "Wilson didn't label Kelly a racist but claimed that others are."
        ] => [
            ["Countryside Alliance"],
            ["the industry body"],
            ["a clergyman"],
            ["Green groups"],
            ["the panel"],
            ["the companies"],
            ["INSEE"],
            ["Wilson"]
        ];
        a_title_that_is_a_first_name_after_a_title_is_the_name: [
            "Sen. Dean Heller, R-Nev., said the plan is bad.",
            "US Davis Cup assistant Dean Goldfine said talks had taken place.",
            "Law school Dean Erwin Chemerinsky said the plan is bad.",
            "Lady Boothroyd said she believed it was unacceptable.",
            "Assistant Dean John Smith said the rules had changed."
        ] => [["Dean Heller"], ["Dean Goldfine"], ["Erwin Chemerinsky"], ["Boothroyd"], ["John Smith"]];
        the_pronoun_i_is_no_name: [
            "Using Wildavsky I predicted that the plan would fail.",
            "Using Aaron Wildavsky I predicted that the plan would fail.",
            "When I mention this, Jaime Harrison takes a serious tone.",
            "Queen Elizabeth I said that England would win.",
            "Emperor Haile Selassie I said the league had failed."
        ] => [[], [], [], ["Elizabeth I"], ["Haile Selassie I"]];
        said_to_be_is_said_of_not_by: [
            "Shares in both companies said to be in talks rose sharply.",
            "A 20-year-old man said to have harbored Nazi sympathies was arrested.",
            "Mr. DeSantis, a key Trump ally, vowed to be “methodical” in the months ahead.",
            "Veselnitskaya claimed to have “information” about the campaign."
        ] => [[], [], ["DeSantis"], ["Veselnitskaya"]];
        a_court_holds_only_that: [
            "The Supreme Court held that the law was constitutional.",
            "The Washington Supreme Court held she violated the state's law.",
            "The Sanders campaign held an online \"summer school\" for students.",
            "Protesters held signs reading, “Hold a real town hall.”",
            "“We have never suggested that the President has an immunity,” the Court held."
        ] => [["the Supreme Court"], ["the Washington Supreme Court"], [], [], ["the Court"]];
        an_example_in_a_list_is_not_it: [
            "Shell said profits rose. It faces rivals such as Procter & Gamble and Colgate in Asia.",
            "The company also said it planned to cut jobs."
        ] => [["Shell"], ["Shell"]];
        a_publication_or_a_maker_speaks_by_its_noun: [
            "\"We included only items that were mobile,\" said the magazine.",
            "The German carmaker said sales fell.",
            "The Bill & Melinda Gates Foundation gave $10 million.",
            "The foundation said it would pay."
        ] => [["the magazine"], ["the German carmaker"], [], ["Bill & Melinda Gates Foundation"]];
        headline_verb_reports_a_stance: [
            "Pence Endorses Paul Ryan With Trump’s Blessing.",
            "Mike Pence spoke on Monday. Pence endorses Paul Ryan."
        ] => [["Mike Pence"], []];
        headline_plain_verb_needs_a_plural_subject: [
            "Dems hope Trump’s behavior will help them regain Senate.",
            "Democrats met in Ohio."
        ] => [["Dems"], []];
        headline_verb_in_title_case_may_be_past: [
            "Kasich Just Revealed The 1 Thing He Thinks The GOP Will Do",
            "John Kasich spoke in Ohio."
        ] => [["John Kasich"], []];
        headline_noun_is_no_verb: [
            "Henman hopes ended in Dubai",
            "Tim Henman lost on Monday."
        ] => [[], []];
        headline_past_form_is_a_passive: [
            "Apple attacked over sources row",
            "Apple makes computers."
        ] => [[], []];
        headline_object_is_no_subject: [
            "Bryan twins keep US hopes alive",
            "The twins won on Monday."
        ] => [[], []];
        headline_lone_common_word_is_no_name: [
            "Row threatens Hendrix museum plan",
            "The museum opened in 2001."
        ] => [[], []];
        headline_verb_of_another_sense: [
            "Ireland call up uncapped Campbell",
            "Ireland play on Sunday."
        ] => [[], []];
        pronoun_is_not_a_name_its_clause_gives_after_it: [
            "Sean Hannity asked Donald Trump about the wall.",
            "“It will be tall,” he told Hannity.",
            "Pope Francis met Sean Hannity in Rome.",
            "“It was a good talk,” he told Hannity."
        ] => [["Sean Hannity"], ["Donald Trump"], [], ["Francis"]];
        pronoun_after_as_is_the_main_clause_subject: [
            "Sean Hannity asked: “Will you build it?”",
            "Donald Trump rode the will of the crowd as he replied."
        ] => [["Sean Hannity"], ["Donald Trump"]];
        role_before_a_name_after_the_cue_is_the_names: [
            "“It is the only reason,” said poll respondent Madison Jones, a retiree.",
            "“It is good,” said report author Mary Madden.",
            "The US has also announced that 48-year-old Australian Mamdouh Habib, previously accused, will be released."
        ] => [["Madison Jones"], ["Mary Madden"], ["United States"]];
        courtesy_title_without_full_stop_opens_a_name: [
            "Tony Blair spoke on Monday.",
            "His wife Cherie Blair was there.",
            "The plan was rejected by Mr Blair, who said: “We have not broken it.”",
            "But a spokesman for Mr Prescott warned that the changes would go ahead."
        ] => [[], [], ["Tony Blair"], ["a spokesman for Prescott"]];
        surname_written_first_keeps_its_bearer: [
            "Wang Yan heads the review.",
            "Mr Wang said his team may act."
        ] => [[], ["Wang Yan"]];
        titled_person_of_a_place_and_closing_speaker: [
            "“It needs to be removed,” said Mr Skeens of Brownsville.",
            "Although Mr Jacobsen, 21, managed to get hold of some data, it is thought he failed to get card numbers, said Mr Dobrow.",
            "According to response statistics gathered by Netcraft many visiting the store in the wake of Mr Jobs’ speech waited."
        ] => [["Skeens"], ["Dobrow"], ["Netcraft"]];
        a_pronoun_after_a_later_generations_first_name: [
            "Conservative co-chairman Liam Fox derided the photo call, saying: \"It was the worst acting since Cell Block H.\" Labour had broken promises, he said."
        ] => [["Liam Fox"]];
        lone_surname_takes_no_gender_from_a_first_name_list: [
            "Andrea Arnold won the prize.",
            "“It is wonderful,” Arnold said.",
            "Mr Wilson, who is friends with his daughter Natalie, who he says asked for his help, spoke."
        ] => [[], ["Andrea Arnold"], ["Wilson"]];
        a_document_describing_a_person_has_no_author: [
            "“I see this poll,” said J. Ann Selzer, whose firm conducted the poll.",
            "“He has experience,” said Travis Underwood, a poll respondent who backs Biden.",
            "“It is the only reason,” said poll respondent Madison Jones.",
            "According to the poll, 25 percent now say Sanders is their first choice."
        ] => [["J. Ann Selzer"], ["Travis Underwood"], ["Madison Jones"], ["J. Ann Selzer"]];
        capitals_ms_is_no_courtesy_title: [
            "“We will fight on,” said MS Society head Jane Doe."
        ] => [["Jane Doe"]];
        a_title_prefers_the_bearer_of_its_gender_else_any: [
            "Mr Jo Smith met Mary Smith.",
            "Jo Smith said so.",
            "Mr Smith said it again."
        ] => [[], ["Jo Smith"], ["Jo Smith"]];
        a_bodys_kind_before_its_name: [
            "Ratehub Inc. sells ads.",
            "Magazines will make up 2.2 per cent of ad spending, according to media buying company GroupM."
        ] => [[], ["GroupM"]];
        anonymous_source_is_described_whole: [
            "A person familiar with the talks said the deal was close.",
            "The deal was close, according to people familiar with the matter.",
            "Two officials with knowledge of the talks said it was over."
        ] => [["a person familiar with the talks"], ["people familiar with the matter"], ["Two officials with knowledge of the talks"]];
        an_abbreviated_title_holds_its_role: [
            "Gov. Nathan Deal vetoed the bill on Monday.",
            "State Sen. Josh McKoon criticized the veto.",
            "The governor said earlier that he would reject any such measure."
        ] => [[], ["Josh McKoon"], ["Nathan Deal"]];
        appositive_left_open_before_the_verb: [
            "Theodore Karasik, director of research at the Institute for Gulf Military Analysis in Dubai told Bloomberg the war was over.",
            "Sen. Chuck Schumer, D-N.Y., who was among those calling for his deportation told ABC News the U.S. is “no place for a war criminal.”",
            "Serena Williams, who won her fourth consecutive grand slam at the 2003 Australian Open, was drawn in the bottom quarter."
        ] => [["Theodore Karasik"], ["Chuck Schumer"], []];
        a_role_named_after_its_owner: [
            "A spokesman for House Minority Leader Nancy Pelosi blamed the hack on Russia.",
            "“It is a plan,” said Mr. Rubio’s spokesman, Alex Conant.",
            "“It is a plan,” said Mr. Rubio’s spokesman.",
            "Association of Chief Police Officers president Chris Fox said the power was weak."
        ] => [["a spokesman for Nancy Pelosi"], ["Alex Conant"], ["Rubio's spokesman"], ["Chris Fox"]];
        two_particles_inside_a_name: [
            "“A teenager is dead,” said prosecutor Bernie de la Rionda.",
            "Rionda said it again.",
            "Ursula von der Leyen said the plan was good."
        ] => [["Bernie de la Rionda"], ["Bernie de la Rionda"], ["Ursula von der Leyen"]];
        state_before_a_noun_is_no_cue: [
            "South Korean intelligence and North Korean state media reports suggest that Kim could have suffered, said Du Hyeogn Cha.",
            "Kevin Haley spoke on Monday. He states however, that the threats have grown."
        ] => [["Du Hyeogn Cha"], ["Kevin Haley"]];
        office_of_the_body: [
            "On Wednesday, the Office of the Independent Police Review Director slammed the police as rife with racist attitudes."
        ] => [["the Office of the Independent Police Review Director"]];
        portfolio_before_holder: [
            "Minister of Foreign Affairs Chrystia Freeland said the talks would resume.",
            "Secretary of Health and Human Services Alex Azar told reporters that the plan was sound."
        ] => [["Chrystia Freeland"], ["Alex Azar"]];
        post_serving_a_name: [
            "Last week, former Deputy Campaign Manager for Barack Obama, Stephanie Cutter, openly admitted she was in the meetings."
        ] => [["Stephanie Cutter"]];
        pronoun_after_lowercase_role_subject: [
            "In his first rally since Special Counsel Robert Mueller ended his inquiry, President Trump took the stage.",
            "Retired cabinet maker Ron Smith, 51, was one of the supporters who arrived early. He told the Detroit News that he had come for the music."
        ] => [[], ["Ron Smith"]];
        caption_between_speaker_and_pronoun: [
            "“Some ask, why not take more time?” Jerry Nadler asked.",
            "House Judiciary Committee ranking member Doug Collins delivers opening remarks in Washington, D.C. Chip Somodevilla/Getty Images",
            "He also delivered a message to Republicans: “You still have a choice,” he said."
        ] => [["Jerry Nadler"], [], ["Jerry Nadler"]];
        generational_suffix_keeps_surname: [
            "Chief Justice John G. Roberts Jr. wrote the opinion.",
            "Roberts said the law was clear.",
            "Martin Luther King Jr. spoke in 1963. King said he had a dream."
        ] => [["John G. Roberts Jr."], ["John G. Roberts Jr."], ["Martin Luther King Jr."]];
        junior_is_not_his_father: [
            "Donald Trump Jr. met the lawyer in June, and President Donald Trump said nothing.",
            "Donald Jr. said the meeting was short.",
            "Trump said it was fine.",
            "Trump Jr. said it was over."
        ] => [["Donald Trump"], ["Donald Trump Jr."], ["Donald Trump"], ["Donald Trump Jr."]];
        junior_named_after_his_father_surname: [
            "President Trump said the report was a total exoneration.",
            "His son Donald Trump Jr. met a Russian lawyer in 2016.",
            "Mr. Trump said the meeting was legal."
        ] => [["Trump"], [], ["Trump"]];
        titled_surname_is_not_the_junior: [
            "Donald Trump Jr. met a Russian lawyer in 2016.",
            "President Trump said the meeting was legal.",
            "Mr. Trump also said it was short.",
            "Attorney General Eric H. Holder Jr. spoke later. Mr. Holder said no."
        ] => [[], ["Trump"], ["Trump"], ["Eric H. Holder Jr."]];
        suffix_after_comma: [
            "The ruling came on Thursday, after a long fight in the courts over the new rules for the state.",
            "Donald Trump, Jr., touted the move on Twitter as “a big momentous day!”",
            "Oh, you bet Donald Trump, Jr. responded: no."
        ] => [[], ["Donald Trump Jr."], ["Donald Trump Jr."]];
        listed_and_according_to_subjects: [
            "John Smith, Jane Doe and Bob Brown said the bill would pass.",
            "According to Ann Lee and Tom Green, the bill will fail.",
            "On stage were Mr. Kasich, Mr. Huckabee, Mr. Christie and Sen. Rand Paul, who vowed to lead a filibuster."
        ] => [["Bob Brown", "Jane Doe", "John Smith"], ["Ann Lee", "Tom Green"], ["Rand Paul"]];
        pair_before_relative_clause: [
            "Amanda Lopez and Travis Tilghman, who were visiting from California, said they were thrilled."
        ] => [["Travis Tilghman", "Amanda Lopez"]];
        body_noun_finds_its_body: [
            "The Justice Department said it would appeal the ruling, and General Motors said it would not.",
            "The department later said the appeal was filed."
        ] => [["the Justice Department", "General Motors"], ["Justice Department"]];
        clause_before_inverted_cue_is_no_appositive: [
            "If bottlenecks build up at the borders, EU citizens will eventually get fed up, said Rhinard, of the Swedish Institute of International Affairs.",
            "The Shadow Secretary of State for the Family, Theresa May, said: \"These plans were announced in December.\""
        ] => [["Rhinard"], ["Theresa May"]];
        name_before_role_modifies_the_later_name: [
            "\"Lump in throat,\" said Florida GOP operative Ryan Duffy.",
            "\"Bernie is running a great campaign,\" said longtime Clinton ally Paul Begala, who now advises a super PAC."
        ] => [["Ryan Duffy"], ["Paul Begala"]];
        clause_or_phrase_after_cue_is_no_nominal_speaker: [
            "State Department corrects Obama, says Egypt is an ally of the United States in the region",
            "Critics say the group is secretive. Asked if she was a member of the group, Ms Kelly said: \"I do have support.\""
        ] => [[], ["Critics", "Kelly"]];
        noun_phrase_end_before_next_quote_is_no_speaker: [
            "At present, the fuel used by airlines is untaxed in EU member states. \"Of course we applaud humanitarian initiatives,\" said Ulrich Schulte-Strathaus."
        ] => [["Ulrich Schulte-Strathaus"]];
        as_role_name_puts_it: [
            "“The ‘anti’ in ‘antitrust’ has been discarded,” as the legal scholar Tim Wu puts it in his new book.",
            "California has already reached its target. As the Los Angeles Times reported, it has \"hit its target.\"",
            "The dream appears to have found its nemesis not in censorship, as some early Web pioneers feared, but in fake news."
        ] => [["Tim Wu"], ["the Los Angeles Times"], []];
        with_name_appositive_participle: [
            "But his surrogates tried to dispute the allegations, with former campaign manager Corey Lewandowski, now a paid contributor on CNN, telling “New Day” that he suspected the accusations were politically motivated."
        ] => [["Corey Lewandowski"]];
        role_noun_first_name_after_title: [
            "Lance Cpl. Ally Beiswanger explained that the pullup test had been put off until next year."
        ] => [["Ally Beiswanger"]];
        role_before_appositive_holder_after_cue: [
            "\"Trump is telling it like it really, truly is,\" said the state's former governor, Jan Brewer, who met him in Phoenix.",
            "Mexico plans to maintain its current policies on asylum, said the country’s foreign minister, Marcelo Ebrard."
        ] => [["Jan Brewer"], ["Marcelo Ebrard"]];
        role_in_or_with_a_body: [
            "\"We are ready,\" an official in President Moon's administration said.",
            "Officials with the meat processors said the plants would stay open."
        ] => [["an official in President Moon's administration"], ["Officials with the meat processors"]];
        known_body_with_and_in_its_name: [
            "An official with U.S. Customs and Border Protection told the Monitor that numbers fell.",
            "A spokesman for Immigration and Customs Enforcement said the raids would go on."
        ] => [["an official with U.S. Customs and Border Protection"], ["a spokesman for Immigration and Customs Enforcement"]];
        post_in_a_named_body_is_no_epithet: [
            "With the southwest border experiencing a surge in migrants, this West Texas city of El Paso has become ground zero for the crisis.",
            "The commissioner of Customs and Border Protection said the system had reached a breaking point.",
            "The head of the Securities and Exchange Commission said the rule would stand."
        ] => [[], ["the commissioner of Customs and Border Protection"], ["the head of the Securities and Exchange Commission"]];
        post_in_a_named_body_may_be_the_titled_subject: [
            "In a statement, Rep. Ed Royce, R-California, called the attack the latest demonstration of a growing radical movement.",
            "\"They have been conducting regular kidnappings for years,\" the chairman of the House Foreign Affairs Committee said."
        ] => [["Ed Royce"], ["Ed Royce"]];
        capacity_after_said_as_is_no_speaker: [
            "Air Force Gen John Hyten, said as head of the US Strategic Command he provided advice to a president."
        ] => [[]];
        state_before_a_title_is_no_cue: [
            "New Jersey was the second worst hit US state, and hospitals there filled up quickly in the spring.",
            "\"People thought there were going to be laws surrounding it,\" said Washington state Republican Sen. Ann Rivers.",
            "Another Graham opponent, state Sen. Lee Bright, also blasted the deal: “We didn’t get anything.”",
            "Republican state Sen. Paul Bettencourt warned that the order would be costly."
        ] => [[], ["Ann Rivers"], ["Lee Bright"], ["Paul Bettencourt"]];
        dashes_set_off_a_clause: [
            "Minority Leader Nancy Pelosi -- who led the chamber when Democrats controlled the House -- accused Republicans of stalling and argued that the bill was weak.",
            "U.S. Solicitor General Noel Francisco — whose office changed sides in the case — said Ohio had the right to streamline its rolls."
        ] => [["Nancy Pelosi"], ["Noel Francisco"]];
        proclamation_and_accused_object_are_no_speech: [
            "France declared a state of emergency and beefed up border controls along its eastern frontier.",
            "Sen. Lindsey Graham, speaking on \"Fox News Sunday,\" accused Obama of \"sounding retreat.\"",
            "“Is this for real?” asked an incredulous Bob Schieffer of CBS."
        ] => [[], ["Lindsey Graham"], ["Bob Schieffer"]];
        body_in_appositive_renames_the_object_of_of: [
            "Eric Miller, the executive director of an Indiana group, Advance America, called the outcry an \"orchestrated effort.\""
        ] => [["Eric Miller"]];
        unclosed_appositive_of_capitalised_role: [
            "Theodore Karasik, a Gulf Security Analyst told Bloomberg that the deal was off.",
            "\"We currently suspect that plane is located on the ocean floor,\" Bambang Soelistyo, the head of Indonesia's National Search and Rescue Agency said."
        ] => [["Theodore Karasik"], ["Bambang Soelistyo"]];
        transcript_label_after_a_title: [
            "DR. JILL STEIN: We need a Green New Deal for the whole country.",
            "PRESIDENT DONALD TRUMP: We will win."
        ] => [["Jill Stein"], ["Donald Trump"]];
        transcript_label_before_a_role: [
            "MARA LIASSON, BYLINE: The president spoke at length on Tuesday."
        ] => [["Mara Liasson"]];
        transcript_label_of_initials: [
            "Hugh Hewitt spoke with Reince Priebus on Monday.",
            "HH: So, Mr. Priebus, what now?",
            "RP: We win."
        ] => [[], ["Hugh Hewitt"], ["Reince Priebus"]];
        transcript_line_is_the_speakers_own_words: [
            "Mary Fallin spoke to Jake Tapper on Sunday.",
            "FALLIN: I think he is trying. He talked about Dallas, and Tapper said so."
        ] => [[], ["Mary Fallin"]];
        unknown_transcript_label_ends_the_previous_speech: [
            "“We will win,” said Bob Jones.",
            "“WALLACE: Will she be there at the debate tomorrow night?”"
        ] => [["Bob Jones"], []];
        shouted_section_label_is_no_speaker: [
            "Markets fell on Tuesday after the vote in London.",
            "BREXIT VOTE: Lawmakers rejected the deal on Tuesday by a wide margin.",
            "ANALYSIS: Some experts say the rejection lowers the chance of leaving without a deal."
        ] => [[], [], ["Some experts"]];
        transcript_label_that_recurs_speaks: [
            "Welcome to the show.",
            "NERMEEN SHAIKH: An alarming new report warns of extinctions.",
            "KATE BRAUMAN: It does.",
            "NERMEEN SHAIKH: And what now?",
            "SHAIKH: Thanks."
        ] => [[], ["Nermeen Shaikh"], ["Kate Brauman"], ["Nermeen Shaikh"], ["Nermeen Shaikh"]];
        one_word_label_on_lines_of_dialogue_speaks: [
            "Partial transcript as follows:",
            "WALLACE: If I may, sir, I want to ask you about the debate.",
            "PENCE: Well, the question really should be why they invited him.",
            "WALLACE: Do you really see those two as equivalent?"
        ] => [[], ["Wallace"], [], ["Wallace"]];
        one_word_label_of_a_list_is_no_speaker: [
            "The attacks, one by one.",
            "ATTAKER: Tarek Belgacem",
            "ATTAKER: Unidentified operatives in the Sinai"
        ] => [[], [], []];
        one_word_transcript_line: [
            "Steve Doocy hosted the show.",
            "STEVE DOOCY: Sure.",
            "AMY GOODMAN: Lady Gaga urged people to sign a petition. It calls on electors to vote."
        ] => [[], ["Steve Doocy"], ["Amy Goodman"]];
        who_without_a_comma_is_the_noun_before_it: [
            "Sanders is disavowing remarks made by a campaign surrogate who said voters should leave.",
            "Critics include Paul Begala, a longtime Clinton ally who also said the plan was doomed.",
            "That was a message repeated by Home Secretary Charles Clarke who said the matter should be left.",
            "Chinese officials muffled doctors who warned that the virus was spreading."
        ] => [["a campaign surrogate"], ["Paul Begala"], ["Charles Clarke"], ["doctors"]];
        who_without_a_comma_needs_speech: [
            "The terrorists who threaten Britain today are well aware of it.",
            "Sen. John McCain, a harsh critic of Donald Trump who denounced him, complained that the Russians had interfered.",
            "“It is over,” says William Jay, an appellate lawyer at Goodwin Procter who argues at the court."
        ] => [[], ["John McCain"], ["William Jay"]];
        one_of_those_who_said_is_the_subject: [
            "Lindsey Graham spoke on Monday.",
            "He was one of the House managers who argued for convicting Clinton, saying it was a crime.",
            "Laurence Berland is one of several former Google employees who has alleged that the company fired them."
        ] => [[], ["Lindsey Graham"], ["Laurence Berland"]];
        relative_source_inside_a_framed_sentence: [
            "He said he heard from many Green supporters who said they would vote NDP to keep the seat, he said."
        ] => [["many Green supporters"]];
        those_named_by_a_participle_speak: [
            "All those involved say the issue is complex.",
            "Almost 50% of those questioned said they would trust search engines less.",
            "Those affected by the storm said they were angry."
        ] => [["All those involved"], ["those questioned"], []];
        someone_present_at_an_event_speaks: [
            "They left a grenade in the lobby, a private security professional present during the attack told Reuters.",
            "“It was huge,” an eyewitness told the agency."
        ] => [["a private security professional"], ["an eyewitness"]];
        pronoun_goes_on_with_an_unnamed_speaker: [
            "Chief executive Bill Gammell cautioned that more work was needed.",
            "A spokesman said the decision showed that it believed there was gas. But he added: “It is too early to say.”",
            "A snow plow driver told CNN that the storm was getting worse.",
            "“Past winters were much easier,” he said."
        ] => [["Bill Gammell"], ["a spokesman"], ["a snow plow driver"], ["a snow plow driver"]];
        pronoun_after_an_unnamed_speaker_and_a_name: [
            "It is not uncommon to hear such talk from Kevin Brady. But a reporter then asked him for specifics. Brady provided very little.",
            "“We are making improvements every day,” he said."
        ] => [[], ["Kevin Brady"]];
        quoted_words_before_a_name_are_no_speech: [
            "Former ‘SNL’ writer Nimesh Patel kicked off stage at Columbia University for ‘inappropriate’ standup set.",
            "Last September, the “unapologetically Christian” Trail Life USA unveiled its name and logo.",
            "“I do not have to allow …” Shimkus started, rolling his eyes.",
            "“Michelle Obama put it very well when she said, ‘When they go low, we go high.’” Dershowitz replied."
        ] => [[], [], ["Shimkus"], ["Dershowitz"]];
        interview_turns_under_names: [
            "I spoke to Bill Gates for my podcast about the new report and what it says about poverty in Africa.",
            "Ezra Klein",
            "You often push an optimistic narrative. Why?",
            "Bill Gates",
            "Well, the point there is that the decline is dramatic.",
            "It will go on, I think.",
            "Ezra Klein",
            "What worries you most?",
            "Bill Gates",
            "Population growth in the poorest countries."
        ] => [[], [], ["Ezra Klein"], [], ["Bill Gates"], ["Bill Gates"], [], ["Ezra Klein"], [], ["Bill Gates"]];
        a_list_of_people_is_no_interview: [
            "These are the people accused so far this year.",
            "Ben Affleck",
            "The actor was accused of groping a host, and he apologized.",
            "Mario Batali",
            "The chef stepped away from his restaurants.",
            "Randy Baumgardner",
            "The senator denied the claims."
        ] => [[], [], ["Ben Affleck"], [], [], [], []];
        inverted_frame_after_a_comma: [
            "There have been no accounts of casualties as a result of the shelling today, notes the AP.",
            "The plan adds to the diplomatic credibility of the country, adds Andrew Deutz, director of relations.",
            "Microsoft launched a tool to publish blogs, called MSN Spaces.",
            "Follow Allum Bokhari on Twitter, add him on Facebook, and read more."
        ] => [["AP"], ["Andrew Deutz"], [], []];
        place_subject_is_no_list_item: [
            "Senator Mark Cole visited the region on Monday.",
            "South Korea accused the North’s leader, Kim Jong Un, of “fanatic recklessness.”"
        ] => [[], ["South Korea"]];
        party_tag_before_participle_clause: [
            "Sen. Richard J. Durbin (D-Ill.), noting the size of the crowd, said, “He has a heck of an email list.”"
        ] => [["Richard J. Durbin"]];
        even_and_weekday_morning_before_cue: [
            "Sen. Ben Sasse even suggested on social media that he would look for a third-party conservative.",
            "Sen. Bernie Sanders on Wednesday morning also called upon the U.S. to press China."
        ] => [["Ben Sasse"], ["Bernie Sanders"]];
        participle_after_speech_event_noun: [
            "Donald Trump unleashed a series of tweets early Friday saying that rival Hillary Clinton had shown bad judgment in using Alicia Machado “as a paragon of virtue.”",
            "Qwest chairman Richard Notebaert sent a letter to the board on Thursday saying that it plans a new offer.",
            "Police received a call reporting the shooting at around 9 p.m.",
            "Former attorney general Michael Mukasey was sent a memo noting that the operation had failed."
        ] => [["Donald Trump"], ["Richard Notebaert"], [], []];
        quoted_person_who_said_speaks: [
            "In a speech in Indianapolis, Donald Trump made his case. He even quoted Democrat John F. Kennedy, who said, “The right kind of tax cut at the right time is the most effective measure.”"
        ] => [["Donald Trump", "John F. Kennedy"]];
        announced_clause_is_speech: [
            "Republican Congressman Peter King announced Monday morning he will not seek re-election."
        ] => [["Peter King"]];
        number_with_thousands_separator_in_appositive: [
            "Michigan-based Stryker Corporation, a company of 20,000 people, last year announced it was laying off 1,000 workers."
        ] => [["Stryker Corporation"]];
        capitalised_role_renames_person_before_relative: [
            "Bob Pinnegar, CEO of the National Apartment Association, which has 81,000 members nationwide, said that April was a good month."
        ] => [["Bob Pinnegar"]];
        data_cited_by_outlet_is_not_the_outlets: [
            "FBI data for 2014, cited by The Hill, said more than 2,500 prohibited people were able to buy guns."
        ] => [[]];
        weak_cue_before_reported_speech_clause: [
            "In asking to depose Hillary Clinton, Judicial Watch noted FBI Director James B. Comey said investigators had recovered several thousand emails.",
            "The Washington Examiner’s Byron York also reported in January on the contacts, citing a Guardian journalist who said the reports were received."
        ] => [["Judicial Watch", "James B. Comey"], ["a Guardian journalist"]];
        party_members_open_the_sentence: [
            "Republicans are slamming Democratic vice presidential nominee Tim Kaine for his past work.",
            "Republicans close to Aaron Schock have said the biggest questions about his finances involve mileage."
        ] => [["Republicans"], []];
        it_needs_a_body_in_view: [
            "The White House said on Monday that the plan was dead.",
            "On Tuesday, Donald Trump is scheduled to speak at the Susan B. Anthony List gala. The group works to elect candidates who oppose abortion. It says it spent more than $18 million in the 2016 election.",
            "The United Nations Support Mission in Libya issued a statement on Friday. “The situation is a source of grave concern,” it said."
        ] => [["the White House"], [], ["the United Nations Support Mission"]];
        body_noun_across_participle_phrase: [
            "The group, started in part by Republican consultant Karl Rove, promised to spend heavily in the Senate races."
        ] => [["the group"]];
        capitalised_title_alone_is_its_holder: [
            "President Barack Obama met lawmakers at the White House on Monday to discuss the budget.",
            "“We will get this done,” the President said."
        ] => [[], ["Barack Obama"]];
        vice_president_is_not_the_president: [
            "Vice President Joe Biden met President Barack Obama on Tuesday.",
            "The president told reporters that help was coming.",
            "The vice president said he would go."
        ] => [[], ["Barack Obama"], ["Joe Biden"]];
        prime_minister_is_not_any_minister: [
            "Prime Minister Tony Blair met Aid minister Hilary Benn and Deputy Prime Minister John Prescott.",
            "The prime minister denied that, saying it was nonsense."
        ] => [[], ["Tony Blair"]];
        home_country_is_no_part_of_a_name: [
            "French President Emmanuel Macron arrived in Paris.",
            "President Macron of France has suggested that Europe build its own military."
        ] => [[], ["Emmanuel Macron"]];
        country_office_holder_speaks: [
            "Australia's Prime Minister John Howard also offered his congratulations, adding that their decision was a \"sensible and a good thing\"."
        ] => [["John Howard"]];
        // ("media reports" is a noun phrase: "media" is no speaker; Kelly, denying them, is.)
        plural_takes_no_s_verb: [
            "Kelly knocked down media reports that he first learned of the order.",
            "State media reported that the talks had failed."
        ] => [["Kelly"], ["State media"]];
        adverb_and_preposition_make_no_speaker: [
            "A series of studies, reported widely in the media, claim that polarization is asymmetric."
        ] => [[]];
        bare_surname_is_the_principal: [
            "President Donald Trump visited El Paso on Wednesday, where he met President Trump's supporters.",
            "First lady Melania Trump visited a hospital in Texas.",
            "Trump said in a tweet that the visit went well.",
            "\"It was great,\" Mrs. Trump told reporters."
        ] => [[], [], ["Donald Trump"], ["Melania Trump"]];
        abbreviated_title_without_full_stop: [
            "Morrison contradicted earlier testimony from NSC aide Lt Col Alexander Vindman.",
            "Vindman said he was concerned about the call."
        ] => [[], ["Alexander Vindman"]];
        weekday_after_a_surname_that_is_a_word: [
            "President Donald Trump Wednesday signed an order, saying it would help farmers."
        ] => [["Donald Trump"]];
        nationality_noun_before_a_name: [
            "Swede Jonas Bjorkman beat Spaniard Rafael Nadal on Sunday.",
            "Nadal said he was tired."
        ] => [[], ["Rafael Nadal"]];
        closing_colon_introduces_the_next_paragraph: [
            "Ezra Klein sums it up:",
            "\"The party is in trouble.\"",
            "And in the middle of the noise, Jim Obergefell got a phone call from President Obama:",
            "\"Jim, I just wanted to say congratulations.\""
        ] => [["Ezra Klein"], ["Ezra Klein"], [], []];
        known_company_is_an_organisation: [
            "Goldman Sachs cut its forecast on Monday.",
            "The firm said growth would slow."
        ] => [[], ["Goldman Sachs"]];
        passive_participle_before_its_preposition: [
            "Labour accused of broken pledge",
            "Jeb Bush, whom Trump has accused of being \"low energy,\" came out spoiling for a fight.",
            "Michael Bloomberg was criticized for arming his guards, and accused Democrats of hypocrisy."
        ] => [[], ["Trump"], ["Michael Bloomberg"]];
        coordinated_names_inside_a_phrase: [
            "Lawyers for Mr Fawcett and Mr McDonald denied that the men had planted the device.",
            "The striker has been training in Holland and Alex Ferguson said it was perfect."
        ] => [["Lawyers for Fawcett and McDonald"], ["Alex Ferguson"]];
        plural_sources_after_according_to_or_inverted_say: [
            "Sales were strong this year, according to retailers.",
            "That is, if he does not overreach, say historians.",
            "The program failed, according to officials involved with running it.",
            "Several students criticized the protesters, and asked them to stop."
        ] => [["retailers"], ["historians"], ["officials involved with running it"], ["Several students"]];
        common_word_before_noun_cue_is_no_speaker: [
            "Winemaker rejects takeover offer",
            "Trade talks between the two countries face another roadblock. The trade war goes on.",
            "Statistics released last week showed that stockpiles had risen.",
            "Salon reported in May that the practice warps data."
        ] => [["Winemaker"], [], [], ["Salon"]];
        they_after_and_shares_its_sentence_subject: [
            "Democrats are preparing options, aides said. Republican senators are eager to leave, and they say they will not vote on it.",
            "Chinese officials met on Monday. They said the talks went well."
        ] => [["aides", "Republican senators"], ["Chinese officials"]];
        the_common_word_opening_an_organisation_names_it: [
            "The firestorm was kicked off by a report in The Globe and Mail Thursday that alleged the office leaned on her.",
            "Wilson-Raybould, according to the Globe report, rebuffed the pressure.",
            "Labadze of the Republic of Georgia lost to Hernych of the Czech Republic. The Republic said nothing."
        ] => [[], ["the Globe and Mail"], ["the Republic of Georgia"]];
        courts_and_party_groups_speak: [
            "The Supreme Court ruled that firing gay workers is illegal. The judges held that sex covers it.",
            "Liberals dispute the numbers. But conservatives say they show fraud.",
            "Golden rule 'intact' says ex-aide",
            "The House Committee on Oversight and Reform told the court it needed the records."
        ] => [["the Supreme Court", "the judges"], ["conservatives"], [], ["the House Committee on Oversight and Reform"]];
        they_never_means_an_indefinite: [
            "A court ruled that doctors could withdraw feeding.",
            "But MPs bombarded the minister with requests as they complained they had been left in the dark."
        ] => [["a court"], []];
        body_renaming_an_appositive_noun_is_not_the_subject: [
            "Hans Reckers, a board member of Germany’s central bank, the Bundesbank, said it was important.",
            "Jones, 45, was arrested on Monday, the police said."
        ] => [["Hans Reckers"], ["the police"]];
        party_member_epithet_is_the_person: [
            "Senate Majority Leader Mitch McConnell spoke on Tuesday.",
            "The Kentucky Republican said the bill would pass."
        ] => [[], ["Mitch McConnell"]];
        owner_and_their_people_speak_together: [
            "Donald Trump spoke.",
            "Trump and his lawyers told the court that the subpoena was invalid.",
            "Gibson and his partner Bruce Davey said they were pleased.",
            "GM and Ford blamed high fuel prices, saying sales fell.",
            "Health and Human Services Secretary Alex Azar said the rules would change."
        ] => [[], ["his lawyers", "Donald Trump"], ["Bruce Davey", "Gibson"], ["Ford", "GM"], ["Alex Azar"]];
        auxiliary_before_a_verb_of_saying: [
            "Golden has said she lost the tapes.",
            "History has shown that markets recover.",
            "The witnesses told the trial that he was there.",
            "Dustin Hoffman has hit out at modern films."
        ] => [["Golden"], [], ["the witnesses"], ["Dustin Hoffman"]];
        party_nickname_and_known_firms_are_no_people: [
            "The Tories said the plan was flawed.",
            "Fannie Mae said its profits fell."
        ] => [["the Tories"], ["Fannie Mae"]];
        opening_quote_goes_on_with_the_last_speaker: [
            "“It was a respectable report,” said Michael Moran, an analyst at Daiwa Securities.",
            "“Payroll growth in December was a little lighter than the consensus forecast.” That means the Fed is likely to keep raising rates, said Kurt Karl of Swiss Re."
        ] => [["Michael Moran"], ["Kurt Karl", "Michael Moran"]];
        month_or_year_and_may_before_the_cue: [
            "Theresa May said the deal was the best available.",
            "Hillary Clinton in May said the plan would fail.",
            "The regulator turned to Fannie Mae and in September said that its accounts were wrong.",
            "Clinton may say the plan would fail."
        ] => [["Theresa May"], ["Hillary Clinton"], ["the regulator"], []];
        a_business_nationality_is_no_owner: [
            "Boeing won the contract on Monday.",
            "The US company also said it would hire 500 workers.",
            "The Russian foreign ministry said the talks had failed."
        ] => [[], ["Boeing"], ["the Russian foreign ministry"]];
        a_title_in_quotation_marks_inside_an_appositive: [
            "Joe Scarborough, host of MSNBC’s “Morning Joe,” said the debate was a disaster.",
            "Ronald Kessler, author of \"The Secrets of the FBI,\" said the dispute is fiction."
        ] => [["Joe Scarborough"], ["Ronald Kessler"]];
        less_common_reporting_verbs: [
            "Secretary of State Jon Husted applauded the ruling.",
            "Senator Lindsay Graham reminded viewers that the law is not enforced.",
            "Mr Obama derided Mitt Romney's performance as salesmanship.",
            "The borders are closed, a rail official said.",
            "Perez is more experienced and lauded for his effectiveness."
        ] => [["Jon Husted"], ["Lindsay Graham"], ["Obama"], ["a rail official"], []];
        a_list_of_bare_verbs_after_to_reports_nothing: [
            "Republicans were willing to buck, shun and even ridicule the establishment.",
            "John Smith came to speak, listen and learn, and said he would stay."
        ] => [[], ["John Smith"]];
        a_verb_the_story_capitalises_in_mid_sentence_opens_a_name: [
            "The firm said Ask Jeeves had bought the site.",
            "Ask Jeeves said it would not change it.",
            "The records show State Department officials knew.",
            "Secretary of State Rex Tillerson said the talks would go on."
        ] => [["the firm"], ["Ask Jeeves"], [], ["Rex Tillerson"]];
        a_body_the_story_describes_by_a_noun_is_what_the_noun_means: [
            "Budget airline Ryanair has placed an order for 70 planes.",
            "The airline said the deal was worth $4bn.",
            "Barclays, the UK's third-biggest bank, has seen profits climb.",
            "The bank said it was pleased.",
            "A list by Mobile PC magazine ranked the gadgets. The magazine said the abacus was the oldest.",
            "German carmaker DaimlerChrysler made a loss. The carmaker said sales fell.",
            "Grocery retailer Kroger cut prices.",
            "Walmart told reporters it would require masks. The retailer said masks were needed.",
            "Lloyds Banking Group also reported higher profits.",
            "The bank said lending rose."
        ] => [[], ["Ryanair"], [], ["Barclays"], ["Mobile PC"], ["DaimlerChrysler"], [], ["Walmart", "the retailer"], [], ["the bank"]];
        a_thing_brought_in_by_its_name_does_not_call: [
            "Parnas created a limited liability company called Global Energy Producers.",
            "Morse is getting help from a group called \"A Whole Lot of People for John Morse,\" which collects money.",
            "The militias joined an umbrella organisation called the Popular Mobilisation.",
            "A Pentagon spokesman called Putin a liar.",
            "A writer at Salon called the remark \"stunning.\""
        ] => [[], [], [], ["a Pentagon spokesman"], ["a writer at Salon"]];
        a_title_alone_is_whoever_holds_it: [
            "Prime Minister Tony Blair spoke on Monday.",
            "The Prime Minister said it was fine.",
            "Attorney General Eric Holder spoke.",
            "Later, the Attorney General said the law was clear.",
            "Paul King spoke. Mr King said it was fine.",
            "Shadow foreign secretary Michael Ancram said the campaign was positive.",
            "The Foreign Secretary told the BBC it was fine.",
            "Saudi Arabia said the attack was a crime.",
            "Shadow Home Secretary David Davis attacked the plan.",
            "The Home Secretary said the plan would stand."
        ] => [[], ["Tony Blair"], [], ["Eric Holder"], ["Paul King"], ["Michael Ancram"], ["the Foreign Secretary"], ["Saudi Arabia"], [], ["the Home Secretary"]];
        a_home_town_and_state_with_no_closing_comma: [
            "Stacy Baker of Columbia, South Carolina says she will vote for Cruz.",
            "John Smith of Dayton, Ohio says he is undecided."
        ] => [["Stacy Baker"], ["John Smith"]];
        that_after_prepositional_phrases: [
            "Rep. Chris Collins, R-N.Y., noted in a guest column in Saturday's newspaper that the plan would fail.",
            "Mayor James Knowles announced at a forum Thursday night that officers will wear cameras."
        ] => [["Chris Collins"], ["James Knowles"]];
        a_closing_quote_typed_as_an_opening_one: [
            "\"There was a lot of expectation for her here,“ said Jim Clyburn."
        ] => [["Jim Clyburn"]];
        a_noun_in_ly_is_no_adverb: [
            "The family said the police had lied.",
            "Lawyers for the family said the police had lied.",
            "Scoggins has died at the age of 93, his family has said."
        ] => [["the family"], ["Lawyers for the family"], ["his family"]];
        counted_men_and_women: [
            "Both men said there were no plans for an offering.",
            "Three women say they faced misconduct by the ambassador.",
            "Mr. Obama also sought to discredit the women who have accused him of assault in recent days, calling one a \"crazy woman\" and pointing to a statement."
        ] => [["Both men"], ["Three women"], ["Obama"]];
        phrases_in_phrases_before_the_cue: [
            "Lawyers for some of the victims claimed in a lawsuit that the utility was to blame.",
            "Relatives of the victims said they were relieved.",
            "Friends of the couple said they had been happy."
        ] => [["Lawyers for some of the victims"], ["Relatives of the victims"], ["Friends of the couple"]];
        state_abbreviations_keep_their_dot_inside_a_sentence: [
            "Sen. Tom Cotton of Ark. said the deal was bad.",
            "A teacher from San Diego, Calif., said the plan was wrong.",
            "Amy Selco lives in Silver Spring, Md. She says the rule is popular."
        ] => [["Tom Cotton"], ["a teacher"], ["Amy Selco"]];
        a_participle_takes_the_whole_nominal_subject: [
            "A campaign spokeswoman emailed reporters the text, arguing, \"This is wrong.\"",
            "A former administration official disputes the conclusion, saying the plan was never approved.",
            "A spokeswoman for the House Armed Services Committee emailed reporters the text, arguing, \"This is wrong.\"",
            "The head of the National Rifle Association lashed out at critics on Thursday, saying they were wrong."
        ] => [
            ["a campaign spokeswoman"],
            ["a former administration official"],
            ["a spokeswoman for the House Armed Services Committee"],
            ["the head of the National Rifle Association"]
        ];
        a_name_coordinated_inside_a_phrase_is_no_subject: [
            "Bryant also tweeted a letter he wrote to Gunn and Lt. Gov. Tate Reeves, saying the order infringes their rights."
        ] => [["Bryant"]];
        a_bare_verb_going_on_an_infinitive_reports_nothing: [
            "Tony Blair seems certain to end weeks of phoney war on Monday and announce there will be an election.",
            "The senator wants to meet the families and tell them that help is coming.",
            "Democrats point to more than 20 million people who have gained coverage and argue that mandates are necessary."
        ] => [[], [], ["Democrats"]];
        a_title_with_its_portfolio_before_the_holder: [
            "Speaker of the House Nancy Pelosi, D-Calif., said last week that the checks should be sent.",
            "Former Ambassador to Russia Michael McFaul told the Times that it was a mistake.",
            "Special Envoy to Ukraine Kurt Volker amended his testimony, saying he had been wrong.",
            "In testimony, former U.S. ambassador to Ukraine Marie Yovanovitch alleged that they had worked to oust her.",
            "The Chancellor of the Exchequer Gordon Brown said growth would be strong.",
            "US Ambassador to the United Nations Nikki Haley warned Friday that the US is prepared to do more.",
            "\"It is a period of provocation,\" says Chairman of the Joint Chiefs of Staff Gen. Martin Dempsey."
        ] => [["Nancy Pelosi"], ["Michael McFaul"], ["Kurt Volker"], ["Marie Yovanovitch"], ["Gordon Brown"],
              ["Nikki Haley"], ["Martin Dempsey"]];
        a_generic_noun_names_a_body_by_a_whole_word: [
            "Torstar Group said on Monday that it would sell the magazines.",
            "Ad spending fell, according to media buying company GroupM. The group said the sale would go ahead."
        ] => [["Torstar Group"], ["GroupM", "Torstar Group"]];
        a_body_named_by_a_common_word_opening_the_sentence: [
            "Athletics Ireland said the runner would be picked.",
            "Carnival Corp. said price cuts would hurt margins.",
            "Following Ohio's announcement, the party said it would wait."
        ] => [["Athletics Ireland"], ["Carnival Corp."], ["the party"]];
        military_ranks_of_several_words: [
            "Sgt. First Class Cory Remsburg told reporters it was hard.",
            "\"We are ready,\" said Lt. Cmdr. Anthony Falvo, a spokesman for U.S. Africa Command.",
            "\"It is a loss,\" said Brig. Gen. Michael Rothstein, the wing commander.",
            "Vice Adm. Thomas Copeman issued a warning at the symposium, saying readiness was falling."
        ] => [["Cory Remsburg"], ["Anthony Falvo"], ["Michael Rothstein"], ["Thomas Copeman"]];
        a_rank_in_lowercase_ends_its_sentence: [
            "He was sent to the brig. Navy officials said he would stay there."
        ] => [["Navy officials"]];
        a_comma_after_a_party_tag: [
            "Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had not read the plan."
        ] => [["Jack Reed"]];
        an_as_clause_with_a_time_after_its_cue: [
            "As the Boston Globe reported last week, the senator had met the envoy twice.",
            "As NPR noted in 2016, a candidate can win with a quarter of the vote.",
            "The president was calm as he spoke on Tuesday."
        ] => [["the Boston Globe"], ["NPR"], []];
        an_as_clause_with_a_capitalised_article: [
            "Trust is collapsing, as The Washington Post reported on Monday.",
            "As The Hill noted, the senator had met the envoy twice."
        ] => [["the Washington Post"], ["the Hill"]];
        a_time_or_place_between_subject_and_cue: [
            "Mr. Gruber at the time said subsidies would flow only to some states.",
            "Klobuchar during the debate said the system was rigged.",
            "Cruz afterwards said he was disappointed.",
            "A supporter of Trump at the rally said she was happy.",
            "Senator Chuck Grassley on Wednesday downplayed the report and said the committee would move ahead."
        ] => [["Gruber"], ["Klobuchar"], ["Cruz"], [], ["Chuck Grassley"]];
    }

    #[test]
    fn headline_is_annotated_with_the_story() {
        let doc = Document {
            id: "t.txt".into(),
            title: Some("Lynch: No outside influence on FBI probe into emails".into()),
            paragraphs: vec![
                "Attorney General Loretta Lynch said on Sunday that the inquiry was independent."
                    .into(),
            ],
            ..Document::default()
        };
        let (headline, paragraphs) = annotate_article(&doc);
        let names = |a: &Annotation| {
            a.speakers
                .iter()
                .map(|s| s.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&headline.expect("a headline")), ["Loretta Lynch"]);
        assert_eq!(names(&paragraphs[0]), ["Loretta Lynch"]);
        // A title that is also the first paragraph is not annotated twice.
        let same = Document {
            title: Some(doc.paragraphs[0].clone()),
            ..doc.clone()
        };
        assert!(annotate_article(&same).0.is_none());
    }

    #[test]
    fn speakers_add_people_not_phrases_to_entities() {
        let doc = Document {
            id: "t.txt".into(),
            paragraphs: vec![
                "The International Atomic Energy Agency said the tests showed “disregard.”".into(),
                "Staff for the committee said the panel has the email.".into(),
            ],
            ..Document::default()
        };
        let annotations = annotate_document(&doc);
        let names = |a: &Annotation| {
            a.entities
                .iter()
                .map(|e| e.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names(&annotations[0]),
            ["International Atomic Energy Agency"]
        );
        assert!(
            names(&annotations[1]).is_empty(),
            "{:?}",
            annotations[1].entities
        );
    }

    #[test]
    fn quotes_carry_their_speaker() {
        let doc = Document {
            id: "t.txt".into(),
            paragraphs: vec![
                "“I stick by it,” Trump said of the leader. “He’s making cocaine.”".into(),
            ],
            ..Document::default()
        };
        let a = &annotate_document(&doc)[0];
        assert_eq!(a.quotes.len(), 2);
        assert!(a
            .quotes
            .iter()
            .all(|q| q.speaker.as_deref() == Some("Trump")));
        let text = &doc.paragraphs[0];
        for q in &a.quotes {
            assert_eq!(&text[q.start..q.end], q.text);
        }
    }

    #[test]
    fn entities_are_typed_and_canonical() {
        let doc = Document {
            id: "t.txt".into(),
            paragraphs: vec![
                "Colombian President Gustavo Petro met NATO officials in Brussels.".into(),
                "Petro said the talks went well.".into(),
            ],
            ..Document::default()
        };
        let a = annotate_document(&doc);
        let has = |p: usize, name: &str, kind: EntityKind| {
            a[p].entities
                .iter()
                .any(|e| e.name == name && e.kind == kind)
        };
        assert!(has(0, "Gustavo Petro", EntityKind::Person));
        assert!(has(0, "Colombia", EntityKind::Place));
        assert!(has(0, "Brussels", EntityKind::Place));
        assert!(has(0, "NATO", EntityKind::Organization));
        assert!(has(1, "Gustavo Petro", EntityKind::Person));
    }

    /// Asserts that in each paragraph the name is an entity of `kind`.
    fn assert_entity_kinds(kind: EntityKind, cases: &[(&str, &str)]) {
        for &(text, name) in cases {
            assert_eq!(entity_kind(text, name), Some(kind), "{text}");
        }
    }

    /// The type of each named entity of a one-paragraph document.
    fn entity_kind(paragraph: &str, name: &str) -> Option<EntityKind> {
        annotated(&[paragraph])[0]
            .entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.kind)
    }

    #[test]
    fn party_tags_and_demonyms_inside_names_are_no_entities() {
        let text = "Rep. Doug Collins, R-Ga., and Sen. Bernie Sanders (I-Vt.) flew Turkish \
                    Airlines to American University.";
        assert_eq!(entity_kind(text, "Doug Collins"), Some(EntityKind::Person));
        assert_eq!(entity_kind(text, "R-Ga"), None);
        assert_eq!(entity_kind(text, "I-Vt"), None);
        assert_eq!(
            entity_kind(text, "Turkish Airlines"),
            Some(EntityKind::Organization)
        );
        assert_eq!(entity_kind(text, "Turkey"), None);
        assert_eq!(entity_kind(text, "United States"), None);
        // A demonym on its own still names its place.
        assert_eq!(
            entity_kind("The Colombian president spoke.", "Colombia"),
            Some(EntityKind::Place)
        );
    }

    #[test]
    fn a_credit_line_splits_the_paper_from_the_person_pictured() {
        // (Not a word as often a surname or a title: "Jim Courier", "Medical Examiner".)
        assert_eq!(
            entity_kind("Jim Courier beat Pete Sampras on Monday.", "Jim Courier"),
            Some(EntityKind::Person)
        );
        let text =
            "Patrik Jonsson/The Christian Science Monitor Alonzo Wright Jr. sits on a bench.";
        assert_eq!(
            entity_kind(text, "Christian Science Monitor"),
            Some(EntityKind::Organization)
        );
        assert_eq!(
            entity_kind(text, "Alonzo Wright Jr."),
            Some(EntityKind::Person)
        );
        assert_entity_kinds(
            EntityKind::Organization,
            &[
                (
                    "The Philadelphia Inquirer first reported the plan.",
                    "Philadelphia Inquirer",
                ),
                ("A photo by Getty Images shows the crowd.", "Getty Images"),
            ],
        );
    }

    #[test]
    fn a_name_after_a_noun_for_a_body_is_the_body() {
        assert_entity_kinds(
            EntityKind::Organization,
            &[
                ("Russian oil firm Yukos called the sale illegal.", "Yukos"),
                ("Italian carmaker Fiat reported a loss.", "Fiat"),
                (
                    "The premium phone line regulator Icstis fined them.",
                    "Icstis",
                ),
            ],
        );
        // (A first name still makes a person: "the company Bill Gates founded"; so does a
        // surname the story gives a person. A court, a team or a station is no title.)
        assert_eq!(
            entity_kind("The company Bill Gates founded grew.", "Bill Gates"),
            Some(EntityKind::Person)
        );
        for (text, name) in [
            (
                "Rupert Murdoch spoke. The company Murdoch founded grew.",
                "Murdoch",
            ),
            ("Prosecutors told the court Jones had fled.", "Jones"),
            ("The team Ferguson built won the league.", "Ferguson"),
        ] {
            assert_ne!(
                entity_kind(text, name),
                Some(EntityKind::Organization),
                "{text}"
            );
        }
    }

    #[test]
    fn first_names_of_later_generations_make_people() {
        // Names the 1990 census lists lack, from later birth counts; a town's name is none.
        assert_entity_kinds(
            EntityKind::Person,
            &[
                ("The plan was derided by Liam Fox on Tuesday.", "Liam Fox"),
                ("Fans cheered as Kanye West took the stage.", "Kanye West"),
                (
                    "The deal was signed by Declan Kidney and others.",
                    "Declan Kidney",
                ),
            ],
        );
        for (text, name) in [
            (
                "Guests stayed at the Corinthia Hotel near the river.",
                "Corinthia Hotel",
            ),
            ("He played for Aston Villa last season.", "Aston Villa"),
        ] {
            assert_ne!(entity_kind(text, name), Some(EntityKind::Person), "{text}");
        }
    }

    #[test]
    fn initials_before_a_surname_make_a_person_not_an_acronym() {
        assert_entity_kinds(
            EntityKind::Person,
            &[
                (
                    "The book was praised by J.K. Rowling on Monday.",
                    "J.K. Rowling",
                ),
                (
                    "The plan was backed by H.R. McMaster last week.",
                    "H.R. McMaster",
                ),
                (
                    "The essay was quoted by W.E.B. Du Bois in 1903.",
                    "W.E.B. Du Bois",
                ),
            ],
        );
        // A place's or a body's initials, or a title's before a full name, stay as they were.
        // (Initials before a common word too: "A.J. Green".)
        let text = "The pass was caught by A.J. Green on Sunday.";
        assert_eq!(entity_kind(text, "A.J. Green"), Some(EntityKind::Person));
        assert_entity_kinds(
            EntityKind::Organization,
            &[
                ("Shares of U.S. Steel rose on Monday.", "U.S. Steel"),
                ("Profits at J.P. Morgan rose on Monday.", "J.P. Morgan"),
                ("Sales at T.J. Maxx rose on Monday.", "T.J. Maxx"),
            ],
        );
        let text = "The suit was filed by A.G. Eric Schneiderman on Monday.";
        assert_ne!(
            entity_kind(text, "A.G. Eric Schneiderman"),
            Some(EntityKind::Person)
        );
    }

    #[test]
    fn double_barrelled_names_are_people_and_mixed_case_brands_are_not() {
        let text = "Jody Wilson-Raybould left the cabinet while SNC-Lavalin waited.";
        assert_eq!(
            entity_kind(text, "Jody Wilson-Raybould"),
            Some(EntityKind::Person)
        );
        assert_eq!(
            entity_kind(text, "SNC-Lavalin"),
            Some(EntityKind::Organization)
        );
        let text = "Hewlett-Packard said it would cut jobs, Karl-Heinz Kamp wrote.";
        assert_eq!(
            entity_kind(text, "Hewlett-Packard"),
            Some(EntityKind::Organization)
        );
        assert_eq!(
            entity_kind(text, "Karl-Heinz Kamp"),
            Some(EntityKind::Person)
        );
    }

    #[test]
    fn many_clauses_with_no_subject_stay_shallow() {
        // Each "and said" looks back at most a few clauses, never recursing without bound.
        let text = format!("{}said hello.", "and ".repeat(4990));
        let doc = Document {
            id: "t.txt".into(),
            paragraphs: vec![text, format!("The voters {}yes.", "and said ".repeat(1000))],
            ..Document::default()
        };
        // On a small stack: unbounded recursion would overflow it.
        let a = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || annotate_document(&doc))
            .expect("spawn")
            .join()
            .expect("no stack overflow");
        assert_eq!(a.len(), 2);
    }

    #[test]
    fn and_inside_a_bodys_name_joins_it() {
        let doc = Document {
            id: "t.txt".into(),
            paragraphs: vec![
                "The Centers for Disease Control and Prevention estimates that one in 45 children has autism.".into(),
                "Bernie Sanders of Vermont and Elizabeth Warren spoke.".into(),
            ],
            ..Document::default()
        };
        let a = annotate_document(&doc);
        let names = |p: usize| {
            a[p].entities
                .iter()
                .map(|e| (e.name.as_str(), e.kind))
                .collect::<Vec<_>>()
        };
        assert!(names(0).contains(&(
            "Centers for Disease Control and Prevention",
            EntityKind::Organization
        )));
        assert!(names(1).contains(&("Bernie Sanders", EntityKind::Person)));
        assert!(names(1).contains(&("Elizabeth Warren", EntityKind::Person)));
    }

    #[test]
    fn ampersand_and_and_join_a_bodys_name() {
        let text = "The Securities and Exchange Commission and the FBI and State Department questioned officials from Procter & Gamble yesterday.";
        for (name, kind) in [
            (
                "Securities and Exchange Commission",
                Some(EntityKind::Organization),
            ),
            ("Procter & Gamble", Some(EntityKind::Organization)),
            ("FBI", Some(EntityKind::Organization)),
        ] {
            assert_eq!(entity_kind(text, name), kind, "{name}");
        }
    }

    #[test]
    fn and_joins_a_bodys_name_after_two_plain_words() {
        let text = "The World Travel and Tourism Council and the U.S. Fish and Wildlife Service disagreed with Amnesty International and Human Rights Watch.";
        for (name, kind) in [
            (
                "World Travel and Tourism Council",
                Some(EntityKind::Organization),
            ),
            (
                "U.S. Fish and Wildlife Service",
                Some(EntityKind::Organization),
            ),
            ("Amnesty International", Some(EntityKind::Organization)),
            ("Amnesty International and Human Rights Watch", None),
        ] {
            assert_eq!(entity_kind(text, name), kind, "{name}");
        }
    }

    #[test]
    fn cities_are_places_and_hill_after_a_first_name_a_surname() {
        let text = "The mayors of San Jose and Arlington met Fiona Hill on Capitol Hill.";
        for (name, kind) in [
            ("San Jose", Some(EntityKind::Place)),
            ("Arlington", Some(EntityKind::Place)),
            ("Fiona Hill", Some(EntityKind::Person)),
            ("Capitol Hill", Some(EntityKind::Place)),
        ] {
            assert_eq!(entity_kind(text, name), kind, "{name}");
        }
        // (Initials before a place's word open a place; before a surname, a person.)
        let text = "The L.A. County sheriff met W.C. Fields on N. Central Ave. yesterday.";
        for (name, kind) in [
            ("L.A. County", Some(EntityKind::Place)),
            ("W.C. Fields", Some(EntityKind::Person)),
        ] {
            assert_eq!(entity_kind(text, name), kind, "{name}");
        }
        // (A headline in title case splits at no role: no person "Ed Burke Convicted".)
        let headline = "Chicago Alderman Ed Burke Convicted of Corruption";
        assert_eq!(entity_kind(headline, "Ed Burke Convicted"), None);
    }

    #[test]
    fn two_word_peoples_romanised_names_and_what_names_no_one() {
        assert_entity_kinds(
            EntityKind::Place,
            &[
                (
                    "A North Korean official said the talks would go on.",
                    "North Korea",
                ),
                ("South African officials met on Monday.", "South Africa"),
                ("Latin American leaders met.", "Latin America"),
                ("He lives in Washington DC with his wife.", "Washington"),
            ],
        );
        assert_entity_kinds(
            EntityKind::Person,
            &[
                ("Kim Jong-un said the talks would go on.", "Kim Jong-un"),
                ("Moon Jae-in met him in Seoul.", "Moon Jae-in"),
                ("UN chief Ban Ki-moon spoke in Seoul.", "Ban Ki-moon"),
            ],
        );
        for (text, name) in [
            ("“Mr. President, you are wrong,” Smith said.", "President"),
            ("The Attorney General's failure angered them.", "General"),
            (
                "A North Korean official said the talks would go on.",
                "South Korea",
            ),
            ("The show airs at 2 p.m. ET on Sunday.", "ET"),
            ("Trading closed at 16:00 GMT.", "GMT"),
            ("Acme Holdings, LLC, said it would sue.", "LLC"),
        ] {
            assert_eq!(entity_kind(text, name), None, "{text}");
        }
    }

    #[test]
    fn a_compound_of_places_peoples_or_prefixes_names_no_body() {
        let document = [
            "Barack Obama met Hillary Clinton in New York.",
            "US-China talks resumed, and African-Americans and Asian-Americans voted.",
            "Anti-Trump protesters met an Obama-Clinton team, and Ex-Boeing staff spoke.",
            "Coca-Cola and Hewlett-Packard said sales rose at Wal-Mart.",
        ];
        let records = annotated(&document);
        let names = |p: usize| -> Vec<(&str, EntityKind)> {
            records[p]
                .entities
                .iter()
                .map(|e| (e.name.as_str(), e.kind))
                .collect()
        };
        for p in [1, 2] {
            assert!(
                names(p).iter().all(|(name, _)| !name.contains('-')),
                "{:?}",
                names(p)
            );
        }
        // (Every part must be known: a surname, a firm and a country keep their names.)
        assert_eq!(
            entity_kind(
                "Sprinter Ivy Jordan-Smith said she was ready.",
                "Ivy Jordan-Smith"
            ),
            Some(EntityKind::Person)
        );
        assert_eq!(
            entity_kind("Air France-KLM said it would cut jobs.", "France-KLM"),
            Some(EntityKind::Organization)
        );
        assert_eq!(
            entity_kind("Guinea-Bissau said the coup had failed.", "Guinea-Bissau"),
            Some(EntityKind::Place)
        );
        for body in ["Coca-Cola", "Hewlett-Packard", "Wal-Mart"] {
            assert!(
                names(3).contains(&(body, EntityKind::Organization)),
                "{body}: {:?}",
                names(3)
            );
        }
        // (A compound that describes does not speak: "no Trump-Russia collusion".)
        assert_eq!(
            speakers_of(&["US-Russia talks on Syria began, officials said."]),
            [["officials"]]
        );
    }

    #[test]
    fn well_known_teams_companies_and_indices_are_bodies() {
        assert_entity_kinds(
            EntityKind::Organization,
            &[
                (
                    "Seth Jones of the Columbus Blue Jackets scored twice.",
                    "Columbus Blue Jackets",
                ),
                (
                    "The Toronto Maple Leafs won on Monday.",
                    "Toronto Maple Leafs",
                ),
                ("Shares of Reckitt Benckiser fell.", "Reckitt Benckiser"),
                ("Pernod Ricard shares rose.", "Pernod Ricard"),
                ("Hong Kong's Hang Seng rose 0.3 per cent.", "Hang Seng"),
                (
                    "Her cookbook is out from Houghton Mifflin Harcourt.",
                    "Houghton Mifflin Harcourt",
                ),
                (
                    "The Green Bay Packers won, and the New York Yankees lost.",
                    "New York Yankees",
                ),
            ],
        );
    }

    #[test]
    fn a_square_or_station_after_a_title_is_a_place() {
        assert_entity_kinds(
            EntityKind::Place,
            &[
                (
                    "Counter-protests at Sir Winston Churchill Square resulted in a fight.",
                    "Winston Churchill Square",
                ),
                (
                    "The line would run from King George Station along Fraser Highway.",
                    "George Station",
                ),
            ],
        );
        // (A surname after a title that is no monarch's or knight's.)
        assert_entity_kinds(
            EntityKind::Person,
            &[
                ("Dr. John Park said the plan would fail.", "John Park"),
                (
                    "Coach Bruce Arena said the squad was strong.",
                    "Bruce Arena",
                ),
                (
                    "Sen. John Tower said the committee would meet.",
                    "John Tower",
                ),
            ],
        );
    }

    #[test]
    fn a_firm_is_shortened_to_its_first_word_a_person_to_the_last() {
        let doc = Document {
            id: "t.txt".into(),
            paragraphs: vec![
                "Parmalat Finanziaria said on Monday that its debts were larger than thought.".into(),
                "Parmalat said the auditors would report in March, and Wang Xuebing agreed.".into(),
                "Wang said the figures were wrong. Meng Wanzhou, pending her appeal, declined to comment.".into(),
                "Meng has been in Vancouver since December.".into(),
            ],
            ..Document::default()
        };
        let a = annotate_document(&doc);
        let kind = |p: usize, name: &str| {
            a[p].entities
                .iter()
                .find(|e| e.name == name)
                .map(|e| e.kind)
        };
        assert_eq!(
            kind(0, "Parmalat Finanziaria"),
            Some(EntityKind::Organization)
        );
        assert_eq!(
            kind(1, "Parmalat Finanziaria"),
            Some(EntityKind::Organization)
        );
        assert_eq!(kind(1, "Wang Xuebing"), Some(EntityKind::Person));
        assert_eq!(kind(2, "Meng Wanzhou"), Some(EntityKind::Person));
    }

    #[test]
    fn regressions_found_in_review_stay_fixed() {
        // What a review of this session's rules found, each case a document of its own.
        let speakers = speakers_of;
        // "they" never takes the words it reports as its subject, nor a non-word ending in "s".
        assert_eq!(
            speakers(&["This would help families, they said."]),
            [Vec::<String>::new()]
        );
        assert_eq!(
            speakers(&["The workers’ union lost. They say it will appeal."]).len(),
            1
        );
        // "Paul" is still the Rand Paul the paragraph is about, not a Paul Ryan named earlier.
        assert_eq!(
            speakers(&[
                "Paul Ryan spoke on Monday.",
                "Sen. Rand Paul said the plan was dead. Paul said it again on Tuesday."
            ])[1],
            ["Rand Paul"]
        );
        // Unnamed roles speak as written, not as the story's subject.
        assert_eq!(
            speakers(&["Patsy Rowlands died in Hove on Saturday, her agent said."]),
            [["her agent"]]
        );
        // Transcript labels with common-word surnames; rubric labels.
        assert_eq!(
            speakers(&["DONALD TRUMP: We will win this thing."]),
            [["Donald Trump"]]
        );
        // A clause after the object is no appointment; "confirmed that" is speech.
        assert_eq!(
            speakers(&["Dan Varga confirmed that the woman had worn full protective gear."]),
            [["Dan Varga"]]
        );
        // "The company ... It also warned": "it" is the company.
        assert_eq!(
            speakers(&[
                "The company warned profits would fall. It also warned it might restate results."
            ]),
            [["the company"]]
        );
        // A body paragraph "Drama - Featherboy" is a list line, not a signed headline.
        assert_eq!(
            speakers(&["Books of the year", "Drama - Featherboy"]),
            [Vec::<String>::new(), Vec::new()]
        );
        // Surnames ending in -ing speak; "Polling" does not.
        assert_eq!(
            speakers(&["Manning says he will appeal the ruling."]),
            [["Manning"]]
        );
        assert_eq!(
            speakers(&["Polling suggests the race is tight."]),
            [Vec::<String>::new()]
        );
    }

    proptest::proptest! {
        #[test]
        fn any_text_annotates_without_panic_and_spans_are_valid(
            paragraphs in proptest::collection::vec("[ -~“”‘’«»„‚—éü\u{200B}\u{200E}\u{202A}\u{00AD}\\n]{0,200}", 1..6),
            title in proptest::option::of("[ -~“”‘’:—é]{1,80}"),
        ) {
            let doc = Document { id: "p.txt".into(), title: title.clone(), paragraphs: paragraphs.clone(), ..Document::default() };
            let (headline, annotations) = annotate_article(&doc);
            proptest::prop_assert_eq!(annotations.len(), paragraphs.len());
            proptest::prop_assert_eq!(headline.is_some(), super::headline(&doc).is_some());
            let texts: Vec<&str> = super::headline(&doc).into_iter().chain(paragraphs.iter().map(String::as_str)).collect();
            for (a, text) in headline.iter().chain(&annotations).zip(texts) {
                for q in &a.quotes {
                    proptest::prop_assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end) && q.start <= q.end);
                    proptest::prop_assert_eq!(&text[q.start..q.end], q.text.as_str());
                }
                for &(s, e) in &a.reported {
                    proptest::prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e) && s <= e);
                }
            }
        }
    }
}
