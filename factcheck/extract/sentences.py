"""Sentence splitting: nltk Punkt built from parameters shipped in this package, tuned for news.

Input: an article body (``str``). Output: ``(start, end)`` character spans, one per sentence, with
``body[start:end]`` stripped of surrounding whitespace. No ``nltk.download``: the abbreviation list,
the orthographic hints and the collocations live in ``data/punkt_news.json``; Punkt is assembled from
them once per process. Around Punkt sit a few rules it has no notion of: paragraphs (Punkt does not
treat a blank line as a boundary), continuations in lower case after a quote or an ellipsis, and
numbered or lettered lists run together on one line.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)


# Orthographic context flags, as Punkt defines them (nltk.tokenize.punkt._ORTHO_*).
_ORTHO_BEG_UC = 1 << 1
_ORTHO_MID_UC = 1 << 2
_ORTHO_BEG_LC = 1 << 4
_ORTHO_MID_LC = 1 << 5
_ORTHO_UC = (1 << 1) | (1 << 2) | (1 << 3)  # begins, middle, unknown position: upper case
_ORTHO_LC = (1 << 4) | (1 << 5) | (1 << 6)  # begins, middle, unknown position: lower case


# Punkt's white-space classes, and the classes that read them as nltk's ``regex`` engine does.
_WHITE_SPACE_CLASS = re.compile(r"(?<!\\)\\([sS])")
_AS_REGEX_READS_IT = {"s": r"[^\S\x1c-\x1f]", "S": r"[\S\x1c-\x1f]"}


def _compiled_as_regex_reads_it(pattern: str, flags: int = 0) -> re.Pattern:
    """One of Punkt's patterns compiled with ``re`` so that it matches what nltk's ``regex`` engine matches:
    ``re`` takes the control characters \\x1c to \\x1f for white space, ``regex`` does not (the only
    characters the two read differently in ``\\s``)."""
    return re.compile(_WHITE_SPACE_CLASS.sub(lambda match: _AS_REGEX_READS_IT[match.group(1)], pattern), flags)


class NewsLanguageVars(PunktLanguageVars):
    """Punkt's English defaults, with curly closing quotes allowed after a sentence end.

    Punkt's own patterns for the text it runs over (the context of a possible sentence end, the closing
    punctuation realigned after one, its word tokenizer; ``NewsToken``'s) are compiled with ``re``: nltk
    wraps them in the ``regex`` engine with a timeout checked on every call, which is slower, and none of
    them can backtrack catastrophically (a character class, a lazy run up to a lookahead), as the
    adversarial-input tests check."""

    sent_end_chars = (".", "?", "!")
    re_boundary_realignment = _compiled_as_regex_reads_it(PunktLanguageVars.re_boundary_realignment.pattern,
                                                          re.MULTILINE)

    def period_context_re(self):
        if "_plain_period_context" not in self.__dict__:
            self._plain_period_context = _compiled_as_regex_reads_it(
                self._period_context_fmt % {"NonWord": self._re_non_word_chars,
                                            "SentEndChars": self._re_sent_end_chars}, re.VERBOSE)
        return self._plain_period_context

    def _word_tokenizer_re(self):
        if "_plain_word_tokenizer" not in self.__dict__:
            self._plain_word_tokenizer = _compiled_as_regex_reads_it(
                self._word_tokenize_fmt % {"NonWord": self._re_non_word_chars,
                                           "MultiChar": self._re_multi_char_punct,
                                           "WordStart": self._re_word_start}, re.VERBOSE)
        return self._plain_word_tokenizer


class NewsToken(PunktToken):
    """Punkt's token, its patterns without a letter class compiled with ``re`` (see ``NewsLanguageVars``).
    Its letter classes stay ``regex``'s: the two engines disagree on what a letter is ("²" is one to ``re``)."""

    _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
    _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)


