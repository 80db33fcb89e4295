"""Undated remarks with nothing to do in them are no follow-ups
(``followups_remarks.drop_empty_remarks``), through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

from debrief.extract.followups_remarks import empty_remark

_CALL = "Call with Wren Okafor, a data lead at Tallow Bank. She likes the team a lot. "


def test_a_note_to_check_a_detail_just_said_is_dropped() -> None:
    # a user unsure of a name the contact gave, who says so in passing and then gives a
    # real, dated step
    text = (
        _CALL + "She mentioned a certificate from the state board, I forget the name. "
        "I'll look it up. I need to send her my portfolio by Friday."
    )
    assert _items(text) == [("I need to send her my portfolio by Friday.", "2026-09-04")]


def test_a_remark_said_to_someone_by_name_is_dropped() -> None:
    # a user speaking to the contact's name mid-recap ("I will check, Wren.") as if she heard
    text = (
        _CALL + "Her colleague runs the Denver office, or maybe Boise, I will check, Wren. "
        "I'll email her a thank-you tomorrow."
    )
    assert _items(text) == [("I'll email her a thank-you tomorrow.", "2026-09-02")]


def test_bare_particles_and_later_are_no_steps() -> None:
    # a user's terse typed words after the contact's news: no what, no whom, no when
    assert _items(_CALL + "Something about a mentoring program, I'll check later.") == []
    assert _items(_CALL + "She gave me the name of a recruiter. Follow up. Then ask around.") == []


def test_a_step_that_says_what_whom_or_when_stays() -> None:
    text = _CALL + "She asked whether I know SQL. I'll look up that course she named."
    assert _items(text) == [("I'll look up that course she named.", None)]
    assert _items(_CALL + "She knows the hiring manager. I'll do it tonight.") == [
        ("I'll do it tonight.", "2026-09-01")
    ]


def test_empty_remark_reads_past_the_speaker_and_the_modal() -> None:
    assert empty_remark("I gotta ask that.")
    assert empty_remark("I should read it.")
    assert empty_remark("gotta go")
    assert not empty_remark("I'll call him.")  # whom
    assert not empty_remark("thank her")
    assert not empty_remark("check her last name")  # what
    assert not empty_remark("I'll")  # no verb at all: not judged here


def test_a_remark_beside_a_date_goes_to_that_event() -> None:
    # a user who names the next meeting's date and says, briefly, they will be there
    found = _items(_CALL + "Her group meets monthly, the next one is October 6th, I'll go.")
    assert len(found) == 1
    assert found[0][0].endswith("I'll go.")


def test_what_the_speaker_would_do_in_the_job_is_no_step() -> None:
    # a user weighing the post the contact described: "I'd ..." is the job's terms, not a plan
    text = (
        _CALL + "The analyst post is hybrid and I'd keep my remote days. "
        "I'll send her my resume by Friday."
    )
    assert _items(text) == [("I'll send her my resume by Friday.", "2026-09-04")]
    assert _items(_CALL + "Honestly I'd lose my bonus there.") == []


def test_an_id_promised_to_someone_stays() -> None:
    # a user who told the contact what they would do: a promise, kept though undated
    found = _items(_CALL + "I promised her I'd send the design samples.")
    assert [t for t, _ in found] == ["I'd send the design samples."]


def test_an_id_after_the_contacts_words_is_still_no_step() -> None:
    # the contact's "she said" before it is no promise of the speaker's
    text = (
        _CALL + "Culture, she said they're small and they pay less than banks, like I'd take a cut."
    )
    assert _items(text) == []
