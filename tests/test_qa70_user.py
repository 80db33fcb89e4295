"""What qa70 met as a user: numbers typed from an old screen after a pipeline upgrade, and
bad values that each command refused its own way. Each through the `debrief` command with
real SQLite and the real spaCy pipeline, in a fresh data home; the upgrade is the real
extraction with its cuts changed, as tests/test_qa68_user.py simulates it."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

import pytest
from conftest import run_cli

from debrief.extract import pipeline as extract_pipeline
from debrief.models import Extraction
from debrief.pipeline import extracting

RECAP = (
    "Spoke with Wendeline Okoro, a hydrologist at Brackwater Surveys. She enjoys the long"
    " field seasons in the delta but dislikes the grant reporting cycle. Her advice was to"
    " learn GIS before applying. I should email Wendeline the river map by Friday."
)


def _upgrade(monkeypatch: pytest.MonkeyPatch, *, lose: str = "") -> None:
    """A new pipeline version that files each insight to its sentence's end, and finds no
    insight holding ``lose`` any more."""
    real = extracting.extract_text

    def upgraded(text: str, when: datetime, spoken: bool) -> Extraction:
        ex = real(text, when, spoken)
        insights = [
            dataclasses.replace(i, text=text[i.start : text.find(".", i.start) + 1])
            for i in ex.insights
            if not (lose and lose in i.text)
        ]
        return dataclasses.replace(ex, insights=insights)

    monkeypatch.setattr(extracting, "extract_text", upgraded)
    monkeypatch.setattr(extract_pipeline, "PIPELINE_VERSION", "debrief-extract-next")


def _ids(show: str) -> dict[str, str]:
    """Each insight line's id, by a few words it holds (the last line holding them)."""
    found = {}
    for key in ("field seasons", "grant reporting", "learn GIS"):
        line = [ln for ln in show.splitlines() if key in ln and "#" in ln][-1]
        found[key] = line.split("#", 1)[1].split()[0]
    return found


