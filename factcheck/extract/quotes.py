"""Quotes: direct quotes in straight or curly marks (also across sentences) and reported speech.

Input: the article body and its sentence spans. Output: ``FoundQuote`` items with body offsets,
the quoted words and the speaker resolved from the surrounding clause (``X said``, ``said X, the
...``, ``X told Reuters``, ``He added``). Titles are stripped, pronouns resolve to the last named
speaker, anonymous sources stay as written.
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate, islice
from operator import itemgetter
from dataclasses import dataclass, replace

from factcheck.extract.patterns import (DAY_AFTER_COMMA, DAY_ENDINGS, ELIDED, ELIDED_PARTICLE, JOINING_WORDS,
                                        LATIN_CAPITALS, LATIN_SMALL, MONTHS, NAME_PARTICLE, ROLE_BEFORE_PREPOSITION,
                                        WEEKDAYS, AsciiTwin, word_alternation)
from factcheck.extract.sentences import abbreviations
from factcheck.extract.speakers import ORG_WORDS as _ORG_HINTS
from factcheck.extract.speakers import (DETERMINERS, DOCUMENT_VERBS, POSSESSIVE_NAME, body_of_a_place,
                                       is_document_phrase, named_at_organisation, names_one_body,
                                       opens_with_a_group, subject_before_apposition)
from factcheck.extract.speakers import (
    ANONYMOUS_HEADS,
    BUSINESS_KINDS,
    KIND_NAME_WORDS,
    KNOWN_AS,
    ORG_HEADS,
    ORG_NOUNS,
    PRONOUNS,
    ROLE_WORDS,
    SPEECH_VERB_SET,
    THE_ACRONYM,
    THE_HONOURED,
    TITLES,
    SpeakerBook,
    clean_name,
    counts_people,
    is_a_role,
    one_unnamed_person,
    speaker_kind,
)

_TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Assoc", "Asst", "Gen", "Lt", "Col", "Maj", "Capt",
                        "Cmdr", "Adm", "Sgt", "Sen", "Rep", "Gov", "Rev", "Fr", "Jr", "Sr", "St", "Supt", "Det", "Atty",
                        "Amb", "Hon", "Coun", "Cllr", "Insp", "Comr", "Commr", "Eng", "Engr", "Er", "Md", "Ing",
                        "Const")
# Words with offsets: a title with its dot ("Dr."), a word ending in a capital and a dot ("U.S."), a word
# (inner dots allowed: "L3Harris.com"), a clause mark, any other character. The lookahead before the
# second branch only skips, at no cost to the result, the backtracking it would do on most words
# (those with no capital-and-dot in them); the possessive one before it, that the word reaches a dot
# at all (where a capital and a dot are, a dot is), rejects most words in one quick sweep.
# (The plain word's runs are possessive: nothing after them in its branch can fail, so ``re`` need
# not keep a way back into them.) Most words reach no dot: the first branch takes them in one sweep.
# It finds what the others would: a title and a capital-and-dot word end in a dot that its run
# reaches, and the plain word's dotted parts need a dot right after the run.
_WORD = re.compile(r"\w[\w'’&-]*+(?!\.)"
                   r"|(?<!\w)" + word_alternation(_TITLE_ABBREVIATIONS) + r"\."
                   r"|(?=[\w'’&-]*+\.)(?=[\w'’&.-]*?[A-Z]\.)\w(?:[\w'’&-]|\.(?=\w))*\.?(?<=[A-Z]\.)"
                   r"|\w[\w'’&-]*+(?:\.(?=\w)[\w'’&-]*+)*+|[,:;!?]|\S")
_WORDS = AsciiTwin(_WORD)
_WORD_SPLIT = AsciiTwin(re.compile("(" + _WORD.pattern + ")"))
_QUOTE_MARK = re.compile(r"[\"“”]")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
# One or a few unnamed sources and where they are, at some length: "A source at the national laboratory in charge
# of the tests".
UNNAMED_AT_LENGTH = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[a-z-]+\s+){0,2}"
                                r"(?:sources?|officials?|people|persons?|employees?|engineers?|investigators?|"
                                r"insiders?|staff(?:ers?)?)\s+(?:at|in|with|from|of|inside|within)\s+"
                                r"(?!(?:[^,;:\"“”]*\s)?(?:who|which|that|said|says|told|tells)\s)[^,;:\"“”]{3,90}")
_ANONYMOUS_TAIL = re.compile(
    r"(?:\b(?:a|an|two|three|four|several|some|other|many)\s+)?"
    r"\b(?:[a-z]+\s+){0,2}(?:people|persons?|sources?|officials?|executives?|aides?|diplomats?)\s+"
    r"(?:familiar with|briefed on|with knowledge of|close to|involved in|aware of|knowledgeable about)"
    r"(?:\s+[\w'’-]+){1,8}\s*$",
    re.IGNORECASE,
)
NAME_LINKS = {"de", "da", "das", "do", "dos", "van", "von", "bin", "al", "el", "la", "le", "der", "del", "of", "du",
              "di"}
# Verbs that are nouns too, or say nothing without a source before them (``_reckoned_by``): what sources
# reckon, "Analysts estimate the stoppage is costing R3.8 million a day".
_RECKONING_VERBS = frozenset({"estimate", "expect", "believe", "expects"})
# Verbs whose third person is also a plural noun of what a reckoning gives: "estimates", "forecasts".
_RECKONED_NOUNS = frozenset({"estimate", "forecast", "project", "report", "count", "claim"})
# "The county extension office put early crop losses at $18 million", "which the Council puts at $11,610",
# "The union puts the real number closer to 260": an estimate only when an "at" (or "closer to") and an
# amount follow within the clause (PUT_AT).
PUT_VERBS = frozenset({"put", "puts"})
# Verbs of a promise, which say something only of what will be ("promised that 20 matches will be shown", "has
# pledged prices will not rise"), not of what is promised ("promised 1,500 jobs", "pledged to rebuild").
_PROMISING = frozenset({"promised", "promises", "pledged", "pledges"})
_PROMISED_THAT = re.compile(r"\s*(?:that\s+|(?:[\w'’$€£-]+\s+){1,6}?(?:will|would)\s)")


def _promises_a_thing(verb: str, sentence: str, verb_end: int) -> bool:
    """Whether ``verb`` (lower case) is a verb of a promise followed by what is promised rather than by what
    will be (``_PROMISING``)."""
    return verb in _PROMISING and not _PROMISED_THAT.match(sentence, verb_end)


REPORTING_VERBS = {"said", "says", "told", "tells", "added", "noted", "argued", "argues", "claimed", "claims",
                   "warned", "warns", "stated", "insisted", "insists", "acknowledged", "admitted", "confirmed",
                   "denied", "announced", "estimated", "estimates", "reported", "wrote", "predicted",
                   "believes", "suggested", "contends", "maintains", "say", "testified", "explained",
                   # what a speaker asked of others: "She urged parents to get their children tested"
                   "urged", "urges", "asked", "recommended", "recommends", "cautioned", *_RECKONING_VERBS,
                   # what many say: "experts warn this year could be worse", "Witnesses insist the brigade took"
                   "insist", "warn", "argue", "admit", "deny", "confirm", "maintain", "contend",
                   "conceded", "countered", "stressed", "allege", "alleges", "alleged", "reiterated", "reiterates",
                   # a promise of what will be: "Kalpa Media Network has promised that around 20 matches will be shown"
                   *_PROMISING,
                   # an estimate before an amount: "She put lost tourism revenue at NZ$180 million"
                   *PUT_VERBS}
PUT_AT = re.compile(r"(?:\s+[\w'’-]+){0,12}?\s+(?:at|closer to|as high as|as low as|nearer)\s+"
                    r"(?:about |roughly |nearly |around |some |almost |an estimated |between |more than |up to |"
                    r"over |under |less than |closer to |close to |just over |just under )?"
                    r"(?:[A-Z][A-Za-z]{0,2}\.? ?)?(?:[$€£₹¥₦₱¢₵]|R(?=\d))?\d")


def _reckoned_by(word_before: str, sentence: str, verb_end: int) -> bool:
    """Whether a reckoning verb is a source's: after a plural or a name ("Analysts estimate", "Khumalo Capital
    estimate"), with a clause after it ("the deal could lift"), not an object of the noun ("estimate of")."""
    low = word_before.lower()
    by_someone = word_before[:1].isupper() or low.endswith("s") and not low.endswith(("ss", "'s", "’s")) \
        and low not in _NOT_PLURALS and len(low) > 3  # (not "the union's loss estimate", "a consultant's")
    return by_someone and _RECKONING_OBJECT.match(sentence, verb_end) is None


def _reckoned_noun(word: str, sentence: str, end: int) -> bool:
    """Whether ``word`` (lower case, ending at ``end``) is the plural noun of a reckoning, its verb after it:
    "Early estimates put the cost at", "Industry forecasts show", "business-interruption claims can arise"."""
    return word[-1:] == "s" and word[:-1] in _RECKONED_NOUNS and _VERB_AFTER_A_NOUN.match(sentence, end) is not None


# "straightforward claims below €5,000", "claims of fraud": a noun before a preposition.
CLAIMS_AS_A_NOUN = r"(?<=claims)\s+(?:below|above|under|over|of|for|from|worth|totall?ing|against)\b"
# A verb right after a reckoning word makes the word a noun: "Early estimates put the cost at", "Initial
# projections show".
_VERB_AFTER_A_NOUN = re.compile(r"\s+(?:put|puts|show|showed|shows|suggest|suggests|suggested|indicate|indicates|"
                                r"indicated|are|were|have|had|range|ranged|vary|varied|can|could|may|might|must|"
                                r"should|will|would)\b|" + CLAIMS_AS_A_NOUN)
_NOT_PLURALS = frozenset({"this", "thus", "plus", "bus", "gas"})
_RECKONING_OBJECT = re.compile(r"\s+(?:of|at|to|for|on|from|by|is|was|has)\b")
_STOP_SPEAKER = {"that", "which", "who", "it", "this", "there", "what", "and", "but", "also", "has",
                 "have", "had", "then", "later", "earlier", "previously", "once", "never", "not"}


_REPORTING_VERB = AsciiTwin(re.compile(r"(?<!\w)" + word_alternation(REPORTING_VERBS) + r"\b"))
_TITLE_CASE = re.compile(r"(?:(?:[A-Z][\w'’-]*|of|the|a|an|and|in|on|to|for|at|by)\s+)*[A-Z][\w'’-]*[.!?]?")
_LEADS_NEXT_QUOTE = re.compile(r"[^\"“”.!?]{0,80}?[,:]\s*[\"“]")
_CUE_AT_END = re.compile(
    r"\b(?:said|says|added|wrote|called it|calling it|called them|described it as|dubbed it)$")
_LEADING_NAME = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,5}?[A-Z][\w'’-]+),")
_ACCORDING_END = re.compile(r"according to ([^,.;]{2,60})[,:]\s*$")
# Whom words were told, in common nouns: "told staff on Monday that", "told analysts the cuts ...".
_TOLD_WHOM_NOUNS = (r"reporters|journalists|lawmakers|legislators|investors|analysts|staff|employees|workers|"
                    r"shareholders|members|clients|customers|residents|parliament|councillors|councilors")
_TOLD_WHOM_WORDS = r"him|her|them|us|me|" + _TOLD_WHOM_NOUNS
# Whom a cue was told to, by name or by what they are: "told Reuters", "told The Australian Ledger", "told U.S.
# lawmakers", "told reporters", "told the court".
_ADDRESSEE_PATTERN = (r"\s+(?:(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}(?:\s+(?:"
                      + _TOLD_WHOM_NOUNS + r"))?|"
                      r"(?:" + _TOLD_WHOM_WORDS + r")|the\s+(?:court|committee|inquiry|hearing|tribunal|jury|council|"
                      r"meeting|newspaper|paper|broadcaster|magazine|station|panel|senate))\b")
ADDRESSEE = re.compile(_ADDRESSEE_PATTERN)
# What sits between a reporting verb and the reported content: "told reporters on Monday that"
_TOLD_THAT = re.compile(
    r"\s*(?:(?:on|last|this)\s+\w+\s+)?(?:(?:[A-Z][\w.&'’-]*\s+){1,4}|(?:" + _TOLD_WHOM_WORDS + r")\s+|"
    r"(?:the|his|her|its|their|our|a|an)\s+(?:[\w'’-]+\s+){1,3})?"  # "told the court that", "our correspondent"
    r"(?:(?:on|last|this)\s+\w+\s+)?(?:by\s+(?:phone|telephone|email)\s+)?"
    r"(?:(?:in|at|outside|after|during)\s+[\w'’ ]{0,40}?\s+)?that\s+")  # "told reporters outside the mine gates that"
_TOLD_WHOM = re.compile(r"\s*(?:[A-Z][\w.&'’-]*\s+){1,4}(?:(?:" + _TOLD_WHOM_NOUNS + r")\s+)?")
# "told the council the city faced ...": a short object, then a clause that opens with a subject
_TOLD_OBJECT = re.compile(r"\s*(?:(?:the|his|her|its|their|our|a|an)\s+[\w'’-]+|" + _TOLD_WHOM_WORDS + r")\s+"
                          r"(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+)?"
                          r"(?=(?:the|a|an|it|he|she|they|we|its|his|her|their|[A-Z][\w'’-]*)\b)")
# Where or when words were given, after the speech verb: "in a statement", "on the radio", "at a briefing on Monday".
_WHERE_SAID = r"(?:in|at|on|during|to)\s+(?:a|an|its|their|his|her|the)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}?"
_SAID_THAT = re.compile(r"\s*(?:in an? (?:statement|news release|press release|filing|letter|post|interview)"
                        # ... and to whom: "said in a filing to the Indonesia Stock Exchange that"
                        r"(?:\s+to\s+[\w'’ .&-]{1,60}?(?=\s+that\s))?\s+|"
                        + _WHERE_SAID + r"\s+(?=that\s))?"
                        r"(?:on\s+\w+\s+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"yesterday|today)\s+)?(?:that\s+)?")


@dataclass(slots=True)
class FoundQuote:
    """A quote with body offsets of its content (no quote marks)."""

    start: int
    end: int
    content: str
    direct: bool
    speaker_raw: str | None  # as written ("he", "Dr. Amina Qureshi", "a senior official")
    speaker: str | None = None  # resolved and cleaned
    speaker_kind: str | None = None
    cue_start: int = -1  # where the attribution clause is, for scoring
    cue_end: int = -1  # where a cue that follows what was said ends (", she said.", "said in a statement")
    written: bool = False  # the cue says the words came in a statement, a release or a filing


def words_with_offsets(text: str, limit: int | None = None):
    """``(word, start, end)`` of ``text``; only the first ``limit`` when the caller reads no further."""
    if limit is not None:
        return [(m.group(), m.start(), m.end()) for m in islice(_WORDS[text.isascii()].finditer(text), limit)]
    # every character a word does not take is whitespace (``\S`` is a word), so a split by the words,
    # kept, cuts the text into whitespace, word, whitespace, ...: running sums give the offsets
    parts = _WORD_SPLIT[text.isascii()].split(text)
    offsets = list(accumulate(map(len, parts)))
    return list(zip(parts[1::2], offsets[0:-1:2], offsets[1::2]))


# An acronym or a party in brackets after a name: "the Tenancy Standards Authority (TSA)", "Deputy mayor Anders
# Tveit (Green Party)".
ASIDE_AFTER_NAME = re.compile(r"(?<=[A-Za-z])\s*\((?:[A-Z][A-Za-z&]{1,9}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\)\s*$")
# Company suffixes written with a full stop.
ABBREVIATED_SUFFIXES = frozenset({"corp", "inc", "co", "ltd", "bros", "plc", "llc"})
# A number right after a full stop: the stop abbreviates what comes before the number ("Rs. 55.5 million").
_NUMBER_NEXT = re.compile(r" ?\d")


# Where a person named before a speech verb is from, closing the phrase: "Sabine Kettler, 31, from Würzburg",
# "Sabine Kettler from Würzburg", "Sabine Kettler, 31, of Würzburg" (not "the Bank of England").
_FROM_A_PLACE = re.compile(r"[A-Z][\w'’-]* [A-Z][\w'’-]*(?P<place>(?:,\s+\d{1,3},\s+(?:from|of)|\s+from)"
                           r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*|"
                           # "Headman Justin Kabwe of Mpindi village said"
                           r"\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:village|town|township|district|"
                           r"county|province|region|island|parish|ward|commune|municipality)\s*)$")
# Where a named organisation is, closing the phrase: "Dr. Martin Gauthier of the Laurentian Neuromuscular Clinic
# in Montreal" (not "the embassy in Lima", whose place may be all that names it).
NAME_IN_A_PLACE = re.compile(r"[A-Z][\w'’&.-]*(?P<place>\s+in\s+[" + LATIN_CAPITALS + r"][\w'’-]*(?:\s+["
                             + LATIN_CAPITALS + r"][\w'’-]*){0,3}\s*)$")


# A body or a group named by a common noun, and where it is: "police on Syros", "health officials in Neuquén".
_GROUP_IN_A_PLACE = re.compile(r"(?<![\w'’-])(?P<head>[a-z]+)\s+(?:in|on)\s+"
                               r"(?P<place>[" + LATIN_CAPITALS + r"][\w'’-]*(?:\s+[" + LATIN_CAPITALS
                               + r"][\w'’-]*){0,2})\s*$")
# "a" or "an" at most two lower-case words before the head of a phrase that ends in a place.
_ONE_BEFORE_A_HEAD = re.compile(r"(?:^|\s)(?P<det>[Aa]n?|[Oo]ne)(?:\s+[a-z][\w'’-]*){0,2}$")
# Auxiliaries, modals and adverbs between a speaker and a verb of saying: "Shinonome would only say" (not "not": "X
# has not said whether" says nothing).
_BETWEEN_SUBJECT_AND_VERB = frozenset({"has", "have", "had", "also", "later", "then", "once", "previously",
                                       "repeatedly", "publicly", "earlier", "never", "now", "initially", "originally",
                                       "still", "again", "would", "will", "could", "can", "may", "might", "only",
                                       "did", "does", "generally", "usually", "typically", "often", "widely"})
# ... and between an auxiliary and a participle: "Nineteen people are now confirmed dead", "were not confirmed".
_BETWEEN_AUXILIARY_AND_PARTICIPLE = _BETWEEN_SUBJECT_AND_VERB | {"not", "already", "officially", "since", "first",
                                                                  "widely"}


