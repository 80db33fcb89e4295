"""Features of a sentence or clause for the insight classifier.

Three kinds, all plain strings so the classifier stays a bag of features:

* lexical: lemma unigrams and bigrams (numbers folded to ``<num>``, fillers dropped);
* cues: ``cue:<group>`` when a phrase from ``pipelines/insight_cues.toml`` occurs (matched on
  lemma or lower-cased form, ``*`` = any one token, ``word*`` = prefix);
* structure from the dependency parse: who the subject is (the contact, the speaker, generic
  "you", something else), reported speech ("she said ..."/"he told me to ..."), negation of
  like/love verbs, modality ("you need to", "I should"), tense, speaker's own plans.

Where a cue phrase matches is :mod:`insight_cues`' decision (one scan per Doc), and which
lemma a word gets is :mod:`insight_lemma`'s; this module turns them, and the parse, into the
feature strings, and chooses which of them the model reads (:func:`lexical_filter`).
"""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

from debrief.extract.insight_cues import CueSet, DocIndex
from debrief.extract.insight_lemma import lemma, norm
from debrief.extract.lexicon import word_list

SPEAKER = frozenset({"i", "me", "we", "us", "myself"})
CONTACT_PRON = frozenset({"she", "he", "they", "her", "him", "them"})
YOU = frozenset({"you", "your", "one"})
#: Reporting and stance verbs (lemmas), data in ``pipelines/word_lists.toml``.
SAY_VERBS = word_list("say_verbs")
ADVISE_VERBS = frozenset(
    {
        "tell",
        "advise",
        "urge",
        "encourage",
        "recommend",
        "suggest",
        "push",
        "want",
        "remind",
        "warn",
    }
)
LIKE_VERBS = frozenset(
    {"like", "love", "enjoy", "adore", "appreciate", "miss", "mind", "hate", "dislike", "prefer"}
)
MODALS = frozenset({"should", "must", "need", "have", "got", "ought", "gotta", "want"})
SPEAKER_PLAN = frozenset(
    {
        "will",
        "'ll",
        "going",
        "gonna",
        "need",
        "have",
        "should",
        "want",
        "plan",
        "must",
        "gotta",
        "got",
    }
)
ASPECT_NOUNS = frozenset(
    {"part", "thing", "aspect", "bit", "side", "piece", "one", "what", "element"}
)
TELL_SELF = frozenset(
    {
        "tell",
        "mention",
        "explain",
        "share",
        "describe",
        "walk",
        "talk",
        "bring",
        "pitch",
        "say",
        "give",
        "show",
    }
)


def _who(tok: Token | None, contact_first: str | None) -> str:
    if tok is None:
        return "none"
    low = tok.lower_
    if low in SPEAKER or low == "my":
        return "spk"
    if low in CONTACT_PRON or low in {"his", "her", "their"}:
        return "con"
    if low in YOU:
        return "you"
    if tok.ent_type_ == "PERSON" or (contact_first and low == contact_first):
        return "con"
    if tok.pos_ == "PROPN":
        return "propn"
    # "her team", "his day": look at the possessor
    for ch in tok.children:
        if ch.dep_ == "poss":
            w = _who(ch, contact_first)
            return "poss_" + w
    return "other"


def _subject(verb: Token) -> Token | None:
    for ch in verb.children:
        if ch.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"}:
            return ch
    if verb.dep_ in {"conj", "xcomp"} and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _told_the_contact(root: Token | None, subj: Token | None, first: str | None) -> bool:
    """A note's "Told her about the CO call I red-tagged", "told him I've done a hundred VFD
    startups": "tell" without a subject, told to the contact, is the speaker telling (as "I
    told her ..."), where "Told me to ..." is the contact's advice. Filed as advice before
    (author v, stop 28); the training authors write the "I". What was told must be said
    ("about ...", or a clause): "Told him yes." is no story."""
    if root is None or subj is not None or lemma(root) != "tell":
        return False
    kids = list(root.children)
    return any(
        ch.dep_ in {"dobj", "dative", "iobj"}
        and (ch.lower_ in {"her", "him", "them"} or (first is not None and ch.lower_ == first))
        for ch in kids
    ) and any(ch.dep_ == "ccomp" or (ch.dep_ == "prep" and ch.lower_ == "about") for ch in kids)


def _main_verb(index: DocIndex, s: int, e: int) -> Token | None:
    """The first verb of ``doc[s:e]`` whose head is outside it (or itself), else the first
    such word that is no punctuation (the heads read from the index, no Token built)."""
    best: Token | None = None
    heads = index.heads
    for i in range(s, e):
        if heads[i] < s or heads[i] >= e or heads[i] == i:
            tok = index.tokens[i]
            if tok.pos_ in {"VERB", "AUX"}:
                return tok
            if best is None and not tok.is_punct:
                best = tok
    return best


