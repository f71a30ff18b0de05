"""The 193 Member States of the United Nations: ISO 3166-1 alpha-3 code, English short name, region.

The English names are the UN's own short names (as in the UN's list of Member States, e.g.
"Türkiye", "Netherlands (Kingdom of the)", "Bolivia (Plurinational State of)"). The names in
the other five languages come from pycountry's gettext catalogues of ISO 3166-1 (see
`member_state_names`), except where the UN's name differs from ISO's: those are written out in
`NAME_OVERRIDES`.

Regions are the five the Integrated Training Service plans its courses for. The rule:
- Africa: the 54 African states, North Africa included (Algeria, Egypt, Libya, Morocco, Tunisia,
  Sudan, Mauritania), as DPO does for its regional training.
- Middle East: the Gulf, the Levant, Iraq, Iran and Yemen.
- Asia and Pacific: East, South and South-East Asia, the Pacific, Afghanistan and Central Asia
  (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan), as in the UN's Asia-Pacific group.
- Europe: Europe including the Russian Federation, Türkiye, Cyprus and the South Caucasus
  (Armenia, Azerbaijan, Georgia), which sit with the Eastern European group.
- Americas: North, Central and South America and the Caribbean.

Non-members (the Holy See and the State of Palestine are observer States; Taiwan and Kosovo are
not members) are deliberately absent.
"""

import gettext
from functools import lru_cache

import pycountry

AFRICA = "africa"
AMERICAS = "americas"
ASIA_PACIFIC = "asia-pacific"
EUROPE = "europe"
MIDDLE_EAST = "middle-east"