class NewsPunkt(PunktSentenceTokenizer):
    """Punkt, with two shortcuts that give its own results:

    - its per-character Python loop for the last whitespace is ``str.rfind`` (the index of the last
      whitespace character, 0 when there is none);
    - the common contexts around an inner full stop, a word or a number then one simple token
      (``Gen. Rachel``, ``U.S. Space``, ``Inc. reported``, ``Calif. —``, ``Jan. 6,``, ``12. The``,
      ``$59. Owners``, ``sooner."``), are decided without Punkt's word tokenizer and token
      objects, by the rules Punkt applies to exactly that pair of tokens (see
      ``_pair_breaks``). Every other context goes to Punkt itself.
    """

    def _get_last_whitespace_index(self, text: str) -> int:
        return max(text.rfind(" "), text.rfind("\n"), text.rfind("\t"), text.rfind("\r"), text.rfind("\x0b"),
                   text.rfind("\x0c"), 0)

    def text_contains_sentbreak(self, text: str) -> bool:
        match = _SIMPLE_CONTEXT.fullmatch(text)
        if match is not None:
            return self._pair_breaks(match.group("first"), match.group("next") or match.group("mark"))
        return super().text_contains_sentbreak(text)

    def _pair_breaks(self, first: str, following: str) -> bool:
        """Punkt's verdict on ``first`` + full stop + ``following``, two tokens shaped as
        ``_SIMPLE_CONTEXT`` lets them be: the first is no initial (two letters at least, dotted
        like ``U.S.``, or a number), no ellipsis and no sentence-end mark; the second has no full
        stop (it never breaks, so the first decides).

        First pass: an abbreviation (also its part after a hyphen) is marked ``abbr``, any other
        token ``sentbreak``. Second pass: a known collocation clears the break; an abbreviation
        breaks when the orthographic heuristic says the next token starts sentences or when it is
        a capitalised frequent sentence starter; a number stops breaking when the heuristic says
        the next token does not start one (it is in lower case, or punctuation)."""
        params = self._params
        low = first.lower()
        typ = "##number##" if _PUNKT_NUMBER.fullmatch(first) else low  # Punkt's number type
        next_typ = "##number##" if following.isdigit() else following.lower()
        if (typ, next_typ) in params.collocations:
            return False
        abbr = low in params.abbrev_types or low.split("-")[-1] in params.abbrev_types
        if abbr:
            starts = self._starts_sentence(following, next_typ)
            if starts is True or following[0].isupper() and next_typ in params.sent_starters:
                return True
        if typ == "##number##" and self._starts_sentence(following, next_typ) is False:
            return False
        return not abbr

    def _starts_sentence(self, token: str, typ: str):
        """Punkt's orthographic heuristic for ``token``: True, False or ``"unknown"``."""
        if token in _PUNKT_PUNCTUATION:
            return False
        ortho = self._params.ortho_context.get(typ, 0)
        if token[0].isupper() and ortho & _ORTHO_LC and not ortho & _ORTHO_MID_UC:
            return True
        if token[0].islower() and (ortho & _ORTHO_UC or not ortho & _ORTHO_BEG_LC):
            return False
        return "unknown"


# A context as ``_match_potential_end_contexts`` hands it over, in the shapes ``_pair_breaks``
# decides: the word before the stop (ASCII letters, dotted letters like ``U.S``, or a number such as
# ``12``, ``1,240``, ``2-1``, ``$59``, ``$175bn``), the stop, then either whitespace and the next
# token (ASCII letters, digits or a dash, optionally with a comma or a possessive, which Punkt's word
# tokenizer splits off and which cannot change the verdict on the first token) or a closing mark
# right after the stop. Each shape is one token to Punkt's word tokenizer, so the pair is exactly
# what Punkt would judge.
_SIMPLE_CONTEXT = re.compile(
    r"(?P<first>[A-Za-z]{2,}|[A-Za-z](?:\.[A-Za-z])+|\$?\d+(?:[-.,]\d+)*[a-z]*)\."
    r"(?:\s+(?P<next>[A-Za-z]+|\d+|[—–])(?:,|['’]s)?|(?P<mark>[\"”’)\]]))")
