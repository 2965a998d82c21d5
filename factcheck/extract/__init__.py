"""Pure text -> claims: sentences, figures, quotes, attributions and their scores.

No Flask and no search client here: ``extract_claims(body)`` takes a ``str`` and returns ``Claim``
objects ordered by ``start``; ``Claim.to_dict()`` gives the public claim shape of DESIGN.md.
"""
from factcheck.extract.claims import Claim, Figure, Quote
from factcheck.extract.pipeline import context_of, extract_claims, get_pipeline

__all__ = ["Claim", "Figure", "Quote", "context_of", "extract_claims", "get_pipeline"]
