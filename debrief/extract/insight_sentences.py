"""Where a recap's sentences end, for the insight classifier.

Decides the sentence boundaries every insight candidate starts from. Whisper output is
usually punctuated, but not always: sentences are cut at terminal punctuation (with
abbreviations such as ``a.m.``/``Dr.`` and initials handled), at a semicolon and at a line
break (typed notes put one item a line); stretches that are still very long (unpunctuated
speech) are cut again where a new independent clause starts, and at worst into fixed
windows, so that one candidate never carries a whole recap. Where a sentence is cut again
into clauses is :mod:`insight_segment`'s decision.

All spans are token index ranges ``(start, end)`` into the Doc.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import word_list

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
#: Subject pronouns that open a new sentence or clause (read by clause cutting and headings too).
SUBJECT_PRONOUNS = frozenset({"i", "she", "he", "they", "we"})
#: Words after which a pronoun does not start a new sentence in unpunctuated text
#: (``pipelines/word_lists.toml``).
NO_BREAK_BEFORE = word_list("no_break_before")
MAX_SENT_TOKENS = 45
#: a number and one of these after a full stop is the call's length, a sentence of its own
_DURATION_UNITS = frozenset({"minutes", "minute", "min", "mins", "hour", "hours", "hrs"})


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
        return first.isupper() and (nxt.pos_ != "PROPN" or nxt.lower_ in SUBJECT_PRONOUNS)
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


def _starts_clause(doc: Doc, i: int) -> bool:
    """Does an independent clause with a pronoun subject start at token ``i``?"""
    tok = doc[i]
    if tok.lower_ == "what":
        return _pseudo_cleft(doc, i)
    if tok.lower_ not in SUBJECT_PRONOUNS and not (
        tok.lower_ in {"her", "his", "their", "my"}
        and i + 1 < len(doc)
        and doc[i + 1].pos_ == "NOUN"
    ):
        return False
    if i == 0:
        return False
    prev = doc[i - 1]
    if prev.lower_ in NO_BREAK_BEFORE or (prev.is_punct and prev.text != ","):
        return False
    if _cleft_copula(doc, i):
        return False
    # a subject followed (soon) by a finite verb
    return any(doc[j].pos_ in {"VERB", "AUX"} for j in range(i + 1, min(i + 4, len(doc))))


def _pseudo_cleft(doc: Doc, i: int) -> bool:
    """Does "what <pronoun> <verb> ... is" start at token ``i`` right after a noun? Dictated
    run-ons open a new point so ("... and the weekly reports what she likes is she ..."); after
    a noun "what" opens no object clause ("she told me what she wants" has a pronoun before
    it, "that's what he loves" a copula). insights47, stop 45."""
    if i == 0 or i + 3 >= len(doc):
        return False
    prev = doc[i - 1]
    # the tagger reads a run-on's last noun as a verb as often as not ("the cost reports")
    if prev.pos_ not in {"NOUN", "PROPN", "VERB"} or prev.lower_ in NO_BREAK_BEFORE:
        return False
    if doc[i + 1].lower_ not in SUBJECT_PRONOUNS:
        return False
    return doc[i + 2].pos_ in {"VERB", "AUX"} and any(
        doc[j].lower_ in {"is", "was"} for j in range(i + 3, min(i + 7, len(doc)))
    )


def _cleft_copula(doc: Doc, i: int) -> bool:
    """Is token ``i`` the first word after a pseudo-cleft's copula ("what she likes is | she
    still ...")? The copula takes what follows as its complement, so no sentence starts
    there. Only after "what <pronoun> <verb>": after a plain subject ("the hard part is he
    ...", "the result was we ...") the dictated clause is often filed as a point of its own,
    and "what a field is" has taken its complement already (insights47, stop 45)."""
    if i < 4 or doc[i - 1].lower_ not in {"is", "was"}:
        return False
    for k in range(max(0, i - 7), i - 3):
        if (
            doc[k].lower_ == "what"
            and doc[k + 1].lower_ in SUBJECT_PRONOUNS
            and doc[k + 2].pos_ in {"VERB", "AUX"}
        ):
            return True
    return False


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
            if (
                edge > s
                and doc[edge - 1].lower_ not in NO_BREAK_BEFORE
                and not _cleft_copula(doc, edge)
            ):
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
