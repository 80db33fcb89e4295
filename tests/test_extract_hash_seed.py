"""Extraction gives the same output whatever the seed of Python's string hashing.

An engineer saw one recap (stop 33) name an organisation the contact advised ("go to
HIMSS Texas chapter events") as a company mentioned in some runs of ``debrief extract
--jsonl`` and not in others. Every Python process seeds its string hashes at random, so a
rule that iterates a set of strings (here: the most common entity label of a span, taken
over a set of labels, where "HIMSS" is an ORG and "Texas" a GPE, one each) settles a tie
differently from one process to the next. Each seed runs here in its own fresh interpreter
(the helper of the import-order test), on recaps in the user's shape: typed notes after a
call where the contact points to a professional body's regional chapter, an acronym then
a place, after "go to". With hash seed 0 the old rule read both as places and with seed 2
as organisations, so these recaps tell the two apart.
"""

from __future__ import annotations

from tests.test_extract_import_order import extracted_after

#: the contact's advice names a regional chapter: an acronym the model tags ORG followed by a
#: state it tags GPE, one token each
RECAPS = [
    "Quick notes from my call with Marisol Vega, she's a quality engineer at Brightwater "
    "Medical. She likes the hands-on work. She said go to ASQ Ohio section meetings, that's "
    "where the hiring managers are. I need to email her the link to my portfolio by Friday.",
    "Notes on my chat with Tariq Hassan, a field engineer at Redline Pumps. He said go to "
    "ASME Texas section dinners, that's how he met his boss. He likes being outside. I'll "
    "send him a thank you email tonight.",
]


def test_two_hash_seeds_give_the_same_extraction() -> None:
    first = extracted_after([], RECAPS, hash_seed="0")
    second = extracted_after([], RECAPS, hash_seed="2")
    assert first == second
    # the tie is settled by text order: the chapter said first as an organisation is one
    companies = [got["companies_mentioned"] for got in first]
    assert companies == [["Brightwater Medical", "ASQ Ohio"], ["Redline Pumps", "ASME Texas"]]
