"""The commitment stage: one row per cue, per split rule and per negative."""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest

import defrel
from defrel._commitments import find_commitments
from defrel._model import Actor, Country, Meeting, Span, Statement
from defrel._text import prepare
from defrel._types import CountryMention, Mentions, PersonMention

BRA = Country("BRA", "Brazil")
ZAF = Country("ZAF", "South Africa")
MEETING = Meeting(countries=(BRA, ZAF))

ROWS = [
    # Rows are: a sentence, then the (action, modality) pairs it yields.
    ("Both sides will hold a naval exercise.", [("hold a naval exercise", "will")]),
    (
        "The accord shall guide their ties for a decade.",
        [("guide their ties for a decade", "shall")],
    ),
    ("The two countries agreed to set up a working group.", [("set up a working group", "agreed")]),
    ("The ministers concurred to expand staff talks.", [("expand staff talks", "agreed")]),
    ("They decided to open a liaison office.", [("open a liaison office", "decided")]),
    (
        "The two sides agreed on the need to step up patrols.",
        [("step up patrols", "agreed")],
    ),
    (
        "They reaffirmed their commitment and support to train more pilots.",
        [("train more pilots", "committed")],
    ),
    ("The leaders resolved to fight piracy together.", [("fight piracy together", "other")]),
    ("They committed to sharing radar data.", [("sharing radar data", "committed")]),
    ("Both countries pledged to train more pilots.", [("train more pilots", "committed")]),
    (
        "They reaffirmed their commitment to deepen the partnership.",
        [("deepen the partnership", "committed")],
    ),
    ("The two sides intend to sign a pact.", [("sign a pact", "intend")]),
    ("They look forward to welcoming the cadets.", [("welcoming the cadets", "look_forward")]),
    ("The navy is willing to send a frigate.", [("send a frigate", "other")]),
    ("The navy was prepared to send a frigate.", [("send a frigate", "other")]),
    ("The report was prepared by the staff.", []),
    (
        "A supply accord is expected to be signed between the two countries.",
        [("A supply accord is expected to be signed between the two countries", "expected")],
    ),
    ("The army chief is likely to visit the academy.", [("visit the academy", "expected")]),
    (
        "He said the two armies would train together.",
        [("train together", "will")],
    ),
    (
        "The plan has a roadmap which shall steer the talks.",
        [("steer the talks", "shall")],
    ),
    # Coordinated actions with their own verb are split; shared objects are not.
    (
        "Both sides will identify new projects and facilitate joint research.",
        [("identify new projects", "will"), ("facilitate joint research", "will")],
    ),
    (
        "The navy is willing to build a dock, further expand drills, and jointly patrol a strait.",
        [
            ("build a dock", "other"),
            ("further expand drills", "other"),
            ("jointly patrol a strait", "other"),
        ],
    ),
    (
        "They agreed to deepen and expand cooperation.",
        [("deepen and expand cooperation", "agreed")],
    ),
    (
        "They resolved to continue to strengthen the alliance and preserve calm.",
        [("continue to strengthen the alliance and preserve calm", "other")],
    ),
    # The clause ends at a past verb, a new modal or an attribution.
    (
        "They decided to meet monthly and re-affirmed that ties were strong.",
        [("meet monthly", "decided")],
    ),
    (
        "Both sides agreed to hold drills and will not sell arms.",
        [("hold drills", "agreed")],
    ),
    (
        "We will train the cadets and we won't stop there, he said.",
        [("train the cadets", "will")],
    ),
    ("The next round will be held in the capital.", []),
    # "commitment to" / "committed to" take an action: a gerund, a verb or "the <act> of".
    (
        "They restated their commitment to the rotation of a patrol ship.",
        [("the rotation of a patrol ship", "committed")],
    ),
    ("The navy is committed to rebuilding the pier.", [("rebuilding the pier", "committed")]),
    ("The chiefs vowed to stop the smugglers.", [("stop the smugglers", "committed")]),
    # A participle with its own cue, or "and <speech verb>", starts a new commitment.
    (
        "The ministers pledged to work together, agreeing to review the pact yearly.",
        [("work together", "committed"), ("review the pact yearly", "agreed")],
    ),
    (
        "They pledged to train cadets and noted they looked forward to hosting a summit.",
        [("train cadets", "committed"), ("hosting a summit", "look_forward")],
    ),
    # A non-restrictive relative clause ends at its comma; attributions and links are cut.
    (
        "The accord, which will be ratified by parliament, covers drills.",
        [("The accord, which will be ratified by parliament", "will")],
    ),
    (
        "The pact will expand drills, the defence minister has announced.",
        [("expand drills", "will")],
    ),
    ("Both sides will expand drills https://t.co/xyz", [("expand drills", "will")]),
    # A demonstrative subject: the document, or what the sentence before named.
    ("This treaty will guide the navies.", [("guide the navies", "will")]),
    (
        "They signed a maritime agreement. This will include joint patrols.",
        [("include joint patrols", "will")],
    ),
    # want / wish / aim / seek to: an intention, when the verb is an act of the relation.
    ("We want to deepen our naval ties.", [("deepen our naval ties", "intend")]),
    ("Both navies aim to expand port visits.", [("expand port visits", "intend")]),
    ("The two sides seek to conclude a logistics pact.", [("conclude a logistics pact", "intend")]),
    # "shall be ready to": the modal binds the verb after "to".
    (
        "Once the treaty is signed, we shall be ready to host the drills.",
        [("host the drills", "shall")],
    ),
    # A list of gerunds is split like a list of infinitives.
    (
        "They are willing to continue expanding drills, improving logistics, and sharing data.",
        [
            ("continue expanding drills", "other"),
            ("improving logistics", "other"),
            ("sharing data", "other"),
        ],
    ),
    # Gerunds after "by" are the manner of one action, not actions of their own.
    (
        "The pact will bolster ties by deepening talks, improving drills and sharing data.",
        [("bolster ties by deepening talks, improving drills and sharing data", "will")],
    ),
    # Future forms: progressive, joint passives, readiness, promises.
    ("They will be attending the fleet review.", [("attending the fleet review", "will")]),
    ("Both navies will be hosting cadets.", [("hosting cadets", "will")]),
    # (in capitals: "be" is looked for in the lower-cased copy)
    ("We Shall Be Ready To host the drills.", [("host the drills", "shall")]),
    (
        "Joint patrols will be conducted by both sides.",
        [("Joint patrols will be conducted by both sides", "will")],
    ),
    (
        "A new radar will be developed jointly.",
        [("A new radar will be developed jointly", "will")],
    ),
    (
        "The two ministers declared their readiness to expand drills.",
        [("expand drills", "other")],
    ),
    ("The navy expressed readiness to host the talks.", [("host the talks", "other")]),
    ("The air force stands ready to train pilots.", [("train pilots", "other")]),
    ("Both sides are ready to sign the pact.", [("sign the pact", "other")]),
    ("The minister promised to buy more tankers.", [("buy more tankers", "committed")]),
    ("The ministry undertook to deliver the boats.", [("deliver the boats", "committed")]),
    (
        "The envoy declared the readiness of the coast guard to help in training crews.",
        [("help in training crews", "other")],
    ),
    ("They voiced willingness to host the cadets.", [("host the cadets", "other")]),
    (
        "He stressed the navy's determination to guard the port.",
        [("guard the port", "other")],
    ),
    # A country's own body as the subject of a reported "would".
    (
        "The Minister of Trade, Ana Lima, said the government would expand the depots.",
        [("expand the depots", "will")],
    ),
    ("The army will buy howitzers.", [("buy howitzers", "will")]),
    ("He said such military drills would build the capacity of troops.", []),
    # A belief frames the clause after it: its subject is the one that binds.
    ("“I believe the new accord will bring jobs to both,” she said.", []),
    ("I believe both sides will sign the pact.", [("sign the pact", "will")]),
    ("They are confident the drills will strengthen ties.", []),
    # A state is not an act; a purpose of a past event is not a plan.
    ("Both sides will always enjoy close ties.", []),
    ("Both sides will always hold drills.", [("always hold drills", "will")]),
    ("The trip was intended to strengthen ties.", []),
    ("They intended to strengthen ties.", [("strengthen ties", "intend")]),
    ("Both sides will continue to hold staff talks.", [("continue to hold staff talks", "will")]),
    ("The army plans to buy howitzers.", [("buy howitzers", "intend")]),
    (
        "The two nations agreed to a new logistics pact.",
        [("a new logistics pact", "agreed")],
    ),
    # A document under "shall" binds; a document that "will" have an effect is a prediction,
    # unless the means are acts of the parties ("by holding ...").
    (
        "The accord shall help both navies expand patrols.",
        [("help both navies expand patrols", "shall")],
    ),
    (
        "The treaty will bolster ties by holding yearly drills.",
        [("bolster ties by holding yearly drills", "will")],
    ),
    ("The agreement will bring benefits to both peoples.", []),
    ("They signed a maritime accord. This will strengthen ties.", []),
    ("He said the cooperation would invigorate the arms industry.", []),
    ("The deal is expected to boost ties.", []),
    ("The troops should have never left, he said.", []),
    ("“We should have stayed,” he said.", []),
    ("We will be amazing.", []),
    # Negatives: a pledge to refrain right after "will" binds ("will not deploy"); a feeling
    # ("will never forget") and the contraction do not.
    ("Both sides will not deploy troops.", [("not deploy troops", "will")]),
    ("The country won't buy the jets.", []),
    ("Both sides will never forget the help.", []),
    # "agreed that <anything> will ...": the ones who agreed are bound (not to a forecast),
    # with the modality of their agreement.
    (
        "The chiefs agreed that the joint board will meet every June.",
        [("meet every June", "agreed")],
    ),
    ("They agreed that the new accord will bring jobs.", []),
    ("They agreed that it would be wise.", []),
    # ", and <subject> will": a new clause with its own modal.
    (
        "Both sides will buy tankers this year, and their crews will be training together.",
        [("buy tankers", "will"), ("training together", "will")],
    ),
    ("We'll never sell the port, he said.", []),
    ("They could hold talks later.", []),
    ("The ministers explored ways of building depots.", []),
    ("The weather will improve tomorrow.", []),
    ("It will also add to regional efforts.", []),
    ("The move will provide momentum to the ties.", []),
    ("They were urged to exercise restraint.", []),
    ("The two militaries should expand exchanges, he said.", []),
    ("I have been looking forward to meeting you.", []),
    ("They reaffirmed their commitment to the treaty.", []),
    ("They reaffirmed their shared commitment to democracy.", []),
    ("The army is committed to shared security.", []),
    ("I want to call you by your first name.", []),
    ("This will be a long year.", []),
    ("The new radar, which will be a first, is French.", []),
    ("The talks will cover drills and training.", []),
    ("The talks would be underway soon, he said.", []),
    ("It was the country's will and capability that mattered.", []),
    # The parties' own hope or wish to act binds them loosely, as "keen to" and "desire to"
    # do (modality other); a hope that another will act is no pledge of theirs.
    ("Both sides hope to open a joint flight school.", [("open a joint flight school", "other")]),
    ("The two navies wish to train together.", [("train together", "other")]),
    ("He voiced the hope that the envoy will keep pushing for talks.", []),
    ("They hoped the two fleets would soon hold drills, he said.", []),
    ("She expressed her wish that both armies will stay in touch.", []),
    ("They want to train together.", [("train together", "intend")]),
    # "pledged (his|their) support to <verb>": the verb is the action; a recipient is not.
    (
        "The chiefs pledged their support to uphold civilian rule.",
        [("uphold civilian rule", "committed")],
    ),
    (
        "He pledged his full support and cooperation to secure the border.",
        [("secure the border", "committed")],
    ),
    (
        "They vowed their continued support to guard the strait.",
        [("guard the strait", "committed")],
    ),
    ("They pledged support to the new government.", []),
    ("They pledged their support to Lisbon.", []),
    # "agree(d) that we/both sides must ...": what they agreed to.
    ("We agree that we must expand the patrols.", [("expand the patrols", "agreed")]),
    (
        "The ministers agreed that both sides should share more data.",
        [("share more data", "agreed")],
    ),
    ("They agreed that the two countries need to hold talks.", [("hold talks", "agreed")]),
    # "agreements to <verb>": signed documents, not the purpose of a meeting to sign them.
    ("Two agreements to expand naval training were signed.", [("expand naval training", "agreed")]),
    ("The envoys met to sign agreements to boost trade.", []),
    # An effect: "will have a positive impact", a deal "reached between ..." helping.
    ("He said closer ties will have a positive impact on the region.", []),
    ("They believe the deal reached in May will help bring calm.", []),
    # An apostrophe inside a quotation is no closing quote.
    (
        "“We will review this year’s plan for the drills,” he said.",
        [("review this year’s plan for the drills", "will")],
    ),
    # A purpose clause ends the action and is no commitment of its own.
    (
        "Both sides will expand joint drills, so that they will be able to act fast.",
        [("expand joint drills", "will")],
    ),
    (
        "The two navies will share data, so that each side will see more.",
        [("share data", "will")],
    ),
    # A plan called off later in the sentence.
    ("The jets were set to land at the base, but the host scrapped the plan.", []),
    ("The two sides agreed to hold drills, but later cancelled them.", []),
    (
        "The jets were set to land at the base; the host approved.",
        [("land at the base", "expected")],
    ),
    ("The frigates are due to dock at the naval base.", [("dock at the naval base", "expected")]),
    # a day or an adverb between the verb and its "to"
    (
        "The two sides agreed on Monday to set up a working group.",
        [("set up a working group", "agreed")],
    ),
    (
        "Both ministers vowed Wednesday to expand staff talks.",
        [("expand staff talks", "committed")],
    ),
    ("They decided again to extend the pact.", [("extend the pact", "decided")]),
    (
        "Chile pledged continued partnership to address shared threats.",
        [("address shared threats", "committed")],
    ),
    ("The envoys were scheduled to tour the shipyard.", [("tour the shipyard", "expected")]),
    ("The cadets are slated to train at the academy.", [("train at the academy", "expected")]),
    ("The parade is scheduled to be held at the base.", []),  # an event's date, no party's act
    # a wish voiced as a noun
    (
        "The minister expressed his aspiration to expand naval cooperation.",
        [("expand naval cooperation", "other")],
    ),
    (
        "She expressed Chile's keenness to deepen the partnership.",
        [("deepen the partnership", "other")],
    ),
    # the help pledged, a noun phrase, is the action
    (
        "Chile pledged continued support for the navy's modernisation.",
        [("continued support for the navy's modernisation", "committed")],
    ),
    (
        "They stressed their commitment to joint efforts to counter piracy.",
        [("joint efforts to counter piracy", "committed")],
    ),
    ("They stressed their commitment to peace.", []),  # a value held, not an action
    # an adverb before "be" of a progressive
    (
        "Both navies will also be holding drills in the strait.",
        [("holding drills in the strait", "will")],
    ),
    # an event promises nothing
    ("The visit promised to bring new momentum to the ties.", []),
    (
        "Peru pledged all possible support for the navy's modernisation.",
        [("all possible support for the navy's modernisation", "committed")],
    ),
    # a person's own expectation, not an event's
    (
        "She said she expected to receive the delegation soon.",
        [("receive the delegation", "expected")],
    ),
    ("The talks, expected to last two days, began on Monday.", []),
    # the aim of agreed steps or measures is the action
    (
        "The two sides agreed steps to further deepen cooperation.",
        [("further deepen cooperation", "agreed")],
    ),
    ("They agreed on concrete measures to curb smuggling.", [("curb smuggling", "agreed")]),
    # plans only talked about are a topic, plans made bind
    ("The two ministers discussed plans to boost naval collaboration.", []),
    ("Chile plans to buy two frigates.", [("buy two frigates", "intend")]),
    ("The two ministers discussed a plan to boost naval drills.", []),
    ("The two ministers drew up a plan to boost naval drills.", [("boost naval drills", "intend")]),
    # a short quoted word stays in the action, its closing mark too
    (
        'The two navies are set to meet for a "rare" joint drill off Natal on Monday.',
        [('meet for a "rare" joint drill off Natal', "expected")],
    ),
    (
        'Both sides will send a "light" brigade and a "heavy" squadron to the coast.',
        [('send a "light" brigade and a "heavy" squadron to the coast', "will")],
    ),
    # a long quotation opening the action: the action is quoted, up to its closing mark
    (
        'Both sides will "gradually widen their pilot exchanges across all services," he said.',
        [("gradually widen their pilot exchanges across all services", "will")],
    ),
    (
        'The navy seeks to "consolidate its links with the coast guards of the region" soon.',
        [("consolidate its links with the coast guards of the region", "intend")],
    ),
    # "will be" and a verb in -ing: the itinerary's act; an adjective in -ing is none
    (
        "They will also be inspecting the new radar sites.",
        [("inspecting the new radar sites", "will")],
    ),
    ("He said they would also be touring the dockyard.", [("touring the dockyard", "will")]),
    ("They would also be touring the dockyard.", [("touring the dockyard", "will")]),
    ("They said the drills will be demanding.", []),
    ("They would be willing.", []),
    # the subject before an apposition set off by commas; not before a "he said" aside
    (
        "Their envoy, Colonel Ruiz (retd), will tour the cadet school.",
        [("tour the cadet school", "will")],
    ),
    ("The new scheme, he said, will deepen the links.", []),
    # a time set off before the verb is no action of its own
    (
        "Both sides will later this month, sign a supply pact.",
        [("sign a supply pact", "will")],
    ),
    # the goal of a thing, an aim "with" an act: purposes, not plans
    ("The treaty’s goal is to widen pilot exchanges.", []),
    ("They are in Lima with an aim to expand pilot exchanges.", []),
    ("The visit aims to widen pilot exchanges.", []),
    ("Our goal is to widen pilot exchanges.", [("widen pilot exchanges", "intend")]),
    ("They intend to widen pilot exchanges.", [("widen pilot exchanges", "intend")]),
    # a thing that will develop of itself: a forecast; with an object, an act
    ("He said the ties would further develop.", []),
    ("He said their cooperation would continue to grow.", []),
    ("He said the alliance would develop new drones.", [("develop new drones", "will")]),
    # "adding that": a speech frame, and the subject after "that"
    (
        "He said the pacts were signed, adding that the accords would be ratified by June.",
        [("the accords would be ratified", "will")],
    ),
    ("He said that the weather will be fine.", []),
    # noun cues: "intent", "dedication", a holder of some words, "will" after a possessive
    ("They signed a letter of intent to buy four tankers.", [("buy four tankers", "intend")]),
    ("They stressed their dedication to hosting cadets.", [("hosting cadets", "committed")]),
    ("They stressed their dedication to peace.", []),
    (
        "He voiced the readiness of the nation's army to host a drill.",
        [("host a drill", "other")],
    ),
    (
        "He voiced the keenness of the Ministry of Defence of his nation to host a drill.",
        [("host a drill", "other")],
    ),
    ("I voiced my will to deepen naval ties.", [("deepen naval ties", "intend")]),
    ("They said it was the will of the people.", []),
    ("They will to some extent gain.", []),
    # "to not only A but also B": one action, from "not"
    (
        "They reaffirmed a commitment to not only hold drills but also share radar data.",
        [("not only hold drills but also share radar data", "committed")],
    ),
    # a headline in title case: the capital verb after a capital cue
    ("Navy Chiefs Agree to Expand Joint Patrols", [("Expand Joint Patrols", "agreed")]),
    ("The chiefs agree to Expand Joint Patrols.", []),
    # a short quoted phrase opening the action stays in it, with what follows
    (
        'They said they would "talk often" with the air force chiefs.',
        [('"talk often" with the air force chiefs', "will")],
    ),
]


