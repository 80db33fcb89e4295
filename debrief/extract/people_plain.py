"""Plain words and dates filed as people: "my teacher retirement", "the ops manager slot
opening", "an office dog named pretzel", a heading's "Fri Aug 21".

In a recap typed all in lower case a name looks like any other word, so the people rules take
the noun after a person cue ("teacher", "manager", "coordinator", "named") for a name; and the
tagger reads a dated heading's abbreviations ("Fri Aug") as a PERSON. Three general tests,
no cue needed:

- a name written in lower case whose every word is an English word (the lemma index of the
  spaCy model, :func:`~debrief.extract.lexicon.non_name_words`) and no census name word (a
  given name, or a surname at least 1 in 100,000 people hold: "chen", "baker" stay), and that
  the tagger never reads as a PERSON where it stands, is no person;
- a name made only of calendar words (weekdays, months, their abbreviations) is a date, not a
  person, unless it is a month alone or months only ("June", "April May" may be names);
- a name no person writes: one opening on a digit ("8(a"), a school ("Grady High"), or one
  English word in "-ing" of seven letters or more that is no name word ("Learning", from
  "Teaching and Learning"; "Sterling", "Manning" are surnames and stay);
- a lower-case note's shorthand and groups (people47): a word with a slash ("call w/ ravi",
  where "w/" took the cue "call" for itself), or a lower-case name ending on a group noun
  (``team_nouns`` of ``pipelines/people_cues.toml``: "partner pantry staff", "the kitchen
  crew"), whose last word may be a census surname ("staff") and so escaped the first test.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from debrief.extract.dates import vocab as date_vocab
from debrief.extract.lexicon import non_name_words
from debrief.extract.people_cues import team_nouns
from debrief.extract.people_places import drop_places
from debrief.extract.people_placeshape import drop_place_shaped
from debrief.models import Person
from debrief.names_spelling import lexicon

#: a surname's share of the US population (per cent) from which it counts as a name word:
#: 0.001 is 1 in 100,000 ("kline" .015, "lawless" .003); a share of 0.000 (filed 1e-4:
#: "pretzel", "scale", "slot") does not
SURNAME_SHARE = 0.001

#: the last word of a school's name, which no surname a recap files ends with
SCHOOL_ENDS = frozenset({"high", "elementary", "academy"})


@lru_cache(maxsize=1)
def _calendar() -> tuple[frozenset[str], frozenset[str]]:
    """(every calendar word, the months among them), lower case."""
    v = date_vocab()
    months = frozenset(v.months)
    return frozenset(v.weekdays) | months, months


def _words(name: str) -> list[str]:
    return [w.strip(".,'’").lower() for w in name.split() if w.strip(".,'’")]


def name_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a census given name or a surname held by at least
    1 in 100,000 people."""
    lex = lexicon()
    return word in lex.given or lex.surnames.get(word, 0.0) >= SURNAME_SHARE


def plain_words(name: str) -> bool:
    """Whether ``name`` is written in lower case and every word of it is an English word and
    no name word ("retirement", "slot opening"; not "chen", "priya", "dominic fairweather")."""
    words = _words(name)
    if not words or name != name.lower():
        return False
    english = non_name_words()
    return all(w.isalpha() and w in english and not name_word(w) for w in words)


def calendar_words(name: str) -> bool:
    """Whether ``name`` is made of calendar words only and not of months only ("Fri Aug",
    "Thurs"; not "June", "April")."""
    words = _words(name)
    every, months = _calendar()
    return bool(words) and all(w in every for w in words) and not all(w in months for w in words)


def no_name_shape(name: str) -> bool:
    """Whether ``name`` has a shape no person's name has: it opens on a digit ("8(a"), holds a
    slash ("w/"), ends as a school's ("Grady High") or, in lower case, on a group noun
    ("pantry staff"), or is one English word in "-ing" that is no name word."""
    words = _words(name)
    if not words or not name[0].isalpha() or "/" in name:
        return True
    if len(words) > 1 and words[-1] in SCHOOL_ENDS:
        return True
    if len(words) > 1 and name == name.lower() and words[-1] in team_nouns():
        return True
    word = words[0]
    return (
        len(words) == 1
        and len(word) >= 7  # "Qing", "Ting", "Ding" are names
        and word.endswith("ing")
        and word in non_name_words()
        and not name_word(word)
    )


def _read_as_person(doc: Doc, name: str) -> bool:
    """Whether the tagger reads a word of ``name`` as a PERSON where it stands."""
    words = set(_words(name))
    return any(t.ent_type_ == "PERSON" for t in doc if t.lower_ in words)


def drop_plain(doc: Doc, people: list[Person]) -> list[Person]:
    """``people`` without plain words and dates (see the module's docstring)."""
    return [
        p
        for p in people
        if not calendar_words(p.name)
        and not no_name_shape(p.name)
        and not (plain_words(p.name) and not _read_as_person(doc, p.name))
    ]


def drop_non_people(doc: Doc, people: list[Person]) -> list[Person]:
    """``people`` without places (``people_places.py``, and names shaped as a place's:
    ``people_placeshape.py``), plain words and dates."""
    return drop_plain(doc, drop_place_shaped(drop_places(doc, people)))
