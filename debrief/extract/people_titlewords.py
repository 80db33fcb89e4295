"""The contact's title filed as a person: "Karim Khoury / VP People / ...", "Sofia Lindqvist,
DevRel at Supabase", "Hao Nguyen, Implementation Mgr, Bluecrest", "Scientist -> Sr. ->
Principal -> Assoc. Dir." (people42).

A typed heading or a career ladder writes the contact's title in capitals, and the people
rules take a capitalised run the tagger calls a PERSON for a name. Over the development
authors that filed four titles as people in four authors (ae al bg bk), each a title the
contact stage had found for the contact. A person filed, once the roles step has made the
contact final (the title is often the roles model's, not the rules'), whose every word is a
word of the contact's title or a shortening of one ("Dir" of "Director", three letters at
least), is that title, not a person, and is dropped. Not a name said with a form of address
("Coach Tubbs": where the title found holds the contact's own form of address and name,
the person is kept as before), nor one written with a lower-case word ("the owner torvald
asked her": a lower-case recap's title found may run on into a name).
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.lexicon import honorific_words
from debrief.models import Person
from debrief.names import words
from debrief.names_spelling import lexicon


def _title_words_only(name: str, title_words: set[str]) -> bool:
    said = words(name)
    return bool(said) and all(
        w in title_words or (len(w) >= 3 and any(t.startswith(w) for t in title_words))
        for w in said
    )


def _full_name(name: str) -> bool:
    said = words(name)
    return len(said) >= 2 and said[0] in lexicon().given


def drop_title_words(doc: Doc, people: list[Person]) -> list[Person]:
    """``people`` without those named only in words of the contact's title (see the module)."""
    contact = doc._.contact
    title = contact.title if contact is not None else None
    if not title or not people:
        return people
    title_words = set(words(title))
    address = honorific_words()
    return [
        p
        for p in people
        if not _title_words_only(p.name, title_words)
        or (words(p.name) and words(p.name)[0] in address)
        # "the owner torvald asked her": in lower-case notes a title found may run on into
        # a name; a title's words filed as a person are capitalised ones
        or not all(w[:1].isupper() for w in p.name.split())
        # "My old chief, Senior Chief Rob Dalton": a given name and a surname are a person;
        # the title found ran on into the name, not the other way round
        or _full_name(p.name)
    ]