def phrase_before_verb(text: str) -> str | None:
    """The speaker phrase that ends ``text`` (the words right before a speech verb)."""
    if " who " in text:
        clause = text[text.rfind("—") + 1:]  # "10:48 a.m. ET — A trader ... who"
        described = _DESCRIBED_BY_WHO.match(clause) if "," not in clause else None
        if described:  # "Two people who attended the meeting": the people, not the meeting
            return phrase_before_verb(described.group("head"))
    if len(text) <= 100 and opens_with_a_group(text.strip()):
        return text.strip()  # "Residents of the ash-buried villages of East Flores say": the residents
    body = body_of_a_place(text)
    if body:
        return body  # "The regional government of Antofagasta said", "Nepal's embassy in Kuala Lumpur said": the body
    if text.endswith(")"):
        text = ASIDE_AFTER_NAME.sub("", text)  # "the Tenancy Standards Authority (TSA) reported", "(Green Party)"
    if (" the " in text or " of " in text) and text.rsplit(None, 1)[-1][:1].islower():  # (a body named in lower case)
        named = named_at_organisation(text)
        if named:
            return named  # "Inspector Maarten de Vries of the national art crimes unit told": the inspector
    from_place = _FROM_A_PLACE.search(text, max(0, len(text) - 120)) if " from " in text or " of " in text else None
    if from_place is not None:
        text = text[:from_place.start("place")]  # "Mother Sabine Kettler, 31, from Würzburg said": the person
    placed = _GROUP_IN_A_PLACE.search(text, max(0, len(text) - 80)) if " in " in text or " on " in text else None
    if placed and placed.group("place").split()[0].lower() not in _DAYS_AND_MONTHS:
        before = text[:placed.start()].rstrip()
        one = _ONE_BEFORE_A_HEAD.search(before)
        if one:  # one unnamed source: "A grocer on Hviezdoslavova Street", "a senior police officer in Alwar"
            return text[one.start("det"):].strip()
        head = placed.group("head")
        if (not before or before.endswith(",")) and (head in ORG_NOUNS or head in ANONYMOUS_HEADS):
            return placed.group(0).strip()  # "..., police on Syros confirmed": the body, and where it is
    in_place = NAME_IN_A_PLACE.search(text, max(0, len(text) - 120)) if " in " in text else None
    if in_place is not None:
        text = text[:in_place.start("place")]  # "Dr. Martin Gauthier of the Laurentian Clinic in Montreal said"
    tail = text[-160:]
    if "familiar" in tail or "briefed" in tail or "knowledge" in tail or "close to" in tail \
            or "aware" in tail or "involved" in tail:  # ("knowledgeable" holds "knowledge")
        match = _ANONYMOUS_TAIL.search(tail)
        if match:
            return match.group(0).strip()
    tail = tail[-90:]
    words = _WORDS[tail.isascii()].findall(tail)[-9:]
    while words and words[-1].lower() in _BETWEEN_SUBJECT_AND_VERB:
        words.pop()
    if len(words) > 2 and words[-1] == "there" and words[-2].islower():
        words.pop()  # "a doctor there said": the doctor
    if len(words) > 2 and words[-1].lower() in _WEEKDAYS_AND_DAYS:
        del words[-2 if words[-2].lower() == "on" else -1:]  # "State wildlife officials on Friday confirmed"
    if len(words) > 2 and words[-1].lower() in ("week", "month", "year") and words[-2].lower() in ("last", "this"):
        del words[-3 if len(words) > 3 and words[-3].lower() == "earlier" else -2:]  # "Bellbird last week put"
    if len(words) > 2 and words[-1] == "." and words[-2].lower() in ABBREVIATED_SUFFIXES:
        del words[-2:]  # "Northcrest Gold Corp. said": the company, named as elsewhere without its suffix
    if not words:
        return None
    last = words[-1]
    if last.lower() in PRONOUNS:
        return last
    if not last[:1].isalnum() or last.lower() in _STOP_SPEAKER:
        return None
    picked = []
    if last[:1].isupper():
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            low = word.lower().rstrip(".")
            if word[:1].isupper() or (low in _NAME_LINKS_BEFORE_VERB and picked) \
                    or low == "on" and picked and k and words[k - 1] in _BODIES_ON \
                    or word.isdigit() and picked and k and words[k - 1][:1].isupper():  # "Type 1 Together"
                picked.append(word)
                continue
            if low == "the" and picked:
                picked.append(word)
                if k >= 2 and words[k - 1].lower() in ("for", "of") and words[k - 2][:1].isupper():
                    continue  # "Australia's Minister for the Pacific", "the Department of the Interior"
            break
        while picked and picked[-1].lower() in _NAME_LINKS_BEFORE_VERB:
            picked.pop()
        name = " ".join(reversed(picked))
        person = _person_of_group(tail[:len(tail) - len(name)]) if name and tail.endswith(name) else None
        group = _group_before_preposition(words[:len(words) - len(picked)]) if name and not person else []
        if group and group[0].lower() in ("in", "across"):
            # "Health officials in Carrow County": the officials of that place; "analysts at Harrow & Lane" are
            # their firm's voice
            return " ".join([*_modifiers_before(words[:len(words) - len(picked) - 2]), *reversed(group), name])
        return person or name or None
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        low = word.lower()
        if picked and picked[-1][:1].isupper() and (word == "&" or low == "and" and k and words[k - 1][:1].isupper()):
            picked.append(word)  # "the Brackett & Lowe review", "a Fire and Rescue spokesman"
            continue
        if low == "and" and picked and k >= 2 and _noun_phrase_opens_at(words, k - 2) and words[k - 1].isalpha() \
                and words[k - 1].islower() and names_one_body(words[k - 1], picked[0]):
            picked.append(word)  # "the water and sanitation department", "Indonesia's search and rescue agency"
            continue
        if low == "than" and not (picked and picked[-1][:1].isdigit()):
            return None  # "far more than organisers have admitted": a comparison, whose subject says nothing (not
            # "More than 200 people testified")
        if not word[:1].isalnum() or low in _STOP_SPEAKER or low in SPEECH_VERB_SET:
            break
        picked.append(word)
        if low in DETERMINERS:
            break
        if len(picked) >= 7:
            break
    if not picked:
        return None
    if picked[-1].lower() in DETERMINERS:
        group = _group_before_preposition(words[:len(words) - len(picked)])
        if group:
            return " ".join(reversed(picked + group))
        person = _person_of_group(tail + " ") if " of " in tail or " at " in tail else None
        if person:
            return person  # "Dr. Elena Marsh of the state university"
    phrase = " ".join(reversed(picked))
    first = phrase.split()[0].lower()
    if first not in DETERMINERS and len(picked) > 2 and not POSSESSIVE_NAME.match(phrase) \
            and not all(word[:1].isupper() for word in picked[1:]):
        # an unbounded lower-case run ("the budget was raised, officials said") keeps its last two words; a
        # name before the head noun is no such run ("Harbor Avenue residents said")
        phrase = " ".join(phrase.split()[-2:]) if phrase.split()[-1].endswith("s") else phrase.split()[-1]
    return phrase


def _opens_a_noun_phrase(word: str) -> bool:
    """A determiner, or a name's possessive, which opens a noun phrase as a determiner does ("Indonesia's")."""
    return word.lower() in DETERMINERS or word[:1].isupper() and word.endswith(("'s", "’s"))


def _noun_phrase_opens_at(words, at: int) -> bool:
    """Whether ``words[at]`` opens a noun phrase, or a lower-case word after the word that does: "the water and
    sanitation department", "the provincial marine and coastal resources office"."""
    return _opens_a_noun_phrase(words[at]) or at >= 1 and words[at].isalpha() and words[at].islower() \
        and _opens_a_noun_phrase(words[at - 1])


# Lower-case words inside a name that ends right before its verb: "Maarten de Vries", "the Ellery Institute
# for Labor Studies", "analysts at Harrow & Lane", "the Food and Drug Administration".
_NAME_LINKS_BEFORE_VERB = NAME_LINKS | {"for", "&", "and"}
# Bodies whose names go on with "on" and what they deal with: "the Commission on Elections", "the Council on
# Foreign Relations" ("police on Crete" is where they are).
_BODIES_ON = frozenset({"Commission", "Committee", "Council", "Conference", "Panel", "Board", "Office", "Institute",
                        "Centre", "Center", "Forum", "Coalition", "Subcommittee"})
# A person named before the group they speak for: "Piet Lindqvist of the passenger group | Rail Users Forum".
_PERSON_OF_GROUP = re.compile(r"(?:^|[\s,(])(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
                              r"\s+(?:of|from|at|with)(?:\s+the)?(?:\s+[a-z][\w'’-]*){0,3}"
                              r"(?:(?<=\sthe)\s+[A-Z][\w'’-]*\s+[a-z][\w'’-]*)?\s+$")  # "of the Paris house"
# A name in the possessive opens a noun phrase as a determiner does: "Britain's national fraud reporting
# centre said".
def _person_of_group(text: str) -> str | None:
    """The person ``text`` names right before the group that ends it ("Piet Lindqvist of the passenger
    group "), unless the words read as an organisation or a role; else None."""
    member = _PERSON_OF_GROUP.search(text)
    if member is None:
        return None
    words = member.group("person").split()
    while len(words) > 2 and words[0].lower().rstrip(".") in ROLE_WORDS:
        words = words[1:]  # "Deputy Fernanda Alves of the opposition bloc": the deputy's name
    if not any(word.lower() in DETERMINERS or word.lower() in _ORG_HINTS or word.lower() in ROLE_WORDS
               for word in words):
        return " ".join(words)
    return None


_GROUP_PREPOSITIONS = {"for", "at", "from", "with", "of", "in", "on"}


def _modifiers_before(words) -> list[str]:
    """The words, in order, that open the noun phrase ending ``words``: up to two capitalised or lower-case
    words ("Health" officials, "State wildlife" officials) back to a function word or the clause's start."""
    picked = []
    for word in reversed(words[-2:]):
        if not word.isalpha() or word.lower() in _STOP_SPEAKER or word.lower() in DETERMINERS \
                or word.lower() in SPEECH_VERB_SET or word.lower() in _GROUP_PREPOSITIONS:
            break
        picked.append(word)
    return picked[::-1]


_WEEKDAYS_AND_DAYS = frozenset(day.lower() for day in DAY_ENDINGS)
_DAYS_AND_MONTHS = _WEEKDAYS_AND_DAYS | MONTHS  # no places: "officials on Friday", "officials in January"


def _group_before_preposition(words) -> list[str]:
    """The words, last first, of a group or a spokesperson standing before a preposition that ends
    ``words`` ("a spokesman for | the centre", "paramedics at | the scene"); empty when there is none."""
    if len(words) < 2 or words[-1].lower() not in _GROUP_PREPOSITIONS or not _is_role_of_someone(words[-2]):
        return []
    picked = [words[-1], words[-2]]
    # its modifiers, if a determiner opens them: "a senior clinician at | the trust"
    for k in range(len(words) - 3, max(-1, len(words) - 6), -1):
        if words[k].lower() in DETERMINERS:
            return picked + words[k:len(words) - 2][::-1]
        if not words[k].isalpha() or not words[k].islower():
            break
    return picked


def _is_role_of_someone(word: str) -> bool:
    """A word for people standing for their workplace: "officials", "spokesman", "a clinician"."""
    low = word.lower()
    return low in ANONYMOUS_HEADS or word.islower() and (low in ROLE_WORDS or low.endswith(("ian", "ist")))


def phrase_after_verb(text: str) -> str | None:
    """The speaker phrase right after an inverted verb: ``said Tim Farrar, a satellite analyst``."""
    owned = _OWNER_ROLE_NAME.match(text) if "'" in text[:60] or "’" in text[:60] else None
    if owned and any(word in ROLE_WORDS for word in owned.group("role").split()):
        return owned.group("name")  # "said Éirway's finance director, Colm Devereux"
    placed = _PLACE_ROLE_NAME.match(text)
    if placed:
        return placed.group("name")  # "fumed Dar es Salaam city councillor Juma Kibwana, who ..."
    words = words_with_offsets(text[:160])
    picked = []
    for word, _, _ in words:
        if word in (",", ".", ";", ":", "!", "?", "\"", "“", "”", "(") or picked and word in ("who", "whose"):
            break  # 'said a longtime contractor who asked not to be identified': the description ends the name, as
            # an aside does ('said Mayor Henrike Osterloh (SPD)')
        if picked and word[:1].islower() and picked[-1][:1].isupper() and word.lower() not in NAME_LINKS \
                and not ELIDED_PARTICLE.match(word) \
                and not _CAPITALISED_AHEAD.match(text, _offset_after(text, picked, word)):
            break
        picked.append(word)
        if len(picked) >= 8:
            break
    phrase = " ".join(picked).rstrip(".")
    only = ONLY_NAMED_AS.search(text, 0, 160) if phrase[:1].islower() and "only" in text[:160] else None
    if only and not _CLAUSE_ENDS.search(text, 0, only.start()):
        return only.group("name")  # "said a woman who gave only her surname, Choi": the name she gave
    if phrase and (phrase[:1].islower() or phrase.split()[0] in ("The", "A", "An")):
        # "said the group's president, Corinne Beaulieu": the name in apposition is the speaker; after any
        # description of one ("said the former producer, Elias Marchetti", "said one, Graciela Ponce") a full name
        named = APPOSED_NAME.match(text, _offset_after(text, picked[:-1], picked[-1]) + len(picked[-1]))
        if named and (phrase.split()[-1].lower().removesuffix("'s").removesuffix("’s") in ROLE_WORDS
                      or phrase.split()[0].lower() in ("the", "one", "another") and " " in named.group(1)):
            return named.group(1)
    return phrase or None