# (ISO alpha-3, UN English short name, region)
MEMBER_STATES: tuple[tuple[str, str, str], ...] = (
    # Africa (54)
    ("DZA", "Algeria", AFRICA),
    ("AGO", "Angola", AFRICA),
    ("BEN", "Benin", AFRICA),
    ("BWA", "Botswana", AFRICA),
    ("BFA", "Burkina Faso", AFRICA),
    ("BDI", "Burundi", AFRICA),
    ("CPV", "Cabo Verde", AFRICA),
    ("CMR", "Cameroon", AFRICA),
    ("CAF", "Central African Republic", AFRICA),
    ("TCD", "Chad", AFRICA),
    ("COM", "Comoros", AFRICA),
    ("COG", "Congo", AFRICA),
    ("CIV", "Côte d'Ivoire", AFRICA),
    ("COD", "Democratic Republic of the Congo", AFRICA),
    ("DJI", "Djibouti", AFRICA),
    ("EGY", "Egypt", AFRICA),
    ("GNQ", "Equatorial Guinea", AFRICA),
    ("ERI", "Eritrea", AFRICA),
    ("SWZ", "Eswatini", AFRICA),
    ("ETH", "Ethiopia", AFRICA),
    ("GAB", "Gabon", AFRICA),
    ("GMB", "Gambia", AFRICA),
    ("GHA", "Ghana", AFRICA),
    ("GIN", "Guinea", AFRICA),
    ("GNB", "Guinea-Bissau", AFRICA),
    ("KEN", "Kenya", AFRICA),
    ("LSO", "Lesotho", AFRICA),
    ("LBR", "Liberia", AFRICA),
    ("LBY", "Libya", AFRICA),
    ("MDG", "Madagascar", AFRICA),
    ("MWI", "Malawi", AFRICA),
    ("MLI", "Mali", AFRICA),
    ("MRT", "Mauritania", AFRICA),
    ("MUS", "Mauritius", AFRICA),
    ("MAR", "Morocco", AFRICA),
    ("MOZ", "Mozambique", AFRICA),
    ("NAM", "Namibia", AFRICA),
    ("NER", "Niger", AFRICA),
    ("NGA", "Nigeria", AFRICA),
    ("RWA", "Rwanda", AFRICA),
    ("STP", "Sao Tome and Principe", AFRICA),
    ("SEN", "Senegal", AFRICA),
    ("SYC", "Seychelles", AFRICA),
    ("SLE", "Sierra Leone", AFRICA),
    ("SOM", "Somalia", AFRICA),
    ("ZAF", "South Africa", AFRICA),
    ("SSD", "South Sudan", AFRICA),
    ("SDN", "Sudan", AFRICA),
    ("TGO", "Togo", AFRICA),
    ("TUN", "Tunisia", AFRICA),
    ("UGA", "Uganda", AFRICA),
    ("TZA", "United Republic of Tanzania", AFRICA),
    ("ZMB", "Zambia", AFRICA),
    ("ZWE", "Zimbabwe", AFRICA),
    # Americas (35)
    ("ATG", "Antigua and Barbuda", AMERICAS),
    ("ARG", "Argentina", AMERICAS),
    ("BHS", "Bahamas", AMERICAS),
    ("BRB", "Barbados", AMERICAS),
    ("BLZ", "Belize", AMERICAS),
    ("BOL", "Bolivia (Plurinational State of)", AMERICAS),
    ("BRA", "Brazil", AMERICAS),
    ("CAN", "Canada", AMERICAS),
    ("CHL", "Chile", AMERICAS),
    ("COL", "Colombia", AMERICAS),
    ("CRI", "Costa Rica", AMERICAS),
    ("CUB", "Cuba", AMERICAS),
    ("DMA", "Dominica", AMERICAS),
    ("DOM", "Dominican Republic", AMERICAS),
    ("ECU", "Ecuador", AMERICAS),
    ("SLV", "El Salvador", AMERICAS),
    ("GRD", "Grenada", AMERICAS),
    ("GTM", "Guatemala", AMERICAS),
    ("GUY", "Guyana", AMERICAS),
    ("HTI", "Haiti", AMERICAS),
    ("HND", "Honduras", AMERICAS),
    ("JAM", "Jamaica", AMERICAS),
    ("MEX", "Mexico", AMERICAS),
    ("NIC", "Nicaragua", AMERICAS),
    ("PAN", "Panama", AMERICAS),
    ("PRY", "Paraguay", AMERICAS),
    ("PER", "Peru", AMERICAS),
    ("KNA", "Saint Kitts and Nevis", AMERICAS),
    ("LCA", "Saint Lucia", AMERICAS),
    ("VCT", "Saint Vincent and the Grenadines", AMERICAS),
    ("SUR", "Suriname", AMERICAS),
    ("TTO", "Trinidad and Tobago", AMERICAS),
    ("USA", "United States of America", AMERICAS),
    ("URY", "Uruguay", AMERICAS),
    ("VEN", "Venezuela (Bolivarian Republic of)", AMERICAS),
    # Asia and Pacific (43)
    ("AFG", "Afghanistan", ASIA_PACIFIC),
    ("AUS", "Australia", ASIA_PACIFIC),
    ("BGD", "Bangladesh", ASIA_PACIFIC),
    ("BTN", "Bhutan", ASIA_PACIFIC),
    ("BRN", "Brunei Darussalam", ASIA_PACIFIC),
    ("KHM", "Cambodia", ASIA_PACIFIC),
    ("CHN", "China", ASIA_PACIFIC),
    ("PRK", "Democratic People's Republic of Korea", ASIA_PACIFIC),
    ("FJI", "Fiji", ASIA_PACIFIC),
    ("IND", "India", ASIA_PACIFIC),
    ("IDN", "Indonesia", ASIA_PACIFIC),
    ("JPN", "Japan", ASIA_PACIFIC),
    ("KAZ", "Kazakhstan", ASIA_PACIFIC),
    ("KIR", "Kiribati", ASIA_PACIFIC),
    ("KGZ", "Kyrgyzstan", ASIA_PACIFIC),
    ("LAO", "Lao People's Democratic Republic", ASIA_PACIFIC),
    ("MYS", "Malaysia", ASIA_PACIFIC),
    ("MDV", "Maldives", ASIA_PACIFIC),
    ("MHL", "Marshall Islands", ASIA_PACIFIC),
    ("FSM", "Micronesia (Federated States of)", ASIA_PACIFIC),
    ("MNG", "Mongolia", ASIA_PACIFIC),
    ("MMR", "Myanmar", ASIA_PACIFIC),
    ("NRU", "Nauru", ASIA_PACIFIC),
    ("NPL", "Nepal", ASIA_PACIFIC),
    ("NZL", "New Zealand", ASIA_PACIFIC),
    ("PAK", "Pakistan", ASIA_PACIFIC),
    ("PLW", "Palau", ASIA_PACIFIC),
    ("PNG", "Papua New Guinea", ASIA_PACIFIC),
    ("PHL", "Philippines", ASIA_PACIFIC),
    ("KOR", "Republic of Korea", ASIA_PACIFIC),
    ("WSM", "Samoa", ASIA_PACIFIC),
    ("SGP", "Singapore", ASIA_PACIFIC),
    ("SLB", "Solomon Islands", ASIA_PACIFIC),
    ("LKA", "Sri Lanka", ASIA_PACIFIC),
    ("TJK", "Tajikistan", ASIA_PACIFIC),
    ("THA", "Thailand", ASIA_PACIFIC),
    ("TLS", "Timor-Leste", ASIA_PACIFIC),
    ("TON", "Tonga", ASIA_PACIFIC),
    ("TKM", "Turkmenistan", ASIA_PACIFIC),
    ("TUV", "Tuvalu", ASIA_PACIFIC),
    ("UZB", "Uzbekistan", ASIA_PACIFIC),
    ("VUT", "Vanuatu", ASIA_PACIFIC),
    ("VNM", "Viet Nam", ASIA_PACIFIC),
    # Europe (48)
    ("ALB", "Albania", EUROPE),
    ("AND", "Andorra", EUROPE),
    ("ARM", "Armenia", EUROPE),
    ("AUT", "Austria", EUROPE),
    ("AZE", "Azerbaijan", EUROPE),
    ("BLR", "Belarus", EUROPE),
    ("BEL", "Belgium", EUROPE),
    ("BIH", "Bosnia and Herzegovina", EUROPE),
    ("BGR", "Bulgaria", EUROPE),
    ("HRV", "Croatia", EUROPE),
    ("CYP", "Cyprus", EUROPE),
    ("CZE", "Czechia", EUROPE),
    ("DNK", "Denmark", EUROPE),
    ("EST", "Estonia", EUROPE),
    ("FIN", "Finland", EUROPE),
    ("FRA", "France", EUROPE),
    ("GEO", "Georgia", EUROPE),
    ("DEU", "Germany", EUROPE),
    ("GRC", "Greece", EUROPE),
    ("HUN", "Hungary", EUROPE),
    ("ISL", "Iceland", EUROPE),
    ("IRL", "Ireland", EUROPE),
    ("ITA", "Italy", EUROPE),
    ("LVA", "Latvia", EUROPE),
    ("LIE", "Liechtenstein", EUROPE),
    ("LTU", "Lithuania", EUROPE),
    ("LUX", "Luxembourg", EUROPE),
    ("MLT", "Malta", EUROPE),
    ("MCO", "Monaco", EUROPE),
    ("MNE", "Montenegro", EUROPE),
    ("NLD", "Netherlands (Kingdom of the)", EUROPE),
    ("MKD", "North Macedonia", EUROPE),
    ("NOR", "Norway", EUROPE),
    ("POL", "Poland", EUROPE),
    ("PRT", "Portugal", EUROPE),
    ("MDA", "Republic of Moldova", EUROPE),
    ("ROU", "Romania", EUROPE),
    ("RUS", "Russian Federation", EUROPE),
    ("SMR", "San Marino", EUROPE),
    ("SRB", "Serbia", EUROPE),
    ("SVK", "Slovakia", EUROPE),
    ("SVN", "Slovenia", EUROPE),
    ("ESP", "Spain", EUROPE),
    ("SWE", "Sweden", EUROPE),
    ("CHE", "Switzerland", EUROPE),
    ("TUR", "Türkiye", EUROPE),
    ("UKR", "Ukraine", EUROPE),
    ("GBR", "United Kingdom of Great Britain and Northern Ireland", EUROPE),
    # Middle East (13)
    ("BHR", "Bahrain", MIDDLE_EAST),
    ("IRN", "Iran (Islamic Republic of)", MIDDLE_EAST),
    ("IRQ", "Iraq", MIDDLE_EAST),
    ("ISR", "Israel", MIDDLE_EAST),
    ("JOR", "Jordan", MIDDLE_EAST),
    ("KWT", "Kuwait", MIDDLE_EAST),
    ("LBN", "Lebanon", MIDDLE_EAST),
    ("OMN", "Oman", MIDDLE_EAST),
    ("QAT", "Qatar", MIDDLE_EAST),
    ("SAU", "Saudi Arabia", MIDDLE_EAST),
    ("SYR", "Syrian Arab Republic", MIDDLE_EAST),
    ("ARE", "United Arab Emirates", MIDDLE_EAST),
    ("YEM", "Yemen", MIDDLE_EAST),
)

