"""Whether a note of a company or contact the question names is on the question's topic.

`debrief ask` keeps what a named company or contact said at a low cosine (KEYWORD_FLOOR):
"how do people get ahead at Harrowgate" is answered by "promotions there follow a written
case" (0.18), put in other words. But search ranks their notes first whatever the question,
so a company with one note answered every question with it: "is there a hiring freeze at
Harrowgate" showed the promotions note alone, as what they said on hiring (qa48).

When the question touches a topic of ``pipelines/ask.toml`` (hiring, hours, pay, ...), such
a note, below FLOOR and not of a category the question names, answers only when it is near
that topic's description (cosine :data:`TOPIC_FLOOR`). On invented notes the topic's own
notes came at 0.35-0.50 ("two open roles" to hiring 0.39, "the bonus is big" to pay 0.46),
the others at 0.28 at most ("promotions follow a written case" to hiring 0.19). Without a
topic (the question's words are all there is) the note is kept as before.
"""

from __future__ import annotations

from typing import Any

#: A named note's cosine with one of the question's topic descriptions that makes it on
#: that topic (see the module docstring for the figures).
TOPIC_FLOOR = 0.3


def off_topic(hits: list[dict[str, Any]], topics: list[str], floor: float) -> set[int]:
    """The ``insight_id`` of the named ``hits`` kept only by being named (cosine below
    ``floor``, no category named, not every word matched) that are near none of
    ``topics`` (descriptions); empty without topics."""
    weak = [
        h
        for h in hits
        if h.get("named")
        and float(h.get("similarity") or 0.0) < floor
        and not h.get("category_named")
        and "all" not in (h.get("matched") or [])
    ]
    if not topics or not weak:
        return set()
    from debrief.embed import embed

    vectors = embed([str(h["text"]) for h in weak] + topics)
    near = vectors[: len(weak)] @ vectors[len(weak) :].T
    return {
        int(h["insight_id"]) for h, row in zip(weak, near, strict=True) if row.max() < TOPIC_FLOOR
    }
