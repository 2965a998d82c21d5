"""The speed-ups in the extraction package must not change a single result: each fast path is checked
here against the plain version it replaced, on random strings built from the characters that matter."""
import random
import re

import pytest

from factcheck.extract.patterns import word_alternation
from factcheck.extract.quotes import _WORD
from factcheck.extract.sentences import _PLAIN_BREAK, NewsPunkt, StopMarks, _plain_breaks

ALPHABET = list("aZb .!?\"'”’)]([“‘\n_3é-&,") + ["Mr.", "Gen.", "U.S.", "Ph.D.", "the. The", "A.", "  ", "ab"]
# the word regex as it was written before its branches were reordered and guarded
PLAIN_WORD = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Sen|Rep|Gov|Rev|Fr|Jr|Sr|St|"
                        r"Supt|Det|Atty|Amb|Hon)\.|\w(?:[\w'’&-]|\.(?=\w))*\.?(?<=[A-Z]\.)"
                        r"|\w(?:[\w'’&-]|\.(?=\w))*|[,:;!?]|\S")


def random_texts(seed, count=20000, longest=30):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest)))


def test_plain_breaks_match_the_regex_they_replace():
    for text in random_texts(1):
        expected = [(m.group(1), m.end(2)) for m in _PLAIN_BREAK.finditer(text)]
        assert list(_plain_breaks(text, StopMarks(text))) == expected, text


def test_word_regex_matches_the_plain_alternation():
    for text in random_texts(2):
        expected = [(m.group(), m.span()) for m in PLAIN_WORD.finditer(text)]
        assert [(m.group(), m.span()) for m in _WORD.finditer(text)] == expected, text


@pytest.mark.parametrize("words", [
    ["said", "says", "say", "told", "tells"],
    ["a", "an", "and", "at", "the", "this"],
    ["never", "no one", "none", "only"],
])
def test_word_alternation_matches_the_plain_alternation(words):
    factored = re.compile(r"(?<!\w)" + word_alternation(words) + r"\b", re.I)
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)
    rng = random.Random(3)
    pieces = words + [" ", "x", "s", ",", "."]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_last_whitespace_index_matches_punkts_loop():
    punkt = NewsPunkt()
    for text in random_texts(4, count=3000):
        expected = 0
        for index in range(len(text) - 1, -1, -1):
            if text[index] in " \t\n\r\x0b\x0c":
                expected = index
                break
        assert punkt._get_last_whitespace_index(text) == expected, text


