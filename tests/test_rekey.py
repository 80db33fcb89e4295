"""Names with letters NFKD leaves whole (Ø, æ, ß, ł...): their keys fold them to the Latin
spelling, and migration m015 re-keys a knowledge base filed before (real spaCy, real SQLite,
the commands as a user runs them)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from conftest import run_cli

import debrief.names as names
from debrief.names import company_key, person_key
from debrief.store import Store
from debrief.store import db as dbmod
from debrief.store.rekey import old_company_key

FIRST = (
    "Just got off a call with Søren Ågård, a senior scientist at Øresund Biotech. He said the"
    " assay team hires research associates every spring and cares about wet lab hours. He"
    " suggested I talk to Mette Kjær in their regulatory group."
)
SECOND = (
    "Talked to Mette Kjær at Øresund Biotech, she runs regulatory affairs. She said EU"
    " submissions take most of her team's year."
)
PLAIN = "Coffee with Soren Agard at Oresund Biotech; he said automation skills matter more now."


def _old_fold(text: str) -> str:
    """fold_lower before stop 38: the letters NFKD leaves whole were dropped."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _clear_caches() -> None:
    for fn in (names.company_key, names.person_key, names.sound_key):
        fn.cache_clear()


def test_keys_fold_letters_nfkd_leaves_whole() -> None:
    assert company_key("Øresund Biotech ApS") == "oresund biotech aps"
    assert person_key("Søren Ågård") == "soren agard"
    assert person_key("Łukasz Żółw") == "lukasz zolw"
    assert company_key("Straße Æble") == "strasse aeble"
    assert person_key("Þóra Đurić") == "thora duric"
    assert old_company_key("Øresund Biotech") == "resund biotech"


def add(text: str, when: str) -> None:
    code, _, err = run_cli("add", "-y", "--text", text, "--when", when)
    assert code == 0, err


@pytest.mark.usefixtures("filed_soon_after")
def test_an_old_knowledge_base_is_rekeyed_and_merged_without_losing_anything(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a knowledge base filed before m015, with the old keys
    with monkeypatch.context() as mp:
        mp.setattr(names, "fold_lower", _old_fold)
        before = [m for m in dbmod.MIGRATIONS if m.__name__ != "m015_fold_letters_in_keys"]
        mp.setattr(dbmod, "MIGRATIONS", before)
        _clear_caches()
        add(FIRST, "2026-11-20T10:00")
        add(SECOND, "2026-11-25T15:00")
        add(PLAIN, "2026-12-01T09:00")  # the plain spelling: filed apart under the old keys
        items = json.loads(run_cli("todo", "--json")[1])
        thanks = next(t["id"] for t in items if t["text"] == "Send a thank-you note to Søren Ågård")
        assert run_cli("done", str(thanks))[0] == 0
        assert run_cli("edit", "3", "--title", "principal scientist")[0] == 0
        assert run_cli("rename", "person", "Mette Kjær", "Mette Kjaer-Holm")[0] == 0
        old = Store(home / "debrief.db")
        keys = {r["key"] for r in old.rows("SELECT key FROM companies")}
        aliases = old.rows("SELECT kind, heard_key, name FROM aliases")
        old.close()
        assert {"resund biotech", "oresund biotech"} <= keys
    _clear_caches()

    # opened by this version: m015 re-keys and merges the two spellings
    store = Store(home / "debrief.db")
    try:
        companies = store.rows("SELECT name, key FROM companies WHERE key LIKE '%resund%'")
        assert companies == [{"name": "Øresund Biotech", "key": "oresund biotech"}]
        contacts = store.rows("SELECT name, key, title FROM contacts WHERE key LIKE 's%'")
        assert [(c["name"], c["key"]) for c in contacts] == [("Søren Ågård", "soren agard")]
        now = store.rows("SELECT kind, heard_key, name FROM aliases")
        assert all(a in now for a in aliases)  # every alias kept
        assert dbmod.migrate(store.db) == []
    finally:
        store.close()
    for asked in ("Oresund", "Øresund", "oresund biotech"):
        code, out, err = run_cli("company", asked)
        assert code == 0, err
        assert out.startswith("Øresund Biotech") and "3 calls" in out, out
    code, out, err = run_cli("person", "Søren Ågård")
    assert code == 0, err
    assert "2 calls" in out and "principal scientist" in out

    # the user's corrections survive reading every recap again
    assert run_cli("reextract", "--all")[0] == 0
    code, out, _ = run_cli("todo", "--json")
    open_texts = [t["text"] for t in json.loads(out)]
    assert not any("thank-you note to Søren" in t and "#1" in t for t in open_texts)
    assert all(t["id"] != thanks for t in json.loads(out))
    code, out, _ = run_cli("person", "Mette Kjaer-Holm")
    assert code == 0 and "Øresund Biotech" in out
    code, out, _ = run_cli("company", "Oresund")
    assert out.startswith("Øresund Biotech") and "3 calls" in out
    code, out, _ = run_cli("person", "Soren Agard")
    assert code == 0 and "principal scientist" in out
