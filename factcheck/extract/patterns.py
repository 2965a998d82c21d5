"""Regex helpers shared by the extraction components.

Python's ``re`` tries every alternative of ``said|says|say|...`` at every position of the text; the
same words factored into a prefix tree (``sa(?:id|ys?)``) let it give up after one character at most
positions. ``word_alternation`` builds that tree, so a long word list costs little more than a short
one. Patterns built from it match exactly what the plain alternation matched when both sides end at
a word boundary (``\\b``): only one word of the list can then match at a given position.

A search for a pattern that opens with a character class (or a literal) goes in C from one place
where that class matches to the next; a pattern that opens with an assertion (``\\b``, a lookbehind)
or a repeat is tried at every position of the text. So a pattern that must look at the character
before its match takes its first character first and looks back past it (``[A-Z](?<!\\w.)`` matches
where ``\\b[A-Z]`` does), or takes the character before as part of the match, on the text with a
space put in front (``\\Wsaid`` on ``" " + text`` finds where ``(?<!\\w)said`` does).
"""
from __future__ import annotations

import re


def _latin_letters(case_test) -> str:
    """The letters of the Latin scripts (Latin-1, Extended-A and -B, Extended Additional) that pass
    ``case_test``, as the inside of a regex character class, in ranges."""
    codes = [code for block in ((0xC0, 0x250), (0x1E00, 0x1F00)) for code in range(*block)
             if case_test(chr(code))]
    ranges, first = [], codes[0]
    for previous, code in zip(codes, codes[1:] + [None]):
        if code != previous + 1:
            ranges.append(chr(first) if first == previous else chr(first) + "-" + chr(previous))
            first = code
    return "".join(ranges)


# Capital and small letters of names in any Latin script, for character classes: "Şahin", "Aydınoğlu",
# "Łukasz Wróbel", "Nguyễn". ``re`` has no Unicode categories; ``[A-Z]`` alone drops these names.
LATIN_CAPITALS = "A-Z" + _latin_letters(str.isupper)
LATIN_SMALL = "a-z" + _latin_letters(str.islower)

