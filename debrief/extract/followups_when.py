"""Whether the date of a verbless note says when to act, for debrief_followups_v1.

A verbless note with a date is the speaker's goal when the date is its deadline: "Case study
draft by Sunday.", "home lab this weekend.", "Fellowship application due November first.",
"USAJobs saved searches, today", "Applying Monday." (45 such notes filed on the development
authors, 38 labelled). The seven filed against the labels say no deadline at all: a
week's schedule ("in office Tues/Thurs", "everyone in office Tues–Thurs", "every other friday
off": a range of days or a recurrence, days the job is done on) or a dateline that closes a
list of nouns with a day name after a comma ("Morning, Jackson Hole, Saturday."). Those are
read here from the date's own words and the text around it, and the note is no step
(docs/extraction-history.md, "fu30: the speaker's step after so, and the non-steps said as a
plan"). A word of time said after a comma ("..., today", "..., this weekend") stays a
deadline: it is no day name.
"""

from __future__ import annotations

import re

from debrief.extract.dates import DateMention

#: a day said just after another with a slash or a dash between: a range ("Tues/Thurs")
_RANGE = re.compile(r"\s*[/–—-]\s*$")
#: words before a day that make it a recurrence: "every other friday", "each Monday"
_RECURRING = frozenset({"every", "other", "each", "alternate"})
#: a day's name, as the date parser reads it ("Tues", "Saturday", "fri")
_DAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")


def no_deadline(text: str, found: list[DateMention]) -> bool:
    """The dates of ``text`` (a verbless note) are a schedule or a dateline, no deadline."""
    for k, m in enumerate(found):
        before = text[: m.start]
        if k and _RANGE.search(text[found[k - 1].end : m.start]) is not None:
            return True  # "Tues/Thurs", "Tues–Thurs"
        words = _WORD.findall(before.lower())
        if words and words[-1] in _RECURRING:
            return True  # "every other friday off"
    first = found[0]
    return bool(_DAY.fullmatch(first.text.strip())) and text[: first.start].rstrip().endswith(",")
