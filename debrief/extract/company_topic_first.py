"""Whether the organisation a recap opens on as the call's topic wins over the company kept.

Many recaps name the call's organisation first, as what the call was ("Alright, this was the
Acme call. So, Director of Plant Quality, ...", "Call notes - Acme Corp\nContact: ...",
"Acme Corp, Sealy - call notes\nName, Manager, Production Control."), and only then the
contact and their unit, place or a later organisation. The rules reading beside the name
take that later word ("Plant Quality", "Production Control", "Contact", a city, a person's
name, an agency the contact deals with) and `company_topic` reads the opening only where no
company was found. This is the policy between them: the topic (as `company_topic` reads the
opening, before the contact's first mention) wins over a kept company that the recap first
says only after the topic, since the opening names the organisation the call was with and a
later word is a weaker candidate. A kept company said before or with the topic, or one that is
part of the topic's name or holds it, is left, and so is one the contact's title places them at
("a sales rep at Tandem Works": a word of the kept title, then "at", "with", "for", "from").
The topic must be a name of two words or more that the base model does not tag a person: one
word alone is as often a heading's word ("Dispatch", "Wellness"), a pet, a city or an acronym
the recap spells out later ("UWM", "ROM"), and it would win over the full name. The study is
in docs/extraction-history.md, "company38".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.company_topic import topic_company
from debrief.extract.doc_arrays import doc_text
from debrief.extract.roles_company import said
from debrief.models import Contact
from debrief.names import company_key


def _first_said(doc: Doc, name: str) -> int:
    """Where ``name`` is first said in the recap (any case), or -1."""
    return doc_text(doc).lower().find(name.lower())


#: Words that place the contact at an organisation after their title.
_PLACING = {"at", "with", "for", "from", "@"}


def _person(doc: Doc, topic: str) -> bool:
    """Whether the base model tags every word of the topic, where first said, a person."""
    for span in said(doc, topic):
        words = [t for t in span if t.is_alpha]
        return bool(words) and all(t.ent_type_ == "PERSON" for t in words)
    return False


def _title_placed(doc: Doc, contact: Contact) -> bool:
    """Whether the kept company is said right after a placing word that follows a title word
    ("a sales rep at Tandem Works", "Darnell Obi, manager with X")."""
    assert contact.company
    own = {w.lower() for w in (contact.title or "").split() if len(w) > 2}
    for span in said(doc, contact.company):
        if span.start < 2 or doc[span.start - 1].lower_ not in _PLACING:
            continue
        if doc[span.start - 2].lower_ in own:
            return True
    return False


#: Lower-case words that join a name's capitalised words, as `company_topic` reads them.
_JOINS = {"and", "&", "of", "de", "for"}
#: The most tokens of the opening `company_topic` reads.
_OPENING = 40


def _two_capitals_before(doc: Doc, kept_at: int, name_at: int) -> bool:
    """Whether two capitalised words (joined or not by "and", "of", ...) are said in the
    opening (its first line and two sentences) before both the kept company and the contact's
    name: a topic of two words needs them. A cheap test that spares reading the opening on
    most recaps, where the kept company or the name is said first."""
    before = False
    ends = 0
    for t in doc[: min(len(doc), _OPENING)]:
        if 0 <= kept_at <= t.idx or 0 <= name_at <= t.idx or "\n" in t.text:
            return False
        if t.lower_ not in _JOINS:
            capital = t.text[:1].isupper() and (t.is_alpha or "-" in t.text)
            if capital and (before or "-" in t.text):
                return True
            before = capital
        ends += bool(t.is_sent_end)
        if ends == 2 or "\n" in t.whitespace_:
            return False
    return False


def topic_first(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with the recap's opening topic as the company where the kept company is
    first said only after it (see the module docstring)."""
    if not contact.company:
        return contact
    kept_at = _first_said(doc, contact.company)
    name_at = _first_said(doc, contact.name) if contact.name else -1
    if not _two_capitals_before(doc, kept_at, name_at):
        return contact
    topic = topic_company(doc, replace(contact, company=None)).company
    if not topic:
        return contact
    kept, other = company_key(contact.company), company_key(topic)
    if not kept or not other or kept in other or other in kept:
        return contact
    # one word alone is as often a heading's word, a pet or a city ("Dispatch", "Biscuit")
    if len(other.split()) < 2 or _person(doc, topic):
        return contact
    at = _first_said(doc, topic)
    if at < 0 or 0 <= kept_at < at or _title_placed(doc, contact):
        return contact
    return replace(contact, company=topic)
