"""The row shape shared by the statement tables of the later sessions (private to the tests)."""

from __future__ import annotations

import defrel
from defrel import StatementKind

# (text, [(speaker word or None, exact statement text, kind)])
Want = list[tuple[str | None, str, StatementKind]]
Row = tuple[str, Want]


def check_statements(text: str, want: Want) -> None:
    """Parse ``text`` and compare its statements with ``want``, in order.

    >>> check_statements("Nothing was said.", [])
    """
    got = defrel.parse(text).statements
    assert [(st.text, st.kind) for st in got] == [(w, k) for _, w, k in want]
    for st, (speaker, _, _) in zip(got, want, strict=True):
        if speaker is None:
            assert st.speaker is None, st.text
        else:
            assert st.speaker is not None, st.text
            assert speaker.lower() in st.speaker.name.lower(), st.speaker.name
