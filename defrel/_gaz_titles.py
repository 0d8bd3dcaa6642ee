"""Gazetteer data: official titles, honorifics and the words a name never holds (private).

Titles are regex fragments (no captures, no nested quantifiers) assembled into
the person patterns of ``defrel._mentions``. ``title_kind`` sorts a title into
the coarse office types used to resolve "the defence minister" or "the
visiting secretary" to a named person.
"""

from __future__ import annotations

import functools

import regex

__all__ = [
    "COMPOUND_HEADS",
    "FEMININE",
    "HEAD",
    "HEADLINE_VERBS",
    "HEAD_WORDS",
    "HONORIFIC",
    "HONORIFIC_SUFFIX",
    "LEFT",
    "MASCULINE",
    "NAME_STOPWORDS",
    "NATIONAL_HONORIFICS",
    "NATIONAL_OFFICES",
    "NATIONAL_OFFICE_WORDS",
    "OFFICE_ACRONYMS",
    "PARTICLES",
    "RANK_WORDS",
    "RIGHT",
    "title_kind",
]

# The offices armed forces write as acronyms, with the title each stands for: "the CDS"
# names the Chief of Defence Staff the text has named before.
OFFICE_ACRONYMS: dict[str, str] = {
    "CDS": "Chief of Defence Staff",
    "CDF": "Chief of Defence Force",
    "COAS": "Chief of Army Staff",
    "VCOAS": "Vice Chief of Army Staff",
    "CNS": "Chief of Naval Staff",
    "CAS": "Chief of Air Staff",
    "CGS": "Chief of General Staff",
    "CNO": "Chief of Naval Operations",
    "CJCS": "Chairman of the Joint Chiefs of Staff",
    "CJCSC": "Chairman Joint Chiefs of Staff Committee",
    "SecDef": "Secretary of Defense",
}

# The head word of an office; everything else extends it left or right.
HEAD = r"""(?:[Mm]inisters?|MINISTERS?|Minster|[Ss]ecretary-[Gg]eneral|SECRETARY-GENERAL
    |[Uu]nder-[Ss]ecretary|UNDER-SECRETARY|[Ss]ecretary|SECRETARY|[Uu]ndersecretary
    |UNDERSECRETARY|Mantri|MANTRI|[Pp]remier
    |PREMIER|[Pp]resident|PRESIDENT|[Cc]hancellor|[Aa]dvis[eo]r|ADVIS[EO]R|[Cc]hairman|CHAIRMAN
    |[Cc]hief|CHIEF|[Hh]ead|[Cc]ommander|COMMANDER|Prince|PRINCE|King|KING|Queen|Emir|Amir|Sultan
    |Speaker|SPEAKER|Chairwoman|Chairperson
    |[Aa]mbassador|AMBASSADOR|[Cc]ommissioner|[Ee]nvoy|[Aa]ttach[eé]|[Ss]pokes(?:person|man|woman)
    |[Dd]irector[-\ ][Gg]eneral|DIRECTOR[-\ ]GENERAL|[Dd]irector|[Ii]nspector[-\ ][Gg]eneral
    |INSPECTOR[-\ ]GENERAL|counterparts?|dignitary)"""
# Every word HEAD matches, in lower case: the mention stage looks words up here before it
# tries HEAD on them. Keep the two in step.
HEAD_WORDS = (
    "minister",
    "ministers",
    "minster",
    "secretary",
    "undersecretary",
    "mantri",
    "premier",
    "president",
    "chancellor",
    "adviser",
    "advisor",
    "chairman",
    "chairwoman",
    "chairperson",
    "speaker",
    "chief",
    "head",  # only with its complement: "head of the Ruritanian Navy"
    "commander",
    "prince",
    "king",
    "queen",
    "emir",
    "amir",
    "sultan",
    "ambassador",
    "commissioner",
    "envoy",
    "attache",
    "attaché",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "counterpart",
    "counterparts",
    "dignitary",  # "the visiting dignitary": a title with no office
    "director",  # as "Director General" (see ``COMPOUND_HEADS``), or with its complement
    "inspector",
)

