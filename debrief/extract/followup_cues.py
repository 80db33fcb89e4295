"""``pipelines/followup_cues.toml``, read once per process: the cue words of the follow-up
rules (what opens an intent, which imperatives file an item, where an item ends, the asides,
restatements and dates said around it...).

About fifteen modules read one table or another of it (the follow-up extractor and its
mixins, the people extractor's imperatives); each used to parse the file again for its own
table. They read this one parse; none changes it (house56).
"""

from __future__ import annotations

from typing import Any

from debrief.config import cue_file


def followup_cues() -> dict[str, Any]:
    """``pipelines/followup_cues.toml`` as parsed, once (:func:`debrief.config.cue_file`): read
    it, never change it."""
    return cue_file("followup_cues.toml")
