"""What a figure measures, and the signs that two figures measure different things.

Two sources of evidence, both from the claim dict alone:

- the figure's ``subject`` (the extractor's key words for what is counted), compared as word stems,
  names and ordinary words (``SubjectTerms``);
- the clause around the number in its ``sentence`` (``LocalContext``): whose figure it is (the nearest
  name: "Aisha Grant's 48 percent"), which period it covers ("in the quarter" vs "this year") and
  which kind of count it is ("killing 48" vs "injuring 300"). Subjects pick up words from neighbouring
  clauses; the clause around the number does not.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from nltk.stem.porter import PorterStemmer

from factcheck.extract.figures import (
    DURATIONS, UNIT_ALIASES, is_particle_of_a_verb, is_passive_participle, singular, unit_name, unit_spellings,
)
from factcheck.extract.measures import CLAUSE_BREAK, REACH_LEFT, REACH_RIGHT, is_money, measure_kind

_STEMMER = PorterStemmer()
_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['\-])*")  # letters of any script, then digits too: "Yıldızspor", "Q3"


_STOPWORDS = frozenset(
    """a an the of to in on at by for from with and or but as is are was were be been being has have had
    it its this that these those which who whom whose than then so such into over under about around
    nearly roughly approximately almost some more less least most only just up down out per each their
    there they them his her he she we our us you your i my me not no nor very also s""".split()
)
_DAY_AND_MONTH_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split())
# Days, months and time adverbs say when, not what; generic verbs of reporting and change say how a
# number moved or was told, not what it counts ("Net profit rose" and "Revenue rose" share only "rose").
_NOT_WHAT_IS_MEASURED = _DAY_AND_MONTH_NAMES | frozenset(
    """today yesterday tomorrow earlier later ago now recently said says say told reported reports report
    posted announced added noted stated rose rise rises risen fell fall falls fallen increased increase
    increases decreased decrease grew grow grows dropped drop drops climbed climb jumped jump declined
    decline came come reached reach stood stands stand totaled totalled put puts figure figures number
    numbers amount total company firm""".split()
)
_NOT_CONTENT = _STOPWORDS | _NOT_WHAT_IS_MEASURED
# Words that make a different measure of the same thing: "organic growth of 3.5 percent" is not revenue
# growth, "adjusted earnings" are not earnings. ("Net" is left out: "profit" means net profit.)
_QUALIFYING_WORDS = frozenset("organic adjusted gross core underlying operating pretax pre-tax diluted "
                              "comparable like-for-like seasonally placebo sustained gust gusts peak peaked"
                              .split())

# Words that make a figure a plan, a forecast or an authorisation rather than a count of what happened:
# "a planned 3,000 satellites" does not measure the same thing as "102 satellites in orbit".
# A promise or a demand is not among them: what was promised or demanded is the amount a story reports ("the
# government has promised 120,000 dinars in emergency credit", "blocked the road, demanding the 3.8 billion pesos
# they say the cooperative owes them"); over the labelled stories such pairs were the same quantity as often as any.
PLAN_WORDS = frozenset("planned plan plans target targeted goal aim aims authorized authorised proposed "
                       "intended allowed licensed need needs requires required "
                       "forecast forecasts projected guidance "
                       # or a request: "the food bank is asking the county for $2.5 million", "prosecutors had asked
                       # for an 18-year sentence", "prosecutors will ask the court to remand 14 of the suspects"
                       "ask asked asking asks seek sought seeking seeks request requested requesting".split())
# Counted nouns that name the same things: "58,000 cars" and "85,000 vehicles" are comparable.
_UNIT_FAMILIES = {
    # Dollars: which one a bare "$" means is read from its article (extract.conventions), and two outlets may
    # read one story's dollar differently ("$41.7 million" in a local paper, "$41.7-million" under an
    # "Ont." dateline); their amounts are compared as one currency's.
    **dict.fromkeys(("USD", "CAD", "AUD", "NZD", "HKD", "SGD"), "USD"),
    **dict.fromkeys(("car", "truck", "van", "suv", "automobile", "vehicle", "tram", "streetcar", "trolleybus"),
                    "vehicle"),
    # Housing: "an 84-unit building" has 84 apartments; power customers are homes and businesses.
    **dict.fromkeys(("home", "house", "dwelling", "residence", "household", "apartment", "unit", "customer", "suite",
                     "flat", "condo", "condominium", "townhouse"), "home"),
    # News counts the same people in many words: "1,840 patients", "1,840 people", "its 640 workers",
    # "3,400 teachers" and "about 4,300 educators", "1,180 crew members" and "1,810 crew"; and jobs by the
    # people who hold them: "create 250 construction jobs", "employ about 250 workers".
    **dict.fromkeys(("person", "people", "individual", "adult", "resident", "patient", "participant",
                     "worker", "employee", "staffer", "staff", "child", "student", "pupil", "guard", "officer",
                     "miner", "teacher", "educator", "nurse", "doctor", "physician", "member", "crew",
                     "passenger", "traveler", "traveller", "rider", "runner", "voter", "visitor", "tourist",
                     "attendee", "spectator",
                     "fan", "player", "athlete", "soldier", "troop", "firefighter", "responder", "volunteer",
                     "protester", "demonstrator", "dockworker", "longshoreman", "driver", "pilot", "attendant",
                     "victim", "survivor", "evacuee", "inmate", "prisoner", "detainee", "migrant", "refugee",
                     "citizen", "inhabitant", "sailor", "seafarer", "mariner", "man", "woman", "infant", "baby",
                     "senior", "retiree", "farmer",
                     "applicant", "recipient", "security", "personnel", "agent", "trooper",
                     "deputy", "official", "subscriber", "user", "shopper", "diner", "guest", "camper",
                     "hiker", "climber", "swimmer", "fisherman", "fisher", "islander", "skier", "snowboarder",
                     "rescuer", "searcher", "commuter", "motorist", "pedestrian", "cyclist", "tenant", "renter",
                     "homeowner", "client", "caller", "viewer", "listener", "buyer", "investor", "shareholder",
                     "taxpayer", "parent", "cardholder", "patron", "borrower", "crewman", "schooler", "grader",
                     "job", "position", "role", "post", "vacancy", "finisher", "entrant", "competitor",
                     "holidaymaker", "birth", "grower", "rancher", "surgeon", "clinician", "researcher", "scientist",
                     "engineer", "lecturer", "academic", "mechanic", "technician", "dentist", "pharmacist",
                     "paramedic", "carer", "caregiver", "councillor", "councilor", "lawmaker", "legislator", "juror",
                     "lawyer", "attorney", "villager", "townsperson", "local", "pensioner", "welder", "labourer",
                     "laborer", "porter", "cleaner", "cook", "farmhand", "herder", "smallholder", "landowner",
                     "picker", "walker", "saver", "donor", "contractor", "assistant", "trainee", "apprentice",
                     "intern", "graduate", "teenager", "teen", "youth", "girl", "boy", "elder", "veteran",
                     "newborn", "beneficiary", "claimant", "plaintiff", "defendant", "bondholder", "depositor",
                     "policyholder", "delegate", "candidate", "suspect", "accomplice", "witness", "supporter",
                     "inspector", "hunter", "owner", "manager", "ranger", "diver", "archaeologist", "musician",
                     "reader", "journalist", "reporter", "artist", "singer", "dancer", "actor", "judge", "magistrate",
                     "coach", "referee", "punter", "mourner", "pilgrim", "devotee", "worshipper", "worshiper",
                     "consumer", "holder", "leaver", "collector", "racegoer", "festivalgoer", "concertgoer",
                     "churchgoer", "beachgoer", "moviegoer"),
                   "person"),
    **dict.fromkeys(("flight", "departure"), "flight"),
    # ridership: "31 million boardings", "21 million trips"
    **dict.fromkeys(("trip", "boarding", "ride", "journey"), "trip"),
    **dict.fromkeys(("restaurant", "store", "shop", "outlet", "location", "branch"), "outlet"),
    **dict.fromkeys(("surgery", "operation", "procedure", "transplant"), "surgery"),
    **dict.fromkeys(("launch", "mission"), "launch"),
    **dict.fromkeys(("boat", "vessel", "ship", "ferry", "trawler", "barge", "tanker"), "vessel"),
    **dict.fromkeys(("satellite", "spacecraft", "probe"), "spacecraft"),
    **dict.fromkeys(("item", "product", "good", "article"), "item"),
    **dict.fromkeys(("school", "campus"), "school"),
    **dict.fromkeys(("ramp", "boat ramp", "boat launch"), "ramp"),
    # One thing in two words: "17,000 salmon" and "17,000 fish" escaped a farm; "a plane", "the aircraft".
    **dict.fromkeys(("fish", "salmon", "trout", "cod", "tuna", "sardine", "herring", "mackerel"), "fish"),
    **dict.fromkeys(("aircraft", "plane", "airplane", "aeroplane", "jet", "airliner"), "aircraft"),
    **dict.fromkeys(("bicycle", "bike"), "bicycle"),
    **dict.fromkeys(("fire", "wildfire", "bushfire", "blaze"), "fire"),
    **dict.fromkeys(("factory", "plant"), "factory"),
    **dict.fromkeys(("tree", "palm"), "tree"),
    **dict.fromkeys(("licence", "license"), "licence"),
    **dict.fromkeys(("hive", "beehive"), "hive"),
    **dict.fromkeys(("game", "match"), "game"),
    **dict.fromkeys(("concert", "show", "gig"), "concert"),
    **dict.fromkeys(("dose", "shot", "jab"), "dose"),
    **dict.fromkeys(("case", "infection"), "case"),
    **dict.fromkeys(("booking", "reservation"), "booking"),
    **dict.fromkeys(("container", "box", "crate"), "container"),
    **dict.fromkeys(("cattle", "cow", "head", "livestock", "steer", "heifer"), "cattle"),  # "300 head of cattle"
    **dict.fromkeys(("charity", "nonprofit", "non-profit"), "charity"),
    # "64,000 merchants" and "600,000 businesses"; "27 businesses" and "35 dive operators"
    **dict.fromkeys(("business", "company", "firm", "merchant", "retailer", "vendor", "enterprise", "operator",
                     "consortium"), "business"),
    # People hurt or killed are counted as events too: "19 injuries", "61 killings", "67 people were killed".
    **dict.fromkeys(("injury", "casualty", "fatality", "death", "homicide", "killing", "murder",
                     "hospitalization", "hospitalisation"), "person"),
}
# Units of measure that convert into one another: (family, size in the family's base unit, offset). "150
# hectares" and "about 370 acres" are the same area; "1,200 feet" and "366 meters" the same depth; "31
# degrees Celsius" is 87.8 degrees Fahrenheit (a bare "degrees" in news is Fahrenheit: Celsius is named).
_CONVERSIONS = {
    "meter": ("length", 1.0), "kilometer": ("length", 1000.0), "centimeter": ("length", 0.01),
    "millimeter": ("length", 0.001), "metre": ("length", 1.0), "kilometre": ("length", 1000.0),
    "foot": ("length", 0.3048), "inch": ("length", 0.0254), "nautical mile": ("length", 1852.0),
    "yard": ("length", 0.9144), "mile": ("length", 1609.344),
    "square meter": ("area", 1.0), "square kilometer": ("area", 1e6), "square foot": ("area", 0.09290304),
    "square mile": ("area", 2589988.11), "acre": ("area", 4046.8564224), "hectare": ("area", 10000.0),
    "decare": ("area", 1000.0), "dunam": ("area", 1000.0),  # Bulgaria's and the Levant's farmland
    "kilogram": ("mass", 1.0), "gram": ("mass", 0.001), "pound": ("mass", 0.45359237),
    "ounce": ("mass", 0.028349523), "tonne": ("mass", 1000.0), "ton": ("mass", 907.18474),
    "quintal": ("mass", 100.0),  # India's sugar and grain: 100 kg
    "metric ton": ("mass", 1000.0),
    "liter": ("volume", 1.0), "litre": ("volume", 1.0), "gallon": ("volume", 3.785411784),
    "barrel": ("volume", 158.987295), "cubic meter": ("volume", 1000.0), "cubic metre": ("volume", 1000.0),
    "cubic yard": ("volume", 764.554858), "cubic foot": ("volume", 28.316846592),
    "acre-foot": ("volume", 1233481.8375),
    "mph": ("speed", 1.609344), "km/h": ("speed", 1.0), "knot": ("speed", 1.852),
    "mile per second": ("speed", 5793.6384), "kilometer per second": ("speed", 3600.0),
    "meter per second": ("speed", 3.6),
    "megaliter": ("volume", 1e6), "gigaliter": ("volume", 1e9),
    "byte": ("data", 1.0), "kilobyte": ("data", 1e3), "megabyte": ("data", 1e6), "gigabyte": ("data", 1e9),
    "terabyte": ("data", 1e12), "petabyte": ("data", 1e15),
    "kbps": ("data rate", 1e3), "Mbps": ("data rate", 1e6), "Gbps": ("data rate", 1e9), "Tbps": ("data rate", 1e12),
    "second": ("time", 1.0), "minute": ("time", 60.0), "hour": ("time", 3600.0), "day": ("time", 86400.0),
    "week": ("time", 604800.0), "month": ("time", 2629746.0), "year": ("time", 31556952.0),
    "decade": ("time", 315569520.0),
    "watt": ("power", 1.0), "kilowatt": ("power", 1e3), "megawatt": ("power", 1e6), "gigawatt": ("power", 1e9),
    "kilowatt-hour": ("energy", 1e3), "megawatt-hour": ("energy", 1e6), "gigawatt-hour": ("energy", 1e9),
    "terawatt-hour": ("energy", 1e12), "terawatt": ("power", 1e12),
    "degree celsius": ("temperature", 1.0), "degree fahrenheit": ("temperature", 5 / 9, -160 / 9),
    "degree": ("temperature", 5 / 9, -160 / 9),
    "micrometer": ("length", 1e-6), "nanometer": ("length", 1e-9),
    "milligram": ("mass", 1e-6), "microgram": ("mass", 1e-9), "nanogram": ("mass", 1e-12),
    "kilogramme": ("mass", 1.0),
    "milliliter": ("volume", 0.001), "centiliter": ("volume", 0.01), "deciliter": ("volume", 0.1),
    "hectoliter": ("volume", 100.0), "kiloliter": ("volume", 1000.0), "cubic centimeter": ("volume", 0.001),
    "cubic kilometer": ("volume", 1e12),
    "gigawatt hour": ("energy", 1e9), "megawatt hour": ("energy", 1e6), "kilowatt hour": ("energy", 1e3),
    "volt": ("voltage", 1.0), "kilovolt": ("voltage", 1e3),
    "hertz": ("frequency", 1.0), "kilohertz": ("frequency", 1e3), "megahertz": ("frequency", 1e6),
    "gigahertz": ("frequency", 1e9),
    # flows of water, in litres a second: "610 litres per second", "0.61 cubic metres per second"
    "liter per second": ("flow", 1.0), "cubic meter per second": ("flow", 1000.0),
    "cubic foot per second": ("flow", 28.316846592), "gallon per minute": ("flow", 3.785411784 / 60),
    "liter per hour": ("flow", 1 / 3600), "cubic meter per hour": ("flow", 1000 / 3600),
    # what a litre or a cubic metre of water or air holds, in milligrams a litre
    "gram per liter": ("concentration", 1000.0), "milligram per liter": ("concentration", 1.0),
    "microgram per liter": ("concentration", 1e-3), "nanogram per liter": ("concentration", 1e-6),
    "microgram per deciliter": ("concentration", 1e-2), "milligram per deciliter": ("concentration", 10.0),
    "milligram per cubic meter": ("concentration", 1e-3), "microgram per cubic meter": ("concentration", 1e-6),
    # what a kilogram of soil or food holds, in parts per million
    "milligram per kilogram": ("mass fraction", 1.0), "microgram per gram": ("mass fraction", 1.0),
    "microgram per kilogram": ("mass fraction", 1e-3), "part per million": ("mass fraction", 1.0),
    "part per billion": ("mass fraction", 1e-3),
    "tonne per hectare": ("yield", 1.0), "kilogram per hectare": ("yield", 0.001),
}
# Units keep their article's spelling: "kilometre" converts as "kilometer" does.
_CONVERSIONS.update({spelling: conversion for unit, conversion in list(_CONVERSIONS.items())
                     for spelling in unit_spellings(unit)})

# Capitalised words that are not names: ordinary words starting a subject or sentence ("Officials",
# "Daily ridership"), titles ("Mayor Tom Reyes"); any other capitalised word is taken for a name.
_NOT_NAMES = frozenset("""
    officials official lawmakers legislators authorities police officers residents critics analysts experts
    economists investors voters workers employees staff rescuers firefighters crews doctors nurses
    patients students teachers parents people families researchers scientists regulators prosecutors
    investigators witnesses survivors victims riders passengers customers consumers shoppers farmers
    companies company government administration ministry agency department council board committee
    congress parliament court city county state country region daily weekly monthly annual yearly total
    overall average new last first second third next more most less fewer some many several about nearly
    roughly almost only over under up down sales revenue profit costs cost prices price spending budget
    funding shares stocks rates rate fares fare ridership turnout support demand output exports imports
    mayor president governor senator representative minister secretary chancellor premier chief chair
    gov sen rep lt gen col capt sgt supt det insp atty
    chairman chairwoman director judge general colonel captain sergeant commissioner councilor councillor
    member spokesman spokeswoman spokesperson mr mrs ms dr prof sir lady lord with without
    """.split()) | _DAY_AND_MONTH_NAMES

# The period a figure covers: a quarter's deliveries are not a year's.
_PERIOD_OF_WORD = {
    **dict.fromkeys(("quarter", "quarterly", "first-quarter", "second-quarter", "third-quarter",
                     "fourth-quarter"), "quarter"),
    **dict.fromkeys(("year", "years", "annual", "annually", "yearly", "full-year"), "year"),
    **dict.fromkeys(("month", "months", "monthly"), "month"),
    **dict.fromkeys(("week", "weeks", "weekly"), "week"),
    **dict.fromkeys(("day", "days", "daily"), "day"),
}
# Words right before a number ("up 12%", "by 25 cents") or right after it ("a 21% increase", "10 percent
# more") that make it a change rather than a level.
_CHANGE_BEFORE = frozenset("up down rose fell rise risen fallen increased decreased grew dropped climbed jumped "
                           "adding added adds shed wiped erased trimmed boosted "
                           "declined gained lost raised lowered by".split())
# "Ticket sales raised $210 million": money raised is an amount, not a change ("raised the fare by").
_RAISED_MONEY = frozenset({"raised", "raise", "raises", "raising"})
# "The storm dropped nearly two feet of snow": for amounts of things, these verbs deposit, not change.
_DEPOSIT_VERBS = frozenset({"dropped", "added", "adding", "adds", "shed"})
# Except that things counted, not measured, are added to a total: "added roughly 1,400 subscribers".
_ADDING = frozenset({"added", "adding", "adds"})
_CHANGE_AFTER = frozenset("increase increases rise rises jump gain gains drop drops decline declines fall falls "
                          "cut cuts growth higher lower more less hike hikes".split())
# "fell to", "has narrowed to": the report says the quantity moved down to this value, since the last
# report when a present perfect or "now" tells it.
_FELL = frozenset("fell fallen falling dropped dropping declined declining decreased narrowed narrowing shrank "
                  "shrunk shrinking slipped dipped sank slid eased tumbled plunged".split())
_SINCE_LAST_REPORT = frozenset({"has", "have", "now", "since"})  # "has since risen to"
# "rose to 1,610", "climbed to", "reached": the report itself says the quantity moved up to this value.
_ROSE = frozenset("rose risen rising climbed climbing increased increasing grew grown growing jumped swelled "
                  "expanded spread widened pushing pushed bringing brought taking took "
                  "soared surged rises climbs increases grows jumps swells expands spreads widens extended extends "
                  "lengthened enlarged enlarges".split())
# A count that has gone past a value since it was last told: "Penalties have passed 19.1 million zlotys",
# "the petition has now topped 4,000 signatures" (not "has exceeded its extraction limit", a comparison).
_PASSED = frozenset({"passed", "topped", "surpassed", "crossed"})
# How many words before "to" a verb of growth may stand: its object between them ("widened the Merrin Bay
# shellfish closure to", "brought the number of rescue workers on the ground to", "has raised its offer for the
# bankrupt Hakuzan Kogen ski resort to"); the clause's own words (``REACH_LEFT``) bound it too.
_ROSE_REACH = 13
# "raised its estimate of annual cost savings to C$170 million", "cutting the capacity awarded to 2,790 MW":
# someone revised the figure to this value, so an earlier report of the old value is no contradiction.
_REVISED_UP = frozenset("raised raising lifted lifting boosted boosting upped hiked hiking upgraded ramped "
                        "revised".split())
# Verbs after "to" that say what a thing grew to take in: "expanded to cover 3,900 people".
_TAKING_IN = frozenset({"cover", "include", "encompass"})
# A source raising its own count, however long what it counts: "raised its count of vaccine doses lost in last
# weekend's cold chain failure in Dalupan to 52,300".
_RAISED_ITS_COUNT_TO = re.compile(r"\b(?:raised|lifted|increased|revised up(?:wards?)?) (?:its|their|the) "
                                  r"(?:official )?(?:count|estimate|tally|toll|total|figure)\b[^.;:]{0,120}\bto $")
_REVISED_DOWN = frozenset("lowered lowering cut cutting trimmed trimming reduced reducing slashed slashing "
                          "downgraded revised".split())


@dataclass(frozen=True)
class SubjectTerms:
    """The comparable words of a figure's subject: stems, lowercased ordinary words (for the plan
    markers, which stemming would confuse with names: "projected" and "Project Kuiper"), names, the
    stems of the ordinary words, and the first name."""

    stems: frozenset
    words: frozenset
    qualifying: frozenset
    entities: frozenset
    common: frozenset
    lead_name: str | None

    @classmethod
    def of(cls, claim):
        """The terms of a figure claim's subject."""
        figure = claim.get("figure") or {}
        return _subject_terms(figure.get("subject") or "", (figure.get("unit") or "").lower())