# Punkt's ``_RE_NUMERIC``, for the shapes above (a token it reads as a number has the type ##number##)
_PUNKT_NUMBER = re.compile(r"\d+(?:[-.,]\d+)*")
_PUNKT_PUNCTUATION = tuple(";:,.!?")  # PunktSentenceTokenizer.PUNCTUATION


@lru_cache(maxsize=1)
def load_parameters() -> dict:
    """The shipped Punkt parameters (abbreviations, sentence starters, collocations)."""
    raw = resources.files("factcheck.extract").joinpath("data/punkt_news.json").read_text("utf-8")
    return json.loads(raw)


@lru_cache(maxsize=1)
def abbreviations() -> frozenset:
    """The words a full stop abbreviates without ending a sentence ("Corp.", "ul."), lower case, no stop."""
    return frozenset(a.lower().rstrip(".") for a in load_parameters()["abbreviations"])


def build_punkt() -> PunktSentenceTokenizer:
    """Assemble a Punkt tokenizer from the shipped parameters (no training, no download)."""
    data = load_parameters()
    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    params.collocations = {tuple(pair) for pair in data.get("collocations", [])}
    # Words seen in lower case mid-sentence and capitalised only at a sentence start: after an
    # abbreviation ("the U.S. How about you?") such a word opens a new sentence.
    for word in data["sentence_starters"]:
        params.ortho_context[word.lower()] = _ORTHO_BEG_UC | _ORTHO_MID_LC
    params.sent_starters = {w.lower() for w in data["sentence_starters"]}
    return NewsPunkt(params, lang_vars=NewsLanguageVars(), token_cls=NewsToken)


_LOWER_START = re.compile(r"[\"'“‘(\[]*[a-z]")
# A list marker at the start of a sentence: "1.", "1.)", "1)", "a.", "• 9.", "⁃10."
_LIST_MARKER = re.compile(
    r"(?:(?<=\s)|^)(?:[•⁃▪◦‣*-]\s?)?(?:\d{1,3}\.\)|\d{1,3}[.)]|[a-z][.)])(?=\s)"
)
_MARKER_ONLY = re.compile(r"(?:[•⁃▪◦‣*-]\s?)?(?:\d{1,3}\.\)|\d{1,3}[.)]|[a-z][.)])")
_BULLET = re.compile(r"(?:(?<=\s)|^)[•⁃▪◦‣](?=\s?\S)")
_BULLET_CHARS = "•⁃▪◦‣"
# "word. Capital": Punkt always breaks there when the word is no abbreviation (group 2 ends the cut).
_PLAIN_BREAK = re.compile(r"(?<![\w.])([A-Za-z]*[a-z]{2})([.!?][\"'”’)\]]*)(?=\s+[\"“‘(]?[A-Z])")
# The same break found from its stop: a regex that must start at a letter is tried at every position
# of the text and is several times slower than one that starts at a stop mark.
# (The closing marks are taken possessively, ``*+``: a mark given back would stand where the space must.)
_STOP_THEN_CAPITAL = re.compile(r"[.!?][\"'”’)\]]*+(?=\s+[\"“‘(]?[A-Z])")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _plain_breaks(text: str, stops: StopMarks):
    """``(word, cut)`` for every match of ``_PLAIN_BREAK`` in ``text``: the ASCII word before a stop
    (ending in two lower-case letters, not preceded by a word character or a dot) and the offset
    where the stop and its closing marks end. ``stops`` are the text's ``StopMarks``."""
    for match in stops.stops_before_capitals():
        stop = match.start()
        if stop < 2 or text[stop - 1] not in _ASCII_LOWER or text[stop - 2] not in _ASCII_LOWER:
            continue  # (tested before the walk back: most stops follow a number or a capital)
        start = stop - 2
        while start > 0 and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        if start > 0:
            before = text[start - 1]
            if before == "." or before == "_" or before.isalnum():
                continue
        yield text[start:stop], match.end()


