"""Names (issue 12): the vocabulary, name resolution, and corrections that last.

Real SQLite files and real spaCy throughout (the CLI through click's runner); the speech
side is in test_names_speech.py.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from click.testing import CliRunner

from debrief import pipeline
from debrief.cli import cli
from debrief.config import load_settings
from debrief.models import Contact, Extraction, Person
from debrief.names import sound_key, sounds_like
from debrief.store import Store, open_store
from debrief.store.company import list_companies
from debrief.store.corrections import apply_confirm, confirm_line
from debrief.store.people import people_overview, person_view
from debrief.store.resolve import resolve_extraction
from debrief.store.vocabulary import vocabulary
from debrief.transcribe.base import fit_vocabulary

NADIA = (
    "Talked to Nadia Petrova, a nurse manager at Kaiser. She said the night shifts are hard. "
    "She loves mentoring new nurses. I need to send her my resume by Friday. "
    "I will email James Chen next week."
)
#: James Chen only mentioned: "I will email X" makes X someone the user means to contact
#: (a referral, as outside authors label it), so the vocabulary test needs a passing mention.
NADIA_IN_PASSING = NADIA.replace(
    "I will email James Chen next week.", "She went to nursing school with James Chen."
)
PRIYA = (
    "Talked to Priya Raman, a staff engineer at Datadog. She loves the on-call culture. "
    "She suggested I talk to Siobhan Okonkwo at CrowdStrike. I need to email Siobhan by Friday."
)
RAMEN = (
    "Talked to Priya Ramen, an engineer at Datadog. She said promotions depend on design "
    "documents. I should send her a thank you note tomorrow."
)


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def store() -> Store:
    return open_store(load_settings())


# -- sound and spelling -----------------------------------------------------------------------


def test_sound_key_hears_what_spelling_hides() -> None:
    assert sound_key("Siobhan") == sound_key("Shivon")
    assert sound_key("Priya Ramen") == sound_key("Priya Raman")
    assert sound_key("Maria") != sound_key("Marcus")


def test_sounds_like_people_and_companies() -> None:
    assert sounds_like("Priya Ramen", "Priya Raman")
    assert sounds_like("Linda Parker", "Linda Park")
    assert sounds_like("Siobhan Akon Kuo", "Siobhan Okonkwo")
    assert sounds_like("Oluwaseunadeyemi", "Oluwaseun Adeyemi")  # run together
    assert not sounds_like("Siobhan", "Siobhan Okonkwo")  # a first name alone: not here
    # heard far off, but the same sound at the same company
    assert not sounds_like("Chivona Conquil", "Siobhan Okonkwo")
    assert sounds_like("Chivona Conquil", "Siobhan Okonkwo", same_place=True)
    # a shared surname with another first name is another person
    assert not sounds_like("Jane Chen", "John Chen")
    assert not sounds_like("James Chen", "Jane Park")
    assert sounds_like("Flatiron Hell", "Flatiron Health", company=True)
    assert sounds_like("Cloud Strike", "CrowdStrike", company=True)
    assert not sounds_like("Asana", "Ascend", company=True)
    assert not sounds_like("Strive", "Stripe", company=True)


def test_sounds_like_needs_every_word_close() -> None:
    """Pairs filed wrongly when held-out recaps shared one knowledge base: run together,
    their letters and sounds were near; word by word they are other people and places."""
    assert not sounds_like("Léa Marchand", "Laura Chen")
    assert not sounds_like("Benedetta Romano", "Nadia Rahman")
    assert not sounds_like("Beatrice Mays", "Beatriz Soto")
    assert not sounds_like("Rosalind", "Ruslan")  # first names alone, spelled apart
    assert not sounds_like("Pedro", "Teodoro")
    assert sounds_like("Rosalind", "Rosalynd")  # ... unless spelled nearly alike
    for heard, known in [
        ("University of Arkansas", "University of Arizona"),
        ("Pennsylvania Department of Transportation", "Hawaii Department of Transportation"),
        ("Department of Transportation", "Hawaii Department of Transportation"),
        ("Amazon", "Amazon Air"),
        ("IBEW Local 1186", "IBEW Local 103"),
        ("American Cancer Society", "American University"),
        ("Nava", "Navy"),
    ]:
        assert not sounds_like(heard, known, company=True), (heard, known)
    assert sounds_like("Datadog", "Data dog", company=True)
    assert sounds_like("Newport News Ship Building", "Newport News Shipbuilding", company=True)


def test_looks_truncated() -> None:
    from debrief.models import Segment
    from debrief.transcribe.base import looks_truncated

    said = "Just got off the phone with Siobhan Okonkwo"
    assert looks_truncated([Segment(0.0, 18.6, said)])  # 7 words in 18.6 s
    assert not looks_truncated([Segment(0.0, 3.0, said)])  # a short one may be slow
    assert not looks_truncated([Segment(0.0, 8.0, said + " and she is a security engineer")])
    assert not looks_truncated([])


def test_looks_truncated_with_word_timestamps() -> None:
    """Word timestamps trim a segment to its last word, so a skip shows only against the
    seconds of speech the VAD found (the suite once caught the engine keeping such a
    transcript: 7 words for 18 s of speech)."""
    from debrief.models import Segment
    from debrief.transcribe.base import looks_truncated

    said = "Just got off the phone with Siobhan Okonkwo"
    trimmed = [Segment(0.0, 2.5, said)]
    assert not looks_truncated(trimmed)  # the segment alone looks fine
    assert looks_truncated(trimmed, speech_seconds=18.2)
    assert not looks_truncated(trimmed, speech_seconds=3.0)  # a short recap may be slow
    whole = said + " who runs detection at CrowdStrike and she said to call Priya Raman soon"
    assert not looks_truncated([Segment(0.0, 6.5, whole)], speech_seconds=7.0)


# -- vocabulary ---------------------------------------------------------------------------------


def test_vocabulary_names_the_next_call_is_likely_to_say(home: Path) -> None:
    run("add", "--text", NADIA_IN_PASSING, "--when", "2026-11-02T10:00")
    run("add", "--text", PRIYA, "--when", "2026-11-20T10:00")
    s = store()
    names = vocabulary(s, contact="Ana Lind", company="Miro")
    # the command line first, then a referral not contacted yet with her company; James Chen,
    # mentioned in passing, is no evidence of a call to come
    assert names == ["Ana Lind", "Miro", "Siobhan Okonkwo", "CrowdStrike"]
    # people already called are left out (resolution recognises them after extraction)...
    everyone = vocabulary(s, everyone=True)
    # ... unless asked for: then every name on file, the later call's before the earlier's
    for name in ("Priya Raman", "Datadog", "Nadia Petrova", "Kaiser", "staff engineer"):
        assert name in everyone
    assert everyone.index("Priya Raman") < everyone.index("Nadia Petrova")
    assert everyone.index("Datadog") < everyone.index("Kaiser")
    assert len(everyone) == len({n.lower() for n in everyone})


def test_vocabulary_leaves_out_names_without_evidence(home: Path) -> None:
    """A knowledge base of many calls holds names extraction got wrong and people mentioned
    in passing; priming Whisper with them bent new names toward them (issue 11's spoken
    check). Only referrals, and people at the company the command line names, go in, by a
    full name."""
    from debrief.models import Contact, Extraction, Person

    s = store()
    people = [
        Person("Said"),  # a verb filed as a person from a transcript
        Person("Multilingual Outreach"),  # a program, no company
        Person("Highway", "Pennsylvania Department of Transportation"),  # one word
        Person("Tomasz Wisniewski", "Snowflake"),  # mentioned at a company
        Person("Laura Chen", None, "referral"),
        Person("dana", None, "referral"),  # not a full name
    ]
    for n, person in enumerate(people):
        debrief_id = s.create_debrief(source="audio", recorded_at=datetime(2026, 11, n + 1, 10))
        s.save_extraction(debrief_id, Extraction(contact=Contact(), people_mentioned=[person]))
    assert vocabulary(s) == ["Laura Chen"]
    # the user says the call was at Snowflake: who is on file there becomes likely
    assert vocabulary(s, company="Snowflake") == [
        "Snowflake",
        "Laura Chen",
        "Tomasz Wisniewski",
    ]


def test_vocabulary_fits_whispers_prompt() -> None:
    from debrief.config import Settings
    from debrief.transcribe import get_engine

    engine = get_engine(Settings())
    names = [f"Person{i} Surname{i}" for i in range(300)]
    prompt = engine.hotwords(names)  # type: ignore[attr-defined]
    tokens = engine.count_tokens(" " + prompt)  # type: ignore[attr-defined]
    assert 150 < tokens <= 223
    kept = prompt.split(", ")
    assert kept == names[: len(kept)]  # whole names, the most useful ones first
    assert fit_vocabulary([], len) == ""


# -- resolution -----------------------------------------------------------------------------------


def test_new_names_in_a_shared_knowledge_base_stay_new(home: Path) -> None:
    """Many unrelated calls filed into one knowledge base (as a user files them): a new
    person or organisation near one on file only by letters stays new."""
    run(
        "add",
        "--text",
        "Talked to Laura Chen, a program manager at the University of "
        "Arizona. She said I should talk to Marcus Bell at Amazon Air.",
        "--when",
        "2026-11-02T10:00",
    )
    heard = Extraction(
        contact=Contact("Léa Marchand", "engineer", "University of Arkansas"),
        people_mentioned=[Person("Marco Bell", "Amazon", "referral")],
        companies_mentioned=["University of Arkansas", "Amazon"],
    )
    resolved, was = resolve_extraction(store(), heard)
    assert resolved.contact == heard.contact
    assert resolved.companies_mentioned == ["University of Arkansas", "Amazon"]
    assert resolved.people_mentioned[0].name == "Marco Bell"  # first names apart
    assert (was.contact, was.company, was.people) == (None, None, [None])


def test_spoken_names_resolve_to_known_ones_keeping_what_was_heard(home: Path) -> None:
    run("add", "--text", PRIYA, "--when", "2026-11-20T10:00")
    s = store()
    heard = Extraction(
        contact=Contact("Priya Ramen", "engineer", "Data dog"),
        people_mentioned=[
            Person("Siobhan Akon Kuo", "Cloud Strike", "referral"),
            Person("Marcus Bell", None, "mentioned"),
        ],
        companies_mentioned=["Data dog", "Flatiron Health"],
    )
    resolved, was = resolve_extraction(s, heard)
    assert (resolved.contact.name, resolved.contact.company) == ("Priya Raman", "Datadog")
    assert (was.contact, was.company) == ("Priya Ramen", "Data dog")
    assert resolved.people_mentioned[0].name == "Siobhan Okonkwo"
    assert resolved.people_mentioned[0].company == "CrowdStrike"
    assert was.people == ["Siobhan Akon Kuo", None]
    assert resolved.people_mentioned[1].name == "Marcus Bell"  # unknown: stays new
    assert resolved.companies_mentioned == ["Datadog", "Flatiron Health"]
    assert heard.contact.name == "Priya Ramen"  # the input is left alone
    # A known contact's company named in the recap wins over one nobody has on file.
    misparsed = Extraction(
        contact=Contact("Siobhan Okonkwo", None, "Chisa Security Engineer"),
        companies_mentioned=["Chisa Security Engineer"],
    )
    text = "Just got off the phone with Siobhan Okonkwo, Chisa Security Engineer at CrowdStrike."
    fixed, was = resolve_extraction(s, misparsed, text=text)
    assert (fixed.contact.company, was.company) == ("CrowdStrike", "Chisa Security Engineer")
    # A typed recap is not speech: close spellings stay as typed.
    typed, _ = resolve_extraction(s, heard, spoken=False)
    assert typed.contact.name == "Priya Ramen"


def test_resolved_referral_counts_as_contacted_and_heard_is_shown(home: Path) -> None:
    run("add", "--text", PRIYA, "--when", "2026-11-20T10:00")
    s = store()
    debrief_id = s.create_debrief(
        source="recording", recorded_at=__import__("datetime").datetime(2026, 11, 21, 9)
    )
    from debrief.models import Transcript

    text = (
        "Just got off the phone with Siobhan Akon Kuo. She's a security engineer at "
        "CrowdStrike. She started in incident response."
    )
    s.save_transcript(debrief_id, Transcript(text, [], "en", 10.0, "faster-whisper", "tiny.en"))
    result = pipeline.process_debrief(load_settings(), s, debrief_id)
    assert result.ok, result.error
    row = s.get(debrief_id)
    assert (row["contact"], row["heard_contact"]) == ("Siobhan Okonkwo", "Siobhan Akon Kuo")
    assert people_overview(s)["not_contacted"] == []
    shown = run("show", str(debrief_id))
    assert "Siobhan Okonkwo (heard: Siobhan Akon Kuo)" in shown


# -- corrections ----------------------------------------------------------------------------------


def test_edit_done_reextract_keeps_title_done_state_and_ids(home: Path) -> None:
    run("add", "--text", NADIA, "--when", "2026-11-18T10:00")
    before = store().follow_ups(1)
    assert len(before) == 2
    out = run("edit", "1", "--title", "staff product designer")
    assert "Nadia Petrova / staff product designer / Kaiser" in out
    run("done", str(before[0]["id"]))
    run("reextract", "--all")
    s = store()
    assert s.get(1)["title"] == "staff product designer"
    after = s.follow_ups(1)
    assert [f["id"] for f in after] == [f["id"] for f in before]
    assert after[0]["done_at"] is not None and after[1]["done_at"] is None


def test_done_takes_several_ids(home: Path) -> None:
    run("add", "--text", NADIA, "--when", "2026-11-18T10:00")
    run("add", "--text", RAMEN, "--when", "2026-11-19T10:00")
    ids = [str(f["id"]) for d in (1, 2) for f in store().follow_ups(d)]
    assert len(ids) == 3
    out = run("done", *ids)
    assert out.count("done #") == 3
    assert all(f["done_at"] for d in (1, 2) for f in store().follow_ups(d))
    result = CliRunner().invoke(cli, ["done", ids[0], "99"])
    assert result.exit_code == 1 and "no follow-up with id 99" in result.output
    assert "Traceback" not in result.output


def test_edit_contact_company_and_when_last(home: Path) -> None:
    run("add", "--text", NADIA, "--when", "2026-11-18T10:00")
    run(
        "edit",
        "1",
        "--contact",
        "Nadia Petrovna",
        "--company",
        "Kaiser Permanente",
        "--when",
        "2026-11-17T09:30",
    )
    run("reextract", "1")
    row = store().get(1)
    assert (row["contact"], row["company"]) == ("Nadia Petrovna", "Kaiser Permanente")
    assert row["recorded_at"] == "2026-11-17T09:30:00"
    result = CliRunner().invoke(cli, ["edit", "1"])
    assert result.exit_code == 2 and "--contact" in result.output
    result = CliRunner().invoke(cli, ["edit", "7", "--title", "x"])
    assert result.exit_code == 1 and "no debrief with id 7" in result.output


def test_merge_people_everywhere_search_included(home: Path) -> None:
    run("add", "--text", PRIYA, "--when", "2026-11-20T10:00")
    run("add", "--text", RAMEN, "--when", "2026-11-22T10:00")
    names = {c["name"] for c in people_overview(store())["contacts"]}
    assert names == {"Priya Raman", "Priya Ramen"}
    out = run("merge", "person", "Priya Ramen", "Priya Raman")
    assert "merged person Priya Ramen into Priya Raman" in out
    s = store()
    contacts = people_overview(s)["contacts"]
    assert [(c["name"], c["calls"]) for c in contacts] == [("Priya Raman", 2)]
    assert s.get(2)["contact"] == "Priya Raman"
    # keyword search (search is hybrid since issue 13: by meaning #1 is near too); the
    # person filter finds the merged-in call under its new name
    hits = json.loads(run("search", "promotions", "--person", "Priya Raman", "--json", "--exact"))
    assert [h["debrief_id"] for h in hits] == [2]
    view = person_view(s, "Priya Raman")
    assert [c["debrief_id"] for c in view["calls"]] == [1, 2]
    assert {f["debrief_id"] for f in view["follow_ups"]} == {1, 2}
    # it lasts: re-extraction hears "Priya Ramen" again and files it under Priya Raman
    run("reextract", "--all")
    assert [c["name"] for c in people_overview(store())["contacts"]] == ["Priya Raman"]


def test_rename_company_follows_everywhere_and_lasts(home: Path) -> None:
    run(
        "add",
        "--text",
        "Talked to Ana Lind, a data scientist at Flatiron Hell. She said I "
        "should talk to Omar Haddad at Flatiron Hell.",
        "--when",
        "2026-11-20T10:00",
    )
    assert store().get(1)["company"] == "Flatiron Hell"
    out = run("rename", "company", "flatiron hell", "Flatiron Health")
    assert "renamed company Flatiron Hell -> Flatiron Health" in out
    s = store()
    assert s.get(1)["company"] == "Flatiron Health"
    assert [p["company"] for p in s.people(1)] == ["Flatiron Health"]
    run("reextract", "1")
    s = store()
    assert s.get(1)["company"] == "Flatiron Health"
    assert [c["name"] for c in list_companies(s)] == ["Flatiron Health"]
    result = CliRunner().invoke(cli, ["rename", "company", "Nowhere Corp", "X"])
    assert result.exit_code == 1 and "no company matching" in result.output


def test_insight_move_and_drop_last(home: Path) -> None:
    run("add", "--text", NADIA, "--when", "2026-11-18T10:00")
    insights = store().insights(1)
    hard = next(i for i in insights if "night shifts" in i["text"])
    loves = next(i for i in insights if "mentoring" in i["text"])
    run("insight", str(hard["id"]), "--category", "culture")
    run("insight", str(loves["id"]), "--drop")
    run("reextract", "1")
    after = {i["text"]: i["category"] for i in store().insights(1)}
    assert after[hard["text"]] == "culture"
    assert loves["text"] not in after
    result = CliRunner().invoke(cli, ["insight", str(hard["id"])])
    assert result.exit_code == 2


def test_follow_up_edit_and_drop_last(home: Path) -> None:
    run("add", "--text", NADIA, "--when", "2026-11-18T10:00")
    first, second = store().follow_ups(1)
    run("follow-up", str(first["id"]), "--text", "Send Nadia my resume", "--due", "2026-11-25")
    run("follow-up", str(second["id"]), "--drop")
    run("reextract", "1")
    after = store().follow_ups(1)
    assert [(f["id"], f["text"], f["due"]) for f in after] == [
        (first["id"], "Send Nadia my resume", "2026-11-25")
    ]
    result = CliRunner().invoke(cli, ["follow-up", str(first["id"]), "--due", "soon"])
    assert result.exit_code == 2 and "cannot read 'soon' as a date" in result.output


def test_add_of_a_filed_recording_applies_contact_and_company(home: Path) -> None:
    sample = Path(__file__).resolve().parent.parent / "samples" / "recap-short-note.ogg"
    run("add", str(sample), "--yes")
    out = run("add", str(sample), "--contact", "Dana Whitfield", "--company", "Acme Robotics")
    assert "already filed as #1" in out and "corrected" in out
    row = store().get(1)
    assert (row["contact"], row["company"]) == ("Dana Whitfield", "Acme Robotics")
    run("reextract", "1")
    assert store().get(1)["contact"] == "Dana Whitfield"


def test_confirm_answer_corrects_and_joins_the_vocabulary(home: Path) -> None:
    run("add", "--text", NADIA, "--when", "2026-11-18T10:00")
    s = store()
    assert confirm_line(s.get(1)) == "Nadia Petrova / nurse manager / Kaiser"
    assert apply_confirm(s, 1, "") is None  # Enter accepts
    assert apply_confirm(s, 1, "Nadia Petrova / ? / Kaiser") is None
    row = apply_confirm(s, 1, "Nadia Petrovna / head nurse")
    assert row is not None
    assert (row["contact"], row["title"], row["company"]) == (
        "Nadia Petrovna",
        "head nurse",
        "Kaiser",
    )
    assert vocabulary(s)[0] == "Nadia Petrovna"
    # the misheard name now resolves to the correction, even in a typed recap
    run(
        "add",
        "--text",
        "Talked to Nadia Petrova again, she is at Kaiser.",
        "--when",
        "2026-11-25T10:00",
    )
    assert store().get(2)["contact"] == "Nadia Petrovna"


def test_confirm_line_in_a_terminal(home: Path, tmp_path: Path) -> None:
    """`debrief add` in a real terminal (a pty) asks once; typing corrects."""
    import os
    import pty
    import sys
    import time

    pid, fd = pty.fork()
    if pid == 0:  # child: the real command on the pty
        os.execv(
            sys.executable,
            [
                sys.executable,
                "-m",
                "debrief.cli",
                "add",
                "--text",
                NADIA,
                "--when",
                "2026-11-18T10:00",
            ],
        )
    out = b""
    deadline = time.monotonic() + 120
    answered = False
    while time.monotonic() < deadline:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        if not answered and b"> " in out:
            os.write(fd, b"Nadia Petrova / head nurse / Kaiser\r")
            answered = True
    os.waitpid(pid, 0)
    text = out.decode(errors="replace")
    assert "Nadia Petrova / nurse manager / Kaiser" in text, text
    assert "#1 corrected: Nadia Petrova / head nurse / Kaiser" in text, text
    assert store().get(1)["title"] == "head nurse"


def test_correcting_a_wrong_pick_does_not_rename_the_other_person(home: Path) -> None:
    """Extraction filed the referrer as the contact; correcting it must not make the
    referrer's name an alias of the contact (a mishearing would be)."""
    run(
        "add",
        "--text",
        "Talked to Yusuf Demir, a data engineer at Klaviyo.",
        "--when",
        "2026-11-02T10:00",
    )
    run(
        "add",
        "--text",
        "Yusuf Demir is a data engineer at Klaviyo. He introduced me to everyone there.",
        "--when",
        "2026-11-20T10:00",
    )
    assert store().get(2)["contact"] == "Yusuf Demir"
    run("edit", "2", "--contact", "Joaquin Villanueva")
    run("reextract", "1")
    assert store().get(1)["contact"] == "Yusuf Demir"
    # a name nobody else has is a mishearing: it becomes an alias
    run(
        "add",
        "--text",
        "Just talked to Shinvall, a security engineer at CrowdStrike.",
        "--when",
        "2026-11-21T10:00",
    )
    run("edit", "3", "--contact", "Siobhan Okonkwo")
    run(
        "add",
        "--text",
        "Just talked to Shinvall again, she is at CrowdStrike.",
        "--when",
        "2026-11-28T10:00",
    )
    assert store().get(4)["contact"] == "Siobhan Okonkwo"
