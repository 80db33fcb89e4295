"""The speaker's own story told to the contact: self_pitch, whatever the model makes of it.

"I told her about the time I reformulated our laminated dough ...", "i told her i have the
associates and the JST credits", "I said I'd planned Class I for a brigade in the field", "I
told him my idea about integrating work orders with the alerts": the speaker reporting what
they told the contact about themselves. On the development authors (n..s, v, w, y, z, aa, ac
and dev) a sentence that opens "I told her/him/them about" is labelled self_pitch 139 times
out of 141, and "I told him I <did / have done / have>" 45 times out of 45. The model filed 8
of them on the newest authors (ac, aa, v, y, z) as nothing (insights22, stop 31): a new
trade's story ("laminated dough", "par-bake") carries none of the cue words the model learnt,
and "I told her I have ..." / "I said I have done ..." read as the speaker's plan ("I have
to ...") and were forced to nothing.

What the speaker tells of their plans is not a story: "I told her I'd send my resume", "I said
I'll apply", "I told him I need to think": a modal, or a verb of wanting or needing, keeps the
line out. "I said I was from Recife" / "I said I was worried about my age" are small talk to
their authors: a plain "be" after "I said / told her I" is left to the model.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.insight_lemma import lemma

#: verbs the speaker tells the contact something with
_TELLING = frozenset(
    {"tell", "say", "mention", "explain", "describe", "share", "walk", "talk", "show"}
)
#: words that may open the line before "I told ...": "And I told him", "so I said"
_OPENERS = frozenset({"and", "so", "then", "also", "but", "um", "uh", "oh", "well", ",", "-"})
#: verbs of a plan or a wish after "I told her I ...": the speaker's next steps, not a story
_PLANNING = frozenset({"need", "want", "plan", "hope", "try", "go", "think", "wonder"})
#: what the speaker is called as the teller and in what is told
_SPEAKER = frozenset({"i"})


def _told_verb(doc: Doc, s: int, e: int) -> Token | None:
    """The telling verb when ``doc[s:e]`` opens "I <tell/say/mention ...>" (after "and",
    "so", fillers), else None."""
    k = s
    while k < e and doc[k].lower_ in _OPENERS:
        k += 1
    if k + 1 >= e or doc[k].lower_ not in _SPEAKER:
        return None
    verb = doc[k + 1]
    if lemma(verb) not in _TELLING or verb.pos_ != "VERB" or doc[k].head.i != verb.i:
        return None
    return verb


def _to_the_contact(verb: Token) -> bool:
    """Is whoever ``verb`` tells the contact ("her", "him", "them", a name), or no one said?
    "I told my wife about the call" is not told to the contact."""
    for c in verb.children:
        if c.dep_ in {"dative", "dobj"} and c.tag_ != "PRP" and c.pos_ != "PROPN":
            if c.dep_ == "dobj" and any(d.dep_ == "dative" for d in verb.children):
                continue  # "told him my idea": the dobj is what is told
            return False
    return True


def _past_of_speaker(clause: Token) -> bool:
    """Is ``clause`` (what follows "I told her") the speaker's own past or standing, "I ran
    the SSA", "I've been a dealer", "I'd planned Class I", "I have the credits", and not a
    plan ("I'd send", "I'll apply", "I need to ...") nor a plain "I was ..."?"""
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _SPEAKER for c in clause.children):
        return False
    aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    # "'d" before a participle is "had" ("I'd planned"), whatever the tagger makes of it
    had = [a for a in aux if a.lower_ in {"'d", "d"} and clause.tag_ == "VBN"]
    if any((a.tag_ == "MD" and a not in had) or a.lower_ in {"to", "gonna"} for a in aux):
        return False  # "I'd send", "I'll apply", "I can start in June"
    perfect = bool(had) or any(lemma(a) == "have" for a in aux)
    if not perfect and lemma(clause) in _PLANNING | {"be"}:
        return False
    if lemma(clause) == "have" and any(c.dep_ == "xcomp" for c in clause.children):
        return False  # "I have to think about it"
    return clause.tag_ in {"VBD", "VBN", "VBP", "VBZ"}


def told_own_story(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` open with the speaker telling the contact about themselves: "I told
    her about <X>", "I told him my <X>", "I told him how I ...", "I told her / said I <did,
    have done, have> ..."?"""
    s, e = span
    verb = _told_verb(doc, s, e)
    if verb is None or not _to_the_contact(verb):
        return False
    for ch in verb.children:
        if not s <= ch.i < e:
            continue
        if ch.dep_ == "prep" and ch.lower_ == "about" and lemma(verb) != "say":
            return True  # "I told her about the time I ...", "I talked about running ..."
        if (
            ch.dep_ == "dobj"
            and lemma(verb) in {"tell", "show"}
            and any(c.dep_ == "dative" for c in verb.children)
            and any(c.dep_ == "poss" and c.lower_ == "my" for c in ch.children)
        ):
            return True  # "I told him my idea about ...", "I showed her my guidelines"
        if ch.dep_ in {"ccomp", "advcl"} and ch.pos_ in {"VERB", "AUX"} and _past_of_speaker(ch):
            return True  # "I told him I've run a crew of six", "I said I ran the SSA"
    return False
