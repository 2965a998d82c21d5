"""Who stands behind a statement: cleaning a speaker phrase, grading it, resolving pronouns.

Shared by quotes.py and attributions.py. ``SpeakerBook`` remembers the people and organisations an
article has named so far, so ``He added`` and ``Musk said`` resolve to the last fitting full name.
"""
from __future__ import annotations

import re

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|noted|notes|stated|states|explained|argued|argues|claimed|"
    "claims|warned|warns|insisted|insists|acknowledged|acknowledges|admitted|admits|confirmed|"
    "confirms|denied|denies|announced|announces|estimated|estimates|reported|reports|wrote|writes|"
    "tweeted|posted|predicted|predicts|cautioned|countered|asserted|testified|recalled|suggested|"
    "suggests|continued|replied|responded|observed|stressed|emphasized|emphasised|conceded|"
    "maintained|maintains|contended|contends|believes|believed|projected|projects|forecast|"
    "calculated|concluded|found|shows|showed|indicated|indicates|alleged|alleges|wrote|told"
)
SPEECH_VERB_SET = set(SPEECH_VERBS.split("|"))

TITLES = {
    "mr", "mrs", "ms", "mx", "dr", "prof", "professor", "rev", "reverend", "fr", "father", "sister",
    "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "cmdr",
    "commander", "adm", "admiral", "sgt", "sergeant", "cpl", "corporal", "pvt", "private", "brig",
    "gov", "governor", "sen", "senator", "rep", "representative", "congressman", "congresswoman",
    "pres", "president", "vice", "chancellor", "minister", "secretary", "sec", "judge", "justice",
    "mayor", "chief", "officer", "ceo", "cfo", "coo", "chairman", "chairwoman", "chair", "director",
    "commissioner", "superintendent", "supt", "inspector", "insp", "det", "detective", "deputy",
    "ambassador", "amb", "attorney", "atty", "prosecutor", "sheriff", "king", "queen", "prince",
    "princess", "pope", "rabbi", "imam", "sir", "dame", "lord", "lady", "hon", "spokesman",
    "spokeswoman", "spokesperson", "analyst", "founder", "executive", "head", "leader", "speaker",
    "councilman", "councilwoman", "councilor", "councillor", "trooper", "officer", "coach", "st",
}
PRONOUNS = {"he": "male", "she": "female", "they": "plural", "it": "thing", "we": "plural", "i": "self"}

ORG_WORDS = {
    "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "group", "agency", "department",
    "ministry", "bank", "university", "college", "association", "council", "commission", "committee",
    "force", "service", "services", "administration", "office", "house", "court", "police", "army",
    "navy", "pentagon", "government", "institute", "foundation", "fund", "board", "authority", "union",
    "party", "congress", "senate", "parliament", "press", "news", "times", "post", "journal", "network",
    "airlines", "motors", "systems", "technologies", "partners", "capital", "holdings", "bureau",
    "center", "centre", "hospital", "school", "district", "county", "city", "state", "commission",
    "firm", "organization", "organisation", "federation", "reuters", "bloomberg", "club", "team",
    "station", "exchange", "reserve", "treasury", "kremlin", "nasa", "fbi", "cia", "fda", "fcc", "sec",
    "who", "un", "nato", "eu", "imf", "labs", "lab", "media", "studios", "energy", "communications",
    "airways", "railway", "railways", "transit", "authority", "cabinet", "campaign", "coalition",
    "fire", "foods", "orbital", "space", "weather", "metro",
}
ORG_NOUNS = {
    "company", "firm", "agency", "department", "ministry", "government", "administration", "bank",
    "group", "police", "court", "council", "committee", "commission", "board", "union", "party",
    "spokesperson", "spokesman", "spokeswoman", "office", "authority", "military", "army", "navy",
    "airline", "carrier", "manufacturer", "retailer", "automaker", "utility", "operator", "district",
    "city", "county", "state", "university", "school", "hospital", "team", "club", "campaign",
    "prosecutors", "regulator", "regulators", "network", "startup", "insurer", "lender", "watchdog",
}
DOCUMENT_NOUNS = {
    "document", "documents", "report", "reports", "filing", "filings", "data", "statement", "survey",
    "study", "studies", "records", "record", "memo", "letter", "papers", "release", "census", "figures",
    "estimates", "estimate", "poll", "analysis", "audit", "review", "budget", "forecast", "forecasts",
    "indictment", "complaint", "lawsuit", "ruling", "transcript", "minutes", "email", "emails",
    "presentation", "plan", "proposal", "bill", "notice", "guidance", "dataset", "research", "models",
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
}

_NAME_LINK_WORDS = {"de", "da", "van", "von", "bin", "al", "el", "la", "le", "der", "del", "du", "di"}
DETERMINERS_ANON = {"a", "an", "two", "three", "several", "some", "other", "many", "senior", "one"}
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’.&-]*")
_LOWER_WORDS = re.compile(r"[a-z]+")
_PHRASE_WORDS = re.compile(r"[\w’'-]+")


