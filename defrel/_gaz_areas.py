"""The cooperation-area table: each taxonomy id with its label and its surface patterns.

The table follows the definition column of the taxonomy (GUIDELINES.md), with the
usual variants of each word: British and American spelling, singular and plural,
hyphenated or spaced compounds, and the noun, verb and adjective forms.

``patterns`` are regex fragments written in lower case: ``defrel._areas`` matches
them on a lower-cased copy of the text (so they are case-insensitive), at word
boundaries. ``cased`` fragments are matched on the text as written, for the words
whose capitals matter ("AI", "HADR", "Maritime" before a lower-case word but not in
"Maritime Self-Defense Force"). A keyword with a context rule carries it as a
lookaround ("exercise" but not "exercise restraint"; "space" only next to a word that
makes it outer space). Fragments must not nest quantifiers; ``defrel._areas``
compiles the whole table into two patterns.
"""

from __future__ import annotations

import attrs

from defrel._model import AreaId

__all__ = ["AREAS", "REGIONS", "AreaEntry"]


@attrs.frozen(slots=True)
class AreaEntry:
    """One field of the taxonomy: its id, a readable label and its surface patterns.

    >>> AreaEntry(AreaId.CYBER, "cyber", (r"cyber ?security",)).label
    'cyber'
    """

    id: AreaId
    label: str
    patterns: tuple[str, ...]
    cased: tuple[str, ...] = ()


# Capitalised words of a body or an event, not of a country.
_ORG_WORDS = (
    r"(?:Ministry|Ministries|Summit|Meeting|Forum|Conference|Council|Union|Nations|Government"
    r"|Department|Committee|Commission|Agency|Office|Secretariat|Organi[sz]ation|Plan|Programme"
    r"|Program|Initiative|Project|Fund)"
)

# Reusable fragments (lower case).
_DEF = r"defen[cs]e"
_S = r"[\s-]"  # a space or a hyphen between the parts of a compound
_TECH = r"technolog(?:y|ies)"
_CAPAB = r"(?:capabilit(?:y|ies)|capacit(?:y|ies))"
# Equipment a country buys, sells or receives.
_KIT = (
    r"(?:fighters?|jets?|aircraft|airplanes|planes|vessels?|ships?|boats?|helicopters?|missiles?"
    r"|drones?|submarines?|tanks?|(?:\w++ )?systems?|frigates?|corvettes?|warships?|destroyers?"
    r"|rifles?|weapons?|arms"
    r"|ammunition|munitions|equipment|hardware|radars?|howitzers?|artillery|armou?red vehicles"
    r"|spare parts|shells|rockets?|interceptors?|launchers?|torpedoes|mortars|guns|patrol boats|patrol vessels"
    # the kit named by its use: "handed over non-lethal military items", "military vehicles"
    r"|(?:military|defen[cs]e|non-lethal) (?:items|stores|vehicles))"
)
# The rank of a batch or an item: "the delivery of the first Kestrel combat jet".
_NTH = r"(?:(?:first|second|third|fourth|fifth|next|last|final|latest) )?"
# A platform or weapon named between "joint" and its development or production (a short
# list: ``_KIT`` there is slow at every "joint").
_PLATFORM = (
    r"(?:fighter|jet|aircraft|submarine|missile|drone|tank|ship|vessel|helicopter|frigate|rifle|radar"
    r"|weapon|ammunition|munition|artillery|engine|shell|system)s?"
)
# What is jointly developed when it is not technology: land, resources, economies, ties.
_NOT_DEVELOPED = (
    r"(?:the |a |an |their |its |our )?(?:[\w-]++ ){0,2}?(?:areas?|zones?|facilit(?:y|ies)"
    r"|infrastructure|ports?|sites?|land|fields?|resources|oil|gas|petroleum|hydrocarbons?|ranges?"
    r"|tourism|econom(?:y|ies)|regions?|relations|ties|cooperation|partnerships?|friendship"
    r"|countries|nations|trade|prosperity|progress)\b"
)
# Regions whose peace, security or stability is a subject (lower case).
REGIONS: tuple[str, ...] = (
    "asia-pacific",
    "asia pacific",
    "indo-pacific",
    "indo pacific",
    "middle east",
    "near east",
    "persian gulf",
    "arabian gulf",
    "gulf region",
    "gulf",
    "europe",
    "eastern europe",
    "euro-atlantic area",
    "euro-atlantic",
    "balkans",
    "western balkans",
    "black sea",
    "baltic",
    "baltic sea",
    "baltics",
    "arctic",
    "mediterranean",
    "eastern mediterranean",
    "red sea",
    "horn of africa",
    "sahel",
    "africa",
    "west africa",
    "east africa",
    "great lakes region",
    "levant",
    "caucasus",
    "south caucasus",
    "central asia",
    "south asia",
    "southeast asia",
    "south-east asia",
    "east asia",
    "northeast asia",
    "north-east asia",
    "asia",
    "pacific",
    "south pacific",
    "pacific islands",
    "indian ocean",
    "indian ocean region",
    "korean peninsula",
    "taiwan strait",
    "south china sea",
    "east china sea",
    "latin america",
    "south america",
    "central america",
    "north america",
    "north africa",
    "northern africa",
    "southern africa",
    "central africa",
    "western europe",
    "northern europe",
    "central europe",
    "southern europe",
    "south-east europe",
    "southeast europe",
    "scandinavia",
    "nordic region",
    "maghreb",
    "gulf of guinea",
    "gulf of aden",
    "strait of hormuz",
    "arabian peninsula",
    "western pacific",
    "southwest pacific",
    "oceania",
    "atlantic",
    "north atlantic",
    "south atlantic",
    "americas",
    "western hemisphere",
    "caribbean",
    "continent",
    "african continent",
    "region",
    "regions",
)
# The named list ``regions`` is REGIONS (``defrel._areas`` passes it when it compiles).
_REGION = (
    r"(?:the |our |this |that |wider |broader |entire |whole |greater )*"
    r"(?:\L<regions>|(?:[\w-]++ ){1,2}?regions?\b|sub-?regions?\b)"
)
_PEACE = r"(?:peace|security|insecurity|stability|prosperity|safety|tranquill?ity)"

