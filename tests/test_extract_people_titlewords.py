"""The contact's title filed as a person is dropped (people42), through the real pipeline.

A typed heading writes the contact's title in capitals ("Onboarding Mgr"), and the people
rules took the run for a name. The sentences are written for this file; none is copied from
a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.names import person_key

WHEN = datetime(2026, 12, 8, 18, 0)


def test_the_contacts_title_in_a_heading_is_no_person() -> None:
    result = extract(
        "Quick notes - Tomasz Brandt, Onboarding Mgr, Ferncliff Payroll. 20 mins.\n"
        "- 6 yrs at Ferncliff, started in support.\n"
        "- Said Lena Ortiz runs the training side.\n",
        WHEN,
    )
    assert result.contact.title == "Onboarding Mgr"
    people = {person_key(p.name) for p in result.people_mentioned}
    assert "onboarding mgr" not in people
    assert "lena ortiz" in people


def test_the_words_test_reads_shortenings_and_leaves_the_form_of_address_to_the_caller() -> None:
    from debrief.extract.people_titlewords import _title_words_only

    # the words test alone would take "Coach Tubbs" for the title "Coach Tubbs"; the form of
    # address keeps it (drop_title_words)
    assert _title_words_only("Coach Tubbs", {"coach", "tubbs"})
    assert _title_words_only("Assoc. Dir", {"assoc", "director"})
    assert not _title_words_only("Lena Ortiz", {"onboarding", "mgr"})
