"""Golden fixtures: each article in fixtures/articles beside the claims it must yield, compared field
by field. Regenerate after a deliberate change with ``python tests/extract/test_golden.py`` and review
the diff before committing."""
import json
import pathlib

import pytest

from factcheck.extract import extract_claims

ROOT = pathlib.Path(__file__).resolve().parents[2] / "fixtures"
ARTICLES = sorted((ROOT / "articles").glob("*.txt"))
FIELDS = ("type", "text", "start", "end", "speaker", "speaker_kind", "quote")
FIGURE_FIELDS = ("value", "unit", "qualifier", "low", "high", "role", "raw")


def _golden(claims):
    out = []
    for claim in claims:
        data = claim.to_dict()
        row = {key: data[key] for key in FIELDS}
        if data["figure"]:
            row["figure"] = {key: data["figure"][key] for key in FIGURE_FIELDS}
            row["figure"]["subject"] = data["figure"]["subject"]
        out.append(row)
    return out


def test_fixtures_exist():
    assert len(ARTICLES) >= 6


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_article_yields_expected_claims(article):
    body = article.read_text(encoding="utf-8")
    expected = json.loads((ROOT / "expected" / (article.stem + ".json")).read_text(encoding="utf-8"))
    got = _golden(extract_claims(body))
    got_by_span = {(c["type"], c["start"], c["end"]): c for c in got}
    for want in expected["claims"]:
        key = (want["type"], want["start"], want["end"])
        assert key in got_by_span, f"missing {want['type']} {want['text']!r}"
        have = got_by_span[key]
        for field, value in want.items():
            if field == "figure":
                for name, figure_value in value.items():
                    if name == "subject":
                        continue  # compared loosely below
                    assert have["figure"][name] == figure_value, (want["text"], name)
                want_words = set((value.get("subject") or "").lower().split())
                have_words = set((have["figure"].get("subject") or "").lower().split())
                assert len(want_words & have_words) >= 0.6 * len(want_words), (want["text"], "subject")
            else:
                assert have[field] == value, (want["text"], field)
    assert len(got) <= len(expected["claims"]) + 2, "unexpected extra claims"


def _regenerate():
    for article in ARTICLES:
        body = article.read_text(encoding="utf-8")
        data = {"article": article.name, "claims": _golden(extract_claims(body))}
        path = ROOT / "expected" / (article.stem + ".json")
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote", path)


if __name__ == "__main__":
    _regenerate()
