"""A transcript's run of three capitalised words or more filed as a person where one of them
is a plain English word and no name: "Greg Link Vista", "Ellie Plus Sam" (spoken48).

Whisper capitalises the words it takes for part of a name, and the people rules take a
capitalised run in a person's place for a name. On the two development transcript files
(authors a, b, ao, ap, at) runs holding an English word no census lists as a given name or a
surname ("vista", "plus", "mapping", "retired", "lettuce") were filed as people in three
authors (ao, ap, at); every labelled person those files kept has name words only ("Erica
Hall", "Darius Bell", "Big Sal": "hall", "bell" and "big" are census names too) but one of
two words, "Raj Padel" ("raj" and "padel" are in the lemmatizer's index, as are "mensa" and
many other names' words). So on a transcript (``doc._.spoken``) a person of three words or
more, one of which is such a word, is dropped; two-word names are left alone (the English
word index is too wide to tell a name's word from a plain one there). A form of address or a
rank ("Father Mike", "Coach Reyes") and a name particle ("van", "de") are no such word.
Typed text is not read so: there the capital is the writer's.

Reads the people filed once the roles step has combined the rules' and the model's, the
English words of the pipeline's lemmatizer (``lexicon.non_name_words``) and the census name
lists (``people_plain.name_word``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.lexicon import honorific_words, name_particles, non_name_words, rank_words
from debrief.extract.people_plain import name_word
from debrief.models import Person
from debrief.names import words


def _plain_word(word: str, english: frozenset[str], spared: frozenset[str]) -> bool:
    """An English word of three letters or more that is no census name and no form of
    address, rank or particle ("d" of "D'Angelo" is none)."""
    return (
        len(word) >= 3
        and word.isalpha()
        and word in english
        and word not in spared
        and not name_word(word)
    )


def english_word_run(name: str) -> bool:
    """Whether ``name`` is a run Whisper capitalised on a plain English word (module): three
    words or more, any of them one. A name of two words is not read so: a given name or a
    surname may be an English word no census lists ("Raj Padel", "Abena Mensa"; checked on
    the development transcripts, where reading two-word names cost "Raj Padel")."""
    said = words(name)
    spared = honorific_words() | rank_words() | name_particles()
    english = non_name_words()
    return len(said) >= 3 and any(_plain_word(w, english, spared) for w in said)


def drop_english_word_runs(doc: Doc, people: list[Person]) -> list[Person]:
    """``people`` without a transcript's capitalised runs holding a plain English word; the
    same list for typed text (see the module)."""
    if not doc._.spoken:
        return people
    return [p for p in people if not english_word_run(p.name)]
