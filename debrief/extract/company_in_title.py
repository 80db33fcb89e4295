"""The contact's company where the answers kept words of the contact's own title, and the
organisation is said right after the contact's name.

"talked to Mina, Mina Sato, at the Alder Bay Museum of Science, she's the um visitor services
manager no sorry she's the Events and Rentals Manager": a dictated recap says the
organisation right after the name and the title later, corrected, and the answers take
"Events" of the title for the company. Where the company kept is a run of the title's words
and the recap says, right after the contact's name (a comma, "he's"/"she's", "over", "now",
fillers such as "um" between), "at", "from" or "with" and then an organisation the companies
hold, that organisation is the company. A company said apart from the title as well ("Figma"
of "Figma researcher" and of "joined Figma") is left.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from debrief.extract.doc_arrays import doc_text
from debrief.models import Contact

#: What may stand between the contact's name and the organisation.
_LEAD = re.compile(
    r"[,\s]*(?:(?:she|he|they)(?:'s|\u2019s| is| are)\s+)?(?:(?:over|now|based)\s+)?"
    r"(?:at|from|with)\b[,\s]*(?:(?:um+|uh+|er|like),?\s+)*(?:the\s+)?",
    re.IGNORECASE,
)


def _inside(company: str, title: str) -> bool:
    """``company``'s words are a run of ``title``'s words."""
    c, t = company.lower().split(), title.lower().split()
    return any(t[i : i + len(c)] == c for i in range(len(t) - len(c) + 1))


def _said(text: str, words: str) -> int:
    """How often ``words`` is said in ``text`` as whole words."""
    return len(re.findall(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text))


def org_after_name(doc: Doc, contact: Contact, companies: list[str]) -> str | None:
    """The organisation said right after the contact's name, where the company kept is words
    of their title (see the module); the company kept otherwise."""
    company, title, name = contact.company, contact.title, contact.name
    if not company or not title or not name or not _inside(company, title):
        return company
    text = doc_text(doc)
    if _said(text, company) > _said(text, title) * _said(title, company):
        return company  # the company is said apart from the title too: an organisation
    others = sorted((c for c in companies if c != company), key=len, reverse=True)
    for m in re.finditer(re.escape(name), text):
        lead = _LEAD.match(text, m.end())
        if not lead:
            continue
        for org in others:
            if text.startswith(org, lead.end()) and not _inside(org, title):
                return org
    return company
