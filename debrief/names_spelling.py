"""Names that survive speech: the spelling of people's names heard by Whisper.

Whisper (tiny.en) writes a name it has never seen as it sounds: "Graciela" as "Graciella",
"Boateng" as "Boteng". For names extracted from a *transcript* only (a name the user typed is
what the user typed) and not on file, :func:`repair_word` turns a word that is no known
spelling into the most frequent known spelling with the same sound key within a small edit
distance, keeping its first and last letter; never an English word or a well-known
organisation ("Excel", "Notes", "They", "Moderna": :func:`non_name_word`), which extraction
may take into a name. The known spellings are the US census lists of the ``names`` package
(MIT; 5,163 given names, 88,799 surnames, 3 MB installed), read once, lazily, from the
installed package: no network, ever.

What it wins and how many right spellings it breaks is measured by
``benchmarks/names_spelling.py`` (docs/speech-history.md, "Names that survive speech"), beside
a repair not
kept (one spelling per person within a recap: no name changed on two sets).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

#: Name words shorter than this are left alone: "Al", "Bo", "Li" have too many neighbours.
MIN_LENGTH = 4
_NAME_WORD = re.compile(r"^[A-Z][a-z]+$")


def sound_key(word: str) -> str:
    """The word's Metaphone key ("Kowalsky" and "Kowalski" share KWLSK)."""
    import jellyfish  # small compiled wheel, imported only when a name is repaired

    return str(jellyfish.metaphone(word))


def max_edits(word: str) -> int:
    """How many edits a repair may make: one for a short word, two from seven letters."""
    return 1 if len(word) < 7 else 2


@dataclass(frozen=True)
class Lexicon:
    """Known name spellings with their frequency (per cent of the population), given names
    and surnames apart."""

    given: dict[str, float]
    surnames: dict[str, float]

    def known(self, word: str) -> bool:
        low = word.lower()
        return low in self.given or low in self.surnames

    def best(self, word: str, *, given: bool) -> str | None:
        """The most frequent known given name (``given``) or surname that sounds like
        ``word`` within :func:`max_edits` edits, or None."""
        low = word.lower()
        frequency = self.given if given else self.surnames
        # Edit distance first (rapidfuzz over the list, milliseconds), the sound key of
        # the few within reach after: no key is computed for the whole list.
        close = process.extract(
            low,
            frequency.keys(),
            scorer=Levenshtein.distance,
            score_cutoff=max_edits(word),
            limit=None,
        )
        if not close:
            return None
        key = sound_key(word)
        # Same first and last letter: a name's ending carries its language and gender
        # (Adeyemi/Adeyemo, Petrova/Petrov, Baraka/Barak), and the sound key drops vowels,
        # so a list of US names would otherwise re-spell a right name of another culture.
        near = [
            k for k, _, _ in close if k[0] == low[0] and k[-1] == low[-1] and sound_key(k) == key
        ]
        if not near:
            return None
        return max(near, key=lambda k: (frequency[k], k)).capitalize()


def _read(name: str) -> dict[str, float]:
    # Found through the installed distribution, not the import system: a module called
    # "names" first on sys.path (benchmarks/names.py) must not shadow the package's data.
    path = Path(str(metadata.distribution("names").locate_file(f"names/{name}")))
    rows = (line.split(None, 2) for line in path.read_text(encoding="ascii").splitlines())
    # Lines are "NAME  share  cumulative  rank"; a share of 0.000 is still a known spelling.
    return {r[0].lower(): float(r[1]) or 1e-4 for r in rows if len(r) >= 2}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The census given names and surnames, loaded once (about 0.2 s). Empty if the
    ``names`` package is missing (a declared dependency): names are then filed as heard,
    never a failed filing."""
    try:
        given = _read("dist.male.first")
    except (metadata.PackageNotFoundError, OSError):
        return Lexicon({}, {})
    for word, share in _read("dist.female.first").items():
        given[word] = max(given.get(word, 0.0), share)
    return Lexicon(given, _read("dist.all.last"))


def non_name_word(word: str, plain: Collection[str]) -> bool:
    """Whether ``word`` (or the word it is a plural of: "Notes", "Minutes") is one of the
    ``plain`` words, lower case (:func:`debrief.extract.lexicon.non_name_words`): Whisper
    writes a word it knows as that word, and the census lists, which lack most of them, would
    re-spell it ("Excel" -> "Excell", "Notes" -> "Notis", "Moderna" -> "Materna")."""
    low = word.lower()
    return low in plain or (low.endswith("s") and (low[:-1] in plain or low[:-2] in plain))


def repair_word(
    word: str, *, given: bool, lex: Lexicon | None = None, plain: Collection[str] = ()
) -> str:
    """``word`` or, when it is a capitalised name word no list knows and none of the
    ``plain`` words (:func:`non_name_word`), the most frequent known given name (``given``:
    the name's first word) or surname that sounds the same within a small edit distance."""
    if len(word) < MIN_LENGTH or not _NAME_WORD.match(word):
        return word
    lex = lex or lexicon()
    if lex.known(word) or non_name_word(word, plain):
        return word
    return lex.best(word, given=given) or word


def repair_name(name: str | None, plain: Collection[str] = ()) -> str | None:
    """A name extracted from a transcript, its unknown spellings repaired against the
    lexicon: given names for the first word, surnames for the others; ``plain`` words (no
    names: :func:`non_name_word`) left alone."""
    if not name:
        return name
    parts = name.split()
    return " ".join(repair_word(w, given=i == 0, plain=plain) for i, w in enumerate(parts))
