"""A lower-case given name filed alone, whose surname the recap says with it elsewhere, is
filed under the full name (people47).

Lower-case notes and dictations give a person's full name once, often where no person cue
reaches it ("the service manager at our dealer tom brandt", "the analyst is mai nguyen",
"(brenda kowalczyk tagged her)"), and the given name alone later, after a cue the rules read
("i'll call tom monday", "message brenda"). Only the later mention is filed, so the person
comes out by given name alone. Read here: the filed name, one lower-case word, said elsewhere
right before one lower-case word that is a census surname of note (``SURNAME_SHARE`` of
``people_plain.py``), no English word (``non_name_words``: "tom said", "brenda tagged" stay)
and no stop word; the first such pair is the name. Never the contact's name, nor a name
another person filed already holds. Measured in docs/extraction-history.md, "people47".

Decided here: each filed person's name completed (:func:`completed_names`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.lexicon import non_name_words
from debrief.extract.people_plain import SURNAME_SHARE
from debrief.models import Person
from debrief.names_spelling import lexicon


def _surname_after(doc: Doc, given: str) -> str | None:
    """The first lower-case surname said right after ``given`` in ``doc``, or None."""
    english = non_name_words()
    surnames = lexicon().surnames
    for tok in doc[:-1]:
        if tok.text != given:
            continue
        nxt = doc[tok.i + 1]
        word = nxt.text
        if (
            tok.whitespace_
            and word.islower()
            and word.isalpha()
            and len(word) >= 3
            and not nxt.is_stop
            and word not in english
            and surnames.get(word, 0.0) >= SURNAME_SHARE
        ):
            return word
    return None


def completed_names(doc: Doc, people: list[Person], contact_name: str | None) -> list[Person]:
    """``people`` with each lone lower-case given name completed by the surname the recap
    says after it elsewhere (see the module)."""
    taken = {p.name.lower() for p in people} | {(contact_name or "").lower()}
    out: list[Person] = []
    for p in people:
        name = p.name
        if " " not in name and name.islower() and name.isalpha() and name in lexicon().given:
            surname = _surname_after(doc, name)
            full = f"{name} {surname}" if surname else None
            if full is not None and full not in taken:
                taken.add(full)
                p = replace(p, name=full)
        out.append(p)
    return out