# Detection compares one new figure with up to dozens of candidates: the terms of a subject and the
# context of a sentence are computed once, not once per pair.
@functools.lru_cache(maxsize=8192)
def _subject_terms(subject, unit):
    words = [_strip_possessive(word) for word in _WORD.findall(subject) if len(word) > 1]
    ignored = _NOT_CONTENT | {unit}
    counted = units_like(unit) | {unit} if unit else frozenset()
    # The counted noun is compared through the unit: "children" and "students" are both people.
    stems = frozenset(_stem(word) for word in words
                      if word.lower() not in ignored and singular(word) not in counted)
    names = [_STEMMER.stem(word.lower()) for position, word in enumerate(words)
             if _is_name(word, initial=position == 0)]
    lowered = frozenset(word.lower() for word in words if not word[0].isupper())
    # Ordinary words: everything that is not a name ("Revenue rose" starts with one).
    common = frozenset(_stem(word) for position, word in enumerate(words)
                       if word.lower() not in ignored and not _is_name(word, initial=position == 0)) & stems
    qualifying = frozenset(word.lower() for word in words) & _QUALIFYING_WORDS
    return SubjectTerms(stems, lowered, qualifying, frozenset(names), common, names[0] if names else None)


# Stemming is the costliest step of comparing two articles' words, and news repeats its words.
@functools.lru_cache(maxsize=65536)
def _stem(word):
    """A word's stem; period words fold to their period ("quarterly" and "quarter" match), and words
    news uses for one thing to one word each ("will cost" and "will spend", "plant" and "factory")."""
    lowered = word.lower()
    return _PERIOD_OF_WORD.get(lowered) or _SAME_THING.get(lowered) or _STEMMER.stem(lowered)


