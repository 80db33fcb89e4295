"""The organisation a typed contact line lists after the title, over a company read elsewhere.

Typed notes often give the contact as a heading and a line "Title, Organisation" ("Mon 2 Mar —
Ingrid Solberg" then "Director of Science & Policy, Scotian Shelf Conservation Trust"; "Senior
vice president, Halvorsen Pike Communications, corner office"). :func:`~debrief.extract.
company_line.listed_company` reads that organisation only where no company was found; where
one was, it was a word of the heading ("NOTES", the heading's date), an organisation said
later in the recap ("Bras d'Or"), or the listed name cut short ("Halvorsen Pike"). Counted
over the development authors (docs/extraction-history.md, "contact55"), that kind is on cb,
ba, bf and at.

So where the kept title is listed so, with an organisation part after it, that part is the
company unless the kept company is said on the same line (then the line agrees with it); a
kept company the listed one starts with (cut short) gives way too. An organisation said before
that line (the heading's "BAE Systems, Sealy - call notes") stays: the part after the title is
then a department ("Manager, Production Control"), unless it is only a heading word ("NOTES").
It reads only the lines the title and the kept company are said on (a search for each, and
only where a title line lists an organisation: cheap).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.company_line import contact_line_span, listed_company, not_org_words
from debrief.extract.roles_company import said
from debrief.models import Contact
from debrief.names import company_key


def relisted_company(doc: Doc, contact: Contact) -> Contact:
    """The contact with the company its title's typed line lists, where another was kept and
    is not said on that line (see the module docstring)."""
    kept = contact.company
    if not kept or not contact.title:
        return contact
    listed = listed_company(doc, replace(contact, company=None)).company
    if not listed:
        return contact
    have, new = company_key(kept), company_key(listed)
    if not have or have == new:
        return contact
    if new.startswith(have + " "):
        return replace(contact, company=listed)  # "Halvorsen Pike" of "... Communications"
    for span in said(doc, listed):
        lo, hi = contact_line_span(doc, span)
        if have in company_key(doc[lo:hi].text):
            return contact
        # "BAE Systems, Sealy - call notes" then "Gerry Lindqvist, Manager, Production
        # Control": an organisation said before the line is the company, the listed part a
        # department; a heading word ("NOTES") said there is none
        if not _heading_word(kept) and any(s.start < lo for s in said(doc, kept)):
            return contact
        break
    return replace(contact, company=listed)


def _heading_word(company: str) -> bool:
    """Whether the company is only heading or title words ("NOTES", "Recap")."""
    words = company.lower().split()
    return bool(words) and all(w in not_org_words() for w in words)
