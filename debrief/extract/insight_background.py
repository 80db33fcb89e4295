"""The contact's past roles, told where the recap introduces the contact: career_path.

"Talked with Deb Kline, she's VP of lending and she used to be a loan officer at Chase",
"I talked to the executive director, Priscilla Whitman, who was a dairy farmer's daughter and
then an ag lawyer", "She was a flight attendant with Air Canada for twelve years", "Former
academic librarian.": the authors file the past role as career_path (32 misses on 14
development authors at stop 40, the widest missed kind of one category). Two things lost
them (docs/extraction-history.md, "insights36: the contact's past role said in the
introduction is career_path"):

1. no candidate held the past role alone: the introduction and the background are one
   sentence, cut into clauses only at ", and|but <subject>" (:func:`background_cuts` adds a
   cut where a clause of the contact's past role begins, and where it ends);
2. the model files the past role as nothing, with career_path its best category after
   ``none`` (0.04 to 0.5): a sentence that introduces the contact is nothing to every author
   ("she's a senior analyst at the city"), and the model reads the present introduction and the
   past role alike. :func:`past_role` reads what tells them apart, the past: a past "be" with
   a role noun, "used to", "former", "retired", "ex-", "before that", "X turned Y", said of
   someone other than the speaker.

Only the contact's (or another third person's) past is read: "I was a teacher" is the
speaker's own story (self_pitch), "they were a startup" an organisation's.
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lowers
from debrief.extract.insight_features import SAY_VERBS
from debrief.extract.insight_lemma import lemma
from debrief.extract.insight_model import LABEL_INDEX, NONE

#: subjects of a past role: the contact or another third person ("who": a relative clause on
#: the person just named)
_SUBJECTS = frozenset({"she", "he", "who"})
#: never a person's subject of a past role
_NOT_SUBJECTS = frozenset({"i", "we", "it", "they", "this", "that", "there", "you", "what"})
#: an attribute that is no role: "he was the one who hired me", "it was a thing"
_NOT_ROLES = frozenset(
    {"one", "thing", "part", "way", "lot", "bit", "kind", "sort", "guy", "home", "here", "there"}
    | {"hers", "his", "theirs", "mine", "ours"}
)
#: where a past role's verb stands in its sentence when the clause is cut out
#: (:func:`background_cuts`): a statement of its own, not a reason ("because she used to
#: ...", "when she was a CRA"), a time, nor a relative clause on a thing ("people she used to
#: bartend with")
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
#: words before a fragment's past role: "Former academic librarian", "Retired Air Force"
_PAST_MODIFIERS = frozenset({"former", "retired"})
#: the verbs :func:`background_cuts` looks at first (without "before that" in the sentence)
_PAST_WORDS = frozenset({"was", "were", "used"})
#: what puts a past verb after it: "before that she did ...", "prior to that he ran ..."
_BEFORE = frozenset({"before", "prior"})
#: words that may open a candidate before its past role ("and before that she was ...",
#: "Discussion: YD was ...")
_LEAD = frozenset({"and", "but", "so", "um", "uh", "then", "also", "actually", ":", ","})


def _subject(verb: Token) -> Token | None:
    for ch in verb.children:
        if ch.dep_ in {"nsubj", "nsubjpass"}:
            return ch
    return None


def _person_subject(tok: Token | None) -> bool:
    if tok is None:
        return False
    low = tok.lower_
    if low in _NOT_SUBJECTS:
        return False
    if low in _SUBJECTS or tok.ent_type_ == "PERSON":
        return True
    if tok.pos_ != "PROPN":
        return False
    # a person's initials, which the tagger reads as an organisation ("YD was ...", "RMC was
    # ..."), or a name it reads as a proper noun ("Bev was ...")
    initials = 2 <= len(tok.text) <= 4 and tok.text.isupper() and tok.text.isalpha()
    return initials or tok.ent_type_ not in {"ORG", "GPE", "FAC", "NORP", "LOC"}


def _role_attr(verb: Token) -> bool:
    """Does the past "be" ``verb`` have a role noun after it ("was a social worker"), not the
    speaker's own relation to the contact ("she was my brigade S4")?"""
    return any(
        ch.dep_ == "attr"
        and ch.pos_ in {"NOUN", "PROPN"}
        and ch.lower_ not in _NOT_ROLES
        and not any(g.dep_ == "poss" and g.lower_ in {"my", "our"} for g in ch.children)
        for ch in verb.children
    )


