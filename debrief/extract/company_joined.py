"""A firm's name joined by "and": "Thistle and Bite", "Harrow and Finch", "Marsh and Vale
Builders".

The rules stop an organisation's capitalised run at a conjunction (so that "at Deloitte and
Accenture" is not one firm), which cuts a name made of two words joined by "and" to its first
word. Whisper writes a typed "&" as "and", so on a transcript every such name is cut. Where the
roles model marks the whole name as one CONTACT_ORG span, the model's company is taken over the
rules' first word (:func:`debrief.extract.roles_company.company_policy`). Only where the
model's company is the rules' with "and" (or "&") and one or two capitalised words after it.
Measured in docs/extraction-history.md, "spoken46".
"""

from __future__ import annotations

from debrief.extract.lexicon import word_list

#: The most words after "and" the joined name has ("Bite", "Sons Electric").
_MOST_AFTER = 2


def joined_name(rule: str | None, model: str | None) -> bool:
    """Whether the model's company is the rules' said on with "and" and one or two
    capitalised words ("Thistle" -> "Thistle and Bite")."""
    if not rule or not model:
        return False
    r, m = rule.split(), model.split()
    n = len(r)
    if len(m) <= n + 1 or m[:n] != r or m[n].lower() not in word_list("name_joiners"):
        return False
    after = m[n + 1 :]
    return len(after) <= _MOST_AFTER and all(w[:1].isupper() for w in after)
