"""``pipelines/contact_patterns.toml``, read once per process: the cue words of the contact
rules (how an introduction opens, title and organisation head words, a header's fillers,
correction markers...).

Some forty readers in the contact, company, organisation, people and lexicon modules each
used to parse the file again for the tables they need. They read this one parse; none
changes it (house56). :mod:`debrief.names` and :mod:`debrief.who_said` sit below
``debrief.extract`` and read the same parse through :func:`debrief.config.cue_file`.
"""

from __future__ import annotations

from typing import Any

from debrief.config import cue_file


def contact_patterns() -> dict[str, Any]:
    """``pipelines/contact_patterns.toml`` as parsed, once (:func:`debrief.config.cue_file`): read
    it, never change it."""
    return cue_file("contact_patterns.toml")