def test_word_then_name_verdict_matches_punkt():
    """``NewsPunkt`` decides ``Word. Name`` contexts itself; every verdict must be Punkt's own."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from factcheck.extract.sentences import _SIMPLE_CONTEXT, build_punkt, load_parameters

    punkt = build_punkt()
    data = load_parameters()
    abbreviations = [a.rstrip(".") for a in data["abbreviations"]]
    starters = list(data["sentence_starters"])
    firsts = abbreviations + [a.upper() for a in abbreviations] + [a.capitalize() for a in abbreviations] \
        + ["said", "Smith", "it", "US", "UK", "Inc", "Corp", "Jr", "etc", "ft", "a", "I", "U.S", "A.B.C", "x.y",
           "no", "No", "vs", "nos", "Sept", "Jan", "Feb", "Gen", "Dr", "St", "Mt", "approx"]
    nexts = [w.capitalize() for w in starters] + ["Rachel", "Smith", "Space", "Army", "Attorney", "The", "He",
                                                  "In", "But", "Samuel", "Ab", "It", "Officials", "According"]
    tails = ["", ",", "'s", "’s", ".", "s", ";", "!", "2"]
    spaces = [" ", "  ", "\n", " \t"]
    rng = random.Random(5)
    fast = 0
    for _ in range(20000):
        text = rng.choice(firsts) + "." + rng.choice(spaces) + rng.choice(nexts) + rng.choice(tails)
        expected = PunktSentenceTokenizer.text_contains_sentbreak(punkt, text)
        assert punkt.text_contains_sentbreak(text) == expected, text
        fast += _SIMPLE_CONTEXT.fullmatch(text) is not None
    assert fast > 10000  # the shortcut was taken, not only the fallback


def test_pair_verdicts_match_punkt():
    """Numbers before the stop, and lower-case words, digits, dashes and closing marks after it: the
    shapes ``NewsPunkt`` decides besides ``Word. Name``, each verdict checked against Punkt's own."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from factcheck.extract.sentences import _SIMPLE_CONTEXT, build_punkt, load_parameters

    punkt = build_punkt()
    data = load_parameters()
    abbreviations = [a.rstrip(".") for a in data["abbreviations"]]
    starters = list(data["sentence_starters"])
    firsts = abbreviations + [a.capitalize() for a in abbreviations] + [
        "12", "2019", "1,240", "3.5", "$59", "$1,000", "0", "٣", "said", "Smith", "US", "Inc", "p.m", "a.m",
        "U.S", "x.y", "no", "No", "A", "$", "12a", "1-2", "-3", "ab-cd", "e.g", "i.e", "co-op", "2-1", "$175bn",
        "175bn", "$4.2m", "3-0", "1990s", "2-1-0", "1.-2", "12,"]
    nexts = starters + [w.capitalize() for w in starters] + [
        "reported", "and", "The", "Westbrook", "No", "6", "2025", "—", "–", "-", "iPhone", "US", "x", "I", "a",
        "said", "Owners", "٣", "1,000", "'We", "(The", "“We", "”", '"']
    tails = ["", ",", "'s", "’s", ".", "s", ";", "!", "2"]
    spaces = [" ", "  ", "\n", " \t", "\n\n", "\u00a0"]
    marks = ['"', "”", "’", ")", "]", "'", "?", "!", ";", "“"]
    rng = random.Random(8)
    fast = 0
    for _ in range(30000):
        if rng.random() < 0.2:
            text = rng.choice(firsts) + "." + rng.choice(marks)
        else:
            text = rng.choice(firsts) + "." + rng.choice(spaces) + rng.choice(nexts) + rng.choice(tails)
        expected = PunktSentenceTokenizer.text_contains_sentbreak(punkt, text)
        assert punkt.text_contains_sentbreak(text) == expected, text
        fast += _SIMPLE_CONTEXT.fullmatch(text) is not None
    assert fast > 15000  # the shortcut was taken, not only the fallback


def test_splitter_with_word_then_name_shortcut_matches_plain_punkt():
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from factcheck.extract.sentences import SentenceSplitter

    fast = SentenceSplitter()
    plain = SentenceSplitter()
    plain._punkt.text_contains_sentbreak = lambda text: PunktSentenceTokenizer.text_contains_sentbreak(
        plain._punkt, text)
    pieces = ["Gen. Rachel", "U.S. Space", " said", "Dr. Samuel", "Inc. The", "Calif. But", "Jan. 6",
              "Mr. Smith's", "Sen. Ab,", " the. The", "A. B", ". ", "\n\n", "“", "”", '"', " ", "he", "Ltd. In",
              "Inc. reported", "Calif. —", " 12. The", " $59. Owners", " 2-1. Writing", "sooner.\"", "p.m. and",
              " 30. no", " 3.5. 6", "Ore. –"]
    rng = random.Random(6)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert fast.spans(text) == plain.spans(text), text


