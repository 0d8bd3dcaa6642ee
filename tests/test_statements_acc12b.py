"""Statements, twelfth round (second pass): reported speech on unseen news.

Every sentence here is written for these tests (fictional people, real country names).
Rows run the whole pipeline (``defrel.parse``); a row names a speaker by a word of the name.
"""

from __future__ import annotations

import pytest

import defrel
from defrel import Channel, StatementKind
from tests._statement_rows import Row, check_statements

D, R = StatementKind.DIRECT, StatementKind.REPORTED


# An attribution set off inside the reported clause, whose list goes on after it: the clause
# is read up to the attribution, and "including …" opens no clause of speech of its own.
CONTINUED_AFTER_ATTRIBUTION: list[Row] = [
    (
        (
            "Defence Minister Arvid Lindqvist of Sweden met Danish Defence Minister Jens Holm "
            "on Monday. Lindqvist thanked the Danish minister for Denmark's support to regional "
            "security, spokesperson Maria Sand said, including the air policing mission over "
            "the Baltic states."
        ),
        [
            (
                "Sand",
                "Lindqvist thanked the Danish minister for Denmark's support to regional security",
                R,
            )
        ],
    ),
    (
        (
            "General Tomas Varga of Hungary hosted the Austrian army chief on Friday. Varga "
            "praised the Austrian troops for their work in the Balkans, ministry spokeswoman "
            "Eva Horak said, notably their patrols near the northern border."
        ),
        [("Horak", "Varga praised the Austrian troops for their work in the Balkans", R)],
    ),
    (
        (
            "Defence Minister Arvid Lindqvist of Sweden met Danish Defence Minister Jens Holm "
            "on Monday. The two ministers discussed training and exercises, spokesperson Maria "
            "Sand said, especially the winter drills in the north."
        ),
        [("Sand", "The two ministers discussed training and exercises", R)],
    ),
]


@pytest.mark.parametrize(("text", "want"), CONTINUED_AFTER_ATTRIBUTION)
def test_clause_continued_after_attribution(
    text: str, want: list[tuple[str | None, str, StatementKind]]
) -> None:
    check_statements(text, want)


