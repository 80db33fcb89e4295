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
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.company_tied import tied_choice
from debrief.models import Contact


def unfilled_company(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with an empty company filled by the organisation the recap ties to them
    strongly (module doc); unchanged otherwise."""
    if contact.company or not (contact.name or contact.title):
        return contact
    own = {w for w in re.split(r"[\s\-.@]+", (contact.name or "").lower()) if len(w) > 1}
    choice = tied_choice(doc, contact, own)
    if not choice or len(choice.split()) < 2:
        return contact
    return replace(contact, company=choice)
