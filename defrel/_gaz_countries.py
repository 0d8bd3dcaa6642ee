"""Gazetteer data: states, their other names, demonyms and capitals (private).

One line per state: ``CODE|Short name|other names|demonyms|capitals``, the last
three ``;``-separated. Every UN member state is here, plus Taiwan, Kosovo,
Palestine and the Holy See. Surfaces are matched case-sensitively, so "US" is a
country and "us" is not.
"""

from __future__ import annotations

from types import MappingProxyType

from defrel._model import Country

__all__ = [
    "CAPITALS",
    "COUNTRIES",
    "COUNTRY_FORMS",
    "NOT_AFTER",
    "PREFIXES",
    "SEATS",
]

_TABLE = """
AFG|Afghanistan||Afghan|Kabul
ALB|Albania||Albanian|Tirana
DZA|Algeria||Algerian|Algiers
AND|Andorra||Andorran|Andorra la Vella
AGO|Angola||Angolan|Luanda
ATG|Antigua and Barbuda|||Saint John's
ARG|Argentina|Argentine Republic|Argentine;Argentinian|Buenos Aires
ARM|Armenia||Armenian|Yerevan
AUS|Australia|Commonwealth of Australia|Australian;Aussie|Canberra
AUT|Austria||Austrian|Vienna
AZE|Azerbaijan||Azerbaijani;Azeri|Baku
BHS|Bahamas|The Bahamas|Bahamian|Nassau
BHR|Bahrain|Kingdom of Bahrain|Bahraini|Manama
BGD|Bangladesh||Bangladeshi|Dhaka
BRB|Barbados||Barbadian|Bridgetown
BLR|Belarus||Belarusian|Minsk
BEL|Belgium||Belgian|Brussels
BLZ|Belize||Belizean|Belmopan
BEN|Benin||Beninese|Porto-Novo
BTN|Bhutan||Bhutanese|Thimphu
BOL|Bolivia||Bolivian|La Paz;Sucre
BIH|Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
BWA|Botswana||Motswana;Batswana|Gaborone
BRA|Brazil||Brazilian|Brasilia;Brasília
BRN|Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan
BGR|Bulgaria||Bulgarian|Sofia
BFA|Burkina Faso||Burkinabe|Ouagadougou
BDI|Burundi||Burundian|Gitega
CPV|Cabo Verde|Cape Verde|Cape Verdean|Praia
KHM|Cambodia||Cambodian|Phnom Penh
CMR|Cameroon||Cameroonian|Yaounde;Yaoundé
CAN|Canada||Canadian|Ottawa
CAF|Central African Republic||Central African|Bangui
TCD|Chad||Chadian|N'Djamena;N'djamena;Ndjamena
CHL|Chile||Chilean|Santiago
CHN|China|People's Republic of China;PRC;Mainland China|Chinese|Beijing
COL|Colombia||Colombian|Bogota;Bogotá
COM|Comoros||Comorian|Moroni
COG|Congo|Republic of the Congo;Congo-Brazzaville||Brazzaville
COD|Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa|Congolese|Kinshasa
CRI|Costa Rica||Costa Rican|San Jose;San José
CIV|Ivory Coast|Cote d'Ivoire;Côte d'Ivoire;Côte d’Ivoire|Ivorian|Yamoussoukro
HRV|Croatia||Croatian|Zagreb
CUB|Cuba||Cuban|Havana
CYP|Cyprus||Cypriot|Nicosia
CZE|Czech Republic|Czechia|Czech|Prague
DNK|Denmark||Danish|Copenhagen
DJI|Djibouti||Djiboutian|
DMA|Dominica|||Roseau
DOM|Dominican Republic||Dominican|Santo Domingo
ECU|Ecuador||Ecuadorian|Quito
EGY|Egypt||Egyptian|Cairo
SLV|El Salvador||Salvadoran|San Salvador
GNQ|Equatorial Guinea||Equatoguinean;Equatorial Guinean|Malabo
ERI|Eritrea||Eritrean|Asmara
EST|Estonia||Estonian|Tallinn
SWZ|Eswatini|Swaziland|Swazi|Mbabane
ETH|Ethiopia||Ethiopian|Addis Ababa
FJI|Fiji||Fijian|Suva
FIN|Finland||Finnish|Helsinki
FRA|France|French Republic|French|Paris;Elysee Palace;Élysée Palace;Élysée;Quai d'Orsay
GAB|Gabon||Gabonese|Libreville
GMB|Gambia|The Gambia|Gambian|Banjul
GEO|Georgia||Georgian|Tbilisi
DEU|Germany|Federal Republic of Germany|German|Berlin
GHA|Ghana||Ghanaian|Accra
GRC|Greece|Hellenic Republic|Greek;Hellenic|Athens
GRD|Grenada||Grenadian|St. George's
GTM|Guatemala||Guatemalan|Guatemala City
GIN|Guinea||Guinean|Conakry
GNB|Guinea-Bissau|||Bissau
GUY|Guyana||Guyanese|Georgetown
HTI|Haiti||Haitian|Port-au-Prince
HND|Honduras||Honduran|Tegucigalpa
HUN|Hungary||Hungarian|Budapest
ISL|Iceland||Icelandic|Reykjavik
IND|India|Republic of India;Bharat|Indian|New Delhi;Delhi;South Block;Raisina Hill
IDN|Indonesia||Indonesian|Jakarta
IRN|Iran|Islamic Republic of Iran|Iranian|Tehran
IRQ|Iraq||Iraqi|Baghdad
IRL|Ireland||Irish|Dublin
ISR|Israel||Israeli|Jerusalem;Tel Aviv
ITA|Italy||Italian|Rome
JAM|Jamaica||Jamaican|Kingston
JPN|Japan||Japanese|Tokyo;Ichigaya
JOR|Jordan|Hashemite Kingdom of Jordan|Jordanian|Amman
KAZ|Kazakhstan||Kazakh;Kazakhstani|Astana
KEN|Kenya||Kenyan|Nairobi
KIR|Kiribati|||Tarawa
PRK|North Korea|DPRK;Democratic People's Republic of Korea|North Korean|Pyongyang
KOR|South Korea|Republic of Korea;ROK;Korea|South Korean;Korean|Seoul
KWT|Kuwait||Kuwaiti|Kuwait City
KGZ|Kyrgyzstan|Kyrgyz Republic|Kyrgyz|Bishkek
LAO|Laos|Lao PDR;Lao People's Democratic Republic|Lao;Laotian|Vientiane
LVA|Latvia||Latvian|Riga
LBN|Lebanon||Lebanese|Beirut
LSO|Lesotho||Basotho|Maseru
LBR|Liberia||Liberian|Monrovia
LBY|Libya||Libyan|Tripoli
LIE|Liechtenstein|||Vaduz
LTU|Lithuania||Lithuanian|Vilnius
LUX|Luxembourg||Luxembourgish|
MDG|Madagascar||Malagasy|Antananarivo
MWI|Malawi||Malawian|Lilongwe
MYS|Malaysia||Malaysian|Kuala Lumpur;Putrajaya
MDV|Maldives|Republic of Maldives|Maldivian|Malé
MLI|Mali||Malian|Bamako
MLT|Malta||Maltese|Valletta
MHL|Marshall Islands||Marshallese|Majuro
MRT|Mauritania||Mauritanian|Nouakchott
MUS|Mauritius||Mauritian|Port Louis
MEX|Mexico||Mexican|Mexico City
FSM|Micronesia|Federated States of Micronesia|Micronesian|Palikir
MDA|Moldova||Moldovan|Chisinau
MCO|Monaco||Monegasque|
MNG|Mongolia||Mongolian|Ulaanbaatar;Ulan Bator
MNE|Montenegro||Montenegrin|Podgorica
MAR|Morocco||Moroccan|Rabat
MOZ|Mozambique||Mozambican|Maputo
MMR|Myanmar|Burma|Myanmarese;Burmese|Naypyidaw;Nay Pyi Taw
NAM|Namibia||Namibian|Windhoek
NRU|Nauru||Nauruan|Yaren
NPL|Nepal||Nepali;Nepalese|Kathmandu
NLD|Netherlands|The Netherlands;Holland|Dutch|Amsterdam;The Hague
NZL|New Zealand||New Zealander|Wellington
NIC|Nicaragua||Nicaraguan|Managua
NER|Niger||Nigerien|Niamey
NGA|Nigeria||Nigerian|Abuja
MKD|North Macedonia|Macedonia|Macedonian;North Macedonian|Skopje
NOR|Norway||Norwegian|Oslo
OMN|Oman|Sultanate of Oman|Omani|Muscat
PAK|Pakistan|Islamic Republic of Pakistan|Pakistani|Islamabad;Rawalpindi
PLW|Palau||Palauan|Ngerulmud
PAN|Panama||Panamanian|Panama City
PNG|Papua New Guinea|PNG|Papua New Guinean|Port Moresby
PRY|Paraguay||Paraguayan|Asuncion;Asunción
PER|Peru||Peruvian|Lima
PHL|Philippines|The Philippines;Republic of the Philippines;PH|Philippine;Filipino;Filipina|Manila;Malacañang;Malacanang;Camp Aguinaldo
POL|Poland||Polish|Warsaw
PRT|Portugal||Portuguese|Lisbon
QAT|Qatar||Qatari|Doha
ROU|Romania||Romanian|Bucharest
RUS|Russia|Russian Federation|Russian|Moscow;Kremlin
RWA|Rwanda||Rwandan|Kigali
KNA|Saint Kitts and Nevis|||Basseterre
LCA|Saint Lucia||Saint Lucian|Castries
VCT|Saint Vincent and the Grenadines|||Kingstown
WSM|Samoa||Samoan|Apia
SMR|San Marino||Sammarinese|
STP|Sao Tome and Principe|São Tomé and Príncipe||São Tomé
SAU|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian|Riyadh
SEN|Senegal||Senegalese|Dakar
SRB|Serbia||Serbian|Belgrade
SYC|Seychelles||Seychellois|
SLE|Sierra Leone||Sierra Leonean|Freetown
SGP|Singapore||Singaporean|
SVK|Slovakia||Slovak|Bratislava
SVN|Slovenia||Slovenian;Slovene|Ljubljana
SLB|Solomon Islands||Solomon Islander|Honiara
SOM|Somalia||Somali|Mogadishu
ZAF|South Africa||South African|Pretoria;Cape Town
SSD|South Sudan||South Sudanese|Juba
ESP|Spain||Spanish|Madrid
LKA|Sri Lanka||Sri Lankan|Colombo;Sri Jayawardenepura Kotte
SDN|Sudan||Sudanese|Khartoum
SUR|Suriname||Surinamese|Paramaribo
SWE|Sweden||Swedish|Stockholm
CHE|Switzerland||Swiss|Bern
SYR|Syria||Syrian|Damascus
TJK|Tajikistan||Tajik|Dushanbe
TZA|Tanzania||Tanzanian|Dodoma
THA|Thailand||Thai|Bangkok
TLS|Timor-Leste|East Timor|Timorese;East Timorese|Dili
TGO|Togo||Togolese|Lome;Lomé
TON|Tonga||Tongan|Nuku'alofa
TTO|Trinidad and Tobago||Trinidadian|Port of Spain
TUN|Tunisia||Tunisian|Tunis
TUR|Turkey|Türkiye;Turkiye|Turkish|Ankara
TKM|Turkmenistan||Turkmen|Ashgabat
TUV|Tuvalu||Tuvaluan|Funafuti
UGA|Uganda||Ugandan|Kampala
UKR|Ukraine||Ukrainian|Kyiv;Kiev
ARE|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati|Abu Dhabi
GBR|United Kingdom|UK;U.K.;Britain;Great Britain;England|British|London;Whitehall;Downing Street
USA|United States|US;U.S.;U.S;USA;U.S.A.;America;United States of America|American|Washington;Washington D.C.;Washington, D.C.;Washington DC;Pentagon;White House
URY|Uruguay||Uruguayan|Montevideo
UZB|Uzbekistan||Uzbek|Tashkent
VUT|Vanuatu||Ni-Vanuatu;Vanuatuan|Port Vila
VEN|Venezuela||Venezuelan|Caracas
VNM|Vietnam|Viet Nam;Việt Nam|Vietnamese|Hanoi;Ha Noi;Hà Nội
YEM|Yemen||Yemeni|Sanaa;Sana'a
ZMB|Zambia||Zambian|Lusaka
ZWE|Zimbabwe||Zimbabwean|Harare
TWN|Taiwan|Republic of China|Taiwanese|Taipei
XKX|Kosovo||Kosovar|Pristina
PSE|Palestine|State of Palestine|Palestinian|Ramallah
VAT|Holy See|Vatican;Vatican City|Vatican|
"""

