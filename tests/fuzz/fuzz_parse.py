"""An atheris fuzz target for ``defrel.parse`` and the JSON round trip (not part of CI).

See ``docs/fuzzing.md`` for how to run it. Each input is decoded as text (any bytes, the
decoder replaces what is not UTF-8) and parsed; the target fails on any exception, on a
span outside the body or a claimed surface that is not there, on a report that differs
between two parses, and on a report that does not survive ``to_json``/``from_json``.
"""

from __future__ import annotations

import datetime as dt
import sys

import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]

with atheris.instrument_imports():
    import defrel
    from defrel import _guard

from tests.test_robust import assert_valid_spans

_PUBLISHED = dt.date(2024, 3, 14)

# Instrumented code runs ten times slower: lift the time budgets so that a budget that
# trips cannot pass for nondeterminism. Hangs are libFuzzer's -timeout to catch.
_guard._FLOOR = _guard._DOC_FLOOR = 30.0


def test_one_input(data: bytes) -> None:
    """Parse one fuzzer input and check every invariant of issue 6."""
    fdp = atheris.FuzzedDataProvider(data)
    with_date = fdp.ConsumeBool()
    text = fdp.ConsumeUnicodeNoSurrogates(len(data))
    report = defrel.parse(text, published=_PUBLISHED if with_date else None)
    assert report.document.text == text
    assert_valid_spans(report)
    again = defrel.parse(text, published=_PUBLISHED if with_date else None)
    serialised = defrel.to_json(report)
    assert defrel.to_json(again) == serialised, "two parses of the same text differ"
    back = defrel.from_json(serialised, defrel.Report)
    assert back == report
    assert defrel.to_json(back) == serialised, "the JSON round trip lost something"


def main() -> None:
    """Run the fuzzer with the command-line options of libFuzzer."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
