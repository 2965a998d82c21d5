"""Who stands behind a statement: cleaning a speaker phrase, grading it, resolving pronouns.

Shared by quotes.py and attributions.py. ``SpeakerBook`` remembers the people and organisations an
article has named so far, so ``He added`` and ``Musk said`` resolve to the last fitting full name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.patterns import (COUNTRIES, ELIDED_PARTICLE, JOINING_WORDS, LATIN_CAPITALS, LATIN_SMALL,
                                        MONTHS, NAME_PARTICLE, WEEKDAYS, dateline_place)

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|noted|notes|stated|states|explained|argued|argues|claimed|"
    "claims|warned|warns|insisted|insists|acknowledged|acknowledges|admitted|admits|confirmed|"
    "confirms|denied|denies|announced|announces|estimated|estimates|reported|reports|wrote|writes|"
    "tweeted|posted|predicted|predicts|cautioned|countered|asserted|testified|recalled|suggested|"
    "suggests|continued|replied|responded|observed|stressed|emphasized|emphasised|conceded|"
    "maintained|maintains|contended|contends|believes|believed|projected|projects|forecast|"
    "calculated|concluded|found|shows|showed|indicated|indicates|alleged|alleges|wrote|told|reiterated|reiterates"
)
SPEECH_VERB_SET = set(SPEECH_VERBS.split("|"))

TITLES = {
    "mr", "mrs", "ms", "mx", "dr", "prof", "professor", "assoc", "asst", "rev", "reverend", "fr", "father", "sister",
    "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "cmdr",
    "commander", "adm", "admiral", "sgt", "sergeant", "cpl", "corporal", "pvt", "private", "brig",
    "gov", "governor", "sen", "senator", "rep", "representative", "congressman", "congresswoman",
    "pres", "president", "vice", "chancellor", "minister", "secretary", "sec", "judge", "justice",
    "mayor", "chief", "officer", "ceo", "cfo", "coo", "chairman", "chairwoman", "chair", "director",
    "commissioner", "comr", "commr", "superintendent", "supt", "inspector", "insp", "det", "detective", "deputy",
    "ambassador", "amb", "attorney", "atty", "prosecutor", "sheriff", "king", "queen", "prince",
    "princess", "pope", "rabbi", "imam", "sir", "dame", "lord", "lady", "hon", "spokesman",
    "spokeswoman", "spokesperson", "analyst", "founder", "executive", "head", "leader", "speaker",
    "councilman", "councilwoman", "councilor", "councillor", "trooper", "officer", "coach", "st",
    # councillors as British, Canadian and New Zealand papers write them ("Coun. Marguerite Osei"); engineers
    # as Philippine, Nigerian, Gulf, Nepali and Ghanaian or Latin American papers do ("Engr.", "Eng.", "Er.", "Ing.")
    "cllr", "coun", "cr", "eng", "engr", "er", "ing", "const", "constable",
    "mp", "mep", "msp", "mla", "mpp",  # members of parliaments and assemblies: "Hollins Moor's MP, Priya Oduya,"
    # honorifics and ranks written before a name ("Alhaji Musa Bello Gombi", "Datuk Hamid Yusof")
    "alhaji", "alhaja", "hajiya", "datuk", "dato", "datin", "madam", "commodore", "reeve", "encik", "puan",
    "bishop", "archbishop", "cardinal",
}
# Words that name a person's role: "board chair Lena Ortiz", "Dana Whitfield, the chief executive".
ROLE_WORDS = TITLES | {
    "member", "manager", "chairperson", "coach", "midfielder", "winger", "striker", "defender",
    "goalkeeper", "forward", "substitute", "player", "captain", "owner", "economist", "strategist",
    "lawyer", "counsel", "advocate", "researcher", "scientist", "editor", "reporter", "host",
    "co-founder", "cofounder", "trustee", "treasurer", "clerk", "administrator", "planner", "engineer",
    "nurse", "doctor", "physician", "teacher", "principal", "pastor", "vicar", "priest", "chaplain", "canon",
    "resident", "candidate",
    "challenger", "incumbent", "activist", "organizer", "organiser", "professor", "dean", "student",
    "mother", "father", "son", "daughter", "wife", "husband", "widow", "homeowner", "farmer", "worker",
    "parent", "neighbor", "neighbour", "volunteer", "survivor", "witness", "driver", "passenger", "patient",
    "lawmaker", "legislator", "politician", "diplomat", "envoy", "negotiator", "consultant", "adviser",
    "advisor", "aide", "investor", "entrepreneur", "banker", "trader", "broker", "auditor", "accountant",
    "architect", "designer", "author", "writer", "historian", "expert", "specialist", "epidemiologist",
    "officer", "official", "spokesman", "spokeswoman", "spokesperson", "president", "executive",
    "vice-president", "councilmember", "alderman", "alderwoman", "magistrate", "juror", "plaintiff",
    "defendant", "witness", "victim", "survivor", "fan", "supporter", "voter", "rider", "driver", "pilot",
    "athlete", "runner", "champion", "referee", "umpire", "coordinator", "co-ordinator", "supervisor",
    "registrar", "curator", "ombudsman", "controller", "warden", "provost", "coroner", "examiner", "marshal",
    "collector",  # "District collector Anjali Sharma": an Indian district's administrator
    "ranger", "steward", "lecturer", "surgeon", "pharmacist", "paramedic", "firefighter", "detective",
    "investigator", "prosecutor",
    # people as papers introduce them by their lives: "single mum Sara Lindqvist", "pensioner Gwen Pryce"
    "mum", "mom", "dad", "grandmother", "grandfather", "grandma", "grandpa", "pensioner", "retiree", "tenant",
    "shopkeeper", "vendor", "fisherman", "landlord", "shopper", "commuter", "villager", "protester", "campaigner",
    # trades and sciences ("herder Batbayar Gombo", "volcanologist Kristín Jónsdóttir"); not those that are
    # surnames too (Baker, Porter, Fisher)
    "herder", "rancher", "grower", "beekeeper", "winemaker", "vintner", "midwife", "chef", "mechanic",
    "electrician", "plumber", "welder", "labourer", "laborer", "janitor", "cleaner", "waiter", "bartender",
    "cashier", "boatman", "geologist", "volcanologist", "seismologist", "meteorologist", "forecaster",
    "virologist", "archaeologist", "barrister", "solicitor", "constable",
}
# Head nouns of an appositive that make its name an organisation: "Kessler Biologics, a vaccine maker".
ORG_HEADS = {
    "company", "firm", "maker", "manufacturer", "producer", "provider", "developer", "supplier",
    "retailer", "chain", "brand", "utility", "group", "organisation", "organization", "nonprofit",
    "non-profit", "charity", "coalition", "alliance", "association", "body", "regulator", "agency",
    "union", "club", "team", "side", "publisher", "broadcaster", "newspaper", "outlet", "bank", "lender",
    "insurer", "fund", "carrier", "airline", "operator", "automaker", "carmaker", "startup", "start-up",
    "conglomerate", "subsidiary", "unit", "division", "department", "ministry", "council", "committee",
    "commission", "board", "party", "institute", "university", "college", "school", "hospital",
    "network", "platform", "service", "authority", "court", "government", "administration", "office",
    "watchdog", "lobby", "consortium", "distributor", "wholesaler", "exporter", "importer", "miner",
    "refiner", "builder", "contractor", "consultancy", "studio", "label", "foundation", "trust",
    "think-tank", "tank", "partnership", "cooperative", "co-operative", "co-op", "federation", "league", "exchange",
    "holders", "champions", "pollster", "marketplace", "giant", "app", "meatpacker", "processor",
    "bottler", "shipper", "grocer", "supermarket", "trader", "shipbuilder",
}
PRONOUNS = {"he": "male", "she": "female", "they": "plural", "it": "thing", "we": "plural", "i": "self"}

ORG_WORDS = {
    "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "group", "agency", "department",
    "ministry", "bank", "university", "college", "association", "council", "commission", "committee",
    "force", "service", "services", "administration", "office", "house", "court", "police", "army", "festival",
    "navy", "pentagon", "government", "institute", "foundation", "fund", "board", "authority", "union",
    "party", "congress", "senate", "parliament", "press", "news", "times", "post", "journal", "network",
    "airlines", "motors", "systems", "terminals", "ports", "technologies", "partners", "capital", "holdings", "bureau",
    "center", "centre", "hospital", "school", "district", "county", "city", "state", "commission",
    "firm", "organization", "organisation", "federation", "reuters", "bloomberg", "club", "team",
    "station", "exchange", "reserve", "treasury", "kremlin", "nasa", "fbi", "cia", "fda", "fcc", "sec",
    "who", "un", "nato", "eu", "imf", "labs", "lab", "media", "studios", "energy", "communications",
    "airways", "railway", "railways", "transit", "authority", "cabinet", "campaign", "coalition",
    "fire", "foods", "orbital", "space", "weather", "metro", "power", "finance", "analytics", "sports",
    "biologics", "pharmaceuticals", "pharma", "therapeutics", "industries", "enterprises", "solutions",
    "brands", "logistics", "utilities", "electric", "petroleum", "mining", "steel", "chemicals", "insurance",
    "financial", "securities", "investments", "ventures", "realty", "properties", "healthcare", "telecom",
    # the last word of many firms' names: "Harmon Tax Advisory", "Halcyon Cruise Lines", "Lakeview Health"
    "advisory", "advisors", "advisers", "consulting", "consultancy", "consultants", "ratings", "research",
    "economics", "associates", "markets", "strategies", "insights", "intelligence", "registry", "clinic",
    "health", "medical", "lines", "cruises", "shipping", "aviation", "resources", "nutrition", "biosciences",
    "robotics", "software", "games", "productions", "renewables", "manufacturing", "rail", "water", "gas",
    "ferries", "freight", "mobility", "farms", "dairies", "coachworks", "motorways", "telecoms",
    "wireless", "entertainment", "pictures", "publishing", "airport", "railroad", "trust", "bancorp",
    "society", "league", "tribunal", "assembly", "legislature", "alliance", "chamber", "components",
    "appliance", "appliances", "electronics", "semiconductor", "automotive", "aerospace", "bancshares",
    "gmbh", "ag", "nv", "united", "rovers", "athletic", "town", "watch", "gazette", "herald", "tribune",
    "chronicle", "telegraph", "daily", "magazine", "radio", "television", "tv", "courier", "observer",
    "cooperative", "co-operative", "cooperativa", "directorate", "inspectorate", "secretariat", "superintendency",
    "superintendence",
    # what a miner digs or a firm sells, closing its name: "Westralia Nickel", "Peri Air Tours", "Nordkyst Vind"
    "nickel", "copper", "lithium", "uranium", "zinc", "tours", "travel", "wind", "solar", "hydro", "pathology",
    "diagnostics", "kraft", "vind",
}
# The first word of many a Spanish or Portuguese organisation's name: "Aguas del Pichirrao", "Fundación Río Vivo".
ORG_NAME_OPENERS = frozenset({
    "aguas", "águas", "banco", "empresa", "compañía", "companhia", "corporación", "sociedad", "instituto",
    "minera", "agencia", "fundación", "fundação", "asociación", "associação", "sindicato", "federación",
    "confederación", "consejo", "junta", "ministerio", "secretaría", "fiscalía", "contraloría", "procuraduría",
    "universidad", "universidade", "prefeitura", "usina", "frigorífico", "grupo", "industrias", "transportes",
    "constructora", "construtora", "laboratorio", "laboratório", "ferrocarriles", "autopistas", "astilleros",
    # ... and as German, French and Polish ones do: "Stadtwerke Ormsfeld", "Groupe Valdor", "Gmina Stara Łąka"
    "stadtwerke", "klinikum", "universität", "hochschule", "landkreis", "gemeinde", "bundesamt", "landesamt",
    "verkehrsbetriebe", "société", "compagnie", "groupe", "banque", "régie", "caisse", "gmina", "spółdzielnia",
})
ORG_WORDS |= ORG_NAME_OPENERS
ORG_NOUNS = {
    "company", "firm", "agency", "department", "ministry", "government", "administration", "bank", "embassy",
    "consulate",
    "group", "police", "court", "council", "committee", "commission", "board", "union", "party",
    "spokesperson", "spokesman", "spokeswoman", "office", "authority", "military", "army", "navy",
    "airline", "carrier", "manufacturer", "retailer", "automaker", "utility", "operator", "district",
    "city", "county", "state", "university", "school", "hospital", "team", "club", "campaign",
    "prosecutors", "regulator", "regulators", "network", "startup", "insurer", "lender", "watchdog",
    "centre", "center", "institute", "bureau", "service", "management", "cooperative", "co-operative", "co-op",
    "organisation", "organization",
}
# Verbs only a document or a study does: "records show", "a survey found"; a person or a trend does not.
DOCUMENT_VERBS = frozenset({"show", "shows", "showed", "shown", "indicate", "indicates", "indicated", "found",
                            "finds", "revealed", "reveals"})
DOCUMENT_NOUNS = {
    "document", "documents", "report", "reports", "filing", "filings", "data", "statement", "survey",
    "study", "studies", "records", "record", "memo", "letter", "papers", "release", "census", "figures",
    "estimates", "estimate", "poll", "analysis", "audit", "review", "budget", "forecast", "forecasts",
    "indictment", "complaint", "lawsuit", "ruling", "transcript", "minutes", "email", "emails",
    "presentation", "plan", "proposal", "bill", "notice", "guidance", "dataset", "research", "models",
    "results", "numbers", "statistics", "tally", "projections", "rules", "regulations", "contract",
    "agreement", "policy", "judgment", "opinion", "verdict", "order", "schedule", "tables", "accounts",
    "website", "reports", "testimony", "affidavit", "warrant", "charges", "polls", "surveys", "notices",
    "letters", "statements", "releases", "transcripts", "complaints", "lawsuits", "rulings", "proposals",
    "contracts", "agreements", "audits", "reviews", "analyses", "memos", "disclosures", "disclosure",
    "submissions", "submission", "invoices", "receipts", "logs", "spreadsheets", "paperwork",
    "index", "assessment", "assessments", "inspection", "evaluation", "investigation", "inquiry", "summary",
    "summaries", "breakdown", "update", "updates", "briefing", "prospectus", "bulletin", "newsletter",
    "observations", "readings", "measurements", "modelling", "modeling", "model", "projection",
}
NEWS_OUTLETS = {
    "reuters", "bloomberg", "ap", "the associated press", "associated press", "afp", "agence france-presse",
    "cnn", "bbc", "nbc", "cbs", "abc", "fox news", "npr", "politico", "axios", "the new york times",
    "new york times", "the washington post", "washington post", "the wall street journal",
    "wall street journal", "financial times", "the financial times", "the guardian", "the times",
    "cnbc", "yonhap", "xinhua", "kyodo", "tass", "al jazeera", "the information", "semafor",
    "the verge", "techcrunch", "the economist", "nikkei", "dpa", "ansa", "efe", "sky news",
}
ANONYMOUS_HEADS = {
    "official", "officials", "source", "sources", "people", "person", "analyst", "analysts", "expert",
    "experts", "aide", "aides", "insider", "insiders", "executive", "executives", "diplomat",
    "diplomats", "observers", "critics", "residents", "witnesses", "witness", "investors", "economists",
    "economist", "lawmakers", "lawmaker", "employees", "employee", "staff", "staffers", "members",
    "member", "engineers", "engineer", "scientists", "scientist", "researchers", "researcher",
    "authorities", "representatives", "spokesperson", "spokesman", "spokeswoman", "advocates",
    "supporters", "opponents", "activists", "organizers", "bankers", "traders", "doctors", "officers",
    "lawyers", "attorneys", "investigators", "forecasters", "meteorologists",
    "inspectors", "auditors", "historians", "neighbors", "neighbours", "parents", "teachers", "nurses",
    "farmers", "workers", "fans", "voters", "shoppers", "customers", "passengers", "locals", "villagers",
    "survivors", "relatives", "families", "students", "detectives", "firefighters", "strategists",
    "paramedics", "medics", "rescuers", "volunteers", "participants", "consultants", "advisers", "advisors",
    "negotiators", "crews", "astronomers",
    # one of them: "a trader at a New York brokerage who asked not to be named"
    "trader", "banker", "lawyer", "attorney", "doctor", "investigator", "forecaster", "strategist", "consultant",
    "adviser", "advisor", "negotiator", "broker", "dealer", "participant", "resident", "worker",
    "inspector", "auditor", "researcher", "activist", "organizer", "organiser", "advocate", "supporter",
    "opponent", "critic", "observer", "detective", "firefighter", "paramedic", "rescuer", "volunteer",
    # (not "teacher", "student", "parent", "passenger", "customer": as often the noun before another, "parent
    # company", "passenger counts")
    "officer", "nurse", "farmer", "villager", "survivor", "neighbour", "neighbor", "medic", "historian",
    "meteorologist",
}

_NAME_JOINERS = {"of", "and", "for", "&", "on", "the"}  # "Chamber of Commerce", "Board of the Treasury"
_NAME_LINK_WORDS = {"de", "da", "van", "von", "bin", "al", "el", "la", "le", "der", "del", "du", "di"}
_LINKS_IN_NAMES = frozenset(_NAME_LINK_WORDS | {"of", "and", "for", "&"})  # "Chamber of Commerce"
_LINKS_AND_JOINERS = frozenset(_NAME_LINK_WORDS | _NAME_JOINERS)
# Words that open a speaker phrase before its noun: "the official", "two people", "his solicitor".
DETERMINERS = {"a", "an", "the", "two", "three", "four", "five", "several", "some", "other", "many",
               "one", "another", "his", "her", "their", "its", "our"}
DETERMINERS_ANON = {"a", "an", "two", "three", "several", "some", "other", "many", "senior", "one"}
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’.&-]*")
_LOWER_WORDS = re.compile(r"[a-z]+")
_PHRASE_WORDS = re.compile(r"[\w’'-]+")


_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial
# Titles written short without a full stop that are given names too: "Association president Col Hennessy"
# is Col Hennessy (Colonel Hennessy is written "Col." or comes with a given name: "Col John Hart").
_TITLES_ALSO_GIVEN_NAMES = frozenset({"Col"})


# A word that says where a name is listed, based or owned, written before the name.
_DESCRIBED_BY_A_PLACE_OR_OWNER = re.compile(r"\w-(?:listed|based|owned|backed|controlled|run|registered|"
                                            r"headquartered)$", re.IGNORECASE)


# A particle inside a surname: "van" of "Anneline van Wyk".
_PARTICLE = re.compile(NAME_PARTICLE)


def clean_name(phrase: str) -> str:
    """Strip titles, roles written before a name and possessives: ``Space Force Gen. Michael
    Guetlein`` -> ``Michael Guetlein``; ``Dr. Amina Qureshi`` -> ``Amina Qureshi``."""
    phrase = phrase.strip(" ,.;:\"'“”‘’")
    if opens_with_a_group(phrase) or _ONE_UNNAMED_OPENING.match(phrase) or body_of_a_place(phrase, whole=True):
        # "Residents of the ash-buried villages of East Flores": the residents, not the place; "A grocer on
        # Hviezdoslavova Street": the grocer; "The regional government of Antofagasta": the government
        return phrase
    if " of State " in phrase:
        phrase = _OF_STATE.sub("", phrase)  # "Secretary of State for Transport Radu Marinescu" -> "Radu Marinescu"
    if phrase.endswith(_GOVERNING_BODIES) and (governed := _BODY_OF_A_NAME.fullmatch(phrase)):
        phrase = governed.group("name")  # "Kinsella's board" speaks for Kinsella
    with_article = phrase.startswith(("the ", "The "))  # "the National Grid Operator": a name, not a person's
    if phrase.startswith("the ") and phrase[4:5].isupper():
        rest = phrase[4:].split()
        if len(rest) >= 2 and all(w[:1].isupper() or w in _LINKS_IN_NAMES for w in rest):
            phrase = phrase[4:]  # "the Football Association" -> "Football Association"
    if phrase[:1].islower():
        phrase = _strip_role(phrase)
    if not phrase or not phrase[:1].isupper():
        return phrase
    words = phrase.split()
    if len(words) >= 2 and words[1][:1].isupper() and _DESCRIBED_BY_A_PLACE_OR_OWNER.search(words[0]):
        words = words[1:]  # "Mainboard-listed Lumos Semiconductor", "Oslo-based Fjordkraft"
        phrase = " ".join(words)
    if len(words) >= 3 and words[0] in ("The", "the") and all(w[:1].isupper() or w in _LINKS_IN_NAMES
                                                     for w in words[1:]):
        words = words[1:]  # "The Brookfield Chamber of Commerce" -> "Brookfield Chamber of Commerce"
        phrase = " ".join(words)
    if " of " in phrase and len(words) > 3:
        head = phrase.split(" of ")[0].split()
        if len(head) >= 2 and head[-1][:1].isupper() and (head[-2][:1].isupper() or _PARTICLE.fullmatch(head[-2])) \
                and head[-1].lower().rstrip(".") not in ORG_WORDS and head[-1].lower() not in TITLES:
            # "Dana Whitfield of Norvell Motors" -> "Dana Whitfield"; not "Vice President of Operations
            # Kevin Draper", a title whose name comes last
            words = head
    # a lower-case word inside an organisation's name ("State Department of Public Health", "Food and Drug
    # Administration", "Diamond and Allied Workers Union of Botswana") is no role
    org_name = words[-1].lower().rstrip(".") in ORG_WORDS or any(
        word.lower() in ORG_WORDS and words[i + 1:i + 2] == ["of"] for i, word in enumerate(words))
    # (as is "Department of Agriculture and Rural Development")
    lower_at = [i for i, w in enumerate(words) if w[:1].islower() and w.lower() not in _NAME_LINK_WORDS
                and not ELIDED_PARTICLE.match(w)
                and not (w in _LINKS_IN_NAMES and i and (org_name or words[i - 1].lower().rstrip(".") in ORG_WORDS))
                and not (w == "the" and org_name and words[i - 1:i] == ["of"])]  # "Ministry of the Interior"
    after_role = after_of = False
    if lower_at and lower_at[-1] < len(words) - 1:
        tail = words[lower_at[-1] + 1:]
        if len(tail) >= 2:
            # "Helix co-founder Ivan Petrov" -> "Ivan Petrov"; after a role, the whole name: "director general
            # Arturo Benavides Lugo"; after "of", a department may come first ("of Operations Kevin Draper")
            after_role, after_of = words[lower_at[-1]].lower() in ROLE_WORDS, words[lower_at[-1]] == "of"
            words = tail
    last_title = -1
    for index, word in enumerate(words[:-1]):
        if word.lower().rstrip(".") in TITLES and not (word in _TITLES_ALSO_GIVEN_NAMES and index == len(words) - 2):
            last_title = index
    if last_title >= 0 and all(w[:1].isupper() or w in _NAME_LINK_WORDS for w in words[last_title + 1:]) \
            and not all(w.lower().rstrip(".") in TITLES for w in words[last_title + 1:]):
        words = words[last_title + 1:]  # (not when those are titles too: "The Chief Minister" names a role)
    elif len(words) >= 3 and all(w[:1].isupper() for w in words) and words[0].lower() not in ORG_NAME_OPENERS \
            and not any(w.lower().rstrip(".") in ORG_WORDS for w in words[-2:]) \
            and not with_article and not after_role and len(words[-2]) > 1 \
            and not _CORPORATE_NAME.fullmatch(" ".join(words)):  # "Kim Phat JSC" is a company's whole name
        # "Council Member Dana Whitfield" -> "Dana Whitfield"; a middle initial stays with its name: "Michael J. Fox"
        roles = [index for index, word in enumerate(words[:-2]) if _names_a_role(word)]
        if roles:
            words = words[roles[-1] + 1:]  # "Economist Ana Maria Lopez" -> "Ana Maria Lopez"
        elif len(words) > _LONGEST_NAME or after_of or not _may_be_one_name(words):
            words = words[-3:] if _INITIAL.fullmatch(words[-2]) else words[-2:]
        # else a name of three or four words as written: "Pham Minh Duc", "Cathal Mac Giolla Rua"
    name = " ".join(words)
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    return name


# One unnamed source, as a phrase opening a sentence writes one: "A grocer on Hviezdoslavova Street".
_ONE_UNNAMED_OPENING = re.compile(r"(?:An?|One) [a-z]")
# The bodies that govern an organisation and speak for it, after its name: "Kinsella's board".
_GOVERNING_BODIES = ("board", "management", "directors")
_BODY_OF_A_NAME = re.compile(r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})['’]s\s+"
                             r"(?:board(?:\s+of\s+directors)?|management|directors)")
# A government title "of State", with the department it is for: "Secretary of State for Transport", "Minister of
# State" (the name after it keeps two words at least).
_OF_STATE = re.compile(r"^(?:[A-Z][\w-]*\s+)?(?:Secretary|Minister|Under-Secretary)\s+of\s+State"
                       r"(?:\s+for\s+[A-Z][\w'’-]*)?\s+(?=[A-Z][\w'’.-]*\s+[A-Z])")


def _names_a_role(word: str) -> bool:
    """Whether a capitalised word before a name is a role or title ("Member", "Sgt.", "Vice-President")."""
    return any(part in ROLE_WORDS or part in TITLES for part in word.lower().rstrip(".").split("-"))


def _may_be_one_name(words) -> bool:
    """Whether capitalised words may all be one person's name: no word a sentence opens with ("But Derek
    Fenn"), no abbreviation ("MEC Thandiwe Mokoena", "Colm Hartigan TD") and no word that reads as someone
    who does something ("Rancher Cody Tatum", "Pensioner Eileen Marsh"; a given name such as "Peter" looks
    the same and loses the benefit of the doubt)."""
    return words[0].lower() not in _OPENING_WORDS and not any(word.isupper() for word in words) \
        and not any(word.lower().endswith(_DOER_ENDINGS) or word.lower() in ORG_WORDS for word in words[:-1])


# The most words a person's name runs to with no role before it ("Cathal Mac Giolla Rua").
_LONGEST_NAME = 4
_OPENING_WORDS = frozenset({"but", "and", "on", "in", "at", "as", "after", "before", "when", "while", "then", "so",
                            "yet", "for", "by", "from", "with", "since", "if", "the", "a", "an"})
# The name an organisation goes by, in apposition to its full name: "Cooperativa Agrícola Vale Alto, known as
# Coopervale,".
KNOWN_AS = re.compile(r"(?:also |better |locally |widely )?known as ([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})")
# Words that open a phrase of place or time before a sentence's subject.
_PLACING_WORDS = frozenset({"at", "in", "on", "outside", "inside", "near", "during", "after", "before"})
_DOER_ENDINGS = ("er", "or", "ist", "ee", "ant", "ent", "man", "woman", "ary")


def _strip_role(phrase: str) -> str:
    """``board chair Lena Ortiz`` -> ``Lena Ortiz``; ``the company's chief executive Helen Varga`` ->
    ``Helen Varga``. A phrase with no role word right before its capitalised tail stays as written
    (``people familiar with the Pentagon``)."""
    words = phrase.split()
    tail_from = len(words)
    while tail_from > 0 and (words[tail_from - 1][:1].isupper()
                             or (words[tail_from - 1] in _NAME_LINK_WORDS and tail_from < len(words))):
        tail_from -= 1
    while tail_from < len(words) and words[tail_from] in _NAME_LINK_WORDS:
        tail_from += 1
    if tail_from == 0 or tail_from >= len(words):
        return phrase
    if words[tail_from - 1] in ("of", "at", "from"):
        # "economist Harriet Gillis of Dalhousie Street Economics": the name before where its person works
        name_from = tail_from - 1
        while name_from > 0 and words[name_from - 1][:1].isupper():
            name_from -= 1
        if 0 < name_from < tail_from - 1 and is_a_role(words[name_from - 1]):
            return " ".join(words[name_from:])
    return " ".join(words[tail_from:]) if is_a_role(words[tail_from - 1]) else phrase


def is_a_role(word: str) -> bool:
    """Whether a lower-case word before a name is its person's role ("chair", "economist")."""
    role = word.lower().strip(",")
    return role in ROLE_WORDS or role.endswith(("er", "or", "ist", "ian", "ant", "ent")) and role not in _NOT_ROLES


