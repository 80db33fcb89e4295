"""The contact's name in a typed note's heading of two parts joined by a dash: "Classwise -
Ngozi Uchendu (Head of Talent)", "Riverbend Lodge — Gwen (F&B Director)", "Oksana Petrenko -
Ops Director @ Columbia Gorge Food Hub", "Cream City Automation - Jake Lindqvist, controls
programmer".

A note taker writes the organisation and the person on the first line, in either order, and
the body speaks of "she" after it; the opening's search reads a heading as the organisation's
("Debrief, Mayo Clinic call") and the model may take a name from further down. In such a
heading exactly one side is a person's name: capitalised words the model tags a person or
that hold a census given name, none an English word (other than a census name), nor the head
word of an organisation or a job title ("Lodge", "Automation", "Director"). That side is the
contact's name unless the name found already is that name or a form of it. A side holding
lower-case words ("Call w/ Naomi Xiong - Badger ...", "notes - Keiko ...") is no such part:
the opening's own rules read those, and keep the dash after the name off it ("call w/ Marcus
Bell - Dir of Pastry" gave "Marcus Bell -").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from debrief.extract.casing import NOT_NAMES
from debrief.extract.doc_arrays import texts
from debrief.extract.lexicon import non_name_words, org_name_heads, org_or_title_heads
from debrief.models import Contact
from debrief.names import person_key
from debrief.names_spelling import lexicon

_DASHES = {"-", "–", "—"}
#: what ends the part after the dash: a bracket, a comma, "@", a full stop, a bar
_PART_END = {"(", ",", "@", ".", "|", ":", ";", "/"}
_MAX_WORDS = 4


def _words(doc: Doc, s: int, e: int) -> Span | None:
    """``doc[s:e]`` when it is one to four capitalised words ("&" between them allowed)."""
    if not 0 < e - s <= _MAX_WORDS:
        return None
    span = doc[s:e]
    if not all(t.text == "&" or (t.is_alpha and t.text[:1].isupper()) for t in span):
        return None
    return span


def _person(span: Span, other: Span) -> bool:
    """Whether the capitalised words read as a person's name (module doc); one word no list
    holds ("Dmitri") only across from an organisation's name ("Saltmarsh Brewing
    Cooperative")."""
    plain = non_name_words()
    census = lexicon()
    for t in span:
        low = t.lower_
        if t.text == "&" or low in NOT_NAMES or low in org_or_title_heads():
            return False
        if low in plain and t.ent_type_ != "PERSON" and low not in census.given:
            return False
    if any(t.ent_type_ == "PERSON" or t.lower_ in census.given for t in span):
        return True
    if any(t.ent_type_ in {"DATE", "TIME"} for t in span):
        return False
    return len(span) >= 2 or any(t.lower_ in org_name_heads() for t in other)


def _heading_parts(doc: Doc) -> tuple[Span, Span] | None:
    """The two sides of the dash in the recap's first line, else None."""
    first = 0
    while first < len(doc) and doc[first].is_space:
        first += 1
    # the line's end found on the cached strings: a recap with no line break was read to its
    # end a Token at a time (speed2)
    words = texts(doc)
    line_end = next((i for i in range(first, len(doc)) if "\n" in words[i]), len(doc))
    dash = next(
        (
            i
            for i in range(first + 1, min(line_end, first + _MAX_WORDS + 1))
            if doc[i].text in _DASHES and doc[i - 1].whitespace_ and doc[i].whitespace_
        ),
        None,
    )
    if dash is None:
        return None
    end = dash + 1
    while end < line_end and doc[end].text not in _PART_END and not doc[end].is_space:
        end += 1
    left, right = _words(doc, first, dash), _words(doc, dash + 1, end)
    if left is None or right is None:
        return None
    return left, right


def heading_name(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with the person's side of a two-part dashed heading as its name (module
    doc), where the name found is not that one."""
    if contact.name and contact.name.rstrip()[-1:] in _DASHES:
        # "call w/ Marcus Bell - Dir of Pastry": the dash before the title is no part of it
        contact = replace(contact, name=contact.name.rstrip(" -–—") or None)
    parts = _heading_parts(doc)
    if parts is None:
        return contact
    left, right = parts
    people = [p for p, o in ((left, right), (right, left)) if _person(p, o)]
    if len(people) != 1:
        return contact  # "Ngozi - Chioma", "Acme - Widgets": no side, or both, read as a name
    side = people[0]
    other = parts[1] if side is parts[0] else parts[0]
    name = side.text
    have, said = set(person_key(contact.name or "").split()), set(person_key(name).split())
    if have & said and not have & set(person_key(other.text).split()):
        return contact  # the same person as found ("Ngozi" of "Ngozi Uchendu")
    company = contact.company
    if company and person_key(company) == person_key(name):
        company = other.text  # "Riverbend Lodge — Gwen": the two were read the wrong way round
    return replace(contact, name=name, company=company)