# A stop, its closing marks (possessive, as above) and a space.
_INNER_BREAK = re.compile(r"[.!?…][\"'”’)\]]*+\s")
# ASCII text as bytes with every stop read as "." and all whitespace (what ``\s`` takes) as " ": the
# patterns above, on it, open with a literal "." that ``re`` finds by a tight loop in C, several times
# faster than it tests the class of stops at every character. No other character changes, so the
# matches are the same. (``bytes.translate`` reads a table: ``str.translate`` looks up a dict.)
_STOPS_AND_SPACES = bytes(ord(".") if chr(code) in ".!?" else ord(" ") if chr(code) in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "
                          else code for code in range(256))
_INNER_BREAK_SPACED = re.compile(rb"\.[\"')\]]*+ ")
_STOP_THEN_CAPITAL_SPACED = re.compile(rb"\.[\"')\]]*+(?= +[\"(]?[A-Z])")


class StopMarks:
    """The searches for stops in one text (a block item), run on its ``_STOPS_AND_SPACES`` copy when
    it is ASCII: translated once, searched up to three times (the item, its plain breaks, its
    segments)."""

    __slots__ = ("text", "spaced")

    def __init__(self, text: str):
        self.text = text
        self.spaced = text.encode("ascii").translate(_STOPS_AND_SPACES) if text.isascii() else None

    def inner_break(self, start: int = 0, end: int | None = None) -> bool:
        """Whether ``text[start:end]``, its trailing whitespace left out, holds a stop, its closing
        marks and a space (``_INNER_BREAK``)."""
        piece = self.text[start:end]
        end = start + len(piece.rstrip())
        if self.spaced is None:
            return _INNER_BREAK.search(self.text, start, end) is not None
        return _INNER_BREAK_SPACED.search(self.spaced, start, end) is not None

    def stops_before_capitals(self):
        """The matches of ``_STOP_THEN_CAPITAL`` over the text."""
        if self.spaced is None:
            return _STOP_THEN_CAPITAL.finditer(self.text)
        return _STOP_THEN_CAPITAL_SPACED.finditer(self.spaced)


_DOTS_ONLY = re.compile(r"^[.…\s\"'”’)\]]*[.…][.…\s\"'”’)\]]*$")
_DOT_RUN_CHARS = ".…\"'”’)]"  # what a piece of dots may start with, besides whitespace


def _dots_only(piece: str) -> bool:
    """Whether ``piece`` is dots, ellipses, closing marks and whitespace only (``_DOTS_ONLY``); the
    regex runs only for the pieces that start like that, not for the ones that start with a word."""
    first = piece[:1]
    return bool(first) and (first in _DOT_RUN_CHARS or first.isspace()) and _DOTS_ONLY.match(piece) is not None


_WORD_FINAL_STOP = re.compile(r"\w[.!?]$")
_LONE_STOP_END = re.compile(r"(?:^|\s)\.$")
_NEWLINE_RUN = re.compile(r"[ \t\r\f\v]*\n\s*")


# Abbreviations that are words when written in lower case: "No. 1", but "Two commissioners voted no. Reyes
# said ..." ends a sentence.
_WORDS_NOT_ABBREVIATED = frozenset({"no"})


