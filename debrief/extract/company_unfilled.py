"""Where every rule left the contact's company empty, the organisation the whole recap ties
to the contact.

"he's a clinical research nurse, like the exact job I want, at the Phase One unit at Coastal
Ridge Research Center", "Olumide Adebayo, he's a clinical trial project manager at Lonestar
Clinical Research": counted over the development authors (docs/extraction-history.md,
"company41"), a company the taggers found and the rules never kept is the second widest
kind of the contact's company after the extent; the rules read the organisation beside the
name or the title in fixed frames, and a clause between, a unit said first or a name the
rules read wrongly puts it out of their reach. company_tied's reading of every place an
organisation is said (for the contact: after a placing word, hiring them, opening the recap;
against: another person's, the past, the speaker's, a stage of a path) does not depend on
the frame. So where no company was kept and a contact was (a name or a title), the
organisation it ties to the contact strongly is the company, where its name is two words or
more: a lone word tied so was as often a unit, an acronym of a product or a group ("GPU",
"GCs", "Cabinet") as an employer.

Before that, the kept title's own "of"/"at": in a lower-case recap the title reader runs on
into the organisation ("anouk de vries, owner of brightline ovens" gave the title "owner of
brightline ovens" and no company; a user saw it). Where no company was kept and the title's
title is one that owns the whole organisation (owner, founder, CEO, president: a director,
head or manager "of" heads a unit, "director of the counseling center") and its tail after
"of" or "at" is an organisation's name: a word of it an organisation's head word or no English
word at all ("brightline"), the tail is the company and the title ends before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.company_tied import tied_choice
from debrief.extract.lexicon import non_name_words, org_name_heads, title_head_words
from debrief.models import Contact


def unfilled_company(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with an empty company filled by the organisation the recap ties to them
    strongly (module doc); unchanged otherwise."""
    if contact.company or not (contact.name or contact.title):
        return contact
    split = _title_split(contact.title)
    if split:
        return replace(contact, title=split[0], company=split[1])
    own = {w for w in re.split(r"[\s\-.@]+", (contact.name or "").lower()) if len(w) > 1}
    choice = tied_choice(doc, contact, own)
    if not choice or len(choice.split()) < 2:
        return contact
    return replace(contact, company=choice)


#: Titles whose "of" names the whole organisation, not a unit of it ("owner of X").
_WHOLE_HEADS = {
    *("owner", "co-owner", "founder", "co-founder", "cofounder", "ceo", "president"),
    *("proprietor", "publisher"),
}


def _title_split(title: str | None) -> tuple[str, str] | None:
    """The kept title's head and the organisation its "of"/"at" tail names (module doc), or
    None where the tail is a unit or there is none."""
    if not title:
        return None
    words = title.split()
    at = next((i for i, w in enumerate(words) if w.lower() in {"of", "at"}), None)
    if not at or at == len(words) - 1:
        return None
    tail = words[at + 1 :]
    if tail[0].lower() in {"the", "a", "an"}:
        tail = tail[1:]
    low = [w.lower().strip(".,") for w in tail]
    if not low or not low[0].isalpha() or len(low) > 4:
        return None
    plain = non_name_words()
    if not (set(low) & org_name_heads() or any(w.isalpha() and w not in plain for w in low)):
        return None
    if set(low) & title_head_words():
        return None  # "head of sales manager": a title's head, no organisation
    if words[at - 1].lower().strip(".,") not in _WHOLE_HEADS:
        return None  # "director of the counseling center": a unit's head, not the owner's
    return " ".join(words[:at]), " ".join(tail)