def _read(sentence: str, mentions: Mentions | None = None) -> list[tuple[str, str]]:
    found = find_commitments(prepare(sentence), mentions or Mentions(), (), (MEETING,), (), ())
    return [(c.action, c.modality.value) for c in found]


@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_commitment_rows(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _read(sentence) == expected


TIMEFRAMES = [
    ("Both sides will build a depot over the next few years.", "over the next few years"),
    ("Both sides will build a depot by 2027.", "by 2027"),
    ("Both sides will build a depot this year.", "this year"),
    ("Both sides will build a depot in the coming years.", "in the coming years"),
    ("Both sides will build a depot next year.", "next year"),
    ("Both sides will build a depot at an early date.", "at an early date"),
    ("Both sides will build a depot tomorrow.", "tomorrow"),
    ("Both sides will build a depot soon.", "soon"),
    ("Both sides will build a depot on Friday.", "on Friday"),
    ("Both sides will build a depot next Tuesday.", "next Tuesday"),
    ("Both sides will build a depot on 21 March.", "on 21 March"),
    ("Both sides will build a depot on 21 March 2027.", "on 21 March 2027"),
    ("Both sides will build a depot later today.", "later today"),
    ("Both sides will build a depot.", None),
]


@pytest.mark.parametrize(("sentence", "timeframe"), TIMEFRAMES)
def test_timeframe_rows(sentence: str, timeframe: str | None) -> None:
    (found,) = find_commitments(prepare(sentence), Mentions(), (), (MEETING,), (), ())
    assert found.timeframe == timeframe
    assert found.action == "build a depot"


def _mentions(text: str, names: dict[str, Country]) -> Mentions:
    found = []
    for surface, country in names.items():
        at = text.index(surface)
        found.append(CountryMention(at, at + len(surface), country, "name"))
    return Mentions(countries=tuple(sorted(found, key=lambda m: m.start)))


PARTIES = [
    ("Both sides will hold drills.", {}, {"BRA", "ZAF"}),
    ("The two countries agreed to hold drills.", {}, {"BRA", "ZAF"}),
    ("The two ministers agreed to hold drills.", {}, {"BRA", "ZAF"}),
    (
        "Brazil and South Africa will hold drills.",
        {"Brazil": BRA, "South Africa": ZAF},
        {"BRA", "ZAF"},
    ),
    ("The Brazilian side is willing to hold drills.", {"Brazilian": BRA}, {"BRA"}),
    ("He welcomed Brazil's plan to host drills.", {"Brazil": BRA}, {"BRA"}),
    ("They agreed to hold drills.", {}, {"BRA", "ZAF"}),
    ("The two defence chiefs will hold drills.", {}, {"BRA", "ZAF"}),
    ("Brazil will host a South African frigate.", {"Brazil": BRA, "South African": ZAF}, {"BRA"}),
    ("Brazil will meet South Africa in May.", {"Brazil": BRA, "South Africa": ZAF}, {"BRA", "ZAF"}),
    # A visit binds the visitor; a meeting binds both. (A courtesy call, "will call on", is
    # a visit's protocol: no commitment, tests/test_commitments_acc12.py.)
    (
        "The Brazilian envoy will visit the South African premier.",
        {"Brazilian": BRA, "South African": ZAF},
        {"BRA"},
    ),
    # "with their <country> counterparts": the counterparts' side is not bound.
    (
        "The ministers will hold talks with their South African counterparts.",
        {"South African": ZAF},
        {"BRA"},
    ),
    # Readiness of a named holder, a body of a country with its possession as object.
    (
        "He declared the readiness of the South African navy to train cadets.",
        {"South African": ZAF},
        {"ZAF"},
    ),
    # an agreement binds both sides of the talks, one side named
    ("Brazil agreed to hold drills.", {"Brazil": BRA}, {"BRA", "ZAF"}),
    ("Brazil will hold drills.", {"Brazil": BRA}, {"BRA"}),
    (
        "He said the government would strengthen Brazil's naval ties.",
        {"Brazil": BRA},
        {"BRA"},
    ),
    (
        "He said the government would strengthen Brazil’s naval ties.",  # a curly apostrophe
        {"Brazil": BRA},
        {"BRA"},
    ),
]


@pytest.mark.parametrize(("sentence", "names", "codes"), PARTIES)
def test_party_rows(sentence: str, names: dict[str, Country], codes: set[str]) -> None:
    mentions = _mentions(sentence, names)
    (found,) = find_commitments(prepare(sentence), mentions, (), (MEETING,), (), ())
    assert {c.code for c in found.parties} == codes


def test_spans_and_areas() -> None:
    from defrel._areas import find_areas

    text = prepare("Both sides will hold joint exercises and expand cyber security talks.")
    areas = find_areas(text, Mentions())
    found = find_commitments(text, Mentions(), (), (MEETING,), (), areas)
    assert [c.action for c in found] == ["hold joint exercises", "expand cyber security talks"]
    assert [[a.value for a in c.areas] for c in found] == [["military-exercises"], ["cyber"]]
    for commitment in found:
        (action,) = (s for s in commitment.spans if s.role == "action")
        assert text.text[action.start : action.end] == commitment.action


SEED_COMMITMENTS = [
    ("shall", {"IND", "USA"}, "guide the policy direction for the two countries"),
    (
        "will",
        {"IND", "USA"},
        (
            "identify opportunities for the co-development of new technologies and co-production"
            " of existing and new systems"
        ),
    ),
    (
        "will",
        {"IND", "USA"},
        (
            "facilitate increased collaboration between defence start-up ecosystems of the two"
            " countries"
        ),
    ),
    ("agreed", {"IND", "USA"}, "maintain the momentum of engagement"),
    (
        "look_forward",
        {"IND"},
        (
            "closely working with the US across the domains for capacity building and further"
            " consolidating our strategic partnership"
        ),
    ),
    (
        "expected",
        {"IND", "USA"},
        "defence accords are expected to be signed between the two countries",
    ),
]
SEED_AREAS = {
    "defence-industry",
    "supply-chains",
    "co-development",
    "co-production",
    "innovation",
    "artificial-intelligence",
    "space",
    "regional-security",
    "military-exercises",
    "technology-transfer",
    "capacity-building",
}


def test_seed_commitments(seed_report: defrel.Report) -> None:
    got = sorted(
        (c.modality.value, {p.code for p in c.parties}, c.action) for c in seed_report.commitments
    )
    assert got == sorted(SEED_COMMITMENTS, key=lambda row: (row[0], sorted(row[1]), row[2]))


def test_seed_timeframe(seed_report: defrel.Report) -> None:
    timeframes = {c.action: c.timeframe for c in seed_report.commitments}
    assert (
        timeframes["guide the policy direction for the two countries"] == "over the next few years"
    )


def test_seed_areas(seed_report: defrel.Report) -> None:
    assert {a.id.value for a in seed_report.areas} == SEED_AREAS


def test_headline_future() -> None:
    text = "Brazil, South Africa to expand naval ties\nThe ministers met on Monday."
    mentions = _mentions(text, {"Brazil": BRA, "South Africa": ZAF})
    (found,) = find_commitments(prepare(text), mentions, (), (MEETING,), (), ())
    assert (found.action, found.modality.value) == ("expand naval ties", "will")
    assert {c.code for c in found.parties} == {"BRA", "ZAF"}


def test_third_party_is_not_bound() -> None:
    chile = Country("CHL", "Chile")
    text = "Chile will oppose the new naval base."
    mentions = _mentions(text, {"Chile": chile})
    assert find_commitments(prepare(text), mentions, (), (MEETING,), (), ()) == ()


def test_we_in_a_quote_is_the_speakers_country() -> None:
    from defrel._model import Actor, Span, Statement

    text = "“We will train your pilots next year,” the minister said."
    speaker = Actor("Ana Souza", "Defence Minister", BRA)
    quote = Statement(speaker, text[1:37], spans=(Span(1, 37, "quote"),))
    (found,) = find_commitments(prepare(text), Mentions(), (), (MEETING,), (quote,), ())
    assert [c.code for c in found.parties] == ["BRA"]
    assert (found.action, found.timeframe) == ("train your pilots", "next year")


def test_subject_before_a_relative_clause() -> None:
    text = "The Brazilian envoy, who landed on Sunday, will leave on Tuesday."
    mentions = _mentions(text, {"Brazilian": BRA})
    (found,) = find_commitments(prepare(text), mentions, (), (MEETING,), (), ())
    assert (found.action, [c.code for c in found.parties]) == ("leave on Tuesday", ["BRA"])
    # An itinerary's "will meet" is the planned meeting, not a commitment.
    text = "The Brazilian envoy, who landed on Sunday, will meet the premier."
    mentions = _mentions(text, {"Brazilian": BRA})
    assert find_commitments(prepare(text), mentions, (), (MEETING,), (), ()) == ()


def test_passive_after_we_will_in_a_quote() -> None:
    from defrel._model import Actor, Span, Statement

    text = "“We will send new boats. Most will be built at home,” the minister said."
    speaker = Actor("Ana Souza", "Defence Minister", ZAF)
    quote = Statement(speaker, text[1:51], spans=(Span(1, 51, "quote"),))
    found = find_commitments(prepare(text), Mentions(), (), (MEETING,), (quote,), ())
    assert [(c.action, [p.code for p in c.parties]) for c in found] == [
        ("send new boats", ["ZAF"]),
        ("Most will be built at home", ["ZAF"]),
    ]
    # Without the speaker's own "we will" before it, a passive binds nobody.
    text = "“The next round will be held at home,” the minister said."
    quote = Statement(speaker, text[1:37], spans=(Span(1, 37, "quote"),))
    assert find_commitments(prepare(text), Mentions(), (), (MEETING,), (quote,), ()) == ()


def test_a_thing_of_a_country_predicts_an_effect() -> None:
    text = (
        "Brazil's support will help the navy. The visit of the Brazilian chief will strengthen"
        " ties. The Brazilian side will help train pilots."
    )
    mentions = _mentions(text, {"Brazil": BRA, "Brazilian chief": BRA, "Brazilian side": BRA})
    found = find_commitments(prepare(text), mentions, (), (MEETING,), (), ())
    assert [(c.action, [p.code for p in c.parties]) for c in found] == [
        ("help train pilots", ["BRA"])
    ]


def test_two_people_of_one_side_bind_that_side() -> None:
    from defrel._model import Actor
    from defrel._types import PersonMention

    text = "Souza and Lima will travel to Pretoria in May."
    actors = (Actor("Ana Souza", country=BRA), Actor("Rui Lima", country=BRA))
    people = (PersonMention(0, 5, 0, "surname"), PersonMention(10, 14, 1, "surname"))
    mentions = Mentions(actors=actors, people=people)
    (found,) = find_commitments(prepare(text), mentions, (), (MEETING,), (), ())
    assert [c.code for c in found.parties] == ["BRA"]
    # One of them without a known country: the meeting's two countries.
    actors = (Actor("Ana Souza", country=BRA), Actor("Rui Lima"))
    mentions = Mentions(actors=actors, people=people)
    (found,) = find_commitments(prepare(text), mentions, (), (MEETING,), (), ())
    assert {c.code for c in found.parties} == {"BRA", "ZAF"}


def test_people_named_together_bind_their_sides_not_their_objects() -> None:
    body = (
        "Brazilian Defence Minister Ana Souza met South African Defence Minister Thabo Nkosi "
        "in Pretoria on Monday. Both Minister Souza and Minister Nkosi strongly condemned "
        "North Korea's missile test and resolved to coordinate their responses closely."
    )
    found = defrel.parse(body, published=dt.date(2024, 3, 6)).commitments
    (decided,) = [c for c in found if c.action.startswith("coordinate")]
    assert {c.code for c in decided.parties} == {"BRA", "ZAF"}


def test_we_agreed_in_a_quote_binds_both() -> None:
    from defrel._model import Actor, Span, Statement

    text = "“We agreed to expand the drills,” the minister said."
    speaker = Actor("Ana Souza", "Defence Minister", BRA)
    quote = Statement(speaker, text[1:33], spans=(Span(1, 33, "quote"),))
    (found,) = find_commitments(prepare(text), Mentions(), (), (MEETING,), (quote,), ())
    assert {c.code for c in found.parties} == {"BRA", "ZAF"}
    text = "“We will create jobs for our two countries,” the minister said."
    quote = Statement(speaker, text[1:43], spans=(Span(1, 43, "quote"),))
    (found,) = find_commitments(prepare(text), Mentions(), (), (MEETING,), (quote,), ())
    assert {c.code for c in found.parties} == {"BRA", "ZAF"}
    text = "“We will train your pilots,” the minister said."
    quote = Statement(speaker, text[1:27], spans=(Span(1, 27, "quote"),))
    (found,) = find_commitments(prepare(text), Mentions(), (), (MEETING,), (quote,), ())
    assert {c.code for c in found.parties} == {"BRA"}


def test_cue_prefilter_finds_every_cue() -> None:
    from defrel._areas import lowered
    from defrel._commitments import _CUE, _cue_matches

    text = lowered(" ".join(row[0] for row in ROWS) + " We'll see. They hoped to meet.")
    expected = [m.span() for m in _CUE.finditer(text)]
    assert expected
    assert [(start, end) for start, end, _ in _cue_matches(text)] == expected


CHL = Country("CHL", "Chile")
_DEMONYMS = {
    "Brazilian": BRA,
    "Brazil's": BRA,
    "Brazil": BRA,
    "Chilean": CHL,
    "Chile": CHL,
    "South African": ZAF,
}


def _quoted(text: str) -> tuple[Mentions, tuple[Statement, ...]]:
    """Ana Souza (no country known), named in full first, then as the speaker of a quote."""
    found = [
        CountryMention(m.start(), m.end(), country, "name")
        for surface, country in _DEMONYMS.items()
        for m in re.finditer(rf"\b{surface}(?![\w'])", text)
    ]
    first, last = text.index("Ana Souza"), text.rindex("Souza")
    people = (
        PersonMention(first, first + 9, 0, "full"),
        PersonMention(last, last + 5, 0, "surname"),
    )
    mentions = Mentions(
        countries=tuple(sorted(found, key=lambda m: m.start)),
        actors=(Actor("Ana Souza"),),
        people=people,
    )
    quote: tuple[Statement, ...] = ()
    if "“" in text:
        a, b = text.index("“") + 1, text.index("”")
        quote = (Statement(Actor("Ana Souza"), text[a:b], spans=(Span(a, b, "quote"),)),)
    return mentions, quote


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The apposition after the name tells the speaker's country, whatever the meeting's.
        (
            (
                "Ana Souza, head of the Brazilian Air Force, met Chilean officers. “We will train"
                " your cadets,” Souza said."
            ),
            ["BRA"],
        ),
        (
            (
                "Ana Souza, the chief of staff of Brazil's navy and a former pilot, met Chilean"
                " officers. “We will train your cadets,” Souza said."
            ),
            ["BRA"],
        ),
        # A posting is not a home: "ambassador to Chile" (the meeting's free side is taken).
        (
            (
                "Ana Souza, ambassador to Chile, met Chilean officers. “We will train your"
                " cadets,” Souza said."
            ),
            ["ZAF"],
        ),
        # A relative clause is no apposition.
        (
            (
                "Ana Souza, who toured Chile last year, met Chilean officers. “We will train"
                " your cadets,” Souza said."
            ),
            ["ZAF"],
        ),
    ],
)
def test_speaker_country_from_apposition(text: str, codes: list[str]) -> None:
    mentions, quote = _quoted(text)
    chilean = Actor("Rui Vidal", country=CHL)
    meeting = Meeting(countries=(ZAF, CHL), participants=(Actor("Ana Souza"), chilean))
    (found,) = find_commitments(prepare(text), mentions, (), (meeting,), quote, ())
    assert [c.code for c in found.parties] == codes


