"""The typed domain model: frozen attrs records and the closed vocabularies.

Every record carries ``spans``, the evidence for it in the document body. Spans
are provenance, not identity: they are left out of ``==``, ``hash`` and the
repr, so two readings that agree on the facts compare equal.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any

import attrs

__all__ = [
    "Actor",
    "AreaId",
    "Channel",
    "Commitment",
    "CooperationArea",
    "Country",
    "Document",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Modality",
    "Report",
    "Span",
    "Statement",
    "StatementKind",
]


class MeetingStatus(enum.Enum):
    """Whether a meeting took place (on or before publication) or is planned."""

    HELD = "held"
    PLANNED = "planned"


class MeetingKind(enum.Enum):
    """The form of an encounter."""

    TALKS = "talks"
    VISIT = "visit"
    CALL = "call"
    DIALOGUE = "dialogue"
    SUMMIT = "summit"
    SIGNING = "signing"
    OTHER = "other"


class StatementKind(enum.Enum):
    """A verbatim quotation, or reported speech with a speech verb."""

    DIRECT = "direct"
    REPORTED = "reported"


class Channel(enum.Enum):
    """How the words reached the public."""

    TWEET = "tweet"
    STATEMENT = "statement"
    SPEECH = "speech"
    INTERVIEW = "interview"
    UNKNOWN = "unknown"


class Modality(enum.Enum):
    """The cue that binds the parties to a commitment."""

    WILL = "will"
    SHALL = "shall"
    AGREED = "agreed"
    DECIDED = "decided"
    COMMITTED = "committed"
    INTEND = "intend"
    LOOK_FORWARD = "look_forward"
    EXPECTED = "expected"
    OTHER = "other"


class AreaId(enum.Enum):
    """The 22 fields of cooperation of the taxonomy."""

    DEFENCE_INDUSTRY = "defence-industry"
    CO_DEVELOPMENT = "co-development"
    CO_PRODUCTION = "co-production"
    TECHNOLOGY_TRANSFER = "technology-transfer"
    SUPPLY_CHAINS = "supply-chains"
    INNOVATION = "innovation"
    ARTIFICIAL_INTELLIGENCE = "artificial-intelligence"
    SPACE = "space"
    CYBER = "cyber"
    MARITIME_SECURITY = "maritime-security"
    REGIONAL_SECURITY = "regional-security"
    COUNTER_TERRORISM = "counter-terrorism"
    MILITARY_EXERCISES = "military-exercises"
    TRAINING_EDUCATION = "training-education"
    LOGISTICS_ACCESS = "logistics-access"
    INFORMATION_SHARING = "information-sharing"
    ARMS_TRADE = "arms-trade"
    CAPACITY_BUILDING = "capacity-building"
    EMERGING_TECHNOLOGY = "emerging-technology"
    NUCLEAR = "nuclear"
    HUMANITARIAN_ASSISTANCE = "humanitarian-assistance"
    PEACEKEEPING = "peacekeeping"


def slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of a slotted attrs class's slots, in field order.

    A frozen class refuses plain assignment; attrs's own ``__init__`` goes through
    ``object.__setattr__`` with each field's name. The records built many times a parse
    have an ``__init__`` of their own (``init=False``, the same signature as attrs would
    give) that calls these setters instead: the same record at about half the cost.

    >>> set_code, set_name = slot_setters(Country)
    >>> set_code.__name__, set_name.__name__
    ('__set__', '__set__')
    """
    return tuple(vars(cls)[field.name].__set__ for field in attrs.fields(cls))


@attrs.frozen(slots=True, init=False)  # __init__ below: spans are the most built records
class Span:
    """A stretch of the document body: ``text[start:end]``.

    ``role`` says what the stretch proves for the record that holds it
    (``"participant"``, ``"date"``, ``"quote"``, ...); it may be empty.

    >>> Span(4, 9, "role")
    Span(start=4, end=9, role='role')
    >>> "the Pentagon"[Span(4, 12).start:Span(4, 12).end]
    'Pentagon'
    """

    # ``minimum`` is for the JSON Schema; the check itself is one test in __attrs_post_init__.
    start: int = attrs.field(metadata={"minimum": 0})
    end: int = attrs.field(metadata={"minimum": 0})
    role: str = ""

    def __init__(self, start: int, end: int, role: str = "") -> None:
        # What attrs would write for a frozen class, less its per-field name lookups: each
        # slot set through its descriptor (``_SPAN_SLOTS``), then the one check for the
        # three rules (a span is built some forty times an article): no negative offset,
        # and the end not before the start.
        set_start, set_end, set_role = _SPAN_SLOTS
        set_start(self, start)
        set_end(self, end)
        set_role(self, role)
        if not 0 <= start <= end:
            if start < 0 or end < 0:
                name, value = ("start", start) if start < 0 else ("end", end)
                msg = f"{name} must be >= 0, got {value}"
            else:
                msg = f"span end {end} is before its start {start}"
            raise ValueError(msg)


