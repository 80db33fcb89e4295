"""The contact's company on a transcript, cut before a part of the organisation run onto it.

A speaker names the organisation and then the part of it the contact sits in: a typed recap
writes the part in lower case or apart ("the CCO at Ohio State athletics", "TD Bank (digital
accessibility team)", "Ontario Ministry of Finance (tax side)", "Pacifica Pharmacy corporate,
the big chain"), and the rules stop at the organisation. Whisper capitalises the part and drops
the stop ("Ohio State Athletics", "TD Bank Digital Accessibility Team.", "Ontario Ministry of
Finance Tax Side."), so the capitalised run the rules take holds it. Reads only a transcript
(``doc._.spoken``): where the company ends on a word of ``spoken_unit_tails``
(``pipelines/word_lists.toml``) or the recap says one right after it, the company is its words
up to the first organisation head (``[orgs] heads`` of ``contact_patterns.toml``; with an
"of" name after the head kept: "Ministry of Finance"), or, where no head is said, its words
without the part's word. A one-word company, or one said nowhere in the recap as a run, is left.
Measured in docs/extraction-history.md, "spoken44".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import org_name_heads, word_list


def _low(word: str) -> str:
    return word.lower().strip(".,;:")


def _word_after(text: str, company: str) -> str:
    """The word the recap says right after its first saying of ``company`` ("" if none, or
    where a stop or a comma ends the name)."""
    m = re.search(r"(?<![\w&-])" + re.escape(company) + r" ([\w-]+)", text)
    return _low(m.group(1)) if m else ""


def _to_head(words: list[str]) -> list[str]:
    """``words`` up to the first organisation head (an "of" name after it kept: "Bank of
    America", "Ministry of Finance"); all of them where none is a head, or the head is the
    first word with nothing of it after."""
    heads = org_name_heads()
    lows = [_low(w) for w in words]
    for i, low in enumerate(lows):
        if low not in heads:
            continue
        end = i + 1
        if end + 1 < len(words) and lows[end] == "of" and words[end + 1][:1].isupper():
            end += 2
        elif i == 0:
            continue
        return words[:end]
    return words


def unit_dropped(doc: Doc, company: str | None) -> str | None:
    """``company`` cut before the part of the organisation a transcript ran onto it (see the
    module); unchanged on typed text."""
    if not doc._.spoken or not company or " " not in company:
        return company
    units = word_list("spoken_unit_tails")
    words = company.split()
    text = doc_text(doc)
    if company not in text:
        return company
    if _low(words[-1]) in units:
        while words and _low(words[-1]) in units:
            words.pop()
    elif _word_after(text, company) not in units:
        return company
    kept = _to_head(words)
    if not kept or not kept[0][:1].isupper():
        return company
    return " ".join(kept)
