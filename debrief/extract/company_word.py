"""A contact's company that is a word of something else: no employer, whatever its capitals.

The rules and the roles model file as the contact's company a capitalised word said next to the
name that names something which employs no one: a credential ("Adaeze Nwankwo-Bell, PMP,
Deputy Program Manager, TRIAD Logistics"), a military installation (the contact works for a
contractor "at Camp Lejeune", or the speaker and the contact "were both at Fort Hood"), a
platform's group ("a lady from the LinkedIn group"), a department or specialty said beside the
organisation ("Cumberland County, Emergency Services, talked to ...", "associate professor,
Critical Care, Houston Meridian University") or a trial phase ("the Phase One unit at Coastal
Ridge"). The check reads what the word IS (the lists of ``pipelines/word_lists.toml``), never
the phrase it is said in (a nationality by the base model's NORP tag was tried and dropped:
it took a right company in the untouched pool); ``company_kind.org_checked`` then falls back
to another candidate or to none. The study is in docs/extraction-history.md, "company25".
"""

from __future__ import annotations

import functools
from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.company_placed import placed_company
from debrief.extract.company_said_after import org_after
from debrief.extract.company_titled import titled_company
from debrief.extract.lexicon import word_list
from debrief.extract.roles_company import said
from debrief.models import Contact
from debrief.names import words

#: Number words a phase is counted by ("Phase One", "Phase 2", "Phase II").
_COUNTS = {"one", "two", "three", "four", "1", "2", "3", "4", "i", "ii", "iii", "iv", "1a", "1b"}


@functools.cache
def _phrases(name: str) -> frozenset[str]:
    """A word list of ``word_lists.toml`` as names.words splits each entry, joined by spaces."""
    return frozenset(" ".join(words(w)) for w in word_list(name))


def a_credential(ws: list[str]) -> bool:
    """'Adaeze Nwankwo-Bell, PMP, Deputy Program Manager': a certification or a degree."""
    return " ".join(ws) in _phrases("credentials")


def an_installation(ws: list[str]) -> bool:
    """'Fort Hood', 'Camp Lejeune', 'Joint Base Lewis-McChord': a base is a place where
    contractors and units work, never the employer itself (a word after the place's name,
    "Fort Worth Independent School District", makes it a name and is kept)."""
    for opener in _phrases("installation_openers"):
        head = opener.split()
        if ws[: len(head)] == head and len(ws) - len(head) == 1:
            return True
    return False


def a_platform_group(ws: list[str]) -> bool:
    """'the LinkedIn group', 'a Slack community': where people met, not where they work."""
    return (
        len(ws) >= 2
        and ws[-1] in word_list("platform_groups")
        and " ".join(ws[:-1]) in _phrases("platforms")
    )


def a_platform_said_as_group(doc: Doc, company: str) -> bool:
    """'a woman from the LinkedIn group': the platform alone filed as the company, said only
    before "group" (the platform said on its own may be the employer and is kept)."""
    if " ".join(words(company)) not in _phrases("platforms"):
        return False
    spans = list(said(doc, company))
    groups = word_list("platform_groups")
    return bool(spans) and all(s.end < len(doc) and doc[s.end].lower_ in groups for s in spans)


def a_department(ws: list[str]) -> bool:
    """'Emergency Services', 'Critical Care', 'Phase One': a department, a specialty or a
    phase said beside the organisation, which names no organisation on its own."""
    if " ".join(ws) in _phrases("department_names"):
        return True
    return len(ws) == 2 and ws[0] in word_list("phase_words") and ws[1] in _COUNTS


def a_nationality(ws: list[str]) -> bool:
    """'Siobhan Kelly, she's Scottish too': a nationality said of the contact, which the roles
    model files as the company on transcripts that run the clauses together (spoken45). The
    adjective alone, read from ``nationality_words`` (what the word is, not the tagger's NORP,
    which took a right company: see the module)."""
    return " ".join(ws) in _phrases("nationality_words")


def no_employer(doc: Doc, company: str) -> bool:
    """Whether ``company`` names a credential, an installation, a platform's group, a
    department or phase, or a nationality: none of them the contact's employer."""
    ws = words(company)
    if not ws:
        return False
    return (
        a_credential(ws)
        or an_installation(ws)
        or a_platform_group(ws)
        or a_platform_said_as_group(doc, company)
        or a_department(ws)
        or a_nationality(ws)
    )


def employer_checked(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with a settled company that is no employer (above) dropped, and the
    organisation said beside the name or after the title in its place where there is one
    that is no such word either, else none: no company is better than a wrong one."""
    if not contact.company or not no_employer(doc, contact.company):
        return contact

    dropped = replace(contact, company=None)
    for found in (
        placed_company(doc, dropped).company,
        titled_company(doc, dropped).company,
        # "Adaeze Nwankwo-Bell, PMP, Deputy Program Manager, TRIAD Logistics Group"
        org_after(doc, contact.company, []),
        org_after(doc, contact.title, []),
    ):
        if found and not no_employer(doc, found):
            return replace(contact, company=found)
    return dropped
