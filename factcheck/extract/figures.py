"""Figures: numbers with their unit, scale, qualifier, range, role and subject.

Input: one sentence (``str``). Output: ``FoundFigure`` items with offsets into that sentence. The
parser walks word tokens left to right (linear time, no backtracking regex): currency symbols and
codes, digits and number words, scale words, percent, the counted noun and the qualifier before it.
Dates, years, times, ordinals, vote tallies, route/model/phone numbers and ``No. 1`` are skipped.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from itertools import accumulate, compress, count, product
from operator import attrgetter

from factcheck.extract.claims import Figure
from factcheck.extract.measures import COUNT_KIND_WORDS, is_money, measure_kind
from factcheck.extract.patterns import MONTHS, AnyWord, AsciiTwin, word_alternation
from factcheck.extract.numbers import (
    COLLECTIVES,
    DENOMINATORS,
    FRACTIONS,
    NUMBER_WORDS,
    SCALES,
    SHORT_SCALES,
    TENS,
    UNITS,
    and_a_fraction,
    fraction_after,
    parse_digits,
    parse_number_words,
    token_pieces,
    tokenize,
)

# Digits with a comma no thousands take ("1,2", "4,75"), which before a scale word is a decimal comma.
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_SCALES_AFTER_A_DECIMAL_COMMA = frozenset({"million", "billion", "trillion", "mn", "mln", "bn", "m"})
# Measures a year is not followed by: "over 2000 metres" is a distance, "1900 km" a length; but after a word that
# dates, a year it stays ("In 2019 tonnes of fish died").
_MEASURES_NO_YEAR_TAKES = frozenset({"metre", "meter", "kilometre", "kilometer", "km", "foot", "ft", "mile", "yard",
                                     "tonne", "ton", "kilogram", "kg", "hectare", "ha", "acre", "litre", "liter",
                                     "gallon", "barrel"})
_BEFORE_A_YEAR = frozenset({"in", "since", "by", "until", "till", "before", "after", "from", "during", "of", "to"})
# Lengths a volume or an area is counted in after "cubic" or "square" ("48m cubic metres" is 48 million).
_LENGTHS_SQUARED = ("metres", "meters", "feet", "miles", "yards")
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
                    "₫": "VND", "₦": "NGN", "₱": "PHP", "₴": "UAH", "₪": "ILS", "฿": "THB", "₵": "GHS", "₸": "KZT",
                    "₡": "CRC", "৳": "BDT"}
DOLLAR_PREFIXES = {"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD",
                   "nz": "NZD", "s": "SGD", "r": "BRL", "n": "NAD", "nt": "TWD", "j": "JMD", "tt": "TTD",
                   "ec": "XCD", "bz": "BZD", "fj": "FJD", "f": "FJD"}
# Signs written as letters, in the case they are written: "Rs 3.2 crore", "Rs. 4,500", "RM2.50".
LETTER_SIGNS = {"Rs": "INR", "RM": "MYR", "Rp": "IDR", "KSh": "KES", "Sh": "KES", "Shs": "KES", "TSh": "TZS",
                "USh": "UGX", "NIS": "ILS", "Dh": "AED", "Tk": "BDT", "UF": "CLF", "JD": "JOD", "KD": "KWD",
                "BD": "BHD", "VT": "VUV", "RO": "OMR", "QR": "QAR", "zł": "PLN", "Bt": "THB", "TL": "TRY",
                "Nu": "BTN", "MK": "MWK", "Bs": "BOB", "LE": "EGP"}
# ISO 4217 codes news writes before or after an amount ("VND 1.2 trillion", "GHS 3,200"), in capitals only;
# codes that are also words in capitals ("ALL", "TOP", "CUP") are left out.
CURRENCY_CODES = {"usd", "eur", "gbp", "jpy", "cny", "inr", "cad", "aud", "chf", "hkd", "krw", "rub",
                  "sek", "nok", "dkk", "nzd", "sgd", "brl", "mxn", "zar", "try", "pln", "ars", "clp", "cop",
                  "pen", "uyu", "vnd", "thb", "php", "idr", "myr", "twd", "pkr", "bdt", "lkr", "npr", "kes",
                  "ghs", "ngn", "egp", "mad", "tnd", "dzd", "tzs", "ugx", "etb", "zmw", "xof", "xaf", "ils",
                  "aed", "sar", "qar", "kwd", "bhd", "omr", "jod", "czk", "huf", "ron", "bgn", "isk", "uah",
                  "kzt", "rsd", "gel", "crc", "dop", "gtq", "pyg", "bob", "mnt", "mmk", "khr", "lak", "afn",
                  "iqd", "irr", "lbp", "syp", "sdg", "bwp", "nad", "mzn", "aoa", "mwk", "rwf", "cdf", "sle",
                  "htg", "jmd", "ttd", "xcd", "bzd", "bbd", "bsd", "gyd", "hnl", "nio", "ves", "azn", "kgs",
                  "uzs", "byn", "mdl", "mkd", "mur", "mvr", "fjd", "pgk", "mga", "lyd", "yer"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "won": "KRW",
    "franc": "CHF", "francs": "CHF", "sterling": "GBP", "pesos": "MXN", "rubles": "RUB",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "krona": "SEK", "kronor": "SEK", "rand": "ZAR",
    "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "naira": "NGN", "shekel": "ILS", "shekels": "ILS",
    "forint": "HUF", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "lira": "TRY",
    "liras": "TRY", "peso": "MXN", "cedi": "GHS", "cedis": "GHS", "dong": "VND", "krone": "NOK", "kroner": "NOK",
    "reais": "BRL", "rupiahs": "IDR", "bahts": "THB", "yuans": "CNY", "koruna": "CZK",
    "korunas": "CZK", "hryvnias": "UAH", "shillings": "KES", "kwacha": "ZMW", "birr": "ETB", "soles": "PEN",
    # Polish as Polish papers write it: "41.2 mln zł", "11 million złotych"
    "złoty": "PLN", "złotych": "PLN", "złote": "PLN", "zł": "PLN", "kč": "CZK", "lei": "RON", "leva": "BGN",
    "hryvnia": "UAH", "tenge": "KZT", "forints": "HUF", "kronur": "ISK", "krónur": "ISK", "króna": "ISK",
    "tugrik": "MNT", "tugriks": "MNT", "tögrög": "MNT", "togrog": "MNT", "togrogs": "MNT", "sol": "PEN",
    "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "lev": "BGN", "leu": "RON", "taka": "BDT", "kyat": "MMK", "kyats": "MMK", "riel": "KHR",
    "riels": "KHR", "afghanis": "AFN", "lari": "GEL", "manat": "AZN", "quetzal": "GTQ", "quetzales": "GTQ",
    "lempiras": "HNL", "colones": "CRC", "guaraníes": "PYG", "guaranies": "PYG", "bolivianos": "BOB",
    "meticais": "MZN", "kwanzas": "AOA", "leones": "SLE", "shilling": "KES", "nairas": "NGN",
    "dinar": "IQD", "dinars": "IQD", "korun": "CZK", "soum": "UZS", "soums": "UZS", "vatu": "VUV",
    # the crown as English writes the Nordic and Czech currencies ("26 crowns per passage"); which one, the
    # article's country says (conventions)
    "crowns": "NOK", "crown": "NOK",  # "a 1,890-crown entry fee"
    "pula": "BWP", "bucks": "USD",  # Botswana's money; dollars as spoken ("about four bucks")
    "ariary": "MGA", "ouguiya": "MRU", "dalasi": "GMD", "maloti": "LSL", "emalangeni": "SZL", "lilangeni": "SZL",
    "nakfa": "ERN", "somoni": "TJS", "denars": "MKD", "gourdes": "HTG", "córdobas": "NIO", "cordobas": "NIO",
    "bolívares": "VES", "bolivares": "VES", "rufiyaa": "MVR", "ngultrum": "BTN", "afghani": "AFN", "rials": "IRR",
    "kina": "PGK", "lek": "ALL", "leks": "ALL", "dram": "AMD", "drams": "AMD",
}
CENT_WORDS = {"cent", "cents", "pence", "penny"}
# The hundredths other currencies count in, each with the codes of the countries that use the word, the one read
# when the article names none of their money first: "70 centavos", "25 groszy a kilogram", "50 pesewas"
# (conventions reads the others).
MINOR_CURRENCY_WORDS = {
    **dict.fromkeys(("centavo", "centavos"), ("MXN", "BRL", "PHP", "ARS", "CLP", "COP", "UYU", "DOP", "CUP", "GTQ",
                                              "HNL", "NIO", "BOB", "MZN", "CVE", "USD")),
    **dict.fromkeys(("centime", "centimes"), ("CHF", "EUR", "XOF", "XAF", "MAD", "DZD", "HTG", "RWF", "BIF", "CDF",
                                              "GNF", "DJF", "KMF", "MGA")),
    **dict.fromkeys(("paise", "paisa"), ("INR", "PKR", "NPR", "BDT")),
    "sen": ("MYR", "IDR", "BND", "KHR"),
    **dict.fromkeys(("piastre", "piastres"), ("EGP", "LBP", "SYP", "SDG", "SSP")),
    **dict.fromkeys(("øre", "öre"), ("NOK", "DKK", "SEK")),
    **dict.fromkeys(("grosz", "groszy", "grosze"), ("PLN",)), **dict.fromkeys(("pesewa", "pesewas"), ("GHS",)),
    "kobo": ("NGN",), **dict.fromkeys(("halala", "halalas"), ("SAR",)), "satang": ("THB",),
    **dict.fromkeys(("kopeck", "kopecks", "kopek", "kopeks"), ("RUB",)), "rappen": ("CHF",), "ngwee": ("ZMW",),
    "tambala": ("MWK",), "thebe": ("BWP",), "toea": ("PGK",),
}
# Scales that may lead a compound after a number: "a 2.5 million-tonne quota" ("two hundred-metre" is rare).
_COMPOUND_SCALES = SCALES.keys() - {"hundred"}
# Words after an amount in hundredths of its currency: "74 cents", "74 centimes".
_HUNDREDTHS_WORDS = CENT_WORDS | MINOR_CURRENCY_WORDS.keys()
# Cents named with their currency: "19.8 US cents", "40 euro cents".
_CENTS_OF = {"us": "USD", "u.s.": "USD", "euro": "EUR"}
# Currencies named by their country's adjective and their word: "Swiss francs", "Egyptian pounds", "New
# Zealand dollars" (adjectives of two words joined by a space).
CURRENCY_OF_ADJECTIVE = {
    "us": {"dollar": "USD"}, "u.s.": {"dollar": "USD"}, "american": {"dollar": "USD"},
    "canadian": {"dollar": "CAD"}, "australian": {"dollar": "AUD"}, "new zealand": {"dollar": "NZD"},
    "hong kong": {"dollar": "HKD"}, "singapore": {"dollar": "SGD"}, "singaporean": {"dollar": "SGD"},
    "taiwan": {"dollar": "TWD"}, "taiwanese": {"dollar": "TWD"}, "swiss": {"franc": "CHF"},
    "mexican": {"peso": "MXN"}, "argentine": {"peso": "ARS"}, "argentinian": {"peso": "ARS"},
    "chilean": {"peso": "CLP"}, "colombian": {"peso": "COP"}, "philippine": {"peso": "PHP"},
    "uruguayan": {"peso": "UYU"}, "dominican": {"peso": "DOP"}, "egyptian": {"pound": "EGP"},
    "lebanese": {"pound": "LBP"}, "sudanese": {"pound": "SDG"}, "syrian": {"pound": "SYP"},
    "british": {"pound": "GBP"}, "moroccan": {"dirham": "MAD"}, "emirati": {"dirham": "AED"},
    "uae": {"dirham": "AED"}, "pakistani": {"rupee": "PKR"}, "indian": {"rupee": "INR"},
    "sri lankan": {"rupee": "LKR"}, "nepali": {"rupee": "NPR"}, "nepalese": {"rupee": "NPR"},
    "danish": {"krone": "DKK", "crown": "DKK"}, "norwegian": {"krone": "NOK", "crown": "NOK"},
    "swedish": {"krona": "SEK", "crown": "SEK"}, "czech": {"koruna": "CZK", "crown": "CZK"},
    "turkish": {"lira": "TRY"}, "brazilian": {"real": "BRL"},
    "south african": {"rand": "ZAR"}, "nigerian": {"naira": "NGN"}, "kenyan": {"shilling": "KES"},
    "ugandan": {"shilling": "UGX"}, "tanzanian": {"shilling": "TZS"}, "ghanaian": {"cedi": "GHS"},
    "japanese": {"yen": "JPY"}, "chinese": {"yuan": "CNY"}, "thai": {"baht": "THB"},
    "malaysian": {"ringgit": "MYR"}, "indonesian": {"rupiah": "IDR"}, "russian": {"rouble": "RUB", "ruble": "RUB"},
    "polish": {"zloty": "PLN"}, "hungarian": {"forint": "HUF"}, "israeli": {"shekel": "ILS"},
    "saudi": {"riyal": "SAR"}, "qatari": {"riyal": "QAR"}, "peruvian": {"sol": "PEN"},
    "jordanian": {"dinar": "JOD"}, "kuwaiti": {"dinar": "KWD"}, "tunisian": {"dinar": "TND"},
    "algerian": {"dinar": "DZD"}, "serbian": {"dinar": "RSD"}, "south korean": {"won": "KRW"},
    "korean": {"won": "KRW"}, "namibian": {"dollar": "NAD"}, "jamaican": {"dollar": "JMD"},
    "fijian": {"dollar": "FJD"}, "fiji": {"dollar": "FJD"}, "liberian": {"dollar": "LRD"},
    "bahamian": {"dollar": "BSD"}, "barbadian": {"dollar": "BBD"}, "belize": {"dollar": "BZD"},
    "guyanese": {"dollar": "GYD"}, "brunei": {"dollar": "BND"}, "east caribbean": {"dollar": "XCD"},
    "zambian": {"kwacha": "ZMW"}, "malawian": {"kwacha": "MWK"}, "iraqi": {"dinar": "IQD"},
    "libyan": {"dinar": "LYD"}, "bahraini": {"dinar": "BHD"}, "omani": {"rial": "OMR"},
    "yemeni": {"rial": "YER"}, "iranian": {"rial": "IRR"}, "somali": {"shilling": "SOS"},
    "rwandan": {"franc": "RWF"}, "burundian": {"franc": "BIF"}, "congolese": {"franc": "CDF"},
    "guinean": {"franc": "GNF"}, "mauritian": {"rupee": "MUR"}, "icelandic": {"krona": "ISK", "króna": "ISK"},
}
_CURRENCY_ADJECTIVE_FIRST_WORDS = frozenset(adjective.split()[0] for adjective in CURRENCY_OF_ADJECTIVE)
# The singular of currency words whose plural is no word plus "s".
_CURRENCY_SINGULAR = {"kroner": "krone", "kronor": "krona", "reais": "real", "soles": "sol", "korunas": "koruna"}
# Currencies whose sign is one capital letter (the rand, the Nigerian press's naira, the Korean press's won), read
# as money only when what follows says so: "R40" alone is as likely a road, "N95" a mask.
_SINGLE_LETTER_SIGNS = {"R": "ZAR", "N": "NGN", "P": "PHP", "K": "ZMW", "Q": "GTQ", "W": "KRW"}
# What makes "R1,200", "R48.50", "R52 a share" or "about R450" an amount after such a sign: digit groups, cents, a
# price of each ("R450 per person", "R450 for every resident", "R80 each"), or a hedge before the sign (a road is
# never about somewhere).
_SIGNED_AMOUNT = re.compile(r",|\.\d\d$")
_PRICE_OF_EACH = re.compile(r"(?:a|per) share\b|per [a-z]|for (?:every|each) [a-z]|each\b|"
                            # or of one of what is sold by it: "P52 a kilo", "R300 a night", "R390 a carton"
                            r"an? (?:kilo|kg|kilogram|tonne|ton|litre|liter|bag|sack|box|carton|tray|crate|dozen|"
                            r"piece|head|ticket|ride|trip|meal|night|day|week|month|year)\b")
_HEDGES_BEFORE_AN_AMOUNT = frozenset({"about", "some", "roughly", "around", "nearly", "almost", "approximately"})
# ... or a verb or noun of paying ("pupils will pay R15", "a fare of R12", "tickets cost S/64"): no road is paid.
_PAYING_BEFORE_AN_AMOUNT = frozenset({"pay", "pays", "paid", "paying", "cost", "costs", "costing", "charge", "charges",
                                      "charged", "charging", "earn", "earns", "earned", "earning", "spend", "spends",
                                      "spent", "spending", "owe", "owes", "owed", "fare", "fee", "fine", "fined",
                                      "priced", "worth"})
# ... or a verb of selling before "for" or "at" ("copies were sold for R300", "rice selling at P38"): no road is sold.
_SELLING_BEFORE_FOR_OR_AT = frozenset({"sold", "sell", "sells", "selling", "bought", "buy", "buys", "buying",
                                       "offered", "retail", "retails", "retailing", "trading", "going"})

QUALIFIERS = [
    # (words, qualifier) - longest first within the same first word
    (("more", "than"), "more_than"), (("greater", "than"), "more_than"), (("upwards", "of"), "more_than"),
    (("in", "excess", "of"), "more_than"), (("over",), "more_than"), (("above",), "more_than"),
    (("exceeding",), "more_than"), (("topping",), "more_than"), (("well", "over"), "more_than"),
    (("well", "above"), "more_than"), (("well", "under"), "less_than"), (("well", "below"), "less_than"),
    (("within",), "at_most"),
    (("at", "least"), "at_least"), (("no", "fewer", "than"), "at_least"), (("no", "less", "than"), "at_least"),
    (("a", "minimum", "of"), "at_least"), (("not", "less", "than"), "at_least"),
    (("less", "than"), "less_than"), (("fewer", "than"), "less_than"), (("under",), "less_than"),
    (("below",), "less_than"), (("just", "under"), "less_than"), (("short", "of"), "less_than"),
    (("up", "to"), "at_most"), (("as", "many", "as"), "at_most"), (("as", "much", "as"), "at_most"),
    (("no", "more", "than"), "at_most"), (("at", "most"), "at_most"), (("only",), "at_most"),
    (("just",), "at_most"), (("nearly",), "at_most"), (("almost",), "at_most"),
    (("about",), "approximate"), (("around",), "approximate"), (("roughly",), "approximate"),
    (("approximately",), "approximate"), (("some",), "approximate"), (("an", "estimated"), "approximate"),
    (("estimated",), "approximate"), (("close", "to"), "approximate"), (("circa",), "approximate"),
    (("approx",), "approximate"), (("almost", "exactly"), "exact"), (("exactly",), "exact"),
]
# Qualifiers told after a number, before what it counts.
_QUALIFIER_AFTER = {("or", "more"): "at_least", ("or", "above"): "at_least", ("or", "so"): "approximate",
                    ("or", "fewer"): "at_most", ("or", "less"): "at_most"}
_QUALIFIER_INDEX = {}
for _words, _qualifier in QUALIFIERS:
    _QUALIFIER_INDEX.setdefault(_words[-1], []).append((_words, _qualifier))
for _key in _QUALIFIER_INDEX:
    _QUALIFIER_INDEX[_key].sort(key=lambda item: -len(item[0]))

IDENTIFIER_WORDS = {"route", "highway", "interstate", "flight", "line", "bus", "gate", "room", "chapter",
                    "section", "article", "amendment", "title", "proposition", "prop", "measure", "district",
                    "ward", "precinct", "station", "platform", "terminal", "building", "suite", "pier",
                    "unit", "no", "number", "page", "p", "pp", "exit", "lane", "level", "phase", "stage",
                    "rule", "bill", "act", "case", "docket", "form", "grade", "track", "apartment", "apt",
                    "floor", "sector", "zone", "hwy", "rte", "sr", "us", "i", "version", "v", "model"}
# Nouns that name a scale when they stand right before a number: "magnitude 6.4", "Category 4".
SCALE_BEFORE = {"magnitude": "magnitude", "category": "category", "level": "level"}
# ... or right after it: "a 6.4-magnitude quake", "6.4 magnitude".
SCALE_AFTER = {"magnitude": "magnitude"}
_NOT_AFTER_SCALE = {"times", "x", "%", "percent", "pct", "per", "of"}
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th", "s"}
TIME_WORDS = {"am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt", "pst", "pdt", "bst", "cet", "o'clock"}

# Units of measure written out are named in the singular as the article spells them ("317 metres" is
# "metre", "317 meters" "meter"; see ``singular`` and ``unit_spellings``).
UNIT_ALIASES = {
    "kilometers": "kilometer", "mi": "mile", "miles": "mile", "mile": "mile", "mph": "mph",
    "kph": "km/h", "km/h": "km/h", "kilograms": "kilogram",
    "kilos": "kilogram", "g": "gram", "grams": "gram", "lb": "pound", "lbs": "pound", "pounds": "pound",
    "oz": "ounce", "ounces": "ounce", "t": "tonne", "mt": "tonne", "tonnes": "tonne", "tons": "ton",
    "ft": "foot", "feet": "foot", "foot": "foot", "acre-feet": "acre-foot", "acre-ft": "acre-foot", "in": "inch",
    "inches": "inch", "gal": "gallon", "gals": "gallon", "teu": "teu", "teus": "teu",
    "meters": "meter", "m": "meter",
    "yards": "yard", "yds": "yard", "acres": "acre", "hectares": "hectare",
    "sq": "square", "cu": "cubic", "gallons": "gallon", "liters": "liter", "l": "liter", "ml": "milliliter",
    "dl": "deciliter", "psi": "psi",
    "mva": "megavolt-ampere", "volt": "volt", "volts": "volt",
    "degrees": "degree", "°f": "degree fahrenheit", "fahrenheit": "degree fahrenheit",
    "celsius": "degree celsius", "°c": "degree celsius",
    "bbl": "barrel", "bpd": "barrel",  # (a day, as "barrels per day" reads: how much, not how fast)
    "barrels": "barrel", "people": "person", "persons": "person", "children": "child", "kids": "child", "men": "man",
    "women": "woman", "teeth": "tooth", "mice": "mouse", "geese": "goose", "data": "data",
    "consortia": "consortium", "criteria": "criterion", "phenomena": "phenomenon", "curricula": "curriculum",
    "percent": "%", "pct": "%",
    "kbps": "kbps", "mbps": "Mbps", "gbps": "Gbps", "tbps": "Tbps",
}
# Units of measure written by their symbol keep it ("38.6 km", "120 MW", "3,400 m3"): the unit reads as the
# article gives it. Each symbol with the unit it stands for, which conversions and search read (see
# ``unit_spellings``). One-letter symbols ("m", "t", "g", "l"), too often something else, and degrees are
# named instead.
UNIT_SYMBOLS = {
    "km": "kilometer", "cm": "centimeter", "mm": "millimeter", "kg": "kilogram", "mg": "milligram",
    "µg": "microgram", "mcg": "microgram", "ha": "hectare", "ppm": "part per million", "ppb": "part per billion",
    "km2": "square kilometer", "km²": "square kilometer", "m2": "square meter", "m²": "square meter",
    "m3": "cubic meter", "m³": "cubic meter", "sq km": "square kilometer", "cm2": "square centimeter",
    "cm3": "cubic centimeter", "hl": "hectoliter", "kl": "kiloliter",
    "kV": "kilovolt", "kVA": "kilovolt-ampere", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt",
    "TW": "terawatt", "kWh": "kilowatt-hour", "MWh": "megawatt-hour", "GWh": "gigawatt-hour",
    "TWh": "terawatt-hour",
    # electric and peak (solar) capacity, in the same units: "a 1,180 MWe reactor", "2.6GWp of panels"
    "MWe": "megawatt", "GWe": "gigawatt", "kWp": "kilowatt", "MWp": "megawatt", "GWp": "gigawatt",
    "NTU": "nephelometric turbidity unit",  # a water's cloudiness
    "KB": "kilobyte", "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte", "PB": "petabyte",
    "Hz": "hertz", "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz",  # a grid's, a band's frequency
}
UNIT_ALIASES.update({symbol.lower(): symbol for symbol in UNIT_SYMBOLS})
UNIT_ALIASES.update({"kms": "km", "kgs": "kg", "μg": "µg"})  # plurals, and the Greek mu for the micro sign

# What a rate is per, abbreviated after a slash: "89 km/h", "286 µg/m³", "5 mg/L".
_SLASH_DENOMINATORS = {"h": "hour", "hr": "hour", "s": "second", "sec": "second", "min": "minute",
                       "l": "liter", "dl": "deciliter", "ml": "milliliter", "kg": "kilogram", "g": "gram",
                       "m²": "square meter", "m³": "cubic meter"}
# The symbol written after a slash for what a rate is per: "mg/L", "µg/m³".
_SLASH_SYMBOLS = {"hour": "h", "second": "s", "liter": "L", "deciliter": "dL", "milliliter": "mL", "kilogram": "kg",
                  "gram": "g", "square meter": "m²", "cubic meter": "m³"}
# The symbols of each unit: "megawatt" is written "MW", "MWe" and "MWp".
_SYMBOLS_OF = {}
for _symbol, _name in UNIT_SYMBOLS.items():
    _SYMBOLS_OF.setdefault(_name, set()).add(_symbol)


def unit_name(unit):
    """The unit a symbol stands for ("km" -> "kilometer"); any other unit as it is."""
    return UNIT_SYMBOLS.get(unit, unit)


# People named by where they live: "Americans", "Canadians", "Californians", "Britons", "Londoners".
_DEMONYM = re.compile(r"[A-Z][a-z]{2,}(?:ians|eans|ans)|Britons|Londoners|New Yorkers|Parisians")
# The first word of a demonym written in two: "South Africans", "Sri Lankans".
_DEMONYM_FIRST_WORDS = frozenset({"South", "North", "East", "West", "Sri", "Saudi", "Puerto", "Costa"})
# The letter of a temperature scale written tight after the number or its degree sign: "44.7C", "102°F".
_DEGREE_SCALES = {"c": "degree celsius", "f": "degree fahrenheit"}
# Words in -s that are no plurals: nouns singular too ("measles" is no plural of "measle"), and "overseas"
# ("38 overseas players").
INVARIANT_NOUNS = {"measles", "mumps", "news", "series", "species", "diabetes", "rabies", "herpes",
                   "headquarters", "means", "crossroads", "barracks", "physics", "economics", "politics",
                   "athletics", "gymnastics", "aids", "lens", "bus", "gas", "bonus", "census", "status",
                   "overseas"}
# Words that follow a number but are never what it counts: verbs ("the other 23 keep working",
# "9 remain in hospital"), adverbs and adjectives used predicatively.
NOT_COUNTED = {
    "keep", "keeps", "remain", "remains", "return", "returns", "stay", "stays", "went", "go", "goes",
    "come", "comes", "came", "die", "dies", "live", "lives", "work", "works", "left", "leave", "leaves",
    "fled", "flee", "voted", "vote", "won", "win", "wins", "lost", "lose", "got", "get", "gets", "did",
    "made", "make", "makes", "took", "take", "takes", "saw", "see", "sees", "ran", "run", "runs", "fell",
    "rose", "grew", "say", "said", "says", "think", "thinks", "know", "knew", "want", "wants", "need",
    "needs", "must", "shall", "held", "hold", "holds", "became", "become", "becomes", "seem", "seems",
    "appear", "appears", "belong", "belongs", "face", "faces", "joined", "join", "joins", "used", "use",
    "uses", "went", "were", "apiece", "each", "alone", "together", "instead", "already", "later",
    "earlier", "early", "late", "led", "fed", "ago", "away", "back", "home", "apart", "abroad", "overall", "total",
    "combined", "respectively", "altogether", "outright", "remaining", "others", "other", "once",
    "yesterday", "today", "tonight", "tomorrow", "overnight",
}
# Words for people in a state that news uses as nouns after a count: "7 dead and 12 injured", "11 missing".
PEOPLE_BY_STATE = {"dead", "injured", "wounded", "missing", "hurt", "displaced", "homeless", "killed"}
DURATIONS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "night"}
# Counted spans of time that "over" spans like a duration: "exceeded the cap by $1.37 million over three seasons".
_SPANS_COUNTED = frozenset({"season"})

# Words that can stand between a number and the noun it counts ("3,000 new homes").
STOPWORDS = {
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "that", "which", "who",
    "was", "were", "is", "are", "be", "been", "has", "have", "had", "by", "from", "with", "as", "than",
    "per", "this", "these", "those", "it", "its", "their", "his", "her", "he", "she", "they", "we",
    "will", "would", "could", "should", "can", "may", "might", "did", "do", "does", "not", "so", "into",
    "over", "under", "after", "before", "since", "until", "while", "when", "where", "if", "then", "also",
    "about", "up", "down", "out", "off", "more", "less", "than", "each", "all", "both", "some", "other",
    "such", "last", "next", "this", "that", "said", "says", "say", "told", "year", "years", "ago",
    "across", "between", "among", "through", "during", "against", "according", "via", "like",
    "including", "what", "there", "here", "now", "yet", "still", "just", "only", "even", "again",
    "times", "time", "percent", "per", "cent", "compared", "versus", "vs", "around", "nearly",
    "almost", "roughly", "approximately", "least", "most", "many", "much", "far", "too", "very",
}
# Words after a number that open a phrase of their own, never the noun it counts: "71.4 despite being
# cheaper", "closer to 400 once contract drivers are counted", "612 above the WHO guideline".
_OPENS_ITS_OWN_PHRASE = frozenset({"despite", "near", "onto", "toward", "towards", "above", "every", "once"})
PLAN_WORDS = {"planned", "targeted", "projected", "expected", "proposed", "authorized", "authorised",
              "promised", "pledged", "forecast", "budgeted", "estimated", "anticipated", "intended"}
UP_WORDS = {"up", "rise", "rises", "rose", "risen", "rising", "increase", "increased", "increases",
            "grew", "grow", "grows", "growth", "gain", "gained", "jump", "jumped", "climb", "climbed",
            "surge", "surged", "raise", "raised", "raising", "boost", "boosted", "higher", "hike"}
DOWN_WORDS = {"down", "fall", "fell", "falls", "fallen", "drop", "dropped", "drops", "decline",
              "declined", "declines", "decrease", "decreased", "cut", "cuts", "lower", "slid", "slump",
              "slumped", "shrank", "plunged", "plunge", "lost", "lose", "loses"}
# Participles before "by" that give a size besides UP_WORDS and DOWN_WORDS: of a change ("reduced by 9%",
# "delayed by three days") or of a lead ("led by 812 votes").
_SIZED_BY = frozenset("reduced lowered trimmed slashed lifted hiked upped revised changed moved shifted narrowed "
                      "dipped eased tumbled sank slipped extended expanded swelled soared delayed improved firmed "
                      "cooled retreated exceeded missed trailed inflated shortened led".split())
# Participles of a passive that do not end in -ed: "held by 40 investors", "run by 12 volunteers".
_IRREGULAR_PASSIVES = frozenset("held run built taken made seen given written kept bought sold caught found "
                                "struck hit".split())
# Verbs after which "up" and "down" still tell a change: of being ("were down 3,000") or of a price's or a count's
# move ("closed down 6.5%", "edged up 3 euro cents").
_MOVES_UP_OR_DOWN = frozenset("closed ended finished opened traded trading edged ticked inched moved crept been "
                              "went go goes going gone is are was were".split())
# Verbs not ending in -ed or -ing that take "up" or "down" as part of themselves.
_VERBS_WITH_PARTICLES = frozenset("set sets put puts shut shuts cut cuts make makes made take takes took taken "
                                  "give gives gave given come comes came bring brings brought keep keeps kept "
                                  "break breaks broke broken run runs ran stand stands stood write writes wrote "
                                  "written sign signs free frees snap snaps carry carries hold holds shore lock "
                                  "cough pick picks use uses turn turns touch line lines rack racks clock top tops "
                                  "round dig scoop pour haul fill fills sum sums build builds built tear tore torn "
                                  "shot shoot shoots pull pulls".split())


def is_passive_participle(word):
    """Whether a lowercased word before "by" makes what follows the doer of a passive ("staffed by 850
    volunteers", "attended by about 300 members") rather than the size of a change ("fallen by 9%", "widened
    by", "overpaid by", "delayed by three days")."""
    if word in _IRREGULAR_PASSIVES:
        return True
    return word.endswith("ed") and not word.endswith("ened") and not word.startswith(("over", "under", "out")) \
        and word not in UP_WORDS and word not in DOWN_WORDS and word not in _SIZED_BY


def is_particle_of_a_verb(previous, particle):
    """Whether "up" or "down" before a number belongs to the verb before it ("set up 300 camp beds", "made up 30
    per cent", "shut down 14 feeders", "stood down about 150 crew") rather than telling a change ("up 12%",
    "were down 3,000", "closed down 6.5%", "edged up 3 euro cents")."""
    if particle not in ("up", "down") or previous in _MOVES_UP_OR_DOWN:
        return False
    return previous.endswith(("ed", "ing")) or previous in _VERBS_WITH_PARTICLES


_PHONE_OR_DATE = re.compile(
    r"\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b\d{3}-\d{4}\b|\+\d{1,3}(?:[ -]\d{2,4}){2,4}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"|\b\d{1,3}(?:\.\d{1,3}){3}\b"
)


_DIGIT = AsciiTwin(re.compile(r"\d"))
# What every match of ``_PHONE_OR_DATE`` contains (a piece of each of its branches): a cheap test
# that spares the slow search most sentences, those whose only digit groups are decimals ("$2.75",
# "54.2%") or scores ("3-1").
# It opens with a character class (the lookbehinds tell its three kinds apart) so that ``re`` skips
# ahead in C to the parentheses, plus signs and digits (see patterns.py).
_MAYBE_CODE = AsciiTwin(re.compile(r"[)+\d](?:(?<=\))\s?\d|(?<=\+)\d|(?<=\d)(?:[-.]\d{3}[-.]\d|-\d{4}|/\d|-\d\d-\d"
                                   r"|:\d|\.\d{1,3}\.\d))"))
# A number word that stands as a word, in any case (see patterns.py).
_WORDY_NUMBER = AnyWord(NUMBER_WORDS | set(DENOMINATORS))


@dataclass(slots=True)
class FoundFigure:
    """A figure found in a sentence: offsets ``start``/``end`` are relative to the sentence."""

    start: int
    end: int
    figure: Figure
    confidence: float = 0.8
    # token indices: where the figure's words start (its qualifier or sign included), where they
    # end, and where its counted noun ends
    first_index: int = 0
    after_index: int = 0
    noun_end: int = 0
    # a range read in one go ("90 to 120 days", "$40-45 million"): where its first number's words end and
    # where its second number starts; _parse makes each end a figure of its own
    split: tuple | None = None


def _norm(token: str) -> str:
    lower = token.lower()
    return lower.replace("’", "'") if "’" in lower else lower


def _lowered(sentence: str, tokens) -> list[str]:
    """The tokens in lower case, with ``’`` read as ``'``.

    Lower-casing is one character at a time except for a capital sigma, which becomes ``ς`` or
    ``σ`` depending on the letters around it: without one, each token is lowered alone, by a memo
    (one C-level ``map``; a word seen before comes back as the same string, whose hash the tables
    the parser looks it up in have already computed); with one, the tokens are cut from the lowered
    sentence, so that the letters beyond a token still decide."""
    if "Σ" not in sentence:
        return list(map(_NORMED.__getitem__, tokens))
    low_sentence = sentence.lower().replace("’", "'")
    if len(low_sentence) == len(sentence):
        return [low_sentence[start:end] for _, start, end in tokenize(sentence)]
    return [_norm(t) for t in tokens]  # a few characters change length when lower-cased (e.g. "İ")


def singular(word: str) -> str:
    """The singular of an English plural noun, by rule (``satellites`` -> ``satellite``); units of
    measure keep the article's spelling (``metres`` -> ``metre``; see ``unit_spellings``)."""
    return _SINGULARS[word.lower()]


def _singular(lower: str) -> str:
    """``singular`` of a word in lower case."""
    if lower in UNIT_ALIASES:
        return UNIT_ALIASES[lower]
    if lower in _PLURALS_IN_VES:
        return _PLURALS_IN_VES[lower]
    if lower.endswith("men") and len(lower) > 5 and lower not in _NOUNS_IN_MEN:
        return lower[:-3] + "man"  # "fishermen", "crewmen", "firemen"
    if lower in INVARIANT_NOUNS or not _is_plural_form(lower):
        return lower
    if lower.endswith("uses") and lower[:-2] in _NOUNS_IN_US:
        return lower[:-2]  # "campuses", "viruses"
    if lower.endswith("ies") and len(lower) > 4:
        if lower in _NOUNS_IN_IE or lower.endswith("calories"):
            return lower[:-1]  # "movies", "gigacalories"
        return lower[:-3] + "y"
    if lower.endswith(("ches", "shes", "xes", "sses", "zzes", "tzes")) or lower in _PLURALS_IN_OES:
        return lower[:-2]  # ("buzzes", "waltzes"; but "blazes", "prizes" and "sizes" end in -ze)
    return lower[:-1]


# Plurals in -oes of nouns in -o ("cargoes", "tomatoes"); most nouns in -oes are in -oe ("shoes", "canoes").
_PLURALS_IN_OES = frozenset({"cargoes", "tomatoes", "potatoes", "volcanoes", "heroes", "torpedoes", "mangoes",
                             "vetoes", "echoes", "tornadoes", "embargoes", "mosquitoes"})


# Nouns in -us whose plural adds -es ("campuses"); most words in -uses drop only the -s ("houses", "causes").
_NOUNS_IN_US = frozenset({"campus", "virus", "bonus", "census", "status", "focus", "genius", "corpus",
                          "prospectus", "stimulus", "syllabus", "bus", "octopus", "apparatus", "consensus",
                          "nexus", "surplus", "fetus", "circus", "walrus", "sinus", "chorus", "thesaurus"})
# Nouns in -ie, whose plural in -ies is no plural of a noun in -y.
_NOUNS_IN_IE = frozenset({"movies", "cookies", "rookies", "zombies", "sorties", "goalies", "brownies", "prairies",
                          "selfies", "freebies", "hippies", "aunties", "bookies", "junkies", "smoothies", "veggies",
                          "birdies", "budgies", "genies", "newbies", "yuppies", "hoodies", "foodies", "groupies"})
# Singular nouns in -men, which are not plurals of "-man".
_NOUNS_IN_MEN = frozenset({"specimen", "regimen", "abdomen", "acumen", "albumen", "hymen"})
# Plurals in -ves of nouns in -f or -fe ("claimed three lives"); most nouns in -ves drop the -s ("valves").
_PLURALS_IN_VES = {"lives": "life", "wives": "wife", "knives": "knife", "thieves": "thief", "shelves": "shelf",
                   "wolves": "wolf", "halves": "half", "leaves": "leaf", "loaves": "loaf", "calves": "calf"}


def _is_plural_form(lower: str) -> bool:
    """A word with a plural's ending: ``-s``, but not ``-ss``, ``-us`` or ``-is`` ("business", "bonus")."""
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


_BRITISH_ENDING = re.compile(r"(met|lit)re\b")
_US_ENDING = re.compile(r"(met|lit)er\b")


@functools.lru_cache(maxsize=4096)
def unit_spellings(unit: str) -> frozenset:
    """Every way of writing a unit: both spellings of the metric units and their symbols ("cubic metre",
    "cubic meter", "m3", "m³"; "mg/L" and "milligram per liter"). A figure's unit is written as its article
    gives it, and a search or a comparison for one spelling finds the others."""
    numerator, slash, denominator = unit.partition("/")
    if slash and denominator.lower() in _SLASH_DENOMINATORS:  # "mg/L": "milligram per liter"
        unit = f"{unit_name(numerator)} per {_SLASH_DENOMINATORS[denominator.lower()]}"
    if unit in UNIT_SYMBOLS:
        unit = UNIT_SYMBOLS[unit]
    ways = [_word_spellings(word) for word in unit.split(" ")]
    spellings = {" ".join(words) for words in product(*ways)}
    us = _BRITISH_ENDING.sub(r"\1er", unit)
    counted, per, rest = us.partition(" per ")
    if per and counted in _SYMBOLS_OF and rest in _SLASH_SYMBOLS:
        spellings.update(f"{symbol}/{_SLASH_SYMBOLS[rest]}" for symbol in _SYMBOLS_OF[counted])
    return frozenset(spellings | _SYMBOLS_OF.get(us, set()))


def _word_spellings(word):
    """One word of a unit in both spellings and by its symbols ("metre", "meter"; "kilogram", "kg")."""
    us = _BRITISH_ENDING.sub(r"\1er", unit_name(word))
    return {word, us, _US_ENDING.sub(r"\1re", us)} | _SYMBOLS_OF.get(us, set())


# Units of measure, in both spellings ("a 1,240-metre viaduct" is measured as "1,240 meters" is).
MEASURE_UNITS = frozenset(spelling for unit in UNIT_ALIASES.values() for spelling in unit_spellings(unit)) \
    - {"person", "child", "man", "woman", "data"}


def _after_a_vote(lowered, i) -> bool:
    """Whether the number at ``i`` opens a vote's tally: "voted 11 to 4", "a vote of 52 to 48"."""
    return i >= 1 and (lowered[i - 1] in ("voted", "votes") or lowered[i - 1] == "of" and i >= 2
                       and lowered[i - 2] in ("vote", "margin"))


def _looks_like_verb(word: str) -> bool:
    """A lone word in -ed after a number is a verb ("203 recovered"), except a few nouns."""
    return len(word) > 4 and word.endswith("ed") and word not in ("speed", "breed", "steed", "seed")


class FigureParser:
    """Finds figures in one sentence; stateless, reusable. ``bare_numbers`` keeps numbers that count
    nothing (``three``, ``one``), for number-recognition suites; articles leave it off."""

    def __init__(self, bare_numbers: bool = False):
        self.bare_numbers = bare_numbers

    def parse(self, sentence: str) -> list[FoundFigure]:
        """All figures of ``sentence``, in order."""
        return self.parse_with_tokens(sentence)[0]

    def parse_with_tokens(self, sentence: str):
        """``(figures, tokens)``: the tokens are reused by ``subject_context``."""
        return self._parse(sentence)[:2]

    def _parse(self, sentence: str):
        """``(figures, tokens, lowered tokens)``."""
        has_digit = _DIGIT[sentence.isascii()].search(sentence) is not None
        if not has_digit and not _WORDY_NUMBER.in_text(sentence) and not _has_qualified_measure(sentence):
            return [], None, None  # nothing that can start a figure: skip tokenising
        pieces = token_pieces(sentence)
        tokens, gaps = pieces[1::2], pieces[0::2]  # gaps[k]: the whitespace before tokens[k]
        if not tokens:
            return [], tokens, []
        masked = None  # tokens inside a phone number, a date or a time
        if has_digit and _MAYBE_CODE[sentence.isascii()].search(sentence):
            spans = [(m.start(), m.end()) for m in _PHONE_OR_DATE.finditer(sentence)]
            if spans:
                masked = [False] * len(tokens)
                k = 0
                for index, (_, start, end) in enumerate(tokenize(sentence)):  # (rare: offsets wanted)
                    while k < len(spans) and spans[k][1] <= start:
                        k += 1
                    if k < len(spans) and spans[k][0] < end and start < spans[k][1]:
                        masked[index] = True
        found: list[FoundFigure] = []
        lowered = _lowered(sentence, tokens)
        n = len(tokens)
        candidates = list(compress(count(), map(_CAN_START.__getitem__, lowered)))
        free_from = 0  # tokens before this belong to a figure already found
        for i in candidates:
            if i < free_from or masked is not None and masked[i]:
                continue
            word = lowered[i]
            if (word == "a" or word == "an") and (i + 1 == n or lowered[i + 1] not in _AFTER_ARTICLE):
                continue  # the common case: an article before anything but "half", "dozen", "million", "$"
            item = self._figure_at(tokens, gaps, lowered, i)
            if item is None:
                continue
            figure_item, next_index = item
            found.append(figure_item)
            if figure_item.split is not None:
                found.append(_high_end(figure_item))
            free_from = max(next_index, i + 1)
        if len(found) > 1:
            found = _compound_durations(lowered, found)
        _place(sentence, pieces, found)
        if len(found) > 1:
            self._link(sentence, tokens, lowered, found)
        elif found:
            self._role(lowered, found[0])
        _units_named_elsewhere(tokens, gaps, lowered, found)
        return found, tokens, lowered

    # -- one figure ----------------------------------------------------------------------------

    def _figure_at(self, tokens, gaps, lowered, i):
        """The figure whose words start at token ``i``, found by token index (``_place`` gives it its
        offsets), and the index after it; or None."""
        n = len(tokens)
        start_index = i
        currency = None
        letter_sign = False
        word = lowered[i]
        # currency before the number: "$", "US$", "USD", "€"
        if word in CURRENCY_SYMBOLS and i + 1 < n:
            currency = CURRENCY_SYMBOLS[word]
            i += 1
        elif word in DOLLAR_PREFIXES and i + 2 < n and tokens[i + 1] == "$" \
                and not gaps[i + 1] and tokens[i].isupper():
            currency = DOLLAR_PREFIXES[word]
            i += 2
        elif word in CURRENCY_CODES and tokens[i].isupper() and i + 1 < n \
                and parse_digits(tokens[i + 1]) is not None:
            currency = word.upper()
            i += 1
        elif tokens[i] in LETTER_SIGNS and i + 1 < n and (
                tokens[i + 1][0].isdigit() or tokens[i + 1] == "." and i + 2 < n and tokens[i + 2][0].isdigit()):
            currency = LETTER_SIGNS[tokens[i]]
            i += 2 if tokens[i + 1] == "." else 1
        elif (tokens[i] == "GH" and tokens[i + 1:i + 2] in (["¢"], ["₵"])
              or tokens[i] == "S" and tokens[i + 1:i + 2] == ["/"]) \
                and i + 2 < n and not gaps[i + 1] and (not gaps[i + 2] or tokens[i] == "S") \
                and tokens[i + 2][:1].isdigit():
            # "GH¢18,000"; Peru's sol, "S/150 million" read as the letter signs are ("S/5 paper" is none), and
            # "S/ 780" always: only the sol's sign is set apart from its number
            currency, letter_sign = ("GHS", False) if tokens[i] == "GH" else ("PEN", not gaps[i + 2])
            i += 2
        elif tokens[i] in _SINGLE_LETTER_SIGNS and i + 1 < n and not gaps[i + 1] and tokens[i + 1][0].isdigit() \
                and (i == 0 or gaps[i] or tokens[i - 1] in _OPENING_MARKS):
            # "R340 million", "N14.2 billion": the sign, if a scale, digit groups or cents follow
            currency, letter_sign = _SINGLE_LETTER_SIGNS[tokens[i]], True
            i += 1
        number = self._number_at(tokens, lowered, i, gaps)
        word_with_unit = None
        if number is None:
            word_with_unit = _measure_in_words(lowered, i) if currency is None else None
            if word_with_unit is None:
                return None
            number = (word_with_unit[0], word_with_unit[2], True)  # "a two-day strike", "a day and a half"
        value, after, is_words = number
        if currency is None and start_index != i:
            return None
        first_number_index = i
        grouped = not is_words and after - i > 1  # digit groups set apart by spaces: "R5 000"
        fraction = None  # a share of a whole written as a fraction: "a third", "1/4", "one in five"
        if is_words and 0 < value < 1 and word_with_unit is None:
            fraction = value
        elif not is_words:
            digit_fraction = _digit_fraction(tokens, gaps, lowered, after, value)
            if digit_fraction is not None:
                fraction, after = digit_fraction
                value = fraction
        share = _share_of_whole(tokens, lowered, after, value) \
            if currency is None and after < n and lowered[after] in ("in", "out") else None
        if share is not None:
            value, after = share[0] * 100, share[1]  # a percentage whatever follows: "one in five adults"
        sign_index = _sign_before(gaps, lowered, start_index)
        if sign_index is not None:
            value = -value
        # a scale named before the number ("magnitude 6.4", "a Category 4 hurricane", "alert level 3"):
        # a rating, not an identifier, so the identifier rules below do not apply
        scale_unit = None
        if currency is None and sign_index is None and start_index >= 1 \
                and lowered[start_index - 1] in SCALE_BEFORE and 0 < value < 100 and "," not in tokens[i] \
                and (after >= n or lowered[after] not in _NOT_AFTER_SCALE):
            scale_unit = SCALE_BEFORE[lowered[start_index - 1]]
        # skip things that are not quantities (a measure written in words or a share is one)
        elif word_with_unit is None and share is None and self._not_a_quantity(
                tokens, gaps, lowered, first_number_index, after, value, currency, is_words):
            return None
        scale_end = after
        value, after = self._scale(tokens, gaps, lowered, value, after, currency)
        if after == scale_end and _hyphen_joins(tokens, gaps, lowered, after):
            scale_word, _, money_word = lowered[after + 1].partition("-")
            if lowered[after + 1] in SCALES:
                value, after = value * SCALES[lowered[after + 1]], after + 2  # "a $5-million grant"
            elif currency is None and scale_word in SCALES and money_word in CURRENCY_WORDS:
                # "the 450-billion-yen overhaul", "a 5-million-euro fund"
                value, currency, after = value * SCALES[scale_word], CURRENCY_WORDS[money_word], after + 2
        elif after == scale_end and after < n and "-" in lowered[after]:
            scale_word, _, money_word = lowered[after].partition("-")
            # "the 120m-dinar credit line", "an 18.4 billion-peso contract" ("a $1.2 billion-dollar plan" says
            # its currency twice)
            scales = SCALES if gaps[after] else SHORT_SCALES
            if scale_word in scales and money_word in CURRENCY_WORDS \
                    and (currency is None or currency == CURRENCY_WORDS[money_word]):
                value, currency, after = value * scales[scale_word], CURRENCY_WORDS[money_word], after + 1
        if letter_sign and after == scale_end and not grouped \
                and not _SIGNED_AMOUNT.search(tokens[first_number_index]) \
                and not _PRICE_OF_EACH.match(" ".join(lowered[after:after + 3])) \
                and not _told_as_money(tokens, lowered, gaps, start_index, after):
            return None  # "R40" alone is as likely a road or a model as an amount of rand ("ZAR 40" is money)
        plus = after + 1 < n and lowered[after] == "-" and lowered[after + 1] == "plus" and not gaps[after + 1]
        if plus:
            after += 2  # "800-plus shops": more than 800
        else:  # "40-odd people", "forty-odd million euros": somewhat more than 40 (``_number_at`` read past "-odd")
            plus = lowered[first_number_index].endswith("-odd") or _odd_joined(lowered, gaps, first_number_index + 1)
        # a bound or a hedge told after the number: "20 or more employees", "300 or so workers"
        told_after = _QUALIFIER_AFTER.get(tuple(lowered[after:after + 2])) \
            if not plus and after < n and lowered[after] == "or" else None
        if told_after:
            after += 2
        unit = currency
        percent = share is not None
        low = high = None
        qualifier = None
        # ranges written with a hyphen or "to": "3-5%", "$40-45 million", "40 to 45"
        range_high = range_split = None
        if after + 1 < n and lowered[after] in _RANGE_WORDS and (not is_words or lowered[after] == "to"):
            second = self._number_at(tokens, lowered, after + 1)
            # digits to digits, or words to words: "two to five years"; or a number below ten, which news spells
            # out, to digits: "nine to 12 months"
            if second is not None and (second[2] == is_words or is_words and not second[2] and value in _SPELLED_OUT)\
                    and (lowered[after] != "to" or currency is None):
                second_value, second_after, _ = second
                second_value, second_after_scaled = self._scale(tokens, gaps, lowered, second_value, second_after,
                                                                currency)
                # "$40-45 million": the second number's scale is the first's too, but only in a range; "climbed
                # by 68,000 to 1.72 million" and "from 900 to 1.3 million users" keep their first number as written
                scaled = value
                if second_after_scaled != second_after and scale_end == after:
                    scaled = value * (second_value / second[0] if second[0] else 1)
                if lowered[after] == "to" and start_index >= 1 and lowered[start_index - 1] == "from":
                    # "grew from 12 to 40 million users": a change, two figures that _link pairs; the first takes
                    # the second's scale where that makes a plausible pair ("from 900 to 1.3 million" stays 900)
                    if scaled != value and value < 1000 and second_value > 0 and 0.01 <= scaled / second_value <= 100:
                        value = scaled
                elif lowered[after] in ("-", "–") or self._unit_follows(lowered, second_after_scaled):
                    if second_value >= scaled:
                        value, range_high = scaled, second_value
                        range_split = (after, after + 1)
                        after = second_after_scaled
        # money words after the number
        following = lowered[after] if after < n else ""
        named = _currency_named_with_its_country(lowered, after) \
            if unit is None and following in _CURRENCY_ADJECTIVE_FIRST_WORDS else None
        if unit is None and following in _CENTS_OF and lowered[after + 1:after + 2] in (["cent"], ["cents"]):
            unit = _CENTS_OF[following]  # "19.8 US cents a pound", "40 euro cents"
            value /= 100
            after += 2
        elif following in CURRENCY_WORDS and unit is None:
            unit = CURRENCY_WORDS[following]
            after += 1
        elif named is not None:
            unit, after = named  # "1.1 billion Swiss francs", "5,000 Egyptian pounds"
        elif unit is None and (following in CENT_WORDS or following == "p" and not gaps[after]
                               and lowered[after + 1:after + 2] != ["."]  # "8.4p a share"; not "8p.m."
                               or following in MINOR_CURRENCY_WORDS and tokens[after].islower()):
            # hundredths of a currency: "25 cents", "8.4p", "70 centavos" (not "52 Sen. Ortiz")
            unit = MINOR_CURRENCY_WORDS[following][0] if following in MINOR_CURRENCY_WORDS \
                else "USD" if following not in ("pence", "p") else "GBP"
            value /= 100
            if range_high is not None:
                range_high /= 100
            after += 1
        elif following == "pounds" and after + 1 < n and lowered[after + 1] == "sterling":
            unit = "GBP"
            after += 2
        elif following == "pounds" and after > scale_end and lowered[after + 1:after + 2] != ["of"]:
            unit = "GBP"  # "it raised 3.2 million pounds" is money; "4.2 million pounds of food" a weight
            after += 1
        elif following in CURRENCY_CODES and tokens[after].isupper():
            unit = following.upper()
            after += 1
        # percent
        if unit is None and after < n:
            following = lowered[after]
            if following in ("%", "percent", "pct") or following == "pc" and not gaps[after]:
                percent = True  # "3pc" is the British business pages' "3%"
                after += 1
            elif following == "per" and after + 1 < n and lowered[after + 1] == "cent":
                percent = True
                after += 2
            # "percentage points", unless a percent sign came first; "a quarter of a percentage point", "half a
            # percentage point"
            joined = 2 if fraction is not None and lowered[after:after + 2] == ["of", "a"] else \
                1 if fraction is not None and lowered[after:after + 1] == ["a"] else 0  # (the number may end it)
            if not percent and after + joined + 1 < n and lowered[after + joined] == "percentage" \
                    and lowered[after + joined + 1] in ("point", "points"):
                unit = "percentage point"
                after += joined + 2
        if percent:
            unit = "%"
        counted = None
        noun_end = after
        compound = _hyphen_unit(tokens, gaps, lowered, after) if unit is None and range_high is None else None
        if word_with_unit is not None:
            compound, after = word_with_unit[1], after - 2  # the unit is in the number's own words
        if compound == _AGE:
            return None  # "a 10-year-old boy": an age, not a quantity anyone reports
        if compound == "strong":  # "its 1,150-strong workforce", "a 28-strong emergency crew": the group's members
            group = lowered[after + 2] if after + 2 < n else ""
            compound = "person" if _PEOPLE_GROUPS.intersection(lowered[after + 2:after + 5]) \
                else singular(group) if group.isalpha() else compound  # "a 40-strong fleet"
        if compound is not None:
            # "a 12-week trial", "its 460-person workforce", "an 850,000-square-foot plant": the unit is
            # joined to the number, and the noun after it is what is measured
            unit, after = compound, after + 2
            counted, noun_end, _ = self._counted_noun(tokens, gaps, lowered, after, value)
            if counted is None:
                noun_end = after
        elif unit is None:
            noun_from = after
            if scale_unit is None and after < n:
                # the scale after the number: "6.4 magnitude", "6.4-magnitude", "6.4 on the Richter scale"
                k = after + 1 if lowered[after] in ("-", "–") and after + 1 < n \
                    and not gaps[after] and not gaps[after + 1] else after
                if lowered[k] in SCALE_AFTER:
                    scale_unit, noun_from = SCALE_AFTER[lowered[k]], k + 1
                elif lowered[after:after + 3] == ["on", "the", "richter"]:
                    scale_unit = "magnitude"
            counted, noun_end, unit = self._counted_noun(tokens, gaps, lowered, noun_from, value)
            if unit == "__skip__":
                return None
            if unit and "-" in unit and unit.split("-", 1)[0] in _COMPOUND_SCALES:
                unit = _unit_of_compound(unit.split("-"))  # "a 2.5 million-tonne quota", scaled by ``_scale``
            if scale_unit is not None and unit not in MEASURE_UNITS and unit not in DURATIONS:
                unit = scale_unit  # the counted noun is the thing rated: "magnitude 6.4 earthquake"
            if noun_end == noun_from:
                noun_end = after
            if counted and 0 < value < 1 and lowered[first_number_index] in ("a", "an") \
                    and not self.bare_numbers:
                return None  # "a third term", "a half hour": an ordinal or a measure, not a fraction
            if unit is None and is_words and value < 10 and not counted and not self.bare_numbers \
                    and (value >= 1 or value <= 0) and not _counts_part_of_a_group(lowered, after) \
                    and not _is_a_reported_level(lowered, first_number_index) \
                    and _HARMING_VERBS.isdisjoint(lowered[max(0, start_index - 3):start_index]):
                return None  # a bare "three" with nothing counted is rarely a figure worth checking (but
                # "killing three" counts the dead)
        if fraction is not None and unit is None and not counted and not self.bare_numbers:
            # "roughly a third of the stores", "about two-thirds", "nearly four in ten shifts": a share,
            # told as a percentage ("a third" and "33%" say the same); number suites keep the number
            value, unit = fraction * 100, "%"
        # qualifier before the figure
        qualifier, qual_start = self._qualifier(lowered, start_index if sign_index is None else sign_index)
        if qualifier is not None and (unit in DURATIONS or unit in _SPANS_COUNTED) and (
                lowered[qual_start] in ("over", "just", "only", "some")
                or lowered[qual_start] == "under" and lowered[first_number_index + 1:first_number_index + 2] == ["-"]):
            qualifier, qual_start = None, None  # "over three years", "under 15-year contracts" (not "under 45 minutes")
        if word_with_unit is not None and word_with_unit[2] == first_number_index + 2 and qualifier is None:
            return None  # "a year" is a figure only after a qualifier: "more than a year", "about a mile"
        if range_high is not None:
            low, high = value, range_high  # the low end; the high end becomes a figure of its own (_parse)
            qualifier = "range"
        elif qualifier is None:
            qualifier = "more_than" if plus else told_after or "exact"
        if qualifier == "exact":
            low = high = value
        elif qualifier in ("at_least", "more_than"):
            low = value
        elif qualifier in ("at_most", "less_than"):
            high = value
        if sign_index is not None:
            start_index = sign_index  # the minus belongs to the figure's text
        # the subject is the counted noun for now, refined by figure_subject() once all figures are known
        figure = Figure(value, unit, qualifier, low, high, counted)  # its raw text: see _place
        confidence = 0.9 if (unit or currency) else 0.7
        if is_words:
            confidence -= 0.1
        first_index = qual_start if qual_start is not None else start_index
        return FoundFigure(0, 0, figure, confidence, first_index, after, noun_end, range_split), after

    @staticmethod
    def _number_at(tokens, lowered, i, gaps=None):
        """``(value, next_index, written_in_words)`` for a number at ``i`` or None. With the ``gaps`` between
        tokens, thousands grouped by single spaces are one number ("58 000 fans", "R1 200 000")."""
        if i >= len(tokens):
            return None
        token = tokens[i]
        value = parse_digits(token)
        if value is not None:
            # "1.5" tokenised whole; reject "1.2.3" style (already not matched by DIGITS)
            end = i + 1
            if gaps is not None and len(token) <= 3 and token.isdigit():
                while end < len(tokens) and gaps[end] == " " and len(tokens[end]) == 3 and tokens[end].isdigit():
                    value, end = value * 1000 + float(tokens[end]), end + 1
            fraction = fraction_after(lowered, end) if value.is_integer() else None
            if fraction is not None:
                value, end = value + fraction[0], fraction[1]  # "11 and a half hours"
            elif gaps is not None and _odd_joined(lowered, gaps, end):
                end += 2  # "40-odd people": the number told roughly
            return value, end, False
        if _DECIMAL_COMMA.fullmatch(token):
            # "R1,2-billion", "1,5 million": a comma no thousands take before a scale is a decimal comma
            scale_at = i + 2 if lowered[i + 1:i + 2] == ["-"] else i + 1
            # and so is one in a price, after its sign or before its money's word ("R$ 4,50", "3,20 euros")
            if lowered[scale_at:scale_at + 1] and lowered[scale_at] in _SCALES_AFTER_A_DECIMAL_COMMA \
                    or i and tokens[i - 1] in CURRENCY_SYMBOLS or lowered[i + 1:i + 2] \
                    and lowered[i + 1] in CURRENCY_WORDS:
                return float(token.replace(",", ".")), i + 1, False
        if lowered[i] in ("a", "an", "half") or lowered[i][:1].isalpha():
            words = parse_number_words(tokens, i)
            if words is not None:
                value, end = words
                return value, end, True
            if lowered[i].endswith("-odd"):  # "forty-odd million euros"
                words = parse_number_words([token.removesuffix("-odd")], 0)
                if words is not None:
                    return words[0], i + 1, True
        return None

    @staticmethod
    def _scale(tokens, gaps, lowered, value, after, currency):
        n = len(tokens)
        if after < n:
            word = lowered[after]
            if word in SCALES and word != "hundred" or (word == "hundred" and value < 100):
                return value * SCALES[word], after + 1
            if word in SHORT_SCALES:
                attached = not gaps[after]
                # "$175bn", "€3.2m", "5k"; a bare "m" after a number without money is metres, unless what is
                # counted follows ("5m tonnes", "1.4m kronor", "48m cubic metres")
                if word in ("m", "b", "t") and not currency:
                    if not (attached and (_counted_after_a_scale(lowered, after + 1)
                                          or _scaled_range_end_after(lowered, gaps, after + 1))):
                        return value, after
                if word == "k" and tokens[after] == "K" and not currency:
                    return value, after  # "32K" is as often kelvin or kilo-words as thousands
                if attached or word in ("bn", "mn", "mln", "bln", "tn", "trn"):
                    return value * SHORT_SCALES[word], after + 1
            if word == "mt" and tokens[after] == "Mt" and not currency:
                return value * 1_000_000, after  # "a 3.2Mt/yr operation", "1.2 Mt": megatonnes, in tonnes
            if currency and "-" in word and not gaps[after]:
                head = word.split("-", 1)[0]  # "$4.2bn-revenue system", "a $5m-a-year fund"
                if head in SHORT_SCALES:
                    return value * SHORT_SCALES[head], after + 1
            joined = after + 1 if word == "-" and not gaps[after] and after + 1 < n and not gaps[after + 1] else after
            head, _, rest = lowered[joined].partition("-")
            if rest and head in _COMPOUND_SCALES and rest.split("-", 1)[0] not in CURRENCY_WORDS:
                # "a 2.5 million-tonne quota", "a 40-million-cubic-foot balloon": the scale leads the compound
                # whose unit follows it, read as a compound's (``_unit_of_compound``); money so joined ("a
                # 48-million-baht fund") is read as money
                return value * SCALES[head], after
        return value, after

    @staticmethod
    def _unit_follows(lowered, index):
        if index >= len(lowered):
            return False
        word = lowered[index]
        return word in ("%", "percent", "per", "percentage") or word in SCALES or word in CURRENCY_WORDS \
            or (word.isalpha() and word.endswith("s") and (word not in STOPWORDS or word[:-1] in DURATIONS)) \
            or word in UNIT_ALIASES and word != "in"  # "1,200 to 1,500 feet", "two to five years"

    def _not_a_quantity(self, tokens, gaps, lowered, i, after, value, currency, is_words):
        n = len(tokens)
        token = tokens[i]
        prev = lowered[i - 1] if i >= 1 else ""
        prev2 = lowered[i - 2] if i >= 2 else ""
        nxt = lowered[after] if after < n else ""
        # the token after the number touches it (a number in digits is one token, and ``after`` is
        # past a fraction's "/4" when there is one)
        attached_next = after == i + 1 and after < n and not gaps[after]
        if is_words:
            if value == 1 and not self.bare_numbers and not (nxt in _UNIT_NOUNS and nxt not in _IDIOMS_WITH_ONE) \
                    and not _one_harmed(lowered, i, after):
                return True  # "one vendor", "one of them": rarely a figure anyone would check ("one year" is,
                # and so is "one death", "killing one miner")
            if lowered[i] == "half" and prev in _ORDINALS:
                return True  # "the second half of the year": a period, not a share
            if lowered[i] == "one" and (nxt in ("of", "another", "day", "time", "way", "thing") or prev in
                                        ("no", "any", "every", "the", "this", "that", "which", "each", "someone")):
                return True
            if prev in ("the",) and lowered[i] in ("two", "three"):
                return False
            return False
        if currency:
            return False
        if token in ("2", "3") and prev in ("m", "km", "cm") and not gaps[i]:
            return True  # the power of an area's or a volume's unit: "3,400 m3"
        # ordinals and decades: "5th", "1990s", "a 19th-century opera house"
        if attached_next and (nxt in ORDINAL_SUFFIXES or nxt.split("-", 1)[0] in ORDINAL_SUFFIXES and "-" in nxt):
            return True
        # times: "6 p.m.", "6pm"
        if nxt in TIME_WORDS or (nxt in ("a", "p") and after + 1 < n and lowered[after + 1] == "."):
            return True
        # dates: "June 23", "23 June", "June 23, 2025"
        if prev in MONTHS or (prev == "." and prev2 in MONTHS) \
                or (nxt in MONTHS and value <= 31 and value == int(value)):
            return True
        if prev == "," and prev2.isdigit() and i >= 3 and lowered[i - 3] in MONTHS:
            return True
        # years
        if value == int(value) and 1800 <= value <= 2100 and "," not in token and "." not in token:
            if nxt not in ("%", "percent", "per") and nxt not in SCALES \
                    and (singular(nxt) not in _MEASURES_NO_YEAR_TAKES or prev in _BEFORE_A_YEAR):
                return True
        # identifiers: "No. 1", "Route 66", "Falcon 9", "F-35", "#1", "COVID-19"
        if prev == "#" or (prev == "." and prev2 in ("no", "nos")):
            return True
        if prev in IDENTIFIER_WORDS and i >= 1 and tokens[i - 1][:1].isupper():
            return True
        if prev in ("-", "–") and i >= 2 and tokens[i - 2][:1].isalpha() and not gaps[i - 1]:
            return True  # letter-hyphen-number model codes
        if i >= 1 and not gaps[i] and tokens[i - 1].isalpha() and tokens[i - 1].isupper() \
                and tokens[i - 1] not in _SINGLE_LETTER_SIGNS:
            return True  # capitals glued to a number name a thing: "PM2.5", "A617" (not "R95", maybe rand)
        if i >= 1 and tokens[i - 1][:1].isupper() and tokens[i - 1].isalpha() \
                and prev not in _QUALIFIER_WORDS and prev not in MONTHS and prev not in STOPWORDS \
                and "," not in token and "." not in token and nxt not in ("%", "percent") \
                and nxt not in SCALES and nxt not in CURRENCY_WORDS and not _given_to_a_name(tokens, lowered, i):
            if i >= 2 or not self._sentence_start_word(prev):
                return True  # a number right after a proper noun names a thing: "Falcon 9"
        if attached_next and nxt.isalpha() and nxt not in SHORT_SCALES and nxt not in UNIT_ALIASES \
                and nxt not in ("bn", "mn", "pct", "percent", "x") and len(nxt) <= 3 and nxt.isupper():
            return True
        # vote tallies and scores: "7-2", "3-1"
        if nxt in ("-", "–") and after + 1 < n and lowered[after + 1].isdecimal() and "," not in token:
            follow = lowered[after + 2] if after + 2 < n else ""
            if not self._unit_follows(lowered, after + 2) and follow not in SHORT_SCALES:
                if value < 100 and float(lowered[after + 1]) < 100:
                    return True
        if prev in ("-", "–") and i >= 2 and lowered[i - 2].isdecimal() and "," not in token:
            return True
        # "voted 11 to 4", "by a vote of 52 to 48": both numbers of the tally
        if nxt == "to" and after + 1 < n and lowered[after + 1].isdecimal() and _after_a_vote(lowered, i) \
                or prev == "to" and i >= 2 and lowered[i - 2].isdecimal() and _after_a_vote(lowered, i - 2):
            return True
        # an age set off after a name: "said Kayla Moostoos, 34, a second-year student", "said tricycle driver
        # Ronaldo Bernales, 39."
        if prev == "," and (nxt == "," or nxt == "." and after + 1 == n) and i >= 2 and tokens[i - 2][:1].isupper() \
                and tokens[i - 2].isalpha() and prev2 not in MONTHS and value < 120 and token.isdecimal():
            return True
        # digit groups that are codes: "1026.253.553"
        if after < n and nxt == "." and after + 1 < n and lowered[after + 1].isdigit() and attached_next:
            return True
        return False

    @staticmethod
    def _sentence_start_word(word):
        return word in _QUALIFIER_WORDS or word in STOPWORDS

    @staticmethod
    def _counted_noun(tokens, gaps, lowered, index, value):
        """``(counted words, end_index, unit)``: ``3,000 new homes`` -> ``("new homes", .., "home")``."""
        n = len(tokens)
        if index >= n:
            return None, index, None
        word = lowered[index]
        # "78 of a planned 3,000 satellites": the unit comes from the second figure; "Three of the
        # children", "520 of the plant's hourly employees": from the group the number is taken from
        if word == "of":
            k = index + 1
            if value >= 1 and k < n and lowered[k] in _GROUP_DETERMINERS:  # "half of the money" is a share
                k += 1
                if k < n and lowered[k].endswith(("'s", "'")):
                    if not (k + 1 < n and lowered[k + 1].isalpha()):
                        return None, index, None  # "41 of the state's 93 counties": the second figure's
                    k += 1
                if k < n and (lowered[k] in NUMBER_WORDS or lowered[k][:1].isdigit()):
                    return None, index, None  # "Six of the nine closed beaches": the second figure's
                if _stands_for_people(tokens, lowered, k):
                    return tokens[k], k + 1, "person"  # "Fourteen of the injured were taken to hospitals"
                counted, end, unit = FigureParser._counted_noun(tokens, gaps, lowered, k, value)
                if unit is not None and counted is not None:
                    return counted, end, unit
            return None, index, None
        if word in ("m", "km", "cm") and index + 1 < n and tokens[index + 1] in ("2", "3") and not gaps[index + 1]:
            return tokens[index], index + 2, word + tokens[index + 1]  # "3,400 m3", "12 km2": an area, a volume
        if word in UNIT_ALIASES and word not in ("in", "t", "m", "g", "l", "data") \
                and not (tokens[index] == "TB" and _plural_noun_at(tokens, lowered, index + 1)):  # "41,200 TB cases"
            unit, end = UNIT_ALIASES[word], index + 1
            if unit in ("square", "cubic") and end < n:  # "6 sq km", "40 sq ft", "174,000 cu m"
                length = UNIT_ALIASES.get(lowered[end]) or singular(lowered[end])
                if unit_name(length).replace("metre", "meter") in _LENGTHS:
                    unit, end = f"{word if length in UNIT_SYMBOLS else unit} {length}", end + 1
            unit, end = _unit_with_suffix(lowered, unit, end)
            return tokens[index], end, unit
        if word in ("m", "t", "g", "l") and not gaps[index]:
            return tokens[index], index + 1, UNIT_ALIASES[word]
        symbol, _, dimension = word.partition("-")
        if dimension in _DIMENSIONS and symbol in UNIT_ALIASES and not gaps[index]:
            return tokens[index], index + 1, UNIT_ALIASES[symbol]  # "a 6.2m-high wall", "a 3km-long tunnel"
        if _DEMONYM.fullmatch(tokens[index]):
            return tokens[index], index + 1, "person"  # "about 38 million Americans", "2,000 Britons"
        if tokens[index] in _DEMONYM_FIRST_WORDS and index + 1 < n and _DEMONYM.fullmatch(tokens[index + 1]):
            return tokens[index] + " " + tokens[index + 1], index + 2, "person"  # "about 150 South Africans"
        if word == "°":  # "44.7°C", "102 °F", "40°"
            scale = _DEGREE_SCALES.get(lowered[index + 1]) if index + 1 < n and not gaps[index + 1] else None
            return tokens[index], index + 2 if scale else index + 1, scale or "degree"
        if word in _DEGREE_SCALES and tokens[index].isupper() and (
                not gaps[index] or index + 1 == n or gaps[index + 1] or lowered[index + 1] in (".", ",", ";", ")")):
            return tokens[index], index + 1, _DEGREE_SCALES[word]  # "44.7C", "-5C", "about 190 C"
        if word == "parts" and lowered[index + 1:index + 2] == ["per"] and index + 2 < n \
                and lowered[index + 2] in _PARTS_PER:
            return None, index + 3, _PARTS_PER[lowered[index + 2]]  # "52 parts per billion"
        if word in ("died", "fled"):
            return tokens[index], index, "person"  # "seven died": those who die or flee are people
        if word in PEOPLE_BY_STATE and (index + 1 == n or not lowered[index + 1].isalpha()
                                        or lowered[index + 1] in STOPWORDS):
            return tokens[index], index + 1, "person"  # "7 dead and 12 injured", not "11 missing children"
        words = _noun_phrase(tokens, gaps, lowered, index)
        if not words or words[0][3] in _VERBS_ONLY \
                or len(words) == 2 and words[0][3].endswith("ed") and words[1][3].endswith("ing"):
            return None, index, None  # "40 receive benefits", "52 reported eating": a verb and what they did
        unit, j = _unit_of_phrase(tokens, lowered, words)
        if unit is None:
            return None, index, None
        text = words[0][2] if len(words) == 1 else " ".join(w[2] for w in words)
        return text, j, unit

    @staticmethod
    def _qualifier(lowered, index):
        """``(qualifier, start_index)`` of the words right before ``index``, or ``(None, None)``."""
        if index == 0:
            return None, None
        prev = lowered[index - 1]
        for words, qualifier in _QUALIFIER_INDEX.get(prev, []):
            k = len(words)
            if index - k >= 0 and tuple(lowered[index - k:index]) == words:
                if k == 1 and prev in _PLACE_WORDS \
                        and any(w in _PLACING_VERBS for w in lowered[max(0, index - 4):index - 1]):
                    return None, None  # "buried Millbrook under 22 inches of snow": where, not how many
                return qualifier, index - k
        return None, None

    # -- pairs: parts of totals, changes, "between X and Y" ------------------------------------

    def _link(self, sentence, tokens, lowered, found):
        merged = []
        for position, (left, right) in enumerate(zip(found, found[1:])):
            gap = lowered[left.after_index:right.first_index]
            gap_set = set(gap)
            # "between 40 and 45"
            if gap == ["and"] and left.first_index >= 1 and lowered[left.first_index - 1] == "between" \
                    and not left.figure.linked:
                merged.append((left, right))
                continue
            # "78 of a planned 3,000 satellites", "78 of the 3,000", "41 of the state's 93 counties"
            if gap and gap[0] == "of" and len(gap) <= 4 and all(word in _PARTITIVE_GAP or _is_possessive(word)
                                                                for word in gap):
                if left.figure.unit is None:
                    left.figure.unit = right.figure.unit
                    left.figure.subject = right.figure.subject
                left.figure.role = "part"
                planned = gap_set & PLAN_WORDS
                right.figure.role = "target" if planned else "total"
                left.figure.linked, right.figure.linked = right.figure.raw, left.figure.raw
                continue
            # "from $900 million to $13 billion"
            if gap == ["to"] and left.first_index >= 1 and lowered[left.first_index - 1] == "from":
                self._change_pair(left, right, "from", "to")
                continue
            # "to $13 billion, up from $900 million", "1.1 million riders ..., down from 1.4 million",
            # "48 turbines, down from the 62"
            if gap[-2:] == ["from", "the"]:
                gap = gap[:-1]
            if gap and gap[-1] == "from" and (len(gap) <= 4 and left.first_index >= 1
                                              and lowered[left.first_index - 1] == "to"
                                              or len(gap) <= 10 and gap_set & {"up", "down"}):
                if _may_have_moved_from(left, right):
                    self._change_pair(left, right, "to", "from")
                elif position and not found[position - 1].figure.linked \
                        and found[position - 1].figure.unit in (None, right.figure.unit) \
                        and _of_one_order(found[position - 1].figure.value, right.figure.value):
                    # "38.2 million 90-kilogram bags, down from 44 million bags": the level before the measure
                    self._change_pair(found[position - 1], right, "to", "from")
                continue
        for left, right in merged:
            # "between 40 and 45 homes": two figures, the ends of one range
            lf, rf = left.figure, right.figure
            scale = _scale_word_in(lowered, right) if lf.value < 1000 and not _scale_word_in(lowered, left) else None
            if scale and lf.value * scale <= rf.value:
                lf.value *= scale  # "between 3 and 4 million": both in millions
            elif lf.unit is None and is_money(rf.unit) and lowered[right.after_index - 1] in _HUNDREDTHS_WORDS:
                lf.value /= 100  # "between 71 and 74 centimes": both in hundredths
            low, high = min(lf.value, rf.value), max(lf.value, rf.value)
            lf.unit = lf.unit or rf.unit
            lf.subject = rf.subject or lf.subject
            for end in (lf, rf):
                end.low, end.high, end.qualifier = low, high, "range"
        for item in found:
            self._role(lowered, item)

    @staticmethod
    def _role(lowered, item):
        """The role a figure's two preceding words give it (``planned 300``, ``rose 5%``, ``by 5%``)."""
        if item.figure.role is None:
            before = lowered[max(0, item.first_index - 2):item.first_index]
            if not before:
                return
            if not PLAN_WORDS.isdisjoint(before):
                item.figure.role = "target"
            elif not _CHANGE_WORDS.isdisjoint(before) and item.figure.unit in ("%", "percentage point") \
                    and not (len(before) > 1 and is_particle_of_a_verb(*before[-2:])):
                item.figure.role = "change"
            elif before[-1] == "by" and not (len(before) > 1 and is_passive_participle(before[-2])):
                item.figure.role = "change"
            elif item.figure.unit in ("%", "percentage point") and before[-1] in ("a", "an") \
                    and _change_noun_follows(lowered, item.after_index):
                item.figure.role = "change"  # "a 21% increase", "a 17.9 percent average rates increase"

    @staticmethod
    def _change_pair(a, b, role_a, role_b):
        fa, fb = a.figure, b.figure
        if fa.unit is None:
            fa.unit = fb.unit
        if fb.unit is None:
            fb.unit = fa.unit
        fa.role, fb.role = role_a, role_b
        fa.linked, fb.linked = fb.raw, fa.raw


def _may_have_moved_from(level, earlier):
    """Whether ``earlier`` can be where ``level`` moved from. A measure joined to its noun ("a 7.5-tonne weight
    limit, down from the 44 tonnes") is such a level only in its own unit, or, for a count whose noun is
    left out, at its own order of magnitude: "the new 65-decibel noise contour, up from about 1,150" counts
    residents, "38.2 million 90-kilogram bags, down from 44 million bags" bags."""
    if not _NUMBER_JOINED_TO_A_WORD.search(level.figure.raw):
        return True
    if earlier.figure.unit is not None:
        return earlier.figure.unit == level.figure.unit
    return _of_one_order(level.figure.value, earlier.figure.value)


_NUMBER_JOINED_TO_A_WORD = re.compile(r"\d-[a-z]")


def _change_noun_follows(lowered, index) -> bool:
    """Whether a change noun ("increase", "drop") comes at ``index`` or after up to two words that describe
    it ("average rates increase"), with no function word between."""
    for word in lowered[index:index + 3]:
        if word in _CHANGE_NOUNS:
            return True
        if not word.isalpha() or word in STOPWORDS:
            return False
    return False


# Words between a part and the group it is taken from: "78 of a planned 3,000", "14 of its 38 buildings".
_PARTITIVE_GAP = frozenset({"of", "a", "an", "the", "total", "its", "their", "his", "her", "our", "this", "these",
                            "those"}) | PLAN_WORDS


def _is_possessive(word) -> bool:
    """"state's", or the "'" after a plural ("workers' 2,000"): who owns the group a part is taken from."""
    return word.endswith("'s") or word == "'"


def _is_a_reported_level(lowered, index) -> bool:
    """The number at ``index`` is what a count rose or fell to: "the death toll has risen to nine",
    "stood at three", "bringing the toll to four" (a figure even as a small number word)."""
    qualifier, qualifier_start = FigureParser._qualifier(lowered, index)  # "rose to about six"
    k = index if qualifier is None else qualifier_start
    return k > 0 and lowered[k - 1] in ("to", "at") \
        and any(word in _CHANGE_WORDS or word in _LEVEL_WORDS for word in lowered[max(0, k - 4):k - 1])


# Words before "to"/"at" that give the level a count stands at ("the toll to four", "stood at three").
_LEVEL_WORDS = frozenset({"toll", "total", "tally", "count", "stood", "stands", "reached", "risen", "climbed"})


def _given_to_a_name(tokens, lowered, index) -> bool:
    """The number at ``index`` follows a name that a verb of giving or costing has before it: "cost
    Northwind 70 million euros", "cost Lumenary Networks 42 satellites", "paid Finch 30 installments"
    (a quantity, where "Falcon 9" after "a" is a name)."""
    k = index
    while k > 0 and index - k < 4 and tokens[k - 1][:1].isupper() and tokens[k - 1].isalpha():
        k -= 1
    return k > 0 and lowered[k - 1] in _GIVING_VERBS


_GIVING_VERBS = frozenset("""cost costs costing paid pay pays paying gave give gives giving owe owes owed owing sent
    send sends offered offer offers awarded award awards handed charged fined""".split())


def _counts_part_of_a_group(lowered, after) -> bool:
    """The number before ``after`` counts members of a group named elsewhere: "three others", "four of
    them", "six of the injured" (a count even when written as a small number word)."""
    following = lowered[after:after + 2]
    return _refers_back_to_a_group(following) or following[:1] == ["of"] and following[1:2] != [] \
        and following[1] in _GROUP_DETERMINERS


def _refers_back_to_a_group(following) -> bool:
    """The two words after a number point back to a group named before it: "23 others", "340 of them"."""
    return following[:1] == ["others"] or following in (["of", "them"], ["of", "those"], ["of", "whom"])


def _units_named_elsewhere(tokens, gaps, lowered, found):
    """Units for counts whose noun is named elsewhere in the sentence, read only where the words say
    which: "the number of measles cases has risen to 19", "2,287 damaged homes, 340 of them destroyed",
    "killing two workers and injuring 23 others", "23 restaurants, including 15 in Ohio", "Of the 42
    workers underground, 33 reached the surface", "about 18,500 seats, roughly 1,200 fewer than", "by 1.9
    percentage points, versus 0.4 for placebo". A count with no such words keeps no unit."""
    own_units = [item.figure.unit for item in found]
    if len(found) < 2 and None not in own_units:
        return  # the commonest case: one figure, with its unit
    for position, item in enumerate(found):
        if item.figure.unit is not None:
            if position:
                item.figure.unit = _unit_in_full(lowered, found, position)
            continue
        kind = _ellipsis(lowered, found, position)
        if kind == "count":
            item.figure.unit = _earlier_unit(found, position, _counts_things)
        elif kind == "comparison":
            item.figure.unit = _compared_unit(found, position)
        elif kind == "difference":
            item.figure.unit = _earlier_unit(found, position, bool)
        if item.figure.unit is None:
            item.figure.unit = _unit_after_number_of(tokens, gaps, lowered, found, own_units, position) \
                or _unit_of_the_clause_subject(tokens, lowered, found, own_units, position) \
                or _unit_of_a_subject_that_moved(tokens, gaps, lowered, found, own_units, position) \
                or _unit_of_a_partitive(tokens, lowered, found, position) \
                or _unit_of_a_collective(lowered, item) or _unit_of_harm(lowered, item) \
                or _unit_after_a_measure(lowered, found, position) \
                or _unit_of_the_count_before(lowered, found, position) \
                or _unit_of_a_sample(lowered, found, position) \
                or _money_of_a_bare_scale(lowered, found, position)


# Groups named in the singular whose count is of their members: "14 crew" are 14 crew members, as "1,180 crew
# members" are.
_MEMBERS_OF_GROUP = {"crew": "crew member", "staff": "staff member"}
# Groups whose size counts people: "a town of about 31,000", "a workforce of roughly 14,000", "a crew of 14"
# (counted as "14 crew" are).
_COLLECTIVES = {"town": "person", "city": "person", "village": "person", "community": "person",
                **_MEMBERS_OF_GROUP}
# Sizes of a group that a clause may give in other words too: "the population grew to 612,480", "estimated
# the crowd at about 25,000", "Audiences peaked at 12.6 million", "weekday ridership of 28,000"; a venue's
# capacity counts its seats ("lift capacity from 31,200 to 36,000").
_GROUP_SIZES = {"population": "person", "crowd": "person", "attendance": "person", "audience": "viewer",
                "audiences": "viewer", "viewership": "viewer", "readership": "reader", "ridership": "rider",
                "turnout": "voter", "enrollment": "student", "enrolment": "student", "workforce": "employee",
                "headcount": "person", "membership": "member", "capacity": "seat", "seating": "seat"}
# The words that give a group's size right before the number.
_SIZE_WORDS = frozenset({"of", "at", "to", "from", "reached", "hit", "topped", "passed", "exceeded", "was", "is",
                         "stood", "numbered", "totaled", "totalled"})
# A venue's size given by its verb: "the arena will seat 18,500", "the rink seats 1,200".
_SEATING_VERBS = frozenset({"seat", "seats", "seating"})


def _unit_of_a_collective(lowered, item):
    """The unit a group's size counts when a figure that counts nothing itself follows "<group> of", or
    gives the size of a group its clause names ("the population grew to 612,480")."""
    first = item.first_index
    if first >= 1 and lowered[first - 1] in _SEATING_VERBS:
        return "seat"
    if first < 2 or lowered[first - 1] not in _SIZE_WORDS:
        return None
    if lowered[first - 1] == "of" and lowered[first - 2] in _COLLECTIVES:
        return _COLLECTIVES[lowered[first - 2]]
    for word in reversed(lowered[max(0, first - 7):first - 1]):
        if word in _CLAUSE_MARKS:
            break
        if word in _GROUP_SIZES:
            return _GROUP_SIZES[word]
    return None


# Verbs that count people harmed by what they name: "killing nine", "injuring 85", "the storm injured 12".
_HARMING_VERBS = frozenset({"killing", "killed", "injuring", "injured", "wounding", "wounded", "sickening",
                            "sickened", "hospitalizing", "hospitalising", "hospitalized", "hospitalised",
                            "displacing", "displaced", "stranding", "stranded"})


def _unit_after_a_measure(lowered, found, position):
    """The unit of a count followed by the size of what it counts ("38.2 million 90-kilogram bags", "12 40-foot
    containers"): the plural noun after the measure."""
    item = found[position]
    if position + 1 == len(found) or found[position + 1].first_index != item.after_index \
            or "-" not in lowered[item.after_index:found[position + 1].after_index]:
        return None
    after = found[position + 1].after_index
    return singular(lowered[after]) if after < len(lowered) and _PLURAL_NOUN_WORDS[lowered[after]] else None


def _unit_of_the_count_before(lowered, found, position):
    """The unit of a whole number that names no noun ("built for 640 inmates but held 1,180 on Sunday night",
    "recaptured six inmates by Monday, leaving 17 at large"): what the nearest count before it in the
    sentence counts, of the same order of magnitude; a count is of whole things."""
    item = found[position]
    following = lowered[item.after_index:item.after_index + 1]
    if following and following[0].isalpha() and following[0] not in _NOT_A_NOUN_AFTER \
            or not float(item.figure.value).is_integer() or not item.figure.value:
        return None
    for other in reversed(found[:position]):
        unit = other.figure.unit
        if _counts_things(unit) and unit != "time" and float(other.figure.value).is_integer() \
                and other.figure.value and _of_one_order(other.figure.value, item.figure.value):
            return unit
    return None


# Words after a number that start no noun of its own: "held 1,180 on Sunday night", "leaving 17 at large".
_NOT_A_NOUN_AFTER = frozenset({"on", "in", "at", "by", "as", "to", "from", "for", "and", "or", "but", "were", "was",
                               "are", "is", "had", "have", "has", "will", "would", "of"})


def _unit_of_harm(lowered, item):
    """The unit of a figure that counts nothing itself after a harming verb ("killing nine": people) or in
    a death toll ("the death toll rose to six", "the toll stood at three": deaths)."""
    first = item.first_index
    if first >= 1 and lowered[first - 1] in _HARMING_VERBS:
        return "person"
    for word in reversed(lowered[max(0, first - 15):first]):  # the clause before the figure
        if word in _CLAUSE_MARKS:
            break
        if word == "toll":  # "The death toll from Monday's collapse of the dam rose to six"
            return "death"
    return None


_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "(", ")"})