def _used_to(doc: Doc, k: int) -> bool:
    """ "used to be a welder", "used to do QA at a cannery": "used to" and a verb with
    something after it ("he used to be." says no role)."""
    if k + 2 >= len(doc) or doc[k + 1].lower_ != "to":
        return False
    verb = doc[k + 2]
    return verb.pos_ in {"VERB", "AUX"} and any(
        ch.dep_ in {"attr", "dobj", "prep", "acomp", "npadvmod"} for ch in verb.children
    )


def _before_that(verb: Token) -> bool:
    """ "before that she did data entry": a past verb after "before that" / "prior to that"."""
    return any(
        ch.dep_ == "prep"
        and ch.lower_ in _BEFORE
        and ch.i < verb.i
        and any(g.lower_ in {"that", "this"} for g in ch.subtree)
        for ch in verb.children
    )


def past_verb(doc: Doc, k: int) -> bool:
    """Is token ``k`` the verb of a third person's past role: "she was a ...", "who used to
    be ...", "and before that she did ..."?"""
    t = doc[k]
    if t.tag_ != "VBD" or any(ch.dep_ == "neg" for ch in t.children):
        # "she wasn't his manager": no role of hers
        return False
    if t.lower_ == "used":
        if not _used_to(doc, k):
            return False
    elif not (
        (t.lower_ in {"was", "were"} and _role_attr(t)) or (t.pos_ == "VERB" and _before_that(t))
    ):
        return False
    return _person_subject(_subject(t))


def _clause_start(verb: Token) -> int:
    """Where the past role's clause begins: its subject, or "before that" before it."""
    left = [
        ch.left_edge.i
        for ch in verb.children
        if ch.i < verb.i and ch.dep_ not in {"cc", "punct", "intj"}
    ]
    return min(left, default=verb.i)


def _own_clause(verb: Token) -> bool:
    """Is the past role's verb a statement of its own in its sentence: a main clause, one
    joined to it, what the speaker did not know ("I didn't know she used to ..."), or a
    relative clause on the person just named ("Owen Park, who was ...")? Not a clause of what
    someone said ("she said that was fine, she was a PM again": the saying is the point)."""
    if verb.dep_ == "relcl":
        return (subj := _subject(verb)) is not None and subj.lower_ == "who"
    if verb.dep_ not in _CLAUSE_DEPS:
        return False
    return verb.dep_ in {"ROOT", "conj"} or lemma(verb.head) not in SAY_VERBS


def _new_clause_at(doc: Doc, b: int, e: int) -> bool:
    """Does a clause with its own subject open at ``b`` (past a comma, "and", "so", "then")
    ("..., and his name is Jamal", "... and she said ...")?"""
    k = b
    while k < e and (doc[k].is_punct or doc[k].lower_ in {"and", "but", "so", "then", "um"}):
        k += 1
    return k < e - 1 and doc[k].dep_ in {"nsubj", "nsubjpass", "expl"}


