"""The extraction pipeline: sentences, then figures, quotes and attributions, then scores.

Built once per process on first use (``get_pipeline``) and reused; each component is a module of
its own with a plain function or class interface, so each can be tested alone. Every claim keeps
``body[start:end] == text``; a component that fails on odd input loses its claims for that
sentence, never the request.
"""
from __future__ import annotations

import bisect
import logging
import re
import threading
from operator import attrgetter

from factcheck.extract.attributions import find_attributions, speech_verbs
from factcheck.extract.claims import Claim, Quote
from factcheck.extract.conventions import apply_conventions
from factcheck.extract.figures import carry_group_unit, find_figures
from factcheck.extract.patterns import word_alternation
from factcheck.extract.quotes import (FoundQuote, business_its_sentences_open_with, business_named_by_its_work,
                                      business_the_story_is_about, find_direct_quotes, find_reported_speech,
                                      gives_no_organisation, has_long_quote, is_spokesperson, may_stand_for, named_org,
                                      organisation_its_sentences_open_with, resolve_speakers, said_going_on,
                                      said_on_after_the_cue, speaking_for, spokesperson_named, subject_org,
                                      with_double_quote_marks)
from factcheck.extract.scoring import score_attribution, score_figure, score_quote
from factcheck.extract.sentences import dateline_end, get_splitter
from factcheck.extract.speakers import ROLE_WORDS, SpeakerBook, in_running_text, speaker_kind

log = logging.getLogger(__name__)

_LOCK = threading.Lock()
_PIPELINE = None
# A "sentence" longer than this (2 MB on one line, binary junk) is cut into windows so that the
# per-sentence components keep a bounded cost; offsets stay exact.
MAX_SENTENCE = 2000


class Pipeline:
    """Text in, claims out."""

    def __init__(self):
        self.splitter = get_splitter()

    def __call__(self, body: str, context: str = "") -> list[Claim]:
        if not isinstance(body, str) or not body.strip():
            return []
        try:
            # the quote finders and the splitter read the quotation marks as double ones, whatever the article's
            # language writes ("„...“", "«...»", '...'), one character for another: offsets hold in ``body``
            marked = with_double_quote_marks(body)
            spans = self.splitter.spans(marked)
        except Exception:  # pragma: no cover - the splitter is the last thing that should fail
            log.exception("E-EXTRACT-SENTENCES: sentence splitting failed; using paragraphs")
            marked, spans = body, [(0, len(body))]
        spans = list(_bounded(body, spans))
        sentences = [body[start:end] for start, end in spans]
        # who said what is read after the dateline ("SINGAPORE, Oct 7 (APN) - PayKaki said")
        speech_spans = _after_dateline(body, spans)
        book = SpeakerBook()
        book.learn_names(body)
        # one component at a time over all sentences (they do not depend on each other here): each
        # runs its own code and tables back to back, which keeps them warm in the CPU caches
        attributed: dict[int, str] = {}
        attributions: list[Claim] = []
        speaker_events = []
        closing = []  # attributions that close their sentence: ", Fire Chief Ramon Estes said."
        verbs = [None] * len(sentences)  # each sentence's speech verbs: for attributions and reported speech
        for index, (start, end) in enumerate(speech_spans):
            sentence = body[start:end]
            try:
                verbs[index] = sentence_verbs = speech_verbs(sentence)
                for item in find_attributions(sentence, sentence_verbs):
                    at, to = start + item.start, start + item.end
                    kind = speaker_kind(item.speaker, item.verb, item.second_hand, book)
                    speaker = book.full_name(item.speaker) if kind == "person" else book.spelled_out(item.speaker)
                    if item.verb != "learned":  # (a publication's own finding is no referent for "it said")
                        speaker_events.append((at, speaker, kind))
                    attributions.append(Claim("attribution", body[at:to], at, to, sentences[index],
                                              speaker=in_running_text(speaker, kind),
                                              speaker_kind=kind, sentence_start=spans[index][0]))
                    attributed.setdefault(index, kind)
                    if item.closes_sentence and item.verb in _SAYING and kind != "document":
                        closing.append((start, sentence, item, speaker, kind, at))
            except Exception:  # pragma: no cover
                log.exception("E-EXTRACT-ATTRIBUTION: sentence at %d skipped", start)
        claims: list[Claim] = []
        figure_sentences = set()
        found = []
        for index, sentence in enumerate(sentences):
            start = spans[index][0]
            try:
                earlier, found = found, find_figures(sentence)
                carry_group_unit(sentence, found, earlier)
                for item in found:
                    at, to = start + item.start, start + item.end
                    claim = Claim("figure", body[at:to], at, to, sentence, confidence=item.confidence,
                                  figure=item.figure, sentence_start=start)
                    claims.append(claim)
                    figure_sentences.add(index)
                    score_figure(claim, attributed.get(index))
            except Exception:  # pragma: no cover
                log.exception("E-EXTRACT-FIGURES: sentence at %d skipped", start)
        apply_conventions(body, claims, context)  # only figures so far
        starts = [s for s, _ in spans]
        for claim in attributions:
            index = bisect.bisect_right(starts, claim.start) - 1
            score_attribution(claim, index in figure_sentences)
        claims.extend(attributions)
        try:
            quotes = find_direct_quotes(marked, speech_spans, book)
            quotes += find_reported_speech(marked, speech_spans, book, skip=[(q.start, q.end) for q in quotes],
                                           verbs=verbs)
            quote_cues = {q.cue_start for q in quotes if not q.direct}
            resolve_speakers(quotes, book, [e for e in speaker_events if e[0] not in quote_cues])
            quotes = _with_speech_before_attribution(closing, quotes, book)
            quotes += said_on_after_the_cue(body, speech_spans, quotes)
        except Exception:  # pragma: no cover
            log.exception("E-EXTRACT-QUOTES: quotes skipped")
            quotes = []
        reported_cues = _reported_speech_attributions(body, quotes, spans, starts, attributions, figure_sentences)
        claims.extend(reported_cues)
        claims.extend(_quote_cue_attributions(body, quotes, spans, starts, attributions + reported_cues,
                                              figure_sentences))
        for item in quotes:
            index = max(0, bisect.bisect_right(starts, item.start) - 1)
            s_start, s_end = spans[index] if spans else (0, len(body))
            sentence = body[s_start:max(s_end, min(item.end, s_start + MAX_SENTENCE))]
            claim = Claim("quote", body[item.start:item.end], item.start, item.end, sentence,
                          speaker=in_running_text(item.speaker, item.speaker_kind),
                          speaker_kind=item.speaker_kind,
                          quote=Quote(_as_written(item, body, marked), item.direct), sentence_start=s_start)
            score_quote(claim)
            claims.append(claim)
        claims.sort(key=_POSITION)
        _credit_the_org_just_named(claims, book)
        _credit_the_business_just_told_of(claims, spans, starts, book)
        _name_who_is_left_unnamed(claims, spans, starts, book)
        return claims