# Words after a count that point back to a group named before it.
_BACK_TO_A_GROUP = re.compile(r"\s+(?:of\s+(?:them|those|whom)|others)\b")


def carry_group_unit(sentence, found, earlier):
    """A count that opens its sentence pointing back to a group ("Eleven of them were hospitalized") counts
    what the last count of the sentence before (``earlier``, its figures) counted ("all 12 patients"); a count
    of more with no noun ("Prosecutors say they will call 41 more") what the nearest count of its order of
    magnitude before it did, in its sentence or the one before ("43 witnesses")."""
    if not found:
        return
    if earlier and found[0].figure.unit is None and _BACK_TO_A_GROUP.match(sentence, found[0].end):
        found[0].figure.unit = _earlier_unit(earlier, len(earlier), _counts_things)
    for position, item in enumerate(found):
        if item.figure.unit is None and _MORE_AFTER.match(sentence, item.end):
            value = item.figure.value
            before = [other for other in [*(earlier or []), *found[:position]]
                      if _counts_things(other.figure.unit) and _of_one_order(other.figure.value, value)]
            item.figure.unit = before[-1].figure.unit if before else None  # (not "120 million more" signatures)


# "more" right after a count that names no noun: "41 more", "12 more died".
_MORE_AFTER = re.compile(r"\s+more\b")


