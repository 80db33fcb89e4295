"""The contact's advice, reported: "He said to read Asking by Jerold Panas", "She suggested I
shadow a shift there this spring", "she said to join the WiCyS mentorship program".

Every author files the contact telling the speaker to do something as advice (format.md:
"advice the contact gave the speaker"); on authors a..s a sentence "she/he said/told me to
<verb>" is labelled advice 512 times, skills 14 and no insight 63 times, and those 63 are the
authors' referrals ("he said to talk to Leticia Romero") and the call's logistics ("she said
to email her if a role opens"). The model files such a sentence as nothing when it names a
person (a book's author reads as a referral: "read Inspired by Marty Cagan") or a date, or
where its cues are thin ("Also, she said to join MGMA, they have a student rate"): on n..s
these were a fifth of the advice the model missed. :func:`reported_advice` is the rule
:mod:`insight_refile` applies to a candidate the model files as nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.insight_features import lemma
from debrief.extract.lexicon import word_list

#: verbs that report advice with an infinitive or a bare verb after them
_ADVISING = frozenset({"say", "tell", "suggest", "recommend", "advise", "urge", "encourage"})
#: what the contact tells the speaker to do that is a referral or the call's own logistics,
#: no insight for any author (``pipelines/word_lists.toml``)
_NOT_ADVICE = word_list("referral_verbs")
#: subjects that are the speaker: "I said to myself ..." is no advice
_SPEAKER = frozenset({"i", "we"})


def _advised_verb(say: Token) -> Token | None:
    """The verb the contact tells the speaker to do after ``say``: "said [to] join",
    "suggested I shadow", "told me to apply" (None when ``say`` reports no such verb)."""
    for ch in say.children:
        if ch.dep_ not in {"xcomp", "ccomp", "advcl"} or ch.pos_ not in {"VERB", "AUX"}:
            continue
        if ch.dep_ in {"xcomp", "advcl"} and any(
            c.lower_ == "to" and c.dep_ == "aux" for c in ch.children
        ):
            return ch  # "said to join", "told me to apply"
        if any(c.dep_ == "aux" for c in ch.children):
            continue  # "said I'll ...", "said she'd ..."
        subj = [c for c in ch.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subj and ch.tag_ == "VB":
            return ch  # a bare verb: "said read Inspired by Marty Cagan"
        if (
            subj
            and subj[0].lower_ == "i"
            and ch.tag_ in {"VB", "VBP"}
            and lemma(say) in {"suggest", "recommend"}
        ):
            return ch  # "suggested I shadow a shift"
    return None


def reported_advice(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` report the contact telling the speaker to do something that is not a
    referral nor logistics? The reporting verb's subject is someone other than the speaker
    and it is inside the span."""
    s, e = span
    for t in doc[s:e]:
        if lemma(t) not in _ADVISING or t.pos_ != "VERB":
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        if not subj or subj[0].lower_ in _SPEAKER or not s <= subj[0].i < e:
            continue
        verb = _advised_verb(t)
        if (
            verb is not None
            and verb.i < e
            and lemma(verb) not in _NOT_ADVICE
            and not _looks_up_someone(verb)
        ):
            return True
    return False


def _looks_up_someone(verb: Token) -> bool:
    """ "She said to look up her friend Oleksandr at UNDP": a referral ("look up the CEM
    requirements" is advice)."""
    return (
        lemma(verb) == "look"
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
        and any(t.ent_type_ == "PERSON" for t in verb.subtree)
    )
