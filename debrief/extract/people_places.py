"""Places filed as people: "we talked about Kyiv and Kraków", "head of medical affairs for
West Africa at Roche", "she did her bachelor in india".

The tagger reads a foreign city, a region after a job title, or a lower-case country as a
person often enough, and the people rules then keep the word when a cue stands near it
("talked about", "for"). A person is not a place: a name that is, whole, a country, continent,
world region, US state or large city (``pipelines/places.txt``), optionally after a compass
word ("West Africa", "Southeast Asia"), is dropped from the people. A place that is also a
census given name ("India", "Kenya", "Sydney") may be someone's name, so it is dropped only
where every mention follows a place preposition ("in india", "from Kenya").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from debrief.extract.lexicon import load_lines
from debrief.extract.people_cues import people_cues
from debrief.models import Person
from debrief.names_spelling import lexicon

COMPASS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    }
)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(load_lines("places.txt"))


@lru_cache(maxsize=1)
def place_prepositions() -> frozenset[str]:
    """The prepositions after which a word is said as a place ("in", "from", ...)."""
    return frozenset(people_cues()["context"]["place_prepositions"])


def place_name(name: str) -> bool:
    """Whether ``name`` is, whole, a place of ``places.txt``, possibly after a compass word
    ("West Africa"); case and a leading "the" do not count."""
    words = name.lower().replace("’", "'").split()
    if words[:1] == ["the"]:
        words = words[1:]
    if " ".join(words) in _places():  # "North Carolina", "South Africa"
        return True
    return len(words) > 1 and words[0] in COMPASS and " ".join(words[1:]) in _places()


def _said_as_place(doc: Doc, word: str) -> bool:
    """Every mention of the one word ``word`` follows a place preposition ("in india")."""
    seen = [t for t in doc if t.lower_ == word]
    return bool(seen) and all(t.i > 0 and doc[t.i - 1].lower_ in place_prepositions() for t in seen)


def drop_places(doc: Doc, people: list[Person]) -> list[Person]:
    """``people`` without those whose name is a place (see the module's docstring)."""
    out = []
    for person in people:
        key = person.name.lower()
        if place_name(person.name) and (
            " " in key.strip() or key not in lexicon().given or _said_as_place(doc, key)
        ):
            continue
        out.append(person)
    return out
