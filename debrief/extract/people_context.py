"""The contexts that make a name a person for debrief_people_v1 (a mixin of PeopleExtractor).

Before a name: a person cue ("her colleague", "talk to"), a weaker one ("works with") that
needs a PERSON tag, a role with a determiner ("the owner Hector", "the Head of Support, Marco",
"an intern, Priya"), a list started before ("Names to contact: A, B", "two of her analysts,
A and B", "A at Pfizer and B"). After it: a role or "who" ("Inés, who's ..."), a
team ("Kevin from recruiting"). And what makes it an organisation instead: an apposition to an
organisation noun ("her salon, Studio Bellini") or a description as one ("X, a small firm").
Cue words are in ``pipelines/people_cues.toml``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.casing import is_cap, lower_doc
from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import PhraseSet
from debrief.extract.org_names import chunk_end, org_mentions
from debrief.models import Person
from debrief.names import person_key


def leads(key: str, org: str) -> bool:
    """``key`` (a person key) is the first words of the longer organisation name ``org``."""
    mine, theirs = key.split(), person_key(org).split()
    return len(theirs) > len(mine) and theirs[: len(mine)] == mine


class PersonContext:
    before: PhraseSet
    after: PhraseSet
    weak_before: PhraseSet
    continuers: set[str]
    departments: set[str]
    fillers: set[str]
    org_nouns: set[str]
    org_possessions: set[str]
    role_dets: set[str]
    role_nouns: set[str]
    org_partners: PhraseSet
    team_nouns: set[str]
    title_heads: set[str]
    command_verbs: set[str]
    rank_words: set[str]
    ranks_left_out: set[str]
    not_before: PhraseSet
    possessed: set[str]
    possessed_roles: set[str]
    time_words: set[str]

    def _context_before(self, doc: Doc, s: int) -> bool:
        # every cue's length: "introduced to me by" (4) and "put me in touch with" (5) too
        words, firsts = lowers(doc), self.before.by_first  # the word first
        for n in range(1, self.before.longest + 1):
            if s - n >= 0 and words[s - n] in firsts and self.before.match_at(doc, s - n, s) == n:
                if self._org_partner(doc, s):
                    continue  # "their channel partner Midwest Automation": an organisation
                if n == 1 and doc[s - 1].lower_ == "named" and self._named_by_someone(doc, s - 1):
                    # "a guy named Tobias" names a person; "she named Chapman and Cal State
                    # as programs" names whatever she recommended, a school or a firm as often
                    continue
                return True
        # "her manager, Diane Kowalski," / "Her PI, Dr. Femi Adebayo": the cue word said with
        # a determiner; "Program Manager, Grants, at ..." is a title's own list, no person
        if s >= 2 and doc[s - 1].text == ",":
            k = self._role_start(doc, s - 1)
            if k is not None and any(
                self.before.match_at(doc, j, s - 1) for j in range(k + 1, s - 1)
            ):
                return True
        # "the owner Hector", "an intern, Priya": any role, for a word that looks like a name
        # (in a lower-case recap, one the tagger reads as a proper noun: "the owner dale")
        if s < len(doc) and (is_cap(doc[s], lower_doc(doc)) or doc[s].ent_type_ == "PERSON"):
            return self._role_before(doc, s) or self._list_intro(doc, s)
        return False

    @staticmethod
    def _named_by_someone(doc: Doc, k: int) -> bool:
        """ "she named", "and also named": the "named" at ``k`` is a verb with its own subject
        (a pronoun or a coordination before it, past adverbs), not a noun's "a guy named"
        or "an analyst there named"."""
        j = k - 1
        while j >= 0 and doc[j].pos_ == "ADV" and doc[j].lower_ != "there":
            j -= 1
        return j >= 0 and doc[j].pos_ in {"PRON", "CCONJ"}

    def _list_intro(self, doc: Doc, s: int) -> bool:
        """A list of people announced by a plural before a comma: "two of her coordinators,
        Jomar Santos and ...", "The other two, Marcus Bell and ...", "the names of two other
        vets at Kessler, Reggie Dawson and ..." (the first name; the rest are coordinated)."""
        if s < 3 or doc[s - 1].text != ",":
            return False
        k = s - 2
        for m in org_mentions(doc):
            # "two other vets at Kessler,": the group's organisation before the comma
            if m.end - 1 == k and m.start >= 2 and doc[m.start - 1].lower_ in {"at", "from"}:
                k = m.start - 2
                break
        t = doc[k]
        if t.tag_ == "CD" and t.is_alpha:
            # "the other two,", "those three,"; not "in 2019, Google hired her"
            return doc[k - 1].lower_ in {"other", "the", "these", "those", "both"}
        # "(tiny TMC, 15 agents, Englewood)": a count in digits is a firm's headcount, and
        # the next item of the note its town, not the first of a list of names
        return (
            t.tag_ == "NNS"
            and t.lemma_.lower() in self.role_nouns
            and not (k > 0 and doc[k - 1].like_num and not doc[k - 1].is_alpha)
        )

    def _name_start(self, tok: Token, low: bool) -> bool:
        """A word that can open a name: a capitalised one; in a lower-case recap one the tagger
        reads as a proper noun ("she mentioned, owen birch,"), but no lone letter ("w/ naomi")
        and no day ("thursday gareth")."""
        if not low:
            return is_cap(tok)
        return is_cap(tok, True) and len(tok.text) > 1 and tok.lower_ not in self.time_words

    def _role_start(self, doc: Doc, comma: int) -> int | None:
        """Where the determined role before ``comma`` starts ("*her* manager ,", "*the* Head of
        Support ,"): the determiner's index, or None when the words before the comma are not
        such a role."""
        for k in range(comma - 1, max(-1, comma - 6), -1):
            t = doc[k]
            if t.lower_ in self.role_dets:
                return k if k < comma - 1 else None
            if t.is_punct or t.pos_ in {"VERB", "AUX", "PRON"}:
                return None
        return None

    def _is_role(self, tok: Token) -> bool:
        return tok.lower_ in self.role_nouns or tok.lemma_.lower() in self.role_nouns

    def _org_partner(self, doc: Doc, s: int) -> bool:
        """ "their channel partner Midwest Automation": the words before ``s`` relate one
        organisation to another; "her business partner Dana" is a person."""
        return any(self.org_partners.match_at(doc, s - n, s) == n for n in (2, 3) if s - n >= 0)

    def _role_before(self, doc: Doc, s: int) -> bool:
        """A role said with a determiner right before a name introduces that person: "the
        owner Hector", "his GM Natalia", "my interpreter Dana", "a branch office administrator,
        Dottie", "an intern, Priya". Without a comma the determiner must be definite or
        possessive ("a partner Lucía" is rarely said; "a manager Stripe hired" is no name)."""
        k = s - 1
        comma = False
        while k >= 0 and doc[k].lower_ in self.fillers:
            comma = comma or doc[k].text == ","
            k -= 1
        if k < 1 or self._org_partner(doc, k + 1):
            return False
        if doc[s].ent_type_ == "NORP":
            return False  # "she's also a pharmacist, Vietnamese American, ..."
        head = doc[k]
        if not self._is_role(head) or head.pos_ not in {"NOUN", "PROPN"}:
            return False
        low = lower_doc(doc)
        e = s
        while e < len(doc) and e - s < 4 and (is_cap(doc[e], low) or doc[e].ent_type_ == "PERSON"):
            e += 1
        # (in a lower-case recap every word is lower case: no capital to tell a name's end)
        if not low and e < len(doc) and doc[e].is_lower and doc[e].pos_ in {"NOUN", "ADJ", "PROPN"}:
            return False  # "for a competition lawyer, Commission experience is gold"
        for j in range(k - 1, max(-1, k - 5), -1):
            t = doc[j]
            if t.lower_ in self.role_dets:
                return comma or t.lower_ not in {"a", "an"}
            if t.tag_ == "POS":
                continue  # "my shop's safety guy, Dmitri": the role's owner said first
            if (
                t.is_punct
                or t.pos_ not in {"NOUN", "PROPN", "ADJ", "VERB"}
                or t.tag_
                in {
                    "VBD",
                    "VBZ",
                    "VBP",
                    "MD",
                }
            ):
                return False
        return False

    def _weak_context(self, doc: Doc, s: int, e: int) -> bool:
        """A name the model tags PERSON after a verb people do with people ("works closely
        with Raj", "shadowed Luis") or followed by its role (", the VP") is a person; the
        same words before a tool or a company ("works with Salesforce", tagged ORG) are not
        evidence, so this context needs the PERSON tag."""
        person = all(t.ent_type_ == "PERSON" for t in doc[s:e])
        for n in range(1, 4):
            if person and s - n >= 0 and self.weak_before.match_at(doc, s - n, s) == n:
                return True
        # "reports to Gwen, the managing editor": untagged too, but never an organisation
        if not person and any(t.ent_type_ for t in doc[s:e]):
            return False
        if (
            e + 2 < len(doc)
            and doc[e].text == ","
            and doc[e + 1].lower_ in {"the", "her", "his", "their", "our", "my"}
        ):
            return any(t.lower_ in self.title_heads for t in doc[e + 2 : min(len(doc), e + 5)])
        # "the Head of Support, Marco, ...", "his chef de cuisine, marisol": the role first
        if s >= 2 and doc[s - 1].text == ",":
            k = self._role_start(doc, s - 1)
            if k is not None and doc[k].lower_ not in {"a", "an"}:
                return any(t.lower_ in self.title_heads for t in doc[k + 1 : s - 1])
        return False

    def _coordinated(self, doc: Doc, s: int, ctx_ends: set[int]) -> bool:
        """ "works with Raj and Ellen", "Ruth, Sam and Theo": a name joined by "and"/"or"/a
        comma to a name already in a person context shares that context; so does one
        continuing the list after a full stop ("... my colleague, Anders. And, um, Farida")."""
        k = self._list_before(doc, s)
        if k is None:
            return False
        if k in ctx_ends:
            return True
        # "Chiamaka Eze at Pfizer and Devon Liu": the first name's organisation between them
        for m in org_mentions(doc):
            if m.end - 1 == k and m.start >= 2 and doc[m.start - 1].lower_ in {"at", "from"}:
                return m.start - 2 in ctx_ends
        return False

    def _name_pair(self, doc: Doc, s: int, e: int) -> bool:
        """ "Students were Alicia and Tran", "the others were Claire and Bob": two lone words
        the tagger calls names, joined by "and", are two people. Not "Smartling or Phrase"
        (a choice is of tools), "knowing Prometheus and Grafana" (after a tool verb), nor
        "Desai and Mehta CPAs" (a capitalised word after the pair: a firm's name)."""

        def lone_person(k: int) -> bool:
            return (
                0 <= k < len(doc)
                and doc[k].ent_type_ == "PERSON"
                and doc[k].ent_iob_ == "B"
                and (k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I")
                and is_cap(doc[k])
            )

        if e - s != 1 or not lone_person(s):
            return False
        if s + 2 < len(doc) and doc[s + 1].lower_ == "and" and lone_person(s + 2):
            first = s
        elif s >= 2 and doc[s - 1].lower_ == "and" and lone_person(s - 2):
            first = s - 2
        else:
            return False
        if first + 3 < len(doc) and is_cap(doc[first + 3]):
            return False
        if first >= 2 and doc[first - 1].text == "," and doc[first - 2].tag_ == "NN":
            return False  # "her board chair, Burn and Holloway": one person, split by Whisper
        return not any(
            self.not_before.match_at(doc, first - n, first) == n
            for n in range(1, 4)
            if first - n >= 0
        )

    def _list_before(self, doc: Doc, s: int) -> int | None:
        """The last token before the joining words in front of ``s`` ("and", "or", a comma,
        fillers, or a full stop followed by "And"/"Also"), or None when nothing joins ``s`` to
        what precedes it."""
        k = s - 1
        joined = continued = False
        while k >= 0 and s - k <= 6:
            w = doc[k].lower_
            if w in {"and", "or", ","} or w in self.continuers:
                joined = True
                continued = continued or w in self.continuers
            elif w in {".", ";"} and continued:
                pass
            elif w not in self.fillers:
                break
            k -= 1
        if s - k > 3 and not continued:
            return None  # "Raj, um, like, Ellen": the plain list of before, at most two words
        return k if joined and k >= 0 else None

    def _apposed_to_org(self, doc: Doc, s: int) -> bool:
        """The name follows a comma after an organisation noun: "her salon, Studio Bellini",
        "two barbershops, Fade Theory", "a small think tank, Te Whare Kaupapa", or after any
        noun the name starts with ("a family-owned cidery, Cidery Ten Oaks"). Without the
        comma too after a possessive: "her clinic Mount Carmel", "his old firm Baxter Lyle".
        An adverb ends the look back ("restaurant consulting again, Delphine said ...": the
        noun is of another phrase)."""
        if s >= 2 and doc[s - 1].lower_ in self.org_nouns and doc[s - 2].tag_ == "PRP$":
            return True
        if s >= 3 and doc[s - 1].lower_ in self.org_nouns and doc[s - 3].tag_ == "PRP$":
            return doc[s - 2].pos_ == "ADJ"  # "his old firm", "her tiny studio"
        if s < 2 or doc[s - 1].text != ",":
            return False
        if doc[s - 2].pos_ == "NOUN" and doc[s - 2].lower_ == doc[s].lower_:
            return True
        for k in range(s - 2, max(-1, s - 5), -1):
            t = doc[k]
            if t.is_punct or t.pos_ in {"VERB", "AUX", "ADV"}:
                return False
            if t.lemma_.lower() in self.org_nouns or t.lower_ in self.org_nouns:
                return True
        return False

    def _described_as_org(self, doc: Doc, e: int) -> bool:
        """The name is followed by a description of an organisation: ", the law firm",
        "is a small nonprofit", "'s clients"."""
        k = e
        if k < len(doc) and doc[k].lower_ == "'s":
            return k + 1 < len(doc) and doc[k + 1].lower_ in self.org_possessions
        while k < len(doc) and doc[k].lower_ in {",", "is", "was", "which", "'s"}:
            k += 1
        if k == e or k >= len(doc) or doc[k].lower_ not in {"a", "an", "the"}:
            return False
        for j in range(k + 1, min(len(doc), k + 5)):
            if doc[j].pos_ == "NOUN" and self._is_role(doc[j]) and doc[j].lower_ != "contractor":
                # "Ruth Abernathy, a startup founder", "X, the bank's loan officer": a role
                # describes a person, whatever organisation words come with it
                return False
            if doc[j].lower_ in self.org_nouns:
                # "a startup founder", "a nonprofit director": the organisation word only
                # qualifies the role after it
                nxt = doc[j + 1] if j + 1 < len(doc) else None
                return not (nxt is not None and nxt.pos_ == "NOUN" and self._is_role(nxt))
            if doc[j].is_punct:
                break
        return False

    def _advice_run(self, doc: Doc, s: int, e: int) -> bool:
        """Whether ``doc[s:e]`` is advice Whisper capitalised ("Advice. Learn Geospatial
        Tools.", "He said Learn Excel Modeling really well."): a run opening on a verb of the
        imperative list (``[imperative].verbs`` of ``pipelines/followup_cues.toml``) the tagger
        reads as a bare verb is a command and its object, not a name. Verbs whose object is a
        person ("Email Marcus", "Ask Dana") are stripped before this, so never reach it."""
        return e - s > 1 and doc[s].tag_ == "VB" and doc[s].lower_ in self.command_verbs

    def _team_after(self, doc: Doc, e: int) -> bool:
        """ "Kevin from recruiting", "Priya on the informatics team", "Lena in HR": a name
        followed by the team or department it works in is a person."""
        if e >= len(doc) or doc[e].lower_ not in {"from", "on", "in"}:
            return False
        if doc[e - 1].ent_type_ in {"GPE", "LOC", "FAC"}:
            return False
        prep = doc[e].lower_
        k = e + 1
        if k < len(doc) and doc[k].lower_ in {"the", "her", "his", "their", "our", "my"}:
            k += 1
        if k >= len(doc):
            return False
        if prep != "on" and doc[k].lower_ in self.departments:
            return True  # "from recruiting", "in HR"; "on the design team" below
        for j in range(k, min(len(doc), k + 4)):
            t = doc[j]
            if t.is_punct or (is_cap(t) and t.lower_ not in self.departments):
                return False
            if t.lower_ in self.team_nouns:
                return True
        return False

    def _context_after(self, doc: Doc, e: int) -> bool:
        if self.after.match_at(doc, e):
            return True
        if self._team_after(doc, e):
            return True
        # "Kenji at Pentagram": a name followed by "at <Organisation>"
        orgs = org_mentions(doc)
        # "Javier from Turner recommended": "from" too, after the intro (where "Pieter de
        # Vries from Oracle" is the contact)
        return (
            e + 1 < len(doc)
            and (
                doc[e].lower_ == "at"
                or (
                    doc[e].lower_ == "from"
                    and doc[e].sent.start > 0
                    and doc[e - 1].ent_type_ == "PERSON"
                )
            )
            and any(m.start in (e + 1, e + 2) and m.strong for m in orgs)
            and doc[e - 1].tag_ == "NNP"
        )

    def _past_rank(self, doc: Doc, s: int, e: int, end: int) -> tuple[int, int]:
        """ "Senior Chief Rob Dalton", "Staff Sergeant Ana Ruiz": a rank said before a full
        name is no part of it (as "Dr." is not); nor before a surname alone where it ends on
        a rank of ``ranks_left_out`` ("Sergeant Major Pruitt" is Pruitt, as the authors who
        write one file it, people41; "Chief Donnelly" stays), and a span the tagger ended
        after the rank ("Sergeant Major" | "Pruitt") takes the name that follows."""
        r = s
        while r < e and doc[r].lower_.rstrip(".") in self.rank_words and is_cap(doc[r]):
            r += 1
        if r == s:
            return s, e
        if r == e and e < end and is_cap(doc[e]) and doc[e].ent_type_ == "PERSON":
            e = chunk_end(doc, e, end, False, 3)
        alone = doc[r - 1].lower_.rstrip(".") in self.ranks_left_out
        return (r, e) if e - r >= 2 or (e > r and alone) else (s, e)

    def _owns_personal(self, doc: Doc, e: int) -> bool:
        """ "Renata's cousin", "with Odalys's sister": a name right before "'s" and what only a
        person has (``possessed`` of ``pipelines/people_cues.toml``) is a person, as after a
        person cue, even where the organisation rules took the possessive for a firm's; so is
        the owner of a role noun that introduces people (``possessed_roles``: "Yesenia's
        manager"), unless a common noun after it makes it a modifier ("Amazon's referral
        program")."""
        if e + 1 >= len(doc) or doc[e].lower_ != "'s":
            return False
        owned = doc[e + 1].lower_
        if owned in self.possessed:
            return True
        return owned in self.possessed_roles and not (
            e + 2 < len(doc) and doc[e + 2].tag_ in {"NN", "NNS"}
        )

    def _role_follows(self, doc: Doc, e: int) -> bool:
        """ "Ngozi is a nurse", "Ngozi, a senior nurse": the first noun after the article at
        ``e`` is a role."""
        for t in doc[e + 2 : min(len(doc), e + 6)]:
            if t.pos_ in {"NOUN", "PROPN"}:
                return self._is_role(t)
        return False


def first_name_of(company: str, people: list[Person]) -> bool:
    """'I talked to both founders, Rivka Adler and Dominic Reyes, but Rivka did most of the
    talking': one word that is the first name of a person found in full is that person
    again, not an organisation (the tagger need not call them a PERSON for this)."""
    key = person_key(company).split()
    return len(key) == 1 and any(
        len(person_key(p.name).split()) > 1 and person_key(p.name).split()[0] == key[0]
        for p in people
    )
