"""Names shaped as places filed as people: "(HVAC parts, ~900 ppl, Fort Collins)", "he said
Diablo Valley, then cooked at ...", "the Stripe Dublin office".

people16 drops a person whose name is, whole, a place of ``pipelines/places.txt`` (countries,
states, large cities abroad), trusting the tagger's GPE reading for the rest; but the tagger
reads a two-word town or region as a PERSON often enough ("Fort Collins", "Diablo Valley"), and
no list holds every town. A place's name has a shape no person's name has: it opens on a place
word ("Fort", "Mount", "San", "Los": ``place_openers`` in ``pipelines/word_lists.toml``) or
ends on one ("Valley", "Springs", "Falls", "County", "Creek": ``place_enders``), or ends on a
place of ``places.txt`` after an organisation's word ("Stripe Dublin"). A name so shaped is
dropped, unless it opens on a form of address or a rank ("Mrs. Valley", "Sergeant Bay") or,
for a shape read at its end, on a census given name ("Jordan Paris", "Linda Bay" are people),
or its last word is a common surname (1 in 10,000 people or more: "Hyun-woo Park", "Kwame
Jordan"), which the lists leave out as well ("Park", "Hill", "Lake", "Beach").
"""

from __future__ import annotations

from functools import lru_cache

from debrief.extract.lexicon import honorific_words, load_lines, word_list
from debrief.extract.people_cues import people_cues
from debrief.models import Person
from debrief.names_spelling import lexicon

#: a surname's share of the US population (per cent) from which the last word is taken for a
#: surname, not a place's word: 0.01 is 1 in 10,000 ("lake" .011, "beach" .013, "jordan")
COMMON_SURNAME = 0.01


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(place openers, place enders, one-word places, forms of address and ranks)."""
    cues = people_cues()["context"]
    address = honorific_words() | set(cues["rank_words"])
    places = frozenset(p for p in load_lines("places.txt") if " " not in p)
    return word_list("place_openers"), word_list("place_enders"), places, frozenset(address)


def place_shaped(name: str) -> bool:
    """Whether ``name`` (two words or more) is shaped as a place's name (see the module)."""
    words = [w.strip(".,'’()").lower() for w in name.split()]
    words = [w for w in words if w]
    if len(words) < 2:
        return False
    openers, enders, places, address = _words()
    if words[0] in address:
        return False
    if words[0] in openers:
        return True  # "Fort Collins", "San Mateo", "Los Alamos"
    lex = lexicon()
    last = words[-1]
    return (
        (last in enders or last in places)
        and words[0] not in lex.given
        and lex.surnames.get(last, 0.0) < COMMON_SURNAME
    )


def drop_place_shaped(people: list[Person]) -> list[Person]:
    """``people`` without those whose name is shaped as a place's (see the module)."""
    return [p for p in people if not place_shaped(p.name)]