# How far back an organisation credited by name is the one "the company" of the next quote stands for.
_JUST_NAMED = 600


def _credit_the_org_just_named(claims, book):
    """A quote "the company" said right after an organisation of that kind was credited by name is that
    organisation's: 'Bophelo Platinum said ... "Our priority ...," the company said'. One article's "the company"
    is one organisation: where it follows two, it is left as written. Quotes only: an attribution keeps the words
    the article credits."""
    named = None  # (end, name) of the last organisation credited by name
    credited = {}  # "the company" -> [(quote, name)]
    for claim in claims:
        if claim.speaker_kind != "organization" or claim.type == "figure":
            continue
        speaker = claim.speaker or ""
        if claim.type == "quote" and named and claim.start - named[0] < _JUST_NAMED \
                and may_stand_for(speaker, named[1], book):
            credited.setdefault(speaker.lower(), []).append((claim, named[1]))
        elif speaker[:1].isupper() and not speaker.startswith("The "):
            named = (claim.end, speaker)
    for pairs in credited.values():
        if len({name for _, name in pairs}) == 1:
            for claim, name in pairs:
                claim.speaker = name


def _credit_the_business_just_told_of(claims, spans, starts, book):
    """A quote "the company" said that no credited name accounts for is the business its sentence, or the one
    or two before it, opens with (``business_its_sentences_open_with``), else the one the story is about
    (``business_the_story_is_about``). Quotes only, as above."""
    for claim in claims:
        if claim.type != "quote" or claim.speaker_kind != "organization" \
                or (claim.speaker or "").lower() not in _BUSINESS_PHRASES:
            continue
        nearest = list(_sentences_back(spans, starts, claim.start, 3))
        claim.speaker = business_its_sentences_open_with(nearest, book) \
            or (business_named_by_its_work(nearest, book) if claim.speaker.lower() in _ANY_BUSINESS else None) \
            or business_the_story_is_about(nearest[:1], spans[0], book) or claim.speaker