# Seats of government: used for the state, but not cities. Surface -> code.
_SEATS = {
    "South Block": "IND",
    "Raisina Hill": "IND",
    "Kremlin": "RUS",
    "Whitehall": "GBR",
    "Downing Street": "GBR",
    "Pentagon": "USA",
    "White House": "USA",
    "Malacañang": "PHL",
    "Malacanang": "PHL",
    "Camp Aguinaldo": "PHL",
    "Ichigaya": "JPN",
    "Elysee Palace": "FRA",
    "Élysée Palace": "FRA",
    "Élysée": "FRA",
    "Quai d'Orsay": "FRA",
    "Zhongnanhai": "CHN",
    "Bayi Building": "CHN",
}

# Combining prefixes used only before a hyphen: "Indo-Japanese", "Sino-Russian".
PREFIXES: MappingProxyType[str, str] = MappingProxyType(
    {
        "Indo": "IND",
        "Sino": "CHN",
        "Russo": "RUS",
        "Anglo": "GBR",
        "Franco": "FRA",
        "Nippo": "JPN",
        "Japano": "JPN",
        "Americano": "USA",
        "Austro": "AUT",
        "Turco": "TUR",
        "Italo": "ITA",
        "Greco": "GRC",
        "Hispano": "ESP",
        "Luso": "PRT",
        "Russia": "RUS",
    }
)

