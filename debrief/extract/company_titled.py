"""The organisation said right after the contact's title is their company, over another word
the answers chose from elsewhere.

Where the recap introduces the contact, "<title> at <Org>" (or "@ <Org>") says where they
work: "Andreas Zimmerli, product manager for 3D vision at Ruegg Vision", "Dr. Emeka Obi, he
is the country director for Nigeria at an NGO called ClearPath Malaria Consortium", "Dr.
Lucia Ferreira, Assoc. Director, GMP Training & Compliance @ Norvance Biologics". Both
answers sometimes file a word from the title ("3D", "Nigeria", "GMP Training & Compliance":
what the role is *for* or *of* belongs to the title) or a place, base or acronym said later
("bragg", "savannah", "EVM"). Where the name's sentence has a title head ("manager",
"director") and then, past what the role is for, "at"/"@" and an organisation, that
organisation is the company; a comma serves as "at" where the chosen company is inside the
title ("Director of Learning & Development, Alcovy Logistics"). A short or long form of the
chosen company is left alone (authors label both), and a title said as the past ("she was a
trainer at a bank", "did a year as a graduate assistant at UNLV") is not the present one.
The study is in docs/extraction-history.md, "company17".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from debrief.extract.company_described import named_after, owner_of_unit, present_of_contact
from debrief.extract.company_placed import (
    beside_name,
    capitalised_run,
    org_at,
    taken_back,
    usable_company,
)
from debrief.extract.lexicon import title_heads
from debrief.extract.roles_company import said
from debrief.models import Contact
from debrief.names import company_key

#: What stands between the title and the organisation: "at", "@", and a comma where the
#: chosen company is part of the title.
_AT = {"at", "@"}
#: Words that say a title is the past ("she was a trainer at a bank", "he started as").
_PAST = {"was", "were", "former", "formerly", "previously", "used", "started", "before", "ex"}
#: Words that bring the title back to the present after a past ("now she's director of ...").
_NOW = {"now", "currently", "today"}
#: Words after "at" before the organisation: "at the Center", "at an NGO called ClearPath".
_FILLERS = {"the", "a", "an"}
#: Words that end what a title may run on with: a clause or a sentence.
_ENDS = {"who", "that", "which", ".", "!", "?", ";"}
#: How many tokens may stand between the title's head and "at" ("for 3D vision").
_REACH = 7
#: Words before what a role is of or for: "Director of Learning & Development".
_OF = {"of", "for"}
#: The words that open a sentence still about the contact ("She's the director at ...").
_TOLD_ON = {"she", "he", "they"}
#: How far past the name an abbreviation's full stop may carry its sentence on.
_LONGEST = 30
#: The longest abbreviation with its full stop ("Assoc.").
_ABBREVIATION = 6


def _org_after_at(doc: Doc, j: int, name: str, orgs: list[tuple[int, int, str]]) -> str | None:
    """The organisation said from token ``j`` (just past "at"): past "the", and past "an NGO
    called" or "a clinic in Baltimore called"; not one said with "a"/"an" and no name after
    ("at a bank"), nor one owning what follows ("at UnitedHealth Group's Optum", "the state
    of Georgia's digital services team": the unit it owns is where they work)."""
    j, indefinite = named_after(doc, j)  # "at a family-owned venue called the Old Mill"
    if indefinite:
        return None
    while j < len(doc) and doc[j].lower_ in _FILLERS:
        j += 1
    found = org_at(doc, j, orgs) or capitalised_run(doc, j, name)
    if not found:
        return None
    # "Alcovy Logistics (Covington GA": the place in brackets is no part of it
    found = found.split("(")[0].strip(" ,-")
    said_here = doc.char_span(doc[j].idx, doc[j].idx + len(found), alignment_mode="expand")
    if said_here is None or found.lower().endswith(("'s", "’s")):
        return None
    owner = owner_of_unit(doc, said_here.end)
    if owner is not None:  # "at the Accra office of GreenRock Infrastructure Fund"
        return _org_after_at(doc, owner, name, orgs)
    if said_here.end < len(doc) and doc[said_here.end].lower_ in {"'s", "'", "’s"}:
        return None
    if taken_back(doc, said_here):
        return None  # "at Novaritis no sorry Novartis": the first try is taken back
    return found if usable_company(found, name) else None


def _inside(doc: Doc, text: str, span: Span) -> bool:
    """Whether ``text`` is said within ``span`` as what the role is of or for (the chosen
    company inside the title: "Director of Learning & Development")."""
    if not text:
        return False
    for said_at in said(doc, text):
        inner = span.start < said_at.start and said_at.end <= span.end
        if inner and doc[said_at.start - 1].lower_ in _OF:
            return True
    return False


def _abbreviated(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is an abbreviation's full stop ("Assoc.", "Sr."): a short word
    with its stop attached, or a stop right after a short capitalised word."""
    text = doc[i].text
    if len(text) > 1:
        return text.endswith(".") and text[:-1].isalpha() and len(text) <= _ABBREVIATION
    word = doc[i - 1] if i > 0 else None
    return (
        text == "."
        and word is not None
        and not word.whitespace_
        and word.is_alpha
        and word.text[:1].isupper()
        and len(word) < _ABBREVIATION
    )


def _sentence_end(doc: Doc, name_span: Span) -> int:
    """Where the name's sentence ends, read on past an abbreviation's full stop the parser
    took for one ("Dr. Lucia Ferreira, Assoc. Director, ...")."""
    end = name_span.sent.end
    while end < min(len(doc), name_span.end + _LONGEST):
        if not _abbreviated(doc, end - 1):
            break
        end = doc[end].sent.end
    return end


def _past_verb(tok: Token) -> bool:
    """Whether ``tok`` is a verb in the past ("did a year as a graduate assistant at UNLV"):
    a title said after it is where the contact was, not is."""
    return tok.pos_ in {"VERB", "AUX"} and "Past" in tok.morph.get("Tense", [])


def _told_on(doc: Doc, end: int, name: str) -> int:
    """Where the sentence after the name's ends, when it goes on about the contact ("...,
    Ingrid Halvorsen. Ingrid is a research nurse manager at Mayo Clinic", "... Nowicka, I
    think. She's the superintendent at UW-Milwaukee"): it opens with "she", "he", "they" or a
    word of the name. ``end`` where it does not."""
    if end >= len(doc):
        return end
    first = doc[end]
    own = {w.lower() for w in name.split()}
    if first.lower_ in _TOLD_ON or first.lower_ in own:
        return doc[end].sent.end
    return end


def _titled_org(
    doc: Doc, name_span: Span, contact: Contact, orgs: list[tuple[int, int, str]]
) -> str | None:
    """The organisation after the first present title in the name's sentence (or the next,
    where it goes on about the contact)."""
    heads = title_heads()
    past = False
    end = _told_on(doc, _sentence_end(doc, name_span), contact.name or "")
    for i in range(name_span.end, end):
        word = doc[i].lower_
        if word in _PAST or _past_verb(doc[i]):
            past = True
        elif word in _NOW:
            past = False
        if word not in heads or past:
            continue
        for k in range(i + 1, min(end, i + 1 + _REACH)):
            tok = doc[k]
            if present_of_contact(doc, k, _TOLD_ON):
                continue  # "physician assistant, she's at a rural hospital, Sweetwater ..."
            if tok.pos_ in {"VERB", "AUX"} or tok.lower_ in _ENDS or _abbreviated(doc, k):
                break  # "under Coach Pérez. Dr. Obi at ...": a title's tail ends there
            comma = tok.text == "," and _inside(doc, contact.company or "", doc[i:k])
            if tok.lower_ in _AT or comma:
                return _org_after_at(doc, k + 1, contact.name or "", orgs)
        return None
    return None


def _same_or_form(a: str, b: str) -> bool:
    """Whether two companies are the same or one a short/long form of the other."""
    wa, wb = set(company_key(a).split()), set(company_key(b).split())
    return wa <= wb or wb <= wa


def titled_company(doc: Doc, contact: Contact) -> Contact:
    """The contact with the organisation said right after their title as the company, where
    the chosen one is another (see the module docstring)."""
    if not contact.name:
        return contact
    orgs, said_at = beside_name(doc, contact.name)
    for name_span in said_at:
        found = _titled_org(doc, name_span, contact, orgs)
        if found is None:
            continue
        if contact.company and _same_or_form(found, contact.company):
            return contact
        return replace(contact, company=found)
    return contact