# The model's translated name fields and the pycountry catalogue each is read from.
NAME_CATALOGUES = {"fr": "fr", "ar": "ar", "zh_hans": "zh_CN", "ru": "ru", "es": "es"}

# Where ISO 3166's name (in pycountry's catalogues) is not the UN's short name in that language:
# ISO writes "Corée, République de" where the UN writes "République de Corée", and some of the
# catalogues' entries are dated or misspelt. Values are the UN's names (UNTERM).
NAME_OVERRIDES: dict[str, dict[str, str]] = {
    "BGD": {"zh_hans": "孟加拉国", "es": "Bangladesh"},
    "BHR": {"es": "Bahrein"},
    "BLR": {"ar": "بيلاروس", "es": "Belarús"},
    "BOL": {
        "fr": "Bolivie (État plurinational de)",
        "ar": "بوليفيا (دولة - المتعددة القوميات)",
        "zh_hans": "多民族玻利维亚国",
        "ru": "Боливия (Многонациональное Государство)",
        "es": "Bolivia (Estado Plurinacional de)",
    },
    "BRN": {"zh_hans": "文莱达鲁萨兰国"},
    "BWA": {"es": "Botswana"},
    "BFA": {"es": "Burkina Faso"},
    "CAF": {"ru": "Центральноафриканская Республика"},
    "CIV": {"ar": "كوت ديفوار", "es": "Côte d'Ivoire"},
    "COD": {"ar": "جمهورية الكونغو الديمقراطية", "es": "República Democrática del Congo"},
    "COG": {"fr": "Congo"},
    "COM": {"es": "Comoras"},
    "CPV": {"fr": "Cabo Verde", "ar": "كابو فيردي"},
    "DJI": {"es": "Djibouti"},
    "DOM": {"ru": "Доминиканская Республика"},
    "FSM": {
        "fr": "Micronésie (États fédérés de)",
        "ar": "ميكرونيزيا (ولايات - الموحدة)",
        "zh_hans": "密克罗尼西亚联邦",
        "ru": "Микронезия (Федеративные Штаты)",
        "es": "Micronesia (Estados Federados de)",
    },
    "GNB": {"es": "Guinea-Bissau"},
    "GTM": {"zh_hans": "危地马拉"},
    "HUN": {"ar": "هنغاريا"},
    "IRN": {
        "fr": "Iran (République islamique d')",
        "ar": "إيران (جمهورية - الإسلامية)",
        "zh_hans": "伊朗伊斯兰共和国",
        "ru": "Иран (Исламская Республика)",
        "es": "Irán (República Islámica del)",
    },
    "IRQ": {"fr": "Iraq", "es": "Iraq"},
    "KAZ": {"es": "Kazajstán"},
    "KEN": {"es": "Kenya"},
    "KGZ": {"zh_hans": "吉尔吉斯斯坦", "ru": "Кыргызстан"},
    "KHM": {"zh_hans": "柬埔寨"},
    "KOR": {
        "fr": "République de Corée",
        "ar": "جمهورية كوريا",
        "zh_hans": "大韩民国",
        "ru": "Республика Корея",
        "es": "República de Corea",
    },
    "LAO": {"fr": "République démocratique populaire lao", "es": "República Democrática Popular Lao"},
    "LSO": {"es": "Lesotho"},
    "LTU": {"ar": "ليتوانيا"},
    "MDA": {"es": "República de Moldova"},
    "MDV": {"es": "Maldivas"},
    "MMR": {"fr": "Myanmar", "es": "Myanmar"},
    "MNE": {"ar": "الجبل الأسود"},
    "MWI": {"es": "Malawi"},
    "NIC": {"ar": "نيكاراغوا"},
    "NLD": {
        "fr": "Pays-Bas (Royaume des)",
        "ar": "هولندا (مملكة)",
        "zh_hans": "荷兰王国",
        "ru": "Нидерланды (Королевство)",
        "es": "Países Bajos (Reino de los)",
    },
    "QAT": {"es": "Qatar"},
    "RUS": {"fr": "Fédération de Russie", "zh_hans": "俄罗斯联邦", "es": "Federación de Rusia"},
    "SAU": {"ar": "المملكة العربية السعودية", "es": "Arabia Saudita"},
    "SLB": {"fr": "Îles Salomon"},
    "SRB": {"ar": "صربيا"},
    "SUR": {"fr": "Suriname", "es": "Suriname"},
    "SWZ": {"es": "Eswatini"},
    "SYR": {"fr": "République arabe syrienne", "es": "República Árabe Siria"},
    "TLS": {"fr": "Timor-Leste", "ru": "Тимор-Лешти", "es": "Timor-Leste"},
    "TUN": {"es": "Túnez"},
    "TUR": {"fr": "Türkiye", "ar": "تركيا", "zh_hans": "土耳其", "ru": "Турция", "es": "Türkiye"},
    "ARE": {"zh_hans": "阿拉伯联合酋长国"},
    "VEN": {
        "fr": "Venezuela (République bolivarienne du)",
        "ar": "فنزويلا (جمهورية - البوليفارية)",
        "zh_hans": "委内瑞拉玻利瓦尔共和国",
        "ru": "Венесуэла (Боливарианская Республика)",
        "es": "Venezuela (República Bolivariana de)",
    },
    "VNM": {"ar": "فييت نام", "es": "Viet Nam"},
    "ZWE": {"es": "Zimbabwe"},
}