# The one name an unnamed source gave: "a woman who gave only her surname, Choi", "a farmer who gave his name only
# as Ahmed", "one man, who identified himself only as Ravi", "a trader identified only as Li".
ONLY_NAMED_AS = re.compile(r",?\s+(?:who\s+(?:gave|would\s+give|identified\s+(?:himself|herself|themselves))\s+"
                           r"(?:only\s+)?(?:(?:his|her|their)\s+(?:(?:first|last|family)\s+|sur)?name(?:\s+only)?"
                           r"(?:\s+as\s+|,\s*)|as\s+)|identified\s+only\s+as\s+)"
                           r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
_CLAUSE_ENDS = re.compile(r"[.;:!?\"“”]")
# A name in apposition after a comma: "said the group's president, Corinne Beaulieu", "according to its
# operator, Meseta Grain Terminals".
APPOSED_NAME = re.compile(r",\s+(?:the\s+)?((?:(?:[A-Z][\w'’&.-]*|&)\s+){0,4}[A-Z][\w'’-]+)\s*(?:[,.;!?]|$)")


_CAPITAL, _SMALL = f"[{LATIN_CAPITALS}]", f"[{LATIN_SMALL}]"  # a letter of a name in any Latin script


# An organisation's role and, in apposition, the person holding it: "Roamly's head of driver operations, Kevin
# Prasad".
# "the agency's director of marine response, Kirra Dawson" too.
_OWNER_ROLE_NAME = re.compile(r"\s*(?:(?:" + _CAPITAL + r"[\w&.-]*\s+){0,3}" + _CAPITAL
                              + r"|the\s+(?:[a-z][\w-]*\s+){0,2}[a-z])[\w&.-]*['’]s\s+"
                              r"(?P<role>(?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*),\s+"
                              r"(?P<name>(?:" + _CAPITAL + r"[\w'’.-]*\s+){0,3}" + _CAPITAL
                              + r"[\w'’-]+)\s*(?:[,.;!?]|$)")
# A place (its words may have small links: "Dar es Salaam"), a role held there, then the name: " Dar es Salaam city
# councillor Juma Kibwana, who".
_PLACE_ROLE_NAME = re.compile(r"\s*(?:" + _CAPITAL + r"[\w'’-]*\s+(?:[a-z]{1,3}\s+(?=" + _CAPITAL + r"))?){1,3}"
                              r"(?:[a-z][\w'’-]*\s+){0,2}(?:" + word_alternation(ROLE_WORDS) + r")\s+"
                              r"(?P<name>" + _CAPITAL + r"[\w'’.-]*(?:\s+" + _CAPITAL + r"[\w'’.-]*){1,3})"
                              r"\s*(?:[,.;!?(]|$)")
_CAPITALISED_AHEAD = re.compile(r"[\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s+" + _CAPITAL + _SMALL + r"+\s+" + _CAPITAL
                                + _SMALL + "+")


def _offset_after(text, picked, word):
    """Offset of ``word`` in ``text`` after the words already picked (a rough, linear search)."""
    start = 0
    for previous in picked:
        found = text.find(previous, start)
        if found >= 0:
            start = found + len(previous)
    found = text.find(word, start)
    return found if found >= 0 else len(text)


def _split_paragraphs(body: str):
    start = 0
    for match in _PARAGRAPH.finditer(body):
        yield start, match.start()
        start = match.end()
    yield start, len(body)


def with_double_quote_marks(body: str) -> str:
    """``body`` with its quotation marks written as double ones, one character for another so that every
    offset holds: a low opening mark („...” as Polish writes it, „...“ as German does) as “ (and German's closing
    “ as ”); guillemets («...» as French, Italian and Norwegian write them, »...« as German and Danish may) as
    “...”; and, in an article that
    quotes with single marks only ('It's daylight robbery,' said ...; ‘...’), each pair of single marks
    that opens and closes a quote as "...". An apostrophe inside a word or after a plural stays one."""
    if "„" in body:
        body = _GERMAN_QUOTE.sub(r"“\1”", body)  # „...“ as German closes it
        body = body.replace("„", "“")
    first_guillemet = _GUILLEMET.search(body)
    if first_guillemet:
        # an article opens its quotes one way: «...» or, the marks pointing at the words, »...«
        body = body.translate(_GUILLEMETS[first_guillemet.group()])
    if '"' in body or "“" in body or ("'" not in body and "‘" not in body):
        return body
    marks = []
    for start, end in _split_paragraphs(body):
        opening = None
        for match in _SINGLE_QUOTE_MARK.finditer(body, start, end):
            if match.group("open") is not None:
                opening = opening if opening is not None else match.start()
            elif opening is not None:
                marks += [opening, match.start()]
                opening = None
    if not marks:
        return body
    characters = list(body)
    for at in marks:
        characters[at] = '"'
    return "".join(characters)


# A quote opened low and closed high with the mark English opens with: „Wir haben ...“.
_GERMAN_QUOTE = re.compile(r"„([^„“”\n]*)“")
_GUILLEMET = re.compile("[«»]")
_GUILLEMETS = {"«": str.maketrans("«»", "“”"), "»": str.maketrans("»«", "“”")}  # by the mark that opens
# A single mark that opens a quote (after a space or a dash, before a word: not "'90s" or "'em") or closes one
# (after the quote's own punctuation, or after a word and before punctuation: not "it's", not "workers' pay").
_SINGLE_QUOTE_MARK = re.compile(r"(?:(?<=[\s(—–-])|^)(?P<open>['‘])(?=[A-Za-z])(?!(?:em|tis|n)\b)|"
                                r"(?<=[,.!?…])['’](?=\s|$|[—–-])|(?<=[a-z])['’](?=[,.;:!?])",
                                re.MULTILINE)


def _quote_spans(body: str, start: int, end: int):
    """``(open_mark, close_mark_or_end, closed)`` quote spans inside one paragraph."""
    spans = []
    open_at = None
    for match in _QUOTE_MARK.finditer(body, start, end):
        mark = match.group(0)
        pos = match.start()
        if open_at is None:
            if mark == "”":
                continue
            open_at = pos
        else:
            if mark == "“":
                open_at = pos  # a stray opener: restart from the newer one
                continue
            spans.append((open_at, pos, True))
            open_at = None
    if open_at is not None and end - open_at > 20:
        spans.append((open_at, end, False))
    return spans


def _cue_end(body: str, start: int, stop: int) -> int:
    """Where a quote's cue that follows it ends: at its sentence's end (not a title's full stop: "said Coun.
    Ray Deschambault.") or the next quote, or before a clause that reports more of what the speaker said
    (", who said the plant paid ...": reported speech of its own)."""
    telling = _WHO_SAID_THAT.search(body, start, stop) if body.find(", who ", start, stop) >= 0 else None
    telling = telling or (_GOING_ON_AT.search(body, start, stop) if body.find("ing ", start, stop) >= 0 else None)
    if telling is not None:
        stop = telling.start()
    for mark in _CUE_END_MARK.finditer(body, start, stop):
        word_before = body[max(start, mark.start() - 6):mark.start()].split()[-1:]
        if mark.group() != "." or not word_before or word_before[0] not in _TITLE_ABBREVIATIONS \
                and not _INITIALS.fullmatch(word_before[0]):
            return mark.start()
    return stop


_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # "U.S", "J" of "J. Smith"
_CUE_END_MARK = re.compile(r"[.!?](?=\s|$)|[\"“”]|\n")


def find_direct_quotes(body: str, sentence_spans, book: SpeakerBook) -> list[FoundQuote]:
    """Direct quotes in ``body`` with their speakers (``book`` collects names as it goes)."""
    found: list[FoundQuote] = []
    sentence_starts = [s for s, _ in sentence_spans]

    def sentence_start_of(pos):
        index = bisect.bisect_right(sentence_starts, pos) - 1
        return sentence_spans[index][0] if index >= 0 else 0

    book.sentence_spans = sentence_spans  # for _note_subjects, run only when a quote needs it
    for para_start, para_end in _split_paragraphs(body):
        paragraph = body[para_start:para_end]
        if '"' not in paragraph and "“" not in paragraph:
            continue
        for open_at, close_at, closed in _quote_spans(body, para_start, para_end):
            content_start, content_end = open_at + 1, close_at
            while content_start < content_end and body[content_start].isspace():
                content_start += 1
            while content_end > content_start and (body[content_end - 1].isspace() or body[content_end - 1] == ","):
                content_end -= 1
            content = body[content_start:content_end]
            n_words = len(content.split())
            if not n_words or n_words < 3 and not _cue_after(body, close_at + 1, para_end):
                continue  # nothing quoted; scare quotes and titles: "golden dome", "a risk"
            raw = None
            cue = -1
            after_start = close_at + 1 if closed else para_end
            after_text = body[after_start:min(para_end, after_start + 200)]
            if body[content_end - 1:content_end] == "." and "," not in body[content_end:close_at] \
                    and after_text.lstrip()[:1].isupper():
                raw, cue_offset = None, -1  # '"We are done." He later added ...': a new sentence ('"... 10 p.m.,"
                # ONSE director ...' goes on)
            else:
                raw, cue_offset = _speaker_after(after_text)
            lead_start = -2
            if raw is not None:
                cue = after_start + cue_offset
            if raw is None:
                lead_start = max(para_start, sentence_start_of(open_at), open_at - 200)
                before_text = body[lead_start:open_at]
                raw = _speaker_before(before_text)
                if raw is not None:
                    cue = lead_start
            if _TITLE_CASE.fullmatch(content) and (raw is None or cue == lead_start
                                                   and body[lead_start:open_at].rstrip()[-1:] not in (",", ":")):
                continue  # a title in quotes ("One Hundred Years of Solitude"), not speech
            quote = FoundQuote(content_start, content_end, content, True, raw, cue_start=cue)
            if raw is not None and cue >= after_start:
                written = _WRITTEN.search(body, cue, min(para_end, cue + 80))
                if written is not None:
                    quote.written, quote.cue_end = True, written.end()
                else:  # '," the analyst said.', '," said Jorge Ulloa, president of the union.': to its sentence's end
                    quote.cue_end = _cue_end(body, cue, min(para_end, cue + 200))
            elif raw is not None:  # 'But one victim told the Beacon: "...': the lead-in
                quote.cue_end = cue + len(body[cue:open_at].rstrip().rstrip(":,").rstrip())
            found.append(quote)
    return found


# '"...," Apple said in a statement': words that organisations, not people, usually speak through
_WRITTEN = re.compile(r"\b(?:in|via|through)\s+(?:a|an|its)\s+(?:\w+\s+)?(?:statement|release|filing|email|post)\b")


# The name that opens a sentence, before its (lower-case) verb: "Pell conceded", "Judge Paul Lindqvist dissented"
_SUBJECT = re.compile(r"[\"“]?((?:[A-Z][\w'’.-]*\s+){0,4}?[A-Z][\w'’-]*[\w])(?:\s+(?=[a-z])|"
                      r",\s+(?=[a-z\d]))")  # "Grace Tolliver, whose son ...", "Hartigan, first elected in 2017,"
# An opening phrase before the subject: "On the eastern edge of Harrowdale Forest, | Carys Bevan has started",
# "On a hot morning at the zoo, with the temperature past 35 degrees, | keeper Liam Dorsey is counting";
# "For | Gloria Pennington, a 58-year-old retired bus driver, the injection ..." (the person the sentence is about);
# "Speaking on our breakfast programme, | Dr Harriet Combe, the trust's chief executive, urged ...".
# "In Ban Khok Yai, a village in Nong Sawan district, | village health volunteer Boonmee Chanthavong spent".
_OPENING_PHRASE = re.compile(r"(?:On|In|At|After|Before|For|From|With|Since|During|Across|Outside|Inside|Speaking|"
                             r"Asked|Responding|Writing)\s"
                             r"(?:[^,.;:!?\"“”]{0,90},\s+(?:(?:with|as|and|a|an|the)\s[^,.;:!?\"“”]{0,60},\s+)?"
                             r"(?=[A-Z]|(?:[a-z]+\s){1,3}[A-Z])|(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,))")


def _note_subjects(body: str, sentence_spans, book: SpeakerBook, until: int, quoted=()):
    """Remember the people and organisations that open sentences (before ``until``) as their subjects,
    so that a later ``he said`` follows ``Pell conceded shortly before midnight.``; not sentences that open
    inside a quote (``quoted`` spans): '"Salthaven Quays was a car park," he said' is no one's subject."""
    if not book.known and not book.known_orgs:
        return
    for start, end in sentence_spans:
        if start >= until:
            break
        if any(quote_start <= start < quote_end for quote_start, quote_end in quoted):
            continue
        named = _person_after_role(body, start, min(end, start + 120), book)
        if named is not None:
            book.mentions.append(named)  # "Sheep farmer Gunnar Eiríksson spent the night ..."
            continue
        opening = _OPENING_PHRASE.match(body, start, min(end, start + 200))
        if opening is not None:  # "On", "In", "For" would pass for a name
            named = _person_after_role(body, opening.end(), min(end, opening.end() + 120), book)
            if named is not None:
                book.mentions.append(named)  # "On a hot morning at the zoo, keeper Liam Dorsey is counting ..."
                continue
            match = _SUBJECT.match(body, opening.end(), min(end, opening.end() + 120))
        else:
            match = _SUBJECT.match(body, start, min(end, start + 120))
        if not match:
            continue
        following = body[match.end():match.end() + 12].split(None, 2)
        if not following or following[0] in NAME_LINKS \
                or following[0] in ("and", "or") and following[1:2] not in (["his"], ["her"]):
            continue  # (a pair of subjects names no one of them; "Hennie Dijkstra and her husband" names her)
        phrase = match.group(1)
        if phrase.split(None, 1)[0].lower() in _NOT_BEFORE_SUBJECT:
            continue  # "When Tamarack Bank locks its doors, ...": the subject comes after the clause
        last = phrase.rsplit(None, 1)[-1]
        full = book.known.get(last)
        if full is not None and not book.is_org(full):
            book.mentions.append((match.start(1), full, "person"))
            continue
        if " " in phrase:
            name = clean_name(phrase)
            if name and book.is_org(name):
                book.mentions.append((match.start(1), name, "organization"))


# Words that cannot stand between a sentence's start and its subject's name.
_NOT_BEFORE_SUBJECT = {"in", "on", "at", "after", "before", "when", "while", "for", "from", "with", "to", "by", "as",
                       "of", "if", "since", "during", "under", "unlike", "like", "and", "but", "said", "says"}


def _person_after_role(body: str, start: int, end: int, book: SpeakerBook):
    """``(offset, full name, "person")`` when a sentence opens with a role and then a person the article
    names in full ("Sheep farmer Gunnar Eiríksson", "Outreach worker Jamal Reese", "Inspector Maarten de
    Vries"); else None."""
    text = body[start:end]
    if not any(surname in text for surname in book.known):
        return None
    words = words_with_offsets(text, 9)
    if len(words) > 2 and words[1][0] in ("—", "–", "-"):
        words = words[2:]  # a dateline: "HVOLSBREKKA — Sheep farmer Gunnar Eiríksson spent"
    for index, (word, offset, _) in enumerate(words[:5]):
        if not word[:1].isupper() or index == 0:
            if word.lower() in _NOT_BEFORE_SUBJECT or not word[:1].isalpha():
                return None
            continue
        run = [word]
        for following, _, _ in words[index + 1:]:
            if following[:1].isupper() or following in NAME_LINKS:
                run.append(following)
            else:
                break
        while run[-1] in NAME_LINKS:
            run.pop()  # "Maarten de Vries of the unit"
        full = book.known.get(run[-1])
        if full is not None and len(run) >= 2 and not book.is_org(full):
            return start + offset, full, "person"
    return None


def _cue_after(body, start, end):
    text = body[start:min(end, start + 60)]
    words = [w.lower() for w, _, _ in words_with_offsets(text, 4)]
    return any(w in SPEECH_VERB_SET for w in words)


# Verbs that cue a quote they follow: the speech verbs, those of a question or a plea ('"Where am I supposed to
# find it?" asked Halina Mroczek'), which elsewhere need not report anything ("asked residents to"), and the
# tabloids' ('"We called and called," fumed café owner Tiago Rebelo').
_QUOTE_CUE_VERBS = SPEECH_VERB_SET | {"asked", "asks", "wondered", "pleaded", "begged", "urged", "demanded",
                                     "exclaimed", "shouted", "screamed", "yelled", "cried", "sobbed", "whispered",
                                     "joked", "quipped", "sighed", "fumed", "raged", "blasted", "slammed", "vowed",
                                     "declared", "boasted", "complained", "snapped", "remarked", "mused", "gushed"}


def _speaker_after(text: str):
    """Speaker phrase in the clause after a closing quote mark, with its offset in ``text``."""
    # the cue is within the first words, after a speaker and a short apposition at most ('," Leah Brandt,
    # an analyst at Kestrel Securities, wrote')
    words = words_with_offsets(text, 14)
    if not words:
        return None, -1
    index = 0
    if words[0][0] in (",", ":", "—", "-"):
        index = 1
    elif words[0][0] in (".", "!", "?"):
        return None, -1
    # "said X" (inverted)
    if index < len(words) and words[index][0].lower() in _QUOTE_CUE_VERBS:
        rest = text[words[index][2]:]
        phrase = phrase_after_verb(rest)
        if phrase and phrase.split()[0].lower() not in ("that", "in", "on", "at", "the"):
            return phrase, words[index][1]
        if phrase and phrase.split()[0].lower() == "the":
            return phrase, words[index][1]
        return None, -1
    # "X said", "a senior official said", "he added"
    for k in range(index, len(words)):
        word = words[k][0]
        if word in (".", "!", "?", ";", "\"", "“", "”"):
            break
        if word.lower() in _QUOTE_CUE_VERBS:
            if k and words[k - 1][0].lower() in ("who", "which"):
                continue  # 'his daughter, who asked not to be named, told the Ledger'
            if _LEADS_NEXT_QUOTE.match(text, words[k][2]):
                break  # 'He added, "...': the cue of the next quote, not of this one
            before = text[:words[k][1]].rstrip()
            phrase = phrase_before_verb(before)
            if not phrase and before.endswith(","):
                phrase = subject_before_apposition(before.lstrip(",:—- "))  # ', Leah Brandt, an analyst, wrote'
            if phrase:
                return phrase, words[index][1]
            break
    return None, -1


def _speaker_before(text: str):
    """Speaker phrase in the clause before an opening quote: ``He added, "``, ``X told Reuters: "``,
    ``Marcus Hale, who heads the Riders Union, called the decision "``, ``He wrote that counties had "``
    (the quote continues a clause that a speech verb opened)."""
    stripped = text.rstrip()
    if not stripped:
        return None
    words = words_with_offsets(stripped)
    cue_at_end = stripped[-1] in ",:" or _CUE_AT_END.search(stripped) is not None
    document = None  # 'She said the audit showed "...': the one who said so quotes the document
    for k in range(len(words) - 1, max(-1, len(words) - 26), -1):
        word = words[k][0]
        if word in (".", "!", "?", ";", "\"", "“", "”") and k < len(words) - 1:
            break
        low = word.lower()
        if low in _CALLING_VERBS and _PASSIVE_BY.match(stripped, words[k][2]):
            continue  # "the extra funding promised by ministers was": a participle, read on back to the speaker
        if low in SPEECH_VERB_SET or low in _CALLING_VERBS:
            if not cue_at_end and len(words) - k > 12 and low not in _CALLING_VERBS and document is None \
                    and not (k <= _OPENING_CUE_WORDS and low in _OPENING_CUE_VERBS):
                break  # too far from the quote to be its cue, unless the sentence opened with it: 'Asked about the
                # gap, fund spokesperson Carl Ditmer said the remaining $1.3 million ... was "part of this round"'
            before = stripped[:words[k][1]].rstrip()
            phrase = phrase_before_verb(before)
            word_before_phrase = before[:len(before) - len(phrase)].rsplit(None, 1)[-1:] \
                if phrase and before.endswith(phrase) else []
            if word_before_phrase and word_before_phrase[0].lower() in SPEECH_VERB_SET:
                continue  # "said the passenger forecast had been": a noun in what was said; read on back
            if "than " in before and _THAN_WHAT_IS_SAID.search(before, max(0, len(before) - 60)):
                continue  # 'He said drivers earn far less than management claims: "...': a comparison, read on back
            if low in DOCUMENT_VERBS:
                if is_document_phrase(phrase or "") and document is None:
                    document = phrase
                continue  # 'Dalgado said the narrowing showed "...': only a document shows; read on back
            if phrase and phrase[:1].isalpha():
                return phrase
            if before.endswith(","):
                # "the board's finance director, Alison Grey, warned", "Mayor Owen Stratton, who proposed the
                # budget, called it": the name in apposition, or the name before the clause
                phrase = subject_before_apposition(before) or phrase_before_verb(_first_clause(before))
                if phrase and phrase[:1].isupper():
                    return phrase
            break
    if document is not None:
        return document
    if stripped.endswith(":"):
        match = _SUBJECT_BEFORE_COLON.search(stripped)
        if match:  # "CEO Dana Whitcombe is blunt: \"...": the subject introduces the words
            return match.group("name")
    match = _ACCORDING_END.search(stripped)
    if match:
        return match.group(1)
    return None


# What a speech verb closes when it is compared with, not a cue: "far less than management claims".
_THAN_WHAT_IS_SAID = re.compile(r"\bthan(?:\s+[\w'’-]+){1,4}$")
# A named subject, described by a short predicate that a colon closes: "CEO Dana Whitcombe is blunt:".
_SUBJECT_BEFORE_COLON = re.compile(r"(?:^|[,—–]\s*)(?P<name>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*)\s+"
                                   r"(?:is|was|sounded|seemed|remained|were|are)(?:\s+[a-z][\w-]*){1,3}\s*:$")


# How many words may open a sentence before the speech verb whose account runs on to a quote, and the verbs.
_OPENING_CUE_WORDS = 10
_OPENING_CUE_VERBS = frozenset({"said", "says", "told", "tells"})


def _first_clause(text: str) -> str:
    """The words before the first comma of a sentence's opening (where its subject is)."""
    cut = text.find(",")
    return text[:cut] if cut >= 0 else text


_CALLING_VERBS = {"called", "calling", "calls", "described", "describing", "describes", "dubbed", "dismissed",
                  "branded", "labelled", "labeled", "termed", "hailed", "praised", "condemned", "criticised",
                  "criticized", "urged", "vowed", "promised", "pledged", "described"}


# A person described by age alone, perhaps with a role ("the 34-year-old pharmacist", "the 67-year-old"), or by a
# stage of life, as tabloids go on after naming someone ("the pensioner told").
_BY_AGE_OR_STAGE_OF_LIFE = re.compile(r"the \d{1,3}-year-old(?: [a-z-]+){0,3}|"
                                      r"the (?:pensioner|retiree|grandmother|grandfather|grandmother-of-\w+|"
                                      r"grandfather-of-\w+|mother-of-\w+|father-of-\w+|widow|widower|teenager|"
                                      r"schoolgirl|schoolboy)")


def _resolve(quote: FoundQuote, book: SpeakerBook):
    raw = quote.speaker_raw
    if raw is None:
        return
    low = raw.lower()
    if low in PRONOUNS:
        resolved = book.resolve_pronoun(low)
        quote.speaker = resolved or raw
        quote.speaker_kind = "person" if low in ("he", "she", "i") else ("organization" if resolved else "anonymous")
        return
    if _BY_AGE_OR_STAGE_OF_LIFE.fullmatch(low) and book.people:
        # "said the 34-year-old pharmacist", "the pensioner told": news describes the person it has just named
        quote.speaker, quote.speaker_kind = book.people[-1], "person"
        return
    name = clean_name(raw)
    kind = speaker_kind(name, book=book)
    if is_spokesperson(raw) and (person := book.person_in_role(raw)):
        name, kind = person, "person"  # "the spokesman added": the one spokesman the article named
    elif kind == "organization" and low.startswith("the ") and len(low.split()) <= 3:
        # "The company said": the organisation of that kind the article named last, else as it reads mid-sentence
        # ("the company", "the CDC"; not "The Sentinel", a name)
        common_noun = not all(word[:1].isupper() and not word.isupper() for word in raw.split()[1:])
        name = named_org(book, raw) or (name[:1].lower() + name[1:] if common_noun else name)
    elif kind != "person" and (person := book.person_in_role(raw)) is not None:
        name, kind = person, "person"  # "the minister said", "its director said": the one person given that role
    elif kind != "person" and low.startswith("the ") and len(low.split()) <= 4:
        # "the miner said": the one organisation the article showed to be one (a noun that may name a person
        # too: "the developer")
        named = named_org(book, raw, by_name_only=True)
        if named:
            name, kind = named, "organization"
    if raw[:1].isupper() and kind == "organization" and " " in name and not name.lower().startswith("the ") \
            and not low.startswith("the ") and not book.is_org(name):  # ("The company", named by the article)
        if not any(w.lower().rstrip(".") in _ORG_HINTS for w in name.split()):
            kind = "person"
    if kind == "organization" and quote.direct and not quote.written and _could_be_surname(name, book):
        kind = "person"  # '"...," Whitfield told analysts': a surname the article has not spelled out
    if kind == "person":
        name = book.full_name(name)
        book.add_person(name)
    elif kind == "organization":
        name = book.spelled_out(name)
        book.add_org(name)
    quote.speaker, quote.speaker_kind = name, kind


_BUSINESS_NOUNS = {"company", "firm", "maker", "manufacturer", "producer", "provider", "developer", "supplier",
                   "retailer", "chain", "utility", "group", "carrier", "airline", "operator", "automaker", "carmaker",
                   "startup", "insurer", "lender", "bank", "business", "corporation", "conglomerate"}
# Past tenses news gives a subject's first act in, not in -ed: "IMARPE put the biomass at ..., and said".
_IRREGULAR_PAST = frozenset({"put", "cut", "set", "kept", "gave", "took", "sent", "made", "paid", "sold",
                             "began", "brought", "bought", "left", "lost", "won", "rose", "fell", "spent", "struck"})
# Business nouns that stand for the company a story is about when it is about one; "the bank" may be another (a
# central bank), "the group" a campaign group or a gang, "the operator" that of a dam or an airport, "the airline"
# no airport.
_COMPANY_NOUNS = {"company", "firm", "business", "corporation", "maker", "manufacturer", "developer",
                  "producer", "retailer", "miner", "startup", "conglomerate", "utility"}
_PUBLIC_WORDS = {"department", "ministry", "agency", "council", "board", "court", "police", "city", "county",
                 "state", "club", "team", "union", "party", "commission", "committee", "office", "authority",
                 "government", "administration", "university", "school", "hospital", "association", "chamber",
                 "force", "army", "navy", "military", "defense", "defence", "directorate", "inspectorate",
                 "secretariat", "superintendency", "foundation", "fundación", "fundação", "charity", "institute",
                 "instituto", "federation", "coalition", "campaign"}


def _last_org_like(book: SpeakerBook, noun: str) -> str | None:
    """The last organisation named that ``the <noun>`` can refer to: one whose name holds the noun
    (``the department`` -> ``Department of Health``), or for a business noun (``the company``,
    ``the utility``) the one company the article names by a corporate name, else the last organisation
    that is not a public body."""
    noun = noun.removesuffix("'s").removesuffix("’s")
    if noun not in ORG_NOUNS and noun not in ORG_HEADS:
        return None
    candidates = list(reversed(book.orgs)) + sorted(book.known_orgs)
    spellings = {noun, noun.replace("isation", "ization"), noun.replace("ization", "isation")}  # "organisation"
    named = next((org for org in candidates if not spellings.isdisjoint(org.lower().split())), None)
    if named and not named.lower().startswith("the "):
        return named
    if noun in _COMPANY_NOUNS and book.the_one_company():
        return book.the_one_company()
    of_kind = book.org_of_kind(noun)
    if of_kind:
        return of_kind
    # else, for a business credited by no name, the only one the article names by a corporate ending, even once
    # ("Shares of Tigbawan Gold Mining Corp fell ... the company said")
    corporate = _the_one_corporate_name(book) if noun in _COMPANY_NOUNS or noun == "operator" else None
    if named:
        # last credited by the same words ("the company said"), which name no one, unless the article
        # comes back again and again to one business it credits by name ("Marula said in a statement")
        if noun not in _COMPANY_NOUNS:
            return corporate
        return book.most_named({org for org in book.orgs if _may_be_a_business(org, book)}) or corporate
    if noun in _BUSINESS_NOUNS:
        return next((org for org in reversed(book.orgs) if _may_be_a_business(org, book)), None) or corporate
    return None


def business_its_sentences_open_with(spans, book: SpeakerBook) -> str | None:
    """The business a "the company" stands for when nothing the article credits names it: the name that opens
    the nearest of the sentences at ``spans`` (the quote's own first, then those before it) as their subject
    ("Skrytka24 charged PLN 3.99 ... The company told investors", "Payvine has cut another 70 jobs, ..., the
    company confirmed"), if it may be a business's: no person's, no public body's, a name the article comes back
    to (``SpeakerBook.comes_back_to_by_name``)."""
    for position, (start, end) in enumerate(spans):
        opening = _BUSINESS_OPENING.match(book.body, start, end)
        if opening is None or opening.group("name") in ("It", "Its"):
            continue  # ("It said slurry had run 30 km": the one the sentence before is about)
        name = opening.group("name")
        # (a name that says something right before, or that the sentence calls a business, needs no second
        # mention: "Farmavit said on Wednesday ...", "Ecuadorian pipeline operator Oleoducto Andino de Crudos")
        times = 1 if position <= 1 and opening.group("verb") in SAYING_ONLY or opening.group("kind") else 2
        if not opening.group("kind") and book.is_person(name) or _names_no_business(name, book) \
                or not book.comes_back_to_by_name(name, times):
            return None  # the nearest sentence is about someone or something else
        return name
    return None


def _names_no_business(name: str, book: SpeakerBook) -> bool:
    """Whether a name opening a sentence cannot be a business's: a word no business opens with ("When", "Its"),
    a role in it ("Mayor Ana Ruiz"), or a public body's (``_may_be_a_business``)."""
    return name.split()[0].lower() in _NOT_A_BUSINESS_OPENING \
        or any(word.lower().rstrip(".") in ROLE_WORDS for word in name.split()) or not _may_be_a_business(name, book)


def business_named_by_its_work(nearest, book: SpeakerBook) -> str | None:
    """The business a "the company" stands for when the ``nearest`` sentences (the quote's own first) open with
    none: the one the nearest of them names by what it runs or makes ("a 2,300-hectare plantation run by
    Agroexportadora Piñales del Norte. The company said") or by where it is based ("the plant's supplier,
    Thessaloniki-based HydroAigaio"), where that sentence names no other such business."""
    for start, end in nearest:
        opening = _BUSINESS_OPENING.match(book.body, start, end)
        if opening and not _names_no_business(opening.group("name"), book):
            return None  # the nearer sentence is about another
        names = {match.group("name") for match in _BUSINESS_BY_ITS_WORK.finditer(book.body, start, end)}
        if len(names) > 1:
            return None
        if names:
            name = names.pop()
            return None if book.is_person(name) or _names_no_business(name, book) else name
    return None


# A business named by what it runs or makes, or by where it is based: "run by Agroexportadora Piñales del Norte",
# "operated by Hamburg-based Arvenor Container Lines", "Thessaloniki-based HydroAigaio".
_BUSINESS_BY_ITS_WORK = re.compile(r"(?:\b(?:run|owned|operated|built|managed|made|developed|supplied)\s+by\s+"
                                   r"(?:[A-Z][\w-]*-based\s+|[A-Z]\w*(?:\s+[A-Z]\w*)?['’]s\s+)?|"
                                   r"\b[A-Z][\w-]*-based\s+)"
                                   r"(?P<name>[" + LATIN_CAPITALS + r"][\w&.-]*(?:\s+(?:[" + LATIN_CAPITALS
                                   + r"][\w&.-]*|&|de|del|do|da|dos))*)"
                                   # (a name of its own, not one describing a noun: "owned by Hokkaido prefecture")
                                   r"(?=[,.;:)]|\s+(?:and|which|that|in|at|on|for|since|to|was|is|has|had|said|"
                                   r"says)\b)")


def business_the_story_is_about(nearest, first, book: SpeakerBook) -> str | None:
    """The business a "the company" stands for when the ``nearest`` sentences (the quote's own) open with no name:
    the one the article's ``first`` sentence opens with as its subject, its story's, however often it is named
    ("Havlys Sjømat's farm lost 70,000 salmon ... the company said"), by a name of more than one word that may be
    a business's (not "Serbia", "Refunds", nor a headline's "FURIOUS Alvorada"), and no other business named by
    a corporate ending."""
    if any(_BUSINESS_OPENING.match(book.body, start, end) or _NAME_THEN_COMMA.match(book.body, start, end)
           for start, end in nearest):
        return None  # the nearer sentence is about another ("Skylark Air, the largest operator at the airport, has
        # cancelled 230 departures, the airline said")
    opening = _BUSINESS_OPENING.match(book.body, *first)
    if opening is None:
        return None
    name = opening.group("name")
    words = name.split()
    after = book.body[opening.end("name"):opening.end("name") + 40].split(None, 2)
    if after[:1] in (["'s"], ["’s"]) and after[1:2] and after[1] in _PUBLIC_WORDS:
        return None  # "Vila Aurora's city council voted ...": a place's
    if len(words) < 2 or any(word.isupper() and len(word) > 4 for word in words) or book.is_person(name) \
            or _names_no_business(name, book):
        return None
    if any(other != name for other in book.corporate_names()):
        return None  # a bidder and its target: "the company" may be either
    return name


# Capitalised words opening a sentence before a comma: a name set off by what it is ("Skylark Air, the largest ...").
_NAME_THEN_COMMA = re.compile(r"\s*[" + LATIN_CAPITALS + r"][\w&.-]*(?:\s+[" + LATIN_CAPITALS + r"][\w&.-]*)*,")


def organisation_its_sentences_open_with(spans, book: SpeakerBook) -> str | None:
    """The organisation a spokesperson with none named speaks for, when the nearest of the sentences at ``spans``
    (the spokesperson's own, then the one before) opens with it: by a noun the article names it by ("The group
    has 30 posts approved, a spokesperson said": Midwest Hospitals Group), or by its name ("Luz Andina did not
    respond ..., but a spokesperson said"), or, in the spokesperson's own sentence, by that noun where the article
    names none ("The defence ministry insists the price is fair, and a spokesman said": the defence ministry's)."""
    for position, (start, end) in enumerate(spans):
        the_noun = _THE_NOUN_OPENING.match(book.body, start, end)
        if the_noun:
            named = named_org(book, "the " + the_noun.group(1).lower())
            if named:
                return named
            if position == 0 and the_noun.group(1).lower() in ORG_NOUNS:
                return the_noun.group(0).strip()
        business = business_its_sentences_open_with([(start, end)], book)
        if business:
            return business
        if the_noun or _BUSINESS_OPENING.match(book.body, start, end):
            return None  # the nearest sentence is about something else
    return None


# "The group has ...", "The defence ministry insists": a body by its noun, opening a sentence.
_THE_NOUN_OPENING = re.compile(r"\s*[Tt]he\s+(?:[a-z]+\s+)?([a-z]+)(?=,|\s+(?:has|have|had|is|was|will|would|"
                               r"[a-z]+ed|[a-z]+s)\b)")


# A name opening a sentence as its subject, before its verb or its possessive: "Skrytka24 charged", "Andina's
# expansion", "Dopravní podnik Hradovice (DPH) has raised"; after what it is, or in apposition to it: "Ecuadorian
# pipeline operator Oleoducto Andino de Crudos (OAD) has raised", "The developer, Nordlicht Windprojekte, plans";
# or as the business whose shares moved: "Shares in Minera Cerro Pardo fell 11%", "Shares in Tobol Agro Holding, the
# region's largest listed grain producer, have fallen".
_BUSINESS_OPENING = re.compile(r"\s*(?P<kind>(?P<shares>Shares|Stock) (?:in|of)\s+(?:(?:[a-z]+\s+){0,2}(?:"
                               + "|".join(sorted(_BUSINESS_NOUNS)) + r")\s+)?|"
                               r"(?:The\s+)?(?:[A-Z]?[a-z]+\s+){0,2}(?:" + "|".join(sorted(_BUSINESS_NOUNS))
                               + r")(?P<apposed>,)?\s+)?"
                               r"(?P<name>[" + LATIN_CAPITALS + r"][\w&.-]*(?:\s+(?:[" + LATIN_CAPITALS
                               + r"][\w&.-]*|&|de|del|do|da|dos|podnik))*?)(?(apposed),)"
                               # (shares move: "Shares of Gulf Coast insurers fell" are no one business's)
                               r"(?(shares)(?:,[^,;]{1,80},)?"
                               r"(?=\s+(?:fell|rose|have|has|had|are|were|slid|sank|lost|[a-z]+ed)\b))"
                               r"(?:['’]s\s+[a-z]|\s+(?:\([A-Z]{2,6}\)\s+)?"
                               r"(?P<verb>has|have|had|is|was|will|would|did|does|could|can|said|says|[a-z]+ed|[a-z]+s|"
                               + word_alternation(_IRREGULAR_PAST) + r")\b)")
# Capitalised words that open a sentence and name no business.
_NOT_A_BUSINESS_OPENING = frozenset({"the", "a", "an", "it", "its", "he", "she", "they", "we", "this", "that", "these",
                                     "those", "his", "her", "their", "our", "but", "and", "in", "on", "at", "for",
                                     "after", "before", "as", "when", "while", "if", "some", "many", "most", "all",
                                     "one", "two", "three", "several", "about", "more", "only", "last", "there",
                                     "what", "under", "since", "by", "with", "from", "of", "to", "police",
                                     *WEEKDAYS, *MONTHS})


def _the_one_corporate_name(book: SpeakerBook) -> str | None:
    names = book.corporate_names()
    return next(iter(names)) if len(names) == 1 else None


def may_stand_for(phrase: str, org: str, book: SpeakerBook) -> bool:
    """Whether "the <noun>" of ``phrase`` can be ``org``: "the company" a business's name of more than one word,
    "the regulator" a name that holds its noun or a word of its kind ("Monetary Authority of Singapore")."""
    words = phrase.lower().split()
    if len(words) != 2 or words[0] != "the" or " " not in org:
        return False
    noun, name_words = words[1], set(org.lower().split())
    if noun in BUSINESS_KINDS or noun in _COMPANY_NOUNS:
        return _may_be_a_business(org, book)
    return noun in name_words or not name_words.isdisjoint(KIND_NAME_WORDS.get(noun, ()))


def subject_org(content: str, phrase: str, book: SpeakerBook) -> str | None:
    """The organisation that opens ``content`` (what was said before a closing "the club said") when "the
    <noun>" of ``phrase`` can be it: "Bluegrass FC have agreed to sell ..., the club said" is the club's own
    news, whatever other club the article names. None otherwise."""
    words = phrase.lower().split()
    if len(words) != 2 or words[0] != "the":
        return None
    opening = _OPENING_NAME.match(content)
    if opening is None:
        return None
    name, noun = opening.group("name").removeprefix("The "), words[1]
    of_kind = name in book.orgs_of_kind(noun)
    if name == "The" or not of_kind and not book.is_org(name):
        return None
    if " " not in name and name not in book.known_orgs and (
            not book.heads_a_longer_name(name) or name.lower().endswith(_ADJECTIVE_ENDINGS)
            or content[opening.end():].split(None, 1)[0] in _GROUP_PREPOSITIONS):
        return None  # a capitalised word opening a sentence is a name the article writes as one ("Norvell"
        # of "Norvell Motors"), not a people's adjective ("Danish regional airline") or a group ("Hosts in")
    if of_kind or noun in name.lower().split() or noun in _COMPANY_NOUNS and _may_be_a_business(name, book):
        return name
    return None


_ADJECTIVE_ENDINGS = ("ish", "ese", "ian", "ern")
# A name of up to five capitalised words opening a clause, before its verb: "Bluegrass FC have agreed".
_OPENING_NAME = re.compile(r"(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|de|del|and|&)){0,4})"
                           r"\s+(?=[a-z])")


def _may_be_a_business(org: str, book: SpeakerBook) -> bool:
    """An organisation credited by a name that is no public body's."""
    return org[:1].isupper() and not org.lower().startswith("the ") and org not in book.institutions \
        and not any(word in _PUBLIC_WORDS for word in org.lower().split())


def is_spokesperson(phrase: str) -> bool:
    """Whether a source is credited as "the spokesman" (or spokeswoman, spokesperson), whom the article may have
    named with that role."""
    words = phrase.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in ("spokesman", "spokeswoman", "spokesperson")


def named_org(book: SpeakerBook, phrase: str, by_name_only: bool = False) -> str | None:
    """The organisation's name for a source credited as "the company", "the department", or None (also for
    one set apart from the article's own: "the central bank", "the rival company"). ``by_name_only`` for a
    noun that may be a person's too ("the developer", "the fund"): only an organisation the article shows
    to be one of that kind (``SpeakerBook.org_of_kind``), not the last one credited."""
    words = phrase.lower().split()
    if words[0] != "the" or len(words) > 3 or len(words) == 3 and words[1] in _OTHER_ORG_MODIFIERS:
        return None
    named = book.org_of_kind(words[-1]) if by_name_only else _last_org_like(book, words[-1])
    if named is None and len(words) == 3 and phrase.split()[1].isalpha() and phrase.split()[1].islower():
        # "the expressway operator": the organisation whose name holds the word ("Hokuetsu Expressway Co"); not
        # one the word heads ("the county laboratory" is no "Nakuru County"), nor a person's name
        named = next((org for org in list(reversed(book.orgs)) + sorted(book.known_orgs)
                      if words[1] in org.lower().split()[:-1] and not org.lower().startswith("the ")
                      and not any(word in book.known for word in org.split())), None)
    if named is None and words[-1] in _WORKS and len(words) == 2:
        named = book.the_one_company()  # "The mill said": the company that runs it, when the story is about one
    if named is None and words[-1] in ("town", "city") and len(words) == 2:
        named = book.the_municipality(words[-1])  # "the town said": the town the story is in
    owner = words[1][:-2] if len(words) == 3 and words[1].endswith(("'s", "’s")) else None
    if named and owner and owner not in named.lower():
        return None  # "the governor's office" is no "Sheriff's Office"
    return named


def spokesperson_named(phrase: str, book: SpeakerBook) -> str | None:
    """An unnamed spokesperson's phrase with the organisation it points to named as the article names it: "a
    company spokesperson" -> "a Kafwila Copper Mines spokesperson", "A Kaiyuan spokesperson" -> "A Kaiyuan Cell
    Technology spokesperson", "a spokesperson for the consortium" -> "a spokesperson for Anstey-Mauldon JV".
    The person stays unnamed; None where the phrase points to no organisation the article names."""
    match = _SPOKESPERSON.fullmatch(phrase)
    if match is None:
        return None
    pointer = match.group("owner") or match.group("org")
    if not pointer:
        return None  # "a spokesperson": of whom, the phrase does not say
    pointer = _POSSESSIVE_END.sub("", pointer)
    if pointer[:1].islower():
        noun = pointer.split()[-1]
        named = named_org(book, "the " + noun) if pointer.split()[0] in ("the", noun) else None
    else:
        # the one longer name the article writes it at the head of ("Kaiyuan Cell Technology")
        # (an organisation's: not "SES Deputy Commissioner Kylie Moran", nor the product "Sarvik Zephyr S2")
        longer = {name for name in book.names_headed_by(pointer)
                  if book.is_org(name) and not any(word.lower().rstrip(".") in ROLE_WORDS or any(map(str.isdigit, word))
                                                   for word in name.split()[1:])}
        named = next(iter(longer)) if len(longer) == 1 else None
    if not named or named == pointer:
        return None
    determiner = match.group("det")
    if match.group("owner"):
        the = "the " if named in book.institutions else ""  # "a spokesman for the Department of Housing"
        return f"{determiner} {match.group('spokes')} for {the}{named}"
    if determiner.lower() in ("a", "an") and not named.split()[0].isupper():
        determiner = determiner[0] + ("n" if named[0] in "AEIO" else "")  # "an Ashworth ...", "a University of ..."
    return f"{determiner} {named} {match.group('spokes')}"


# "a company spokesperson", "the company's spokesman", "A Kaiyuan spokesperson", "a spokesperson for the consortium".
_SPOKESPERSON = re.compile(r"(?P<det>[Aa]n?|[Tt]he)\s+(?:(?P<org>[\w&'’.-]+(?:\s+[\w&'’.-]+){0,3}?)\s+)?"
                           r"(?P<spokes>spokes(?:person|man|woman))(?:\s+for\s+(?P<owner>(?:the\s+)?[\w&'’.-]+"
                           r"(?:\s+[\w&'’.-]+){0,3}))?")
_POSSESSIVE_END = re.compile(r"['’]s$")


def speaking_for(spokesperson: str, org: str, book: SpeakerBook) -> str:
    """A spokesperson the phrase gives no organisation, as the one who speaks for ``org``: "a spokesman for
    Thornbury Vale Water", "a spokesperson for the Department for Education"."""
    org = org[:1].lower() + org[1:] if org.startswith("The ") else org
    the = "the " if org in book.institutions or org.split()[0].lower() in _PUBLIC_WORDS else ""
    return f"{spokesperson.lower()} for {the}{org}"


def gives_no_organisation(phrase: str) -> bool:
    """A spokesperson the phrase gives no organisation: "a spokesman", "the spokeswoman"."""
    match = _SPOKESPERSON.fullmatch(phrase)
    return match is not None and not match.group("org") and not match.group("owner")


# Works a company runs, which news credits with what the company says: "The mill said on Monday".
_WORKS = frozenset({"mill", "plant", "factory", "refinery", "smelter", "mine", "colliery", "brewery", "shipyard",
                    "foundry", "distillery", "winery", "works"})
# Words that make "the <modifier> <noun>" another organisation than the one a plain "the <noun>" names.
_OTHER_ORG_MODIFIERS = frozenset({"central", "rival", "parent", "other", "state", "foreign", "former", "new",
                                  "development", "investment", "national", "federal"})


def _could_be_surname(name: str, book: SpeakerBook) -> bool:
    """One capitalised word that the article never shows to be an organisation (no ``Norvell Motors``
    beside ``Norvell``), no acronym, no organisation word."""
    return (" " not in name and name[:1].isupper() and name[1:].islower() and name.isalpha()
            and not book.is_org(name) and name.lower() not in _ORG_HINTS and name not in book.orgs)


# An auxiliary of the passive: "has been asked to step in", "is projected to cost" are no speech.
_PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# Verbs a participle may follow as a state, never as speech: "three of whom remained admitted".
_STATE_VERBS = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})
# A speech verb as a passive participle: "the £4.5m announced by ministers in July".
_PASSIVE_BY = re.compile(r"\s+by\s")


