"""Attributions: who a statement is credited to.

Input: one sentence. Output: ``FoundAttribution`` items (offsets relative to the sentence) for
``according to X``, ``X said/reported/estimated`` (leading or trailing), ``sources say``,
``citing X`` and ``people familiar with the matter said``; ``speaker`` is the credited source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from factcheck.extract.figures import singular
from factcheck.extract.patterns import (DAY_AFTER_COMMA, DAY_ENDINGS, ROLE_BEFORE_PREPOSITION, non_word_as_space,
                                        word_alternation)
from factcheck.extract.quotes import (
    ABBREVIATED_SUFFIXES, ASIDE_AFTER_NAME, ADDED_AMOUNT, ADDRESSEE, APPOSED_NAME, CLAIMS_AS_A_NOUN, DESCRIBED_SOURCE,
    NAME_IN_A_PLACE, NOT_BEFORE_A_VERB, PUT_AT, PUT_VERBS, REPORTING_VERBS, ROLE_THEN_NAME_TO_THE_END, SAYING_ONLY,
    UNNAMED_AT_LENGTH, UNNAMED_TO_THE_END, UNNAMED_WHO, closing_subordinate_subject, gives_an_order,
    phrase_before_verb, states_nothing, subject_of_coordinated_verb,
)
from factcheck.extract.speakers import ORG_WORDS as _ORG_NAME_WORDS
from factcheck.extract.speakers import (
    ANONYMOUS_HEADS,
    ORG_HEADS,
    DOCUMENT_VERBS,
    ORG_NOUNS,
    ROLE_WORDS,
    SPEECH_VERBS,
    TITLES,
    clean_name,
    counts_people,
    is_document_phrase,
    named_at_organisation,
    names_one_body,
    one_unnamed_person,
    subject_before_apposition,
)

ATTRIBUTION_VERBS = (
    "said|says|say|reported|reports|report|estimated|estimates|estimate|told|tells|announced|"
    "announces|confirmed|confirms|according|noted|notes|added|stated|claimed|claims|warned|warns|"
    "predicted|predicts|projected|projects|forecast|forecasts|calculated|calculates|found|showed|shows|wrote|"
    "argued|argue|argues|believe|believes|suggested|suggest|acknowledged|admitted|denied|testified|"
    "indicated|indicate|indicates|alleged|allege|alleges|concluded|insisted|maintain|maintained|contend|"
    "show|expected|expect|expects|counted|tallied|recorded|counts|note|warn|urged|urges|urge|recommend|"
    "recommends|recommended|cautioned|cautions|caution|put|puts|insist|insists|stressed|stresses|revealed|reveals|"
    "blamed|blames|attributed|attributes|reiterated|reiterates"
)
# Forecasts analysts make ("analysts expected"): these credit a source only when their subject is a group
# of people or a named organisation (the verbs of documents, speakers.DOCUMENT_VERBS, need a document).
_FORECAST_VERBS = {"expected", "expect", "expects"}
# Counts a source made ("County assessors have so far counted 2,287 damaged homes"): credited only to
# a group, an organisation or a document, never to "the team recorded three wins".
_COUNT_VERBS = {"counted", "tallied", "recorded", "counts"}
# Causes a source names ("traders attributed most of the move to dry weather"); as a participle right
# before "to" ("12 deaths attributed to the heat") they credit nobody.
_ATTRIBUTING_VERBS = {"attributed", "attributes"}
_ATTRIBUTION_VERBS = frozenset(ATTRIBUTION_VERBS.split("|"))
# Their plain forms ("note", "warn", "show"), which a singular subject never takes ("forecast" and "put" are past
# forms too; "A staff report", "a first estimate" are sources as nouns, and read as such).
_BASE_FORMS = frozenset(verb for verb in _ATTRIBUTION_VERBS if verb + "s" in _ATTRIBUTION_VERBS
                        and verb not in ("forecast", "put", "report", "estimate"))
# One thing, named by a determiner and a noun, opening a clause right before such a word: "A ransom note".
_ONE_THING_BEFORE = re.compile(r"(?:^|[,;:]\s+)(?:[Aa]n?|[Oo]ne|[Ee]ach|[Tt]his)\s+"
                               r"(?!(?:week|month|year|morning|afternoon|evening|weekend|quarter|season)$)[\w'’-]+$")
# The speech verbs of a sentence, for attributions and for reported speech (quotes.REPORTING_VERBS):
# one scan finds both (see speech_verbs). A verb starts a word; the scan takes the non-word character
# before it as the first of its match, so that ``re`` skips ahead in C to the characters that can
# open one (see patterns.py), and runs on the sentence with a space put in front. The words before the
# verb are possessive (``?+``): they end in a space and no verb holds one, so when they match, no verb
# could start where they do, and ``re`` need not keep the way back.
_SPEECH_VERB_AFTER = (r"(?:(?:has |have |had )(?:so far |now |already )?+|also |later |previously )?+"
                      r"(?P<verb>" + word_alternation(_ATTRIBUTION_VERBS | REPORTING_VERBS) + r")\b")
_SPEECH_VERB = re.compile(r"\W" + _SPEECH_VERB_AFTER)
# The same scan on ASCII text whose non-word characters have all been made spaces (_NON_WORD_AS_SPACE):
# a pattern that opens with one literal character is searched for by a tight loop in C, several times
# faster than one that opens with a class. Words, and so the verbs and where they end, stay as they
# are; only the words before a verb ("has ", "also ") may read differently (see speech_verbs).
_SPACE_THEN_SPEECH_VERB = re.compile(b" " + _SPEECH_VERB_AFTER.encode("ascii"), re.ASCII)
_NON_WORD_AS_SPACE = non_word_as_space()
assert not any(" " in verb for verb in _ATTRIBUTION_VERBS | REPORTING_VERBS), "the possessive words above need it"
# A period inside a sentence ends no source: it abbreviates ("according to Dr. Aaron Whitfield").
_ACCORDING = re.compile(r"\baccording to (?P<src>(?:[^,.;:!?\"“”()]|\.(?=\s*[A-Za-z0-9])){2,80})", re.IGNORECASE)
_CUES_WITHOUT_VERB = ("according to", "citing", "quoting", "per ", " heard", " was told", " were told", " learn",
                      " understands", " can reveal")
# What a court or an inquiry heard: "The court heard that ...", "..., the inquest was told.", "..., a court in
# northern NSW has heard.", "..., Hartsford Crown Court heard." The evidence is credited to the hearing, whoever
# gave it.
_HEARING_TOLD = re.compile(r"\b(?P<src>(?:(?:[Tt]he|[Aa]n?) (?:court|tribunal|inquest|inquiry|hearing|jury|committee|"
                           r"panel|commission)|(?:[Tt]he )?(?:[A-Z][\w'’-]* ){1,3}(?:Court|Tribunal|Inquest|Inquiry))"
                           r"(?: in (?:(?:northern|southern|eastern|western|central) )?"
                           r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?) (?:(?:has|had) )?(?:heard|was told|were told)\b")
# What a publication found out itself: "Abendkurier has learned", "Transit Fleet Review understands", "The Jolt
# can reveal". The publication's name stands right before the words, capitalised.
_PUBLICATION_NAME = r"[A-Z][\w'’&-]*(?: (?:& )?[A-Z][\w'’&-]*){0,4}"
_OUTLET_LEARNED = re.compile(
    r"\b(?!(?:But|And|So|Yet|Now) )(?P<src>(?:The )?" + _PUBLICATION_NAME + ") "
    r"(?P<verb>has learned|has learnt|can reveal|"
    # what it understands is a clause, not "understands the risks"
    r"understands(?= that\s| (?:the|a|an|its|their) [\w-]+(?: [\w-]+)? "
    r"(?:has|have|had|is|are|was|were|will|would|could|plans|intends)\b))(?=[\s,.;:]|$)")
# ... or closing the sentence after a comma: "The company has paid out 900,000 kroner, Kveldsavisa understands."
_OUTLET_LEARNED_AT_THE_END = re.compile(r"(?<=, )(?P<src>(?:[Tt]he )?" + _PUBLICATION_NAME
                                        + r") understands(?=[.;]?\s*$)")
# "per" as "according to", after a comma or opening the sentence, before a name or a document: ", per
# Viewmark overnights", "Per data from broker Linwood Re,"; never "per cent" or "$5 per share".
_PER = re.compile(r"(?:^|,\s+)(?P<per>[Pp]er)\s+(?P<src>(?:[A-Z]|(?:data|figures|estimates|an?|the)\s)"
                  r"[^,.;:!?\"“”()]{1,80})")
# A figure credited in the passive: "has been estimated at $46 million a year by researchers at ...", "was put
# at 1,200 by the county".
# So is one whose participle follows it straight, its "by" right after: "about 88 per cent estimated by the Ontario
# Urban Transit Forum", "The torrent, estimated by cantonal geologists at 500,000 cubic metres,".
_PASSIVE_BY = re.compile(r"(?:\b(?:been|was|were|is|are)\s+|(?<=[\w%,])\s+(?=(?:estimated|calculated|projected|"
                         r"valued|counted)\s+by\s))"
                         r"(?P<verb>estimated|calculated|projected|forecast|put|valued|"
                         r"reported|counted|told|compiled)\b[^.;:!?\"“”]{0,80}?\bby\s+(?P<src>[^,.;:!?\"“”()]{3,80})")
# (also "Rede Horizonte was told by a lawyer who specialises in competition cases", "data compiled by ...")
_CITING = re.compile(r"\b(?:citing|quoting) (?P<src>[^,.;:!?\"“”()]{2,80})")
# Where a credited source's name ends: "a report reviewed by ...", "officials in Kyiv"
_AUTHOR_NEXT = re.compile(r"\s+(?:(?:compiled|released|published|issued|provided|prepared|produced|filed|"
                          r"collected|kept|posted)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                          r"Sunday|today|yesterday))?\s+by|from)\s+(?:the\s+)?[A-Za-z]")  # "released Monday by"
_SOURCE_CUT = re.compile(r"\s+(?:" + word_alternation(
    "reviewed obtained seen released published cited issued filed compiled provided quoted posted who which that "
    "last this earlier as but after before while since when".split())
    # "and" and a preposition end a source unless they join a name ("Mine Safety and Health", "Council on
    # Urban Justice")
    + r"|(?:and|on|in|for|to|from|at)(?!\s+[A-Z]))\b.*$")
# Two nouns joined before the head of one body's name: "the water and sanitation department", "the fire and
# rescue service", "the provincial marine and coastal resources office".
_PAIRED_NOUNS = re.compile(r"(?:[Tt]he|[Ii]ts|[A-Z][\w-]*['’]s) (?:[a-z]+ )?(?P<first>[a-z]+) and (?:[a-z]+ ){1,2}"
                           r"(?P<head>[a-z]+)\b(?!\s+[a-z])")
_VAGUE = re.compile(r"^(?:officials|authorities|police|sources|analysts|experts|critics|observers)$", re.I)


# A quote right after the verb, or after a short clause: 'He added, "...'
_QUOTE_NEXT = re.compile(r"\s*[,:]?\s*[\"“]")
_QUOTE_AFTER_CLAUSE = re.compile(r"[^\"“”.]{0,60}[,:]\s*[\"“]")
# A word after a space that is no verb of a clause (whitespace before each word, so that a word is read
# one way only and a failing match gives up in linear time).
_PLAIN_WORD = r"(?:\s+(?!(?:that|was|were|is|are|had|has|have|would|will|could|did)\b)[^.,;:!?\"“”\s]+)"
# What may follow the verb of a trailing attribution before the clause ends ("said on Tuesday.")
_TRAILING_END = re.compile(
    r"(?:\s+(?:" + word_alternation(
        "on last this late early earlier yesterday today tonight in at to Thursday Friday Monday Tuesday Wednesday "
        "Saturday Sunday a an the "
        "statement interview reporters week month year morning afternoon evening night news conference "
        "briefing its his her their separate written notice bulletin message video post letter filing release email "
        "update note speech customers investors lawmakers launch event meeting hearing ceremony rally summit "
        "forum session".split()) + r"|[A-Z][\w'’&-]*)\b)*"
    # then where or when, at some length: "said in its decision", "said after the vote", "said in a resolution
    # published in the official gazette", "said on Thursday following negotiations with unions"
    # (not a clause of what was said: "said in a statement that the crew was safe")
    r"(?:\s+(?:in|after|following|during|at|before|ahead)" + _PLAIN_WORD + r"{1,12})?"
    # or on what terms: "said on condition of anonymity because they were not authorised to speak"
    r"(?:\s+on\s+(?:the\s+)?condition\s+of\s+anonymity(?:\s*,?\s+(?:because|as|since)" + _PLAIN_WORD + r"{1,12})?)?"
    r"\s*(?:[.!?\"”,;:]|$)")


# Two sources of one statement: "the company and the national consumer protection authority", "Acme Corp and
# the regulator".
_TWO_SOURCES = re.compile(r"\s*((?:the|its) [a-z]+|[A-Z][\w'’-]*(?: [A-Z][\w'’.-]*){0,4}) and "
                          r"(?:the|its) [a-z][a-z -]{0,40}[a-z]\s*")

# Two groups of people, in lower case: "traders and economists", "defense lawyers and former prosecutors".
_TWO_GROUPS = re.compile(r"\s*((?:[a-z][\w-]*\s+){0,2}[a-z]+s) and ((?:[a-z][\w-]*\s+){0,2}[a-z]+s)\s*")

_OPENER = re.compile(r"\s*(?:on|in|at|after|before|last|this|earlier|later|however|meanwhile|separately|also|"
                     r"still|but|and|yet|instead|with|without|amid|despite|"
                     r"during|since|today|yesterday|overall|elsewhere|previously|asked about)\b[^,;—]{0,40}$",
                     re.IGNORECASE)
# A wire dateline before the dash that opens the sentence's first clause: "AVARU, Vaitare (OPA) ".
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'’-]+(?:,\s+[A-Z][\w.'’ ]{1,30})?(?:\s*\([^()]{1,40}\))?\s*$")
_NOUN_VERBS = {"forecast", "forecasts", "estimate", "estimates", "report", "reports", "claims", "projects", "notes",
               "shows", "show", "says", "alleges", "suggests", "argues"}
_NOUN_USE = re.compile(r"\s+(?:is|was|are|were|has|had|will|would|could|can|may|might|must|should|calls|called|"
                       r"said|says|showed|shows|found|finds|estimated|estimates|warned|warns|projected|projects)\b|"
                       + CLAIMS_AS_A_NOUN)
def _one_word_before_a_noun(phrase: str, verb: str) -> bool:
    """Whether ``phrase`` is a determiner and one word not in the plural before a verb's plain form, which then
    is a noun ("The final report", "The annual forecast"): no subject that form agrees with ("the data show"
    has one)."""
    words = phrase.split()
    return not verb.endswith("s") and len(words) == 2 and words[0].lower() in ("the", "a", "an", "its", "their") \
        and words[1].islower() and not words[1].endswith("s") and words[1] not in _PLURALS_WITHOUT_S


# Nouns whose plain form is their plural: "the data show", "the police estimate".
_PLURALS_WITHOUT_S = frozenset({"data", "police", "people", "media", "public"})
# Words that say which estimate or report, not whose: "Early estimates put the bill at ...".
_WHICH_ONE = frozenset({"early", "earlier", "preliminary", "initial", "latest", "first", "new", "recent", "current",
                        "previous", "official", "unofficial", "rough", "conservative"})
# Whom a trailing "told" was told, then the sentence's end: "told a packed meeting in the school gym." (not "told
# Diário Flash they have seen nothing": words of their own).
_TOLD_END = re.compile(r"(?:\s+(?!(?:that|he|she|they|it|we|I|there)\b)[\w'’&-]+){1,14}\s*(?:[.!?\"”;:]|,(?!\d)|$)")
_RELATIVE_START = re.compile(r"\s*(?:which|that|who|whom)\s+(?=\S)", re.IGNORECASE)
_SUBJECT_NAME = re.compile(r"(?:The|the)\s+(?:[\w'’]+-based\s+)?[a-z]+(?=[\s,])"  # ("The Kraków-based company,")
                           r"|(?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’-]*(?=\s+[a-z])")


def _anonymous_first(clause: str) -> bool:
    """A leading clause that opens with its head noun: ``Health officials in Dunmore County``."""
    words = clause.split()
    if any(word.lower() in ANONYMOUS_HEADS for word in words[:2]):
        return True
    lowered = [word.lower() for word in words]
    if one_unnamed_person(lowered):
        # "A ministry spokesman in Lima"; not "a practice engineers", whose source is the plural at its end
        head = next((lowered[index - 1] for index, word in enumerate(lowered) if word in _GROUP_PLACE_LINKS),
                    lowered[-1])
        return not head.endswith("s")
    # a group of people by what they do, then where or with whom they are ("Prosecutors in Santa Maria Capua
    # Vetere", "Business owners on the block"), not a clause of its own ("Motorists lodged some 1,240 claims")
    head = next((index for index, word in enumerate(words[:2]) if _people_head(word)), None)
    return head is not None and (head + 1 == len(words) or words[head + 1].lower() in _GROUP_PLACE_LINKS)


_GROUP_PLACE_LINKS = frozenset({"in", "at", "of", "on", "from", "with", "for", "across", "near", "around", "outside"})


_MEDIA_WORDS = {"news", "times", "post", "journal", "press", "network", "media", "herald", "gazette", "tribune",
                "telegraph", "chronicle", "daily", "radio", "tv", "television", "broadcasting", "wire"}


def _reports_itself(source: str) -> bool:
    """``Norvell Motors reported quarterly revenue``: a company or agency reporting its own figures is
    no second-hand source (``the Dunmore Gazette reported`` is)."""
    words = [w.lower().strip(".,") for w in source.split()]
    if any(w in _MEDIA_WORDS for w in words):
        return False
    return any(w in _ORG_NAME_WORDS for w in words[1:]) or (words[:1] == ["the"] and words[-1] in ORG_NOUNS)


def _sentence_subject(sentence: str) -> str | None:
    """The noun phrase that opens ``sentence`` when it names an organisation (``The company``,
    ``Norvell Motors``), for a trailing ``it said``."""
    match = _SUBJECT_NAME.match(sentence)
    if not match:
        return None
    phrase = match.group(0)
    low = phrase.lower()
    if low.startswith("the "):
        return phrase if low.split()[-1] in ORG_NOUNS or low.split()[-1] in ORG_HEADS else None
    return phrase if phrase.split()[-1].lower() in _ORG_NAME_WORDS else None


@dataclass(slots=True)
class FoundAttribution:
    """An attribution with offsets relative to its sentence."""

    start: int
    end: int
    speaker: str
    verb: str
    second_hand: bool = False
    leading: bool = False
    # after a comma, to the end of the sentence (", the company said."): what comes before is what was said
    closes_sentence: bool = False


def _clean_source(source: str) -> str:
    source = source.strip()
    group = _GROUP_AT.match(source)
    if group and _people_head(group.group("group")):
        if group.group("link") == "in":
            # "Prosecutors in Santa Maria Capua Vetere": people of a place, unnamed as the text has them (in lower
            # case when a sentence's start capitalised them)
            people = group.group("group")
            first = people.split()[0]
            if first[1:].islower() and _people_head(first):
                people = people[:1].lower() + people[1:]
            return f"{people} {group.group('link')} {group.group('org')}"
        # "Analysts at Harwell & Co.": the organisation is the source the group speaks for
        return f"{group.group('group')} {group.group('link')} {_clean_source(group.group('org'))}"
    # every match of _AUTHOR_NEXT holds "by" or "from": most sources hold neither
    author = _AUTHOR_NEXT.search(source) if "by" in source or "from" in source else None
    if author and is_document_phrase(source[:author.start()]):
        # "unofficial results from the Harlow County Elections Office": the author stays with the document
        head, tail = source[:author.end() - 1], source[author.end() - 1:]
        source = head + _SOURCE_CUT.sub("", tail)
    else:
        paired = _PAIRED_NOUNS.match(source)  # "the water and sanitation department": one body, not two
        if paired and names_one_body(paired.group("first"), paired.group("head")):
            source = source[:paired.end()] + _SOURCE_CUT.sub("", source[paired.end():])
        else:  # ("the company and federal regulators" are two)
            source = _SOURCE_CUT.sub("", source)
    source = source.strip(" ,;:")
    if (source[:1].isupper() or source.startswith("the ") and source[4:5].isupper()) \
            and not is_document_phrase(source):
        source = clean_name(source)  # not "A 2024 survey by the Road Race Medical Council": the survey is
    elif source[:1].islower():
        source = _named_after_role(source)
    return source


def _named_after_role(source: str) -> str:
    """The person a lower-case source names after their role ("hospital spokeswoman Lena Ortiz" -> "Lena
    Ortiz"); any other lower-case source as it is."""
    if source.islower() or is_document_phrase(source):
        return source
    named = clean_name(source)
    return named if named != source and named[:1].isupper() and len(named.split()) >= 2 else source


_GROUP_AT = re.compile(r"(?P<group>(?:[A-Za-z][\w-]* ){0,2}[A-Za-z][\w-]*) (?P<link>at|from|with|in) "
                       r"(?P<org>(?:the )?[A-Z].*)$")


# When a source spoke, at the end of its clause: "on Tuesday night", "last week", "yesterday".
_WHEN_ENDINGS = DAY_ENDINGS + ("morning", "afternoon", "evening", "night", "week", "month")
_WHEN_SAID = re.compile(r"\s+(?:(?:on\s+|late\s+|early\s+)?(?:" + "|".join(DAY_ENDINGS)
                        + r")(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this)\s+(?:week|month))\s*$")
_LOWER_WORDS = re.compile(r"[a-z][\w'’-]*")
_SOURCE_DETERMINERS = {"a", "an", "one", "another", "the", "two", "three", "four", "several", "some", "many", "other",
                       "most", "senior", "both", "all", "each", "its", "their", "his", "her", "our", "state", "city",
                       "county", "federal", "local", "company", "government", "agency", "district", "police"}
# Words that may stand before a source's name in a trailing clause: "chairman Robert Finch told",
# "the state Department of Health said"; a conjunction or a relative word may not.
_NOT_BEFORE_SOURCE = {"that", "which", "who", "whom", "when", "if", "because", "as", "while", "after", "before",
                      "since", "although", "though", "whether", "where", "what", "how", "why", "until", "unless",
                      "and", "but", "or", "so", "yet", "not", "no"}
# A relative clause inside the clause before a verb, whose subject is a source: "the 95% that experts
# say is needed"; the source is a few words at most.
_INNER_RELATIVE = re.compile(r"\s(?:that|which|what)\s+(?=\S)(?!.*\s(?:that|which|what)\s)")
_INNER_SOURCE_WORDS = 5
# Words that open a subordinate clause whose subject is a source: "..., after the company reported that".
_SUBORDINATORS = {"after", "as", "when", "because", "while", "since", "although", "though", "before", "until",
                  "but", "and", "yet", "so"}


# A role and the portfolio it is over, in lower case, before a name: "deputy minister of mines and energy",
# "director of public prosecutions", "minister for small business".
_ROLE_OF_A_PORTFOLIO = re.compile(r"(?:(?:deputy|assistant|acting|former|junior|state|regional|provincial)\s+)?"
                                  r"(?:minister|secretary|director|commissioner|superintendent|chief|head)\s+"
                                  r"(?:of|for)\s+[a-z]+(?:\s+(?:and|of|for|&)\s+[a-z]+|\s+[a-z]+){0,3}")


def _looks_like_source(phrase: str, clause: str, leading: bool) -> bool:
    """A credited source is a name, a determiner phrase or a group noun; and it is the whole clause
    before the verb (trailing; a determiner, a role or a modifier may come first: ``chairman Robert
    Finch``, ``the state Department of Health``) or its end within a few words (leading)."""
    if phrase[:1].isupper() and named_at_organisation(clause) == phrase:
        return True  # "Arne Myhre of the Skarvheia hunting board told": the person, however long the board's name
    placed = NAME_IN_A_PLACE.search(clause) if " in " in clause and not clause.endswith(phrase) else None
    if placed and clause[:placed.start("place")].endswith(phrase):
        clause = clause[:placed.start("place")]  # "..., the Regional Public Health Office in Žilina said": where it is
    clause_words = clause.split()
    phrase_words = phrase.split()
    if len(clause_words) > 1 and clause_words[-1].endswith(".") \
            and clause_words[-1][:-1].lower() in ABBREVIATED_SUFFIXES and phrase_words[-1] != clause_words[-1]:
        clause_words.pop()  # "..., Hai Phong Metro Co. said": the company, its suffix left off (phrase_before_verb)
    extra = clause_words[:len(clause_words) - len(phrase_words)]
    if phrase[:1].isupper() and extra and _ROLE_OF_A_PORTFOLIO.fullmatch(" ".join(extra)):
        return True  # "deputy minister of mines and energy Helena Shikongo told": a role and what it is over
    if leading:
        longest = 6 if extra and extra[-1].lower() in ROLE_WORDS else 3
        if len(clause_words) > len(phrase_words) + longest:
            return False  # not "Sound Link chief executive Amara Chen", whose role comes first
    elif len(clause_words) != len(phrase_words):
        # Lower-case words before the source: a determiner or a role ("the state Department of Health",
        # "chairman Robert Finch"), a description ("catastrophe modeler Kestrel Analytics", "analysts at
        # Fenwick Sports Finance"), or the rest of a group's name ("state emergency officials").
        if not extra or len(extra) > 5 or any(w.lower() in _NOT_BEFORE_SOURCE for w in extra) \
                or not _role_before_name(extra):
            return False
        if not phrase[:1].isupper() and not (len(extra) <= 2 and (_group_head(phrase) or is_document_phrase(phrase))):
            return False
    first = phrase_words[0].lower()
    if phrase[:1].isupper():
        return True
    if first == "with":
        return False  # "with surgeons told to carry out only emergency cases": what they were told
    last = phrase_words[-1].lower()
    if first in ("one", "another") and phrase_words[1:2] == ["of"]:
        # "one of 16 projects": a count, not "one laboratory manager"; but "one of them said", "one of the drivers"
        return phrase_words[2:] in (["them"], ["us"]) or counts_people(last)
    return first in _SOURCE_DETERMINERS or _group_head(phrase) or counts_people(last) \
        or any(w.lower() in ANONYMOUS_HEADS for w in phrase_words[:2]) or _anonymous_first(phrase) \
        or last in ORG_NOUNS \
        or singular(last) in ORG_NOUNS or singular(last) in ORG_HEADS or is_document_phrase(phrase)


def _role_before_name(words) -> bool:
    """Whether the words before a trailing source's name can describe it: lower-case words ("chairman", "state
    emergency"), titles and initials ("RCMP Cpl."), or an organisation's name and then a role in lower case
    ("Nyansa Orbit chief executive"); at most four words unless an organisation's name opens them."""
    named = 0
    while named < len(words) and words[named][:1].isupper() and words[named].lower().rstrip(".") not in TITLES:
        named += 1
    rest = words[named:]
    if named and not (rest and rest[-1].lower() in ROLE_WORDS and rest[-1].islower()):
        return all(_initials(word) for word in words[:named]) and len(words) <= 4
    return all(word.islower() or _initials(word) or word.lower().rstrip(".") in TITLES for word in rest) \
        and (named > 0 or len(words) <= 4 or len(words) == 5 and words[-1] in ROLE_WORDS)


def _initials(word: str) -> bool:
    """An organisation's initials: "RCMP", "USDA"."""
    return word.isupper() and 2 <= len(word) <= 6 and word.isalpha()


# Group heads that close compound words for groups of people: "shipbrokers", "stockbrokers", "homebuilders".
_COMPOUND_GROUP_HEADS = ("brokers", "builders", "traders", "dealers", "makers", "growers", "farmers", "keepers")


def _group_head(phrase: str) -> bool:
    """A phrase ending in a group of people or an organisation: "union leaders", "the department"."""
    last = phrase.split()[-1].lower()
    return _people_head(phrase) or last in ORG_NOUNS or singular(last) in ORG_NOUNS  # "agencies"


def _one_of_them(words) -> bool:
    """"a farmer", "one resident": one unnamed person by what they do."""
    return 2 <= len(words) <= 4 and one_unnamed_person(words, ("a", "an", "one", "another"))


def _people_head(phrase: str) -> bool:
    """A phrase ending in a group of people: "union leaders", "emergency officials", "archaeologists",
    "technicians"."""
    last = phrase.split()[-1].lower()
    return last in ANONYMOUS_HEADS or last in _MORE_GROUP_HEADS or last.endswith(("ists", "ians")) and len(last) > 6 \
        or last.endswith(_COMPOUND_GROUP_HEADS) and last.isalpha()  # "shipbrokers", "homebuilders"


_MORE_GROUP_HEADS = {"leaders", "assessors", "organizers", "organisers", "managers", "administrators",
                     "planners", "owners", "agents", "specialists", "modelers", "modellers", "vendors", "buyers",
                     "sellers", "landlords", "tenants", "retailers", "suppliers", "unions", "activists", "campaigners",
                     "physicians", "epidemiologists", "ministers", "councillors", "councilors", "legislators",
                     "prosecutors", "trustees", "governors", "commissioners", "senators", "bosses", "homeowners",
                     "fishermen", "drivers"}


def speech_verbs(sentence: str) -> list[tuple[int, int, int, str]]:
    """``(start, verb_start, end, verb)`` of each speech verb that stands as a word in ``sentence``;
    ``start`` is where a "has", "also", "later", ... right before the verb starts, else the verb's
    start. The attribution verbs among them are the matches of
    ``(?<!\\w)(?:has |...)?(?:said|reported|...)\\b`` over the sentence: a word can be one verb of the
    list at most, and the words before a verb are no verbs, so the other verbs in the scan hide none
    of them. The reporting verbs are those ``quotes._REPORTING_VERB`` finds."""
    padded = " " + sentence  # offsets in it are one more than in the sentence
    if not sentence.isascii():
        return [(match.start(), match.start("verb") - 1, match.end() - 1, match.group("verb"))
                for match in _SPEECH_VERB.finditer(padded)]
    spaced = padded.encode("ascii").translate(_NON_WORD_AS_SPACE)
    found = []
    for match in _SPACE_THEN_SPEECH_VERB.finditer(spaced):
        start, verb_start, end = match.start(), match.start("verb"), match.end()
        if verb_start - start > 1 and padded[start + 1:verb_start].encode("ascii") != spaced[start + 1:verb_start]:
            # the words before the verb were read as spaced; as written they are not those words
            # ("has\tsaid"), and none of them is a verb: the match is the character before the verb
            start = verb_start - 1
        found.append((start, verb_start - 1, end - 1, padded[verb_start:end]))
    return found


def find_attributions(sentence: str, verbs=None) -> list[FoundAttribution]:
    """Attributions of one sentence, in order of position. ``verbs`` are its ``speech_verbs`` when
    the caller has them already."""
    if verbs is None:
        verbs = speech_verbs(sentence)
    low = sentence.lower()
    if not verbs and not any(cue in low for cue in _CUES_WITHOUT_VERB):
        return []  # the commonest case: no cue at all (every verb of _SAID_THEN_NAME is a speech verb)
    found: list[FoundAttribution] = []
    if "according to" in low:
        for match in _ACCORDING.finditer(sentence):
            source = _clean_source(match.group("src"))
            if source and len(source.split()) <= (12 if is_document_phrase(source) or _named_organisation(source)
                                                  else 8):
                end = _source_end(match, source)
                named = APPOSED_NAME.match(sentence, end) if _DESCRIBES_ONE.match(source) else None
                if named:  # "according to its operator, Meseta Grain Terminals": the name is the source
                    source, end = named.group(1), named.end(1)
                found.append(FoundAttribution(match.start(), end, source, "according to"))
    if "per " in low:
        for match in _PER.finditer(sentence):
            source = _clean_source(match.group("src"))
            if source and len(source.split()) <= 8:  # ", per data from broker Linwood Re,"
                found.append(FoundAttribution(match.start("per"), _source_end(match, source), source,
                                              "according to"))
    if "citing" in low or "quoting" in low:
        for match in _CITING.finditer(sentence):
            source = _clean_source(match.group("src"))
            if source:
                found.append(FoundAttribution(match.start(), _source_end(match, source), source, "citing",
                                              second_hand=True))
    if " heard" in low or " told" in low:
        for match in _HEARING_TOLD.finditer(sentence):
            found.append(FoundAttribution(match.start(), match.end(), match.group("src"), "heard"))
    if " learn" in low or " understands" in low or " can reveal" in low:
        for pattern in (_OUTLET_LEARNED, _OUTLET_LEARNED_AT_THE_END):
            for match in pattern.finditer(sentence):
                found.append(FoundAttribution(match.start(), match.end(), match.group("src"), "learned"))
    if " by " in low:
        for match in _PASSIVE_BY.finditer(sentence):
            source = _clean_source(match.group("src"))
            if source and (_group_head(source) or _named_organisation(source) or is_document_phrase(source)
                           or match.group("verb") == "told" and one_unnamed_person(source.lower().split())):
                # "has been estimated at $46 million a year by researchers at Bellmont State University"
                found.append(FoundAttribution(match.start("verb"), _source_end(match, source), source,
                                              match.group("verb")))
    quoting = '"' in sentence or "“" in sentence  # the quote patterns below need one of these
    for verb_start, word_start, verb_end, verb in verbs:
        if verb == "according" or verb not in _ATTRIBUTION_VERBS:
            continue
        before = sentence[:verb_start].rstrip()
        if before.endswith(DAY_ENDINGS):
            before = DAY_AFTER_COMMA.sub(",", before)  # "..., Dr. Kofi Amoako-Tuffour, on Monday announced"
        if before.endswith(("\"", "“", "”")):
            continue  # a quote's own attribution: the quote claim carries it
        if quoting and _inside_quote(before):
            continue  # 'the year: "Nobody believes that ...': the quote's words, not a cue
        last_word = before.rsplit(None, 1)
        if states_nothing(last_word[-1] if last_word else "", sentence, verb_end):
            continue  # "is projected to cost", "Officials have yet to say"
        if last_word and last_word[-1].lower() in _NOUN_DETERMINERS:
            continue  # "said in a report": a noun after its determiner
        if verb in _BASE_FORMS and _ONE_THING_BEFORE.search(before):
            continue  # "A ransom note demanded": a plain verb after one thing is a noun
        adverb = sentence[verb_start:word_start].strip().lower() or (last_word[-1].lower() if last_word else "")
        if adverb in _BEFORE_A_PARTICIPLE and verb.endswith("ed"):
            continue  # "a far higher tally than any previously reported": what was reported, not who
        if verb == "added" and ADDED_AMOUNT.match(sentence, verb_end):
            continue  # "Bramwell added $95 million in labor costs": no speech
        colon = before.rfind(": ")
        clause_start = max(_last_clause_comma(before), before.rfind(";"), before.rfind("—"), colon)
        leading = clause_start < 0
        clause = before[clause_start + 1:] if clause_start >= 0 else before
        if clause_start >= 0 and (clause_start == colon or _OPENER.match(before, 0, clause_start)
                                  or before[clause_start] == "—" and _DATELINE.match(before, 0, clause_start)):
            # "In a statement, Acme Corp said", "On Monday, the ministry said", "The bigger hit is the generic
            # clause: analysts at Tessary Capital estimate"
            leading = True
        relative = False
        unnamed_head = None  # one unnamed source and why it is not named
        if before.endswith(","):
            # "Kessler Biologics, a vaccine maker based in the state, said": the name before the clause
            head = subject_before_apposition(before)
            if head is None and " who " in before:
                unnamed = UNNAMED_WHO.fullmatch(before)  # "A senior banker, who asked not to be named, said"
                head = unnamed_head = unnamed.group("head") if unnamed else None
            if head is None:
                continue
            clause, leading = head, True
        elif clause_start >= 0 and _RELATIVE_START.match(clause):
            # "..., which officials said could push more families indoors"
            clause, relative = _RELATIVE_START.sub("", clause), True
        elif clause.split()[:1] and clause.split()[0].lower() in _SUBORDINATORS and len(clause.split()) > 1:
            clause = clause.strip().split(None, 1)[1]  # "..., after the company reported that ..."
        elif (closing := closing_subordinate_subject(clause)) is not None:
            clause, leading = closing, True  # "Shares fell 11.4% last week after the company said"
        elif leading and clause.endswith((" but", " and")) and (shared := subject_of_coordinated_verb(clause)):
            clause = shared  # "Environmental groups welcomed the campaign but said": the subject of both verbs
        else:
            inner = _INNER_RELATIVE.search(clause)
            described = DESCRIBED_SOURCE.match(clause) if "who " in clause or "that " in clause or "ing " in clause \
                else None
            if inner and len(clause[inner.end():].split()) <= _INNER_SOURCE_WORDS:
                # "beating the $1.09 that analysts polled by MarketScope had expected"
                clause, relative = clause[inner.end():], True
            elif described and (_people_head(described.group("head")) or _group_head(described.group("head"))
                                or _anonymous_first(described.group("head"))
                                or _one_of_them(described.group("head").lower().split())
                                or UNNAMED_WHO.fullmatch(clause)):
                # "A company executive who asked not to be named said": the source before its description
                clause = described.group("head")
        if not clause.strip() or clause.lstrip()[:1] in ("\"", "“", "”"):
            continue
        if quoting and (_QUOTE_NEXT.match(sentence, verb_end) or _QUOTE_AFTER_CLAUSE.match(sentence, verb_end)):
            continue  # "He added, \"...\"": the quote claim carries the speaker
        # a trailing attribution ends the sentence: ", the company said on Tuesday."; in mid-sentence
        # (", the company said alongside quarterly results") the clause must be the source alone
        trailing = clause_start >= 0 and (_TRAILING_END.match(sentence, verb_end) is not None
                                          or verb in ("told", "tells") and _TOLD_END.match(sentence, verb_end)
                                          and not gives_an_order(sentence, verb, verb_end))
        if found and any(item.start <= verb_start < item.end for item in found):
            continue  # "according to its annual report"
        if clause.endswith(")"):
            clause = ASIDE_AFTER_NAME.sub("", clause)  # "the Operador Nacional del Sistema Eléctrico (ONSE) said"
        if " and " in clause:
            both = _TWO_SOURCES.fullmatch(clause)
            if both:  # "the company and the national consumer protection authority said": the first named
                clause = both.group(1)
        phrase = phrase_before_verb(clause.rstrip())
        groups = _TWO_GROUPS.fullmatch(clause) if " and " in clause else None
        if groups and _people_head(groups.group(1)) and _people_head(groups.group(2)):
            phrase = clause.strip()  # "traders and economists say": both groups are the source
        # (when it was said is no part of who said it: "Residents at a meeting in the hall on Tuesday night said")
        clause_length = len(_WHEN_SAID.sub("", clause).split()) if clause.rstrip().endswith(_WHEN_ENDINGS) \
            else len(clause.split())
        # the clause stays as it is from here ("..., police in the canton of Neuchâtel said on Monday." too)
        longest = _longest_source(clause) if leading or relative or trailing else 0
        if unnamed_head:
            phrase, longest = unnamed_head.strip(), clause_length
        elif (leading or relative or trailing and not _GROUP_PLACE_LINKS.isdisjoint(clause.lower().split())) \
                and clause_length <= longest and _anonymous_first(clause) \
                and not (clause.rsplit(None, 1)[-1][:1].islower() and named_at_organisation(clause)):
            # (not "Inspector Maarten de Vries of the national art crimes unit": the inspector)
            phrase = clause.strip()  # "Analysts polled by FactSet", "Health officials in Dunmore County"
        elif clause_length <= _DOCUMENT_PHRASE_WORDS and is_document_phrase(clause) \
                and (not is_document_phrase(phrase or "") or clause_start >= 0 and clause.strip().islower()):
            phrase = clause.strip()  # "City records reviewed by the Sentinel show", "A report by Halvorsen
            # Ratings in January warned": the document is the source, not the name inside it; ", county
            # property records show": all of the document's words
        pronoun_at = -1
        if phrase and phrase.lower() in ("it", "they") and trailing and clause.strip().lower() == phrase.lower():
            pronoun_at = before.rfind(phrase)
            phrase = _sentence_subject(sentence)  # "The company delivered 58,000 vehicles, it said"
        elif phrase and not _looks_like_source(phrase, clause, leading or relative):
            continue
        if not phrase or phrase.lower() in ("it", "this", "that", "which", "who", "there", "he", "she",
                                            "they", "we", "i", "you", "the", "a", "an", "its", "their"):
            continue
        if verb in PUT_VERBS and not PUT_AT.match(sentence, verb_end):
            continue  # "put the blame on": no estimate
        if verb in _NOUN_VERBS and phrase.lower() in _WHICH_ONE:
            continue  # "Early estimates put the repair bill at NZ$2.4 million": nobody's
        # "The final report of auditors ...": the verb's form is a noun, and the document the source
        document_noun = f" {verb}" if verb in _NOUN_VERBS and _one_word_before_a_noun(phrase, verb) else ""
        if verb in _NOUN_VERBS and _NOUN_USE.match(sentence, verb_end) and not (relative or _group_head(phrase)):
            continue  # "The forecast is expected to change": the word is a noun here; not in "a gesture that
            # analysts estimate will cost", "which the company says could cost"
        if verb in DOCUMENT_VERBS and not is_document_phrase(phrase) \
                and not (verb in ("found", "finds") and _finder(phrase, before, sentence, verb_end)):
            if not is_document_phrase(clause):
                continue  # "The film shows ...": only documents and studies show, and those who examine find
            phrase = clause.strip()  # "Tracking data from MarineLink show", ", a report by the Center found"
        if verb in _FORECAST_VERBS and last_word and last_word[-1].lower() in _MODALS:
            continue  # "Residents should not expect to return": a forecast nobody is credited with
        if verb in _FORECAST_VERBS and not any(w in ANONYMOUS_HEADS for w in _LOWER_WORDS.findall(phrase.lower())[:3]) \
                and not _named_organisation(phrase) and not counts_people(phrase.rsplit(None, 1)[-1].lower()):
            continue  # "analysts expected", "the Department of Agriculture expects", "trade watchers expect"; not
            # "the company expected"
        if verb in _COUNT_VERBS and not (_group_head(phrase) or is_document_phrase(phrase) or _named_organisation(phrase)):
            continue  # "County assessors counted"; not "the team recorded"
        if verb in _ATTRIBUTING_VERBS and sentence.startswith(" to ", verb_end) and not _group_head(phrase):
            continue  # "traders attributed the move to", "administrators attributed to"; not "deaths attributed to"
        if leading and clause_length > (_DOCUMENT_PHRASE_WORDS if is_document_phrase(phrase) else longest):
            continue  # "A 2024 survey by the Road Race Medical Council found" may run long
        words = phrase.split()
        if len(words) > 2 and words[0].lower() in ("a", "an") and _people_head(phrase) and words[-1].endswith("s") \
                and not _anonymous_first(phrase) \
                and not is_document_phrase(phrase):  # not "A union survey of 1,250 members"
            phrase = words[-1]  # ", a move analysts said": a plural source after "a move", not "a move analysts"
        if phrase[:1].isupper() or phrase.startswith("the ") or document_noun:
            source = _clean_source(phrase + document_noun)
        else:  # "Asked about the gap, fund spokesperson Carl Ditmer said": the person, not the role
            source = _named_after_role(phrase)
        if not source:
            continue
        phrase_start = pronoun_at if pronoun_at >= 0 else before.rfind(phrase) if not leading else before.find(phrase)
        if phrase_start < 0:
            phrase_start = sentence.rfind(phrase, 0, verb_start)
            if phrase_start < 0:
                continue
        if any(item.start <= phrase_start < item.end and item.verb in SAYING_ONLY and item.verb in phrase.split()
               for item in found):
            continue  # "engineers inside Dalbit say they had warned": the first verb's source, not the second's
        channel = _CHANNEL.match(sentence, verb_end) if " in " in sentence[verb_end:verb_end + 4] \
            else ADDRESSEE.match(sentence, verb_end) if verb in ("told", "tells") else None  # "told Reuters"
        if channel is None and phrase_start and sentence.startswith("In ") and verb in REPORTING_VERBS:
            opening = _CHANNEL_FIRST.fullmatch(sentence, 0, phrase_start)
            phrase_start = 0 if opening else phrase_start  # "In a statement, the ministry said"
        found.append(FoundAttribution(phrase_start, channel.end() if channel else verb_end, source, verb,
                                      leading=leading,
                                      closes_sentence=trailing,
                                      second_hand=verb in ("reported", "reports") and not _reports_itself(source)))
    if "said" in low or "says" in low or ", " in sentence:
        found.extend(_said_then_name(sentence, found))
    if len(found) > 1:
        found.sort(key=attrgetter("start"))
    return found


def _longest_source(clause: str) -> int:
    """How many words a leading source may take: a few, or more for a group at a named organisation
    ("Officials at the Department of Health and Social Care") or a source described by what it knows ("A
    person familiar with the association's talks with customs officers")."""
    if " familiar with " in clause or " briefed on " in clause:
        return 12
    if UNNAMED_AT_LENGTH.fullmatch(clause.strip()):
        return 16  # "A source at the national laboratory in charge of the tests"
    if named_at_organisation(clause):
        return 14  # "Labour economist Dr. Ayanda Khumalo of the Highveld Institute of Labour Studies"
    group = _GROUP_AT.match(clause.strip()) if " at " in clause or " from " in clause or " with " in clause else None
    return 12 if group and _people_head(group.group("group")) else 8


def _inside_quote(text: str) -> bool:
    """Whether ``text`` ends inside an open quote: an odd number of straight quote marks, or a curly
    opening mark after the last closing one."""
    return text.count('"') % 2 == 1 or text.rfind("“") > text.rfind("”")


def _last_clause_comma(text: str) -> int:
    """Where the last comma that separates clauses is in ``text`` (-1 for none): not one between digits,
    as in "A union survey of 1,250 members found"."""
    comma = text.rfind(",")
    while 0 < comma < len(text) - 1 and text[comma - 1].isdigit() and text[comma + 1].isdigit():
        comma = text.rfind(",", 0, comma)
    return comma


# (and prepositions: "fast-tracks the handling of claims")
_NOUN_DETERMINERS = NOT_BEFORE_A_VERB | {"this", "that"}
_BEFORE_A_PARTICIPLE = frozenset({"previously", "widely", "originally", "initially", "already", "than",
                                  "ever", "recently", "officially"})
# Those whose work is to examine, who "found" what a document would show: "the city's auditor general found",
# "the consultants found", "The watchdog found".
_EXAMINER = re.compile(r"\b(?:auditors?(?: general)?|inspectors?|inspectorate|investigators?|consultants?|"
                       r"researchers?|scientists?|reviewers?|examiners?|watchdog|regulators?|coroner|ombudsman|"
                       r"analysts|panel|inquiry|auditor-general|authority|commission|tribunal|court|office|judge|"
                       r"magistrate|jury)"
                       # where it sits: "A court in Semarang found"
                       r"(?:\s+(?:in|of|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?$", re.IGNORECASE)
# Where the words were given, right after the verb: "said in a regulatory filing", "wrote in a note to
# clients"; the attribution shows it.
_CHANNEL_NOUNS = r"(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|filing|release|report|note|" \
    r"letter|memo|post|email|interview|briefing)"
_CHANNEL = re.compile(r"\s+in\s+" + _CHANNEL_NOUNS + r"(?:\s+to\s+(?:clients|investors|staff|employees|"
                      r"shareholders))?\b")
# The same, opening the sentence before its source: "In a statement, the Ministry of Colleges said".
_CHANNEL_FIRST = re.compile(r"In\s+" + _CHANNEL_NOUNS + r"\s*,\s*")
_MODALS = {"not", "should", "could", "would", "may", "might", "can", "cannot", "must", "will", "to", "do", "does",
           "did", "don't", "doesn't", "didn't", "never"}
# The longest leading document phrase credited ("A survey by Ridgeport State University's Urban Research
# Lab in November found").
_DOCUMENT_PHRASE_WORDS = 14


# A source described before it is named: "its operator", "the company's spokesman", "the group's director".
# A role after "the" names one too: "the organiser", "the senior manager".
_DESCRIBES_ONE = re.compile(r"(?:(?i:its|their|his|her|the\s+[\w-]+['’]s)\s+(?i:(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
                            r"|(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)$")


def _source_end(match, source: str) -> int:
    """Where the cleaned ``source`` ends in the sentence (it may have lost words at either end)."""
    src = match.group("src")
    at = src.find(source)
    return match.start("src") + (at + len(source) if at >= 0 else len(src.rstrip()))


def _finder(phrase: str, before: str, sentence: str, verb_end: int) -> bool:
    """Whether ``phrase``, the subject of "found", is a source: those who examine ("inspectors found"), or a
    name that opens its sentence and found that something is so ("Ofgem found that"; not "The review,
    commissioned by ..., Angela Marsh, found")."""
    return _EXAMINER.search(phrase) is not None or sentence.startswith(" that ", verb_end) and "," not in before \
        and _PROPER_NAME.fullmatch(phrase) is not None


# A name in capitals, not a plural noun opening a sentence ("Ofgem", "Dr. Lee", "Moody's"; not "Hikers").
_PROPER_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*(?<![a-z]s)")


def _named_organisation(phrase: str) -> bool:
    """``Department of Agriculture``, ``Harwell & Co.``: a name with an organisation word ("The company"
    is no name)."""
    words = phrase.split()
    if words[:1] and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return any(w[:1].isupper() for w in words) and any(w.lower().strip(".,") in _ORG_NAME_WORDS for w in words)


# ", said county extension agent Maria Olvera.", ", estimates Harmon Tax Advisory.", ", said Denise Ruiz of
# the Harbor Truckers Coalition." (outside quotes: a quote's speaker is the quote's own)
_SAID_THEN_NAME = re.compile(r",\s+(?P<verb>said|says|estimates|estimated|reported|reports|noted|notes|added|wrote|"
                             r"warned|warns)\s+(?:(?:the\s+)?[a-z][\w'’-]*\s+){0,4}"
                             r"(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5}"
                             r"(?:\s+(?:of|at|with|from)\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|on|&))"
                             r"{0,5}(?<=\w))?)"
                             r"\s*(?:[.;]|,\s+(?:a|an|the|and|who|whose|which|" + ROLE_BEFORE_PREPOSITION + r")\s|$)")
# (", who teaches ...", ", chairman of the branch")


# ", said Huaylluma's mayor, Celestino Mamani.": a role whose it is, then the name, to the end.
_SAID_THEN_ROLE = re.compile(r",\s+(?P<verb>said|says|added|noted|warned)" + ROLE_THEN_NAME_TO_THE_END.pattern)


# ", said a person involved in the design who was not authorised to speak publicly.": one unnamed source
# after the verb, perhaps described, to the end of the sentence.
_SAID_THEN_UNNAMED = re.compile(r",\s+(?P<verb>said|says|added|noted|warned)" + UNNAMED_TO_THE_END.pattern)
# The end of a sentence after a name, perhaps with its appositive (", a volunteer storm spotter.").
_SENTENCE_END = re.compile(r"(?:,\s+(?:a|an|the|" + ROLE_BEFORE_PREPOSITION + r")\s[^,;]*)?\s*[.!?]?\s*$")


def _said_then_name(sentence: str, found) -> list[FoundAttribution]:
    if any(mark in sentence for mark in "\"“”"):
        return []
    items = []
    for match in _SAID_THEN_NAME.finditer(sentence):
        if any(item.start <= match.start("verb") < item.end for item in found):
            continue
        name = clean_name(match.group("name"))
        end = match.end("name")
        if sentence[end - 1] == "." and len(match.group("name").rsplit(None, 1)[-1]) > 4:
            end -= 1  # the sentence's full stop, not an abbreviation's ("Harwell & Co.")
        if name:
            items.append(FoundAttribution(match.start("verb"), end, name, match.group("verb"),
                                          closes_sentence=_SENTENCE_END.match(sentence, end) is not None))
    role_first = _SAID_THEN_ROLE.search(sentence) if not items and ("'" in sentence or "’" in sentence) else None
    if role_first and not any(item.start <= role_first.start("verb") < item.end for item in found):
        # ", said Huaylluma's mayor, Celestino Mamani.": the name after the role
        items.append(FoundAttribution(role_first.start("verb"), role_first.end("name"), role_first.group("name"),
                                      role_first.group("verb"), closes_sentence=True))
    unnamed = _SAID_THEN_UNNAMED.search(sentence) if not items else None
    if unnamed and not any(item.start <= unnamed.start("verb") < item.end for item in found):
        items.append(FoundAttribution(unnamed.start("verb"), unnamed.end("name"), unnamed.group("name"),
                                      unnamed.group("verb"), closes_sentence=True))
    return items


def is_vague(source: str) -> bool:
    """``officials``, ``police``: a source too general to check on its own."""
    return bool(_VAGUE.match(source.strip()))


__all__ = ["FoundAttribution", "find_attributions", "is_vague", "speech_verbs", "SPEECH_VERBS"]