def _sentences_back(spans, starts, offset, count):
    """The spans of the sentence that holds ``offset`` and of the ``count - 1`` before it, nearest first."""
    index = bisect.bisect_right(starts, offset) - 1
    return reversed(spans[max(0, index - count + 1):index + 1])


# How a business of any trade is credited again: any business the sentences before name by its work may be the one
# meant ("the club" is no "Miami-based" buyer of it).
_ANY_BUSINESS = frozenset({"the company", "the firm"})
# How a business already named is credited again.
_BUSINESS_PHRASES = frozenset({"the company", "the firm", "the utility", "the airline", "the carrier", "the retailer",
                               "the lender", "the insurer", "the club", "the operator", "the miner"})


def _name_who_is_left_unnamed(claims, spans, starts, book):
    """What the article says of sources the claims leave unnamed: the organisation an unnamed spokesperson speaks
    for ("a company spokesperson" -> "a Kafwila Copper Mines spokesperson"; "a spokesperson" -> "a spokesperson for
    Luz Andina" when its sentence, or the one before, opens with Luz Andina), and the person a "he said" with no
    speaker before it stands for ("For grower Joaquim Batista Neto, the frost took ... 'I have never seen that
    here,' he said")."""
    for claim in claims:
        if claim.speaker_kind == "anonymous" and claim.speaker and "spokes" in claim.speaker:
            named = spokesperson_named(claim.speaker, book)
            if named is None and gives_no_organisation(claim.speaker) \
                    and not (claim.type == "attribution" and " for " in claim.text):  # (its organisation, cleaned off)
                org = organisation_its_sentences_open_with(_sentences_back(spans, starts, claim.start, 2), book)
                named = speaking_for(claim.speaker, org, book) if org else None
            claim.speaker = named or claim.speaker
        elif claim.speaker in ("he", "she") and claim.type == "quote":
            claim.speaker = book.person_named_last(claim.start) or claim.speaker


def _reported_speech_attributions(body, quotes, spans, starts, attributions, figure_sentences):
    """Attributions for reported speech cued by a pronoun ("He said the county had spent $85,000", "In a filing, it
    said"), credited to the person or the organisation the pronoun was resolved to, or by a relative clause
    ("Pazaryolu, which says it has 14 million customers"), credited to the name before it; the attribution finder
    leaves both alone."""
    taken = {claim.start for claim in attributions}
    found = []
    for item in quotes:
        if item.direct or item.cue_start < 0 or item.cue_start in taken or not item.speaker:
            continue
        if body.startswith(_RELATIVE_CUES, item.cue_start) and item.cue_end > item.cue_start:
            # "The union, which says it has 22,000 members": the clause credits the name before it
            found.append(_cue_attribution(body, spans, starts, figure_sentences, item.cue_start, item.cue_end,
                                          in_running_text(item.speaker, item.speaker_kind), item.speaker_kind))
            continue
        raw = (item.speaker_raw or "").lower()
        if item.speaker_kind not in ("person", "anonymous", "organization") or raw not in _PRONOUN_SPEAKERS \
                or item.speaker.lower() in _PRONOUN_SPEAKERS:  # a pronoun nobody was named for
            continue  # ("She said" after "A BPB spokeswoman said" is the spokeswoman's, as written)
        if raw == "it" and not _IT_OPENS_THE_CUE.match(body, item.cue_start):
            continue  # "... has begun publishing data it says": the cue is inside a clause of its own
        if item.cue_end >= 0:  # a cue closing the sentence: "..., she said."
            end = item.cue_end
        else:
            end = item.start
            while end > item.cue_start and body[end - 1].isspace():
                end -= 1
            if body[item.cue_start:end].lower().endswith(" that"):
                end -= len(" that")
        found.append(_cue_attribution(body, spans, starts, figure_sentences, item.cue_start, end, item.speaker,
                                      item.speaker_kind))
    return found


