"""Byte identity of the extraction against another checkout (e.g. a pristine git worktree).

usage: .venv/bin/python bench/identity_extract.py --base /tmp/fc-base [--random 4000] [--seed 1]

A speed-up must not change one claim. Both versions of ``factcheck`` are imported into one process
(as ``ab_extract.py`` does) and run on every text the repository and the shared eval folder hold
(fixture and eval articles, the unseen test articles, the conflicts dev set, the public suites'
inputs), on seeded random strings mixing words, numbers, currency, quotes, punctuation and
non-ASCII characters, and on real sentences mutated at random. Compared: the claims of
``extract_claims`` (their public dict, and the sentence offset), the figures of ``find_figures`` on
every sentence, and ``find_numbers_in_text`` with and without bare numbers. Exits 1 on the first
difference, printing the text.
"""
import argparse
import json
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"

sys.path.insert(0, str(HERE))
from ab_extract import load_extract  # noqa: E402  (imports one checkout's package apart from any other)

sys.path.remove(str(HERE))


class Version:
    """The functions under test of one checkout."""

    def __init__(self, root: pathlib.Path):
        extract = load_extract(root)  # its module globals stay alive through the functions
        self.extract_claims = extract
        figures = extract.__globals__["find_figures"].__globals__  # the module itself left sys.modules
        self.find_figures = figures["find_figures"]
        self.find_numbers_in_text = figures["find_numbers_in_text"]
        self.splitter = extract.__globals__["get_splitter"]()

    def vocabulary(self):
        """The words the extraction's modules name in their tables (sets, dicts, lists and tuples of
        words): random text built from them reaches every rule that looks for a word."""
        modules = {f.__module__: f.__globals__ for f in (self.extract_claims, self.find_figures)}
        pipeline = self.extract_claims.__globals__
        for name in ("find_attributions", "find_direct_quotes", "score_figure", "speaker_kind", "is_money"):
            function = pipeline.get(name) or self.find_figures.__globals__.get(name)
            if function is not None:
                modules[function.__module__] = function.__globals__
        words = set()

        def collect(value, depth=0):
            if isinstance(value, str):
                words.update(w for w in value.replace("|", " ").split() if len(w) < 30)
            elif isinstance(value, (set, frozenset, list, tuple)) and depth < 3:
                for item in value:
                    collect(item, depth + 1)
            elif isinstance(value, dict) and depth < 3:
                for key, item in value.items():
                    collect(key, depth + 1)
                    collect(item, depth + 1)

        for namespace in modules.values():
            for name, value in namespace.items():
                if name.isupper() or name.startswith("_") and name[1:].isupper():
                    collect(value)
        return sorted(words)

    def claims(self, text):
        return json.dumps([(c.to_dict(), c.sentence_start) for c in self.extract_claims(text)], sort_keys=True)

    def figures(self, sentence):
        return repr([(f.start, f.end, f.confidence, f.figure) for f in self.find_figures(sentence)])

    def numbers(self, text):
        return repr((self.find_numbers_in_text(text), self.find_numbers_in_text(text, bare_numbers=True)))


def corpus_texts():
    """``(name, texts)`` for every text the repository and the shared eval folder ship."""
    def jsonl(path, key):
        with open(path, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        return [row[key] for row in rows if isinstance(row.get(key), str)]

    def txt(folder):
        return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]

    sets = [("fixtures/articles", txt(ROOT / "fixtures" / "articles")),
            ("tests/extract/unseen", txt(ROOT / "tests" / "extract" / "unseen")),
            ("fixtures/eval", [b for p in sorted((ROOT / "fixtures" / "eval").glob("*/articles.jsonl"))
                               for b in jsonl(p, "body")]),
            ("fixtures/conflicts", [b for p in sorted((ROOT / "fixtures" / "conflicts").glob("*.jsonl"))
                                    for b in jsonl(p, "body")]),
            ("fixtures/api", [json.loads(p.read_text(encoding="utf-8")).get("body", "")
                              for p in sorted((ROOT / "fixtures" / "api").glob("*.json"))])]
    dev = SHARED_EVAL / "conflicts-dev" / "articles.jsonl"
    if dev.is_file():
        sets.append(("conflicts-dev", jsonl(dev, "body")))
    for path in sorted((SHARED_EVAL / "public").glob("*.jsonl")):
        sets.append(("public/" + path.stem, jsonl(path, "text")))
    return sets


WORDS = ("the a an of to in and said says told according that more than at least about nearly some over "
         "under up down from between rose fell increase by per cent percent million billion thousand hundred "
         "dozen half quarter third one two three twenty-five forty fifty-two hundred and people homes acres "
         "dollars euros pounds sterling cents pence bn m k mph km degrees Fahrenheit year-old week years a "
         "year ago magnitude Category Route No. Mr. Dr. U.S. Inc. Jan. June May March p.m. a.m. he she they "
         "officials spokesperson Mayor Dana Whitfield Kestrel Biosciences county council planned projected "
         "killed injured cost revenue budget raised Series round workforce staff as while when after because "
         "which who also only just almost exactly estimated minus negative times x of the those its their "
         "first second 5th 1990s parts per million square feet cubic metres tonnes gallons barrels").split()
