"""The lines of a typed to-do section the tagger misreads (`fu32`): a line opening on a verb's
base form tagged as a noun, a present or a participle ("- pitch ...", "- think ...", "- read
..."), a numbered line the parser cut from its number ("2. read ..."), and the typist's "f/u"
alone on a line as the section's header. Through the real spaCy pipeline.

Every recap here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_HEAD = "Call with Tomas Reyes, head brewer at Copperline Brewing. 25 min.\n"


def _texts(text: str) -> list[str]:
    return [t for t, _ in _items(text)]


def test_lines_under_f_u_open_on_verbs_the_tagger_misread() -> None:
    # "f/u" alone on its line heads the section; "think" (VBP), "read" (VBN) and "pitch" (NN)
    # open the speaker's steps all the same
    text = _HEAD + (
        "- he moved over from a winery in 2019\n"
        "f/u\n"
        "- read the 2 papers by Sunday\n"
        "- think hard re: pay. prob not\n"
        "- pitch something to the newsletter\n"
    )
    assert _texts(text) == [
        "read the 2 papers by Sunday",
        "think hard re: pay.",
        "pitch something to the newsletter",
    ]


def test_a_verb_read_as_a_name_under_next_steps() -> None:
    text = _HEAD + "Next steps\n- pitch something to the newsletter\n- Chase Ann at the brewery\n"
    assert _texts(text) == ["pitch something to the newsletter", "Chase Ann at the brewery"]


def test_f_u_opening_a_line_is_still_its_verb() -> None:
    # "f/u" is a header only alone on its line; opening a step it is the step's verb
    text = _HEAD + "TODO\n- f/u w/ Ann re times for the panel by Mon\n"
    assert _items(text) == [("f/u w/ Ann re times for the panel by Mon", "2026-09-07")]


def test_numbered_lines_keep_their_numbers() -> None:
    # "2." cut off by the parser is no line's text of its own: "read", "talk" open entries
    text = _HEAD + (
        "Next steps\n"
        "1. apply for the senior role by 9/30\n"
        "2. read the Q11 guidance this weekend\n"
        "3. talk to someone who has worked at a start-up\n"
    )
    assert _items(text) == [
        ("apply for the senior role by 9/30", "2026-09-30"),
        ("read the Q11 guidance this weekend", "2026-09-05"),
        ("talk to someone who has worked at a start-up", None),
    ]


def test_lines_with_a_subject_or_no_verb_stay_out() -> None:
    # the contact's action and a line whose first noun is its subject: no steps (a verbless
    # noun line is one since fu35: test_extract_followup_sections)
    text = _HEAD + (
        "Next steps\n- job posts in May\n- she'll forward my resume to the cellar lead\n"
    )
    assert _items(text) == []
