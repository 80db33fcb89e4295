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

The advice said right after the reporting verb with no "to" is where the parse fails most
("She said volunteer there first": "volunteer" a noun; "She said read Inspired by ...":
"read" a participle; "She said get the CEM through AEE, it's ...": "get" hung on the next
clause), and a recap's "Also said to read ..." drops the contact as the subject: on the
development authors these were the reported advice still filed as nothing (insights25).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lemmas, lowers
from debrief.extract.insight_lemma import LEMMA_FIXES, lemma
from debrief.extract.lexicon import word_list

#: verbs that report advice with an infinitive or a bare verb after them
_ADVISING = frozenset({"say", "tell", "suggest", "recommend", "advise", "urge", "encourage"})
#: what the contact tells the speaker to do that is a referral or the call's own logistics,
#: no insight for any author (``pipelines/word_lists.toml``)
_NOT_ADVICE = word_list("referral_verbs")
#: subjects that are the speaker: "I said to myself ..." is no advice
_SPEAKER = frozenset({"i", "we"})
#: the spaCy lemmas (or lower-case words, where a lemma is empty) a verb of
#: ``_ADVISING`` may have before :func:`lemma`'s fixes: the words read before a Token is built
_ADVISING_RAW = frozenset(
    {w for w in _ADVISING if LEMMA_FIXES.get((w, "VERB"), w) == w}
    | {raw for (raw, pos), fixed in LEMMA_FIXES.items() if pos == "VERB" and fixed in _ADVISING}
)
#: verbs the advice opens with right after the reporting verb, read as words, not tags
_OPENING_VERBS = word_list("advice_verbs")
#: what the word after "said" is when it is no verb: "she said volunteer work counts"
_NOT_A_VERB = frozenset({"nsubj", "nsubjpass", "compound", "poss", "amod", "nmod"})


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


def _advising_at(doc: Doc, s: int, e: int) -> list[Token]:
    """The words of ``doc[s:e]`` whose lemma may be a verb of ``_ADVISING``, read on the
    lemma and lower-case arrays first: both rules below ask that of every word."""
    lems, lows = lemmas(doc), lowers(doc)
    return [
        doc[k]
        for k in range(s, min(e, len(lems)))
        if lems[k].lower() in _ADVISING_RAW or (not lems[k] and lows[k] in _ADVISING_RAW)
    ]


def reported_advice(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` report the contact telling the speaker to do something that is not a
    referral nor logistics? The reporting verb's subject is someone other than the speaker
    and it is inside the span."""
    s, e = span
    for t in _advising_at(doc, s, e):
        if lemma(t) not in _ADVISING or t.pos_ != "VERB":
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        if subj and (subj[0].lower_ in _SPEAKER or not s <= subj[0].i < e):
            continue
        if not subj and not _contact_dropped(t):
            continue
        verb = _advised_verb(t) or _said_bare(doc, t, e)
        if (
            verb is not None
            and verb.i < e
            and lemma(verb) not in _NOT_ADVICE
            and not _looks_up_someone(verb)
        ):
            return True
    return False


#: the referral verbs that put the speaker in touch with a person ("she said I should reach
#: out to him", "he said I should meet their ops lead Fiona Gallagher"); not "ask" nor
#: "send" ("told me to ask my branch manager about shadowing" is advice to every author)
_PUT_IN_TOUCH = frozenset(
    {"talk", "speak", "reach", "meet", "contact", "connect", "call", "email", "introduce"}
)


def referral_told(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` report the contact sending the speaker to a person ("he said I should
    reach out to her about development work", "she said to talk to Raj Patel")? On the
    development authors no such sentence with a named person or "him"/"her" is an insight
    (insights25): the model's advice for it is a referral, which the people and follow-ups
    keep."""
    s, e = span
    for t in _advising_at(doc, s, e):
        if lemma(t) not in _ADVISING or t.pos_ != "VERB":
            continue
        if any(c.dep_ == "nsubj" and c.lower_ in _SPEAKER for c in t.children):
            continue
        for ch in t.children:
            if ch.dep_ not in {"xcomp", "ccomp"} or lemma(ch) not in _PUT_IN_TOUCH:
                continue
            if not s <= ch.i < e or any(c.dep_ in {"auxpass", "nsubjpass"} for c in ch.children):
                continue  # "it's called EA Sports FC": a name, not a call to make
            if _to_person(doc, ch, min(e, t.right_edge.i + 1)):
                return True
    return False


def _to_person(doc: Doc, verb: Token, end: int) -> bool:
    """Is the one ``verb`` puts the speaker in touch with a named person or "him"/"her"/
    "them" (not "my corporate clients")? Read up to ``end``, the end of the reporting verb's
    words: the parser can hang the name elsewhere ("meet their ops lead Fiona Gallagher",
    "lead" taken for a verb)."""
    for t in doc[verb.i + 1 : end]:
        if t.ent_type_ == "PERSON":
            return True
        if t.lower_ in {"him", "her", "them"} and t.dep_ in {"pobj", "dobj"}:
            return True
    return False


def _contact_dropped(say: Token) -> bool:
    """ "Also said to read Show Your Work": the recap's main verb "said"/"says" without a
    subject, which in a recap is the contact (the speaker writes "I said")."""
    return say.dep_ == "ROOT" and say.tag_ in {"VBD", "VBZ"} and say.lower_ in {"said", "says"}


def _said_bare(doc: Doc, say: Token, e: int) -> Token | None:
    """The advice's verb as the word right after the reporting verb ("said volunteer there
    first", "said read Inspired by Marty Cagan"), whatever the tagger took it for; not when
    that word is a subject, a modifier or an owner ("she said volunteer work counts")."""
    k = say.i + 1
    if k < e and doc[k].text in {",", ":"}:
        k += 1  # "said, read the PMBOK guide"
    if k >= e or doc[k].lower_ not in _OPENING_VERBS or doc[k].dep_ in _NOT_A_VERB:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in doc[k].children):
        return None  # "said do they ..." / a clause with its own subject
    return doc[k]


def _looks_up_someone(verb: Token) -> bool:
    """ "She said to look up her friend Oleksandr at UNDP": a referral ("look up the CEM
    requirements" is advice)."""
    return (
        lemma(verb) == "look"
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
        and any(t.ent_type_ == "PERSON" for t in verb.subtree)
    )
