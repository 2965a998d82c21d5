"""Conflict detection never raises on the figures two articles give, whatever their values and units (no
server): zero, negative, tiny and huge values, the same digits at other powers of ten, units that convert
and units that do not."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.conflicts.align import conflicts_between
from factcheck.conflicts.training import story_figures

VALUES = st.one_of(
    st.sampled_from(["0", "-15.5", "1.55", "155", "-0.2", "zero", "12", "120", "1,200", "0.0001", "1e9"]),
    st.integers(-10**7, 10**13).map(lambda value: f"{value:,}"),
    st.decimals(-1000, 1000, places=3).map(str),
)
AFTER = st.sampled_from(["", " tonnes", " km", " kilometres", " miles", " degrees Celsius", " per cent", "%",
                         " people", " satellites", " cubic metres", " litres per second", " million", " billion",
                         " microgrammes per litre", " MW", " hours", " years", " votes", " pesos", " kg"])
BEFORE = st.sampled_from(["", "$", "€", "about ", "more than ", "up to ", "nearly ", "between 3 and ", "-", "US$"])
SENTENCES = st.lists(st.tuples(BEFORE, VALUES, AFTER).map(
    lambda parts: f"The count at the Harlow site reached {''.join(parts)} on Monday, officials said."),
    min_size=1, max_size=4).map(" ".join)


def articles(first_body, second_body):
    found = story_figures([
        {"id": "a", "source": "Outlet A", "published_at": "2026-03-02", "body": first_body},
        {"id": "b", "source": "Outlet B", "published_at": "2026-03-04", "body": second_body},
    ])
    return found["a"], found["b"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SENTENCES, SENTENCES)
def test_any_two_articles_figures_compare_without_error(first_body, second_body):
    first, second = articles(first_body, second_body)
    for earlier, later, result, match in conflicts_between(first, second, 0.0):
        assert result.kind in ("contradiction", "update") and result.explanation
        assert 0.0 <= match.probability <= 1.0
        assert earlier["published_at"] <= later["published_at"]
