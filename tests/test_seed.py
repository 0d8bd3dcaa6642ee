"""The seed article reads exactly as its gold reading, written out here field by field."""

from __future__ import annotations

import datetime as dt

import pytest

import defrel
from defrel import AreaId, Channel, MeetingKind, MeetingStatus, Modality, StatementKind

D = dt.date


def _names(actors: tuple[defrel.Actor, ...]) -> set[str]:
    return {a.name for a in actors}


def _codes(countries: tuple[defrel.Country, ...]) -> set[str]:
    return {c.code for c in countries}


def test_seed_meetings(seed_report: defrel.Report) -> None:
    # The "inaugural dialogues held recently" are only alluded to: allowed, not required.
    meetings = [m for m in seed_report.meetings if m.participants]
    got = sorted(
        (
            (
                m.date,
                m.date_window,
                m.location,
                _names(m.participants),
                _codes(m.countries),
                m.status,
                m.kind,
            )
            for m in meetings
        ),
        key=repr,
    )
    want = sorted(
        [
            (
                D(2023, 6, 5),
                None,
                "New Delhi",
                {"Lloyd Austin", "Rajnath Singh"},
                {"IND", "USA"},
                MeetingStatus.HELD,
                MeetingKind.TALKS,
            ),
            (
                None,
                (D(2023, 6, 15), D(2023, 6, 23)),
                None,
                {"Narendra Modi"},
                {"IND", "USA"},
                MeetingStatus.PLANNED,
                MeetingKind.VISIT,
            ),
        ],
        key=repr,
    )
    assert got == want
    for m in seed_report.meetings:
        if not m.participants:
            assert m.status is MeetingStatus.HELD
            assert m.date is None


def test_seed_statements(seed_report: defrel.Report) -> None:
    got = [
        (s.speaker.name if s.speaker else None, s.text.strip(), s.channel, s.kind)
        for s in seed_report.statements
    ]
    assert got == [
        (
            "Lloyd Austin",
            (
                "Great to meet again with my friend @rajnathsingh and thank him for his "
                "unwavering commitment to U.S.-India defence relations. His leadership has "
                "helped paved the way for deeper collaboration, joint exercises, and technology "
                "sharing between our two countries,"
            ),
            Channel.TWEET,
            StatementKind.DIRECT,
        ),
        (
            "Rajnath Singh",
            (
                "Delighted to meet my friend, @SecDef Austin in New Delhi. Our talks revolved "
                "around enhancing defence cooperation in several areas including convergence "
                "of strategic interests and enhanced security cooperation,"
            ),
            Channel.TWEET,
            StatementKind.DIRECT,
        ),
        (
            "Rajnath Singh",
            (
                "India-US partnership is critical for ensuring a free, open and rules-bound "
                "Indo-Pacific region. We look forward to closely working with the US across the "
                "domains for capacity building and further consolidating our strategic partnership."
            ),
            Channel.TWEET,
            StatementKind.DIRECT,
        ),
    ]


def test_seed_speakers_keep_their_handles(seed_report: defrel.Report) -> None:
    handles = {a.name: a.handles for a in seed_report.actors}
    assert "@rajnathsingh" in handles["Rajnath Singh"]
    assert "@SecDef" in handles["Lloyd Austin"]


def test_seed_commitments(seed_report: defrel.Report) -> None:
    got = sorted(
        (frozenset(_codes(c.parties)), c.action, c.modality, c.timeframe)
        for c in seed_report.commitments
    )
    both = frozenset({"IND", "USA"})
    want = sorted(
        [
            (
                both,
                "guide the policy direction for the two countries",
                Modality.SHALL,
                "over the next few years",
            ),
            (
                both,
                (
                    "identify opportunities for the co-development of new technologies and "
                    "co-production of existing and new systems"
                ),
                Modality.WILL,
                None,
            ),
            (
                both,
                (
                    "facilitate increased collaboration between defence start-up ecosystems of the "
                    "two countries"
                ),
                Modality.WILL,
                None,
            ),
            (both, "maintain the momentum of engagement", Modality.AGREED, None),
            (
                frozenset({"IND"}),
                (
                    "closely working with the US across the domains for capacity building and "
                    "further consolidating our strategic partnership"
                ),
                Modality.LOOK_FORWARD,
                None,
            ),
            (
                both,
                "defence accords are expected to be signed between the two countries",
                Modality.EXPECTED,
                None,
            ),
        ]
    )
    assert got == want


def test_seed_areas(seed_report: defrel.Report) -> None:
    assert {a.id for a in seed_report.areas} == {
        AreaId.DEFENCE_INDUSTRY,
        AreaId.SUPPLY_CHAINS,
        AreaId.CO_DEVELOPMENT,
        AreaId.CO_PRODUCTION,
        AreaId.INNOVATION,
        AreaId.ARTIFICIAL_INTELLIGENCE,
        AreaId.SPACE,
        AreaId.REGIONAL_SECURITY,
        AreaId.MILITARY_EXERCISES,
        AreaId.TECHNOLOGY_TRANSFER,
        AreaId.CAPACITY_BUILDING,
    }


@pytest.mark.parametrize("kind", ["meetings", "statements", "commitments", "areas", "actors"])
def test_seed_evidence_spans_are_in_the_body(seed_report: defrel.Report, kind: str) -> None:
    body = seed_report.document.text
    records = getattr(seed_report, kind)
    assert records
    for record in records:
        assert record.spans
        for span in record.spans:
            assert 0 <= span.start <= span.end <= len(body)
