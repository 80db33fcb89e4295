"""A role's duties told as what "you" do, one plain present after another: typical_day.

"you sit with a CO, you build files, you do market research", "adjuncts teach a section or
two, you show up, teach, leave": the contact walking the speaker through the job, in the
generic "you" of a routine. The newest authors file such lines as typical_day; the model
filed them as advancement, skills or culture (insights23, stop 31: ac-18, z-11), since the
trade's words (a contracting officer's files, an adjunct's sections) are none it learnt.

One such verb is not a routine: "you go to the county fair" (culture), "you go GS-12 to
GS-13 by applying elsewhere" (advancement). Two or more are asked for, each a plain present
with "you" as its subject (or a verb listed after one: "you show up, teach, leave"), none
with a modal, "to", a negation or "do" ("you can", "you have to", "you don't get
promoted"), and none a verb of knowing, needing or getting ("you know everyone", "you need
the cert", "you get promoted"), which say what the job takes or gives, nor of the way up
("you start in misdemeanors, move to felonies"), not what fills the day. A condition ("if
you want to move up, you take the lead job and you learn the budget") is a way up or
advice, not a day: a line with "if" is out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lowers
from debrief.extract.insight_lemma import lemma

#: verbs that say what a job takes, gives or is, not what fills the day
_NOT_DUTIES = frozenset(
    {
        "be",
        "know",
        "need",
        "want",
        "have",
        "get",
        "can",
        "think",
        "feel",
        "like",
        "love",
        "hate",
        "say",
        "mean",
        "see",
        "make",
        "find",
        "guess",
    }
    # the way up, not the day: "you start in misdemeanors, move to felonies after a couple
    # of years" (advancement on dev)
    | {"start", "move", "advance", "become", "climb", "transfer", "apply", "earn", "go"}
)
#: how many plain-present "you" verbs make a routine
_AT_LEAST = 2


def _you_subject(verb: Token) -> bool:
    """Is ``verb``'s subject the generic "you", said or carried from the verb it is listed
    after ("you show up, teach, leave")?"""
    while True:
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            return subj[0].lower_ == "you"
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head


def _plain_duty(verb: Token) -> bool:
    """Is ``verb`` a plain present of a duty: no modal, "to", "do" nor negation with it,
    and not a verb of knowing, needing, getting or being?"""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBP", "VB"} or lemma(verb) in _NOT_DUTIES:
        return False
    if verb.tag_ == "VB" and verb.dep_ != "conj":
        return False  # a bare form heads an imperative or follows a modal: no routine
    return not any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children)


def role_duties(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` list two or more plain-present duties of a generic "you" ("you sit with
    a CO, you build files, you do market research")?"""
    s, e = span
    words = lowers(doc)[s:e]
    if "you" not in words:
        return False  # word first: no Token is built for a span without "you"
    if "if" in words:
        return False  # "if you want to move up, you take ..., you learn ...": a way, advice
    found = 0
    for tok in doc[s:e]:
        if _plain_duty(tok) and _you_subject(tok):
            found += 1
            if found >= _AT_LEAST:
                return True
    return False