def appositive_kind(text: str) -> str | None:
    """What an appositive or relative clause after a name says the name is: ``which owns ...`` and
    ``a vaccine maker based in ...`` make an organisation; ``who heads ...`` and ``the county's chief
    medical officer`` a person; anything else None."""
    return _appositive_kind_and_head(text)[0]


def _appositive_kind_and_head(text: str) -> tuple[str | None, str | None]:
    """``appositive_kind`` of ``text``, and the head noun it was read from (None for a relative clause)."""
    words = _APPOSITIVE_WORDS.findall(text.lower())
    if not words:
        return None, None
    first = words[0]
    if first == "which":
        return "organization", None
    if first == "who":
        return "person", None
    head = _appositive_head(words)
    if head in ROLE_WORDS:
        return "person", head
    if head in ORG_HEADS:
        return "organization", head
    return None, head


def _appositive_head(words: list[str]) -> str | None:
    """The head noun of an appositive's lowercase words ("a student-information software provider based in
    Ohio" -> "provider"), or None when it opens with no article or possessive. A place's possessive is one
    ("South Korea's largest food delivery app")."""
    if words[0] not in ("a", "an", "the", "its", "his", "her", "their"):
        owner_end = next((position for position, word in enumerate(words[:3]) if word.endswith(("'s", "’s"))), None)
        if owner_end is None:
            return None
        words = words[owner_end:]
    head = None
    for word in words[1:8]:
        if word in _HEAD_STOPS:
            break
        head = word
    return head.removesuffix("'s").removesuffix("’s") if head else None