#: Head words that are a head only with the next word: "Director General".
COMPOUND_HEADS = frozenset({"director", "inspector"})

# Words that qualify a head from the left: "Deputy Prime", "Union Defence", "Navy".
LEFT = r"""(?:principal|press|deputy|delegate|vice|state|acting|union|federal|junior|senior|parliamentary
    |assistant|under|joint|additional|permanent|first|cabinet|former|then|incoming|outgoing
    |interim|special|defen[cs]e|national|foreign|external\ affairs|home|prime|security|army
    |navy|naval|air\ force|military|armed\ forces|crown|high|raksha|rajya|finance|interior
    |trade|justice|information|health|education|energy|transport|agriculture|labour|labor|economy
    |chief|self-defen[cs]e\ forces?|defen[cs]e\ forces?|coast\ guard|marine\ corps
    |space\ force|land\ forces?|ground\ forces?|naval\ forces?|minister
    |southern\ command|northern\ command|central\ command|european\ command|africa\ command
    |indo-pacific\ command|pacific\ command|cyber\ command|space\ command|strategic\ command)"""

# National assemblies and councils an office may head: "Speaker of the Lok Sabha".
LEGISLATURE = r"""(?-i:(?:State\ )?(?:Great\ )?(?:Duma|Khural|Federation\ Council|State\ Council
    |National\ Assembly|National\ Parliament|Parliament|Senate|House\ of\ Representatives
    |House\ of\ Commons|House\ of\ Lords|Knesset|Majlis|Lok\ Sabha|Rajya\ Sabha|Bundestag
    |Sejm|Storting|Riigikogu|Saeima|Seimas|Sabor|Folketing|Riksdag|Eduskunta|Althing|Sobranie
    |National\ People['’]s\ Congress|Congress|Shura\ Council|Verkhovna\ Rada
    |National\ Council|Administration\ Council|Legislative\ Council|Grand\ National\ Assembly
    |Supreme\ Council|Oliy\ Majlis|Mazhilis|Mejlis|Jatiya\ Sangsad|Pyidaungsu\ Hluttaw)
    (?![\p{L}]))"""