def states_nothing(word_before: str, text: str, verb_end: int) -> bool:
    """Whether the speech verb ending at ``verb_end`` in ``text``, after ``word_before``, reports no
    statement: a passive ("is projected to cost", "has been asked to step in"), an infinitive
    ("Officials have yet to say"), or a participle with its agent ("the £4.5m announced by ministers")."""
    word_before = word_before.lower()
    if word_before in _BETWEEN_AUXILIARY_AND_PARTICIPLE:  # "are now confirmed dead": the auxiliary before the adverb
        words = text[:verb_end].split()
        word_before = words[-3].lower() if len(words) > 2 else word_before
    if _A_NUMBER.fullmatch(word_before):
        following = _NEXT_WORD.match(text, verb_end)
        if following and following.group(1) not in _FUNCTION_WORDS:
            return True  # "Of the 37 confirmed patients": a participle before its noun
    return word_before in _PASSIVE_AUXILIARIES or word_before in _STATE_VERBS or word_before == "to" \
        or _PASSIVE_BY.match(text, verb_end) is not None


_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_A_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?")  # (not "Mahmoud Eissa, 52, said": the age's comma closes it)
# Words that open what a source says, not nouns a participle could describe: "62 said the", "37 confirmed that".
_FUNCTION_WORDS = frozenset({"that", "the", "a", "an", "it", "its", "they", "he", "she", "we", "there", "this",
                             "on", "in", "at", "to", "by", "for", "with", "and", "but", "no", "not", "their"})
