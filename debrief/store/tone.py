"""The tone of an insight: +1 (praise), -1 (complaint) or 0, given only where it is clear.

A "likes" or "dislikes" insight carries the extractor's own verdict; elsewhere praise or
complaint words count only when they are said *of* something ("the culture is intense but
fair", "promotions are slow"), not when they describe a thing ("pick a hard problem and own
it": advice, no verdict), and an imperative sentence is advice, never a verdict. Anything
else gets no mark. Reads the insight's text and category only (no store): the company view
(:mod:`debrief.store.company`) marks each insight and each shared theme with it.
"""

from __future__ import annotations

import re

from debrief.models import CATEGORY_LABELS


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


POSITIVE = _wordset(
    """
    good great excellent amazing awesome fantastic wonderful love loves loved loving
    enjoy enjoys enjoyed like likes liked best better strong supportive helpful friendly
    collaborative flexible generous fast quick clear transparent fair happy fun
    rewarding interesting exciting impressive solid healthy balanced smart kind
    welcoming inclusive praise praised praises recommend recommended recommends easy
    plenty valued respected respectful autonomy empowering empowered motivated
    motivating caring nice brilliant competitive thriving encouraging encouraged
    meaningful
    """
)
NEGATIVE = _wordset(
    """
    bad poor terrible awful horrible hate hates hated dislike dislikes disliked slow
    slower hard difficult tough toxic stressful stress burnout exhausting exhausted
    unclear chaotic chaos political politics bureaucratic bureaucracy rigid frustrating
    frustrated frustration annoying boring tedious limited lack lacking lacks rare
    rarely stagnant stuck unfair underpaid overworked micromanage micromanagement
    micromanaging layoffs worse worst painful messy disorganized siloed turnover
    pressure crunch overtime complain complains complained complaint problem problems
    issue issues struggle struggles struggled grind grueling demanding hectic
    """
)
NEGATORS = _wordset(
    """
    not no never hardly barely without isn't aren't wasn't weren't don't doesn't didn't
    can't cannot won't wouldn't shouldn't nothing nobody
    """
)
CATEGORY_LEAN = {"likes": 1, "dislikes": -1}
#: Categories that carry an opinion of the company; career path, skills, advice and the
#: self-pitch are facts or recommendations, so no tone is guessed for them.
TONE_CATEGORIES = frozenset(
    {"likes", "dislikes", "culture", "advancement", "mission_values", "typical_day", None}
)
_TOKENS = re.compile(r"[a-z]+(?:'[a-z]+)?|[.,;:!?()]")

#: Praise and complaint words that are verbs or nouns: they judge whatever follows them.
JUDGING = _wordset(
    """
    love loves loved loving enjoy enjoys enjoyed like likes liked praise praised praises
    recommend recommended recommends hate hates hated dislike dislikes disliked
    complain complains complained complaint struggle struggles struggled lack lacking lacks
    micromanage micromanagement micromanaging layoffs burnout stress chaos politics
    bureaucracy frustration turnover overtime crunch pressure autonomy
    """
)
#: Words after an adjective that still leave it said *of* something ("slow on her team").
_LINKING = _wordset(
    """
    and or but so yet to at in on for with about of from than as if when because though
    although while there here too very really overall though either enough
    """
)
#: First words of an imperative sentence: advice ("pick a hard problem"), not a verdict.
IMPERATIVES = _wordset(
    """
    pick learn build get find take try ask do don't make be keep start stop go read write
    talk reach apply focus practice prepare join show bring look use avoid think own
    remember plan spend network share follow
    """
)


def tone(text: str, category: str | None = None) -> int:
    """+1 (praise), -1 (complaint) or 0: neutral, unclear, advice, or a factual category.

    A mark is given only where it is clear (see the module docstring): the extractor's
    likes/dislikes verdict, or praise/complaint said of something, negation flipping it.
    """
    if category not in TONE_CATEGORIES and category in CATEGORY_LABELS:
        return 0
    if category in CATEGORY_LEAN:
        return CATEGORY_LEAN[category]
    tokens = _TOKENS.findall(text.lower().replace("’", "'"))
    words = [t for t in tokens if t[0].isalpha()]
    if words and words[0] in IMPERATIVES:
        return 0
    total = 0
    flip_until = -1
    for i, tok in enumerate(tokens):
        if tok in NEGATORS:
            flip_until = i + 3
            continue
        value = (tok in POSITIVE) - (tok in NEGATIVE)
        if not value:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else "."
        if tok not in JUDGING and after[0].isalpha() and after not in _LINKING:
            continue  # "a hard problem", "great mentors": describes a thing, judges nothing
        if i <= flip_until:
            value = -value
        total += value
    return (total > 0) - (total < 0)


TONE_MARK = {1: "+", -1: "-", 0: "0"}
