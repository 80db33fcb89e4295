"""Which of the contact's candidate titles is kept, when the recap gives more than one: the
rules' title and each title the roles model marks. ``roles_combine.combine`` picks one by its
policy (the rules' where the model marks it too, else the model's one nearest the name); that
choice is blind to what each candidate is, and over the development authors it kept:

- a phrase with no title word in it ("furniture retailer", "collar sensor for heat
  detection", "cooperative of like") over the rules' "people director", "co-founder";
- the contact's past job ("she was a dialysis nurse for eight years", "used to be a casino
  host") or another person's ("Rohan is the CEO and Meera is the head of ops") over the job
  the contact holds now;
- a title corrected on the spot ("a toxicologist at the state lab. No wait, she's a forensic
  chemist") over the correction;
- a loose description said before the name ("talked with a recruiter at <Org> ... Her name's
  <Name>, senior talent partner", "the hiring manager at <Org>, <Name>, director of X") over
  the title said beside the name.

:func:`title_weighed` lets the kept title give way, in that order of reasons, to another
candidate that has a title's head word, is not said in the past and is not said of another
person. A kept title with no head word gives way only to the rules' title, and not where it is
said just after the name ("<Name> he's a plans examiner": the head list is not every job;
the model's other spans, "HR person", are no better). It never adds a title where none was
kept; it drops one only where the kept title is a past job the recap says the contact moved on
from ("he was a backend engineer for five years and then drifted into ML infra") and no
candidate fits (contact44)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from debrief.extract.contact_title_first import first_said_at
from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import title_head_words, word_list
from debrief.extract.roles_title import title_like

#: How many words before a title a past cue is looked for ("she used to be a casino host").
_PAST_REACH = 4
#: Words before a title that let go of a past cue: the call's setting ("the call was with a
#: CRA"), a move into the title ("she was promoted to director", "was made head of ...").
_PAST_UNDONE = {"with", "promoted", "made", "named", "appointed", "hired", "now", "still"}
#: Past cues that mark a past job only before "a/an" ("she was a dialysis nurse"): "that was
#: the deputy director", "who was the executive director of <Org>" tell of the call or the
#: contact in a recap's past tense, and the job is the one they hold (spoken-01, heldout).
_WAS = {"was", "were"}
#: How many words after the kept title a corrected one is looked for.
_CORRECTED_REACH = 20
#: How many words after a past title a move on from it is looked for ("for like five years
#: and then drifted into ...").
_MOVED_REACH = 12
#: Words that say the contact went on from a past job to another.
_MOVED_ON = {"then"}
#: Words skipped looking back from a title for a person it is said of ("Ingrid Solberg, their
#: head of people").
_BEFORE_TITLE = {",", "the", "their", "his", "her", "a", "an", "is", "'s"}


def _words(title: str) -> list[str]:
    return title.lower().replace("-", " ").replace("'s", " ").split()


def _headed(title: str) -> bool:
    """Whether the title holds a title's head word ("manager", "co-founder", "CMO") or a
    clipped one ("mgr"): a job, not a product, a sector or a relation ("friend of my sister")."""
    heads = title_head_words()
    low = title.lower()
    return low in heads or any(w in heads for w in _words(title))


def _located(doc: Doc, title: str, spans: list[Span]) -> Span | None:
    """Where the title is said: the model's span of that text, else its first occurrence."""
    key = title.strip(" ,.").lower()
    for s in spans:
        if s.text.strip(" ,.").lower() == key:
            return s
    at = doc_text(doc).lower().find(key)  # the text joined once per doc
    if at < 0 or not key:
        return None
    return doc.char_span(at, at + len(key), alignment_mode="expand")


