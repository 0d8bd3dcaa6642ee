"""Cooperation areas: the twelfth session's rules, one row per rule, with negatives."""

from __future__ import annotations

import pytest

from tests._area_rows import areas_of as _areas


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list of the region's goods with commas, development among them
        (
            "They vowed to uphold security, peace, stability, and development in the region.",
            {"regional-security"},
        ),
        ("Their ties serve peace, stability and development in the region.", {"regional-security"}),
        ("They spoke of peace and development across the region.", {"regional-security"}),
        # ... development alone, or the economy's terms, are not the region's security
        ("They discussed development in the region.", set()),
        ("Both hailed economic stability, growth and development in the region.", set()),
        # a sea as an item of the region's subjects after "including" is the region's, not a
        # naval field
        (
            "They reviewed regional issues, including the South China Sea and the Baltic.",
            {"regional-security"},
        ),
        (
            "They discussed threats, including with respect to the South and the East China Sea.",
            {"regional-security"},
        ),
        # ... the sea as the place of the pair's naval work still is
        (
            "They will patrol together in the South China Sea.",
            {"maritime-security", "regional-security"},
        ),
        ("They want the East China Sea to stay open.", {"maritime-security", "regional-security"}),
        # the provision of equipment is a supply of it; not a clause of a text
        (
            "The pact covers the provision of military equipment and training.",
            {"arms-trade", "training-education"},
        ),
        ("They discussed the provision of spare parts for the jets.", {"arms-trade"}),
        ("They discussed the provision of health care.", set()),
        ("A provision of the new accord on arms was debated.", set()),
        # kit named by its use: military items, stores and vehicles
        (
            "The general handed over various non-lethal military items to the army.",
            {"capacity-building"},
        ),
        ("Freedonia donated military vehicles to the border guards.", {"capacity-building"}),
        ("They bought defence stores from the firm.", {"arms-trade"}),
        ("He handed over the items to the museum.", set()),
        # aerospace as a field beside the domains or of the work is space
        ("They will work in areas such as cyber security and aerospace.", {"cyber", "space"}),
        ("They agreed to deepen cooperation in aerospace.", {"space"}),
        ("Aerospace and cyber will be added to the plan.", {"cyber", "space"}),
        # ... not its industry, its firms or its sector
        ("They discussed cooperation in aerospace industry.", {"defence-industry"}),
        ("They discussed land, sea and aerospace companies.", set()),
        ("The aerospace sector grew.", set()),
        # a combat air programme, a joint platform's programme: co-development
        ("They launched the Kestrel Combat Air Programme with Syldavia.", {"co-development"}),
        ("They discussed a joint fighter jet programme.", {"co-development"}),
        ("They discussed the combat air power of the region.", set()),
        ("The joint staff programme was discussed.", set()),
        # delivering a platform of the next generation is developing it, not a sale
        ("The treaty aims at delivering a next-generation fighter aircraft by 2035.", set()),
        ("Freedonia will deliver two new frigates in May.", {"arms-trade"}),
        # what a country needs to defend itself, its defence needs met: help to its forces
        (
            "Freedonia will always ensure that Ruritania has what it needs to defend itself.",
            {"capacity-building"},
        ),
        ("They will help Ruritania meet its urgent defence needs.", {"capacity-building"}),
        ("Allies work to meet Ruritania's battlefield needs.", {"capacity-building"}),
        ("Ruritania has what it needs to grow.", set()),
        ("They will meet the security needs of the summit.", set()),
        ("They will address their defence needs.", set()),
        ("They discussed their energy needs.", set()),
        # the Indian Ocean as a strategic theatre, not a body named after it
        (
            "In a tense world, above all in the Indian Ocean, we are close partners.",
            {"regional-security"},
        ),
        ("They discussed the Indian Ocean Rim Association.", set()),
        # the technology of the defence industry is the industrial field, as of its equipment
        ("They stressed defence industry and technology cooperation.", {"defence-industry"}),
        ("They discussed technology cooperation.", {"technology-transfer"}),
        # the supplies and services the forces give each other
        (
            "They discussed the reciprocal provision of supplies and services.",
            {"logistics-access"},
        ),
        ("They signed a supplies and services agreement.", {"logistics-access"}),
        ("The firm provides supplies and services to hotels.", set()),
        # a country attacked, a state's missile firings, provocations and coercion: the
        # region's security
        ("They condemned the invasion of Borduria.", {"regional-security"}),
        ("They discussed the war against Syldavia.", {"regional-security"}),
        ("They discussed Borduria's ballistic missile launches.", {"regional-security"}),
        ("They discussed Bordurian provocations.", {"regional-security"}),
        ("They discussed cross-strait tensions.", {"regional-security"}),
        ("They discussed coercive activities near the islands.", {"regional-security"}),
        ("The Provocations were many.", set()),
        ("They discussed the invasion of privacy.", set()),
        # development with its use or production, and its trials, as a field of the pair
        ("They agreed to cooperate on the development and use of drones.", {"co-development"}),
        ("They signed a research, development, test and evaluation pact.", {"co-development"}),
        ("They discussed the use of drones.", set()),
        # autonomy in a domain
        ("They are collaborating on autonomous underwater vehicles.", {"emerging-technology"}),
        ("The drones flew over the sea.", set()),
        # the other's forces hosted by agreement: force posture pacts, rotational forces
        ("They signed a force posture agreement.", {"logistics-access"}),
        ("They endorsed major force posture initiatives.", {"logistics-access"}),
        ("A rotational force of marines will arrive in May.", {"logistics-access"}),
        ("They reviewed Ruritania's force posture.", set()),
        # the region beside the world, the cross-strait dispute by its other name
        (
            "The drills served regional and world peace.",
            {"military-exercises", "regional-security"},
        ),
        ("They discussed the Taiwan question.", {"regional-security"}),
        ("He spoke of world peace.", set()),
        # a credit line with its sum between
        (
            "Freedonia extended a line of credit of US$ 100 million for the navy.",
            {"capacity-building"},
        ),
        (
            "Freedonia extended a line of credit of USD 100 million to Ruritania.",
            {"capacity-building"},
        ),
        ("They discussed a grant of 50 million.", set()),
        # the repair or overhaul of warships and jets
        (
            "They discussed the repair of Ruritanian warships.",
            {"logistics-access", "maritime-security"},
        ),
        ("They discussed the overhaul of the fighter jets.", {"logistics-access"}),
        ("He discussed the repair of the roads.", set()),
        # a state of nature or of health in a country is not the region's security
        ("The deadly flood situation in Syldavia came up.", set()),
        ("They discussed the COVID-19 situation in Syldavia.", set()),
        ("They discussed the situation in Syldavia.", {"regional-security"}),
        # the kind of information shared before it, without "of"
        (
            "They signed an agreement on sharing white shipping information.",
            {"information-sharing", "maritime-security"},
        ),
        ("They agreed on exchanging air traffic information.", {"information-sharing"}),
        ("They spoke about sharing personal information with friends.", set()),
        # help given as kit
        ("He announced assistance of communication equipment.", {"capacity-building"}),
        # arms given as help: lethal and non-lethal aid, a drawdown package
        ("They discussed the provision of defensive lethal assistance.", {"capacity-building"}),
        ("Freedonia sent non-lethal aid to the army.", {"capacity-building"}),
        ("The drawdown package is worth 300 million dollars.", {"capacity-building"}),
        ("The virus is lethal.", set()),
    ],
)
def test_areas_acc12(sentence: str, expected: set[str]) -> None:
    assert _areas(sentence) == expected
