"""A transcript's one-word name that opens a longer one-word name filed beside it is that
person again, not a second one: Whisper ran the given name into the surname once and heard
the given name alone another time.

Whisper (tiny.en) writes a name it has never seen as it sounds, and a given name and surname
said quickly come out as one word: the contact "Hana Sato" is "Hanasado, patient education
specialist at ..." in the opening and "Ask Hana for a sample handout" at the end (bv); a
referral is "Hyinglam" in one sentence and "Hying" in the next (ap). The people rules file
the one-word given name as a second person beside the run-together one, and
``people_respelt.respelt_given`` does not see it (the long word is many letters off the
short one). spoken50 counted it on two development authors (bv, ap), one false person each.

:func:`opens_runtogether` reads a one-word person against the contact's name and the other
people filed: the same person where another one-word name starts with it, is three letters
or more longer, and is no census name (a given name or a surname: "Danielle" beside "Dan",
"Robertson" beside "Rob" are names of their own, two people). Only on a transcript
(``doc._.spoken``): a typed recap writes the two words apart.

Reads the people filed once the roles step has combined the rules' and the model's, the
contact as filed, and the census lists (``people_plain.name_word``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.people_plain import name_word
from debrief.models import Person
from debrief.names import person_key

#: the given name heard alone has at least this many letters ("Bo" is left alone)
MIN_GIVEN = 3
#: the run-together word is at least this many letters longer than the given name
MIN_REST = 3


def opens_runtogether(name: str, others: list[str]) -> bool:
    """Whether ``name``, one word, opens one of ``others`` that is one word run together
    from it and a surname (module doc)."""
    words = person_key(name).split()
    if len(words) != 1 or len(words[0]) < MIN_GIVEN:
        return False
    short = words[0]
    for other in others:
        said = person_key(other).split()
        if len(said) != 1:
            continue
        long = said[0]
        if (
            long.startswith(short)
            and len(long) - len(short) >= MIN_REST
            and long.isalpha()
            and not name_word(long)
        ):
            return True
    return False


def drop_runtogether_given(doc: Doc, people: list[Person], contact: str | None) -> list[Person]:
    """``people`` without a transcript's given name heard alone beside the contact or a
    person whose name Whisper ran together from it; the same list for typed text."""
    if not doc._.spoken:
        return people
    names = [p.name for p in people] + ([contact] if contact else [])
    return [p for p in people if not opens_runtogether(p.name, names)]
