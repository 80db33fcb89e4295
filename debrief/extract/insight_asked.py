"""Typed question-and-answer notes: "Q: What do you like? A: Coaching managers."

Reads the sentences of a recap whose lines open "Q:" and the "A:" that answers them (on the
same line or the next). Such a note is the writer's heading in the form of a question: the
question names the answer's category ("Frustrations?", "What do you like least?",
``pipelines/insight_questions.toml``) and is itself no insight. Read as prose, the question
was filed as an insight of its own ("Q: What is hard?" as a dislike, "Q: Day to day?" as a
typical day), glued to its answer by the same-category join ("Q: What does a normal week look
like? A: Mostly vendor invoices, ..."), and an answer whose words did not say the topic was
filed elsewhere ("A: Partners who say yes in the meeting and then ignore ..." as a typical
day). On author bj, 9 questions were extra insights in 7 recaps (insights41, stop 42).

Here the question becomes a span filed as nothing, the answer's marker "A:" is left out of
its first sentence, and each sentence of the answer's line is named the question's category,
as a heading said aloud names the words after it (:mod:`insight_heard`).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from debrief.extract.doc_arrays import before_on_line, lowers
from debrief.extract.lexicon import load_toml

Span = tuple[int, int]

#: the markers, a letter then a colon: "Q:", "A:" ("Q1:" and "A1:" too)
_QUESTION = re.compile(r"q\d*")
_ANSWER = re.compile(r"a\d*")


@functools.cache
def _question_table() -> list[tuple[str, re.Pattern[str]]]:
    """(category, its phrases as one whole-word pattern), in the file's order of precedence."""
    data = load_toml("insight_questions.toml")
    out = []
    for category, phrases in data.items():
        alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        out.append((category, re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])")))
    return out


def question_category(question: str) -> str | None:
    """The category a typed question names ("What do you like least?" -> dislikes), or None."""
    text = question.lower().replace("\u2019", "'")
    return next((cat for cat, pattern in _question_table() if pattern.search(text)), None)


def _marker(doc: Doc, k: int, e: int, pattern: re.Pattern[str]) -> bool:
    """Do tokens ``k`` and ``k + 1`` (before ``e``) make a marker "Q:" / "A:"?"""
    return (
        k + 1 < e
        and pattern.fullmatch(doc[k].lower_) is not None
        and doc[k + 1].text == ":"
        and _line_start(doc, k)
    )


def _asks(doc: Doc, k: int, line_end: int) -> bool:
    """Is there a question mark on the line of the marker ``k``? "Q3: we beat plan" is a
    quarter, no question."""
    return any(t.text.endswith("?") for t in doc[k + 2 : line_end])


def _line_start(doc: Doc, k: int) -> bool:
    """Does token ``k`` open a line, or follow a question's "?" on it ("... like? A: ...")?"""
    j = before_on_line(doc, k)
    return j < 0 or "\n" in doc[j].text or doc[j].text == "?"


def _line_end(doc: Doc, k: int) -> int:
    """The index of the first token at or after ``k`` that holds a line break (or len)."""
    while k < len(doc) and "\n" not in doc[k].text:
        k += 1
    return k


def asked_answers(
    doc: Doc, sentences: list[Span], named: dict[Span, str]
) -> tuple[list[Span], dict[Span, str]]:
    """The sentences with each typed question cut off its answer and filed as nothing
    (``"none"``), the answer's "A:" left out, and every sentence of the answer's line named
    the category the question asks about (``named``, as :func:`insight_heard.heard_headings`
    gives it: span -> category)."""
    # the words read once per doc (doc_arrays.lowers), no Token built per word of every recap
    if not any(_QUESTION.fullmatch(w) for w in lowers(doc)):
        return sentences, named
    named = dict(named)
    out: list[Span] = []
    category: str | None = None  # the open question's category
    answer_end = -1  # the answer's line ends here (a token index)
    awaiting = False  # a question was asked; its "A:" may open the next line
    for s, e in sentences:
        k = s
        while k < e and doc[k].is_space:
            k += 1
        was = named.get((s, e))  # a heading read before already named it (insight_inline)
        if _marker(doc, k, e, _QUESTION) and _asks(doc, k, _line_end(doc, k)):
            # the question runs to its answer's "A:" on the line (or to the line's end), in
            # this sentence or past it ("Q:" then "Likes?" cut off it as a heading)
            line_end = _line_end(doc, k)
            a = next(
                (j for j in range(k + 2, line_end) if _marker(doc, j, line_end, _ANSWER)), None
            )
            category = question_category(doc[k + 2 : a if a is not None else line_end].text)
            q_end = a if a is not None and a < e else e
            out.append((s, q_end))
            named[(s, q_end)] = "none"
            awaiting = q_end == e
            if awaiting:
                continue
            s, answer_end = q_end + 2, line_end
        elif awaiting and _marker(doc, k, e, _ANSWER):
            s, answer_end = k + 2, _line_end(doc, k)
            awaiting = False
        elif s >= answer_end:
            category, awaiting = None, False
        if s >= e:
            continue
        out.append((s, e))
        label = category or was
        if s < answer_end and (s, e) not in named and label is not None:
            named[(s, e)] = label
    return out, named
