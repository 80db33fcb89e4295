"""Loading cue files from ``pipelines/`` and matching multi-word cues on spaCy tokens.

A doc's words, lemmas and text read once per doc are :mod:`debrief.extract.doc_arrays`
(house56: cut from here at 504 lines; this module keeps the files and the phrase sets).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from debrief.config import cue_file, data_file
from debrief.extract import phrase_set_matcher as psm
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.doc_arrays import lowers
from debrief.extract.people_cues import people_cues


def load_toml(name: str) -> dict[str, Any]:
    """A TOML data file under ``pipelines/`` as parsed, once a process
    (:func:`debrief.config.cue_file`): read it, never change it."""
    return cue_file(name)


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """One closed word list of ``pipelines/word_lists.toml`` (read once per process: each
    list was asked for by name and the file parsed again for each, a tenth of a second at
    the first recaps; speed34)."""
    return frozenset(load_toml("word_lists.toml")[name])


@functools.cache
def org_name_heads() -> frozenset[str]:
    """The words that end an organisation's name ("Labs", "Lodge", "Hospital"): ``[orgs]
    heads`` of ``pipelines/contact_patterns.toml``, in lower case."""
    return frozenset(w.lower() for w in contact_patterns()["orgs"]["heads"])


@functools.cache
def spoken_tail_heads() -> frozenset[str]:
    """The words a transcript's lower-case tail of a capitalised name may end on besides the
    organisation heads ("physical therapy", "string players"): ``[orgs] spoken_tail_heads`` of
    ``pipelines/contact_patterns.toml`` (company_tail)."""
    return frozenset(w.lower() for w in contact_patterns()["orgs"]["spoken_tail_heads"])


@functools.cache
def org_of_heads() -> frozenset[str]:
    """The words an organisation's name opens on before "of" ("City of Lakemoor", "Bank of
    ..."): ``[orgs] of_heads`` of ``pipelines/contact_patterns.toml``, in lower case."""
    return frozenset(w.lower() for w in contact_patterns()["orgs"]["of_heads"])


@functools.cache
def transcript_tail_heads() -> frozenset[str]:
    """The words a transcript's lower-case tail of a name may end on: :func:`org_tail_heads`
    and :func:`spoken_tail_heads`, joined once (company_tail, company_spoken_after)."""
    return org_tail_heads() | spoken_tail_heads()


@functools.cache
def org_tail_heads() -> frozenset[str]:
    """Every word an organisation's name may end on, capitalised or not ("Health", "clinic",
    "athletics"): ``[orgs]`` heads, lower_heads and tail_heads of
    ``pipelines/contact_patterns.toml``, in lower case (company_tail, company_trailed)."""
    orgs = contact_patterns()["orgs"]
    return frozenset(w.lower() for k in ("heads", "lower_heads", "tail_heads") for w in orgs[k])


@functools.cache
def org_or_title_heads() -> frozenset[str]:
    """The words that end an organisation's name or a job title ("Museum", "Director"): no
    word of a person's name."""
    return org_name_heads() | title_heads()


@functools.cache
def title_heads() -> frozenset[str]:
    """The head words of a job title ("manager", "pm", "director"): ``[title] heads`` of
    ``pipelines/contact_patterns.toml``, in lower case."""
    return frozenset(w.lower() for w in contact_patterns()["title"]["heads"])


@functools.cache
def title_head_words() -> frozenset[str]:
    """:func:`title_heads` with the clipped heads of ``word_lists.toml`` ("mgr", "dir"): the
    words that make a phrase a job title, built once rather than at every check."""
    return title_heads() | word_list("title_clipped_heads")


def token_f1(a: Sequence[str], b: Sequence[str]) -> float:
    """The token F1 of two word lists, as the judge scores a text against another (each
    caller tokenises as its reading needs: insight_planned, title_stated)."""
    hit = sum((Counter(a) & Counter(b)).values())
    if not hit:
        return 0.0
    p, r = hit / len(b), hit / len(a)
    return 2 * p * r / (p + r)


@functools.cache
def call_words() -> frozenset[str]:
    """Words that name the call ("call", "chat", "notes"): ``[header] call_words`` of
    ``contact_patterns.toml``, as written (company_mentioned, company_subject)."""
    return frozenset(contact_patterns()["header"]["call_words"])