def test_stop_marks_find_what_the_stop_patterns_find():
    """``StopMarks`` searches ASCII text as bytes with its stops read as "." and its whitespace as " "."""
    from factcheck.extract.sentences import _INNER_BREAK, _STOP_THEN_CAPITAL

    rng = random.Random(14)
    pieces = [chr(i) for i in range(128)] + [". ", ".\" The", "?) A", "!\n\n(B", ".’ C", "… d", "é", "  ", "\x1c"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        stops = StopMarks(text)
        expected = [m.span() for m in _STOP_THEN_CAPITAL.finditer(text)]
        assert [m.span() for m in stops.stops_before_capitals()] == expected, repr(text)
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = _INNER_BREAK.search(text[start:end].rstrip()) is not None
        assert stops.inner_break(start, end) == expected, repr(text)
        assert stops.inner_break() == (_INNER_BREAK.search(text.rstrip()) is not None), repr(text)


def test_full_names_on_capitals_read_as_a_are_the_full_names():
    """``learn_names`` searches ASCII text as bytes with every capital read as "A"."""
    from factcheck.extract.speakers import _CAPITALS_AS_A, _FULL_NAME, _FULL_NAME_CAPITALS_AS_A

    rng = random.Random(17)
    pieces = [chr(i) for i in range(128)] + ["Dana ", "Whitfield", "de ", "van ", "J. ", "Mary-Ann", "Lee", "  ", "ab"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        expected = [(m.span(), m.span(1), m.span(2), m.span(3)) for m in _FULL_NAME.finditer(text)]
        scanned = text.encode("ascii").translate(_CAPITALS_AS_A)
        found = [(m.span(), m.span(1), m.span(2), m.span(3)) for m in _FULL_NAME_CAPITALS_AS_A.finditer(scanned)]
        assert found == expected, repr(text)


def test_newline_runs_match_the_regex():
    from factcheck.extract.sentences import _NEWLINE_RUN, _newline_runs

    rng = random.Random(10)
    pieces = [" ", "\t", "\r", "\x0c", "\x0b", "\n", "\n", "a", ".", "\u00a0", "\u2028", "\x1c", "\x85"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert list(_newline_runs(text)) == [m.span() for m in _NEWLINE_RUN.finditer(text)], repr(text)


def test_ascii_twins_match_their_patterns_on_ascii_text():
    """On ASCII text each hot pattern's ``re.ASCII`` twin finds what the pattern itself finds."""
    from factcheck.extract import figures, numbers, quotes, scoring
    from factcheck.extract.patterns import AsciiTwin

    twins = [figures._DIGIT, figures._MAYBE_CODE,
             numbers._TOKEN_SPLIT, quotes._WORDS, quotes._WORD_SPLIT, quotes._REPORTING_VERB,
             scoring._NUMBER]
    rng = random.Random(11)
    pieces = [chr(i) for i in range(128)] + ["said", "has ", "Three", "Mr.", "U.S.", "  ", "1,240", "5.2", "(555)",
                                             "Dana Whitfield", "It. The", "A. B. Cole", ". \"The", "Ph.D."]
    for twin in twins:
        assert isinstance(twin, AsciiTwin)
        for _ in range(5000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
            expected = [(m.span(), m.groups()) for m in twin.unicode.finditer(text)]
            assert [(m.span(), m.groups()) for m in twin.on(text).finditer(text)] == expected, repr(text)
            cut = rng.randint(0, len(text))
            expected = twin.unicode.search(text, 0, cut)
            found = twin.on(text).search(text, 0, cut)
            assert (found and found.span()) == (expected and expected.span()), repr(text)
    with pytest.raises(ValueError):
        AsciiTwin(re.compile("ſ", re.IGNORECASE))  # folds to "s" in Unicode mode only


def test_speech_verbs_on_spaced_ascii_text_find_what_the_pattern_finds():
    """On ASCII text ``speech_verbs`` scans a copy whose non-word characters are spaces; it reports
    the matches of ``_SPEECH_VERB`` on the text as written."""
    from factcheck.extract.attributions import _SPEECH_VERB, speech_verbs

    rng = random.Random(13)
    pieces = [chr(i) for i in range(128)] + ["said", "told", "has ", "have ", "had ", "so far ", "now ", "already ",
                                             "also ", "later ", "previously ", "has\t", "so\nfar ", "had  ", " ", " "]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        expected = [(m.start(), m.start("verb") - 1, m.end() - 1, m.group("verb"))
                    for m in _SPEECH_VERB.finditer(" " + text)]
        assert speech_verbs(text) == expected, repr(text)


def test_one_speech_verb_scan_finds_what_the_two_verb_patterns_found():
    """``speech_verbs`` replaces a scan for attribution verbs and one for reporting verbs."""
    from factcheck.extract.attributions import ATTRIBUTION_VERBS, speech_verbs
    from factcheck.extract.quotes import REPORTING_VERBS, _first_reporting_verb

    attribution = re.compile(r"(?<!\w)(?:has |have |had |also |later |previously )?(?P<verb>"
                             + word_alternation(ATTRIBUTION_VERBS.split("|")) + r")\b")
    reporting = re.compile(r"(?<!\w)" + word_alternation(REPORTING_VERBS) + r"\b")
    rng = random.Random(12)
    pieces = ["said", "says", "told", "explained", "insisted", "according", "has ", "also ", "had ", "later ",
              "previously ", " ", " ", ",", ".", "(", "x", "re", "é", "“", "\n", "Said", "_", "1", "ly", "-"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        verbs = speech_verbs(text)
        expected = [(m.start(), m.end(), m.group("verb")) for m in attribution.finditer(text)]
        found = [(start, end, verb) for start, _, end, verb in verbs if verb in set(ATTRIBUTION_VERBS.split("|"))]
        assert found == expected, repr(text)
        if len(text) <= 200:
            first = reporting.search(text, 0, 200)
            assert _first_reporting_verb(text, verbs) == (first.span() if first else None), repr(text)


def test_searches_that_open_with_a_class_find_what_the_plain_patterns_found():
    """Patterns rewritten to open with a character class (a padded ``\\W``, or the first character of
    a match) must say yes exactly where the patterns they replace said yes."""
    from factcheck.extract import figures, scoring
    from factcheck.extract.numbers import DENOMINATORS, NUMBER_WORDS

    plain_code = re.compile(r"\)\s?\d|\+\d|\d(?:[-.]\d{3}[-.]\d|-\d{4}|/\d|-\d\d-\d|:\d|\.\d{1,3}\.\d)")
    plain_wordy = re.compile(r"(?i:(?<!\w)" + word_alternation(NUMBER_WORDS | set(DENOMINATORS)) + r"\b)")
    plain_absolute = re.compile(r"(?<!\w)" + word_alternation(
        ["never", "always", "all", "none", "every", "no one", "first", "largest", "only"]) + r"\b", re.I)
    rng = random.Random(13)
    pieces = list("0123456789)+-./: a\u00a0\nxé_") + ["555", "three", "Twenty", "halves", "no one", "NEVER", "ſ",
                                                      "firſt", "K", "all", "ONE", "٣", "(", "12:30", "No One",
                                                      "ThIrDs", "İ", "x1", "no-one", "no\tone", "no", "\t"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert bool(figures._MAYBE_CODE.on(text).search(text)) == bool(plain_code.search(text)), repr(text)
        assert figures._WORDY_NUMBER.in_text(text) == bool(plain_wordy.search(text)), repr(text)
        assert scoring._ABSOLUTE.in_text(text) == bool(plain_absolute.search(text)), repr(text)


def test_digit_parsing_and_digit_filter_shortcuts():
    from factcheck.extract.numbers import DIGITS, parse_digits
    from factcheck.extract.scoring import _KEEP_DIGITS_AND_POINT, _NOT_DIGIT

    def plain_parse(token):
        if len(token) > 24 or not DIGITS.fullmatch(token):
            return None
        return float(token.replace(",", ""))

    rng = random.Random(14)
    pieces = list("0123456789,.$%a-") + ["٣", "²", "1,000", "€", " "]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert parse_digits(text) == plain_parse(text), repr(text)
        if text.isascii():
            assert text.translate(_KEEP_DIGITS_AND_POINT) == _NOT_DIGIT.sub("", text), repr(text)


def test_tokens_from_split_are_the_tokens_the_regex_finds():
    from factcheck.extract.numbers import TOKEN, tokens_and_words

    rng = random.Random(15)
    pieces = list("ab .,'’-3\n\t$%") + ["1,240", "4.5", ".25", "Straße", "٣", "\u00a0", "  ", "ΟΔΟΣ", "x\x1c"]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        expected = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
        tokens, words = tokens_and_words(text)
        assert tokens == expected and words == [t[0] for t in expected], repr(text)


def test_words_with_offsets_are_the_words_the_regex_finds():
    from factcheck.extract.quotes import words_with_offsets

    for text in random_texts(16, count=20000):
        expected = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
        assert words_with_offsets(text) == expected, repr(text)
        assert words_with_offsets(text, 3) == expected[:3], repr(text)
