"""The speaker's own next step run on after the contact's reported advice, in one sentence:
"she told me to get on the crew list so I'll send my resume by Monday", "he said to take the
code class which I'll sign up for tonight". The advice is an insight; the step is a follow-up
(the speaker's plan makes the whole sentence nothing to the classifier, and the advice was
missed with it). :func:`step_cut` finds where the step starts so that
:func:`debrief.extract.insight_segment.clause_spans` cuts the sentence there (insights38,
stop 41).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from debrief.extract.doc_arrays import lowers
from debrief.extract.insight_features import SAY_VERBS
from debrief.extract.insight_lemma import lemma
from debrief.extract.lexicon import PhraseSet, cue_set, word_list

#: the contact reporting: a third-person subject of the say verb (not the speaker's "I said")
_REPORTERS = frozenset({"she", "he", "they"})
#: the first words of the joining words before a run-on step (checked first: most tokens
#: cost nothing)
STEP_FIRST = frozenset({"so", "which", "and", ","})
#: words the reported advice needs after its say verb before a step may be cut off it
_MIN_ADVICE = 3


@cache
def _sorted(name: str) -> tuple[str, ...]:
    return tuple(sorted(word_list(name)))


def _listed(doc: Doc, name: str) -> PhraseSet:
    return cue_set(doc.vocab, _sorted(name))


def _reported_at(doc: Doc, a: int, i: int) -> int | None:
    """The index of the contact's say verb in ``a:i`` ("she said", "he told me"), the last
    one, else None."""
    for k in range(i - 1 - _MIN_ADVICE, a, -1):
        if lemma(doc[k]) in SAY_VERBS and doc[k - 1].lower_ in _REPORTERS:
            return k
    return None


def step_cut(doc: Doc, a: int, i: int, e: int) -> bool:
    """Does the speaker's own step start at token ``i`` of the sentence ending at ``e``, run
    on after advice the contact reported since ``a``? The step opens with a joining word
    (``step_joiners``: "so", "which", "and") and the speaker's plan (``speaker_step``:
    "I'll", "I will", "I'm going to"); the advice before it is the contact's say verb ("she
    said", "he told me") and at least three words. Not a plan inside what was said ("she said
    I'll need a portfolio": too short to be advice of its own), nor the speaker's own
    report ("I said I'd ..."), nor a step with no joining word."""
    words = lowers(doc)
    j = i
    joiners = _listed(doc, "step_joiners")
    if words[j] in joiners.by_first:
        j += joiners.match_at(doc, j, e)
    if j == i:
        # a bare "I'll" may be the contact's own words quoted without marks ("he said to call
        # anytime I'll be around") or a reason ("because I will see ..."); and it cost the
        # untouched author bl 0.697 -> 0.696 where a joining word costs no one (insights38)
        return False
    steps = _listed(doc, "speaker_step")
    if j >= e or words[j] not in steps.by_first:
        return False
    n = steps.match_at(doc, j, e)
    if not n or j + n >= e:
        return False
    return _reported_at(doc, a, i) is not None
