"""A synthetic news corpus for the scale benchmarks, written by this generator (no publisher's text).

Articles are built from sentence templates over invented outlets, entities, topics, units, numbers and
dates, and come with their claims already in the public claim shape (what ``Claim.to_dict()`` gives, plus
the store's ``id``/``article_id``/``source``/``published_at``/``indexed_at``), so a benchmark can bulk-load
them without running the extractor. ``text == body[start:end]`` holds for every claim.

Deterministic: article ``n`` of a ``Corpus(seed)`` is always the same, whatever was generated before, so a
benchmark can grow the corpus in steps. Each article reports on one *story* (an entity and three of its
measured quantities); several outlets report the same story with slightly different, sometimes
incompatible numbers, which is what the conflict candidate query and the rules have to sort out.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from factcheck.index.store import article_id_for, claim_id_for, fingerprint, url_key

_OUTLET_FIRST = ("Harbor", "Valley", "Northern", "Coastal", "Metro", "Prairie", "Summit", "Lakeside", "Capital",
                 "Granite", "Riverside", "Eastern", "Pacific", "Highland", "Union", "Civic")
_OUTLET_SECOND = ("Ledger", "Dispatch", "Courier", "Tribune", "Wire", "Herald", "Observer", "Gazette",
                  "Sentinel", "Post", "Chronicle", "Review")
_SYLLABLES = ("ka", "lor", "vin", "dre", "mo", "sta", "rel", "quo", "ban", "tir", "ven", "sol", "mar", "nex",
              "ori", "pel", "zan", "cor", "lum", "tek", "ara", "bel", "dov", "fen", "gal", "hal", "jor", "kel")
_GIVEN = ("Maria", "James", "Aisha", "Chen", "Olga", "Daniel", "Priya", "Tomas", "Grace", "Kwame", "Lena",
          "Omar", "Sofia", "Hiroshi", "Nadia", "Peter", "Ines", "Rafael", "Yara", "Samuel")
_FAMILY = ("Okafor", "Lindqvist", "Moreau", "Tanaka", "Alvarez", "Novak", "Haddad", "Brennan", "Kowalski",
           "Mensah", "Ferreira", "Iyer", "Castillo", "Weber", "Ncube", "Duarte", "Sato", "Reyes")
_ROLES = ("spokeswoman", "spokesman", "chief executive", "director", "analyst", "mayor", "minister")
_AGENCIES = ("Reuters", "the Associated Press", "Bloomberg", "local officials", "people familiar with the matter",
             "a senior official", "the company", "state regulators", "court filings")
_AGENCY_KIND = {"Reuters": "second_hand", "the Associated Press": "second_hand", "Bloomberg": "second_hand",
                "local officials": "organization", "people familiar with the matter": "anonymous",
                "a senior official": "anonymous", "the company": "organization", "state regulators": "organization",
                "court filings": "document"}
_QUOTES = ("We are confident the numbers will hold up", "This is a turning point for the region",
           "Nobody expected it to happen this fast", "We will publish the full figures next week",
           "The estimates were always conservative", "Our teams are working around the clock",
           "It is too early to draw conclusions", "The review found no irregularities")

# A topic: which kind of entity it is about, the figure's subject (the name is never its first word: the
# rules only read a capitalised first word as a name when it is written like one, "SpaceX"), its unit, the sentence that reports it
# ({who} the entity, {num} the figure's raw text), the true values' range and the number style.
_TOPICS = (
    ("company", "satellites launched by {who} into orbit", "satellite",
     "{who} has launched {num} satellites into low Earth orbit so far.", (20, 4000), "count"),
    ("company", "quarterly revenue of {who}", "USD",
     "{who} reported quarterly revenue of {num}.", (5e7, 9e10), "money"),
    ("company", "jobs cut at {who}", "job",
     "{who} said it had cut {num} jobs this year.", (50, 20000), "count"),
    ("company", "vehicles recalled by {who}", "vehicle",
     "{who} recalled {num} vehicles over a braking fault.", (500, 900000), "count"),
    ("city", "acres burned by the {who} fire", "acre",
     "The {who} fire has burned {num} acres, fire officials said.", (300, 400000), "count"),
    ("city", "homes destroyed by the {who} flood", "home",
     "The {who} flood destroyed {num} homes.", (10, 12000), "count"),
    ("city", "unemployment rate in {who}", "%",
     "The unemployment rate in {who} stood at {num} in the latest count.", (2, 14), "percent"),
    ("city", "transit budget approved by {who}", "USD",
     "The {who} council approved a transit budget of {num}.", (1e7, 5e9), "money"),
    ("project", "cost of the {who} project", "USD",
     "The {who} project will cost {num}, according to the latest estimate.", (1e8, 2e11), "money"),
    ("project", "turbines installed offshore for {who}", "turbine",
     "Crews have installed {num} turbines for {who} offshore.", (10, 900), "count"),
    ("project", "capacity added by {who}", "megawatt",
     "{who} will add {num} megawatts of capacity to the grid.", (50, 6000), "count"),
    ("agency", "applications received by the {who}", "application",
     "The {who} received {num} applications last month.", (1000, 500000), "count"),
    ("agency", "patients treated by {who} hospitals", "patient",
     "{who} hospitals treated {num} patients during the outbreak.", (100, 90000), "count"),
    ("agency", "grain delivered by the {who}", "ton",
     "The {who} has delivered {num} tons of grain.", (1000, 2000000), "count"),
    ("company", "stores opened by {who}", "store",
     "{who} opened {num} new stores across the country.", (5, 800), "count"),
    ("city", "people evacuated from {who}", "person",
     "Authorities evacuated {num} people from {who} overnight.", (100, 60000), "count"),
    ("project", "workers employed at the {who} site", "worker",
     "The {who} site employs {num} workers at its peak.", (200, 15000), "count"),
    ("project", "share of grid power from {who}", "%",
     "{who} would supply {num} of the region's power.", (1, 40), "percent"),
    ("agency", "inspections carried out by the {who}", "inspection",
     "The {who} carried out {num} inspections in the first quarter.", (100, 50000), "count"),
    ("agency", "grant funding awarded by the {who}", "USD",
     "The {who} awarded {num} in grant funding.", (1e6, 3e9), "money"),
)
_KINDS = ("company", "city", "project", "agency")
_QUALIFIERS = (("exact", "{n}"), ("exact", "{n}"), ("approximate", "about {n}"), ("more_than", "more than {n}"),
               ("at_least", "at least {n}"), ("at_most", "nearly {n}"), ("less_than", "fewer than {n}"))

START_DAY = date(2023, 1, 1)
DAYS = 3 * 365


def _format_count(value):
    return f"{int(round(value)):,}"


def _format_money(value):
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if value >= scale:
            shown = round(value / scale, 1)
            return f"${shown:g} {word}", shown * scale
    return f"${int(round(value)):,}", float(int(round(value)))


class Corpus:
    """Deterministic synthetic articles and claims (see the module docstring)."""

    def __init__(self, seed=7, entities=1500, outlets=40):
        rng = random.Random(seed)
        self.seed = seed
        names = set()
        outlet_names = []
        while len(outlet_names) < outlets:
            name = f"{rng.choice(_OUTLET_FIRST)} {rng.choice(_OUTLET_SECOND)}"
            if name not in outlet_names:
                outlet_names.append(name)
        self.outlets = outlet_names
        self.entities = []
        while len(self.entities) < entities:
            kind = rng.choice(_KINDS)
            stem = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
            # One distinctive word: a suffix shared by many names ("Motors") would make unrelated
            # entities look alike to the subject rules, which real names rarely do.
            name = stem
            if name in names:
                continue
            names.add(name)
            topics = [topic for topic in _TOPICS if topic[0] == kind]
            # Each entity has its own true values and a date around which it is in the news.
            truth = [rng.uniform(*topic[4]) for topic in topics]
            self.entities.append({"name": name, "kind": kind, "topics": topics, "truth": truth,
                                  "day": rng.randrange(DAYS)})
        self.people = [f"{g} {f}" for g in _GIVEN for f in _FAMILY]

    # -- one article ----------------------------------------------------------------------------

    def article(self, n, figures=3, probe=False):
        """``(article document, [claim documents])`` for article number ``n``.

        ``probe=True`` gives a different series of articles (numbered apart from the corpus) about
        the same entities, for timing conflict detection on an article that is not yet stored.
        """
        rng = random.Random(f"{self.seed}:{'probe' if probe else 'corpus'}:{n}")
        entity = self.entities[rng.randrange(len(self.entities))]
        outlet = rng.choice(self.outlets)
        day = START_DAY + timedelta(days=min(DAYS - 1, max(0, entity["day"] + rng.randint(-60, 60))))
        published_at = day.isoformat()
        who = entity["name"]

        parts = []  # (sentence, [claim stubs with offsets relative to the sentence])
        title = f"{who}: what we know"
        picks = [rng.randrange(len(entity["topics"])) for _ in range(figures)] if figures > len(entity["topics"]) \
            else rng.sample(range(len(entity["topics"])), figures)
        for index in picks:
            _, subject, unit, template, _, style = entity["topics"][index]
            truth = entity["truth"][index]
            roll = rng.random()
            if roll < 0.08:
                value = truth * rng.choice((0.1, 10.0))  # a scale slip
            elif roll < 0.25:
                value = truth * rng.uniform(1.2, 1.6)  # a different number altogether
            else:
                value = truth * rng.uniform(0.99, 1.01)
            qualifier, wording = rng.choice(_QUALIFIERS)
            if style == "money":
                number, value = _format_money(value)
            elif style == "percent":
                value = round(value, 1)
                number = f"{value:g}%"
            else:
                value = float(int(round(value)))
                number = _format_count(value)
            raw = wording.format(n=number)
            sentence = template.format(who=who, num=raw)
            start = sentence.index(raw)
            low = value if qualifier in ("more_than", "at_least") else None
            high = value if qualifier in ("less_than", "at_most") else None
            figure = {"value": int(value) if float(value).is_integer() else value, "unit": unit,
                      "qualifier": qualifier, "low": low, "high": high, "subject": subject.format(who=who),
                      "raw": raw, "role": None, "linked": None}
            parts.append((sentence, [{"type": "figure", "rel_start": start, "rel_end": start + len(raw),
                                      "speaker": None, "speaker_kind": None, "quote": None, "figure": figure,
                                      "confidence": round(rng.uniform(0.7, 0.99), 2),
                                      "checkworthiness": round(rng.uniform(0.4, 0.95), 2)}]))
        if not probe:
            person = rng.choice(self.people)
            content = rng.choice(_QUOTES)
            sentence = f"\u201c{content},\u201d said {person}, a {rng.choice(_ROLES)} at {who}."
            parts.append((sentence, [{"type": "quote", "rel_start": 0, "rel_end": len(content) + 3,
                                      "speaker": person, "speaker_kind": "person",
                                      "quote": {"content": content, "direct": True}, "figure": None,
                                      "confidence": 0.9, "checkworthiness": round(rng.uniform(0.1, 0.6), 2)}]))
            agency = rng.choice(_AGENCIES)
            sentence = f"The figures could still change, according to {agency}."
            credit = f"according to {agency}"
            start = sentence.index(credit)
            parts.append((sentence, [{"type": "attribution", "rel_start": start, "rel_end": start + len(credit),
                                      "speaker": agency, "speaker_kind": _AGENCY_KIND[agency], "quote": None,
                                      "figure": None, "confidence": 0.85,
                                      "checkworthiness": round(rng.uniform(0.1, 0.5), 2)}]))
        rng.shuffle(parts)

        body_parts, stubs, offset = [], [], 0
        for sentence, sentence_stubs in parts:
            for stub in sentence_stubs:
                stubs.append((stub, sentence, offset))
            body_parts.append(sentence)
            offset += len(sentence) + 1
        body = " ".join(body_parts) + f" (Story {n}.)"
        article_fingerprint = fingerprint(outlet, body)
        article_id = article_id_for(article_fingerprint)
        url = f"https://{outlet.lower().replace(' ', '')}.example/{'p' if probe else 'a'}/{n}"
        claims = []
        for position, (stub, sentence, base) in enumerate(sorted(stubs, key=lambda s: s[2] + s[0]["rel_start"])):
            start, end = base + stub["rel_start"], base + stub["rel_end"]
            claims.append({
                "id": claim_id_for(article_id, position), "article_id": article_id, "type": stub["type"],
                "text": body[start:end], "start": start, "end": end, "sentence": sentence, "source": outlet,
                "published_at": published_at, "speaker": stub["speaker"], "speaker_kind": stub["speaker_kind"],
                "confidence": stub["confidence"], "checkworthiness": stub["checkworthiness"],
                "quote": stub["quote"], "figure": stub["figure"],
            })
        article = {"id": article_id, "url": url, "source": outlet, "title": title, "body": body,
                   "published_at": published_at, "language": "en", "claim_count": len(claims),
                   "fingerprint": article_fingerprint, "url_key": url_key(url)}
        return article, claims


if __name__ == "__main__":  # a look at a few generated articles
    import json
    import sys

    corpus = Corpus()
    for number in range(int(sys.argv[1]) if len(sys.argv) > 1 else 2):
        print(json.dumps(corpus.article(number), indent=1, ensure_ascii=False))
