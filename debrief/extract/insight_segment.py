"""Sentence and clause segmentation for the insight classifier.

Whisper output is usually punctuated, but not always. Sentences are cut at terminal
punctuation (with abbreviations such as ``a.m.``/``Dr.`` handled); stretches that are still
very long (unpunctuated speech) are cut again where a new independent clause starts.
Within a sentence, clause candidates are cut at ``, and|but <subject> <verb>`` so that a
sentence carrying two kinds of information ("I told her about X, and she said to Y") can be
filed under two categories.

All spans are token index ranges ``(start, end)`` into the Doc.
"""

from __future__ import annotations

import functools
import itertools

from spacy.tokens import Doc, Token

from debrief.extract.insight_features import SAY_VERBS, lemma
from debrief.extract.insight_topic import topic_opens
from debrief.extract.lexicon import load_toml, lowers, puncts, word_list

#: Tokens ending in a period that never end a sentence.
_ABBREVIATIONS = frozenset(
    {
        "dr.",
        "mr.",
        "mrs.",
        "ms.",
        "prof.",
        "st.",
        "jr.",
        "sr.",
        "vs.",
        "etc.",
        "e.g.",
        "i.e.",
        "inc.",
        "co.",
        "corp.",
        "ltd.",
        "no.",
        "mt.",
        "ft.",
        "approx.",
        "dept.",
        "u.s.",
        "u.k.",
        "d.c.",
    }
)
#: Abbreviations that can also end a sentence ("... at 10 a.m. She said ...").
_TIME_ABBREVIATIONS = frozenset({"a.m.", "p.m.", "am.", "pm."})
_SUBJECT_PRONOUNS = frozenset({"i", "she", "he", "they", "we"})
_CLAUSE_CC = frozenset({"and", "but", "so"})
#: Words after which a pronoun does not start a new sentence in unpunctuated text
#: (``pipelines/word_lists.toml``).
_NO_BREAK_BEFORE = word_list("no_break_before")
MAX_SENT_TOKENS = 45
#: a number and one of these after a full stop is the call's length, a sentence of its own
_DURATION_UNITS = frozenset({"minutes", "minute", "min", "mins", "hour", "hours", "hrs"})
#: Verbs of liking and disliking: after a comma they open a clause of their own without a
#: conjunction or a subject.
_STANCE_VERBS = frozenset({"love", "like", "hate", "enjoy", "dislike", "miss", "dread"})


def _is_terminal(doc: Doc, i: int) -> bool:
    tok = doc[i]
    text = tok.text
    if not text or text[-1] not in ".!?":
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None:
        return True
    low = text.lower()
    if low in _ABBREVIATIONS:
        return False
    if len(text) == 2 and text[0].isalpha() and text[0].isupper() and text[1] == ".":
        return False  # an initial: "J. Smith"
    j = i + 1
    if nxt.is_space:
        while j < len(doc) and doc[j].is_space:
            j += 1
        if j >= len(doc):
            return True
        nxt = doc[j]
    first = nxt.text[:1]
    if low in _TIME_ABBREVIATIONS or (len(text) > 1 and "." in text[:-1]):
        # "a.m." and the like end a sentence only when a new one clearly starts
        return first.isupper() and (nxt.pos_ != "PROPN" or nxt.lower_ in _SUBJECT_PRONOUNS)
    if text in {".", "!", "?", "...", "?!", "!?"} or not text[0].isalnum():
        # all-lowercase transcripts: a period followed by a lower-case word still ends one;
        # a number, only when it is the call's length ("... move up. 45 minutes.")
        return not first.isdigit() or _call_length(doc, j)
    # tokens such as "etc." or "approx." glued by the tokenizer
    return first.isupper()


def _call_length(doc: Doc, j: int) -> bool:
    """Does a duration start at token ``j`` ("45 minutes", "1 hour")? Whisper writes the
    call's length said at the end of a thought after a full stop; a number after a stop
    otherwise goes on with the sentence."""
    return j + 1 < len(doc) and doc[j + 1].lower_ in _DURATION_UNITS


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the sentences, long unpunctuated stretches cut further."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(doc)
    words = lowers(doc)
    for i in range(n):
        w = words[i]
        if w != ";" and w[-1:] not in {".", "!", "?"} and "\n" not in w:
            continue  # no boundary (read on the word: each check builds the token again)
        if doc[i].text in {";"} or _is_terminal(doc, i) or _line_break(doc[i]):
            if i + 1 > start:
                spans.append((start, i + 1))
            start = i + 1
    if start < n:
        spans.append((start, n))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        s, e = _trim(doc, s, e)
        if e <= s:
            continue
        if e - s > MAX_SENT_TOKENS:
            out.extend(_split_long(doc, s, e))
        else:
            out.append((s, e))
    return out


