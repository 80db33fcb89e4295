"""What the organisation does or has, told plainly: not a mission_values insight.

"They run property accountability contracts, they're the contractor that does the hand
receipts ...", "she said they have field roles, field verification inspectors ...", "<name>,
director of facilities for <org>, they've got three campuses ...": a recap's account of the
employer's business, its sites or its openings. format.md's mission_values is whether the
organisation lives what it says it values, and every author writes it with a word of that
stance ("they really care about ...", "the mission is real", "they do live up to it", "walks
the talk", "it's not just marketing"); of the 759 gold mission_values insights of a..s, v, w,
y, z, aa, dev and the transcripts, the stance words of ``mission_stance_words`` are missing
from 3 in 100. The model filed the plain account as mission_values 3 times on v and z
(spokenins18), the shape the spoken blind set A lost precision on at 1.25 (0.80 -> 0.57).

:func:`plain_description` is the rule :mod:`insight_refile` applies to a candidate the model
filed as mission_values: its first statement is the organisation (they, it, we, a noun)
having, running or making something, and no stance word is anywhere in it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.insight_lemma import lemma
from debrief.extract.lexicon import word_list

#: the words of a stance on values: "mission", "values", "really", "actually", "care", "live",
#: "walk the talk", "serious", "proud", "not just marketing"
_STANCE = word_list("mission_stance_words")
#: stance words only as verbs: "memory care", "health care" name a service
_STANCE_AS_VERB = frozenset({"care", "cares", "cared"})
#: what an organisation is told to do or have in a plain account: "they run ...", "they've
#: got ...", "they make ...", "the company sells ..."
_DESCRIBING = frozenset(
    {"have", "get", "run", "make", "build", "sell", "provide", "offer", "operate", "own"}
)
#: who is the contact or the speaker, never the organisation ("she has a team of four")
_PEOPLE = frozenset({"she", "he", "i", "you", "me", "her", "him"})
#: reporting verbs skipped to reach the statement ("She said they have ...")
_SAYING = frozenset({"say", "tell", "mention", "explain", "add"})


def _describes(verb: Token) -> bool:
    """Is ``verb`` the organisation having or doing its business ("they run contracts")?"""
    if lemma(verb) not in _DESCRIBING or verb.pos_ not in {"VERB", "AUX"}:
        return False
    # the subject nearest the verb: a name before the organisation's "they" is parsed as a
    # second subject ("<name>, director of facilities for <org>, they've got three campuses")
    subj = max(
        (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}),
        key=lambda c: c.i,
        default=None,
    )
    if subj is None or subj.lower_ in _PEOPLE or subj.ent_type_ == "PERSON":
        return False
    return any(c.dep_ in {"dobj", "attr", "obj"} for c in verb.children)


def _first_statement(doc: Doc, s: int, e: int) -> Token | None:
    """The first finite verb of ``s:e`` that is not a reporting verb ("She said ...")."""
    for k in range(s, e):
        t = doc[k]
        if t.pos_ not in {"VERB", "AUX"} or t.dep_ in {"aux", "auxpass"}:
            continue
        if lemma(t) in _SAYING:
            continue
        return t
    return None


def plain_description(doc: Doc, span: tuple[int, int]) -> bool:
    """Is ``span`` a plain account of what the organisation does or has, with no word of a
    stance on its values?"""
    s, e = span
    for k in range(s, e):
        t = doc[k]
        if t.lower_ in _STANCE and (t.lower_ not in _STANCE_AS_VERB or t.pos_ == "VERB"):
            return False
    verb = _first_statement(doc, s, e)
    return verb is not None and _describes(verb)
