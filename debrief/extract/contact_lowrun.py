"""The contact's name in a recap whose capitals do not mark names, as the whole recap says it.

Typed on a phone or transcribed without capitals ("okay so that was marcus bellamy my marcus
from third period", "kayla brooks from pnm called me back she works for pnm"), a name is a
run of words the tagger reads as nouns, verbs or adjectives. Counted over the development
authors (docs/extraction-history.md, "contact41"), the lower-case name is the kind of
contact-name error the most authors show, in three shapes: the name stops at the first name
("marcus", "bao" of "his name is bao nguyen he"), carries a word of the opening or of the
title ("ok fatima", "vikram nair infection" of "vikram nair infection preventionist"), or is
never found where the recap opens on it with no cue before it ("darnell yellowhorse owner of
...").

What tells a name there is the evidence of the whole recap, not a phrase: each word is a
census name (:mod:`debrief.names_spelling`) or no English word at all (``non_name_words``),
never a stop word, a title, rank or time word; the run ends where a description starts (a
stop word, a punctuation mark, a title word); and the recap speaks of one person by "he" or
"she". This decides, in a recap :func:`~debrief.extract.casing.names_lower` reads so, only
(1) the words of the opening before a name and of the kept title after it are no part of it;
(2) a one-word name is finished by the surname said right after a mention of it; (3) where no
name is kept (or one holding a stop word, "her ed s"), a run of two or three such words the
recap opens on, past its fillers ("ok", "so"), is the name.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from debrief.extract.casing import names_lower
from debrief.extract.lexicon import (
    describing_words,
    name_particles,
    non_name_words,
    title_head_words,
    word_list,
)
from debrief.models import Contact
from debrief.names_spelling import lexicon

#: Particles inside a surname ("raquel dos santos"): never its last word.
_PARTICLES = name_particles("contact_lowrun")
#: Tags no word of a name carries, whatever the census says ("in", "so", "my" are on it).
_NEVER = frozenset({"AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT"})
#: Words that say the recap's contact is one person.
_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
#: Entity types no word of a name carries ("monday", "ten years").
_NOT_NAMED = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
#: How far into the recap the opening's fillers may run before the name.
_OPENING = 4
#: Most words a name read here has.
_MOST = 3


@lru_cache(maxsize=1)
def _describing() -> frozenset[str]:
    """Words that describe and never name (:func:`~debrief.extract.lexicon.describing_words`:
    title heads and openers, ranks, time words), with forms of address, the opening's
    fillers, the words never a name (``not_names``) and the clipped title heads ("mgr")."""
    return describing_words(
        "contact_name_leading", "opening_fillers", "not_names", "title_clipped_heads"
    )


def _name_word(t: Token, particle: bool = False) -> bool:
    """A lower-case word that can be a word of a person's name: a census name the tagger
    does not read as a verb (after a particle, whatever the tagger reads: "dos santos"), or
    a word no English word list holds ("noorzai")."""
    low = t.lower_
    if not (t.is_alpha and t.text.islower()) or t.is_stop or t.pos_ in _NEVER:
        return False
    if t.ent_type_ in _NOT_NAMED:
        return False
    if low in _describing():
        return False
    lex = lexicon()
    if low not in non_name_words():
        return True
    return (low in lex.given or low in lex.surnames) and (particle or t.pos_ != "VERB")


def _ends(doc: Doc, i: int) -> bool:
    """Whether a name run may end before ``doc[i]``: the recap's end, a punctuation mark, a
    stop word ("he", "from", "my") or a word that describes ("owner", "senior")."""
    if i >= len(doc):
        return True
    t = doc[i]
    return t.is_punct or t.is_stop or t.lower_ in _describing()


def _run(doc: Doc, i: int, most: int, inside: bool = False) -> list[str]:
    """The name words from ``doc[i]`` on (particles inside; first too where ``inside``, the
    run going on a name), at most ``most``, up to a place a name may end; [] where none
    ends there."""
    words: list[str] = []
    j = i
    while j < len(doc) and len(words) < most:
        t = doc[j]
        after = j > i and doc[j - 1].lower_ in _PARTICLES
        particle = t.lower_ in _PARTICLES and (words or inside) and j + 1 < len(doc)
        if not (particle or _name_word(t, after)):
            break
        words.append(t.text)
        j += 1
    while words and words[-1].lower() in _PARTICLES:
        words.pop()
        j -= 1
    return words if words and _ends(doc, j) else []


def _census(words: list[str]) -> bool:
    lex = lexicon()
    return any(w.lower() in lex.given or w.lower() in lex.surnames for w in words)


def _english(word: str) -> bool:
    """A stop word ("her"), or an English word that is no census name ("infection"; not
    "brooks", "lan")."""
    low = word.lower()
    return low in STOP_WORDS or (low in non_name_words() and not _census([word]))


def _trimmed(name: str) -> str:
    """The name without the opening's words before it ("ok fatima") and, past its second
    word, the English words run on after it ("vikram nair infection preventionist")."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in word_list("opening_fillers"):
        words.pop(0)
    while len(words) > 2 and words[-1].islower() and _english(words[-1]):
        words.pop()
    return " ".join(words)


def _surname_after(doc: Doc, name: str) -> str | None:
    """A one-word name with the surname said right after a lower-case mention of it ("his
    name is bao nguyen he ..."): one or two name words (particles inside), one of them a
    census name or none an English word, then where a name may end."""
    low = name.lower()
    for t in doc:
        if t.lower_ != low or not t.text.islower():
            continue
        rest = _run(doc, t.i + 1, _MOST - 1, inside=True)
        # "mr tanaka plant mgr at ...": an English word before a title's head opens the title
        after = t.i + 1 + len(rest)
        while rest and after < len(doc) and doc[after].lower_ in title_head_words():
            if rest[-1].lower() not in non_name_words():
                break
            rest.pop()
            after -= 1
        if rest and (_census(rest) or not set(w.lower() for w in rest) & non_name_words()):
            return " ".join([t.text, *rest])
    return None


def _opening_name(doc: Doc) -> str | None:
    """Two or three name words the recap opens on past its fillers ("ok", "so", "recap"),
    one of them a census name, where a description starts after them."""
    fillers = word_list("opening_fillers")
    i = 0
    while i < min(len(doc), _OPENING) and (doc[i].lower_ in fillers or doc[i].is_punct):
        i += 1
    words = _run(doc, i, _MOST)
    if len(words) < 2 or not _census(words):
        return None
    return " ".join(words)


def lower_named(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with its name read the lower-case way (module doc); unchanged in a recap
    whose capitals mark names, or one that speaks of no one as "he" or "she"."""
    if not names_lower(doc) or not any(t.lower_ in _PRONOUNS for t in doc):
        return contact
    name = _trimmed(contact.name) if contact.name else None
    if name and len(name.split()) == 1:
        name = _surname_after(doc, name) or name
    have = (name or "").lower().split()
    if not have or any(_english(w) for w in have):
        name = _opening_name(doc) or name
    return contact if name == contact.name else replace(contact, name=name)
