"""Cooperation areas: the twelfth session's second round, one row per rule, with negatives."""

from __future__ import annotations

import pytest

from tests._area_rows import areas_of as _areas
from tests._area_rows import with_countries


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
        ("The deal will help increase production capacity for shells.", set()),
        (
            "The plan will help boost the ammunition production capacity.",
            {"defence-industry"},
        ),
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
        # the bare verb of a supply after a modal or "to"
        ("The minister offered to supply artillery shells.", {"arms-trade"}),
        ("Kestria will supply 12 howitzers to the army.", {"arms-trade"}),
        # ... not the ships that carry supplies, nor other goods
        ("They agreed to supply ships to the convoy.", set()),
        ("It is hard to supply food to the town.", set()),
        # research and development after the verb of cooperation
        (
            "They agreed to cooperate in defence research and development.",
            {"co-development"},
        ),
        ("The firm spends more on research and development.", set()),
        # two of the owner's abilities raised together
        (
            "They discussed enhancing the capability and capacity of the Kestrian navy.",
            {"capacity-building"},
        ),
        # ... not a port's capacity raised
        ("They want to increase the capacity of the port.", set()),
        # a joint venture set up to make the kit
        (
            "They hailed a joint venture for the production of assault rifles.",
            {"co-production", "defence-industry"},
        ),
        (
            "The firms formed a joint venture to manufacture drones.",
            {"co-production", "defence-industry"},
        ),
        # ... not a joint venture in another trade
        ("They set up a joint venture in tourism.", {"defence-industry"}),
        # submarine search and rescue is the navies' own field, not disaster relief
        (
            "They signed an accord on mutual submarine search and rescue.",
            {"maritime-security"},
        ),
        ("They agreed to cooperate in search and rescue.", {"humanitarian-assistance"}),
        # the Indo-Pacific spelled with a space
        ("Kestria has a greater presence in the Indo Pacific.", {"regional-security"}),
        # issues of regional cooperation
        (
            "They exchanged views on issues of regional and mutual cooperation.",
            {"regional-security"},
        ),
        ("They exchanged views on mutual cooperation.", set()),
        # the work before a disaster
        ("They want to step up collaboration in disaster prevention.", {"humanitarian-assistance"}),
        ("They discussed crime prevention.", set()),
        # the passive of training and the teachers sent
        ("Freedonian pilots will be trained in Kestria.", {"training-education"}),
        ("Kestria will send military instructors to the islands.", {"training-education"}),
        # ... not a skill owned, nor a gym's trainers
        ("They were well trained in the art.", set()),
        ("The gym hired fitness trainers.", set()),
        # access to the other's technology
        ("Kestria gave Freedonia access to its technology.", {"technology-transfer"}),
        ("They discussed access to the sea.", set()),
        # kit hired out
        ("Kestria agreed to lease two submarines to the navy.", {"arms-trade"}),
        ("They discussed the lease of drones.", {"arms-trade"}),
        ("They signed a lease of the land.", set()),
        # a contract with its worth before the kit
        ("They signed a contract worth $2 billion for 40 tanks.", {"arms-trade"}),
        ("They signed a contract worth $2 billion for new roads.", set()),
        # the trade of a model by its designation
        ("They discussed the F-35 deal.", {"arms-trade"}),
        ("They hailed the G-20 deal.", set()),
        # relief work
        ("The troops helped in relief work after the cyclone.", {"humanitarian-assistance"}),
        # a conflict "around" a country, as "in" one
        ("They discussed the crisis around Kestria.", {"regional-security"}),
        ("They discussed the situation around the Kestrian border.", {"regional-security"}),
        # the region's own goods
        ("They discussed the region's security.", {"regional-security"}),
        ("They agreed to ensure a secure and stable region.", {"regional-security"}),
        ("They want a peaceful, prosperous and open neighbourhood.", {"regional-security"}),
        # ... not a region good for business, nor the region's economy
        ("It is a safe region to invest in.", set()),
        ("They discussed the region's economy.", set()),
        # the pair's firms as one field
        (
            "They discussed cooperation between the companies of both countries.",
            {"defence-industry"},
        ),
        ("They discussed openings for Kestrian firms in the defence market.", {"defence-industry"}),
        (
            "They discussed the participation of Kestrian industry in the programme.",
            {"defence-industry"},
        ),
        # ... not the peoples of both countries, nor troops taking part
        ("The people of both countries are friends.", set()),
        ("They discussed the participation of Kestrian troops.", set()),
        # a state's deterrence or claims in the sea are the region's, not a naval field
        ("They discussed restoring deterrence in the South China Sea.", {"regional-security"}),
        (
            "Kestria pursues its claims in the resource-rich South China Sea.",
            {"regional-security"},
        ),
        # ... joint patrols there still are naval
        (
            "They will patrol together in the South China Sea.",
            {"maritime-security", "regional-security"},
        ),
        # the other's forces kept on one's soil
        (
            "Some 300 Kestrian soldiers have been based in the town since February.",
            {"logistics-access"},
        ),
        ("Kestrian troops are stationed in the north.", {"logistics-access"}),
        (
            "They discussed the presence of Kestrian batteries on Freedonian soil.",
            {"logistics-access"},
        ),
        ("They discussed host nation support.", {"logistics-access"}),
        ("They discussed military mobility.", {"logistics-access"}),
        # ... not a firm based in a city, nor a bond based on trust
        ("The firm is based in the capital.", set()),
        ("A reporter stationed in the capital wrote it.", set()),
        ("The forces are well trained and based on trust.", set()),
        # a gift to a force, grant aid, a force rebuilt with the other's help
        ("Kestria gifted 15 parachutes to the army.", {"capacity-building"}),
        ("Kestria offered grant aid to the navy.", {"capacity-building"}),
        ("Kestria pledged to help modernise the Freedonian army.", {"capacity-building"}),
        ("Kestria will help Freedonia strengthen its defence.", {"capacity-building"}),
        # ... not a gift to a person, nor help to ties
        ("He gifted a book to the minister.", set()),
        ("He gifted a pen to the army chief.", set()),
        ("The donated funds went to the army museum.", set()),
        ("This will help strengthen their ties.", set()),
        # kit provided, as supplied
        ("Kestria will provide Freedonia with radars.", {"arms-trade"}),
        ("They will provide the students with books.", set()),
        # peace support as a field
        ("They discussed cooperation in peace support.", {"peacekeeping"}),
        ("They voiced support for peace.", set()),
        # the trade named by its platform, or its purchase agreement
        ("They discussed the Kestrel fighter deal.", {"arms-trade"}),
        ("They discussed the Kestrel submarine contract.", {"arms-trade"}),
        ("They discussed the purchase agreement for the tanks.", {"arms-trade"}),
        # ... not another deal or agreement
        ("They discussed the purchase agreement for the land.", set()),
        ("They discussed the tank farm contract.", set()),
        # the forces' data and images shared
        ("They discussed real-time data sharing.", {"information-sharing"}),
        ("They agreed to share imagery.", {"information-sharing"}),
        # ... not personal data, nor photos of a visit
        ("They discussed personal data sharing.", set()),
        ("They shared images of the visit.", set()),
        # the licensing of the other's technology
        ("They discussed licensing of technology.", {"technology-transfer"}),
        ("They discussed technology licences.", {"technology-transfer"}),
        ("They discussed licensing of exports.", set()),
        # maintenance, repair and overhaul by its initials
        ("They discussed setting up an MRO facility in the islands.", {"logistics-access"}),
        # the production of the kit moved to the buyer
        ("They discussed the localisation of production of the rifles.", {"co-production"}),
        # money put into the other's arms sector
        (
            "They discussed Kestrian investment in Freedonia's defence sector.",
            {"defence-industry"},
        ),
        ("They discussed investment in the energy sector.", set()),
        # the standing programme of help to a neighbour's forces
        (
            "Kestria's biggest defence cooperation program is in the islands.",
            {"capacity-building"},
        ),
        ("The defence co-operation programme funds advisers.", {"capacity-building"}),
    ],
)
def test_areas_acc12b(sentence: str, expected: set[str]) -> None:
    assert _areas(sentence) == expected


_PAIR = (
    "Defence Minister Arvid Lindqvist of Ruritania met Freedonia's minister; "
    "Ruritania and Freedonia talked. "
)
_NAMES = {"Ruritania": "RUR", "Freedonia": "FRE", "Syldavia": "SYL"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # kit sent to a third country is its supplies, not the pair's trade
        ("All the weapon deliveries to Syldavia go through Ruritania.", set()),
        ("Freedonia backs arms supplies to the Syldavia front, Ruritania said.", set()),
        # ... kit sent to one of the pair is
        ("They discussed arms deliveries to Freedonia.", {"arms-trade"}),
        ("Ruritania will speed up weapon deliveries to Freedonia.", {"arms-trade"}),
        # a state's firing named by its author
        (
            "They will step up cooperation in view of the rocket launch by Syldavia.",
            {"regional-security"},
        ),
        # ... not a launch by an agency
        ("They watched a rocket launch by the science agency.", set()),
    ],
)
def test_areas_acc12b_pair(sentence: str, expected: set[str]) -> None:
    text = _PAIR + sentence
    assert _areas(text, with_countries(text, _NAMES)) == expected