def test_we_agreed_binds_the_speakers_own_meeting() -> None:
    # Two bilaterals: the speaker's "we agreed" binds her own meeting's pair, not the other.
    text = (
        "Ana Souza, head of the Brazilian Air Force, met Chilean officers. Later, South African"
        " and Chilean envoys met. “We agreed to expand the drills,” Souza said."
    )
    mentions, quote = _quoted(text)
    first = Meeting(
        countries=(BRA, CHL),
        spans=(Span(text.index("met Ch"), text.index("met Ch") + 3, "trigger"),),
    )
    second_at = text.index("envoys met") + 7
    second = Meeting(countries=(ZAF, CHL), spans=(Span(second_at, second_at + 3, "trigger"),))
    (found,) = find_commitments(prepare(text), mentions, (), (first, second), quote, ())
    assert {c.code for c in found.parties} == {"BRA", "CHL"}


def test_subject_before_appositions_and_auxiliaries() -> None:
    # "X, <apposition> and Y, <apposition>, have jointly pledged": both named sides.
    text = (
        "Lima, chief of the Brazilian navy, and Dube, the South African army head, have jointly"
        " pledged to fight piracy."
    )
    mentions = _mentions(text, {"Brazilian": BRA, "South African": ZAF})
    (found,) = find_commitments(
        prepare(text), mentions, (), (Meeting(countries=(BRA, CHL)),), (), ()
    )
    assert (found.action, {c.code for c in found.parties}) == ("fight piracy", {"BRA", "ZAF"})


