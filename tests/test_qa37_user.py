"""A user's session (QA, stop 34, qa37): each defect found, as the `debrief` command shows
it. Real SQLite files and real spaCy; the recaps are typed, in the tester's own words."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import run_cli
from test_frictions import debrief_cmd

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