# A body named by an acronym that keeps a small word's letter in lower case ("CoM" for a
# Council of Ministers, "HoPR"), where the text defines it: the body speaks, named in full.
MIXED_ACRONYM: list[Row] = [
    (
        (
            "The Council of Ministers (CoM) met in Tallinn on Monday. The CoM said that the "
            "defence pact with Latvia will be signed in the spring."
        ),
        [("Council of Ministers", "the defence pact with Latvia will be signed in the spring", R)],
    ),
    (
        (
            "The House of Peoples Representatives (HoPR) approved the bill on Tuesday. The HoPR "
            "said that the agreements with Kenya will strengthen the navy."
        ),
        [
            (
                "House of Peoples Representatives",
                "the agreements with Kenya will strengthen the navy",
                R,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), MIXED_ACRONYM)
def test_mixed_case_acronym_speaker(
    text: str, want: list[tuple[str | None, str, StatementKind]]
) -> None:
    check_statements(text, want)


def test_mixed_case_acronym_not_defined_names_nobody() -> None:
    # Without "(CoM)" in the text the letters spell out no body: no statement is made up.
    check_statements(
        "The Council met in Tallinn on Monday. The CoM said that the pact will be signed.", []
    )


# "the Deputy Prime Minister" is not the Prime Minister the text names: the speaker is the
# person met before whose own office was written otherwise ("Minister for Defence").
DEPUTY_OFFICE: list[Row] = [
    (
        (
            "Minister for Defence Arvid Lindqvist is coming to Finland tomorrow. During his "
            "visit, Lindqvist will meet Prime Minister Aino Virtanen. At the meeting, the Deputy "
            "Prime Minister said the two countries' defence ties are strong and growing."
        ),
        [("Lindqvist", "the two countries' defence ties are strong and growing", R)],
    ),
    (
        (
            "Defence Minister Arvid Lindqvist of Sweden arrived in Helsinki on Monday and met "
            "Prime Minister Aino Virtanen. The deputy prime minister said that the navies will "
            "train together in May."
        ),
        [("Lindqvist", "the navies will train together in May", R)],
    ),
    # (the Prime Minister herself is still the Prime Minister)
    (
        (
            "Deputy Prime Minister Arvid Lindqvist of Sweden met Prime Minister Aino Virtanen on "
            "Monday. The Prime Minister said that the navies will train together in May."
        ),
        [("Virtanen", "the navies will train together in May", R)],
    ),
]


@pytest.mark.parametrize(("text", "want"), DEPUTY_OFFICE)
def test_deputy_is_not_the_office_holder(
    text: str, want: list[tuple[str | None, str, StatementKind]]
) -> None:
    check_statements(text, want)


# "the Deputy PM" names an office in its initials: a speaker, resolved as "the Deputy Prime
# Minister" is; never the Prime Minister the text names.
DEPUTY_PM: list[Row] = [
    (
        (
            "Minister for Defence Arvid Lindqvist is coming to Finland tomorrow. The Deputy PM "
            "says the two countries' defence ties are strong and growing."
        ),
        [("Lindqvist", "the two countries' defence ties are strong and growing", R)],
    ),
    (
        (
            "Minister for Defence Arvid Lindqvist is coming to Finland tomorrow, where he will "
            "meet Prime Minister Aino Virtanen. The Deputy PM says the two countries' defence "
            "ties are strong and growing."
        ),
        [("Lindqvist", "the two countries' defence ties are strong and growing", R)],
    ),
]


@pytest.mark.parametrize(("text", "want"), DEPUTY_PM)
def test_deputy_pm_speaker(text: str, want: list[tuple[str | None, str, StatementKind]]) -> None:
    check_statements(text, want)


def test_pm_in_a_time_is_no_speaker() -> None:
    # "5 PM" is an hour, no office: the sentence after it keeps its own speaker.
    check_statements(
        "Defence Minister Arvid Lindqvist of Sweden met Danish officials on Monday. The talks "
        "ended at 5 PM. Lindqvist said that the navies will train together in May.",
        [("Lindqvist", "the navies will train together in May", R)],
    )


# A censure after "and" is the speaker's next act, no part of the reported clause: "said
# that A was ready to help and condemned the raids".
CENSURE_CUTS: list[Row] = [
    (
        (
            "Swedish Defence Minister Arvid Lindqvist said in talks with his Danish counterpart "
            "Jens Holm on Monday that Stockholm was ready to deepen naval cooperation with "
            "Copenhagen and condemned the attacks on undersea cables in the Baltic."
        ),
        [("Lindqvist", "Stockholm was ready to deepen naval cooperation with Copenhagen", R)],
    ),
    (
        (
            "Swedish Defence Minister Arvid Lindqvist said on Monday that the navy would stay in "
            "the Baltic, and criticised the cuts to the coast guard budget."
        ),
        [("Lindqvist", "the navy would stay in the Baltic", R)],
    ),
    (
        (
            "Polish Defence Minister Jan Nowak said on Friday that Warsaw would buy more air "
            "defence systems and rejected claims that the army was short of shells."
        ),
        [("Nowak", "Warsaw would buy more air defence systems", R)],
    ),
]


@pytest.mark.parametrize(("text", "want"), CENSURE_CUTS)
def test_censure_ends_reported_clause(
    text: str, want: list[tuple[str | None, str, StatementKind]]
) -> None:
    check_statements(text, want)


def test_rejected_inside_the_clause_stays() -> None:
    # "had rejected" is the clause's own verb (no "and" before it): the clause runs on.
    check_statements(
        "Swedish Defence Minister Arvid Lindqvist said on Monday that the navy had rejected the "
        "plan and would stay in the Baltic.",
        [("Lindqvist", "the navy had rejected the plan and would stay in the Baltic", R)],
    )


def _channels(text: str) -> list[Channel]:
    return [st.channel for st in defrel.parse(text).statements]


_RELEASE_BODY = (
    "Minister of Defence Arvid Lindqvist hosted Danish Defence Minister Jens Holm in Oslo on "
    "Monday.\n\n“Our navies will train together in the North Sea next spring. This is a clear "
    "step for the security of the region,” says Minister of Defence Arvid Lindqvist."
)


def test_release_issued_by_a_ministry_is_a_statement() -> None:
    # A source line "(Source: <a ministry>; issued <date>)" heads a release reprinted whole:
    # a quotation in it without a cue of its own is the release's words.
    text = (
        "Closer Naval Ties Between Norway and Denmark\n(Source: Norway Ministry of Defence; "
        "issued March 3, 2020)\n" + _RELEASE_BODY
    )
    assert _channels(text) == [Channel.STATEMENT]


def test_source_line_without_issued_names_no_release() -> None:
    text = "Closer Naval Ties Between Norway and Denmark\n(Source: Norway Ministry of Defence)\n"
    assert _channels(text + _RELEASE_BODY) == [Channel.UNKNOWN]


# "…, Lindqvist's office said": the office of a person the text names speaks (a body named
# by its holder); "it said" after it is that office again.
NAMED_OFFICE: list[Row] = [
    (
        (
            "Sweden's Defence Minister Arvid Lindqvist met Denmark's top general in Stockholm on "
            "Friday to discuss regional security, Lindqvist's office said."
        ),
        [
            (
                "Lindqvist's office",
                (
                    "Sweden's Defence Minister Arvid Lindqvist met Denmark's top general in "
                    "Stockholm on Friday to discuss regional security"
                ),
                R,
            )
        ],
    ),
    (
        (
            "Sweden's Defence Minister Arvid Lindqvist met Denmark's top general Jens Holm in "
            "Stockholm on Friday, Lindqvist's office said. The two sides noted that cooperation "
            "has grown since 2020, it said."
        ),
        [
            (
                "Lindqvist's office",
                (
                    "Sweden's Defence Minister Arvid Lindqvist met Denmark's top general Jens Holm "
                    "in Stockholm on Friday"
                ),
                R,
            ),
            ("Lindqvist's office", "The two sides noted that cooperation has grown since 2020", R),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), NAMED_OFFICE)
def test_named_persons_office_speaks(
    text: str, want: list[tuple[str | None, str, StatementKind]]
) -> None:
    check_statements(text, want)


def test_office_of_a_name_never_met_names_nobody() -> None:
    # "Berg" is named nowhere else: no office of a person the text knows.
    check_statements(
        "Sweden's Defence Minister Arvid Lindqvist met Danish officials on Friday. The talks "
        "went well, Berg's office said.",
        [],
    )


# "it said" after a sentence that closes on its source ("…, according to the Defence
# Ministry."): that body's words, not those of the office that spoke before.
_OFFICE_LEAD = (
    "Sweden's Defence Minister Arvid Lindqvist met Denmark's top general Jens Holm in Stockholm "
    "on Friday, Lindqvist's office said. Later in the day, army chief General Eva Berg met Holm "
    "for talks on the Baltic, according to "
)
_IT_SAID = " The two sides noted that cooperation has grown since 2020, it said."
_LEAD_CLAUSE = (
    "Sweden's Defence Minister Arvid Lindqvist met Denmark's top general Jens Holm in Stockholm "
    "on Friday"
)
_NOTED = "The two sides noted that cooperation has grown since 2020"
ACCORDING_BODY: list[Row] = [
    (
        _OFFICE_LEAD + "the Defence Ministry." + _IT_SAID,
        [("Lindqvist's office", _LEAD_CLAUSE, R), ("Defence Ministry", _NOTED, R)],
    ),
    (
        _OFFICE_LEAD + "the Swedish Armed Forces (SAF)." + _IT_SAID,
        [("Lindqvist's office", _LEAD_CLAUSE, R), ("Swedish Armed Forces", _NOTED, R)],
    ),
    # (a person as the source is no "it")
    (
        _OFFICE_LEAD + "Berg." + _IT_SAID,
        [("Lindqvist's office", _LEAD_CLAUSE, R), ("Lindqvist's office", _NOTED, R)],
    ),
]


@pytest.mark.parametrize(("text", "want"), ACCORDING_BODY)
def test_it_said_after_according_to_a_body(
    text: str, want: list[tuple[str | None, str, StatementKind]]
) -> None:
    check_statements(text, want)


# A transcript label that names the office first, then the person ("DEPUTY PRIME MINISTER,
# ARVID LINDQVIST: …"): the person speaks, not the office.
_TURN = (
    "It is good to be here today and to host my friend the Danish Minister for Defence. We "
    "are starting talks on a new defence pact."
)


@pytest.mark.parametrize(
    "label",
    ["DEPUTY PRIME MINISTER, ARVID LINDQVIST", "DEFENCE MINISTER, ARVID LINDQVIST"],
)
def test_office_first_turn_label(label: str) -> None:
    got = defrel.parse(f"Press Conference, Oslo\n\n{label}: {_TURN}").statements
    assert [(st.text, st.channel) for st in got] == [(_TURN, Channel.SPEECH)]
    assert got[0].speaker is not None
    assert got[0].speaker.name == "Arvid Lindqvist"


def test_name_first_turn_label_unchanged() -> None:
    got = defrel.parse(
        f"Press Conference, Oslo\n\nARVID LINDQVIST, DEPUTY PRIME MINISTER: {_TURN}"
    ).statements
    assert [st.speaker.name if st.speaker else None for st in got] == ["Arvid Lindqvist"]


# And the other way: "the Minister of National Defence" is not the deputy minister the text
# names after the minister.
MINISTER_NOT_DEPUTY: list[Row] = [
    (
        (
            "On Monday the Minister of National Defence Arvid Lindqvist met the Minister of "
            "Defence of Denmark, Jens Holm.\n\nThe talks were attended by the deputy Minister of "
            "National Defence, Eva Berg, and the Chief of Defence, General Ola Dahl.\n\nDuring "
            "the talks, the Minister of National Defence stated that the two navies will train "
            "together in the Baltic."
        ),
        [("Lindqvist", "the two navies will train together in the Baltic", R)],
    ),
    # (a deputy the only one of that office named is still the one the office means)
    (
        (
            "On Monday the deputy Minister of National Defence Eva Berg met the Danish army "
            "chief.\n\nDuring the talks, the Minister of National Defence stated that the two "
            "armies will train together in the spring."
        ),
        [("Berg", "the two armies will train together in the spring", R)],
    ),
]


@pytest.mark.parametrize(("text", "want"), MINISTER_NOT_DEPUTY)
def test_minister_is_not_the_deputy(
    text: str, want: list[tuple[str | None, str, StatementKind]]
) -> None:
    check_statements(text, want)


# A bare clause after a verb other than "said" that opens on a pronoun and a past verb:
# "added he appreciated …" (no "that", no auxiliary).
_MET = (
    "Swedish Defence Minister Arvid Lindqvist met Danish Defence Minister Jens Holm in Oslo on "
    "Monday. "
)
PRONOUN_PAST: list[Row] = [
    (
        _MET + "Lindqvist added he appreciated the presence of Danish ships in the Baltic.",
        [("Lindqvist", "he appreciated the presence of Danish ships in the Baltic", R)],
    ),
    (
        _MET + "Lindqvist stressed they agreed on the need for more joint drills.",
        [("Lindqvist", "they agreed on the need for more joint drills", R)],
    ),
    # (a verb of the present after the pronoun: not read as a clause, as before)
    (_MET + "Lindqvist stressed he needs more ships.", []),
]


@pytest.mark.parametrize(("text", "want"), PRONOUN_PAST)
def test_pronoun_and_past_verb_open_a_bare_clause(
    text: str, want: list[tuple[str | None, str, StatementKind]]
) -> None:
    check_statements(text, want)


# "CLAUSE, X told <a newsroom or an audience described>": the one told is no part of the
# attribution's subject, and the clause before is X's.
_PATROL = "The two navies would patrol the Baltic together"
TOLD_DESCRIBED: list[Row] = [
    (_MET + _PATROL + ", Lindqvist told the Swedish news agency TT.", [("Lindqvist", _PATROL, R)]),
    (
        _MET + _PATROL + ", Lindqvist told state broadcaster SVT on Tuesday.",
        [("Lindqvist", _PATROL, R)],
    ),
    (_MET + _PATROL + ", Lindqvist told local media.", [("Lindqvist", _PATROL, R)]),
    (
        _MET + _PATROL + ", Lindqvist told the German newspaper Die Welt.",
        [("Lindqvist", _PATROL, R)],
    ),
    (_MET + _PATROL + ", Lindqvist told his Danish counterpart.", [("Lindqvist", _PATROL, R)]),
]


@pytest.mark.parametrize(("text", "want"), TOLD_DESCRIBED)
def test_told_a_described_newsroom_or_audience(
    text: str, want: list[tuple[str | None, str, StatementKind]]
) -> None:
    check_statements(text, want)


# "told <his counterpart / a newsroom described> CLAUSE" (no "that") and "was cited as
# saying CLAUSE": the told and the citing stand between the speaker and the clause.
TOLD_BARE_DESCRIBED: list[Row] = [
    (
        _MET + "Lindqvist told his counterpart the two navies would patrol the Baltic together.",
        [("Lindqvist", "the two navies would patrol the Baltic together", R)],
    ),
    (
        _MET + "Lindqvist told the Swedish news agency TT the two navies would patrol the Baltic "
        "together.",
        [("Lindqvist", "the two navies would patrol the Baltic together", R)],
    ),
    (
        _MET + "Lindqvist told state broadcaster SVT on Tuesday the two navies would patrol the "
        "Baltic together.",
        [("Lindqvist", "the two navies would patrol the Baltic together", R)],
    ),
    (
        _MET + "Lindqvist was cited as saying the two navies would patrol the Baltic together.",
        [("Lindqvist", "the two navies would patrol the Baltic together", R)],
    ),
    # (what he told his counterpart is no clause: nothing is reported)
    (_MET + "Lindqvist told his counterpart the importance of the Baltic.", []),
]


@pytest.mark.parametrize(("text", "want"), TOLD_BARE_DESCRIBED)
def test_told_described_then_bare_clause(
    text: str, want: list[tuple[str | None, str, StatementKind]]
) -> None:
    check_statements(text, want)


# Speech acts with a clause: "pledged that …", "promised that …", "conceded that …",
# "predicted that …" report words; "pledged to patrol" reports none (a commitment's verb).
SPEECH_ACTS: list[Row] = [
    (_MET + "Lindqvist pledged to patrol the Baltic together with the Danish navy.", [])
]
for _verb in ("pledged", "promised", "conceded", "predicted"):
    _want: list[tuple[str | None, str, StatementKind]] = [
        ("Lindqvist", "the two navies would patrol the Baltic together", R)
    ]
    SPEECH_ACTS.append(
        (_MET + f"Lindqvist {_verb} that the two navies would patrol the Baltic together.", _want)
    )


@pytest.mark.parametrize(("text", "want"), SPEECH_ACTS)
def test_speech_acts_with_that(
    text: str, want: list[tuple[str | None, str, StatementKind]]
) -> None:
    check_statements(text, want)


# "CLAUSE, X said, and “…”": the quotation after the attribution goes on with the speaker's
# words; the clause before it is still reported.
def test_clause_before_attribution_and_quotation() -> None:
    check_statements(
        _MET + 'The meeting showed the "highest level of trust" between the two navies, '
        'Lindqvist said, and "also the shared wish of our countries to train together in the '
        'Baltic."',
        [
            (
                "Lindqvist",
                'The meeting showed the "highest level of trust" between the two navies',
                R,
            ),
            ("Lindqvist", "highest level of trust", D),
            (
                "Lindqvist",
                "also the shared wish of our countries to train together in the Baltic.",
                D,
            ),
        ],
    )


# A bare participle ("noting …", no "that") before a subject and a past verb: the subject a
# name in capitals or a pronoun; "noting Denmark's contribution" is no clause.
PARTICIPLE_PAST: list[Row] = [
    (
        _MET + "Lindqvist said the two countries have been deepening their defence ties, noting "
        "the Swedish Navy and Coast Guard sent the largest-ever Swedish contingent to this "
        "year's exercise.",
        [
            ("Lindqvist", "the two countries have been deepening their defence ties", R),
            (
                "Lindqvist",
                (
                    "the Swedish Navy and Coast Guard sent the largest-ever Swedish contingent to "
                    "this year's exercise"
                ),
                R,
            ),
        ],
    ),
    (
        _MET + "Lindqvist welcomed the talks, noting he appreciated Denmark's contribution to "
        "the Baltic patrols.",
        [("Lindqvist", "he appreciated Denmark's contribution to the Baltic patrols", R)],
    ),
    (_MET + "Lindqvist welcomed the talks, noting Denmark's contribution to the patrols.", []),
]


@pytest.mark.parametrize(("text", "want"), PARTICIPLE_PAST)
def test_bare_participle_then_subject_and_past_verb(
    text: str, want: list[tuple[str | None, str, StatementKind]]
) -> None:
    check_statements(text, want)


# A scare quote of three words, one a compound ("rules-based"), is under four words: no
# statement (a quotation of four words apart from the hyphen is).
def test_hyphened_scare_quote_is_no_statement() -> None:
    check_statements(
        _MET + 'The two sides shared a view on how to strengthen the "rules-based international '
        "order,\" according to Lindqvist's ministry.",
        [],
    )


def test_four_words_with_a_compound_stay() -> None:
    check_statements(
        _MET + '"Our long-term partnership will grow," Lindqvist said.',
        [("Lindqvist", "Our long-term partnership will grow,", D)],
    )


# The words of a banner or a placard are nobody's statement.
SIGNS: list[Row] = [
    (
        (
            "Swedish Defence Minister Arvid Lindqvist arrived in Oslo on Monday. Norwegian "
            'officers were seen clapping under a banner that read, "Full support and friendship '
            'with the Swedish armed forces."'
        ),
        [],
    ),
    (
        (
            "Swedish Defence Minister Arvid Lindqvist arrived in Oslo on Monday. Protesters held "
            'placards reading "No more foreign troops in Norway" outside the ministry.'
        ),
        [],
    ),
    (
        (
            "Swedish Defence Minister Arvid Lindqvist arrived in Oslo on Monday. Lindqvist said: "
            '"The banner that greeted us was kind."'
        ),
        [("Lindqvist", "The banner that greeted us was kind.", D)],
    ),
]


@pytest.mark.parametrize(("text", "want"), SIGNS)
def test_sign_words_are_no_statement(
    text: str, want: list[tuple[str | None, str, StatementKind]]
) -> None:
    check_statements(text, want)