# What completes a head on the right: "of (National) Defence", "of Army Staff"; a branch of
# the forces named with no "of" ("Commander Land Forces", "Commander Turkish Land Forces",
# "Commander Special Forces Command", "Commander Royal Ruritanian Navy").
RIGHT = (
    r"""(?:\ (?-i:(?:\p{Lu}\p{Ll}+\ )?(?:Land|Ground|Air|Naval|Special|Joint|Maritime
        |Special\ Operations)\ Forces?(?:\ Command)?(?![\p{L}]))
    |\ (?-i:Joint\ Chiefs\ of\ Staff(?:\ Committee)?(?![\p{L}]))
    # a remit in small letters before the holder's name: "Undersecretary for civil, veterans
    # and reserve affairs Jane Roe" (it ends on a small word, a name of two words follows)
    |\ (?-i:for\ (?:\p{Ll}+|\p{Lu}{2,})(?:(?:,\ |,\ and\ |\ and\ |\ &\ |\ )(?:\p{Ll}+|\p{Lu}{2,}))
        {0,8}(?<=\ \p{Ll}+)(?=\ \p{Lu}[\p{Ll}.]+\ (?:\p{Lu}[\p{Ll}.]+\ )?\p{Lu}\p{Ll}+))
    |\ (?-i:Royal\ (?:\p{Lu}\p{Ll}+\ )?(?:Navy|Army|Air\ Force|Naval\ Forces?|Armed\ Forces
        |Land\ Forces)(?![\p{L}]))
    |(?:\ responsible)?\ (?:of|for|to)\ (?:the\ )?(?:(?-i:(?:\p{Lu}[\p{L}'’-]+\ ){1,3}(?:Agency
        |Directorate|Bureau|Service|Academy|College|Institute|University|Centre|Center)(?![\p{L}]))
    |National\ Defen[cs]e
    |Defen[cs]e\ Production
    |"""
    + LEGISLATURE
    + r"""
    |Defen[cs]e\ Affairs
    |Foreign\ Affairs|External\ Affairs|Home\ Affairs|State(?:\ for\ Defen[cs]e(?:\ Affairs)?)?
    |Veterans\ Affairs|Joint\ Chiefs(?:\ of\ Staff(?:\ Committee)?)?
    |(?:Interior|Internal\ Affairs|(?:Internal|Public|Homeland|State|National)\ Security|Justice
        |Finance|Economy|(?:Foreign\ )?Trade|Industry|Health|Education|Transport|Energy
        |Information|Communications|Agriculture|Labou?r|Emergency\ Situations|Emergencies)
        (?-i:\ (?:Bureau|Council|Agency|Service|Committee|Commission|Department|Division|Office
        |Directorate|Authority))?(?![\p{L}])
    |(?-i:\p{Lu}\p{Ll}+['’]s\ )?Central\ Military\ Commission
    |(?:Army|Naval|Air|Defen[cs]e|General|Joint|Integrated\ Defen[cs]e|Air\ Force)\ Staff
    |(?-i:(?:\p{Lu}[\p{L}'’]+\ ){1,2})(?:National\ )?(?:Defen[cs]e\ Forces?|Armed\ Forces|Army
        |Navy|Air\ Force|Coast\ Guard|Marine\ Corps)
    |(?-i:\p{Lu}[\p{L}'’]+\ )(?:Joint\ )?(?:General|Defen[cs]e|Army|Naval|Air)\ Staff
    |Defen[cs]e\ Forces?|Defen[cs]e|Army|Navy|Air\ Force|Coast\ Guard|Marine\ Corps
    |Naval\ Operations|Staff|Armed\ Forces
    |(?:Land|Ground|Naval|Special\ Operations|Special|Joint|Maritime)\ Forces?(?:\ Command)?
    |(?-i:(?:\p{Lu}\p{Ll}+\ ){1,3}Command)
    |(?-i:(?:\p{Lu}[\p{L}'’]+\ ){0,2}(?:Ministry|Department)\ of\ (?:National\ )?\p{Lu}\p{L}+
        (?:\ (?:and\ )?\p{Lu}\p{L}+){0,2})))"""
)