def _line_break(tok: Token) -> bool:
    """A line break ends a sentence: typed notes put one item a line ("- Likes: ...",
    "Advice: ..."), often without a period, and no labelled insight of any author spans a
    line break (authors v and w, stop 28: 7 such recaps, where a line's item ran on into the
    next line's and was filed under one category)."""
    return tok.is_space and "\n" in tok.text


def _trim(doc: Doc, s: int, e: int) -> tuple[int, int]:
    while s < e and (doc[s].is_space or doc[s].text in {",", ";", ":", "-", "--"}):
        s += 1
    while e > s and doc[e - 1].is_space:
        e -= 1
    return s, e


#: finite verb tags: "but misses the ER" (VBZ), "but hated the hours" (VBD)
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _starts_clause(doc: Doc, i: int) -> bool:
    """Does an independent clause with a pronoun subject start at token ``i``?"""
    tok = doc[i]
    if tok.lower_ not in _SUBJECT_PRONOUNS and not (
        tok.lower_ in {"her", "his", "their", "my"}
        and i + 1 < len(doc)
        and doc[i + 1].pos_ == "NOUN"
    ):
        return False
    if i == 0:
        return False
    prev = doc[i - 1]
    if prev.lower_ in _NO_BREAK_BEFORE or (prev.is_punct and prev.text != ","):
        return False
    # a subject followed (soon) by a finite verb
    return any(doc[j].pos_ in {"VERB", "AUX"} for j in range(i + 1, min(i + 4, len(doc))))


def _split_long(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    # left edges of the subjects of the parser's root verbs: "... at his desk | what he likes is"
    root_subject_starts = set()
    for k in range(s, e):
        tok = doc[k]
        if (
            tok.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}
            and tok.head.dep_ == "ROOT"
            and tok.head.pos_ in {"VERB", "AUX"}
            and tok.i < tok.head.i
        ):
            edge = tok.left_edge.i
            if edge > s and doc[edge - 1].lower_ not in _NO_BREAK_BEFORE:
                root_subject_starts.add(edge)
    cuts = [s]
    last = s
    for i in range(s + 1, e):
        if i - last < 6:
            continue
        if _starts_clause(doc, i) or doc[i].is_sent_start or i in root_subject_starts:
            cuts.append(i)
            last = i
    cuts.append(e)
    out = []
    for a, b in itertools.pairwise(cuts):
        a, b = _trim(doc, a, b)
        if b - a > MAX_SENT_TOKENS * 3:
            # give up on structure: fixed windows keep the output bounded
            for k in range(a, b, MAX_SENT_TOKENS):
                out.append((k, min(b, k + MAX_SENT_TOKENS)))
        elif b > a:
            out.append((a, b))
    return out


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
    if k < e and doc[k].lower_ in _SUBJECT_PRONOUNS:
        k += 1
    if k + 1 < e and doc[k].lower_ in {"does", "do", "did"} and doc[k + 1].lower_ in {"n't", "not"}:
        k += 2
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
        or prev.lower_ in _NO_BREAK_BEFORE
        or prev.lower_ in _CLAUSE_CC
        or prev.lower_ in _SUBJECT_PRONOUNS  # "she doesn't love": the stance starts at "she"
        or prev.lower_ in {"thing", "part", "one", "what"}  # "the thing he loves is ..."
    ):
        return False
    if tok.lower_ == "the":
        # "the downside is", "the worst part is": a ranked part that is a clause's subject
        return _stance_at(doc, i, e) and any(
            t.lower_ in {"is", "was"} for t in doc[i + 2 : min(i + 4, e)]
        )
    if tok.lower_ in _SUBJECT_PRONOUNS - {"i", "we"} or tok.lower_ in {"does", "do"}:
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
    tok = doc[i]
    if tok.text == ",":
        j = i + 2 if doc[i + 1].lower_ in _CLAUSE_CC else i + 1
    elif tok.lower_ in _CLAUSE_CC and not doc[i - 1].is_punct:
        j = i + 1
    elif unpunctuated and _run_on_stance(doc, i, e) and _has_stance(doc, s, i):
        return i
    else:
        return None
    while j < e and doc[j].lower_ in {"um", "uh", "then", "honestly"}:
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
    if prev.pos_ not in {"NOUN", "PROPN"} or prev.lower_ in _NO_BREAK_BEFORE:
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
        tok = doc[i]
        comma = tok.text == "," and doc[i + 1].lower_ in _CLAUSE_CC
        # unpunctuated speech: "she hates X but she loves Y", "... and he said ..."
        bare = (
            tok.lower_ in _CLAUSE_CC
            and not doc[i - 1].is_punct
            and (
                doc[i + 1].lower_ in _SUBJECT_PRONOUNS
                or (tok.lower_ == "but" and _has_own_subject(doc, i + 1, e))
            )
            and (tok.lower_ == "but" or (tok.lower_ == "and" and unpunctuated))
        )
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
        if words[i] in _RUN_ON_STARTS and (_run_on_clause(doc, i, e) or topic_opens(doc, s, i, e)):
            cuts.append((i, i))
            i += 1
            continue
        splice = _comma_splice(doc, cuts[-1][1] if cuts else s, i, e) if tok.text == "," else None
        if splice is not None:
            cuts.append((i, splice))
            i = splice
            continue
        if comma or bare:
            j = i + 2 if comma else i + 1
            while j < e and doc[j].lower_ in {"then", "also", ",", "um", "uh", "honestly"}:
                j += 1
            # "she loves the writing, but misses the ER": a contrast opens a clause of its
            # own even without a new subject (a like and a dislike, a clause each)
            contrast = tok.lower_ == "but" or doc[i + 1].lower_ == "but"
            if j < e - 2 and (
                _has_own_subject(doc, j, e)
                or (contrast and doc[j].pos_ in {"VERB", "AUX"} and doc[j].tag_ in _FINITE)
            ):
                cuts.append((i, j))
                i = j
                continue
        i += 1
    if not cuts:
        return [(s, e)]
    out = []
    a = s
    for left_end, right_start in cuts:
        if left_end - a >= 3:
            out.append((a, left_end))
        a = right_start
    out.append((a, e))
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
    if k + 1 >= e or doc[k].lower_ != "i" or doc[k + 1].lower_ not in {"should", "must"}:
        return False
    first = doc[s].sent.start
    return any(
        lemma(t) in SAY_VERBS
        and any(c.dep_ == "nsubj" and c.lower_ not in {"i", "we"} for c in t.children)
        for t in doc[first:s]
    )


