"""Names that survive speech: the spelling of people's names heard by Whisper.

Whisper (tiny.en) writes a name it has never seen as it sounds: "Katharine" as "Kathrin",
"Kowalski" as "Kowalsky", and may spell one person two ways in one recap. Two repairs, for
names extracted from a *transcript* only (a name the user typed is what the user typed):

- :func:`consistent`: the same person said several times is spelled one way: each word of a
  name takes the spelling of the recap's most frequent close variant of it (same sound key,
  small edit distance), a known spelling first;
- :func:`repair_word`: a word that is no known spelling becomes the most frequent known
  spelling with the same sound key within a small edit distance. The known spellings are the
  US census lists shipped in the ``names`` wheel (MIT; 5,494 given names, 88,799 surnames,
  3 MB), read once, lazily, from the installed package: no network, ever.

Which repair wins, and how many right spellings each breaks, is measured by
``benchmarks/names_spelling.py`` (README, "Names that survive speech").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

#: Name words shorter than this are left alone: "Al", "Bo", "Li" have too many neighbours.
MIN_LENGTH = 4
_NAME_WORD = re.compile(r"^[A-Z][a-z]+$")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")


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
    out: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            # A share of 0.000 is still a known spelling, the rarest.
            out[parts[0].lower()] = max(out.get(parts[0].lower(), 0.0), float(parts[1]) or 1e-4)
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The census given names and surnames, loaded once (about 0.1 s). Empty if the
    ``names`` package is missing (a declared dependency): names are then filed as heard,
    never a failed filing."""
    try:
        given = _read("dist.male.first")
    except (metadata.PackageNotFoundError, OSError):
        return Lexicon({}, {})
    for word, share in _read("dist.female.first").items():
        given[word] = max(given.get(word, 0.0), share)
    return Lexicon(given, _read("dist.all.last"))


def repair_word(word: str, *, given: bool, lex: Lexicon | None = None) -> str:
    """``word`` or, when it is a capitalised name word no list knows, the most frequent known
    given name (``given``: the name's first word) or surname that sounds the same within a
    small edit distance."""
    if len(word) < MIN_LENGTH or not _NAME_WORD.match(word):
        return word
    lex = lex or lexicon()
    if lex.known(word):
        return word
    return lex.best(word, given=given) or word


def variants(text: str) -> dict[str, str]:
    """For each capitalised word of ``text``, the spelling of its group of close variants
    (same sound key, within :func:`max_edits`): the most frequent in the text, ties to the
    earlier one."""
    counts = Counter(_CAPITALISED.findall(text))
    order = {w: i for i, w in reversed(list(enumerate(_CAPITALISED.findall(text))))}
    groups: dict[str, list[str]] = defaultdict(list)
    for word in counts:
        groups[sound_key(word)].append(word)
    chosen: dict[str, str] = {}
    for words in groups.values():
        for word in words:
            near = [
                w for w in words if Levenshtein.distance(word.lower(), w.lower()) <= max_edits(word)
            ]
            chosen[word] = max(near, key=lambda w: (counts[w], -order[w]))
    return chosen


def consistent(name: str, text: str, choice: dict[str, str] | None = None) -> str:
    """``name`` with each word spelled as the recap ``text`` spells it most often."""
    choice = variants(text) if choice is None else choice
    return " ".join(choice.get(w, w) for w in name.split())


def repair_name(name: str | None, text: str = "", *, lexicon_repair: bool = True) -> str | None:
    """A name extracted from a transcript, its words made consistent with the rest of the
    recap ``text`` and (``lexicon_repair``) unknown spellings repaired against the lexicon."""
    if not name:
        return name
    out = consistent(name, text) if text else name
    if lexicon_repair:
        parts = out.split()
        out = " ".join(repair_word(w, given=i == 0) for i, w in enumerate(parts))
    return out
