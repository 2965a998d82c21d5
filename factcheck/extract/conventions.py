"""What an article's own writing says about the units it leaves bare.

A sentence alone cannot tell which dollar a bare "$85 million" is, or which scale "40 degrees" is on;
the article around it usually can. An article that writes "A$1.2 billion" once means Australian
dollars by its other "$" amounts too, and one dated "PORT HALDEN, Ont." means Canadian ones. A
temperature in degrees is Fahrenheit in news written the American way ("percent", "miles") and
Celsius in news written the British way ("per cent", "kilometres") or counting money other than the US
dollar, as readers of each take it. A metric unit given by a one-letter symbol ("a 6.2m wall"), which
figures name rather than keep, is spelled the way the rest of the world spells it ("metre") unless the
article writes the American way.
Applied to the figure claims of one article after every sentence has been read.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from factcheck.extract.figures import (CURRENCY_OF_ADJECTIVE, CURRENCY_SYMBOLS, CURRENCY_WORDS, LETTER_SIGNS,
                                       MINOR_CURRENCY_WORDS)
from factcheck.extract.patterns import LATIN_CAPITALS, dateline_place

# Dollars named apart from the US dollar: "A$1.2 billion", "C$40m" (the letters before a "$" and a
# digit), "Canadian dollars".
_DOLLAR_SIGN = re.compile(r"\$\s?\d")
_PREFIX_BEFORE = re.compile(r"(?:^|[^A-Za-z])(AU?|CA?|NZ|HK|S|J|TT|EC|NT|FJ?)$")
_COUNTRY_DOLLAR = re.compile(r"\b(Australian|Canadian|New Zealand|Hong Kong|Singapore) dollars?\b")
_DOLLAR_OF_PREFIX = {"A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "NZ": "NZD", "HK": "HKD", "S": "SGD",
                     "J": "JMD", "TT": "TTD", "EC": "XCD", "NT": "TWD", "F": "FJD", "FJ": "FJD"}
# A dateline in a Canadian province or an Australian state: "PORT HALDEN, Ont. (NPA) —", "SYDNEY, NSW —".
_DATELINE_DOLLAR = re.compile(r"^[" + LATIN_CAPITALS + r" .'’-]{2,40}, "
                              r"(?:(?P<ca>Ont|Que|B\.C|Alta|Man|Sask|N\.S|N\.B|Nfld|P\.E\.I)\.?|"
                              r"(?P<au>NSW|Qld|Vic|Tas|W\.A|S\.A|N\.T|ACT)\.?)[ (—–-]")
# A dateline naming its country: "KAIWHENUA, New Zealand (Pacific Newswire) —".
_DATELINE_COUNTRY = re.compile(r"^[" + LATIN_CAPITALS + r" .'’-]{2,40}, "
                               r"(Australia|Canada|New Zealand|Singapore|Hong Kong)\b")
# A dateline naming a country that counts in its own money, where a "$" is the US dollar business news
# reports in: "MONTERREY, Mexico, April 22 (Americas Newswire) -".
_DATELINE_ABROAD = re.compile(r"^[" + LATIN_CAPITALS + r" .'’-]{2,40}, "
                              r"(?:Mexico|Brazil|Argentina|Chile|Colombia|Peru|Philippines|"
                              r"India|Pakistan|Bangladesh|Indonesia|Malaysia|Thailand|Vietnam|Japan|China|"
                              r"South Korea|Nigeria|Kenya|Ghana|South Africa|Egypt|Morocco|Turkey|Israel|"
                              r"Saudi Arabia|United Arab Emirates|Qatar|Germany|France|Spain|Italy|Poland|"
                              r"Norway|Sweden|Denmark|Switzerland|Ireland|England|Scotland|Wales)\b")
# A place named with its province, anywhere in the article: "An audit in Kellerton, Ont., has ...".
_PLACE_IN_PROVINCE = re.compile(r"\b[A-Z][a-z]+, (?:Ont|Que|B\.C|Alta|Man|Sask|N\.S|N\.B|Nfld|P\.E\.I)\.")
# The Australian states that only Australian news names by abbreviation: "off the NSW south coast".
_STATE_ABBREVIATION = re.compile(r"\b(?:NSW|Qld)\b")
# An Australian state's government by its name: "The Victorian Government will provide $2.5 million".
_AUSTRALIAN_STATE_GOVERNMENT = re.compile(r"\b(?:Victorian|Queensland|New South Wales|Tasmanian|South Australian|"
                                          r"Western Australian|WA|Northern Territory) [Gg]overnment\b")
# A state's government, which among the countries that write "per cent" and "$" only Australia has.
_STATE_GOVERNMENT = re.compile(r"\b[Ss]tate (?:[Gg]overnment|[Hh]ealth|[Pp]remier|[Tt]reasurer|[Mm]inister|"
                               r"[Pp]arliament|[Ee]mergency [Ss]ervice)")
# The level of government a Canadian article names where an American one names the state: "the provincial
# Labour Ministry", "the provincewide rate".
_PROVINCIAL = re.compile(r"\b(?:[Pp]rovincial|[Pp]rovincewide|[Tt]he province(?:'s)?)\b")
# Countries other than Canada whose news names their provinces, each by its name and its people's.
_PROVINCES_ABROAD = re.compile(r"\b(?:Vietnam|China|Chinese|Indonesia|Thai(?:land)?|Philippin|Filipino|Cambodia|Lao|"
                               r"Afghan|Iran|Pakistan|Sri Lanka|South Africa|Argentin(?!osaur)|Spain|Spanish|Ital|"
                               r"Netherlands|Dutch|Belgi|Turk|Korea|Cuba|Ecuador|Peru|Bolivia|Panama|Costa Rica|"
                               r"Dominican|Zimbabwe|Zambia|Mozambique|Angola|Congo|Rwanda|Burundi|Papua New Guinea|"
                               r"Solomon Islands|Saudi|Iraq|Mongolia|Kazakh|Chile)\w*")
# Money other than dollars: a province or a state whose amounts come in euros or pesos gives its dollars as
# American ones.
# ("won" is left out: it is a verb far more often.)
_OTHER_CURRENCY = re.compile(r"[€£¥₹₱₩₫₦₺₪฿₵৳]|\bR\d|\bS/ ?\d|\b(?:" + "|".join(sorted(
    word for word, code in CURRENCY_WORDS.items() if code != "USD" and word != "won")) + r")\b")
# The large cities of Canada, Australia and New Zealand, by the region's group name in the patterns below.
_LARGE_CITIES = {"ca": ("Toronto", "Montreal", "Montréal", "Vancouver", "Ottawa", "Calgary", "Edmonton", "Winnipeg",
                        "Halifax", "Regina"),
                 "au": ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra", "Hobart", "Darwin"),
                 "nz": ("Wellington", "Auckland", "Christchurch", "Dunedin")}
# Cities that are people's names as often, read from a dateline only.
_CITIES_NAMED_LIKE_PEOPLE = frozenset({"Regina", "Darwin"})
# A dateline in a large Canadian, Australian or New Zealand city: "SYDNEY (Austral Press Service) —",
# "TORONTO —", "WELLINGTON (PPA) —".
_DATELINE_CITY = re.compile("(?:" + "|".join(f"(?P<{region}>{'|'.join(city.upper() for city in cities)})"
                                             for region, cities in _LARGE_CITIES.items()) + r")\b[ ,(—–-]")
# The dollar of each region the dateline patterns and _CITY_DOLLAR name (their named groups).
_DOLLAR_OF_REGION = {"ca": "CAD", "au": "AUD", "nz": "NZD"}
# Words of te reo Māori, which New Zealand news uses as English ("moved to marae", "Insurance Federation of
# Aotearoa"), and any word written with its macrons in the letters of te reo ("Pā Road", "Kōwhai Flat", "Ātea";
# not the Japanese of "Hokuyō" or "Kōyōdō", whose y, d and s te reo lacks). Hawaiian writes macrons in te reo's
# letters too, so an article that names Hawaii is left out.
_MACRON = re.compile("[āēīōūĀĒĪŌŪ]")
_TE_REO_LETTER = r"(?:[aeiouhkmnprtwAEIOUHKMNPRTW]|(?<=[nN])g|" + _MACRON.pattern + ")"
_TE_REO = re.compile(rf"\b(?:Aotearoa|marae|iwi|{_TE_REO_LETTER}*{_MACRON.pattern}{_TE_REO_LETTER}*)\b")
# Millions joined to their amount by a hyphen, "a $38.6-million shortfall", which Canadian papers write and
# American ones rarely do.
_HYPHENATED_MILLIONS = re.compile(r"(?<![A-Z])\$\d[\d.,]*-(?:million|billion)\b")
# Canada's stock exchange: "its shares fell 6.5% on the Toronto Stock Exchange".
_CANADIAN_EXCHANGE = re.compile(r"\b(?:Toronto Stock Exchange|TSX)\b")
# The dollar of each country that writes one bare, and of the regions and towns of each that a local paper names
# instead of its country.
_DOLLAR_OF_PLACE = {
    **dict.fromkeys(("Canada", "Canadian", "Canadians", "Ontario", "Quebec", "Québec", "Alberta",
                     "British Columbia", "Manitoba", "Saskatchewan", "Nova Scotia", "Ottawa", "Nunavut", "Yukon",
                     "Northwest Territories", "Yellowknife", "Iqaluit", "Whitehorse", "Vancouver Island",
                     "New Brunswick", "Newfoundland", "Labrador", "Prince Edward Island", "Saskatoon", "Kelowna"),
                    "CAD"),
    **dict.fromkeys(("Australia", "Australian", "Australians", "New South Wales", "Queensland", "Victoria",
                     "Tasmania", "Canberra", "Riverina", "Sunshine Coast", "Shoalhaven", "Pilbara",
                     "Gippsland", "Hunter Valley", "Illawarra", "Cairns", "Townsville", "Geelong", "Ballarat",
                     "Bendigo", "Wollongong", "Northern Territory"), "AUD"),
    **dict.fromkeys(("New Zealand", "New Zealander", "New Zealanders", "NZ", "Waikato", "Tauranga",
                     "Otago", "Hawke's Bay", "Bay of Plenty", "Taranaki", "Manawatu", "Manawatū", "Rotorua",
                     "Whanganui", "Gisborne", "Invercargill", "Hauraki"), "NZD"),
    "Hong Kong": "HKD", "Singapore": "SGD",
    **dict.fromkeys(("Fiji", "Fijian", "Fijians", "Suva", "Vanua Levu", "Viti Levu"), "FJD"),
}
# The country an article written the British way names, for its bare "$" (a British article would write "£"): any
# place above but the two city states, which news about others names as the markets and ports they are (read, they
# turned 19 labelled US dollars of the eval stories into theirs).
_COUNTRY_WORD = re.compile(r"\b(" + "|".join(sorted((re.escape(place) for place in _DOLLAR_OF_PLACE
                                                     if place not in ("Hong Kong", "Singapore")),
                                                    key=len, reverse=True)) + r")\b")
# A US dollar said to be one: "US$5 million", "U.S. dollars".
_SAID_US = re.compile(r"US\$|U\.S\.|USD|US dollar", re.IGNORECASE)
# Spellings that tell the two ways of writing news apart (nautical miles are sailed everywhere).
_BRITISH_SPELLING = re.compile(r"\bper cent\b|metres?\b|litres?\b|\bcentres?\b|kilometres?\b")
_AMERICAN_SPELLING = re.compile(r"\bpercent\b|\bmeters?\b|\bliters?\b|\bcenters?\b|(?<!nautical[- ])\bmiles?\b|"
                                r"\bfeet\b|\binches\b")
# A metric unit in US spelling ("kilometer", "cubic meter"), and the same word written out in a figure's text.
_US_METRIC_ENDING = re.compile(r"(met|lit)er\b")
_METRIC_WORD = re.compile(r"[^.;,]{0,30}?(?:met|lit)(?:er|re)", re.IGNORECASE)
# Degrees of an angle, not of heat: "slopes steeper than 38 degrees", "a 180-degree turn".
_ANGLE_WORDS = re.compile(r"slope|angle|inclin|gradient|steep|tilt|pitch|turn|rotat|latitude|longitude|\barc\b|"
                          r"compass|bearing|view|shift|swing|pivot", re.IGNORECASE)

# Degrees a university awards, neither of heat nor of an angle: a describing word between the number and
# "degrees" ("more than 3,000 fake degrees", "1,200 honorary degrees"), or a sentence about diplomas ("the
# academy awarded 1,200 degrees").
_DESCRIBED_DEGREES = re.compile(r"(?:\s+[a-z][a-z'’-]*){1,3}\s+degrees\b")
_ACADEMIC_WORDS = re.compile(r"diploma|graduat|bachelor|doctorate|master['’]s|"
                             r"\b(?:awarded|conferred|forged|fake|bogus)\b", re.IGNORECASE)


_UNREAD = object()


def apply_conventions(body: str, figures, context: str = "") -> None:
    """Give bare dollars and degrees among ``figures`` (claims of ``body``) the unit the article means, and
    metric units given by their symbol the spelling it would use. Where the body does not say whose
    dollars or pesos it counts, ``context`` (the article's title and outlet) may."""
    dollar = _UNREAD
    scale = american = None
    for claim in figures:
        figure = claim.figure
        if figure.unit == "USD" and not _SAID_US.search(figure.raw or claim.text) \
                and not _named_with_its_country(claim):
            if dollar is _UNREAD:
                dollar = _article_dollar(body, context)  # read once, only for an article with a bare "$" or degrees
            figure.unit = dollar or ("EUR" if _euro_cents(claim, body) else "USD")
        elif figure.unit == "degree" and _awarded(claim):
            figure.unit = "academic degree"
        elif figure.unit == "degree" and not _ANGLE_WORDS.search(claim.sentence):
            if scale is None:
                if dollar is _UNREAD:
                    dollar = _article_dollar(body, context)
                scale = temperature_scale(body, dollar)
            figure.unit = scale
        elif figure.unit in _SHARED_CURRENCIES and (_named_by_a_shared_word(claim) or _currency_unwritten(claim)) \
                and not _named_with_its_country(claim):
            figure.unit = _currency_of_the_country(body, figure.unit, None) \
                or _currency_of_the_country(context, figure.unit, figure.unit)
        elif figure.unit and _US_METRIC_ENDING.search(figure.unit) and not _written_out(claim):
            if american is None:
                american = _written_the_american_way(body)
            if not american:
                figure.unit = _US_METRIC_ENDING.sub(r"\1re", figure.unit)
    _hundredths_of_the_article_s_money(figures)


def _hundredths_of_the_article_s_money(figures) -> None:
    """Give an amount in hundredths that several countries' money counts in ("70 centavos", "58 centimes") the
    money among them the article counts its other amounts in ("R$ 4.50"), the one it counts most in first."""
    hundredths = [(claim, match.group(0).lower()) for claim in figures
                  if (match := _SHARED_HUNDREDTHS.search(claim.text)) and claim.figure.unit]
    if not hundredths:
        return
    of_hundredths = {id(claim) for claim, _ in hundredths}
    counted = Counter(claim.figure.unit for claim in figures if claim.figure.unit and id(claim) not in of_hundredths)
    for claim, word in hundredths:
        named = [code for code in MINOR_CURRENCY_WORDS[word] if code in counted]
        if named:
            claim.figure.unit = max(named, key=counted.get)


# The words for hundredths that several countries' money counts in.
_SHARED_HUNDREDTHS = re.compile(r"\b(?:" + "|".join(word for word, codes in MINOR_CURRENCY_WORDS.items()
                                                     if len(codes) > 1) + r")\b", re.IGNORECASE)


def _awarded(claim) -> bool:
    """Whether a figure in degrees counts degrees a university awards (``_DESCRIBED_DEGREES``)."""
    return _DESCRIBED_DEGREES.match(claim.sentence, claim.end - claim.sentence_start) is not None \
        or _ACADEMIC_WORDS.search(claim.sentence) is not None


def _article_dollar(body: str, context: str) -> str | None:
    """The dollar a bare "$" means (``article_dollar``) in the body, else in what else is known of the article."""
    return article_dollar(body) or (article_dollar(context) if context else None)


def _euro_cents(claim, body: str) -> bool:
    """Whether bare cents ("around 60 cents a litre") are a euro's: the article counts its money in euros and
    names no dollar."""
    return _CENTS.search(claim.text) is not None and "$" not in body and "dollar" not in body \
        and ("€" in body or "euro" in body)


_CENTS = re.compile(r"\bcents?$")


def _named_with_its_country(claim) -> bool:
    """Whether a figure names its currency with its country ("300 Mexican pesos", "40 US dollars"): nothing
    about the article changes it."""
    return claim.text[-1:].isalpha() and _NAMED_WITH_ITS_COUNTRY.search(claim.text) is not None


def _named_by_a_shared_word(claim) -> bool:
    """Whether a figure's currency is given by a word several countries use ("40 million pesos", "Rs2.5
    billion"), in its own text or just after it ("between 300,000 and 500,000 pesos")."""
    end = claim.end - claim.sentence_start
    return _SHARED_CURRENCY_WORD.search(claim.text) is not None \
        or _SHARED_CURRENCY_WORD.search(claim.sentence, end, end + _RANGE_REACH) is not None


def _currency_unwritten(claim) -> bool:
    """Whether a figure's currency is not in its own text but carried from money before it in its sentence
    ("fined 94 million pesos; Mercado Oriental 61 million"): no sign, no code."""
    return _CURRENCY_MARK.search(claim.text) is None


# A currency's sign or code in a figure's text: "$", "€", "Rs", "USD", "CZK".
_CURRENCY_MARK = re.compile(r"[^\w\s.,'’-]|\b[A-Z]{2,3}\b|\bRs\b")
# How far after a range's low end its currency word may come: " and 500,000 pesos".
_RANGE_REACH = 30


@functools.lru_cache(maxsize=16)  # read once an article, however many of its figures use the word
def _currency_of_the_country(body: str, default: str, fallback: str | None) -> str | None:
    """The currency a word several countries use ("pesos", "kroner", "dirhams", "rupees"; ``default`` is the
    word's own code) means in ``body``: that of the country among them the article names most often, first
    if as often (a story set in Argentina may mention Santiago de Chile once), else ``fallback``."""
    countries = _SHARED_CURRENCIES[default]
    # another amount written with one country's own code or sign ("TSh 650 a ride") says whose the word is
    marked = {code for code in countries if code in _OWN_MARKS and _OWN_MARKS[code].search(body)}
    if len(marked) == 1:
        return marked.pop()
    place = dateline_place(body)
    if place:  # "RATNAPURA - ...": the place as the gazetteer writes it
        body = place.title() + " " + body
    named = [(len(found), -body.find(found[0]), code) for code, place in countries.items()
             if (found := place.findall(body))]
    return max(named)[2] if named else fallback


# The Philippines and its regions and larger cities, for the peso's word and for its "P".
_PHILIPPINES = re.compile(r"Philippin|Filipino|Manila|Luzon|Mindanao|Visayas|Cebu|Davao|Quezon|Leyte|Iloilo|"
                          r"Bicol|Pampanga|Batangas|Cavite|Palawan|Zamboanga|Cagayan|Pangasinan|Tacloban|"
                          r"Bacolod|Negros|Mindoro|Bohol|Masbate|Romblon|Samar\b|Albay|Sorsogon|Marinduque|Aklan|"
                          r"Capiz|Surigao|Agusan|Bukidnon|Cotabato|Benguet|Baguio|Ilocos|Bulacan|Tarlac|"
                          r"Catanduanes|Camarines|Legazpi|Dumaguete|Ormoc|Tagbilaran|Puerto Princesa|Iligan|"
                          r"Butuan|Maritime Industry Authority|[Bb]arangay")
# For each currency word's default code (figures.CURRENCY_WORDS), the countries that use the word.
_SHARED_CURRENCIES = {
    # (with each country's regions and larger cities, which a story set in a small place may name instead)
    "MXN": {"MXN": re.compile(r"Mexic|Monterrey|Guadalajara|Jalisco|Sonora|Chihuahua|Oaxaca|Chiapas|Veracruz|"
                              r"Puebla|Yucatán|Tijuana|Sinaloa|Michoacán|Nuevo León|Querétaro|Tabasco|"
                              r"Guanajuato|Aguascalientes|Baja California|Campeche|Coahuila|Colima|Morelos|Nayarit|"
                              r"Quintana Roo|San Luis Potosí|Tamaulipas|Tlaxcala|Zacatecas|Acapulco|Cancún|Toluca|"
                              r"Cuernavaca|Culiacán|Hermosillo|Mazatlán|Saltillo|Torreón|Ciudad Juárez|Mexicali|"
                              r"Ensenada|Morelia|Xalapa|Villahermosa|Irapuato|Celaya|Pachuca|CDMX"),
            "CLP": re.compile(r"Chile|Santiago|Antofagasta|Atacama|Tarapacá|Coquimbo|Valparaíso|Biobío|Araucanía|"
                              r"Aysén|Magallanes|Maule|Ñuble|Iquique|Calama|Copiapó|La Serena|Temuco|"
                              r"Puerto Montt|Punta Arenas|Valdivia|Rancagua|Arica|Osorno|Chillán|Talca\b|Curicó|"
                              r"Ovalle|Chiloé|Los Lagos|Los Ríos|O'Higgins|Quillota|Petorca|La Ligua|Limarí|Huasco|"
                              r"Vallenar|Colchagua|Reloncaví|Viña del Mar|Norte Grande|Atacameñ|Elqui|Tocopilla|"
                              r"Mejillones|Chañaral|Illapel|Puerto Varas|Coyhaique|Pichilemu|Villarrica|Pucón|"
                              r"Alto Hospicio|Carabineros"),
            "ARS": re.compile(r"Argentin|Buenos Aires|Rosario|Córdoba|Mendoza|Tucumán|Neuquén|Chubut|Salta\b|"
                              r"Jujuy|Entre Ríos|Corrientes|Mar del Plata|Bahía Blanca|Catamarca|"
                              r"Santiago del Estero|Misiones|Posadas|Bariloche|R[ií]o Negro|Viedma|Ushuaia|Chaco\b|"
                              r"Chaqueñ|Paraná|Entrerrian|Cuyo\b|Alto Valle|Cipolletti|La Pampa|Tunuyán|Gualeguaychú|"
                              r"Rafaela|Luján|Formosa|La Rioja"),
            "PHP": _PHILIPPINES,
            "COP": re.compile(r"Colombia|Bogot|Medellín|Barranquilla|Antioquia|Cauca\b|"
                              r"Chocó|Caquetá|Putumayo|Boyacá|Cundinamarca|Tolima|Huila|Casanare|Nariño|"
                              r"Bucaramanga|Cúcuta|Ibagué|Villavicencio|Manizales|Tunja|Cartagena|Sinú|"
                              r"(?<!de los )Llanos\b|Guacarí|\bCali\b|Santa Marta|Montería|Sincelejo|Valledupar|"
                              r"Riohacha|Popayán|Neiva|Yopal|Bolivarense|Guajira|Quindío|Risaralda|Arauca|Urabá"),
            "UYU": re.compile(r"Uruguay|Montevideo|Paysandú|Tacuarembó|Treinta y Tres|Cerro Largo|Punta del Este|"
                              r"Canelones|Lavalleja|Durazno|Salto\b|Artigas|Colonia del Sacramento|Maldonado|"
                              r"Piriápolis|Fray Bentos"),
            "DOP": re.compile(r"Dominican Republic|Santo Domingo|Punta Cana")},
    "NOK": {"NOK": re.compile(r"Norw|Oslo|Bergen|Trondheim|Stavanger|Tromsø|Bodø|Ålesund|Vestland|Nordland|"
                              r"Finnmark|Rogaland|Lofoten"),
            "DKK": re.compile(r"Denmark|Danish|Copenhagen|Jutland|Aarhus|Odense|Aalborg|Esbjerg|Funen|Bornholm|"
                              r"Roskilde|(?<!New )Zealand|Limfjord|Herning|Vejle|Kolding|Horsens|Randers|Silkeborg|"
                              r"Viborg|Holstebro|Faroe|Føroy|Tórshavn|Folkeblad"),
            "SEK": re.compile(r"Swed|Stockholm|Gothenburg|Malmö"),
            "CZK": re.compile(r"Czech|Prague|Brno|Liberec|Ostrava|Olomouc|Pardubice|Bohemia|Moravia|korun|Kč|"
                              r"\w*[řůě]\w*"),
            "ISK": re.compile(r"Iceland|Reykjav")},
    "AED": {"AED": re.compile(r"Emirat|Dubai|Abu Dhabi"),
            "MAD": re.compile(r"Morocc|Casablanca|Rabat|Agadir|Marrakesh|Marrakech|Tangier|Souss|Meknes|Fez\b|Fès|"
                              r"Oujda|Kenitra|Tetouan|Essaouira|Ouarzazate|Laayoune")},
    "INR": {"INR": re.compile(r"India"),
            "PKR": re.compile(r"Pakistan|Karachi|Lahore|Islamabad|Peshawar|Rawalpindi|Quetta|Khyber|Sindh|Balochistan|"
                              r"Multan|Faisalabad|Sialkot|Gujranwala|Gilgit|Okara|Pot?hohar|Sandal Bar|Sargodha|"
                              r"Bahawalpur|Sahiwal|Jhang|Mardan|Swat\b|Abbottabad|Sukkur|Larkana|Muzaffarabad|"
                              r"Azad Kashmir|Chitral|Dera Ghazi|Dera Ismail|Rahim Yar Khan|"
                              r"District Headquarters Hospital|DHQ"),
            "LKR": re.compile(r"Lanka|Ceylon|Colombo|Kandy|Galle|Jaffna|Trincomalee|Batticaloa|Anuradhapura|Kurunegala|"
                              r"Ratnapura|Wayamba|Pradeshiya Sabha|Serendib|Matara|Chilaw|Matale|Negombo|Badulla|"
                              r"Nuwara Eliya|Hambantota|Puttalam|Polonnaruwa|Vavuniya|Kalutara|Ampara|Kegalle|"
                              r"Monaragala|Uva\b|Sabaragamuwa|Base Hospital"),
            "NPR": re.compile(r"Nepal|Kathmandu|Pokhara|Lalitpur|Bhaktapur|Chitwan|Biratnagar|Solukhumbu|Gandaki|"
                              r"Lumbini|Karnali|Bagmati|Dolakha|Charikot|Myagdi|Marsyangdi|Dhanusha|Siraha|Khola\b|"
                              r"Himal\b|Sindhupalchok|Gorkha|Dhading|Nuwakot|Rasuwa|Taplejung|Sankhuwasabha|Humla|"
                              r"Jumla|Dolpa|Manang|Butwal|Dharan|Janakpur|Birgunj|Nepalgunj|Hetauda|Sagarmatha|"
                              r"Khumbu")},
    "KES": {"KES": re.compile(r"Keny|Nairobi|Mombasa|Kisumu|Nakuru|Eldoret"),
            "TZS": re.compile(r"Tanzania|Dar es Salaam|Dodoma|Arusha|Zanzibar|Unguja|Mwanza|Morogoro|Mbeya|Mtwara|"
                              r"Lindi\b|Tanga\b|Iringa|Tabora|Kigoma|Shinyanga|Singida|Songea|Ruvuma|Musoma|Bukoba"),
            "UGX": re.compile(r"Ugand|Kampala|Entebbe|Gulu|Jinja|Mbarara|Masaka|Mbale|Fort Portal|"
                              r"Kasese|Soroti|Hoima|Kabale|Ankole"), "SOS": re.compile(r"Somali|Mogadishu")},
    "IQD": {"IQD": re.compile(r"Iraq|Baghdad|Basra|Erbil|Mosul|Najaf|Kirkuk"),
            "JOD": re.compile(r"Jordan(?!\s+River)|Amman|Zarqa|Irbid|Aqaba|Mafraq"),
            "KWD": re.compile(r"Kuwait"), "BHD": re.compile(r"Bahrain|Manama"),
            "LYD": re.compile(r"Liby|Tripoli|Benghazi|Misrata"),
            "TND": re.compile(r"Tunis|Sfax|Sousse|Kairouan|Bizerte|Gab[eè]s|Gafsa|Monastir|Nabeul|Kasserine|"
                              r"Sidi Bouzid|M[ée]denine|Djerba"),
            "DZD": re.compile(r"Algeri|Oran\b|Constantine"), "RSD": re.compile(r"Serbia|Belgrade|Novi Sad")},
    "CHF": {"CHF": re.compile(r"Swiss|Switzerland|Zurich|Geneva|Bern\b|Basel|Lausanne"),
            "XOF": re.compile(r"Senegal|Dakar|Ivory Coast|Côte d|Abidjan|Mali\b|Bamako|Burkina|Ouagadougou|"
                              r"Niger\b|Niamey|Benin|Cotonou|Togo|Lomé|Guinea-Bissau"),
            "XAF": re.compile(r"Cameroon|Douala|Yaoundé|Gabon|Libreville|Chad\b|N'Djamena|Central African|"
                              r"Brazzaville|Equatorial Guinea"),
            "RWF": re.compile(r"Rwand|Kigali"), "BIF": re.compile(r"Burundi|Bujumbura"),
            "CDF": re.compile(r"Kinshasa|Democratic Republic of (?:the )?Congo|DR Congo|DRC\b|Lubumbashi|Goma")},
    "SAR": {"SAR": re.compile(r"Saudi|Riyadh|Jeddah|Mecca|Medina|Dammam"), "QAR": re.compile(r"Qatar|Doha"),
            "OMR": re.compile(r"Oman\b|Omani|Muscat"), "YER": re.compile(r"Yemen|Sanaa|Aden\b")},
    # the peso's "P" is also the pula's
    "PHP": {"PHP": _PHILIPPINES,
            "BWP": re.compile(r"Botswana|Gaborone|Francistown|Maun\b|Okavango|Ngamiland|Kasane|Chobe")},
    # the kwacha's "K" is also the kina's and the kyat's
    "ZMW": {"ZMW": re.compile(r"Zambia|Lusaka|Copperbelt|Kitwe|Ndola"),
            "MWK": re.compile(r"Malawi|Lilongwe|Blantyre|Mzuzu|Zomba|Kasungu|Mchinji|Mangochi|Dedza"),
            "PGK": re.compile(r"Papua New Guinea|Port Moresby"), "MMK": re.compile(r"Myanmar|Yangon|Naypyidaw")},
    "RON": {"RON": re.compile(r"Romania|Bucharest|Cluj|Timișoara|Timisoara|Iași|Iasi|Constanța|Constanta|Brașov|"
                              r"Brasov|Transylvania|Moldavia|Wallachia|Dobruja"),
            "MDL": re.compile(r"Moldova|Chișinău|Chisinau|Bălți|Balti|Transnistria|Gagauzia|Cahul|Orhei|Ungheni")},
    # "150 million pounds" is sterling unless the article is about a country that counts in pounds of its own
    "GBP": {"EGP": re.compile(r"Egypt|Cairo|Alexandria"), "LBP": re.compile(r"Leban|Beirut"),
            "SDG": re.compile(r"Sudan|Khartoum")},
}
# The signs several countries write: "Rs" (four countries), "Sh" (East Africa), "K" (kwacha, kina, kyat) and
# "P" (peso, pula).
_SHARED_SIGNS = r"Rs\.?|Shs?|K|P"
# Each of those countries' own marks for its money beside an amount: its code ("CZK 120 million") and the
# signs no other country writes ("TSh 650", "USh", "₱").
_OWN_MARKS = {code: re.compile("|".join([rf"\b{code}\s?\d", rf"\d\s?{code}\b"] + [
                  re.escape(sign) + r"\s?\d" for signs in (LETTER_SIGNS, CURRENCY_SYMBOLS)
                  for sign, signed in signs.items() if signed == code and not re.fullmatch(_SHARED_SIGNS, sign)]))
              for countries in _SHARED_CURRENCIES.values() for code in countries}
# Currencies an article may write alike ("$", "pesos", "Rs", "dirhams"), each with the others it may be read
# as: two articles telling one story may read one written amount as two of them.
def _written_alike(groups):
    """Each code of ``groups`` with every code that shares a group with it (the peso's "P" and the pula's)."""
    alike = {}
    for group in groups:
        for code in group:
            alike[code] = alike.get(code, frozenset()) | frozenset(group)
    return alike


WRITTEN_ALIKE = _written_alike([{default, *countries} for default, countries in _SHARED_CURRENCIES.items()]
                               + [{"USD", *_DOLLAR_OF_PREFIX.values(), *_DOLLAR_OF_REGION.values()}])
# Those words themselves: a figure given by its code or sign ("MXN 500", "₹40") names its currency already.
_SHARED_CURRENCY_WORD = re.compile(r"\b(?:" + "|".join(word for word, code in CURRENCY_WORDS.items()
                                                     if code in _SHARED_CURRENCIES) + r"|pounds?)\b|"
                                   # and the signs several countries write
                                   rf"\b(?:{_SHARED_SIGNS})(?=\s?\d)", re.IGNORECASE)
_NAMED_WITH_ITS_COUNTRY = re.compile(r"\b(?:" + "|".join(map(re.escape, CURRENCY_OF_ADJECTIVE)) + r")\s+\w+$",
                                     re.IGNORECASE)


def _written_out(claim) -> bool:
    """Whether a figure's metric unit is spelled out after it ("6.4 kilometers", "400-meter", "3.5 micrograms
    per deciliter"), not given by its symbol ("6.4km")."""
    end = claim.end - claim.sentence_start
    return _METRIC_WORD.match(claim.sentence, end) is not None or _METRIC_WORD.search(claim.text) is not None


def article_dollar(body: str) -> str | None:
    """The dollar a bare "$" means in ``body``: the one other dollar it names or its dateline's, or None
    (the US dollar, or more than one other dollar named)."""
    named = set()
    for sign in _DOLLAR_SIGN.finditer(body):
        prefix = _PREFIX_BEFORE.search(body[max(0, sign.start() - 3):sign.start()])
        if prefix:
            named.add(_DOLLAR_OF_PREFIX[prefix.group(1)])
    if " dollar" in body:
        named.update(_DOLLAR_OF_PLACE[match.group(1)] for match in _COUNTRY_DOLLAR.finditer(body))
    if len(named) == 1:
        return named.pop()
    if named:
        return None
    opening = body[:80].lstrip()
    dateline = _DATELINE_DOLLAR.match(opening) or _DATELINE_CITY.match(opening)
    if dateline:
        return _DOLLAR_OF_REGION[dateline.lastgroup]
    dateline = _DATELINE_COUNTRY.match(opening)
    if dateline:
        return _DOLLAR_OF_PLACE[dateline.group(1)]
    if _DATELINE_ABROAD.match(opening):
        return None
    if ("NSW" in body or "Qld" in body) and _STATE_ABBREVIATION.search(body) \
            or "overnment" in body and _AUSTRALIAN_STATE_GOVERNMENT.search(body):
        return "AUD"
    if _writes_te_reo(body):
        return "NZD"
    if _PLACE_IN_PROVINCE.search(body) \
            or "illion" in body and _HYPHENATED_MILLIONS.search(body) and not _written_the_american_way(body) \
            or ("TSX" in body or "Toronto Stock" in body) and _CANADIAN_EXCHANGE.search(body) \
            or ("provinc" in body and _PROVINCIAL.search(body) and not _OTHER_CURRENCY.search(body)
                and not _governed_by_provinces_abroad(body)):
        return "CAD"
    if _written_the_british_way(body):
        # a "$" in news written the British way is not the US dollar: the one country the article names, or
        # Australia's for an article that names a state's government ("State Health Minister Natalie Okonjo") and
        # no money of another country (Mexico has states and pesos), or the country whose words it uses
        return _one_country_named(body) or ("AUD" if _STATE_GOVERNMENT.search(body)
                                            and not _OTHER_CURRENCY.search(body) else None) \
            or _dollar_of_the_words(body)
    # nor in news that leads with the one country it is about ("Australian pharmacists have been told"), or that
    # names a large city or a province of one country only ("a Brisbane IVF clinic", "a tiny B.C. village")
    if _written_the_american_way(body):
        return None
    return _one_country_named(body[:_LEAD]) \
        or _the_one({_DOLLAR_OF_REGION[match.lastgroup] for match in _CITY_DOLLAR.finditer(body)}) \
        or _dollar_of_the_words(body)


# Large cities (_LARGE_CITIES) named anywhere, and a Canadian province by its abbreviation before a noun ("a B.C.
# village"; not the "B.C." of a year).
_CITY_DOLLAR = re.compile(r"\b(?:" + "|".join(
    f"(?P<{region}>{'|'.join(city for city in cities if city not in _CITIES_NAMED_LIKE_PEOPLE)}"
    + (r"|B\.C\.(?= [a-z])" if region == "ca" else "") + ")" for region, cities in _LARGE_CITIES.items())
    + r")(?![\w-])")


def _governed_by_provinces_abroad(body: str) -> bool:
    """Whether the provinces ``body`` names are another country's: it names one of ``_PROVINCES_ABROAD`` and
    no place of Canada's (a Canadian story may name the markets its lobster goes to)."""
    return _PROVINCES_ABROAD.search(body) is not None \
        and not any(_DOLLAR_OF_PLACE[match.group(1)] == "CAD" for match in _COUNTRY_WORD.finditer(body))


def _the_one(dollars: set[str]) -> str | None:
    """The dollar of ``dollars`` when there is one only, else None."""
    return dollars.pop() if len(dollars) == 1 else None


def _dollar_of_the_words(body: str) -> str | None:
    """The dollar of the one country whose words for its own institutions an article uses ("Coun.",
    "debentures", "MPP"; "super fund", "tradies", "bushfire"), or None."""
    canadian, australian = _CANADIAN_WORDS.search(body), _AUSTRALIAN_WORDS.search(body)
    if (canadian is None) == (australian is None) or _OTHER_CURRENCY.search(body):
        return None
    return "CAD" if canadian else "AUD"


# Words of Canadian and Australian public life that the other country, and American news, do not use.
_CANADIAN_WORDS = re.compile(r"\b(?:Coun\.|MPPs?|MNAs?|debentures?|reeve|First Nations?|Crown corporations?|loonie|"
                             r"Maritimes|Atlantic Canada)(?!\w)")
_AUSTRALIAN_WORDS = re.compile(r"\b(?:super funds?|superannuation|tradies|ambos|bushfires?|outback|Centrelink|"
                               r"Senate estimates|servo|arvo|Shire|electorates?)\b", re.IGNORECASE)


def _writes_te_reo(body: str) -> bool:
    """Whether ``body`` uses te reo Māori (``_TE_REO``); plain strings first, as for British spellings."""
    if "marae" in body or "iwi" in body or "Aotearoa" in body or not body.isascii() and _MACRON.search(body):
        return _TE_REO.search(body) is not None and "Hawai" not in body
    return False


# How much of an article its lead takes, in characters: its first sentence or two.
_LEAD = 300


def _one_country_named(text: str) -> str | None:
    """The dollar of the one country ``text`` names, or None."""
    return _the_one({_DOLLAR_OF_PLACE[match.group(1)] for match in _COUNTRY_WORD.finditer(text)})


def temperature_scale(body: str, dollar: str | None) -> str:
    """The scale of a bare "degrees" in ``body``: Celsius when written the British way or when its money is
    not the US dollar (``dollar``: the article's bare "$", as ``article_dollar`` reads it)."""
    if _written_the_british_way(body) or _OTHER_CURRENCY.search(body) or dollar:
        return "degree celsius"
    return "degree fahrenheit"


def _written_the_american_way(body: str) -> bool:
    """American spellings and no British ones. As for the British ones, plain strings first."""
    if not any(word in body for word in _AMERICAN_WORDS):
        return False
    return _AMERICAN_SPELLING.search(body) is not None and _BRITISH_SPELLING.search(body) is None


# Strings every American spelling of _AMERICAN_SPELLING holds.
_AMERICAN_WORDS = ("percent", "meter", "liter", "center", "mile", "feet", "inches")


def _written_the_british_way(body: str) -> bool:
    """British spellings and no American ones. Every British spelling holds one of four plain strings,
    which C finds in a fraction of the time the pattern takes over a whole article."""
    if "per cent" not in body and "metre" not in body and "litre" not in body and "centre" not in body:
        return False
    return _BRITISH_SPELLING.search(body) is not None and _AMERICAN_SPELLING.search(body) is None