def _unit_of_a_sample(lowered, found, position):
    """The unit of a larger count earlier in the sentence, for a bare count that opens a clause of its own
    with its verb: "tested 50 barrels at random and found that 38 contained water", "inspected 120
    restaurants, and 14 were closed"; or None."""
    item = found[position]
    first, after = item.first_index, item.after_index
    if first < 1 or after >= len(lowered) or lowered[first - 1] not in _BEFORE_A_SAMPLE:
        return None
    verb = lowered[after]
    if verb not in _SAMPLE_VERBS and verb not in _VERBS_ONLY and verb not in _IRREGULAR_PAST \
            and not _looks_like_verb(verb):
        return None
    return next((other.figure.unit for other in reversed(found[:position])
                 if (_counts_things(other.figure.unit) or other.figure.unit in MEASURE_UNITS)
                 and other.figure.value > item.figure.value), None)  # (barrels are counted as well as measured)


# Words a count that opens a clause comes after, and verbs that open such a clause.
_BEFORE_A_SAMPLE = frozenset({"that", "and", ",", "but", "while", "whereas", ";"})
_SAMPLE_VERBS = frozenset({"were", "was", "had", "have", "are", "remain", "still", "now", "also", "could", "would",
                           "will", "did"})


def _earlier_unit(found, position, fits):
    """The unit of the nearest figure before ``position`` whose unit ``fits``, or None."""
    return next((other.figure.unit for other in reversed(found[:position]) if fits(other.figure.unit)), None)


