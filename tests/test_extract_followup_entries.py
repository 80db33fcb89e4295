"""The entries of a to-do list said in one sentence after its label ("To do, um, I need to
..., and email ..."): an entry opens after the label or a separator (a comma, a semicolon, a
dash, "and" after one), past fillers ("um", "just"), and is a step when it opens on a verb
or on the speaker's own "I need to", "I'll" (``followups_entries``, fu34).

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

from debrief.extract import load_nlp
from debrief.extract.followups_entries import entry_verb
from debrief.extract.followups_sections import verb_bases

_CALL = (
    "Spoke with Ines Okafor, a harbour pilot at Tidewater Marine. She boards ships at night "
    "and likes the quiet of the channel. "
)


def test_an_entry_said_with_i_beside_bare_imperatives() -> None:
    # the first entry is the speaker's "I need to ...", the second a bare imperative: both
    # are steps of the list
    text = (
        _CALL + "To do, um, I need to renew my TWIC card tonight, and phone the licensing "
        "office by Friday."
    )
    assert _items(text) == [
        ("I need to renew my TWIC card tonight", "2026-09-01"),
        ("phone the licensing office by Friday.", "2026-09-04"),
    ]
    text = _CALL + "To do, I'll print the sea-time log, and send Ines the chart notes."
    assert _items(text) == [
        ("I'll print the sea-time log", None),
        ("send Ines the chart notes.", None),
    ]


def test_a_filler_after_the_label_still_opens_the_first_entry() -> None:
    # "um" between the label and the first verb, no comma
    text = _CALL + "To do um phone the licensing office on Friday and print the sea-time log."
    assert _items(text) == [
        ("phone the licensing office on Friday", "2026-09-04"),
        ("print the sea-time log.", None),
    ]


def test_a_dash_parts_two_entries() -> None:
    # an aside between dashes, then the next entry after "and"
    text = (
        _CALL + "Homework: ask Ines for the pilotage manual — she keeps a spare copy — and "
        "draft a list of harbours in Maine."
    )
    assert _items(text) == [
        ("ask Ines for the pilotage manual", None),
        ("draft a list of harbours in Maine.", None),
    ]


def test_an_entry_on_a_verb_the_tagger_reads_as_a_noun() -> None:
    # "log" opens the first entry: a verb's base form at the entry's start
    text = (
        _CALL + "Action items, log the night transits in my sea-time book tonight, finish "
        "the tide quiz by the 25th."
    )
    assert _items(text) == [
        ("log the night transits in my sea-time book tonight", "2026-09-01"),
        ("finish the tide quiz by the 25th.", "2026-09-25"),
    ]


def test_someone_elses_clause_in_the_list_is_no_entry() -> None:
    # "she said I should ..." inside the list does not open at a separator: her advice
    text = (
        _CALL + "To do, phone the licensing office, she said I should bring my log, and "
        "print the chart notes."
    )
    assert _items(text) == [
        ("phone the licensing office", None),
        ("print the chart notes.", None),
    ]


def test_her_words_inside_an_entry_leave_the_next_entry_the_speakers() -> None:
    # "she said Thursday" corrects the first entry's day; "she mentioned" describes the
    # course: the entry after them is still the speaker's step, not her advice run on
    text = (
        _CALL + "To do, send her my sea-time log by Wednesday, no, she said Thursday, and "
        "sign up for the radar course."
    )
    assert _items(text)[1:] == [("sign up for the radar course.", None)]
    text = (
        _CALL + "Homework: book the two night transits she mentioned by October, and do the "
        "radar refresher."
    )
    assert _items(text)[1:] == [("do the radar refresher.", None)]


def test_an_advice_label_still_owns_its_list() -> None:
    # "Her advice, ..." lists what she advised: its imperatives are no steps of the speaker's
    text = (
        _CALL + "Her advice, learn the buoy system cold, don't be shy about it, take a free "
        "radar course. To do, phone the licensing office."
    )
    assert _items(text) == [("phone the licensing office.", None)]


def test_a_past_form_opens_no_entry() -> None:
    # "found" after "Action:" reports what was done, whatever verb it can also be: a past
    # form is no verb's base form at an entry's opening, whatever the lemma index holds
    nlp = load_nlp()
    doc = nlp("- Action: I checked 12 charts in one night, found a route that worked.")
    found = next(t for t in doc if t.lower_ == "found")
    assert found.tag_ in {"VBD", "VBN"}
    verbs = verb_bases(nlp)
    assert "found" in verbs
    assert not entry_verb(found, set(), verbs, 2)
    log = nlp("Action items, log the night transits tonight.")[3]
    assert entry_verb(log, set(), verbs, 2)


def test_a_filler_before_an_entry_is_left_out_of_the_entry_before() -> None:
    # "then" belongs to neither entry's text: the first ends at its comma
    text = _CALL + "To do, um, I need to print the sea-time log, then email Marco the chart notes."
    assert _items(text) == [
        ("I need to print the sea-time log", None),
        ("email Marco the chart notes.", None),
    ]
