"""contact52 with the real spaCy pipeline: "owner" as the title where the recap gives no job
title but says the contact owns the named organisation (title_owner)."""

from __future__ import annotations

from datetime import datetime

from debrief.extract.pipeline import extract

WHEN = datetime(2026, 12, 8, 18, 0)

OWNS_NAMED = (
    "Talked to Gus, Gus Amari, owns Amari Plumbing, a little outfit in Tempe, like six guys. "
    "He does all the bidding himself."
)

NAME_OWNS = (
    "Finally got Lena Brookfield on the phone. Lena owns Cedarline Print, it's her and two "
    "staff. She started in 2019."
)

OWNS_UNNAMED = (
    "Coffee with Tom Reyes, he owns it with his brother, a small bakery. He bakes at four."
)

SOMEONE_ELSE_OWNS = (
    "Talked with Nina Patel, she's a baker at Crumb and Co. Her boss owns Crumb and Co."
)


def test_owns_a_named_shop_after_the_name_is_owner_and_the_company() -> None:
    got = extract(OWNS_NAMED, WHEN).contact
    assert (got.title, got.company) == ("owner", "Amari Plumbing")


def test_the_first_name_owns_a_named_shop_in_the_next_sentence() -> None:
    assert extract(NAME_OWNS, WHEN).contact.title == "owner"


def test_owning_a_business_not_named_gives_no_title() -> None:
    assert extract(OWNS_UNNAMED, WHEN).contact.title is None


def test_a_kept_title_stays_when_someone_else_owns_the_firm() -> None:
    assert extract(SOMEONE_ELSE_OWNS, WHEN).contact.title == "baker"
