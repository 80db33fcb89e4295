"""Whether the roles model's contact title was said beside the rules' contact name, when the
model marks no span for that name.

"Met Odile Brannick, head of planning at Sorrel Freight. She told me to talk to Kwame Ashby
...": en_core_web_sm tags the opening verb "Met" as a proper noun and compounds it into the
name, tags no PERSON there, and the roles model marks only the referral ("Kwame Ashby") as a
name, yet it marks "head of planning" as the contact's title. The rules read the name and
that title in apposition ("<name>, <title>"): the model agrees with the rules' introduction of
the contact on everything but the name, so the name it does not mark is still the contact's,
and a person the rules file as someone to talk to does not outrank it
(:func:`debrief.extract.roles_who.referred_not_contact`). Measured in
(docs/extraction-history.md, "contact40: a referral against an opening name").
"""

from __future__ import annotations

from spacy.tokens import Span

from debrief.names import person_key

#: tokens that may stand between the name and its title: "Odile Brannick, head of ...",
#: "Odile Brannick - head of ...", "Odile Brannick (head of ...)"
_BETWEEN = {",", "-", "–", "—", "(", ":"}


def title_apposed(own: str, title: str | None, spans: list[Span]) -> bool:
    """Whether the model marks ``title`` (the rules' contact title) as CONTACT_TITLE right
    after a mention of the rules' name ``own`` (a person key), with only a comma, dash or
    bracket (and an article) between them."""
    if not title or not own or not spans:
        return False
    doc = spans[0].doc
    want = title.lower().strip()
    words = own.split()
    n = len(words)
    for s in spans:
        if s.label_ != "CONTACT_TITLE" or s.text.lower().strip() != want:
            continue
        k = s.start - 1
        while k >= 0 and doc[k].lower_ in {"a", "an", "the"}:
            k -= 1
        if k < n or doc[k].text not in _BETWEEN:
            continue
        if person_key(doc[k - n : k].text) == own:
            return True
    return False