def _money_of_a_bare_scale(lowered, found, position):
    """The currency of the nearest money before a bare scaled amount in its sentence, when they are of one
    order: "budgeted at 31 million koruna, ended at 48 million", "fined 94 million pesos; Mercado Oriental
    61 million", "charges of CHF 25 million to 30 million". A count in millions names its noun or goes
    unread ("a $3 billion budget for 1.2 million people")."""
    item = found[position]
    if _scale_word_in(lowered, item) is None:
        return None
    earlier = next((other for other in reversed(found[:position]) if other.figure.unit), None)
    if earlier is None or not is_money(earlier.figure.unit) \
            or not _of_one_order(earlier.figure.value, item.figure.value):
        return None
    return earlier.figure.unit


def _compared_unit(found, position):
    """The unit of the nearest figure before ``position`` that a comparison can be with: one of the same
    order of magnitude ("168,000 admissions, up 12 percent from last year's 150,000": admissions, not
    percent)."""
    value = found[position].figure.value
    return next((other.figure.unit for other in reversed(found[:position])
                 if other.figure.unit and _of_one_order(other.figure.value, value)), None)


def _of_one_order(value, other) -> bool:
    """Whether two values are within a factor of ten of each other (a zero counts as one)."""
    return 0.1 <= (abs(value) or 1.0) / (abs(other) or 1.0) <= 10


