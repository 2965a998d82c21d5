"""Confidence (how sure the extractor is) and checkworthiness (how much a fact-checker would want to
look) for every claim, both in 0..1, by transparent additive rules so clients can reason about them.
"""
from __future__ import annotations

import re

from factcheck.extract.claims import Claim
from factcheck.extract.patterns import AnyWord, AsciiTwin

_NUMBER = AsciiTwin(re.compile(r"\d"))
_NOT_DIGIT = re.compile(r"[^\d.]")
# ``_NOT_DIGIT.sub("", text)`` for ASCII text, without a regex call per character removed
_KEEP_DIGITS_AND_POINT = {code: None for code in range(128) if not ("0" <= chr(code) <= "9" or chr(code) == ".")}
# An absolute word, in any case (see patterns.py)
_ABSOLUTE = AnyWord(["never", "always", "all", "none", "every", "no one", "first", "largest", "only"])
_ROUND = re.compile(r"^(?:[1-9]0*|[1-9]\.?5?0*)$")
_VAGUE_SOURCES = {"officials", "authorities", "police", "sources", "analysts", "experts", "critics",
                  "observers", "the company", "the government"}
_DURATION_UNITS = frozenset({"year", "day", "week", "month", "hour", "minute", "decade"})
_KIND_WEIGHT = {"anonymous": 0.15, "second_hand": 0.1, "document": 0.05, "organization": 0.0, "person": 0.0}


def score_figure(claim: Claim, attributed_kind: str | None) -> None:
    """A money, percent or counted figure with a subject is worth checking; a specific, non-round
    figure credited to an anonymous or second-hand source most of all."""
    figure = claim.figure
    unit = figure.unit
    worth = 0.45
    if unit in ("%", "percentage point") or (unit and len(unit) == 3 and unit.isupper()):
        worth += 0.2
    elif unit:
        worth += 0.1
    if figure.subject and len(figure.subject.split(None, 1)) == 2:  # two words or more
        worth += 0.05
    raw = figure.raw
    digits = raw.translate(_KEEP_DIGITS_AND_POINT) if raw.isascii() else _NOT_DIGIT.sub("", raw)
    significant = digits.replace(".", "").rstrip("0") or "0"
    # with its dots and trailing zeros gone, a round figure has one or two digits left ("5", "25")
    if digits and not (len(significant) <= 2 and _ROUND.match(significant)):
        worth += 0.05
    if attributed_kind:
        worth += _KIND_WEIGHT.get(attributed_kind, 0.0) + 0.05
    if figure.role == "target":
        worth -= 0.05
    if unit in _DURATION_UNITS:
        worth -= 0.2
    if figure.qualifier == "approximate":
        worth -= 0.05
    claim.checkworthiness = max(0.0, min(1.0, worth))
    confidence = claim.confidence
    if unit is None:
        confidence -= 0.1
    if not figure.subject:
        confidence -= 0.1
    claim.confidence = max(0.0, min(1.0, confidence))


def score_quote(claim: Claim) -> None:
    """Quotes with a resolved, named speaker are certain; a quote with numbers or a strong factual
    statement is more worth checking than an opinion."""
    quote = claim.quote
    confidence = 0.9 if quote.direct else 0.7
    if not claim.speaker:
        confidence -= 0.3
    elif claim.speaker_kind == "anonymous":
        confidence -= 0.05
    if claim.speaker and claim.speaker[:1].islower() and claim.speaker.lower() in ("he", "she", "they", "it"):
        confidence -= 0.2  # a pronoun we could not resolve
    worth = 0.4
    content = quote.content
    if _NUMBER[content.isascii()].search(content):
        worth += 0.25
    if claim.speaker_kind == "anonymous":
        worth += 0.15
    elif claim.speaker_kind == "second_hand":
        worth += 0.1
    if len(quote.content.split(None, 7)) == 8:  # eight words or more
        worth += 0.05
    if _ABSOLUTE.in_text(content):
        worth += 0.1
    claim.confidence = max(0.0, min(1.0, confidence))
    claim.checkworthiness = max(0.0, min(1.0, worth))


def score_attribution(claim: Claim, sentence_has_figure: bool) -> None:
    """``officials said Thursday`` ranks low; a figure credited to people familiar with the matter
    ranks high."""
    confidence = 0.85
    worth = 0.3
    speaker = (claim.speaker or "").lower()
    if speaker in _VAGUE_SOURCES:
        worth -= 0.1
    worth += _KIND_WEIGHT.get(claim.speaker_kind or "", 0.0)
    if sentence_has_figure:
        worth += 0.3
    if len(claim.sentence.split(None, 7)) < 8:  # fewer than eight words
        worth -= 0.1
    if len(speaker.split(None, 6)) > 6:  # more than six words
        confidence -= 0.15
    claim.confidence = max(0.0, min(1.0, confidence))
    claim.checkworthiness = max(0.0, min(1.0, worth))