_SAME_THING = {
    **dict.fromkeys("cost costs costing spend spends spending spent price priced bill expense expenses "
                    "outlay".split(), "cost"),
    **dict.fromkeys("revenue revenues sales turnover".split(), "revenue"),
    **dict.fromkeys("plant plants factory factories facility facilities mill mills".split(), "plant"),
    **dict.fromkeys("study studies trial trials".split(), "study"),
    **dict.fromkeys("workforce workforces staff staffs headcount employee employees".split(), "workforce"),
    # "4,100 flight attendants", "about 3,200 cabin crew members"
    **dict.fromkeys("attendant attendants crew crews".split(), "crew"),
    # "a $48-million deficit", "an $84-million gap in next year's budget"
    **dict.fromkeys("deficit deficits gap shortfall".split(), "shortfall"),
    # "cut 860 jobs", "eliminate about 620 positions", "shed 1,400 roles"
    **dict.fromkeys("cut cuts cutting eliminate eliminates eliminated eliminating slash slashes slashed slashing "
                    "shed sheds shedding axe axes axed axing layoffs redundancies".split(), "cut"),
    **dict.fromkeys("job jobs position positions role roles post posts".split(), "job"),
    # "12 killed" and "the death toll rose to 12"; "47 injured" and "47 people were hurt"
    **dict.fromkeys("death deaths dead die died dies dying kill kills killed killing fatality fatalities toll "
                    "tolls".split(), "death"),
    **dict.fromkeys("injure injured injures injuring injury injuries hurt wounded wounding".split(), "injur"),
    **dict.fromkeys("evacuate evacuated evacuates evacuating evacuation evacuations evacuee evacuees displaced "
                    "flee fled fleeing".split(), "evacu"),
    **dict.fromkeys("attend attended attending attends attendance crowd crowds turnout".split(), "attend"),
    **dict.fromkeys("home homes house houses dwelling dwellings".split(), "home"),
    **dict.fromkeys("arrest arrests arrested arresting detain detained detaining detention".split(), "arrest"),
    **dict.fromkeys("buy buys bought buying purchase purchases purchased acquire acquires acquired acquisition "
                    "takeover".split(), "buy"),
    **dict.fromkeys("fine fines fined penalty penalties".split(), "fine"),
    **dict.fromkeys("wage wages salary salaries".split(), "wage"),
    **dict.fromkeys("profit profits earnings".split(), "profit"),
    **dict.fromkeys("student students pupil pupils".split(), "student"),
    **dict.fromkeys("compensation payout payouts settlement settlements".split(), "compens"),
    **dict.fromkeys("loan loans lend lends lent lending".split(), "loan"),
    **dict.fromkeys("passenger passengers traveller travellers traveler travelers rider riders".split(), "passeng"),
    **dict.fromkeys("resident residents inhabitant inhabitants".split(), "resid"),
}
_WORDS_FOR = {}
for _word, _thing in _SAME_THING.items():
    _WORDS_FOR.setdefault(_thing, []).append(_word)