def _unit_in_full(lowered, found, position):
    """The unit of the figure at ``position``, or the fuller form of it an earlier figure it is compared
    with gave: "124 bushels an acre this year, a steep fall from last year's 178 bushels" (bushels an
    acre), "by 1.9 percentage points, compared with 0.4 points" (percentage points)."""
    item = found[position]
    unit = item.figure.unit
    for earlier in reversed(found[:position]):
        fuller = earlier.figure.unit
        if fuller and (fuller.startswith(unit + " per ") or fuller == "percentage " + unit) \
                and not _COMPARING.isdisjoint(lowered[earlier.after_index:item.first_index]):
            return fuller
    return unit


# Words that compare a figure with one before it.
_COMPARING = frozenset({"from", "than", "versus", "vs", "compared"})


def _ellipsis(lowered, found, position):
    """"count" when the figure at ``position`` counts things a figure before it named ("340 of them",
    "23 others", "including 15", "out of 28,400", "Of the 42 workers ..., 33"), "comparison" when it
    compares with one ("versus 0.4", "against 142,000 last year"), "difference" when it is the gap to one
    ("1,200 fewer than"), else None."""
    item = found[position]
    first, after = item.first_index, item.after_index
    before = lowered[max(0, first - 2):first]
    following = lowered[after:after + 2]
    if _refers_back_to_a_group(following) or before[-1:] == ["including"] or before == ["out", "of"]:
        return "count"
    if before[-1:] == [","] and lowered[:1] == ["of"] and found[0].first_index <= 3 and position > 0:
        return "count"  # "Of the 42 workers underground at the time, 33 reached the surface"
    if position > 0 and (_is_parallel_count(lowered, found[position - 1], item)
                         or _elided_before_its_verb(lowered, found[position - 1], item)):
        return "count"  # "Three people were killed and at least 47 injured", "killed 7 people and wounded 14"
    if following[:1] in (["fewer"], ["more"]) and following[1:] in ([], ["than"], [","], ["."]):
        return "difference"  # "about 18,500 seats, roughly 1,200 fewer than"
    if before[-1:] in (["versus"], ["vs"], ["against"]) or before in (["compared", "with"], ["compared", "to"]) \
            or before[-1:] and before[-1] in _LAST_PERIODS_OWN \
            and not _COMPARING_PERIOD.isdisjoint(lowered[max(0, first - 5):first - 1]):
        return "comparison"  # also "against 142,000 last year", "up 12 percent from last year's 150,000"
    if position > 0 and len(before) == 2 and before[0] in _CHANGE_WORDS and before[1] in ("from", "to") \
            and found[position - 1].figure.unit is not None:
        previous = found[position - 1]
        gap = lowered[max(previous.noun_end, previous.after_index):first]
        if len(gap) <= _CHANGE_REACH and gap[-3:-2] == [","] and _CLAUSE_JOINS.isdisjoint(gap):
            return "comparison"  # "2,600 students, up from about 1,000", "13,000 trips a day, rising to 21,000"
    return None


# A period's own figure, compared with a later one: "from last year's 150,000", "than the previous season's 88".
_LAST_PERIODS_OWN = frozenset(period + mark for period in ("year", "season", "month", "week", "quarter", "edition")
                              for mark in ("'s", "’s"))
_COMPARING_PERIOD = frozenset({"from", "than", "on", "with", "versus", "against"})
# How many words a change set off by a comma (", up from", ", rising to") may stand after the figure whose
# quantity it changes, in its clause ("and the workforce rose to 500" starts another).
_CHANGE_REACH = 12
_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", ";", "although", "though"})


def _is_parallel_count(lowered, previous, item) -> bool:
    """``item`` counts what ``previous`` counted, in a clause of the same kind joined by "and": the words
    between them are verbs and "and", and a verb that says what kind of count it is stands there or
    after ``item`` ("were killed and 47 injured", "killed seven people and wounded 14")."""
    gap = lowered[max(previous.noun_end, previous.after_index):item.first_index]
    if "and" not in gap or not all(word in _VERBAL_GAP or word.endswith(("ed", "ing")) or word in _IRREGULAR_PAST
                                   or word in COUNT_KIND_WORDS for word in gap):
        return False
    return any(word in COUNT_KIND_WORDS for word in gap + lowered[item.after_index:item.after_index + 1])


_VERBAL_GAP = frozenset({"and", ",", "were", "was", "are", "is", "had", "have", "has", "been", "being"})


def _elided_before_its_verb(lowered, previous, item) -> bool:
    """``item`` counts what ``previous`` counted when a clause joined by "and" opens with it and goes on with
    a verb, its noun left out: "Sixty-two runners were taken to hospitals and more than 1,100 were treated",
    "400 runners were treated on the course, officials said, and 38 were taken to hospitals"."""
    following = lowered[item.after_index:item.after_index + 1]
    if following not in (["were"], ["was"], ["had"], ["have"]):
        return False
    gap = lowered[max(previous.noun_end, previous.after_index):item.first_index]
    return gap[-1:] == ["and"] and len(gap) <= 12 and not any(word[:1].isdigit() for word in gap)


def _counts_things(unit) -> bool:
    """A unit that counts things or people ("worker", "home"), not money, a share, a measure or a time."""
    return bool(unit) and not is_money(unit) and unit not in ("%", "percentage point", "magnitude") \
        and unit not in MEASURE_UNITS and counted_head(unit) not in DURATIONS and " per " not in unit


def _unit_after_number_of(tokens, gaps, lowered, found, own_units, position):
    """The unit of the plural noun after the nearest "the number of" before the figure at ``position``
    ("The number of people hurt in the blast has risen to 27"), unless a figure with a count unit of
    its own (``own_units``, the units the figures' own words gave) stands between them; or None."""
    first = found[position].first_index
    for j in range(first - 2, 0, -1):
        if lowered[j] in ("number", "count") and lowered[j + 1] == "of" and lowered[j - 1] != "a":
            break
    else:
        return None
    if _count_between(found, own_units, j, first):
        return None
    words = _noun_phrase(tokens, gaps, lowered, j + 2)
    if not words or not _is_counted_noun(tokens, lowered, words[-1][0]):
        return None
    return _unit_of_phrase(tokens, lowered, words)[0]


def _count_between(found, own_units, start, stop) -> bool:
    """A figure with a count unit of its own (``own_units``: what the figures' own words gave) starts
    between tokens ``start`` and ``stop``: the sentence has gone on to count something else."""
    return any(start < other.first_index < stop and _counts_things(unit) for other, unit in zip(found, own_units))


def _unit_of_a_subject_that_moved(tokens, gaps, lowered, found, own_units, position):
    """The unit of the plural noun that opens the sentence when a verb of change follows it and the figure
    at ``position`` is what it moved to or from: "Homicides in Ridgeport fell 22% last year, to 61 from
    78", "Average weekday crossings fell to 109,500"; or None. Amounts that move (prices, rates,
    temperatures) are no count of things."""
    first = found[position].first_index
    if first < 2 or lowered[first - 1] not in ("to", "from"):
        return None
    start = _dateline_end(tokens) if tokens[0].isupper() else 0
    if start >= first:
        return None
    read = list(tokens)
    read[start] = read[start].lower()  # capitalised as every sentence's first word is
    words = _noun_phrase(read, gaps, lowered, start)
    if not words or not _is_counted_noun(read, lowered, words[-1][0]):
        return None
    subject_end = words[-1][1]
    verb = next((j for j in range(subject_end, min(subject_end + 5, first)) if lowered[j] in _CHANGE_WORDS), None)
    if verb is None or "," in lowered[subject_end:verb]:
        return None  # "Homicides in Ridgeport fell": a place may stand between, no clause
    if _count_between(found, own_units, start, first):
        return None
    unit = _unit_of_phrase(read, lowered, words)[0]
    return None if counted_head(unit) in _AMOUNTS_THAT_MOVE else unit


def _unit_of_the_clause_subject(tokens, lowered, found, own_units, position):
    """The unit of the plural noun a figure's own clause is about, when a verb of change or of level stands
    between them and the figure is where it got to: "said self-harm incidents at HMP Hollins Moor had risen
    31 per cent to 1,126", "Confirmed cases now stand at about 1,200", "while assaults on staff rose to
    212", "raise the number of known near-Earth asteroids to about 38,600"; or None."""
    first = found[position].first_index
    if first < 3 or lowered[first - 1] not in _LEVEL_REACHED:
        return None
    verb = noun = None
    for j in range(first - 1, max(0, first - _CLAUSE_SUBJECT_REACH) - 1, -1):
        low = lowered[j]
        if low in _CLAUSE_MARKS or low in ("and", "but", "or"):
            break
        if verb is None and (low in _CHANGE_WORDS or low in _LEVEL_VERBS):
            verb = j
        elif _counted_noun_in_clause(tokens, lowered, j):
            if verb is None:  # the object of the verb: only "the number of <noun>" says it is what is counted,
                # or a verb that puts it at the figure ("put weekday boardings at 24,000")
                if "of" in lowered[max(0, j - 5):j] and _NUMBER_OF.intersection(lowered[max(0, j - 7):j]) \
                        or lowered[first - 1] == "at" and _PUTTING_AT.intersection(lowered[max(0, j - 4):j]):
                    noun = j
                break
            noun = _noun_before_its_complement(tokens, lowered, j)
            break
        elif low in _IRREGULAR_PAST or verb is not None and _looks_like_verb(low):
            break  # "Registrations opened Nov. 1 and have reached 8,400": another verb, another clause
    if noun is None or _count_between(found, own_units, noun, first) \
            or any(other.first_index <= noun < max(other.noun_end, other.after_index) for other in found):
        return None
    head = singular(lowered[noun])
    if head in _AMOUNTS_THAT_MOVE:
        return None
    modifiers = []
    for k in range(noun - 1, max(-1, noun - 3), -1):
        if not lowered[k].isalpha() or lowered[k] in STOPWORDS or k and not tokens[k][:1].islower():
            break
        modifiers.insert(0, (k, k + 1, lowered[k] if k == 0 else tokens[k], lowered[k]))  # "Measles cases"
    return _compound_unit(modifiers, head)