def _quote_cue_attributions(body, quotes, spans, starts, attributions, figure_sentences):
    """Attributions for the cues of direct quotes ('"...," the analyst said', 'Chief Executive Dana Whitcomb
    said in a statement'): whom the article credits, and where a statement was written, which a
    fact-checker can ask for. One per cue, however many quotes it serves, and none where the attribution
    finder read the cue already ('Council leader Patricia Ombele said the record proved "..."')."""
    found, cues = [], [(claim.start, claim.end) for claim in attributions]
    for item in quotes:
        if not item.direct or item.cue_start < 0 or item.cue_end <= item.cue_start or not item.speaker \
                or any(start < item.cue_end and item.cue_start < end for start, end in cues):
            continue
        cues.append((item.cue_start, item.cue_end))
        found.append(_cue_attribution(body, spans, starts, figure_sentences, _cue_clause_start(body, item),
                                      item.cue_end, in_running_text(item.speaker, item.speaker_kind),
                                      item.speaker_kind))
    return found


def _cue_clause_start(body, item):
    """Where a quote's cue starts: a lead-in runs from its sentence's start, its attribution from the clause
    that names the source ("Some 120 rescuers ... worked on the debris field, | which Engr. Rolando Baculi
    described as")."""
    named_at = body.find(item.speaker_raw, item.cue_start, item.cue_end) \
        if item.speaker_raw and item.cue_end <= item.start else -1
    if named_at < 0:
        return item.cue_start
    clause_at = max(body.rfind(",", item.cue_start, named_at), body.rfind(";", item.cue_start, named_at)) + 1
    while 0 < clause_at < named_at and body[clause_at].isspace():
        clause_at += 1
    return max(item.cue_start, clause_at)


def _cue_attribution(body, spans, starts, figure_sentences, start, end, speaker, kind):
    """The attribution claim of a quote's cue at ``start:end`` of ``body``, scored in its sentence."""
    index = max(0, bisect.bisect_right(starts, start) - 1)
    s_start, s_end = spans[index]
    claim = Claim("attribution", body[start:end], start, end, body[s_start:s_end], speaker=speaker,
                  speaker_kind=kind, sentence_start=s_start)
    score_attribution(claim, index in figure_sentences)
    return claim


_PRONOUN_SPEAKERS = {"he", "she", "it"}  # ("it" as resolved to an organisation)
# An "it" cue that opens its sentence, perhaps after an opening phrase: "It said", "In a filing, it said".
_IT_OPENS_THE_CUE = re.compile(r"(?:[A-Z][^.,;]{0,80},\s+)?[Ii]t\b")
_RELATIVE_CUES = ("which ", "who ")
# The role before a name in apposition: "the city's public works director". The role words are
# factored (see patterns.py) and the words before them possessive (a word given back would leave no
# space after it): a phrase that is no role fails fast instead of trying every role at every split.
_ROLE_BEFORE_NAME = re.compile(r"\s*(?:the|a|an|its|their)?\s*(?:[\w'’-]++\s+){0,4}"
                               + word_alternation(ROLE_WORDS) + r"(?:\s+(?:of|for|at)\s+[\w'’ -]{1,50})?\s*",
                               re.IGNORECASE)  # also "the head of the anaesthesia department"
# Or a short description of whoever is named after it: "the groom", "his employer", "the authority's chief
# dispatcher".
_DESCRIBED_BEFORE_NAME = re.compile(r"\s*(?:the|its|their|his|her)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*\s*")
# Verbs of an attribution that closes its sentence which make the rest of it reported speech.
# (not "reports", "notes" and "states", as often nouns closing a sentence: "from distributor reports.")
_SAYING = frozenset("said says say told tells added adds noted explained explains stated wrote writes "
                    "argued argues warned warns warn cautioned cautions confirmed confirms estimated estimates "
                    "reported acknowledged acknowledges admitted admits insisted insists conceded concedes "
                    "stressed stresses announced announces claimed claims predicted predicts".split())


def _describes_the_source(sentence, start, end, source_at):
    """Whether the words of ``sentence`` between the commas at ``start`` and ``end`` say who the source named
    right after them (at ``source_at``) is: its role (", the city's public works director, Sandra Vukovich,
    said"), or a short description of one named without a role (", the groom, Mohamed Ait Brahim, said")."""
    return _ROLE_BEFORE_NAME.fullmatch(sentence[start + 1:end]) is not None \
        or _DESCRIBED_BEFORE_NAME.fullmatch(sentence, start + 1, end) is not None \
        and sentence[source_at:source_at + 1].isupper() and not _ROLE_BEFORE_NAME.match(sentence, source_at)


