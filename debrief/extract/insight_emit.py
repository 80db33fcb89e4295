"""Turning classified candidates into :class:`~debrief.models.Insight` records.

The classifier (:mod:`insights`) decides a category per sentence or clause; this module makes
the records: the character span of a token range, and the join of a sentence that only
continues the insight before it. Transcripts end a sentence where a typist writes a comma
("The hard part is hardware. It breaks in the field constantly."), so one insight arrives as
two sentences; which sentences continue the one before is data
(``pipelines/insights/joins.toml``).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc

from debrief.config import data_file
from debrief.extract.doc_arrays import before_on_line, doc_text
from debrief.extract.insight_headed import entry_words, opens_heading
from debrief.extract.insight_model import LABELS, NONE
from debrief.models import Insight

JOINS = "pipelines/insights/joins.toml"
_WORD = re.compile(r"[\w'’-]+")
#: a typed list's number or letter and its mark: "2.", "3)", "b)"
_ITEM = re.compile(r"(?:\d{1,2}|[a-hA-H])[.)]")


@dataclass(frozen=True)
class Continuation:
    """What makes a sentence the continuation of the insight before it."""

    openers: frozenset[str]
    fillers: frozenset[str]
    max_tokens: int
    #: a word soon after the opener that starts a new point ("They also reimburse tuition")
    new_point: frozenset[str] = frozenset()
    #: a sentence filed as nothing continues only when the model's "none" is below this
    max_none: float = 1.0
    min_words: int = 3
    #: a sentence filed under another category continues when the previous insight's
    #: category has at least this probability in it
    min_same: float = 1.0
    #: a sentence filed under the insight's own category continues it whatever its first
    #: word, unless both have more than this many words (two full statements); 0: never
    same_max_words: int = 0
    #: who opens a newly reported statement ("She said ...", "I told him ...") ...
    reporters: frozenset[str] = frozenset()
    #: ... with one of these verbs, or the verb alone ("Said the hard part is ..."): a new
    #: statement, never the continuation of the insight before it
    reporting_verbs: frozenset[str] = frozenset()
    #: a list's next item opening the sentence ("Two, get the PMP."), its mark right after
    enumerators: frozenset[str] = frozenset()
    item_marks: frozenset[str] = frozenset()
    #: the words of a typed heading at most ("What he does:", before a colon at the line's
    #: start); 0: no heading is read
    headed_max_words: int = 0
    #: a heading's entry of at most this many words ("Likes: the speed.") goes on into the
    #: next sentence on its line, whatever that sentence was filed as; 0: off
    short_entry_words: int = 0

    @classmethod
    def from_data(cls, data: dict) -> Continuation:
        c = data["continuation"]
        return cls(
            openers=frozenset(w.lower() for w in c["openers"]),
            fillers=frozenset(w.lower() for w in c.get("fillers", [])),
            max_tokens=int(c["max_tokens"]),
            new_point=frozenset(w.lower() for w in c.get("new_point", [])),
            max_none=float(c.get("max_none", 1.0)),
            min_words=int(c.get("min_words", 3)),
            min_same=float(c.get("min_same", 1.0)),
            same_max_words=int(c.get("same_max_words", 0)),
            reporters=frozenset(w.lower() for w in c.get("reporters", [])),
            reporting_verbs=frozenset(w.lower() for w in c.get("reporting_verbs", [])),
            enumerators=frozenset(w.lower() for w in c.get("enumerators", [])),
            item_marks=frozenset(c.get("item_marks", [])),
            headed_max_words=int(c.get("headed_max_words", 0)),
            short_entry_words=int(c.get("short_entry_words", 0)),
        )

    def _opening(self, doc: Doc, s: int, e: int) -> int:
        """The first token of ``s:e`` that is not a filler nor a space."""
        k = s
        while k < e and (doc[k].lower_ in self.fillers or doc[k].is_space):
            k += 1
        return k

    def reports_anew(self, doc: Doc, s: int, e: int) -> bool:
        """Does the sentence ``s:e`` open a newly reported statement ("She said ...", "And he
        told me ...", "I said ...", "Said ...")? In the typed recaps of n..s, v, w, y and z such
        a sentence went on with the gold insight before it 5 times in 1,239 (insights16): a
        second sentence of the same category is then a second insight ("Skills: writing,
        being organised. She said NCOs are often great at proposal coordination ...")."""
        k = self._opening(doc, s, e)
        if k >= e or not _after_stop(doc, s):
            return False
        if doc[k].lower_ in self.reporting_verbs:
            return True
        return (
            doc[k].lower_ in self.reporters
            and k + 1 < e
            and doc[k + 1].lower_ in self.reporting_verbs
        )

    def next_item(self, doc: Doc, s: int, e: int) -> bool:
        """Does the sentence ``s:e`` open as the next item of a list said in sentences ("Two,
        get the PMP.", "Second: ...")? The enumerator needs its mark after it (a comma, a
        colon, a bracket, a dash): "Two years later she ..." goes on with a career told."""
        k = self._opening(doc, s, e)
        if k < e and self._marked_line(doc, k):
            return True
        return (
            k + 1 < e
            and doc[k].lower_ in self.enumerators
            and doc[k + 1].text in {",", ":", ")", "-", "–", "—"}
        )

    def _marked_line(self, doc: Doc, k: int) -> bool:
        """Does token ``k`` open its line with a typed list's mark ("- ", "* ", "2.", "b)")?
        A typed bullet is the writer's next item: the same-category join glued bullets of
        one topic together ("~60% travel ...\n- rest: internal training, ...") where the
        authors file one insight a bullet (insights41)."""
        j = before_on_line(doc, k)
        if j >= 0 and "\n" not in doc[j].text and "\n" not in doc[j].whitespace_:
            return False
        mark = doc[k].text
        if mark in self.item_marks or _ITEM.fullmatch(mark):
            return True
        return (
            k + 1 < len(doc)
            and _ITEM.fullmatch(mark + doc[k + 1].text) is not None
            and not doc[k].whitespace_
        )

    def continues(self, doc: Doc, s: int, e: int) -> bool:
        """Does the sentence ``s:e`` open like a continuation ("It breaks ...", "They ...")?"""
        if e - s > self.max_tokens:
            return False
        k = self._opening(doc, s, e)
        if (
            k >= e - 1
            or self.reports_anew(doc, s, e)
            or self.next_item(doc, s, e)
            or sum(1 for t in doc[k:e] if t.is_alpha) < self.min_words
        ):
            return False
        if any(t.lower_ in self.new_point for t in doc[k + 1 : min(k + 4, e)]):
            return False
        word = doc[k].lower_
        # "it's" is one token in a few tokenizations, two ("it", "'s") in spaCy's
        return word in self.openers or word + doc[k + 1].lower_ in self.openers

    def same_point(self, doc: Doc, s: int, e: int, last: Insight, ins: list[Insight]) -> bool:
        """Does the sentence ``s:e``, filed as ``ins``, go on with ``last`` in the same
        category? Whisper ends a sentence where the typist wrote a comma ("What she hates is
        the funding uncertainty. Federal grants are always in question."), whatever word comes
        next; a new point says so ("She also said ...") or is a full statement after one."""
        if not self.same_max_words or not ins or ins[0].category != last.category:
            return False
        if (
            ins[0].start > doc[s].idx
            or any(t.lower_ in self.new_point for t in doc[s : min(s + 4, e)])
            or self.reports_anew(doc, s, e)
            or self.next_item(doc, s, e)
        ):
            return False
        return min(_words(ins[0].text), _words(last.text)) <= self.same_max_words

    def short_entry_goes_on(self, doc: Doc, s: int, e: int, last: Insight) -> bool:
        """Does sentence ``s:e`` say what a heading's short entry ``last`` names ("Likes:
        the speed. An idea on Monday can be live by Wednesday.")? It must be typed on the
        entry's line after a stop, open no heading, report, list item or new point."""
        # the doc's text joined once (doc.text joins every token again: asked for each
        # sentence after an insight, it was a tenth of the benchmark recap's rule time)
        text = doc_text(doc)
        n = entry_words(text, last.start, last.end, self.headed_max_words)
        return (
            0 < n <= self.short_entry_words
            and _after_stop(doc, s)
            and doc[s].text[0].isalnum()
            and "\n" not in text[last.start : doc[s].idx]
            and not opens_heading(text, doc[s].idx, self.headed_max_words)
            and not self.reports_anew(doc, s, e)
            and not self.next_item(doc, s, e)
            and not any(t.lower_ in self.new_point for t in doc[s : min(s + 4, e)])
        )


@functools.cache
def continuation() -> Continuation:
    """The shipped continuation rules (read once per process)."""
    path = data_file(*JOINS.split("/"))
    return Continuation.from_data(tomllib.loads(path.read_text(encoding="utf-8")))


def emit(text: str, doc: Doc, s: int, e: int, label: int) -> Insight:
    """An Insight for tokens ``s:e``, its character span trimmed of spaces and control chars."""
    start = doc[s].idx
    last = doc[e - 1]
    end = last.idx + len(last.text)
    while start < end and (text[start].isspace() or not text[start].isprintable()):
        start += 1
    while end > start and (text[end - 1].isspace() or not text[end - 1].isprintable()):
        end -= 1
    return Insight(LABELS[label], text[start:end], start, end)


def none_clause_is_meta(labels: list[int], probs: list[np.ndarray]) -> bool:
    """A clause that is confidently about nothing (the call, a reaction) is left out."""
    return any(lab == NONE and p[NONE] > 0.8 for lab, p in zip(labels, probs, strict=False))


def join_continuations(
    text: str,
    doc: Doc,
    sentences: Sequence[tuple[int, int]],
    found: Sequence[list[Insight]],
    excluded: Callable[[int, int], bool],
    proba: Mapping[tuple[int, int], np.ndarray],
    rules: Continuation | None = None,
) -> list[Insight]:
    """The insights of every sentence in order, a continuing sentence joined to the insight
    that ends the sentence before it.

    ``found[k]`` are sentence ``k``'s insights. Sentence ``k`` continues when it opens as
    :meth:`Continuation.continues` says, the sentence before it ended with an insight, and
    sentence ``k`` itself was filed as nothing or as that insight's category alone (a sentence
    the model puts elsewhere is a new statement); ``excluded(s, e)`` (the call itself,
    logistics, the speaker's own plans) never continues anything, nor a sentence filed as
    nothing whose "none" probability (``proba[(s, e)]``) reaches ``max_none`` (a reaction to the
    call: "It was honestly kind of a heavy conversation.")."""
    rules = rules or continuation()
    out: list[Insight] = []
    ended = False  # the sentence before ended with an insight: out[-1]
    for (s, e), ins in zip(sentences, found, strict=True):
        sent_end = _trimmed_end(text, doc[e - 1].idx + len(doc[e - 1].text))
        if (
            ended
            and len(ins) <= 1
            and not excluded(s, e)
            and rules.short_entry_goes_on(doc, s, e, out[-1])
        ):
            last = out[-1]  # the entry's insight, its category, runs to this sentence's end
            out[-1] = Insight(last.category, text[last.start : sent_end], last.start, sent_end)
            continue
        if ended and not excluded(s, e) and rules.same_point(doc, s, e, out[-1], ins):
            last, first = out[-1], ins[0]  # the first insight of this sentence goes on with it
            out[-1] = Insight(last.category, text[last.start : first.end], last.start, first.end)
            out.extend(ins[1:])
            ended = out[-1].end >= sent_end
            continue
        if (
            ended
            and len(ins) <= 1
            and rules.continues(doc, s, e)
            and _agrees(ins, out[-1], proba[(s, e)], rules)
            and not excluded(s, e)
        ):
            last = out[-1]  # the joined insight ends where this sentence does
            out[-1] = Insight(last.category, text[last.start : sent_end], last.start, sent_end)
            continue
        out.extend(ins)
        ended = bool(ins) and ins[-1].end >= sent_end
    return out


def _agrees(ins: list[Insight], last: Insight, p: np.ndarray, rules: Continuation) -> bool:
    """May a sentence filed as ``ins`` (its probabilities ``p``) continue ``last``?"""
    if not ins:
        return bool(p[NONE] < rules.max_none)
    if ins[0].category == last.category:
        return True
    # filed elsewhere, but the previous insight's category nearly as likely
    return bool(p[LABELS.index(last.category)] >= rules.min_same)


def _after_stop(doc: Doc, s: int) -> bool:
    """Does token ``s`` open a sentence its writer ended the one before with a full stop (or
    a line)? A run-on cut at ", she said ..." is one sentence of the writer's: its halves
    were read together as ever ("Her day depends on the calendar, she said on an event
    day ...")."""
    k = s - 1
    while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
        k -= 1
    return k < 0 or "\n" in doc[k].text or doc[k].text[-1] in ".!?"


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _trimmed_end(text: str, end: int) -> int:
    while end > 0 and (text[end - 1].isspace() or not text[end - 1].isprintable()):
        end -= 1
    return end