def with_synonyms(subject):
    """The subject's words followed by the other words for the same things ("plant" brings "factory"),
    for the candidate query: the index holds the words as written."""
    words = subject.split()
    extra = [other for word in words for other in _WORDS_FOR.get(_SAME_THING.get(word.lower()), ())
             if other != word.lower()]
    return " ".join(words + extra)


def is_content_word(word):
    """True for a word that can say what is measured: not a stop word, a day or month, a reporting verb or
    a verb of change, nor a single letter."""
    return len(word) > 1 and word.lower() not in _NOT_CONTENT


def content_stem(word):
    """The comparable form of a content word: its stem, possessive dropped, synonyms folded."""
    return _stem(_strip_possessive(word))


def _strip_possessive(word):
    return word[:-2] if word.endswith(("'s", "\u2019s")) else word


def _is_name(word, initial=False):
    """A capitalised word that is not an ordinary word written at the start of a sentence ("Officials",
    "Hackers"), a title ("Mayor") or a day or month."""
    lowered = word.lower()
    if not word[0].isupper() or lowered in _STOPWORDS or lowered in _NOT_NAMES:
        return False
    # At the start, a plural of people or things ("Hackers stole", "Analysts said") is capitalised only
    # because it starts the sentence; a name there ("Kuiper, by contrast") keeps its capital anyway.
    return not (initial and lowered.endswith(_PLURAL_NOUN_ENDINGS) and word[1:].islower())


_PLURAL_NOUN_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "ics", "ees", "ives")

# "17 of the derailed cars", "about 240 of them": a part of a group named elsewhere.
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|them|those|these|whom|which|our|his|her)\b", re.IGNORECASE)
# "employs about 14,500 people in Minas Gerais alone": the part of a whole that is in one place or kind
_ALONE = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s+alone\b", re.IGNORECASE)


def is_part_of_group(after, unit):
    """Whether the words after a number make it a part of a group ("Six of the injured", "14,500 people in Minas
    Gerais alone"); a percentage "of the vote" is a share, not a part."""
    return unit != "%" and bool(_PART_OF.match(after) or _ALONE.match(after))


@dataclass(frozen=True)
class LocalContext:
    """What the clause around the number says: whose figure, over which period, per what ("$1.14 a
    share"), which kind of quantity, whether it is a running total ("has so far issued notices to 180";
    the sentence may say so too: "up from seven on Monday"), and its words, lowered."""

    owner: frozenset
    period: str | None
    per: str | None
    measure: str | None
    is_change: bool
    is_start: bool
    moved_up: bool
    so_far: bool
    predicate: frozenset
    is_included: bool
    place: frozenset
    is_span: bool
    words: frozenset = frozenset()
    is_part: bool = False
    moved_down: bool = False
    moved_up_since_last_report: bool = False
    is_whole: bool = False  # the whole a counted part is out of: "six of the LGA's 13 wards"

    @classmethod
    def of(cls, claim):
        """The local context of a figure claim (empty when its text is not found in its sentence)."""
        figure = claim.get("figure") or {}
        return _local_context(claim.get("sentence") or "", claim.get("text") or "", figure.get("unit"),
                              figure.get("measure"))


