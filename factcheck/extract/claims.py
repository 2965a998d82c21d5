"""The claim shapes the extraction pipeline produces (see DESIGN.md, "A claim").

Dataclasses inside, plain dicts at the edge: ``Claim.to_dict()`` gives exactly the public claim keys.
``Figure`` carries two extension keys beyond the contract, ``role`` (what the number is within its
sentence: ``total``, ``part``, ``from``, ``to``, ``change``) and ``linked`` (the raw text of the
other figure of a pair such as ``78 of a planned 3,000`` or ``from $900 million to $13 billion``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

CLAIM_KEYS = (
    "id", "article_id", "type", "text", "start", "end", "sentence", "source", "published_at",
    "speaker", "speaker_kind", "confidence", "checkworthiness", "quote", "figure",
)

QUALIFIERS = ("exact", "approximate", "at_least", "more_than", "at_most", "less_than", "range")
SPEAKER_KINDS = ("person", "organization", "document", "anonymous", "second_hand")


def json_number(value):
    """A number as int when integral, else float; None stays None."""
    if value is None:
        return None
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        if value.is_integer() and abs(value) < 1e18:
            return int(value)
        return value
    return value


@dataclass(slots=True)
class Figure:
    """A number with its unit, scale, qualifier and what it measures."""

    value: float
    unit: str | None = None
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    subject: str | None = None
    raw: str = ""
    role: str | None = None
    linked: str | None = None
    measure: str | None = None

    def to_dict(self):
        """JSON-ready dict; integral numbers become ints."""
        return {
            "value": json_number(self.value),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "low": json_number(self.low),
            "high": json_number(self.high),
            "subject": self.subject,
            "raw": self.raw,
            "role": self.role,
            "linked": self.linked,
            "measure": self.measure,
        }


@dataclass(slots=True)
class Quote:
    """What was said; ``direct`` is False for reported speech."""

    content: str
    direct: bool = True

    def to_dict(self):
        """JSON-ready dict."""
        return {"content": self.content, "direct": self.direct}


@dataclass(slots=True)
class Claim:
    """One atomic claim found in an article body; ``body[start:end] == text``."""

    type: str
    text: str
    start: int
    end: int
    sentence: str = ""
    speaker: str | None = None
    speaker_kind: str | None = None
    confidence: float = 0.5
    checkworthiness: float = 0.5
    quote: Quote | None = None
    figure: Figure | None = None
    # Offsets of the sentence in the body; internal, not part of the public shape.
    sentence_start: int = field(default=0, repr=False)

    def to_dict(self):
        """The public claim shape; storage fills id, article_id, source and published_at."""
        return {
            "id": None,
            "article_id": None,
            "type": self.type,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "source": None,
            "published_at": None,
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "confidence": round(float(self.confidence), 3),
            "checkworthiness": round(float(self.checkworthiness), 3),
            "quote": self.quote.to_dict() if self.quote else None,
            "figure": self.figure.to_dict() if self.figure else None,
        }