def features(
    doc: Doc,
    s: int,
    e: int,
    cues: CueSet,
    contact_first: str | None = None,
    index: DocIndex | None = None,
) -> list[str]:
    """Feature strings of ``doc[s:e]`` (pass ``index`` to reuse one scan of the Doc)."""
    if index is None:
        index = DocIndex(doc, cues)
    a, b = index.span(s, e)
    feats: list[str] = []
    lemmas = index.lemmas[a:b]
    toks = [index.tokens[i] for i in index.kept[a:b]]
    if not lemmas:
        return ["empty"]
    for lem in lemmas:
        feats.append("w:" + lem)
    for x, y in itertools.pairwise(lemmas):
        feats.append("b:" + x + "_" + y)
    feats.append("b:<s>_" + lemmas[0])
    # "She loves talking to customers": a like-verb makes "talk to" the work, not the call
    likes = any(lem in LIKE_VERBS for lem in lemmas)
    for hit_first, hit_last, group in index.hits:
        if hit_first >= s and hit_last < e and not (group == "call" and likes):
            feats.append("cue:" + group)
    # note-style headings: "Favorite part: the travel", "Advice: get certified"
    for k in range(s + 1, min(s + 5, e)):
        if doc[k].text in {":", "-", "—"} and k < e - 1:
            for t in doc[s:k]:
                if t.is_alpha:
                    feats.append("heading:" + norm(t))
            break
    n = len(lemmas)
    feats.append(
        "len:" + ("1" if n < 5 else "2" if n < 10 else "3" if n < 20 else "4" if n < 35 else "5")
    )

    root = _main_verb(index, s, e)
    subj = _subject(root) if root is not None else None
    who = "spk" if _told_the_contact(root, subj, contact_first) else _who(subj, contact_first)
    feats.append("subj:" + who)
    _subject_words(subj, feats)
    if root is not None:
        rl = lemma(root)
        feats.append("root:" + rl)
        feats.append("subjroot:" + who + "_" + rl)
        if root.tag_ in {"VBD", "VBN"}:
            feats.append("past:" + who)
        elif root.tag_ in {"VBZ", "VBP"}:
            feats.append("pres:" + who)
        if rl in SAY_VERBS:
            feats.append("reported:" + who)
            _reported(root, feats, contact_first)
        if who == "spk" and rl in TELL_SELF:
            feats.append("spk_tells")
    # negation of like-verbs and modality anywhere in the span
    for tok, tok_lemma in zip(toks, lemmas, strict=True):
        if tok.dep_ == "neg":
            head = tok.head
            feats.append("neg")
            if lemma(head) in LIKE_VERBS:
                feats.append("neg_like:" + lemma(head))
        if tok_lemma in LIKE_VERBS and tok.pos_ in {"VERB", "AUX"}:
            if tok.dep_ == "relcl" and s <= tok.head.i < e and lemma(tok.head) not in ASPECT_NOUNS:
                # "a design he loves loses an experiment": not a statement of what they like
                feats.append("like_in_relcl")
                continue
            sw = _who(_subject(tok), contact_first)
            neg = any(c.dep_ == "neg" for c in tok.children)
            feats.append(("neglike:" if neg else "like:") + sw + "_" + tok_lemma)
        if tok.lower_ in {"should", "must", "need", "gotta", "ought"} or (
            tok_lemma == "have" and tok.i + 1 < e and doc[tok.i + 1].lower_ == "to"
        ):
            verb = tok.head if tok.dep_ in {"aux", "auxpass"} else tok
            feats.append("modal:" + _who(_subject(verb), contact_first))
        if (
            tok.tag_ == "VB"
            and tok.dep_ in {"ROOT", "ccomp", "parataxis"}
            and not any(
                c.dep_ in {"nsubj", "nsubjpass", "aux"} and c.lower_ != "do" for c in tok.children
            )
        ):
            # an instruction, also inside reported speech: "he was like, don't spend money on X"
            feats.append("imperative_any")
            if any(t.dep_ == "nsubj" and _who(t, contact_first) == "con" for t in doc[s : tok.i]):
                feats.append("imperative_reported")
        if tok.lower_ in {"can", "could"} and tok.dep_ == "aux":
            feats.append("can:" + _who(_subject(tok.head), contact_first))
        if tok.lower_ == "least" and lemma(tok.head) in LIKE_VERBS:
            feats.append("like_least")
    _speaker_plan(doc, s, e, toks, feats)
    first = toks[0]
    if (
        first.tag_ == "VB"
        and first.dep_ == "ROOT"
        and not any(c.dep_ == "nsubj" for c in first.children)
    ):
        feats.append("imperative")
    if root is not None and lemma(root) == "be" and who == "con":
        # "she's a senior analyst at the city": the introduction of the contact
        for ch in root.children:
            if ch.dep_ == "attr" and ch.pos_ in {"NOUN", "PROPN"}:
                if any(
                    g.dep_ == "prep" and g.lower_ in {"at", "for", "with", "in", "on"}
                    for g in ch.children
                ):
                    feats.append("intro_title")
                elif any(g.dep_ == "poss" for g in ch.children):
                    feats.append("intro_relation")
    if any(t.lower_ == "my" for t in toks):
        feats.append("has_my")
    if any(t.ent_type_ == "PERSON" for t in toks):
        feats.append("has_person")
    if any(t.ent_type_ in {"DATE", "TIME"} for t in toks):
        feats.append("has_date")
    return feats


