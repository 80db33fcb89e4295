"""A user's session (QA, stop 32): each friction found, as the `debrief` command shows it.
Real SQLite files and real spaCy; the recaps are typed, in the tester's own words."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli

#: Two typed recaps: a call where the user promised things and was referred on, and one
#: where the contact talked about working from home.
MARIA = (
    "Talked to Maria Lopez, a product manager at Stripe. She started in support and moved"
    " into product after two years. She said the culture is very remote friendly and she"
    " loves the async writing. I promised to send her my portfolio by Friday. She said I"
    " should talk to James Chen, an engineer at Figma."
)
OMAR = (
    "Spoke with Omar Haddad, a data analyst at Shopify. He said working from home is hard"
    " for juniors, so he goes to the office three days a week. He dislikes the long"
    " meetings. I need to send him the article about dbt by Monday."
)


def _file(*recaps: str) -> None:
    for n, recap in enumerate(recaps, start=1):
        code, _, err = run_cli("add", "-y", "--text", recap, "--when", f"2026-12-0{n}T10:00")
        assert code == 0, err


def test_search_by_meaning_honours_an_excluded_word(home: Path) -> None:
    """`debrief search "culture -remote"` listed Maria's "remote friendly" culture: the
    keyword half excluded it, the meaning half (which even compared "remote") brought it
    back. The excluded word is now left out of the meaning and its insights dropped."""
    _file(MARIA, OMAR)
    code, out, err = run_cli("search", "working from home")
    assert code == 0, err
    assert "remote friendly" in out  # found by meaning: what the exclusion must drop
    code, out, err = run_cli("search", "working from home -remote")
    assert code == 0, err
    assert "working from home is hard" in out
    assert "remote" not in out
    code, out, err = run_cli("search", "office culture NOT juniors")
    assert code == 0, err
    assert "remote friendly" in out
    assert "juniors" not in out


def test_ask_answers_from_the_open_follow_ups(home: Path) -> None:
    """`debrief ask "what did I promise to send?"` said "No one has talked about this yet"
    with two promises open: the ledger answers it now, each item with the call it came from;
    "what do I owe Maria?" only hers; a question on another subject gets no ledger."""
    import json

    _file(MARIA, OMAR)
    code, out, err = run_cli("ask", "what did I promise to send?")
    assert code == 0, err
    assert "No one has talked" not in out
    assert "send her my portfolio" in out and "article about dbt" in out
    assert "call #1 with Maria Lopez, Stripe, 2026-12-01" in out
    code, out, err = run_cli("ask", "what do I owe Maria?", "--json")
    assert code == 0, err
    data = json.loads(out)
    texts = [i["text"] for i in data["follow_ups"]]
    assert any("portfolio" in t for t in texts)
    assert not any("dbt" in t or "Omar" in t for t in texts)
    assert {i["debrief_id"] for i in data["follow_ups"]} == {1}
    assert data["answered"] is True
    code, out, err = run_cli("done", str(data["follow_ups"][0]["follow_up_id"]))
    assert code == 0, err
    code, out, err = run_cli("ask", "what do I owe Maria?", "--json")
    assert len(json.loads(out)["follow_ups"]) == len(texts) - 1  # closed: no longer owed
    code, out, err = run_cli("ask", "what is the culture like", "--json")
    assert code == 0, err
    assert json.loads(out)["follow_ups"] == []


def test_prep_for_a_referral_says_who_referred_them_not_the_referrers_path(home: Path) -> None:
    """`debrief prep "James Chen"` (referred by Maria, not called yet) listed under "What you
    know" Maria's own career path and culture, and her thank-you note under "You owe", as
    if they were his. The page now says who referred him and what was said about him, knows
    his company from the calls there, and keeps only his own open items."""
    lena = (
        "Talked to Lena Park, a product designer at Figma. She said the design critiques"
        " every Tuesday are the best part of the job."
    )
    _file(MARIA, lena)
    code, out, err = run_cli("prep", "James Chen")
    assert code == 0, err
    assert "Maria Lopez (Stripe) referred them on call #1, 2026-12-01" in out
    assert "“She said I should talk to James Chen, an engineer at Figma.”" in out
    assert "What you know about Figma" in out
    assert "design critiques every Tuesday" in out  # Lena's, at his company
    assert "started in support" not in out  # Maria's career path is not his
    assert "remote friendly" not in out
    assert "Reach out to James Chen" in out
    assert "thank-you note to Maria" not in out
    assert "last call: none with them yet" in out
    code, out, err = run_cli("prep", "James Chen", "--format", "markdown")
    assert code == 0, err
    assert "## Who referred them" in out and "> She said I should talk to James Chen" in out
    assert "started in support" not in out


def test_a_referral_filed_twice_for_one_call_is_one_referral(home: Path) -> None:
    """The same call filed twice (a typed note, then the spoken recap, here typed again in
    other words) named James Chen in both: `debrief people` listed him twice and said
    "2 referrals not yet contacted". One person to contact is one row, with both calls."""
    import json

    again = (
        "Quick recap of my call with Maria Lopez, product manager at Stripe. She suggested I"
        " contact James Chen, an engineer at Figma."
    )
    _file(MARIA)
    code, _, err = run_cli("add", "-y", "--text", again, "--when", "2026-12-01T10:40")
    assert code == 0, err
    code, out, err = run_cli("people")
    assert code == 0, err
    assert out.count("James Chen") == 1, out
    assert "#1, #2" in out
    assert "1 referral" in out and "2 referral" not in out
    code, out, err = run_cli("people", "--json")
    data = json.loads(out)
    assert [r["debrief_ids"] for r in data["referrals"]] == [[1, 2]]
    assert len(data["not_contacted"]) == 1
    code, out, err = run_cli("review", "--since", "2026-11-30")
    assert code == 0, err
    assert out.count("suggested by Maria Lopez on") == 1, out  # the week's referrals


def test_done_with_a_missing_id_says_what_was_done_and_what_was_not(home: Path) -> None:
    """`debrief done 1 999` closed #1 and exited 1 with only "error: no follow-up with id
    999": what was done and what was not, one line each, and the exit code the README gives
    for a command that did not do all it was asked (1)."""
    _file(MARIA)
    code, out, err = run_cli("done", "1", "999", "998")
    assert code == 1
    assert out.startswith("done #1: I promised to send her my portfolio")
    assert err.strip().splitlines() == [
        "error: not done: no follow-up with id 999 or 998; done: #1 (`debrief todo --all`"
        " lists the ids)"
    ]
    code, out, err = run_cli("done", "1", "--undo", "999")
    assert code == 1
    assert out.startswith("reopened #1")
    assert "not reopened: no follow-up with id 999; open: #1" in err
    code, out, err = run_cli("done", "1")
    assert code == 0 and out.startswith("done #1") and not err
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    assert "1 when it did not do all of it" in readme


def test_counts_of_one_are_said_in_words(home: Path) -> None:
    """Left from qa31's list: `debrief people` said "1 referral(s) not yet contacted",
    `debrief person` "(1 insights)", and `prep` of a company only mentioned "1 call(s)
    mention it"."""
    recap = (
        "Talked to Ana Ruiz, a nurse at Kaiser. She loves the night shift. She said I should"
        " talk to Ben Ito at Sutter Health."
    )
    code, _, err = run_cli("add", "-y", "--text", recap, "--when", "2026-12-01T10:00")
    assert code == 0, err
    code, out, err = run_cli("people")
    assert code == 0, err
    assert "1 referral not yet contacted" in out and "(s)" not in out
    code, out, err = run_cli("person", "Ana Ruiz")
    assert code == 0, err
    assert "(1 insight)" in out
    code, out, err = run_cli("prep", "Sutter Health")
    assert code == 1
    assert "1 call mentions it" in err and "(s)" not in err


