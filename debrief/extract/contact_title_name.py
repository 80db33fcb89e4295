"""A title or a rank kept as the contact's name, and the person said beside it that no rule filed.

Counted over the development authors at stop 43 (docs/extraction-history.md, "contact48"): the
kept name is the contact's title or rank ("Call w/ Sr. Policy Fellow at ... Contact: <Name>",
"Spoke w/ a Sr. Business Analyst who's ...: <Name>", "<Nickname> (K. <Surname>) - Practice
Head, ...", "call with Command Sergeant Major, retired, <Name>"). ``contact_unperson`` reads
such a name as no person but looks for the contact among the people and organisations the
rules filed only, and in these recaps the person is filed nowhere (the base model tags them a
place, a nationality or nothing), so the title stayed the name.

This module reads two things for ``contact_unperson``:

- :func:`titled`: a name of two words or more, each a describing or an English word, whose
  last word describes (a title head or a rank: "Fellow", "Head", "Major"), whose first word is
  no census given name, and which is not made as a person's name ("Command Sergeant Major";
  not "Jordan Marshal", nor "Ngozi Adeyemi - Sr. PM", a heading's name and title run together).
- :func:`person_said_near`: the capitalised run made as a person's name (a census given name
  first, or two or three capitalised words none English; or an initial and a surname, "K.
  Balasubramanian") said nearest the kept name, within :data:`_NEAR` words (punctuation and
  line breaks not counted: a typed "Contact:" line under the heading is near it).

:func:`title_of` gives the kept name back as the title where none was kept and the name was a
title (not a rank: a rank is no job, and the labels file none for it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc

from debrief.extract.lexicon import describing_words, non_name_words, rank_words, title_heads
from debrief.names_spelling import lexicon

#: How many words (punctuation aside) from the kept name the person must be said.
_NEAR = 15
#: An initial as the tokenizer keeps it ("K.").
_INITIAL = re.compile(r"^[A-Z]\.$")


@lru_cache(maxsize=1)
def _describing() -> frozenset[str]:
    return describing_words("describing_clipped")


def _words(name: str) -> list[str]:
    return [w.rstrip(".").lower() for w in name.split()]


def titled(name: str | None, person_made: bool) -> bool:
    """``name`` is a title or a rank (module doc); ``person_made``: it is made as a person's
    name by its words (``contact_unperson``'s reading), which keeps it a name."""
    words = _words(name or "")
    if len(words) < 2 or person_made:
        return False
    # every word a describing or an English word: "Ngozi Adeyemi - Sr. PM", a heading's name
    # and title run together, holds a person and is left to the readers of headings
    plain = _describing() | non_name_words()
    if not all(w.isalpha() and w in plain for w in words):
        return False
    return words[-1] in _describing() and words[0] not in lexicon().given


def title_of(name: str) -> str | None:
    """The kept name as a title: its last word a title head and no rank; else None."""
    words = _words(name)
    if words and words[-1] in title_heads() and words[-1] not in rank_words():
        return name
    return None


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha()


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Runs of capitalised words (an initial first, hyphens inside) as token spans."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if not (_capitalised(doc[i].text) or _INITIAL.match(doc[i].text)):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = doc[j]
            joined = t.text == "-" and not doc[j - 1].whitespace_ and j + 1 < n
            if joined and _capitalised(doc[j + 1].text):
                j += 2
            elif doc[j - 1].whitespace_ and _capitalised(t.text):
                j += 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _made_as_person(doc: Doc, start: int, end: int, person_words: bool) -> bool:
    words = [t.text for t in doc[start:end] if t.text != "-"]
    if not 2 <= len(words) <= 3:
        return False
    lows = {w.rstrip(".").lower() for w in words}
    if lows & _describing():
        return False
    if _INITIAL.match(words[0]):  # "K. Balasubramanian": the surname no English word
        return all(w[:1].isupper() and w.lower() not in non_name_words() for w in words[1:])
    return person_words


def person_said_near(
    doc: Doc, anchors: list[tuple[int, int]], made_as_name: Callable[[str], bool]
) -> str | None:
    """The capitalised run made as a person's name said nearest ``anchors`` (module doc);
    ``made_as_name``: ``contact_unperson``'s reading of a text as a person's name."""
    words = [i for i, t in enumerate(doc) if t.is_alpha]
    order = {i: k for k, i in enumerate(words)}

    def at(i: int) -> int:  # the word count at token i (the next word's, for punctuation)
        return next((order[j] for j in range(i, len(doc)) if j in order), len(words))

    best: tuple[int, str] | None = None
    for start, end in _runs(doc):
        if any(start < b and a < end for a, b in anchors):
            continue
        text = doc[start:end].text
        if not _made_as_person(doc, start, end, made_as_name(text)):
            continue
        gaps = [max(at(a) - at(end), at(start) - at(b), 0) for a, b in anchors]
        gap = min(gaps) if gaps else None
        if gap is not None and gap <= _NEAR and (best is None or gap < best[0]):
            best = (gap, text)
    return best[1] if best else None