def _subject_words(sub: Token | None, feats: list[str]) -> None:
    """Words of the subject phrase: "the hard part is ...", "what she loves is ..."."""
    if sub is None:
        return
    for t in list(sub.subtree)[:8]:
        if (t.is_alpha and not t.is_stop) or t.lower_ in {"what", "part", "thing"}:
            feats.append("subjw:" + lemma(t))


def _reported(root: Token, feats: list[str], contact_first: str | None) -> None:
    """Features of what was reported: "she said [you need X]", "he told me [to do Y]"."""
    rl = lemma(root)
    objs = [c for c in root.children if c.dep_ in {"dobj", "dative", "iobj"}]
    to_me = any(o.lower_ in {"me", "us"} for o in objs)
    for ch in root.children:
        if ch.dep_ in {"xcomp", "ccomp", "advcl"}:
            has_to = any(c.lower_ == "to" and c.dep_ == "aux" for c in ch.children)
            if has_to and ch.dep_ in {"xcomp", "advcl"}:
                feats.append("say_to" if not to_me else "tell_me_to")
                if rl in ADVISE_VERBS:
                    feats.append("advise_to")
                continue
            sub = _subject(ch)
            w = _who(sub, contact_first)
            feats.append("inner_subj:" + w)
            _subject_words(sub, feats)
            feats.append("inner_root:" + lemma(ch))
            if ch.tag_ in {"VBD", "VBN"}:
                feats.append("inner_past:" + w)
            for c in ch.children:
                if c.lower_ in {"should", "must"} or (c.dep_ == "aux" and c.lower_ in {"need"}):
                    feats.append("inner_should:" + w)
                if c.dep_ == "neg":
                    feats.append("inner_neg")
            if sub is not None and sub.lower_ in {"i"} and w == "spk":
                feats.append("inner_spk")
    if to_me:
        feats.append("told_me")


def _speaker_plan(doc: Doc, s: int, e: int, toks: list[Token], feats: list[str]) -> None:
    """ "I need to email her", "I'll send ...", "I'm going to ...": the speaker's own plans."""
    for k, tok in enumerate(toks[:-1]):
        if tok.lower_ not in {"i", "we"} or tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        head = tok.head
        # reported speech about the speaker ("she said I should") is advice, not a plan
        if head.dep_ in {"ccomp", "xcomp", "advcl"} and lemma(head.head) in SAY_VERBS:
            sw = _who(_subject(head.head), None)
            if sw != "spk":
                continue
        nxt = toks[k + 1].lower_
        aux = {c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass"}}
        if (
            nxt in SPEAKER_PLAN
            or aux & {"will", "'ll", "gonna", "should", "must"}
            or lemma(head) in {"plan", "need", "want"}
        ):
            feats.append("spk_plan")
            return


#: Feature prefixes that name the candidate's own words (see :func:`lexical_filter`).
_BIGRAMS = ("b:",)
_WORDS = ("w:", "b:", "subjw:", "heading:")
_WORD_STRUCTURE = ("root:", "subjroot:", "inner_root:", "like:", "neglike:", "neg_like:")


def lexical_filter(feats: list[str], mode: str) -> list[str]:
    """The features the model reads under ``mode``: ``all``; ``unigram`` (no word bigrams);
    ``structure`` (no word n-grams, subject or heading words: cues, parse shape, who the
    subject is, the main verb's lemma); ``shape`` (also without verb lemmas: only cues and
    the parse's shape). Word features let the model memorise one author's vocabulary."""
    if mode == "all":
        return feats
    if mode == "unigram":
        drop: tuple[str, ...] = _BIGRAMS
    elif mode == "structure":
        drop = _WORDS
    elif mode == "shape":
        drop = _WORDS + _WORD_STRUCTURE
    else:
        raise ValueError(f"unknown lexical mode: {mode!r}")
    return [f for f in feats if not f.startswith(drop)]
