"""Numbers written in digits or words: ``3,000``, ``1.5``, ``three``, ``six and a half``, ``a dozen``,
``twenty-five``, ``one hundred and twenty``, and their scales (``million``, ``bn``, ``m``, ``k``).

Works on word tokens (see ``tokenize``) so every step is linear in the input; no regex here can
backtrack over more than one token.
"""
from __future__ import annotations

import re
from itertools import accumulate

from factcheck.extract.patterns import AsciiTwin

# Words, numbers (digits with thousands separators or decimals) and single other characters.
# A leading decimal point (".25", "$.50") belongs to its number unless it ends a word or a number.
# Words come first: most tokens are words, and the first three branches cannot match at the same
# place (they start with a letter, a digit and a dot), so their order changes nothing but the speed.
# The optional and repeated groups end their branch, so nothing after them can fail and make ``re``
# give back what they took: written possessive (``?+``, ``*+``), they match the same and spare
# ``re`` the saving of backtracking points at every token.
TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?+(?:-[^\W\d_]+)*+|\d+(?:[.,]\d+)*+|(?<![\w.])\.\d+|\S")

# Thousands grouped by commas, also as India groups them ("1,24,500": lakhs, then thousands).
DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # the Indian numbering outlets in India use: "1.5 lakh images", "₹310 crore"
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}
# Abbreviated scales written after a number, attached or not: "$175bn", "€3.2m", "5k".
SHORT_SCALES = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000,
    "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000, "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000, "t": 1_000_000_000_000,
}
FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "fifth": 0.2, "tenth": 0.1}
# Denominators written as words: "two thirds", "three quarters", "five eighths", "two-thirds".
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8,
    "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
COLLECTIVES = {"dozen": 12, "score": 20}

NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES) | {"dozen"}


# ``split`` by the tokens, kept: the text cut into whitespace, token, whitespace, ..., token, whitespace
# (every character outside a token is whitespace, since ``\S`` is a token). The split finds ``TOKEN``'s
# tokens with each token's first character taken first (any non-space) and its branch chosen by looking
# back at that character: a pattern that opens with a character class lets ``re`` skip the whitespace
# in C (see patterns.py), where ``TOKEN`` is tried at every position. A dot opens a number only when
# no word character or dot stands before it, as in ``TOKEN``; an empty last branch is ``\S`` alone.
_TOKEN_FIRST_CHARACTER_FIRST = (r"\S(?:(?<=[^\W\d_])[^\W\d_]*+(?:['’][^\W\d_]+)?+(?:-[^\W\d_]+)*+"
                                r"|(?<=\d)\d*+(?:[.,]\d+)*+|(?<=\.)(?<![\w.]\.)\d++|)")
_TOKEN_SPLIT = AsciiTwin(re.compile("(" + _TOKEN_FIRST_CHARACTER_FIRST + ")"))


def tokenize(text: str):
    """``(token, start, end)`` triples over ``text``."""
    return tokens_and_words(text)[0]


def tokens_and_words(text: str):
    """``(tokens, words)``: the ``(token, start, end)`` triples over ``text``, and the tokens alone."""
    # The running sum of the pieces' lengths gives each token's start (after the whitespace before it)
    # and end (after itself).
    parts = token_pieces(text)
    offsets = list(accumulate(map(len, parts)))
    words = parts[1::2]
    return list(zip(words, offsets[0:-1:2], offsets[1::2])), words


def token_pieces(text: str):
    """``text`` cut by its tokens, kept: whitespace, token, whitespace, ..., token, whitespace. The
    tokens are ``pieces[1::2]``; ``pieces[2 * k]`` is the whitespace before token ``k``, empty where
    it touches the token before. One C-level split, on every sentence with a digit."""
    return _TOKEN_SPLIT[text.isascii()].split(text)


def parse_digits(token: str):
    """``"3,000"`` -> 3000, ``"1.5"`` -> 1.5; ``None`` when the token is not a plain number."""
    if len(token) > 24:
        return None  # longer digit runs are codes or junk, not quantities
    if token.isdecimal():
        return float(token)  # the commonest case: digits only, which DIGITS matches
    if not DIGITS.fullmatch(token):
        return None
    try:
        value = float(token.replace(",", ""))
    except ValueError:
        return None
    return value


def _word_value(word: str):
    """The value of a single number word, including hyphenated tens (``twenty-five``)."""
    word = word.lower()
    if word in UNITS:
        return UNITS[word]
    if word in TENS:
        return TENS[word]
    if "-" in word:
        head, _, tail = word.partition("-")
        if head in TENS and tail in UNITS and 0 < UNITS[tail] < 10:
            return TENS[head] + UNITS[tail]
        if head in UNITS and tail in DENOMINATORS and 0 < UNITS[head] < 10:
            return UNITS[head] / DENOMINATORS[tail]  # "two-thirds", "one-half"
        whole, fraction, rest = and_a_fraction(word)
        if fraction and whole in UNITS and not rest:
            return UNITS[whole] + fraction  # "seven-and-a-half"
    return None