def clean_name(phrase: str) -> str:
    """Strip titles, roles written before a name and possessives: ``Space Force Gen. Michael
    Guetlein`` -> ``Michael Guetlein``; ``Dr. Amina Qureshi`` -> ``Amina Qureshi``."""
    phrase = phrase.strip(" ,.;:\"'“”‘’")
    if not phrase or not phrase[:1].isupper():
        return phrase
    words = phrase.split()
    if " of " in phrase and len(words) > 3:
        head = phrase.split(" of ")[0].split()
        if len(head) >= 2 and all(w[:1].isupper() for w in head[-2:]):
            words = head
    lower_at = [i for i, w in enumerate(words) if w[:1].islower() and w.lower() not in _NAME_LINK_WORDS]
    if lower_at and lower_at[-1] < len(words) - 1:
        tail = words[lower_at[-1] + 1:]
        if len(tail) >= 2:
            words = tail  # "Helix co-founder Ivan Petrov" -> "Ivan Petrov"
    last_title = -1
    for index, word in enumerate(words[:-1]):
        if word.lower().rstrip(".") in TITLES:
            last_title = index
    if last_title >= 0 and all(w[:1].isupper() for w in words[last_title + 1:]):
        words = words[last_title + 1:]
    elif len(words) >= 3 and all(w[:1].isupper() for w in words) \
            and not any(w.lower().rstrip(".") in ORG_WORDS for w in words[-2:]) \
            and words[0].lower() not in ("the",) and len(words[-2]) > 1:
        words = words[-2:]  # "Council Member Dana Whitfield" -> "Dana Whitfield"
    name = " ".join(words)
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    return name


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


def speaker_kind(phrase: str | None, verb: str = "", second_hand: bool = False, book=None) -> str | None:
    """Grade a credited source: person, organization, document, anonymous or second_hand."""
    if not phrase:
        return None
    low = phrase.lower().strip()
    if second_hand or low in NEWS_OUTLETS:
        return "second_hand"
    words = _PHRASE_WORDS.findall(low)
    if not words:
        return None
    if words[0] in ANONYMOUS_HEADS or (words[0] in DETERMINERS_ANON and len(words) > 1 and words[1] in ANONYMOUS_HEADS):
        if not any(w[:1].isupper() for w in phrase.split()[1:]):
            return "anonymous"
    name_words = phrase.split()
    if len(name_words) >= 2 and any(w[:1].islower() and w.lower() not in _NAME_LINK_WORDS for w in name_words[1:]) \
            and words[0] not in ("the", "a", "an") and not phrase[:1].islower():
        # "Rider advocates", "Prosecutors in the case": a common noun phrase, not a name
        if any(w in DOCUMENT_NOUNS for w in words[-2:]):
            return "document"
        if any(w in ORG_NOUNS for w in words):
            return "organization"
        return "anonymous"
    if words[0] == "the" and len(phrase) > 4 and phrase[4:5].isupper():
        return "document" if words[-1] in DOCUMENT_NOUNS else "organization"
    if phrase[:1].islower() or words[0] in ("the", "a", "an") and not phrase[4:5].isupper():
        if any(w in DOCUMENT_NOUNS for w in words[:4]):
            return "document"
        if words[0] == "the" and any(w in ORG_NOUNS for w in words[:4]):
            return "organization"
        if words[0] in PRONOUNS:
            return "person" if words[0] in ("he", "she", "i") else "organization"
        if words[-1] in ORG_NOUNS:
            return "organization"  # "police said", "the agency said"
        return "anonymous"
    if any(w in DOCUMENT_NOUNS for w in words[-1:]):
        return "document"
    if any(w.rstrip(".") in ORG_WORDS for w in words) or low.startswith("the "):
        return "organization"
    if book is not None and book.is_person(phrase):
        return "person"
    if len(words) == 1:
        # a single capitalised word: a surname seen before, else most likely an organisation
        token = phrase.strip()
        if any(ch.isdigit() for ch in token) or (sum(ch.isupper() for ch in token) > 1):
            return "organization"
        return "organization" if book is None or not book.is_person(token) else "person"
    return "person"


_FULL_NAME = re.compile(r"\b([A-Z][a-z]{1,15}) (?:[A-Z]\. )?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?! [A-Z])")
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


class SpeakerBook:
    """The named speakers of one article, in order of appearance."""

    def __init__(self):
        self.people: list[str] = []
        self.orgs: list[str] = []
        self.known: dict[str, str] = {}

    def learn_names(self, body: str):
        """Remember full names written anywhere in the article (``Elon Musk``), so that a later
        ``Musk told Reuters`` is known to be a person and resolves to the full name."""
        for match in _FULL_NAME.finditer(body):
            first, last = match.group(1), match.group(2)
            if first.lower().rstrip(".") in _NOT_FIRST_NAMES or last.lower() in ORG_WORDS:
                continue
            self.known[last] = f"{first} {last}"

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

    def resolve_pronoun(self, pronoun: str):
        """The last fitting speaker for a pronoun, or None."""
        low = pronoun.lower()
        if low in ("he", "she", "i") and self.people:
            return self.people[-1]
        if low in ("it", "they", "we") and self.orgs:
            return self.orgs[-1]
        if low in ("they", "we") and self.people:
            return None
        return None
