"""A person named with their organisation in typed shorthand: "Chidi Okafor (Intact Insurance)",
"Marta @ genomiQa".

Typed notes name a referral with the firm in brackets or after an at sign. The organisation
finder reads the pair as one organisation ("Chidi Okafor (Intact Insurance") or the name as
one, so the person is lost and the firm with them. This pass decides, after the people are
found, that a capitalised name (one to three words) right before "(Org)" or "@ Org" is a person
whose company is Org, and that Org is an organisation mentioned. What is in the brackets must
look like an organisation, not the other things notes put there: a title ("(PM)", "(QA
Lead)"), an aside ("(I think)", "(hall)", lower case), a date ("(Jan)"), a place alone
("(Toronto)"), or a person ("(Lorenzo)"). The contact is left to the contact stage.
See docs/extraction-history.md, "people30: a person named with their organisation in typed
shorthand (stop 35)".
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from debrief.models import Person
from debrief.names import company_key, person_key

#: joining words an organisation's name may hold ("Field & Fathom", "City of Toronto")
_JOINERS = {"&", "of", "and", "-", "the"}
#: the most words taken for a name and for an organisation
_NAME_MAX, _ORG_MAX = 3, 6


def _org_shaped(t: Any) -> bool:
    """A word of an organisation's name: any capital in it ("genomiQa", "TMU", "Nestegg")."""
    return t.is_alpha and any(c.isupper() for c in t.text)


def _name_start(doc: Doc, e: int, honorifics: set[str]) -> int | None:
    """The start of the capitalised name ending right before ``e``, or None."""
    s = e
    while s > 0 and e - s < _NAME_MAX and doc[s - 1].is_title and doc[s - 1].is_alpha:
        s -= 1
    if s == e:
        return None
    # "Dr. Lin (Alcovy)": the honorific is no part of the name looked at
    while s < e and (doc[s].lower_ in honorifics or doc[s].lower_.rstrip(".") in honorifics):
        s += 1
    # "Email Jonah Feld (...)": a verb opening the line is no part of it
    while s < e - 1 and doc[s].pos_ != "PROPN":
        s += 1
    return s if s < e else None


def _org_end(doc: Doc, s: int, bracket: bool) -> int | None:
    """The end of the organisation said from ``s``: all of a bracket (which must close), or
    the capitalised run after an at sign."""
    e = s
    while e < len(doc) and e - s < _ORG_MAX:
        t = doc[e]
        if _org_shaped(t) or (e > s and t.lower_ in _JOINERS):
            e += 1
            continue
        break
    while e > s and doc[e - 1].lower_ in _JOINERS:
        e -= 1
    if e == s or not _org_shaped(doc[s]):
        return None
    if bracket and (e >= len(doc) or doc[e].text != ")"):
        return None
    return e


def affiliations(
    doc: Doc, honorifics: set[str], role_words: set[str], never: set[str]
) -> list[tuple[int, int, str]]:
    """Each typed affiliation: the person's span and the organisation's name."""
    found: list[tuple[int, int, str]] = []
    for i, t in enumerate(doc):
        if t.text not in {"(", "@"} or i == 0 or i + 1 >= len(doc):
            continue
        s = _name_start(doc, i, honorifics)
        if s is None:
            continue
        os = i + 1
        if t.text == "(":
            # "(founder, Field & Fathom)": a role said before the organisation
            comma = next((k for k in range(os, min(os + 4, len(doc))) if doc[k].text == ","), None)
            if comma is not None and all(w.is_lower for w in doc[os:comma]):
                os = comma + 1
        oe = _org_end(doc, os, t.text == "(")
        if oe is None:
            continue
        org = doc[os:oe]
        lows = {w.lower_.rstrip(".") for w in org}
        if (
            lows & role_words  # "(PM)", "(QA Lead)": a title
            or lows & never  # "(Jan)": a date
            or org[0].text == "I"  # "(I think)"
            or all(w.ent_type_ in {"GPE", "LOC", "PERSON"} for w in org if w.is_alpha)
        ):
            continue
        name = doc[s:i]
        # "Mitchell Airport (Milwaukee County)": an organisation's head makes no person
        if {w.lower_ for w in name} & role_words:
            continue
        found.append((s, i, org.text))
    return found


def add_affiliated(ext: Any, doc: Doc, facts: Any, out: list[Person]) -> list[Person]:
    """The people typed with their organisation added to ``out`` (or given that company),
    and the organisation added to the recap's companies."""
    never = ext.time_words
    roles = ext.role_nouns | ext.org_heads
    pairs = affiliations(doc, ext.honorifics, roles, never)
    if not pairs:
        return out
    companies = list(doc._.companies or [])
    for s, e, org in pairs:
        name = doc[s:e].text
        key = person_key(name)
        if key in facts.aliases or key in {person_key(a) for a in facts.aliases}:
            continue
        # the contact's own words ("Priyanka (Lumen Pay)" after "Priyanka Raman")
        if set(key.split()) <= facts.alias_words:
            continue
        same = [
            p
            for p in out
            if person_key(p.name) == key
            or (e - s == 1 and key in person_key(p.name).split())
            or key.endswith(" " + person_key(p.name))
        ]
        if same:
            for p in same:
                p.company = p.company or org
        else:
            relation = "referral" if ext._referral(doc, s, facts.aliases) else "mentioned"
            out.append(Person(name=name, company=org, relation=relation))
        okey = company_key(org)
        # "Chidi Okafor (Intact Insurance": the name and firm read as one organisation
        companies = [
            c for c in companies if not company_key(c).startswith(key) or company_key(c) == okey
        ]
        if okey not in {company_key(c) for c in companies}:
            companies.append(org)
    doc._.companies = companies
    return out
