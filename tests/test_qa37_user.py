"""A user's session (QA, stop 34, qa37): each defect found, as the `debrief` command shows
it. Real SQLite files and real spaCy; the recaps are typed, in the tester's own words."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

from conftest import add_text, run_cli
from test_frictions import ANSI, debrief_cmd, in_a_terminal
from test_qa36_user import ctrl_c_once_the_load_stalls, filed_on_a_stalled_model

HANNAH = (
    "Just got off a call with Hannah Bauer, a senior data analyst at Zalando. She said"
    " promotions there go through a calibration committee twice a year. I need to send her"
    " my portfolio by Mar 3. I'll send her the case study by 15 mar."
)


def test_a_typed_month_abbreviation_is_a_due_date(home: Path) -> None:
    """ "by Mar 3" filed the follow-up with no date (every other month had its short form:
    Jan, Feb, Apr...; "mar" was left out as a nurse's MAR, the medication record). "Mar" or
    "mar" beside a written day is March; "MAR" and "mar" alone stay no month."""
    code, out, err = run_cli("add", "-y", "--text", HANNAH, "--when", "2026-11-24T10:00")
    assert code == 0, err
    assert "by Mar 3. (due 2027-03-03)" in out, out
    assert "by 15 mar. (due 2027-03-15)" in out, out
    nurse = (
        "Talked to Ama Owusu, a charge nurse at Bayou Crest. She said the MAR 3 times a shift"
        " is the dull part. I'll email her my resume by Friday."
    )
    code, out, err = run_cli("add", "-y", "--text", nurse, "--when", "2026-12-02T10:00")
    assert code == 0, err
    assert "2027-03-03" not in out and "MAR 3 times" not in out, out  # no follow-up either


def test_text_output_piped_into_a_reader_that_leaves_exits_0(home: Path) -> None:
    """`debrief search promotion | true` (or `| head -1` on a short list) exited 1 with no
    message: rich's console ends a broken pipe with its own SystemExit(1), where the JSON
    output (plain prints) got qa36's exit 0. The table and list views now leave as it does."""
    code, _, err = run_cli("add", "-y", "--text", HANNAH, "--when", "2026-11-24T10:00")
    assert code == 0, err
    for args in (("search", "promotion"), ("list",), ("todo",)):
        proc = subprocess.Popen(debrief_cmd(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader leaves before a line is written
        err = proc.stderr.read().decode()
        code = proc.wait(timeout=120)
        assert (code, err) == (0, ""), (args, code, err)


def test_process_says_it_waits_on_the_model_once_the_recording_is_read(
    home: Path, tmp_path: Path
) -> None:
    """`debrief process` kept "reading NAME…" on the spinner while the Whisper model load
    stalled, though the recording was read long before: the user waited on a file that
    looked hung. Once read, the spinner says "loading the speech model…"."""
    model, memo = filed_on_a_stalled_model(tmp_path)

    started = time.monotonic()

    def loading_said(drawn: str) -> bool:  # or, without it, Ctrl-C anyway after a while
        return "loading the speech model" in drawn or time.monotonic() - started > 60

    code, _, drawn = in_a_terminal(
        ["process"], until=loading_said, then=ctrl_c_once_the_load_stalls, env=model.env
    )
    text = ANSI.sub("", drawn)
    assert code == 130, text[-2000:]
    steps = [f"reading {memo.name}…", "loading the speech model…", "error: interrupted"]
    positions = [text.find(step) for step in steps]
    assert -1 not in positions and positions == sorted(positions), text[-2000:]
    assert not re.search(r"transcribing|finding the contact", text), text[-2000:]


ZOE = (
    "Had coffee with Zoe Muller, a machine learning engineer at DeepL. She said they hire"
    " people who can ship end to end, from data to deployment. She said the culture is calm."
)
PRIYA = (
    "Just talked to Priya Raman, a software engineer at Monzo. She started as a back-end"
    " intern and got promoted twice in three years. She said the culture is collaborative."
)


def test_end_of_end_to_end_and_back_end_is_no_theme(home: Path) -> None:
    """The week's review said the calls "came up with several contacts: culture, end": the
    "end" of one contact's "ship end to end" and another's "back-end intern". "end" alone is
    as generic as "work" or "thing"; the shared culture stays a theme."""
    add_text(ZOE, "2026-12-02T10:00")
    add_text(PRIYA, "2026-12-03T10:00")
    code, out, err = run_cli(
        "review", "--since", "2026-11-30", "--until", "2026-12-06", "--format", "markdown"
    )
    assert code == 0, err
    themes = out.split("## Themes", 1)[1].split("\n## ", 1)[0]
    assert "culture" in themes and not re.search(r"\bend\b", themes), themes