# Words that, right after a country word, make a geographic or other non-state name:
# "Indian Ocean", "American Samoa", "China Sea", "Korean Peninsula", "the Washington Post".
NOT_AFTER = (
    "Ocean",
    "Oceans",
    "Samoa",
    "Sea",
    "Seas",
    "Peninsula",
    "Subcontinent",
    "Strait",
    "Straits",
    "Gulf",
    "Virgin Islands",
    "Minor Outlying Islands",
    "Football",
    "Premier League",
    "Express",
    "Airlines",
    "Airways",
    "Railways",
    "Embassy",
    "High Commission",
    "Consulate",
    # Sites and streets named after a place or a country: "Burma Camp", "Delhi Road".
    "Camp",
    "Barracks",
    "Cantonment",
    "Road",
    "Street",
    "Avenue",
    "House",
    "Hall",
    "Square",
    # Newspapers, agencies and agreements named after a place: "the Washington Post",
    # "Pakistan Point News", "China Daily", "India Today", "Oslo Accords".
    "Post",
    "Times",
    "News",
    "Point News",
    "Daily",
    "Today",
    "Observer",
    "Telegraph",
    "Monitor",
    "Herald",
    "Tribune",
    "Journal",
    "Gazette",
    "Chronicle",
    "Accord",
    "Accords",
    "Convention",
    "Consensus",
    "Protocol",
)


