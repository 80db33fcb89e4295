"""A kept title with no title word read again (``title_wordless``, counted over the
development authors): it gives way to the title said in a sentence of the contact's own, and
stays where it is said right after the name.

Every recap is written for this file, none copied from a labelled corpus. Each is parsed for
real (``extract_doc``); the kept title is handed in as the combination would keep it.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract.pipeline import extract_doc
from debrief.extract.title_wordless import wordless_reread
from debrief.models import Contact

WHEN = datetime(2026, 12, 9, 17, 0)


def _reread(text: str, kept: str, name: str = "Oksana Mireles") -> str | None:
    doc = extract_doc(text, WHEN)
    return wordless_reread(doc, Contact(name=name, title=kept, company=None), []).title


def test_a_kept_phrase_with_no_title_word_gives_way_to_the_said_title() -> None:
    text = (
        "Call with Oksana Mireles from Harrowgate Clinics, a rural dental practice network. "
        "She's their patient outreach coordinator and she trains the front desk."
    )
    assert _reread(text, "rural dental practice network") == "patient outreach coordinator"


def test_a_wordless_title_right_after_the_name_stays() -> None:
    text = (
        "Talked with Oksana Mireles, plans examiner at the Pellham County building department. "
        "She said the architect she works with reviews everything twice."
    )
    assert _reread(text, "plans examiner") == "plans examiner"
