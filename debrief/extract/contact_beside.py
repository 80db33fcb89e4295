"""The contact's name said right beside their title, where no reading kept a name.

"Talked to someone at the clinic, a nurse manager, Winona Two Bulls.", "Marcy, athletics
coordinator with Westlake Parks", "WHO: Earlene Batiste, Director of Operations, ...",
"called Sergio Montoya he's the HR manager at ...": the recap says who the contact is, the
title is kept, and no name is, because the model tags the name as an organisation or a place
or the opening's shape is one no cue reads. Counted over the development authors
(docs/extraction-history.md, "contact39"), a name never found is one of the kinds the most
authors show, each in its own shape; what the capitalised ones share is where the name is
said: next to the title the recap kept, with nothing between them but a comma, a dash, a
colon, "named"/"called" or "he's"/"she's".

So this decides one thing, on the combined answer: where a title is kept and no name, the
run of one to four capitalised words (name particles "van", "de" inside it) said right before
or right after the title's first mention, if it is shaped as a person
(:func:`~debrief.extract.contact_holder.person_shaped`), is none of the company's words or
the title's, and the recap speaks of one person by "he" or "she". A run after "at", "in",
"from" or "of" is a place or an organisation, never a name.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.contact_holder import person_shaped
from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import name_particles, non_name_words, title_head_words
from debrief.models import Contact
from debrief.names import company_key

#: Words a name may hold inside it, lower case ("Dirk-Jan van der Berg"): the name particles
#: less the few this reading never took (``[intro] particles_unread``, house41).
_PARTICLES = name_particles("contact_beside")
#: Marks between a name and the title beside it.
_MARKS = {",", "-", "–", "—", ":"}
#: Words between a name and the title that follows it ("Cho, he's a director").
_BRIDGE = {"he", "she", "'s", "is", "a", "an", "the", "their", "named", "called"}
#: Words before a run that make it a place or an organisation.
_PLACE_LINKS = {"at", "in", "from", "of", "with", "for", "near"}
#: Words that say the recap's contact is one person.
_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
#: Most words a name has.
_MOST = 4


def _name_word(doc: Doc, i: int) -> bool:
    t = doc[i]
    return t.is_alpha and t.text[:1].isupper() and not (t.is_upper and len(t) > 1)


def _in_name(doc: Doc, i: int, lo: int, hi: int) -> bool:
    """Whether ``doc[i]`` goes on a name run inside ``[lo, hi)``: a capitalised word, a hyphen
    with no space ("Dirk-Jan"), a lower-case part after one ("Sung-min"), a particle before a
    name word or another particle ("van der Berg")."""
    t = doc[i]
    if _name_word(doc, i):
        return True
    if t.text == "-":
        return lo < i < hi - 1 and not t.whitespace_ and not doc[i - 1].whitespace_
    if t.is_alpha and t.is_lower and i > lo and doc[i - 1].text == "-":
        return True
    return (
        t.lower_ in _PARTICLES
        and i + 1 < hi
        and (_name_word(doc, i + 1) or doc[i + 1].lower_ in _PARTICLES)
    )


def _run_back(doc: Doc, end: int, floor: int) -> tuple[int, int] | None:
    """The capitalised run ending just before ``end``."""
    i = end - 1
    while i >= floor and _in_name(doc, i, floor, end):
        i -= 1
    return (i + 1, end) if i + 1 < end else None


def _run_on(doc: Doc, start: int, ceil: int) -> tuple[int, int] | None:
    """The capitalised run starting at ``start``."""
    i = start
    while i < ceil and _in_name(doc, i, start, ceil):
        i += 1
    return (start, i) if i > start else None


def _title_mention(doc: Doc, title: str) -> tuple[int, int] | None:
    """The tokens of the title's first mention, any casing."""
    at = doc.text.lower().find(title.lower())
    if at < 0:
        return None
    span = doc.char_span(at, at + len(title), alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def _checked(doc: Doc, span: tuple[int, int], contact: Contact) -> str | None:
    s, e = span
    words = [t for t in doc[s:e] if t.is_alpha]
    if not words or len([w for w in doc[s:e].text.split() if w not in _PARTICLES]) > _MOST:
        return None  # "Dirk-Jan van der Berg" is two words and its particles
    if s > 0 and doc[s - 1].lower_ in _PLACE_LINKS:
        return None
    while s < e and doc[s].lower_ in _PARTICLES:
        s += 1  # a run starts on a name word
    text = doc[s:e].text
    low = {w.lower_ for w in words} - _PARTICLES
    heads = title_head_words()
    title = set((contact.title or "").lower().split())
    company = set(company_key(contact.company or "").split())
    plain = non_name_words()
    if low & (heads | title | company):
        return None
    if words[0].is_stop or (len(words) == 1 and words[0].lower_ in plain):
        return None  # "Okay, ...", "Sales, ..."
    bare = " ".join(w for w in text.replace(" - ", "-").split() if w not in _PARTICLES)
    if not person_shaped(bare):
        return None
    return text.replace(" - ", "-")


def named_beside(doc: Doc, contact: Contact) -> Contact:
    """The contact with the name said right beside the kept title, where none is kept."""
    if contact.name or not contact.title:
        return contact
    words = lowers(doc)
    if not _PRONOUNS & set(words):
        return contact
    at = _title_mention(doc, contact.title)
    if at is None:
        return contact
    ts, te = at
    sent = doc[ts].sent
    # before: "Marcy, athletics coordinator", "Cho, he's a director"
    i = ts - 1
    while i >= sent.start and words[i] in _BRIDGE:
        i -= 1
    end = i if i >= sent.start and words[i] in _MARKS else (i + 1 if i < ts - 1 else None)
    run = _run_back(doc, end, sent.start) if end is not None else None
    name = _checked(doc, run, contact) if run is not None else None
    if name is not None:
        return replace(contact, name=name)
    # after: "a nurse manager, Winona Two Bulls", "manager named Ada Obi"
    k = te
    while k < sent.end and (words[k] in _MARKS or words[k] in {"named", "called"}):
        k += 1
    if k > te:
        run = _run_on(doc, k, sent.end)
        if run is not None:
            name = _checked(doc, run, contact)
            if name is not None:
                return replace(contact, name=name)
    return contact