# "added" before an amount adds it: "fees added about $6.1 million on top".
ADDED_AMOUNT = re.compile(r"\s+(?:about |roughly |nearly |some |another |an extra |more than )?(?:[$€£\d]|"
                          r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s)", re.IGNORECASE)
# A sentence whose subject, a name or a pronoun, goes on to say something: "<subject> <did something>, saying
# (that) <what was said>".
# A kind of group may stand before the name: "Consumer group Citizens Power Watch questioned ..., saying".
# So may a role, or a description the name stands in apposition to: "Chief officer Daniel Koech denied ...,
# saying", "The county's chief officer for disaster management, Daniel Koech, denied ..., saying".
_SUBJECT_SAYING = re.compile(r"^(?P<subject>(?:The|Its|Their|His|Her|[A-Z][\w'’-]*['’]s)\s+[^,\"“”]{2,70}?,\s+"
                             r"(?P<apposed>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*),|"
                             r"(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?" + word_alternation(ROLE_WORDS) +
                             r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*|"
                             # "The environmental group Fundación Desierto Vivo"
                             r"The\s+(?:[a-z]+\s+){0,2}(?:group|firm|company|charity|union|body|watchdog|network|"
                             r"association|foundation|coalition)\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*|"
                             r"The\s+[a-z]+|"
                             # a group of a place: "Conservation groups in Mombasa"
                             r"[A-Z][a-z]+\s+[a-z]+s\s+(?:in|of|at|from|across|near)\s+(?:the\s+)?"
                             r"(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*|"
                             # a body's name with its links: "The Diamond and Allied Workers Union of Botswana"
                             r"The\s+[A-Z][\w'’.-]*(?:(?:\s+(?:and|of|for|&))?\s+[A-Z][\w'’.-]*){1,8}|"
                             r"(?:[A-Z][a-z]+\s+(?:group|firm|company|charity|union|"
                             r"body|watchdog|giant|maker|network|campaign|association)\s+)?"
                             # (and whoever speaks for it: "A Hanamori spokesperson")
                             r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*(?:\s+spokes(?:person|man|woman))?|"
                             r"He|She|"
                             r"They)\s+[a-z][^\"“”]*?,\s+(?:saying\s+(?:that\s+)?"
                             # whom it was said to: ", telling the Journal that", ", telling reporters that"
                             r"|telling\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*){0,2}\s+that\s+"
                             r"|(?P<arguing>arguing|insisting|warning)\s+that\s+)(?=[\w$€£])")
# A source saying something in a clause opened by "with": ", with engineers warning that other cuttings could
# fail", ", with organisers saying 58,000 spectators attended". Without "that", what is said opens as a clause
# does (not "with a red flag warning in effect"); estimates and reports say something only with "that" ("with
# growers estimating losses of $14.6 million" gives a figure, not a statement).
_WITH_SOURCE_SAYING = re.compile(r"\bwith\s+(?P<subject>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:now\s+)?"
                                 r"(?:(?:saying|warning|arguing|insisting|claiming|noting|predicting)\s+"
                                 r"(?:that\s+(?=[\w$€£])|(?=(?:the|a|an|it|its|they|he|she|there|this|these|those|"
                                 r"more|some|many|most|all|no)\b|[A-Z\d$€£]))|"
                                 r"(?:estimating|reporting)\s+that\s+(?=[\w$€£]))")
# Where another source's clause takes over: "... their income while conservationists say it does not go far".
_OTHER_SOURCE_GOES_ON = re.compile(r",?\s+(?:while|whereas|but)\s+|;")
# The day a sentence opens with, before its subject's name: "On Friday", "Last Tuesday".
_DAY_FIRST = re.compile(r"^(?:(?:On|Last|This|Early|Late)\s+)?(?:" + "|".join(map(str.capitalize, WEEKDAYS))
                        + r")\s+(?=[A-Z])")
# A verb of saying earlier in the sentence, whose speaker a later ", arguing that" goes on with.
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|tells|wrote)\b")
# The participle a cue goes on with to say more: ", adding", ", noting".
_GOING_ON = r",\s+(?:noting|adding|saying|arguing|warning|explaining|stressing)\b"
_GOING_ON_AT = re.compile(_GOING_ON)
# When or where a cue was given, between its verb and what goes on: "said on Wednesday", "said in her ruling".
_CUE_TAIL = r"(?:\s+(?:on|in|at|late|early|last|this)\b[^,\"“”]{0,60}?)?"
# ... to the sentence's end, after reported speech and its cue: "..., Hai Phong Metro Co. said, adding that no one
# was hurt.", "..., a senior forestry official told the Post, adding that" (not "..., two people familiar with the
# talks said, adding to a debt pile")
_GOING_ON_TO_THE_END = re.compile("(?:" + _ADDRESSEE_PATTERN + ")?" + _CUE_TAIL + _GOING_ON
                                  + r"\s+(?!(?:to|up)\s)(?:that\s+)?(?=[\w$€£])(?=[^\"“”]*$)")


def said_going_on(sentence: str, cue_end: int) -> int:
    """Where more of what a cue's speaker said starts, when the cue that ends at ``cue_end`` goes on with
    ", adding that ..." to the end of the sentence; -1 otherwise."""
    going_on = _GOING_ON_TO_THE_END.match(sentence, cue_end)
    return going_on.end() if going_on else -1


# A quote's closing cue going on with more of what was said, to the sentence's end: '," Olmedo said, noting the
# spending was', '," she added, saying that', '," NUM regional secretary Thandeka Mahlangu said, adding that'.
_CUE_GOING_ON = re.compile(r"[,.!?]?[\"”]\s+(?P<speaker>(?:[A-Z][\w'’.-]*\s+){0,2}(?:[a-z][\w'’-]*\s+){0,3}"
                           r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*|he|she|they)\s+"
                           r"(?P<verb>said|says|added|told\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                           + _CUE_TAIL + _GOING_ON + r"\s+(?:that\s+)?"
                           r"(?=[\w$€£])(?=[^\"“”]*$)")
# Words after "said" that open no clause of what was said: "who said in a statement", "which said nothing".
_NO_CLAUSE_AFTER_SAID = ("nothing so little much goodbye yes no only in on at to during after before last this "
                         "earlier later for with when while as by of from through via".split())
# A name, then a clause that says what the named person or body said: "Senior Advocate K.R. Venkatesh, who argued
# that the colour saffron was common to the trade", "The Mazowsze Fruit Growers' Union, which organised the
# blockade and says it has 22,000 members".
_SAID_AFTER_WHO = (r"(?:[^,;\"“”]{1,60}?\s+and\s+)?(?:also\s+)?"
                   r"(?P<verb>added|argued|said|says|noted|warned|insisted|explained|"
                   r"stressed|told\s+(?:[A-Z][\w'’-]*|reporters|the\s+\w+))\s+"
                   # "that", or a clause that opens with its subject: "who said the plant paid", "which said
                   # shipments fell"
                   r"(?:that\s+(?=\S)|(?=(?:the|it|he|she|they|we|its|his|her|their|there)\s)"
                   r"|(?<=said |says )(?=[a-z][\w'’-]*\s)(?!" + word_alternation(_NO_CLAUSE_AFTER_SAID) + r"\b)"
                   # or a count: "which says 46 containers went overboard"
                   r"|(?<=said |says )(?=\d[\d,.]*\s+[a-z]))")
_WHO_SAID_THAT = re.compile(r",\s+(?P<cue>who|which)\s+" + _SAID_AFTER_WHO)
# The same clause after a name, its age or a description that ends at "who": "Joaquim Pires, 58, a taxi driver
# from Almada who says his family lost", "Kennedy Mwangi Njoroge, 29, who says he spends".
_NAMED_WHO_SAID_THAT = re.compile(r"(?:,\s+\d{1,3}(?=,))?"
                                  r"(?:,\s+(?:a|an)\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,6}?\s+(?=who\s)|,\s+)"
                                  r"(?P<cue>who|which)\s+" + _SAID_AFTER_WHO)
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*$")
# ... or a body named by common nouns before "which": "according to the national disaster council, which said".
_BODY_BEFORE = re.compile(r"\bthe\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*$")


def _told_after_name(sentence: str):
    """``(where the name starts, the name, where what was said starts, where the clause's "who" or "which"
    starts, where its verb ends)`` for a name followed by a clause that says what the person or body said
    (``_NAMED_WHO_SAID_THAT``), or None."""
    for clause in _NAMED_WHO_SAID_THAT.finditer(sentence):
        name = _NAME_BEFORE.search(sentence, max(0, clause.start() - 80), clause.start())
        if name is None and clause.group("cue") == "which":
            name = _BODY_BEFORE.search(sentence, max(0, clause.start() - 80), clause.start())
            if name is not None and name.group().rsplit(None, 1)[-1] not in ORG_NOUNS:
                name = None  # (what is said of a thing is no one's: "the plan, which officials said")
        if name is not None:
            return name.start(), name.group(), clause.end(), clause.start("cue"), clause.end("verb")
    return None


# What was said, then a pronoun and its verb closing the sentence.
_CLOSING_PRONOUN_CUE = re.compile(r"(?P<content>[^,\"“”]+(?:,[^,\"“”]+)*?),\s+(?P<pronoun>he|she|they|it)\s+"
                                  r"(?P<verb>said|says|added|noted|wrote|explained|warned|warns|argued|insisted|"
                                  r"cautioned|conceded|admitted|acknowledged)(?:\s+on\s+\w+)?"
                                  # a clause of circumstance may follow the cue: "..., he said, after the fault was
                                  # first found.", "..., he said, at a combined cost of nearly US$15 million.", or
                                  # more of what was said: "..., he said, and some locomotives had been left"
                                  # or who they were: "..., he said, most of them women and children"
                                  r"(?:,\s+(?:after|before|when|because|while|although|at|with|for|from|up|down|and|"
                                  # or what it leaves out or is set against: "..., he said, minus a deductible"
                                  r"minus|plus|excluding|despite|since|until|by|in|on|over|under|against|compared|"
                                  r"(?:most|many|some|all|much|half|none)\s+of\s+(?:them|it)|including|mostly|mainly|"
                                  # or what the figure amounts to: "..., he said, about 18 per cent of the revenue"
                                  r"(?:about|roughly|nearly|around|almost)(?=\s+\d)|"
                                  # or what it was: "..., she noted, a fraction of Sunday's total."
                                  r"(?:a|an)(?=\s+[a-z])|"
                                  r"(?:not\s+)?[a-z]+ing)"
                                  r"\s[^\"“”]*)?"
                                  r"[.!]?\s*$")
# Where a clause that may open with a speaker starts inside a long sentence.
# (A pronoun after "though" is the first clause's subject again: "Forecasters expect a cool change, although they
# warned ..." is the forecasters' still.)
# (", where" only with no comma before the verb: "Villagers in Kusumdihi, where three people have died, say" is
# the villagers')
_JOINED_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|where(?=[^,]*$))|"
                            r",\s+(?:though|although|whereas)(?!\s+(?:he|she|they|it|we)\b)|;|"
                            # a clause of time or cause whose subject runs to the verb: "Council will ask for an
                            # accounting after Coun. Brenda Oyelaran said" (not "after Sunday's marathon, race
                            # officials said")
                            r"\s(?:after|because)(?=\s+[A-Z][^,;]*$))"
                            r"\s+(?=\S)")
# A quote of more than a few words is a direct quote, found as such; a shorter one may sit inside reported
# speech ('said the firm was "cooperating fully" with investigators').
_SHORT_QUOTE_WORDS = 4