def test_his_support_binds_its_holder() -> None:
    text = (
        "Dube said Brazil and South Africa share much and pledged his support to secure the coast."
    )
    names = {"Brazil": BRA, "South Africa": ZAF}
    his = text.index("his")
    mentions = attrs.evolve(
        _mentions(text, names),
        actors=(Actor("Sipho Dube", country=ZAF),),
        people=(PersonMention(0, 4, 0, "surname"), PersonMention(his, his + 3, 0, "pronoun")),
    )
    (found,) = find_commitments(prepare(text), mentions, (), (MEETING,), (), ())
    assert (found.action, [c.code for c in found.parties]) == ("secure the coast", ["ZAF"])


def test_an_action_said_twice_is_one_record() -> None:
    # Narration, then the quoted post: one record, bound to the parties of both.
    text = (
        "The minister said both nations look forward to deepening the partnership.\n\n"
        "“We look forward to deepening the partnership,” the post read."
    )
    found = find_commitments(prepare(text), Mentions(), (), (MEETING,), (), ())
    assert [(c.action, {p.code for p in c.parties}) for c in found] == [
        ("deepening the partnership", {"BRA", "ZAF"})
    ]
    # Two different actions stay two.
    text = "Both sides will buy tankers. Both sides will buy trainers."
    assert len(find_commitments(prepare(text), Mentions(), (), (MEETING,), (), ())) == 2


