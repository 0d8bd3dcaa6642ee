"""Statements, twelfth round: the channel a spokesperson's words take, and more.

Every sentence here is written for these tests (fictional people, real country names).
Rows run the whole pipeline (``defrel.parse``); a row names a speaker by a word of the name.
"""

from __future__ import annotations

import pytest

import defrel
from defrel import Channel, StatementKind
from tests._statement_rows import Row, Want, check_statements

D, R = StatementKind.DIRECT, StatementKind.REPORTED
TWEET, STATEMENT, SPEECH = Channel.TWEET, Channel.STATEMENT, Channel.SPEECH
INTERVIEW, UNKNOWN = Channel.INTERVIEW, Channel.UNKNOWN

_check = check_statements

# (text, [(speaker word or None, exact statement text, kind, channel)])
ChannelRow = tuple[str, list[tuple[str | None, str, StatementKind, Channel]]]


def _check_channels(text: str, want: list[tuple[str | None, str, StatementKind, Channel]]) -> None:
    _check(text, [(who, words, kind) for who, words, kind, _ in want])
    got = defrel.parse(text).statements
    assert [st.channel for st in got] == [channel for *_, channel in want]


# A spokesperson's words name no medium: the office in the title ("ministry spokesman") is
# the speaker's post, not a written statement; "in a statement" still names one.
SPOKESPERSON: list[ChannelRow] = [
    (
        (
            "“The two navies will patrol the strait together,” Defence Ministry spokesman "
            "Colonel Ana Vidal said on Tuesday evening."
        ),
        [("Vidal", "The two navies will patrol the strait together,", D, UNKNOWN)],
    ),
    (
        (
            "“Both chiefs discussed the border situation at length,” Lena Berg, a spokeswoman "
            "for the Ministry of Defence, said."
        ),
        [("Berg", "Both chiefs discussed the border situation at length,", D, UNKNOWN)],
    ),
    (
        (
            "“The drills will resume in the spring,” ministry spokesman Tomas Varga said in a "
            "statement."
        ),
        [("Varga", "The drills will resume in the spring,", D, STATEMENT)],
    ),
    (
        (
            "“Both chiefs discussed the border situation at length,” said Lena Berg, the "
            "Ministry of Foreign Affairs spokeswoman."
        ),
        [("Berg", "Both chiefs discussed the border situation at length,", D, UNKNOWN)],
    ),
    (
        "“The drills will resume in the spring,” the Ministry of Defence said.",
        [("Ministry", "The drills will resume in the spring,", D, STATEMENT)],
    ),
]


@pytest.mark.parametrize(("text", "want"), SPOKESPERSON)
def test_spokesperson_channel(
    text: str, want: list[tuple[str | None, str, StatementKind, Channel]]
) -> None:
    _check_channels(text, want)


# The full stop of a title's abbreviation or of an initial stays inside the speaker named
# after a quotation ("Mr. Lund said", "the U.S. envoy said"): the speaker, and the medium
# named after the verb, are read.
ABBREVIATED: list[ChannelRow] = [
    (
        (
            "Defence Minister Ola Berg met his Chilean counterpart.\n\n“We had good talks today "
            "in Santiago on the naval exercise,” Mr. Berg said on Twitter."
        ),
        [("Berg", "We had good talks today in Santiago on the naval exercise,", D, TWEET)],
    ),
    (
        "“We will always stand with Norway in the north,” U.S. Defense Secretary Lars Lund said.",
        [("Lund", "We will always stand with Norway in the north,", D, UNKNOWN)],
    ),
    (
        (
            "Defense Secretary Lars Lund met Ola Berg in Oslo.\n\nPhoto: Sgt. Ida Moe/U.S. "
            "Army\n\n“We will always stand with Norway in the north,” the U.S. defense "
            "secretary said."
        ),
        [("Lund", "We will always stand with Norway in the north,", D, UNKNOWN)],
    ),
    (
        "“The frigates will sail in May,” Dr. Anna Sorensen told reporters in Copenhagen.",
        [("Sorensen", "The frigates will sail in May,", D, SPEECH)],
    ),
]