def has_long_quote(sentence: str, said_from=None) -> bool:
    """Whether the sentence holds a quote mark other than around a few words (or an unpaired one). With
    ``said_from`` (where what a speech verb introduces starts), a long quote that comes after a few words
    of reported speech and has no cue of its own is part of what was said: 'said officers would remain
    deployed "for as long as it takes to keep the peace"'."""
    if '"' not in sentence and "“" not in sentence:
        return False
    pieces = _QUOTE_MARK.split(sentence)
    if len(pieces) % 2 == 0:
        return True  # an odd number of marks: a quote opened here runs on
    quoted = pieces[1::2]
    if not any(len(piece.split()) > _SHORT_QUOTE_WORDS for piece in quoted):
        return False
    if said_from is not None and _AND_THEN_VERB.fullmatch(sentence, len(sentence) - len(pieces[-1]), said_from):
        return False  # 'called the plan "an austerity budget dressed up as prudence" and said up to 120 ...': the
        # quote is over before the verb that joins what was said
    if said_from is None or any(piece.rstrip().endswith(",") for piece in quoted) \
            or pieces[0].rstrip().endswith((",", ":")) and _closing_quote(sentence, said_from) is None:
        return True  # '"...," she said', 'told Reuters in an interview, "...': the quote has a cue of its own
    return len(pieces[0]) < said_from or len(sentence[said_from:len(pieces[0])].split()) < 3


def _closing_quote(sentence, said_from):
    """Where the comma stands before the sentence's one quote of more than a few words, when the quote closes it
    after a clause of what was said: 'said average occupancy was around 68 per cent, "unheard of for a
    non-holiday release."' (not 'told Reuters in an interview, "...'; a cue's where and when run a few words);
    else None. What was said ends at the comma; the quote is a claim of its own."""
    pieces = _QUOTE_MARK.split(sentence)
    if len(pieces) != 3 or pieces[2].strip(" .!?") or len(pieces[1].split()) <= _SHORT_QUOTE_WORDS \
            or not pieces[0].rstrip().endswith(","):
        return None
    said = sentence[said_from:len(pieces[0])].split()
    if len(said) < _CLAUSE_BEFORE_A_CLOSING_QUOTE or not said[0].islower() or said[0] in _NOT_WHAT_WAS_SAID:
        return None
    return len(pieces[0].rstrip()) - 1


# How many words of what was said come before a closing quote that is part of it.
_CLAUSE_BEFORE_A_CLOSING_QUOTE = 6
# Words after a verb of saying that open where, when or to whom it was said, not what.
_NOT_WHAT_WAS_SAID = frozenset({"in", "at", "on", "to", "during", "after", "before", "via", "by", "from", "with",
                                "him", "her", "them", "us", "me", "reporters", "journalists"})
# What joins a verb of saying to a clause whose quote is over: ' and said ', ', but added that '.
_AND_THEN_VERB = re.compile(r"[.,]?\s+(?:and|but)\s+(?:also\s+)?[a-z]+(?:\s+that)?\s*")


# A source described by a relative clause or a participle: "A company executive who asked not to be named",
# "Two people who attended the meeting", "a trader at a New York brokerage who asked not to be named",
# "Humanitarian agencies responding to Sunday's earthquake"; the first such word ends the head.
_HEAD_WORDS = r"\s*(?P<head>(?:[\w'’-]+\s+){0,6}?[\w'’-]+)\s+"
_NOT_PARTICIPLES = word_alternation("during including regarding concerning following excluding pending morning "
                                    "evening building something nothing anything everything".split())
DESCRIBED_SOURCE = re.compile(_HEAD_WORDS + r"(?:who|that|(?<=s\s)(?!" + _NOT_PARTICIPLES + r"\b)[a-z]+ing)\s+\S")
# The same, with "who" only: "that" after a speaker phrase is as often the start of what was said.
_DESCRIBED_BY_WHO = re.compile(_HEAD_WORDS + r"who\s+\S")
# What follows "said" when the speaker comes after the verb: a name (and its organisation) to the end.
# (not when and where it was said: "said on Monday", "said in Nairobi")
_NAME_TO_THE_END = re.compile(r"\s+(?!(?:on|in|at|last|this|during|from|by|to)\s)"
                              r"(?:[a-z][\w'’-]*\s+){0,4}[A-Z][\w'’.&-]*"
                              r"(?:\s+(?:(?:" + ELIDED + r")?[A-Z][\w'’.&-]*|of|the|at|for|and|on|&|" + NAME_PARTICLE
                              + r"(?=(?:\s+" + NAME_PARTICLE + r")?\s+[A-Z])))*"
                              r"\s*[.!?]?\s*$")
# Or a name, then the group the person is of or a description, to the end: "said hydrologist Renata Solis of
# the state geological survey.", "said Priya Lindqvist, who led the project.", "said Daniel Sang, chairman of
# the farmers' association."
_NAME_OF_GROUP_TO_THE_END = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){0,3}"
                                       r"(?P<name>[A-Z][\w'’.-]*"
                                       r"(?:\s+(?:" + NAME_PARTICLE + r"\s+){0,2}(?:" + ELIDED + r")?"
                                       r"[A-Z][\w'’.-]*){1,3})"
                                       r"(?:,?\s+(?:of|at|with|from|for)|"
                                       r",\s+(?:who|whose|a|an|the|" + ROLE_BEFORE_PREPOSITION + r"))"
                                       r"\s+[^.;!?\"“”]{2,80}?"
                                       r"\s*[.!?]?\s*$")
# Or one unnamed source, as written, to the end: "said a person involved in the design who was not
# authorised to speak publicly.", "said two people familiar with the matter."
UNNAMED_TO_THE_END = re.compile(r"\s+(?P<name>(?:a|an|one|two|three|several)\s+"
                                r"(?:(?:[a-z][\w'’-]*|[A-Z]{2,6})\s+){0,3}?"  # ("a senior NRB official")
                                + word_alternation(ANONYMOUS_HEADS) + r"\b"
                                # (not a clause of what was said: "said several members had reported")
                                r"(?!\s+(?:had|has|have|were|was|are|is|would|will|could|did|do|may|might|must)\b)"
                                r"[^.;!?\"“”]*?)\s*[.!?]?\s*$")


# What follows a speech verb that says only where or when the words were given: "the minister said in a
# statement.", "she said at a briefing on Monday."
_WHERE_SAID_ONLY = re.compile(_WHERE_SAID)


def _spoken_for(sentence, start, end, skip, said_from=None) -> bool:
    """Whether a sentence (at ``start:end`` of the body) is no reported speech of its own: it holds a long
    direct quote (``has_long_quote``), or the ``skip`` spans (direct quotes found already) take half of it.
    A few words quoted inside what was said stay a quote of their own within it ('said the funding was "a
    band-aid on a broken leg" and called for a review')."""
    if has_long_quote(sentence, said_from):
        return True
    quoted = sum(min(e, end) - max(s, start) for s, e in skip if s < end and start < e)
    return quoted * 2 > end - start


def _outside(body: str, start: int, end: int, spans) -> str:
    """The text of ``body[start:end]`` outside ``spans`` (and their quote marks)."""
    kept, at = [], start
    for span_start, span_end in sorted(spans):
        if span_end <= at or span_start >= end:
            continue
        kept.append(body[at:max(at, span_start - 1)])
        at = min(end, span_end + 1)
    kept.append(body[at:end])
    return " ".join(kept)


def subject_of_coordinated_verb(before: str) -> str | None:
    """The subject a speech verb shares with the verb before it, when ``before`` (the sentence up to the
    speech verb) ends in the word that joins them: "Mayor Patricia Henríquez welcomed the investment but",
    "Yen Bai's transport department has put the cost at 38 billion dong, and" give the words before the
    first verb; None otherwise, or for a subject longer than ``_COORDINATED_SUBJECT_WORDS``."""
    words = before.split()
    if len(words) < 3 or words[-1].lower() not in ("but", "and") or not words[0][:1].isupper():
        return None
    if "," in " ".join(words[:-1]).rstrip(","):
        # a comma before the one that joins the clauses: a subject in apposition ("The co-operative's chief
        # executive, Martin Dunleavy, welcomed the announcement but"), or a sentence not that simple
        described, _, verb_phrase = " ".join(words).rpartition(", ")
        return subject_before_apposition(described + ",") if _finite_verb(verb_phrase.split()[0]) else None
    for index, word in enumerate(words[1:_COORDINATED_SUBJECT_WORDS + 1], start=1):
        if _finite_verb(word) and words[index - 1].lower() not in _RELATIVE_PRONOUNS:
            return " ".join(words[:index])  # (not the verb of "Pensioners who gathered ... welcomed")
    return None


# How many words a subject shared by two verbs may take ("Marlock Bay Regional Council Mayor Jodie Kilroy").
_COORDINATED_SUBJECT_WORDS = 8


def _finite_verb(word: str) -> bool:
    """A word that can be the first verb after a subject: an auxiliary or a past tense ("has", "welcomed")."""
    return word[:1].islower() and (word in _FINITE_AUXILIARIES or word in _IRREGULAR_PAST
                                   or len(word) > 4 and word.endswith("ed"))


# Auxiliaries a subject is followed by: "The department has put ...".
_FINITE_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can"})
# Verbs of telling someone to do something, whose object is no statement ("told people to stay indoors").
_TELLING_TO = frozenset({"told", "tells", "asked", "asks", "urged", "urges"})


def gives_an_order(sentence: str, verb: str, verb_end: int) -> bool:
    """Whether "told" at ``verb_end`` of ``sentence`` tells someone to do something rather than what is so
    ("Police told residents to stay indoors")."""
    return verb in ("told", "tells") and _TOLD_TO_DO.match(sentence, verb_end) is not None


# Whom someone told to do something: up to three words that are no subject or verb of a clause of what was
# said ("told lawmakers it had to cut" is speech), then "to" and a verb.
_TOLD_TO_DO = re.compile(r"(?:\s+(?!(?:it|they|he|she|we|i|you|that|had|has|have|was|were|is|are|would|will|"
                         r"needed|wanted|hoped|planned|could)\b)[\w'’-]+){1,3}\s+to\s+(?!expect\b)[a-z]")


def _alleged_as_an_adjective(sentence: str, end: int, verb: str) -> bool:
    """Whether a verb of alleging describes a noun ("the alleged mastermind", "who represents alleged ringleader
    Jhon Barrera") rather than opening what someone alleges ("Prosecutors allege she misappropriated")."""
    return verb.lower() in _ALLEGING and _CLAUSE_AFTER_ALLEGING.match(sentence, end) is None


_ALLEGING = frozenset({"allege", "alleges", "alleged"})
# What follows a verb of alleging that opens a clause: "allege that", "allege she misappropriated", "alleged the
# workers were paid".
_CLAUSE_AFTER_ALLEGING = re.compile(r"\s+(?:that|the|he|she|they|it|his|her|its|their|[A-Z][\w'’-]*)\s")