@pytest.mark.parametrize(
    "verb",
    [
        "will hold the annual defence dialogue with",
        "will be holding the third strategic dialogue with",
        "will hold talks with",
        "will meet",
    ],
)
def test_holding_a_dialogue_with_binds_both(verb: str) -> None:
    text = f"The Brazilian minister {verb} the South African army chief."
    mentions = _mentions(text, {"Brazilian": BRA, "South African": ZAF})
    (found,) = find_commitments(prepare(text), mentions, (), (MEETING,), (), ())
    assert {c.code for c in found.parties} == {"BRA", "ZAF"}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # The title before the name: "Brazil's air force chief, Ana Souza".
        (
            (
                "Brazil's air force chief, Ana Souza, met Chilean officers. “We will train your"
                " cadets,” Souza said."
            ),
            ["BRA"],
        ),
        (
            (
                "Air Force Chief of Staff of Brazil Lt. Gen. Ana Souza met Chilean officers."
                " “We will train your cadets,” Souza said."
            ),
            ["BRA"],
        ),
        # Not a title: a verb, another person, or a line break stand between.
        (
            (
                "A deal for Brazil was signed after Ana Souza met Chilean officers. “We will train"
                " your cadets,” Souza said."
            ),
            ["ZAF"],
        ),
        (
            (
                "Brazil Air Show 2031\n\nAna Souza met Chilean officers. “We will train your"
                " cadets,” Souza said."
            ),
            ["ZAF"],
        ),
        # "of <Country>" right after the name.
        (
            "Ana Souza of Brazil met Chilean officers. “We will train your cadets,” Souza said.",
            ["BRA"],
        ),
        # In a list, the country before the next name is that one's title, not an apposition.
        (
            (
                "Ana Souza, Chilean Navy Chief Rui Vidal and others met. “We will train your"
                " cadets,” Souza said."
            ),
            ["ZAF"],
        ),
    ],
)
def test_speaker_country_from_title(text: str, codes: list[str]) -> None:
    mentions, quote = _quoted(text)
    if "Rui Vidal" in text:
        at = text.index("Rui Vidal")
        people = tuple(
            sorted((*mentions.people, PersonMention(at, at + 9, 1, "full")), key=lambda p: p.start)
        )
        actors = (*mentions.actors, Actor("Rui Vidal", country=CHL))
        mentions = attrs.evolve(mentions, people=people, actors=actors)
    chilean = Actor("Rui Vidal", country=CHL)
    meeting = Meeting(countries=(ZAF, CHL), participants=(Actor("Ana Souza"), chilean))
    (found,) = find_commitments(prepare(text), mentions, (), (meeting,), quote, ())
    assert [c.code for c in found.parties] == codes


