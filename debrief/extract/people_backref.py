"""Whether a person named is a referral because a later "him"/"her" points back to them: a
way of reaching someone (call, email, forward, send, give, ...) whose object is the pronoun,
said after the name in its sentence or in the next one ("her old mgr X runs clinical ed,
she'll fwd my resume to him", "... has a facilities guy named X. i'll call him.").

The pronoun refers back to the last person named before it: no other person is named, and
the contact is not named, between the name and the pronoun. The risk is the contact as the
antecedent ("He mentioned his colleague X. I'll email him a thank-you"): a pronoun of the
same gender said between the sentence's start and the pronoun ("he", "his"), or the gender
the whole recap says the most (the contact's), may be the contact's, and then the pronoun
decides nothing. Only the present or the future counts (a
base or present verb: "i'll call him", "she'll send it to him"; not "I called him"), and a
negated verb none. A recap's phrasings vary by writer; the link the pronoun makes does not,
which is why this reads the parse's object and not a phrase
(docs/extraction-history.md, "people33: a referral said with a pronoun pointing back").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from spacy.tokens import Doc

#: each object pronoun read, and the words of its gender that may be the contact's
_GENDER = {"him": {"he", "his", "him", "himself"}, "her": {"she", "her", "hers", "herself"}}
_OBJECT_DEPS = {"dobj", "dative", "pobj", "obj", "iobj"}
_PRESENT = {"VB", "VBP", "VBZ"}


def referred_back(
    doc: Doc,
    s: int,
    e: int,
    starts: Sequence[int],
    contact_span: Any,
    aliases: Collection[str],
    verbs: Collection[str],
) -> bool:
    """Whether the person named at ``doc[s:e]`` is the antecedent of a "him"/"her" that is the
    object of one of ``verbs`` (lemmas), in the rest of its sentence or the next sentence."""
    sent = doc[s].sent
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    for k in range(e, end):
        tok = doc[k]
        gender = _GENDER.get(tok.lower_)
        if gender is None:
            if k in starts or tok.lower_ in aliases:
                return False  # another person (or the contact) named first: theirs
            if contact_span and contact_span[0] <= k < contact_span[1]:
                return False
            continue
        if tok.dep_ not in _OBJECT_DEPS:
            continue  # "her resume": a possessive, not an object
        head = tok.head.head if tok.head.pos_ == "ADP" else tok.head
        if head.lemma_.lower() not in verbs and head.lower_ not in verbs:
            continue
        if head.tag_ not in _PRESENT or any(c.dep_ == "neg" for c in head.children):
            continue
        # the same gender said before it, or the gender the recap says the most: the contact's
        if any(doc[j].lower_ in gender for j in range(sent.start, k) if not s <= j < e):
            return False
        return not _contact_gender(doc, gender, k)
    return False


def _contact_gender(doc: Doc, gender: set[str], k: int) -> bool:
    """Whether the recap says ``gender``'s words ("he", "his", "him"; the pronoun at ``k``
    apart) at least as often as the other's: the contact, said all through the recap as "he"
    or "she", is then of that gender, and a "him" may be them ("He was impressed. ... Also
    mentioned X, HR in Germany. TODO: send him a summary")."""
    ours = sum(1 for t in doc if t.lower_ in gender and t.i != k)
    other = sum(1 for t in doc if t.lower_ in _OTHER[frozenset(gender)])
    return ours > 0 and ours >= other


_OTHER = {
    frozenset(_GENDER["him"]): _GENDER["her"],
    frozenset(_GENDER["her"]): _GENDER["him"],
}
