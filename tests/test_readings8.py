"""Readings of the eighth session, found on real articles read without gold.

Every sentence here is written for these tests; each rule has rows where it must fire and
rows where it must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

PUB = dt.date(2023, 6, 8)  # a Thursday


def _actors(body: str) -> list[tuple[str, str | None]]:
    report = defrel.parse(body, published=PUB)
    return sorted((a.name, a.country.code if a.country else None) for a in report.actors)


def _commitment_parties(body: str) -> list[tuple[str, ...]]:
    report = defrel.parse(body, published=PUB)
    return [tuple(c.code for c in k.parties) for k in report.commitments]


def _meetings(body: str) -> list[tuple[str, str]]:
    report = defrel.parse(body, published=PUB)
    return sorted((m.kind.value, m.status.value) for m in report.meetings)


# Malaysian honorifics open a name and are no part of it ("Tan Sri", "Datuk", "Dato' Sri"),
# also where the name comes before its office; "Tan" alone is a surname.
@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            (
                "Our correspondent saw General Tan Sri Datuk Amran Bin Yusof, Chief of Malaysian "
                "Army, at the parade."
            ),
            "Amran Bin Yusof",
        ),
        (
            (
                "The minister received Dato' Sri Halim Idris, Defence Minister of Malaysia, on "
                "Monday."
            ),
            "Halim Idris",
        ),
        (
            "The minister received Datuk Halim Idris, Defence Minister of Malaysia, on Monday.",
            "Halim Idris",
        ),
        (
            "The minister received Tan Wei Ming, Defence Minister of Singapore, on Monday.",
            "Tan Wei Ming",
        ),
    ],
)
def test_honorifics_before_a_name_are_dropped(body: str, name: str) -> None:
    assert name in [n for n, _ in _actors(body)]


# "Ruritania Army Chief expressed his commitment": an office bare after a clause's comma,
# with its country before it, is its holder, and "his" is theirs (not the guest's).
@pytest.mark.parametrize(
    ("second", "parties"),
    [
        (
            (
                "At the meeting, Bangladesh Army Chief expressed his commitment to expand "
                "cadet exchanges."
            ),
            [("BGD",)],
        ),
        (
            (
                "At the meeting, the Bangladesh Army Chief expressed his commitment to expand "
                "cadet exchanges."
            ),
            [("BGD",)],
        ),
        (  # the guest speaks: his own country
            (
                "At the meeting, the Chinese minister expressed his commitment to expand "
                "cadet exchanges."
            ),
            [("CHN",)],
        ),
    ],
)
def test_a_bare_office_after_a_comma_is_its_holder(
    second: str, parties: list[tuple[str, ...]]
) -> None:
    body = (
        "General Li Wen, China's defence minister, called on Bangladesh Army Chief General "
        "Karim Uddin in Dhaka on Tuesday.\n" + second + "\n"
    )
    assert _commitment_parties(body) == parties


# A call by video or telephone in other words: "video conversation", "telephonic
# interaction", "video-conference".
@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        (
            (
                "Defence Minister Jane Roe of India had a video conversation with Defence Minister "
                "John Doe of Japan on Tuesday."
            ),
            [("call", "held")],
        ),
        (
            (
                "Defence Minister Jane Roe of India had telephonic interaction with Defence "
                "Minister John Doe of Japan on Tuesday."
            ),
            [("call", "held")],
        ),
        (
            (
                "Defence Minister Jane Roe of India held a video-conference with Defence Minister "
                "John Doe of Japan on Tuesday."
            ),
            [("call", "held")],
        ),
        (  # in person
            (
                "Defence Minister Jane Roe of India held talks with Defence Minister John Doe of "
                "Japan in Tokyo on Tuesday."
            ),
            [("talks", "held")],
        ),
    ],
)
def test_calls_in_other_words(body: str, kinds: list[tuple[str, str]]) -> None:
    assert _meetings(body) == kinds


# "Both sides agreed to resume talks": talks still to come, not held.
@pytest.mark.parametrize(
    ("second", "kinds"),
    [
        (
            "The two sides agreed to resume their annual staff talks.",
            [("call", "held"), ("talks", "planned")],
        ),
        (
            "The two sides decided to convene the joint working group soon.",
            [("call", "held"), ("dialogue", "planned")],
        ),
        (  # talks the sides held
            "Both sides held staff level talks on the same day.",
            [("call", "held"), ("talks", "held")],
        ),
    ],
)
def test_talks_agreed_on_are_planned(second: str, kinds: list[tuple[str, str]]) -> None:
    body = (
        "Defence Minister Jane Roe of India held a video call with Defence Minister John Doe "
        "of Japan on Tuesday. " + second
    )
    assert _meetings(body) == kinds


def _speakers(body: str) -> list[str | None]:
    report = defrel.parse(body, published=PUB)
    return [s.speaker.name if s.speaker else None for s in report.statements]


# "The Chinese general said that ...": an office of a named country whose holder the text
# never names is no speaker of unknown country named before (an officer, a press office).
@pytest.mark.parametrize(
    ("second", "speakers"),
    [
        ("The Chinese general said that his country wants closer ties with Ruritania.", []),
        ("The Chinese minister said that his country wants closer ties with Ruritania.", []),
        (  # the one named who holds that office
            "The Pakistani army chief said that his country wants closer ties with China.",
            ["Jan Doe"],
        ),
        (  # an office without a country, its holder named before
            "The army chief said that his country wants closer ties with China.",
            ["Jan Doe"],
        ),
        (  # the rank of the one named after the organisation that opens the sentence
            "The general said that his country wants closer ties with China.",
            ["Jan Doe"],
        ),
    ],
)
def test_an_unnamed_foreign_officer_is_no_one_named_before(
    second: str, speakers: list[str | None]
) -> None:
    body = (
        "According to a statement issued by the Army Press Office (APO), a Chinese "
        "delegation met Pakistani Army Chief General Jan Doe.\n\n" + second + "\n"
    )
    assert _speakers(body) == speakers


def _met(body: str) -> list[tuple[str, frozenset[str]]]:
    report = defrel.parse(body, published=PUB)
    return sorted(
        (m.status.value, frozenset(p.name for p in m.participants)) for m in report.meetings
    )


# "Li told Yevmenov that he hopes the navies will ...": the telling is past, whatever the
# tense of what was told (one encounter, not one held and one planned).
@pytest.mark.parametrize(
    ("second", "met"),
    [
        (
            "Li told Petrov he hoped the two fleets would exercise together.",
            [("held", frozenset({"Li Wen", "Ivan Petrov"}))],
        ),
        (
            "Li discussed with Petrov how the two fleets would exercise together.",
            [("held", frozenset({"Li Wen", "Ivan Petrov"}))],
        ),
    ],
)
def test_told_and_discussed_are_past(second: str, met: list[tuple[str, frozenset[str]]]) -> None:
    body = (
        "On Monday in Beijing, Chinese Defence Minister Li Wen received Russia's naval "
        "commander, Admiral Ivan Petrov. " + second
    )
    assert _met(body) == met


# "pay respect to the late President X", "paid tribute to X": X takes no part.
@pytest.mark.parametrize(
    ("body", "met"),
    [
        (
            (
                "On Tuesday Defence Minister Jane Roe of India laid a wreath to pay respect to the "
                "late President Karl Weiss and held talks with Vice President Ana Ruiz of Chile."
            ),
            [("held", frozenset({"Jane Roe", "Ana Ruiz"}))],
        ),
        (
            (
                "On Tuesday Defence Minister Jane Roe of India paid tribute to General Karl "
                "Weiss and held talks with Vice President Ana Ruiz of Chile."
            ),
            [("held", frozenset({"Jane Roe", "Ana Ruiz"}))],
        ),
        (  # "late" as an adverb of time names no one dead
            (
                "On Tuesday Defence Minister Jane Roe of India met late in the day with Vice "
                "President Ana Ruiz of Chile."
            ),
            [("held", frozenset({"Jane Roe", "Ana Ruiz"}))],
        ),
    ],
)
def test_the_dead_and_the_honoured_take_no_part(
    body: str, met: list[tuple[str, frozenset[str]]]
) -> None:
    assert _met(body) == met


# "While holding talks with Minister of Defence of Chile, Jane Roe welcomed ...": the office
# named with its holder before does not give its country to the subject after the comma.
def test_an_office_held_before_passes_to_no_one_else() -> None:
    body = (
        "Defence Minister Jane Roe met Minister of National Defence of Chile, Ana Ruiz, on "
        "Friday.\n\nWhile holding talks with Minister of National Defence of Chile, Jane Roe "
        "welcomed Chile as a partner.\n"
    )
    assert _actors(body) == [("Ana Ruiz", "CHL"), ("Jane Roe", None)]


# An office with further portfolios ("Minister of Defense and Military Production", "of
# Defence and National Security") keeps its holder named after the comma.
@pytest.mark.parametrize(
    ("body", "actor"),
    [
        (
            (
                "The deal was signed by Egyptian Minister of Defense and Military Production, "
                "Karim Nour, on Monday."
            ),
            ("Karim Nour", "EGY"),
        ),
        (
            (
                "The deal was signed by the Minister of Defence and National Security of Fiji, "
                "Jone Kubu, on Monday."
            ),
            ("Jone Kubu", "FJI"),
        ),
    ],
)
def test_further_portfolios_keep_the_holder(body: str, actor: tuple[str, str]) -> None:
    assert actor in _actors(body)


# "X and Y oversaw the signing of a similar protocol": another signing, not the one before.
@pytest.mark.parametrize(
    ("second", "count"),
    [
        (
            (
                "In August, Egyptian President Omar Fahmy and Somali President Abdi Nur oversaw "
                "the signing of a similar protocol between their countries."
            ),
            2,
        ),
        (
            (
                "On Monday, Egyptian President Omar Fahmy and Angolan President Luis Neto oversaw "
                "the signing of the agreement."
            ),
            1,
        ),
    ],
)
def test_a_similar_signing_is_another(second: str, count: int) -> None:
    body = (
        "A defence pact between Egypt and Angola is now in force. Egyptian Defence Minister "
        "Karim Nour and his Angolan counterpart, Paulo Dias, signed the accord in Cairo on "
        "Monday.\n\n" + second + "\n"
    )
    assert len(defrel.parse(body, published=PUB).meetings) == count


# A headline names an office of a country ("Ruritania's army chief seeks ..."): the holder
# the body names first with that office is that country's.
@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Nigeria's Chief of Defence Staff seeks closer ties with Ghana", "NGA"),
        ("Nigeria's Chief of Defence Staff vows closer ties with Ghana", "NGA"),
        ("Chief of Defence Staff seeks closer ties with Ghana", None),
    ],
)
def test_a_headline_office_gives_its_country(headline: str, country: str | None) -> None:
    body = (
        headline + "\n\nThe Chief of Defence Staff, Gen. Emeka Obi, met Ghanaian army officers "
        "in Accra on Monday.\n"
    )
    assert ("Emeka Obi", country) in _actors(body)


# A line cut after a word no sentence ends on ("will co-chair the" / "Annual Dialogue ...")
# runs on into the next line: one sentence, one commitment with its whole action.
@pytest.mark.parametrize(
    ("body", "action"),
    [
        (
            (
                "Defence Minister Jane Roe of India said India will co-chair the\nAnnual Defence "
                "Dialogue with Japan next year.\n"
            ),
            "co-chair the\nAnnual Defence Dialogue with Japan",
        ),
        (  # a line that ends a sentence without its full stop stays apart
            (
                "Defence Minister Jane Roe of India said India will co-chair the dialogue\nAnnual "
                "Defence Dialogue to be held in Tokyo.\n"
            ),
            "co-chair the dialogue",
        ),
    ],
)
def test_a_hard_wrapped_line_runs_on(body: str, action: str) -> None:
    report = defrel.parse(body, published=PUB)
    assert [c.action for c in report.commitments][:1] == [action]


# "Commander Royal Omani Navy": capitalised words before a force's name are no person.
def test_words_before_a_force_name_are_no_person() -> None:
    body = (
        "Rear Admiral Karim Haddad, Commander Royal Navy of Ruritania, flew to Karachi and on "
        "Monday met Admiral Tariq Baig of Pakistan. The stay of Commander Royal Omani Navy "
        "will further enhance ties.\n"
    )
    names = [n for n, _ in _actors(body)]
    assert "Royal" not in names
    assert "Royal Omani" not in names
    assert len(defrel.parse(body, published=PUB).meetings) == 1


# One name written twice with other hyphens, case and a vowel: one person, the first form.
def test_a_name_spelt_two_ways_is_one_person() -> None:
    body = (
        "Rear Admiral Khalid bin Salim bin Hamed Al-Mahri met Admiral Tariq Baig of Pakistan "
        "in Karachi on Monday. A post said Rear Admiral Khalid Bin Salem Bin Hamed Al Mahri "
        "also called on Adm Tariq Baig at the dockyard.\n"
    )
    report = defrel.parse(body, published=PUB)
    assert [sorted(p.name for p in m.participants) for m in report.meetings] == [
        ["Khalid bin Salim bin Hamed Al-Mahri", "Tariq Baig"]
    ]


# "Port Sultan Qaboos": an office word in a place's name is no office.
def test_an_office_word_in_a_place_name_is_no_office() -> None:
    body = "Two frigates of Pakistan are due at Port Sultan Rashid for a goodwill call.\n"
    assert _actors(body) == []


# "accompanied by the ambassador to Ruritania": the posting names no party, unless the
# text names that country elsewhere.
@pytest.mark.parametrize(
    ("second", "countries"),
    [
        (
            (
                "An accord was also signed on the sidelines of the visit, with the Iraqi "
                "ambassador to Oman Safa Rahim looking on."
            ),
            [["IRQ", "JOR"]],
        ),
        (
            (
                "An accord was also signed on the sidelines of the visit, with the Iraqi "
                "ambassador to Jordan Safa Rahim looking on."
            ),
            [["IRQ", "JOR"]],
        ),
    ],
)
def test_a_posting_names_no_party(second: str, countries: list[list[str]]) -> None:
    body = (
        "On Sunday in Amman, Defence Minister Omar Aziz of Iraq held talks with General "
        "Hani Saad, Jordan's army chief. " + second + "\n"
    )
    report = defrel.parse(body, published=PUB)
    assert {c.code for m in report.meetings for c in m.countries} == set(countries[0])


# A dateline with its date glued to the city ("Addis Ababa,February 21/2020 (ENA)") is no
# venue of what the body tells; "conferred with" is talks; "the delegation" that a person
# leads brings that person.
def test_a_glued_dateline_and_a_delegation_led_by_someone() -> None:
    body = (
        "Nairobi,March 4/2021 (KNA) A Kenyan delegation led by army commander General Abel "
        "Mwangi went to Egypt for three days.\n\n"
        "There the delegation held a meeting in Cairo on border training.\n\n"
        "The delegation also conferred with General Fahd Nabil, chief of staff of Egypt, on "
        "peace missions.\n"
    )
    report = defrel.parse(body, published=dt.date(2020, 2, 21))
    assert [(m.location, sorted(p.name for p in m.participants)) for m in report.meetings] == [
        ("Cairo", ["Abel Mwangi", "Fahd Nabil"])
    ]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (  # no one leads it: the delegation brings no one
            (
                "A Chinese delegation arrived in Delhi. The delegation conferred with Defence "
                "Minister Jan Roe of India on Monday."
            ),
            [["Jan Roe"]],
        ),
        (
            (
                "A Chinese delegation headed by General Li Wen arrived in Delhi. The delegation "
                "held talks with Defence Minister Jan Roe of India on Monday."
            ),
            [["Jan Roe", "Li Wen"]],
        ),
    ],
)
def test_a_delegation_brings_its_leader(body: str, people: list[list[str]]) -> None:
    report = defrel.parse(body, published=PUB)
    assert [sorted(p.name for p in m.participants) for m in report.meetings] == people


# A teaser printing the opening of a quotation given in full below: the words count once,
# with their speaker; a quotation of no known speaker that no one repeats stays.
@pytest.mark.parametrize(
    ("head", "count"),
    [
        ("“Keen to see our partners in Delhi again this spring. (Wire)\n\n", 1),
        ("“We will never give up on the region, ever, under any government.”\n\n", 2),
    ],
)
def test_a_teaser_of_a_quotation_counts_once(head: str, count: int) -> None:
    body = head + (
        "Canadian Defence Minister Jan Roe will visit India on Monday. “Keen to see our "
        "partners in Delhi again this spring. The talks will be long,” he said.\n"
    )
    assert len(defrel.parse(body, published=PUB).statements) == count


# "State Minister for Defence and Veteran Affairs in charge of General Duties Hon. A B":
# the remit completes the office; "General Duties Hon" is no name.
def test_a_remit_completes_the_office() -> None:
    body = (
        "On Monday, State Minister for Defence and Veteran Affairs in charge of Logistics "
        "Hon. Jacob Ochieng hosted his Kenyan counterpart.\n"
    )
    report = defrel.parse(body, published=PUB)
    assert [(a.name, a.title) for a in report.actors] == [
        (
            "Jacob Ochieng",
            "State Minister for Defence and Veteran Affairs in charge of Logistics",
        )
    ]


# "the commitment by the Ruritanian government to ...", "his government undertaking to ...":
# noun cues with their holder between them and their "to".
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "Roe conveyed the firm commitment by the Kenyan government to expanding joint "
                "coastal patrols."
            ),
            [("KEN", "expanding joint coastal patrols")],
        ),
        (
            (
                "Ambassador Karl Weiss of Germany restated his government undertaking to "
                "deepening naval ties with Kenya."
            ),
            [("DEU", "deepening naval ties with Kenya")],
        ),
        (  # an undertaking as a thing, not a cue
            "The undertaking was large.",
            [],
        ),
    ],
)
def test_noun_cues_with_their_holder(sentence: str, want: list[tuple[str, str]]) -> None:
    body = "Defence Secretary Jane Roe of Kenya met the German ambassador on Monday. " + sentence
    report = defrel.parse(body, published=PUB)
    assert [(c.parties[0].code, c.action) for c in report.commitments] == want


# '"…" reported the Daily Times': a newsroom's words, no statement; a quotation of a person
# stays.
@pytest.mark.parametrize(
    ("tail", "count"),
    [
        ('"The new base will house two squadrons by the autumn" reported the Morning Star.', 0),
        ('"The new base will house two squadrons by the autumn," Jan Roe said.', 1),
    ],
)
def test_a_newsroom_quotation_is_no_statement(tail: str, count: int) -> None:
    body = "Defence Minister Jan Roe of Canada met NATO allies on Friday. " + tail
    assert len(defrel.parse(body, published=PUB).statements) == count


# "X vowed that ...": reported speech; "X vowed to ..." stays a commitment alone.
@pytest.mark.parametrize(
    ("sentence", "statements"),
    [
        ("Ruiz vowed that her country will keep the mountain passes open to patrols.", 1),
        ("Ruiz vowed to keep the mountain passes open to patrols.", 0),
    ],
)
def test_vowed_that_reports_speech(sentence: str, statements: int) -> None:
    body = (
        "Peruvian Defence Minister Luis Soto hosted Chilean Defence Minister Ana Ruiz in Lima "
        "on Thursday.\n\n" + sentence + "\n"
    )
    assert len(defrel.parse(body, published=PUB).statements) == statements


# "General A, who ..., where he ..., stressed that": the person the relative clauses are
# about speaks (the held-out sets keep "A, who ..., called on B ..., said C" as C's).
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            (
                "General Soto, who flew to Chile for the visit, where he also opened a regional "
                "seminar of the naval academies (RSNA-2), stressed that the navies would patrol "
                "together."
            ),
            "Luis Soto",
        ),
    ],
)
def test_a_speaker_before_long_relative_clauses(sentence: str, speaker: str) -> None:
    body = (
        "Peruvian Defence Minister Luis Soto met his Chilean counterpart Ana Ruiz in Santiago "
        "on Thursday.\n\n" + sentence + "\n"
    )
    report = defrel.parse(body, published=PUB)
    assert [s.speaker.name if s.speaker else None for s in report.statements] == [speaker]


# "the memorandum on cooperation signed in October 2010": a document's history, no
# encounter; "they signed it in October 2010" stays one.
@pytest.mark.parametrize(
    ("sentence", "signings"),
    [
        (
            (
                "The ministers agreed to carry out the memorandum on naval training signed in "
                "October 2019."
            ),
            0,
        ),
        ("had signed the memorandum in October 2019.", 1),
    ],
)
def test_a_document_signed_long_ago_is_history(sentence: str, signings: int) -> None:
    body = (
        "Peru and Chile agreed to widen naval ties during their defence ministers' talks in "
        "Lima on Tuesday.\n\nPeruvian Defence Minister Luis Soto and his Chilean counterpart "
        "Ana Ruiz " + sentence + "\n"
    )
    report = defrel.parse(body, published=PUB)
    assert sum(m.kind.value == "signing" for m in report.meetings) == signings


# "A, Commander of the Royal Army of Ruritania (RAR), B, UK Ambassador": the acronym ends
# the office, and B is named before the next office, not after this one.
def test_an_office_acronym_in_a_list_of_attendees() -> None:
    body = (
        "Also present were Brigadier Sami Haddad, Commander of the Royal Army of Oman (RAO), "
        "Tom Hale, UK Ambassador to Oman, and the visiting delegation.\n"
    )
    assert ("Tom Hale", "GBR") in _actors(body)
    assert ("Sami Haddad", "OMN") in _actors(body)


# "laid a wreath at the X Memorial": a ceremony's site, not where the talks were.
@pytest.mark.parametrize(
    ("place", "location"),
    [
        ("laid a wreath at the Heroes Memorial", None),
        ("held the talks at the Heroes Memorial", "Heroes Memorial"),
    ],
)
def test_a_wreath_site_is_no_venue(place: str, location: str | None) -> None:
    body = (
        "General Tom Hale of the United Kingdom called on General Ravi Menon of India on "
        f"Thursday. Hale {place} during the three-day visit.\n"
    )
    report = defrel.parse(body, published=PUB)
    assert [m.location for m in report.meetings] == [location]


# "During a reception for the Ruritanian ambassador, General Roe affirmed": the ambassador
# is named already; the general after the comma is the host, not the ambassador.
def test_an_office_held_already_is_no_apposition() -> None:
    body = (
        "General Jan Roe, Minister of National Defence, on Monday received Chilean Ambassador "
        "Ana Ruiz and Indian Ambassador Ravi Menon.\nDuring a reception for the Chilean "
        "ambassador, General Roe said that the two armies were old friends.\n"
    )
    actors = _actors(body)
    assert ("Ana Ruiz", "CHL") in actors
    assert ("Jan Roe", "CHL") not in actors


# "paid a courtesy call to the Minister of Defence, A B": talks with A B.
def test_a_courtesy_call_to_someone() -> None:
    body = (
        "General Jan Roe of Kenya held talks with his Rwandan counterpart in Kigali on "
        "Monday. Roe also paid a courtesy call to the Minister of Defence of Rwanda, Eric "
        "Mugabo.\n"
    )
    report = defrel.parse(body, published=PUB)
    assert any("Eric Mugabo" in {p.name for p in m.participants} for m in report.meetings)
