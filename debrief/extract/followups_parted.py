"""Where a second step opens after "and", for debrief_followups_v1 (fu36).

:class:`~debrief.extract.followups_split.ItemSplits` parts "X and Y" when Y opens on a verb's
base form. Two openings hid that verb, so two to-dos stayed one item although the labels
keep them apart (docs/extraction-history.md, "fu36: two to-dos joined by"):

- an adverb between "and" and the verb ("download it by Sunday, and actually build one
  dashboard"): the cue file's ``[splits] adverbs``, skipped only when a base verb follows
  (a spoken correction, "by Friday, actually Monday", has none);
- a verb written with a prefix and a hyphen, which the tokenizer cuts in three ("and re-read
  the posting": "re", "-", "read").

And a short step after a bare "and" carries on the step before it unless it names someone
(``ItemSplits._follow_on``); in a lower-case recap a name has no capital, so a word that is
no English word there is read as one (:func:`lower_name`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from debrief.extract.casing import names_lower
from debrief.extract.followup_cues import followup_cues
from debrief.extract.lexicon import non_name_words
from debrief.names_spelling import non_name_word

_CUES = followup_cues()["splits"]
#: adverbs that may stand between "and" and the second step's verb
_ADVERBS = frozenset(_CUES["adverbs"])
#: prefixes a hyphenated verb is cut from ("re-read", "re-apply")
_PREFIXES = frozenset(_CUES["verb_prefixes"])


def second_verb(doc: Doc, j: int, end: int, base_verb: Callable[[Token], bool]) -> int:
    """Where the second step opens at ``doc[j]`` (just after "and" and the skipped words):
    past an adverb when a base verb follows it ("and actually build"), else ``j``."""
    if j + 1 < end and doc[j].lower_ in _ADVERBS and opens_on_verb(doc, j + 1, end, base_verb):
        return j + 1
    return j


def opens_on_verb(doc: Doc, j: int, end: int, base_verb: Callable[[Token], bool]) -> bool:
    """Whether ``doc[j]`` opens a step on a verb's base form, a hyphenated "re-read" too."""
    if base_verb(doc[j]):
        return True
    return (
        j + 2 < end
        and doc[j].lower_ in _PREFIXES
        and doc[j + 1].text == "-"
        and doc[j + 1].whitespace_ == ""
        and doc[j].whitespace_ == ""
        and base_verb(doc[j + 2])
    )


def lower_name(doc: Doc, tok: Token) -> bool:
    """In a recap whose capitals do not mark names (:func:`names_lower`), a lower-case word no
    English word is a name: "and message priya on linkedin" names someone, so the short step
    after "and" is an item of its own, as "and message Priya" is (fu36)."""
    return (
        tok.is_alpha
        and tok.is_lower
        and len(tok) > 2
        and names_lower(doc)
        and not non_name_word(tok.lower_, non_name_words())
    )
