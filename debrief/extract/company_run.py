"""The organisation's name said from a token on, as the company rules that read it after a
cue ("from", "at", "called", a comma) find it.

`company_opening` ("the guy from the CDC foundation, Rahul Iyer") and `company_named` (and
`company_corrected` through it: "Company is Drift Property", "from bridgeline, QA manager")
read the same run: "the" skipped, up to five capitalised words ("&" inside), lower-case name
heads after them ("Gwinnett schools"). They differ where their frames differ, and each says
so by the keyword arguments of :func:`org_run`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from debrief.extract.casing import NOT_NAMES, lower_doc
from debrief.extract.company_said_after import org_heads
from debrief.extract.doc_arrays import lowers, texts
from debrief.extract.lexicon import org_name_heads, title_heads

#: The most words an organisation's name holds here.
_MOST_WORDS = 5
#: Joining words inside a capitalised name ("Hollis & Grant").
_JOINS = {"&"}
#: The most lower-case unit words after a capitalised name ("public works").
_UNIT_WORDS = 3


def _capital(said: list[str], i: int, hyphened: bool) -> bool:
    """A capitalised word (``tok.is_alpha`` is ``str.isalpha`` of its text), or with
    ``hyphened`` one with a hyphen inside."""
    word = said[i]
    return word[:1].isupper() and (word.isalpha() or (hyphened and "-" in word))


def _unit_end(doc: Doc, e: int, high: int) -> int:
    """Where a capitalised name ending at ``e`` ends with the lower-case unit said after it:
    up to three lower-case words the last of them an organisation head ("Pike County public
    works", "Westfield county health department"), else ``e``."""
    words = lowers(doc)
    for k in range(e + 1, min(e + _UNIT_WORDS, high) + 1):
        if not doc[k - 1].is_lower or doc[k - 1].is_stop:
            break
        if words[k - 1] in org_heads():
            return k
    return e


def _headed_lower(doc: Doc, j: int, e: int, high: int) -> Span | None:
    """From ``j`` (the words read from ``e`` on): lower-case words closed by an organisation
    head, two words at least ("the state parks foundation")."""
    words = lowers(doc)
    while e < high and e - j < _MOST_WORDS - 1 and doc[e].is_alpha and not doc[e].is_stop:
        e += 1
        if e - j >= 2 and words[e - 1] in org_heads():
            return doc[j:e]
    return None


def _lower_recap_words(doc: Doc, j: int, e: int, high: int) -> Span | None:
    """From ``j`` (the words read from ``e`` on), in a lower-case recap only: one or two
    lower-case words closed by punctuation, none a no-name word or a title head ("from
    bridgeline, QA manager")."""
    if not lower_doc(doc):
        return None
    said, words = texts(doc), lowers(doc)
    while e < high and e - j < 2 and said[e].isalpha() and not doc[e].is_stop:
        e += 1
    ended = e >= len(doc) or doc[e].is_punct
    if e == j or not ended or any(w in NOT_NAMES or w in title_heads() for w in words[j:e]):
        return None
    return doc[j:e]


def org_run(
    doc: Doc,
    j: int,
    high: int,
    *,
    hyphened_words: bool,
    may_end_on_join: bool,
    unit_after: bool,
    headed_lower: bool,
    lower_recap_words: bool,
) -> Span | None:
    """The organisation's words from token ``j`` (before ``high``): "the" skipped, a
    capitalised run ("&" inside) and the lower-case name heads after it ("the CDC
    foundation"), else a lower-case run as the options allow.

    - ``hyphened_words``: a capitalised word with a hyphen inside counts as a name word.
    - ``may_end_on_join``: a run ending on "&" is a name; else it is cut mid-name and the
      lower-case reading goes on from its end.
    - ``unit_after``: a few lower-case words closed by an organisation head after the name
      belong to it ("Pike County public works").
    - ``headed_lower``: with no capitalised run, lower-case words closed by an organisation
      head are the name ("the state parks foundation").
    - ``lower_recap_words``: with no capitalised run, in a lower-case recap, one or two
      lower-case words closed by punctuation are the name ("from bridgeline, QA manager").
      Read after ``headed_lower`` where both are asked for.
    """
    said, words = texts(doc), lowers(doc)
    if j < high and words[j] == "the":
        j += 1
    e = j
    while (
        e < high
        and e - j < _MOST_WORDS
        and (_capital(said, e, hyphened_words) or words[e] in _JOINS)
    ):
        e += 1
    if e > j and (may_end_on_join or words[e - 1] not in _JOINS):
        while e < high and e - j < _MOST_WORDS and words[e] in org_name_heads():
            e += 1
        return doc[j : _unit_end(doc, e, high) if unit_after else e]
    found = _headed_lower(doc, j, e, high) if headed_lower else None
    if found is None and lower_recap_words:
        found = _lower_recap_words(doc, j, e, high)
    return found
