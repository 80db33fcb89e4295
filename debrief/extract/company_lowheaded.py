"""A firm written in lower case after the contact's title or name, its name ending on an
organisation head: "HR manager at blue mesa foods", "sr instructional designer at first
prairie bank", "L&D mgr, sunfield grocers", "consultant (menon learning group", "Tomás
Herrera from high desert staffing". The study is in docs/extraction-history.md, "contact54".

Phone notes and dictations type a firm in lower case inside a recap that otherwise capitalises
names (or has hardly any capitals at all). The cased rules read organisations from capitals,
the lower-case reader (``contact_lower``) stops a name at a common word ("first", "@") and
``company_lowbrand`` takes one coined word only, so such a firm was left unread and another
organisation said later (a school, a place, a tool) was kept. What tells the name from a
description ("at the hospital", "at a big retailer") is its shape: two to five lower-case
words (no stop word, pronoun, verb of the clause or adverb) ending on an organisation head
(``[orgs] heads`` and ``lower_heads`` of ``pipelines/contact_patterns.toml`` and
``lowheaded_heads`` of ``pipelines/word_lists.toml``), of which one before the head is no
describing word (``[lowercase] generic_words``: "the county health department" is none) and
no word of the title, and which ends on the head ("covers college athletic departments" is
none).

Read right after the kept title (past "at", "@", "for", "with", "from", a comma or bracket,
"over", an article or a filler) the run is the company, over a kept one (but one the run is
a unit of: "for the apprenticeship school at Local 601"); read right after the contact's name
("<name> from <run>") it only fills an empty company.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.lexicon import word_list
from debrief.extract.roles_company import said
from debrief.models import Contact

#: Words that tie the firm to the title or name before it.
_LINKS = {"at", "@", "for", "with", "from"}
#: Words skipped between the title or name and the firm ("over at the", "from, uh,").
_SKIP = {",", "over", "the", "uh", "um", "out"}
#: Parts of speech no word of a firm's name has.
_NOT_NAME_POS = {"PRON", "AUX", "ADP", "DET", "CCONJ", "SCONJ", "PART", "INTJ", "NUM", "PUNCT"}
#: The most words read, the head included.
_LONGEST = 5
#: How far past the title or name the firm may start.
_REACH = 4


@functools.cache
def _heads() -> frozenset[str]:
    orgs = contact_patterns()["orgs"]
    return frozenset(orgs["heads"]) | frozenset(orgs["lower_heads"]) | word_list("lowheaded_heads")


@functools.cache
def _generic() -> frozenset[str]:
    return frozenset(contact_patterns()["lowercase"]["generic_words"])


@functools.cache
def _closers() -> frozenset[str]:
    """Words that end a lower-case name though they may be nouns ("downtown", "today")."""
    return frozenset(contact_patterns()["lowercase"]["stops"])


def _word(tok: Token) -> bool:
    return (
        tok.is_alpha
        and tok.text.islower()
        and (tok.lower_ not in STOP_WORDS or tok.pos_ == "ADJ")  # "first prairie bank"
        and tok.pos_ not in _NOT_NAME_POS
    )


def _run_after(doc: Doc, e: int, comma_links: bool, title_words: set[str]) -> Span | None:
    """The firm starting within a few words after token ``e`` (past a link), or None."""
    j, linked = e, False
    while j < len(doc) and j - e < _REACH:
        low = doc[j].lower_
        if low in _LINKS or (low in {",", "("} and comma_links and j == e):
            linked = True
        elif low not in _SKIP:
            break
        j += 1
    if not linked:
        return None
    heads, end, k = _heads(), None, j
    while k < len(doc) and k - j < _LONGEST and _word(doc[k]):
        if doc[k].lower_ in heads and k > j:
            end = k + 1
        k += 1
    if end is None or (end < len(doc) and _word(doc[end]) and doc[end].lower_ not in _closers()):
        return None  # "covers college athletic departments": the name must end on its head
    front = [t.lower_ for t in doc[j : end - 1]]
    if all(w in _generic() or w in heads for w in front):
        return None  # "at the county health department": a description
    if any(w in title_words for w in front):
        return None
    return doc[j:end]


def _kept_beside(doc: Doc, run: Span, kept: str) -> bool:
    """Whether the kept company holds the run or is said right after it ("the training
    coordinator for the apprenticeship school at Local 601": the run is the kept one's
    unit)."""
    if run.text.lower() in kept.lower():
        return True
    k, low = run.end, kept.lower()
    if k >= len(doc) or doc[k].lower_ not in {"at", "of", "in"}:
        return False  # "hotel up at the lake": the kept one is no longer the run's
    rest = doc[k + 1 : min(len(doc), k + 3 + len(kept.split()))].text.lower()
    return rest.startswith(low) or rest.startswith("the " + low)


def lower_headed(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with the lower-case firm said after their title (over a kept company) or
    their name (where none was kept) as the company (see the module)."""
    title_words = {w.lower() for w in (contact.title or "").split()}
    if contact.title:
        for span in said(doc, contact.title):
            if span.text.lower() != contact.title.lower():
                continue  # said inside a longer word ("ID" in "did")
            run = _run_after(doc, span.end, True, title_words)
            if run:
                if contact.company and _kept_beside(doc, run, contact.company):
                    return contact
                return replace(contact, company=run.text)
    if contact.company or not contact.name:
        return contact
    for span in said(doc, contact.name):
        if span.text.lower() != contact.name.lower():
            continue
        run = _run_after(doc, span.end, False, title_words)
        if run:
            return replace(contact, company=run.text)
    return contact