@functools.lru_cache(maxsize=8192)
def _local_context(sentence, text, unit, measure):
    money = is_money(unit)
    at = sentence.find(text) if text else -1
    if at < 0:
        return LocalContext(frozenset(), None, None, measure, False, False, False, False, frozenset(), False,
                            frozenset(), False)
    before, after = sentence[:at], sentence[at + len(text):]
    left_clause = CLAUSE_BREAK.split(before)[-1]
    right_clause = CLAUSE_BREAK.split(after)[0]
    right_words = _WORD.findall(right_clause)[:REACH_RIGHT]
    left_words = _WORD.findall(left_clause)[-REACH_LEFT:]
    last_left = left_words[-1].lower() if left_words else ""
    # The word right after the number, or after its counted noun: "a 21% increase", "10 percent more",
    # "300 jobs fewer"; not the verb of a clause whose subject the number describes ("The 1,140-foot ship
    # cut its voyage short").
    following = [word.lower() for word in right_words[:2]]
    if following and singular(following[0]) == (unit or "").lower():
        following = following[1:]
    # "staffed by 850 volunteers", "set up 300 camp beds": the word before the number belongs to a verb
    word_before = left_words[-2].lower() if len(left_words) > 1 else ""
    of_a_verb = last_left == "by" and is_passive_participle(word_before) \
        or is_particle_of_a_verb(word_before, last_left)
    is_change = bool(last_left in _CHANGE_BEFORE and (last_left not in _DEPOSIT_VERBS or money or unit == "%"
                                                      or last_left in _ADDING and unit not in _CONVERSIONS)
                     and not (money and last_left in _RAISED_MONEY) and not of_a_verb
                     or following[:1] and following[0] in _CHANGE_AFTER)
    lowered_left = [word.lower() for word in left_words[-3:]]
    # "a further 1,900 hectares", "another 45 workers": what was added to a total, not the total
    is_change = is_change or lowered_left[-1:] == ["another"] or lowered_left[-2:] in (["a", "further"],
                                                                                      ["an", "additional"])
    # "rose to 1,610", "widened overnight to about 15 metres", "widened the shellfish closure to 5,600 acres",
    # "reached 12"; not a sum of money ("ticket revenue reached $16.4m" is a total, not a count on its way up)
    # nor a reading ("Temperatures reached 46.2 degrees" is the day's peak)
    # ("climbed past 4,800", "rose above 500": past the value, on the way up)
    # ("expanded to cover 3,900 people": what grew to include the number)
    to_at = -2 if lowered_left[-2:-1] == ["to"] and lowered_left[-1] in _TAKING_IN else -1
    verbs_before_to = {word.lower() for word in left_words[-_ROSE_REACH + to_at + 1:to_at]} \
        if lowered_left[to_at:][:1] in (["to"], ["past"], ["above"], ["beyond"]) else set()
    moved_up = lowered_left[-1:] == ["reached"] and not money and not is_reading(unit) \
        or lowered_left[-2:-1] and lowered_left[-2] in _SINCE_LAST_REPORT and lowered_left[-1] in _PASSED \
        or bool(verbs_before_to & (_ROSE | _REVISED_UP)) \
        or lowered_left[-1:] == ["to"] and _RAISED_ITS_COUNT_TO.search(before) is not None
    # "her lead has narrowed to 131 votes", "it has now eased to about 260": a fall since the last report; not
    # a fall since last year told in the past tense ("quarterly profit fell to $213 million")
    since_last_report = len(lowered_left) == 3 and lowered_left[0] in _SINCE_LAST_REPORT and lowered_left[2] == "to"
    moved_down = since_last_report and lowered_left[1] in _FELL or bool(verbs_before_to & _REVISED_DOWN)
    # Claims stored before figures carried their measure get it from the same words now.
    measure = measure or measure_kind(before, after, money)
    per = _per(after)
    # the part grew, not the whole it is out of ("Forty-one of the 42 lots have now found buyers")
    is_whole = _is_the_whole_of_a_part(sentence, at)
    return LocalContext(_owner(before, after), _period(left_words + _WORD.findall(right_clause)), per,
                        measure, is_change, _is_start(before), moved_up,
                        # a percentage told with growth is the size of a change ("fares will rise 4.9 per
                        # cent"), not a running count
                        # ("261 suspected cases have been recorded so far": told after the number too)
                        bool(_so_far_before(left_clause) or _SO_FAR_AFTER.match(right_clause)
                             or unit != "%" and not is_whole and _growth_told(sentence, at, at + len(text))),
                        _predicate(after), bool(lowered_left) and lowered_left[-1] in _INCLUDING,
                        _place(left_clause) | _place(right_clause),
                        unit in DURATIONS and lowered_left[-1:] == ["over"] and bool(_DIGIT.search(left_clause)),
                        frozenset(word.lower() for word in left_words + right_words),
                        is_part_of_group(after, unit), moved_down,
                        # "has risen to 2,100": up since the last report, not since last year ("climbed to")
                        since_last_report and lowered_left[1] in _ROSE, is_whole)


def time_markers(before, after, linked=None, published_year=None):
    """``(years and quarters named, told of an earlier period)`` for the number between ``before`` and
    ``after``, read in its ``marker_reach``. A year named by where it stands from the report's
    (``published_year``) is that year: "last year" in 2026 is 2025."""
    reach = marker_reach(before, after, linked)
    years = frozenset(match.group(0) for text in reach for match in _YEAR.finditer(text))
    if published_year and any("year" in text for text in reach):
        years |= frozenset(str(published_year + _RELATIVE_YEAR[match.group(1).lower()])
                           for text in reach for match in _YEAR_FROM_NOW.finditer(text))
    return (years | frozenset(_quarter_named(match) for text in reach if "uarter" in text or "Q" in text
                              for match in _QUARTER.finditer(text)),
            any(_PAST_PERIOD.search(text) for text in reach))


# Years named by where they stand from the report's: "last year", "this year", "next year".
_YEAR_FROM_NOW = re.compile(r"\b(last|previous|this|next) year\b", re.IGNORECASE)
_RELATIVE_YEAR = {"last": -1, "previous": -1, "this": 0, "next": 1}


def _quarter_named(match):
    """"Q3" for "third-quarter revenue", "the third quarter" and "Q3"."""
    return "Q" + (match.group(2) or str(_QUARTER_ORDINALS.index(match.group(1).lower()) + 1))


def marker_reach(before, after, linked=None):
    """The text either side of a number whose time markers belong to it: up to every other number in the
    sentence. A marker before a change belongs to both of its ends ("Last year Congress raised the budget
    from $900 million to $13 billion"); one after it, to the nearer end only ("$4.8 million, up from $3.9
    million last year": last year's is the $3.9 million)."""
    if linked:
        before = before.replace(linked, " " * len(linked))
    numbers_before = [match.end() for match in _OTHER_NUMBER.finditer(_YEAR.sub("    ", before))]
    start = max(numbers_before, default=0)
    if numbers_before:
        # a marker before a clause joined on belongs to the other number's clause ("87 dredges operating in
        # January and February, and that troops had destroyed 36 of them")
        start = max([start] + [match.end() for match in _JOINED_CLAUSE.finditer(before, start)])
    first_other = next((match.start() for match in _OTHER_NUMBER.finditer(_YEAR.sub("    ", after))), len(after))
    return before[start:], after[:first_other]


_JOINED_CLAUSE = re.compile(r", (?:and|but|while|whereas) |; ")


