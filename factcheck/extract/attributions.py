"""Attributions: who a statement is credited to.

Input: one sentence. Output: ``FoundAttribution`` items (offsets relative to the sentence) for
``according to X``, ``X said/reported/estimated`` (leading or trailing), ``sources say``,
``citing X`` and ``people familiar with the matter said``; ``speaker`` is the credited source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.patterns import word_alternation
from factcheck.extract.quotes import phrase_before_verb
from factcheck.extract.speakers import ANONYMOUS_HEADS, ORG_NOUNS, SPEECH_VERBS, clean_name

ATTRIBUTION_VERBS = (
    "said|says|say|reported|reports|report|estimated|estimates|estimate|told|tells|announced|"
    "announces|confirmed|confirms|according|noted|notes|added|stated|claimed|claims|warned|warns|"
    "predicted|predicts|projected|projects|forecast|forecasts|calculated|found|showed|shows|wrote|"
    "argued|argue|argues|believe|believes|suggested|suggest|acknowledged|admitted|denied|testified|"
    "indicated|indicate|indicates|alleged|allege|alleges|concluded|insisted|maintain|maintained|contend"
)
_VERB = re.compile(r"(?<!\w)(?:has |have |had |also |later |previously )?(?P<verb>"
                   + word_alternation(ATTRIBUTION_VERBS.split("|")) + r")\b")
_ACCORDING = re.compile(r"\baccording to (?P<src>[^,.;:!?\"“”()]{2,80})", re.IGNORECASE)
_CITING = re.compile(r"\b(?:citing|quoting) (?P<src>[^,.;:!?\"“”()]{2,80})")
# Where a credited source's name ends: "a report reviewed by ...", "officials in Kyiv"
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
    source = _SOURCE_CUT.sub("", source.strip())
    source = source.strip(" ,;:")
    if source[:1].isupper():
        source = clean_name(source)
    return source


def _looks_like_source(phrase: str, clause: str, leading: bool) -> bool:
    """A credited source is a name, a determiner phrase or a group noun; and it is the whole clause
    before the verb (trailing) or its end within a few words (leading)."""
    clause_words = clause.split()
    phrase_words = phrase.split()
    if leading:
        if len(clause_words) > len(phrase_words) + 3:
            return False
    elif len(clause_words) != len(phrase_words):
        return False
    first = phrase_words[0].lower()
    if phrase[:1].isupper():
        return True
    return first in ("a", "an", "the", "two", "three", "several", "some", "many", "other", "most", "senior") \
        or any(w.lower() in ANONYMOUS_HEADS for w in phrase_words[:2]) or phrase_words[-1].lower() in ORG_NOUNS


def find_attributions(sentence: str) -> list[FoundAttribution]:
    """Attributions of one sentence, in order of position."""
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
    for match in _VERB.finditer(sentence):
        verb = match.group("verb")
        if verb == "according":
            continue
        before = sentence[:match.start()].rstrip()
        if before.endswith(("\"", "“", "”")):
            continue  # a quote's own attribution: the quote claim carries it
        if before.rsplit(None, 1)[-1:] and before.rsplit(None, 1)[-1].lower() in _PASSIVE_AUX:
            continue  # passive: "is projected to cost"
        clause_start = max(before.rfind(","), before.rfind(";"), before.rfind("—"))
        leading = clause_start < 0
        clause = before[clause_start + 1:] if clause_start >= 0 else before
        if not clause.strip() or clause.lstrip()[:1] in ("\"", "“", "”"):
            continue
        verb_end = match.end()
        if _QUOTE_NEXT.match(sentence, verb_end) or _QUOTE_AFTER_CLAUSE.match(sentence, verb_end):
            continue  # "He added, \"...\"": the quote claim carries the speaker
        # a trailing attribution ends the sentence: ", the company said on Tuesday."
        after = sentence[verb_end:]
        trailing = clause_start >= 0 and _TRAILING_END.match(sentence, verb_end) is not None
        if not (leading or trailing):
            continue
        if any(item.start <= match.start() < item.end for item in found):
            continue  # "according to its annual report"
        phrase = phrase_before_verb(clause.rstrip())
        if phrase and not _looks_like_source(phrase, clause, leading):
            continue
        if not phrase or phrase.lower() in ("it", "this", "that", "which", "who", "there", "he", "she",
                                            "they", "we", "i", "you"):
            continue
        if leading and len(clause.split()) > 8:
            continue
        if leading and after.strip()[:1] in (".", "") and not trailing:
            pass
        source = _clean_source(phrase) if phrase[:1].isupper() else phrase
        if not source:
            continue
        phrase_start = before.rfind(phrase)
        if phrase_start < 0:
            continue
        found.append(FoundAttribution(phrase_start, match.end(), source, verb, leading=leading,
                                      second_hand=verb in ("reported", "reports")))
    found.sort(key=lambda item: item.start)
    return found


def is_vague(source: str) -> bool:
    """``officials``, ``police``: a source too general to check on its own."""
    return bool(_VAGUE.match(source.strip()))


__all__ = ["FoundAttribution", "find_attributions", "is_vague", "SPEECH_VERBS"]