# What may follow an honorific in brackets: retirement ("Maj Gen (Retd)", "(rtd.)",
# "General (r)") or the rank's own abbreviation ("Brigadier General (Brig Gen)", "Air Vice
# Marshal (AVM)").
HONORIFIC_SUFFIX = r"""(?:\ ?\((?:
    (?:Retd|retd|RETD|Rtd|rtd|RTD|Retired|retired|Ret|ret|R|r)\.? | Dr\.? | Prof\.?
    | (?:Lt|Maj|Brig)\.?\ Gen\.? | (?:Vice|Rear|V|R)\.?\ Adm\.? | Lt\.?\ Col\.? | Air\ Cdre\.?
    | Gp\ Capt\.? | Wg\ Cdr\.? | AVM | ACM | Cdre\.? | Col\.? | Gen\.? | Adm\.?
)\))?"""
# Honorifics and ranks dropped from a name: "Mr.", "Lt Gen", "Maj Gen (Retd)", "HRH",
# "Major-General". Longer forms come first: an alternation takes the first that fits.
HONORIFIC = (
    r"""(?:
    (?:Navy|Army|Air\ Force|Marine\ Corps|Marine|Coast\ Guard|Space\ Force)\ (?:(?:Lt|Maj|Brig)\.?\ Gen\.?
        | (?:Vice|Rear)\ Adm\.? | Lt\.?\ Col\.? | Lt\.?\ Cmdr\.? | Capt\.? | Cmdr\.? | Cdr\.? | Col\.?
        | Maj\.? | Gen\.? | Adm\.? | Master\ Sgt\.? | Sgt\.? | Lt\.?)
  | (?:Lt|Maj|Brig)(?:\.-|\.\ ?|-|\ )Gen\.? | (?:Vice|Rear)(?:\.\ ?|-|\ )Adm\.?
  | Lt(?:\.-|\.\ ?|-|\ )Col\.? | Pol(?:\.\ ?|\ )Gen\.? | Police\ General
  | Rt\ Hon\.? | H\.\ ?E\.? | H\ E | HE
  | Tan\ Sri | Puan\ Sri | Toh\ Puan
  | (?:Datuk|Dato['’]?)\ (?:Paduka\ )?(?:Seri|Sri)(?:\ (?:Utama|Panglima|Diraja|Pahlawan|Setia))?
  | (?:Datuk|Dato['’]?)\ Paduka | Datuk | Dato['’]? | Datin
  | Air\ Chief\ Marshal | Air\ Vice[-\ ]Marshal | Air\ Marshal
  | Air\ Commodore | Field\ Marshal | Group\ Captain | Wing\ Commander | Squadron\ Leader
  | Senior\ (?:Lieutenant[-\ ])?General | Senior\ Lieutenant
  | Sr\.?\ (?:Lt\.?\ )?(?:Gen|Col)\.?
  | (?:Lieutenant|Major|Brigadier|Colonel|Army)[-\ ]General | (?:Vice|Rear|First|Fleet)[-\ ]Admiral
  | Lieutenant[-\ ]Colonel | Senior\ Colonel | Lieutenant\ Commander | Master\ Sergeant
  | His\ Royal\ Highness | His\ Highness | His\ Excellency | Her\ Excellency
  | Sen\.(?=\ (?:Lt|Col|Maj|Gen|Brig)) | Senator | Sen\.(?=\ [A-Z][a-z]) | Congressman | Congresswoman
  | (?:Mr|Mrs|Ms|Dr|Prof|Sh|Smt|Hon|Adm|Lt|Maj|Brig|Col|Capt|Cdr|Cmdr|Gen|Sgt|Cdre|Engr)\.?
  | Sir | Dame | Prince | Princess | Shri | Shrimati | Madam | HRH | Honourable | Honorable
  | Comrade | Cde\.? | Alhaji | Alhaja | Mallam | Malam
  | sheikh | shaikh
  | General | Admiral | Marshal | Commodore | Lieutenant | Colonel | Major | Brigadier | Captain
)"""
    + HONORIFIC_SUFFIX
)

#: Rank words that may open a matched name and are dropped from it ("Major-General X Y").
RANK_WORDS = frozenset(
    {
        "Officer",
        "Staff",
        "Warrant",
        "General",
        "Admiral",
        "Marshal",
        "Commodore",
        "Colonel",
        "Lieutenant",
        "Major",
        "Brigadier",
        "Captain",
        "Commander",
        "Sergeant",
        "Gen",
        "Adm",
        "Lt",
        "Maj",
        "Brig",
        "Col",
        "Capt",
        "Cdr",
        "Cmdr",
        "Cdre",
        "Sgt",
        "Air",
        "Vice",
        "Rear",
        "Chief",
        "Field",
        "Group",
        "Wing",
        "Squadron",
        "Senior",
        "Sr",
        "Fleet",
        "First",
        "Alhaji",
        "Alhaja",
        "Mallam",
        "Malam",
    }
)

#: Honorifics that tell a person's gender (used to resolve "she" and "he").
FEMININE = frozenset(
    {"Ms", "Mrs", "Madam", "Dame", "Smt", "Shrimati", "Princess", "Her Excellency"}
)
MASCULINE = frozenset({"Mr", "Sir", "Shri", "Prince", "His Excellency", "His Royal Highness"})

# Lowercase name particles: "Khalid bin Salman", "Ursula von der Leyen", "Jane ya Roe".
PARTICLES = (
    r"(?:bin|binti|bint|ibn|al|el|de|da|di|del|van|von|der|den|la|le|du|do|dos|das|los|las|ya|wa)"
)