def test_an_insight_cut_otherwise_by_an_upgrade_keeps_the_number_the_user_saw(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Insights kept their id only when re-extraction gave them the very same text: after
    `reextract --all` cut "She enjoys the long field seasons in the delta" to its sentence's
    end, the number read in yesterday's `show` named nothing ("no insight with id 1") or,
    typed after other calls were filed, another call's insight. A user expects the number on
    the screen they still have open to name the statement they read: the same statement cut
    otherwise (one cut runs inside the other) keeps its id, as the user's fixes do (qa68)."""
    code, _, err = run_cli("add", "-y", "--when", "2026-12-01T10:00", "--text", RECAP)
    assert code == 0, err
    before = _ids(run_cli("show", "1")[1])
    assert run_cli("insight", before["grant reporting"], "--category", "culture")[0] == 0
    _upgrade(monkeypatch)
    code, out, err = run_cli("reextract", "--all")
    assert code == 0 and "re-extracted 1" in out, out + err
    show = run_cli("show", "1")[1]
    assert "in the delta but dislikes the grant reporting cycle." in show, show
    assert _ids(show) == before, show
    # the one the user moved keeps its number and the category they gave it
    moved = next(ln for ln in show.splitlines() if f"#{before['grant reporting']} " in ln)
    assert moved.split()[0] == "Culture", show
    code, out, err = run_cli("insight", before["field seasons"], "--category", "culture")
    assert code == 0 and "field seasons" in out, out + err


def test_an_insight_the_upgrade_no_longer_finds_is_said_gone_not_unknown(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the new pipeline no longer finds an insight at all, its number typed from the
    old screen said "no insight with id 3", as for a typo. The user saw #3 a moment ago:
    they are told in one line that it is no longer filed and why it may have gone, and where
    the current numbers are. A number never given is still plainly unknown."""
    code, _, err = run_cli("add", "-y", "--when", "2026-12-01T10:00", "--text", RECAP)
    assert code == 0, err
    before = _ids(run_cli("show", "1")[1])
    _upgrade(monkeypatch, lose="learn GIS")
    assert run_cli("reextract", "--all")[0] == 0
    code, out, err = run_cli("insight", before["learn GIS"], "--drop")
    assert code == 1, out + err
    said = (out + err).strip()
    assert f"insight #{before['learn GIS']} is no longer filed" in said, said
    assert "debrief show" in said and "no insight with id" not in said, said
    assert len(said.splitlines()) == 1, said
    code, out, err = run_cli("insight", "999", "--drop")
    assert code == 1 and "no insight with id 999" in out + err, out + err
    # one the user dropped themselves says the same, not "no insight"
    grant = before["grant reporting"]
    assert run_cli("insight", grant, "--drop")[0] == 0
    code, out, err = run_cli("insight", grant, "--category", "advice")
    assert code == 1 and f"insight #{grant} is no longer filed" in out + err, out + err


TYPED = (
    "Spoke with Casimir Ndlovu, a cartographer at Fernhollow Atlas. I should send Casimir my"
    " survey sketches by Friday."
)


def test_a_due_date_whose_year_must_be_a_typo_is_refused(home: Path) -> None:
    """`follow-up ID --due 0001-01-01` was filed "739957 days overdue" and 9999-12-31 put a
    promise out of every list for eight thousand years: a year typed wrong. A due date before
    1970 (as a call's own date) or more than ten years ahead is refused as a usage error
    (exit 2), the item untouched; ten years less a day is still a date a user may mean."""
    code, _, err = run_cli("add", "-y", "--when", "2026-12-01T10:00", "--text", TYPED)
    assert code == 0, err
    fid = next(ln for ln in run_cli("todo")[1].splitlines() if "sketches" in ln)
    fid = fid.split("#", 1)[1].split()[0]
    before = run_cli("todo")[1]
    for typed, said in (("0001-01-01", "too long ago"), ("9999-12-31", "ten years ahead")):
        code, out, err = run_cli("follow-up", fid, "--due", typed)
        assert code == 2 and said in err and "check the year" in err, out + err
        assert len(err.strip().splitlines()) == 1, err
    assert run_cli("todo")[1] == before
    from datetime import date, timedelta

    near = (date.today() + timedelta(days=3649)).isoformat()
    code, out, err = run_cli("follow-up", fid, "--due", near)
    assert code == 0 and f"(due {near})" in out, out + err


def test_a_stay_in_touch_interval_of_no_days_is_refused_as_typed(home: Path) -> None:
    """`config set stay_in_touch_days 0` was saved, and every call's "stay in touch" fell
    due the day of the call; the same 0 for one person was refused. Both refuse it, as a
    usage error; a 0 an older version already saved in the settings file is still read (an
    upgrade must not stop every command), and the interval stays changeable."""
    code, _, err = run_cli("add", "-y", "--when", "2026-12-01T10:00", "--text", TYPED)
    assert code == 0, err
    for extra in ([], ["--person", "Casimir Ndlovu"]):
        code, out, err = run_cli("config", "set", "stay_in_touch_days", "0", *extra)
        assert code == 2 and "from 1" in err, (extra, out + err)
    (home / "settings.toml").write_text("stay_in_touch_days = 0\n", encoding="utf-8")
    assert run_cli("todo")[0] == 0
    code, out, err = run_cli("config", "set", "stay_in_touch_days", "45")
    assert code == 0 and "stay_in_touch_days = 45" in out, out + err


@pytest.mark.parametrize(
    "args",
    [
        ("search", "audits", "--since", ""),
        ("ask", "what about audits?", "--until", ""),
        ("review", "--since", ""),
        ("review", "--week", ""),
        ("search", ""),
        ("search", "audits", "--since", "the other day-ish"),
        ("search", "audits", "--since", "2026-12-03", "--until", "2026-12-01"),
        ("review", "--week", "2026-W60"),
        ("config", "set", "beam_size", "many"),
    ],
)
def test_a_bad_value_is_one_usage_error_whichever_command_reads_it(
    home: Path, args: tuple[str, ...]
) -> None:
    """`--since ""` exited 1 where `review --week ""` and `search ""` exited 2: a script
    checking for a usage error (2, as click's own) could not tell a value typed wrong from
    a failure to run. Every value typed that names nothing usable is exit 2, in one line."""
    code, _, err = run_cli("add", "-y", "--when", "2026-12-01T10:00", "--text", TYPED)
    assert code == 0, err
    code, out, err = run_cli(*args)
    assert code == 2, (args, out, err)
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1, err


def test_a_follow_up_dropped_is_said_gone_by_done_and_follow_up(home: Path) -> None:
    """A follow-up the user dropped (or that went with a re-extraction) answered `done 4`
    with "no follow-up with id 4", as for a number never shown. It is said no longer filed;
    the ids of the same `done` that exist are still closed, and a number never given is
    still unknown, each named once on the one error line."""
    code, _, err = run_cli("add", "-y", "--when", "2026-12-01T10:00", "--text", TYPED)
    assert code == 0, err
    todo = run_cli("todo")[1]
    fid = next(ln for ln in todo.splitlines() if "sketches" in ln).split("#", 1)[1].split()[0]
    other = next(ln for ln in todo.splitlines() if "thank-you" in ln).split("#", 1)[1].split()[0]
    assert run_cli("follow-up", fid, "--drop")[0] == 0
    code, out, err = run_cli("follow-up", fid, "--due", "friday")
    assert code == 1 and f"follow-up #{fid} is no longer filed" in err, out + err
    code, out, err = run_cli("done", fid, other, "999")
    assert code == 1, out + err
    assert f"done #{other}" in out, out
    line = err.strip()
    assert len(line.splitlines()) == 1, line
    assert "no follow-up with id 999" in line and f"#{fid} no longer filed" in line, line
