"""Checks a blind batch written from PROMPT.md: shapes, exact surfaces, pairs across articles.

Usage: python3 validate.py OUTDIR
"""
import json
import pathlib
import sys

PAIR_LISTS = ("conflicts", "compatible", "temporal", "ambiguous")


def problems_of(story):
    articles = [json.loads(line) for line in (story / "articles.jsonl").read_text().splitlines() if line.strip()]
    labels = json.loads((story / "labels.json").read_text())
    body = {a["id"]: a["body"] for a in articles}
    if len(body) != 4:
        yield f"{len(body)} articles, want 4"
    for a in articles:
        for key in ("id", "source", "published_at", "title", "body"):
            if not isinstance(a.get(key), str) or not a[key]:
                yield f"article {a.get('id')}: missing {key}"
    for key in ("figures", "quotes", "attributions") + PAIR_LISTS:
        if not isinstance(labels.get(key), list):
            yield f"labels: {key} is not a list"
            return
    figures = set()
    for entry in labels["figures"]:
        if len(entry) != 4 or entry[0] not in body or entry[1] not in body[entry[0]]:
            yield f"figure not found in its article: {entry}"
        elif not isinstance(entry[2], (int, float)) or not (entry[3] is None or isinstance(entry[3], str)):
            yield f"figure value or unit of the wrong type: {entry}"
        figures.add((entry[0], entry[1]))
    for entry in labels["quotes"]:
        if len(entry) != 3 or entry[0] not in body or entry[1] not in body[entry[0]]:
            yield f"quote words not found in its article: {entry}"
    for entry in labels["attributions"]:
        if len(entry) != 2 or entry[0] not in body or entry[1] not in body[entry[0]]:
            yield f"attribution not found in its article: {entry}"
    for key in PAIR_LISTS:
        for pair in labels[key]:
            ends = [tuple(end) for end in pair]
            if len(ends) != 2 or any(end not in figures for end in ends):
                yield f"{key}: pair end is not a labelled figure: {pair}"
            elif ends[0][0] == ends[1][0]:
                yield f"{key}: both ends in one article: {pair}"
    if not 3 <= len(labels["conflicts"]) <= 6:
        yield f"{len(labels['conflicts'])} conflicts, want 3 to 6"


def main(outdir):
    stories = sorted(p for p in pathlib.Path(outdir).iterdir() if p.is_dir())
    bad = 0
    for story in stories:
        for problem in problems_of(story):
            bad += 1
            print(f"{story.name}: {problem}")
    print(f"{len(stories)} stories, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
