"""`debrief extract` against its contract (schemas/extraction.schema.json), on hostile input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from debrief.cli import cli
from debrief.config import data_file

SCHEMA = json.loads(data_file("schemas", "extraction.schema.json").read_text())

RECAP = (
    "Just got off a call with Lena Ortiz, she runs customer success at Zapier. "
    "She moved over from teaching after five years. Most mornings she reviews support tickets. "
    "She loves the autonomy, but she hates the constant tool churn. "
    "She said I should learn SQL before applying. I need to email her a thank you by Friday."
)


def check(result: dict, text: str) -> None:
    jsonschema.validate(result, SCHEMA)
    for ins in result["insights"]:
        assert text[ins["start"] : ins["end"]] == ins["text"]


def test_extract_prints_valid_json(home: Path) -> None:
    result = CliRunner().invoke(
        cli, ["extract", "-", "--recorded-at", "2026-11-18T10:00"], input=RECAP
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    check(data, RECAP)
    assert data["contact"]["name"] == "Lena Ortiz"


HOSTILE = [
    "",
    "   \n\t ",
    "hello",
    "so i talked to someone today and they said a lot of things about the job and the team "
    "and the hours and i think i should follow up next week",
    "TALKED TO JOHN SMITH AT IBM. HE SAID THE PAY IS GOOD.",
    "Hablé con María García de Telefónica. Dijo que la cultura es muy buena.",
    "🙂🙂🙂 ??? ... !!!",
    "word " * 20_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=[f"hostile{i}" for i in range(len(HOSTILE))])
def test_hostile_text_gives_valid_output(text: str) -> None:
    from debrief.extract import extract

    check(extract(text).to_dict(), text)


def test_jsonl_keeps_ids_and_order(home: Path) -> None:
    lines = [
        {"id": "a", "text": RECAP, "recorded_at": "2026-11-18T10:00:00"},
        {"id": 7, "text": "", "recorded_at": None},
        {"id": "c", "text": "Talked to Bo Lin at Acme.", "recorded_at": "2026-11-18"},
    ]
    proc = subprocess.run(
        [sys.executable, "-m", "debrief.cli", "extract", "--jsonl"],
        input="".join(json.dumps(x) + "\n" for x in lines),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 7, "c"]
    for o, src in zip(out, lines, strict=True):
        check(o, src["text"])


def test_jsonl_bad_line_is_one_line_error(home: Path) -> None:
    result = CliRunner().invoke(
        cli, ["extract", "--jsonl"], input='{"id": 1, "text": "x"}\nnot json\n'
    )
    assert result.exit_code == 1
    assert "stdin line 2" in result.output


def test_a_failing_component_is_reported_and_the_rest_survives(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # A bug in one component must not cost the contact, follow-ups or the debrief, but it
    # must not vanish silently either: it is logged as one line naming the component.
    from debrief.extract import extract
    from debrief.extract.insights import InsightCategorizer

    def broken(self: object, doc: object) -> list[object]:
        raise RuntimeError("simulated classifier bug")

    monkeypatch.setattr(InsightCategorizer, "classify", broken)
    with caplog.at_level("WARNING", logger="debrief.extract"):
        result = extract(
            "I talked to Maria Lopez, a product manager at Stripe. She loves the mentoring "
            "culture. I need to send her my resume by Friday."
        )
    assert result.insights == []
    assert result.contact.name == "Maria Lopez" and result.contact.company == "Stripe"
    assert len(result.follow_ups) == 1
    [record] = [r for r in caplog.records if r.levelname == "WARNING"]
    assert "insight extraction skipped" in record.getMessage()
    assert "simulated classifier bug" in record.getMessage()


def test_extract_reads_a_closing_newline_as_add_files_it(home: Path) -> None:
    """`echo ... | debrief extract -` and `extract --text` give what `add --text` files:
    the closing newline of a file or of echo once turned the contact's bare "ping X" in the
    last sentence from a referral into a mention."""
    text = "Spoke w/ Priya Raman, senior scientist at Halden Pharma. She said ping Marcus Bell too."
    piped = CliRunner().invoke(
        cli, ["extract", "-", "--recorded-at", "2026-12-01T18:00"], input=text + "\n"
    )
    typed = CliRunner().invoke(
        cli, ["extract", "--text", text, "--recorded-at", "2026-12-01T18:00"]
    )
    assert piped.exit_code == 0 and typed.exit_code == 0, piped.output + typed.output
    assert json.loads(piped.output) == json.loads(typed.output)