def find_reported_speech(body: str, sentence_spans, book: SpeakerBook, skip=(), verbs=None) -> list[FoundQuote]:
    """``L3Harris said interest ... has surged``, ``Musk has said he never tried ...``: a sentence
    that opens with a speaker and a reporting verb, its rest being what was said. ``verbs``, when
    given, are the ``attributions.speech_verbs`` of each sentence span (None where not known)."""
    found = []
    for index, (start, end) in enumerate(sentence_spans):
        sentence = body[start:end]
        saying = _SUBJECT_SAYING.search(sentence) if ", saying " in sentence or " that " in sentence and (
            ", arguing " in sentence or ", insisting " in sentence or ", warning " in sentence
            or ", telling " in sentence) else None
        if saying and saying.group("arguing") and (saying.group("subject").lower() in DETERMINERS
                                                   or _SAID_BEFORE.search(sentence, 0, saying.start("arguing"))):
            saying = None  # "Their spokesman, Eirik Solbakken, said ..., arguing that": the cue's speaker goes on
        if saying and len(sentence[saying.end():].split()) >= 3 and not _spoken_for(sentence, start, end, skip):
            # "Finance Minister Orla Brennock defended the plan, saying the government had to weigh ...": the
            # sentence's subject says it
            content_end = len(sentence.rstrip().rstrip(".!?"))
            subject = _DAY_FIRST.sub("", saying.group("subject"))  # "On Friday Dalbit raised ...": Dalbit
            found.append(FoundQuote(start + saying.end(), start + content_end, sentence[saying.end():content_end],
                                    False, saying.group("apposed") or subject, cue_start=start))
            continue
        amid = _WITH_SOURCE_SAYING.search(sentence) if "with " in sentence and "ing " in sentence else None
        if amid and not _SAID_BEFORE.search(sentence, 0, amid.start()) \
                and not _spoken_for(sentence, start, end, skip):
            # "..., with boat owners warning that the cap could halve their income while ...": what the source
            # of the clause says, up to a clause of someone else's
            said = sentence[amid.end():]
            content_end = amid.end() + len(_OTHER_SOURCE_GOES_ON.split(said, 1)[0].rstrip().rstrip(".!?"))
            if len(sentence[amid.end():content_end].split()) >= 3:
                found.append(FoundQuote(start + amid.end(), start + content_end, sentence[amid.end():content_end],
                                        False, amid.group("subject"), cue_start=start + amid.start("subject")))
        going_on = _CUE_GOING_ON.search(sentence) if "ing " in sentence and ('"' in sentence or "”" in sentence) \
            else None
        if going_on and len(sentence[going_on.end():].split()) >= 3:
            # '"...," Olmedo said, noting the spending was equivalent to about 1.3%': the speaker of the quote
            # goes on in reported speech
            content_end = len(sentence.rstrip().rstrip(".!?"))
            found.append(FoundQuote(start + going_on.end(), start + content_end, sentence[going_on.end():content_end],
                                    False, going_on.group("speaker"), cue_start=start + going_on.start("speaker"),
                                    cue_end=start + going_on.end("verb")))
            continue
        told_after = _told_after_name(sentence) if " who " in sentence or ", which " in sentence else None
        if told_after is not None:
            # "..., said Mayor Theresa Okafor, who added that the city would hold a job fair": what the clause
            # after the name says is that person's, whatever the sentence said before it; after the subject
            # that opens the sentence the clause ends at its comma ("The union, which says it has 22,000
            # members, wants ...")
            name_at, name, content_at, cue_at, cue_end = told_after
            content_end = len(sentence.rstrip().rstrip(".!?"))
            opening = sentence[:name_at].strip(" \"“”'‘’")
            name_opens = not opening or opening in ("The", "the")
            if name_opens:
                comma = sentence.find(", ", content_at, content_end)
                content_end = comma if comma >= 0 else content_end
            content_start = start + content_at
            if len(sentence[content_at:content_end].split()) >= 3 \
                    and not _spoken_for(sentence[content_at:content_end], content_start, start + content_end, skip):
                found.append(FoundQuote(content_start, start + content_end, sentence[content_at:content_end],
                                        False, name, cue_start=start + cue_at, cue_end=start + cue_end))
                if name_opens:
                    continue
                # "About 9,300 drivers are eligible, said Marisol Teague, an organizer with App Drivers United,
                # which says it has 12,000 members": what the sentence said before the clause is someone's too
                relative_at = sentence.find(",", name_at + len(name))
                sentence, end = sentence[:relative_at], start + relative_at
        verb_at = _first_reporting_verb(sentence, verbs[index] if verbs is not None else None)
        if verb_at is None:
            continue
        said_last = _said_last(sentence, start, verb_at) if sentence[:verb_at[0]].rstrip().endswith(",") else None
        if said_last is not None:
            if not _spoken_for(sentence, start, end, skip):
                found.append(said_last)
            continue
        closing = _CLOSING_PRONOUN_CUE.match(sentence) if ", he " in sentence or ", she " in sentence \
            or ", they " in sentence or ", it " in sentence else None
        if closing and len(closing.group("content").split()) >= 3:
            # "Five patients remain in intensive care, she said.": the pronoun is resolved with the others; what
            # was said may run long before its cue
            if not _spoken_for(sentence, start, end, skip):
                found.append(FoundQuote(start, start + closing.end("content"), closing.group("content"), False,
                                        closing.group("pronoun"), cue_start=start + closing.start("pronoun"),
                                        cue_end=start + closing.end("verb")))
            continue
        colon = sentence.rfind(": ", 0, verb_at[0])
        if colon > 0 and sentence.count(" ", colon + 2, verb_at[0]) <= 6 and '"' not in sentence[:verb_at[0]] \
                and "“" not in sentence[:verb_at[0]]:
            # a clause of its own after a colon: "Pellets were harder to deal with: fisherman Arne Haugland said"
            start, sentence = start + colon + 2, sentence[colon + 2:]
            verb_at = (verb_at[0] - colon - 2, verb_at[1] - colon - 2)
        if sentence.count(" ", 0, verb_at[0]) >= 10:
            # the speaker opens the sentence, or a clause joined to it: "..., and a company spokesman said"
            joined = None
            for joined in _JOINED_CLAUSE.finditer(sentence, 0, verb_at[0]):
                pass  # the last one before the verb
            if joined is not None and sentence.count(" ", joined.end(), verb_at[0]) <= 6:
                start, sentence = start + joined.end(), sentence[joined.end():]
                verb_at = (verb_at[0] - joined.end(), verb_at[1] - joined.end())
            elif sentence.count(" ", 0, verb_at[0]) > 14 \
                    and subject_before_apposition(sentence[:verb_at[0]].rstrip()) is None \
                    and UNNAMED_WHO.fullmatch(sentence, 0, len(sentence[:verb_at[0]].rstrip())) is None \
                    and subject_of_coordinated_verb(sentence[:verb_at[0]]) is None \
                    and _after_a_placed_opening(sentence[:verb_at[0]].rstrip()) is None:
                # a long way to the verb, unless a described subject fills it ("Ana Ruiz, who owns ...,") or the
                # verb shares the sentence's subject ("The agency ordered the stadium closed ... and said"); the
                # first cue closed what came before it (read with the attributions), and a clause joined after
                # it may have a speaker of its own: "..., the panel said on Tuesday, and chief executive Hiroshi
                # Tanabe said he would resign"
                later = _ANOTHER_SPEAKER.search(sentence, verb_at[1])
                if later:
                    found.extend(find_reported_speech(body, [(start + later.start("clause"), end)], book, skip))
                continue
        if _spoken_for(sentence, start, end, skip, said_from=verb_at[1]):
            continue  # a short quote inside what was said stays in it: 'said the firm was "cooperating fully"'
        words = words_with_offsets(sentence[:verb_at[1]])
        for k in range(1, len(words)):
            word = words[k][0]
            if word in (",", ";", ":"):
                if k > 1 and not words[0][0][:1].isupper() and colon <= 0:
                    break
                continue
            low = word.lower()
            if low not in REPORTING_VERBS:
                if word in (".", "!", "?") and not (word == "." and (words[k - 1][0].lower() in abbreviations()
                                                                     or _NUMBER_NEXT.match(sentence, words[k][2]))):
                    break  # (not the full stop of "Hanseong Semiconductor Co. said", "a bakery on ul. Kosciuszki,
                    # said", nor "bought for Rs. 55.5 million")
                continue
            if words[k - 1][0].lower() in _RELATIVE_PRONOUNS:
                continue  # the verb of a clause about the speaker: "An executive who asked not to be named said"
            if words[k][1] < verb_at[0] and _IN_A_RELATIVE_CLAUSE.search(sentence, 0, words[k][1]):
                continue  # the clause's noun: "The institute, which handles compensation claims, said"
            if words[k - 1][0].lower() in NOT_BEFORE_A_VERB:
                continue  # an adjective or a noun: "losing an estimated $11m a day", "bracing for claims"
            if gives_an_order(sentence, low, words[k][2]):
                break  # "Police told residents to stay indoors": no words of theirs follow
            if _alleged_as_an_adjective(sentence, words[k][2], low):
                continue
            if _reckoned_noun(low, sentence, words[k][2]):
                continue  # a noun before its verb: "Early estimates put the cost at"
            if low == "expects":
                if words[k - 1][0].lower() not in ("he", "she"):
                    continue  # a person's own forecast, told after their words ("She expects Hanul to book ..."); a
                    # body's expectation is its plan more often than its words
            elif low in _RECKONING_VERBS and not _reckoned_by(words[k - 1][0], sentence, words[k][2]):
                continue  # a noun ("its repair estimate to $3.8 million"), or no source of its own ("and expect to")
            if states_nothing(words[k - 1][0], sentence, words[k][2]):
                break  # "the mediation service has been asked to step in": nobody says anything here
            if low in PUT_VERBS and (not PUT_AT.match(sentence, words[k][2])
                                or sentence[verb_at[0]:verb_at[1]].lower() not in PUT_VERBS):
                continue  # "put pressure on": no estimate; a verb of saying after it speaks for the sentence
            if _promises_a_thing(low, sentence, words[k][2]):
                continue  # "promised 120,000 dinars in emergency credit": what is promised, no words of the promiser's
            if low == "added" and ADDED_AMOUNT.match(sentence, words[k][2]):
                break  # "fees added about $6.1 million", "the operator added two sailings": no speech
            if words[k - 1][0] == "," and _speaker_to_the_end(sentence[words[k][2]:]):
                break  # "Truckers are idle, said Denise Ruiz of the Coalition.": read by _said_last
            if any(s <= start + words[k][1] < e for s, e in skip):
                continue  # '"... and nobody can say whether that is the last word," said': the quote's own words
            subject_text = sentence[:words[k][1]].rstrip()
            if subject_text.endswith(DAY_ENDINGS):
                subject_text = DAY_AFTER_COMMA.sub(",", subject_text)  # "..., Dr. Kofi Amoako-Tuffour, on Monday said"
            subject_words = k  # (a short name in brackets is no word of the subject's: "... Development (DSWD) said")
            aside = ASIDE_AFTER_NAME.search(subject_text) if subject_text.endswith(")") else None
            if aside is not None:
                subject_words -= len(words_with_offsets(aside.group(0)))
            described = DESCRIBED_SOURCE.match(subject_text)
            opened = subject_text.split(",", 1)
            # (not "told people to stay indoors", "asked residents not to": what they were told to do)
            coordinated = subject_of_coordinated_verb(subject_text) if low not in _TELLING_TO else None
            unnamed = UNNAMED_WHO.fullmatch(subject_text) if " who " in subject_text else None
            if unnamed is not None:
                subject_text = unnamed.group("head")  # "A nurse who asked not to be named because ... said"
            elif coordinated is not None:
                subject_text = coordinated  # "Mayor Ana Ruiz welcomed the plan but said": the sentence's subject
            elif described and "," not in subject_text:
                subject_text = described.group("head")  # "The man who owns the shop said": the man
            elif len(opened) == 2 and opened[0].split()[:1] and (opened[0].split()[0].lower() in _OPENERS
                                                                  or _TIME_THEN_SUBORDINATOR.match(opened[0])) \
                    and ("," not in opened[1] and len(opened[1].split()) <= 6
                         or _NAME_ALONE.fullmatch(subject_text.rsplit(",", 1)[1].strip())
                         and not sentence.startswith(",", words[k][2])):
                # "At St. Brigid Medical Center, emergency physician Dr. Hannah Osei said"; a name alone after more
                # than one comma: "Speaking to The Western Star at Nyakabale, some 30 kilometres from the border,
                # Ssekandi said", "In Port Ellery, Ont., paramedic dispatcher Karen Ostrowski said"
                subject_text = subject_text.rsplit(",", 1)[1]
                joined = subject_text.split(None, 1)
                if len(joined) == 2 and joined[0] in JOINING_WORDS:
                    subject_text = joined[1]  # "Last year's total was a record, and experts warn"
            elif "," in subject_text and (joined_speaker := _joined_speaker(subject_text)) is not None:
                subject_text = joined_speaker  # "The plan covers 4,300 trees, but the mayor said"
            elif subject_words >= 10 and low in SAYING_ONLY \
                    and (closing := closing_subordinate_subject(subject_text)) is not None:
                subject_text = closing  # "Shares in Letsatsi Diamonds fell 11.4% after the company said": the company
            elif subject_words >= 10 and not _ANONYMOUS_TAIL.fullmatch(subject_text) \
                    and not named_at_organisation(subject_text) \
                    and not UNNAMED_AT_LENGTH.fullmatch(subject_text):
                # "Kessler Biologics, a vaccine maker based in the state, said": only a name with an
                # appositive or relative clause between it and the verb (or a source described by what it
                # knows: "A person familiar with the association's talks with customs officers said")
                # (its auxiliary aside: "Vila Rica, which has some 210 stores, has said")
                subject_text = subject_before_apposition(_AUXILIARY_LAST.sub("", subject_text) if low in SAYING_ONLY
                                                         else subject_text) or _after_a_placed_opening(subject_text)
                if subject_text is None:
                    break
            elif "," in subject_text and _is_parenthetical_cue(subject_text, sentence, words[k][2]):
                subject_text = subject_text.rsplit(",", 1)[1]  # "Over the past decade, she said, nest counts ..."
            elif "," in subject_text:
                parts = [p.strip() for p in subject_text.split(",") if p.strip()]
                relative_last = len(parts) >= 2 and parts[-1].split()[0].lower() in ("which", "that", "who", "whom")
                if len(parts) == 1 and subject_text.endswith(",") and not parts[0].endswith(".") \
                        and not _NAME_ALONE.fullmatch(parts[0]):
                    # "The firm sold the plant, said a union boss.": what was said, its speaker after the verb; "The
                    # grant, announced on Tuesday, is paying": a participle, no speaker (but "Acme Inc., said", and
                    # a name whose title ended the sentence before: "Ing. | Pavla Horáková, said")
                    break
                if relative_last and len(parts) == 2 and subject_text.endswith(","):
                    subject_text = parts[0]  # "Trustee Martin Kessler, who voted no, said": the clause is closed
                elif relative_last:
                    break  # "The ruling, which lawyers said could be appealed, ...": not the subject's words
                elif len(parts) >= 2 and parts[0].split()[0].lower() in _OPENERS:
                    subject_text = parts[-1]  # "On Monday, the ministry said"
                elif len(parts) == 2 and KNOWN_AS.fullmatch(parts[1]):
                    subject_text = KNOWN_AS.fullmatch(parts[1]).group(1)  # "..., known as Coopervale, said"
                # "Benning's lawyer, Dr. Samuel Reyes, said": the appositive name is the speaker
                elif len(parts) >= 2 and (appositive := THE_HONOURED.sub("", parts[1])).split()[-1][:1].isupper() \
                        and (all(w[:1].isupper() or w in NAME_LINKS for w in appositive.split())
                             or THE_ACRONYM.fullmatch(appositive)):  # "Peru's banking regulator, the SBS, said"
                    subject_text = appositive  # ("The dean, the Very Rev. Catherine Marlowe, said": the name)
                else:
                    subject_text = parts[0] if parts else subject_text
            phrase = subject_text.strip() if unnamed or is_document_phrase(subject_text) \
                or UNNAMED_AT_LENGTH.fullmatch(subject_text) else phrase_before_verb(subject_text)
            if not phrase or low in PUT_VERBS and is_document_phrase(subject_text):
                break  # ("Industry estimates put the likely bill at about £1.8m": a document's figure, no speech)
            subject_words = subject_text.split()
            while len(subject_words) > 1 and subject_words[-1].lower() in _AUXILIARIES:
                subject_words.pop()  # "executives have said"
            if len(subject_words) > 1 and subject_words[0].lower() in JOINING_WORDS:
                subject_words.pop(0)  # "But parents in Migori told"
            subject_text = " ".join(subject_words)
            if subject_text.lower() in DETERMINERS:
                break  # "the claims window": a noun, not a speaker and a verb
            lowered = [w.lower() for w in subject_words]
            if len(subject_words) <= 6 and subject_words[-1].lower() not in PRONOUNS \
                    and (any(w in ANONYMOUS_HEADS for w in lowered[:2])
                         or one_unnamed_person(lowered)):
                # "Lawyers for the city argued": the lawyers, not the city; "A freight forwarder in Agadir"
                phrase = subject_text.strip()
            if subject_text.split()[0].lower() in ("if", "when", "as", "while", "although", "after", "before") \
                    or _TIME_THEN_SUBORDINATOR.match(subject_text):
                break  # "Days after Morocco announced a longer ban, ...": a clause of time, no speaker of the rest
            content_from = words[k][2]
            if low in ("told", "tells"):
                told = ADDRESSEE.match(sentence, content_from)
                if told and sentence.startswith(",", told.end()):
                    content_from = told.end()  # ", a senior official told the Post, adding that": whom, then on
            if sentence.startswith(",", content_from) and "," in sentence[:words[k][1]]:
                content_from += 1  # the cue was parenthetical: what was said goes on after its comma
                if _GOING_ON_AT.match(sentence, content_from - 1):
                    break  # ", adding that no one was hurt": read with the closing cue (pipeline.said_going_on)
                joined = _JOINED_ON.match(sentence, content_from)
                content_from = joined.end() if joined else content_from  # (", but it had no evidence": no "but")
            rest = sentence[content_from:]
            m = _TOLD_THAT.match(rest) if low in ("told", "tells") else _SAID_THAT.match(rest)
            if low in ("told", "tells") and not m:
                m = _TOLD_WHOM.match(rest) or _TOLD_OBJECT.match(rest)
            skip_len = m.end() if m else 0
            content_start = start + content_from + skip_len
            content_end = end
            while content_end > content_start and body[content_end - 1] in ".!? ":
                content_end -= 1
            closing = _closing_quote(sentence, verb_at[1]) if '"' in sentence or "“" in sentence else None
            if closing is not None and content_start < start + closing < content_end:
                content_end = start + closing  # the quote closing what was said is a claim of its own
            content = body[content_start:content_end]
            if len(content.split()) < 3 or content[:1] in (",", ".", ";") or _WHERE_SAID_ONLY.fullmatch(content):
                break
            if skip and len(_outside(body, content_start, content_end, skip).split()) < 2:
                break  # 'said, "We are done."': the direct quote is all that was said
            other = _ANOTHER_SPEAKER.search(content)
            if other and len(content[:other.start()].split()) >= 3:
                # "The club says it has 22 members, though club chairman Masao Endo said only 10 are fit": what
                # the first says ends where another speaker's clause begins, read as a sentence of its own
                content_end = content_start + other.start()
                content = content[:other.start()]
                found.extend(find_reported_speech(body, [(content_start + other.start("clause"), end)], book, skip))
            found.append(FoundQuote(content_start, content_end, content, False, phrase, cue_start=start))
            break
    return _said_of_a_noun(body, sentence_spans, found, skip)


def said_on_after_the_cue(body: str, sentence_spans, found) -> list[FoundQuote]:
    """More of what a source said, joined after the cue that closed it: "The company runs about 6,000 kilometres
    of track, he said, and some locomotives had been left in remote sidings." A clause with a verb of saying of
    its own is someone else's words, or read already. ``found``: the quotes with their speakers resolved, whose
    speaker the new ones take."""
    starts = [start for start, _ in sentence_spans]
    more = []
    for quote in found:
        index = bisect.bisect_right(starts, quote.start) - 1
        if quote.direct or index < 0:
            continue
        cue = _CUE_THEN_MORE.match(body, quote.end, sentence_spans[index][1])
        if cue is None:
            continue
        said = cue.group("more").rstrip().rstrip(".!?")
        at = cue.start("more")
        if len(said.split()) >= 3 and _REPORTING_VERB[said.isascii()].search(said) is None \
                and "according to" not in said \
                and not any(other.start < at + len(said) and at < other.end for other in found):
            more.append(replace(quote, start=at, end=at + len(said), content=said, cue_start=-1, cue_end=-1))
    return more


# The word joining what was said after a parenthetical cue to what came before it.
_JOINED_ON = re.compile(r"\s*(?:and|but)\s+")
# A cue closing what was said, then more of it: ", he said, and ...", ", the bank said, but ...", or what came of
# it: ", the commission said, leaving about 650 pilgrims still waiting".
_CUE_THEN_MORE = re.compile(r",\s+[^,;:\"“”]{1,80}?\b(?:said|says|added)(?:\s+on\s+\w+)?,(?:"
                            + _JOINED_ON.pattern + r"|\s+(?=(?:leaving|bringing|taking|raising|lifting|pushing)\s))"
                            r"(?P<more>[^;:\"“”]+)")


# One unnamed source and why it is not named, however long: "A nurse who asked not to be named because she was
# not authorised to speak to the media", "A senior executive at one of the largest insurers, who asked not to be
# named,".
UNNAMED_WHO = re.compile(r"(?P<head>(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s[^,;:\"“”]{2,90}?),?\s+who\s+"
                          r"(?:asked|spoke|requested|declined|was|were|is|are)\s[^;:\"“”]{2,160}?,?")


# A clause joined to what was said, with a speaker and a verb of saying of its own: ", though club chairman Masao
# Endo said", ", but the union says", ", as traders warned that", ", where a union official said".
_ANOTHER_SPEAKER = re.compile(r"(?:,\s+(?:and|but|while|though|although|whereas|as|where)|;)\s+"
                              # one unnamed source ("a union official"), or a name or a group
                              r"(?P<clause>(?:(?:a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z]+|"
                              r"(?:the\s+|a\s+|an\s+)?"
                              r"(?:[a-z][\w'’-]*\s+){0,3}(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|[a-z]+s))"
                              # (perhaps with a description: ", a rhino ecologist with the Kunene Rhino Trust,")
                              r"(?:,\s+(?:a|an|the)\s+[^,;\"“”]{3,80},)?\s+"
                              r"(?:said|says|say|told|tells|argued|argues|insisted|insists|countered|counters|warned|"
                              r"warns|warn|expect|expects)\b)")


# The auxiliaries that may stand between a subject and its verb of saying: "executives have said".
_AUXILIARIES = ("has", "have", "had")
_AUXILIARY_LAST = re.compile(r"\s+(?:" + "|".join(_AUXILIARIES) + r")$")
# Verbs that only say, never nouns nor verbs of asking ("has asked each buyer for"): a source whose words hold one
# was the source of that verb, and an auxiliary may stand before one.
SAYING_ONLY = frozenset({"said", "says", "say", "told", "tells"})


def _after_a_placed_opening(subject_text: str) -> str | None:
    """The subject after an opening phrase of place and a clause about the place: "At the processing plant in
    Caleta Los Ñires, where about 480 people gut and fillet fish on two shifts, workers" -> "workers", "At
    Ga-Sefara, a settlement ..., spaza shop owner Lerato Molefe" -> the shop owner; else None."""
    parts = subject_text.split(", ")  # (not the comma of "6,000")
    if len(parts) != 3 or not parts[0].split() or parts[0].split()[0].lower() not in _OPENERS:
        return None
    clause, subject = parts[1].split(), parts[2].split()
    if not clause or clause[0].lower() not in ("where", "when", "a", "an") or not 1 <= len(subject) <= 6:
        return None  # (a clause about the place, or what it is: "At Ga-Sefara, a settlement of about 6,000 people,")
    return parts[2].strip()


def _said_of_a_noun(body: str, sentence_spans, found, skip):
    """``found`` with what a source says of a noun before it, in a clause of the noun's ("a legal bill that
    insiders say could top half a million euro", "a range brokers said was wide", "blackouts that the grid
    operator now says have affected 2.6 million customers"): the words after the verb, to the clause's end,
    credited to that source. Reported speech read from the same words after "that" or "which" loses them to it
    (its speaker was read from outside the clause); other reported speech or quotes keep theirs."""
    same_start = {quote.start: quote for quote in found}
    taken = [(quote.start, quote.end) for quote in found] + list(skip)
    more = []
    for start, end in sentence_spans:
        sentence = body[start:end]
        if (" say" not in sentence and " said" not in sentence and " estimate" not in sentence) \
                or not _SAID_THEN_AUXILIARY.search(sentence):
            continue  # (the common case: no verb of saying, or one followed by what it says of its subject)
        for match in _SAID_OF_A_NOUN.finditer(sentence):
            content_start, content_end = start + match.start("content"), start + match.end("content")
            source = match.group("source")
            replaced = same_start.get(content_start) if source else None
            if replaced is None and source and source[:1].isupper():
                # "it has received GH¢15 million, money that Kwabena Asante-Darko said was also paying for the
                # centre": the reported speech around the clause ends before the noun the named source speaks of
                outer, cut = _reported_speech_around(body, found, start + match.start(), content_end)
                if outer is not None:
                    taken[taken.index((outer.start, outer.end))] = (outer.start, cut)
                    found[found.index(outer)] = replace(outer, end=cut, content=body[outer.start:cut])
            if len(match.group("content").split()) < 3 or replaced is None \
                    and any(at < content_end and content_start < to for at, to in taken):
                continue
            words = source.split() if source else ()
            if len(words) > 2 and not (words[0][:1].isupper() or words[-1][:1].isupper()
                                       or words[0] in _SOURCE_OPENERS):
                continue  # "stalls that take only QR-code payments said": a clause of the noun, not a source
            bare = match.group("bare")
            if bare and bare.islower() and match.group("noun") in (None, *_NOT_A_NOUN_BEFORE_SOURCE):
                continue  # "a person familiar with the company's plans said": the source is further back
            if bare and bare.lower() in ("the", "a", "an", "this", "that"):
                continue  # "The estimate has a range of ...": a noun after its article, no source
            taken.append((content_start, content_end))
            group = "source" if source else "bare"
            if replaced is not None:
                found.remove(replaced)
            more.append(FoundQuote(content_start, content_end, match.group("content"), False, match.group(group),
                                   cue_start=start + match.start(group)))
    return found + more


