"""An item's deadline read from a date said just before it in the same sentence.

Recaps often name a date once and then point back at it: "I'll write the essay by December
first and submit by the fifth" (December fifth, not the next fifth of the month after the
recording), "Bologna deadline is October fifteenth, I want to submit by the tenth" (October
tenth), "The deadline is May fifteenth, so I'll get my application in before that" (May
fifteenth). Read alone, the item's own words give a bare day of the month resolved against the
recording date, or no date at all. Two rules, each on the items of one sentence:

- a bare day of the month ("by the fifth", "on the 14th") takes the month of the date said
  right before the item in the sentence, when that date names its month and the day falls on
  or after the recording (and that date is not a past one read as next year's);
- an undated item that ends on a pointer back ("before that", "by then"; the ``[context]``
  table of ``pipelines/followup_cues.toml``) takes the date said right before it in the
  sentence ("before that" is read as "by then": the labels keep the date itself; "until
  then" is the meantime and sets no deadline).
"""

from __future__ import annotations

import functools
import re
from datetime import date

from spacy.tokens import Doc

from debrief.extract.dates import DateMention, find_dates, is_open_span, month_words, vocab
from debrief.extract.doc_arrays import doc_text
from debrief.extract.followup_cues import followup_cues
from debrief.extract.followups_advised import drop_advice_runon
from debrief.extract.followups_remarks import drop_empty_remarks
from debrief.extract.followups_tokens import anchor_date
from debrief.models import FollowUp

_WORD = re.compile(r"[a-z]+")
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
#: how far ahead a month's date may lie and still be this year's plan: a date already past
#: ("I met her at the fair on August 28th") resolves to next year's, about a year ahead
_NEAR_DAYS = 240
_TOKEN = re.compile(r"[a-z0-9]+")
#: the words a bare day may be said with ("by the fifth", "it closes the 15th")
_LEAD = {"on", "by", "before", "until", "due", "for", "the", "is", "s", "closes", "close", "ends"}
_LEAD |= {"opens", "no", "wait", "sorry", "actually", "i", "mean", "she", "he", "they", "said"}
_LEAD |= {"make", "it", "that"}


@functools.cache
def _pointer() -> re.Pattern[str]:
    """ "before that", "by then" with nothing said after it but punctuation ("before that
    call" names something else; "Before that, I'll ..." at the start is what comes first)."""
    cues = followup_cues()["context"]
    preps = "|".join(re.escape(w) for w in cues["prepositions"])
    words = "|".join(re.escape(w) for w in cues["pointers"])
    return re.compile(rf"(?i)(?<=\w)\W+(?:{preps})\s+(?:{words})\W*$")


def _names_month(mention: DateMention) -> bool:
    return bool(set(_WORD.findall(mention.text.lower())) & month_words())


def _bare_day(mention: DateMention) -> int | None:
    """The day of a mention that says only a day of the month ("by the fifth", "on 14th",
    "before the twenty-first"): no month, no weekday ("Friday the 11th" says which Friday),
    nothing relative. Resolved, such a mention keeps its day."""
    v = vocab()
    words = set(_TOKEN.findall(mention.text.lower())) - _LEAD
    ordinal = set(v.ordinals) | {"twenty", "thirty"}
    if words and all(w in ordinal or _DAY_NUMBER.fullmatch(w) for w in words):
        return mention.value.day
    return None


def _in_month(said: DateMention, day: int, anchor: date) -> date | None:
    """``day`` in the month of ``said`` (a date that names its month), if it is not past."""
    try:
        value = said.value.replace(day=day)
    except ValueError:
        return None
    if value < anchor or (said.value - anchor).days > _NEAR_DAYS:
        return None  # "at the fair on August 28th" said in September: last year's date
    return value


def _said_before(text: str, anchor: date) -> DateMention | None:
    """The last date said in ``text`` (the sentence up to the item), not a span of time that
    sets no deadline ("this week")."""
    said = [d for d in find_dates(text, anchor) if not is_open_span(d)]
    return said[-1] if said else None


def date_from_context(doc: Doc, items: list[FollowUp]) -> list[FollowUp]:
    """``items`` with the deadlines that point back at a date said earlier in the sentence
    read from that date (see the module's docstring), less the undated remarks with nothing
    to do in them (:func:`~debrief.extract.followups_remarks.drop_empty_remarks`)."""
    text = doc_text(doc)
    anchor = anchor_date(doc)
    out: list[FollowUp] = []
    for item in items:
        out.append(item)
        if item.start is None or item.end is None:
            continue
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span[0].sent
        said = _said_before(text[sent.start_char : item.start], anchor)
        if said is None:
            continue
        own = [d for d in find_dates(item.text, anchor) if not is_open_span(d)]
        due: date | None = None
        if item.due is None and not own and _pointer().search(item.text):
            due = said.value  # "..., so I'll get my application in before that"
        elif item.due is not None and len(own) == 1 and _names_month(said):
            day = _bare_day(own[0])
            due = _in_month(said, day, anchor) if day else None  # "... and submit by the fifth"
        if due is not None and due.isoformat() != item.due:
            out[-1] = FollowUp(text=item.text, due=due.isoformat(), start=item.start, end=item.end)
    # the dates settled, the undated remarks go ("I'll look it up."; called here, the last pass
    # over the items, as followups.py is at its length limit)
    return drop_advice_runon(doc, drop_empty_remarks(doc, out))
