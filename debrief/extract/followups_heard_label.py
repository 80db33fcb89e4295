"""A to-do label heard at the end of the clause before it, where Whisper puts it.

Decides whether the speaker's to-dos open after a label that a transcript ran onto the words
before it. Said aloud, a label is followed by a pause ("... the state exam. Next steps: file
the form ..."), and Whisper writes that pause as the break, after the label, while the break
the speaker made before it is often lost:

    ... it gets you past the screening and the state exam next steps. Apply to the posting ...
    ... go to the conferences, chores, research the programs and send Ana a card.
    ... I could do it in my sleep todo. Look up the survey course ...

The label then closes a clause instead of opening one, and the list rules, which look for a
label at a sentence's opening or after a full stop (``followups_todo_label``,
``followups_sections.header_anchors``), never see it: the steps are lost or merged into the
contact's advice before them. A label is read here by where it stands and what follows it:

- a list header of the cue file ("next steps", "todo", "note to self"; words most authors use)
  right before a comma or a full stop, whatever comes before it but a determiner, possessive
  or preposition ("the next steps." is the sentence's own noun);
- one noun of the writer's own by ``followups_todo_label``'s label tests (no interview heading
  nor advice word, nobody else's) only between two heard breaks (", chores, ask ..."), after a
  stretch holding an imperative (her advice, then the speaker's steps; in a list of nouns,
  "slotting, pick accuracy, ...", it is one more noun): run onto a clause, any noun would do
  ("the war room. Let's ...", "an admin track, get ...");
- the next word, past the comma or opening the next sentence, a verb in its base form.

What each condition turned away on the spoken development sets is in
docs/extraction-history.md, "spoken37: a to-do label heard at the end of the clause before it".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from debrief.extract.doc_arrays import lowers
from debrief.extract.followups_todo_label import one_noun_label

if TYPE_CHECKING:
    from debrief.extract.lexicon import PhraseSet

#: tags of a word before the label that makes the label a noun the sentence goes on with
_BOUND = frozenset({"DT", "PRP$", "IN", "POS", "TO", "PDT", "WP$"})
#: the break heard before a noun label (", chores, ask ...")
_COMMAS = frozenset({",", ";"})
#: where the label's clause ends, as Whisper writes the pause after a label
_BREAKS = frozenset({",", "."})


def heard_label_inside(
    doc: Doc, sent: Span, headers: PhraseSet, advice_words: set[str], imperatives: set[str]
) -> tuple[int, int] | None:
    """(start, length) of a to-do label closed by a comma inside ``sent`` and followed by an
    imperative ("... in two minutes, next steps, record ..."), the label's own words only;
    None when there is none. Strings first: most commas are followed by no base-form verb."""
    words = lowers(doc)
    for c in range(sent.start + 2, sent.end - 1):
        if words[c] != "," or not words[c + 1].isalpha():
            continue
        if not _candidate(words, c, sent.start, headers) or not _imperative(
            doc, c + 1, imperatives
        ):
            continue
        start = _label_before(doc, c, sent.start, headers, advice_words)
        if start is not None:
            return start, c - start
    return None


def heard_label_before(
    doc: Doc, sent: Span, headers: PhraseSet, advice_words: set[str], imperatives: set[str]
) -> bool:
    """Whether the sentence before ``sent`` ends on a to-do label run onto its words ("...
    and the state exam next steps.") and ``sent`` opens on an imperative: ``sent`` then opens
    the speaker's steps, as after "Next steps:"."""
    s = sent.start
    words = lowers(doc)
    if s < 3 or words[s - 1] != "." or not _candidate(words, s - 1, 0, headers):
        return False
    if not _imperative(doc, s, imperatives):
        return False
    return _label_before(doc, s - 1, 0, headers, advice_words) is not None


def _candidate(words: list[str], brk: int, floor: int, headers: PhraseSet) -> bool:
    """The strings before the break ``words[brk]`` could end a label: a list header's first
    word within three words of it, or one word after a comma (speed: no Token is built for
    most breaks)."""
    first = headers.by_first
    if brk - 2 >= floor and (words[brk - 2] in _COMMAS or words[brk - 2] in first):
        return True
    return words[brk - 1] in first or (brk - 3 >= floor and words[brk - 3] in first)


def _imperative(doc: Doc, k: int, imperatives: set[str]) -> bool:
    """A verb in its base form (the cue file's imperatives whatever their tag, but never an
    "-ing" or third-person form)."""
    tok = doc[k]
    if not tok.text.isalpha() or tok.lower_ == "be":
        return False
    tag = tok.tag_
    return tag == "VB" or (tok.lower_ in imperatives and tag not in {"VBG", "VBZ", "VBD"})


def _label_before(
    doc: Doc, brk: int, floor: int, headers: PhraseSet, advice_words: set[str]
) -> int | None:
    """Where a label ending right before ``doc[brk]`` (its comma or full stop) starts: a list
    header of the cue file ("next steps"), the word before it no determiner, possessive or
    preposition; or one noun with a to-do label's shape right after a comma. None otherwise."""
    if doc[brk].text not in _BREAKS:
        return None
    for n in (3, 2, 1):  # "note to self", "next steps", "todo"
        i = brk - n
        if i < floor:
            continue
        if headers.match_at(doc, i, brk) == n:
            return i if _free(doc, i) else None
    # a noun of the writer's own ("chores") only where the break before it was heard too:
    # ", chores, ask ..."; run onto a clause, a noun is any noun ("the war room. Let's ...")
    i = brk - 1
    if i <= floor or doc[i - 1].text not in {",", ";"}:
        return None
    if not one_noun_label(doc, i, advice_words) or not _after_a_step(doc, i - 1, floor):
        return None
    return i


def _after_a_step(doc: Doc, comma: int, floor: int) -> bool:
    """Whether the stretch before the label's first comma, back to the comma or sentence
    opening before it, holds a verb in its base form: the label stands between two runs of
    imperatives (her advice, then the speaker's steps: "go to the conferences, homework,
    research ..."); in a list of nouns it is one more noun ("Day: night shift, slotting, pick
    accuracy, ...")."""
    k = comma - 1
    while k >= floor and doc[k].text not in {",", ";", ":", ".", "!", "?"}:
        if doc[k].tag_ == "VB":
            return True
        k -= 1
    return False


def _free(doc: Doc, i: int) -> bool:
    """The word before the label leaves it free: no determiner, possessive or preposition
    that would make the label a noun of the clause before."""
    return doc[i - 1].tag_ not in _BOUND