# Markers of an earlier period than the story's own: "Last year, just 14 runners ...", "a $7.9 million loss the year
# before", "a smaller round in 2024" (a year is read apart).
_PAST_PERIOD = re.compile(r"\b(?:last|previous|prior|preceding) (?:year|season|month|week|quarter|time)\b|"
                          r"\b(?:a|the) (?:year|month|decade|season) (?:earlier|ago|before)\b|\bpreviously\b|"
                          r"\bin the past\b",
                          re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Which quarter of a year: "third-quarter revenue" is not "the fourth quarter's".
_QUARTER_ORDINALS = ("first", "second", "third", "fourth")
_QUARTER = re.compile(r"\b(first|second|third|fourth)[- ]quarter\b|\bQ([1-4])\b", re.IGNORECASE)
# Any other number: a time marker belongs to the number nearest it, with no other number in between.
_OTHER_NUMBER = re.compile(r"\d")


def _place(clause):
    """The names after a preposition of place in a clause: "14 inches of rain on Port Alder" -> port, alder."""
    words = _WORD.findall(clause)
    names = set()
    for position, word in enumerate(words):
        if word.lower() not in _PLACE_PREPOSITIONS:
            continue
        following = words[position + 1:position + 4]
        if following and following[0].lower() in _REGION_WORDS:
            following = following[1:]
        for name in following:
            if not _is_name(_strip_possessive(name)):
                break
            names.add(_STEMMER.stem(_strip_possessive(name).lower()))
    return frozenset(names)


def _predicate(after):
    """What the people or things after "of" did, for a share of them: "52% of patients taking the pill
    saw their migraine days fall" -> saw, migraine, days, fall; "6.8% of patients stopped treatment" ->
    stopped, treatment. Empty when no verb is seen in the clause."""
    of = _OF.match(after)
    if not of:
        return frozenset()
    words = _WORD.findall(CLAUSE_BREAK.split(after[of.end():], 1)[0])
    for position, word in enumerate(words):
        lowered = word.lower()
        if lowered in _VERBS_OF_A_SHARE or position and lowered.endswith("ed"):
            rest = (other.lower() for other in words[position:position + _PREDICATE_WORDS])
            return frozenset(_stem(other) for other in rest if other not in _STOPWORDS and other not in _AUXILIARIES)
    return frozenset()


_OF = re.compile(r"\s+of\s+")
_DIGIT = re.compile(r"\d")
_INCLUDING = frozenset("including includes include".split())
_PREDICATE_WORDS = 6
_AUXILIARIES = frozenset("had has have were was are is will would could did do does can been be being".split())
# Verbs a share of people is often the subject of, besides those in -ed: "had", "saw", "support".
_VERBS_OF_A_SHARE = _AUXILIARIES | frozenset("""saw see sees quit say says support supports oppose opposes
    want wants got get gets took take takes think thinks believe believes plan plans use uses live lives
    own owns work works""".split())


def _per(after):
    """What a figure is given per, right after it: "$1.14 a share", "340,000 barrels per day", "$55 million
    annually" (a period: "year"). A rate is not an amount, nor a rate per something else."""
    slash = _PER_SLASH.match(after) if after[:1] == "/" else None
    if slash:  # "US$1,412/oz" is "US$1,480 an ounce"
        word = slash.group(1).lower()
        return _PERIOD_OF_WORD.get(word) or unit_name(UNIT_ALIASES.get(word) or singular(word))
    each = _EACH.match(after)
    if each and (each.group(1) is None or each.group(1) in _STOPWORDS):
        return EACH_ONE  # "₹50 lakh each in compensation": per one of those the sentence names
    match = _PER.match(after)
    if match and match.group(1) not in _STOPWORDS and match.group(1) not in _OPENING_A_CLAUSE:
        word = match.group(2)
        if word.endswith("ed") and match.group(3) and match.group(3) not in _STOPWORDS:
            word = match.group(3)  # "TSh 200,000 per bereaved household": per household
        word = _PERIOD_OF_WORD.get(word, word)
        return _ONE_OF_A_KIND.get(word, word)  # "per household" and "per family" are one rate
    adverb = _PER_ADVERB.match(after)
    return _PERIOD_OF_WORD[adverb.group(1)] if adverb else None


# "$1.14 a share", "124 bushels an acre", "TSh 200,000 per bereaved household" (the word after, for a participle)
_PER = re.compile(r"(?:\s+([a-z]+))?\s+(?:a|an|per|each|every)\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")
# Words that open a clause of their own after an amount: "has risen to four after a young man died" is no rate.
_OPENING_A_CLAUSE = frozenset({"after", "before", "since", "when", "while", "until", "because", "following",
                               "despite", "if", "where", "once", "unless", "though", "although"})
# "each" or "apiece" closing an amount: per one of the things the sentence counts, whichever they are.
_EACH = re.compile(r"\s+(?:each|apiece)\b(?:\s+([a-z]+)\b)?")
EACH_ONE = "one"
# Words for one unit a rate is given per, folded: "per household" and "per family", "per person" and "a head".
_ONE_OF_A_KIND = {"family": "household", "home": "household", "head": "person", "capita": "person",
                  "resident": "person", "inhabitant": "person", "pupil": "student", "child": "student"}
_PER_SLASH = re.compile(r"/([A-Za-z]+)\b")
_PER_ADVERB = re.compile(r"(?:\s+[a-z]+)?\s+(annually|yearly|monthly|weekly|daily)\b")
# Words that make a count a running total, which a later report may raise.
_SO_FAR = re.compile(r"\b(?:so far|thus far|to date|ha(?:s|ve) now)\b", re.IGNORECASE)
# ... or after it, closing its own clause: "261 suspected cases have been recorded so far", "112 schools had already
# expressed interest" (not "has now" after it, which may be another subject's: "eight-panel screens says donations
# have now passed")
_SO_FAR_AFTER = re.compile(r"\W*(?:[\w'’-]+\W+){0,6}?(?:so far|thus far|to date|already)\b", re.IGNORECASE)
# Words anywhere in a sentence that tell of a count that has grown: "Twelve people have now been treated,
# up from seven on Monday", "bringing the total to $5.3 million", "the agency now counts five infants"; not
# a change since a past year ("23 percent since 2020") or an offer "unchanged since December".
_GROWTH_TOLD = re.compile(r"\b(?:up from|now(?! (?:expected|scheduled|due|set|slated|planned) to\b)|"
                          r"latest (?:filing|report|count|figures|update|tally|data|numbers)|"
                          r"as of|(?<!unchanged )since(?! (?:the )?(?:(?:early|mid|late)[ -])?(?:19|20)\d\d)|"
                          r"by the time|"
                          r"by (?:Monday|Tuesday|Wednesday|Thursday|"
                          r"Friday|Saturday|Sunday|the end of)|bringing (?:the|its|their) (?:total|tally|count) to|"
                          r"(?:has|have|had) (?:grown|risen|climbed) to)\b", re.IGNORECASE)


# Tellings that date what comes before them: "since Tuesday", "by Friday", "as of June 3".
_DATINGS = ("since", "by", "as of")
# What opens another predicate between a number and a dating after it, which dates that predicate: a verb
# joined to the first ("and has been idle since"), or the sentence's own verb after an aside about its
# subject ("Tallis Lake, home to 4,200 residents, has been a ghost town since the weekend").
_COORDINATED_PREDICATE = re.compile(r"\b(?:and|but)(?: \w+){0,2} (?:has|have|had|is|are|was|were)\b|"
                                    r",\s+(?:has|have|had|is|are|was|were)\b")
# A relative clause may open one too before "since" ("500 workers, who have been on strike since May"); before
# "by" it seldom does ("recaptured nine of the inmates who broke out ... by Tuesday evening").
_ANOTHER_PREDICATE = re.compile(_COORDINATED_PREDICATE.pattern + r"|\b(?:while|which|who)\b")


# A number between a sign of growth and a figure takes the sign for itself: in "27 miles of shoreline had
# documented 4,870 nests by Monday" the nests grew, not the shoreline.
_NUMBER_IN_TEXT = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|"
                             r"hundred|thousand|million|billion|half|third|quarter)\b", re.IGNORECASE)


# The whole a part is of, right after the part: "of the 42 lots".
_PARTITIVE_WHOLE = re.compile(r"^\s*of (?:the|its|their|all) [\d,]+(?: [a-z]+){1,2}")


# The words between a part and its whole, right before the whole: "5,400 tonnes had now been delivered, out of a
# total release of 320,000 tonnes", "Forty-one of the 42 lots have now found buyers", "Six of Agbaduma's 11 wards".
_WHOLE_OF_A_PART = re.compile(r"\b(?:out of (?:a |the )?(?:total (?:[a-z]+ )?of )?|of (?:the|all|its|their|our) |"
                              r"of (?:the )?[\w.-]+['’]s )$")


# Tellings that follow the number they date ("52,000 ha by Wednesday", "6.8 percent since Tuesday"); "now" and
# "has risen to" come before theirs.
_TELLINGS_AFTER_A_NUMBER = (*_DATINGS, "up from")
# How many words may come before a dating that still opens its sentence ("By Tuesday evening,", "But since
# the weekend,").
_OPENING_WORDS = 3


def _growth_told(sentence, start, end):
    """Whether the sentence tells of growth (``_GROWTH_TOLD``) with no other number between the telling
    and the figure at ``start:end``. A date after a number in its clause dates that number's change
    ("shares have gained 6.8 percent since Tuesday, when regulators approved the $2.9 billion plan",
    "had sprayed 52,000 ha by Wednesday, ..., but growers warn that the R84 million budget")."""
    for match in _GROWTH_TOLD.finditer(sentence):
        telling = match.group(0).lower()
        between = sentence[match.end():start] if match.end() <= start else sentence[end:match.start()]
        if _another_number_between(between):
            continue
        if match.start() >= end and (telling == "since" and _ANOTHER_PREDICATE.search(between)
                                     or telling.startswith(_DATINGS) and _COORDINATED_PREDICATE.search(between)):
            continue  # another predicate's date: "employs about 340 people and has been idle since mid-February",
            # "face a fine of Rp2 million, officials say, but no fines had been issued by Friday"
        if match.end() <= start and telling.startswith(_TELLINGS_AFTER_A_NUMBER) \
                and _NUMBER_IN_TEXT.search(CLAUSE_BREAK.split(sentence[:match.start()])[-1]):
            continue
        if match.end() <= start and telling.startswith(_DATINGS) and CLAUSE_BREAK.search(between) \
                and len(sentence[:match.start()].split()) >= _OPENING_WORDS:
            continue  # a dating in a clause of its own dates that clause: "had received no antivenom since October,
            # when a shipment of 4,000 vials ..."; one that opens the sentence dates all of it ("Since Monday, 4,000")
        if telling == "up from" and starts_in_a_past_period(sentence[match.end():]):
            continue  # "EGP 150 billion, up from EGP 95 billion last year": a year's change, no running count
        if telling == "up from" and match.end() <= start and _FROM_VALUE.fullmatch(between):
            continue  # "up from about GHS 1,400 in early January": the value the count moved from, no running one
        if match.start() >= end and telling == "now" \
                and _NUMBER_IN_TEXT.search(" ".join(sentence[match.end():].split()[:3])):
            continue  # "a pair of eight-panel screens ..., says donations have now passed 1.02 billion yen": "now"
            # is of the number right after it
        return True
    return False


