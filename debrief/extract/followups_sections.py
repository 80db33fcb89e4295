"""Typed to-do sections: a header on a line of its own, and the bulleted lines under it.

A typed note often ends on a section rather than a sentence:

    To do
    - Revise the module by Labor Day
    - Talk to Gary about the hours

The header sits alone on its line, so no entry follows it in its own sentence, and each line
under it is read as a sentence of its own. There a bare imperative is found only when its verb
is one of the cue file's imperatives or takes an object ("Talk to Gary about the hours" is
neither), although under a to-do header every line that opens on a verb is one of the
speaker's steps. ``section_entry`` finds such a line: it opens (after its bullet and the
sentence openers) on a verb in its base form, and the lines above it, up to a blank line, lead
back to a header line ("To do", "Next steps:", "**Follow-ups**"). The caller then reads the
line as a list entry (``ListShapes._listed``).

Bullets other than "-" ("•", "→", "*", ...) are openers in the cue file, so a line such as
"→ send resume to Keiko by Monday" opens on its imperative as "- send ..." always did.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from debrief.date_words import vocab
from debrief.extract.doc_arrays import doc_text, lowers, puncts, texts
from debrief.extract.followups_todo_label import label_line, todo_label

if TYPE_CHECKING:
    from debrief.extract.lexicon import PhraseSet

#: how many lines above an entry the header may stand (a longer block is prose, not a list)
_MAX_LINES = 12

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
#: a finite verb's tags: a line holding one says who does what, it names no bare to-do
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: a line under a to-do header that says there is none
_EMPTY = frozenset({"none", "nothing", "nope", "nada", "tbd", "tbc", "pending"})
#: a list number opening a line, which the parser may leave in the sentence before ("1.")
_NUMBER = re.compile(r"\d{1,2}[.)]")
#: a bare list number opening a typed line, a space and a word after it: "2 call the shop fri"
_BARE = re.compile(r"[ \t]*(\d{1,2})[ \t]+[A-Za-z]")
_WORD = re.compile(r"[A-Za-z]+")


def verb_bases(nlp: Language) -> frozenset[str]:
    """The base forms of English verbs, from the base model's lemmatizer index (empty when the
    model has none): whether a word a typist put first on a to-do line can be read as a verb."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"]  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return frozenset()
    return frozenset(w for w in table if w.isalpha())


def verb_reading(tok: Token, verbs: frozenset[str]) -> bool:
    """A word with a verb's base form that the tagger read otherwise on a typed line ("- pitch
    something to the newsletter" NN, "- think hard about it" VBP, "- read the 2 papers" VBN,
    "- Chase Ann if ..." NNP): under a to-do header its line is a step like the ones tagged VB.
    Not when it is the line's subject, nor before a verb's third person ("- job posts in
    May": the noun of the subject, whatever the tagger says)."""
    if tok.lower_ not in verbs or tok.tag_ in {"VBZ", "VBG", "MD"}:
        return False
    if tok.dep_ in _SUBJECTS:
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_.endswith("s") and nxt.lower_ != "us":
        # "job posts in May": the word after it is a verb's third person, the line's own verb
        low = nxt.lower_
        if low[:-1] in verbs or (low.endswith("es") and low[:-2] in verbs):
            return False
    return True


def section_entry(
    doc: Doc,
    sent: Span,
    headers: PhraseSet,
    openers: PhraseSet,
    imperatives: set[str],
    advice_words: set[str],
    verbs: frozenset[str] = frozenset(),
) -> int | None:
    """The token opening ``sent`` as an entry of a typed to-do section: the first word after
    the line's bullet and openers, when it is a verb in its base form (an imperative of the cue
    file, tagged VB, or a verb's base form of ``verbs`` the tagger read otherwise, fu32) and
    the line stands under a header line. None otherwise."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    before = text[line_start : sent.start_char].strip()
    run = numbered_run(text, line_start)  # "1 look up the course" over "2 call her back fri"
    if before and not (_NUMBER.fullmatch(before) or (run and before.isdigit())):
        return None  # the sentence starts inside a line, not at its beginning
    k = _skip(doc, sent.start, sent.end, openers)
    if k + 2 < sent.end and _NUMBER.fullmatch(doc[k].text + doc[k + 1].text):
        k = _skip(doc, k + 2, sent.end, openers)  # "2. talk to ...": past the line's number
    elif run and k + 1 < sent.end and doc[k].text.isdigit() and doc[k].idx < line_start + 4:
        k = _skip(doc, k + 1, sent.end, openers)  # "2 talk to ...": past the bare number
    if k >= sent.end:
        return None
    # "3 mon call the depot": a weekday typed before the step's verb is its date
    first = k
    word = _WORD.match(text, doc[k].idx) if run else None
    if word and word.group().lower() in vocab().weekdays:
        while k < sent.end and doc[k].idx < word.end():
            k += 1  # past the weekday, which the tokenizer may cut ("wed" as "we" "d")
        if k >= sent.end:
            return None
    tok = doc[k]
    if not tok.text.isalpha():
        return None
    if not (
        tok.lower_ in imperatives
        or tok.tag_ == "VB"
        or verb_reading(tok, verbs)
        or (k == first and verbless(doc, k, sent.end))
    ):
        return None
    if not (run or _under_header(doc, line_start, headers, openers, advice_words)):
        return None
    return first


def numbered_run(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` opens on a bare list number ("2 call the shop fri",
    a to-do list typed with no header, no stop after the numbers and no capitals) and the
    line right above or below it opens on the number before or after it: two such lines make
    a numbered list, each line one of the speaker's steps, as under a to-do header."""
    m = _BARE.match(text, line_start)
    if m is None:
        return False
    n = int(m.group(1))
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else -1
    if above >= 0 and (a := _BARE.match(text, above)) and int(a.group(1)) == n - 1:
        return True
    below = text.find("\n", line_start)
    return below >= 0 and bool((b := _BARE.match(text, below + 1)) and int(b.group(1)) == n + 1)