_NOT_ROLES = {"other", "another", "for", "after", "under", "over", "or", "nor", "per", "whether", "either",
              "neither", "together", "never", "ever", "rather", "further", "however", "later", "earlier",
              "river", "water", "winter", "summer", "october", "november", "december", "september", "major"}
_APPOSITIVE_WORDS = re.compile(r"[a-z][\w'’-]*")
_HEAD_STOPS = {"in", "at", "of", "for", "from", "with", "that", "which", "who", "whose", "based", "headquartered",
               "known", "owned", "run", "founded", "on", "to", "by", "since", "and", "or", "but", "whom", "where",
               "than", "as", "best", "near", "under", "over", "behind", "during", "after", "before"}


def is_anonymous_phrase(phrase: str) -> bool:
    """``a senior defense official``, ``people familiar with the matter``, ``sources``."""
    low = phrase.lower().strip()
    if not low or phrase[:1].isupper() and not low.startswith(("a ", "an ", "two ", "three ", "several ",
                                                                  "some ", "sources", "officials", "people")):
        return False
    head_words = _LOWER_WORDS.findall(low)
    return any(word in ANONYMOUS_HEADS for word in head_words[:6]) and not _has_proper_noun(phrase)


def _has_proper_noun(phrase: str) -> bool:
    words = phrase.split()
    return any(w[:1].isupper() for w in words[1:]) and not phrase.lower().startswith(("a ", "an "))


def in_running_text(speaker: str | None, kind: str | None) -> str | None:
    """A source named by common nouns as it reads mid-sentence: "The official said", "His solicitor said"
    and "Library officials said" credit "the official", "his solicitor" and "library officials", as "said
    the official" does; so does a phrase that opens with its head noun before a name ("Opponents of Lysøyvik's
    toll ring", "Cashew farmers in Nangando district"). A phrase whose name comes first ("Harbor Avenue
    residents") keeps its capitals."""
    if speaker and speaker.lower() in _COMMON_BODIES:
        return speaker.lower()  # "Police said" credits "police", as "said police" does
    if kind not in ("anonymous", "document") or not speaker or not speaker[:1].isupper():
        return speaker
    words = speaker.split()
    if any(word[:1].isupper() for word in words[1:]) and words[0].lower() not in ANONYMOUS_HEADS \
            and not (opens_with_a_group(speaker) and not _DEMONYM.search(words[0])):
        return speaker  # (but "Cashew farmers in Nangando district"; not "Kenyan farmers in Nakuru")
    return speaker[:1].lower() + speaker[1:]


# Bodies a common noun names on its own, capitalised only to open a sentence.
_COMMON_BODIES = frozenset({"police", "management", "customs", "immigration", "government", "military"})
# How the name of a people ends: "Kenyan", "Chinese", "British", "Israeli", "Dutch".
_DEMONYM = re.compile(r"(?:an|ese|ish|i|ch)$")


def speaker_kind(phrase: str | None, verb: str = "", second_hand: bool = False, book=None) -> str | None:
    """Grade a credited source: person, organization, document, anonymous or second_hand."""
    if not phrase:
        return None
    low = phrase.lower().strip()
    if second_hand or low in NEWS_OUTLETS:
        return "second_hand"
    if verb == "learned":
        return "organization"  # the publication itself: "Abendkurier has learned"
    words = _PHRASE_WORDS.findall(low)
    if not words:
        return None
    name_words = phrase.split()
    if opens_with_a_group(phrase):
        return "anonymous"  # "Residents of Kipsoen", "Cashew farmers in Nangando district"
    if words[0] in ANONYMOUS_HEADS or (words[0] in DETERMINERS_ANON and len(words) > 1 and words[1] in ANONYMOUS_HEADS):
        if not any(w[:1].isupper() for w in name_words[1:]):
            return "anonymous"
    if len(name_words) >= 2 and any(w[:1].islower() and w.lower() not in _LINKS_AND_JOINERS
                                    and not ELIDED_PARTICLE.match(w) for w in name_words[1:]) \
            and words[0] not in ("the", "a", "an") and not phrase[:1].islower():
        # "Rider advocates", "Prosecutors in the case": a common noun phrase, not a name ("Studies" in "the
        # Institute for Fiscal Studies" is part of one)
        if any(w.lower() in DOCUMENT_NOUNS and w[:1].islower() for w in name_words[-2:]):
            return "document"
        if any(w in ORG_NOUNS for w in words) and not counts_people(words[-1]):
            return "organization"  # "Ministry officials" are people, unnamed
        return "anonymous"
    # "the Annual Report" is a document, "the Institute for Labor Studies" an organisation
    org_word = any(w.rstrip(".") in ORG_WORDS for w in words)
    if words[0] == "the" and len(phrase) > 4 and phrase[4:5].isupper():
        return "document" if words[-1] in DOCUMENT_NOUNS and not org_word else "organization"
    if " & " in phrase and phrase[:1].isupper():
        return "organization"  # "Harrow & Lane", "Procter & Gamble"
    if phrase[:1].islower() or words[0] in ("a", "an") or words[0] == "the" and not phrase[4:5].isupper():
        # (an indefinite phrase is no name: "A USDA spokesperson in Washington")
        if any(w in DOCUMENT_NOUNS for w in words[:4]) and (words[-1] in DOCUMENT_NOUNS or words[0] not in ("a", "an")
                                                            or not one_unnamed_person(words)):
            return "document"  # (not "a poll watcher")
        if words[0] == "the" and any(w in ORG_NOUNS for w in words[:4]):
            return "organization"
        if words[0] in PRONOUNS:
            return "person" if words[0] in ("he", "she", "i") else "organization"
        if one_unnamed_person(words):
            return "anonymous"  # "a finance director at a rival club": one person, not the club
        if words[-1] in ORG_NOUNS or words[-1].endswith("s") and words[-1][:-1] in ORG_NOUNS:
            return "organization"  # "police said", "the agency said", "both clubs said"
        return "anonymous"
    if words[-1] in DOCUMENT_NOUNS and not org_word:
        return "document"
    if org_word or low.startswith("the "):
        return "organization"
    if book is not None and book.is_org(phrase):
        return "organization"
    if book is not None and book.is_person(phrase):
        return "person"
    if len(words) == 1:
        # a single capitalised word: a group of people opening its sentence ("Prosecutors said"), a surname
        # seen before, else most likely an organisation
        token = phrase.strip()
        if (counts_people(words[0]) or words[0] in _UNNAMED_MANY) and (book is None or not book.is_org(token)):
            return "anonymous"  # also "Many now say", "Others said"
        if any(ch.isdigit() for ch in token) or (sum(ch.isupper() for ch in token) > 1):
            return "organization"
        return "organization" if book is None or not book.is_person(token) else "person"
    return "person"


# Words that stand for an unnamed number of people on their own.
_UNNAMED_MANY = frozenset({"many", "some", "others", "several", "most", "few", "both", "all"})


def opens_with_a_group(phrase: str) -> bool:
    """Whether a phrase opens with a group of people by what they do, then where or whose they are: "Residents
    of Kipsoen", "Cashew farmers in Nangando district", "Analysts at Fenwick Capital"."""
    group = _GROUP_THEN_LINK.match(phrase)
    return group is not None and counts_people(group.group("head").lower())


# (the head a plural: "An official at the authority" and "member of Parliament Adel Sharkawy" are one person)
_GROUP_THEN_LINK = re.compile(r"(?!(?:An?|One|a|an|one)\s)(?:[A-Z]?[a-z][\w-]*\s+)?(?P<head>[A-Za-z][a-z]+s)\s+"
                              r"(?:of|in|at|from|on|across|near|outside)\s")


def counts_people(word: str) -> bool:
    """A plural noun for people by what they do: "officials", "prosecutors", "exporters", "conservationists"."""
    return word in ANONYMOUS_HEADS or word in _PEOPLE_PLURALS \
        or word.endswith(_PEOPLE_PLURAL_ENDINGS) and len(word) > 6


