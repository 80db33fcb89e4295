"""The contact telling the speaker a fact, a story or an opinion is no advice.

"he said he'd never go back to a pure design firm", "she told me she's leaving in March for a
CFO role", "he said they publish six picture books a year", "she said Sunfield was building a
virtual nursing program", "he said small CROs get the hard studies the big ones don't want":
the contact reports something about themselves, their organisation or the field, and asks
nothing of the speaker. The model reads "she said" / "told me" as the opening of the
contact's advice (the cue it learnt from "she said to ...", "told me to ...") and files such
a line as advice. On the development authors (dev, n..s, v, w, y, z, aa, ac, ae, ag) a
third of the false advice is a line with no insight at all in its author's labels, and a
reported statement of this shape is the one such kind seen on nearly every author
(insights26, stop 33); where its author gives it a category, it is the one the statement is
about (likes, career_path, advancement, skills), not advice.

Advice says what the speaker should do: an order ("get the CEM", "don't quit"), an
infinitive ("told me to ..."), a modal or a need ("I should", "you need"), a condition ("if
I want PM, ..."), a verdict on a way ("the best door", "worth it"), the speaker or "you" as
the one who acts ("I could come in as ...", "you learn the pipeline"). :func:`told_fact` is
true only for a reported statement without any of these, read on the candidate's whole
sentence: the component (:class:`debrief.extract.insight_run.InsightRun`) then files the
model's advice as nothing. Not the model's next category: it filed "he said he doesn't
regret it" as dislikes and "they publish six picture books a year" as advancement, and cost
the development authors y and ag what the rule gained there (insights26).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.insight_features import lemma
from debrief.extract.lexicon import lemmas, lowers, word_list

#: the reporting verbs whose complement is the contact's statement
_REPORTING = frozenset({"say", "tell"})
#: subjects that make the speaker (or the generic "you") the one who acts: advice-like
_ADDRESSED = frozenset({"i", "you", "we", "u", "ya"})
#: words that make a line advice whatever its shape (``pipelines/word_lists.toml``)
_MARKERS = word_list("advice_markers")
#: auxiliaries that make a base-form verb part of a statement ("he'd never go back", "she
#: doesn't regret it", "they can't afford to ..."): not an order to the speaker
_STATING = frozenset(
    {"will", "would", "'d", "'ll", "can", "could", "ca", "may", "might", "do", "does", "did"}
)


def _statement(say: Token, s: int, e: int) -> bool:
    """Does ``say`` report a clause inside ``s:e`` with a subject of its own that is not the
    speaker nor "you" ("he said [they publish ...]", "she told me [she's leaving]")?"""
    if any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in say.children):
        return False  # "I told her ...": the speaker's own story (insight_pitched)
    for ch in say.children:
        if ch.dep_ != "ccomp" or not s <= ch.i < e:
            continue
        subj = [c for c in ch.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
        if subj and subj[0].lower_ not in _ADDRESSED:
            return True
    return False


def _asks_something(doc: Doc, s: int, e: int) -> bool:
    """Does anything in ``s:e`` ask the speaker to act: an advice word, the speaker or "you"
    as a subject, or a base-form verb that is an order or an infinitive (not one after
    "will", "can", "didn't" ...)?"""
    lows = lowers(doc)
    if any(w in _MARKERS for w in lows[s:e]):
        return True
    for t in doc[s:e]:
        if t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in _ADDRESSED:
            return True
        if t.tag_ == "VB" and not _stated(t):
            return True  # "get the cert", "don't quit", "told me to apply"
    return False


def _stated(verb: Token) -> bool:
    """Is the base-form ``verb`` part of a statement, with a subject and an auxiliary of
    ``_STATING`` ("he'd never go back", "the big ones don't want")? "don't quit" has no
    subject: an order."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ in _STATING for c in children) and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in children
    )


def told_fact(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` report the contact stating a fact, a story or an opinion, and nothing
    the speaker should do? Read on the words first (a reporting verb in the span), the parse
    only then."""
    s, e = span
    lems = lemmas(doc)
    reporting = [k for k in range(s, min(e, len(lems))) if lems[k].lower() in _REPORTING]
    if not reporting:
        return False
    if not any(
        doc[k].pos_ == "VERB" and lemma(doc[k]) in _REPORTING and _statement(doc[k], s, e)
        for k in reporting
    ):
        return False
    return not _asks_something(doc, s, e)