def test_ask_keeps_the_ledger_to_questions_about_the_user(home: Path) -> None:
    """Being a user of the ledger answers: "what perks are offered at Stripe" is about the
    company, not what a contact offered the user; "what did Maria offer me?" with nothing
    offered said only "No one has talked about this yet"; "what am I supposed to send Omar"
    was not read as a question about the ledger."""
    import json

    _file(MARIA, OMAR)
    code, out, err = run_cli("ask", "what perks are offered at Stripe", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["follow_ups"] == [] and data["ledger"] is False
    code, out, err = run_cli("ask", "what did Maria offer me?")
    assert code == 0, err
    assert out.startswith("No open follow-up answers this")
    code, out, err = run_cli("ask", "what am I supposed to send Omar")
    assert code == 0, err
    assert "article about dbt" in out and "portfolio" not in out


def test_prep_and_person_list_a_referral_filed_twice_once(home: Path) -> None:
    """`debrief prep maria`, her call filed twice, gave "Maria Lopez → James Chen" twice in
    the referral chain, and `debrief person "James Chen"` "referred by Maria Lopez" twice
    (as `people` did before): one link, with both calls."""
    again = (
        "Quick recap of my call with Maria Lopez, product manager at Stripe. She suggested I"
        " contact James Chen, an engineer at Figma."
    )
    _file(MARIA)
    code, _, err = run_cli("add", "-y", "--text", again, "--when", "2026-12-01T10:40")
    assert code == 0, err
    code, out, err = run_cli("prep", "maria")
    assert code == 0, err
    assert out.count("→ James Chen") == 1, out
    assert "Maria Lopez → James Chen (calls #1, #2, 2026-12-01; not yet contacted)" in out
    code, out, err = run_cli("person", "James Chen")
    assert code == 0, err
    assert out.count("referred by Maria Lopez") == 1 and "#1, #2" in out, out


def test_ask_what_a_contact_offered(home: Path) -> None:
    """ "what did Maria offer me?" heads the answer "What they offered" and each item said
    "they offered:" again; the mark stays for a list holding both sides."""
    recap = MARIA + " She offered to send me the job posting for the junior role."
    _file(recap)
    code, out, err = run_cli("ask", "what did Maria offer me?")
    assert code == 0, err
    assert out.startswith("What they offered (open follow-ups)")
    assert "job posting" in out and "they offered:" not in out
    assert "portfolio" not in out  # the user's side


def test_dismiss_takes_several_ids_as_done_does(home: Path) -> None:
    """`debrief done 2 3` closes both, `debrief dismiss 2 3` was a usage error ("Got
    unexpected extra argument"): it takes several ids, and one not found is said as `done`
    says it (exit 1, what was dismissed named)."""
    import json

    _file(MARIA)
    code, out, err = run_cli("dismiss", "2", "3", "999")
    assert code == 1
    assert out.count("dismissed #") == 2
    assert "not dismissed: no follow-up with id 999; dismissed: #2, #3" in err
    code, out, err = run_cli("todo", "--json")
    assert {2, 3}.isdisjoint(i["id"] for i in json.loads(out))