def _unit_of_a_partitive(tokens, lowered, found, position):
    """The unit of the group a figure is taken from when the sentence opens with it or a relative clause
    names it: "Of the confirmed patients, 212 have been hospitalized", "Of around 21,000 young people who
    were offered the vaccine, only about 3,600 had a dose", "flagged 1,412 new asteroids, of which 87
    exceed"; or None."""
    first = found[position].first_index
    if first >= 2 and lowered[first - 1] == "which" and lowered[first - 2] == "of":
        return _earlier_unit(found, position, _counts_things)
    start = _dateline_end(tokens) if tokens[0].isupper() else 0
    while first > start and lowered[first - 1] in _QUALIFIER_WORDS:
        first -= 1  # "..., only about 3,600 had a dose"
    if first < start + 3 or lowered[start] != "of" or lowered[first - 1] != "," or "," in lowered[start:first - 1]:
        return None
    group = next((other.figure.unit for other in found[:position] if _counts_things(other.figure.unit)), None)
    if group is not None:
        return group
    noun = next((j for j in range(start + 1, first - 1) if _counted_noun_in_clause(tokens, lowered, j)), None)
    return None if noun is None else singular(lowered[noun])


def _noun_before_its_complement(tokens, lowered, j):
    """The counted noun a prepositional phrase ending at ``j`` describes, else ``j``: "assaults on staff",
    "Average daily bike trips on the main corridors"."""
    for p in range(j - 1, max(-1, j - 11), -1):
        if lowered[p] in _NOUN_PREPOSITIONS:
            return p - 1 if p >= 1 and _counted_noun_in_clause(tokens, lowered, p - 1) else j
        if not lowered[p][:1].isalpha() and lowered[p] != "-":
            break
    return j


def _counted_noun_in_clause(tokens, lowered, j) -> bool:
    """A plural noun at ``j`` that a number may count, in lower case or opening the sentence ("Signups")."""
    if j == 0:
        return _PLURAL_NOUN_WORDS[lowered[0]] and lowered[0] not in INVARIANT_NOUNS or lowered[0] in _IRREGULAR_PLURALS
    return tokens[j][:1].islower() and _is_counted_noun(tokens, lowered, j)


# The words a figure follows when it is the level a count got to, and the verbs that say so besides those of
# change: "rose to 212", "stand at about 1,200", "reached 1,126".
_LEVEL_REACHED = frozenset({"to", "at", "reached", "hit", "topped", "totalled", "totaled", "numbered"})
_LEVEL_VERBS = frozenset({"reached", "hit", "topped", "totalled", "totaled", "numbered", "stand", "stands", "stood",
                          "standing", "climbed", "soared", "swelled", "ballooned", "tumbled", "dwindled"})
_NOUN_PREPOSITIONS = frozenset({"on", "against", "at", "in", "among", "by", "of", "from", "per", "for", "with",
                                "across"})
_NUMBER_OF = frozenset({"number", "count", "tally"})
# Verbs that put a count of their object at a figure: "put weekday boardings at 24,000".
_PUTTING_AT = frozenset({"put", "puts", "putting", "estimated", "estimates", "estimate", "pegged", "pegs", "placed",
                         "places", "forecast", "forecasts", "projected", "projects", "set", "sets"})
# How many words back from a figure its clause's subject may stand.
_CLAUSE_SUBJECT_REACH = 12


# Plural nouns that rise and fall without counting things: "Prices fell to 4.50", "Temperatures rose to 88".
_AMOUNTS_THAT_MOVE = frozenset({"price", "rate", "revenue", "sale", "profit", "cost", "level", "temperature", "share",
                                "stock", "index", "yield", "earning", "wage", "fare", "tax", "income", "value",
                                "score", "reading", "wind", "gust", "speed", "point"})


def _currency_named_with_its_country(lowered, at):
    """``(code, index after)`` when the words at ``at`` name a currency with its country's adjective
    ("Swiss francs", "New Zealand dollars"), else None."""
    for width in (1, 2):
        adjective = " ".join(lowered[at:at + width])
        currencies = CURRENCY_OF_ADJECTIVE.get(adjective)
        if currencies and at + width < len(lowered):
            word = lowered[at + width]
            code = currencies.get(_CURRENCY_SINGULAR.get(word) or word.removesuffix("s"))
            if code:
                return code, at + width + 1
    return None


def _place(sentence, pieces, found):
    """Set the character offsets and raw text of figures found by token index (from their first
    token up to ``after_index``): one running sum of the pieces' lengths per sentence, in which
    token ``k`` starts at ``offsets[2 * k]`` and ends at ``offsets[2 * k + 1]``."""
    if not found:
        return
    offsets = list(accumulate(map(len, pieces)))
    for item in found:
        item.start, item.end = offsets[2 * item.first_index], offsets[2 * item.after_index - 1]
        item.figure.raw = sentence[item.start:item.end]


def _compound_durations(lowered, found):
    """One figure for a duration told in two or three units ("14 hours 52 minutes" is 892 minutes, "14 hours,
    52 minutes and 7 seconds" 892.12, "3 minutes 40 seconds" 220 seconds, "two years and six months" 2.5
    years): a race time, a delay, an outage, a sentence; its parts alone would compare as durations they
    are not."""
    merged = [found[0]]
    from_hours = set()  # the figures that were hours and are now minutes
    for item in found[1:]:
        whole = merged[-1]
        figure, part = whole.figure, item.figure
        last_unit = _TIME_WORDS.get(lowered[whole.noun_end - 1]) if whole.noun_end else None
        smaller = _NEXT_SMALLER_TIME.get(last_unit)
        if smaller is None or part.unit != smaller or part.qualifier != "exact" \
                or not 0 <= part.value < _PARTS_IN_ONE[last_unit] \
                or last_unit in ("hour", "year") and not float(figure.value).is_integer() \
                or lowered[whole.noun_end:item.first_index] not in _DURATION_JOINS or item.split is not None:
            merged.append(item)
            continue
        if last_unit == "year":
            # "two years and six months" is 2.5 years; "three years and eight months" 44 months, which a
            # decimal of years would only round
            if part.value % 3:
                figure.value, figure.unit = figure.value * 12 + part.value, smaller
            else:
                figure.value += part.value / 12
        elif id(whole) in from_hours:
            figure.value = round(figure.value + part.value / 60, 2)  # "..., 52 minutes and 7 seconds"
        else:
            figure.value, figure.unit = figure.value * 60 + part.value, smaller  # "14 hours 52 minutes"
            if last_unit == "hour":
                from_hours.add(id(whole))
        if figure.low is not None or figure.high is not None:
            figure.low = figure.high = figure.value
        whole.after_index = whole.noun_end = item.noun_end
    return merged


# The words of the larger units of a duration told in parts, and the unit of the part after each.
_TIME_WORDS = {"year": "year", "years": "year", "hour": "hour", "hours": "hour", "minute": "minute",
               "minutes": "minute"}
_NEXT_SMALLER_TIME = {"year": "month", "hour": "minute", "minute": "second"}
_PARTS_IN_ONE = {"year": 12, "hour": 60, "minute": 60}
_DURATION_JOINS = ([], [","], ["and"], [",", "and"])


def _digit_fraction(tokens, gaps, lowered, after, value):
    """``1/4``, ``3/4``: a small numerator over a common denominator, written without spaces and not
    part of a date (``1/4/2025``). ``(value, next_index)`` or None."""
    n = len(tokens)
    if after + 1 >= n or lowered[after] != "/" or gaps[after] or gaps[after + 1]:
        return None
    denominator = parse_digits(tokens[after + 1])
    if denominator not in _DENOMINATORS or not value.is_integer() or not 0 < value < denominator:
        return None
    if after + 2 < n and lowered[after + 2] == "/":
        return None
    return value / denominator, after + 2


_DENOMINATORS = {2.0, 3.0, 4.0, 5.0, 8.0, 10.0}


def _sign_before(gaps, lowered, index):
    """Index of the minus that makes the number at ``index`` negative: ``minus 5``, ``-3%`` (a
    hyphen, a minus sign or an en dash used as one stuck to the number, with a space or nothing before it,
    so ``3-5`` and ``F-35`` stay as they are). None when there is none."""
    if index == 0:
        return None
    prev = lowered[index - 1]
    if prev in ("minus", "negative"):
        return index - 1
    if prev in ("-", "−", "–") and not gaps[index] and (index == 1 or gaps[index - 1]):
        return index - 1
    return None


_QUALIFIER_WORDS = {w for words, _ in QUALIFIERS for w in words}
# Qualifier words that are prepositions of place after a verb that puts something somewhere.
_PLACE_WORDS = frozenset({"under", "over", "below", "above"})
_PLACING_VERBS = frozenset({"buried", "trapped", "lay", "lies", "lying", "sank", "sunk", "stood", "stands",
                            "flew", "hovered", "submerged", "hidden", "stuck", "pinned"})
_CHANGE_WORDS = frozenset(UP_WORDS | DOWN_WORDS)
# Marks a sign may follow with no space between them: '("R340 million")'.
_OPENING_MARKS = frozenset("(\"“'‘[")
# Tokens a figure can start with (besides digits): cheap pre-filter before the parser proper.
_FIGURE_STARTS = (set(CURRENCY_SYMBOLS) | set(DOLLAR_PREFIXES) | CURRENCY_CODES | NUMBER_WORDS
                  | {sign.lower() for sign in (*LETTER_SIGNS, *_SINGLE_LETTER_SIGNS)} | {"gh", "s"}
                  | {"a", "an", "half", "another"})  # ("another year and a half")


class _WordMemo(dict):
    """``memo[word]``: a per-word predicate, computed on first sight and remembered, so a sentence's
    words are classified by one C-level ``map`` over the dict. Cleared when it grows large (the
    vocabulary of news text is small; junk input must not grow it without bound)."""

    __slots__ = ("predicate",)
    LIMIT = 50_000

    def __init__(self, predicate):
        super().__init__()
        self.predicate = predicate

    def __missing__(self, word):
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[word] = self.predicate(word)
        return value


_AGE = "age"


_PARTS_PER = {"thousand": "part per thousand", "million": "part per million", "billion": "part per billion",
              "trillion": "part per trillion"}
_GROUP_DETERMINERS = frozenset({"the", "those", "these", "its", "their", "his", "her", "our"})
# Past tenses that do not end in -ed: "14 crew struck rocks" counts crew, not "struck rocks".
_IRREGULAR_PAST = frozenset("""struck hit took made left lost won ran fell rose saw came went got told said built
    hurt cut put set shot sent spent held kept found paid sold met led began brought bought caught fought
    thought drove flew grew threw wrote broke spoke stole chose froze gave ate sat stood wore tore rode rang
    sank swam drank hung dug stuck spun slid fled fed sped lit quit split spread burst cast cost sought""".split())


def _plural_noun_at(tokens, lowered, j) -> bool:
    """A lowercase plural noun at ``j`` that can be the head of a counted noun ("tracking satellites")."""
    return j < len(tokens) and tokens[j][:1].islower() and _PLURAL_NOUN_WORDS[lowered[j]]


def _is_plural_noun_word(low) -> bool:
    """A word (in lower case) that can be a plural noun a number counts: no function word nor verb."""
    return _is_plural_form(low) and low not in STOPWORDS and _is_word_or_compound(low) and not _is_never_counted(low)


def _is_word_or_compound(low) -> bool:
    """Letters only, or words of letters joined by hyphens ("double-deckers", "e-scooters")."""
    return low.isalpha() or "-" in low and all(part.isalpha() for part in low.split("-"))


def _is_never_counted(low) -> bool:
    """A word after a number that is not what it counts ("the other 23 keep working", "9 remain")."""
    return low in NOT_COUNTED and low not in _VERBS_THAT_ARE_PLURAL_NOUNS


# Words after a number that are verbs only, never what it counts nor a word before that: "40 receive
# benefits" (where "six return flights" and "two home matches" count flights and matches).
_VERBS_ONLY = frozenset({"keep", "keeps", "remain", "stay", "stays", "include", "includes", "contain", "contains",
                         "lack", "lacks", "receive", "receives", "earn", "earns", "say", "says", "think", "know",
                         "want", "wants", "need", "needs", "seem", "seems", "appear", "appears", "belong", "belongs",
                         # past tenses too short for _looks_like_verb ("3 sued the city"); NOT_COUNTED has the
                         # irregular ones ("12 went missing")
                         "sued", "owed",
                         # past tenses that would read as a modifier of the word after them ("11 remained
                         # unaccounted for", "four stayed trapped")
                         "remained", "stayed",
                         # past tenses that take an object and are no modifier of a counted noun ("38 contained
                         # water", "212 needed oxygen", "12 showed dye")
                         "contained", "included", "lacked", "needed", "required", "showed", "suffered",
                         "received"})


# Plural nouns that stand before another noun as its modifier ("arts organisations", "savings accounts"),
# where a plural after another plural is otherwise a verb ("5,140 teachers lands near the top"); so do the
# fields in -ics ("diagnostics firms", "logistics companies").
_PLURAL_MODIFIERS = frozenset({"arts", "sports", "savings", "parts", "goods", "sales", "customs", "arms", "drugs",
                               "communications", "operations", "systems", "humanities", "sciences"})


# What a length measures, after its unit: "6.2m-high", "3km-long".
_DIMENSIONS = frozenset({"high", "long", "wide", "deep", "tall", "thick"})


# Verbs in -s that are plural nouns after a number (a verb after "three" would not take the -s): "claimed
# three lives", "seven stolen works", "10 straight wins", "1,300 overnight stays".
_VERBS_THAT_ARE_PLURAL_NOUNS = frozenset({"lives", "works", "wins", "runs", "returns", "remains", "stays"})


# How many words the noun phrase after a number may take before its noun: "10 consecutive successful
# Tern-2 launches".
_PHRASE_WORDS = 6
# Nouns whose plural is the singular: "120 security staff", "24 broadband spacecraft", "1,810 crew".
_ZERO_PLURALS = frozenset({"staff", "crew", "personnel", "police", "aircraft", "spacecraft", "fish", "sheep",
                           "deer", "cattle", "livestock", "poultry", "salmon", "trout", "cod", "tuna", "moose", "bison",
                           "reindeer", "swine", "shrimp", "squid"})
# Plurals not in -s: "200 people", "1,300 children".
_IRREGULAR_PLURALS = frozenset(word for word, unit in UNIT_ALIASES.items() if word != unit and not word.endswith("s")
                               and unit in ("person", "child", "man", "woman", "tooth", "mouse", "goose", "foot"))


def _noun_phrase(tokens, gaps, lowered, index):
    """The words from ``index`` up to the noun a number counts, that noun last, as ``(start, end, text,
    lowered)`` items: "3,000 new homes" -> new, homes; "19 crew members" -> crew, members; "10
    consecutive successful Tern-2 launches" -> ..., launches. Without a plural noun in reach, the first
    lower-case content word is the noun ("78 tracking"), or the last word read."""
    n = len(tokens)
    words = []
    j = index
    if lowered[j] in ("more", "fewer", "additional", "extra", "new", "other", "such") and j + 1 < n:
        j += 1  # "48 more satellites"
    elif lowered[j] in ("former", "current") and j + 2 < n and tokens[j + 1][:1].isupper():
        named = j + 1
        while named < min(n, j + 4) and tokens[named][:1].isupper():
            named += 1
        if named < n and _plural_noun_at(tokens, lowered, named):
            j = named  # "About 600 former Abay workers": the workers, whoever they worked for
    first_content = None  # how many words up to the first lower-case content word
    while j < n and len(words) < _PHRASE_WORDS:
        token, low = tokens[j], lowered[j]
        end = _designation_end(tokens, gaps, lowered, j) if token[:1].isupper() else 0
        if end:  # a model's name between the number and its noun: "18 VA-220 jets", "250,000 N95 masks"
            words.append((j, end, "".join(tokens[j:end]), low))
            j = end
            continue
        if not token[:1].isalpha():
            break
        if low in ("and", "or") and j > index and (_is_lower_word(tokens, lowered, j + 1)
                                                    or _designation_end(tokens, gaps, lowered, j + 1)):
            words.append((j, j + 1, token, low))  # "430 new and used vehicles", "Glide 3 and Glide 3 Pro scooters"
            j += 1
            continue
        if low in _OPENS_ITS_OWN_PHRASE:
            break
        if low in STOPWORDS and not (low in ("year", "years", "time", "times") and (
                first_content is not None or all(w[3] in _NOUN_MODIFIERS for w in words))):
            break  # "three straight years", "two fiscal years"
        if low.endswith(_POSSESSIVE_ENDINGS) and token[:1].isupper() and words \
                and (_looks_like_verb(words[-1][3]) or words[-1][3] in _IRREGULAR_PAST):
            break  # "71 started Sunday's race": a verb and its object, not what the number counts
        words.append((j, j + 1, token, low))
        j += 1
        if _is_counted_noun(tokens, lowered, j - 1):
            if (low in _PLURAL_MODIFIERS or low.endswith("ics")) and j < n and gaps[j] \
                    and _plural_noun_at(tokens, lowered, j):
                continue  # "312 arts organisations", "40 sports clubs": the first plural is the second's modifier
            return words
        if low.endswith(_POSSESSIVE_ENDINGS) and token[:1].islower():
            continue  # "16 men's teams": whose, then the noun
        if first_content is None and token[:1].islower() and low not in _NOUN_MODIFIERS \
                and not low.endswith(("ed", "-based", "-old", "-long", "-term")) and not _is_adverb(low):
            if _is_plural_form(low) and low not in INVARIANT_NOUNS:
                return words  # "23 others": a plural that counts nothing ("business days" go on)
            first_content = len(words)
        if first_content is not None and not _continues_noun_phrase(tokens, gaps, lowered, j):
            break
    # no plural noun: a model's name ends the phrase ("phase 3 CADENCE-3 trial" counts nothing)
    named = next((k for k, (start, end, _, _) in enumerate(words) if end - start > 1), len(words))
    words = words[:min(named, first_content or len(words))]
    while words and (words[-1][3] in ("and", "or") or words[-1][3].endswith(_POSSESSIVE_ENDINGS)):
        words.pop()
    return words


_POSSESSIVE_ENDINGS = ("'s", "’s")


def _is_adverb(low) -> bool:
    """An adverb in -ly before what a number counts ("140 highly skilled jobs"), not a noun in -ly ("12
    families", "three assembly lines")."""
    return low.endswith("ly") and len(low) > 4 and low not in _NOUNS_IN_LY


_NOUNS_IN_LY = frozenset({"assembly", "family", "supply", "monopoly", "anomaly", "butterfly", "dragonfly",
                          "firefly", "housefly", "jelly", "belly", "rally", "bully", "reply", "gully", "melody",
                          "homily", "panoply"})


def _unit_of_phrase(tokens, lowered, words):
    """``(unit, next index)`` of the noun phrase ``words`` (see ``_noun_phrase``), or ``(None, _)`` when its
    last word is no noun that counts."""
    n = len(tokens)
    _, j, head, head_low = words[-1]
    if head[:1].isupper() and not _is_acronym_plural(head):
        return None, j  # "78 Kuiper" without a noun after it: a name, not a unit
    if _is_never_counted(head_low) or _looks_like_verb(head_low) and all(_is_adverb(word[3]) for word in words[:-1]):
        return None, j  # "the other 23 keep working", "9 remain", "203 recovered at home", "the 24 initially planned"
    if head_low in ("square", "cubic") and j < n:
        return None, j
    unit = head_low[:-1] if head[:1].isupper() else singular(head_low)  # "2.3m TEUs": "teu"
    if j < n and lowered[j] == "general" and _is_plural_form(head_low):
        unit, j = f"{unit} general", j + 1  # "39 state and district attorneys general"
    unit = _MEMBERS_OF_GROUP.get(unit, unit)
    return _unit_with_suffix(lowered, _compound_unit(words[:-1], unit), j)



def _stands_for_people(tokens, lowered, k) -> bool:
    """The word at ``k`` is an adjective used as a noun for the people it describes: "of the injured",
    "of the dead" (not "of the dead fish")."""
    return k < len(tokens) and lowered[k] in _PEOPLE_IN_A_WORD and not _plural_noun_at(tokens, lowered, k + 1) \
        and not (k + 1 < len(tokens) and lowered[k + 1] in _ZERO_PLURALS)