#: Verbs that a Title-Case headline writes with a capital right after a name.
HEADLINE_VERBS = (
    "Meets",
    "Meet",
    "Met",
    "Says",
    "Holds",
    "Held",
    "Hosts",
    "Hosted",
    "Visits",
    "Visited",
    "Calls",
    "Receives",
    "Received",
    "Signs",
    "Signed",
    "Discusses",
    "Discuss",
    "Welcomes",
    "Urges",
    "Arrives",
    "Arrived",
    "Departs",
    "Concludes",
    "Attends",
    "Addresses",
    "Inspects",
    "Reviews",
    "Pledges",
    "Vows",
    "Warns",
    "Praises",
    "Lauds",
    "Hails",
    "Seeks",
    "Agree",
    "Agrees",
    "Agreed",
    "Congratulates",
    "Commends",
    "Highlights",
    "Stresses",
    "Reaffirms",
    "Reiterates",
    "Affirms",
    "Confirms",
    "Announces",
    "Briefs",
    "Tells",
    "Speaks",
    "Spoke",
    "Telephones",
    "Phones",
    "Leads",
    "Opens",
    "Launches",
    "Unveils",
    "Expresses",
    "Thanks",
    "Invites",
    "Offers",
    "Backs",
    "Emphasises",
    "Emphasizes",
    "Underlines",
    "Inaugurates",
    "Begins",
    "Ends",
    "Wraps",
    # verbs of assessment and intent
    "Considers",
    "Assures",
    "Applauds",
    "Appreciates",
    "Encourages",
    "Explores",
    "Proposes",
    "Promises",
    "Supports",
    "Accepts",
    "Approves",
    "Accompanies",
    "Celebrates",
    "Conducts",
    "Extends",
    "Greets",
    "Insists",
    "Joins",
    "Orders",
    "Reassures",
    "Renews",
    "Showcases",
    "Suggests",
    "Tours",
    "Witnesses",
    "Regards",
    "Views",
    "Sees",
    "Eyes",
    "Wants",
    "Expects",
    "Plans",
    "Asks",
    "Acknowledges",
    "Believes",
)

# Capitalised words that never start or continue a person's name.
NAME_STOPWORDS = (
    "The",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Their",
    "Our",
    "In",
    "On",
    "At",
    "And",
    "But",
    "Of",
    "For",
    "With",
    "From",
    "By",
    "To",
    "As",
    "After",
    "During",
    "Both",
    "Meanwhile",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Minister",
    "Ministers",
    "Ministry",
    "Secretary",
    "President",
    "Prime",
    "Defence",
    "Defense",
    "Foreign",
    "Affairs",
    "General",
    "Admiral",
    "Chief",
    "Chiefs",
    "Staff",
    "Army",
    "Navy",
    "Air",
    "Force",
    "Forces",
    "Command",
    "Department",
    "Office",
    "Government",
    # Words of service and region names: "the Chilean Armed Forces", "Southeast Asian".
    "Armed",
    "Naval",
    "Military",
    "Academy",
    # "Minister Responsible for Defence Affairs": a word of the office
    "Responsible",
    "Asian",
    "African",
    "European",
    "Southeast",
    "Nations",
    "Embassy",
    "Joint",
    "Statement",
    # the document a headline names after its speakers: "A and B Remarks at ...",
    # "Readout of ...", "Transcript", "Press Briefing"
    "Remarks",
    "Opening",
    "Closing",
    "Readout",
    "Transcript",
    "Interview",
    "Briefing",
    "Communique",
    "Press",
    "Dialogue",
    "Meeting",
    "Ministerial",
    "Summit",
    "Talks",
    "Pentagon",
    "Kremlin",
    "Xinhua",
    "Reuters",
    "PTI",
    "ANI",
    "IANS",
    "AFP",
    "Indo",
    "Pacific",
    "Ocean",
    "Sea",
    "Island",
    "Islands",
    "Strategic",
    "Partnership",
    "Cooperation",
    "Security",
    "Adviser",
    "Advisor",
    "Council",
    "Commission",
    "Committee",
    "Agreement",
    "Memorandum",
    "Union",
    "National",
    "Central",
    "Military",
    "Vice",
    "Deputy",
    "State",
    "Republic",
    "Kingdom",
    "Visit",
    "Twitter",
    "Tweet",
    "SUBJECTS",
    "Source",
    "Photo",
    "Image",
    "Read",
    "Also",
    "Related",
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "Shri",
    "Smt",
    "Sir",
    "Gen",
    "Lt",
    "Adm",
    "Col",
    "Maj",
    "Brig",
    "Capt",
    "Bay",
    "City",
    "Centre",
    "Center",
    "Hotel",
    "Hall",
    "Palace",
    "House",
    "Camp",
    "Base",
    "Building",
    "Headquarters",
    "Academy",
    "Commanders",
    "Officials",
    "Sources",
    "Ministers",
    "Secretaries",
    # Words that extend an office rather than start a name: "Minister Delegate", "-designate".
    "Delegate",
    "Designate",
    "Counsellor",
    "Counselor",
    "Plenipotentiary",
    "Royal",  # opens a force's name ("Royal Ruritanian Navy"), never a person's
    # Continents and regions: "the commander of Special Operations Command Africa".
    *("Africa", "Asia", "Europe", "America", "Americas", "Oceania", "Antarctica", "Eurasia"),
    *("Arctic", "Atlantic", "Pacific", "Indo-Pacific", "Caribbean", "Mediterranean"),
    *("Sahel", "Balkans", "Baltic", "Caucasus"),
    # Title-Case headline verbs, never part of a name: "Jane Roe Meets Ravi Kumar".
    *HEADLINE_VERBS,
)