def and_a_fraction(word: str):
    """``(whole, fraction, rest)`` of a word joined as "seven-and-a-half" ("seven", 0.5, "") or
    "four-and-a-half-year" ("four", 0.5, "year"); ``(word, None, "")`` for any other word."""
    head, joined, rest = word.partition("-and-a-")
    if not joined:
        head, joined, rest = word.partition("-and-an-")
    fraction_word, _, after = rest.partition("-")
    if joined and fraction_word in FRACTIONS:
        return head, FRACTIONS[fraction_word], after
    return word, None, ""


def parse_number_words(words, index: int):
    """Read a number written in words starting at ``words[index]`` (a list of tokens).

    Returns ``(value, end_index)`` (``end_index`` exclusive) or ``None``. Handles ``three``,
    ``twenty-five``, ``one hundred and twenty``, ``six and a half``, ``a dozen``, ``a million``,
    ``half a million``, ``two dozen``.
    """
    n = len(words)
    i = index
    first = words[i].lower() if i < n else ""
    # "a dozen", "a million", "a hundred", "a half"
    if first in ("a", "an") and i + 1 < n:
        nxt = words[i + 1].lower()
        if nxt in FRACTIONS:
            return FRACTIONS[nxt], i + 2  # "a quarter", "a quarter of voters", "a fifth of trips"
        if nxt in COLLECTIVES:
            return _with_fraction_and_scale(words, COLLECTIVES[nxt], i + 2)
        if nxt in SCALES:
            return _with_fraction_and_scale(words, SCALES[nxt], i + 2)
        return None
    if first == "half" and i + 2 < n and words[i + 1].lower() in ("a", "an") \
            and words[i + 2].lower() in SCALES:
        return SCALES[words[i + 2].lower()] / 2, i + 3
    if first == "half" and i + 2 < n and words[i + 1].lower() in ("a", "an") \
            and words[i + 2].lower() == "dozen":
        return 6, i + 3
    if first == "half" and (i + 1 < n and words[i + 1].lower() in ("of", "the", "its", "their", "his", "her", "our")
                            or i + 2 < n and words[i + 1].lower() == "a" and words[i + 2].lower() == "percentage"):
        return 0.5, i + 1  # "half of the money", "half the patients", "half their value", "half a percentage point"
    total = 0
    current = 0
    seen = False
    while i < n:
        word = words[i].lower()
        value = _word_value(word)
        if value is not None:
            if seen and current % 100 != 0 and current != 0 and value < 100 \
                    and not (current % 10 == 0 and current % 100 >= 20 and 0 < value < 10):
                break  # "three four" is two numbers, not one; "fifty two" is one
            if not float(value).is_integer():
                if seen:
                    break
                return _with_fraction_and_scale(words, value, i + 1)
            current += value
            seen = True
            i += 1
            continue
        if seen and word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
            i += 1
            continue
        if seen and word in ("dozen", "dozens"):
            current *= 12
            i += 1
            continue
        if seen and word in DENOMINATORS and 0 < current < 10 and not total:
            if word in ("half", "quarter", "third", "fourth") and current != 1:
                break  # "two half" is not a fraction
            if word in ("halves", "quarters") and current % 2 == 0:
                break  # "two quarters" (of a year) and "two halves" are counted, not one half
            return current / DENOMINATORS[word], i + 1  # "two thirds", "one eighth"
        if seen and word == "and" and i + 1 < n and _word_value(words[i + 1]) is not None \
                and (current >= 100 or total):
            i += 1  # "one hundred and twenty"
            continue
        break
    if not seen:
        return None
    return _with_fraction_and_scale(words, total + current, i, already_scaled=bool(total))


def fraction_after(words, i):
    """``(fraction, index after it)`` of "and a half" (or "and a quarter", ...) at ``words[i]``, else None."""
    if i + 2 < len(words) and words[i].lower() == "and" and words[i + 1].lower() in ("a", "an") \
            and words[i + 2].lower() in FRACTIONS:
        return FRACTIONS[words[i + 2].lower()], i + 3
    return None


def _with_fraction_and_scale(words, value, i, already_scaled=False):
    """Extend ``value`` with ``and a half`` and a following scale word."""
    n = len(words)
    fraction = fraction_after(words, i)
    if fraction is not None:
        value, i = value + fraction[0], fraction[1]
    if not already_scaled and i < n and words[i].lower() in SCALES and value < 1000 \
            and not (value < 1 and words[i].lower() == "hundred"):
        value *= SCALES[words[i].lower()]
        i += 1
    return value, i