@functools.cache
def title_or_rank_words() -> frozenset[str]:
    """:func:`title_heads` and :func:`rank_words`: "Director call", "Command Sergeant
    Major" name a title, not an organisation (company_mentioned, company_subject)."""
    return title_heads() | rank_words()


@functools.cache
def rank_words() -> frozenset[str]:
    """Ranks said before a name ("sergeant", "sgt", "colonel"): ``[intro] ranks`` of
    ``contact_patterns.toml`` and ``person_ranks`` of ``word_lists.toml``, in lower case
    without a full stop ("lt." is "lt")."""
    ranks = [*contact_patterns()["intro"]["ranks"], *word_list("person_ranks")]
    return frozenset(w.lower().rstrip(".") for w in ranks)


@functools.cache
def honorific_forms() -> frozenset[str]:
    """Forms of address said before a name as a token is written, in lower case with and
    without the full stop ("dr", "dr."): ``[context] honorifics`` of ``people_cues.toml``,
    for readers that compare a token's ``lower_`` as it is."""
    return frozenset(w.lower() for w in people_cues()["context"]["honorifics"])


@functools.cache
def honorific_words(reader: str = "") -> frozenset[str]:
    """Forms of address said before a name ("mrs", "coach", "brother"): ``[context]
    honorifics`` of ``people_cues.toml``, in lower case without a full stop ("dr." is "dr"),
    less those ``reader`` (a module's name) leaves out, ``[context] honorifics_unread``
    (house43), with those it adds, ``[context] honorifics_more``."""
    ctx = people_cues()["context"]
    unread = ctx["honorifics_unread"].get(reader, []) if reader else []
    more = ctx["honorifics_more"].get(reader, []) if reader else []
    kept = frozenset(w.rstrip(".") for w in honorific_forms()) - frozenset(unread)
    return kept | frozenset(more)


@functools.cache
def describing_words(*lists: str) -> frozenset[str]:
    """Words that describe a person and never name one ("senior", "sergeant", "manager",
    "yesterday"): the ranks, the title heads and the words of the lists ``describing_lists``
    of ``word_lists.toml`` names, with those of ``lists`` (a reader's own additions, lists of
    that file), in lower case without a full stop (docs/extraction-history.md, "house41: one
    list of describing words")."""
    names = [*load_toml("word_lists.toml")["describing_lists"], *lists]
    words = frozenset().union(*(word_list(n) for n in names))
    return rank_words() | title_heads() | {w.lower().rstrip(".") for w in words}


@functools.cache
def name_particles(reader: str = "") -> frozenset[str]:
    """Particles said in lower case inside a person's name ("Anouk de Vries", "Raquel dos
    Santos"): ``[intro] particles`` of ``contact_patterns.toml``, less those ``reader`` (a
    module's name) leaves out, ``[intro] particles_unread`` (house41)."""
    intro = contact_patterns()["intro"]
    unread = intro["particles_unread"].get(reader, []) if reader else []
    return frozenset(intro["particles"]) - frozenset(unread)


def load_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a text file under ``pipelines/``."""
    path = data_file("pipelines", name)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


#: The extraction pipeline whose lemmatizer :func:`non_name_words` reads, registered by the
#: components that use the words when the pipeline is built (:func:`use_pipeline`), and the
#: loader that builds it when nothing has yet (``debrief.extract.load_nlp``, handed down by
#: the package, :func:`load_pipeline_with`): the pipeline imports this module, so this
#: module does not import the pipeline back.
_PIPELINES: list[Language] = []
_LOADERS: list[Callable[[], Language]] = []


def load_pipeline_with(loader: Callable[[], Language]) -> None:
    """How :func:`non_name_words` gets the extraction pipeline when none was built yet."""
    _LOADERS[:] = [loader]


def use_pipeline(nlp: Language) -> None:
    """Register ``nlp``, a pipeline being built with debrief's components, as the one whose
    lemmatizer :func:`non_name_words` reads. The first one registered is kept: a process
    builds one (``debrief.extract.load_nlp``)."""
    if not _PIPELINES:
        _PIPELINES.append(nlp)


@functools.cache
def non_name_words() -> frozenset[str]:
    """Words that are no misspelt name, in lower case, for the spelling repair of spoken names
    (:func:`debrief.names_spelling.non_name_word`): English words, the lemmatizer index of
    the spaCy model extraction runs on (some 83,000 nouns, verbs, adjectives and adverbs:
    "excel", "manager", "seattle"; no download) and spaCy's stop words ("they", "what"); and
    the one-word well-known organisations (``pipelines/org_casing.txt``: "moderna"). The
    pipeline is the one filing already loaded to extract the names (:func:`use_pipeline`),
    loaded first if it was not."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if not _PIPELINES and _LOADERS:
        _LOADERS[0]()  # building it registers it (the people and roles factories)
    out = set(STOP_WORDS) | {n.lower() for n in load_lines("org_casing.txt") if " " not in n}
    nlp = _PIPELINES[0]
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        if lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            for pos in index:
                out.update(index[pos])
    return frozenset(out)


