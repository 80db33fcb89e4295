"""A check of the contact's name said in passing as the recap opens, which is no step.

Speakers unsure of a name say so where they give it: "Rebecca Liu, or Lieu, I need to check
the spelling", "last name Nowicka, I think, I'll check her email signature", "I never got his
name, I'll need to check the invite". The labels never take such an aside: where checking the
name is a step the speaker says it again among the steps ("so I should check the invite for
his name and send a thank you"), and that later item is the one kept. So in the recap's
opening sentences (the caller passes only those), an undated item that is nothing but the
speaker's own "I need to" or "I'll", a verb of checking and the name's own words (the
spelling, her email, the invite, those) is dropped. "I need to check her last name and sign
up ..." said among the steps, "... by Friday and check her last name", or "check the posting
for the deadline" is kept. Reads the item's text only; the words are the ``[name_check]``
table of ``pipelines/followup_cues.toml``.
"""

from __future__ import annotations

import functools
import re

from debrief.extract.followup_cues import followup_cues
from debrief.models import FollowUp

_WORDS = re.compile(r"[a-z]+(?:['’][a-z]+)?")


@functools.cache
def _cues() -> dict[str, frozenset[str]]:
    table = followup_cues()["name_check"]
    return {key: frozenset(words) for key, words in table.items()}


def name_check(item: FollowUp) -> bool:
    """An undated item that only says the speaker will check the name's details."""
    if item.due is not None:
        return False
    cues = _cues()
    words = _WORDS.findall(item.text.lower())
    k = 0
    while k < len(words) and words[k] in cues["lead"]:
        k += 1
    # said with the speaker's own "I need to", "I'll": a bare "check her last name" joined to
    # another step ("... by Friday and check her last name") is the restated step itself
    if k == 0 or k >= len(words) or words[k] not in cues["verbs"]:
        return False
    rest = words[k + 1 :]
    return bool(rest) and all(w in cues["objects"] for w in rest)


def drop_name_checks(items: list[FollowUp]) -> list[FollowUp]:
    """The opening sentences' items less the passing checks of the contact's name."""
    return [f for f in items if not name_check(f)]
