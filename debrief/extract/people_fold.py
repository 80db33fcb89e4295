"""debrief_people_v1 after each name is judged: the names kept become people, and the
companies that turned out to be people are no companies.

A lone sentence-opening word in no person context, said once, is dropped; a first name alone
is folded into the full name said elsewhere ("email Dev" -> Dev Malhotra), in order of first
mention; and once the people are known, a company that is one of them, a piece of one's name
("Choi" beside "Jae-won Choi") or a first name of one is taken out of the recap's companies.
Once the roles step has settled the people, a short form of a full name's given name is
folded into that person ("Stan" -> Stanley Wojcik, :func:`fold_short_forms`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc

from debrief.extract.people_context import first_name_of
from debrief.extract.people_lone import full_name
from debrief.models import Person
from debrief.names import company_key, part_of_name, person_key

#: a name kept: start, end, text, said in a person context
Found = tuple[int, int, str, bool]


@dataclass
class Candidate:
    """One person: the name kept, and every mention of it (start, end)."""

    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)


def drop_lone_openers(doc: Doc, found: list[Found]) -> list[Found]:
    """A lone capitalised word opening a sentence, in no person context and never named
    again, is more often a noun NER mistook for a name ("Burnout is real") than a person."""
    counts: dict[str, int] = {}
    for _s, _e, text, _ctx in found:
        for w in person_key(text).split():
            counts[w] = counts.get(w, 0) + 1
    return [
        f
        for f in found
        if not (
            f[1] - f[0] == 1
            and doc[f[0]].is_sent_start
            and not f[3]
            and counts.get(person_key(f[2]), 0) <= 1
        )
    ]


def fold_first_names(doc: Doc, found: list[Found], honorifics: set[str]) -> list[Candidate]:
    """The people of the names kept, in order of first mention: a name whose words (less
    honorifics) are all words of a longer name kept is a mention of that person; a first
    name alone the tagger reads in full elsewhere is that full name."""
    people: list[Candidate] = []
    for s, e, text, _ctx in sorted(found, key=lambda x: -(x[1] - x[0])):
        toks = [w for w in person_key(text).split() if w not in honorifics]
        for cand in people:
            ck = person_key(cand.name).split()
            if toks == ck or (len(toks) < len(ck) and all(t in ck for t in toks)):
                cand.mentions.append((s, e))
                break
        else:
            people.append(Candidate(text, [(s, e)]))
    people.sort(key=lambda c: min(s for s, _ in c.mentions))
    for cand in people:
        # "my old steward, Vince Palumbo, knows her ... I'll call Vince": a first name
        # alone, where the tagger reads the full name elsewhere, is that full name
        if " " not in cand.name.strip():
            cand.name = full_name(doc, cand.name)
    return people


def drop_people_from_companies(
    doc: Doc, out: list[Person], contact: Any, org_heads: set[str], departments: set[str]
) -> None:
    """Names that turned out to be people are not organisations: take out of the recap's
    companies a person found, a piece of a person's full name, and a first name of one."""
    pkeys = {company_key(p.name) for p in out}
    # people the tagger itself reads as names ("Sharpline Communications" after "named"
    # is found as a person, but is no PERSON to the tagger)
    ent_keys = {person_key(ent.text) for ent in doc.ents if ent.label_ == "PERSON"}
    tagged = [p for p in out if person_key(p.name) in ent_keys]
    # "Sharpline Communications" found as a person still names an organisation
    orgish = org_heads | departments
    named = [p for p in out if not set(person_key(p.name).split()) & orgish]
    if doc._.companies:
        doc._.companies = [
            c
            for c in doc._.companies
            if company_key(c) not in pkeys
            and not name_piece(c, tagged, contact, org_heads)
            and not first_name_of(c, named)
        ]


def name_piece(company: str, people: list[Person], contact: Any, org_heads: set[str]) -> bool:
    """ "Choi" beside "Jae-won Choi", "Rivka" beside "Rivka Adler": an organisation whose
    words are all words of one person's full name (a person found or the contact), and
    not the contact's own organisation, is that person again."""
    key = person_key(company).split()
    if not key or any(w in org_heads for w in key):
        return False
    if (
        contact is not None
        and contact.company
        and company_key(company) == company_key(contact.company)
    ):
        return False
    names = [p.name for p in people if len(person_key(p.name).split()) > len(key)]
    if contact is not None and contact.name:
        names.append(contact.name)
    return any(part_of_name(company, n) for n in names)


def short_form_of(short: list[str], full: list[str]) -> bool:
    """Whether the one word ``short`` is a short form of the given name of the full name
    ``full`` (words of names' keys): "Teo" of "Teodoro Marquez", "Stan" of "Stanley
    Wojcik" (people40). The whole word begins the given name, three letters at least: "Dee" of
    "Deandra" (people27's looser test for the contact) is left out, a different person
    ("Dan" beside "Dave Ortiz") being as likely among the people."""
    return (
        len(short) == 1
        and len(full) >= 2
        and 3 <= len(short[0]) < len(full[0])
        and full[0].startswith(short[0])
    )


def fold_short_forms(people: list[Person]) -> list[Person]:
    """``people`` with a one-word short form of another's given name ("Stan" beside
    "Stanley Wojcik") folded into that person: a referral if either was one. Run on the
    settled answer (the roles step), where the short form, a person's name, is no company."""
    keys = [person_key(p.name).split() for p in people]
    out = list(people)
    gone: set[int] = set()
    for i, short in enumerate(keys):
        full = next(
            (j for j, k in enumerate(keys) if j != i and j not in gone and short_form_of(short, k)),
            None,
        )
        if full is None:
            continue
        gone.add(i)
        if people[i].relation == "referral":
            out[full] = replace(out[full], relation="referral")
    return [p for i, p in enumerate(out) if i not in gone]