def test_an_envoy_is_of_the_country_that_sends_him() -> None:
    # "Chilean Ambassador to South Africa Rui Vidal": a mention stage that gave him the
    # posting's country is overruled.
    text = (
        "Chilean Ambassador to South Africa Rui Vidal met the minister. Vidal expressed thanks"
        " to South Africa and pledged to expand naval visits."
    )
    names = {"Chilean": CHL, "South Africa": ZAF}
    found_names = [
        CountryMention(m.start(), m.end(), country, "name")
        for surface, country in names.items()
        for m in re.finditer(surface, text)
    ]
    first, last = text.index("Rui Vidal"), text.index("Vidal expressed")
    mentions = Mentions(
        countries=tuple(sorted(found_names, key=lambda m: m.start)),
        actors=(Actor("Rui Vidal", country=ZAF),),
        people=(
            PersonMention(first, first + 9, 0, "full"),
            PersonMention(last, last + 5, 0, "surname"),
        ),
    )
    meeting = Meeting(countries=(ZAF, CHL))
    (found,) = find_commitments(prepare(text), mentions, (), (meeting,), (), ())
    # The person who acts first in the clause, not the country in the object of "expressed".
    assert (found.action, [c.code for c in found.parties]) == ("expand naval visits", ["CHL"])


def test_a_release_opens_on_its_issuers_official() -> None:
    from defrel._types import OrgMention

    text = (
        "Brazil Ministry of Defence\n\nMinister Ana Souza held talks with the Chilean chief."
        " “We will send two frigates,” Souza said."
    )
    mentions, quote = _quoted(text)
    org_at = text.index("Ministry")
    mentions = attrs.evolve(
        mentions,
        countries=tuple(c for c in mentions.countries if c.start > 30),
        organisations=(OrgMention(org_at, org_at + 19, "Ministry of Defence", BRA),),
    )
    meeting = Meeting(countries=(CHL, ZAF))
    (found,) = find_commitments(prepare(text), mentions, (), (meeting,), quote, ())
    assert [c.code for c in found.parties] == ["BRA"]


def test_the_encounter_of_the_paragraph_picks_the_pair() -> None:
    # Souza (Brazil) meets a Chilean, then a South African; "the two agreed" in the second
    # paragraph binds Brazil and the side of the person named there.
    text = (
        "Souza met Rui Vidal on Monday.\n\n"
        "On Tuesday she met Sipho Dube. The two agreed to share radar data.\n\n"
        "On Wednesday she flew home."
    )
    a, b = text.index("Rui Vidal"), text.index("Sipho Dube")
    actors = (
        Actor("Ana Souza", country=BRA),
        Actor("Rui Vidal", country=CHL),
        Actor("Sipho Dube", country=ZAF),
    )
    people = (
        PersonMention(0, 5, 0, "surname"),
        PersonMention(a, a + 9, 1, "full"),
        PersonMention(b, b + 10, 2, "full"),
    )
    mentions = Mentions(actors=actors, people=people)
    first = Meeting(countries=(BRA, CHL), spans=(Span(6, 9, "trigger"),))
    second = Meeting(countries=(BRA, ZAF), spans=(Span(b - 4, b - 1, "trigger"),))
    # The meetings in the order a meeting stage may give: the Chilean one spoken of last.
    late = Meeting(countries=(BRA, CHL), spans=(Span(b + 12, b + 15, "trigger"),))
    for meetings in ((first, second), (first, second, late)):
        (found,) = find_commitments(prepare(text), mentions, (), meetings, (), ())
        assert {c.code for c in found.parties} == {"BRA", "ZAF"}


def test_fast_cues_match_as_the_whole_pattern() -> None:
    from defrel._commitments import _CUE, _cue_matches

    text = (
        "we will go. we will not go. they would like tea. he said they would meet."
        " we shall see. we shall never yield. their willingness to help. it would have been."
        " they will\nnever stop. the willingness of the navy to sail. we'll train."
    )
    text *= 20_001 // len(text) + 1  # the fast alternatives serve long texts
    expected = [(m.start(), m.end(), m.lastgroup) for m in _CUE.finditer(text)]
    assert _cue_matches(text) == expected
    assert {group for _, _, group in expected} >= {"will", "would", "shall", "other"}


@pytest.mark.xfail(reason="a plural possessive 'cadets’ ' reads as a closing quote", strict=True)
def test_plural_possessive_in_a_quote() -> None:
    assert _read("“We’ll train the cadets’ crews,” he said.") == [
        ("train the cadets’ crews", "will")
    ]


def test_cues_on_the_word_list_match_as_the_whole_pattern() -> None:
    from defrel._commitments import _CUE, _cue_matches

    text = (
        "They are now expected to sign. It is set to grow. He is not going. We were"
        " very willing to help. I am ready to go. It was late. They were also keen."
        " She is eager and ready to act. The pact is likely to hold. We'll see, and"
        " we will not stop. They wish to meet and hope to sail. Both sides agreed to"
        " train. The agreement to sign is near."
    )
    t = prepare(text)
    assert t.lower is not None
    expected = [(m.start(), m.end(), m.lastgroup) for m in _CUE.finditer(t.lower)]
    assert _cue_matches(t.lower, t.words) == expected
    assert {group for _, _, group in expected} >= {"expected", "other", "will", "agreed"}


def test_clause_openings_read_without_the_pattern() -> None:
    from defrel._commitments import _CLAUSE_OPEN_NO_CARET, _OPEN_WORDS, _open_end

    text = prepare(
        "we said that they will; he noted: “both sides,and the navy believe\tin it ‘so’"
        " during  which time, and  that was sure, and that\nduring the talks, whom he met"
        " as said, thinks thatch sayso"
    )
    keys = text.lower
    assert keys is not None
    starts = dict(text.words)
    tried = 0
    for at in range(len(keys) - 1):
        word = starts.get(at + 1, "")
        if keys[at] in ';:“”"‘,':
            word = ""
        elif not (keys[at].isspace() and word in _OPEN_WORDS):
            continue
        for end in (at + 1, at + 3, at + 12, len(keys)):
            match = _CLAUSE_OPEN_NO_CARET.match(keys, at, end)
            assert _open_end(keys, at, end, word) == (-1 if match is None else match.end())
            tried += 1
    assert tried > 60


