"""Sentence splitting: news abbreviations, quotes, ellipses, lists, offsets."""
import pytest
from nltk.tokenize.punkt import PunktLanguageVars, PunktToken

from factcheck.extract.sentences import NewsLanguageVars, NewsToken, get_splitter, split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr. Amina Qureshi arrived. She spoke.", ["Dr. Amina Qureshi arrived.", "She spoke."]),
        ("Gen. Michael Guetlein will lead it. Sen. Ortiz agreed.",
         ["Gen. Michael Guetlein will lead it.", "Sen. Ortiz agreed."]),
        ("Candidates paid Rp400 million each, police spokesman Comr. Dwi Prasetyo said. He left.",
         ["Candidates paid Rp400 million each, police spokesman Comr. Dwi Prasetyo said.", "He left."]),  # a rank
        ("The U.S. Space Force paid for it.", ["The U.S. Space Force paid for it."]),
        ("I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
        ("Northwind Foods Inc. said it would. Shares rose.", ["Northwind Foods Inc. said it would.", "Shares rose."]),
        ("It opened on Jan. 6 in Sacramento, Calif. with fanfare.",
         ["It opened on Jan. 6 in Sacramento, Calif. with fanfare."]),
        ("The No. 1 seed lost. It was a shock.", ["The No. 1 seed lost.", "It was a shock."]),
        ("Two commissioners voted no. Reyes said the deal was bad.",
         ["Two commissioners voted no.", "Reyes said the deal was bad."]),
        ("Revenue rose 3.5 percent. Profit fell.", ["Revenue rose 3.5 percent.", "Profit fell."]),
        ("J. R. Smith scored. He left.", ["J. R. Smith scored.", "He left."]),
        # a name's initials run together, unlike the abbreviations Punkt knows ("U.S.", "D.C.")
        ("Author J.K. Rowling said it sold. He left.", ["Author J.K. Rowling said it sold.", "He left."]),
        ("He moved to Washington, D.C. Officials said so.", ["He moved to Washington, D.C.", "Officials said so."]),
        ('"This is great." she said.', ['"This is great." she said.']),
        ('"We are ready. We have the satellites," said Ms. Park.',
         ['"We are ready. We have the satellites," said Ms. Park.']),
        ("I never meant that.... She left.", ["I never meant that....", "She left."]),
        ("1. The first item 2. The second item", ["1. The first item", "2. The second item"]),
        # a Canadian province in a dateline
        ("KELLERTON, Ont. (NPS) — The city kept the money. It said so.",
         ["KELLERTON, Ont. (NPS) — The city kept the money.", "It said so."]),
        ("HALIFAX, N.S. — Snow fell.", ["HALIFAX, N.S. — Snow fell."]),
        # a time of day closing a sentence before a quoted one
        ('He has not called since 10 a.m. "They tell us nothing," she said. It ends at 5 p.m. on Monday.',
         ["He has not called since 10 a.m.", '"They tell us nothing," she said.', "It ends at 5 p.m. on Monday."]),
        # a quote mark set apart from the words it opens, as French writes it, opens the next sentence
        ("The mayor said the council would act. « The city paid, » she said. It did. “ We expect more, ” he said.",
         ["The mayor said the council would act.", "« The city paid, » she said.", "It did.",
          "“ We expect more, ” he said."]),
    ],
)
def test_news_sentences(text, expected):
    assert split_sentences(text) == expected


def test_paragraphs_are_boundaries():
    text = "Headline without a stop\n\nFirst paragraph here. Second sentence.\nNext line."
    assert split_sentences(text) == [
        "Headline without a stop", "First paragraph here.", "Second sentence.", "Next line."]


def test_spans_are_offsets_into_the_body():
    text = "  Hello there, Dr. Who.  \n\n  A second one!  "
    spans = get_splitter().spans(text)
    assert [text[s:e] for s, e in spans] == ["Hello there, Dr. Who.", "A second one!"]


def test_golden_rules_suite_if_present():
    import json
    import pathlib

    path = pathlib.Path(__file__).resolve().parents[3] / "shared" / "eval" / "public" / "sbd_golden_en.jsonl"
    if not path.exists():
        pytest.skip("shared eval data not beside the repository")
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    passed = sum(split_sentences(c["text"]) == c["sentences"] for c in cases)
    assert passed >= 47


@pytest.mark.parametrize("text", [
    "It rose 5%. Then it fell.\x1cAgain. \x1fNo. ",
    'He said "Stop." \u201cWhy?\u201d she asked. (Yes.) Next -- and then... done.\x1c',
    "U.S. Army. Gen. Rachel Lee left.\x1d\x1e The end.",
])
def test_punkt_patterns_compiled_with_re_match_what_nltks_engine_matches(text):
    # (the splitter compiles Punkt's patterns with ``re`` for speed; ``re`` reads \x1c to \x1f as white space)
    ours, nltks = NewsLanguageVars(), PunktLanguageVars()
    assert [m.span() for m in ours.period_context_re().finditer(text)] == \
        [m.span() for m in nltks.period_context_re().finditer(text)]
    assert ours.word_tokenize(text) == nltks.word_tokenize(text)
    assert [m.span() for m in ours.re_boundary_realignment.finditer(text)] == \
        [m.span() for m in nltks.re_boundary_realignment.finditer(text)]
    for word in text.split() + ["...", "3.5.", "-12,000."]:
        assert NewsToken(word).type == PunktToken(word).type
        assert bool(NewsToken(word).is_ellipsis) == bool(PunktToken(word).is_ellipsis)