class SentenceSplitter:
    """Splits a body into sentence spans; build once, call many times (thread-safe, stateless)."""

    def __init__(self):
        self._punkt = build_punkt()
        self._abbreviations = frozenset(self._punkt._params.abbrev_types)

    def spans(self, body: str) -> list[tuple[int, int]]:
        """Sentence spans ``(start, end)`` over ``body``, in order, never overlapping."""
        result = []
        for block_start, block_end in self._blocks(body):
            block = body[block_start:block_end]
            for item_start, item_end in self._list_items(block):
                item = block[item_start:item_end]
                stops = StopMarks(item)
                if not stops.inner_break():
                    # one sentence (a headline, a paragraph of one sentence): no stop inside it that
                    # Punkt could cut at, and the rules below leave a single piece as it is
                    pieces = [(0, len(item))]
                else:
                    pieces = self._punkt_pieces(item, stops)
                    pieces = self._attach_markers(item, pieces)
                    pieces = self._attach_ellipses(item, pieces)
                    pieces = _opening_marks_to_their_quote(item, pieces)
                    pieces = self._merge_continuations(item, pieces)
                    pieces = _split_after_a_time_before_a_quote(item, pieces)
                for s, e in pieces:
                    s, e = _strip_span(item, s, e)
                    if e > s:
                        result.append((block_start + item_start + s, block_start + item_start + e))
        return result

    def _punkt_pieces(self, item: str, stops: StopMarks):
        """Punkt spans over ``item`` (whose ``StopMarks`` are ``stops``). Plain breaks (a word that is
        no abbreviation, a full stop, a capital) are cut first, as Punkt would cut them, so Punkt only
        reads the pieces that hold an ambiguous full stop; a piece without any inner full stop is one
        sentence as it is."""
        pieces = []
        start = 0
        cuts = []
        abbreviations = self._abbreviations
        for word, cut in _plain_breaks(item, stops):
            if word.lower() not in abbreviations or word in _WORDS_NOT_ABBREVIATED:
                cuts.append(cut)
        cuts.append(len(item))
        for cut in cuts:
            segment = item[start:cut]
            if stops.inner_break(start, cut):
                pieces.extend((start + s, start + e) for s, e in self._punkt.span_tokenize(segment))
            else:
                s, e = _strip_span(segment, 0, len(segment))
                if e > s:
                    pieces.append((start + s, start + e))
            start = cut
        return pieces

    def split(self, body: str) -> list[str]:
        """The sentences of ``body`` as strings."""
        return [body[s:e] for s, e in self.spans(body)]

    # -- rules around Punkt -------------------------------------------------------------------

    @staticmethod
    def _blocks(body: str):
        """Paragraph spans: blank lines, list items on their own line, and single newlines after a
        line that ends a sentence (a headline, a dateline) all separate blocks."""
        blocks = []
        start = 0
        for gap_start, gap_end in _newline_runs(body):
            # A hard-wrapped line (one newline) continues in lower case or after a comma: keep it in
            # the block.
            if body.count("\n", gap_start, gap_end) < 2 \
                    and (body[gap_end:gap_end + 1].islower() or gap_start and body[gap_start - 1] in ",;-"):
                continue
            if gap_start > start:
                blocks.append((start, gap_start))
            start = gap_end
        if start < len(body):
            blocks.append((start, len(body)))
        return blocks

    def _merge_continuations(self, block: str, pieces):
        """Undo Punkt breaks that a lower-case word continues: ``"This is great." she said.``,
        ``what I mean...see``, ``(... as an engineer.) at the local University``; and breaks after a
        name's initials (``Author J.K. Rowling said``), written like no abbreviation Punkt knows."""
        merged = []
        for start, end in pieces:
            if merged:
                text = block[start:end]
                prev_start, prev_end = merged[-1]
                prev = block[prev_start:prev_end]
                if _LOWER_START.match(text) and not _LIST_MARKER.match(text) or _unclosed_paren(prev) \
                        or _TITLE_END.search(prev, max(0, len(prev) - 7)) \
                        or _unclosed_quote(prev) and _QUOTE_THEN_CUE.search(text) \
                        or self._initials_before_name(prev, text):
                    merged[-1] = (prev_start, end)
                    continue
            merged.append((start, end))
        return merged

    def _initials_before_name(self, prev: str, text: str) -> bool:
        if prev[-3:-2] != "." or not prev[-2:-1].isupper():
            return False  # the common case, checked without a pattern: no "K." ending a run of initials
        initials = _INITIALS_END.search(prev, max(0, len(prev) - 12))
        return initials is not None and _NAME_START.match(text) is not None \
            and initials.group(1).lower() not in self._abbreviations

    @staticmethod
    def _list_items(block: str):
        """Split ``1. The first item 2. The second item`` (and ``a.``, ``1)``, bullets) into items,
        only when the block itself opens with a marker and the markers run in sequence."""
        # a marker opens with a bullet, a digit or a lower-case letter: no regex for other blocks
        opening = block[:1]
        first = _LIST_MARKER.match(block) if opening and (opening in "•⁃▪◦‣*-" or opening.isdecimal()
                                                          or "a" <= opening <= "z") else None
        # bullets split a block only when it opens with one: skip the scan otherwise
        bullets = [m.start() for m in _BULLET.finditer(block)] if block and block[0] in _BULLET_CHARS else ()
        if not first and not bullets:
            return [(0, len(block))]  # the common case: no list
        if len(bullets) >= 2 and bullets[0] == 0:
            cuts = bullets
        elif first:
            cuts = [0]
            expected = _marker_ordinal(first.group(0))
            for match in _LIST_MARKER.finditer(block, first.end()):
                ordinal = _marker_ordinal(match.group(0))
                if expected is not None and ordinal == expected + 1:
                    cuts.append(match.start())
                    expected = ordinal
        else:
            cuts = [0]
        cuts.append(len(block))
        return list(zip(cuts, cuts[1:]))

    @staticmethod
    def _attach_markers(text: str, pieces):
        """A piece that is only a list marker (``1.)``, ``• 9.``) belongs to the item after it."""
        out = []
        carry = None
        for start, end in pieces:
            if carry is not None:
                start, carry = carry, None
            piece = text[start:end].strip()
            # a marker is 7 characters at most ("• 100.)"): longer pieces need no regex
            if len(piece) <= 7 and _MARKER_ONLY.fullmatch(piece) and end < len(text.rstrip()):
                carry = start
                continue
            out.append((start, end))
        if carry is not None:
            out.append((carry, len(text)))
        return out

    @staticmethod
    def _attach_ellipses(text: str, pieces):
        """Punkt cuts a spaced ellipsis (``. . .``) into single dots; glue each run back. A run
        after a finished sentence (``compounds. . . . The``) opens the next one; otherwise it closes
        the sentence it follows (``a period . . . . Next``) or continues it."""
        out = []
        index = 0
        while index < len(pieces):
            start, end = pieces[index]
            if not _dots_only(text[start:end]):
                out.append((start, end))
                index += 1
                continue
            run_end = index
            while run_end + 1 < len(pieces) and _dots_only(text[slice(*pieces[run_end + 1])]):
                run_end += 1
            run = (pieces[index][0], pieces[run_end][1])
            following = pieces[run_end + 1] if run_end + 1 < len(pieces) else None
            previous_text = text[slice(*out[-1])] if out else ""
            opens_next = (
                following is not None
                and _WORD_FINAL_STOP.search(previous_text)
                and text[following[0]:following[1]][:1].isupper()
            )
            dots = sum(text[s:e].count(".") + 3 * text[s:e].count("…") for s, e in pieces[index:run_end + 1])
            if _LONE_STOP_END.search(previous_text):
                dots += 1  # Punkt left the first dot of a spaced ellipsis on the previous piece
            if following is not None and out and dots == 3 and not opens_next:
                # a plain ellipsis inside a sentence: "the thing is . . . I didn't mean it."
                out[-1] = (out[-1][0], following[1])
                index = run_end + 2
                continue
            if opens_next or not out:
                if following is not None:
                    out.append((run[0], following[1]))
                    index = run_end + 2
                    continue
                out.append(run)
            else:
                out[-1] = (out[-1][0], run[1])
            index = run_end + 1
        return out


