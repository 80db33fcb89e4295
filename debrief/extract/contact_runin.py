"""A word run into the front of the contact's name: where a recap's writer or Whisper leaves
no stop or comma between a word and the name, the tagger takes the word into the name.
Whisper drops the stop after a spoken heading ("Debrief. Omar Farouk. Senior manager" is heard
"Debris Omar Farok senior manager"), the comma after a short form ("Bernie, Bernadette Walsh"
is heard "Bernie Bernadette Walsh") and the stop between a given name and its repetition
("Rosa. Rosa Gutierrez." is run together); a typed note runs a job word in the same way
("Today: Chaplain Reuben Goldfarb, VITAS Healthcare").

:func:`runin_dropped` decides, for a kept name of three words or more, whether its first word
is such a word, from the words' own evidence (no phrase is read): either an English word
(:func:`debrief.extract.lexicon.non_name_words`) that the census lists hold as no given name,
before a name whose every other word is a name's (no English word, or a census name that is
no rank: "Reuben" is in the lemmatizer's index too); or a given name that is a short form
of the given name right after it (both census given names, the first shorter and starting
with the second's first three letters); or the given name said twice. Ranks and forms of
address ("Coach", "Dr.", "Sergeant") are left to the rank rules: whether a label keeps them
is the author's convention (contact41). Measured in docs/extraction-history.md, "spoken40".
"""

from __future__ import annotations

from dataclasses import replace

from debrief.extract.lexicon import non_name_words, rank_words
from debrief.models import Contact


def _given(word: str) -> bool:
    from debrief.names_spelling import lexicon  # the census lists, loaded once, lazily

    return word.lower() in lexicon().given


def _name_word(word: str, english: frozenset[str], given: bool) -> bool:
    """A word of a name: no English word, or a census given name (``given``, the word after
    the run-in word: "Reuben", which the lemmatizer also knows) or surname; never a rank."""
    from debrief.names_spelling import lexicon

    low = word.lower().strip(".,'")
    if not low or low in rank_words():
        return False
    if low not in english:
        return True
    names = lexicon().given if given else lexicon().surnames
    return low in names


def run_in(words: list[str]) -> bool:
    """Whether the first of a name's ``words`` (three or more) is a word run into it."""
    if len(words) < 3:
        return False
    first, second = words[0], words[1]
    if not (first.isalpha() and first[:1].isupper() and second[:1].isupper()):
        return False
    low = first.lower()
    if low == second.lower():
        return True  # "Rosa Rosa Gutierrez": Whisper's "Rosa. Rosa Gutierrez." run together
    if low in rank_words():
        return False
    english = non_name_words()
    if low in english:
        rest = words[1:]
        return not _given(first) and all(
            _name_word(w, english, given=i == 0) for i, w in enumerate(rest)
        )
    short = 3 <= len(first) < len(second) and second.lower().startswith(low[:3])
    return short and _given(first) and _given(second)


def runin_dropped(contact: Contact) -> Contact:
    """``contact`` with a word run into the front of its name dropped (module doc);
    unchanged in any other case."""
    words = (contact.name or "").split()
    if not run_in(words):
        return contact
    return replace(contact, name=" ".join(words[1:]))
