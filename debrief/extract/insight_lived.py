"""The organisation living its stated values, or not, is a mission_values insight.

"She loves that Patagonia actually walks the talk", "he said Nordfund takes the development
mandate seriously, they measure jobs created per deal", "she said the mission is real, they
do first-time homebuyer classes in Vietnamese", "they co-design programs with tribes and it's
not tokenistic, she thinks they mean it": format.md's mission_values is whether the
organisation lives up to its mission and values, and the development authors (a..s, v, w, y,
z, aa, ac, ae, dev) file a line that says so with one of these cues as mission_values nearly
always: "walks the talk" 22 of 22 gold insights, "lives it / lives up to it" 118 of 121, "the
mission is real" 52 of 53, "not just marketing / a slogan" 39 of 48 (the rest advice with
"not just" before another noun), the organisation "takes X seriously" 30 of 45 (7 culture,
which :mod:`insight_refile` does not refile from; the rest orders, persons or the passive,
which the rule refuses). The model files such a line under likes, advice or typical_day by
the other words in it ("loves", "they measure ...", "they do classes"): 10 of the 25 misses
of mission_values told as lived on dev, n..s and v..ae carry such a cue (mission26).
:func:`values_lived` is the rule :mod:`insight_refile` applies.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lowers
from debrief.extract.insight_lemma import lemma
from debrief.extract.lexicon import word_list

#: "walks the talk", "not just marketing", "lip service", "tokenistic" (word_lists.toml)
_PHRASES = tuple(f" {p} " for p in word_list("lived_phrases"))
#: what "live" takes when it is living by values: "lives it", "live up to", "live its ..."
_LIVED_OBJECTS = word_list("lived_objects")
#: what the organisation says it stands for, said "real" ("the mission is real")
_CREED = frozenset({"mission", "missions", "values", "value", "mandate", "ethos"})
_REAL = frozenset({"real", "true", "legit", "genuine"})
#: who is a person, not the organisation: "she meant it", "he takes it seriously", "students
#: who don't take safety seriously", "you take it seriously" (the speaker's own sincerity)
_PERSONS = frozenset({"i", "you", "he", "she", "who", "we", "me", "him", "her"})
#: what points back at the creed said before it ("that's the mission and it's real")
_POINTING = frozenset({"it", "that", "this"})
#: a person taken seriously, as the object of "take"
_OBJECTS = frozenset({"us", "them", "people", "candidates"})
#: the phrases' common words, no sign of a cue alone ("is", "the"): every phrase has a word
#: off this list ("mouth", "slogan"), so the check below never passes over a phrase
_COMMON = frozenset({"the", "a", "is", "not", "just", "what", "where", "their", "its", "on"})
_COMMON |= {"it", "they"}
#: words any cue needs, read before a token is built (doc_arrays.lowers)
_CUE_WORDS = frozenset(
    {"live", "lives", "lived", "living", "mean", "means", "meant", "seriously", "real", "true"}
    | {"legit", "genuine"}
    | {w for p in _PHRASES for w in p.split() if w not in _COMMON}
)


def values_lived(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` say whether the organisation lives its mission or values?"""
    s, e = span
    words = lowers(doc)[s:e]
    if not any(w in _CUE_WORDS for w in words):
        return False
    joined = f" {' '.join(words)} "
    if any(p in joined for p in _PHRASES):
        return True
    creed = any(w in _CREED for w in words)
    for k, w in enumerate(words, start=s):
        if w in {"live", "lives", "lived", "living"} and _lives_by(doc[k], words[k - s + 1 :]):
            return True
        if w in {"mean", "means", "meant"} and _means_it(doc[k], words[k - s + 1 :]):
            return True
        if w == "seriously" and _taken_seriously(doc[k]):
            return True
        if creed and w in _REAL and _said_real(doc[k]):
            return True
    return False


def _lives_by(tok: Token, after: list[str]) -> bool:
    """Living by values ("the company really lives it", "they do live up to it"): "live"
    with an object of values, not a place ("lives in Tacoma") nor a life ("lives on faith"),
    said with a subject: "independent living up to memory care" is a kind of care home."""
    if tok.pos_ not in {"VERB", "AUX"} or not after or after[0] not in _LIVED_OBJECTS:
        return False
    return any(c.dep_ == "nsubj" for c in tok.children)


def _means_it(tok: Token, after: list[str]) -> bool:
    """Meaning it ("they mean it", "people actually mean it"): the organisation's people
    meaning what it says, not the contact meaning a word of advice ("she laughed but she
    meant it")."""
    if lemma(tok) != "mean" or not after or after[0] != "it":
        return False
    return _subject_not_a_person(tok)


def _taken_seriously(tok: Token) -> bool:
    """Taking a value seriously ("Unilever takes its human rights commitments seriously"):
    "take ... seriously" with the organisation as its subject. Not an order ("take the LSAT
    seriously", no subject), not the passive ("to be taken seriously" as a candidate), not a
    person ("which he takes seriously"), nor a person taken seriously ("people take you more
    seriously once you have it": what a credential earns the speaker)."""
    verb = tok.head
    if lemma(verb) != "take" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" and c.lower_ in _PERSONS | _OBJECTS for c in verb.children):
        return False
    return _subject_not_a_person(verb)


def _said_real(tok: Token) -> bool:
    """A creed said real ("the mission is real", "that's the mission and it's real"): "real"
    said with "be" of the creed itself or of "it" / "that", not "real estate" nor "a real
    plus", nor of something else beside a like of the mission ("he loves the mission,
    patients first is real at Mayo": a like and a mission line, spoken-01)."""
    if tok.dep_ not in {"acomp", "attr"} or lemma(tok.head) != "be":
        return False
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.lower_ in _CREED | _POINTING or any(c.lower_ in _CREED for c in subj.children)


def _subject_not_a_person(verb: Token) -> bool:
    """Has ``verb`` a subject of its own that is not a person's pronoun (the organisation,
    "they", "people there")? A name is not asked about: the small model tags an
    organisation's coined name as a person ("Nordfund takes the development mandate
    seriously"), and a named person taking a value seriously is rare in a recap."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ not in _PERSONS