class PhraseSet:
    """Phrases tokenised the way spaCy tokenises text, matched by lowercased token texts."""

    def __init__(self, nlp: Language, phrases: Iterable[str], prefix: str = "") -> None:
        """``prefix`` is tokenised along with each phrase and dropped ("I" for "'m going to")."""
        skip = len(nlp.make_doc(prefix)) if prefix else 0
        seqs = {
            tuple(t.lower_ for t in nlp.make_doc(_join(prefix, p))[skip:] if not t.is_space)
            for p in phrases
        }
        self._setup(nlp.vocab, seqs)

    @classmethod
    def of_words(cls, vocab: Vocab, phrases: Iterable[str]) -> PhraseSet:
        """The set of ``phrases`` as their words split on spaces, in lower case, with no
        tokenizer run: how the cue lists of house38's rules were compared, so "couldn't make
        it" stays three words and matches nothing, as it did (docs/extraction-history.md,
        "house40: one cue-phrase matcher")."""
        out = cls.__new__(cls)
        out._setup(vocab, {tuple(p.lower().split()) for p in phrases})
        return out

    def _setup(self, vocab: Vocab, seqs: set[tuple[str, ...]]) -> None:
        self.seqs = sorted((s for s in seqs if s), key=len, reverse=True)
        self.words = {s[0] for s in self.seqs if len(s) == 1}
        self._index()
        # the doc's matches come from one PhraseMatcher holding every set (house39)
        self._registry = psm.registry(vocab)
        self._key = psm.register(self._registry, self.seqs)

    def _index(self) -> None:
        #: the longest phrase's length in tokens (0 without phrases)
        self.longest = len(self.seqs[0]) if self.seqs else 0
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for seq in self.seqs:  # longest first within each bucket
            self.by_first.setdefault(seq[0], []).append(seq)

    def add(self, other: PhraseSet) -> None:
        self.seqs = sorted(set(self.seqs) | set(other.seqs), key=len, reverse=True)
        self.words |= other.words
        self._index()
        psm.register(self._registry, self.seqs, self._key)

    def _on_doc(self, tokens: Sequence[Token] | Doc, i: int, end: int) -> tuple[Doc, int] | None:
        """The doc and the doc index of ``tokens[0]``, when ``tokens`` is the doc or a span of
        it asked within its bounds (the doc's vocab this set's); else None: the token loop
        answers (a clause's or a name's words)."""
        if isinstance(tokens, Doc):
            doc, base = tokens, 0
        elif isinstance(tokens, Span):
            doc, base = tokens.doc, tokens.start
        else:
            return None
        if i < 0 or end > len(tokens) or doc.vocab is not self._registry.vocab:
            return None
        return doc, base

    def _table(self, tokens: Sequence[Token] | Doc, i: int, end: int) -> tuple[psm.Table, int]:
        """The doc's matches of this set and the doc index of ``tokens[0]`` (:meth:`_on_doc`);
        else an empty table and -1."""
        on = self._on_doc(tokens, i, end)
        if on is None:
            return {}, -1
        doc, base = on
        return psm.table(self._registry, doc, lowers(doc), self._key), base

    def match_at(self, tokens: Sequence[Token] | Doc, i: int, stop: int | None = None) -> int:
        """Length (in tokens) of the longest phrase starting at ``tokens[i]``, else 0."""
        end = len(tokens) if stop is None else stop
        if i >= end:
            return 0
        on = self._on_doc(tokens, i, end)
        if on is not None:
            doc, base = on
            words = lowers(doc)
            # most words start no phrase: answered on the word, before the table (house41)
            if words[base + i] not in self.by_first:
                return 0
            found = psm.table(self._registry, doc, words, self._key)
            return psm.longest_at(found, base + i, base + end)
        if isinstance(tokens, Doc):
            words = lowers(tokens)
            # most words start no phrase: answered here, without the call (speed34)
            return self._match(words, i, end) if words[i] in self.by_first else 0
        # the bucket is keyed by the first word, so only the words after it are compared
        # (each ``tokens[k]`` of a Doc builds a Token: this is asked at nearly every token)
        for seq in self.by_first.get(tokens[i].lower_, ()):
            n = len(seq)
            if n == 1:
                return 1
            if i + n <= end and all(tokens[i + k].lower_ == seq[k] for k in range(1, n)):
                return n
        return 0

    def _match(self, words: list[str], i: int, end: int) -> int:
        """:meth:`match_at` on a doc's lower-case words (:func:`lowers`), ``i < end``."""
        for seq in self.by_first.get(words[i], ()):
            n = len(seq)
            if n == 1:
                return 1
            if i + n <= end and all(words[i + k] == seq[k] for k in range(1, n)):
                return n
        return 0

    def find(
        self, tokens: Sequence[Token] | Doc, start: int = 0, stop: int | None = None
    ) -> list[tuple[int, int]]:
        end = len(tokens) if stop is None else stop
        found, base = self._table(tokens, start, end)
        if base >= 0:
            return [(s - base, e - base) for s, e in psm.greedy(found, base + start, base + end)]
        out = []
        if isinstance(tokens, Doc):
            # most words start no phrase: skip them on the strings, no Token built
            words, first = lowers(tokens), self.by_first
            i = start
            while i < end:
                if words[i] in first:
                    n = self._match(words, i, end)
                    if n:
                        out.append((i, i + n))
                        i += n
                        continue
                i += 1
            return out
        i = start
        while i < end:
            n = self.match_at(tokens, i, end)
            if n:
                out.append((i, i + n))
                i += n
            else:
                i += 1
        return out

    def end_at(self, doc: Doc, i: int, stop: int) -> int | None:
        """The end of the longest phrase said from ``doc[i]`` and ending by ``doc[stop]``
        (exclusive; a stop past the doc is its end), else None."""
        n = self.match_at(doc, i, min(stop, len(doc)))
        return i + n if n else None

    def ends_at(self, doc: Doc, k: int) -> bool:
        """Whether a phrase is said right before ``doc[k]``, ending there."""
        lo = max(0, k - self.longest)
        if lo >= k or k > len(doc):
            return False
        found, base = self._table(doc, lo, k)
        if base >= 0:
            return psm.ends_at(found, lo, k)
        words = lowers(doc)
        return any(len(s) <= k and tuple(words[k - len(s) : k]) == s for s in self.seqs)

    def within(self, doc: Doc, lo: int, hi: int) -> bool:
        """Whether a phrase is said whole inside ``doc[lo:hi]`` (a stop past the doc is its
        end)."""
        hi = min(hi, len(doc))
        return lo < hi and bool(self.find(doc, lo, hi))

    def __contains__(self, word: str) -> bool:
        return word.lower() in self.words


#: (id of the vocab, the phrases) -> their :meth:`PhraseSet.of_words`; the set keeps its
#: vocab, so the id is never reused while the entry lives
_CUE_SETS: dict[tuple[int, tuple[str, ...]], PhraseSet] = {}


def cue_set(vocab: Vocab, phrases: Iterable[str]) -> PhraseSet:
    """The :meth:`PhraseSet.of_words` of ``phrases`` over ``vocab``, built at the first call
    and reused after: a set built anew would be registered again and every doc matched
    again (house40)."""
    key = (id(vocab), tuple(phrases))
    built = _CUE_SETS.get(key)
    if built is None or built._registry.vocab is not vocab:
        built = PhraseSet.of_words(vocab, key[1])
        _CUE_SETS[key] = built
    return built


def _join(prefix: str, phrase: str) -> str:
    if not prefix:
        return phrase
    return prefix + phrase if phrase.startswith("'") else f"{prefix} {phrase}"