def verbless(doc: Doc, k: int, end: int, *, stretch: bool = False) -> bool:
    """A line that names a to-do with no verb ("- Proposal to Gina by Tuesday", "- R basics,
    maybe after SQL", "- Lane decision written down before session 2"): it opens on a noun, a
    name or an adjective, holds two words or more, and has no subject and no finite verb, so
    nobody else does anything in it ("- she suggested I talk to Tobias" is the contact's).
    Under a to-do header such a line is the writer's to-do as a verb-led one is: the labels of
    every development author keep all such lines (fu35).

    ``stretch``: ``doc[k:end]`` is a stretch of a line, not all of it, and a subject the parser
    hangs on a verb after the stretch does not count ("TODO: budget reading by sun, connect on
    ..." makes "reading" the subject of "connect"; fu45)."""
    if doc[k].pos_ not in {"NOUN", "PROPN", "ADJ"} or doc[k].lower_ in _EMPTY:
        return False
    words = [t for t in doc[k:end] if not (t.is_punct or t.is_space)]
    return len(words) > 1 and not any(
        (t.dep_ in _SUBJECTS and (not stretch or k <= t.head.i < end))
        or t.dep_ == "expl"
        or t.tag_ in _FINITE
        for t in words
    )


def _under_header(
    doc: Doc, line_start: int, headers: PhraseSet, openers: PhraseSet, advice_words: set[str]
) -> bool:
    """Whether the lines above the one starting at ``line_start`` lead back, with no blank line
    between, to a line holding only a list header ("To do", "Next steps:")."""
    text = doc_text(doc)
    end = line_start - 1  # the newline ending the line above
    for _ in range(_MAX_LINES):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        if not text[start:end].strip():
            return False  # a blank line closes the section
        if _header_line(doc, start, end, headers, openers, advice_words):
            return True
        end = start - 1
    return False


def _header_line(
    doc: Doc, start: int, end: int, headers: PhraseSet, openers: PhraseSet, advice_words: set[str]
) -> bool:
    """A line that is a list header and nothing more: "To do", "## Next steps:", "TODO", or
    any to-do label alone with its colon ("HW:", ``followups_todo_label.label_line``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not (t.is_space or t.text in {"#", "*", "**", "_"})]
    if not words:
        return False
    i, stop = words[0].i, words[-1].i + 1
    if label_line(doc, i, stop, advice_words):
        return True
    while i < stop:  # tried after each opener, since "next" is one ("Next steps")
        n = headers.match_at(doc, i, stop)
        if n:
            rest = doc[i + n : stop]
            return all(t.is_punct or t.is_space or t.text in {"#", "*", "**"} for t in rest)
        step = openers.match_at(doc, i, stop)
        if not step:
            return False
        i += step
    return False


def _skip(doc: Doc, i: int, end: int, openers: PhraseSet) -> int:
    """Past leading spaces, bullets and sentence openers."""
    while i < end:
        if doc[i].is_space:
            i += 1
            continue
        n = openers.match_at(doc, i, end)
        if not n:
            break
        i += n
    return i


def header_anchors(
    doc: Doc,
    sent: Span,
    found: list[tuple[int, int]],
    headers: PhraseSet,
    openers: PhraseSet,
    imperatives: set[str],
    advice_words: set[str],
) -> list[tuple[int, int]]:
    """A list header said inside a sentence, right before the step it names: "... might need
    an analyst in the summer so next steps send him the dashboard link", "she said say hi to
    marcus so todo thank marcus for the intro". A spoken or unpunctuated recap runs the header
    into the sentence, where only a sentence's opening is looked at for one. The header must
    follow a break (punctuation or an opener: "so", "and", "ok") and be followed, past a colon
    or dash, by a verb in its base form; "the follow-up email" and "I need to do it" are no
    headers. Any to-do label with its colon counts as a header here (``todo_label``: "...
    and look at N4A. homework: rewrite my résumé ...", where the parser kept "N4A." and the
    label in one sentence), after a full stop, a semicolon or a line break only ("... Gary
    Kim. homework, get my application in ..."), since a label after a comma goes on what the
    sentence says ("Her advice, very practical: get ...").
    (start, verb) of each such step not already found."""
    out: list[tuple[int, int]] = []
    starts = {s for s, _ in found}
    k = sent.start + 1
    # word first: most words start no header, skipped on the strings, no Token (speed34)
    words, punct, raw = lowers(doc), puncts(doc), texts(doc)
    while k < sent.end:
        if words[k] not in headers.by_first:
            n = 0
            # after a sentence's end the parser missed, not after a comma ("Her advice,
            # very practical: get ..." is hers)
            if (raw[k - 1].endswith((".", ";", "!", "?")) or raw[k - 1].isspace()) and (
                ":" in words[k + 1 : k + 4] or "," in words[k + 1 : k + 2]
            ):
                n = todo_label(doc, k, sent.end, advice_words, imperatives)
            if not n:
                k += 1
                continue
        else:
            n = headers.match_at(doc, k, sent.end)
        brk = punct[k - 1] or raw[k - 1].endswith(".")
        if not n or not (brk or openers.match_at(doc, k - 1, k)):
            k += 1
            continue
        v = k + n
        while v < sent.end and doc[v].text in {":", "-", "—", ","}:
            v += 1
        if v < sent.end and v not in starts:
            tok = doc[v]
            if tok.text.isalpha() and (tok.lower_ in imperatives or tok.tag_ == "VB"):
                out.append((v, v))
        k = v
    return out
