"""Is an insight a typed heading's short entry: "Likes: the speed."?

Reads the text of the line an insight starts on. A typist who writes "Likes: the speed. An
idea on Monday can be live by Wednesday." names the entry with a word or two after the
heading and says what it means in the next sentence on the same line; the development authors
file the two as one insight on 13 of 14 such lines (at, ax, aa, ao, au, bg, w, z; split on v),
where the extractor filed the entry alone when the model put the next sentence elsewhere or
nowhere (insights42 in docs/extraction-history.md).
:meth:`insight_emit.Continuation.short_entry_goes_on` reads this. A longer entry's next
sentence is left to the joins as before: the authors split it as often as they keep it
(at, ba, bk against aa, ag, ai, al, ax, v: measured and not taken).

A heading here is what the typist writes before a colon at the line's start: one to
``max_words`` words (a list's mark before them allowed), then ":" and a space. A time
("10:30") has no space after its colon; a sentence with a colon in it ("She told me the one
thing that matters to her: trust.") has more words before it.
"""

from __future__ import annotations

import re

_HEADING = re.compile(
    r"[\W_]*((?:[^\W_]|[/&'’+-])+(?:[ \t]+(?:[^\W_]|[/&'’+-])+)*)[*_]*[ \t]*:[ \t]"
)


def heading_end(text: str, start: int, max_words: int) -> int:
    """Where the heading that opens the line of ``text[start]`` ends (the index after its
    colon and spaces), or -1 when the line opens with none of at most ``max_words`` words."""
    if max_words <= 0:
        return -1
    line = text.rfind("\n", 0, start) + 1
    m = _HEADING.match(text, line, text.find("\n", line) if "\n" in text[line:] else len(text))
    if not m or len(m.group(1).split()) > max_words:
        return -1
    return m.end()


def entry_words(text: str, start: int, end: int, max_words: int) -> int:
    """The words of the heading's entry ``text[start:end]`` after the heading (the whole
    span's words when the insight starts after it), or -1 when it is no heading's entry."""
    head = heading_end(text, start, max_words)
    if head < 0 or start > head:
        return -1
    return len(re.findall(r"[^\W_]+", text[max(start, head) : end]))


def opens_heading(text: str, start: int, max_words: int) -> bool:
    """Does a heading of its own open at ``start`` ("... stability. hates: county hiring")?"""
    m = _HEADING.match(text, start, len(text))
    return m is not None and len(m.group(1).split()) <= max_words and "\n" not in m.group(0)