def _so_far_before(left_clause):
    """Whether the clause before a figure says its count runs on ("has so far issued notices to 180"), with no
    other number between that takes it for itself ("have now recovered 418 logs from two sites just 12
    kilometres from the border")."""
    tellings = list(_SO_FAR.finditer(left_clause))
    return bool(tellings) and not _another_number_between(left_clause[tellings[-1].end():])


def _another_number_between(between):
    """Whether a number stands between a telling and its figure, taking the telling for itself (``_NUMBER_IN_TEXT``);
    the whole right after a part is none ("Forty-one of the 42 lots have now")."""
    return _NUMBER_IN_TEXT.search(_PARTITIVE_WHOLE.sub("", between)) is not None


# What may stand between "up from" and the value it names: " about ", " the ".
_FROM_VALUE = re.compile(r"\s*(?:(?:about|around|roughly|some|nearly|almost|just|only|the|an?)\s+)*")


def _is_the_whole_of_a_part(sentence, start):
    """Whether the number at ``start`` of ``sentence`` is the whole a counted part is out of ("Forty-one of
    the 42 lots", "six of the LGA's 13 wards"): what the sentence says happened, happened to the part."""
    whole = _WHOLE_OF_A_PART.search(sentence, max(0, start - 40), start)
    return whole is not None and _NUMBER_IN_TEXT.search(sentence, 0, whole.start()) is not None


def starts_in_a_past_period(after_from):
    """Whether the words after "up from" or "down from" date the value moved from to a period before the
    story ("EGP 95 billion last year", "64.2 per cent a year earlier", "41 in 2023"): the change is over that
    period, not since an earlier report."""
    clause = CLAUSE_BREAK.split(after_from, 1)[0]
    # (a week ago is within a story's telling: "up from 23 reported last week" is where the count stood then)
    return any(not period.group(0).lower().endswith("week") for period in _PAST_PERIOD.finditer(clause)) \
        or _A_YEAR_BEFORE.search(clause) is not None


# A year the value moved from is dated to: "up from 41 in 2023" (a year named is read apart from _PAST_PERIOD by
# the pair model's features).
_A_YEAR_BEFORE = re.compile(r"\bin (?:19|20)\d\d\b")


def _owner(before, after):
    """The name a figure belongs to: the name right after the number ("78 Kuiper satellites"), else
    the nearest name before it in the sentence ("Aisha Grant's 48 percent", "Reyes finished with 53.8%"),
    unless another clause stands between ("shut its Ohio factory and lay off its 460 workers"). A place
    ("grew to 12,500 acres in central Oregon, burning 73 houses") is where, not whose: it is passed over."""
    following = _WORD.findall(after)[:1]
    if following and _is_name(_strip_possessive(following[0])) and not following[0].isupper():
        return frozenset({_STEMMER.stem(_strip_possessive(following[0]).lower())})
    words = _WORD.findall(_COORDINATED_CLAUSE.split(before)[-1])
    run = []
    for position in range(len(words) - 1, -2, -1):
        word = _strip_possessive(words[position]) if position >= 0 else ""
        if word and _is_name(word, initial=position == 0) and not (word.isupper() and len(word) > 1):
            run.append(word)  # (a dateline's "MILLBROOK" is where the story was filed)
        elif run:
            # a run ends: it is the owner unless it names a place or the one who spoke
            if not (position >= 0 and _names_a_place(words, position)) and not _speaks(words, position + len(run) + 1):
                break
            run = []
    return frozenset(_STEMMER.stem(word.lower()) for word in run)


def _speaks(words, position):
    """True when ``words[position]`` is a verb of speech: "Mayor Luis Ortega said the response cost ..."
    names who spoke, not whose figure it is."""
    return position < len(words) and words[position].lower() in _SPEECH_VERBS


_SPEECH_VERBS = frozenset("said says told estimated estimates announced reported reports noted added stated "
                          "according".split())


def _names_a_place(words, position):
    """True when the name after ``words[position]`` follows a preposition of place ("in central Oregon")."""
    word = words[position].lower()
    if word in _REGION_WORDS and position:
        word = words[position - 1].lower()
    return word in _PLACE_PREPOSITIONS


_PLACE_PREPOSITIONS = frozenset("in at near outside across throughout inside around on".split())
_REGION_WORDS = frozenset("central northern southern eastern western northeastern northwestern southeastern "
                          "southwestern downtown rural suburban coastal upstate".split())


_COORDINATED_CLAUSE = re.compile(r";|\b(?:and|but)\b")


def _is_start(before):
    """True for the starting value of a change: "up from $900 million", "rose from 41", "from an earlier
    estimate of $240 million". "From" alone says where something came from, not what it changed from:
    "cans from 17 lots", "attorneys general from 38 states", "barred from class for 21 days"."""
    words = [word.lower() for word in _WORD.findall(before)[-_START_REACH:]]
    if "from" not in words:
        return False
    at = len(words) - 1 - words[::-1].index("from")
    between = words[at + 1:]
    if not all(word in _START_WORDS for word in between):
        return False
    return at > 0 and words[at - 1] in _MOVED or any(word in _ESTIMATE_WORDS for word in between)


# How far before a number its "from" may stand ("from an earlier estimate of $240 million").
_START_REACH = 6
# Words that move a quantity, before "from": "up from", "rose from", "an increase from".
_MOVED = _CHANGE_BEFORE | _ROSE | frozenset("""up down fell falling dropping declining increase decrease rise
    drop jump cut cuts reduced lowered raised lifted boosted trimmed revised changed moved shift""".split())
# What may stand between "from" and the number of a starting value.
_ESTIMATE_WORDS = frozenset("estimate estimated forecast projection projected figure level count tally total "
                            "target guidance expectation".split())
_START_WORDS = _ESTIMATE_WORDS | frozenset("""a an the its their his her earlier previous prior original
    originally initial initially last year's month's week's of about roughly nearly around approximately just
    only some over more than less under at""".split())


def _period(words):
    periods = {_PERIOD_OF_WORD.get(low) or _SESSION_OF_WORD[low] for low in map(str.lower, words)
               if low in _PERIOD_OF_WORD or low in _SESSION_OF_WORD}
    return periods.pop() if len(periods) == 1 else None


# The trading sessions a share move is told over: "fell 4% in after-hours trading", "closed down 6.5%", "down
# about 7% on the day" are three different moves.
_SESSION_OF_WORD = {"after-hours": "after hours", "premarket": "premarket", "pre-market": "premarket",
                    "intraday": "intraday", "closed": "close", "close": "close"}


def measure_of(claim):
    """The kind of quantity a figure is ("deaths", "injuries", "cost", "revenue", ...), or None."""
    return LocalContext.of(claim).measure


def unit_family(unit):
    """A unit with its synonyms folded together ("car" and "vehicle" are one family, so are "acre" and
    "hectare"). A compound counts what its last noun counts: "crew member" is a person, "tank car" a
    vehicle."""
    if not unit:
        return None
    if unit in _CONVERSIONS:
        return _CONVERSIONS[unit][0]
    if unit in _UNIT_FAMILIES:
        return _UNIT_FAMILIES[unit]
    head = unit.rsplit(" ", 1)[-1].rsplit("-", 1)[-1]  # "grower-member" counts members too
    if head in _UNIT_FAMILIES:
        return _UNIT_FAMILIES[head]
    return unit


def is_reading(unit):
    """Whether a unit reads a level on a scale (a temperature, a quake's magnitude): a level that rises when a
    report says so, never by gathering ("the magnitude 3.4 earthquake that damaged homes" counts nothing that
    was damaged)."""
    return unit_family(unit) in _READINGS


_READINGS = frozenset({"temperature", "magnitude"})