_SPAN_SLOTS = slot_setters(Span)


def _evidence() -> tuple[Span, ...]:
    """A record's evidence: kept out of ==, hash and repr, never out of the JSON."""
    spans: tuple[Span, ...] = attrs.field(factory=tuple, eq=False, repr=False, kw_only=True)
    return spans


@attrs.frozen(slots=True, init=False)  # __init__ below (see ``slot_setters``)
class Country:
    """A state, by its ISO 3166-1 alpha-3 code and its short English name.

    >>> Country("IND", "India")
    Country(code='IND', name='India')
    """

    code: str
    name: str

    def __init__(self, code: str, name: str) -> None:
        set_code, set_name = _COUNTRY_SLOTS
        set_code(self, code)
        set_name(self, name)


_COUNTRY_SLOTS = slot_setters(Country)


@attrs.frozen(slots=True, init=False)  # __init__ below (see ``slot_setters``)
class Actor:
    """A person or an organisation that acts in the text.

    ``Report.actors`` carries every mention of an actor in ``spans``; inside a record (a
    statement's speaker, a meeting's participants) the actor carries only the mentions that
    record rests on.

    >>> Actor("Lloyd Austin", "Secretary of Defense", Country("USA", "United States"))
    Actor(name='Lloyd Austin', title='Secretary of Defense', country=Country(code='USA', name='United States'), handles=())
    """  # noqa: E501

    name: str
    title: str | None = None
    country: Country | None = None
    handles: tuple[str, ...] = ()
    spans: tuple[Span, ...] = _evidence()

    def __init__(
        self,
        name: str,
        title: str | None = None,
        country: Country | None = None,
        handles: tuple[str, ...] = (),
        *,
        spans: tuple[Span, ...] = (),
    ) -> None:
        set_name, set_title, set_country, set_handles, set_spans = _ACTOR_SLOTS
        set_name(self, name)
        set_title(self, title)
        set_country(self, country)
        set_handles(self, handles)
        set_spans(self, spans)

    def _repr_html_(self) -> str:
        """A short HTML table of the record, for notebooks."""
        from defrel._html import record_html  # noqa: PLC0415 - the view loads on first display

        return record_html(self)


_ACTOR_SLOTS = slot_setters(Actor)


@attrs.frozen(slots=True, init=False)  # __init__ below (see ``slot_setters``)
class CooperationArea:
    """A field of cooperation the article names as a subject of the relation.

    >>> CooperationArea(AreaId.SPACE, "space").id.value
    'space'
    """

    id: AreaId
    label: str
    spans: tuple[Span, ...] = _evidence()

    def __init__(self, id: AreaId, label: str, *, spans: tuple[Span, ...] = ()) -> None:  # noqa: A002 - the field's name
        set_id, set_label, set_spans = _AREA_SLOTS
        set_id(self, id)
        set_label(self, label)
        set_spans(self, spans)

    def _repr_html_(self) -> str:
        """A short HTML table of the record, for notebooks."""
        from defrel._html import record_html  # noqa: PLC0415 - the view loads on first display

        return record_html(self)


_AREA_SLOTS = slot_setters(CooperationArea)


