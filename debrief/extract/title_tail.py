"""The contact's title with the unit said after it: "category manager for bakery at <Org>"
kept as "category manager", "the head of medical affairs for West Africa at <Org>" as "head
of medical affairs", "supervisor of buildings and grounds for <Org>" as "supervisor of
buildings". The rules stop "for" before a capital and "of" at "and"; the model stops at the
head word. The unit is short and ends where the organisation or the clause begins ("at",
"with", a comma, a full stop), which tells it from a span of time ("for ten years") or a
second clause. Run on the combined answer after :mod:`debrief.extract.title_front`."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.lexicon import word_list
from debrief.extract.title_front import title_at
from debrief.models import Contact

#: Words the unit after "for" has at most ("for West Africa", "for 3D vision").
_MOST_FOR = 3
#: Where the unit ends: the organisation's link or the end of the clause.
_UNIT_ENDS = {"at", "with", "@", ",", ".", ";", "there", "in"}
#: The words a unit is made of (not a determiner, a number, a hesitation: "for, uh, ...").
_UNIT_POS = {"NOUN", "PROPN", "ADJ"}


def _for_unit(doc: Doc, end: int) -> int | None:
    """Where "for" and one to three words of a unit after the title at ``end`` stop ("for
    Nigeria at ..."), or None: no verb, determiner, number or time word ("for ten years")."""
    if end >= len(doc) or doc[end].lower_ != "for":
        return None
    refused = word_list("title_front_refused") | word_list("title_unit_refused")
    for stop in range(end + 2, min(len(doc), end + 2 + _MOST_FOR)):
        if doc[stop].lower_ in _UNIT_ENDS:
            unit = doc[end + 1 : stop]
            if all(t.pos_ in _UNIT_POS and t.is_alpha and t.lower_ not in refused for t in unit):
                return stop
            return None
    return None


def _and_unit(doc: Doc, title: str, end: int) -> int | None:
    """Where "and" and one more word of a unit after a title "X of Y" stop ("supervisor of
    buildings and grounds for ..."; "head of learning and engagement at ..."), or None."""
    words = title.lower().split()
    if "of" not in words[:-1] or end + 2 >= len(doc) or doc[end].lower_ != "and":
        return None
    word = doc[end + 1]
    if not word.is_alpha or word.pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return None
    if word.is_lower != doc[end - 1].is_lower:
        return None
    if doc[end + 2].lower_ not in _UNIT_ENDS | {"for"}:
        return None
    return end + 2


def said_after(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with its title said on to the unit after it (``_for_unit``,
    ``_and_unit``), where the title is said in the recap word for word. A unit with a word of
    the contact's company is left: that is where they work ("for Acme at their Reno plant")."""
    title = contact.title
    if not title:
        return contact
    span = title_at(doc, title)
    if span is None:
        return contact
    _, end = span
    stop = _for_unit(doc, end) or _and_unit(doc, title, end)
    if stop is None:
        return contact
    unit = doc[end:stop]
    company = {w.lower() for w in (contact.company or "").split()}
    if any(t.lower_ in company for t in unit):
        return contact
    return replace(contact, title=title + " " + unit.text)
