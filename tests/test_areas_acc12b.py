"""Cooperation areas: the twelfth session's second round, one row per rule, with negatives."""

from __future__ import annotations

import pytest

from tests._area_rows import areas_of as _areas


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the singular some outlets print: "a Status of Force Agreement"
        ("A Status of Force Agreement between them dates back to 1981.", {"logistics-access"}),
        # a site where the other's kit is kept up
        (
            "Ministers pressed for talks on a maintenance hub in Kestria to repair the tanks.",
            {"logistics-access"},
        ),
        ("They opened a repair centre for the howitzers near the border.", {"logistics-access"}),
        ("Talks covered a hub for the servicing of the jets.", {"logistics-access"}),
        # ... not a hub or a centre of anything else
        ("They visited the customer service centre.", set()),
        ("The port is a hub for the region's trade.", set()),
        # help given to raise another's capabilities
        (
            "Freedonia is ready to help increase combat capabilities of the Kestrian army.",
            {"capacity-building"},
        ),
        ("The grant will help raise the capacity of the coastal units.", {"capacity-building"}),
        # ... not help to raise trade
        ("The accord will help increase trade between them.", set()),
        # the delivery of the first, next or last of the kit
        (
            "He received the delivery of the first Kestrel combat jet for the air force.",
            {"arms-trade"},
        ),
        ("They discussed the supply of the second Kestrel light howitzer.", {"arms-trade"}),
        # ... not of a first speech
        ("They discussed the delivery of the first speech.", set()),
        # the Indian policy of arms made at home with foreign partners
        ("They spoke of the merits of the Make in India initiative.", {"defence-industry"}),
        ("The shirts were made in India.", set()),
        # the region kept safe
        (
            "Both pledged to keep our nations and continental Europe safe.",
            {"regional-security"},
        ),
        ("They vowed to keep the region secure.", {"regional-security"}),
        # ... not a place kept in mind or a family kept safe
        ("They keep meeting in Europe safely.", set()),
        ("Soldiers keep their families safe.", set()),
    ],
)
def test_areas_acc12b(sentence: str, expected: set[str]) -> None:
    assert _areas(sentence) == expected