def test_timeframes_on_the_word_list_match_as_the_pattern() -> None:
    from defrel._commitments import _timeframe

    phrases = [
        "over the next few years",
        "by the end of this year",
        "before March 2025",
        "toward the end of next year",
        "for the current fiscal year",
        "later this month",
        "from mid-July",
        "on May 12, 2025",
        "in 2027",
        "at an early date",
        "in the near future",
        "during the visit",
        "by early April",
        "in the region",
        "for the first time",
        "at the summit",
        "In the coming",
        "in , the coming weeks",
    ]
    for k in range(len(phrases)):
        text = "they will train " + ", and ".join(phrases[k:] + phrases[:k]) + "."
        t = prepare(text)
        for start in range(0, len(text), 7):
            assert _timeframe(text, start, len(text), t.words) == _timeframe(text, start, len(text))


@pytest.mark.parametrize(
    "subject",
    [
        "Both the navies ",
        "the  two sides ",
        "THEY ",
        "the Ministers ",
        "The Government ",
        "Ruritania's armed\nforces ",
        "the coast guard ",
        "the ministry of defence ",
        "their miniſtry ",
        "the Navy's ",
        "the minister ",
        "Rossi ",
        "",
    ],
)
def test_subject_parts_test_as_the_patterns(subject: str) -> None:
    from defrel._commitments import _INSTITUTION_SUBJECT, _JOINT, _found

    for pattern, key in ((_JOINT, 2), (_INSTITUTION_SUBJECT, 4)):
        assert _found(pattern, subject, key, None) == (pattern.search(subject) is not None)


@pytest.mark.parametrize(
    "after",
    [
        " also then now sign",
        "  also\tnow  be signed",
        " alsonow be held",
        " be signed",
        " firmly be built",
        " soon be held",
        " FIRMLY be sold",
        " first, be signed",
        " be",
        "",
        " thence sail",
        " nowhere to go",
        " also",
        " and then sail",
        " then",
    ],
)
def test_lead_adverbs_and_passive_read_without_the_patterns(after: str) -> None:
    from defrel._commitments import _LEAD_ADVERBS, _PASSIVE, _be_ahead, _lead_end

    text = prepare("They will" + after + " soon.")
    end = len(text.text)
    lead = _LEAD_ADVERBS.match(text.text, 9, end)
    assert lead is not None
    assert _lead_end(text.text, 9, end) == lead.end()
    if _PASSIVE.match(text.text, 9, end) is not None:
        assert _be_ahead(text.words, 9)


def test_long_text_without_quote_marks_ends_actions_alike() -> None:
    """A long text with no quote mark skips the look for one: the same actions."""
    from defrel import _commitments as co

    unit = "India and Japan will hold naval drills off Chennai next month, officials said. "
    plain = unit * (co._ENDS_AT_ONCE // len(unit) + 2)
    marked = plain + "Japan said: “done.”"
    assert len(plain) > co._ENDS_AT_ONCE
    assert not any(mark in plain for mark in co._QUOTE_CHARS)
    got = [(c.action, c.modality) for c in defrel.parse(plain).commitments]
    want = [(c.action, c.modality) for c in defrel.parse(marked).commitments]
    assert got == want[: len(got)]
    assert got


def test_long_text_with_links_reads_where_clauses_end() -> None:
    """A long text with links reads its clause ends at once (``_Ends``), links and all."""
    from defrel import _commitments as co

    unit = "India will train with Japan at http://x.com and the navy will drill off www.y.org. "
    text = unit * (co._ENDS_AT_ONCE // len(unit) + 2)
    assert defrel.parse(text).commitments
    t = prepare(text)
    assert t.lower is not None
    ends = co._Ends.of(t.lower, t.words)
    assert all(text[at] == "h" or text[at] == "w" for at in ends.spaces)
    assert all(t.words[i][0] == at for at, i in ends.word_index.items())


@pytest.mark.parametrize(
    "text",
    [
        "We will hold drills next month, the minister said.",
        "They will buy jets and train pilots; talks go on.",
    ],
)
def test_action_end_without_marks_to_look_for(text: str) -> None:
    from defrel import _commitments as co

    start = text.index("will") + 5
    outside = False  # the cue stands outside a quotation
    want = co._action_end(text, None, start, len(text), outside)
    assert co._action_end(text, None, start, len(text), outside, quoted=False) == want


@pytest.mark.parametrize(
    "text",
    [
        "they will train and  were told, but   is it so;  adding that\tnoting more",
        "x and y and\u00a0z was here",
        "",
    ],
)
def test_word_after_looks_up_end_words_alike(text: str) -> None:
    """``_word_after`` with ``_Ends.word_index`` finds what the bisection finds."""
    from defrel import _commitments as co

    t = prepare(text)
    keys = t.lower if t.lower is not None else text.lower()
    index = co._Ends.of(keys, t.words).word_index
    assert all(t.words[i][0] == at for at, i in index.items())
    for at in range(len(text)):
        for end in (len(text), at + 5):
            assert co._word_after(keys, t.words, at, end, at_word=index) == co._word_after(
                keys, t.words, at, end
            )


def test_a_fronted_place_is_no_party_and_the_one_met_binds_its_piece() -> None:
    body = (
        "Chilean Defence Minister Ana Rojas will visit Peru and Norway next week.\n\n"
        "From Peru the Minister will travel to Norway and meet with Norwegian Defence "
        "Minister Ola Berg."
    )
    found = {
        c.action: {p.code for p in c.parties}
        for c in defrel.parse(body, published=dt.date(2024, 3, 14)).commitments
    }
    assert found["travel to Norway"] == {"CHL"}
    assert found["meet with Norwegian Defence Minister Ola Berg"] == {"CHL", "NOR"}


def test_an_action_of_one_word_keeps_its_time() -> None:
    (found,) = find_commitments(
        prepare("Both sides will leave on Friday."), Mentions(), (), (MEETING,), (), ()
    )
    assert (found.action, found.timeframe) == ("leave on Friday", "on Friday")


@pytest.mark.parametrize(
    "text",
    [
        "The minister said that both sides will hold drills, and they were ready; he added.",
        "During which the navies will train — as agreed — while the army is set to observe.",
        "Officials believe the two nations will sign a pact, which has been long awaited.",
        "They will  train at http://example.org and www.example.com, but not at sea: noted.",
        "It is certain that we will build ships and that they are confident, adding so.",
    ],
)
def test_clause_bounds_read_off_the_words_agree_with_the_patterns(text: str) -> None:
    """Where a clause starts and ends, read off the picked words, as the patterns find it."""
    from defrel import _commitments as co

    t = prepare(text)
    keys, words = t.lower, t.words
    assert keys is not None
    sent = (0, len(text))
    fresh: co._ClauseScan = ((-1, -1), 0, 0, -1)
    # From cue to cue of the sentence, the scan carried on as the stage carries it.
    scan = fresh
    cues = [start for start, _, _ in co._cue_matches(keys, words)]
    assert cues
    for cue in cues:
        last, scan = co._clause_start(keys, co._CLAUSE_OPEN_LOWER, sent, cue, scan, words)
        assert last == co._clause_start(keys, co._CLAUSE_OPEN_LOWER, sent, cue, fresh)[0]
    # Anywhere, each read afresh.
    for cue in range(1, len(text)):
        if text[cue - 1] != " ":
            continue
        by_words = co._clause_start(keys, co._CLAUSE_OPEN_LOWER, sent, cue, fresh, words)
        by_pattern = co._clause_start(keys, co._CLAUSE_OPEN_LOWER, sent, cue, fresh)
        assert by_words[0] == by_pattern[0]
        assert co._clause_end(text, keys, cue, len(text), words) == co._clause_end(
            text, keys, cue, len(text)
        )


def test_copies_spelled_out_are_those_of_attrs_evolve() -> None:
    """``_with_country`` and the copy of the mentions keep every field, as ``attrs.evolve``."""
    from defrel import _commitments as co
    from defrel._mentions import find_mentions

    norway = Country("NOR", "Norway")
    actor = Actor("Anna Berg", "Minister", None, ("@berg",), spans=(Span(0, 9, "x"),))
    copied = co._with_country(actor, norway)
    assert copied == attrs.evolve(actor, country=norway)
    assert copied.spans == actor.spans
    assert copied.handles == actor.handles
    t = prepare("Defence Minister Anna Berg met General Lars Holm in Oslo on Monday.")
    mentions = find_mentions(t, dt.date(2024, 5, 1))
    denmark = Country("DNK", "Denmark")
    holm = next(a for a in mentions.actors if a.name.endswith("Holm"))
    berg = attrs.evolve(next(a for a in mentions.actors if a.name.endswith("Berg")), country=norway)
    meeting = Meeting(participants=(berg, holm), countries=(norway, denmark))
    got = co._with_actor_countries(t.text, mentions, (meeting,))
    assert got is not mentions
    assert next(a for a in got.actors if a.name == holm.name).country == denmark
    for field in attrs.fields(type(mentions)):
        if field.name != "actors":
            assert getattr(got, field.name) == getattr(mentions, field.name)


@pytest.mark.parametrize(
    "text",
    [
        "The sides will train.\nThey agreed to meet.",
        "The sides will train at sea\nand in the air. They agreed.",
        "the sides will train.\nThey agreed to meet.",
        "One.\n\nand two. Three.",
    ],
)
def test_sentences_joined_only_where_one_goes_on_in_lower_case(text: str) -> None:
    """``_sentences``: the joins a loop over every sentence makes (its shortcut agrees)."""
    from defrel import _commitments as co

    t = prepare(text)
    want: list[tuple[int, int]] = []
    for start, end in t.sentences:
        gap = text[want[-1][1] : start] if want else ""
        if want and "\n" in gap and text[start].islower() and "\n\n" not in gap:
            want[-1] = (want[-1][0], end)
        else:
            want.append((start, end))
    assert co._sentences(t) == want


_MET = "General Asad Mirza of Pakistan met General Omondi Waweru of Kenya on Monday. "


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _MET + "The two reaffirmed to continue to forge deeper ties.",
            [("committed", "continue to forge deeper ties")],
        ),
        (_MET + "Mirza reiterated to reporters that ties were strong.", []),
        (_MET + "Admiral Rafiq Khan is set to take charge as the Chief of Naval Staff.", []),
        (_MET + "Waweru will retire next month.", []),
        (_MET + "Their joint exercise started on May 5 and will continue till May 18.", []),
        (
            _MET + "The two armies will continue to train together.",
            [("will", "continue to train together")],
        ),
        (_MET + "Kenya's Ambassador to the Republic of Chad Ali Omar attended. (end)", []),
        (
            _MET + "Mirza said Pakistan was keen to expand its training ties with Kenya.",
            [("other", "expand its training ties with Kenya")],
        ),
    ],
)
def test_reaffirmed_pledges_and_career_steps(text: str, want: list[tuple[str, str]]) -> None:
    report = defrel.parse(text, published=dt.date(2024, 3, 6))
    assert [(c.modality.value, c.action) for c in report.commitments] == want


