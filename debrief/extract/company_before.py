"""The contact's company said before the contact's name, where no rule found one.

Some recaps name the organisation first and the person after: as an owner ("Wynn's Li Wei
Chen", "Ridgeway Cranes' training team hosted a panel ... Sione Fifita"), as the other side of
the call ("The call with Kowalski Machine was fun. Teresa Kowalski, ..."), or as what the call
or the team was ("Debrief, <org> call.", "<org> recruiter, Name", "the Crowdin folks"). The
taggers mostly mark such a run a PERSON or nothing, so `company_placed`'s tagged organisations
do not find it. Where the combined contact has no company, a capitalised run said in one of
these frames, in the sentence of the name's first mention or the one before it, and no person
(not a given name without an organisation word, not the contact's own name), no place, date or
title, is the company. The study is in docs/extraction-history.md, "company20".
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from debrief.extract.company_placed import name_said_at, taken_back, usable_company
from debrief.extract.company_said_after import org_heads
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.lexicon import title_heads, word_list
from debrief.extract.org_names import display_name
from debrief.models import Contact
from debrief.names_spelling import lexicon

#: Words a call or a group is said with after the organisation ("<org> call", "the <org>
#: folks", "<org> recruiter, Name"): said of an organisation, not of a person.
_AFTER_ORG = {"call", "chat", "interview", "folks", "team", "recruiter", "panel", "crew"}
#: What an owning organisation owns ("Ridgeway Cranes' training team", "Acme's hiring
#: folks"), within a few words of the possessive.
_OWNED = {"team", "folks", "people", "crew", "office", "center", "centre", "department"}
_OWNED |= {"division", "group", "staff", "recruiter", "panel", "side"}
#: Words before the other side of the call ("the call with <org>").
_CALL_WORDS = {"call", "chat", "meeting", "coffee", "interview"}
#: The base model's tags that make a run a place, a date or a number, never an employer.
_NOT_ORG_TAGS = {"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"}
#: The most words an organisation's name holds here.
_MOST_WORDS = 5


@lru_cache(maxsize=1)
def _call_kinds() -> frozenset[str]:
    """Words that say what kind of call it was ("Zoom call", "Second call", "Coffee chat":
    ``[header] kinds`` of ``pipelines/contact_patterns.toml``) and the meeting tools: never
    the organisation before a call word."""
    kinds = contact_patterns()["header"]["kinds"]
    return frozenset(kinds) | frozenset(word_list("meeting_tools"))


def _kind_of_call(run: Span) -> bool:
    """A run that only says how the call went or was held: call-kind words, or one adjective
    ("Great call today", "Zoom call with ...")."""
    words = [t.lower_ for t in run]
    return all(w in _call_kinds() for w in words) or (len(run) == 1 and run[0].pos_ == "ADJ")


def _capital(doc: Doc, i: int) -> bool:
    return doc[i].is_alpha and doc[i].text[:1].isupper()


def _run_before(doc: Doc, k: int, low: int) -> Span | None:
    """The capitalised run ending right before token ``k`` (not before ``low``), its
    sentence-opening function words left off ("So Tarrow Analytics" -> "Tarrow Analytics")."""
    s = k
    while s > low and k - s < _MOST_WORDS and _capital(doc, s - 1):
        s -= 1
    while s < k and doc[s].is_stop:
        s += 1
    return doc[s:k] if s < k else None


def _run_after(doc: Doc, j: int, high: int) -> Span | None:
    """The capitalised run starting at token ``j`` (ending before ``high``)."""
    if j < high and doc[j].lower_ == "the":
        j += 1
    e = j
    while e < high and e - j < _MOST_WORDS and _capital(doc, e):
        e += 1
    return doc[j:e] if e > j else None


def an_org(run: Span, name: str) -> bool:
    """Whether the run can be an organisation: no place, date or title word, not the
    contact's own name, and not a person said by given name (unless an organisation word
    is in it: "Grace Street Bakery")."""
    if any(t.ent_type_ in _NOT_ORG_TAGS or t.lower_ in title_heads() for t in run):
        return False
    if _kind_of_call(run):
        return False
    own = {w.lower() for w in name.split()}
    lowered = [t.lower_ for t in run]
    if all(w in own for w in lowered):
        return False
    if lowered[0] in lexicon().given and not any(w in org_heads() for w in lowered[1:]):
        return False
    return usable_company(run.text, name)


def _owner(doc: Doc, i: int, name_start: int, low: int) -> Span | None:
    """The run owning the name or a group at token ``i`` (a possessive "'s" or "'")."""
    after = [t.lower_ for t in doc[i + 1 : i + 4]]
    if i + 1 != name_start and not any(w in _OWNED for w in after):
        return None
    return _run_before(doc, i, low)


def _framed(doc: Doc, low: int, high: int, name_start: int) -> list[Span]:
    """Each capitalised run said in one of the module's frames between ``low`` and ``high``."""
    runs = []
    for i in range(low, high):
        word = doc[i].lower_
        run = None
        if word in {"'s", "'"}:
            run = _owner(doc, i, name_start, low)
        elif word in _AFTER_ORG:
            run = _run_before(doc, i, low)
        elif word == "with" and i > low and doc[i - 1].lower_ in _CALL_WORDS:
            run = _run_after(doc, i + 1, high)
        if run is not None:
            runs.append(run)
    return runs


def company_before(doc: Doc, contact: Contact) -> Contact:
    """The contact with the organisation said before their name (see the module docstring),
    where no company was found."""
    if contact.company or not contact.name:
        return contact
    said_at = name_said_at(doc, contact.name)
    if not said_at:
        return contact
    first = min(said_at, key=lambda s: s.start)
    sent = first.sent
    low = sent.start
    if low > 0:
        low = doc[low - 1].sent.start
    for run in _framed(doc, low, first.end, first.start):
        apart = run.end <= first.start or run.start >= first.end
        if apart and an_org(run, contact.name) and not taken_back(doc, run):
            return replace(contact, company=display_name(run.text))
    return contact