#: Offices that only one state has, as (pattern on the office's words, ISO code): the
#: holder's country when the text names none beside them. Patterns match a whole title.
NATIONAL_OFFICES: tuple[tuple[regex.Pattern[str], str], ...] = tuple(
    (regex.compile(pattern, regex.IGNORECASE), code)
    for pattern, code in (
        (r"(?:.*\ )?(?:union|raksha|rajya\ raksha).*|.*\ mantri", "IND"),
        (
            r"(?:.*\ )?external\ affairs\ minister|(?:.*\ )?minister\ (?:of|for)\ external\ affairs",
            "IND",
        ),
        (
            r"(?:(?:deputy|under|assistant|acting|principal|former)\ )*secretary\ of\ (?:defen[cs]e|war)",
            "USA",
        ),
        (
            r"(?:(?:deputy|under|assistant|acting)\ )*secretary\ of\ the\ (?:army|navy|air\ force)",
            "USA",
        ),
        (r"chief\ of\ naval\ operations", "USA"),
        (
            r"(?:(?:deputy|under|assistant|acting|former)\ )*secretary\ of\ national\ defen[cs]e",
            "PHL",
        ),
        (r"(?:.*\ )?secretary\ of\ state\ for\ defen[cs]e", "GBR"),
        (r"state\ councill?or", "CHN"),
        # the heads of a national assembly or council: "Speaker of the Knesset"
        (r".*\ (?:state\ duma|duma|federation\ council)", "RUS"),
        (r".*\ (?:state\ )?great\ khural", "MNG"),
        (r".*\ knesset", "ISR"),
        (r".*\ (?:lok|rajya)\ sabha|(?:lok|rajya)\ sabha\ .*", "IND"),
        (r".*\ bundestag", "DEU"),
        (r".*\ sejm", "POL"),
        (r".*\ (?:national\ people['’]s\ congress|state\ council)", "CHN"),
        (r".*\ verkhovna\ rada", "UKR"),
        (r".*\ storting", "NOR"),
        (r".*\ oliy\ majlis", "UZB"),
        (r".*\ mazhilis", "KAZ"),
        (r".*\ mejlis", "TKM"),
        (r".*\ jatiya\ sangsad", "BGD"),
        (r".*\ pyidaungsu\ hluttaw", "MMR"),
        (r".*\ grand\ national\ assembly", "TUR"),
    )
)