@functools.cache
def heading_categories(table: str = "") -> dict[str, str]:
    """Heading -> category (``pipelines/insight_headings.toml``; ``table="topics"``: the
    topics an "On <topic>, ..." sentence names). A typed heading is looked up here
    (:func:`heading_label`), and a heading said aloud too (``insight_heard.py``)."""
    data = load_toml("insight_headings.toml")
    data = data.get(table, {}) if table else {k: v for k, v in data.items() if k != "topics"}
    return {h: cat for cat, heads in data.items() for h in heads}


#: words dropped before a heading's look-up: "Her advice:", "Jake's path:" (typed here, said
#: aloud in insight_heard.py)
HEADING_OWNERS = frozenset({"her", "his", "their", "the", "my"})


def heading_label(doc: Doc, span: tuple[int, int]) -> str | None:
    """The category a typed note's heading names, when ``span`` opens with one: "Likes:
    homeowners actually listen", "Me: told him I've troubleshot Metasys front ends". The
    writer's own heading is a surer label than the classifier, which took "Likes: ..." for
    mission_values and "Me: told him ..." for nothing on author v's notes (stop 28); the
    heading must be at most five words, followed by a word."""
    s, e = span
    if doc[s].lower_ == "on":
        return _topic(doc, s + 1, e)
    colon = next((k for k in range(s, min(s + 6, e)) if doc[k].text == ":"), None)
    if colon is None or colon == s or not any(t.is_alpha for t in doc[colon + 1 : e]):
        return None
    words = [t.lower_ for t in doc[s:colon]]
    if words[0] in HEADING_OWNERS:
        words = words[1:]
    elif len(words) > 1 and words[1] == "'s":
        words = words[2:]
    return heading_categories().get(" ".join(words).replace(" - ", "-")) if words else None


def _topic(doc: Doc, s: int, e: int) -> str | None:
    """The category of "On [the] <topic> [side]" opening a sentence, when a comma or a
    pronoun subject follows the topic ("On mission, she said ...", "On the culture he was
    honest, ...")."""
    k = s + 1 if s < e and doc[s].lower_ == "the" else s
    for end in range(k + 1, min(k + 4, e)):
        nxt = doc[end]
        if nxt.text == "," or nxt.lower_ in _SUBJECT_PRONOUNS or nxt.lower_ == "side":
            words = " ".join(t.lower_ for t in doc[k:end])
            return heading_categories("topics").get(words)
    return None
