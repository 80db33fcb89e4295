"""What qa56 saw using debrief on invented calls, each as the `debrief` command shows it.
Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import add_text, run_cli


def _note(debrief_id: int) -> list[str]:
    code, out, err = run_cli("draft", "thanks", str(debrief_id))
    assert code == 0, err
    return out.splitlines()


def test_a_note_drafted_late_promises_no_day_that_has_passed(home: Path) -> None:
    """A call on Monday November 30 ("I need to send her my resume by Friday") drafted
    after Friday December 4 wrote "I will send you my resume by Friday, December 4.": a
    promise of a day gone. The passed date is left out; a step with no date keeps its
    words, and one due later than today keeps its date. (The calls are two weeks old and the
    later date a month ahead whatever day the suite runs.)"""
    call = date.today() - timedelta(days=14)
    passed, ahead = call + timedelta(days=2), date.today() + timedelta(days=30)
    add_text(
        "Call with Marta Quell, a recruiter at Brightwater. She said the team is small and"
        " ships weekly. I need to send her my resume by Friday.",
        f"{call.isoformat()}T10:00",
    )
    add_text(
        "Met Jonas Feld, a manager at Tarnwick. He said hiring is slow. I'll email him the"
        f" deck on {passed:%B} {passed.day}.",
        f"{call.isoformat()}T11:00",
    )
    add_text(
        "Coffee with Priya Lal, an engineer at Corvid. She said on-call is light. I'll send"
        f" her my portfolio by {ahead:%B} {ahead.day}.",
        f"{call.isoformat()}T12:00",
    )
    first, second, third = _note(1), _note(2), _note(3)
    assert "I will send you my resume." in first, first
    assert not any("Friday" in line for line in first), first
    assert "I'll email you the deck." in second, second
    assert not any(f"{passed:%B} {passed.day}" in line for line in second), second
    assert any(f"{ahead:%B} {ahead.day}" in line for line in third), third


FIONA = (
    "Call with Fiona Brady, an estimator at O'Malley & Sons. She said everyone eats lunch"
    " together on Fridays."
)
PLAIN = "Call with Liam Roche, a site manager at Omalley and Sons. He said the crews start at six."


def _clear_key_caches() -> None:
    import debrief.names as names

    for fn in (names.company_key, names.person_key, names.sound_key):
        fn.cache_clear()


def test_a_company_said_with_and_or_an_ampersand_is_one(home: Path) -> None:
    """ "O'Malley & Sons" and "Omalley and Sons" were keyed "omalley sons" and "omalley and
    sons": `companies` listed two and `company` found one call of the two. An "and" between
    a company's words is one with an "&"."""
    add_text(FIONA, "2026-12-03T10:00")
    add_text(PLAIN, "2026-12-04T10:00")
    code, out, err = run_cli("company", "O'Malley and Sons")
    assert code == 0, err
    assert out.startswith("O'Malley & Sons") and "2 calls" in out, out
    code, out, err = run_cli("companies")
    assert code == 0, err
    assert sum("malley" in line.lower() for line in out.splitlines()) == 1, out


def test_migration_m017_merges_a_company_filed_with_and_and_with_an_ampersand(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A knowledge base filed while the key kept "and" ("omalley and sons" beside "omalley
    sons") is re-keyed when opened and the two rows merged, as `debrief merge` does: both
    calls under one company."""
    import debrief.names as names
    from debrief.store import Store
    from debrief.store import db as dbmod

    with monkeypatch.context() as mp:
        mp.setattr(names, "inner_and", lambda said, i: False)
        before = [
            m for m in dbmod.MIGRATIONS if m.__name__ != "m017_drop_inner_and_in_company_keys"
        ]
        mp.setattr(dbmod, "MIGRATIONS", before)
        _clear_key_caches()
        add_text(FIONA, "2026-12-03T10:00")
        add_text(PLAIN, "2026-12-04T10:00")
        old = Store(home / "debrief.db")
        keys = {r["key"] for r in old.rows("SELECT key FROM companies")}
        old.close()
        assert {"omalley sons", "omalley and sons"} <= keys, keys
    _clear_key_caches()
    store = Store(home / "debrief.db")
    try:
        companies = store.rows("SELECT name, key FROM companies WHERE key LIKE '%malley%'")
        # the row re-keyed keeps its name, as at m015 and m016 (debrief.store.rekey)
        assert companies == [{"name": "Omalley and Sons", "key": "omalley sons"}], companies
        assert dbmod.migrate(store.db) == []
    finally:
        store.close()
    code, out, err = run_cli("company", "O'Malley & Sons")
    assert code == 0, err
    assert out.startswith("Omalley and Sons") and "2 calls" in out, out
