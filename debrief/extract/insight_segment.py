"""Clause segmentation for the insight classifier.

Within a sentence (:mod:`insight_sentences` decides where sentences end), clause candidates
are cut at ``, and|but <subject> <verb>`` so that a sentence carrying two kinds of
information ("I told her about X, and she said to Y") can be filed under two categories; at
a second stance ("loves X, hates Y"), a comma splice Whisper wrote where a sentence ended,
and a run-on statement after a noun. Also here: whether a span is the speaker's question,
the speaker's own story, or advice reported after what the contact said.

All spans are token index ranges ``(start, end)`` into the Doc.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lowers, puncts
from debrief.extract.insight_background import background_cuts
from debrief.extract.insight_features import SAY_VERBS
from debrief.extract.insight_gap import reported_gap
from debrief.extract.insight_lemma import lemma
from debrief.extract.insight_said_run import reported_run_on
from debrief.extract.insight_sentences import NO_BREAK_BEFORE, SUBJECT_PRONOUNS
from debrief.extract.insight_step import STEP_FIRST, step_cut
from debrief.extract.insight_topic import topic_opens
from debrief.extract.lexicon import PhraseSet, cue_set, word_list

_CLAUSE_CC = frozenset({"and", "but", "so"})
#: Verbs of liking and disliking: after a comma they open a clause of their own without a
#: conjunction or a subject.
_STANCE_VERBS = frozenset({"love", "like", "hate", "enjoy", "dislike", "miss", "dread"})


#: finite verb tags: "but misses the ER" (VBZ), "but hated the hours" (VBD)
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


@cache
def _sorted(name: str) -> tuple[str, ...]:
    return tuple(sorted(word_list(name)))


def _listed(doc: Doc, name: str) -> PhraseSet:
    """The phrases of ``word_lists.toml`` list ``name``, read through the per-doc matcher."""
    return cue_set(doc.vocab, _sorted(name))


def _has_own_subject(doc: Doc, i: int, e: int) -> bool:
    """Does a clause with its own subject start at ``i`` (within a few tokens)?"""
    for j in range(i, min(i + 6, e)):
        tok: Token = doc[j]
        if tok.dep_ in {"nsubj", "nsubjpass", "expl"} and tok.head.i > j and tok.head.i < e:
            # the subject phrase must open the clause ("and the team is", not "and meetings
            # with people who, she said, ...")
            return tok.left_edge.i <= i
        if tok.pos_ in {"VERB", "AUX"} or tok.is_punct:
            return False
    return False


def _second_verb(doc: Doc, i: int) -> bool:
    """Does a second predicate of the same subject start after token ``i``: a bare ``but``
    or a comma before a like or dislike verb ("loves X, hates Y")? A clause each, so a like
    and a dislike (or a like and what was said after it) are filed apart."""
    tok, nxt = doc[i], doc[i + 1]
    if nxt.tag_ not in _FINITE or nxt.pos_ not in {"VERB", "AUX"}:
        return False
    if tok.lower_ == "but":
        return not doc[i - 1].is_punct
    return tok.text == "," and lemma(nxt) in _STANCE_VERBS


#: what opens a stance of its own after a comma or a conjunction, beside the stance verbs:
#: "the worst part is ...", "the best thing is ...", "the hard part is ...", "the worst is ..."
_STANCE_RANKS = frozenset(
    {
        "best",
        "worst",
        "hardest",
        "toughest",
        "favorite",
        "favourite",
        "hard",
        "bad",
        "good",
        "fun",
        "frustrating",
        "annoying",
        "draining",
    }
)
_STANCE_NOUNS = frozenset({"part", "thing", "bit"})
#: a stance noun that needs no rank: "the downside is ..."
_STANCE_HEADS = frozenset({"downside", "upside", "drawback"})
#: stance verbs by their form, whatever the tagger says: after a comma the small model tags
#: "dislikes" in "he loves the art side, dislikes chasing payments" as a plural noun
_STANCE_FORMS = frozenset(
    {"likes", "loves", "hates", "dislikes", "enjoys", "dreads", "loved", "hated", "disliked"}
)
#: words between a subject and its stance verb: "she doesn't love", "he really likes"
_STANCE_ADVERBS = frozenset({"really", "also", "actually", "just", "kind", "of", "never", "not"})


def _stance_at(doc: Doc, j: int, e: int) -> bool:
    """Does a stance statement start at ``j``: "[what] [she] [doesn't|really] love(s) ...",
    "dislikes ...", "the worst part is ..."?"""
    k = j
    if k < e and doc[k].lower_ == "what":
        k += 1
    elif k + 2 < e and doc[k].lower_ == "the" and doc[k + 1].lower_ in {"thing", "part"}:
        k += 2  # "the thing he doesn't like is ..."
    if k < e and doc[k].lower_ in SUBJECT_PRONOUNS:
        k += 1
    negations = _listed(doc, "stance_negations")  # "doesn't", "did not" (house41)
    if k < e and lowers(doc)[k] in negations.by_first:
        k += negations.match_at(doc, k, e)
    while k < e and doc[k].lower_ in _STANCE_ADVERBS:
        k += 1
    if k >= e:
        return False
    # a bare verb after the comma must be finite ("hates the politics"), not a noun or a
    # gerund ("loves teaching, mentoring, ...")
    if (
        (k > j or doc[k].tag_ in _FINITE)
        and doc[k].pos_ in {"VERB", "AUX"}
        and lemma(doc[k]) in _STANCE_VERBS
    ) or doc[k].lower_ in _STANCE_FORMS:
        return True
    if doc[j].lower_ != "the" or j + 2 >= e:
        return False
    nxt, after = doc[j + 1].lower_, doc[j + 2].lower_
    return (nxt in _STANCE_RANKS and (after in _STANCE_NOUNS or after in {"is", "was"})) or (
        nxt in _STANCE_HEADS and after in {"is", "was"}
    )


def _has_stance(doc: Doc, s: int, e: int) -> bool:
    """Does ``s:e`` carry a stance: a like/dislike verb or "the best/worst part"?"""
    return any(
        (doc[k].pos_ in {"VERB", "AUX"} and lemma(doc[k]) in _STANCE_VERBS)
        or doc[k].lower_ in _STANCE_FORMS
        or (doc[k].lower_ in _STANCE_RANKS and k + 1 < e and doc[k + 1].lower_ in _STANCE_NOUNS)
        for k in range(s, e)
    )


def _run_on_stance(doc: Doc, i: int, e: int) -> bool:
    """Unpunctuated speech: does a stance with its own subject (or a negation) start at
    ``i`` with nothing before it ("she loves the kids she doesn't love the back pain", "he
    loves it doesn't love the pay", "... that's what he loves the downside is ...")?"""
    prev, tok = doc[i - 1], doc[i]
    if (
        prev.is_punct
        or prev.pos_ == "AUX"  # "the investigations are the draining part": a predicate
        or prev.lower_ in NO_BREAK_BEFORE
        or prev.lower_ in _CLAUSE_CC
        or prev.lower_ in SUBJECT_PRONOUNS  # "she doesn't love": the stance starts at "she"
        or prev.lower_ in {"thing", "part", "one", "what"}  # "the thing he loves is ..."
    ):
        return False
    if tok.lower_ == "the":
        # "the downside is", "the worst part is": a ranked part that is a clause's subject
        return _stance_at(doc, i, e) and any(
            t.lower_ in {"is", "was"} for t in doc[i + 2 : min(i + 4, e)]
        )
    if tok.lower_ in SUBJECT_PRONOUNS - {"i", "we"} or tok.lower_ in {"does", "do"}:
        return _stance_at(doc, i, e)
    return False


def _stance_cut(doc: Doc, s: int, i: int, e: int, unpunctuated: bool) -> int | None:
    """Where a second stance begins after a stance ("she loves X, she dislikes Y", "loves X
    and doesn't love Y", "the best part is X and the worst part is Y"): the start of the
    right clause when token ``i`` is a comma, ``and``/``but`` or a comma and one of them,
    the text before it carries a stance and one starts after it; else None. In a sentence
    without punctuation a stance with its own subject may start at ``i`` itself
    (:func:`_run_on_stance`): typed in a hurry or dictated, "she loves X she hates Y" is two
    statements, and authors file them apart (recaps-n..s; docs/extraction-history.md,
    "Insights, pipeline 1.22"). ``unpunctuated``: :func:`_unpunctuated` of the sentence
    ``s:e``, computed once by the caller (it scans the whole sentence)."""
    # asked at every word of a sentence: the word read from the cached list, no Token built
    # unless it is a comma or a conjunction (speed2)
    words = lowers(doc)
    word = words[i]
    if word == ",":
        j = i + 2 if words[i + 1] in _CLAUSE_CC else i + 1
    elif word in _CLAUSE_CC and not doc[i - 1].is_punct:
        j = i + 1
    elif unpunctuated and _run_on_stance(doc, i, e) and _has_stance(doc, s, i):
        return i
    else:
        return None
    while j < e and words[j] in {"um", "uh", "then", "honestly"}:
        j += 1
    if j >= e - 1 or not _stance_at(doc, j, e) or not _has_stance(doc, s, i):
        return None
    return j


def _unpunctuated(doc: Doc, s: int, e: int) -> bool:
    return not any(puncts(doc)[s : e - 1])  # the flags read once per doc, no Token built


#: third-person subjects that open a spliced clause: the contact's, not the speaker's
_SPLICE_SUBJECTS = frozenset({"she", "he", "they"})
#: words between a spliced clause's subject and its verb ("she still likes", "he really loves")
_SPLICE_ADVERBS = frozenset({"still", "also", "really", "actually", "just", "always", "never"})


def _comma_splice(doc: Doc, a: int, i: int, e: int) -> int | None:
    """Whisper's comma where a sentence ended, before a new stance or a piece of advice:
    "..., he loves the summer camps", "..., she still likes her customers", "..., she said to
    use that exact story", "..., he said he loves the moment ...". Token ``i`` is a comma; the
    right clause opens with a third-person pronoun and a finite like/dislike verb, or a say
    verb followed by "to" or by a pronoun and a like/dislike verb, and the text since the
    last cut (from ``a``) has a finite verb of its own. Only these: typists splice
    description onto description with a comma ("She loves that it's tangible, she drove past
    a site ...") and file the whole as one insight (dev 0.948 -> 0.923 when every pronoun
    and finite verb after a comma was cut). The start of the right clause, or None."""
    j = i + 1
    if j >= e - 2 or doc[j].lower_ not in _SPLICE_SUBJECTS:
        return None
    k = j + 1
    while k < e and doc[k].lower_ in _SPLICE_ADVERBS:
        k += 1
    if k >= e - 1 or doc[k].tag_ not in _FINITE or doc[k].pos_ not in {"VERB", "AUX"}:
        return None
    if lemma(doc[k]) in SAY_VERBS:
        if doc[k + 1].lower_ != "to" and not _stance_at(doc, k + 1, e):
            return None
    elif not _stance_at(doc, j, e):
        return None
    if not any(doc[m].tag_ in _FINITE and doc[m].pos_ in {"VERB", "AUX"} for m in range(a, i)):
        return None
    return j


#: "his advice was", "her day is": a possessive subject that opens a new point in a run-on
_RUN_ON_TOPICS = frozenset({"advice", "day", "days", "week", "weeks"})
#: what may follow a say verb that opens a run-on clause: its own clause's subject
_REPORTED_SUBJECTS = frozenset({"it", "it's", "there", "they", "you", "she", "he", "i"})
#: say verbs that open a run-on clause ("called", "asked" open no reported statement)
_RUN_ON_SAY = frozenset({"say", "mention", "explain", "add", "admit"})


#: the only words :func:`_run_on_clause` starts a statement at
_RUN_ON_STARTS = frozenset({"he", "she", "his", "her"})


def _run_on_clause(doc: Doc, i: int, e: int) -> bool:
    """Whisper dropped the full stop: does a new statement start at token ``i`` right after
    a noun ("... and the mission he said it's slow ...", "... meetings with peers she loves
    solving the puzzle ...", "... approvals his advice was to ...")? It opens with "he" or
    "she" and a like/dislike verb that has an object after it ("the kids she loves and ..."
    and "the thing she loves is" are relative clauses), "he"/"she" and a say verb before "to" or a
    subject of its own ("the plan he said was fine" is a relative clause), or "his"/"her"
    and advice or a day or week before "is"/"was"."""
    prev, tok = doc[i - 1], doc[i]
    if prev.pos_ not in {"NOUN", "PROPN"} or prev.lower_ in NO_BREAK_BEFORE:
        return False
    if prev.lower_ in {"thing", "part", "one", "what"}:
        return False
    if tok.lower_ in {"his", "her"}:
        return (
            i + 2 < e
            and doc[i + 1].lower_ in _RUN_ON_TOPICS
            and doc[i + 2].lower_ in {"is", "was", "'s"}
        )
    if tok.lower_ not in {"he", "she"}:
        return False
    k = i + 1
    while k < e and doc[k].lower_ in _SPLICE_ADVERBS:
        k += 1
    if k + 1 >= e or doc[k].tag_ not in _FINITE or doc[k].pos_ not in {"VERB", "AUX"}:
        return False
    after = doc[k + 1]
    if lemma(doc[k]) in _RUN_ON_SAY:
        return after.lower_ == "to" or after.lower_ in _REPORTED_SUBJECTS
    return (
        _stance_at(doc, i, e)
        and lemma(doc[k]) in _STANCE_VERBS
        and after.pos_ not in {"PUNCT", "AUX", "CCONJ", "ADP"}
    )


def clause_spans(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """Cut a sentence at ``, and|but <new clause>`` and before a second predicate of the same
    subject (:func:`_second_verb`); one span when there is no such point."""
    cuts: list[tuple[int, int]] = []  # (end of left, start of right)
    # once per sentence, not once per token: the scan is as long as the sentence
    unpunctuated = _unpunctuated(doc, s, e)
    words = lowers(doc)
    i = s + 3
    while i < e - 3:
        # the cached lower-case words, not ``doc[i]``: each index builds a Token, and this
        # loop runs at every word of every sentence (speed2); a word's lower form is ","
        # only where its text is
        word = words[i]
        comma = word == "," and words[i + 1] in _CLAUSE_CC
        # unpunctuated speech: "she hates X but she loves Y", "... and he said ..."
        bare = (
            word in _CLAUSE_CC
            and not doc[i - 1].is_punct
            and (
                words[i + 1] in SUBJECT_PRONOUNS
                or (word == "but" and _has_own_subject(doc, i + 1, e))
            )
            and (word == "but" or (word == "and" and unpunctuated))
        )
        if words[i] in STEP_FIRST and step_cut(doc, cuts[-1][1] if cuts else s, i, e):
            # the speaker's own step run on after the contact's advice: "she said to apply
            # for the role so I'll send my resume by Monday" (insight_step)
            cuts.append((i, i))
            i += 1
            continue
        # (the word first: each check builds the tokens around ``i`` again)
        if words[i] in {"but", ","} and _second_verb(doc, i):
            # "he loves the studio, hates the politics", "she loves the planning but said
            # the reporting is soul-crushing": one subject, a second finite verb
            cuts.append((i, i + 1))
            i += 1
            continue
        stance = _stance_cut(doc, s, i, e, unpunctuated)
        if stance is not None:
            cuts.append((i, stance))
            # a run-on stance starts at ``i`` itself: "... the kids she doesn't love ..."
            i = max(stance, i + 1)
            continue
        if words[i] in _RUN_ON_STARTS and (
            _run_on_clause(doc, i, e)
            or topic_opens(doc, s, i, e)
            # a reported point run on with no stop (insight_said_run)
            or reported_run_on(doc, cuts[-1][1] if cuts else s, i, e)
        ):
            cuts.append((i, i))
            i += 1
            continue
        splice = _comma_splice(doc, cuts[-1][1] if cuts else s, i, e) if word == "," else None
        if splice is not None:
            cuts.append((i, splice))
            i = splice
            continue
        if comma or bare:
            j = i + 2 if comma else i + 1
            while j < e and words[j] in {"then", "also", ",", "um", "uh", "honestly"}:
                j += 1
            # "she loves the writing, but misses the ER": a contrast opens a clause of its
            # own even without a new subject (a like and a dislike, a clause each)
            contrast = word == "but" or words[i + 1] == "but"
            if (
                j < e - 2
                and (
                    _has_own_subject(doc, j, e)
                    or (contrast and doc[j].pos_ in {"VERB", "AUX"} and doc[j].tag_ in _FINITE)
                )
                # "he said my hours are good but I need to show leadership": one verdict
                and not (contrast and reported_gap(doc, cuts[-1][1] if cuts else s, i, j))
            ):
                cuts.append((i, j))
                i = j
                continue
        i += 1
    background = background_cuts(doc, s, e)
    for a, b in background:
        # the contact's past role told inside the introduction (insight_background)
        cuts.extend([(a, a), (b, b)] if b < e - 2 else [(a, a)])
    if not cuts:
        return [(s, e)]
    if background:
        cuts = _ordered(cuts)
    out = []
    a = s
    for left_end, right_start in cuts:
        if left_end - a >= 3:
            out.append((a, left_end))
        a = right_start
    out.append((a, e))
    return out


def _ordered(cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cuts in text order, a cut that falls inside another's gap left out."""
    out: list[tuple[int, int]] = []
    for left_end, right_start in sorted(set(cuts)):
        if out and left_end < out[-1][1]:
            continue
        out.append((left_end, right_start))
    return out


def speaker_asks(doc: Doc, s: int, e: int) -> bool:
    """Is the span the speaker's question ("I asked about ...", "when I asked whether ...")?"""
    return any(
        t.lemma_ == "ask" and any(c.lower_ in {"i", "we"} and c.dep_ == "nsubj" for c in t.children)
        for t in doc[s:e]
    )


def speaker_story(doc: Doc, s: int, e: int) -> bool:
    """A past-tense statement by the speaker (or "we"), not a plan: part of a STAR story."""
    for t in doc[s:e]:
        if t.dep_ == "nsubj" and t.lower_ in {"i", "we"} and t.head.tag_ == "VBD":
            return not any(c.lower_ in {"will", "'ll", "should", "need"} for c in t.head.children)
        if t.lower_ == "my" and t.head.dep_ == "nsubj" and t.head.head.tag_ == "VBD":
            return True
    return False


def reported_should(doc: Doc, span: tuple[int, int]) -> bool:
    """Is the clause ``span`` the contact's advice to the speaker, reported after what the
    contact said: "She said the CEM is the standard and I should take FEMA's courses", "...,
    so I should apply for a para job first"? Its subject is "I" with "should" or "must"
    (not "I'll", "I need to": plans), and earlier in its sentence someone other than the
    speaker says or tells something."""
    s, e = span
    k = s
    while k < e and (doc[k].is_punct or doc[k].lower_ in {"and", "so", "but", "then"}):
        k += 1
    if not _listed(doc, "speaker_should").match_at(doc, k, e):
        return False  # "I should", "I must" (house41)
    first = doc[s].sent.start
    return any(
        lemma(t) in SAY_VERBS
        and any(c.dep_ == "nsubj" and c.lower_ not in {"i", "we"} for c in t.children)
        for t in doc[first:s]
    )
