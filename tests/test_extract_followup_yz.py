"""Follow-up shapes found on the recaps-y and -z authors (`fu13`): a typed note's bullets with
no full stop between them ("- TODO: ..."), one-word labels ("Action:", "Do:", "Actions:" on
a line of its own, "Follow up:"), "My to-do:", and a full stop the parser read through before
a lower-case "to do:". Through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items


def test_todo_bullets_without_full_stops_are_each_an_item() -> None:
    # the parser runs the bullets together into one sentence; each line is read on its own
    text = (
        "Call w/ Omar Haddad - Brightline Pumps, field service lead\n"
        "- 30 min on Zoom\n"
        "- likes the travel, hates the paperwork\n"
        "- TODO: sign up for the pump school open day by Sep 18\n"
        "- TODO: send him my resume"
    )
    assert _items(text) == [
        ("sign up for the pump school open day by Sep 18", "2026-09-18"),
        ("send him my resume", None),
    ]


def test_a_bullet_of_the_contacts_facts_is_still_no_item() -> None:
    # cutting at line breaks must not turn the contact's own bullets into the speaker's items
    text = (
        "Call w/ Omar Haddad - Brightline Pumps, field service lead\n"
        "- he runs a crew of six\n"
        "- he said the night shifts are the worst part"
    )
    assert _items(text) == []


def test_one_word_labels_open_an_item() -> None:
    text = (
        "Spoke with Ruth Adler, a planner at Corvid Rail. She was blunt. "
        "Action: get the transfer packet to my sergeant by 20 September. Do: update my resume."
    )
    assert _items(text) == [
        ("get the transfer packet to my sergeant by 20 September.", "2026-09-20"),
        ("update my resume.", None),
    ]


def test_a_label_on_its_own_line_before_bullets() -> None:
    # "Actions:" alone on a line, the bullets under it: the parser hangs the first bullet's
    # verb on "Actions" as a relative clause, which says nothing about who speaks
    text = (
        "Spoke with Ruth Adler, a planner at Corvid Rail.\n"
        "Actions:\n"
        "- pull my training transcript\n"
        "- ask Major Lyle if Corvid hires planners"
    )
    assert _items(text) == [
        ("pull my training transcript", None),
        ("ask Major Lyle if Corvid hires planners", None),
    ]


def test_my_to_do_is_a_header() -> None:
    text = (
        "Recap for Ines Varga, product lead at Tallis Sensors. She asked for a story. "
        "My to-do: rewrite the valve story in half a page by Friday."
    )
    assert _items(text) == [("rewrite the valve story in half a page by Friday.", "2026-09-04")]


def test_a_full_stop_read_through_before_a_lower_case_to_do() -> None:
    # the parser runs "come say hi. to do: ..." into one sentence; the full stop cuts it
    text = (
        "ok quick one. talked with Lena from Maret Tools, ten minutes, she was driving. she "
        "said be at the fair in Chicago in October, they have a booth, come say hi. to do: "
        "book the fair ticket before early bird ends 20th september"
    )
    assert _items(text) == [
        ("book the fair ticket before early bird ends 20th september", "2026-09-20")
    ]


def test_a_dated_item_ends_where_someone_else_speaks_in_a_run_on() -> None:
    # no punctuation: "he also mentioned ..." after the dated item is the contact's news
    text = (
        "ok recap talked to dom reyes he runs the parts desk at harlan freight he said the job "
        "is mostly phones and he said to talk to his buyer Nell Ames im going to email nell "
        "tomorrow he also mentioned their warehouse lead used to be a marine thirty minutes"
    )
    assert ("im going to email nell tomorrow", "2026-09-02") in _items(text)


def test_an_undated_item_in_a_run_on_keeps_its_dated_and() -> None:
    # undated, the item still runs on to the dated "and ..." the split makes its own item
    text = (
        "call with rosa lind she runs support at kemper tools she said i should read their "
        "manuals before any interview she said say hi to omar so thank omar tomorrow and "
        "sign up for the tools class before september 20"
    )
    assert ("sign up for the tools class before september 20", "2026-09-20") in _items(text)


def test_an_item_naming_the_contact_late_in_a_one_sentence_run_on_is_a_note() -> None:
    # the whole recap is one sentence, so "the opening sentences" reach its end; only the
    # recap's first characters can be its introduction
    text = (
        "talked to Priya, a nurse educator at Linden General, she did her training "
        "in Ohio and then worked nights on a cardiac floor for six years before moving into "
        "education she said the hardest part is the scheduling and the best part is seeing "
        "new nurses get confident and she told me to shadow two different settings before I "
        "apply so I'm going to email the volunteer office tomorrow and also ask Priya if I "
        "can shadow her on a Saturday"
    )
    assert ("ask Priya if I can shadow her on a Saturday", None) in _items(text)


def test_an_undated_step_then_the_dated_step_that_does_it_is_one_item() -> None:
    # a bare comma, then the dated step that carries out the first: one item, that date
    text = (
        "Talked to Nora Fisk, a quality lead at Selden Gear. She said a Black Belt helps. "
        "Check if my plant pays for the course, ask HR by Friday."
    )
    assert _items(text) == [
        ("Check if my plant pays for the course, ask HR by Friday.", "2026-09-04")
    ]


def test_a_dated_step_then_another_dated_step_stay_two() -> None:
    # the first step says its own when: two things to do
    text = (
        "Talked to Nora Fisk, a quality lead at Selden Gear. "
        "Email Nora by Monday, send Raul the report by Friday."
    )
    assert _items(text) == [
        ("Email Nora by Monday", "2026-09-07"),
        ("send Raul the report by Friday.", "2026-09-04"),
    ]
