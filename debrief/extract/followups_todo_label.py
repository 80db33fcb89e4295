"""A label the writer puts before their own to-dos, whatever word they choose for it.

Decides whether a short label ending in a colon ("Homework: ...", "HW: ...", "Errands: ...",
"My list: ...", a spoken "homework, look at ...") opens a list of the speaker's own steps.
The cue file's list headers ("Next steps:", "To do:", "Follow-ups:") are the labels most
writers use, but each writer has their own word (a coach's "homework", a nurse's "tasks for
me", an engineer's "AIs"), and a word list only ever holds the words already seen. What makes
any label introduce the speaker's to-dos is its shape and what follows it:

- one to three words, none a verb or a pronoun, closed by a colon (a comma only after a
  single noun, as a label said aloud: "homework, look at the CPRP exam");
- the next word a verb in its base form (an imperative: "HW: look at ...");
- the label names no part of the interview itself: a heading of
  ``pipelines/insight_headings.toml`` ("Advice:", "Skills:", "Path:", "Me:") or one of the
  cue file's advice words ("tips") names what the contact said, and its imperatives are the
  contact's advice ("Advice: do a customer success role first");
- nobody else owns it: "Her tips: ...", "his list: ..." are the contact's words, not the
  speaker's steps (a possessive other than "my").

A label alone on a typed line ("HW:" above bulleted lines) is read the same way by
``label_line``, for the section rules of ``followups_sections``. What each condition turned
away on the development authors is in (docs/extraction-history.md, "fu29: any label before
the speaker's own to-dos").
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.doc_arrays import lowers
from debrief.extract.insight_headings import heading_categories

#: what closes a label: a colon, or a comma said after one noun
_SEPS = frozenset({":", ","})
#: the most words a label has before its colon ("Homework for me:", "My to-do list:")
_MAX_WORDS = 3
#: an owner other than the speaker: the list is someone else's ("Her tips: ...")
_OTHERS = frozenset({"her", "his", "their", "its", "your", "our"})
#: the words of an obligation before a label's "do" ("Need to do:", "Gotta do:")
_OBLIGED = frozenset({"need", "needs", "have", "gotta", "got", "still", "must", "should"})
#: words dropped before the heading look-up ("My background:", "The path:")
_OWN = frozenset({"my", "the"})
#: tags that make a word no label: a verb, a modal, a pronoun, a wh-word
_NOT_LABEL = frozenset(
    {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "PRP", "WP", "WRB", "WDT", "CD", "IN"}
)


def todo_label(doc: Doc, i: int, end: int, advice_words: set[str], imperatives: set[str]) -> int:
    """Length of a to-do label opening at ``doc[i]`` (its words and the colon or comma), when
    an imperative follows it; 0 otherwise. Strings are read first, a tag only at a colon."""
    words = lowers(doc)
    # strings first (speed): the separator within three words, the label's words alphabetic
    # and none an interview heading or advice word, a word after the separator
    sep = next((k for k in range(i + 1, min(i + _MAX_WORDS + 1, end)) if words[k] in _SEPS), 0)
    if not sep or sep + 1 >= end or not _label_strings(words[i:sep], advice_words):
        return 0
    comma = words[sep] == ","
    if comma and sep != i + 1:
        return 0  # a comma closes a label only after one noun: "homework, look at ..."
    v = sep + 1
    while v < end and words[v] in {"-", "—", "just"}:
        v += 1
    if v >= end or not words[v].isalpha() or words[v] == "be":
        return 0
    if (comma and not _noun(doc, i)) or not (_label_tags(doc, i, sep) or _to_do(doc, i, sep)):
        return 0
    tag = doc[v].tag_
    if tag != "VB" and not (words[v] in imperatives and tag not in {"VBG", "VBZ"}):
        return 0  # the cue file's imperatives whatever the tag: "HW: set/VBN up job alerts"
    return sep + 1 - i


def label_line(doc: Doc, i: int, stop: int, advice_words: set[str]) -> bool:
    """Whether the words ``doc[i:stop]`` are a to-do label alone on its line ("HW:",
    "Homework:"): at most three label words and a colon, nothing after it."""
    k = i
    while k < stop and doc[k].is_alpha:
        k += 1
    if k == i or k - i > _MAX_WORDS or k >= stop or doc[k].text != ":":
        return False
    if any(not (t.is_punct or t.is_space) for t in doc[k + 1 : stop]):
        return False
    return _label_words(doc, i, k, advice_words)


def _noun(doc: Doc, i: int) -> bool:
    """A common noun, or a lower-case word the tagger took for a name ("Kim. homework/NNP,")."""
    tag = doc[i].tag_
    return tag in {"NN", "NNS"} or (tag == "NNP" and doc[i].text.islower())


def _label_strings(low: list[str], advice_words: set[str]) -> bool:
    """The label's words as strings: alphabetic, the first nobody else's ("Her tips: ..." is
    the contact's advice given as a list), no word an advice word or an insight heading
    ("Skills for TPM:", "Advice:"), and the whole no heading ("My background:")."""
    if not low or not all(w.isalpha() for w in low) or low[0] in _OTHERS:
        return False
    heads = heading_categories()
    if any(w in advice_words or w in heads for w in low):
        return False
    if low[0] in _OWN:
        low = low[1:]
    return bool(low) and " ".join(low) not in heads


def _label_tags(doc: Doc, i: int, sep: int) -> bool:
    """The label's words by their tags: ending on a noun of two letters or more ("Homework",
    "HW", "Errands"; not "Her advice, very practical:", not a STAR note's "A:"), no verb,
    pronoun or number, nor a preposition first."""
    label = doc[i:sep]
    if label[0].tag_ in _NOT_LABEL or any(t.tag_ in _NOT_LABEL - {"IN"} for t in label[1:]):
        return False
    return label[-1].tag_.startswith("NN") and len(label[-1].text) >= 2


def _to_do(doc: Doc, i: int, sep: int) -> bool:
    """A label that says "do" with no object before its colon: "Must do:", "Need to do:",
    "Gotta do:", "Still to do:". The verb announces the things to do, so its modal or its "to"
    makes it no less a label (the tag rule turns every verb away, and "Must do: call her
    back ...; read ..." lost its entries, fu35). Only with a colon, the words before "do" a
    modal, "to" or an obligation word, so a clause ("I do:") is none."""
    low = lowers(doc)
    if low[sep] != ":" or low[sep - 1] != "do" or sep - 1 == i:
        return False
    return all(t.tag_ in {"MD", "TO"} or t.lower_ in _OBLIGED for t in doc[i : sep - 1])


def _label_words(doc: Doc, i: int, sep: int, advice_words: set[str]) -> bool:
    """A label's words, by their strings and their tags."""
    return _label_strings(lowers(doc)[i:sep], advice_words) and _label_tags(doc, i, sep)


def one_noun_label(doc: Doc, i: int, advice_words: set[str]) -> bool:
    """Whether ``doc[i]`` alone is a to-do label by its string and tags, as after a comma: a
    common noun (or a lower-case word the tagger took for a name), no heading nor advice word
    (``followups_heard_label``'s label heard at a clause's end)."""
    return _noun(doc, i) and _label_words(doc, i, i + 1, advice_words)
