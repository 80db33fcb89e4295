"""Whether two contacts of opposite stance speak of one thing: only then do they disagree.

Reads the insights behind each stance (their texts) and the word lists of
``pipelines/ask.toml``. `ask` set a like against a dislike on another topic ("loves the
mentorship program" against "hates the long commute") and said "They disagree" (qa67). Two
sides are on one topic when a content word is shared (a word of none of the lists
``stopwords``, ``general``, ``positive``, ``negative``, ``negators``, ``said_words``,
compared on its first five letters: program, programs) or both touch one ``[topics]``
entry (remote: "office", "home").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from debrief.ask.question import ask_data, topics_of

_WORD = re.compile(r"[a-z][a-z'-]+")

#: The lists of pipelines/ask.toml whose words say no topic.
_LISTS = ("stopwords", "general", "positive", "negative", "negators", "said_words")
#: Words shorter than this say no topic ("job" aside, they are mostly function words).
_SHORTEST = 4
#: Words compared on this many first letters (a plural or -ing form is the same word).
_STEM = 5


def _content(texts: Iterable[str]) -> set[str]:
    data = ask_data()
    skip = set().union(*(data.get(k, set()) for k in _LISTS))
    return {
        w[:_STEM]
        for text in texts
        for w in _WORD.findall(text.lower().replace("’", "'"))
        if len(w) >= _SHORTEST and w not in skip
    }


def same_topic(positive: list[str], negative: list[str]) -> bool:
    """Whether the texts of one stance and of the other share a topic (see the module doc)."""
    if _content(positive) & _content(negative):
        return True
    return bool(set(topics_of(" ".join(positive))) & set(topics_of(" ".join(negative))))