def _spellings(written: str) -> tuple[str, ...]:
    """A name as the table writes it, and with a curly apostrophe ("N’Djamena") if it has one.

    >>> _spellings("N'Djamena")
    ("N'Djamena", 'N’Djamena')
    """
    return tuple(dict.fromkeys((written, written.replace("'", "’"))))


def _build() -> tuple[
    dict[str, Country],
    dict[str, tuple[str, str]],
    dict[str, str],
]:
    countries: dict[str, Country] = {}
    forms: dict[str, tuple[str, str]] = {}
    capitals: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        code, name, others, demonyms, caps = line.split("|")
        countries[code] = Country(code, name)
        forms.setdefault(name, (code, "name"))
        for written in filter(None, others.split(";")):
            short = written.isupper() or "." in written or len(written) <= 3
            for other in _spellings(written):
                forms.setdefault(other, (code, "short" if short else "name"))
        for dem in filter(None, demonyms.split(";")):
            forms.setdefault(dem, (code, "demonym"))
            if dem[-1] in "ni" and not dem.endswith("ese"):
                forms.setdefault(dem + "s", (code, "demonym"))
        for written in filter(None, caps.split(";")):
            for cap in _spellings(written):
                if cap not in _SEATS:
                    capitals.setdefault(cap, code)
                forms.setdefault(cap, (code, "capital"))
    for seat, code in _SEATS.items():
        forms.setdefault(seat, (code, "capital"))
    return countries, forms, capitals


_COUNTRIES, _FORMS, _CAPITALS = _build()

#: ISO alpha-3 code -> Country.
COUNTRIES: MappingProxyType[str, Country] = MappingProxyType(_COUNTRIES)
#: Surface form -> (code, form) where form is name, short, demonym or capital.
COUNTRY_FORMS: MappingProxyType[str, tuple[str, str]] = MappingProxyType(_FORMS)
#: Capital city name -> code (cities only, not seats such as "the Pentagon").
CAPITALS: MappingProxyType[str, str] = MappingProxyType(_CAPITALS)
#: Seat of government -> code ("Pentagon", "Kremlin", "South Block").
SEATS: MappingProxyType[str, str] = MappingProxyType(_SEATS)
