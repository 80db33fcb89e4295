"""Typed to-do sections and headers said inside a sentence (`fu20`): a "To do" line with the
steps bulleted under it, bullets other than "-", a bulleted step right after a full stop's line
break, and "so next steps <verb> ..." in an unpunctuated recap. Through the real spaCy
pipeline.

Every recap here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_HEAD = "Call with Tomas Reyes, head brewer at Copperline Brewing. 25 min.\n"


def _texts(text: str) -> list[str]:
    return [t for t, _ in _items(text)]


def test_steps_under_a_to_do_line_need_no_object() -> None:
    # a typist's note: "Talk to ..." and "Wait for ..." take no object and are no cue-file
    # imperatives, yet under a "To do" line they are the speaker's steps
    text = _HEAD + (
        "- he moved over from a winery in 2019\n"
        "- likes the small batches\n"
        "\n"
        "To do\n"
        "- Talk to Marisa about the weekend shifts\n"
        "- Wait for his note on the cellar job\n"
    )
    assert _texts(text) == [
        "Talk to Marisa about the weekend shifts",
        "Wait for his note on the cellar job",
    ]


def test_a_markdown_header_and_a_dated_step() -> None:
    text = _HEAD + "## Next steps:\n- Stop by the taproom on Friday\n"
    assert _items(text) == [("Stop by the taproom on Friday", "2026-09-04")]


def test_bullets_under_a_header_that_are_not_steps_stay_out() -> None:
    # the lines under the header say what someone else does: not steps
    text = _HEAD + (
        "Follow-ups\n- he said the job posts in May\n- Marisa, the taproom manager, hires\n"
        "- nothing else\n"
    )
    assert _items(text) == []


def test_a_verbless_line_under_a_header_is_a_step() -> None:
    # no subject and no finite verb: the line names the writer's to-do (fu35; it was left
    # out until stop 40, and the development authors' labels keep every such line)
    text = _HEAD + (
        "Follow-ups\n- brewery tour sometime in the fall\n"
        "- Cover letter to Tomas by Friday (two pages, the cellar story)\n"
        "- he said the job posts in May\n"
    )
    assert _items(text) == [
        ("brewery tour sometime in the fall", None),
        ("Cover letter to Tomas by Friday (two pages, the cellar story)", "2026-09-04"),
    ]


def test_a_blank_line_ends_the_section() -> None:
    # "Talk ..." after a blank line under a paragraph of notes is no step of the section above
    text = _HEAD + "To do\n- Email Tomas my resume\n\nHis advice\n- Talk to the cellar crew first\n"
    assert _texts(text) == ["Email Tomas my resume"]


def test_arrow_and_dot_bullets_open_on_their_verb() -> None:
    # "→" and "•" are bullets as "-" is: the imperative after them is found
    text = _HEAD + (
        "• he wants someone who can run the canning line\n"
        "→ send Tomas my resume by Monday\n"
        "→ ask Priya if she can swap shifts with me\n"
    )
    assert _items(text) == [
        ("send Tomas my resume by Monday", "2026-09-07"),
        ("ask Priya if she can swap shifts with me", None),
    ]


def test_a_bullet_after_a_full_stop_and_a_line_break() -> None:
    # the parser's sentence starts on the line break; the step opens on its bullet all the same
    text = _HEAD + (
        "He said the openings come out in spring.\n- check the Copperline jobs page weekly\n"
    )
    assert _texts(text) == ["check the Copperline jobs page weekly"]


def test_next_steps_said_inside_a_run_on() -> None:
    text = (
        "talked to tomas reyes head brewer at copperline for half an hour he said they might "
        "need a cellar hand in the spring so next steps send him my brewing log and follow up "
        "in two weeks about the cellar job"
    )
    assert _items(text) == [
        ("send him my brewing log", None),
        ("follow up in two weeks about the cellar job", "2026-09-15"),
    ]


def test_to_do_words_inside_a_clause_are_no_header() -> None:
    # "the follow-up email" and "a lot to do" name things; no step opens after them
    text = (
        "Call with Tomas Reyes at Copperline. The follow-up email came from his assistant. "
        "He has a lot to do brewing for the festival."
    )
    assert _items(text) == []