@pytest.mark.parametrize(("text", "want"), ABBREVIATED)
def test_abbreviation_in_speaker(
    text: str, want: list[tuple[str | None, str, StatementKind, Channel]]
) -> None:
    _check_channels(text, want)


# "On his talks with B, he said": "his" is the speaker, as "he" is; the person named after
# it (the one he met) is not "he". A phrase set off before the attribution opens another
# occasion: the words do not carry on the speaker's post before them.
POSSESSIVE: list[ChannelRow] = [
    (
        (
            "Defence Minister Ola Berg, who reached Lima on Monday, met General Ana Rojas and "
            "Admiral Tomas Vidal.\n\n“Good talks with General Rojas today on the naval drill,” "
            "Mr. Berg said on Twitter.\n\nOn his meeting with Admiral Vidal, he said, “We agreed "
            "to train our crews together next year.”"
        ),
        [
            ("Berg", "Good talks with General Rojas today on the naval drill,", D, TWEET),
            ("Berg", "We agreed to train our crews together next year.", D, UNKNOWN),
        ],
    ),
    (
        (
            "Defence Minister Ola Berg met Admiral Tomas Vidal in Lima.\n\nAfter her talks with "
            "Admiral Vidal, Defence Minister Eva Lind spoke.\n\nOn her visit to Admiral Vidal's "
            "flagship, she said, “Our navies are ready to sail together.”"
        ),
        [("Lind", "Our navies are ready to sail together.", D, UNKNOWN)],
    ),
    # (a bare "he said" after the post carries it on)
    (
        (
            "Defence Minister Ola Berg met Admiral Tomas Vidal.\n\n“Good talks with Admiral "
            "Vidal today on the naval drill,” Berg tweeted.\n\n“We agreed to train our crews "
            "together next year,” he said."
        ),
        [
            ("Berg", "Good talks with Admiral Vidal today on the naval drill,", D, TWEET),
            ("Berg", "We agreed to train our crews together next year,", D, TWEET),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), POSSESSIVE)
def test_possessive_before_pronoun(
    text: str, want: list[tuple[str | None, str, StatementKind, Channel]]
) -> None:
    _check_channels(text, want)


# "told the U.S. secretary", "told the Chilean minister": a person is told, in lower case
# too; no newspaper or broadcaster, so no interview.
TOLD_A_PERSON: list[ChannelRow] = [
    (
        "“We will never forget your support,” Defence Minister Ana Vidal told the U.S. secretary.",
        [("Vidal", "We will never forget your support,", D, UNKNOWN)],
    ),
    (
        (
            "“Our crews will train together in May,” Admiral Tomas Berg told the Chilean "
            "minister on Monday."
        ),
        [("Berg", "Our crews will train together in May,", D, UNKNOWN)],
    ),
    # (a newspaper told is still an interview)
    (
        "“Our crews will train together in May,” Admiral Tomas Berg told the Lima Herald.",
        [("Berg", "Our crews will train together in May,", D, INTERVIEW)],
    ),
]


@pytest.mark.parametrize(("text", "want"), TOLD_A_PERSON)
def test_told_a_person_is_no_interview(
    text: str, want: list[tuple[str | None, str, StatementKind, Channel]]
) -> None:
    _check_channels(text, want)


# A subheading in quotation marks, a paragraph of its own, that the text quotes again in
# full below: the words count once, with the speaker named where they are quoted.
SUBHEADING: list[Row] = [
    (
        (
            "Defence Minister Ola Berg met Admiral Tomas Vidal in Lima.\n\nPhoto: Sgt. Ida Moe\n\n"
            "‘The sea lanes stay open’\n\nBerg spoke of the patrols.\n\n“The sea lanes stay "
            "open,” he said. “Our navies will see to that.”"
        ),
        [
            ("Berg", "The sea lanes stay open,", D),
            ("Berg", "Our navies will see to that.", D),
        ],
    ),
    # (a quoted subheading that is not quoted again stays)
    (
        (
            "Defence Minister Ola Berg met Admiral Tomas Vidal in Lima.\n\n“Good talks on the "
            "patrols today,” Berg said.\n\n“Ready for the spring patrols”\n\nThe admiral "
            "inspected the port."
        ),
        [
            ("Berg", "Good talks on the patrols today,", D),
            ("Berg", "Ready for the spring patrols", D),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), SUBHEADING)
def test_quoted_subheading_counts_once(text: str, want: Want) -> None:
    _check(text, want)


# A source that closes an attribution (", per a readout", ", according to his office") is
# no part of it: the clause before is reported, with the setting its verb names. A person's
# own office relays his words: no written medium, and the setting before carries on.
SOURCE_TAIL: list[ChannelRow] = [
    (
        (
            "The two navies must, above all, deepen their ties, Defence Minister Ola Berg told "
            "reporters before he met Admiral Tomas Vidal in Lima on Monday, per a Norwegian "
            "readout."
        ),
        [("Berg", "The two navies must, above all, deepen their ties", R, SPEECH)],
    ),
    (
        (
            "Patrols in the north will resume in May, Admiral Tomas Vidal told journalists, "
            "according to his office."
        ),
        [("Vidal", "Patrols in the north will resume in May", R, SPEECH)],
    ),
    (
        (
            "Defence Minister Ola Berg told reporters in Lima that the patrols would resume.\n\n"
            "“We stand with our friends,” Berg said, according to his office."
        ),
        [
            ("Berg", "the patrols would resume", R, SPEECH),
            ("Berg", "We stand with our friends,", D, SPEECH),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), SOURCE_TAIL)
def test_source_closing_attribution(
    text: str, want: list[tuple[str | None, str, StatementKind, Channel]]
) -> None:
    _check_channels(text, want)


# "said X has been the closest that it has": a finite verb of the clause's own subject
# stands between "said" and "that", so the clause opens after "said" (the "that" is inside).
FINITE_BEFORE_THAT: list[Row] = [
    (
        (
            "Defence Minister Ana Rojas met Peru's minister.\n\nThe Chilean Defence Minister "
            "said his country's bond with Peru has been the closest that it has in the region."
        ),
        [
            (
                "Rojas",
                "his country's bond with Peru has been the closest that it has in the region",
                R,
            )
        ],
    ),
    (
        (
            "Admiral Tomas Vidal said the drills were so useful that both navies would hold "
            "them every year."
        ),
        [
            (
                "Vidal",
                "the drills were so useful that both navies would hold them every year",
                R,
            )
        ],
    ),
    # (a finite verb in a relative clause before "that" leaves "that" the opener)
    (
        (
            "Admiral Tomas Vidal said during talks which were held in Lima that the navies "
            "would train together."
        ),
        [("Vidal", "the navies would train together", R)],
    ),
]


@pytest.mark.parametrize(("text", "want"), FINITE_BEFORE_THAT)
def test_finite_verb_before_that(text: str, want: Want) -> None:
    _check(text, want)


# A speaker's own spoken occasion ("in his opening remarks") lends its setting to his other
# quotations, not to another speaker's, whose words name no medium; an occasion both share
# ("at a joint press conference") lends it to both.
OWN_OCCASION: list[ChannelRow] = [
    (
        (
            "Defence Minister Ola Berg met Defence Minister Ana Rojas in Oslo.\n\n“We have found "
            "new ways to train together,” Berg said during the talks with his counterpart.\n\n"
            "“It is a pleasure to host you,” Berg said in his opening remarks.\n\n“Our navies "
            "are old friends,” Rojas said."
        ),
        [
            ("Berg", "We have found new ways to train together,", D, SPEECH),
            ("Berg", "It is a pleasure to host you,", D, SPEECH),
            ("Rojas", "Our navies are old friends,", D, UNKNOWN),
        ],
    ),
    (
        (
            "Defence Minister Ola Berg met Defence Minister Ana Rojas in Oslo.\n\n“It is a "
            "pleasure to host you,” Berg said at a joint press conference.\n\n“Our navies are "
            "old friends,” Rojas said."
        ),
        [
            ("Berg", "It is a pleasure to host you,", D, SPEECH),
            ("Rojas", "Our navies are old friends,", D, SPEECH),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), OWN_OCCASION)
def test_own_occasion_lends_to_its_speaker(
    text: str, want: list[tuple[str | None, str, StatementKind, Channel]]
) -> None:
    _check_channels(text, want)


# Within one paragraph: a sentence with no speech verb of its own between two reports of one
# speaker, a stance (a modal) rather than an event, goes on with his words; so does the
# sentence after a report that opens with the speaker's country and a verb of stance.
GOES_ON: list[Row] = [
    (
        (
            "Chilean Admiral Tomas Vidal met Peruvian General Ana Rojas in Lima.\n\nAdmiral "
            "Vidal said that the friendship between the two navies was old. Facing new threats "
            "at sea, the Chilean navy will train with its neighbours every year. Chile backs "
            "Peru in its efforts to guard its coasts, Vidal stated."
        ),
        [
            ("Vidal", "the friendship between the two navies was old", R),
            (
                "Vidal",
                (
                    "Facing new threats at sea, the Chilean navy will train with its neighbours "
                    "every year"
                ),
                R,
            ),
            ("Vidal", "Chile backs Peru in its efforts to guard its coasts", R),
        ],
    ),
    (
        (
            "Peruvian Defence Minister Ana Rojas met Admiral Tomas Vidal in Lima.\n\nRojas "
            "said that Peru regards Chile as a close friend. Peru appreciates the training "
            "Chile has given its sailors."
        ),
        [
            ("Rojas", "Peru regards Chile as a close friend", R),
            ("Rojas", "Peru appreciates the training Chile has given its sailors", R),
        ],
    ),
    # (a stance of another than the speaker's side between two reports, a fact of another
    # country after one, or a fact of his own country, is not his)
    (
        (
            "Chilean Admiral Tomas Vidal met Peruvian General Ana Rojas in Lima.\n\nAdmiral "
            "Vidal said that the navy would buy four frigates. The ministry will publish the "
            "tender in June. The frigates will replace older ships, Vidal added."
        ),
        [
            ("Vidal", "the navy would buy four frigates", R),
            ("Vidal", "The frigates will replace older ships", R),
        ],
    ),
    (
        (
            "Peruvian Defence Minister Ana Rojas met Admiral Tomas Vidal in Lima.\n\nRojas "
            "said that Peru regards Chile as a close friend. Chile appreciates the gesture."
        ),
        [("Rojas", "Peru regards Chile as a close friend", R)],
    ),
    (
        (
            "Peruvian Defence Minister Ana Rojas met Admiral Tomas Vidal in Lima.\n\nRojas "
            "said that Peru regards Chile as a close friend. Peru provides two ships a year "
            "to the joint patrol."
        ),
        [("Rojas", "Peru regards Chile as a close friend", R)],
    ),
]


@pytest.mark.parametrize(("text", "want"), GOES_ON)
def test_report_goes_on(text: str, want: Want) -> None:
    _check(text, want)


# A phrase in quotation marks that is the object of a preposition, in a sentence with no
# speech verb, is in scare quotes: nobody's words ("in line with values of “…”").
SCARE_OBJECT: list[Row] = [
    (
        (
            "Defence Minister Ola Berg on Monday held long talks with his Chilean counterpart "
            "with a focus on a partnership in line with shared values of ''democracy and the "
            "rule of law''."
        ),
        [],
    ),
    (
        (
            "Defence Minister Ola Berg held talks in Lima on the basis of “mutual respect and "
            "equal partnership between navies”."
        ),
        [],
    ),
    # (a speech verb, or a word of speaking, in the sentence keeps the words his)
    (
        (
            "Defence Minister Ola Berg, in his address, touched on “the need for restraint in "
            "the region”."
        ),
        [("Berg", "the need for restraint in the region", D)],
    ),
    (
        (
            "Defence Minister Ola Berg spoke of “a new era of naval cooperation” with his "
            "Chilean counterpart."
        ),
        [("Berg", "a new era of naval cooperation", D)],
    ),
]


@pytest.mark.parametrize(("text", "want"), SCARE_OBJECT)
def test_scare_quoted_object(text: str, want: Want) -> None:
    _check(text, want)


# A paragraph opening on a quotation that the text's end cuts off: its attribution is lost.
# Only the speaker of the sentence just before goes on; a body quoted paragraphs earlier
# does not. Two apostrophes (''…) open such a quotation as surely as a double mark.
CUT_OFF: list[Row] = [
    (
        (
            "Defence Minister Ola Berg met Admiral Tomas Vidal in Lima.\n\n''Both sides "
            "discussed ways to expand naval ties,'' the defence ministry said in a statement.\n\n"
            "Chile is among a few countries with an interest in the new patrol boats.\n\n"
            "The boats carry a crew of forty.\n\n''They (the ministers) reaffirmed their resolve "
            "to deepen the partnership based on trust and shared"
        ),
        [
            ("ministry", "Both sides discussed ways to expand naval ties,", D),
            (
                None,
                (
                    "They (the ministers) reaffirmed their resolve to deepen the partnership "
                    "based on trust and shared"
                ),
                D,
            ),
        ],
    ),
    (
        (
            "Defence Minister Ola Berg met Admiral Tomas Vidal in Lima.\n\nIn a post on "
            "Facebook, Berg wrote that Chile is one of Norway's oldest partners.\n\n“Each time "
            "we meet, our navies grow closer and"
        ),
        [
            ("Berg", "Chile is one of Norway's oldest partners", R),
            ("Berg", "Each time we meet, our navies grow closer and", D),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), CUT_OFF)
def test_cut_off_quotation(text: str, want: Want) -> None:
    _check(text, want)


# A body's press service described, not named ("the military's media wing said"): the one
# press body the text names speaks; when it names none, or several, nobody named does.
PRESS_WING: list[Row] = [
    (
        (
            "General Tomas Vidal has called on General Ana Rojas at the army headquarters, "
            "the military's media wing said on Monday.\n\nThe two generals discussed border "
            "security, the Army Public Relations said in a media release."
        ),
        [
            (
                "Public Relations",
                "General Tomas Vidal has called on General Ana Rojas at the army headquarters",
                R,
            ),
            ("Public Relations", "The two generals discussed border security", R),
        ],
    ),
    (
        (
            "General Tomas Vidal has called on General Ana Rojas at the army headquarters, "
            "the military's media wing said on Monday."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), PRESS_WING)
def test_press_wing_named_elsewhere(text: str, want: Want) -> None:
    _check(text, want)


# A quotation that opens on a named person's words reported ("“A said to B that …"): the
# clause after "that" is also a reported statement of A; the quotation stays its speaker's.
NESTED: list[Row] = [
    (
        (
            "Defence Minister Ola Berg met Admiral Tomas Vidal in Lima on Monday.\n\n“Berg said "
            "to his Chilean host that Norway will send two frigates to the spring drill,” "
            "ministry spokesman Lars Moe said."
        ),
        [
            (
                "Moe",
                (
                    "Berg said to his Chilean host that Norway will send two frigates to the "
                    "spring drill,"
                ),
                D,
            ),
            ("Berg", "Norway will send two frigates to the spring drill", R),
        ],
    ),
    (
        (
            "Defence Minister Ola Berg met Admiral Tomas Vidal in Lima on Monday.\n\n“Minister "
            "Berg said that Norway will not take part in the drill this year,” the spokesman "
            "told reporters."
        ),
        [
            (
                None,
                "Minister Berg said that Norway will not take part in the drill this year,",
                D,
            ),
            ("Berg", "Norway will not take part in the drill this year", R),
        ],
    ),
    # (a pronoun opening the quotation is the quoted speaker himself: no second speaker)
    (
        (
            "Defence Minister Ola Berg met Admiral Tomas Vidal in Lima on Monday.\n\n“He said "
            "that Norway will send two frigates to the spring drill,” ministry spokesman Lars "
            "Moe said."
        ),
        [("Moe", "He said that Norway will send two frigates to the spring drill,", D)],
    ),
]


@pytest.mark.parametrize(("text", "want"), NESTED)
def test_report_nested_in_quotation(text: str, want: Want) -> None:
    _check(text, want)
