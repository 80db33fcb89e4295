"""The contact's company where the one kept is a place or a nationality, not the organisation.

Typed recaps say where the contact sits or comes from beside their name and title: a region
with the title ("territory account mgr (NE Ohio)"), the city after the organisation
("Product Owner, Cerulean Softech, Iselin", "Aurora Analytics call (..., Boston)"), where the
contact grew up ("Benjamin Tran, Ben, Vietnamese Texan"), a place and years ("my first
manager at Chennai 2009-2012"). The model marks such a place as the contact's organisation
and the combination keeps it, though the recap names the organisation too. A place or a
nationality is no employer: where every word of the company kept is one (a place of
``pipelines/places.txt``, with a compass word or not, or what the base model tags GPE, LOC or
NORP at every mention, figures aside) and it holds no organisation or civic head ("Labs",
"County", "City": ``[orgs] heads`` and ``civic_heads`` of ``contact_patterns.toml``;
"Cumberland County" is an employer), the company is, in turn: the other answer's company
(the rules' or the model's) where it is no place, not the contact's name and reads as an
organisation (a head word, or tagged ORG and never PERSON); the organisation said just
before the place on a contact line that opens on the title ("Title, Organisation, Place");
the organisation a typed heading opens the recap with before a spaced dash ("Halvorsen
Surgical - clinical sales"). Where none is found, a nationality alone is dropped and a place
left. A place only the tagger reads as one (not in the list) is moved by the contact line's
shape alone: the tagger reads rare organisations as places too ("St. Hedwig's"). Read on development
authors only; the study is in docs/extraction-history.md, "contact46".
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from debrief.extract.company_word import a_nationality
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import org_name_heads, title_head_words
from debrief.extract.people_places import COMPASS, place_name
from debrief.extract.roles_company import said
from debrief.names import company_key, person_key

#: The base model's tags for a place or a people: where, or who, not the employer.
_PLACE_TAGS = {"GPE", "LOC", "NORP"}
#: Short compass words typed before a region ("NE Ohio", "SW Florida").
_SHORT_COMPASS = {"n", "s", "e", "w", "ne", "nw", "se", "sw"}
#: Tokens that close a part of a contact line.
_CLOSE = {",", "(", ")", ";", ":", "[", "]", "/", ".", "!", "?"}
#: A dash typed with a space on each side: a heading's field break.
_SPACED_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")
#: Lower-case words kept inside an organisation's name ("Bank of the West").
_JOINERS = {"of", "and", "&", "for", "the", "de", "la"}
#: The most words an organisation part holds.
_MOST_WORDS = 6


@functools.cache
def _heads() -> frozenset[str]:
    """Words that make a run an organisation, even one named after a place: the organisation
    heads and the civic heads ("Cumberland County", "City of Lakewood") of
    ``contact_patterns.toml``."""
    return org_name_heads() | frozenset(contact_patterns()["orgs"]["civic_heads"])


def _words(company: str) -> list[str]:
    """The company's words, without figures ("Chennai 2009-2012" -> ["chennai"])."""
    return [w for w in re.findall(r"[^\W\d_][\w'.&-]*", company.lower()) if w.strip(".")]


def place_kind(doc: Doc, company: str | None) -> str | None:
    """ "NORP" where ``company`` is a nationality, "GPE" where it is a place of the list,
    "TAGGED" where only the base model reads it as a place, else None."""
    if not company:
        return None
    words = _words(company)
    if not words or any(w.strip(".") in _heads() for w in words):
        return None
    compass = words[0] in _SHORT_COMPASS | COMPASS and len(words) > 1
    if compass and place_name(" ".join(words[1:])):
        return "GPE"
    if place_name(" ".join(words)):
        return "GPE"
    # the tagger alone: a place at every mention ("Iselin", "Vietnamese Texan"); one mention
    # tagged a place is no evidence ("Orthalign" read as a people once)
    tags = [[t.ent_type_ for t in span if t.is_alpha] for span in said(doc, company)]
    tags = [t for t in tags if t]
    if not tags or not all(all(tag in _PLACE_TAGS for tag in t) for t in tags):
        return None
    if all(tag == "NORP" for t in tags for tag in t):
        # the tagger reads a team's plural name as a people too ("the Pelicans", "the
        # Celtics"): a word in -s is a nationality only where ``nationality_words`` lists it
        plural = any(w.endswith("s") and not a_nationality([w]) for w in words)
        return None if plural else "NORP"
    return "TAGGED"