# Adjectives that stand for people after "the": "the injured", "the dead", "the missing".
_PEOPLE_IN_A_WORD = frozenset({"injured", "wounded", "dead", "missing", "hurt", "sick", "hospitalized",
                               "hospitalised", "displaced", "evacuated", "homeless", "elderly", "deceased"})


def _is_counted_noun(tokens, lowered, j) -> bool:
    """The word at ``j`` is a plural noun, the noun a number counts: "satellites", "people", "TEUs";
    "crew" and "staff" unless a plural noun follows them ("crew members")."""
    low = lowered[j]
    if not tokens[j][:1].islower():
        return _is_acronym_plural(tokens[j])
    if low in ("years", "times"):
        return True  # function words elsewhere, read as nouns only here ("two fiscal years")
    if low in _ZERO_PLURALS:
        return not _plural_noun_at(tokens, lowered, j + 1)
    return low in _IRREGULAR_PLURALS or _plural_noun_at(tokens, lowered, j) and low not in INVARIANT_NOUNS


def _is_acronym_plural(token: str) -> bool:
    """"TEUs", "SUVs": an acronym with a plural's "s"."""
    return len(token) > 2 and token[-1] == "s" and token[:-1].isupper() and token[:-1].isalpha()


def _continues_noun_phrase(tokens, gaps, lowered, k) -> bool:
    """The token at ``k`` may stand between a number's first content word and its noun: a lower-case
    word that is no verb nor function word ("cabin crew members", "state and district attorneys"), a
    model's name ("successful Tern-2 launches"), or "years" ("two fiscal years")."""
    if k >= len(tokens):
        return False
    low = lowered[k]
    if low in ("year", "years"):
        return True
    if tokens[k][:1].isupper():
        return bool(_designation_end(tokens, gaps, lowered, k)) or _is_acronym_plural(tokens[k])  # "electric SUVs"
    if low in ("and", "or"):
        return _is_lower_word(tokens, lowered, k + 1)
    return _is_lower_word(tokens, lowered, k) and (low in _NOUN_MODIFIERS or not _is_never_counted(low)) \
        and low not in _IRREGULAR_PAST and not _looks_like_verb(low)  # ("tourist overnight stays")


def _is_lower_word(tokens, lowered, k) -> bool:
    """A lower-case word at ``k`` that is no function word."""
    return k < len(tokens) and tokens[k][:1].islower() and lowered[k].replace("-", "").isalpha() \
        and lowered[k] not in STOPWORDS


def _designation_end(tokens, gaps, lowered, k):
    """The index after a model's name at ``k`` (a capitalised word and digits: "N95", "VA-220", "Tern-2",
    "Glide 3", "Boeing 737"), or 0."""
    n = len(tokens)
    if k + 1 >= n or not tokens[k][:1].isupper() or not tokens[k].isalpha() or lowered[k] in MONTHS:
        return 0
    digits = k + 2 if lowered[k + 1] in ("-", "\u2013") and k + 2 < n and not gaps[k + 1] and not gaps[k + 2] \
        else k + 1
    if digits < n and tokens[digits].isdigit() and len(tokens[digits]) <= 4 and (digits + 1 == n or gaps[digits + 1]):
        return digits + 1
    return 0


# Words before a counted noun that describe the things counted rather than say what kind of thing they
# are: "3,000 new homes" counts homes, "45 overlapping branches" branches, "independent truck drivers"
# truck drivers. Words that name a kind stay with the noun: "crew members", "seasonal workers".
_DESCRIBING_WORDS = frozenset("""new more additional other extra further old young small large big huge major minor
    full total annual dead missing homeless sick straight consecutive successive active commercial independent
    permanent different recent current former previous various several same similar separate single local few
    many high low long short good bad great little late early key main top real actual potential possible
    direct valid average typical certain entire whole initial final original open empty free nearby regular
    temporary popular first second third last next own overall net gross fewer urgent significant important
    northern southern eastern western""".split())
_DESCRIBING_ENDINGS = ("ed", "ing", "ly", "ful", "ous", "ive", "able", "ible", "less", "est")
# Nouns in -ing that name a kind of thing: "nursing homes", "morning sailings", "cooling towers".
_KIND_NOUNS_IN_ING = frozenset({"morning", "evening", "nursing", "housing", "parking", "building", "training",
                                "shipping", "fishing", "mining", "polling", "voting", "shopping", "boarding",
                                "cooling", "heating", "letting", "lending", "charging", "testing", "screening",
                                "teaching", "learning", "gaming", "betting", "swimming", "camping", "processing",
                                "recycling", "manufacturing", "banking", "trading", "operating", "planning",
                                "breeding", "farming", "logging", "packing", "printing", "dining", "filling",
                                "holding", "funding", "landing", "pumping", "loading", "counting",
                                "sorting", "marketing", "advertising", "generating", "bathing", "mooring",
                                "dredging", "passing", "nesting", "calling", "laying", "spawning", "grazing",
                                "molding", "moulding", "angling", "drinking", "washing", "sewing", "sleeping",
                                "hiking", "cycling", "sailing", "racing", "walking", "paying", "warming",
                                "monitoring", "imaging", "cooking", "recording", "receiving"})
_PARTICIPLES_IN_N = frozenset({"sworn", "known", "grown", "given", "taken", "chosen", "driven", "written",
                               "fallen", "stolen", "broken", "frozen", "hidden", "sunken", "proven", "shown"})
# The only words that join a unit of measure: "580,000 square feet", "270,000 metric tons", "180 nautical
# miles", "312 gross tons" (a ship's volume, not its weight); a unit that converts keeps one name: "20 extra
# miles" are miles.
_MEASURE_KINDS = frozenset({"square", "cubic", "metric", "nautical", "gross", "deadweight"})
_WORKING_TIMES = frozenset({"day", "hour", "week"})


def _compound_unit(modifiers, unit):
    """``unit`` with up to two words right before its noun that say what kind of thing it is: "crew
    member", "tank car", "police officer", "nautical mile". Describing words and names end the run, and
    coordinated words are left out ("state and district attorneys general" are attorneys general, "failing
    or at-risk septic systems" septic systems)."""
    if not modifiers:
        return unit  # the commonest case: "3,000 homes"
    kind = []
    for _, _, text, low in reversed(modifiers):
        if low in ("and", "or"):  # the word before it is coordinated, not what the others are kinds of
            return " ".join([*reversed(kind[:-1]), unit])
        if len(kind) == 2 or not _names_a_kind(text, low, unit):
            break
        kind.append(text if _is_initialism(text) else low)
    return " ".join([*reversed(kind), unit])


def counted_head(unit):
    """The noun of a counted unit without the words that say what kind of thing it counts ("crew member"
    -> "member", "tank car" -> "car", "attorney general" -> "attorney"); any other unit (money, "%", a
    unit of measure, a rate) as it is. What a unit counts, for comparing counts that name their things
    more or less closely ("1,180 crew members", "1,810 crew")."""
    if not unit or " " not in unit or " per " in unit or unit.split(" ", 1)[0] in _NOT_KINDS:
        return unit
    words = unit.split()
    return words[-2] if words[-1] == "general" else words[-1]


# first words of units of measure and shares ("sq km" is an area, not kilometres)
_NOT_KINDS = _MEASURE_KINDS | {"degree", "percentage", "sq", "cu"}


def _names_a_kind(text, low, unit) -> bool:
    """A word before a counted noun that says what kind of thing it counts (see ``_compound_unit``)."""
    if unit in _WORKING_TIMES and low in ("working", "business"):
        return True  # "14 working days" are not 14 days
    if unit in MEASURE_UNITS:
        return low in _MEASURE_KINDS
    if "-" in low and text[:1].islower():
        return _hyphenated_kind(low)
    if _is_initialism(text):
        return True  # "120 POS machines", "four LNG carriers", "40 PhD places"
    if not (text[:1].islower() and low.isalpha()) or low in _DESCRIBING_WORDS or low in _IRREGULAR_PAST \
            or low in _PARTICIPLES_IN_N or low in NUMBER_WORDS:
        return False
    return not low.endswith(_DESCRIBING_ENDINGS) or low in _KIND_NOUNS_IN_ING or low in _NOUNS_IN_LY


def _is_initialism(text) -> bool:
    """Letters standing for words, most of them capitals: "POS", "LNG", "SIM", "PhD" (not "Tesla", "Kuiper"), and
    not a place's ("UK stores" are stores) nor a Roman numeral ("Henry III portraits")."""
    return 2 <= len(text) <= 5 and text.isalpha() and text[:1].isupper() and sum(map(str.isupper, text)) >= 2 \
        and text not in _PLACE_INITIALS and not set(text) <= set("IVXLCDM")


_PLACE_INITIALS = frozenset({"US", "USA", "UK", "EU", "UAE", "UN", "DRC", "PRC", "NZ"})


def _hyphenated_kind(low) -> bool:
    """Words joined by hyphens before a counted noun name a kind of thing ("season-ticket holders",
    "colony-forming units", "full-time nurses", "heat-related deaths"), unless the first says how or how
    much ("so-called", "much-needed", "newly-built")."""
    parts = low.split("-")
    return all(part.isalpha() for part in parts) and parts[0] not in _HOW_OR_HOW_MUCH and not _is_adverb(parts[0])


# First words of hyphenated modifiers that describe rather than name a kind: "so-called", "well-known".
_HOW_OR_HOW_MUCH = frozenset({"so", "well", "much", "long", "hard", "ill", "little", "best", "worst", "half",
                              "newly"})


def _told_as_money(tokens, lowered, gaps, start, after) -> bool:
    """Whether the words around a number after a one-letter sign (``start`` the sign's index, ``after`` the
    number's end) make it an amount: a hedge or a verb of paying before it ("about R450", "pupils will pay R15", "a
    fare of R12"), selling for or at it ("sold for R300", "selling at P38"), or another amount by the same sign
    that it runs from or to ("from R18 to R23", "P300 to P500")."""
    before = lowered[start - 1] if start else ""
    if before in _HEDGES_BEFORE_AN_AMOUNT or before in _PAYING_BEFORE_AN_AMOUNT \
            or start >= 2 and lowered[start - 2:start] in (["fare", "of"], ["fee", "of"], ["fine", "of"]) \
            or start >= 2 and before in ("for", "at") and lowered[start - 2] in _SELLING_BEFORE_FOR_OR_AT:
        return True
    if start >= 3 and before in _RANGE_WORDS and tokens[start - 3] == tokens[start] and not gaps[start - 2] \
            and tokens[start - 2][:1].isdigit():
        return True  # "from R18 to R23": the high end
    return after + 2 < len(tokens) and lowered[after] in _RANGE_WORDS and tokens[after + 1] == tokens[start] \
        and not gaps[after + 2] and tokens[after + 2][:1].isdigit()  # its low end


# Numbers news style spells out, the low end of a range whose high end it writes in digits.
_SPELLED_OUT = frozenset(range(1, 10))
# Words between the two ends of a range or a change, for a range's figure and for a one-letter sign's amount (not
# "and": "the R21 and R24 highways").
_RANGE_WORDS = frozenset({"to", "-", "\u2013"})


def _counted_after_a_scale(lowered, index):
    """Whether what is counted follows a short scale at ``index`` - 1 ("5m tonnes", "1.4m kronor", "48m cubic
    metres", "2.4m digital items"), so that the scale is millions, not metres."""
    nxt = lowered[index] if index < len(lowered) else ""
    return nxt.isalpha() and (nxt.endswith("s") and nxt not in STOPWORDS or nxt in CURRENCY_WORDS
                              # plurals not in -s: "2.4m people", "1.4m salmon" (not "a 1.4m salmon")
                              or (nxt in _IRREGULAR_PLURALS or nxt in _ZERO_PLURALS)
                              and (index < 3 or lowered[index - 3] not in ("a", "an"))
                              or nxt in ("cubic", "square") and index + 1 < len(lowered)
                              and lowered[index + 1].endswith(_LENGTHS_SQUARED)
                              or _counted_past_describing_words(lowered, index))


def _scaled_range_end_after(lowered, gaps, index):
    """Whether the low end of a range is followed by its high end at the same short scale before what is
    counted: "between 238m and 245m boxes", "2m to 3m tonnes"."""
    return index + 3 < len(lowered) and lowered[index] in ("and", "to", "-", "\u2013") \
        and lowered[index + 1][:1].isdigit() and lowered[index + 2] == "m" and not gaps[index + 2] \
        and _counted_after_a_scale(lowered, index + 3)


def _counted_past_describing_words(lowered, index):
    """Whether one or two words from ``index`` describe a plural noun after them, as in "2.4m digital items",
    "11.4m private dwellings" (so the "m" before them is millions), and no dimension ("3m high walls")."""
    for j in range(index, min(index + 2, len(lowered) - 1)):
        word = lowered[j]
        if not word.isalpha() or word in STOPWORDS or word in _DIMENSIONS or word.endswith("s"):
            return False
        following = lowered[j + 1]
        if following.isalpha() and following.endswith("s") and following not in STOPWORDS \
                and not following.endswith("ss"):
            return True
    return False


def _hyphen_joins(tokens, gaps, lowered, index) -> bool:
    """A hyphen at ``index`` written tight between the number before it and a word after it."""
    return index + 1 < len(tokens) and lowered[index] in ("-", "\u2013") \
        and not gaps[index] and not gaps[index + 1] \
        and tokens[index + 1][:1].isalpha()


def _measure_in_words(lowered, i):
    """``(value, unit, end index)`` of a measure written in words from token ``i``: a number word joined
    to its unit ("two-day", "five-year", "one-mile", "half-mile"), "a day and a half", "half an inch", or
    "a year" after a qualifier ("more than a year"; ``_figure_at`` checks it holds for the unit); or None."""
    joined = _number_word_with_unit(lowered[i])
    if joined is not None:
        return (*joined, i + 1)
    word, n = lowered[i], len(lowered)
    if word in ("a", "an", "another") and i + 1 < n and lowered[i + 1] in _UNIT_NOUNS:
        if lowered[i + 2:i + 5] == ["and", "a", "half"]:
            return 1.5, singular(lowered[i + 1]), i + 5  # "a day and a half", "another year and a half"
        if word == "another":
            return None  # "another year": one more, no measure of its own
        if FigureParser._qualifier(lowered, i)[0] is not None:  # not "$18 million a year"
            value, unit = _MANY_OF_A_UNIT.get(lowered[i + 1], (1, singular(lowered[i + 1])))
            return value, unit, i + 2  # "more than a decade" is more than ten years
    if word == "half" and lowered[i + 1:i + 2] in (["a"], ["an"]) and i + 2 < n and lowered[i + 2] in _UNIT_NOUNS:
        return 0.5, singular(lowered[i + 2]), i + 3  # "half an inch a day"
    return None


def _number_word_with_unit(word):
    """``(value, unit)`` of a number word joined to its unit ("two-day", "five-year", "one-mile",
    "half-mile", "four-and-a-half-year"), or None. "One" and "half" only join units of measure and time ("a
    one-time payment")."""
    whole, fraction, rest = and_a_fraction(word)
    if fraction:  # "a four-and-a-half-year contract"
        head, tail = whole, rest
    else:
        head, _, tail = word.partition("-")
    value = 0.5 if head == "half" else UNITS.get(head, TENS.get(head))
    if fraction and value:
        value += fraction
    if value is None or not value or not tail.replace("-", "").isalpha() or tail in UNITS or tail in DENOMINATORS:
        return None
    if tail in CURRENCY_WORDS:
        return value, CURRENCY_WORDS[tail]  # "a twelve-dollar fine"
    unit = _unit_of_compound(tail.split("-"))
    if unit is None or value in (0.5, 1) and unit not in _UNIT_NOUNS:
        return None
    return value, unit


def _share_of_whole(tokens, lowered, after, value):
    """``(share, next index)`` of "one in five", "nearly four in ten", "nine out of 10" after the number
    ``value`` that ends before ``after``: the part over the whole; or None ("3 in 10 minutes" is no share)."""
    k = after + 1 if lowered[after:after + 1] == ["in"] else after + 2 if lowered[after:after + 2] == ["out", "of"] \
        else None
    whole = FigureParser._number_at(tokens, lowered, k) if k is not None else None
    if whole is None or whole[0] not in _WHOLES or not 0 < value < whole[0] or not float(value).is_integer():
        return None
    if whole[1] < len(lowered) and singular(lowered[whole[1]]) in _UNIT_NOUNS:
        return None
    return value / whole[0], whole[1]


def _one_harmed(lowered, i, after):
    """"one death", "killed one miner", "one worker was injured": one person harmed is a count worth checking."""
    if after < len(lowered) and lowered[after] in _DEATH_NOUNS:
        return True
    return not _HARMING_VERBS.isdisjoint(lowered[max(0, i - 2):i]) \
        or not _HARMING_VERBS.isdisjoint(lowered[after + 1:after + 4])


_DEATH_NOUNS = frozenset({"death", "fatality", "casualty", "injury", "dead"})
# Units that follow "one" in idioms, not in quantities: "one day", "one minute it was sprinkles".
_IDIOMS_WITH_ONE = frozenset({"day", "night", "minute", "second"})
# What a share is taken out of: "one in five", "four in ten", "one in 100".
_WHOLES = frozenset(range(2, 21)) | {100, 1000, 10_000, 100_000, 1_000_000}
# Units of time and measure a number written in words may stand before: "a day and a half", "half an
# inch", "more than a year" (in the singular, as they follow "a" or "one"). Not "pound" (money) or
# "degree" (a diploma).
_UNIT_NOUNS = frozenset(DURATIONS | {"mile", "foot", "inch", "yard", "meter", "metre", "kilometer", "kilometre",
                                     "centimeter", "centimetre", "acre", "hectare", "gallon", "liter", "litre",
                                     "ton", "tonne", "fortnight"})
# Units a single one of which is several of another: "within a fortnight", "more than a decade".
_MANY_OF_A_UNIT = {"decade": (10, "year"), "century": (100, "year"), "fortnight": (2, "week")}
# Words before "half" that make it a period: "the second half of the year".
_ORDINALS = frozenset({"first", "second", "third", "fourth", "final", "last", "latter", "back", "front"})
# "a" and a unit, as in "more than a year", "about a mile": figures with neither digits nor number words.
# The pattern opens with a space (``re`` scans for it in C); the qualifier before it is checked apart.
_ARTICLE_AND_UNIT = AsciiTwin(re.compile(r"\san?\s+(?:" + word_alternation(_UNIT_NOUNS) + r")\b"))


def _has_qualified_measure(sentence) -> bool:
    """Whether ``sentence`` has a qualifier, "a" and a unit ("more than a year"), for sentences with no
    digit and no number word (the only figures they can hold)."""
    for match in _ARTICLE_AND_UNIT[sentence.isascii()].finditer(sentence):
        word_before = sentence[max(0, match.start() - 16):match.start()].rsplit(None, 1)[-1:]
        if word_before and word_before[0].lower() in _QUALIFIER_INDEX:
            return True
    return False

# What can follow "a"/"an" in a figure: "a half", "a dozen", "a million", "A$5", "a day and a half"
_AFTER_ARTICLE = frozenset(FRACTIONS) | frozenset(COLLECTIVES) | frozenset(SCALES) | {"$"} | _UNIT_NOUNS


# Groups of people a number sizes ("a 300-strong crowd").
_PEOPLE_GROUPS = frozenset({"workforce", "crowd", "staff", "team", "union", "delegation", "army", "force",
                            "contingent", "squad", "membership", "community", "congregation", "group", "crew",
                            "mob", "protest", "march", "gathering", "audience", "choir", "cast", "board"})


def _odd_joined(lowered, gaps, index):
    """Whether "-odd" is joined at ``index`` to the number before it ("40-odd people")."""
    return lowered[index:index + 2] == ["-", "odd"] and not gaps[index] and not gaps[index + 1]


def _hyphen_unit(tokens, gaps, lowered, index):
    """The unit of a number joined by a hyphen to the word after it ("12-week", "460-person",
    "850,000-square-foot"), ``_AGE`` for an age ("10-year-old"), or None."""
    if not _hyphen_joins(tokens, gaps, lowered, index):
        return None
    return _unit_of_compound(lowered[index + 1].split("-"))