# Endings of plural nouns for people by what they do.
_PEOPLE_PLURAL_ENDINGS = ("ers", "ors", "ists", "ians", "eons")
# ... and plurals for people with other endings: "though wardens say", "Guides said".
_PEOPLE_PLURALS = frozenset({
    "wardens", "guards", "guides", "clergy", "priests", "monks", "nuns", "imams", "patients", "tenants", "migrants",
    "refugees", "defendants", "plaintiffs", "judges", "clerks", "coaches", "athletes", "fishermen", "vets",
    "academics", "pupils", "graduates", "colleagues", "pilots", "soldiers", "troops", "militants",
    "rebels", "landlords", "merchants", "envoys", "delegates", "stewards", "marshals", "sheriffs", "policemen",
    "firemen", "midwives", "cadets", "recruits", "veterans", "scholars", "mechanics", "inhabitants", "citizens",
    "townspeople", "retirees", "peasants", "herdsmen", "immigrants", "apprentices", "trainees",
})


def one_unnamed_person(words, openers=("a", "an", "one")) -> bool:
    """``a [finance] director [at ...]``: lowered ``words`` that open with one of ``openers``, then a person's
    role or an anonymous head among the words of the phrase before its first preposition, or a noun for one
    who does something at its end ("a freight forwarder in Agadir")."""
    if not words or words[0] not in openers:
        return False
    head = None
    for word in words[1:5]:
        if word in _PREPOSITIONS:
            break
        if word in ANONYMOUS_HEADS or word in ROLE_WORDS:
            return True
        head = word
    return head is not None and len(head) > 6 and head.endswith(_PERSON_SINGULAR_ENDINGS) and head.isalpha()


_PERSON_SINGULAR_ENDINGS = tuple(ending[:-1] for ending in _PEOPLE_PLURAL_ENDINGS)


_PREPOSITIONS = frozenset({"at", "of", "in", "for", "with", "from", "on", "by"})


# ``\b`` before a capital is ``(?<!\w.)`` after it: opening with the capital lets ``re`` skip to the
# capitals (see patterns.py).
# (Its runs of lower-case letters are possessive: a letter given back would stand before the space or
# the word boundary that must follow them.)
# A first and a last name, perhaps a middle name or a first surname between them ("Rodrigo Uribe Llanos",
# group 2), the last perhaps with a particle ("Maarten de Vries") or accents ("Gunnar Eiríksson"): group 3 is
# the surname as a later mention writes it alone.
def _full_name_source(capital: str, ascii_capital: str, lower: str) -> str:
    return (r"(" + capital + r"(?<!\w.)" + lower + r"{1,15}+) (?:" + ascii_capital + r"\. )?"
            r"(?:(" + capital + lower + r"++) )?"  # a second surname or a middle name: "Rodrigo Uribe Llanos"
            r"(?:" + NAME_PARTICLE + r" )?"
            # a hyphenated name, its second part capitalised or not ("Owusu-Ansah", "Hye-won")
            r"(" + capital + lower + r"++(?:-(?:" + capital + r")?" + lower + r"++)?)\b(?! " + ascii_capital + r")")