def background_cuts(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """The past-role clauses inside the sentence ``s:e`` that open after its start ("...,
    she's VP of lending and she used to be a loan officer at Chase"): (start, end) of each,
    for :func:`debrief.extract.insight_segment.clause_spans` to cut at."""
    out: list[tuple[int, int]] = []
    words = lowers(doc)  # read once per recap: a Token is built only at a cue word
    at = [k for k, w in enumerate(words[s + 3 : e - 2], s + 3) if w in _PAST_WORDS]
    if not _BEFORE.isdisjoint(words[s:e]):
        # "and before that she did data entry": the verb within a few words after it
        for m in (k for k in range(s, e) if words[k] in _BEFORE):
            at.extend(range(max(m + 1, s + 3), min(m + 6, e - 2)))
    for k in sorted(set(at)):
        if not past_verb(doc, k):
            continue
        verb = doc[k]
        if not _own_clause(verb):
            continue
        a = _clause_start(verb)
        b = min(verb.right_edge.i + 1, e)
        while b > a and doc[b - 1].is_punct:
            b -= 1
        if not _new_clause_at(doc, b, e):
            # the path goes on past the parse's edge ("he was Coast Guard, enlisted, got out
            # in '04, started at ..."): the clause runs to the sentence's end
            b = e
        if a - s >= 3 and b - a >= 4 and not any(a < y and x < b for x, y in out):
            out.append((a, b))
    return out


def past_role(doc: Doc, s: int, e: int) -> bool:
    """Does the candidate ``s:e`` open on a third person's past role: "she was a flight
    attendant ...", "who was a dairy farmer's daughter ...", "Discussion: RMC was a principal
    in Newark before ...", "Former academic librarian", "Ex-Google, ex-Wealthsimple", "a
    tattoo artist turned children's author"?"""
    k = s
    while k < e and (doc[k].lower_ in _LEAD or doc[k].is_space):
        k += 1
    if k >= e:
        return False
    first = doc[k]
    ex = first.lower_ == "ex" and k + 1 < e and doc[k + 1].text == "-"  # "Ex-Google"
    if first.lower_.startswith("ex-") or ex:
        return True
    if first.lower_ in _PAST_MODIFIERS:
        # not a title before a name: "Former Staff Sergeant Yolanda Ferreira-Banks, ..." (a
        # run of proper nouns: "Retired Air Force" has two)
        run = 0
        while k + 1 + run < e and doc[k + 1 + run].pos_ == "PROPN":
            run += 1
        return run < 3
    # "Discussion: YD was ...": a typed label before the subject
    if k + 1 < e and doc[k + 1].text == ":":
        k += 2
    for j in range(k, min(k + 8, e)):
        t = doc[j]
        if past_verb(doc, j):
            return _clause_start(t) <= k + 1
        if t.lower_ == "turned" and j > k and doc[j - 1].pos_ == "NOUN" and j + 1 < e:
            # "a sous chef turned food safety consultant"
            return doc[j + 1].pos_ in {"NOUN", "ADJ", "PROPN"}
        if t.pos_ in {"VERB", "AUX"}:
            return False
    return False


CAREER = LABEL_INDEX["career_path"]


def filed_past(p: np.ndarray) -> bool:
    """Is career_path the model's best category after ``none`` for a past role it files as
    nothing (``p`` its probabilities)? The model's own reading is kept as the check: a past
    role it reads as a story of the speaker's or a dislike stays so."""
    if p[CAREER] < FLOOR:
        return False
    rest = p.copy()
    rest[NONE] = -1.0
    return int(rest.argmax()) == CAREER


def unfiled_past(
    past: list[tuple[int, int]], careers: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The past roles (``past``: candidates :func:`past_role` and :func:`filed_past` read)
    to file as career_path, given the candidates the model files as career_path itself
    (``careers``). One career story a recap: where the model files the contact's path
    elsewhere ("She started as a secretary and got promoted all the way up"), a past role
    said in the introduction is its author's aside ("she was the HR director at ... for
    twenty years"), unless it runs straight into that story ("He was a trucker too! Ten
    years, then he did a supply chain degree ...": the next sentence, joined to it)."""
    out = []
    for s, e in past:
        others = [(a, b) for a, b in careers if b <= s or a >= e]
        if not others or any(0 <= a - e <= 2 for a, _ in others):
            out.append((s, e))
    return out


#: the least career_path a past role filed as nothing must have
FLOOR = 0.05
