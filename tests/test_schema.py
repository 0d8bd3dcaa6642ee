from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given

import defrel
from defrel import Report
from tests.test_json import reports

VALIDATOR = jsonschema.Draft202012Validator(
    defrel.json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def _errors(data: object) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(data)]


def test_the_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(defrel.json_schema())


def test_seed_report_validates(seed_report: Report) -> None:
    assert _errors(json.loads(defrel.to_json(seed_report))) == []


def test_command_line_output_validates(capsys: pytest.CaptureFixture[str]) -> None:
    from defrel.__main__ import main

    assert main([]) == 0
    for report in json.loads(capsys.readouterr().out):
        assert _errors(report) == []


@given(reports)
def test_every_report_validates(report: Report) -> None:
    assert _errors(json.loads(defrel.to_json(report))) == []


def test_schema_is_generated_from_the_model() -> None:
    schema = defrel.json_schema()
    defs = schema["$defs"]
    import attrs

    for name in (
        "Report",
        "Document",
        "Meeting",
        "Statement",
        "Commitment",
        "CooperationArea",
        "Actor",
        "Country",
        "Span",
    ):
        cls = getattr(defrel, name)
        assert list(defs[name]["properties"]) == [a.name for a in attrs.fields(cls)]
    assert defs["AreaId"]["enum"] == [a.value for a in defrel.AreaId]
    assert len(defs["AreaId"]["enum"]) == 22
    assert defs["Span"]["properties"]["start"] == {"type": "integer", "minimum": 0}
    assert defs["Statement"]["required"] == ["speaker", "text"]
    assert schema is not defrel.json_schema()  # a fresh copy each time


def _seed_json(seed_report: Report) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(defrel.to_json(seed_report))
    data["meetings"] = [
        {
            "date": "2023-06-05",
            "date_window": None,
            "location": "Delhi",
            "participants": [],
            "countries": [],
            "status": "held",
            "kind": "talks",
            "areas": ["space"],
            "spans": [{"start": 0, "end": 4, "role": "date"}],
        }
    ]
    return data


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("meetings", 0, "date"), "2023-13-01"),
        (("meetings", 0, "date"), 20230605),
        (("meetings", 0, "status"), "cancelled"),
        (("meetings", 0, "areas", 0), "football"),
        (("meetings", 0, "date_window"), ["2023-06-01"]),
        (("meetings", 0, "spans", 0, "start"), -1),
        (("meetings", 0, "spans", 0, "start"), "0"),
        (("meetings", 0, "location"), 3),
        (("meetings", 0, "extra"), "no extra keys"),
        (("document", "published"), "5 June 2023"),
    ],
)
def test_invalid_reports_are_refused_by_schema_and_loader(
    seed_report: Report, path: tuple[str | int, ...], value: object
) -> None:
    data = _seed_json(seed_report)
    assert _errors(data) == []
    broken = copy.deepcopy(data)
    target: Any = broken
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert _errors(broken) != []
    with pytest.raises(defrel.SerializationError):
        defrel.from_dict(broken, Report)


def test_a_missing_required_field_is_refused(seed_report: Report) -> None:
    data = _seed_json(seed_report)
    del data["document"]["text"]
    assert _errors(data) != []
