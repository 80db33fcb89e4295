"""A lower-case honorific typed with its full stop ("ask mrs. okafor", "dr. tso said") is an
honorific all the same (people47).

spaCy's tokenizer keeps "Mrs." and "Dr." whole but splits their lower-case forms into the
word and a full stop ("mrs", "."), so the token before the surname is the stop, and the
people stage neither reads the name as titled nor files the honorific with it: a lower-case
note's "mrs. whitfield" came out "whitfield", where a cased one's "Mrs. Whitfield" keeps its
honorific (who "Whitfield" is, the honorific tells). Read here: the word before such a stop,
glued to it, in ``honorifics`` of ``pipelines/people_cues.toml`` once its stop is put back.
Measured in docs/extraction-history.md, "people47".

Decided here: where a name's split honorific starts, if it has one (:func:`split_honorific`).
"""

from __future__ import annotations

from spacy.tokens import Doc


def split_honorific(doc: Doc, s: int, honorifics: set[str]) -> int | None:
    """The start of the lower-case honorific split from its full stop right before the name
    starting at ``s`` ("mrs" "." "okafor" -> the index of "mrs"), or None."""
    if s < 2:
        return None
    stop, word = doc[s - 1], doc[s - 2]
    if stop.text != "." or word.whitespace_ or not stop.whitespace_ or not word.is_lower:
        return None
    if word.text + "." not in honorifics:
        return None
    return s - 2
