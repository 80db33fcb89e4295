"""A typed lead-in to a list is no insight: an emitted insight whose text ends on a colon.

Reads only the emitted insights' text. A writer introduces the list that follows with a line
of its own ending on ":" ("Her advice was long but the short version:", "Advice from <name>:",
"STAR (he asked ...):"); the items below it are the insights, each a sentence of its own, and
the model filed the lead-in as one more (advice). No gold insight of any development author
ends on a colon; on the development authors' predictions of 34adc7a three did, one each on
al, bk and ca, all filed where no gold is (insights49, stop 46, in
docs/extraction-history.md). A heading with its entry on the same line ("Advice: start with
nights.") ends on its entry, not on the colon, and stays.
"""

from __future__ import annotations

from debrief.models import Insight


def drop_lead_ins(insights: list[Insight]) -> list[Insight]:
    """``insights`` without those whose text ends on a colon (spaces after it ignored)."""
    return [i for i in insights if not i.text.rstrip().endswith(":")]
