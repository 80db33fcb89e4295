"""The speaker's aside after a point: a closing ", which ..." that comments, cut off the insight.

Reads the emitted insights and the parsed recap. "... and they'll relocate you, which I don't
want", "... a lot of dashboards, which, honestly, sounds kind of fun", "... the hiring takes
six months, which I should plan around", "... told me to stop saying perp, which, fair.": the
point ends before "which"; what follows is the speaker's own reaction, and the authors end the
insight there. On the development authors' predictions of 2cc4513 (insights46, stop 44), a
predicted insight ran past its gold insight into a "which" clause 77 times on 21 authors; the
gold insights that go on past a ", which I ..." or ", which, honestly, ..." are mostly a point of
the contact's with more after it ("the skill is triage judgment, which I have, and comfort with
procedures"), so the aside is cut only where it closes the insight.

The clause is cut when:

* a mark stands before "which" (a comma, a dash, a full stop: "... the DOE thing. Which, yeah,
  ..."), or, with no mark (a dictated run-on), the clause opens with an interjection or an
  evaluation, never with "I" ("the course which I took" is a relative clause);
* after "which" and any commas or fillers comes the speaker ("I"), an interjection ("honestly",
  "yeah", "fair", "okay", ...) or an evaluation ("sounds", "made me", "makes sense"):
  ``aside_openers`` in ``pipelines/word_lists.toml``. "which she says is nuts", "which he
  loves" are the contact's and as often filed (likes, dislikes) as left: not cut;
* the clause runs to the insight's end: no joining word before a new subject or after a comma
  in it ("which, yeah, and then they do webinars ...", "which I have, and comfort with ..."),
  no sentence after it, and no reported point ("which I didn't know he said ...");
* at least four words of the point stand before it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from debrief.extract.lexicon import word_list
from debrief.models import Insight

#: the marks that close the point before the aside
_MARKS = frozenset({",", "—", "–", "-", ".", ";", "(", "..."})
#: words skipped between "which" and its opener ("which, um, honestly ...")
_SKIP = frozenset({",", "um", "uh", "-", "—", "–"})
#: a joining word that, before a subject, starts a new point inside the tail
_JOINS = frozenset({"and", "but", "so", "because", "then", "plus"})
_SUBJECTS = frozenset({"i", "she", "he", "they", "we", "you", "it", "there"})
_REPORTS = frozenset({"said", "says", "told", "tells", "mentioned"})
#: the fewest words of the point before the aside
_MIN_POINT = 4


def _openers() -> frozenset[str]:
    return word_list("aside_openers")


def _aside_start(doc: Doc, s: int, e: int) -> int | None:
    """The token where a closing speaker's aside begins in ``s:e`` (its mark, or "which"), or
    None."""
    for k in range(s + _MIN_POINT, e):
        if doc[k].lower_ != "which":
            continue
        marked = doc[k - 1].text in _MARKS
        j = k + 1
        while j < e and (doc[j].lower_ in _SKIP or doc[j].is_space):
            j += 1
        if j >= e:
            continue
        opener = doc[j].lower_
        pair = f"{opener} {doc[j + 1].lower_}" if j + 1 < e else opener
        if opener == "i":
            if not marked:
                continue
        elif opener not in _openers() and pair not in _openers():
            continue
        if _goes_on(doc, j, e):
            continue
        cut = k - 1 if marked else k
        if sum(1 for t in doc[s:cut] if t.is_alpha) < _MIN_POINT:
            continue
        return cut
    return None


def _goes_on(doc: Doc, j: int, e: int) -> bool:
    """Does the tail from ``j`` hold a new point: a joining word before a subject, or the
    contact's report ("he said")?"""
    for m in range(j, e - 1):
        low, nxt = doc[m].lower_, doc[m + 1].lower_
        if low in _JOINS and (nxt in _SUBJECTS | {"then", "now"} or doc[m - 1].text == ","):
            return True  # "which, yeah, and then they ...", "which I have, and comfort ..."
        if low in {".", "!", "?", ";"} and any(t.is_alpha for t in doc[m + 1 : e]):
            return True  # another sentence joined after it
        if low in {"he", "she", "they"} and nxt in _REPORTS:
            return True
    return False


def cut_asides(doc: Doc, insights: list[Insight]) -> list[Insight]:
    """``insights`` with a closing speaker's aside cut off the end of each."""
    if not any("which" in i.text.lower() for i in insights):
        return insights
    return cut_tails(doc, insights, _aside_start)


def cut_tails(
    doc: Doc,
    insights: list[Insight],
    tail_start: Callable[[Doc, int, int], int | None],
    category: str | None = None,
) -> list[Insight]:
    """``insights`` (those of ``category`` alone, when given) each ended before the token
    ``tail_start(doc, start, end)`` finds in its tokens, if it finds one: the one way a tail
    is cut off an insight (this module's aside, insight_pitched_back's reply to a pitch)."""
    out: list[Insight] = []
    for ins in insights:
        span = (
            doc.char_span(ins.start, ins.end, alignment_mode="expand")
            if category is None or ins.category == category
            else None
        )
        cut = tail_start(doc, span.start, span.end) if span is not None else None
        out.append(ins if cut is None else _cut_at(doc, ins, cut))
    return out


def _cut_at(doc: Doc, ins: Insight, cut: int) -> Insight:
    """``ins`` ended before token ``cut``, without the comma, dash or space left before it."""
    text = doc.text
    end = doc[cut].idx
    while end > ins.start and (text[end - 1].isspace() or text[end - 1] in ",;—–-"):
        end -= 1
    return Insight(ins.category, text[ins.start : end], ins.start, end)