def _reported_speech_around(body, found, clause_start, clause_end):
    """``(quote, comma)``: the reported speech of ``found`` that runs over a noun's clause from ``clause_start``
    to ``clause_end``, and the comma before the noun, with at least three words of the quote's own before it;
    ``(None, -1)`` when there is none."""
    for quote in found:
        if not quote.direct and quote.start < clause_start and clause_end <= quote.end:
            cut = body.rfind(", ", quote.start, clause_start)
            if cut >= 0 and len(body[quote.start:cut].split()) >= 3:
                return quote, cut
    return None, -1


# The verb and the word that opens what is said of the noun: found first, by a plain search.
# (an estimate too: "a discount which Halmágyi estimated would cost a further HUF 300 million")
_SAYING_OF_A_NOUN = r"(?:say|says|said|estimate|estimates|estimated)"
_SAID_THEN_AUXILIARY = re.compile(r" " + _SAYING_OF_A_NOUN + r" (?:could|would|will|was|were|is|are|has|have|had|may|"
                                  r"might|can|should|it|they) ")
# Words that open a source of several words after "that" or "which" ("that the national grid operator says").
_SOURCE_OPENERS = frozenset({"the", "its", "their", "his", "her", "some", "many", "most", "several"})
# Words before a plural that make it no source of its own: a preposition or an article reaching further back.
_NOT_A_NOUN_BEFORE_SOURCE = frozenset({"of", "from", "at", "in", "with", "for", "on", "by", "to", "and", "or", "the",
                                       "a", "an", "that", "which"})
# A source and its verb inside a clause of a noun, then what the source says of it, which an auxiliary or a
# pronoun opens: after "that" or "which" ("that insiders say could top"), or right after the noun ("a range
# brokers said was wide", "a figure Wilczynski said was").
_SAID_OF_A_NOUN = re.compile(
    r"(?:\b(?:that|which)\s+(?P<source>(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){0,5}?[A-Za-z][\w'’-]*)"
    r"|(?:\b(?P<noun>[a-z][a-z-]*)\s+)?(?P<bare>(?!(?:has|was|is|this|its|his|as|us|does)\b)[a-z]+s"
    r"|(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][a-z]+))"
    r"\s+(?:now\s+|also\s+|have\s+|has\s+)?" + _SAYING_OF_A_NOUN + r"\s+"
    r"(?P<content>(?:could|would|will|was|were|is|are|has|have|had|may|might|can|should|it|they)"
    r"\s(?:[^,;:.!?\"“”]|(?<=\d)[.,](?=\d))*[^,;:.!?\"“”\s])")


def _speaker_to_the_end(rest: str):
    """The speaker phrase when ``rest`` (what follows a speech verb) is a speaker and nothing more, to the end
    of the sentence: " Denise Ruiz of the Coalition.", " a person familiar with the matter."; else None."""
    role_then_name = _ROLE_THEN_NAME_ALONE.match(rest)
    if role_then_name:
        return role_then_name.group("name")  # " Kolvanur superintendent of police Meera Hosmani."
    if _NAME_TO_THE_END.match(rest):
        return phrase_after_verb(rest)
    named = _NAME_OF_GROUP_TO_THE_END.match(rest)
    if named:
        if all(word.lower().rstrip(".") in TITLES for word in named.group("name").split()):
            # a title, then its body, then the name: " Deputy Superintendent of Police Bikash Gurung in Chame, ..."
            return phrase_after_verb(rest)
        return named.group("name")
    unnamed = UNNAMED_TO_THE_END.match(rest)
    if unnamed:
        return unnamed.group("name")
    role_first = ROLE_THEN_NAME_TO_THE_END.match(rest) if "," in rest else None
    return role_first.group("name") if role_first else None


# A role, perhaps with its place and its body, then a name, to the end: " Kolvanur superintendent of police Meera
# Hosmani.", " superintendent of police Meera Hosmani."
_ROLE_THEN_NAME_ALONE = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z][\w'’-]*\s+){0,2}"
                                   r"(?:" + word_alternation(ROLE_WORDS) + r")(?:\s+(?:of|for)\s+(?:the\s+)?"
                                   r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)?\s+"
                                   r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*[.!?]?\s*$")
# A role, perhaps whose it is, then the name in apposition, to the end: " Huaylluma's mayor, Celestino Mamani.",
# " the company's chief executive, Ana Ruiz."
ROLE_THEN_NAME_TO_THE_END = re.compile(r"\s+(?:the\s+)?(?:[\w'’-]+['’]s\s+)?(?:[a-z][\w'’-]*\s+){0,3}"
                                        r"(?:" + word_alternation(ROLE_WORDS) + r"),\s+"
                                        r"(?P<name>[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,2}\s+[A-Z][\w'’-]*)"
                                        r"\s*[.!?]?\s*$")


# A clause joined after a closing cue: ", and she fears", or what the sentence's subject does besides (", and want
# permits for 1,000 more").
_AND_A_CLAUSE = re.compile(r", and (?:(?:he|she|they|it) |(?=[a-z]))")


def _said_last(sentence: str, start: int, verb_at) -> FoundQuote | None:
    """Reported speech whose cue closes the sentence, verb first: "Flow had dropped by Monday, making it safer
    for teams on foot, said hydrologist Renata Solis of the state geological survey." (``start``: the
    sentence's offset in the body; ``verb_at``: where the verb is)."""
    if sentence.startswith(("told", "tells"), verb_at[0]):
        return None  # "..., Karima Bennani, the secretary of state, told reporters in Rabat": whom she told
    rest = sentence[verb_at[1]:]
    speaker = _speaker_to_the_end(rest)
    if speaker is None and ", and " in rest:
        joined = _AND_A_CLAUSE.search(rest)  # "..., said fisheries manager Leona Smallboy, and she fears ..."
        speaker = _speaker_to_the_end(rest[:joined.start()] + ".") if joined else None
    content = sentence[:verb_at[0]].rstrip().rstrip(",").rstrip()
    if speaker is None or len(content.split()) < 4 or content[:1] in ("\"", "“", "”"):
        return None
    return FoundQuote(start, start + len(content), content, False, speaker, cue_start=start + verb_at[0],
                      cue_end=start + len(sentence))


def _joined_speaker(subject_text: str) -> str | None:
    """The speaker of a clause joined after a comma, however long the sentence before it: "The store closed,
    and a spokesman" -> "a spokesman"; else None."""
    joined = subject_text.rsplit(",", 1)[1].split(None, 1)
    if len(joined) == 2 and joined[0].lower() in JOINING_WORDS and len(joined[1].split()) <= _JOINED_SPEAKER_WORDS:
        return joined[1]
    return None


# How long the speaker of a joined clause may be: "and Finance Minister Ana Ruiz of the ruling party".
_JOINED_SPEAKER_WORDS = 8


def _is_parenthetical_cue(subject_text: str, sentence: str, verb_end: int) -> bool:
    """", she said," ", Marsh said," or ", the company says," set off by commas inside a sentence: the speaker
    is the pronoun, name or noun between the commas, and what was said runs on both sides of the cue."""
    if not sentence.startswith(",", verb_end):
        return False
    speaker = subject_text.rsplit(",", 1)[1].split()
    if not speaker:
        return False
    if len(speaker) == 1 and speaker[0].lower() in PRONOUNS:
        return True
    return len(speaker) <= 3 and (all(word[:1].isupper() for word in speaker) or speaker[0] in ("the", "a", "an"))


def _first_reporting_verb(sentence: str, verbs=None):
    """``(start, end)`` of the first reporting verb in the first 200 characters of ``sentence`` (the first
    verb of saying, if any, before a verb of reckoning such as "expect"), or None. From the sentence's
    speech verbs when they are known and the sentence is no longer than that (a verb cut at the 200th
    character would count as one); else by a search."""
    if verbs is not None and len(sentence) <= 200:
        found = [(verb_start, verb_end, verb) for _, verb_start, verb_end, verb in verbs if verb in REPORTING_VERBS]
    else:
        found = [(match.start(), match.end(), match.group())
                 for match in _REPORTING_VERB[sentence.isascii()].finditer(sentence, 0, 200)]
    found = [item for item in found if not _AFTER_RELATIVE.search(sentence, max(0, item[0] - 12), item[0])
             and not _reckoned_noun(item[2], sentence, item[1]) and not _alleged_as_an_adjective(sentence, *item[1:])
             and not _after_an_article(sentence, item[0])
             and not _PASSIVE_BEFORE.search(sentence, max(0, item[0] - 8), item[0])
             and not _promises_a_thing(item[2], sentence, item[1])]
    # a verb's word inside a relative clause set off by commas is the clause's, when a verb follows the clause: "The
    # institute, which handles compensation claims, said"
    inside = [item for item in found if _IN_A_RELATIVE_CLAUSE.search(sentence, 0, item[0])]
    if inside and len(inside) < len(found):
        found = [item for item in found if item not in inside]
    # a verb of saying before a reckoning one: "Farmers expect yields of 14 bags, said Daniel Sang"; before an
    # estimate put at an amount too ("has put the cost at 38 billion dong, and says the work will take")
    saying = [item for item in found if item[2] not in _RECKONING_VERBS and item[2] not in PUT_VERBS] or found
    return saying[0][:2] if saying else None


# An auxiliary of the passive right before a verb: "since the fault was announced" says who announced nothing.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")


def _after_an_article(sentence: str, at: int) -> bool:
    """Whether the word at ``at`` follows an article, a possessive or a preposition, as a noun does ("called the
    claims lies", "opened a claims office"): no verb of saying (``NOT_BEFORE_A_VERB``)."""
    previous = sentence[:at].rsplit(None, 1)[-1:]
    return bool(previous) and sentence[at - 1:at] == " " and previous[0].lower() in NOT_BEFORE_A_VERB


# An open relative clause set off by a comma, up to a word: ", which handles compensation".
_IN_A_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\s[^,;:\"“”]*$")
# Words after which a reporting verb is read as an adjective or a noun: an article ("the reported figure") or a
# preposition ("bracing for claims", "in reports").
NOT_BEFORE_A_VERB = frozenset({"a", "an", "the", "for", "of", "in", "on", "with", "from", "about", "against", "over",
                               "into", "amid", "despite", "these", "those", "its", "their", "his", "her", "our",
                               "such"})


def closing_subordinate_subject(text: str) -> str | None:
    """The subject of the clause of time or cause that ``text`` closes with, its verb next ("Shares fell 11.4% last
    week after the company" gives "the company"), or None."""
    closing = _CLOSING_SUBORDINATE.search(text)
    return closing.group("subject") if closing and len(closing.group("subject").split()) <= 6 else None


_SUBORDINATORS_OF_TIME_OR_CAUSE = r"(?:after|when|because|since|before|until|once|although|though|while|whereas)"
_CLOSING_SUBORDINATE = re.compile(r"\s" + _SUBORDINATORS_OF_TIME_OR_CAUSE + r"\s+(?P<subject>(?:(?!\s"
                                  + _SUBORDINATORS_OF_TIME_OR_CAUSE + r"\s)[^,;:\"“”()]){2,80})$")
# A span of time before a subordinator, opening a clause of time: "Days after", "Two weeks before", "Hours since".
_TIME_THEN_SUBORDINATOR = re.compile(r"(?:(?:just|only|a|an|one|two|three|four|five|several|a\s+few|some|\d+)\s+)?"
                                     r"(?:moments?|minutes?|hours?|days?|weeks?|months?|years?)\s+"
                                     r"(?:after|before|since)\b", re.IGNORECASE)
# A verb right after a relative pronoun tells about the speaker, not what was said: "An executive who
# asked not to be named said ..."
_RELATIVE_PRONOUNS = ("who", "that", "which")
_AFTER_RELATIVE = re.compile(r"\b(?:" + "|".join(_RELATIVE_PRONOUNS) + r")\s+$", re.IGNORECASE)


# A name, perhaps after a role, and nothing else: "Ssekandi", "paramedic dispatcher Karen Ostrowski".
_NAME_ALONE = re.compile(r"(?:[a-z][\w'’-]*\s+){0,4}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")
# Words that open an adverbial before a sentence's subject: "On Monday, the ministry said"
_OPENERS = {"on", "in", "at", "after", "before", "last", "this", "earlier", "later", "however", "meanwhile",
            "separately", "also", "for", "during", "since", "when", "while", "if", "as", "although", "by",
            "from", "with", "under", "asked", "speaking", "writing", "today", "yesterday", "instead", "still",
            "now", "then", "but", "and", "yet", "overall", "elsewhere", "previously", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "outside", "inside", "in a statement"}


def _needs_antecedent(low: str) -> bool:
    """A pronoun or ``the company``: a speaker that an earlier sentence's subject may name."""
    return low in PRONOUNS or low.startswith("the ")


_OFFSET_THEN_KIND = itemgetter(0, 1)  # events before quotes at the same offset


def resolve_speakers(quotes: list[FoundQuote], book: SpeakerBook, events=()):
    """Resolve speakers in document order. ``events`` are ``(offset, name, kind)`` of sources named
    outside quotes (attributions), so ``She told reporters`` follows the last person named before it.
    A direct quote with no cue of its own continues the previous quote's speaker."""
    items = [(q.start, 1, q) for q in quotes] + [(offset, 0, (name, kind, False)) for offset, name, kind in events]
    needing = [q.start for q in quotes if q.speaker_raw is None or _needs_antecedent(q.speaker_raw.lower())]
    if book._body and needing:
        quoted = [(q.start - 1, q.end) for q in quotes if q.direct]  # from the opening mark
        _note_subjects(book._body, getattr(book, "sentence_spans", ()), book, max(needing), quoted)
    items += [(offset, 0, (name, kind, True)) for offset, name, kind in book.mentions]
    items.sort(key=_OFFSET_THEN_KIND)
    previous = None
    unnamed = None  # one unnamed source credited after the last person named: "A mechanic ... said"
    body_described = None  # the last source credited as "the <body>" that is no person nor group: "the akimat"
    for _, is_quote, item in items:
        if not is_quote:
            name, kind, subject = item
            if kind == "person":
                book.add_person(name)
                unnamed = None
                if subject:
                    previous = (name, kind)  # a quote with no cue after "Pell conceded." is Pell's
            elif kind == "organization":
                book.add_org(name)
            elif _one_unnamed(name, kind):
                unnamed = name
            continue
        if item.speaker_raw is None:
            if previous is not None:
                item.speaker, item.speaker_kind = previous
            continue
        if unnamed and item.speaker_raw.lower() in ("he", "she"):
            # '"We saw the testers turn up," he said' after "A mechanic, who asked not to be named, said": the
            # mechanic, kept as written, not a person named before
            item.speaker, item.speaker_kind = unnamed, "anonymous"
        elif item.speaker_raw.lower() == "they" and previous is not None and previous[1] == "anonymous" \
                and _is_a_group(previous[0]):
            # "Analysts at Hanbit Securities expect ... They estimate restructuring costs": the group just heard
            item.speaker, item.speaker_kind = previous
        elif gives_no_organisation(item.speaker_raw) and previous is not None \
                and previous[1] == "organization" and previous[0][:1].isupper():
            # "Thornbury Vale Water said ... '...,' a spokesman said": the one who speaks for the body just heard
            item.speaker, item.speaker_kind = speaking_for(item.speaker_raw, previous[0], book), "anonymous"
        else:
            _resolve(item, book)
            if item.speaker_kind == "person":
                unnamed = None
            elif _one_unnamed(item.speaker, item.speaker_kind):
                unnamed = item.speaker
            if item.speaker == item.speaker_raw and item.speaker.lower() == "it" and body_described is not None:
                # "The region's akimat, or local administration, said ... The terminal cost ..., it said": the
                # body just credited by what it is, which names no organisation the book knows
                item.speaker, item.speaker_kind = body_described
        if item.speaker:
            previous = (item.speaker, item.speaker_kind)
            if item.speaker_kind != "person" and _a_body_described(item.speaker):
                body_described = previous


def _a_body_described(name: str) -> bool:
    """Whether a source is a body credited by what it is ("the committee", "the region's akimat"), not a person
    by a role ("the airline's finance director") nor a group ("the villagers")."""
    words = name.lower().split()
    head = words[-1] if words and words[0] == "the" and len(words) <= 4 else ""
    return head.isalpha() and (head in ORG_HEADS or head in ORG_NOUNS
                                or not (head.endswith("s") or is_a_role(head) or counts_people(head)))


def _is_a_group(name: str) -> bool:
    """Whether an unnamed source is a group of people: its noun, before what they are of, is a plural
    ("analysts at Hanbit Securities", "industry officials")."""
    words = name.lower().split()
    for position, word in enumerate(words):
        if word in _PREPOSITIONS_OF_A_GROUP:
            words = words[:position]
            break
    return bool(words) and (words[-1] == "people" or words[-1].endswith("s") and not words[-1].endswith("ss"))


# What a group of sources is of or at: "analysts at Hanbit Securities", "residents of the valley".
_PREPOSITIONS_OF_A_GROUP = frozenset({"at", "of", "for", "from", "in", "with", "on"})


def _one_unnamed(name, kind) -> bool:
    """One unnamed person: "a mechanic", "an official"; not a group ("officials", "two sources") nor a document
    ("a state broadband office estimate")."""
    return kind == "anonymous" and bool(name) and _ONE_UNNAMED.match(name) is not None \
        and not is_document_phrase(name)


_ONE_UNNAMED = re.compile(r"(?:a|an|one)\s", re.IGNORECASE)


def find_quotes_in_text(text: str) -> list[FoundQuote]:
    """Direct quotes of a short text (used by the public-suite runner)."""
    from factcheck.extract.sentences import get_splitter

    spans = get_splitter().spans(text)
    quotes = find_direct_quotes(text, spans, SpeakerBook())
    resolve_speakers(quotes, SpeakerBook())
    return quotes