_TABLE: tuple[AreaEntry, ...] = (
    AreaEntry(
        AreaId.DEFENCE_INDUSTRY,
        "defence industry",
        (
            rf"{_DEF}{_S}industr(?:y|ies|ial|iali[sz]ation)",
            rf"(?:arms|armaments?|military|security|aerospace){_S}industr(?:y|ies|ial|iali[sz]ation)",
            (
                r"industrial (?:and technological )?(?:cooperation|collaboration|partnerships?|base"
                r"|capacit(?:y|ies)"
                r"|ties|participation|investments?|links|projects?)"
            ),
            (
                rf"{_DEF} (?:manufacturing|production|firms|companies|enterprises|contractors"
                r"|manufacturers|makers|investments?|business(?:es)?|exhibitions?|expos?|corporations"
                r"|conglomerates)"
            ),
            # "the military corporations of both sides", "arms manufacturers"
            (
                r"(?:military|arms|armaments?|weapons) (?:firms|companies|corporations|conglomerates"
                r"|manufacturers|contractors)"
            ),
            # the making of arms: "arms manufacturing", "weapons production" (not "nuclear
            # weapons production": a programme, not an industry of the pair)
            (
                r"(?<!\bnuclear )(?:arms|armaments?|weapons|munitions|ammunition)"
                r" (?:manufacturing|production)"
            ),
            # the plants of the trade: "an ammunition factory", "arms plants"
            r"(?:arms|ammunition|munitions?|weapons|shell|missile) (?:factor(?:y|ies)|production lines?)",
            # The development of such equipment is co-development, not this field.
            (
                rf"(?:{_DEF} )?equipment and technology"
                rf"(?<!\bdevelopment of equipment and technology)"
                rf"(?<!\bdevelopment of {_DEF} equipment and technology)"
            ),
            rf"{_DEF} equipment(?: and technology)? cooperation",
            r"shipbuilding|shipyards?",
            # the building of platforms: "submarine construction", "construction of warships"
            (
                r"(?:aircraft|submarine|warship|ship|frigate|vessel|tank)s? (?:construction|building)"
                r"|(?<=\bconstruction of (?:new )?)(?:submarines|warships|ships|frigates|vessels|aircraft)"
            ),
            r"industries to collaborate",
            # the pair's firms as one field: "the industries of both countries", "the
            # participation of Freedonian industry in the programme", "the defence market"
            (
                r"(?:industries|companies|firms|enterprises|manufacturers) (?:of|from|in) (?:both|the two)"
                r" (?:countries|sides|nations)"
            ),
            rf"participation of (?:the )?(?:[\w-]+ ){{0,2}}?(?:{_DEF} )?(?:industry|industries)",
            rf"(?:{_DEF}|arms) markets?",
            # money put into the other's arms sector: "investment in Freedonia's defence sector"
            rf"investments? in (?:the )?(?:[\w'’-]+ ){{0,2}}?{_DEF} sectors?",
            # the Indian policy of arms made at home with foreign partners ("under the 'Make in
            # India' initiative"), a frequent frame of India's industrial deals
            r"make in india",
            # the industrial return of a purchase: "offset agreements", "defence offsets"
            # (keyed on the rare word: "defence" and "military" start words in every article)
            (
                r"offsets?(?: (?:agreements?|obligations?|programmes?|programs?|polic(?:y|ies)|deals?"
                rf"|arrangements?)|(?<=\b(?:{_DEF}|industrial|military) offsets?))"
            ),
            r"joint ventures?",
            r"industry[\s-]to[\s-]industry",
            # "military-technical" and "military-economic" cooperation: the arms industries' ties
            # the same written "military and technical cooperation" (not "military and economic
            # ties": two fields, neither of them the industries')
            (
                r"military(?:[\s-](?:technical|economic) (?:cooperation|collaboration|ties|spheres?"
                r"|fields?|issues|areas?|domains?)| and technical (?:cooperation|collaboration|spheres?"
                r"|fields?|areas?|domains?))"
            ),
            r"military[\s-]technical(?=,|\s+and\s)",
            # Not "arms makers" alone: named as the seller of a purchase more often than as
            # an industrial partner (the taxonomy's field is the industries' cooperation).
        ),
    ),
    AreaEntry(
        AreaId.CO_DEVELOPMENT,
        "co-development",
        (
            r"co-?develop(?:ment|ing|ed|s)?",
            # The noun with what is developed or a frame of it ("joint development of
            # drones", "joint development projects"): alone, "joint development" is as often
            # the economic sense ("peace and joint development"). Not of land, resources or
            # ties ("joint development of training areas", "of the oil fields").
            (
                r"joint(?:ly)? (?:design(?:ing|ed|s)?|research|develop(?:ment(?= of | and (?:co-?)?"
                r"(?:produc|manufactur|design|research|test)| (?:projects?|programmes?|programs?"
                rf"|partnerships?|work|efforts?)\b)(?! of {_NOT_DEVELOPED})"
                rf"|(?:ing|ed|s)?(?! {_NOT_DEVELOPED})))"
            ),
            # "joint fighter jet development", "a joint missile design": the platform between;
            # a joint platform's programme ("a joint fighter jet programme") is its development
            (
                rf"joint (?:[\w-]++ )?{_PLATFORM} (?:development|design|research|programmes?|programs?"
                r"|projects?)"
            ),
            # a combat air programme or system: the name of a future fighter's development,
            # as "the Kestrel Combat Air System" or "a combat air programme with its partners"
            r"combat air (?:programmes?|programs?|systems?|projects?)",
            r"develop(?:ed|ing)? jointly",
            # "what we could develop together", "to build it together" (kit or technology the
            # two make as one; not ties: "develop together our relations" has its object after)
            r"(?:co-?)?develop(?:ed|ing)? together(?! (?:our|their|the|bilateral|relations|ties)\b)",
            # "join hands for the development of defence technologies"
            (
                r"(?:join(?:ed|ing)? hands|work(?:ed|ing)? together|collaborat\w+) (?:\w+ ){0,2}?(?:for|on"
                rf"|in) the development of (?:new )?(?:[\w-]++ )?(?:{_DEF}|military) (?:technolog"
                r"(?:y|ies)|equipment|systems|platforms)"
            ),
            r"co-?design(?:ing|ed|s)?",
            # "development of a joint air-defence system", "development of defence equipment"
            r"develop(?:ment of|ing) (?:a |the )?(?:new )?joint(?! ventures?\b)",
            rf"development of (?:new )?(?:{_DEF} )?equipment and technolog(?:y|ies)",
            (
                # also the verb: "agreed to cooperate in defence research and development"
                r"research and development(?<=(?:cooperat(?:ion|e|es|ing)|collaborat(?:ion|e|es|ing)"
                r"|partnership) (?:in|on|between)"
                r" (?:[\w-]+ ){0,2}?research and development)"
            ),
            r"collaborative (?:development|research|design)",
            # the research and its trials: "a research, development, test and evaluation
            # arrangement" between the ministries
            r"research, development, test(?:ing)?,? and evaluation",
            # "cooperate in the development of a new trainer aircraft"
            # (keyed on "develop": "cooperation" is in every article)
            (
                r"(?<=\b(?:cooperat|collaborat|partner)\w* (?:in|on) (?:the )?)develop(?:ment"
                r"(?: and (?:use|production|testing|deployment))? of|ing)"
                rf" (?:an? |the )?(?:new )?(?:[\w-]++ ){{0,2}}?{_KIT}"
            ),
        ),
        (
            # "R&D" is research and development: in the same frames ("joint R&D",
            # "cooperation in defence R&D", "collaboration between R&D teams")
            r"(?<=\b(?i:joint) )R&D",
            (
                r"(?<=\b(?i:cooperation|collaboration|partnership) (?i:in|on|between)"
                r" (?:[\w-]+ ){0,2}?)R&D"
            ),
        ),
    ),
    AreaEntry(
        AreaId.CO_PRODUCTION,
        "co-production",
        (
            r"co-?produc(?:tion|ing|e|ed|es)",
            r"co-?manufactur(?:e|ing|ed)",
            r"joint(?:ly)? (?:production|produc(?:e|ed|ing)|manufactur(?:e|ed|ing)|assembl(?:y|ed|ing))",
            rf"joint (?:[\w-]++ )?{_PLATFORM} (?:production|manufactur(?:e|ing)|assembly)",
            r"licen[cs]ed (?:production|manufactur(?:e|ing))",
            r"local(?:ly)? (?:production|produc(?:e|ed)|manufactur(?:e|ed|ing)|assembl(?:y|ed))",
            # "built under licence", "manufacture the rifles jointly": keyed on the rarer word
            r"(?<=\b(?:produc|manufactur|buil|assembl)\w* (?:\w+ ){0,3}?under (?:a )?)licen[cs]e",
            r"(?<=\b(?:manufactur|assembl)\w* (?:\w+ ){0,2}?)jointly",
            r"(?:produc(?:e|ed)|manufactur(?:e|ed)|assembl(?:e|ed)) (?:locally|jointly)",
            # "the localisation of production of the rifles"
            r"locali[sz]ation of (?:the |their |its )?(?:production|manufactur(?:e|ing)|assembly)",
            # a joint venture set up to make the kit: "a joint venture for the production of
            # the rifles", "a joint venture to manufacture drones"
            (
                r"(?<=\bjoint ventures? (?:[\w-]+ ){0,2}?(?:for (?:the )?|to ))(?:production|produc(?:e|ing)"
                r"|manufactur(?:e|ing)|assembl(?:y|e|ing)|build(?:ing)?|mak(?:e|ing))"
            ),
            # the kit between: "manufacture the drones locally", "build the frigates jointly"
            (
                r"(?:locally|jointly)(?<=\b(?:produc|manufactur|assembl|buil)\w* (?:the |these |those"
                rf" |its |their )?(?:[\w-]+ ){{0,2}}?{_KIT} (?:locally|jointly))"
            ),
        ),
        (
            r"(?i:assembl(?:e|y|ed|ing)|manufactur(?:e|ing|ed))(?: \w++){0,3}? in (?=\p{Lu})",
            r"(?i:(?:manufacturing|production) (?:lines?|facilit(?:y|ies)|plants?)) in (?=\p{Lu})",
        ),
    ),
    AreaEntry(
        AreaId.TECHNOLOGY_TRANSFER,
        "technology transfer",
        (
            # "defence equipment and technology cooperation" is the industrial field, as is
            # "defence industry and technology cooperation" (the industry's technology)
            (
                rf"(?<!(?:equipment|industry|industrial) and ){_TECH} (?:transfers?|sharing|access|cooperation|collaboration|partnerships?"
                r"|exchanges?|releases?)"
            ),
            rf"(?:transfers?|transferr(?:ed|ing)|sharing|share|release|exchange) (?:of )?(?:\w++ )?{_TECH}",
            rf"high{_S}(?:technology|tech)",
            rf"(?:missile|naval|aviation|aerospace|military|sensitive) {_TECH}",
            rf"(?:collaboration|cooperation|partnership) (?:on|in) (?:{_DEF} )?{_TECH}",
            r"know-how",
            r"transfer-of-technology",
            # the right to make the other's design: "licensing of the technology"
            rf"licen[cs]ing of (?:the |its |their )?(?:[\w-]+ )?{_TECH}|{_TECH} licen[cs](?:ing|es?)",
            # "gave Freedonia access to its technology", "access to Kestrian technologies"
            rf"access to (?:(?:its|their|the|our) )?(?:[\w'’-]+ ){{0,2}}?{_TECH}",
        ),
    ),
    AreaEntry(
        AreaId.SUPPLY_CHAINS,
        "supply chains",
        (
            rf"supply{_S}chains?",
            r"security of (?:supply|supplies)",
            r"supply (?:security|resilience)",
            r"critical (?:minerals|raw materials)",
            rf"rare{_S}earths?(?: (?:elements|minerals))?",
        ),
    ),
    AreaEntry(
        AreaId.INNOVATION,
        "defence innovation",
        (
            r"start-?ups?",
            rf"(?:{_DEF}|military|security) innovation",
            rf"(?:{_DEF}|military)(?:[\s-][\w-]++){{1,3}}? and innovation",
            # a field paired with technology: "technology transfer and innovation"
            (
                r"innovation(?<=\b(?:technolog(?:y|ies)|transfers?|research|development|industr(?:y|ies))"
                r",? and innovation)"
            ),
            rf"innovation(?= and (?:{_TECH}|research|development)\b)",
            (
                r"innovation (?:ecosystems?|bridge|accelerators?|hubs?|cooperation|collaboration"
                r"|partnerships?|centres?|centers?|units?|funds?|challenges?|dialogue)"
            ),
            r"accelerators?",
            r"incubators?",
        ),
    ),
    AreaEntry(
        AreaId.ARTIFICIAL_INTELLIGENCE,
        "artificial intelligence",
        (
            r"artificial intelligence",
            r"machine learning",
            r"ai-(?:enabled|powered|driven|based)",
        ),
        (r"AI",),
    ),
    AreaEntry(
        AreaId.SPACE,
        "space",
        (
            r"outer space",
            rf"(?:{_DEF}|military|civil|commercial|national security) space",
            (
                r"space (?:domain|situational awareness|cooperation|collaboration|security"
                rf"|{_CAPAB}|policy|dialogue|assets|operations|{_TECH}|systems|launch(?:es)?"
                r"|exploration|agency|agencies|programmes?|programs?|research|industry|sector"
                r"|command|forces?|partnerships?|surveillance|debris|sciences?|missions?)"
            ),
            r"space(?= and cyber| cyber|, cyber)",
            # a domain in a list ("land, sea, air and space"), not "the maritime space"
            r"(?<=(?:cyber|air|sea|land|maritime)(?:,|, and| and) )space(?! for)",
            (
                r"(?<=(?:cooperat(?:ion|e|ed|ing)|collaborat(?:ion|e|ed|ing)|partnership|work|working)"
                r" (?:in|on) (?:the )?)space(?! for)"
            ),
            # aerospace as a field beside the other domains or as the field of the work
            # ("cyber security and aerospace", "cooperation in aerospace"), not its industry,
            # firms or shows ("aerospace companies": the industrial field's)
            (
                r"aerospace(?:(?<=(?:cyber|security|air|sea|land|maritime|space)(?:,|, and| and)"
                r" aerospace)|(?<=(?:cooperat(?:ion|e|ed|ing)|collaborat(?:ion|e|ed|ing)|partnership"
                r"|work|working) (?:in|on) (?:the )?aerospace)|(?= and cyber| cyber|, cyber))"
                r"(?! (?:and defen[cs]e )?(?:industr|compan|firms?\b|sector|manufactur|engineering"
                r"|exhibition|show|corporation|giant|majors?\b|makers?\b|forces?\b|suppl))"
            ),
            r"space-based",
            r"spacecraft",
            r"satellites?",
        ),
    ),
    AreaEntry(
        AreaId.CYBER,
        "cyber",
        (
            (
                r"(?:hack(?:ing|ers?)|ransomware|malware)|cyber[\w-]*(?: (?:security|defen[cs]e|attacks?|threats?|warfare|domain|operations"
                r"|capabilit(?:y|ies)|cooperation|space|crime|resilience))?"
            ),
        ),
    ),
    AreaEntry(
        AreaId.MARITIME_SECURITY,
        "maritime security",
        (
            r"freedom of (?:navigation|the seas)|safety of navigation|navigational safety",
            r"sea lanes?|sea lines of communication|shipping (?:lanes|routes)|sea routes",
            (
                r"(?:attacks?|threats?|assaults?|strikes?|disruptions?) (?:on|to|against) (?:\w++ )?"
                r"(?:shipping|vessels|merchant ships|tankers)"
            ),
            r"(?:commercial|merchant|international) shipping",
            # merchant ships by their naval name: "sharing white shipping information"
            r"white shipping",
            r"shipping (?:attacks|security)",
            (
                r"(?:attacks?|threats?|assaults?|strikes?) (?:on|in|against) (?:the )?(?:[\w-]++ ){1,2}?"
                r"(?:sea|straits?)\b(?! (?:border|level))"
            ),
            r"straits? patrols?",
            r"(?:sea|naval)(?: and air)? patrols?",
            (
                r"patrol(?:s|led|ling|ing)? (?:of |in |through |across )?(?:the )?(?:[\w-]++ ){0,2}?"
                r"(?:straits?|waters|seas?|gulf|sea lanes|coast(?:line)?s?)"
            ),
            # not "the assertiveness / the row over islands in the South China Sea": a dispute
            # there is the region's security (that area has the sea name too); nor the sea as
            # an item of the region's subjects: "regional issues, including the South China Sea
            # and the Korean Peninsula", "the situation in Asia, including the East China Sea"
            (
                # (also a state's deterrence or coercion there, and an epithet of the sea between:
                # "its claims in the resource-rich South China Sea")
                r"(?:south|east) china sea(?<!\b(?:assertiveness|row|dispute|disputes|islands|islets"
                r"|claims|tensions|militari[sz]ation|deterrence|coercion|aggression)"
                r" (?:[\w-]+ ){0,3}?in the (?:[\w-]+ )?(?:south|east) china sea)"
                r"(?<!\bincluding (?:[\w-]+ ){0,8}?the (?:south|east) china sea)"
            ),
            r"(?:anti-?)?piracy|pirates?",
            r"carrier strike groups?",
            r"anti-submarine",
            # not as goods: "orders for three frigates", "supplied two warships" (arms trade)
            (
                r"(?:frigates?|warships?|destroyers?|corvettes?)"
                r"(?<!\b(?:orders?|ordered|ordering|buy|buys|buying|bought|purchas(?:e|es|ed|ing)"
                r"|acquir(?:e|es|ed|ing)|acquisitions?|sold|sells?|selling|sales?|suppl(?:y|ies|ied|ying)"
                r"|deliver(?:y|ies|ed|ing|s)?|exports?|exported|exporting)(?: of| for)?"
                r"(?: [\w-]++){0,3}? (?:frigates?|warships?|destroyers?|corvettes?))"
            ),
            r"navy-to-navy|naval cooperation|navies",
            # submarines as a field of the pair: "an agreement on submarine cooperation"
            # also "an agreement on submarine search and rescue"
            r"submarine (?:cooperation|collaboration|partnerships?|(?:search[\s-]and[\s-])?rescue)",
            r"navy (?:cooperation|ties|collaboration|staff talks|partnership)",
            r"(?<=\b(?:protection|security|safety|escort(?:s|ing)?) of (?:\w+ )?)shipping",
            r"(?<=\b(?:smuggling|trafficking|crimes?|criminality|threats?|incidents) )at sea",
            r"coastal (?:surveillance|defen[cs]e|patrols?|radars?)",
            # the sea a state holds: "incursions into territorial waters", "the exclusive economic zone"
            r"(?:territorial|sovereign) waters|exclusive economic zones?",
            r"(?:encroach|incursion|intrusion)\w* (?:on|into|in) (?:[\w'’-]+ ){0,3}?waters",
            # a navy or a coast guard set up: "help it build a navy"
            (
                r"(?<=\b(?:build|establish|set up|rebuild|re-establish|creat)\w* (?:up )?(?:a |an |its"
                r" |their )?(?:new |modern |professional |national |own )?)(?:navy|coast guard)"
            ),
            r"(?:illegal|iuu|illegal, unreported and unregulated) fishing",
            r"law of the sea|unclos",
            r"undersea (?:cables?|domain|infrastructure)",
            # the navies' underwater work: "underwater domain awareness", "mine countermeasures"
            # (not "underwater archaeology", not land mines; hydrography has no id in the
            # held-out practice)
            r"underwater domain(?: awareness)?",
            # (keyed on the rarer word: no stem of its own for "mine")
            r"countermeasures?(?<=\bmine[\s-]countermeasures?)",
            r"(?:ocean|port|coastal) security",
            r"(?:security|safety) at sea",
            # "marine" for "maritime": "marine security", "marine domain awareness"
            r"marine (?:security|safety|domain|surveillance|patrols?)",
        ),
        (
            # capitalised before a lower-case word, or in a title of the field ("the joint
            # Maritime Exercise", a headline's "Maritime Security"), not "Maritime Self-Defense"
            (
                r"(?:maritime|Maritime(?= \p{Ll}| (?:Exercises?|Drills?|Security|Cooperation|Domain"
                r"|Patrols?)\b)|MARITIME)"
            ),
            r"martime",
            (
                r"(?:naval|Naval(?= \p{Ll}| (?:Exercises?|Drills?|Cooperation|Patrols?)\b))"
                r"(?! (?:staff|chief|officer|command|attach[eé]))"
            ),
            r"coast ?guards?",
            r"EEZs?",
            r"(?i:coast[\s-]?guard) (?i:cooperation|collaboration|agencies|ships|vessels)",
        ),
    ),
    AreaEntry(
        AreaId.REGIONAL_SECURITY,
        "regional security",
        (
            (
                # "regional and global issues", "regional/international issues", "regional and
                # world peace"
                r"regional(?: and (?:global|international|world) | ?/ ?(?:global|international) | )"
                r"(?:security|stability|peace|order|situation|issues|developments|challenges|affairs"
                r"|threats|tensions|conflicts?|dynamics|architecture|concerns|matters|hotspots|crises"
                r"|crisis)"
            ),
            (
                r"(?:international|global|world) and regional (?:issues|situation|security|developments"
                r"|affairs|matters|challenges|concerns)"
            ),
            # "issues of regional and international concern"
            # also "issues of regional and mutual cooperation"
            (
                r"(?<=\b(?:issues|matters|questions|topics) of )regional(?: and (?:international|global"
                r"|mutual|bilateral))? (?:concern|interest|importance|significance|cooperation)"
            ),
            # "deterrence of Russian armed aggression": deterring a state's attack on the region
            r"deter(?:rence|ring|s)? (?:of |against )?(?:[\w-]+ ){0,2}?aggression",
            # "regional defence and security issues": the region's security among its topics
            rf"regional (?:{_DEF}|military|political) and (?:security|stability)",
            # "a peaceful and secure Western Hemisphere", "a stable and prosperous region"
            rf"(?:peaceful|secure|stable) and (?:peaceful|secure|stable|prosperous) {_REGION}",
            # "peace and economic prosperity in the region" (the economy's own terms alone are
            # not the region's security: ``defrel._areas._framed``); a list of them with
            # commas, development among them: "peace, stability, and development in the region"
            (
                rf"{_PEACE}(?:(?:,|,? (?:and|&)) (?:economic |political |lasting |durable )?"
                rf"(?:{_PEACE}|development)){{0,3}}"
                rf" (?:in|on|of|across|for|throughout) {_REGION}"
            ),
            (
                rf"(?:security|geopolitical|strategic) (?:situation|environment|architecture|landscape"
                rf"|challenges|dynamics|order|developments|issues|concerns|problems|threats)"
                rf" (?:in|of|across) {_REGION}"
            ),
            # bare, the region not named: evidence only (``defrel._areas._GENERIC``); before
            # "in", "of": the place's own words decide ("the security situation in Syldavia")
            (
                r"(?:security|geopolitical|strategic) (?:situation|developments|environment)"
                r"(?! (?:in|on|of|across)\b)"
            ),
            # "the worsening security along the border", "a security crisis"
            r"security (?:crisis|crises)|(?:worsening|deteriorating|fragile|volatile) security",
            r"(?:international|global|world|geopolitical) (?:developments|situation)",
            r"battlefield (?:situation|developments)|(?:situation|developments) on the (?:battlefield|front)",
            (
                r"regional (?:and international )?(?:multilateral )?(?:platforms|fora|forums|mechanisms"
                r"|frameworks|groupings)"
            ),
            (
                r"(?:situation|developments|tensions|conflicts?|crisis|war|instability|de-?escalation)"
                rf" (?:in|on|across) {_REGION}"
            ),
            (
                # a region's, not "global security" (no region)
                r"(?:european|asian|gulf|middle east(?:ern)?|euro-atlantic|transatlantic|african"
                r"|pacific|arctic|baltic|nordic|asia-pacific|indo-pacific)"
                r" (?:security|stability|peace)"
            ),
            # also spaced: "a greater presence in the Indo Pacific"
            r"indo[\s-]pacific",
            r"korean peninsula|taiwan strait|middle east|(?:south|east) china sea",
            # the Indian Ocean as a strategic theatre, as the Indo-Pacific ("neighbours in the
            # Indian Ocean"); not a body named after it nor its tsunami
            r"indian ocean(?! (?:rim|tsunami|commission)\b)",
            # the cross-strait dispute by its other name: "the Taiwan question"
            r"taiwan (?:issue|question)",
            # an alliance's border region: "the eastern flank"
            r"(?<=\b(?:eastern|southern|northern|south-?eastern|north-?eastern) )flank",
            (
                r"(?:security )?(?:challenges|threats) (?:faced by|facing|confronting|bedevil\w*|in|across)"
                r" (?:the |our )?(?:african |wider |whole )?(?:region|sub-?region|continent)"
            ),
            r"regional (?:security )?environment",
            r"(?<=\b(?:at|in) the )regional (?:and (?:global|international) )?(?:level|context|dimension)",
            # the region as a scene of events: "developments on the regional and international arenas"
            # (keyed on the rare word: "international" starts a word in every article)
            (
                r"(?:arenas?|scenes?)(?<=\b(?:at|in|on) the (?:(?:international|global) and )?regional"
                r"(?: and (?:global|international))? (?:arenas?|scenes?))"
            ),
            (
                r"(?:clout|assertiveness|aggression|coercion|provocations)"
                r" in (?:the |our )?(?:region|sub-?region|continent)"
            ),
            r"threats? to (?:the )?(?:security|stability|peace)\b",
            # the region kept safe: "to keep our countries and the wider Europe safe", "keep the
            # region secure"
            (
                r"keep(?:s|ing)? (?:[\w-]++ ){0,4}?(?:(?:continental|wider|whole|entire) )?"
                rf"(?:{_REGION}|(?:the |our |this )region) (?:safe|secure|stable|peaceful)\b"
            ),
            # "could undermine peace and security", "threatening regional stability"
            (
                r"(?:undermin|threaten|jeopardi[sz]|destabili[sz]|endanger)(?:e|es|ed|ing|s)?"
                r" (?:the )?(?:regional |international |global )?(?:peace|security|stability)\b"
            ),
            r"(?:emergencies|contingencies) (?:arising )?in the region",
            # the region's own: "the region's security", "a secure and stable region"
            r"(?:the |our |this )region['’]s (?:security|stability|peace|safety)",
            (
                r"(?:secure|stable|peaceful)(?:,? (?:and )?(?:secure|stable|peaceful|safe|prosperous"
                r"|open|free|inclusive|resilient)){0,3} (?:region|neighbou?rhood)\b"
            ),
            # a state's missile firings and coercion as the region's threats: "Syldavia's
            # ballistic missile launches", "coercive activities in the strait", "cross-strait
            # tensions"
            r"(?:ballistic )?missile (?:launches|firings|provocations)",
            # a state's firing named by its author: "the rocket launch by Syldavia" (the author
            # read by ``defrel._areas`` as a third country or one of the pair)
            r"(?:rocket|missile) launch(?:es)? by",
            r"coercive (?:activities|actions|behaviou?r|tactics|manoeuvres|maneuvers)",
            r"cross-strait (?:tensions|relations|issues|peace|stability)",
        ),
        (
            (
                r"(?i:threats?|aggression|coercion|assertiveness) (?i:(?:posed|presented) )?(?i:from|by|of)"
                r" (?=\p{Lu})"
            ),
            # "Freedonian aggression", not "The threat" at a sentence start
            (
                r"(?<=\p{Lu}\w+(?:['’]s)? )(?<!\b(?:The|This|That|These|Those|A|An|Any|Such|No|Its|Their"
                r"|Our|His|Her) )(?i:threat|aggression|coercion|assertiveness|harassment|invasion"
                r"|occupation|provocations?)"
            ),
            # "Freedonia's growing assertiveness", not "The growing threat"
            (
                r"(?<=\p{Lu}\w+(?:['’]s)? (?:growing|increasing|rising|continued|ongoing|military) )"
                r"(?<!\b(?:The|This|That|These|Those|A|An|Any|Such|No|Its|Their|Our|His|Her)"
                r" (?:growing|increasing|rising|continued|ongoing|military) )"
                r"(?i:threat|aggression|coercion|assertiveness|harassment|invasion|occupation)"
            ),
            # "the war in Ruritania", "tensions on the Freedonian border" (not a state of nature
            # or of health there: "the flood situation in Syldavia", "the COVID situation in")
            (
                r"(?<!\b(?i:cold|world|trade|price|tariff|humanitarian|economic|financial|political"
                r"|floods?|flooding|drought|earthquake|weather|health|covid|covid-19|pandemic|epidemic"
                r"|energy|food) )"
                r"(?i:wars?|conflicts?|crisis|crises|hostilities|tensions|unrest|situation|developments)"
                # also "around": "the situation around Syldavia"
                r"(?= (?i:in|on|around) (?:the )?(?:(?:eastern|western|northern|southern|central) )?\p{Lu})"
            ),
            # "the Ruritania-Freedonia conflict", "the Syldavian crises", "Borduria's attacks on"
            (
                r"(?<!\b(?:The|These|Those|Its|Their|Our|His|Her|Cold|World|Civil|Trade|Price|Tariff"
                r"|Financial|Economic|Energy|Climate|Debt|Fiscal|Health|Food|COVID|Covid|Pandemic) )"
                r"(?<=[\w,] \p{Lu}[\w'’]+(?:[-–]\p{Lu}\w+)? )"
                r"(?i:conflicts?|crisis|crises|wars?|attacks(?= on))"
            ),
            # "the conflict between Syldavia and Borduria"
            r"(?i:wars?|conflicts?|hostilities|tensions)(?= between (?:the )?\p{Lu})",
            # "the war against Syldavia", "the invasion of Borduria": a country attacked
            (
                r"(?i:wars?|aggression|attacks?|hostilities)(?= against (?:the )?\p{Lu})"
                r"|(?i:invasion|occupation|annexation)(?= of (?:the )?\p{Lu})"
            ),
        ),
    ),
    AreaEntry(
        AreaId.COUNTER_TERRORISM,
        "counter-terrorism",
        (
            r"(?:counter|anti)[\s-]?terror(?:ism|ist)?",
            r"terror(?:is(?:m|ts?))?",
            r"(?:violent )?extremis(?:m|ts?)",
            r"radicali[sz]ation|deradicali[sz]ation",
            r"(?:counter-?)?insurgen(?:cy|cies|ts?)",
            r"militan(?:cy|ts)|jihadis[mt]s?",
            r"isis|isil|daesh|islamic state",
            r"al[\s-]?qa[e']?ida|al[\s-]?shabaa?b|boko haram|jemaah islamiyah|abu sayyaf",
            r"lashkar-e-ta[iy]y?ba|jaish-e-mohamm[ae]d",
        ),
    ),
    AreaEntry(
        AreaId.MILITARY_EXERCISES,
        "military exercises",
        (
            (
                r"exercises?(?! (?:of|its|their|his|her|our|the) (?:right|power|authority|sovereignty"
                r"|jurisdiction|option))(?! (?:restraint|caution|patience|influence|control|leverage"
                r"|care|judgement|judgment|discretion|vigilance|maximum))"
                # an office's process: "the mapping exercise", "an exercise in futility"
                r"(?<!\b(?:mapping|stock-?taking|budgeting|consultation|consultative|review|evaluation"
                r"|assessment|scoping|branding|validation|verification|census|registration|recruitment"
                r"|fact-finding|costing|screening|vetting|demarcation|enumeration|electoral|voter"
                r"|headcount|restructuring|benchmarking|accounting|listening) exercises?)"
                r"(?! in (?:futility|frustration|diplomacy|public relations|democracy|branding)\b)"
            ),
            r"drills?(?! down)",
            rf"war{_S}?games?|wargaming",
            r"manoeuvres|maneuvers",
            r"live-fire",
            r"passex(?:es)?",
            r"exercis(?:ed|ing) (?:together|jointly)",
        ),
        (
            # a training named like an exercise: "the joint Sandstorm-12 naval training", not an
            # aircraft type's ("F-16 training": one capital)
            (
                r"(?<=\p{Lu}\p{Ll}{2,}-\d{1,4} (?:(?i:military|naval|air|joint|combined|bilateral) )?)"
                r"(?i:training|manoeuvres|maneuvers)"
            ),
        ),
    ),
    AreaEntry(
        AreaId.TRAINING_EDUCATION,
        "training and education",
        (
            # not "the training squadron visited": a unit or a ship named for its role
            # nor "training aircraft" bought or flown: equipment named for its role
            (
                r"(?<!field )trainings?(?! exercises?)(?! (?:squadrons?|ships?|vessels?|flotillas?"
                r"|aircraft|jets?|planes?|helicopters?)\b)"
            ),
            r"re-?train(?:ing|ed|s)?",
            r"trainees?",
            r"(?:military|defen[cs]e|professional military|naval|officer) education",
            r"military[\s-]educational",
            r"(?:defen[cs]e|military|war) universities",
            r"education(?:al)? (?:exchanges?|cooperation|programmes?|programs?)",
            # between schools of the forces: "an academic cooperation agreement"
            r"academic (?:cooperation|collaboration|partnerships?|ties|links)",
            r"exchange (?:programmes?|programs?)",
            r"(?:personnel|officer|cadet|student|staff|military|academic) exchanges?",
            (
                r"exchanges?(?: visits)? of (?:\w++ )?(?:cadets|officers|students|personnel|instructors|trainees"
                r"|military personnel)"
            ),
            r"(?:training )?courses(?! of action)",
            r"exchang(?:e|ed|ing) (?:\w++ )?(?:cadets|instructors|trainees)",
            # education as a field in a list ("cooperation in training and education"), not a
            # ministry of it; human resources (the training of personnel)
            (
                r"education(?<=(?:\band|\bin|\bon|\bof|\bincluding|\bas|,) education)"
                r"(?! (?:minister|ministry|department|secretary|system|sector|budget)\b)"
            ),
            (
                r"human resources?(?<=(?:\band|\bin|\bon|\bof|\bincluding|\bas|,) human resources?)"
                r"(?: development| training)?"
            ),
            r"exchanges between (?:the )?(?:armed forces|militaries|services|officers|academies)",
            (
                r"train(?:s|ed)? (?:\w++ ){0,2}?(?:personnel|officers|troops|soldiers|pilots|cadets"
                r"|forces|sailors|units|staff|specialists|crews)"
            ),
            r"scholarships?",
            # the passive: "their pilots will be trained in Freedonia", "were trained by"
            r"(?<=\b(?:be|been|being|are|were|was|is|get|got) )trained (?:in|by|at)\b",
            # the teachers sent: "military instructors", "flight trainers" (not a firm's
            # "fitness trainers"; not "trainers" as aircraft: "jet trainers")
            r"(?:military|army|naval|navy|air force|flight|defen[cs]e) (?:instructors|trainers)",
            r"train(?:s|ed|ing)? (?:together|jointly|side by side)",
            (
                r"train(?:s|ed)? (?:the |their |its )?(?:[\w-]+ )?(?:coast ?guards?|navy|army|air force"
                r"|armed forces|military|police|marines)\b(?! (?:chief|commander|band)\b)"
            ),
            # a place at the other's school: "officers studying at the staff college"
            (
                r"(?:stud(?:y|ies|ied|ying)|enrol(?:s|led|ling)?)"
                r" (?:at|in) (?:the |their |its |our )?(?:[\w-]+ ){0,3}?(?:academ(?:y|ies)|colleges?"
                r"|schools?|universit(?:y|ies))"
            ),
            r"exchanges?(?<=\b(?:instructors?|trainers?|faculty) exchanges?)",
            r"exchanges? of (?:\w+ )?(?:instructors|trainers)",
        ),
    ),
    AreaEntry(
        AreaId.LOGISTICS_ACCESS,
        "logistics and access",
        (
            r"(?<!\btransport )logistics",
            r"logistic(?:al)? (?:support|cooperation|arrangements?|agreements?|facilities|hubs?)",
            # a kind of support in a list: "training, logistical and technical support"
            (
                r"logistic(?:al|s)?(?=(?:,| and| or)(?: [\w-]+,?){1,3} (?:support|assistance"
                r"|cooperation)\b)"
            ),
            r"(?:reciprocal|mutual) access",
            (
                r"access to (?:\w++ ){0,3}?(?:bases?|ports?|facilities|infrastructures?|airfields?"
                r"|airports?|harbou?rs?|installations|airspace)"
            ),
            r"cross-servicing",
            # the supplies and services the forces give each other: "an agreement on the
            # reciprocal provision of supplies and services"
            r"(?:reciprocal|mutual) provision of supplies and services|suppl(?:y|ies) and services agreements?",
            # "the use of Ruritanian ports", "overflight rights"
            (
                r"(?<=\buse (?:of )?(?:[\w-]+ ){0,3}?)(?:ports?|bases?|airfields?|airbases?"
                r"|naval facilit(?:y|ies)|airspace)"
            ),
            r"overflights?",
            r"(?:port|ship|harbou?r) (?:calls?|visits?|stays?)|ports? of call",
            # "an aircraft carrier will visit <port>", "the frigate visited"
            (
                r"(?:aircraft carriers?|carriers?|frigates?|warships?|destroyers?|corvettes?"
                r"|submarines?|(?:naval|navy) (?:ships?|vessels?)) (?:will |would |is to |also )?"
                r"visit(?:s|ed|ing)?\b"
            ),
            # a ship at another's port: "the frigate docked in", "berthed at"
            r"(?:docked|berthed|moored) (?:at|in)",
            # the other side's people and ships kept at a base: "sailors hosted at"
            (
                r"hosted(?<=\b(?:ships|vessels|personnel|troops|forces|aircraft|sailors|soldiers|units)"
                r" (?:[\w-]+ ){0,3}?hosted) (?:at|in|on)"
            ),
            # the movement of forces across a border: "border crossing rules for allied troops"
            (
                r"(?:crossings?(?<=\bborder[\s-]crossings?)|transit|passage)(?: [\w-]+){0,2}? (?:for|of)"
                r" (?:(?:the|allied|foreign|their|our|visiting|partner) )*(?:forces|troops"
                r"|military (?:personnel|equipment|vehicles|units|convoys)|warships)"
            ),
            r"transit (?:rights|routes?|corridors?|facilities|arrangements?)",
            r"basing|stationing|pre-?positioning|rotational (?:presence|deployments?|forces?)",
            # the other's forces kept on one's soil: "troops stationed in", "soldiers have been
            # based in the town", "the presence of Freedonian batteries on Ruritanian soil"
            # (not "a policy based in law", "a reporter stationed in": forces named before it)
            (
                r"(?:based|stationed)(?<=\b(?:troops|soldiers|forces|personnel|units|batteries|servicemen"
                r"|marines|sailors|airmen|aircraft|jets|warships|contingents?|battalions?|brigades?)"
                r"(?: [\w-]+){0,3}? (?:based|stationed)) (?:in|at|on)\b"
            ),
            (
                r"(?:presence|deployment|stationing)(?: of)? (?:[\w'’-]+ ){0,3}?(?:troops|forces|soldiers"
                r"|batteries|units|systems|personnel) on (?:[\w'’-]+ )?soil"
            ),
            # the support a host gives allied forces, and their movement across borders
            rf"host{_S}nation support|military mobility",
            # the other's forces on one's soil by agreement: "the force posture agreement",
            # "force posture initiatives" (not a state's posture alone: "its force posture")
            r"force posture (?:agreements?|initiatives?|cooperation|arrangements?)",
            r"repair and maintenance|maintenance and repair|maintenance, repair and overhaul",
            # the upkeep of platforms: "aircraft maintenance", "maintenance of the ships",
            # "the repair of Ruritanian warships"
            (
                r"(?:aircraft|ship|vessel|fleet|helicopter|vehicle|engine|equipment|submarine"
                r"|warship|frigate|corvette|jet|fighter)s?"
                r" (?:maintenance|repairs?|overhauls?)"
                r"|(?:maintenance|repairs?|overhauls?) of (?:the |their |its )?(?:\w+ )?(?:aircraft|ships"
                r"|vessels|fleets?|helicopters|vehicles|equipment|submarines|warships|frigates"
                r"|corvettes|jets|fighters|engines)"
            ),
            r"visits? (?:by|of) (?:[\w-]+ ){0,2}?(?:navy|naval) (?:ships?|vessels?|flotillas?)",
            # Not "a refuelling incident": an event, not a service given.
            r"(?:refuell?ing|resupply|replenishment)(?! (?:incidents?|accidents?|mishaps?)\b)",
            # Not "hosted Ruritanian Armed Forces Commander X": a visitor's title.
            (
                r"host(?:s|ed|ing)? (?:\w++ ){0,2}?(?:troops|forces|soldiers|bases?|military personnel)"
                r"(?! (?:commander|chief|chiefs|head|leadership|delegation|officials?|officers?)\b)"
            ),
            # also "a Status of Force Agreement", the singular some outlets print
            r"status of forces?(?: agreements?)?|visiting forces agreements?",
            # a site where the other's kit is kept up: "a maintenance hub for the tanks",
            # "a repair centre for the jets", "a hub for the servicing of the howitzers"
            (
                r"(?:maintenance|repair|servicing|overhaul|sustainment) (?:and (?:repair|maintenance"
                r"|servicing) )?(?:hubs?|centres?|centers?|depots?|workshops?|facilit(?:y|ies))"
                r"|hubs? for (?:the )?(?:maintenance|repairs?|servicing|overhaul)"
            ),
            # "the facilitation of a military base for the Freedonian forces"
            (
                r"(?:establish(?:es|ed|ing|ment of)?|facilitation of) (?:a |an |the )?(?:new )?"
                r"(?:permanent )?(?:military|naval|air|joint) bases?"
            ),
        ),
        # "MRO": maintenance, repair and overhaul ("an MRO facility for the jets")
        (r"RAA|ACSA|SOFA|VFA|MRO",),
    ),
    AreaEntry(
        AreaId.INFORMATION_SHARING,
        "information sharing",
        (
            (
                r"(?:intelligence|information)[\s-](?:sharing|exchanges?|cooperation|collaboration"
                r"|fusion)"
            ),
            (
                # and the forces' data: "share radar data", "the exchange of real-time
                # surveillance data"
                r"(?:shar(?:e|es|ed|ing)|exchang(?:e|es|ed|ing)) (?:of )?(?:(?:classified|military"
                r"|sensitive|relevant|timely|real-time|more|key|secret) )?(?:intelligence|information"
                r"|(?:the |their )?(?:(?:maritime|air|military) )?(?:radar|sensor|surveillance"
                r"|targeting|tracking|operational) data)"
            ),
            r"shar(?:e|ing) classified",
            # images of the other's sensors: "sharing of satellite imagery", "share imagery"
            (
                r"(?:shar(?:e|es|ed|ing)|exchang(?:e|es|ed|ing)) (?:of )?(?:the |their )?(?:satellite "
                r"|geospatial |aerial |surveillance )?imagery"
            ),
            # (keyed on the verb's noun: no stems of their own for "radar", "targeting")
            (
                # also "real-time data sharing", "military data exchange"
                r"(?:sharing|exchanges?)(?<=\b(?:radar|sensor|targeting|real-time|military|surveillance"
                r"|operational|satellite) data[\s-](?:sharing|exchanges?))"
            ),
            # the kind of information between: "the exchange of coastal traffic information"
            r"(?:sharing|exchanges?) of (?:[\w-]+ ){1,2}?(?:intelligence|information)",
            # the kind before it without "of": "an agreement on sharing white shipping
            # information", "exchanging maritime traffic information"
            (
                r"(?:sharing|exchanging) (?!(?:the|their|its|our|this|that|his|her|any|no|some|more"
                r"|personal|private|contact|customer|user|patient)\b)"
                r"(?:[\w-]+ ){1,2}?(?:intelligence|information)"
            ),
            # the information in a pair of things shared: "exchange experience and information"
            (
                r"(?:shar|exchang)\w* (?:of )?(?:(?:experiences?|expertise|knowledge|data"
                r"|best practices|lessons)(?:,| and| &) )+(?:(?:relevant|timely|military) )?"
                r"(?:intelligence|information)"
            ),
            # "intelligence" as an item of a list of fields ("including intelligence and
            # cyber", "cooperation in intelligence"), not an agency, an officer or a report.
            (
                r"(?<=\b(?:including|in|on|and|such as|of|for) )(?<!\bartificial )(?<!\bhuman )"
                r"(?<!\b(?:head|heads|director|chief|chiefs|minister|ministry|department|office"
                r"|directorate|bureau|committee|service) of )"
                r"intelligence(?! (?:agenc|services?\b|officers?\b|officials?\b|chiefs?\b"
                r"|communit|reports?\b|sources?\b|estimates?\b|gathering\b|assessments?\b"
                r"|failures?\b|sharing\b|exchanges?\b|cooperation\b|collaboration\b|fusion\b))"
            ),
            r"security of (?:military |classified )?information",
            r"information security",
            r"(?:protection|security|exchange|safeguarding) of (?:exchanged |mutually )?classified information",
            r"general security (?:of military information )?agreement",
            r"general security arrangement",
        ),
        (r"GSOMIA",),
    ),
    AreaEntry(
        AreaId.ARMS_TRADE,
        "arms trade",
        (
            r"procure(?:ments?|s|d)?|procuring",
            (
                r"(?:arms|weapons?|defen[cs]e|military|equipment|hardware) (?:sales?|exports?|imports?"
                r"|deals?|purchases?|deliver(?:y|ies)|transfers?|trade|acquisitions?|contracts?|orders?)"
            ),
            # of equipment: "the purchase of the frigates", "the acquisition of 12 jets", not
            # "the acquisition of new skills", "the sale of the land", "exports of rice"
            (
                r"(?:purchas(?:e|es|ed|ing)|acquisitions?|acquir(?:e|ed|es|ing)|buy(?:s|ing)?|bought"
                r"|sell(?:s|ing)?|sold|sales?|exports?) of"
                rf"(?= (?:[\w-]++ ){{0,3}}?(?:{_KIT}|(?:{_DEF}|military) (?:goods|products|items|articles)))"
            ),
            (
                # (a name may stand before the kind: "acquire the Condor air defence system")
                r"(?:acquir(?:e|ed|es|ing)|buy(?:s|ing)?|bought|sell(?:s|ing)?|sold|purchas(?:e|es|ed|ing)"
                rf"|export(?:s|ed|ing)?) (?:[\w-]++ ){{0,3}}?{_KIT}"
            ),
            # "purchase products of the Ruritanian defence industry"
            (
                r"(?:acquir(?:e|ed|es|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))"
                rf" (?:[\w-]++ ){{0,2}}?(?:products|goods|equipment) (?:made )?(?:of|from|by) (?:the )?"
                rf"(?:[\w-]++ ){{0,2}}?(?:{_DEF}|arms|military){_S}industr(?:y|ies)"
            ),
            # kit hired out: "agreed to lease two submarines", "the lease of drones"
            rf"leas(?:e|es|ed|ing)(?: of)? (?:(?:the|more|new|\d+|two|three|four|six|an?) )?(?:[\w-]++ ){{0,2}}?{_KIT}",
            # not a command: "ordered two frigates to patrol the strait", "to the area"
            (
                rf"(?<!\bin )order(?:s|ed|ing)? (?:for )?(?:[\w-]++ ){{0,2}}?{_KIT}"
                r"(?! to (?:the|patrol|sail|deploy|head|move|leave|return|intercept|escort|shadow"
                r"|track|monitor|remain|stay|be (?:deployed|sent|moved))\b)"
            ),
            (
                # "the provision of military equipment": kit handed over as a supply (not a
                # clause of a text: "a provision of the treaty on arms")
                r"(?:suppl(?:y|ies)|deliver(?:y|ies)|shipments?|transfers?|provision(?! of (?:the |this"
                r" |that |an? )?(?:[\w-]+ )?(?:treaty|agreement|law|act|accord|convention|memorandum|pact"
                r"|article|constitution|charter|resolution|deal|contract)\b)) of"
                rf" (?:(?:the|more|new|additional|further) )?{_NTH}(?:[\w-]++ ){{0,2}}?{_KIT}"
            ),
            (
                # not "delivering a next-generation fighter": a platform not yet built is
                # developed, not sold
                r"(?:suppl(?:ied|ying|ies)|deliver(?:ed|ing|s)?)"
                r"(?! (?:an? |the |their |its )?(?:next|sixth|future)[\s-]generation\b)"
                rf" (?:(?:the|more|new|additional|further) )?(?:[\w-]++ ){{0,2}}?{_KIT}"
            ),
            r"(?:arms|weapons?|ammunition|munitions|military|defen[cs]e) (?:supplies|shipments|deliveries)",
            # the bare verb after a modal or "to": "offered to supply artillery shells", "will
            # supply 12 howitzers" (not "to supply ships", "to supply vessels": the ships that
            # carry supplies, a service to forces; nor the noun: "the supply chains")
            (
                r"(?<=\b(?:to|will|would|could|can|shall|may|must) )supply"
                r"(?! (?:(?:the|their|its) )?(?:ships?|vessels?|boats?|chains?|lines?|routes?|depots?)\b)"
                r" (?:(?:the|more|new|additional|further|\d+|two|three|four|five|six|eight|ten"
                rf"|twelve|an?) )?(?:[\w-]++ ){{0,2}}?{_KIT}"
            ),
            # "supply the navy with frigates", "provide Freedonia with radars"
            (
                r"(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)) (?:the )?[\w-]++(?: [\w-]++)? with"
                rf" (?:(?:the|more|new|additional|further) )?(?:[\w-]++ ){{0,2}}?{_KIT}"
            ),
            (
                r"(?:aircraft|jets?|fighters?|helicopters?|drones?|missiles?|tanks?|shells|parts)"
                r" (?:supplies|shipments|deliveries|delivery)"
            ),
            r"foreign military sales|arms deals?",
            # the trade named by its platform: "the Kestrel fighter deal", "a submarine contract"
            (
                r"(?:fighter|jet|aircraft|submarine|missile|drone|tank|frigate|corvette|helicopter|rifle"
                r"|howitzer|radar)(?:[\s-]jet)? (?:deals?|contracts?|orders|purchases?|sales?|acquisitions?)"
            ),
            # "the purchase agreement for the tanks"
            (
                r"(?:purchase|sales?|supply|procurement) (?:agreements?|contracts?) (?:for|on) (?:the )?"
                rf"(?:[\w-]++ ){{0,2}}?{_KIT}"
            ),
            # equipment as a field: "cooperation in defence materiel"
            # (keyed on the rare word: "defence" and "military" start words in every article)
            (
                r"materiel(?<=\b(?:defen[cs]e|military) materiel)"
                r"(?! (?:organi[sz]ation|agency|command|directorate))"
            ),
            r"excess defen[cs]e articles",
            # the kit as the subject of a delivery: "the jets were delivered", "will receive two frigates"
            (
                rf"delivered(?<=\b{_KIT} (?:was|were|will be|would be|have been|has been|had been"
                r"|are being|is being|to be) (?:\w+ )?delivered)"
            ),
            (
                r"receiv(?:e|es|ed|ing) (?:(?:the|more|new|additional|further|its|their|\d+|two|three"
                rf"|four|five|six|eight|ten|twelve|an?) )?(?:[\w-]++ ){{0,2}}?{_KIT}"
            ),
            # a list of items received: "will receive generators, computers, rifles and radios"
            # (not a clause after a comma: "received the minister, who praised the ships")
            (
                r"receiv(?:e|es|ed|ing) (?:[\w-]++ ){0,3}?[\w-]++, "
                r"(?!(?:who|whom|whose|which|where|when|while|as|after|before|during|and)\b)"
                rf"(?:[\w-]++,? ){{0,8}}?{_KIT}"
            ),
            (
                r"(?<=\b(?:first|second|third|next|new|latest|last|final) )batch(?:es)? of"
                rf" (?:[\w-]++ ){{0,2}}?{_KIT}"
            ),
            # "a contract for six helicopters", "the deal to buy the frigates"
            # also with its worth between: "a contract worth $2 billion for 40 tanks"
            (
                r"(?:contracts?|deals?|orders?)(?: (?:worth|valued at) (?:(?:us|usd|eur|inr|rs\.?) ?)?"
                r"[$€£₹]? ?[\d.,]+(?: ?(?:million|billion|mn|bn|crore))?(?: (?:dollars|euros))?)?"
                r" (?:for|to (?:buy|acquire|purchase|supply))"
                rf" (?:(?:the|more|new|additional|further|remaining) )?(?:[\w-]++ ){{0,2}}?{_KIT}"
            ),
        ),
        (
            r"FMS",
            # "F-16 deliveries", "the delivery of the first Su-35s": a model designation.
            # also the trade of one: "the F-35 deal", "Su-30 orders" (not "the G-20 deal": a
            # group of states)
            (
                r"(?<=\b\p{Lu}[\p{Lu}\p{Ll}]{0,2}-\d{1,3}[\w-]* )(?<!\bG-\d+ )(?i:deliveries|delivery|supplies"
                r"|shipments|deals?|contracts?|orders|purchases?|sales?|acquisitions?)"
            ),
            (
                r"(?i:deliver(?:y|ies)|suppl(?:y|ies)|shipments?|transfers?|purchases?|acquisitions?"
                r"|sales?|exports?) of (?i:the )?"
                r"(?i:(?:first|new|more|additional|further) )?(?:\d+ )?\p{Lu}[\p{Lu}\p{Ll}]{0,2}-\d{1,3}[\w-]*"
            ),
        ),
    ),
    AreaEntry(
        AreaId.CAPACITY_BUILDING,
        "capacity building",
        (
            rf"capacity{_S}building|capacity (?:development|enhancement)",
            # also of a field: "cooperation in building defence capacity"
            rf"build(?:s|ing)? (?:up )?(?:(?:{_DEF}|military|security|institutional) )?capacit(?:y|ies)",
            # kit handed to a force: "handed over equipment to the border troops"
            (
                r"(?:equipment|logistics)(?<=\b(?:provid|suppl|deliver|donat|gift|hand)\w*"
                r" (?:over )?(?:\w+ ){0,3}?(?:equipment|logistics)) to (?:the )?"
                r"(?:[\w-]+ ){0,2}?(?:army|navy|coast ?guard|air force|armed forces|military|forces|troops"
                rf"|police|{_DEF} forces)"
            ),
            (
                rf"(?:military|security|{_DEF}|comprehensive)(?: and (?:financial|economic|technical))?"
                r" (?:assistance|aid|financing|grants?)"
            ),
            # support of kit and forces given to a state: "continued military support for X"
            r"(?:military|comprehensive) support (?:for|to)\b",
            r"foreign military financing",
            # the standing programme of help to a neighbour's forces: "Ruritania's defence
            # cooperation program in Freedonia" (advisers, training, kit and works)
            rf"{_DEF} co-?operation program(?:me)?s?",
            # arms given as help: "defensive lethal assistance", "non-lethal aid", "a new
            # drawdown package" (kit drawn from one's stocks for the other)
            r"(?:non-?)?lethal (?:assistance|aid|support)|drawdown (?:packages?|authority)",
            r"train(?:s|ed|ing)? and equip(?:s|ped|ping)?",
            rf"loans? (?:\w+ ){{0,2}}?for (?:the )?(?:{_DEF}|military)",
            # the sum may stand between: "a line of credit of 50 million dollars for"
            (
                r"(?:grants?|lines? of credit|credit lines?)(?: (?:of|worth) (?:(?:us|usd|eur|inr|rs\.?) ?)?"
                r"[$€£₹]? ?[\d.,]+(?: ?(?:million|billion|mn|bn|crore))?(?: (?:dollars|euros|usd))?)?"
                r" (?:for|to)"
            ),
            r"capability development",
            (
                # not "enhance our defence capabilities", "strengthening their countries'
                # capabilities", "capability to act together": the parties' own; nor a bare
                # "improving defence capabilities", whose owner is not told
                r"(?:strengthen|build|enhanc|develop|boost|improv|modernis|moderniz|upgrad|support)\w*"
                r" (?!(?:of |up )?(?:our|their|both)\b)"
                rf"(?!(?:defen[cs]es?|military|operational|maritime|security) {_CAPAB})"
                r"(?:of |up )?(?:(?:the|its|his|her) )?"
                r"(?:[\w-]+['’]s? )?(?:\w++ )?"
                rf"(?:defen[cs]es?|military|operational|maritime|security|armed forces['’]?) {_CAPAB}"
                r"(?! to (?:\w+ )?(?:act|operate|work|fight) together)"
            ),
            # also two of them: "enhancing the capability and capacity of the Freedonian navy"
            (
                r"(?:strengthen|build|enhanc|develop|boost|improv)\w* (?:the )?"
                rf"{_CAPAB}(?: and {_CAPAB})? of"
            ),
            # help given to build them: "helped bolster the coast guard capabilities of"
            (
                # also "help increase the combat capabilities of", "help raise its capacity"; not
                # a plant's: "help boost production capacity" (the industry's output)
                # (the one helped may stand between: "helping countries develop capabilities")
                r"help\w* (?:[\w-]+ ){0,2}?(?:to )?(?:strengthen|build|enhanc|develop|boost|improv"
                r"|bolster|increas"
                r"|rais)\w* "
                rf"(?:the )?(?:[\w-]+ ){{0,4}}?{_CAPAB}"
                r"(?<!\b(?:production|manufacturing|industrial|output|storage|refining|generation"
                r"|port|factory|plant) capacit(?:y|ies))"
            ),
            # a contribution to a country's capabilities
            rf"contribut\w* to (?:the )?[\w-]+['’]s? (?:[\w-]+ ){{0,2}}?{_CAPAB}",
            r"technical (?:support|assistance)",
            # assistance or logistics provided to a country or its forces
            # not "assistance to civilians", "medical assistance to": humanitarian help
            (
                r"provid\w* (?:\w+ ){0,2}?(?<!\b(?:medical|humanitarian|relief|emergency) )"
                r"(?:assistance|support) to(?! (?:the )?(?:civilians?|people"
                r"|population|refugees|victims|communities|displaced)\b)"
            ),
            r"provid\w* (?:the )?[\w-]+ with (?:the )?(?:\w+ )?(?:logistics|equipment|assistance)",
            # "provide their armed forces with training, equipment and technical support"
            (
                r"provid\w* (?!each other|one another)(?:[\w'’-]+ ){1,5}?with (?:[\w,-]+ ){0,5}?"
                r"(?:logistics|equipment|assistance|support)"
            ),
            (
                r"supportive of (?:the )?(?:[\w-]+ ){0,2}?(?:armed forces|army|navy|military"
                rf"|{_DEF} forces?)"
            ),
            r"defen[cs]e projects",
            # help to a country or its forces: "assist the army with", "assistance China has
            # provided", "support for the Freedonian army", "helping the government confront"
            r"assist(?:s|ed|ing)? (?:the )?[\w-]++(?: [\w-]++)? (?:with|in|as)\b",
            (
                r"assistance (?:(?:that|which) )?(?:[\w-]+ ){1,2}(?:has |have |had )?"
                r"(?:provid(?:ed|es)|accorded|extended|rendered|given|granted)"
            ),
            # a force built or set up with the other's help: "helps it build a navy"
            (
                r"(?<=\b(?:build|establish|set up|rebuild|re-establish|creat)\w* (?:up )?(?:a |an |its"
                r" |their )?(?:new |modern |professional |national |own )?)(?:navy|coast guard)"
            ),
            (
                r"infrastructure(?<=\b(?:develop|build|upgrad|moderni[sz]|strengthen|improv|construct)\w*"
                r" (?:of )?(?:the |its |their )?(?:naval|maritime|military|defen[cs]e)(?: and (?:naval"
                r"|maritime|military|defen[cs]e))? infrastructure)"
            ),
            (
                r"support(?:ed|ing|s)? (?:for |to )?(?:the |their |its )?(?![\w-]+ing\b)[\w-]++(?:['’]s?)?"
                r" (?:armed forces|army|navy|air force|military|troops|defen[cs]e forces)"
            ),
            (
                r"(?:assist\w*|support\w*|help\w*|aid) (?:in |with |for )?(?:the |its |their )?"
                r"(?:construction|building|establishment|refurbishment|renovation|moderni[sz]ation"
                r"|upgrad(?:e|ing)|expansion) (?:of|and)"
            ),
            r"(?:assistance|support|help) in the (?:fields?|areas?|domains?|spheres?) of",
            # help given as kit: "announced assistance of communication equipment"
            rf"assistance (?:of|in the form of) (?:[\w-]+ ){{0,2}}?{_KIT}",
            # a facility built with the other's help: "helped them build a new naval academy"
            (
                r"help\w* (?:in |to |with )?(?:\w+ )?(?:build|construct|establish|set(?:ting)? up|refurbish"
                r"|renovat|equip)\w* (?:an? |the |its |their )(?:[\w-]+ ){0,3}?(?:schools?|academ(?:y|ies)"
                r"|colleges?|centres?|centers?|hospitals?|barracks|bases?|facilit(?:y|ies)|headquarters"
                r"|infrastructure|camps?|posts?|depots?|workshops?)\b"
            ),
            (
                r"help\w* (?:the )?[\w-]++ (?:government|armed forces|army|navy|military|forces|troops)"
                r" (?:to )?(?:confront|fight|combat|counter|tackle|defeat|address|build|develop)"
            ),
            rf"hand(?:s|ed|ing)? over (?:[\w-]+ ){{0,3}}?{_KIT}|handover of (?:[\w-]+ ){{0,3}}?{_KIT}",
            r"(?:donat(?:e|ed|es|ing|ions?)|gift(?:s|ed|ing)?) (?:of )?(?:\w++ ){0,2}?" + _KIT,
            r"help(?:s|ed|ing)? (?:to )?equip",
            # a gift to a force, whatever the goods: "gifted 15 parachutes to the army"
            (
                r"(?:gift(?:s|ed|ing)?|donat(?:e|es|ed|ing)) (?:[\w-]+ ){0,3}?to (?:the )?(?:[\w-]+ ){0,2}?"
                rf"(?:army|navy|air force|armed forces|military|forces|troops|coast ?guard|{_DEF} forces)\b"
                # not a person or a body of the force: "gifted a pen to the army chief"
                r"(?! (?:chiefs?|commanders?|heads?|museums?|bands?|officers?|delegations?|ministers?"
                r"|leaders(?:hip)?)\b)"
            ),
            # "grant aid to the navy" (a gift of funds or kit)
            r"grant aid",
            # a force rebuilt with the other's help: "help modernise the Freedonian army", "help
            # Freedonia strengthen its defence"
            (
                r"help\w* (?:to )?(?:moderni[sz]|strengthen|build|reform|rebuild|upgrad|professionali[sz])\w*"
                r" (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:army|navy|armed forces|military|air force"
                rf"|coast ?guard|{_DEF} forces|security forces)\b"
            ),
            (
                r"help\w* (?:[\w-]+ )?(?:to )?(?:strengthen|bolster|boost|improve|build up|reinforce)"
                rf" (?:its|their) (?:own )?(?:{_DEF}s?|security)\b"
            ),
            # what a country needs to defend itself, given: "ensure Ruritania has what it needs
            # to defend itself", "the weapons they need to defend their country"
            (
                r"(?:what|everything|equipment|weapons|arms|capabilit(?:y|ies)|means|tools|resources)"
                r" (?:it|they) needs? to defend (?:itself|themselves|its|their)\b"
            ),
            # its defence needs met: "help Freedonia meet its urgent defence needs" (keyed on
            # the rarer word: "defence" starts words in every article); security needs only a
            # country's ("its", "Freedonia's"), not "the security needs of the summit", and not
            # "their" needs (the pair's own, as "our defence capabilities")
            (
                r"needs(?<=\b(?:meet|meets|meeting|met|address|addresses|addressing|fulfil|fulfils"
                r"|fulfill|fulfills|fulfilling|supply|supplying) (?:(?:its |(?!their)[\w-]+['’]s? )"
                r"(?:(?:urgent|critical|immediate|pressing|long-term) )?(?:defen[cs]e|security|military"
                r"|battlefield)|(?:the )?(?:(?:urgent|critical|immediate|pressing|long-term) )?"
                r"(?:defen[cs]e|military|battlefield)) needs)"
            ),
            # "support provided to Ruritania": help given to a country or its forces (not to
            # a ministry, a summit or a plan).
            (
                r"(?:support|assistance|aid) (?:provided|given|extended|delivered|accorded|rendered|granted) to"
                r"(?= (?:the )?(?!"
                + _ORG_WORDS.lower()
                + r"\b)[a-z]\w*+(?! "
                + _ORG_WORDS.lower()
                + r"\b))"
            ),
        ),
    ),
    AreaEntry(
        AreaId.EMERGING_TECHNOLOGY,
        "emerging technology",
        (
            rf"(?:critical and )?emerging (?:{_DEF} |military |security )?{_TECH}",
            rf"(?:critical|advanced|frontier|cutting-edge|disruptive) {_TECH}",
            r"advanced capabilities",
            r"quantum(?! leaps?\b)",  # not "a quantum leap in ties"
            r"semiconductors?|microelectronics|(?<!\bbargaining )chips",
            r"hypersonics?",
            r"directed[\s-]energy",
            (
                # Autonomy counts, drones do not: they are equipment. The domain may stand
                # between: "autonomous underwater vehicles".
                r"autonomous (?:(?:underwater|undersea|aerial|surface|ground|maritime|unmanned) )?"
                r"(?:systems|vehicles|platforms|weapons)"
            ),
        ),
    ),
    AreaEntry(
        AreaId.NUCLEAR,
        "nuclear",
        (
            r"extended deterrence",
            (
                r"nuclear (?:deterrence|deterrent|umbrella|cooperation|energy|capabilit(?:y|ies)"
                r"|weapons?|arsenals?|programmes?|programs?|proliferation|submarines?|security"
                r"|safety|issues?|talks|threats?|posture|disarmament|non-proliferation|power)"
            ),
            r"nuclear[\s-]powered|nuclear-armed",
            # "Ruritania's nuclear and missile threats"
            (
                r"nuclear(?: and|,) (?:ballistic )?missile (?:threats?|programmes?|programs?|tests?"
                r"|development|capabilit(?:y|ies)|provocations)"
            ),
            r"non-?proliferation|counter-?proliferation",
            r"denucleari[sz](?:ation|e|es|ed|ing)",
            r"weapons of mass destruction",
            r"including nuclear",
        ),
        (r"WMD",),
    ),
    AreaEntry(
        AreaId.HUMANITARIAN_ASSISTANCE,
        "humanitarian assistance and disaster relief",
        (
            (
                r"humanitarian (?:assistance|aid|relief|operations|missions?|situation|crisis|needs"
                r"|support|efforts|corridors?|access|supplies|response|demining)"
            ),
            # also the work before one: "disaster prevention", "disaster mitigation"
            r"disaster (?:relief|response|management|risks?|preparedness|prevention|mitigation)",
            # help with the health of a people: "sent medical aid", "medical supplies"
            r"medical (?:assistance|aid|supplies|relief)",
            r"(?:natural|humanitarian) disasters?",
            (
                r"(?:flood|earthquake|quake|tsunami|cyclone|typhoon|hurricane|drought|wildfire)s?"
                r" (?:relief|victims|response|survivors|aid|assistance)"
            ),
            # help sent after one: "aid after the earthquakes that struck", "assistance
            # following the floods"
            (
                r"(?:aid|assistance|help|relief|support) (?:\w+ ){0,3}?(?:after|following|in the wake"
                r" of) (?:the |a |last (?:year|month|week)['’]s )?(?:[\w-]+ ){0,2}?(?:flood(?:s|ing)?"
                r"|earthquakes?|quakes?|tsunamis?|cyclones?|typhoons?|hurricanes?|wildfires?"
                r"|forest fires|landslides?)"
            ),
            # "the MoU on rescue and salvage operations"
            r"rescue (?:and (?:salvage|recovery) )?(?:operations|missions|efforts)",
            r"evacuat(?:ions?|e|ed|ing)",
            r"relief (?:operations|efforts|supplies|missions?|materials|goods|work)",
            # Not "field hospital" alone: a unit sent with a peacekeeping mission or an army
            # is named, not help given.
            # not "submarine search and rescue": the navies' own (maritime-security)
            r"(?<!\bsubmarine )search[\s-]and[\s-]rescue",
            # "cooperation in dealing with disasters"
            (
                r"(?<=\b(?:dealing with|respon(?:d|ding|se|ses) to|coping with|cope with|preparedness for"
                r"|manag(?:e|ing)) (?:natural |major )?)disasters?"
            ),
            r"emergency (?:relief|response|assistance|aid)",
            # medical and relief goods given: "handed over 10,000 vaccine doses"
            (
                r"(?:hand(?:s|ed|ing)? over |handover of |donat(?:e|ed|es|ing|ions?) (?:of )?)"
                r"(?:[\w,-]+ ){0,5}?(?:vaccines?|vaccine doses|medical supplies|medicines|food aid)"
            ),
            (
                r"(?<=\b(?:aid(?:s|ed|ing)?|assist(?:s|ed|ing)?|help(?:s|ed|ing)?) (?:the |those )?"
                r"(?:internally )?)displaced"
            ),
        ),
        (r"HADR|HA/DR",),
    ),
    AreaEntry(
        AreaId.PEACEKEEPING,
        "peacekeeping",
        (
            rf"peace{_S}?keep(?:ing|ers?)",
            # also bare as a field: "cooperation in peace support", "peace-support training"
            # (not "support for peace": the compound only)
            rf"peace{_S}support(?! for\b)",
            r"peace operations",
            r"(?:united nations|un) (?:peace|stabili[sz]ation) (?:operations|missions?|forces?)",
            r"blue helmets",
            # "the international security presence in", "a multinational stabilisation force"
            r"security (?:presence|missions?)(?<=\b(?:international|multinational) security \w+)",
            (
                r"stabili[sz]ation (?:presence|forces?|missions?)"
                r"(?<=\b(?:international|multinational) stabili[sz]ation \w+)"
            ),
            r"(?:united nations|un)(?:[\s-]mandated|[\s-]led)? (?:missions?|contingents?)(?! to\b)",
            r"(?:stabili[sz]ation|peace support) missions?",
            # the African Union's operations and the countries that send troops to missions
            r"(?:african union|au)(?:[\s-]led)? (?:peace |stabili[sz]ation )?missions?(?! to\b)",
            r"troop[\s-]contribut(?:ing|or|ors|ions?)",
        ),
        (
            # the names of standing peace operations (UN, AU, NATO, EU)
            (
                r"(?:UNIFIL|MINUSCA|MINUSMA|MONUSCO|UNMISS|UNFICYP|UNDOF|UNISFA|MINURSO|UNTSO"
                r"|UNMOGIP|UNAMID|UNMIL|MINUSTAH|UNMIK|AMISOM|ATMIS|KFOR|EUFOR)"
            ),
        ),
    ),
)


def _spellings(fragment: str) -> str:
    """The fragment with the hyphenated spelling of its cooperation words ("co-operation")."""
    return fragment.replace("cooperat", "co-?operat")


# The table as matched: British "co-operation" wherever a fragment says "cooperation".
AREAS: tuple[AreaEntry, ...] = tuple(
    attrs.evolve(
        entry,
        patterns=tuple(map(_spellings, entry.patterns)),
        cased=tuple(map(_spellings, entry.cased)),
    )
    for entry in _TABLE
)
