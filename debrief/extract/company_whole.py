"""The contact's company said whole, where the answer kept only a part of its name
(company42, docs/extraction-history.md, "company42: the company said whole (stop 41)").

Counted over the development authors, a company kept with too little of its name is the
extent error the most authors show, in two shapes:

- another answer holds the whole name and the kept one is its first or last words: the rules
  keep "Blue Bottle" where the model reads "Blue Bottle Coffee", "Thistle" where the rules'
  own organisations hold "Thistle and Byte", "VA" of "the Dayton VA". The whole name is kept
  where the words it adds are capitalised words of a name (or "and", "&", "of", "for", "to"
  between them), no title word, form of address or word that names nothing, and the recap
  says it so, on one line. A lower-case tail ("Harlan County public works", a unit) is left
  alone: the labels keep it as often as they drop it (company_tail), and so is a division or
  an office the recap drops when it says the name again (company_repeated: "Zalando Public
  Sector ... then Zalando hired her");
- a name with a lower-case "for" or "to" inside, which every tagger cuts there: "Habitat for
  Humanity of Greater Lowell" filed as "Humanity of Greater Lowell", "Onward to Opportunity"
  as "Opportunity". Where the kept company is said right after "for"/"to" and capitalised
  words before it, set off by a comma, a colon, a heading's mark or "with"/"at"/"from"
  (``whole_name_openers`` of ``pipelines/word_lists.toml``), those words start the name.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from debrief.extract.casing import NOT_NAMES
from debrief.extract.company_repeated import repeated_shorter
from debrief.extract.lexicon import honorific_words, title_head_words, word_list
from debrief.extract.roles_company import said
from debrief.models import Contact

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


def _added_fits(added: list[str], after: bool) -> bool:
    """Whether ``added`` (the words a longer answer adds, in order; ``after`` the company or
    before it) are words of a name: name words, with the inner words of ``whole_name_inner``
    only between a name word and the company's or another name word ("Thistle and Byte";
    not "Acme and", "for Acme")."""
    if not added or len(added) > _MAX_ADDED:
        return False
    inner = word_list("whole_name_inner")
    outer = len(added) - 1 if after else 0  # the added word farthest from the company
    return all(_name_word(w) or (w.lower() in inner and i != outer) for i, w in enumerate(added))


def _added(company: str, longer: str) -> tuple[list[str], bool] | None:
    """The words ``longer`` adds to ``company`` (the same words in any case) and whether
    after it, or None where it does not hold ``company`` at its start or end."""
    short, long_ = company.split(), longer.split()
    n = len(short)
    if len(long_) <= n:
        return None
    lows = [w.lower() for w in short]
    if [w.lower() for w in long_[:n]] == lows:
        return long_[n:], True
    if [w.lower() for w in long_[-n:]] == lows:
        return long_[:-n], False
    return None


def fuller_answer(doc: Doc, company: str, answers: Iterable[str | None]) -> str | None:
    """The first of ``answers`` that is ``company`` with more words of its name, said so in
    the recap on one line (module doc), or None."""
    if not company[:1].isupper():
        return None
    for longer in answers:
        if not longer or "\n" in longer:
            continue
        added = _added(company, longer)
        if added is None or not _added_fits(*added):
            continue
        if next(said(doc, longer), None) is None:
            continue
        # "at Zalando Public Sector ... then Zalando hired her": the form company_repeated
        # cut it to, a division or office glued on, stays cut
        if repeated_shorter(doc, Contact(company=longer)).company != longer:
            continue
        return longer
    return None


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


def whole_company(doc: Doc, company: str | None, answers: Iterable[str | None]) -> str | None:
    """``company`` said whole: the capitalised words before its inner "for"/"to" added, else
    the answer among ``answers`` that says more of its name (module doc); unchanged where
    neither is said."""
    if not company:
        return company
    before = name_before(doc, company)
    if before is not None:
        return before
    return fuller_answer(doc, company, answers) or company
