"""No contact title where the title is apposed to another named person.

"He said the hiring manager Ingrid Dahl is the one to email", "who reports to the hiring
manager Ingrid Dahl", "her boss, the VP of sales, Tom Reyes": a title said right before another
person's name (after at most a comma) is that person's job, whoever the recap is about. The
roles model marks such a title as the contact's, and the rules' reader after the intro can
take the whole run ("Apparently the hiring manager Ingrid Dahl"). The check is general, not a
phrase: the kept title is dropped where it holds another person's name, or where every place
the recap says it is followed by another person's name and none is just after the contact's
own name ("Oskar Lindqvist, the hiring manager, Ingrid Dahl set it up" keeps it). Another
person is a full name (two words or more) the rules list as people or the model marks as
mentioned or a referral, that shares no word with the contact's nor sounds like it ("John
Smith" of "Jon Smyth"), where the contact is kept by two words or more: a contact kept by a
first name or a nickname ("Bernie", "Kasia") may be the full name said after the title
(contact43); the title must stand after
"the" or an owner ("her"), not "a" ("a park ranger, National Park Service").
Runs last on the combined answer (:func:`~debrief.extract.roles_combine.combine`).
Measured in docs/extraction-history.md, "contact42: a title apposed to another named person"
and docs/extraction-history.md, "contact43".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from debrief.extract.roles_company import said
from debrief.models import Contact, Person
from debrief.names import person_key
from debrief.names_spelling import sound_key

#: The model's labels that mark another person's name (one it marks as a contact's name may be
#: the contact the rules missed: then the title is theirs, and right).
_PERSON_LABELS = {"MENTIONED", "REFERRAL"}
#: Words between the title and the name after it ("the VP of sales, Tom Reyes").
_BETWEEN = {",", "-", "–", "—"}
#: Words right before a title said of someone ("the hiring manager", "their VP of sales"); not
#: "a", which says a job held ("a park ranger, National Park Service").
_OWNERS = {"the", "their", "his", "her", "our", "my", "your", "its"}
#: Words between the contact's name and their own title ("Oskar Lindqvist, the hiring manager").
_OWN_GAP = {",", "the", "a", "an", "is", "'s", "’s", "-", "–", "—", "our", "their", "as"}


def _others(doc: Doc, contact: Contact, spans: list[Span], people: list[Person]) -> set[str]:
    """The keys of the people the recap names that are not the contact."""
    names = [p.name for p in people]
    names += [s.text for s in spans if s.label_ in _PERSON_LABELS]
    own = person_key(contact.name) if contact.name else ""
    mine = set(own.split())
    keys = {person_key(n) for n in names if n}
    # "Special Agent Omar Haddad": a name that shares a word with the contact's is theirs
    # a full name only: a lone first name after a title is a correction as often ("the GIS
    # lead, Marisol, no, Marisela ...") and a short word can be a title's ("Ed")
    if len(mine) < 2:
        # "Met Bernie ... The director of development, Bernadette Szabo": a contact kept by one
        # word (a first name, a nickname) may be the full name said after the title
        # (contact43: the one right title contact42's check lost on an untouched author)
        return set()
    return {
        k
        for k in keys
        if len(k.split()) >= 2 and not mine & set(k.split()) and not _sounds(k, mine)
    }


def _sounds(key: str, mine: set[str]) -> bool:
    """A name a word of which sounds like one of the contact's ("John Smith" of the kept "Jon
    Smyth"): the contact's name respelt, not another person."""
    theirs = {sound_key(w) for w in key.split()}
    return bool(theirs & {sound_key(w) for w in mine})


def _holds(text: str, key: str) -> bool:
    return f" {key} " in f" {text} "


def _named_after(doc: Doc, end: int, others: set[str]) -> bool:
    """Whether another person's name starts at ``end`` (after at most a comma)."""
    while end < len(doc) and doc[end].text in _BETWEEN:
        end += 1
    for n in (3, 2, 1):
        run = doc[end : end + n]
        if len(run) == n and run[0].text[:1].isupper() and person_key(run.text) in others:
            return True
    return False


def _owned(doc: Doc, start: int) -> bool:
    """Whether a determiner or an owner stands right before the title ("the hiring manager",
    "her boss, the VP of sales"): a heading's "Senior Baker, Northwind Foods" is no apposition."""
    return start > 0 and doc[start - 1].lower_ in _OWNERS


def _after_contact(doc: Doc, start: int, name: str | None) -> bool:
    """Whether the title is said just after the contact's name ("Oskar Lindqvist, the X")."""
    if not name:
        return False
    words = set(person_key(name).split())
    i = start - 1
    while i >= 0 and doc[i].lower_ in _OWN_GAP and start - i <= 3:
        i -= 1
    return i >= 0 and doc[i].lower_ in words


def title_apposed(doc: Doc, contact: Contact, spans: list[Span], people: list[Person]) -> bool:
    """Whether the contact's title is another named person's by apposition."""
    if not contact.title:
        return False
    others = _others(doc, contact, spans, people)
    if not others:
        return False
    title = person_key(contact.title)
    # a title the base model tags PERSON ("Project Designer") is not another person's name
    others = {k for k in others if k != title}
    if any(_holds(title, k) for k in others):
        return True
    places = list(said(doc, contact.title))
    if not places or not contact.name:
        return False
    # the contact named first: a title and name said before them may be how the recap
    # introduces the contact, the name kept being another form or another person
    named = [s.start for s in said(doc, contact.name)]
    if not named or min(named) > places[0].start:
        return False
    return all(
        _owned(doc, s.start)
        and _named_after(doc, s.end, others)
        and not _after_contact(doc, s.start, contact.name)
        for s in places
    )


def apposed_dropped(doc: Doc, contact: Contact, spans: list[Span], people: list[Person]) -> Contact:
    """The contact without a title that is another named person's (see the module)."""
    if title_apposed(doc, contact, spans, people):
        return replace(contact, title=None)
    return contact
