"""In a lower-case recap, the organisation the recap ties to the contact wins over a kept
company it does not tie to them (company40, docs/extraction-history.md, "company40: the
organisation a lower-case recap ties to the contact (stop 39)").

Where no capital letter marks a name (Whisper's transcripts, recaps typed in lower case), the
contact stage reads organisations from the lower-case words after "at", "for", "from" and
"with" (`contact_lower`), and such a recap says many that are not the contact's: where the
speaker met them ("the woman from the airline ops conference"), the speaker's own ("the one
auntie from church set up"), a unit of the title ("a district manager of healthcare food
services"), a word after a pronoun ("called me back"). The combination keeps one of them by
where it is said. What ties an organisation to the contact is said with it, in any sentence:

- a verb of working in the present: "she works at / for X", "he's at X", "she is at X", in
  a sentence that says the contact's name or kept title, or next to one that does (the
  referrer "works at" somewhere too);
- the kept title said right before it, not as a past ("was a planner at"): "workforce
  planning manager at frontier".

An organisation the speaker takes back right after it ("at corvel, no sorry, ...") is tied
by neither.

Where one organisation the recap reads is so tied and none of the kept company's mentions is,
the first tied one is the company; where no company was kept, it fills it. A kept company that
is itself tied stays, so does one said with a capital (the cased rules read those). A past
("she used to work at", "worked at") ties nothing; "with" ties only after the title ("she
works with nonprofits" names no employer).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.casing import lower_doc
from debrief.extract.company_placed import taken_back, usable_company
from debrief.extract.doc_arrays import doc_text
from debrief.extract.org_names import OrgMention, org_mentions
from debrief.models import Contact
from debrief.names import company_key

#: Words right before an organisation that place someone there.
_PLACING = {"at", "for", "from", "with"}
#: The placing words a verb of working takes ("works with" names no employer).
_WORK_PLACING = {"at", "for"}
#: Present verbs of working: "she works at", "he's working for".
_WORKS = {"works", "work", "working"}
#: A present "is" after the contact's pronoun: "she's at", "he is at", Whisper's "shes at".
_IS = {"is", "'s", "’s"}
_FUSED_IS = {"shes", "hes"}
#: Pronouns for the contact.
_CONTACT = {"she", "he", "they"}
#: Words before a title that make it a past one, and how far back they are read.
_PAST = {"was", "were", "former", "formerly", "previously", "used", "ex", "before", "then"}
_PAST_REACH = 4


def _placing_before(doc: Doc, m: OrgMention) -> int | None:
    """The index of the placing word before mention ``m`` (past "the"), or None."""
    p = m.start - 1
    if p >= 0 and doc[p].lower_ == "the":
        p -= 1
    if p < 0 or doc[p].lower_ not in _PLACING:
        return None
    return p


def _works_there(doc: Doc, p: int) -> bool:
    """Whether the placing word at ``p`` follows a present verb of working or "she's"."""
    if doc[p].lower_ not in _WORK_PLACING or p < 1:
        return False
    verb = doc[p - 1].lower_
    before = doc[p - 2].lower_ if p >= 2 else ""
    if verb in _WORKS:
        return before not in {"to", "used"}  # "used to work at": the past
    if verb in _FUSED_IS:
        return True
    return verb in _IS and before in _CONTACT


def _after_title(doc: Doc, p: int, title: str | None) -> bool:
    """Whether the kept title is said right before the placing word at ``p``, and not as a
    past ("she was a planner at ...")."""
    if not title:
        return False
    said = doc_text(doc)[: doc[p].idx].rstrip(" ,").lower()
    if not said.endswith(title.lower()):
        return False
    opens = said[: len(said) - len(title)].split()[-_PAST_REACH:]
    return not any(w in _PAST for w in opens)


def _of_contact(doc: Doc, p: int, contact: Contact) -> bool:
    """Whether the sentence of token ``p``, or the one before or after it, says the contact's
    name or kept title: "she works at X" is about the contact only there."""
    sent = doc[p].sent
    said = [sent.text.lower()]
    if sent.start > 0:
        said.append(doc[sent.start - 1].sent.text.lower())
    if sent.end < len(doc):
        said.append(doc[sent.end].sent.text.lower())
    marks = [w.lower() for w in (contact.name, contact.title) if w]
    return any(w in text for w in marks for text in said)


def _tied(doc: Doc, m: OrgMention, contact: Contact) -> bool:
    """Whether the recap ties mention ``m`` to the contact (see the module docstring)."""
    p = _placing_before(doc, m)
    if p is None or taken_back(doc, doc[m.start : m.end]):
        return False  # "a buyer at corvel, no sorry, she left corvel": the first try
    if _after_title(doc, p, contact.title):
        return True
    return _works_there(doc, p) and _of_contact(doc, p, contact)


def lower_tied(doc: Doc, contact: Contact) -> Contact:
    """The contact with the organisation a lower-case recap ties to them as the company, where
    the kept one is not so tied (see the module docstring)."""
    if not lower_doc(doc):
        return contact
    mentions = org_mentions(doc)
    if not mentions:
        return contact
    kept = company_key(contact.company) if contact.company else None
    if contact.company and contact.company != contact.company.lower():
        return contact  # a capitalised name: the cased rules read it
    tied = [m for m in mentions if _tied(doc, m, contact)]
    if not tied:
        return contact
    if kept and any(company_key(m.name) == kept for m in tied):
        return contact
    for m in tied:
        if usable_company(m.name, contact.name or ""):
            return replace(contact, company=m.name)
    return contact