def _org_like(doc: Doc, other: str) -> bool:
    """Whether the other answer's company reads as an organisation: it holds an organisation
    head ("Aurora Analytics"), or the base model tags it an organisation at a mention and a
    person at none ("Vantawave Medical"; not "Allison", "Okafor-Smith")."""
    if any(w.strip(".") in _heads() for w in _words(other)):
        return True
    tags = [[t.ent_type_ for t in span if t.is_alpha] for span in said(doc, other)]
    if any("PERSON" in t for t in tags):
        return False
    return any(t and all(tag == "ORG" for tag in t) for t in tags)


def _org_part(doc: Doc, start: int, end: int) -> str | None:
    """``doc[start:end]`` as an organisation's name: capitalised words (joiners between),
    no title word, no figure, not too long."""
    part = doc[start:end]
    words = [t for t in part if not t.is_space]
    if not words or len(words) > _MOST_WORDS:
        return None
    for t in words:
        if t.lower_ in _JOINERS and t is not words[0] and t is not words[-1]:
            continue
        if not t.text[:1].isupper() or t.like_num or t.lower_ in title_head_words():
            return None
    return part.text.strip()


def _before_place(doc: Doc, company: str) -> str | None:
    """ "Product Owner, Cerulean Softech, Iselin": the comma part before the place, where
    the part before it holds a title word."""
    for span in said(doc, company):
        k = span.start - 1
        if k < 1 or doc[k].text != ",":
            continue
        s = k - 1
        while s >= 0 and doc[s].text not in _CLOSE and "\n" not in doc[s].text:
            s -= 1
        if s < 1 or doc[s].text != ",":
            continue
        org = _org_part(doc, s + 1, k)
        b = s - 1
        while b >= 0 and doc[b].text not in _CLOSE and "\n" not in doc[b].text:
            b -= 1
        titled = any(t.lower_ in title_head_words() for t in doc[b + 1 : s])
        if org and titled and place_kind(doc, org) is None:
            return org
    return None


def _heading_org(doc: Doc, name: str | None) -> str | None:
    """ "Halvorsen Surgical - clinical sales": the organisation a typed heading (the recap's
    first line, a spaced dash in it) opens on, where it is no place and not the name."""
    text = doc_text(doc)
    first = text.lstrip().split("\n", 1)[0]
    if "\n" not in text.strip() or not _SPACED_DASH.search(first):
        return None
    head = _SPACED_DASH.split(first, maxsplit=1)[0].strip()
    at = text.find(head)
    span = doc.char_span(at, at + len(head), alignment_mode="expand")
    if span is None:
        return None
    org = _org_part(doc, span.start, span.end)
    if not org or place_kind(doc, org) is not None:
        return None
    if name and person_key(org) == person_key(name):
        return None
    return org


def unplaced_company(
    doc: Doc, company: str | None, name: str | None, answers: list[str | None]
) -> str | None:
    """The contact's company, a place or a nationality kept for it given way to the
    organisation the recap names (see the module docstring)."""
    kind = place_kind(doc, company)
    if kind is None or company is None:
        return company
    if kind == "TAGGED":
        # the tagger reads rare names as places too ("St. Hedwig's", "Cloudflare"): only the
        # contact line's own shape ("Title, Organisation, Place") moves the company then
        return _before_place(doc, company) or company
    for other in answers:
        if not other or company_key(other) == company_key(company):
            continue
        if name and person_key(other) == person_key(name):
            continue
        if place_kind(doc, other) is None and _org_like(doc, other):
            return other
    found = _before_place(doc, company) or _heading_org(doc, name)
    if found:
        return found
    return None if kind == "NORP" else company