# Month names and their abbreviations, in lower case.
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                    "sept", "oct", "nov", "dec"})
# The days of the week, in lower case and in order (Monday is 0, as ``date.weekday`` counts).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A day between a subject set off by commas and its verb: "..., Dr. Kofi Amoako-Tuffour, on Monday announced";
# ``DAY_AFTER_COMMA.sub(",", text)`` closes the subject's clause again (``DAY_ENDINGS``: a cheap check first).
DAY_ENDINGS = tuple(day.capitalize() for day in WEEKDAYS) + ("yesterday", "today")
DAY_AFTER_COMMA = re.compile(r",\s+(?:on\s+)?(?:" + "|".join(DAY_ENDINGS) + r")$")
# A role in an appositive after a name, known by the preposition after it: ", chairman of the branch", ", head
# of research" (a pattern piece).
ROLE_BEFORE_PREPOSITION = r"(?:[a-z]+\s+){0,2}[a-z]+(?=\s+(?:of|at|for|with)\s)"
# The particles a surname may open with: "Maarten de Groot", "Ludwig van der Berg", "Maria do Céu Antunes".
NAME_PARTICLE = r"(?:de|van|von|der|den|da|das|do|dos|del|di|du|le|la)"
# A particle elided or hyphened before a capital, written as one word with it: "Louis d'Entremont", "Khalid
# al-Rawahi".
ELIDED = r"(?:d['’]|[ae]l-)"
ELIDED_PARTICLE = re.compile(ELIDED + r"(?=[A-Z])")
# Words that join a clause with a subject of its own to the clause before it: "The store closed, and a company
# spokesman said", "..., but Cr Hemi Walker, who voted against the plan, said".
JOINING_WORDS = frozenset({"and", "but", "while", "so", "yet", "although", "though", "whereas"})
# The world's countries by their short names in English news: a country is a place, never an organisation.
COUNTRIES = frozenset({"Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia",
    "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin",
    "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso",
    "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde", "Central African Republic", "Chad", "Chile", "China",
    "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia",
    "Côte d'Ivoire", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "East Timor", "Ecuador", "Egypt",
    "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France",
    "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau",
    "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel",
    "Italy", "Ivory Coast", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait",
    "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania",
    "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania",
    "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
    "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria",
    "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea",
    "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saint Lucia",
    "Samoa", "San Marino", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore",
    "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Korea", "South Sudan", "Spain",
    "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
    "Thailand", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu", "Uganda",
    "Ukraine", "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu",
    "Vatican City", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe"})


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


class AsciiTwin(tuple):
    """``(pattern, twin)``: a compiled pattern and its twin compiled with ``re.ASCII``, indexed by
    ``text.isascii()``: ``twins[text.isascii()]`` is the one to run on ``text`` (a tuple lookup, no
    Python call, on the hottest paths).

    Most article text is plain ASCII. On ASCII text ``\\w``, ``\\d``, ``\\b`` and case folding mean the
    same in both modes, and ASCII mode decides them from a table instead of the Unicode database;
    the twin also spells out its classes so that each is one bitmap (see ``_ascii_source``). ``\\s``
    is the one difference (Unicode mode also counts the separators ``\\x1c``-``\\x1f`` as space), so
    the twin names those. Text with any other character gets the Unicode pattern (``str.isascii``
    reads a flag, it does not scan).
    """

    __slots__ = ()

    def __new__(cls, pattern: re.Pattern):
        if (pattern.flags & re.IGNORECASE or "(?i" in pattern.pattern) and not pattern.pattern.isascii():
            # non-ASCII letters may fold to ASCII ones ("K" Kelvin sign, long "ſ") in Unicode mode only
            raise ValueError("a case-insensitive pattern needs an ASCII source: " + pattern.pattern)
        twin = re.compile(_ascii_source(pattern.pattern), (pattern.flags & ~re.UNICODE) | re.ASCII)
        return super().__new__(cls, (pattern, twin))

    @property
    def unicode(self) -> re.Pattern:
        return self[0]

    @property
    def ascii(self) -> re.Pattern:
        return self[1]

    def on(self, text: str) -> re.Pattern:
        """The pattern to run on ``text`` (or on any part of it)."""
        return self[text.isascii()]


# What the classes of Unicode mode hold among ASCII characters, spelled out so that a class made of
# them is one bitmap (a class that names a category tests it for every character). ``\s`` also holds
# the separators ``\x1c``-``\x1f``, which ASCII mode's ``\s`` leaves out.
_ASCII_IN_CLASS = {"\\w": "A-Za-z0-9_", "\\d": "0-9", "\\s": "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f "}


def _ascii_source(source: str) -> str:
    r"""``source`` for ASCII text: ``\s`` and ``\S`` as explicit classes (with the separators); inside
    classes ``\w``, ``\d`` and ``\s`` spelled out and characters beyond ASCII, which ASCII text never
    holds, left out (unless they take part in a range); the letters class ``[^\W\d_]`` as ``[A-Za-z]``."""
    source = source.replace("[^\\W\\d_]", "[A-Za-z]")
    out = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            escape = source[index:index + 2]
            if escape == "\\s":
                out.append("[" + _ASCII_IN_CLASS["\\s"] + "]")
            elif escape == "\\S":
                out.append("[^" + _ASCII_IN_CLASS["\\s"] + "]")
            else:
                out.append(escape)
            index += 2
        elif char == "[":
            index = _ascii_class(source, index, out)
        else:
            out.append(char)
            index += 1
    return "".join(out)


def _ascii_class(source: str, index: int, out: list) -> int:
    """Append the ASCII form of the class that opens at ``source[index]``; return where it ends."""
    index += 1
    negated = source[index:index + 1] == "^"
    if negated:
        index += 1
    members = []
    if source[index:index + 1] == "]":  # a "]" right after "[" or "[^" is a literal
        members.append("]")
        index += 1
    while source[index] != "]":
        char = source[index]
        if char == "\\":
            escape = source[index:index + 2]
            if escape == "\\S":
                raise ValueError("\\S inside a class has no ASCII twin: " + source)
            members.append(_ASCII_IN_CLASS.get(escape, escape))
            index += 2
            continue
        if char.isascii() or "-" in (source[index - 1], source[index + 1]):
            members.append(char)
        index += 1  # else: a character ASCII text cannot hold
    if members:
        out.append(("[^" if negated else "[") + "".join(members) + "]")
    else:
        out.append("[\\x00-\\x7f]" if negated else "(?!)")  # any character / none at all
    return index + 1


def non_word_as_space(lower: bool = False) -> bytes:
    """A ``bytes.translate`` table for ASCII text: every non-word character made a space (and the
    letters lower-cased when ``lower``). A search that opens with a non-word character (``\\W``) can
    then open with a literal space, which ``re`` finds by a tight loop in C, several times faster than
    it tests a class at every character; the words, and where they start and end, stay as they were.
    (``bytes.translate`` reads a table; ``str.translate`` looks up every new character in a dict.)"""
    table = bytearray(b" " * 256)
    for code in range(128):
        char = chr(code)
        if char.isalnum() or char == "_":
            table[code] = ord(char.lower() if lower else char)
    return bytes(table)


_LOWER_WORDS_SPACED = non_word_as_space(lower=True)


class AnyWord:
    """``AnyWord(words).in_text(text)``: whether one of ``words`` (in lower case) stands as a word in
    ``text``, in any case.

    The search takes the non-word character before the word as the first of its match, on the text
    with a space put in front, so that ``re`` skips ahead in C (see above). On ASCII text it runs
    case-sensitively on the lower-cased text: lower-casing ASCII moves no character and changes no
    word boundary, and ``re`` then compares plain characters instead of folding the case of each
    (twice as fast). Other text gets the case-insensitive pattern (``folding``). Before either, ASCII
    text is searched as bytes, lower-cased and with its non-word characters made spaces (see
    ``non_word_as_space``): a word of the list stands in the text only if it stands there, and for
    words without a space in them ("no one" would also stand in "no-one") only if it does.
    """

    __slots__ = ("folding", "lower", "spaced", "single_words")

    def __init__(self, words):
        words = set(words)
        if any(word != word.lower() or not word.isascii() for word in words):
            raise ValueError("AnyWord needs lower-case ASCII words")
        alternation = word_alternation(words)
        source = r"\W" + alternation + r"\b"
        self.folding = re.compile(source, re.IGNORECASE)
        self.lower = re.compile(source, re.ASCII)
        self.spaced = re.compile(b" " + alternation.encode("ascii") + rb"\b")
        self.single_words = all(re.fullmatch(r"\w+", word, re.ASCII) for word in words)

    def in_text(self, text: str) -> bool:
        if text.isascii():
            if self.spaced.search((" " + text).encode("ascii").translate(_LOWER_WORDS_SPACED)) is None:
                return False
            return self.single_words or self.lower.search(" " + text.lower()) is not None
        return self.folding.search(" " + text) is not None


def dateline_place(body):
    """The place of the dateline ``body`` opens with, in its capitals ("RATNAPURA - ", "SAN LORENZO, Colombia (AW)
    —", "OSTRÓW LĘDZKI, Poland"), or None."""
    dateline = _DATELINE_PLACE.match(body)
    return dateline.group(1) if dateline and dateline.group(1).isupper() else None


# A dateline's place, in any script's capitals (checked by ``dateline_place``).
_DATELINE_PLACE = re.compile(r"\s*([^\W\d_][\w'’.-]+(?: [^\W\d_][\w'’.-]+){0,3})\s*(?:,|\(|—|–|-)")