def _newline_runs(body: str):
    """``(start, end)`` of each newline with the blanks before it and all whitespace after it, as
    ``_NEWLINE_RUN.finditer`` gives them. ``str.find`` jumps from one newline to the next in C; the
    regex, with no fixed first character, would be tried at every position of the body."""
    end = 0
    length = len(body)
    while True:
        newline = body.find("\n", end)
        if newline < 0:
            return
        start = newline
        while start > end and body[start - 1] in _BLANKS:
            start -= 1
        end = newline + 1
        while end < length and body[end].isspace():
            end += 1
        yield start, end


_BLANKS = " \t\r\f\v"  # the whitespace of _NEWLINE_RUN's first class


def _marker_ordinal(marker: str):
    core = marker.lstrip("•⁃▪◦‣*- ").rstrip(".)")
    if core.isdigit():
        return int(core)
    if len(core) == 1 and core.isalpha():
        return ord(core.lower()) - ord("a") + 1
    return None


_TITLE_END = re.compile(
    r"(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|Prof|Assoc|Asst|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Sen|Rep|Gov|Rev|Fr|Supt|Insp|"
    r"Comr|Commr|Det|Atty|Amb|Hon)\.$")
# A name's initials, dotted and run together, ending a piece: "Author J.K.", "Advocate K.R."; and a surname
# opening the next: "Rowling said", "Venkatesh, who".
_INITIALS_END = re.compile(r"(?:^|\s)([A-Z](?:\.[A-Z])+)\.$")
_NAME_START = re.compile(r"[A-Z][a-z]+(?:[,\s]|['’]s\b)")
# A time of day closing a sentence before a quote that opens the next: 'since 10 a.m. "They tell us nothing," she
# said.' (Punkt reads "a.m." as an abbreviation, and a quote mark as no sentence's first word).
_TIME_BEFORE_A_QUOTE = re.compile(r"\b[ap]\.m\.(?=\s+[\"“][A-Z])")


