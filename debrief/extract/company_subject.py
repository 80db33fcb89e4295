"""The contact's company where the recap names the call by its organisation and a place or
the end of the title was kept.

Typed recaps open by naming the call after the contact's organisation: "recap of the <Org>
call", "<Org> - call w/ their head of ops", "this was the <Org> call. So, director of ...".
That is the employer; yet the rules and the model sometimes keep something else said nearer
the name: where the contact grew up ("from Ponce"), the city in brackets after the
organisation ("(..., Boston)"), the end of the title ("Director of Plant Quality" read as the
title "Director" and the company "Plant Quality"). The tagger reads such a subject as a person
or a people too ("Aurora Analytics", "Chobani"), so no mention of it is kept. Here, where the
company kept is a place (``company_place.place_kind``), lies inside the title or is said as a
title's "of" part, or where none was kept, the capitalised run said right before a call word
(``[header] call_words``; a dash between allowed) in the recap's first sentences is the
company, if its first word is said again elsewhere, written the same ("Dispatch call", "Fri
call" are said once), it holds no title or rank word and no date, its leading stop words are
dropped ("The call" names nothing), it is not one word the tagger reads as a person, no word
of it is in the contact's name ("the Terrence call"), and it is not the kept company nor a
part of it or it of it (units: the labels disagree). Other kept companies are left: taking the
call's subject over any of them lost right answers ("ROM" for "Royal Ontario Museum"). Read on
development authors only; the study is in docs/extraction-history.md, "contact51".
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.company_place import place_kind
from debrief.extract.lexicon import call_words, title_or_rank_words
from debrief.extract.roles_company import said
from debrief.models import Contact
from debrief.names import company_key

#: How many of the recap's first sentences are its opening ("Hold on. Okay. Quick recap of
#: the <Org> call").
_OPENING_SENTENCES = 3
#: The base model's tags for a day or a time ("Fri call"), no organisation.
_NOT_NAMES = {"DATE", "TIME"}
#: Tokens typed between the organisation and the call word ("<Org> - call w/ ...").
_BETWEEN = {"-", "\u2013", "\u2014", ":"}


def _opening_end(doc: Doc) -> int:
    """The token the recap's opening ends before: its first few sentences."""
    end = 0
    for k, sent in enumerate(doc.sents):
        if k >= _OPENING_SENTENCES:
            break
        end = sent.end
    return end


def _same_or_part(one: str, other: str) -> bool:
    """Whether two companies are one, or one holds the other's words (a unit, a short form)."""
    a, b = company_key(one), company_key(other)
    return bool(a and b) and (a == b or a in b or b in a)


def _subject_run(doc: Doc, stop: int) -> str | None:
    """The capitalised run said right before a call word in the opening ("the Chobani call",
    "Aurora Analytics call", "<Org> - call w/"), its first word said again elsewhere, written
    the same: a call named by a topic ("Dispatch call") or a day ("Fri call") is not."""
    for k in range(1, min(stop, len(doc))):
        if doc[k].lower_ not in call_words():
            continue
        end = k - 1 if doc[k - 1].text in _BETWEEN else k
        start = end
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
            start -= 1
        while start < end and doc[start].is_stop:
            start += 1  # "The call", "This call": no name
        if start == end:
            continue
        words = doc[start:end]
        if len(words) == 1 and words[0].ent_type_ == "PERSON":
            continue  # "the Anjali call": a person the call is named by
        if any(t.lower_ in title_or_rank_words() or t.ent_type_ in _NOT_NAMES for t in words):
            continue
        if any(t.text == doc[start].text for t in doc if t.i != start):
            return words.text
    return None


def _title_piece(doc: Doc, kept: str) -> bool:
    """Whether the company kept is said as the end of a title ("Director of Plant Quality"
    with the title kept as "Director")."""
    return any(
        m.start >= 2
        and doc[m.start - 1].lower_ == "of"
        and doc[m.start - 2].lower_ in title_or_rank_words()
        for m in said(doc, kept)
    )


def subject_company(doc: Doc, contact: Contact) -> Contact:
    """The contact with the organisation the recap names the call by as the company, where
    the one kept is a place or a piece of the title (see the module docstring)."""
    kept = contact.company
    if kept and not (
        place_kind(doc, kept) is not None
        or (contact.title and company_key(kept) in company_key(contact.title))
        or _title_piece(doc, kept)
    ):
        return contact
    run = _subject_run(doc, _opening_end(doc))
    if run is None or (kept and _same_or_part(kept, run)):
        return contact
    # "the Terrence call": a call named by the person is no organisation
    names = {w.lower() for w in re.split(r"[\s-]+", contact.name or "") if w}
    if any(w.lower() in names for w in run.split()):
        return contact
    return replace(contact, company=run)
