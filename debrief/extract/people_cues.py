"""``pipelines/people_cues.toml``, read once per process: the cue words of the people rules
(who is named after "her boss", before "'s manager", which nouns end a group's name...).

A dozen modules read one table or another of it; each used to parse the file again for its
own list (the people extractor, the plain-words test of :mod:`debrief.extract.people_plain`,
the rank, place and introducer readers). They read this one parse; none changes it.
"""

from __future__ import annotations

import functools
from typing import Any

from debrief.config import cue_file


def people_cues() -> dict[str, Any]:
    """``pipelines/people_cues.toml`` as parsed, once (:func:`debrief.config.cue_file`): read
    it, never change it."""
    return cue_file("people_cues.toml")


@functools.cache
def team_nouns() -> frozenset[str]:
    """The nouns that end a group's name ("staff", "crew", "team"), lower case: ``[context]
    team_nouns``, read by the people extractor (a team said after a name) and by the
    plain-words test (a lower-case name ending on one is a group, not a person)."""
    return frozenset(people_cues()["context"]["team_nouns"])