@attrs.frozen(slots=True, init=False)  # __init__ below (see ``slot_setters``)
class Meeting:
    """One encounter between officials of two or more countries.

    ``date`` is set only when the text fixes the day; ``date_window`` bounds it
    when the text gives a range ("later this month").

    >>> Meeting(status=MeetingStatus.HELD, kind=MeetingKind.TALKS).location is None
    True
    """

    date: dt.date | None = None
    date_window: tuple[dt.date, dt.date] | None = None
    location: str | None = None
    participants: tuple[Actor, ...] = ()
    countries: tuple[Country, ...] = ()
    status: MeetingStatus = MeetingStatus.HELD
    kind: MeetingKind = MeetingKind.OTHER
    areas: tuple[AreaId, ...] = ()
    spans: tuple[Span, ...] = _evidence()

    def __init__(
        self,
        date: dt.date | None = None,
        date_window: tuple[dt.date, dt.date] | None = None,
        location: str | None = None,
        participants: tuple[Actor, ...] = (),
        countries: tuple[Country, ...] = (),
        status: MeetingStatus = MeetingStatus.HELD,
        kind: MeetingKind = MeetingKind.OTHER,
        areas: tuple[AreaId, ...] = (),
        *,
        spans: tuple[Span, ...] = (),
    ) -> None:
        (
            set_date,
            set_date_window,
            set_location,
            set_participants,
            set_countries,
            set_status,
            set_kind,
            set_areas,
            set_spans,
        ) = _MEETING_SLOTS
        set_date(self, date)
        set_date_window(self, date_window)
        set_location(self, location)
        set_participants(self, participants)
        set_countries(self, countries)
        set_status(self, status)
        set_kind(self, kind)
        set_areas(self, areas)
        set_spans(self, spans)

    def _repr_html_(self) -> str:
        """A short HTML table of the record, for notebooks."""
        from defrel._html import record_html  # noqa: PLC0415 - the view loads on first display

        return record_html(self)


_MEETING_SLOTS = slot_setters(Meeting)


@attrs.frozen(slots=True, init=False)  # __init__ below (see ``slot_setters``)
class Statement:
    """Words attributed to a speaker: a direct quote or reported speech.

    >>> Statement(None, "We will work together on this.").kind.value
    'direct'
    """

    speaker: Actor | None
    text: str
    kind: StatementKind = StatementKind.DIRECT
    channel: Channel = Channel.UNKNOWN
    spans: tuple[Span, ...] = _evidence()

    def __init__(
        self,
        speaker: Actor | None,
        text: str,
        kind: StatementKind = StatementKind.DIRECT,
        channel: Channel = Channel.UNKNOWN,
        *,
        spans: tuple[Span, ...] = (),
    ) -> None:
        set_speaker, set_text, set_kind, set_channel, set_spans = _STATEMENT_SLOTS
        set_speaker(self, speaker)
        set_text(self, text)
        set_kind(self, kind)
        set_channel(self, channel)
        set_spans(self, spans)

    def _repr_html_(self) -> str:
        """A short HTML table of the record, for notebooks."""
        from defrel._html import record_html  # noqa: PLC0415 - the view loads on first display

        return record_html(self)


_STATEMENT_SLOTS = slot_setters(Statement)


@attrs.frozen(slots=True, init=False)  # __init__ below (see ``slot_setters``)
class Commitment:
    """A clause binding one or more parties to a future action.

    >>> Commitment((Country("IND", "India"),), "hold joint exercises", Modality.WILL).modality
    <Modality.WILL: 'will'>
    """

    parties: tuple[Country, ...]
    action: str
    modality: Modality
    timeframe: str | None = None
    areas: tuple[AreaId, ...] = ()
    spans: tuple[Span, ...] = _evidence()

    def __init__(
        self,
        parties: tuple[Country, ...],
        action: str,
        modality: Modality,
        timeframe: str | None = None,
        areas: tuple[AreaId, ...] = (),
        *,
        spans: tuple[Span, ...] = (),
    ) -> None:
        set_parties, set_action, set_modality, set_timeframe, set_areas, set_spans = (
            _COMMITMENT_SLOTS
        )
        set_parties(self, parties)
        set_action(self, action)
        set_modality(self, modality)
        set_timeframe(self, timeframe)
        set_areas(self, areas)
        set_spans(self, spans)

    def _repr_html_(self) -> str:
        """A short HTML table of the record, for notebooks."""
        from defrel._html import record_html  # noqa: PLC0415 - the view loads on first display

        return record_html(self)


_COMMITMENT_SLOTS = slot_setters(Commitment)


@attrs.frozen(slots=True)
class Document:
    """An article: its body, its publication date and where it came from.

    All offsets in a report index into ``text`` exactly as it is here.

    >>> Document("Body text.").published is None
    True
    """

    text: str
    published: dt.date | None = None
    source: str | None = None


@attrs.frozen(slots=True)
class Report:
    """Everything defrel read in one document.

    >>> Report(Document("")).meetings
    ()
    """

    document: Document
    meetings: tuple[Meeting, ...] = ()
    statements: tuple[Statement, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    areas: tuple[CooperationArea, ...] = ()
    actors: tuple[Actor, ...] = ()

    def _repr_html_(self) -> str:
        """The article with its findings highlighted, then the records as tables."""
        from defrel._html import report_html  # noqa: PLC0415 - the view loads on first display

        return report_html(self)