def _with_speech_before_attribution(closing, quotes, book):
    """``quotes`` with the reported speech told before its source: "Crews fought the blaze for nine hours, Fire
    Chief Ramon Estes said." is Ramon Estes' account, "..., the company said." the company's, by its name where
    the article gives one (``named_org``). Sentences with a direct quote of their own are left to it."""
    quotes = list(quotes)
    found = []
    for sentence_start, sentence, item, speaker, kind, cue_at in closing:
        if has_long_quote(sentence):
            continue  # (a few words quoted stay inside what was said: 'rated the service "good"')
        comma = sentence.rfind(",", 0, item.start)
        role_at = sentence.rfind(",", 0, comma)
        if _describes_the_source(sentence, role_at, comma, item.start):
            if role_at <= 0:
                continue  # "The district's chief executive, Alan Storer, said in ...": the speaker, not speech
            comma = role_at  # ", the city's public works director, Sandra Vukovich, said."
        content_end = sentence_start + comma
        content_start = sentence_start + len(sentence) - len(sentence.lstrip())
        overlapping = [quote for quote in quotes if quote.start < content_end and content_start < quote.end]
        if comma <= 0 or any(quote.direct or not content_start <= quote.cue_start < content_end
                             for quote in overlapping):
            continue
        content = sentence[content_start - sentence_start:comma]
        if len(content.split()) < 3:
            continue
        # reported speech whose own cue lies inside what the closing source said is that source's account: "62
        # farms had reported losses, the growers' cooperative said"
        quotes = [quote for quote in quotes if quote not in overlapping]
        # "the fund said": the fund the sentence is about, else the one fund the article names, if it names one;
        # "the commissioner said": the one person the article gave that role
        person = book.person_in_role(speaker) if kind == "anonymous" or is_spokesperson(speaker) else None
        if person:
            found.append(FoundQuote(content_start, content_end, content, False, speaker, person, "person", cue_at))
            continue
        named = subject_org(content, speaker, book) or named_org(book, speaker, by_name_only=kind != "organization")
        kind = "organization" if named else kind
        found.append(FoundQuote(content_start, content_end, content, False, speaker, named or speaker, kind, cue_at))
        more_at = said_going_on(sentence, item.end)
        more_end = len(sentence.rstrip().rstrip(".!?"))
        if more_at >= 0 and len(sentence[more_at:more_end].split()) >= 3:
            found.append(FoundQuote(sentence_start + more_at, sentence_start + more_end, sentence[more_at:more_end],
                                    False, speaker, named or speaker, kind, cue_at))
    return quotes + found


_POSITION = attrgetter("start", "end", "type")  # claims in body order


def _after_dateline(body: str, spans):
    """``spans`` with the first one starting after the article's dateline, if it has one."""
    skip = dateline_end(body) if spans else 0
    if not skip:
        return spans
    start, end = spans[0]
    return [(min(max(start, skip), end), end), *spans[1:]]


def _as_written(item, body: str, marked: str) -> str:
    """The words of quote ``item`` with the quotation marks ``body`` writes them with: the quote finders read
    ``marked``, its marks written as double ones (``with_double_quote_marks``), one character for another."""
    if marked is body:
        return item.content
    at = marked.find(item.content, item.start, item.end)
    return body[at:at + len(item.content)] if at >= 0 else item.content


def _bounded(body: str, spans):
    """Cut over-long sentences into windows at whitespace so no component sees unbounded input."""
    for start, end in spans:
        while end - start > MAX_SENTENCE:
            cut = body.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            if cut <= start:
                cut = start + MAX_SENTENCE
            yield start, cut
            start = cut
            while start < end and body[start].isspace():
                start += 1
        if end > start:
            yield start, end


def get_pipeline() -> Pipeline:
    """The process-wide pipeline, built lazily (gunicorn workers build their own after fork)."""
    global _PIPELINE
    if _PIPELINE is None:
        with _LOCK:
            if _PIPELINE is None:
                _PIPELINE = Pipeline()
    return _PIPELINE


def extract_claims(body: str, context: str = "") -> list[Claim]:
    """The claims of an article body, ordered by ``start``; never raises on odd input. ``context`` is
    what else is known of the article (``context_of``): no claim is taken from it, but it may say which
    country's dollars or pesos the body counts in when the body does not."""
    return get_pipeline()(body, context if isinstance(context, str) else "")


def context_of(article) -> str:
    """The words about an article beside its body: its title and its outlet's name ("Canadian Transit
    Review", "Aotearoa Public Radio"), which a local story's body may never follow with its country."""
    return "\n".join(text for text in (article.get("title"), article.get("source")) if isinstance(text, str))
