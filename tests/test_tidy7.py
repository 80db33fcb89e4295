"""What last stop's review found and left (session 25, tidy7), each through the `debrief`
command. Real SQLite files; real spaCy for the typed recaps."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli


def test_config_set_leaves_a_string_setting_to_its_own_check(home: Path) -> None:
    """The CLI's own negative-number check answered "cannot be negative" for a string
    setting given "-3"; the settings' one check (``config.coerce_setting``) decides now,
    with the same one-line refusal for a number."""
    code, out, err = run_cli("config", "set", "language", "-3")
    assert "cannot be negative" not in out + err
    assert code == 0 and "language = -3" in out, err
    code, out, err = run_cli("config", "set", "beam_size", "-3")
    assert code == 2
    assert err.strip() == "error: beam_size cannot be negative (-3); give 0 or more"


def test_thanks_note_speaks_to_the_contact_in_its_quotes(home: Path) -> None:
    """The note to Sofia quoted her in the third person while addressing her ("Hi Sofia,
    ... - "She said the culture is collaborative...""): it says "You said" now. Only the
    contact's pronouns change: the "he" of the manager Bo mentions stays his."""
    sofia = (
        "Just talked to Sofia Brennan, a technical recruiter at Figma. She said the culture is"
        " collaborative and most teams are hybrid. Her advice was to apply through a referral."
    )
    assert run_cli("add", "--text", sofia, "--when", "2026-12-01T10:00", "-y")[0] == 0
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert out.startswith("Hi Sofia,")
    assert "- You said the culture is collaborative and most teams are hybrid." in out
    assert "- Your advice was to apply through a referral." in out
    assert "She said" not in out and "Her advice" not in out
    bo = (
        "Talked to Bo Chen, an engineer at Acme. He really loves the mentoring. His advice was"
        " to ship early. Bo said his manager says he is great."
    )
    assert run_cli("add", "--text", bo, "--when", "2026-12-02T10:00", "-y")[0] == 0
    code, out, err = run_cli("draft", "thanks", "2", "--json")
    assert code == 0, err
    note = json.loads(out)
    assert "- You really love the mentoring." in note["text"]
    assert "- Your advice was to ship early." in note["text"]
    assert "He really loves the mentoring." in note["quotes"]  # the sources stay verbatim
