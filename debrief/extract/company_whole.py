"""The contact's company said whole where a lower-case "for" or "to" inside its name cut it
(company42, docs/extraction-history.md, "company42: the company said whole, an organisation
kept as the name (stop 41)").

Counted over the development authors, a company kept with too little or too much of its name
is the error kind the most authors show. One shape of it the taggers share: a name with a
lower-case "for" or "to" inside is cut there, and the answer keeps its second half: "Habitat
for Humanity of Greater Lowell" filed as "Humanity of Greater Lowell", "Onward to
Opportunity" as "Opportunity", "Harbor University Center for Population Health" as
"Population Health". Where the kept company is said right after "for"/"to", with capitalised
words of a name before it (no title word, form of address or word that names nothing: "Senior
Manager for Tallow Foods" is a title) set off by a comma, a colon, a heading's mark or
"with"/"at"/"from" (``whole_name_openers`` of ``pipelines/word_lists.toml``), those words
start the name. Reading the whole name from another answer that holds more words ("Blue
Bottle" of the model's "Blue Bottle Coffee") was tried and lost more than it won: the longer
answers are as often a place, a programme or a unit glued on ("Stripe Dublin", "Greystar
Academy", "FDA ORISE").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.casing import NOT_NAMES
from debrief.extract.lexicon import honorific_words, title_head_words, word_list
from debrief.extract.roles_company import said

#: at most this many words are added to a company, or stand before its "for"/"to"
_MAX_ADDED = 4
#: the words inside a name that a tagger cuts it at
_CUT_AT = {"for", "to"}


def _name_word(word: str) -> bool:
    """A capitalised word that can be a word of an organisation's name."""
    low = word.lower()
    return (
        word[:1].isupper()
        and word.replace("'s", "").replace("’s", "").replace("-", "").isalnum()
        and low not in NOT_NAMES
        and low not in title_head_words()
        and low not in honorific_words()
    )


def _opens(token: Token) -> bool:
    return token.is_space or token.lower_ in word_list("whole_name_openers")


def name_before(doc: Doc, company: str) -> str | None:
    """``company`` with the capitalised words said before its inner "for"/"to" ("Habitat" of
    "Habitat for Humanity of Greater Lowell"), where a mention is so said (module doc)."""
    if not company[:1].isupper():
        return None
    for span in said(doc, company):
        cut = span.start - 1
        if cut < 1 or doc[cut].lower_ not in _CUT_AT:
            continue
        start = cut
        while start > 0 and cut - start < _MAX_ADDED and _name_word(doc[start - 1].text):
            start -= 1
        if start == cut or start == 0 or not _opens(doc[start - 1]):
            continue
        if doc[start].is_sent_start and not doc[start - 1].is_punct:
            continue
        return doc[start : span.end].text
    return None


def whole_company(doc: Doc, company: str | None) -> str | None:
    """``company`` said whole: the capitalised words before its inner "for"/"to" added (module
    doc); unchanged where no mention is so said."""
    if not company:
        return company
    return name_before(doc, company) or company
