"""Statements, ninth round: embedded-post signatures, inverted attributions, glad speakers.

Every sentence here is written for these tests. Rows run the whole pipeline
(``defrel.parse``); a row names a speaker by a word of the name.
"""

from __future__ import annotations

import pytest

import defrel
from defrel import Channel, StatementKind
from tests._statement_rows import Row, Want, check_statements

D, R = StatementKind.DIRECT, StatementKind.REPORTED

_check = check_statements


# An embedded post whose signature dash follows its link with no space, and a signature
# name with a bracketed unit.
POST_BODY = "The visiting admiral held talks with the fleet commander on training and ties."
POSTS: list[Row] = [
    (
        (
            f"The fleet commander met the admiral.\n\n{POST_BODY} pic.twitter.com/Qz81LkPw— "
            "Fleet Media (Navy) (@fleetmedia) March 3, 2024\n"
        ),
        [("Media", POST_BODY, D)],
    ),
    (
        (
            f"The fleet commander met the admiral.\n\n{POST_BODY} https://t.co/Ab12Cd— "
            "Fleet Media (@fleetmedia) March 3, 2024\n"
        ),
        [("Media", POST_BODY, D)],
    ),
    (
        (
            f"The fleet commander met the admiral.\n\n{POST_BODY} pic.twitter.com/Qz81LkPw — "
            "Fleet Media (Navy) (@fleetmedia) 3 March 2024\n"
        ),
        [("Media", POST_BODY, D)],
    ),
    # negatives: a dash glued to a word that is no link; a hyphenated word
    (
        (
            f"The fleet commander met the admiral.\n\n{POST_BODY[:-1]}— Fleet Media "
            "(@fleetmedia) March 3, 2024\n"
        ),
        [],
    ),
    (
        (
            "The fleet commander met the admiral.\n\nThe two navies sail in a well-known "
            "Fleet Media (@fleetmedia) March 3, 2024\n"
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), POSTS)
def test_posts(text: str, want: Want) -> None:
    _check(text, want)


def test_post_channel() -> None:
    text = POSTS[0][0]
    (st,) = defrel.parse(text).statements
    assert st.channel is Channel.TWEET


# "CLAUSE, X told AFP": the one told is no speaker; "CLAUSE, said X …" with a long
# trailing circumstance still reads; "CLAUSE, said A and B" names no one speaker.
INVERTED: list[Row] = [
    (
        (
            "Ties with Chile will grow in the coming years, Ola Berg, a spokesman for the "
            "Norwegian minister, told Reuters."
        ),
        [("Berg", "Ties with Chile will grow in the coming years", R)],
    ),
    (
        (
            "“Some ships were picked already… A choice is due by the end of June,” Ola Berg, a "
            "spokesman for the Norwegian minister, told AFP."
        ),
        [("Berg", "Some ships were picked already… A choice is due by the end of June,", D)],
    ),
    (
        (
            "General Tor Lund met the visiting minister. The day opened a new chapter in the "
            "defence ties between Norway and Chile, said Defence Minister Clara Voss after the two "
            "countries signed a long-awaited bilateral Defence Training and Exchange Arrangement."
        ),
        [
            (
                "Voss",
                "The day opened a new chapter in the defence ties between Norway and Chile",
                R,
            )
        ],
    ),
    (
        (
            "The ties between the two armies are strong and growing, said Minister Ola Berg of "
            "Norway and General Paul Ardent of Chile after the talks."
        ),
        [],
    ),
    (
        (
            "The ties between the two armies are strong and growing, said Minister Ola Berg and "
            "Chief of Staff Paul Ardent."
        ),
        [],
    ),
    (
        (
            "The ties between the two armies are strong and growing, said Minister Ola Berg after "
            "he held talks with General Paul Ardent in the capital."
        ),
        [("Berg", "The ties between the two armies are strong and growing", R)],
    ),
]


@pytest.mark.parametrize(("text", "want"), INVERTED)
def test_inverted(text: str, want: Want) -> None:
    _check(text, want)


# "X was pleased to note that …": a glad speaker, then the verb.
GLAD: list[Row] = [
    (
        (
            "President Clara Voss met General Paul Ardent. President Voss was happy to note that "
            "the partnership has been raised to a new level."
        ),
        [("Voss", "the partnership has been raised to a new level", R)],
    ),
    (
        (
            "Admiral Tor Lund was delighted to announce that the two fleets will train together "
            "in May, the statement read."
        ),
        [("Lund", "the two fleets will train together in May", R)],
    ),
    # negatives: no glad word before "to note"; "note" as a noun
    (
        (
            "General Paul Ardent met the minister. The minister plans to note that the two navies "
            "will hold a drill in May."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), GLAD)
def test_glad(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.xfail(strict=True, reason="a 'that' opening a relative clause after the object")
def test_glad_noun_object() -> None:
    # (the same as "He noted the progress that …", read as speech before this round too)
    _check(
        "General Paul Ardent met the minister. He was pleased to note the progress that the "
        "two navies have made this year.",
        [],
    )


# "A spokesman for X reported that …": a spokesperson speaks with a newsroom's verb; a
# newsroom itself does not.
SPOKESPERSON: list[Row] = [
    (
        (
            "A spokesperson for the Danish Navy reported that both admirals agreed to deepen "
            "naval cooperation in the Baltic."
        ),
        [("Navy", "both admirals agreed to deepen naval cooperation in the Baltic", R)],
    ),
    (
        "Local media reported that both admirals agreed to deepen naval cooperation in the Baltic.",
        [],
    ),
    (
        (
            "The Danish Navy reported that both admirals agreed to deepen naval cooperation in "
            "the Baltic."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), SPOKESPERSON)
def test_spokesperson_reported(text: str, want: Want) -> None:
    _check(text, want)


# "said he would not …, claiming that …": the clause "said" reports opens at its subject,
# not at the later "that".
MID_CLAUSE: list[Row] = [
    (
        (
            "Ahead of the visit, Governor Ola Berg said he would not meet the envoy alleging "
            "that the envoy is a hardline sympathiser."
        ),
        [
            (
                "Berg",
                "he would not meet the envoy alleging that the envoy is a hardline sympathiser",
                R,
            )
        ],
    ),
    (
        "Governor Ola Berg said he was sure that the two navies would train together.",
        [("Berg", "he was sure that the two navies would train together", R)],
    ),
    # negatives: a time or a setting between "said" and "that"
    (
        "Governor Ola Berg said on Monday that the two navies would train together.",
        [("Berg", "the two navies would train together", R)],
    ),
    (
        "Governor Ola Berg stated in his speech that the two navies would train together.",
        [("Berg", "the two navies would train together", R)],
    ),
]


@pytest.mark.parametrize(("text", "want"), MID_CLAUSE)
def test_mid_clause(text: str, want: Want) -> None:
    _check(text, want)


# "X, which …, stated that …": a country or an organisation before a long relative clause.
WHICH: list[Row] = [
    (
        (
            "Norway, which praised the active role Chile has been playing through the United "
            "Nations peace effort as well as the African Union Mission in Sudan (AUMS) to bring "
            "peace to the region, stated that it is ready to support the effort of the country."
        ),
        [("Norway", "it is ready to support the effort of the country", R)],
    ),
    (
        (
            "The Defence Ministry, which has overseen the long and costly renewal of the coastal "
            "radar network over the past ten years across the north, said that the last station "
            "will open in May."
        ),
        [("Ministry", "the last station will open in May", R)],
    ),
    # negatives: a relative clause about a thing; a clause of two parts
    (
        (
            "The plan, which was drafted by the two navies over many months of hard and detailed "
            "talks in the capital and the port city, stated that the fleets will train together."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), WHICH)
def test_which_subject(text: str, want: Want) -> None:
    _check(text, want)


# "…”, a statement by the ministry read.": the text that speaks named with its issuer.
READ_BY: list[Row] = [
    (
        (
            'The talks covered "training of cadets, joint patrols and maritime safety", a '
            "statement by the Norwegian Ministry of Defence read."
        ),
        [("Ministry", "training of cadets, joint patrols and maritime safety", D)],
    ),
    (
        ('"Training of cadets and joint patrols come next", a statement from the ministry read.'),
        [("ministry", "Training of cadets and joint patrols come next", D)],
    ),
    # negative: a person who reads a statement out does not speak its quoted words
    (
        (
            'The talks covered "training of cadets, joint patrols and maritime safety", and '
            "a clerk of the ministry read it out."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), READ_BY)
def test_read_by(text: str, want: Want) -> None:
    _check(text, want)


def test_read_by_channel() -> None:
    (st,) = defrel.parse(READ_BY[0][0]).statements
    assert st.channel is Channel.STATEMENT


# '” We will go,” she said.': a closing mark, then a space, that opens its paragraph and a
# capital after it, with a later mark in the paragraph: it opens the quotation.
SPACED_OPENER: list[Row] = [
    (
        (
            "Minister Clara Voss met General Paul Ardent on Monday.\n\n"
            "” Whatever we have built, we have built it together,” she said.\n"
        ),
        [("Voss", "Whatever we have built, we have built it together,", D)],
    ),
    # negatives: a closing mark of a quotation left open before; no later mark
    (
        (
            "Minister Clara Voss met General Paul Ardent on Monday. “We will build it all "
            "together and stay close\n\n” she said. Then they left.\n"
        ),
        [("Voss", "We will build it all together and stay close", D)],
    ),
    (
        "Minister Clara Voss met General Paul Ardent on Monday.\n\n” Then they left the base.\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), SPACED_OPENER)
def test_spaced_opener(text: str, want: Want) -> None:
    _check(text, want)


# "X said this …": the sentence before is X's words, unless it tells what several actors did
# or what X himself did.
RETOLD: list[Row] = [
    (
        (
            "Norway and Chile are determined to widen their naval ties in the years ahead.\n\n"
            "Defence Minister Ola Berg said this after a call on the Chilean president."
        ),
        [
            (
                "Berg",
                "Norway and Chile are determined to widen their naval ties in the years ahead",
                R,
            )
        ],
    ),
    (
        (
            "The defence ministers of Norway and Chile discussed naval ties by phone.\n\n"
            "Defence Minister Ola Berg said this in a post on his page."
        ),
        [],
    ),
    (
        (
            "Defence Minister Ola Berg has pledged to widen naval ties with Chile.\n\n"
            "Berg stated this at a dinner for the Chilean delegation on Friday."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), RETOLD)
def test_retold(text: str, want: Want) -> None:
    _check(text, want)


# "Name hailed X for “…,” noting that …": a name before "hailed"/"lauded" is a person
# (defrel/_mentions.py's verb list), who speaks the quotation and the clause after it.
HAILED: list[Row] = [
    (
        (
            "During the talks, Paul Ardent hailed Norway for “keeping the northern sea lanes "
            "open to all,” noting that the Norwegian navy remains the anchor of regional security."
        ),
        [
            ("Ardent", "keeping the northern sea lanes open to all,", D),
            ("Ardent", "the Norwegian navy remains the anchor of regional security", R),
        ],
    ),
    (
        (
            "Paul Ardent lauded the crews, noting that the two navies have trained together "
            "for ten years."
        ),
        [("Ardent", "the two navies have trained together for ten years", R)],
    ),
    # negative: a country that hails is no person, and says nothing here
    (
        "Norway hailed the agreement as a milestone for the region and its navies.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), HAILED)
def test_hailed(text: str, want: Want) -> None:
    _check(text, want)


# "The navy in a statement said, “…”": an organisation, then when or where it spoke, then
# the verb; "Air Force" heads an organisation as "Navy" does.
ORG_GAP: list[Row] = [
    (
        (
            "Norwegian Air Force in a statement said, “As close partners, Norway and Chile "
            "enjoy strong and growing ties.”"
        ),
        [("Air Force", "As close partners, Norway and Chile enjoy strong and growing ties.", D)],
    ),
    (
        (
            "The Norwegian Navy on Monday said, “As close partners, Norway and Chile enjoy "
            "strong and growing ties.”"
        ),
        [("Navy", "As close partners, Norway and Chile enjoy strong and growing ties.", D)],
    ),
    (
        "The Norwegian Navy in a statement said that Norway and Chile enjoy strong ties.",
        [("Navy", "Norway and Chile enjoy strong ties", R)],
    ),
    # negative: a gap of another kind leaves the speaker unnamed
    (
        (
            "The Norwegian Navy band played and the crowd said, “As close partners, Norway and "
            "Chile enjoy strong and growing ties.”"
        ),
        [(None, "As close partners, Norway and Chile enjoy strong and growing ties.", D)],
    ),
]


@pytest.mark.parametrize(("text", "want"), ORG_GAP)
def test_org_gap(text: str, want: Want) -> None:
    _check(text, want)


# A quotation alone in its paragraph, right after a body's quotation: the body's words too.
BEFORE_BODY: list[Row] = [
    (
        (
            "The air chiefs of Norway and Chile met on Monday.\n\n"
            "Norwegian Air Force in a statement said, “As close partners, Norway and Chile "
            "enjoy strong and growing ties.”\n\n"
            "“Both sides will discuss the scope of exchanges between the two air arms.”\n"
        ),
        [
            ("Air Force", "As close partners, Norway and Chile enjoy strong and growing ties.", D),
            (
                "Air Force",
                "Both sides will discuss the scope of exchanges between the two air arms.",
                D,
            ),
        ],
    ),
    # negative: no one quoted before, so no one speaks
    (
        (
            "The air chiefs of Norway and Chile met on Monday.\n\n"
            "“Both sides will discuss the scope of exchanges between the two air arms.”\n"
        ),
        [(None, "Both sides will discuss the scope of exchanges between the two air arms.", D)],
    ),
]


@pytest.mark.parametrize(("text", "want"), BEFORE_BODY)
def test_before_body(text: str, want: Want) -> None:
    _check(text, want)
