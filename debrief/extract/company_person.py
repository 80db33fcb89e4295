"""Whether the company kept is a person, and which organisation the recap ties to the contact
instead.

"Deepa from Tandem Health, product manager", "Hana Kobayashi, Dawit's old boss", "Bohdan
Hrynkiv, owner and CEO of Overwatch Federal, Tuilagi set it up", "Called Colonel Briggs, um,
Angela", "**JPMorgan Chase** - EM on a payments team, @Devon": counted over the development
authors (docs/extraction-history.md, "company41"), a person's name kept as the contact's
company is the error the most authors show after the missing company, and no phrase shape
is shared among them. What they share is that the recap says the kept company as a person:
the contact's own name (its words, past a rank or form of address, all words of the name
kept, the company itself made as a person's name), a chat mention ("@Devon"), a name said
after a form of address or rank ("Colonel Briggs", "anh Dũng"), or a name said with what
only a person has or does: "X's old boss", "X's wife" (``possessed`` of
``pipelines/people_cues.toml``), "X set it up", "X introduced me" (the introducer phrases of
its ``after``), or a census given name placed at another
organisation ("Deepa from Tandem Health"). A name with an organisation's head word, or a
well-known organisation ("Morgan Stanley"), is never read as a person.

A named person is never the company: where the company kept is one, it gives way to the
organisation the whole recap ties to the contact (company_tied's reading of every place an
organisation is said: after a placing word, hiring them, opening the recap), or to none.
Where the person kept is the contact and no name was kept, it becomes the name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from debrief.extract.company_tied import tied_choice
from debrief.extract.contact_plausible import known_org
from debrief.extract.contact_unperson import made_as_name
from debrief.extract.doc_arrays import lowers, word_runs
from debrief.extract.lexicon import honorific_words, non_name_words, org_name_heads, rank_words
from debrief.extract.people_cues import people_cues
from debrief.models import Contact
from debrief.names_spelling import lexicon

#: Words after a person's name that place them at an organisation ("Deepa from Tandem").
_PLACED_AT = {"from", "at", "@"}
#: What joins a typed heading's parts: a name holding one is not settled yet.
_HEADING_MARK = re.compile(r" [-–—/|] |\(")
#: Words read past between "X's" and what only a person has ("Dawit's old boss").
_BETWEEN = {"old", "former", "ex", "new", "current", "late", "own"}


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    """What only a person has (said as "X's ..."), the introducer phrases said after a
    person's name ("set it up", "introduced me"), and the forms of address (the Vietnamese
    ones too: ``honorifics_more``): all from ``pipelines/people_cues.toml``."""
    ctx = people_cues()["context"]
    possessed = frozenset(w for w in ctx["possessed"] if " " not in w)
    intro = tuple(
        tuple(p.split())
        for p in ctx["after"]
        if p.split()[0] in {"set", "introduced", "connected", "referred", "put", "gave", "made"}
        or p.startswith("had set")
        or p.startswith("did the")
    )
    return possessed, intro, honorific_words("company_person")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", text.lower())


def _org_worded(company: str) -> bool:
    """An organisation's head word or a well-known organisation: never a person."""
    words = {w.lower().strip(".,") for w in company.split()}
    return known_org(company) or bool(words & org_name_heads())


def _contacts_own(company: str, name: str | None) -> bool:
    """The company is the contact's own name: past a rank or form of address, every word of
    it a word of the name kept ("Colonel Briggs" of "Angela Briggs")."""
    if not name:
        return False
    if company.lstrip("@").lower() == name.lower():
        return True  # "marit de wolff" kept as both
    if _HEADING_MARK.search(name) and not (
        made_as_name(company) or company.split()[0].lower() in rank_words()
    ):
        return False  # "Harrow Lane Glassworks" of a name still glued to its heading
    own = {w for w in _words(name) if w.isalpha()}
    titles = rank_words() | _cues()[2]
    words = [w for w in _words(company.lstrip("@")) if w.isalpha() and w not in titles]
    return bool(words) and all(w in own for w in words)


def said_as_person(doc: Doc, company: str) -> bool:
    """Whether the recap says ``company`` as a person (module doc): after a form of address
    or rank, owning what only a person has, before an introducer's phrase, or a census given
    name placed at another organisation."""
    if company.startswith("@"):
        return True
    possessed, intro, honorifics = _cues()
    first = company.split()[0].lower().rstrip(".")
    plain = non_name_words()
    rest = [w.lower() for w in company.split()[1:]]
    if rest and first in honorifics | rank_words() and not set(rest) & plain:
        return True  # "Colonel Briggs", "anh Dũng"; not "General Dynamics"
    words = _words(company)
    if not words:
        return False
    low = lowers(doc)
    # a census given name, or capitalised words no English word list holds ("Deepa")
    given = words[0] in lexicon().given or (
        company[:1].isupper() and not {w for w in words if w.isalpha()} & plain
    )
    for i in word_runs(low, words):
        j = i + len(words)
        if i and low[i - 1].rstrip(".") in honorifics and doc[i].text[:1].isupper():
            return True  # "chị Trang", "Colonel Briggs" said before the kept "Briggs"
        if j < len(low) and low[j] in {"'s", "’s"}:
            k = j + 1
            while k < len(low) and low[k] in _BETWEEN:
                k += 1
            if k < len(low) and low[k] in possessed:
                return True  # "Dawit's old boss"
        if any(tuple(low[j : j + len(p)]) == p for p in intro):
            return True  # "Tuilagi set it up"
        if (
            given
            and j + 1 < len(low)
            and low[j] in _PLACED_AT
            and doc[j + 1].text[:1].isupper()
            and not doc[j + 1].is_sent_start
        ):
            return True  # "Deepa from Tandem Health"
    return False


def unpersoned_company(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with a company that is a person replaced (module doc); unchanged
    otherwise."""
    company = contact.company
    if not company or _org_worded(company):
        return contact
    own_name = _contacts_own(company, contact.name)
    if not own_name and not said_as_person(doc, company):
        return contact
    name = contact.name
    if not name and not contact.title:
        return contact  # no contact read at all: nothing to tie an organisation to
    if not name and company[:1].isupper() and not own_name:
        name = company.lstrip("@")  # the person kept is the one the call was with
    own = {w for w in re.split(r"[\s\-.@]+", (name or company).lower()) if len(w) > 1}
    choice = tied_choice(doc, replace(contact, name=name, company=company), own)
    return replace(contact, name=name, company=choice)
