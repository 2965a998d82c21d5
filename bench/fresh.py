"""Extraction as a new article meets it: the memos keyed on text emptied first.

The extractor remembers a few pure functions of text (the kind of a figure's sentence halves, whether
a phrase names a document). A benchmark that runs the same articles pass after pass would find every
one of them remembered and measure less work than a new article costs, so the benchmarks time
``extract_fresh``: each article starts with those memos empty. Tables built once per process (Punkt's
parameters, the splitter) stay.
"""
import sys

from factcheck.extract import extract_claims


def text_memos():
    """The ``functools.lru_cache`` memos of the extraction modules that hold more than one entry."""
    memos = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("factcheck.extract") or module is None:
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and getattr(value, "__module__", None) == name and (info().maxsize or 2) > 1:
                memos.append(value)
    return memos


def fresh(function):
    """``function`` of one text, run with the text memos emptied first."""
    memos = text_memos()

    def run(text):
        for memo in memos:
            memo.cache_clear()
        return function(text)

    return run


extract_fresh = fresh(extract_claims)