#: A word every pattern of NATIONAL_OFFICES holds one of, in lower case (they ignore case):
#: keep the two in step.
NATIONAL_OFFICE_WORDS = (
    "union",
    "raksha",
    "mantri",
    "external",
    "secretary",
    "chief",
    "council",
    "duma",
    "khural",
    "knesset",
    "sabha",
    "bundestag",
    "sejm",
    "congress",
    "rada",
    "storting",
    "majlis",
    "mazhilis",
    "mejlis",
    "sangsad",
    "hluttaw",
    "assembly",
)

#: Honorifics that only one state confers, as (pattern, ISO code): "Tan Sri", "Shri".
NATIONAL_HONORIFICS: tuple[tuple[regex.Pattern[str], str], ...] = (
    (regex.compile(r"\b(?:Tan\ Sri|Puan\ Sri|Toh\ Puan|Datuk|Dato['’])(?![\p{L}])"), "MYS"),
    (regex.compile(r"\b(?:Shri|Shrimati|Smt)\b"), "IND"),
)

_KINDS = (
    ("nsa", regex.compile(r"security advis", regex.IGNORECASE)),
    ("foreign", regex.compile(r"foreign|external affairs|secretary of state\b", regex.IGNORECASE)),
    (
        "leader",
        regex.compile(
            r"prime|president|premier|chancellor|king|queen|prince|emir|amir|sultan",
            regex.IGNORECASE,
        ),
    ),
    (
        "military",
        regex.compile(r"chief|chairman|commander|staff|admiral|general|marshal", regex.IGNORECASE),
    ),
    ("envoy", regex.compile(r"ambassador|envoy|commissioner|attach", regex.IGNORECASE)),
    ("defence", regex.compile(r"defen[cs]e|raksha|secretary of war|secdef", regex.IGNORECASE)),
)


def title_kind(title: str | None) -> str | None:
    """The coarse office type of a title: ``defence``, ``foreign``, ``leader``, ...

    Generic titles ("Minister", "Secretary") have no kind and match any office.

    >>> title_kind("Minister of National Defense"), title_kind("Secretary"), title_kind(None)
    ('defence', None, None)
    >>> title_kind("Chief of Army Staff"), title_kind("External Affairs Minister")
    ('military', 'foreign')
    """
    return _kind(title) if title else None


# The same in ASCII, as words to find in the lower-cased title (the patterns ignore case):
# "secretary of state" also wants no word character after it (``_STATE_SECRETARY``).
_KIND_WORDS = (
    ("nsa", ("security advis",)),
    ("foreign", ("foreign", "external affairs")),
    ("leader", ("prime", "president", "premier", "chancellor", "king", "queen", "prince")),
    ("leader", ("emir", "amir", "sultan")),
    ("military", ("chief", "chairman", "commander", "staff", "admiral", "general", "marshal")),
    ("envoy", ("ambassador", "envoy", "commissioner", "attach")),
    ("defence", ("defence", "defense", "raksha", "secretary of war", "secdef")),
)
_STATE_SECRETARY = "secretary of state"


def _state_secretary(low: str) -> bool:
    """Whether "secretary of state" stands in ``low`` (ASCII) before no word character."""
    at = low.find(_STATE_SECRETARY)
    while at >= 0:
        end = at + len(_STATE_SECRETARY)
        if end == len(low) or not (low[end].isalnum() or low[end] == "_"):
            return True
        at = low.find(_STATE_SECRETARY, at + 1)
    return False


@functools.lru_cache(maxsize=1024)
def _kind(title: str) -> str | None:
    # Cached: the stages ask for the kinds of the same few titles again and again.
    if title.isascii():  # string searches, not a pattern call per kind
        low = title.lower()
        for kind, words in _KIND_WORDS:
            for word in words:  # (a loop: no generator to build for ``any``)
                if word in low:
                    return kind
            if kind == "foreign" and _state_secretary(low):
                return kind
        return None
    for kind, pattern in _KINDS:
        if pattern.search(title):
            return kind
    return None
