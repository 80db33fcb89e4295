"""Name normalisation shared by extraction and storage (companies and people)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from debrief.config import cue_file
from debrief.models import Word

#: Legal suffixes and articles dropped when comparing company names.
LEGAL_SUFFIXES = frozenset(
    {
        "inc",
        "incorporated",
        "llc",
        "llp",
        "ltd",
        "limited",
        "corp",
        "corporation",
        "co",
        "company",
        "plc",
        "gmbh",
        "ag",
        "sa",
        "bv",
        "nv",
        "pty",
        "the",
        "group",
        "holdings",
    }
)
_WORD = re.compile(r"[a-z0-9]+")


#: Letters NFKD leaves whole, folded to their usual Latin spelling ("Øresund" -> "oresund",
#: "Straße" -> "strasse"): without this a key dropped them ("resund") and a name typed on a
#: plain keyboard missed what was filed (migration m015 re-keys rows keyed before).
PLAIN_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "þ": "th", "ð": "d", "ı": "i"}
)


def fold_lower(text: str) -> str:
    """``text`` lower-cased with its accents folded ("Inés" -> "ines", "Søren" -> "soren")."""
    if text.isascii():  # the common case, and the views call this per row
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return kept.lower().translate(PLAIN_LETTERS)


def words(text: str | None) -> list[str]:
    """Lowercased alphanumeric words, accents folded."""
    return _WORD.findall(fold_lower(text or ""))


#: An apostrophe inside a name's word ("O'Malley", "D’Angelo"), which a key drops so that
#: "omalley" finds it as typed without one; never a contraction's or a possessive's ("she'll",
#: "you've", "Grace's": one letter after it, or ll/ve/re). Migration m016 re-keys rows keyed
#: before (debrief.store.rekey).
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’ʼ](?=[^\W\d_]{2})(?!(?:ll|ve|re)\b)", re.I)


def joined(name: str | None) -> str:
    """``name`` with the apostrophes inside its words dropped ("O'Malley" -> "OMalley")."""
    text = name or ""
    if "'" not in text and "’" not in text and "ʼ" not in text:
        return text
    return _INNER_APOSTROPHE.sub("", text)


@lru_cache(maxsize=1)
def _lower_words() -> frozenset[str]:
    """Words a name or company typed in lower case keeps in lower case when it is capitalised
    for Whisper's vocabulary (:func:`typed_capitals`), except as its first word: the name
    particles of ``[intro]`` of ``contact_patterns.toml`` (the list ``lexicon.name_particles``
    reads), less ``particles_unread.names``, and ``typed_lower``. Read through
    :func:`debrief.config.cue_file`, not the lexicon: this module is below
    ``debrief.extract`` (house43)."""
    intro = cue_file("contact_patterns.toml")["intro"]
    unread = frozenset(intro["particles_unread"]["names"])
    return (frozenset(intro["particles"]) - unread) | frozenset(intro["typed_lower"])


def typed_capitals(name: str) -> str:
    """A name the user typed all in lower case ("maria lopez", "dayton hoops & homework"),
    capitalised as a name is written ("Maria Lopez", "Dayton Hoops & Homework"); any other
    name as typed ("iPhone", "McLeod", "IBM" stay). Whisper copies a vocabulary entry's
    case into the transcript, and extraction does not read "maria lopez" as a name
    (docs/extraction-history.md, "spoken40": "trevor lindqvist" primed, heard so, filed
    wrong)."""
    if name != name.lower() or not any(c.isalpha() for c in name):
        return name
    out = [w if i and w in _lower_words() else w.title() for i, w in enumerate(name.split(" "))]
    return " ".join(out)


@lru_cache(maxsize=65536)
def company_key(name: str | None) -> str:
    """Comparison key for a company: case, punctuation and legal suffixes ignored, an
    apostrophe inside a word and an "and" between words ("O'Malley & Sons" and "Omalley
    and Sons" -> "omalley sons").

    >>> company_key("Stripe, Inc.") == company_key("stripe")
    True
    """
    said = words(joined(name))
    kept = [w for w in said if w not in LEGAL_SUFFIXES]
    kept = [w for i, w in enumerate(kept) if not inner_and(kept, i)]
    return " ".join(kept) or " ".join(said)


def inner_and(said: list[str], i: int) -> bool:
    """Whether ``said[i]`` is an "and" between two words of a company's name: the key drops
    it, as it drops an "&" (punctuation), so "Omalley and Sons" and "O'Malley & Sons" are
    one company ("omalley sons"); a first or last "and" ("AND Digital") stays. Migration
    m017 re-keys rows keyed before (debrief.store.rekey)."""
    return said[i] == "and" and 0 < i < len(said) - 1


@lru_cache(maxsize=65536)
def person_key(name: str | None) -> str:
    """Comparison key for a person's name: case and punctuation ignored, and an apostrophe
    inside a word ("Fiona O'Malley" -> "fiona omalley")."""
    return " ".join(words(joined(name)))


def part_of_name(company: str, name: str) -> bool:
    """Whether every word of ``company`` is a word of the person's ``name`` ("Choi" of
    "Jae-won Choi"): a piece of the name, not an organisation."""
    found = set(person_key(company).split())
    return bool(found) and found <= set(person_key(name).split())


def clean_company(name: str) -> str:
    """Display form of a company name: trimmed, legal suffix and trailing punctuation dropped."""
    parts = name.strip().strip(".,;:!?'\"").split()
    while len(parts) > 1 and words(parts[-1]) and words(parts[-1])[0] in LEGAL_SUFFIXES:
        parts.pop()
    while len(parts) > 1 and parts[0].lower() == "the":
        parts.pop(0)
    return " ".join(parts).strip(".,;:!?'\"")


# -- how a name sounds ----------------------------------------------------------------------
# Speech recognition misspells names the way they sound ("Shivon" for Siobhan, "Conquil" for
# Okonkwo), so names are also compared by a phonetic key: a compact Metaphone-like code in
# which letters that sound alike share a symbol and vowels after the first letter are
# dropped. The rules are data: (spelling, code) pairs tried longest first at each position.

_SOUND_RULES: tuple[tuple[str, str], ...] = (
    ("sch", "X"),
    ("sio", "X"),
    ("tio", "X"),
    ("sh", "X"),
    ("ch", "X"),
    ("zh", "X"),
    ("ph", "F"),
    ("bh", "F"),  # Irish: Siobhan, Niamh
    ("mh", "F"),
    ("gh", ""),
    ("th", "T"),
    ("dh", "T"),
    ("ck", "K"),
    ("qu", "K"),
    ("kw", "K"),
    ("wh", "W"),
    ("ce", "S"),
    ("ci", "S"),
    ("cy", "S"),
    ("ge", "J"),
    ("gi", "J"),
    ("dg", "J"),
    ("x", "KS"),
    ("b", "P"),
    ("p", "P"),
    ("c", "K"),
    ("g", "K"),
    ("k", "K"),
    ("q", "K"),
    ("d", "T"),
    ("t", "T"),
    ("f", "F"),
    ("v", "F"),
    ("s", "S"),
    ("z", "S"),
    ("j", "J"),
    ("l", "L"),
    ("r", "R"),
    ("m", "M"),
    ("n", "N"),
)
_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=65536)
def sound_key(name: str | None) -> str:
    """Phonetic key of a name, words run together: "Siobhan" and "Shivon" both give "XFN".

    >>> sound_key("Siobhan") == sound_key("Shivon")
    True
    """
    out: list[str] = []
    for word in words(name):
        i, n = 0, len(word)
        if word[:2] in {"kn", "gn", "pn", "wr", "ps"}:
            i = 1
        code: list[str] = []
        if word[0] in _VOWELS:
            code.append("A")  # a leading vowel is heard; later ones vary too much
        while i < n:
            for spelling, symbol in _SOUND_RULES:
                if word.startswith(spelling, i):
                    if symbol and (not code or code[-1] != symbol):
                        code.append(symbol)
                    i += len(spelling)
                    break
            else:
                ch = word[i]
                # w and y sound only before a vowel; h only before one, and not after a vowel
                if ch in "wy" and i + 1 < n and word[i + 1] in _VOWELS:
                    sym = "W" if ch == "w" else "Y"
                    if not code or code[-1] != sym:
                        code.append(sym)
                elif ch == "h" and i + 1 < n and word[i + 1] in _VOWELS and i == 0:
                    code.append("H")
                i += 1
        out.append("".join(code))
    return "".join(out)


def name_similarity(heard: str, known: str, *, company: bool = False) -> tuple[float, float]:
    """(spelling, sound) similarity of two names, each 0-100.

    Spelling compares the normalised keys with spaces removed ("Data dog" is Datadog);
    sound compares :func:`sound_key` codes.
    """
    from rapidfuzz import fuzz

    key = company_key if company else person_key
    a, b = key(heard).replace(" ", ""), key(known).replace(" ", "")
    if not a or not b:
        return 0.0, 0.0
    spelling = float(fuzz.ratio(a, b))
    sa, sb = sound_key(key(heard)), sound_key(key(known))
    sound = float(fuzz.ratio(sa, sb)) if sa and sb else 0.0
    return spelling, sound


#: Thresholds of :func:`sounds_like` (0-100): a near spelling alone, or a fair spelling with a
#: near sound, or a near-identical sound with the same company around it.
SPELLING_CLOSE = 85.0
SPELLING_FAIR = 60.0
SOUND_CLOSE = 80.0
SOUND_SAME = 85.0
COMPANY_FAIR = 75.0
#: A word of a name close to its counterpart in spelling alone (else its sound must be close).
WORD_CLOSE = 70.0
#: A company name of five letters or fewer must be spelled this close.
SHORT_CLOSE = 90.0


def word_close(a: str, b: str) -> bool:
    """Two words of a name heard and known: the same, or close in spelling or sound."""
    from rapidfuzz import fuzz

    if a == b:
        return True
    if a.isdigit() or b.isdigit():
        return False  # IBEW Local 1186 is not Local 103
    spelling = fuzz.ratio(a, b)
    if spelling >= WORD_CLOSE:
        return True
    sa, sb = sound_key(a), sound_key(b)
    sound = fuzz.ratio(sa, sb) if sa and sb else 0.0
    # the whole-name thresholds, word by word ("Hell" for Health; "Shavana" for Siobhan)
    return (spelling >= SPELLING_FAIR and sound >= SOUND_CLOSE) or (
        spelling >= 40 and sound >= SOUND_SAME
    )


def _words_agree(heard: list[str], known: list[str], *, company: bool) -> bool:
    """Whether two names agree word by word, where that can be told.

    Same number of words: each pair must be close (:func:`word_close`). Different numbers:
    when every word of the shorter is a word of the longer, the longer names something else
    (Amazon Air is not Amazon; Hawaii Department of Transportation is not Virginia's); else
    words were split or run together by speech recognition ("Cloud Strike", "Akon Kuo") and
    the run-together comparison decides."""
    if len(heard) == len(known):
        return all(word_close(a, b) for a, b in zip(heard, known, strict=True))
    short, long = sorted((heard, known), key=len)
    return not (company and set(short) <= set(long))


def sounds_like(
    heard: str, known: str, *, company: bool = False, same_place: bool = False
) -> float:
    """How surely ``heard`` (a name speech recognition wrote) is the known name ``known``:
    0 when it is not, else a score to rank candidates by (higher is surer).

    People: two full names sharing a surname whose first names are spelled differently are
    different people ("Jane Chen", "John Chen"), unless the same company vouches for them.
    ``same_place``: the heard name was said to be at the known name's company.
    """
    spelling, sound = name_similarity(heard, known, company=company)
    if company:
        hw, kw = company_key(heard).split(), company_key(known).split()
        if "".join(hw) == "".join(kw):
            return spelling + sound / 100  # "Data dog" is Datadog
        if not _words_agree(hw, kw, company=True):
            return 0.0
        if len("".join(kw)) <= 5 and spelling < SHORT_CLOSE:
            return 0.0  # short names differ by a letter (Nava, Navy): too little to go on
        if len(hw) != len(kw) and sound < SOUND_SAME:
            return 0.0  # split or run together ("Cloud Strike"): it must sound the same
        # Company names are short and many sound alike (Asana, Ascend): spelling leads.
        if spelling >= SPELLING_CLOSE or (spelling >= COMPANY_FAIR and sound >= SOUND_CLOSE):
            return spelling + sound / 100
        return 0.0
    hw, kw = person_key(heard).split(), person_key(known).split()
    if len(hw) != len(kw) and min(len(hw), len(kw)) == 1 and spelling < SPELLING_CLOSE:
        # a first name alone is the referral rule's business (store.people); a full name
        # run together ("Oluwaseunadeyemi") is still that name
        return 0.0
    if len(hw) == len(kw) == 1 and spelling < SPELLING_CLOSE and not same_place:
        # two first names alone, spelled differently (Lucia, Luca; Rosalind, Ruslan): many
        # people share a first name and many differ by a sound; only the same company vouches
        return 0.0
    if not _words_agree(hw, kw, company=False) and not same_place:
        # every word of a full name must be close to its counterpart: "Laura Chen" is not
        # "Léa Marchand", though run together their letters and sounds are near
        return 0.0
    if len(hw) >= 2 and len(kw) >= 2 and hw[-1] == kw[-1] and hw[0] != kw[0]:
        from rapidfuzz import fuzz

        if fuzz.ratio(hw[0], kw[0]) < 75 and not (same_place and sound >= SOUND_SAME):
            return 0.0
    if spelling >= SPELLING_CLOSE:
        return spelling + sound / 100
    if spelling >= SPELLING_FAIR and sound >= SOUND_CLOSE:
        return spelling + sound / 100
    if sound >= SOUND_SAME and (same_place or spelling >= 40):
        return spelling + sound / 100
    return 0.0


# -- how surely a name was heard --------------------------------------------------------------
# Whisper gives each word a probability (faster-whisper: the mean probability of its tokens,
# scored by the decoder over the transcript it wrote). A new name it spelt from the sound
# alone ("Mia Covac" for Mia Kovac) tends to score low; a name it knows scores high. A name
# whose lowest word scores below UNSURE_BELOW is flagged for the user to check
# (benchmarks/unsure.py measures the threshold; README, "Names").

#: A name is "heard unsure" when its least sure word scored below this.
UNSURE_BELOW = 0.6


@dataclass(frozen=True)
class Unsure:
    """A name as it was heard, and how sure Whisper was of its least sure word."""

    name: str
    probability: float


def heard_words(heard: Sequence[Word]) -> list[tuple[str, float]]:
    """The transcript's words as :func:`words` splits them, each with the probability of
    the word it came from: what a name is looked for in, made once per transcript."""
    return [(w, word.probability) for word in heard for w in words(word.text)]


def name_occurrences(heard: Sequence[Word], name: str) -> list[float]:
    """For each place ``name`` is said in ``heard`` (the transcript's words, in order), the
    probability of its least sure word; ``[]`` when it is not found word for word."""
    return _occurrences(heard_words(heard), name)


def name_probability(heard: Sequence[Word], name: str) -> float | None:
    """How surely ``name`` was heard: the best of its :func:`name_occurrences` (heard
    surely once is heard); ``None`` when it is not in ``heard``."""
    return _surest(heard_words(heard), name)


def _occurrences(flat: list[tuple[str, float]], name: str) -> list[float]:
    target = words(name)
    if not target:
        return []
    k = len(target)
    return [
        min(p for _w, p in flat[i : i + k])
        for i in range(len(flat) - k + 1)
        if [w for w, _p in flat[i : i + k]] == target
    ]


def _surest(flat: list[tuple[str, float]], name: str) -> float | None:
    found = _occurrences(flat, name)
    return max(found) if found else None


def unsure_names(heard: Sequence[Word], names: Iterable[str | None]) -> list[Unsure]:
    """The ``names`` (each once, in order) Whisper was unsure of in ``heard``: empty when
    there are no word probabilities (a typed recap, an engine that gives none)."""
    out: list[Unsure] = []
    seen: set[str] = set()
    if not heard:
        return out
    flat = heard_words(heard)  # once, not once per name
    for name in names:
        key = person_key(name)
        if not name or not key or key in seen:
            continue
        seen.add(key)
        p = _surest(flat, name)
        if p is not None and p < UNSURE_BELOW:
            out.append(Unsure(name, p))
    return out