def units_like(unit):
    """Every unit that counts the same things as ``unit`` (itself included); empty for no unit."""
    if not unit:
        return frozenset()
    family = unit_family(unit)
    return frozenset({unit} | {other for other, folded in _UNIT_FAMILIES.items() if folded == family}
                     | {other for other, (folded, *_) in _CONVERSIONS.items() if folded == family})


def is_count(unit):
    """True for a unit that counts things or people ("satellite", "job", "person"), not an amount of money,
    a share or a unit of measure."""
    return bool(unit) and not is_money(unit) and unit not in _SHARE_UNITS and unit not in _CONVERSIONS


_SHARE_UNITS = frozenset({"%", "percentage point", "point", "basis point"})


# A "ton" is a short ton, a metric tonne or a long ton as the writer's country has it: "160,000 tons"
# agrees with "160,000 tonnes".
_TON_SIZES = (907.18474, 1016.0469088)


def interval_to_base_units(low, high, unit):
    """An interval of ``unit`` in its family's base unit, as wide as the unit is ambiguous."""
    if unit == "ton":
        return float(low) * _TON_SIZES[0], float(high) * _TON_SIZES[1]
    return to_base_unit(low, unit), to_base_unit(high, unit)


def to_base_unit(value, unit):
    """``value`` of ``unit`` in its family's base unit ("370 acres" in square metres, "98 degrees" in
    Celsius); unchanged for units that do not convert."""
    _, size, *offset = _CONVERSIONS.get(unit, (None, 1.0))
    return float(value) * size + (offset[0] if offset else 0.0)


def base_value(figure):
    """The figure's value in its family's base unit."""
    return to_base_unit(figure["value"], figure.get("unit"))


def from_base_unit(value, unit):
    """The inverse of ``to_base_unit``."""
    _, size, *offset = _CONVERSIONS.get(unit, (None, 1.0))
    return (float(value) - (offset[0] if offset else 0.0)) / size


def same_scale(unit_a, unit_b):
    """True when two units read the same numbers alike ("meter" and "metre"; any two units that do not
    convert): no conversion stands between their values."""
    return _CONVERSIONS.get(unit_a, (None, 1.0))[1:] == _CONVERSIONS.get(unit_b, (None, 1.0))[1:]


def roles_comparable(role_a, role_b):
    """The starting value of a change ("from $900 million"), a change itself ("up 12%") and a part named
    as included in a total ("including about 1,200 acres of timberland") only compare with their own kind;
    every other role ("to", "part", none) compares with the rest."""
    for special in ("from", "change", "included"):
        if (role_a == special) != (role_b == special):
            return False
    return True


def _same_rate(local_a, local_b):
    """A rate per period given after the number in one figure and before it in the other: "300,000 cars
    a year" and "a full annual capacity of 200,000 vehicles"; not a sum over several periods ("$6.2m a year"
    and "$62 million over 10 years")."""
    if EACH_ONE in (local_a.per, local_b.per) and local_a.per and local_b.per \
            and local_a.per not in _PERIODS and local_b.per not in _PERIODS:
        return True  # "₹5 lakh per victim" and "₹50 lakh each"
    if local_a.per and local_b.per and local_a.per not in _PERIODS \
            and unit_family(local_a.per) == unit_family(local_b.per):
        return True  # "120 million koruna per tram" and "CZK 190m per vehicle"
    per, other = (local_a, local_b) if local_a.per else (local_b, local_a)
    return other.per is None and per.per in _PERIODS and other.period == per.per and per.per + "s" not in other.words


_PERIODS = frozenset(_PERIOD_OF_WORD.values())


def rate_period(claim):
    """The period a figure is given per ("$9 million a week": "week", "20 percent monthly returns": "month"), or
    None."""
    per = LocalContext.of(claim).per
    return per if per in _PERIODS else None


def period_slip(claim_a, claim_b):
    """True for one amount given per two periods ("$9 million a week" and "$9 million a day", "returns of 20% a
    month" and "20% a year"): whichever the amount, one of the two periods is written wrong."""
    period_a, period_b = rate_period(claim_a), rate_period(claim_b)
    return period_a is not None and period_b is not None and period_a != period_b


def figure_role(claim, local):
    """The extractor's role, or what the words around the number say where it said nothing: "from"
    ("up from an earlier estimate of $240 million"), "change" ("a 21% increase")."""
    role = (claim.get("figure") or {}).get("role")
    if role is not None:
        return role
    if local.is_start:
        return "from"
    if local.is_included:
        return "included"
    return "change" if local.is_change else None


def measure_clashes(claim_a, claim_b):
    """Each sign, read from the words, that two figure claims of one unit family measure different things
    (name -> True when the sign is there). None of them decides alone: the pair model weighs them with
    everything else the two articles say (``factcheck.conflicts.features``)."""
    local_a, local_b = LocalContext.of(claim_a), LocalContext.of(claim_b)
    terms_a, terms_b = SubjectTerms.of(claim_a), SubjectTerms.of(claim_b)
    return {
        # "a 14% raise over three years": the span of another figure, not a claim of its own
        "span": local_a.is_span or local_b.is_span,
        # "from $900 million" is only compared with other starting values, "up 12%" with other changes
        "role": not roles_comparable(figure_role(claim_a, local_a), figure_role(claim_b, local_b)),
        # "a planned 3,000 satellites" is not "102 satellites in orbit"
        "plan": bool(terms_a.words & PLAN_WORDS) != bool(terms_b.words & PLAN_WORDS),
        # "52% of patients saw their migraine days halved", "6.8% of patients stopped treatment"
        "predicate": bool(local_a.predicate and local_b.predicate and not local_a.predicate & local_b.predicate),
        # "organic growth" and growth, "adjusted earnings" and earnings
        "qualified": terms_a.qualifying != terms_b.qualifying,
        # "Starlink satellites" and "Kuiper satellites"
        "names": _names_clash(terms_a, terms_b),
        # "Tom Reyes won 52 percent" and "Aisha Grant's 48 percent"
        "owner": bool(local_a.owner and local_b.owner and not local_a.owner & local_b.owner),
        # "9 inches of rain in Millbrook" and "14 inches on Port Alder"
        "place": bool(local_a.place and local_b.place and not local_a.place & local_b.place),
        # "$1.14 a share" and "$213 million"; "340,000 barrels a day" and "2,100 barrels"
        "rate": local_a.per != local_b.per and not _same_rate(local_a, local_b),
        # a quarter's deliveries and a year's
        "period": bool(local_a.period and local_b.period and local_a.period != local_b.period),
        # "killing 48" and "injuring 300"; "the city's $450 million contribution" and a stadium's cost
        "measure": bool(local_a.measure and local_b.measure and local_a.measure != local_b.measure),
    }


def same_measure_kind(claim_a, claim_b):
    """True when the words around both numbers name the same kind of quantity ("will cost $1.4 billion",
    "a $1.2 billion stadium")."""
    kind = LocalContext.of(claim_a).measure
    return kind is not None and kind == LocalContext.of(claim_b).measure


def _names_clash(terms_a, terms_b):
    # Both name something and share no name: "Starlink satellites" are not "Kuiper satellites".
    if terms_a.entities and terms_b.entities and not (
        terms_a.entities & terms_b.stems or terms_b.entities & terms_a.stems
    ):
        return True
    # The first names differ and neither is mentioned by the other: a shared place or phrase ("low
    # Earth orbit") does not make "Kuiper satellites" comparable with "Starlink satellites".
    return bool(terms_a.lead_name and terms_b.lead_name and terms_a.lead_name != terms_b.lead_name
                and terms_a.lead_name not in terms_b.stems and terms_b.lead_name not in terms_a.stems)


def subject_overlap(terms_a, terms_b):
    """Share of the smaller subject's words found in the other (0..1); names count double."""
    if not terms_a.stems or not terms_b.stems:
        return 0.0
    names = terms_a.entities | terms_b.entities
    shared = terms_a.stems & terms_b.stems
    smaller = min(terms_a.stems, terms_b.stems, key=len)
    return min(1.0, (len(shared) + len(shared & names)) / (len(smaller) + len(smaller & names)))
