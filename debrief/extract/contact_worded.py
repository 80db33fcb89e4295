"""Whether the name kept is made of plain English words only, and so no person's name.

Counted over every development author at stop 40 (docs/extraction-history.md, "contact43"), a
name kept that is no person is the name error the most authors show after the labels' own form
of address: an organisation said in words of the language ("Words Unlocked", "Grove Falls"), a
title ("Policy Fellow") or a word of the sentence glued to an initial ("Y. Talked", "I.
Right"). ``contact_unperson.no_person`` reads titles, days, signs and organisations' head words;
these hold none of them, and its "read the other way round" check asks for the company to be
a person. The evidence here is the words alone: every word of the name (an initial aside) is
an English word or one's plural or past, none a census given name, and no form of address or
rank is said with it ("Mrs. Whitaker", "Brother Anselm" are people). A name of two words or
more only: a one-word name in English words is often a nickname ("Hammer", "Dev").

The caller (``contact_unperson.person_for_unperson``) then looks for the person said nearest,
as for any name kept that is no person, and leaves the answer alone where there is none.
"""

from __future__ import annotations

from functools import lru_cache

from debrief.extract.lexicon import honorific_words, non_name_words, rank_words
from debrief.names_spelling import lexicon


@lru_cache(maxsize=1)
def _addressed() -> frozenset[str]:
    """Ranks and forms of address ("mrs", "brother", "coach"): ``rank_words`` and
    ``[context] honorifics`` of ``pipelines/people_cues.toml``."""
    return rank_words() | honorific_words()


def _english(word: str) -> bool:
    """An English word, or its plural or past ("teachers", "talked")."""
    plain = non_name_words()
    if word in plain:
        return True
    if word.endswith("s") and word[:-1] in plain:
        return True
    return word.endswith("ed") and (word[:-2] in plain or word[:-1] in plain)


def english_only(name: str) -> bool:
    """Whether ``name`` is two words or more, every word but an initial an English word, none
    a census given name, none a form of address or rank (module doc)."""
    parts = name.split()
    if len(parts) < 2:
        return False
    words = [p.strip(".,'\"").lower() for p in parts]
    if any(not w or not w.replace("-", "").isalpha() for w in words):
        return False
    given = lexicon().given
    ranks = _addressed()
    full = [w for w in words if len(w) > 1]
    if not full or any(w in given or w in ranks for w in full):
        return False
    return all(_english(w) for w in full)


def initialled(name: str) -> bool:
    """Whether ``name`` holds a one-letter initial ("I. Right", "Y. Talked"): where such a
    name gave way to a person, it is no organisation to keep among the companies either."""
    return any(len(w.strip(".")) == 1 for w in name.split())
