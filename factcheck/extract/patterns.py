"""Regex helpers shared by the extraction components.

Python's ``re`` tries every alternative of ``said|says|say|...`` at every position of the text; the
same words factored into a prefix tree (``sa(?:id|ys?)``) let it give up after one character at most
positions. ``word_alternation`` builds that tree, so a long word list costs little more than a short
one. Patterns built from it match exactly what the plain alternation matched when both sides end at
a word boundary (``\\b``): only one word of the list can then match at a given position.

A search for a pattern that opens with a character class (or a literal) runs in C from one place
where that class matches to the next; a pattern that opens with an assertion (``\\b``, a lookbehind)
or a repeat is tried at every position of the text, several times slower. So a pattern that must
look at the character before its match takes its first character first and looks back past it:
``[A-Z](?<!\\w.)`` matches where ``\\b[A-Z]`` does.
"""
from __future__ import annotations

import re


def word_alternation(words) -> str:
    """A non-capturing regex matching any of ``words``, factored by common prefixes."""
    return _factor(sorted({w for w in words if w}))


def _factor(suffixes) -> str:
    groups: dict[str, list[str]] = {}
    ends_here = False
    for suffix in suffixes:
        if not suffix:
            ends_here = True
            continue
        groups.setdefault(suffix[0], []).append(suffix[1:])
    branches = [re.escape(first) + _factor(rest) for first, rest in sorted(groups.items())]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body
