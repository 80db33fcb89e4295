"""A contact's company that is no organisation at all, and what takes its place.

Both the rules and the roles model sometimes file as the company words that cannot employ
anyone: a person ("Oksana's referral", "the co-op GM, joanie, no wait, Jo"), a common noun
phrase in lower case ("the church roof", "the hospital potluck"), the contact's title in short
("Dir of Pastry", "Culinary Dir") or the tool the call was held on ("Google Meet"). Such a
company is replaced by the other side's answer where that one is an organisation, else by the
organisation said after the contact's title ("a research nurse manager at Mayo Clinic"),
apposed to their name, or said right after the rejected words or the name ("Keiko
Yamashita-Ruiz (Culinary Dir, Evergreen Table Hospitality)", "Pedro Alvarado. Rogue Bakers
Guild"), else left empty: no company is better than a wrong one. The study is in
docs/extraction-history.md, "company19".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from debrief.extract.casing import names_lower
from debrief.extract.company_after import apposed_to_name
from debrief.extract.company_said_after import has_head, org_after, org_heads
from debrief.extract.company_word import no_employer
from debrief.extract.lexicon import title_heads, word_list
from debrief.extract.roles_company import said
from debrief.extract.roles_company_near import titled_org
from debrief.models import Contact
from debrief.names import company_key, person_key, words
from debrief.names_spelling import lexicon


def a_person(doc: Doc, company: str) -> bool:
    """Whether the company is one word said as a person: owning a relation or a referral
    ("Oksana's referral, Pedro Alvarado"), or a census given name typed in lower case ("the
    co-op GM, joanie, no wait, Jo"). Never one said after "at", "for", "from". (A person's tag
    is no sign: the base model tags firms owning something a person, "Morningstar's
    culture".) (A company that is a part of the
    contact's name is already dropped by ``roles_combine``; here a name is not compared, since
    a typed heading's name may still carry the organisation: "Harrow Lane Glassworks - Marta
    Quinlan".)"""
    found = set(person_key(company).split())
    spans = list(said(doc, company))
    if len(found) != 1 or not spans:
        return False
    if any(s.start and doc[s.start - 1].lower_ in _ORG_PREPS for s in spans):
        return False  # "a knowledge manager at McKinsey ... McKinsey's knowledge team"
    owned = [
        doc[s.end + 1].lower_ for s in spans if s.end + 1 < len(doc) and doc[s.end].lower_ == "'s"
    ]
    relations = word_list("person_relations") | word_list("referral_words")
    if any(w in relations for w in owned):
        return True  # "Imogen's referral", "Priyanka's cousin"
    return company == company.lower() and company in lexicon().given


#: Words before an organisation ("at Acme", "joined Acme"), not before a person.
_ORG_PREPS = {"at", "for", "from", "with", "joined", "join", "of"}


#: Words that join the parts of a name ("city of harlow", "habitat for humanity twin cities").
_JOINING = {"of", "and", "for", "on", "in", "at", "the", "to"}


def a_common_phrase(doc: Doc, company: str) -> bool:
    """'he led a capital campaign for the church roof', 'introduced us at the hospital
    potluck': a lower-case phrase of two words or more whose last word is no organisation's
    head ("county planning office", "state parks foundation" are kept), that names nothing
    (a joining word or "&" makes a name of its parts: "city of harlow") and is said after a
    determiner wherever it is said. A transcript writes names in lower case too ("a customer
    success manager at sales lift", "a pediatric practice, little oaks pediatrics")."""
    if company != company.lower() or "&" in company:
        return False
    ws = words(company)
    if len(ws) < 2 or ws[-1] in org_heads() or _JOINING & set(ws):
        return False
    spans = list(said(doc, company))
    return bool(spans) and all(s.start and doc[s.start - 1].lower_ in _DETERMINERS for s in spans)


#: Words before a common noun, not before a name: "the church roof", "our bake sale".
_DETERMINERS = {"the", "a", "an", "our", "his", "her", "their", "my", "your", "this", "that"}


def a_title(company: str, title: str | None) -> bool:
    """'Marcus Bell - Dir of Pastry, Alder & Finch Hotel Group', 'Keiko (Culinary Dir,
    Evergreen Table Hospitality)': a company with no organisation head word that holds a title
    head's short form ("Dir", "Mgr"), or is made of the contact's title words, is a title."""
    ws = words(company)
    if not ws or has_head(company):
        return False
    shorts = word_list("title_short_forms")
    if any(w in shorts for w in ws):
        return True
    titled = set(words(title)) | title_heads() | {"of"}
    return any(w in title_heads() for w in ws) and set(ws) <= titled


def a_heard_title(doc: Doc, company: str) -> bool:
    """'Brandon Cho, Enterprise Account Manager', 'Ms. Abena Mensah, Research Program Manager':
    on a transcript Whisper capitalises a title said after the name, and the capitalised run is
    taken for the company. A company that ends on a title head ("Manager", "Director") and
    holds no organisation head word is that title (spoken44). Transcripts only: a typed
    capitalised run writes a name its writer chose."""
    ws = words(company)
    return bool(doc._.spoken) and bool(ws) and ws[-1] in title_heads() and not has_head(company)


def a_tool(company: str) -> bool:
    """'30 min, Google Meet': the tool the call was held on (``meeting_tools`` of
    ``pipelines/word_lists.toml``), which the model files as the company."""
    return " ".join(words(company)) in word_list("meeting_tools")


def no_organisation(doc: Doc, company: str, title: str | None) -> bool:
    """Whether ``company`` is one of the shapes above, none of which is an employer."""
    return (
        a_person(doc, company)
        # in a recap typed or heard in lower case an organisation is lower case too
        # ("corvane medical devices"): the phrase check needs capitals marking names
        or (a_common_phrase(doc, company) and not names_lower(doc))
        or a_title(company, title)
        or a_heard_title(doc, company)
        or a_tool(company)
        # a credential, a base, a platform's group, a department or phase (company_word)
        or no_employer(doc, company)
    )


def org_checked(
    doc: Doc,
    contact: Contact,
    others: list[str | None],
    spans: list[Span],
) -> Contact:
    """``contact`` with a company that is no organisation replaced: by another answer
    (``others``: the model's and the rules') that is one, else the organisation after the
    title, apposed to the name or said right after the rejected company or the name, else
    none."""
    company = contact.company
    if not company:
        return contact
    if not no_organisation(doc, company, contact.title):
        return contact

    def fits(c: str | None) -> bool:
        return (
            bool(c)
            and company_key(c) != company_key(company)
            and not no_organisation(doc, c or "", contact.title)
        )

    for other in others:
        if fits(other):
            return replace(contact, company=other)
    for found in (
        titled_org(doc, contact.title, spans) if contact.title else None,
        apposed_to_name(doc, contact.name, spans) if contact.name else None,
        org_after(doc, company, spans),
        org_after(doc, contact.name, spans),
    ):
        if fits(found):
            return replace(contact, company=found)
    return replace(contact, company=None)