@pytest.mark.parametrize(
    "after",
    [
        " end on Friday",
        "  Concludes soon",
        " wrap  up the talks",
        " run until May",
        " runway",
        " lasting peace",
        " ending soon",
        " close",
        " finish",
        " sign",
        "",
    ],
)
def test_event_closes_reads_its_words_first(after: str) -> None:
    """``_event_closes`` on the lower-cased copy answers as ``_EVENT_CLOSES`` does."""
    from defrel._commitments import _EVENT_CLOSES, _event_closes

    t = prepare("The visit will" + after + ".")
    assert t.lower is not None
    end = len(t.text)
    want = _EVENT_CLOSES.match(t.text, 14, end) is not None
    assert _event_closes(t.text, t.lower, 14, end) == want
    assert _event_closes(t.text, None, 14, end) == want


@pytest.mark.parametrize(
    "after",
    [
        ", head of the navy, said",
        " Of the navy",
        "  of\tthe navy",
        " offered help",
        ",head of the navy",
        " said",
        "",
        ", who said",
    ],
)
def test_apposition_may_start_where_the_pattern_matches(after: str) -> None:
    """``_apposition_may_start`` is true wherever ``_APPOSITION`` matches."""
    from defrel._commitments import _APPOSITION, _apposition_may_start

    body = "Col. Rossi" + after
    if _APPOSITION.match(body, 10, 140) is not None:
        assert _apposition_may_start(body, 10)
    comma = after[:1] == "," and after[1:2] == " "
    of = after[:1] in {" ", "\t"} and after.lstrip()[:3].lower() in {"of ", "of\t"}
    assert _apposition_may_start(body, 10) == (comma or of)


@pytest.mark.parametrize(
    "text",
    [
        "They will not go, we will\tnever stop, she will\n not yield; he will, not she.",
        "They would like to, would have, would not, would never, would\u00a0like, would sail.",
        "We shall not, shall never, shall notably, shall-not, shall go. They will",
        "will willnot would-like shall_not will_ never would have would",
    ],
)
def test_modals_on_the_words_match_as_the_pattern(text: str) -> None:
    """A modal read off the word after it matches where ``_CUE`` matches."""
    from defrel._commitments import _CUE, _cue_matches

    t = prepare(text)
    assert t.lower is not None
    expected = [(m.start(), m.end(), m.lastgroup) for m in _CUE.finditer(t.lower)]
    assert _cue_matches(t.lower, t.words) == expected
    assert _cue_matches(t.lower) == expected


def _commitments_of(text: str) -> list[tuple[str, list[str]]]:
    report = defrel.parse(text, published=dt.date(2024, 3, 6))
    return [(c.action, sorted(p.code for p in c.parties)) for c in report.commitments]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the delegation", "the visiting ...": the side that is not the host (the place)
        (
            (
                "NAIROBI, March 5 - General Tom Baker of Ghana leads a delegation on a visit to"
                " Kenya. He met General Peter Ochieng on Monday. The delegation will tour the"
                " shipyards of Mombasa."
            ),
            [("tour the shipyards of Mombasa", ["GHA"])],
        ),
        (
            (
                "NAIROBI, March 5 - General Tom Baker of Ghana met General Peter Ochieng of Kenya"
                " on Monday. The visiting general will also inspect a cadet parade."
            ),
            [("inspect a cadet parade", ["GHA"])],
        ),
        # a title alone: the one named before with that title
        (
            (
                "Admiral Tom Baker of Ghana met Admiral Ken Ito of Japan in Tokyo on Monday."
                " The Admiral will visit the fleet school."
            ),
            [("visit the fleet school", ["GHA"])],
        ),
        (
            (
                "Admiral Tom Baker of Ghana met General Ken Ito of Japan on Monday."
                " The Admiral will visit the fleet school."
            ),
            [("visit the fleet school", ["GHA"])],
        ),
        # an unnamed thing is no visitor
        (
            (
                "NAIROBI, March 5 - General Tom Baker of Ghana met General Peter Ochieng of Kenya"
                " on Monday. The plan will be costly."
            ),
            [],
        ),
    ],
)
def test_the_visiting_side_unnamed(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _commitments_of(text) == expected


def test_an_embedded_post_cut_short_repeats_an_action() -> None:
    text = (
        "General Tom Baker of Ghana met General Peter Ochieng of Kenya on Monday. Both sides"
        " will widen joint drills in the northern lakes region. Both sides will widen joint"
        " drills in the #northern… pic.twitter.com/xyz"
    )
    assert [a for a, _ in _commitments_of(text)] == [
        "widen joint drills in the northern lakes region"
    ]