def _split_after_a_time_before_a_quote(text: str, pieces):
    """``pieces`` of ``text`` with each cut after a time of day that a new quoted sentence follows."""
    if "m. " not in text:
        return pieces
    result = []
    for start, end in pieces:
        for match in _TIME_BEFORE_A_QUOTE.finditer(text, start, end):
            result.append((start, match.end()))
            start = match.end()  # (the space before the quote is stripped with every piece's)
        result.append((start, end))
    return result


# A quote mark that opens the sentence after a stop, set apart from its words by a space as French and some
# wires write it: 'answers. « The city paid ...' (Punkt leaves the mark on the sentence before).
_SPACED_OPENING_MARK = re.compile(r"[.!?…]\s+[\"“„«]\s")


def _opening_marks_to_their_quote(text: str, pieces):
    """``pieces`` of ``text`` with a quote mark that ends a piece, set apart from it by a space, moved to the
    piece after it, whose quote it opens."""
    if not _SPACED_OPENING_MARK.search(text):
        return pieces  # the common case
    moved = list(pieces)
    for k in range(len(moved) - 1):
        start, end = moved[k]
        if end - start > 2 and text[end - 1] in "\"“„«" and text[end - 2].isspace() \
                and not text[end:moved[k + 1][0]].strip():
            moved[k], moved[k + 1] = (start, end - 1), (end - 1, moved[k + 1][1])
    return moved


# A quote that closes on a speech cue: '... satellites," said Ms. Park.'
_QUOTE_THEN_CUE = re.compile(r"[,!?]?[\"”]\s+(?:[a-z]|(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added|told)\b)")


def _unclosed_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _unclosed_paren(text: str) -> bool:
    return text.count("(") > text.count(")")


def _strip_span(text: str, start: int, end: int):
    """``(start, end)`` without the whitespace at either end (``str.strip`` takes what ``isspace`` names)."""
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    return start, start + len(stripped.rstrip())


def dateline_end(body: str) -> int:
    """Where the wire dateline that opens ``body`` ("SINGAPORE, Oct 7 (APN) - ", "CURITIBA — ") ends, or 0:
    where a story was filed is no part of its first sentence's subject."""
    match = _DATELINE.match(body) if body[:1].isupper() else None
    return match.end() if match and match.group("place").isupper() else 0


# A dateline: a place in capitals ("KŌTARE PENINSULA"), maybe a region, date and agency after a comma or in
# brackets, then a spaced dash.
_DATELINE = re.compile(r"\s*(?P<place>[^\W\d_](?:[^\W\d_]|['’.-]){2,}(?: [^\W\d_](?:[^\W\d_]|['’.-])*){0,3})"
                       r"(?:,[^\n—–]{1,60}?)?(?: \([^()\n]{1,40}\))?\s+(?:—|–|--?)\s+")


@lru_cache(maxsize=1)
def get_splitter() -> SentenceSplitter:
    """The process-wide splitter, built on first use."""
    return SentenceSplitter()


def split_sentences(body: str) -> list[str]:
    """Convenience: the sentences of ``body``."""
    return get_splitter().split(body)
