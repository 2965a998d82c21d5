"""Attributions: who a statement is credited to.

Input: one sentence. Output: ``FoundAttribution`` items (offsets relative to the sentence) for
``according to X``, ``X said/reported/estimated`` (leading or trailing), ``sources say``,
``citing X`` and ``people familiar with the matter said``; ``speaker`` is the credited source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from factcheck.extract.patterns import AsciiTwin, word_alternation
from factcheck.extract.quotes import REPORTING_VERBS, phrase_before_verb
from factcheck.extract.speakers import ORG_WORDS as _ORG_NAME_WORDS
from factcheck.extract.speakers import (
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    ORG_HEADS,
    ORG_NOUNS,
    ROLE_WORDS,
    SPEECH_VERBS,
    appositive_kind,
    clean_name,
)

ATTRIBUTION_VERBS = (
    "said|says|say|reported|reports|report|estimated|estimates|estimate|told|tells|announced|"
    "announces|confirmed|confirms|according|noted|notes|added|stated|claimed|claims|warned|warns|"
    "predicted|predicts|projected|projects|forecast|forecasts|calculated|found|showed|shows|wrote|"
    "argued|argue|argues|believe|believes|suggested|suggest|acknowledged|admitted|denied|testified|"
    "indicated|indicate|indicates|alleged|allege|alleges|concluded|insisted|maintain|maintained|contend|"
    "show|expected|expect|expects"
)
# Verbs a document or a study "says" with ("agency data show"), and forecasts analysts make: these
# credit a source only when their subject is one (a document noun, or analysts, economists, ...).
_DOCUMENT_VERBS = {"show", "shows", "showed", "indicate", "indicates", "indicated", "found"}
_FORECAST_VERBS = {"expected", "expect", "expects"}
_DOCUMENT_HEADS = DOCUMENT_NOUNS | {"results", "numbers", "statistics", "tally", "count", "projections", "polls",
                                    "surveys", "tests", "investigation", "inquiry", "probe", "researchers",
                                    "investigators", "scientists", "inspectors", "auditors", "analysts"}
_ATTRIBUTION_VERBS = frozenset(ATTRIBUTION_VERBS.split("|"))
# The speech verbs of a sentence, for attributions and for reported speech (quotes.REPORTING_VERBS):
# one scan finds both (see speech_verbs). A verb starts a word; the scan takes the non-word character
# before it as the first of its match, so that ``re`` skips ahead in C to the characters that can
# open one (see patterns.py), and runs on the sentence with a space put in front.
_SPEECH_VERB = AsciiTwin(re.compile(r"\W(?:has |have |had |also |later |previously )?(?P<verb>"
                                    + word_alternation(_ATTRIBUTION_VERBS | REPORTING_VERBS) + r")\b"))
_ACCORDING = re.compile(r"\baccording to (?P<src>[^,.;:!?\"“”()]{2,80})", re.IGNORECASE)
_CITING = re.compile(r"\b(?:citing|quoting) (?P<src>[^,.;:!?\"“”()]{2,80})")
# Where a credited source's name ends: "a report reviewed by ...", "officials in Kyiv"
_AUTHOR_NEXT = re.compile(r"\s+(?:(?:compiled|released|published|issued|provided|prepared|produced|filed|"
                          r"collected|kept) by|from)\s+(?:the\s+)?[A-Za-z]")
_SOURCE_CUT = re.compile(r"\s+" + word_alternation(
    "reviewed obtained seen released published cited issued filed compiled provided quoted who which that on in "
    "last this earlier as and but for to from at after before while since when".split()) + r"\b.*$")
_VAGUE = re.compile(r"^(?:officials|authorities|police|sources|analysts|experts|critics|observers)$", re.I)


_PASSIVE_AUX = {"is", "are", "was", "were", "be", "been", "being"}
# A quote right after the verb, or after a short clause: 'He added, "...'
_QUOTE_NEXT = re.compile(r"\s*[,:]?\s*[\"“]")
_QUOTE_AFTER_CLAUSE = re.compile(r"[^\"“”.]{0,60}[,:]\s*[\"“]")
# What may follow the verb of a trailing attribution before the clause ends ("said on Tuesday.")
_TRAILING_END = re.compile(
    r"(?:\s+(?:" + word_alternation(
        "on last this late early earlier in at to Thursday Friday Monday Tuesday Wednesday Saturday Sunday a an the "
        "statement interview reporters week month year morning afternoon evening night news conference "
        "briefing".split()) + r"|[A-Z][\w'’&-]*)\b)*\s*(?:[.!?\"”,;:]|$)")


_OPENER = re.compile(r"\s*(?:on|in|at|after|before|last|this|earlier|later|however|meanwhile|separately|also|"
                     r"during|since|today|yesterday|overall|elsewhere|previously|asked about)\b[^,;—]{0,40}$",
                     re.IGNORECASE)
_NOUN_VERBS = {"forecast", "forecasts", "estimate", "estimates", "report", "reports", "claims", "projects", "notes",
               "shows", "show", "says", "alleges", "suggests", "argues"}
_NOUN_USE = re.compile(r"\s+(?:is|was|are|were|has|had|will|would|could|calls|called)\b")
_TOLD_END = re.compile(r"(?:\s+[\w'’-]+){1,6}\s*(?:[.!?\"”,;:]|$)")
_RELATIVE_START = re.compile(r"\s*(?:which|that|who|whom)\s+(?=\S)", re.IGNORECASE)
_SUBJECT_NAME = re.compile(r"(?:The|the)\s+[a-z]+(?=\s)|(?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’-]*(?=\s+[a-z])")


def _subject_before_clause(before: str) -> str | None:
    """``Kessler Biologics, a vaccine maker based in the state,`` -> ``Kessler Biologics`` (an
    appositive or relative clause between a sentence's subject and its verb); None otherwise."""
    cut = before.find(",")
    head, middle = before[:cut].strip(), before[cut + 1:-1].strip()
    if not head or not middle or "," in middle or len(head.split()) > 6 or len(middle) > 100:
        return None
    if middle.split()[0].lower() in ("which", "who", "whose", "based", "headquartered", "one") \
            or appositive_kind(middle) is not None:
        return head
    return None


def _anonymous_first(clause: str) -> bool:
    """A leading clause that opens with its head noun: ``Health officials in Dunmore County``."""
    return any(w.lower() in ANONYMOUS_HEADS for w in clause.split()[:2])


_MEDIA_WORDS = {"news", "times", "post", "journal", "press", "network", "media", "herald", "gazette", "tribune",
                "telegraph", "chronicle", "daily", "radio", "tv", "television", "broadcasting", "wire"}


def _reports_itself(source: str) -> bool:
    """``Norvell Motors reported quarterly revenue``: a company or agency reporting its own figures is
    no second-hand source (``the Dunmore Gazette reported`` is)."""
    words = [w.lower().strip(".,") for w in source.split()]
    if any(w in _MEDIA_WORDS for w in words):
        return False
    return any(w in _ORG_NAME_WORDS for w in words[1:]) or (words[:1] == ["the"] and words[-1] in ORG_NOUNS)


def _sentence_subject(sentence: str) -> str | None:
    """The noun phrase that opens ``sentence`` when it names an organisation (``The company``,
    ``Norvell Motors``), for a trailing ``it said``."""
    match = _SUBJECT_NAME.match(sentence)
    if not match:
        return None
    phrase = match.group(0)
    low = phrase.lower()
    if low.startswith("the "):
        return phrase if low.split()[-1] in ORG_NOUNS or low.split()[-1] in ORG_HEADS else None
    return phrase if phrase.split()[-1].lower() in _ORG_NAME_WORDS else None


@dataclass
class FoundAttribution:
    """An attribution with offsets relative to its sentence."""

    start: int
    end: int
    speaker: str
    verb: str
    second_hand: bool = False
    leading: bool = False


def _clean_source(source: str) -> str:
    source = source.strip()
    # every match of _AUTHOR_NEXT holds "by" or "from": most sources hold neither
    author = _AUTHOR_NEXT.search(source) if "by" in source or "from" in source else None
    if author and _document_head(source[:author.start()]):
        # "unofficial results from the Harlow County Elections Office": the author stays with the document
        head, tail = source[:author.end() - 1], source[author.end() - 1:]
        source = head + _SOURCE_CUT.sub("", tail)
    else:
        source = _SOURCE_CUT.sub("", source)
    source = source.strip(" ,;:")
    if source[:1].isupper() or source.startswith("the ") and source[4:5].isupper():
        source = clean_name(source)
    return source


def _document_head(phrase: str) -> bool:
    words = _LOWER_WORDS.findall(phrase.lower())
    return bool(words) and words[-1].removesuffix("'s") in _DOCUMENT_HEADS


_LOWER_WORDS = re.compile(r"[a-z][\w'’-]*")
_SOURCE_DETERMINERS = {"a", "an", "the", "two", "three", "four", "several", "some", "many", "other", "most",
                       "senior", "both", "all", "each", "its", "their", "his", "her", "our", "state", "city",
                       "county", "federal", "local", "company", "government", "agency", "district", "police"}
# Words that may stand before a source's name in a trailing clause: "chairman Robert Finch told",
# "the state Department of Health said"; a conjunction or a relative word may not.
_NOT_BEFORE_SOURCE = {"that", "which", "who", "whom", "when", "if", "because", "as", "while", "after", "before",
                      "since", "although", "though", "whether", "where", "what", "how", "why", "until", "unless"}


def _looks_like_source(phrase: str, clause: str, leading: bool) -> bool:
    """A credited source is a name, a determiner phrase or a group noun; and it is the whole clause
    before the verb (trailing; a determiner, a role or a modifier may come first: ``chairman Robert
    Finch``, ``the state Department of Health``) or its end within a few words (leading)."""
    clause_words = clause.split()
    phrase_words = phrase.split()
    if leading:
        if len(clause_words) > len(phrase_words) + 3:
            return False
    elif len(clause_words) != len(phrase_words):
        extra = clause_words[:len(clause_words) - len(phrase_words)]
        if not extra or len(extra) > 3 or not phrase[:1].isupper() \
                or any(w[:1].isupper() or w.lower() in _NOT_BEFORE_SOURCE for w in extra) \
                or not (extra[0].lower() in _SOURCE_DETERMINERS or extra[-1].lower() in ROLE_WORDS):
            return False
    first = phrase_words[0].lower()
    if phrase[:1].isupper():
        return True
    last = phrase_words[-1].lower()
    return first in _SOURCE_DETERMINERS \
        or any(w.lower() in ANONYMOUS_HEADS for w in phrase_words[:2]) or last in ORG_NOUNS \
        or last.removesuffix("s") in ORG_NOUNS or last.removesuffix("s") in ORG_HEADS or _document_head(phrase)


def speech_verbs(sentence: str) -> list[tuple[int, int, int, str]]:
    """``(start, verb_start, end, verb)`` of each speech verb that stands as a word in ``sentence``;
    ``start`` is where a "has", "also", "later", ... right before the verb starts, else the verb's
    start. The attribution verbs among them are the matches of
    ``(?<!\\w)(?:has |...)?(?:said|reported|...)\\b`` over the sentence: a word can be one verb of the
    list at most, and the words before a verb are no verbs, so the other verbs in the scan hide none
    of them. The reporting verbs are those ``quotes._REPORTING_VERB`` finds."""
    padded = " " + sentence  # offsets in it are one more than in the sentence
    return [(match.start(), match.start("verb") - 1, match.end() - 1, match.group("verb"))
            for match in _SPEECH_VERB[sentence.isascii()].finditer(padded)]


def find_attributions(sentence: str, verbs=None) -> list[FoundAttribution]:
    """Attributions of one sentence, in order of position. ``verbs`` are its ``speech_verbs`` when
    the caller has them already."""
    found: list[FoundAttribution] = []
    low = sentence.lower()
    if "according to" in low:
        for match in _ACCORDING.finditer(sentence):
            source = _clean_source(match.group("src"))
            if source and len(source.split()) <= 8:
                found.append(FoundAttribution(match.start(), match.start("src") + len(source), source,
                                              "according to"))
    if "citing" in low or "quoting" in low:
        for match in _CITING.finditer(sentence):
            source = _clean_source(match.group("src"))
            if source:
                found.append(FoundAttribution(match.start(), match.start("src") + len(source), source,
                                              "citing", second_hand=True))
    quoting = '"' in sentence or "“" in sentence  # the quote patterns below need one of these
    for verb_start, _, verb_end, verb in speech_verbs(sentence) if verbs is None else verbs:
        if verb == "according" or verb not in _ATTRIBUTION_VERBS:
            continue
        before = sentence[:verb_start].rstrip()
        if before.endswith(("\"", "“", "”")):
            continue  # a quote's own attribution: the quote claim carries it
        last_word = before.rsplit(None, 1)
        if last_word and last_word[-1].lower() in _PASSIVE_AUX:
            continue  # passive: "is projected to cost"
        clause_start = max(before.rfind(","), before.rfind(";"), before.rfind("—"))
        leading = clause_start < 0
        clause = before[clause_start + 1:] if clause_start >= 0 else before
        if clause_start >= 0 and _OPENER.match(before, 0, clause_start):
            leading = True  # "In a statement, Acme Corp said", "On Monday, the ministry said"
        relative = False
        if before.endswith(","):
            # "Kessler Biologics, a vaccine maker based in the state, said": the name before the clause
            head = _subject_before_clause(before)
            if head is None:
                continue
            clause, leading = head, True
        elif clause_start >= 0 and _RELATIVE_START.match(clause):
            # "..., which officials said could push more families indoors"
            clause, relative = _RELATIVE_START.sub("", clause), True
        if not clause.strip() or clause.lstrip()[:1] in ("\"", "“", "”"):
            continue
        if quoting and (_QUOTE_NEXT.match(sentence, verb_end) or _QUOTE_AFTER_CLAUSE.match(sentence, verb_end)):
            continue  # "He added, \"...\"": the quote claim carries the speaker
        # a trailing attribution ends the sentence: ", the company said on Tuesday."
        trailing = clause_start >= 0 and (_TRAILING_END.match(sentence, verb_end) is not None
                                          or verb in ("told", "tells") and _TOLD_END.match(sentence, verb_end))
        if not (leading or trailing or relative):
            continue
        if found and any(item.start <= verb_start < item.end for item in found):
            continue  # "according to its annual report"
        phrase = phrase_before_verb(clause.rstrip())
        if phrase and leading and len(clause.split()) <= 8 and _anonymous_first(clause):
            phrase = clause.strip()  # "Analysts polled by FactSet", "Health officials in Dunmore County"
        pronoun_at = -1
        if phrase and phrase.lower() in ("it", "they") and trailing and clause.strip().lower() == phrase.lower():
            pronoun_at = before.rfind(phrase)
            phrase = _sentence_subject(sentence)  # "The company delivered 58,000 vehicles, it said"
        elif phrase and not _looks_like_source(phrase, clause, leading or relative):
            continue
        if not phrase or phrase.lower() in ("it", "this", "that", "which", "who", "there", "he", "she",
                                            "they", "we", "i", "you", "the", "a", "an", "its", "their"):
            continue
        if verb in _NOUN_VERBS and _NOUN_USE.match(sentence, verb_end):
            continue  # "The forecast is expected to change": the word is a noun here
        if verb in _DOCUMENT_VERBS and not _document_head(phrase):
            continue  # "The film shows ...": only documents and studies show
        if verb in _FORECAST_VERBS and not any(w in ANONYMOUS_HEADS for w in _LOWER_WORDS.findall(phrase.lower())[:3]):
            continue  # "analysts expected"; "the company expected" is not a credited source
        if leading and len(clause.split()) > 8:
            continue
        source = _clean_source(phrase) if phrase[:1].isupper() or phrase.startswith("the ") else phrase
        if not source:
            continue
        phrase_start = pronoun_at if pronoun_at >= 0 else before.rfind(phrase) if not leading else before.find(phrase)
        if phrase_start < 0:
            phrase_start = sentence.rfind(phrase, 0, verb_start)
            if phrase_start < 0:
                continue
        found.append(FoundAttribution(phrase_start, verb_end, source, verb, leading=leading,
                                      second_hand=verb in ("reported", "reports") and not _reports_itself(source)))
    if len(found) > 1:
        found.sort(key=attrgetter("start"))
    return found


def is_vague(source: str) -> bool:
    """``officials``, ``police``: a source too general to check on its own."""
    return bool(_VAGUE.match(source.strip()))


__all__ = ["FoundAttribution", "find_attributions", "is_vague", "speech_verbs", "SPEECH_VERBS"]
