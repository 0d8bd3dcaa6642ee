"""Gazetteer data: cities that are not capitals, and the words that end a venue (private).

Capitals live in ``defrel._gaz_countries``; ``CITIES`` adds the major and the
military cities where defence meetings take place, each with its country code.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["CITIES", "VENUE_HEADS"]

_CITIES = """
IND|Mumbai;Bombay;Kolkata;Calcutta;Chennai;Madras;Bengaluru;Bangalore;Hyderabad;Pune;Goa;Kochi;Cochin;Visakhapatnam;Vizag;Port Blair;Lucknow;Ahmedabad;Gandhinagar;Jaipur;Karwar;Agra;Varanasi;Chandigarh;Bhubaneswar;Guwahati;Kanpur;Nagpur;Shillong
USA|New York;Los Angeles;San Francisco;San Diego;Honolulu;Hawaii;Pearl Harbor;Norfolk;Seattle;Chicago;Boston;Houston;Miami;Tampa;Colorado Springs;Arlington;Annapolis;Guam;Anchorage;Fort Bragg;Camp Smith;Monterey;Palm Springs;Sunnylands
CHN|Shanghai;Guangzhou;Shenzhen;Qingdao;Tianjin;Wuhan;Chengdu;Xiamen;Dalian;Hong Kong;Macau;Xi'an;Nanjing;Hangzhou;Zhanjiang;Sanya;Harbin;Fuzhou;Kunming;Lhasa;Urumqi;Ningbo
JPN|Osaka;Yokohama;Yokosuka;Kyoto;Hiroshima;Nagasaki;Sapporo;Fukuoka;Okinawa;Naha;Kobe;Nagoya;Sasebo;Kure;Misawa;Iwakuni;Kagoshima
AUS|Sydney;Melbourne;Brisbane;Perth;Adelaide;Darwin;Hobart;Townsville;Cairns;Gold Coast
GBR|Manchester;Edinburgh;Glasgow;Portsmouth;Plymouth;Birmingham;Liverpool;Belfast;Cardiff;Sandhurst;Northwood
KOR|Busan;Incheon;Daegu;Pyeongtaek;Jeju;Gwangju;Daejeon;Ulsan;Changwon;Jinhae;Pohang
PRK|Panmunjom
PHL|Makati City;Makati;Quezon City;Pasay City;Pasay;Taguig;Cebu;Davao;Subic;Subic Bay;Zamboanga;Palawan;Puerto Princesa
PAK|Rawalpindi;Karachi;Lahore;Peshawar;Quetta;Gwadar;Faisalabad;Multan
RUS|Saint Petersburg;St Petersburg;St. Petersburg;Vladivostok;Sochi;Kazan;Novosibirsk;Kaliningrad;Murmansk;Novorossiysk;Yekaterinburg;Severomorsk
DEU|Munich;Hamburg;Frankfurt;Bonn;Cologne;Stuttgart;Ramstein;Kiel;Wilhelmshaven
FRA|Marseille;Toulon;Lyon;Brest;Cherbourg;Bordeaux
ITA|Milan;Naples;Venice;Florence;Turin;La Spezia;Taranto
ESP|Barcelona;Seville;Rota
CAN|Toronto;Montreal;Vancouver;Halifax;Calgary
BGD|Chittagong;Chattogram;Sylhet;Khulna;Mongla
LKA|Kandy;Galle;Trincomalee;Hambantota;Jaffna
VNM|Ho Chi Minh City;HCM City;Thành phố Hồ Chí Minh;Da Nang;Đà Nẵng;Haiphong;Hai Phong;Hải Phòng;Cam Ranh;Khanh Hoa;Khánh Hòa;Danang
THA|Pattaya;Phuket;Chiang Mai;Sattahip
IDN|Surabaya;Bali;Denpasar;Bandung;Medan;Batam
MYS|Langkawi;Penang;Johor Bahru;Kota Kinabalu;Lumut
LAO|Luang Prabang
KHM|Siem Reap;Sihanoukville
MMR|Yangon;Rangoon;Mandalay
TUR|Istanbul;Izmir
ARE|Dubai;Sharjah
SAU|Jeddah;Mecca;Dhahran;Dammam
EGY|Alexandria;Sharm el-Sheikh;Port Said
ISR|Haifa;Eilat
BRA|Rio de Janeiro;Sao Paulo;São Paulo
ZAF|Johannesburg;Durban
NGA|Lagos
KEN|Mombasa
CHE|Geneva;Zurich;Davos
NLD|Rotterdam
BEL|Antwerp
POL|Krakow;Kraków;Gdynia
UKR|Kharkiv;Odesa;Odessa;Lviv;Mykolaiv
NZL|Auckland;Christchurch
KAZ|Almaty
UZB|Samarkand
DJI|Djibouti
LUX|Luxembourg
MCO|Monaco
SMR|San Marino
SGP|Singapore
PER|Callao;Arequipa;Cusco;Iquitos
CHL|Valparaiso;Valparaíso;Concepcion;Concepción;Punta Arenas;Iquique
ARG|Ushuaia;Bahia Blanca;Bahía Blanca
COL|Medellin;Medellín;Cartagena;Cali;Barranquilla
MEX|Guadalajara;Monterrey;Veracruz;Tijuana
ECU|Guayaquil;Manta
VEN|Maracaibo
NAM|Walvis Bay;Swakopmund
ZMB|Ndola;Kitwe
ZWE|Bulawayo
TZA|Dar es Salaam;Arusha;Zanzibar;Dodoma;Mwanza
UGA|Entebbe;Jinja
RWA|Musanze;Huye
ETH|Bahir Dar;Mekelle;Dire Dawa
GHA|Kumasi;Takoradi;Tamale
MOZ|Beira;Nampula;Pemba
AGO|Benguela;Lobito
SEN|Thies;Thiès;Saint-Louis
MAR|Casablanca;Marrakech;Tangier;Agadir
DZA|Oran
TUN|Sfax;Sousse;Bizerte
MDV|Addu
OMN|Salalah;Duqm
QAT|Al Udeid
BHR|Muharraq
KWT|Ahmadi
JOR|Aqaba;Zarqa
IRQ|Basra;Erbil;Mosul
IRN|Bandar Abbas;Isfahan;Mashhad;Tabriz;Shiraz;Chabahar;Bushehr
AZE|Ganja;Sumqayit
GEO|Batumi;Kutaisi;Poti
ARM|Gyumri
GRC|Thessaloniki;Piraeus;Souda Bay;Crete
CYP|Limassol;Larnaca
ROU|Constanta;Constanța;Cluj-Napoca;Timisoara;Timișoara
BGR|Varna;Burgas;Plovdiv
HRV|Zadar
SRB|Novi Sad;Niš
NOR|Bergen;Trondheim;Stavanger;Bodo;Bodø;Tromso;Tromsø
SWE|Gothenburg;Malmo;Malmö;Karlskrona
FIN|Turku;Tampere;Oulu
DNK|Aarhus;Aalborg
EST|Tartu;Ämari
LVA|Adazi;Ādaži
LTU|Kaunas;Klaipeda;Klaipėda
CZE|Brno;Ostrava
HUN|Debrecen;Pápa
SVK|Kosice;Košice
IDN|Makassar;Semarang;Yogyakarta
PHL|Cavite
PNG|Lae
FJI|Nadi;Lautoka
THA|U-Tapao
BGD|Cox's Bazar;Cox’s Bazar
NPL|Pokhara
TWN|Kaohsiung;Tainan;Taichung;Hualien;Kinmen;Penghu
AFG|Kandahar;Herat;Mazar-i-Sharif;Bagram
SYR|Aleppo;Latakia;Tartus
LBY|Benghazi;Misrata
CIV|Abidjan
CMR|Douala
COG|Pointe-Noire
SOM|Berbera;Kismayo
SDN|Port Sudan
ERI|Massawa
"""


def _build() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _CITIES.strip().splitlines():
        code, names = line.split("|")
        for name in names.split(";"):
            out.setdefault(name, code)
    return out


#: City name -> ISO alpha-3 code of its country (non-capital cities, and city-states).
CITIES: MappingProxyType[str, str] = MappingProxyType(_build())

#: Words that end the name of a venue: "the Manekshaw Centre", "the Shangri-La Hotel".
VENUE_HEADS = (
    "Hotel",
    "Centre",
    "Center",
    "Hall",
    "Palace",
    "House",
    "Academy",
    "Command",
    "Cantonment",
    "Barracks",
    "cantonment",
    "Building",
    "Headquarters",
    "Base",
    "Secretariat",
    "Bhawan",
    "Bhavan",
    "Niwas",
    "Residence",
    "Complex",
    "Auditorium",
    "Museum",
    "Memorial",
    "Cemetery",
    "Station",
    "Airport",
    "Port",
    "Harbour",
    "Harbor",
    "Shipyard",
    "Dockyard",
    "Garden",
    "Gardens",
    "Club",
    "Institute",
    "University",
    "College",
    "School",
)
