"""A short step after a bare "and" that names no one and nothing new carries on the step
before it (``followups_split.ItemSplits._follow_on``), through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = "Spoke with Ines Varga, a supply planner at Corvel Foods. She likes the small team. "
DAY = "2026-09-01"
FRI = "2026-09-04"


def test_a_short_follow_on_step_stays_with_the_step_before() -> None:
    text = _CALL + "I'll call the county parks office this week and ask around."
    assert _items(text) == [("I'll call the county parks office this week and ask around.", None)]


def test_the_date_of_the_first_step_is_the_item_s() -> None:
    text = _CALL + "I need to email the registrar by Friday and compare prices."
    assert _items(text) == [("I need to email the registrar by Friday and compare prices.", FRI)]


def test_a_step_naming_someone_or_something_is_its_own() -> None:
    text = _CALL + "I'll email the registrar by Friday and thank Marco too."
    assert _items(text) == [("I'll email the registrar by Friday", FRI), ("thank Marco too.", None)]
    text = _CALL + "I'll set up a job alert by Friday and check her last name."
    assert _items(text) == [
        ("I'll set up a job alert by Friday", FRI),
        ("check her last name.", None),
    ]
    text = _CALL + "I need to log into the portal tonight and start the GI Bill request."
    assert len(_items(text)) == 2


def test_a_step_with_its_own_date_or_after_a_comma_is_its_own() -> None:
    text = _CALL + "I'll update my resume tonight and email the recruiter on Monday."
    assert len(_items(text)) == 2
    text = _CALL + "I'll update my resume tonight, and ask around."
    assert len(_items(text)) == 2