NUMBERS = ["0", "1", "3", "7", "12", "23", "45", "99", "100", "250", "1,000", "3,500", "12,500", "1,240,000",
           "2.5", "0.75", ".25", "$.50", "3.14159", "2025", "1999", "1800", "2100", "(555) 123-4567",
           "555-1234", "12/25/2024", "2024-01-05", "6:30", "12:30:45", "192.168.1.1", "1/4", "3/4", "3-5",
           "7-2", "40-45", "10-year-old", "12-week", "5-million", "6.4-magnitude", "+44 20 7946 0958",
           "1026.253.553", "99999999999999999999999999", "3rd", "21st", "5K", "32K", "175bn", "3.2m", "5k"]
SYMBOLS = ["$", "€", "£", "¥", "₹", "US$", "A$", "C$", "HK$", "USD", "EUR", "GBP", "%", "#", "-", "–", "—",
           "−", "/", ",", ".", ";", ":", "!", "?", "(", ")", "[", "]", "\"", "'", "“", "”", "‘", "’", "...",
           "…", "&", "*", "@"]
ODD = ["é", "É", "Σ", "ΟΔΟΣ", "İ", "ſ", "K", "٣", "²", "\u00a0", "\u200b", "😀", "Straße", "naïve", "日本",
       "\x1c", "\t", "\n", "\n\n", "  ", "\r\n", "ß", "ﬁ"]


def random_texts(rng, count, vocabulary):
    """Strings of words (common ones, and the ones the modules look for), numbers, currency, quotes,
    punctuation and odd characters."""
    kinds = [(WORDS, 6), (vocabulary, 4), (NUMBERS, 4), (SYMBOLS, 4), (ODD, 1)]
    pools = [pool for pool, weight in kinds for _ in range(weight)]
    for _ in range(count):
        pieces = []
        for _ in range(rng.randint(0, 60)):
            piece = rng.choice(rng.choice(pools))
            if rng.random() < 0.1:
                piece = piece.upper() if rng.random() < 0.5 else piece.capitalize()
            pieces.append(piece)
            pieces.append(rng.choice([" ", " ", " ", " ", "", "\n", ", ", ". "]))
        yield "".join(pieces)


def mutated_sentences(rng, sentences, count, vocabulary):
    """Real sentences with a few random edits: a piece inserted, a span cut, a case changed, two joined."""
    pieces = WORDS + vocabulary + NUMBERS + SYMBOLS + ODD
    for _ in range(count):
        text = rng.choice(sentences)
        for _ in range(rng.randint(1, 4)):
            at = rng.randint(0, len(text))
            edit = rng.randrange(5)
            if edit == 0:
                text = text[:at] + rng.choice(pieces) + text[at:]
            elif edit == 1:
                text = text[:at] + text[at + rng.randint(1, 8):]
            elif edit == 2:
                to = at + rng.randint(1, 20)
                text = text[:at] + text[at:to].upper() + text[to:]
            elif edit == 3:
                text = text[:at] + " " + rng.choice(sentences) + " " + text[at:]
            else:
                text = text[:at] + rng.choice(NUMBERS) + " " + rng.choice(WORDS) + text[at:]
        yield text


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", required=True, type=pathlib.Path)
    parser.add_argument("--random", type=int, default=4000, help="random strings, and as many mutated sentences")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    sets = corpus_texts()
    new = Version(ROOT)
    old = Version(args.base)
    rng = random.Random(args.seed)
    sentences = [s for _, texts in sets for t in texts for s in new.splitter.split(t) if len(s) > 3]
    vocabulary = old.vocabulary()
    sets.append(("random strings", list(random_texts(rng, args.random, vocabulary))))
    sets.append(("mutated sentences", list(mutated_sentences(rng, sentences, args.random, vocabulary))))
    total = 0
    for name, texts in sets:
        checked = 0
        for text in texts:
            for check in (Version.claims, Version.numbers):
                if check(old, text) != check(new, text):
                    print(f"DIFFERENT {check.__name__} in {name}: {text!r}")
                    sys.exit(1)
            for sentence in new.splitter.split(text):
                if Version.figures(old, sentence) != Version.figures(new, sentence):
                    print(f"DIFFERENT figures in {name}: {sentence!r}")
                    sys.exit(1)
            checked += 1
        total += checked
        print(f"{name:36} {checked:5} texts identical")
    print(f"all {total} texts identical")


if __name__ == "__main__":
    main()