# The UN writes Arabic names without the shadda that some catalogue entries carry (one entry has
# it on the wrong letter), and joins the conjunction "و" to the word it introduces.
_SHADDA = "\u0651"


def _arabic(name: str) -> str:
    return name.replace(_SHADDA, "").replace(" و ", " و")


@lru_cache(maxsize=None)
def _catalogue(locale: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True)


def _iso_msgid(iso3: str, english: str) -> str:
    """The ISO 3166 name that pycountry's catalogues translate, preferring the UN's own wording."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        raise ValueError(f"{iso3} is not an ISO 3166-1 alpha-3 code")
    for field in ("name", "official_name", "common_name"):
        if getattr(country, field, None) == english:
            return english
    return country.name


def member_state_names(iso3: str, english: str) -> dict[str, str]:
    """A Member State's name in the six languages, keyed by the model's translated fields."""
    msgid = _iso_msgid(iso3, english)
    names = {"en": english}
    for field, locale in NAME_CATALOGUES.items():
        name = NAME_OVERRIDES.get(iso3, {}).get(field) or _catalogue(locale).gettext(msgid)
        names[field] = _arabic(name) if field == "ar" else name
    return names


def member_state_rows() -> list[dict]:
    """One dict per Member State: iso3, region and `name_<lang>` for the six languages."""
    rows = []
    for iso3, english, region in MEMBER_STATES:
        names = member_state_names(iso3, english)
        rows.append({"iso3": iso3, "region": region, **{f"name_{field}": name for field, name in names.items()}})
    return rows
