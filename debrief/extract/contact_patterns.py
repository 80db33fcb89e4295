"""``pipelines/contact_patterns.toml``, read once per process: the cue words of the contact
rules (how an introduction opens, title and organisation head words, a header's fillers,
correction markers...).

Some forty readers in the contact, company, organisation, people and lexicon modules each
used to parse the file again for the tables they need. They read this one parse; none
changes it (house56). :mod:`debrief.names` and :mod:`debrief.who_said` sit below
``debrief.extract`` and read the file through :func:`debrief.config.pipeline_toml` (each
caches what it makes of it).
"""

from __future__ import annotations

import functools
from typing import Any

from debrief.config import pipeline_toml


@functools.cache
def contact_patterns() -> dict[str, Any]:
    """``pipelines/contact_patterns.toml`` as parsed, once: read it, never change it."""
    return pipeline_toml("contact_patterns.toml")