def _opens_a_sentence(body: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence or a paragraph (after a quote mark too). Reads back from
    ``at`` only over spaces and quote marks: no copy of the text before it."""
    while at > 0 and body[at - 1] in " \"“‘'":
        at -= 1
    return at == 0 or body[at - 1] in ".!?\n:"


_FULL_NAME = re.compile(_full_name_source(f"[{LATIN_CAPITALS}]", "[A-Z]", f"[{LATIN_SMALL}]"))
# The same on ASCII text as bytes with every capital read as "A" (_CAPITALS_AS_A): the search then
# opens with a literal "A", which ``re`` finds by a tight loop in C, several times faster than it tests
# the class of capitals at every character; the pattern tells capitals from the rest and nothing else.
_CAPITALS_AS_A = bytes(ord("A") if "A" <= chr(code) <= "Z" else code for code in range(256))
_FULL_NAME_CAPITALS_AS_A = re.compile(_full_name_source("A", "A", "[a-z]").encode("ascii"), re.ASCII)
_NOT_FIRST_NAMES = TITLES | ORG_WORDS | {
    "the", "a", "an", "in", "on", "at", "for", "and", "but", "if", "as", "by", "of", "to", "from", "with",
    "last", "this", "that", "these", "those", "when", "while", "after", "before", "since", "space",
    "golden", "new", "north", "south", "east", "west", "united", "national", "federal", "white",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "project", "mount", "lake", "fort", "saint", "san", "los", "las", "el", "le", "la", "de",
    "it", "he", "she", "they", "we", "his", "her", "their", "our", "its", "my", "your", "amazon's",
    # places read as first names too easily ("Ohio Edison", "Texas Instruments")
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
    "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
    "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
    "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas",
    "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming", "american", "british", "china",
    "european", "pacific", "atlantic", "royal", "general", "global", "international",
}


# A capitalised name followed by an appositive or relative clause: "Kessler Biologics, a vaccine maker".
# Each repetition consumes at least one capitalised word, so the match is bounded and linear overall.
_CLAUSE_AFTER_NAME = re.compile(r", (which|who|the|a|an|its|his|her|their|[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s) ")
_NAME_TAIL = re.compile(r"(?: (?:of |and |& )?[A-Z][\w&'’-]*){1,4}")
_CLAUSE_TEXT = re.compile(r"[^,.;:!?\"“”()]*")


def _word_before(body: str, at: int) -> str | None:
    """The word right before ``at``, one space away: the head of a role before a full name ("Fisheries
    Minister | Aileen Corrigan", "chief librarian | Priya Raman"), past an honorific and what the role is of
    ("Commissioner for Health Dr. | Folasade Adeyemo-Ojo")."""
    if at < 2 or body[at - 1] != " ":
        return None
    role_of = _ROLE_OF_SOMETHING_BEFORE.search(body, max(0, at - 80), at)
    if role_of is not None and role_of.group("role").lower() in ROLE_WORDS \
            and (role_of.group("title") is None or role_of.group("title").lower().rstrip(". ") in TITLES):
        return role_of.group("role")  # (not "Bank of England Governor")
    words = body[body.rfind(" ", 0, at - 1) + 1:at - 1].split()
    if words and words[-1].endswith(".") and words[-1].lower().rstrip(".") in TITLES:
        # "Electricity Minister Dr. | Hisham El-Sayed": the role is before the abbreviated honorific
        earlier = body[max(0, at - 60):at].split()[-2:-1]
        if earlier and earlier[0].lower() in ROLE_WORDS:
            return earlier[0]
    return words[-1] if words else None


# A role and what it is of, perhaps with an honorific after it, right before a name: "Commissioner for Health
# Dr. ", "Minister of State for Transport ".
_ROLE_OF_SOMETHING_BEFORE = re.compile(r"\b(?P<role>[A-Z][a-z]+)\s+(?:for|of)\s+(?:[A-Z][\w'’-]*\s+){1,3}"
                                       r"(?P<title>[A-Z][a-z]{1,4}\.\s+)?$")


# The words that open a source credited by a role alone: "the minister", "its director", "their coach".
_ROLE_DETERMINERS = frozenset({"the", "its", "their"})
# A role and what it is of, then the person holding it in apposition: "The Chairman of Agbeloba Local Government,
# Alhaji Kamoru Ladipo,", "the governor of Davao de Oro, Mariel Dacanay-Uy,".
_ROLE_OF_SOMETHING_THEN_NAME = re.compile(r"\b[Tt]he (?P<role>[A-Za-z]+) (?:of|for) [^,.;:\"“”]{2,60}, "
                                          r"(?P<name>(?:[A-Z][\w'’.-]*\s){1,4}[A-Z][\w'’-]+),")
# The role an appositive gives: ", a 34-year-old pharmacist", ", the fisheries minister".
_ROLE_OF_CLAUSE = re.compile(r"(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?P<role>[a-z][a-z-]{2,})"
                             r"(?=\s+(?:of|at|for|with|in|on|from|who)\b|\s*$)")
_NAME_JOINS = {"of", "and", "for", "de", "del", "&"}


def _name_ending_at(body: str, end: int) -> str | None:
    """The capitalised name (up to six words, joined by ``of``/``and``) that ends at ``end``."""
    picked = []
    for word in reversed(body[max(0, end - 90):end].split(" ")):
        last_line = "\n" in word or "\t" in word
        if last_line:
            word = word.split()[-1] if word.split() else ""
        if word[:1].isupper() and (word[-1:] not in ".,;:!?\"”)" or not picked and word[-1:] == "."):
            picked.append(word)
        elif word in _NAME_JOINS and picked and not last_line:
            picked.append(word)
        else:
            break
        if last_line or len(picked) >= 6:
            break
    while picked and picked[-1] in _NAME_JOINS:
        picked.pop()
    if not picked:
        return None
    return _strip_article(" ".join(reversed(picked)))


def _words_of_initials(body: str, end: int, acronym: str) -> str | None:
    """The words before ``end`` whose first letters spell ``acronym``, the first one capitalised, whatever the
    case of the others: a name in a language that writes its nouns in lower case ("Dopravní podnik Hradovice
    (DPH)"); None when they do not."""
    words = body[max(0, end - 120):end].split()[-len(acronym):]
    if len(words) != len(acronym) or len(words) < 2 or not words[0][:1].isupper() \
            or not all(word.isalpha() for word in words):
        return None
    return " ".join(words) if "".join(word[0] for word in words).upper() == acronym.upper() else None


def _strip_article(name: str) -> str:
    name = name.strip()
    return name[4:] if name.startswith(("The ", "the ")) else name


def _org_name(text: str) -> str:
    """An organisation's name as a run of capitalised words reads it: without the words before it
    (``_BEFORE_ORG_NAME``), a possessive or its sentence's full stop (that of "Corp." stays)."""
    name = _POSSESSIVE.split(_BEFORE_ORG_NAME.sub("", _strip_article(text)), 1)[0]  # not "Calderbrook's Merlin-S"
    return name[:-1] if name.endswith(".") and len(name.rsplit(None, 1)[-1]) > 5 else name


_UNREAD = object()
# A company by its corporate name: capitalised words ending in a word only businesses end their names with.
_CORPORATE_NAME = re.compile(r"\b(?:(?:PT|Grupo|Groupe|Gruppo) [A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){0,3}\b|"
                             r"(?!Co\b)(?![A-Z]\w*-[a-z]+ )[A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){0,3} "
                             r"(?:Inc|Corp|Ltd|LLC|LLP|plc|PLC|GmbH|AG|SA|NV|SpA|SAS|JSC|PJSC|Bhd|Berhad|Pte|Pty|Oyj|Oy|"
                             r"AS|ASA|Tbk|Srl|SRL|Zrt|Kft|Nyrt|Ltda|SAC|s\.r\.o|spol|"
                             r"Co|Company|Corporation|Developments|"
                             r"Limited|Holdings|Group|Therapeutics|Pharmaceuticals|"
                             r"Pharma|Biotech|Appliances|Motors|Technologies|Semiconductor|Electronics|Industries|"
                             r"Resources|Retail|Foods|Airlines|Airways|Mining|Logistics|Laboratories|Labs|Energy|"
                             r"Coachworks|Brewing|Shipping|Systems|Solutions|Networks|Telecom|(?<!Public )Works|"
                             # miners and producers named by what they dig or make: "Mokgalo Platinum"
                             r"Platinum|Minerals|Metals|Steel|Cement|Petroleum|Chemicals|Textiles|Beverages|"
                             r"Aluminium|Aluminum|Aerospace|Aviation|Air|Mart|Energi|Energia|Energía|Biologicals|"
                             r"Biologics|Capital Partners|Container Lines|Shipbuilding)\b)")


# A name after a space, which the word before it may introduce by what it is: "online marketplace Pazaryolu",
# "energy regulator Ofgem", "pollster Lembaga Survei Cakrawala" (the word is looked up, not matched: one
# pattern of a hundred alternatives would cost five times as much).
_NAME_AFTER_A_WORD = re.compile(r" ([A-Z][a-z][\w'’-]*(?:(?: &)? [A-Z][a-z][\w'’-]*){0,3})")
# Businesses named by what they make: "drugmaker Vantis Bio" (not "lawmaker", nor "boilermaker": people).
_MAKERS = frozenset({"watchmaker", "chipmaker", "drugmaker", "toymaker", "planemaker", "steelmaker", "truckmaker",
                     "phonemaker", "candymaker", "chocolatier", "brewer", "distiller"})
# Kinds of organisation a person's job has a word for too: "winch operator Sipho Mahlangu", "developer Ana Ruiz".
_KINDS_OF_PEOPLE_TOO = frozenset({"operator", "builder", "contractor", "developer", "producer", "miner", "publisher",
                                  "exporter", "importer", "distributor", "supplier", "provider", "carrier", "side",
                                  "team", "school", "studio", "label", "holders", "champions", "body", "unit", "tank",
                                  "service", "office", "administration", "government", "fund", "trust", "app",
                                  "network", "platform", "outlet", "giant", "processor", "trader"})
# Kinds of business: "the company said" may stand for any organisation the article gives one of them.
BUSINESS_KINDS = frozenset({
    "company", "firm", "maker", "manufacturer", "producer", "provider", "developer", "supplier", "retailer",
    "chain", "brand", "carrier", "airline", "operator", "automaker", "carmaker", "startup", "start-up",
    "insurer", "lender", "conglomerate", "subsidiary", "distributor", "wholesaler", "exporter", "importer",
    "miner", "refiner", "builder", "contractor", "consultancy", "marketplace", "giant", "platform",
    "business", "corporation", "utility", "publisher", "broadcaster", "app", "meatpacker", "processor",
    "bottler", "shipper", "grocer", "supermarket", "trader", "shipbuilder"})
# Words a bank's name holds in the languages news meets them in.
_BANK_NAME_WORDS = frozenset({"bank", "banco", "banque", "bancorp", "bancshares"})
# Words in an organisation's name that say what kind it is, beside the kind's own word: "the club" is
# "Bluegrass FC", "the miner" "Tagumpay Gold Mining Corp.".
KIND_NAME_WORDS = {
    "club": {"club", "fc", "afc", "cf", "sc", "cd", "united", "rovers", "athletic", "wanderers", "rangers",
             "albion", "hc", "ehc", "sv", "tsv", "vfb", "vfl", "fk", "basket", "spor",
             # Belgian, Croatian, Polish, Czech and Italian clubs' initials: "KV Oostbrugge", "HNK Rijeka", "GKS Tychy"
             "kv", "kvc", "krc", "kaa", "rsc", "rfc", "sk", "nk", "hnk", "gks", "pfc", "ssc",
             "clube", "futebol", "fútbol",  # "Serrano Futebol Clube"
             # clubs by a word of their tradition: "Ardmoran Celtic", "Deportivo San Ramón", "Gjógvarnes ÍB"
             "celtic", "deportivo", "sporting", "olympique", "atlético", "atletico", "dynamo", "dinamo",
             "esporte", "calcio", "thistle", "harriers", "íb", "ík", "bk", "ik", "ff"},
    "consortium": {"consortium", "consorcio", "konsortium", "consórcio", "consorzio"},
    "miner": {"mining", "mines", "minerals", "minera"},
    "developer": {"developer", "developers", "developments"},
    "bank": _BANK_NAME_WORDS,
    "lender": _BANK_NAME_WORDS,
    "court": {"court", "tribunal"},
    "insurer": {"insurance", "assurance", "insurers"},
    "airline": {"airline", "airlines", "airways"},
    "carrier": {"airlines", "airways"},
    "pollster": {"polling", "pollster", "survey", "survei"},
    "regulator": {"regulator", "regulatory", "authority", "commission"},
    # ("Aguas del Pichirrao": a water company)
    "utility": {"utility", "utilities", "power", "electric", "electricity", "aguas", "agua", "águas"},
    "university": {"university", "universidad", "universität", "université", "universiti", "universitas"},
    "institute": {"institute", "instituto", "institut", "istituto", "instytut"},
    "fund": {"fund", "super", "superannuation", "pension", "pensions"},
    "group": {"group", "holdings"},  # "Cahaya Media Holdings Bhd" is "the group" of its filings
    # bodies named in their own language: "Liga Nacional Femenil" is "the league", "Związek Twórców Gier" "the union"
    "league": {"league", "liga", "ligue", "lega"},
    "union": {"union", "sindicato", "syndicat", "sindacato", "związek", "gewerkschaft"},
    "cooperative": {"cooperative", "co-operative", "cooperativa", "coopérative", "cooperativo", "genossenschaft"},
}
# Other words for a kind: "low-cost carrier SkyVista" is "the airline".
_SAME_KIND = {"airline": ("carrier",), "carrier": ("airline",)}
# More names of a kind than a story about one of them gives (and a bound on comparing them).
_MANY_NAMES = 40
# A company by its shares: "Siam Urban Rail's shares have fallen", "shares of Kestrel Mining".
_LISTED = re.compile(r"\b([A-Z][\w-]*(?: (?:& )?[A-Z][\w-]*){0,3})['’]s (?:shares|stock)\b|"
                     r"\b(?:[Ss]hares|[Ss]tock) (?:of|in) ([A-Z][\w-]*(?: (?:& )?[A-Z][\w-]*){0,3})")
# A name after "the": an institution's ("the Centers for Disease Control and Prevention"). No "\b" before
# "the": a pattern that opens with plain text is searched for eight times as fast (the word's start is checked).
_NAME_AFTER_THE = re.compile(r"the ([A-Z][\w'’-]*(?: (?:of|for|and|de|del|la|&) [A-Z][\w'’-]*"
                             r"| [A-Z][\w'’-]*)+)")
_POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’](?!\w)")  # "Bluegrass's", "Los Ceibos'"
_OWN_POSSESSIVE = re.compile(r"['’]s$")  # a name's last word's: "Poe Rava Producers' Cooperative's"
# An acronym in brackets after the name it stands for: "Tenancy Standards Authority (TSA)".
_ACRONYM_DEFINED = re.compile(r"(?<=\w) \(([A-Z][A-Za-z&]{1,9})\)")
# Kinds of business whose names say what they are ("Tagumpay Gold Mining Corp.", "Kattegat Airways"); a bank is
# "the bank", seldom "the company".
# Titles whose holder "the <noun>" names by another word: "Justice Miriam Okonjo" is "the judge".
_ROLE_OF_TITLE = {"justice": "judge"}
# Words that say a name's kind only as its last word: "Kapadokya Air" is an airline, "Air Perak Selatan Bhd" (Malay
# "air", water) is not.
_KIND_LAST_WORDS = {"airline": frozenset({"air"}), "carrier": frozenset({"air"})}
# Kinds whose word ends the compounds of other languages' names: "Aargauische Gewerbebank", "Handelsbanken".
_KIND_NAME_ENDINGS = {"bank": "bank", "lender": "bank"}
_BUSINESS_NAMED_BY_KIND = BUSINESS_KINDS.intersection(KIND_NAME_WORDS) - {"lender"}
_KIND_WORDS = frozenset(word for words in KIND_NAME_WORDS.values() for word in words)
# Capitalised words before an organisation's name that are no part of it: "Second-tier Harcastle Rovers",
# "SGX-listed Kallang Digital Group", "Shares of Tezkart Retail Ltd".
_BEFORE_ORG_NAME = re.compile(r"^(?:The |\w+-[a-z]+ |(?:Shares|Stock|Customers|Employees|Staff|Workers|Members|"
                              r"Investors|Users|Owners|Residents) of )")
# Words of a public body's name: "Energy Ministry" is no utility, "City Council" no club.
_PUBLIC_NAME_WORDS = frozenset({"ministry", "department", "agency", "council", "commission", "committee", "office",
                                "government", "administration", "authority", "bureau", "board", "police",
                                "parliament", "senate", "assembly", "city", "county", "municipality"})
# A run of capitalised words, which a full stop ends ("Tagumpay Gold Mining Corp.", "CD Atalaya. Bluegrass"), and
# what may continue it as a name: "of", "for" ("Monetary Authority of Singapore"), a court "in" its town.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*(?: [A-Z][\w&'’-]*(?:\.[\w&'’-]+)*)*\.?")
_NAME_CONTINUES = re.compile(r"(?: (?:of|for|de|del|da|do)|(?<=Court) in|(?<=Tribunal) in) (?:the )?[A-Z][\w&'’-]*"
                             r"(?: [A-Z][\w&'’-]*)*")


class SpeakerBook:
    """The named speakers of one article, in order of appearance."""

    def __init__(self):
        self.people: list[str] = []
        self.orgs: list[str] = []
        self.known: dict[str, str] = {}
        self.known_orgs: set[str] = set()  # names the article shows to be organisations
        self.org_heads: set[str] = set()  # first words of such names ("Norvell" of "Norvell Motors")
        self.mentions: list[tuple[int, str, str]] = []  # (offset, name, kind) of sentence subjects
        self._body = ""
        self._heads_checked: set[str] = set()
        self.roles: dict[str, set[str]] = {}  # a role's head noun -> the people the article gives it
        self.org_kinds: dict[str, set[str]] = {}  # a kind's noun -> the organisations the article gives it
        self._one_company = _UNREAD
        self._corporate_names = None
        self._of_kind: dict[str, str | None] = {}
        self._acronyms: dict[str, str] | None = None
        self._runs = None  # the article's runs of capitalised words, read once
        self._word_counts: dict[str, int] = {}
        self.institutions: set[str] = set()  # names the article writes after "the"
        self._named_again: dict[str, int] = {}  # a name -> how often it is named, 0 if not only as a name

    @property
    def body(self) -> str:
        """The article whose names the book holds."""
        return self._body

    def learn_names(self, body: str):
        """Remember full names written anywhere in the article (``Elon Musk``), so that a later
        ``Musk told Reuters`` is known to be a person and resolves to the full name; and names the
        article shows to be organisations (``Corrow Edison, the regional power utility``,
        ``Riverbend Water Company, which ...``, ``Norvell Motors``)."""
        people_by_apposition = set()
        for trigger in _CLAUSE_AFTER_NAME.finditer(body):
            name = _name_ending_at(body, trigger.start())
            if not name or name in COUNTRIES:  # "Chile, the world's second-largest producer" is a place
                continue
            clause = _CLAUSE_TEXT.match(body, trigger.start(1), trigger.start(1) + 90).group(0)
            kind, head = _appositive_kind_and_head(clause)
            if kind == "organization" and not any(w.lower() in ROLE_WORDS for w in name.split()[:-1]):
                self._learn_org(name)
                if head and head in clause.split():  # "the regional utility", not "the Department of Housing"
                    self._note_kind(name, head)
            else:
                if kind == "person":
                    people_by_apposition.add(name)
                role = _ROLE_OF_CLAUSE.match(clause)
                self._note_role(name, role.group("role") if role else None)
        self._body = body
        if "the " in body:
            # "the Operador Nacional del Sistema Eléctrico": a name after "the" is no person's (nor, mostly, a
            # company's: "the Centers for Disease Control and Prevention")
            self.institutions = {_OWN_POSSESSIVE.sub("", match.group(1)) for match in _NAME_AFTER_THE.finditer(body)
                                 if (not match.start() or not body[match.start() - 1].isalnum())
                                 and match.group(1).split()[0].lower().rstrip(".") not in TITLES}
            self.known_orgs |= self.institutions
        if body.isascii():
            full_name, scanned = _FULL_NAME_CAPITALS_AS_A, body.encode("ascii").translate(_CAPITALS_AS_A)
        else:
            full_name, scanned = _FULL_NAME, body
        match = full_name.search(scanned)
        while match:
            first, last = body[match.start(1):match.end(1)], body[match.start(3):match.end(3)]
            if first.lower().rstrip(".") in _NOT_FIRST_NAMES or match.start(2) >= 0 and (
                    first.lower().removesuffix("s") in ROLE_WORDS or _opens_a_sentence(body, match.start())):
                # "Inspector Maarten de Vries", "For Tamsin Rowe", "Treasurer Gordon Vail": the name may start at
                # the next word; so may three capitalised words opening a sentence ("Then Maria Lopez said")
                match = full_name.search(scanned, match.start(1) + len(first) + 1)
                continue
            full = body[match.start():match.end()]
            title = _word_before(body, match.start())
            middle = body[match.start(2):match.end(2)] if match.start(2) >= 0 else None
            match = full_name.search(scanned, match.end())
            if last.lower() in ORG_WORDS:
                continue
            if full in self.known_orgs and full not in people_by_apposition:
                continue
            self.known[last] = full
            if middle:  # "Uribe told the meeting": a first surname stands for the whole name too
                self.known.setdefault(middle, full)
            self._note_role(full, title)
        self._read_introductions()
        if " of " in body or " for " in body:
            # "The Chairman of Agbeloba Local Government, Alhaji Kamoru Ladipo,": the role before the name
            for match in _ROLE_OF_SOMETHING_THEN_NAME.finditer(body):
                name = [word for word in match.group("name").split() if word.lower().rstrip(".") not in TITLES]
                if match.group("role").lower() in ROLE_WORDS and len(name) >= 2:
                    self._note_role(" ".join(name), match.group("role"))

    def _note_role(self, name: str, role: str | None):
        """Remember the role the article gives a person ("Fisheries Minister Aileen Corrigan", "Marta
        Kovacs, a 34-year-old pharmacist"), by its head noun."""
        # (a weekday is no one: "went live Wednesday, a spokesman for ... said")
        if role and len(role) > 2 and role.isalpha() and name.lower() not in WEEKDAYS:
            role = _ROLE_OF_TITLE.get(role.lower(), role.lower())
            self.roles.setdefault(role, set()).add(name)

    def _note_kind(self, name: str, kind: str | None):
        """Remember what kind of organisation the article says ``name`` is ("a software provider")."""
        if kind:
            self.org_kinds.setdefault(kind, set()).add(_org_name(name))

    def org_of_kind(self, noun: str) -> str | None:
        """The one organisation the article shows to be a ``noun`` ("the bank", "the club", "the regulator"):
        by an appositive ("Prairie Valley Power, the local utility"), by what introduces it ("energy
        regulator Ofgem") or by its name ("Bank Nadwiślański", "Bluegrass FC"); None when it shows none or
        several."""
        if noun not in self._of_kind:
            # else the one the article says is one, over others only their names show to be ("Gjógvarnes ÍB, a
            # part-time football club, beat FK Drinski ... the club said")
            self._of_kind[noun] = self._one_of(self.orgs_of_kind(noun)) \
                or (self._one_of(self.org_kinds[noun]) if noun in self.org_kinds and noun != "group" else None)
        return self._of_kind[noun]

    def orgs_of_kind(self, noun: str) -> set[str]:
        """Every organisation the article shows to be a ``noun`` (``org_of_kind`` wants exactly one)."""
        self._read_introductions()
        # "a campaign group", "a clerks' group": what kind of group, only its name says ("Kallang Digital Group")
        names = set(self.org_kinds.get(noun, ())) if noun != "group" else set()
        for other in _SAME_KIND.get(noun, ()):
            names |= self.org_kinds.get(other, set())
        name_words = KIND_NAME_WORDS.get(noun, {noun})
        ending = _KIND_NAME_ENDINGS.get(noun)
        last_words = _KIND_LAST_WORDS.get(noun, frozenset())
        if self._runs is None:
            self._runs = [(run, frozenset(_POSSESSIVE.sub("", run.group(0).lower()).split()))
                          for run in _CAPITALISED_RUN.finditer(self._body)]
        body = self._body
        for run, run_words in self._runs:
            if run_words.isdisjoint(name_words) and not (ending and any(w.endswith(ending) for w in run_words)) \
                    and not (last_words and _POSSESSIVE.sub("", run.group(0)).rsplit(None, 1)[-1].lower().rstrip(".")
                             in last_words):
                continue  # the common case, read first
            end = run.end()
            more = _NAME_CONTINUES.match(body, end)
            while more:
                end = more.end()
                more = _NAME_CONTINUES.match(body, end)
            text = body[run.start():end]
            owner, *owned = _POSSESSIVE.split(text, 1)
            # "Chile's Transport Ministry", "St Aldhelm's Children's Hospital": the whole name, not its owner
            whole = owned and set(owner.lower().split()).isdisjoint(name_words)
            # (and not its own possessive: "Poe Rava Producers' Cooperative's president")
            name = _OWN_POSSESSIVE.sub("", _strip_article(text).rstrip(".") if whole else _org_name(text))
            words = [word for word in name.lower().split() if word not in _LINKS_IN_NAMES]
            if all(word in name_words for word in words) \
                    or words[-1] in _PUBLIC_NAME_WORDS and words[-1] not in name_words \
                    or any(word.rstrip(".") in TITLES or word in ROLE_WORDS for word in words):
                continue  # "Bank" alone; "Energy Ministry" is no utility, "Airlines of Europe Council" no airline;
                # "City Councilor Maya Trevino" a person
            names.add(name)
        return names

    def _read_introductions(self):
        """Note the organisations the article introduces by their kind ("energy regulator Ofgem"), once."""
        if "" in self._of_kind:
            return
        self._of_kind[""] = None
        body = self._body
        for match in _NAME_AFTER_A_WORD.finditer(body):
            kind = body[max(0, match.start() - 20):match.start()].split()[-1:]
            if kind and kind[0] not in ORG_HEADS and kind[0] not in _MAKERS and "-" in kind[0] \
                    and _DESCRIBED_BY_A_PLACE_OR_OWNER.search(kind[0]):
                kind = ["company"]  # "Pune-based Serovance Biologicals", "Oslo-listed Fjordkraft"
            if not kind or kind[0] not in ORG_HEADS and kind[0] not in _MAKERS:
                continue
            name = match.group(1)
            first = name.split()[0].lower().rstrip(".")
            if first not in WEEKDAYS and first not in MONTHS and first not in TITLES:
                self._note_kind(name, "maker" if kind[0] in _MAKERS else kind[0])
                if kind[0] not in _KINDS_OF_PEOPLE_TOO:
                    self.known_orgs.add(name)  # "Swiss watchmaker Tissier Horlogerie said": no person (but
                    # "Pryce" alone may be one: "Julian Pryce, a partner at law firm Pryce Caddell")

    def _one_of(self, names: set[str], alone_from: int = 1, counted_by=None) -> str | None:
        """The one organisation ``names`` stand for: the only one (a short form inside a longer one is the
        same) if the article names it ``alone_from`` times, or the one it comes back to at least twice and
        twice as often as any other; None when they name several alike (a bidder and its target)."""
        if len(names) > _MANY_NAMES:
            return None  # a list, not a story about one of them (and a bound on the work below)
        longest = [name for name in names if not any(name != other and name in other for other in names)]
        # (each is named at least once: a name none of whose words counts is still there)
        counted = counted_by or self._mentions
        mentions = sorted(((max(counted(name), 1), name) for name in longest), reverse=True)
        if not mentions or mentions[0][0] < (alone_from if len(mentions) == 1 else 2) \
                or len(mentions) > 1 and mentions[0][0] < 2 * mentions[1][0]:
            return None
        # written as the article first writes it ("Northwind Foods", not "Northwind Foods Inc" further on)
        return min((name for name in names if name in mentions[0][1]),
                   key=lambda name: (self._body.find(name), -len(name)))

    def most_named(self, names: set[str]) -> str | None:
        """Of ``names``, the one the article comes back to by name at least twice and twice as often as
        any other, or None. A name is counted whole or by its first word standing alone ("Marula said"),
        not by a word it shares with other names (the "Gulf" of "Gulf Shore Power" and "Gulf Coast")."""
        return self._one_of(names, alone_from=2, counted_by=self._mentions_by_name)

    def _mentions_by_name(self, name: str) -> int:
        first = name.split(None, 1)[0].strip(".,'’")
        if first == name or len(first) < 3:
            return self._body.count(name)
        alone = re.findall(r"\b" + re.escape(first) + r"\b(?!\s+[A-Z])", self._body)
        return self._body.count(name) + len(alone)

    def _mentions(self, name: str) -> int:
        """How often the article names ``name``, by the word of it it comes back to most ("Northbrook")."""
        words = [word.strip(".,'’") for word in name.split()]
        return max((self._count(word) for word in words
                    if len(word) > 2 and word.lower() not in _NOT_FIRST_NAMES and word.lower() not in _KIND_WORDS),
                   default=0)

    def _count(self, word: str) -> int:
        if word not in self._word_counts:
            self._word_counts[word] = len(re.findall(r"\b" + re.escape(word) + r"\b", self._body))
        return self._word_counts[word]

    def spelled_out(self, name: str) -> str:
        """An acronym the article spells out ("the Operador Nacional del Sistema Eléctrico (ONSE)") as the
        name it stands for; any other name as it is."""
        acronym = _strip_article(name or "")
        if not acronym or len(acronym) > 10 or not acronym.isupper() or not acronym.isalpha():
            return name
        if self._acronyms is None:
            self._acronyms = {}
            for match in _ACRONYM_DEFINED.finditer(self._body):
                full = _name_ending_at(self._body, match.start())
                if not (full and full[0] == match.group(1)[0] and " " in full):
                    full = _words_of_initials(self._body, match.start(), match.group(1))
                if full:
                    self._acronyms.setdefault(match.group(1), full)
        return self._acronyms.get(acronym, name)

    def person_in_role(self, phrase: str) -> str | None:
        """The one person the article gives the role a source is credited by ("the minister", "its director",
        "the state's finance minister"), or None (no such source, no such person, or several)."""
        owner = POSSESSIVE_NAME.match(phrase)  # "Nova Scotia's education minister": a place's or a body's
        words = phrase[owner.end():].lower().split() if owner else phrase.lower().split()
        if not (1 <= len(words) <= 3 if owner else 2 <= len(words) <= 4 and words[0] in _ROLE_DETERMINERS):
            return None
        people = self.roles.get(words[-1], ())
        return next(iter(people)) if len(people) == 1 else None

    def _learn_org(self, name: str):
        if not name or name.lower() in PRONOUNS:
            return
        self.known_orgs.add(name)
        first = name.split()[0]
        if " " in name and first.lower() not in _NOT_FIRST_NAMES and first != "the":
            self.org_heads.add(first)

    def is_org(self, name: str) -> bool:
        """An organisation by what the article says of it: an appositive, or one word that begins a
        longer organisation name (``Norvell`` beside ``Norvell Motors``)."""
        name = _strip_article(name)
        if name in self.known_orgs:
            return True
        if not name:
            return False
        if " " in name and (name.rsplit(None, 1)[-1].lower().rstrip(".") in ORG_WORDS
                            or _CORPORATE_NAME.fullmatch(name)):
            return True  # "Greywacke Minerals"
        if name not in self._heads_checked and self._body:
            # looked up on demand: does the article write these words at the head of an organisation's
            # name ("Norvell" beside "Norvell Motors", "Northcrest Gold" of "Northcrest Gold Corp.")?
            self._heads_checked.add(name)
            body, at = self._body, self._body.find(name + " ")
            while at >= 0:
                if at == 0 or not body[at - 1].isalnum():
                    following = _NAME_TAIL.match(body, at + len(name))
                    if following and following.group(0).rsplit(None, 1)[-1].lower() in ORG_WORDS \
                            and not ((" " in name or self.is_person(name))
                                     and following.group(0).startswith((" of ", " and ", " & "))):
                        # (a person's name goes on with where they work: "Daniel Kirchner of Brennerton
                        # Research Institute", "Gillis of Dalhousie Street Economics" after "Harriet Gillis")
                        self.org_heads.add(name)
                        break
                at = body.find(name + " ", at + 1)
        return name in self.org_heads

    def names_headed_by(self, word: str) -> set[str]:
        """Every longer name the article writes ``word`` at the head of ("Kaiyuan Cell Technology" for "Kaiyuan"),
        without a possessive ending."""
        return {match.group(0).removesuffix("'s").removesuffix("’s")
                for match in re.finditer(r"\b" + re.escape(word) + _NAME_TAIL.pattern, self._body)}

    def heads_a_longer_name(self, word: str) -> bool:
        """Whether the article writes ``word`` before another capitalised word ("Norvell" of "Norvell Motors")."""
        return re.search(r"\b" + re.escape(word) + r" [A-Z]", self._body) is not None

    def the_one_company(self) -> str | None:
        """The company the article is about, for "the company said": of the businesses it names by a
        corporate name ("Northbrook Therapeutics", "Kindwacht GmbH"), by their shares ("Siam Urban Rail's
        shares") or by what they are ("online marketplace Pazaryolu", "Gradewell Systems, a software
        provider"), the one it comes back to ("Northbrook said") at least twice and twice as often as any
        other; None when it names none or several alike (a bidder and its target). Also by what only a business has
        ("Daehan EnerCell's Misan battery plant", "Payvine's layoffs")."""
        if self._one_company is _UNREAD:
            self._read_introductions()
            names = self.corporate_names() | self._listed_names()
            for kind in BUSINESS_KINDS.intersection(self.org_kinds):
                names |= self.org_kinds[kind]
            for kind in _BUSINESS_NAMED_BY_KIND:
                names |= self.orgs_of_kind(kind)
            if "'s " in self._body or "’s " in self._body:  # "Daehan EnerCell's Misan battery plant"
                names |= {match.group("name") for match in _ORG_BY_WHAT_IT_HAS.finditer(self._body)
                          if match.group("name").split()[0] not in ("The", "A", "An")}
            self._one_company = self._one_of(names, alone_from=2)
        return self._one_company

    def the_municipality(self, noun: str) -> str | None:
        """The town or city a "the town said" stands for: the one the article calls "the town of Kamiyasu", else
        its dateline's place as the article writes it elsewhere ("BRODNÍK, Czech Republic" and "the city council
        of Brodník"); None when it names neither."""
        named = re.search(r"\bthe " + noun + r" of ((?:[A-Z][\w'’-]+ ?){1,3})", self._body)
        if named:
            return named.group(1).strip()
        place = dateline_place(self._body)
        if place is None:
            return None
        after = self._body.find(place) + len(place)
        written = re.search(r"\b" + re.escape(place) + r"\b", self._body[after:], re.IGNORECASE)
        return written.group(0) if written and not written.group(0).isupper() else None

    def corporate_names(self) -> set[str]:
        """The names the article gives businesses by a corporate ending ("Tigbawan Gold Mining Corp")."""
        if self._corporate_names is None:
            self._corporate_names = {_org_name(match.group(0)) for match in _CORPORATE_NAME.finditer(self._body)}
        return self._corporate_names

    def _listed_names(self) -> set[str]:
        if "hares" not in self._body and "tock" not in self._body:  # (a cheap test first)
            return set()
        return {_org_name(match.group(1) or match.group(2)) for match in _LISTED.finditer(self._body)}

    def add_person(self, name: str):
        if name and name[:1].isupper():
            if name in self.people:
                self.people.remove(name)
            self.people.append(name)

    def add_org(self, name: str):
        if name:
            if name in self.orgs:
                self.orgs.remove(name)
            self.orgs.append(name)

    def comes_back_to_by_name(self, name: str, times: int = 2) -> bool:
        """Whether the article names ``name`` at least ``times`` times and only as a name of its own: not a
        common word it writes in lower case too ("Supporters say"), nor a place ("in Hradovice"; not "shares in
        Tobol Agro Holding")."""
        if name not in self._named_again:
            as_a_name = self._count(name.lower()) == 0 \
                and re.search(r"(?<![Ss]hares )(?<![Ss]take )\b(?:in|near)\s+" + re.escape(name) + r"\b",
                              self._body) is None
            self._named_again[name] = self._count(name) if as_a_name else 0
        return self._named_again[name] >= times

    def is_person(self, name: str) -> bool:
        last = name.split()[-1] if name.split() else ""
        if " " not in name.strip() and last in self.known:
            return True
        return any(p == name or p.split()[-1] == last for p in self.people)

    def full_name(self, name: str) -> str:
        """``Musk`` -> ``Elon Musk`` when the article named him in full before."""
        if " " in name:
            return name
        for person in reversed(self.people):
            if person.split()[-1] == name:
                return person
        return self.known.get(name, name)

    def person_named_last(self, before: int) -> str | None:
        """The person the paragraph names last before offset ``before`` (by full name or surname), in full; None
        when it names none: the one a "he said" with no speaker before it stands for."""
        if not self._body:
            return None
        paragraph = self._body.rfind("\n\n", 0, before) + 1
        at, named = max(((self._body.rfind(name, paragraph, before), full) for name, full in self.known.items()
                         if full not in self.known_orgs and not self.is_org(full)), default=(-1, None))
        return named if at >= 0 else None

    def resolve_pronoun(self, pronoun: str):
        """The last fitting speaker for a pronoun, or None."""
        low = pronoun.lower()
        if low in ("he", "she", "i") and self.people:
            return self.people[-1]
        if low == "it":
            # the last organisation named by its name, else the one company the article is about, else the last
            # one credited at all ("the company")
            named = next((org for org in reversed(self.orgs) if not org.lower().startswith("the ")), None)
            return named or self.the_one_company() or (self.orgs[-1] if self.orgs else None)
        if low in ("they", "we") and self.orgs:
            return self.orgs[-1]
        if low in ("they", "we") and self.people:
            return None
        return None


# Heads of a phrase that names a document or a study (or the people who produced one): "agency data",
# "a report", "investigators".
_DOCUMENT_HEADS = DOCUMENT_NOUNS | {"results", "numbers", "statistics", "tally", "count", "projections", "polls",
                                    "surveys", "tests", "investigation", "inquiry", "probe", "researchers",
                                    "investigators", "scientists", "inspectors", "auditors", "analysts",
                                    "assessors", "timeline", "memo", "account"}


@lru_cache(maxsize=4096)
def is_document_phrase(phrase: str) -> bool:
    """A phrase that names a document or a study, also with its author: "Tracking data from MarineLink".
    Remembered: the attribution and quote readers ask it of the same phrase and clause several times
    over (a source is tested as a subject, for its verb, for its length and when it is cleaned)."""
    phrase = _AUTHOR_TAIL.sub("", phrase.lower())
    words = _DOCUMENT_WORDS.findall(phrase)
    return bool(words) and words[-1].removesuffix("'s") in _DOCUMENT_HEADS


# What may follow a document's head: its author ("from MarineLink", "by the coalition"), how it came
# ("compiled by", "reviewed by the Sentinel", "released Tuesday", "posted by").
_AUTHOR_TAIL = re.compile(r"\s+(?:(?:compiled|released|published|issued|provided|prepared|produced|filed|"
                          r"collected|kept|reviewed|obtained|posted|seen)\b|from\s|by\s|of\s).*$")


_DOCUMENT_WORDS = re.compile(r"[a-z][\w'’-]*")


# A comma that separates clauses, not thousands ("212,000").
_CLAUSE_COMMA = re.compile(r",(?!\d)")


# A role or an organisation's kind, then what it is of or for: "The operator of the 27-kilometre road", "The owner
# of the building", "The county's chief officer for disaster management".
_ROLE_OF_SOMETHING = re.compile(r"(?:the|its|their|(?:the\s+)?[\w-]+['’]s)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                r"(?P<role>[a-z]+)\s+(?:of|for)\s+", re.IGNORECASE)
def _holds_a_role_of_something(head: str) -> bool:
    role = _ROLE_OF_SOMETHING.match(head)
    return role is not None and (role.group("role").lower() in ROLE_WORDS or role.group("role").lower() in ORG_HEADS)


# A common noun with its article and up to two words before it, which a name in apposition may follow: "The
# shipyard", "its new owner".
_THE_NOUN = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")
# Words set off by commas between a subject and its verb that say nothing of the subject.
_ASIDES = frozenset({"however", "meanwhile", "though", "too", "also", "in turn", "for its part", "for their part",
                     "for his part", "for her part", "in contrast", "by contrast", "in a statement", "separately"})
# A name of up to four capitalised words, perhaps after a title, right after a clause's comma.
_NAME_AFTER_A_CLAUSE = re.compile(r"(?:[A-Z][a-z]{1,4}\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")
# A noun phrase opened by a name of up to four words in the possessive: "Britain's largest rental operator",
# "Hanbit Energy's project director".
POSSESSIVE_NAME = re.compile(r"(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w-]*['’]s\s+")


def _after_possessive(middle: str) -> str:
    """An appositive without the name that owns it: "Hanbit Energy's project director" -> "project
    director"."""
    owner = POSSESSIVE_NAME.match(middle)
    return middle[owner.end():] if owner else middle
# Words in -ed that open no participle phrase.
_NOT_PARTICIPLES = frozenset({"red", "bed", "shed", "wed", "need", "indeed", "seed", "speed", "feed", "deed"})
# Past participles not in -ed that open a description after a name: "Kasun Wijesekara, bought for Rs. 55.5
# million, told".
_IRREGULAR_PARTICIPLES = frozenset({"bought", "sold", "born", "known", "taken", "given", "chosen", "paid", "built",
                                    "brought", "caught", "held", "kept", "sent", "won", "led", "shown", "driven",
                                    "written", "grown", "sworn", "struck", "beaten", "spent", "drawn", "thrown"})


# An age set off by commas after a name.
_AGE_SET_OFF = re.compile(r"(?<=[A-Za-z]),\s+\d{1,3}(?=,)")
_NAME_AND_COMMA = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*,")


def _opens_with_a_role(middle: str) -> bool:
    """Whether an appositive opens with a role, perhaps after a few lower-case words and before what it is
    of: "chairman of the staff association", "regional secretary of the union", "senior economist at Banco
    Sur"."""
    for word in middle.split()[:4]:
        low = word.lower()
        if low in ROLE_WORDS:
            return True
        if not word.islower() or low in _ROLE_STOPS:
            return False
    return False


# Words an appositive's role does not come after.
_ROLE_STOPS = frozenset({"of", "at", "for", "in", "with", "and", "who", "which", "that"})


def named_at_organisation(phrase: str) -> str | None:
    """The person's name in a subject that names a person and where they work, however long the
    organisation's name ("Labour economist Dr. Ayanda Khumalo of the Highveld Institute of Labour Studies"
    -> "Ayanda Khumalo"); None for any other phrase."""
    named = _NAMED_AT_ORGANISATION.fullmatch(phrase.strip())
    return named.group("name") if named else None


# A role of a few words, a name of two to four, "of"/"at"/"from" and a capitalised name of an organisation
# (the words before the name link nothing: "Shares of the Highveld Institute" names nobody).
# The organisation may be named in lower case by what it is ("Inspector Maarten de Vries of the national art crimes
# unit"), and the name may hold a link word ("de", "van").
_NAMED_AT_ORGANISATION = re.compile(r"(?:(?!(?:of|at|from|the)\s)[\w'’.-]+\s+){0,4}?"
                                    r"(?P<name>(?!The\s)[A-Z][\w'’-]+(?:\s+(?:" + NAME_PARTICLE + r"\s+)?"
                                    r"[A-Z][\w'’-]+){1,3})"
                                    r"\s+(?:of|at|from)\s+(?:(?:the\s+)?[A-Z][\w'’&.-]*"
                                    # (a word in lower case may say what it is: "the Paris house Ollivier & Fils")
                                    r"(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|on|the|&|"
                                    r"[a-z][\w'’-]*(?=\s+[A-Z]))){0,10}|"
                                    # or its kind, perhaps after its name: "the Fundação Bandeirantes business
                                    # school", "Daulatpur police station"
                                    r"(?:the\s+|(?=[A-Z]))(?:[\w'’&.-]+\s+){0,5}(?:" + "|".join(sorted(
                                        ORG_HEADS | {"survey", "police", "unit", "team", "brigade", "service", "squad",
                                                 "station", "desk", "lab", "laboratory", "observatory", "museum",
                                                 "library", "network", "group"}, key=len, reverse=True))
                                    + r"))"
                                    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?")  # "... Clinic in Montreal"


# One of a group, then that one by role and name, perhaps with an age and a home: "One of them, retired bus driver
# Masao Kuroda, 67, of Sakai,".
_ONE_OF_THEM_NAMED = re.compile(r"(?:One|Another|Among them)(?: of (?:them|those|the [a-z]+))?,\s+"
                                r"(?:[a-z][\w-]*\s+){0,4}(?P<named>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
                                r"(?:,\s*\d{1,3})?(?:,\s+(?:of|from)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?,")


def names_one_body(first: str, head: str) -> bool:
    """Whether "the <first> and <...> <head>" is one body's name ("the water and sanitation department", "the
    fire and rescue service"), not two sources ("the company and federal regulators")."""
    return first.lower() not in ORG_HEADS and head.lower() in ORG_HEADS


# A relative clause about some of a group: "Farmers in the area, many of whom grow tomatoes for export,".
_SOME_OF_WHOM = re.compile(r"(?:many|some|most|all|several|few|both|none|half)\s+of\s+(?:whom|which)\b",
                           re.IGNORECASE)


# A subject opening the sentence, then a relative clause whose list of names holds commas of its own, or that an
# aside of where or how many closes: "Pelangi Air, which operates 140 flights a day, mostly in eastern Indonesia,".
_RELATIVE_WITH_A_LIST = re.compile(r"(?P<head>(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,4}),\s+(?:which|who)\s+"
                                   r"[^,;:\"“”]{3,120}?(?:(?:,\s+[A-Z][^,;:\"“”]{0,40}?)+"
                                   r"\s+(?:and|or)\s+[A-Z][^,;:\"“”]{0,40}|"
                                   r",\s+(?:mostly|mainly|largely|chiefly|almost\s+all|(?:most|many)\s+of\s+them)"
                                   r"\s+[^,;:\"“”]{2,60}),")


# A name, after at most a few lower-case words of a role: "retired teacher Pham Thi Lan", "Krystyna Baran".
_NAMED_AFTER_A_ROLE = re.compile(r"(?:[a-z][\w'’-]*\s+){0,4}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){1,3}")
# A role, perhaps after a word or two, then a name, perhaps with where the person works: "hydrogeologist Dr. Tomás
# Araya of the Universidad del Norte Grande" (not who did something to the subject: "chaired by lawyer Keiko
# Morisawa").
_ROLE_AND_NAME = re.compile(r"(?:(?!by\b|\w+ed\b)[a-z][\w'’-]*\s+){0,2}(?P<role>[a-z][\w'’-]*)\s+"
                            r"(?:[A-Z][a-z]{1,4}\.\s+)?"
                            r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}(?:\s+(?:of|at|from|with)\s+[^,]{3,60})?")
# A name in the possessive before what only an organisation has: "Daehan EnerCell's Misan battery plant", "Payvine's
# layoffs", "Kestrel Compute's data centre".
_ORG_BY_WHAT_IT_HAS = re.compile(
    r"\b(?P<name>[A-Z][\w&-]+(?: [A-Z][\w&-]+){0,3})['’]s (?:[A-Z][\w-]* )?(?:[a-z-]+ ){0,2}"
    r"(?:shares|stock|board|shareholders|chief executive|CEO|plant|factory|mill|mine|smelter|refinery|farm|"
    r"data cent(?:re|er)|headquarters|workforce|employees|layoffs|subscribers|fleet|stores|branches|"
    r"operations|quarterly|annual results|profit|revenue|takeover|IPO|listing)\b")
# People of a named place: "Residents of Igarapé-Tuiuca", "Farmers in Kwamekrom".
_PEOPLE_OF_A_PLACE = re.compile(r"[A-Z][a-z]+\s+(?:of|in|from|near|around)\s+(?:the\s+)?[A-Z][\w'’-]*"
                                r"(?:\s+(?:" + NAME_PARTICLE + r"\s+)?[A-Z][\w'’-]*){0,2}")
# Two capitalised words in a row: a name in a phrase.
_TWO_NAME_WORDS = re.compile(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
_WHERE_A_ROLE_IS = re.compile(r"\s+(?:in|at|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")


def subject_before_apposition(before: str) -> str | None:
    """The subject of a sentence whose verb comes after an appositive or a relative clause: ``Kessler
    Biologics, a vaccine maker based in the state,`` -> ``Kessler Biologics``; ``Its chief inspector, Andrew
    Coutts,`` -> ``Andrew Coutts``; None otherwise (``before`` is the text before the verb)."""
    subject = _subject_before_apposition(before)
    if subject is None and before[-1:] == "," and before.count(",") <= 4:
        # a person named after a role, then described once or twice: "Council member Luis Varga, the lone no vote,",
        # "Hiroshi Tanabe, sales director at Alpine Route Japan Tours, a Tokyo-based inbound operator,", "Former
        # Swift Rapids Sabres defenceman Kyle Mbeki, 41,"
        described = _PERSON_DESCRIBED.fullmatch(before)
        if described and described.group("name").rsplit(None, 1)[-1].lower().rstrip(".") not in ORG_WORDS:
            subject = described.group("name")
    return subject


# A person's name, perhaps after where the sentence is and a role (lower-case words, or capitalised ones of the team
# or body the role is held in), then an age or up to two descriptions set off by commas: who the person is ("the
# lone no vote", "now a commentator", "one of the largest buyers"), or a role at or of somewhere.
_PERSON_DESCRIBED = re.compile(
    r"(?:(?:At|In|On|Outside|Inside|Near)\s[^,;\"“”]{2,60},\s+)?"
    r"(?:(?:[a-z][\w'’-]*|[A-Z][\w'’-]*)\s+){0,5}?(?<!\bof )(?<!\bin )(?<!\bat )(?<!\bfrom )(?<!\bnear )"
    r"(?:[A-Z][a-z]{1,4}\.\s+)?"  # an abbreviated title: "Dr. Hendra Gunawan, rector of ...,"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:" + NAME_PARTICLE + r"\s+)?[A-Z][\w'’-]+){1,3})"
    r"(?:,\s+\d{1,3}(?=,))?"
    r"(?:,\s+(?:(?:the|a|an|now|one|his|her|their|who|whose)\s[^,;\"“”]{2,110}|"
    r"(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*\s+(?:at|of|for|with|in)\s[^,;\"“”]{2,80})){0,2},")


# A clergyman's or a judge's honorific with its article, before a name: "the Very Rev.", "the Rt Rev.", "the Hon.".
THE_HONOURED = re.compile(r"^the\s+(?:(?:Very|Most|Right|Rt\.?)\s+)?(?:Rev\.|Reverend|Hon\.|Honourable|Honorable)\s+"
                           r"(?=[A-Z])")


def body_of_a_place(text: str, whole: bool = False) -> str | None:
    """The body ``text`` ends with (is, when ``whole``), named in lower case of or in a place and headed by an
    organisation's noun (``ORG_NOUNS``): "The regional government of Antofagasta", "Nepal's embassy in Kuala
    Lumpur"; or None."""
    if " of " not in text and " in " not in text:
        return None
    match = _BODY_OF_A_PLACE.fullmatch(text) if whole else _BODY_OF_A_PLACE.search(text, max(0, len(text) - 90))
    return match.group("body") if match and match.group("head") in ORG_NOUNS else None


# A body named in lower case, of or in a place (``body_of_a_place``).
_BODY_OF_A_PLACE = re.compile(r"(?:^|(?<=\s))(?P<body>(?:[Tt]he|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s)\s+"
                             r"(?:[a-z][\w-]*\s+){0,2}"
                             r"(?P<head>[a-z][\w-]*)\s+(?:of|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")
# A body by its short name in apposition: "the SBS".
THE_ACRONYM = re.compile(r"the [A-Z]{2,8}")


def _subject_before_apposition(before: str) -> str | None:
    one_of_them = _ONE_OF_THEM_NAMED.fullmatch(before)
    if one_of_them:  # "One of them, retired bus driver Masao Kuroda, 67, of Sakai,": the one named
        return one_of_them.group("named")
    if before[-1:] == ",":
        aged, before = before, _AGE_SET_OFF.sub("", before)  # "Nomvula Dlamini, 34, a teacher who joined the trial,"
        if before != aged and _NAME_AND_COMMA.fullmatch(before):
            return before[:-1]  # '"...," Painemal, 61, said'
    commas = [m.start() for m in _CLAUSE_COMMA.finditer(before)]
    if len(commas) < 2 or commas[-1] != len(before) - 1:
        return None
    relative = _RELATIVE_WITH_A_LIST.fullmatch(before) if len(commas) > 2 else None
    if relative:  # "The Dutch group, which brews beer in the Benelux, Germany and Poland,": a list inside the clause
        return relative.group("head")
    head_from = commas[-3] + 1 if len(commas) > 2 else 0
    head, middle = before[head_from:commas[-2]].strip(), before[commas[-2] + 1:-1].strip()
    middle = THE_HONOURED.sub("", middle)  # "The dean, the Very Rev. Catherine Marlowe,": the name
    known_as = KNOWN_AS.fullmatch(middle)
    if known_as:
        return known_as.group(1)  # "Cooperativa Agrícola Vale Alto, known as Coopervale, said": the name it goes by
    if len(commas) == 2 and THE_ACRONYM.fullmatch(middle):
        return middle  # "Peru's banking regulator, the SBS, said": the body by its short name
    named = len(middle.split()) <= 4 and middle[:1].isupper() and middle.split()[-1][:1].isupper() \
        and all(w[:1].isupper() or w in _LINKS_IN_NAMES for w in middle.split())  # "Energía Federal de México"
    if not head or not middle:
        return None  # ", Pham Thi Lan,", "The group,,": nothing before the aside, or no aside
    if len(commas) == 2 and head.split(None, 1)[0].lower() in _PLACING_WORDS and _NAMED_AFTER_A_ROLE.fullmatch(middle):
        return middle  # "At Thuy Duong station, retired teacher Pham Thi Lan, 68, said": where, then who
    if len(commas) == 2:
        role_and_name = _ROLE_AND_NAME.fullmatch(middle)
        with_a_role = role_and_name is not None and is_a_role(role_and_name.group("role"))
        if (_THE_NOUN.fullmatch(head) or one_unnamed_person(head.lower().split())) \
                and (with_a_role or named and len(middle.split()) >= 2) \
                or with_a_role and head.split(None, 1)[0] in ("The", "Its", "Their"):
            return middle  # "Its author, hydrogeologist Dr. Tomás Araya of the Universidad del Norte Grande,", "A
            # resident of Unguwar Rimi ward, Malam Sani Abdullahi,": the one named; "The statutory manager appointed
            # by the authority, accountant Brenda Nalwoga,": one named with a role, however long the head
    opening = middle.split(None, 1)[0]
    if len(commas) == 2 and opening in ("a", "an", "the") and len(middle.split()) <= 16 \
            and (_TWO_NAME_WORDS.search(head) and head.split(None, 1)[0].lower() not in _PLACING_WORDS
                 and 8 < len(head.split()) <= 12 and opening != "the" or _PEOPLE_OF_A_PLACE.fullmatch(head)
                 and counts_people(head.split(None, 1)[0].lower())):
        return head  # "Community leader Rosa Mamani Cruz of San Bartolo de Quilpa, a village of some 300 residents
        # about 20 km from the salt flat,", "Residents of Igarapé-Tuiuca, a town of about 18,000 people,": a source
        # described by what its place is
    # a name in apposition may follow a long description ("The manager of the Rural Credit Bank branch in
    # Asuboa, Mr. Samuel Owusu-Ansah, said")
    # (an abbreviated title is no word of its own: "Labour economist Dr. Harriet Gillis of Dalhousie Street Economics")
    head_words = sum(1 for word in head.split() if not (word[-1:] == "." and word[:-1].lower() in TITLES))
    # (a relative clause may run longer than a description: "Carrington, which directly employs 1,100 people at the
    # plant and produces about 1.4 million tonnes of alumina a year, said")
    if not head or not middle or head_words > (14 if named else 8) \
            or len(middle) > (160 if middle.startswith(("which ", "who ")) and " according to " not in middle else 100):
        return None
    # (a role where it is held: "A parent-teacher association chairman in Kinabatu, Halim Basiron,")
    head_noun = _WHERE_A_ROLE_IS.sub("", head).split()[-1].lower()
    titled = named and len(middle.split()) >= 2 and middle.split()[0].lower().rstrip(".") in TITLES
    if named and (len(middle.split()) >= 2 and (is_a_role(head_noun) or head_noun in ORG_HEADS
                                                 or _holds_a_role_of_something(head))
                  or _THE_NOUN.fullmatch(head) or titled):
        # "Its chief inspector, Andrew Coutts, said", "..., the city's public works director, Sandra
        # Vukovich, said", "The shipyard, Nordvik Verft, said", "the HSE's lead for diabetes, Dr. Ciarán
        # Mulvey, said": the name in apposition
        return middle
    if len(commas) == 3 and middle.split(None, 1)[0] in ("which", "who", "whose") \
            and head.split(None, 1)[0] in ("the", "a", "an") and _NAME_AND_COMMA.fullmatch(before, 0, commas[0] + 1):
        # "Lundøy Laks, the island's salmon farm, which ships around 60 tonnes of fish a week, said": a name
        # described, then told of
        return before[:commas[0]]
    joined = head.split(None, 1)
    if len(commas) > 2 and len(joined) == 2 and joined[0].lower() in JOINING_WORDS:
        head = joined[1]  # "..., but Cr Hemi Walker, who voted against the plan, said": a clause of its own
    elif len(commas) > 2 and not (_NAME_AFTER_A_CLAUSE.fullmatch(head) and appositive_kind(middle) is not None) \
            and not (len(commas) == 3 and before.split(None, 1)[0].lower() in _PLACING_WORDS
                     and all(word[:1].isupper() for word in head.split())):
        return None  # a clause before the subject is only passed over for a name in apposition, for a name the
        # apposition describes ("..., Dr. Graciela Ontiveros, the state's director of epidemiology, told"), or for
        # a name after where or when ("At the distribution point, Krystyna Baran, who runs a bakery, said")
    if middle.lower() in _ASIDES:
        return head  # "Councillors, however, said"
    first = middle.split()[0].lower()
    if first in ("which", "who", "whose", "where", "based", "headquartered", "one", "of", "in", "from", "with", "at") \
            or first.endswith("ing") or _SOME_OF_WHOM.match(middle) \
            or _opens_with_a_role(_after_possessive(middle)) and all(word[:1].isupper() for word in head.split()) \
            or middle.split()[-1].lower() in ORG_HEADS and POSSESSIVE_NAME.match(middle) \
            or (first.endswith("ed") and first not in _NOT_PARTICIPLES or first in _IRREGULAR_PARTICIPLES) \
            and len(middle.split()) > 1 \
            or appositive_kind(middle) is not None:
        return head  # also "Industry insurers, speaking on condition of anonymity, said", "The Yes on W campaign,
        # backed by a coalition of unions, said", "The guild's survey, released this week, found", "Gareth Pryce,
        # chairman of the staff association, said", "Harriet Coyle, of Merseyside's crime unit, said", "A
        # spokeswoman for Voltra, Britain's largest rental operator, said"
    if middle.split()[0].lower() in ("a", "an", "the", "its", "his", "her", "their") \
            and all(word[:1].isupper() for word in head.split()) and len(middle.split()) <= 16:
        return head  # "Dr. Yolanda Serrano, a neonatologist at Westbrook Children's Hospital, said", "Haifeng Deep Wind
        # Power, a joint venture between Danish-backed Nordvind Offshore and Taiwanese conglomerate Chen Hsin Group,"
    return None
