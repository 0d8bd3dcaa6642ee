"""The cooperation-area table: each taxonomy id with its label and its surface patterns.

Each pattern is a regex fragment (matched case-insensitively, at word boundaries)
naming the field as a subject: a keyword, a phrase, or a keyword with a context
rule written as a lookaround ("exercise" but not "exercise restraint"; "space"
only next to a word that makes it outer space). Fragments must not nest
quantifiers; ``defrel._areas`` compiles the whole table into one pattern.
"""

from __future__ import annotations

import attrs

from defrel._model import AreaId

__all__ = ["AREAS", "AreaEntry"]


@attrs.frozen(slots=True)
class AreaEntry:
    """One field of the taxonomy: its id, a readable label and its surface patterns.

    >>> AreaEntry(AreaId.CYBER, "cyber", (r"cyber ?security",)).label
    'cyber'
    """

    id: AreaId
    label: str
    patterns: tuple[str, ...]


# Reusable fragments.
_DEF = r"defen[cs]e"
_S = r"[\s-]"  # a space or a hyphen between the parts of a compound

AREAS: tuple[AreaEntry, ...] = (
    AreaEntry(
        AreaId.DEFENCE_INDUSTRY,
        "defence industry",
        (
            rf"{_DEF}{_S}industr(?:y|ies|ial)",
            r"industrial(?: and technological)? (?:cooperation|collaboration|partnerships?|base|ties)",
            rf"{_DEF} (?:manufacturing|production)",
            rf"(?:{_DEF} )?equipment and technology",
            rf"{_DEF} equipment(?: and technology)? cooperation",
            r"(?:shipbuilding|aircraft construction)",
            r"cooperation in (?:the )?defen[cs]e industry",
            r"industries to collaborate",
            rf"{_DEF} (?:firms|companies|enterprises)",
        ),
    ),
    AreaEntry(
        AreaId.CO_DEVELOPMENT,
        "co-development",
        (
            r"co-?develop(?:ment|ing|ed|s)?",
            r"joint(?:ly)? (?:develop(?:ment|ing)?|design(?:ing)?)",
            r"co-?design",
            r"next-generation fighter",
        ),
    ),
    AreaEntry(
        AreaId.CO_PRODUCTION,
        "co-production",
        (
            r"co-?produc(?:tion|ing|e|ed)",
            r"joint(?:ly)? (?:production|produc(?:e|ing)|manufactur(?:e|ing))",
            r"licen[cs]ed (?:production|manufactur(?:e|ing))",
            r"(?:assembl(?:e|y|ed|ing)|manufactur(?:e|ing|ed))(?: \w+){0,3}? in (?=\p{Lu})",
            r"(?:manufacturing|production) (?:lines?|facilit(?:y|ies)) in (?=\p{Lu})",
        ),
    ),
    AreaEntry(
        AreaId.TECHNOLOGY_TRANSFER,
        "technology transfer",
        (
            r"technolog(?:y|ies) (?:transfer|sharing|access|cooperation)",
            r"(?:transfer|sharing) of (?:\w+ )?technolog(?:y|ies)",
            r"high[\s-]technology",
            r"(?:missile|naval|aviation|aerospace) technolog(?:y|ies)",
            r"technology cooperation",
            r"(?:collaboration|cooperation) (?:on|in) (?:defen[cs]e )?technolog(?:y|ies)",
        ),
    ),
    AreaEntry(
        AreaId.SUPPLY_CHAINS,
        "supply chains",
        (
            r"supply[\s-]chains?",
            r"security of supply",
            r"critical minerals",
        ),
    ),
    AreaEntry(
        AreaId.INNOVATION,
        "defence innovation",
        (
            r"start-?ups?",
            rf"{_DEF} innovation",
            r"innovation (?:ecosystems?|bridge|accelerators?|hubs?)",
            r"accelerators?",
        ),
    ),
    AreaEntry(
        AreaId.ARTIFICIAL_INTELLIGENCE,
        "artificial intelligence",
        (
            r"artificial intelligence",
            r"(?-i:AI)(?:-enabled)?",
            r"machine learning",
        ),
    ),
    AreaEntry(
        AreaId.SPACE,
        "space",
        (
            r"outer space",
            rf"(?:{_DEF}|military|civil) space",
            r"space (?:domain|situational awareness|cooperation|security|capabilit(?:y|ies)|policy|dialogue|assets|operations|technolog(?:y|ies))",
            r"space(?= and cyber| cyber)",
            r"(?<=cyber and |cyber, )space",
            r"space-based",
            r"satellites?",
        ),
    ),
    AreaEntry(
        AreaId.CYBER,
        "cyber",
        (
            r"cyber[\s-]?security",
            rf"cyber[\s-]?{_DEF}",
            r"cyber[\s-]?(?:domain|space|cooperation|threats?|attacks?|warfare|capabilit(?:y|ies)|dialogue|operations)",
            r"cyber(?= and space|, space)",
            r"(?<=space and |space, )cyber",
        ),
    ),
    AreaEntry(
        AreaId.MARITIME_SECURITY,
        "maritime security",
        (
            r"(?-i:maritime|martime|Maritime(?= \p{Ll}))",
            r"(?-i:naval|Naval(?= \p{Ll}))(?! (?:staff|chief|officer|command|attach[eé]))",
            r"(?-i:navies|navy-to-navy)",
            r"freedom of navigation",
            r"sea lanes?|sea lines of communication",
            r"(?-i:coast guards?)",
            r"(?:South|East) China Sea",
            r"piracy",
            r"carrier strike group",
            r"anti-submarine",
            r"frigates?|warships?|destroyers?",
        ),
    ),
    AreaEntry(
        AreaId.REGIONAL_SECURITY,
        "regional security",
        (
            r"regional (?:and (?:global|international) )?(?:security|stability|peace|order|situation|issues|developments|challenges)",
            r"(?:peace|security|stability),? (?:and|&) (?:stability|security|prosperity) (?:in|of|across) (?:the )?(?:region|\p{Lu})",
            r"(?:free|open),? (?:and )?(?:open|free|inclusive)[\w ,-]{0,40}?Indo-Pacific",
            r"Indo-Pacific",
            r"regional (?:and international|and global) issues",
            r"(?:Korean Peninsula|Taiwan Strait|Indian Ocean|Middle East)",
            r"security (?:situation|environment) in (?:the )?(?:region|\p{Lu})",
            r"(?:security )?challenges in the region",
            r"(?:emergencies|contingencies) (?:arising )?in the region",
            r"security in Europe|European security",
            r"(?:threat|aggression|coercion|assertiveness) (?:from|by|of) (?=\p{Lu})",
            r"(?<=\p{Lu}\w+(?:['’]s)? )(?:threat|aggression|coercion|assertiveness|harassment)",
        ),
    ),
    AreaEntry(
        AreaId.COUNTER_TERRORISM,
        "counter-terrorism",
        (
            r"(?:counter|anti)[\s-]?terror(?:ism|ist)?",
            r"couter-terror",
            r"terroris(?:m|ts?)",
            r"extremis(?:m|ts?)",
            r"(?:counter-?)?insurgenc(?:y|ies)",
        ),
    ),
    AreaEntry(
        AreaId.MILITARY_EXERCISES,
        "military exercises",
        (
            r"exercises?(?! (?:of|its|their|his|her|our|the) (?:right|power|authority|sovereignty|jurisdiction|option))(?! (?:restraint|caution|patience|influence|control|leverage|care|judgement|judgment|discretion|vigilance))",
            r"drills?(?! down)",
            r"war[\s-]?games?",
        ),
    ),
    AreaEntry(
        AreaId.TRAINING_EDUCATION,
        "training and education",
        (
            r"(?<!field )training(?! exercises?)",
            r"(?:military|defen[cs]e|professional military) education",
            r"educational exchanges?",
            r"personnel exchanges?",
            r"(?:training )?courses",
            r"exchanges between (?:the )?(?:armed forces|militaries|services|officers)",
        ),
    ),
    AreaEntry(
        AreaId.LOGISTICS_ACCESS,
        "logistics and access",
        (
            r"logistics",
            r"logistic(?:al)? (?:support|cooperation|arrangements?|agreements?|facilities)",
            r"reciprocal access",
            r"cross-servicing",
            r"port calls?",
            r"basing",
            r"repair and maintenance|maintenance and repair",
            r"(?-i:RAA|ACSA)",
        ),
    ),
    AreaEntry(
        AreaId.INFORMATION_SHARING,
        "information sharing",
        (
            r"(?:intelligence|information)[\s-]sharing",
            r"shar(?:e|ing) (?:of )?(?:classified )?(?:intelligence|information|classified)",
            r"security of (?:military )?information",
            r"information security",
            r"(?-i:GSOMIA)",
            r"general security (?:of military information )?agreement",
            r"general security arrangement",
        ),
    ),
    AreaEntry(
        AreaId.ARMS_TRADE,
        "arms trade",
        (
            r"procure(?:ment|s|d)?",
            r"(?:arms|weapons?|defen[cs]e|military|equipment) (?:sales?|exports?|deals?|purchases?|deliver(?:y|ies))",
            r"(?:purchas(?:e|es|ing)|acquisition|acquir(?:e|ing)|buy(?:ing)?|sell(?:ing)?|sale) of",
            r"(?:acquir(?:e|ing)|buy(?:ing)?|sell(?:ing)?|purchas(?:e|ing)) (?:\w+ )?(?:fighters?|jets|aircraft|vessels?|helicopters?|missiles?|drones?|submarines?|tanks?|systems?)",
            r"patrol vessels",
        ),
    ),
    AreaEntry(
        AreaId.CAPACITY_BUILDING,
        "capacity building",
        (
            r"capacity[\s-]building",
            r"military (?:assistance|aid)",
            r"security assistance",
            r"(?:grants?|lines? of credit|credit lines?) (?:for|to)",
            r"capability development",
            rf"(?:strengthening|building|enhancing) (?:of )?(?:{_DEF}|military) capabilit(?:y|ies)",
            r"defen[cs]e projects",
        ),
    ),
    AreaEntry(
        AreaId.EMERGING_TECHNOLOGY,
        "emerging technology",
        (
            r"(?:critical and )?emerging technolog(?:y|ies)",
            r"advanced technolog(?:y|ies)",
            r"advanced capabilities",
            r"quantum",
            r"semiconductors?",
            r"hypersonics?",
        ),
    ),
    AreaEntry(
        AreaId.NUCLEAR,
        "nuclear",
        (
            r"extended deterrence",
            r"nuclear (?:deterrence|deterrent|umbrella|cooperation|energy|capabilit(?:y|ies))",
            r"nuclear[\s-]powered",
            r"non-?proliferation",
            r"including nuclear",
        ),
    ),
    AreaEntry(
        AreaId.HUMANITARIAN_ASSISTANCE,
        "humanitarian assistance and disaster relief",
        (
            r"humanitarian (?:assistance|aid|relief)",
            r"disaster relief",
            r"(?-i:HADR)",
            r"evacuations?",
        ),
    ),
    AreaEntry(
        AreaId.PEACEKEEPING,
        "peacekeeping",
        (
            r"peace[\s-]?keep(?:ing|ers)",
            r"peace[\s-]support operations",
        ),
    ),
)