def _unit_of_compound(parts):
    if parts[-1] == "old":
        return _AGE
    if parts[0] in ("percent", "pct"):
        return "%"  # "a 30-percent rise"
    if parts[0] == "percentage" and parts[1:] in (["point"], ["points"]):
        return "percentage point"  # "a 1.5-percentage-point rise"
    if parts[0] in CURRENCY_WORDS and len(parts) == 1:
        return CURRENCY_WORDS[parts[0]]  # "a 96-zloty offer", "a 50-euro fine"
    if parts[0] in _COMPOUND_SCALES and len(parts) > 1:
        return _unit_of_compound(parts[1:])  # "a 2.5 million-tonne quota": scaled already
    if parts[0] in SCALE_AFTER or parts[0] in SCALES or parts[0] in SHORT_SCALES \
            or parts[0] in STOPWORDS and singular(parts[0]) not in DURATIONS:
        return None
    if parts[0] in ("sq", "cu") and len(parts) == 2:  # "a 620,000-sq-ft plant", "a 40-sq-km area"
        spaced = " ".join(parts)
        return spaced if spaced in UNIT_SYMBOLS else f"{UNIT_ALIASES[parts[0]]} {singular(parts[1])}"
    if parts[0] in _MEASURE_KINDS and len(parts) > 1:  # "a 120-nautical-mile zone"
        return f"{parts[0]} {singular(parts[1])}"
    if len(parts) == 3 and parts[1] == "per":
        return _rate_unit(singular(parts[0]), singular(parts[2]))  # "a 115-mile-per-hour gust"
    if len(parts) == 2 and parts[0].endswith("watt") and parts[1] in ("hour", "hours"):
        return f"{parts[0]}-hour"  # "a 400-megawatt-hour battery": energy, not power
    return singular(parts[0])


# Nouns a rate is given per ("142 bushels an acre", "12 micrograms per liter", "40 miles per hour",
# "34,000 cubic feet per second", "4.6 micrograms per gram", "120 grams per kilometre"); lengths also per
# square or cubic length ("per square meter").
_RATE_DENOMINATORS = {"acre", "hectare", "liter", "deciliter", "milliliter", "gallon", "second", "minute",
                      "hour", "capita", "person", "kilogram", "gram", "milligram", "ton", "tonne", "head",
                      "resident", "kilometer", "mile"}
_US_SPELLING = re.compile(r"(met|lit)re$")
_LENGTHS = {"meter", "kilometer", "centimeter", "foot", "inch", "yard", "mile"}
# Rates news names by their abbreviation.
ABBREVIATED_RATES = {"mile per hour": "mph", "kilometer per hour": "km/h", "kilometre per hour": "km/h",
                     "pound per square inch": "psi", "kilobit per second": "kbps", "megabit per second": "Mbps",
                     "gigabit per second": "Gbps", "terabit per second": "Tbps"}


def _unit_with_suffix(lowered, unit, j):
    """``(unit, next index)`` after the words that finish a unit: a scale ("84 degrees Fahrenheit") or
    what a rate is per ("142 bushels an acre", "12 micrograms per liter", "89 km/h")."""
    n = len(lowered)
    if unit == "degree" and j < n and lowered[j] in ("fahrenheit", "celsius"):
        unit, j = f"degree {lowered[j]}", j + 1
    elif lowered[j - 1:j + 2] in (["b", "/", "d"], ["bbl", "/", "d"]):
        return "barrel", j + 2  # "85,000 b/d": barrels a day, read as "bpd" and "barrels per day" are
    if j + 1 < n and lowered[j] in ("per", "a", "an"):
        denominator, end = _rate_denominator(lowered, j + 1)
        if denominator is not None:
            unit, j = _rate_unit(unit, denominator), end
    elif j + 1 < n and lowered[j] == "/" and lowered[j + 1] in _SLASH_DENOMINATORS:
        denominator = _SLASH_DENOMINATORS[lowered[j + 1]]
        if unit in UNIT_SYMBOLS:  # "5 mg/L" as written
            unit, j = f"{unit}/{_SLASH_SYMBOLS.get(denominator, lowered[j + 1])}", j + 2
        else:
            unit, j = _rate_unit(unit, denominator), j + 2
    return unit, j


def _rate_denominator(lowered, k):
    """``(noun, next index)`` of what a rate is per, written out from ``k`` ("acre", "square meter"), or
    ``(None, k)``."""
    noun = singular(lowered[k])
    if _US_SPELLING.sub(r"\1er", unit_name(noun)) in _RATE_DENOMINATORS:  # "milligrams per litre" as written
        return noun, k + 1
    if noun in ("square", "cubic") and k + 1 < len(lowered) \
            and unit_name(singular(lowered[k + 1])).replace("metre", "meter") in _LENGTHS:  # "per cubic metre"
        return f"{noun} {singular(lowered[k + 1])}", k + 2
    return None, k


# Words between a number and the noun it counts that are not that noun: "3,000 new homes", "three
# straight years", "more than 3,000 dead fish".
_NOUN_MODIFIERS = frozenset({
    "new", "more", "additional", "other", "extra", "further", "old", "young", "small", "large", "big", "major",
    "full", "total", "annual", "dead", "missing", "homeless", "sick", "straight", "consecutive", "successive",
    "stolen", "broken", "frozen", "hidden", "sunken", "square", "cubic", "metric", "nautical", "active",
    "commercial", "smaller", "larger", "bigger", "older", "younger", "newer", "overnight"})


def _rate_unit(unit, denominator):
    """``unit`` per ``denominator`` (a singular noun), by its abbreviation where news uses one."""
    rate = f"{unit} per {denominator}"
    return ABBREVIATED_RATES.get(f"{unit_name(unit)} per {unit_name(denominator)}", rate)


def _can_start_figure(word: str) -> bool:
    """A lowered token a figure may start at: a digit, a currency mark or code, a number word, an
    article ("a dozen"), "half", "another", or a hyphenated number word ("twenty-five")."""
    return word[0].isdigit() or word[0] == "." and word[1:2].isdigit() or word in _FIGURE_STARTS \
        or "-" in word and (word.split("-", 1)[0] in NUMBER_WORDS or word.startswith("half-"))


def _may_join_subject(low: str) -> bool:
    """A lowered token that may be a word of a subject: a word, not a skip word nor a month."""
    return low[0].isalpha() and low not in _SUBJECT_SKIP and low not in MONTHS


_NORMED = _WordMemo(_norm)
_SINGULARS = _WordMemo(_singular)
_PLURAL_NOUN_WORDS = _WordMemo(_is_plural_noun_word)
_CAN_START = _WordMemo(_can_start_figure)
_MAY_JOIN_SUBJECT = _WordMemo(_may_join_subject)


def find_figures(sentence: str) -> list[FoundFigure]:
    """Figures of one sentence with offsets relative to it, subjects filled in."""
    found, tokens, lowered = _PARSER._parse(sentence)
    if found:
        context = subject_context(sentence, found, tokens, lowered)
        previous = None
        for item in found:
            antecedent = previous if previous is not None and _refers_back(lowered, previous, item) else None
            item.figure.subject = figure_subject(sentence, item, found, context, antecedent)
            item.figure.measure = measure_kind(sentence[:item.start], sentence[item.end:], is_money(item.figure.unit))
            previous = item
    return found


# Words that may open an appositive about the figure before it: ", a 21% increase", ", up 12%",
# ", a rise of 3%", ", down by 4%".
_CHANGE_NOUNS = frozenset({"increase", "rise", "gain", "jump", "climb", "surge", "growth", "hike", "boost",
                           "decrease", "decline", "drop", "fall", "cut", "slump", "slide", "dip", "loss",
                           "reduction", "improvement", "uptick", "downturn", "advance", "plunge"})
_APPOSITIVE_LEAD = frozenset({"a", "an", "up", "down", "of", "by", "or", "some", "nearly", "about",
                              "roughly", "almost", "around", "higher", "lower"}) | _CHANGE_NOUNS
# Words that, between the earlier figure and the comma, show a new clause (what follows is about it).
_CLAUSE_WORDS = frozenset({"and", "but", "while", "whereas", "as", "which", "that", "who", "when",
                           "after", "because", "although", "though", ";", ",", "while"}) | _CHANGE_WORDS


def _high_end(item):
    """The high end of a range read in one go, as a figure of its own ("120 days" of "90 to 120 days"); the
    item keeps the low end ("90"). Both carry the range's bounds."""
    first_end, second_start = item.split
    figure = replace(item.figure, value=item.figure.high)
    high_end = FoundFigure(0, 0, figure, item.confidence, second_start, item.after_index, item.noun_end)
    item.after_index = item.noun_end = first_end
    return high_end


def _scale_word_in(lowered, item):
    """The scale a figure's words name ("4 million" -> 1e6), or None."""
    return next((SCALES[word] for word in lowered[item.first_index:item.after_index] if word in SCALES), None)


def _refers_back(lowered, previous, item) -> bool:
    """Whether ``item`` stands in an appositive that describes the change of ``previous``:
    "revenue of $4.2 billion for the first quarter, a 21% increase on last year", "sales of 58,000
    cars, up 12% from a year earlier". Bounded work: looks at no more than a dozen tokens."""
    figure = item.figure
    if figure.unit not in ("%", "percentage point") and figure.unit != previous.figure.unit:
        return False
    start = max(previous.noun_end, previous.after_index)
    stop = item.first_index
    if not 0 < stop - start <= 12:
        return False
    comma = None
    for j in range(stop - 1, max(start, stop - 5) - 1, -1):
        if lowered[j] == ",":
            comma = j
            break
        if lowered[j] not in _APPOSITIVE_LEAD:
            return False
    if comma is None or comma - start > 8:
        return False
    for j in range(start, comma):
        word = lowered[j]
        if word in _CLAUSE_WORDS or len(word) > 4 and word.endswith("ed"):
            return False
    lead = lowered[comma + 1:stop]
    if any(word in _CHANGE_WORDS or word in _CHANGE_NOUNS for word in lead):
        return True
    after = item.after_index
    return after < len(lowered) and lowered[after] in _CHANGE_NOUNS


def find_numbers_in_text(text: str, bare_numbers: bool = False) -> list[Figure]:
    """Every figure in a short text, as ``Figure`` objects (used by the public-suite runner)."""
    parser = _BARE_PARSER if bare_numbers else _PARSER
    return [item.figure for item in parser.parse(text)]


_PARSER = FigureParser()
_BARE_PARSER = FigureParser(bare_numbers=True)


# Words that end the sentence's opening noun phrase ("The space-based system | is expected").
_HEAD_STOP = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
              "might", "should", "said", "says", "told", "did", "does", "do", "be", "been", "to", ","}
_COMPARATIVES = frozenset({"more", "fewer", "less", "higher", "lower"})
_SUBORDINATORS = frozenset({"as", "while", "when", "after", "because", "although", "though", "whereas", "since",
                            "until", "before"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "and", "but", "which", "who", "while", "(", ")", "\u2014", "\u2013"})
_PREDICATE_WORDS = 6
# The words that make an amount describe the noun after it ("a $5 million grant"), how many nouns it may
# describe, and the words that show no noun follows ("the $5 million was paid", "a $5 million a year").
_MONEY_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that", "whose"})
_NOUN_AFTER_MONEY = 2
_NOT_A_NOUN_AFTER_MONEY = frozenset({"was", "is", "are", "were", "will", "would", "has", "had", "have", "be", "been",
                                     "a", "an", "the", "in", "of", "for", "to", "on", "at", "from", "by", "with",
                                     "and", "or", "but", "that", "which", "it", "per", "each", "annually", "more",
                                     "less", "than", "over", "this", "last", "next"})
# How many words of the sentence's opening phrase a subject takes.
_HEAD_WORDS = 6
_TAIL_PREPOSITIONS = {"into", "in", "on", "for", "at", "to", "across", "from", "of", "per"}
_SUBJECT_SKIP = STOPWORDS | _QUALIFIER_WORDS | {"by", "contrast", "however", "meanwhile", "total",
                                                 "so", "far", "has", "have", "had", "been"}


_FIRST_INDEX = attrgetter("first_index")


def subject_context(sentence: str, found: list[FoundFigure], tokens=None, lowered=None):
    """Precomputed inputs of ``figure_subject`` for all figures of one sentence."""
    if tokens is None:
        tokens = token_pieces(sentence)[1::2]
        lowered = None
    if lowered is None:
        lowered = _lowered(sentence, tokens)
    by_raw = {}
    # which tokens may join a subject: words (not numbers, skip words or months) outside figures
    eligible = list(map(_MAY_JOIN_SUBJECT.__getitem__, lowered))
    dateline = _dateline_end(tokens) if tokens and tokens[0].isupper() else 0
    if dateline:
        eligible[:dateline] = [False] * dateline  # "MILLBROOK (Northern Wire) —" says where it was filed
    in_figure = [False] * len(tokens)
    for other in found:
        width = other.after_index - other.first_index
        eligible[other.first_index:other.after_index] = [False] * width
        in_figure[other.first_index:other.after_index] = [True] * width
        by_raw.setdefault(other.figure.raw, other)
    # where the opening noun phrase ends (the first verb-like or clause word), looked for once for all
    # the figures, as far as the last figure's first word
    head_stop = max(map(_FIRST_INDEX, found)) if found else 0
    for j, low in enumerate(lowered[:head_stop]):
        if low in _HEAD_STOP or j and low.endswith("ed"):
            head_stop = j
            break
    return tokens, lowered, eligible, by_raw, in_figure, head_stop, {}


def _dateline_end(tokens):
    """The index after a wire dateline opening the sentence ("PORT ELLERY —", "MILLBROOK (Northern
    Wire) —", "PORTLAND, Ore. —"), or 0."""
    n = len(tokens)
    i = 0
    while i < n and len(tokens[i]) > 1 and tokens[i].isalpha() and tokens[i].isupper():
        i += 1
    if i == 0:
        return 0
    for j in range(i, min(i + 8, n)):
        token = tokens[j]
        if token in ("\u2014", "\u2013", "-", "--"):
            return j + 1
        if token[:1].islower():
            return 0
    return 0


def figure_subject(sentence: str, item: FoundFigure, found: list[FoundFigure], context=None,
                   antecedent: FoundFigure | None = None) -> str | None:
    """The words that say what a figure measures: the sentence's subject and entities, the verb
    and nouns leading to the number, the counted noun and what follows it (``into low Earth orbit``).
    Plan words (``planned``, ``projected``) are kept so a target is not compared with an actual.
    A figure in an appositive about an earlier figure (``antecedent``: "revenue of $4.2 billion, a
    21% increase") measures the change of the same thing: it starts from that figure's subject."""
    if context is None:
        context = subject_context(sentence, found)
    tokens, lowered, eligible, by_raw, in_figure, head_stop, head_words = context
    if antecedent is not None:
        return _appositive_subject(tokens, lowered, eligible, in_figure, item, antecedent)
    anchor = item
    if item.figure.role in ("from",) or (item.figure.role == "to" and item.figure.linked):
        partners = [by_raw[item.figure.linked]] if item.figure.linked in by_raw else []
        if partners and partners[0].first_index < item.first_index:
            anchor = partners[0]
    words: list[str] = []

    def add(index):
        if eligible[index]:
            token = tokens[index]
            if token not in words:
                words.append(token)

    first = anchor.first_index
    # A figure in a clause of its own ("Gov. Alvarado declared an emergency as the Cedar Hollow Fire
    # grew to 12,500 acres, burning 73 houses") measures what that clause is about.
    clause_start = _subordinate_clause_start(tokens, lowered, first)
    if clause_start:
        head_end = first
        for j in range(clause_start, first):
            low = lowered[j]
            if low in _HEAD_STOP or j > clause_start and low.endswith("ed"):
                head_end = j
                break
        for j in range(clause_start, min(head_end, clause_start + _HEAD_WORDS)):
            add(j)
    else:
        head_end = min(head_stop, first)  # the opening noun phrase, up to the figure at most
        # its first six tokens' words, the same for most figures of the sentence: made once
        opening = min(head_end, _HEAD_WORDS)
        if opening not in head_words:
            head = []
            for j in range(0, opening):
                if eligible[j] and tokens[j] not in head:
                    head.append(tokens[j])
            head_words[opening] = head
        words.extend(head_words[opening])
    if head_end < first and lowered[head_end].endswith("ed"):
        add(head_end)
    # The words right before the number, also when the opening phrase runs long: "The number of people
    # in the hospital with the flu reached 1,420", "The restructuring comes even as quarterly profit fell".
    for j in range(max(min(head_end, clause_start + _HEAD_WORDS), first - 10), first):
        if eligible[j]:
            if tokens[j] not in words:
                words.append(tokens[j])
        elif lowered[j] == ";":
            words.clear()
    # The names of the main clause still say whose story it is ("after the company reported" is about
    # Kestrel Biosciences): they follow the clause's own words.
    for j in range(0, min(clause_start, _HEAD_WORDS)):
        if tokens[j][:1].isupper():
            add(j)
    if item is not anchor:
        for j in range(max(0, item.first_index - 2), item.first_index):
            if lowered[j] in PLAN_WORDS and eligible[j] and tokens[j] not in words:
                words.append(tokens[j])
    end = max(item.noun_end, item.after_index)
    counted = item.figure.subject
    opens_clause = not words
    if counted:
        for word in counted.split():
            if word not in words and word.lower() not in _SUBJECT_SKIP:
                words.append(word)
        if opens_clause:
            # "About 1,900 students attend the schools slated to close": what is counted is said after it
            for j in range(end, min(end + _PREDICATE_WORDS, len(tokens))):
                if lowered[j] in _CLAUSE_ENDS or in_figure[j]:
                    break
                add(j)
    elif (is_money(item.figure.unit) or item.figure.unit == "%") and item.first_index \
            and lowered[item.first_index - 1] in _MONEY_DETERMINERS:
        # "the ¥450 billion safety overhaul", "a $5-million grant", "a 10% stake", "a 20 per cent sell-on
        # clause": what the amount is of is named after it
        for j in range(end, min(end + _NOUN_AFTER_MONEY, len(tokens))):
            word = tokens[j]
            if not word.replace("-", "").isalpha() or not word.islower() or lowered[j] in _NOT_A_NOUN_AFTER_MONEY \
                    or in_figure[j]:
                break
            add(j)
    if item.figure.role == "part":
        partner = [by_raw[item.figure.linked]] if item.figure.linked in by_raw else []
        if partner:
            for word in (partner[0].figure.subject or "").split():
                if word not in words:
                    words.append(word)
            end = max(partner[0].noun_end, partner[0].after_index)
    return _with_tail(words, tokens, lowered, eligible, in_figure, end)


def _subordinate_clause_start(tokens, lowered, stop):
    """The token after the last word that opens a subordinate clause before ``stop`` ("as the fire
    grew"), or 0."""
    for j in range(stop - 2, 0, -1):
        if lowered[j] in _SUBORDINATORS and (lowered[j + 1] in _DETERMINERS or tokens[j + 1][:1].isupper()):
            return j + 1
    return 0


def _appositive_subject(tokens, lowered, eligible, in_figure, item, antecedent):
    """The subject of a figure that describes the change of ``antecedent``: its subject (already
    computed), then the figure's own counted noun and the words after it (``on last year``)."""
    words = (antecedent.figure.subject or "").split()
    for word in (item.figure.subject or "").split():
        if word not in words and word.lower() not in _SUBJECT_SKIP:
            words.append(word)
    return _with_tail(words, tokens, lowered, eligible, in_figure, max(item.noun_end, item.after_index))


def _with_tail(words, tokens, lowered, eligible, in_figure, end):
    """Finish a subject from the token after the figure (``end``): a rate's period, then what a
    preposition leads to; the subject as text, or None when it has no words."""
    period, end = _rate_period(lowered, end)
    if period is not None and period not in words:
        words.append(period)  # "$18 million a year": a rate, not a one-off amount
    if end + 1 < len(tokens) and (lowered[end] in _CHANGE_NOUNS or lowered[end] in _COMPARATIVES) \
            and lowered[end + 1] in _TAIL_PREPOSITIONS:
        end += 1  # "a 3.5% increase in the property tax rate", "2.3 fewer on placebo"
    if end < len(tokens) and lowered[end] in _TAIL_PREPOSITIONS:
        for j in range(end + 1, min(end + 5, len(tokens))):
            if not tokens[j][:1].isalnum() or in_figure[j]:
                break  # a word of another figure ends the tail
            if eligible[j] and tokens[j] not in words:
                words.append(tokens[j])
    if not words:
        return None
    return " ".join(words[:12])


_PERIOD_NOUNS = {"year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour",
                 "quarter": "quarter", "annum": "year"}
_PERIOD_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                   "daily": "day", "hourly": "hour", "quarterly": "quarter", "a-year": "year"}
# "a year earlier", "a year ago": a point in time, not a rate
_NOT_A_RATE = {"earlier", "ago", "before", "later", "prior", "previously", "after", "on", "from",
               "since", "old", "long", "apart", "away"}


def _rate_period(lowered, end):
    """``(period, next_index)`` for a rate right after a figure ("$18 million a year", "per day",
    "each month", "annually"), else ``(None, end)``."""
    n = len(lowered)
    if end >= n:
        return None, end
    word = lowered[end]
    if word in _PERIOD_ADVERBS:
        return _PERIOD_ADVERBS[word], end + 1
    if word in ("a", "an", "per", "each", "every") and end + 1 < n and lowered[end + 1] in _PERIOD_NOUNS:
        if end + 2 < n and lowered[end + 2] in _NOT_A_RATE:
            return None, end
        return _PERIOD_NOUNS[lowered[end + 1]], end + 2
    return None, end
