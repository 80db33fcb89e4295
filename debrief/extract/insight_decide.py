"""How one candidate's probabilities become categories: the decision rules of
``debrief_insights_v3`` (:mod:`insights`), kept apart from the component's plumbing.

* :func:`label`: the top category, or ``none`` when it is unsure (under its category's own
  threshold, or holding less than ``threshold`` of the categories' mass with ``none`` close);
* :func:`second`: a second category for the same text when it is nearly as likely;
* :func:`keeps_whole`: whether a sentence stays one insight although its clauses disagree;
* :func:`sure_disagree`: whether two sure clauses that disagree split a sentence although
  another of its clauses is unsure (pipeline 1.22).

A second category is filed at ``second_threshold``, or at a lower threshold on the lines
where authors themselves disagree (``pair_thresholds``): on recaps by 16 authors, "she said
get the PMP and learn interconnection studies" is skills for some and advice for others. The
scorer takes a prediction under the other category as a miss AND an extra; filing both costs
one extra when the author chose one of them, and finds the insight either way
(docs/extraction-history.md, "Insights, pipeline 1.20"). The lower threshold holds one way
only ("advice>skills": skills second to advice): where the model reads skills first, the
authors filed the sentence as skills 23 times in 34 and advice under 0.35 was an extra 20
times in 21; where it reads advice first, they filed it as skills 13 times in 22
(docs/extraction-history.md, "insights34: which way the skills/advice hedge holds").

A sentence whose own category is culture or mission_values keeps a like or dislike clause
(``keep_whole``): "Rally has a great culture, really collaborative, but the hours are long"
is one culture insight for its authors (format.md: culture covers balance), where the clause
rule filed a culture clause and a dislikes clause.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from debrief.extract.insight_model import LABEL_INDEX, NONE

#: a second category filed at a lower threshold on these lines (:func:`second`)
#: (mission_values/likes, mission_values/culture and culture/advancement at 0.25 as well
#: gained 0.001 on typed held-out authors and lost 0.005 on spoken transcripts: not taken)
#: "a+b": either second to the other; "a>b": b second to a only (insights34: advice second to
#: skills at 0.25 was an extra on 13 development authors)
PAIR_THRESHOLDS = {"advice>skills": 0.25}
#: a sentence of the key's category keeps clauses of these whole (:func:`keeps_whole`)
#: (stop 28: culture and typical_day keep a skills clause too: "it is very matrixed, you need
#: to be comfortable influencing people", "one or two days deep in data, ..., and the rest is
#: writing briefs": one insight for authors v and w, a skills clause cut out before; insights17:
#: mission_values keeps what the model reads as advancement, mostly pay or money said about
#: the mission ("..., and they pay them a living wage even though they grow slower"); culture
#: keeping advancement, typical_day keeping culture, likes or dislikes, and mission_values
#: keeping culture were measured and lost on authors n..s or on the untouched ones)
KEEP_WHOLE = {
    "culture": ("dislikes", "likes", "skills"),
    "mission_values": ("dislikes", "likes", "advancement"),
    "typical_day": ("skills",),
}


def pair_table(pairs: Mapping[str, float]) -> dict[tuple[int, int], float]:
    """``{"skills+advice": 0.25}`` -> (first, second) label indices, both ways round, and
    their threshold; ``{"advice>skills": 0.25}`` -> skills second to advice only."""
    out: dict[tuple[int, int], float] = {}
    for key, value in pairs.items():
        names = key.split(">") if ">" in key else key.split("+")
        if len(names) != 2 or any(n not in LABEL_INDEX or n == "none" for n in names):
            raise ValueError(f"pair_thresholds: 'category+category' or 'a>b', not {key!r}")
        first, other = (LABEL_INDEX[n] for n in names)
        out[(first, other)] = float(value)
        if ">" not in key:
            out[(other, first)] = float(value)
    return out


def keep_table(keep: Mapping[str, list[str]]) -> dict[int, frozenset[int]]:
    """``{"culture": ["dislikes", "likes"]}`` -> label indices."""
    out: dict[int, frozenset[int]] = {}
    for key, values in keep.items():
        names = [key, *values]
        if any(n not in LABEL_INDEX or n == "none" for n in names):
            raise ValueError(f"keep_whole: categories, not {names!r}")
        out[LABEL_INDEX[key]] = frozenset(LABEL_INDEX[n] for n in values)
    return out


def keeps_whole(whole: int, clauses: set[int], keep: Mapping[int, frozenset[int]]) -> bool:
    """A sentence filed as ``whole`` whose clauses are filed as ``clauses`` (``none``
    left out) stays whole: ``whole`` is one of them and the others are all ones it keeps."""
    kept = keep.get(whole)
    return kept is not None and whole in clauses and clauses - {whole} <= kept


def label(p: np.ndarray, threshold: float, category_thresholds: Mapping[int, float]) -> int:
    """The label filed for probabilities ``p`` (``NONE`` for nothing)."""
    best = int(p.argmax())
    if p[best] < category_thresholds.get(best, 0.0):
        return NONE
    if best != NONE and p[best] < threshold * (1 - p[NONE]) and p[NONE] > p[best] * 0.8:
        return NONE
    return best


def second(
    p: np.ndarray,
    best: int,
    second_threshold: float,
    category_thresholds: Mapping[int, float],
    pair_thresholds: Mapping[tuple[int, int], float],
) -> int | None:
    """A second category for a text filed under ``best``, or None."""
    other = int(np.argsort(-p)[1]) if p.argmax() == best else int(p.argmax())
    if other in (NONE, best):
        return None
    floor = pair_thresholds.get((best, other), second_threshold)
    if p[other] >= floor and p[other] >= category_thresholds.get(other, 0.0):
        return other
    return None


def one_hot(p: np.ndarray, label: int) -> np.ndarray:
    """Probabilities that file a candidate under ``label`` alone: a rule's verdict."""
    out = np.zeros_like(p)
    out[label] = 1.0
    return out


def sure_disagree(labels: list[int], probs: list[np.ndarray], split_confidence: float) -> bool:
    """Do two clauses the model is sure of disagree, though another clause is unsure? "Most
    days it's grants and partner calls and he likes the impact but hates the reporting": the
    like and the dislike are sure, the day is not, and the sentence is three insights."""
    sure = {
        lab
        for lab, p in zip(labels, probs, strict=True)
        if lab != NONE and p[lab] >= split_confidence
    }
    return len(sure) > 1