def _past(span: Span) -> bool:
    """Whether the title is said as the contact's past job: a past cue (``title_past_cues``:
    "was a", "used", "former", "started as") within four words before it in its sentence, with
    nothing between that moves them into it ("was promoted to") or sets the call ("was with")."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(span.sent.start, span.start - _PAST_REACH) : span.start]]
    cues = word_list("title_past_cues")
    return any(
        w in cues
        and not set(before[k + 1 :]) & _PAST_UNDONE
        and (w not in _WAS or before[k + 1 : k + 2] in (["a"], ["an"]))
        for k, w in enumerate(before)
    )


def _moved_on(span: Span) -> bool:
    """Whether the recap says the contact went on from the job right after it, in its
    sentence ("was a music director at a church for fifteen years then he started ..."): the
    job is behind them, not one they hold ("she's retired now but she was the HR director
    there for twenty years" says nothing after it, and keeps it)."""
    doc = span.doc
    after = doc[span.end : min(span.sent.end, span.end + _MOVED_REACH)]
    return any(t.lower_ in _MOVED_ON for t in after)


def _anothers(span: Span, name: str | None) -> bool:
    """Whether the title is said of another person: a person's name right before it, with at
    most a comma and a determiner between, that is not the contact's ("talk to Ingrid Solberg,
    their head of people")."""
    doc = span.doc
    own = set(re.split(r"[\s-]+", (name or "").lower()))
    i = span.start - 1
    while i >= max(0, span.start - 4) and doc[i].lower_ in _BEFORE_TITLE:
        i -= 1
    if i < 0 or doc[i].ent_type_ != "PERSON":
        return False
    return doc[i].lower_ not in own


def _fit(span: Span | None, name: str | None) -> bool:
    """Whether a candidate may replace the kept title: a job by its words, said now, of the
    contact."""
    return (
        span is not None
        and _headed(span.text)
        and not _past(span)
        and not _anothers(span, name)
        and bool(span.text.strip(" ,."))
    )


def _after_name(span: Span, name: str | None) -> bool:
    """Whether the title is said just after the contact's name, at most four words between
    ("<Name> he's a plans examiner", "<Name>, she's a permit reviewer"): a title the recap
    gives them, whatever its words."""
    if not name:
        return False
    last = re.split(r"[\s-]+", name.lower())[-1]
    doc = span.doc
    return any(t.lower_ == last for t in doc[max(0, span.start - 5) : span.start])


def _beside_name(doc: Doc, span: Span, name: str | None) -> bool:
    """Whether the title is said right after a mention of the contact's full name, set off by
    a comma ("<Name>, director of instructional technology")."""
    if not name or span.start < 2 or doc[span.start - 1].text != ",":
        return False
    words = name.lower().split()
    n = len(words)
    return [t.lower_ for t in doc[max(0, span.start - 1 - n) : span.start - 1]] == words


def _corrected(here: Span, fits: list[Span]) -> str | None:
    """The candidate said after the kept title with a correction between ("a toxicologist at
    the state lab. No wait, she's a forensic chemist"; "operations PM at <Org>. Wait, it was
    his title, program manager"): ``title_corrections`` words, the candidate at most
    :data:`_CORRECTED_REACH` words on."""
    doc = here.doc
    marks = word_list("title_corrections")
    for s in fits:
        if here.end <= s.start <= here.end + _CORRECTED_REACH and any(
            t.lower_ in marks for t in doc[here.end : s.start]
        ):
            return s.text.strip(" ,.")
    return None


def title_weighed(
    doc: Doc, kept: str | None, rule_title: str | None, spans: list[Span], name: str | None
) -> str | None:
    """The kept title, or another candidate (the rules' first, then the model's nearest the
    name) where the kept one has no title word, or is said as the contact's past or of another
    person, or is said before the name where another is said right after it (module doc)."""
    if not kept:
        return kept
    titles = [s for s in spans if s.label_ == "CONTACT_TITLE"]
    here = _located(doc, kept, titles)
    if here is None:
        return kept
    first = first_said_at(doc, name) if name else None
    anchor = first if first is not None else here.start
    key = kept.strip(" ,.").lower()
    ranked: list[Span] = []
    if rule_title and rule_title.strip(" ,.").lower() != key:
        found = _located(doc, rule_title, [])
        if found is not None:
            ranked.append(found)
    ranked += sorted(
        (
            s
            for s in titles
            if s.text.strip(" ,.").lower() != key and title_like(s.text.strip(" ,."), titles)
        ),
        key=lambda s: abs(s.start - anchor),
    )
    fits = [s for s in ranked if _fit(s, name)]
    if not fits:
        # a job the contact has left, with no other said: no title, not the past one
        return None if _past(here) and _moved_on(here) else kept
    if (
        not _headed(kept)
        and not (kept.isupper() and len(kept) <= 5)
        and not _after_name(here, name)
        and fits[0] is ranked[0]
        and rule_title
        and fits[0].text.strip(" ,.").lower() == rule_title.strip(" ,.").lower()
    ):
        # only for the rules' title: the model's other spans of no title word ("HR person")
        # are no better than the kept one
        return fits[0].text.strip(" ,.")
    if _past(here) or _anothers(here, name):
        return fits[0].text.strip(" ,.")
    if corrected := _corrected(here, fits):
        return corrected
    if first is not None and here.end <= first:
        beside = [s for s in fits if s.start > first and _beside_name(doc, s, name)]
        if beside:
            return beside[0].text.strip(" ,.")
    return kept
