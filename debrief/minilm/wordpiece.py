"""BERT's uncased WordPiece tokenizer for ASCII text: a search question's token ids.

Apart from the forward pass because it is a thing of its own (text in, ids out, checked
against ``tokenizers`` in ``tests/test_minilm.py``) and :mod:`debrief.embed` asks it without
the model (:func:`debrief.embed.token_ids`). Its vocabulary is kept in the cache directory
(:mod:`debrief.minilm.cache`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from debrief.minilm.cache import FORMAT, cache_dir, make_private_dir

_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
#: ASCII control characters: dropped by BERT's normaliser (tab, newline, CR become spaces).
_DROP = {c: None for c in range(32) if chr(c) not in "\t\n\r"} | {127: None}


class _LineVocab:
    """The vocabulary as its cached lines (line k holds the token of id k), looked up in
    the text itself: a question needs a few dozen lookups, and building the 30,522-entry
    dict (splitting the lines, then hashing each) took 6 ms of every new question's 25
    (issue 16). After :data:`LOOKUPS` lookups (a long text) the dict is built after all,
    so a long text costs no more than before. The same ids either way (a token is a whole
    line; tokens are unique and hold no newline: checked when the cache is written)."""

    #: Lookups answered by searching the text before the dict is built (~50 us each).
    LOOKUPS = 64

    def __init__(self, lines: str) -> None:
        self._text = "\n" + lines + "\n"
        self._dict: dict[str, int] | None = None
        self._asked = 0

    def get(self, token: str) -> int | None:
        if self._dict is None:
            self._asked += 1
            if self._asked <= self.LOOKUPS:
                pos = self._text.find("\n" + token + "\n") if "\n" not in token else -1
                return None if pos < 0 else self._text.count("\n", 0, pos)
            tokens = self._text[1:-1].split("\n")
            self._dict = dict(zip(tokens, range(len(tokens)), strict=True))
        return self._dict.get(token)

    def __contains__(self, token: object) -> bool:
        return isinstance(token, str) and self.get(token) is not None

    def __getitem__(self, token: str) -> int:
        found = self.get(token)
        if found is None:
            raise KeyError(token)
        return found


class WordPiece:
    """BERT's uncased WordPiece tokenizer for ASCII text, from ``tokenizer.json``'s vocab.

    The ``tokenizers`` package costs more to load (import and its 466 KB JSON) than a whole
    search question takes to embed; for ASCII text the rules are short (control characters
    dropped, lower case, split at spaces and punctuation, longest-match word pieces) and
    ``tests/test_minilm.py`` checks the ids against ``tokenizers`` on many texts. Anything
    else returns None: the caller asks ``tokenizers``.
    """

    def __init__(self, vocab: dict[str, int] | _LineVocab, max_tokens: int) -> None:
        self.vocab = vocab
        self.max_tokens = max_tokens
        self.unk, self.cls, self.sep = vocab["[UNK]"], vocab["[CLS]"], vocab["[SEP]"]

    @classmethod
    def from_file(cls, path: Path, max_tokens: int) -> WordPiece:
        """The tokenizer of ``path`` (a ``tokenizer.json``); its vocabulary is kept in the
        cache directory as plain lines, read in a fraction of the JSON's time."""
        st = path.stat()
        cached = cache_dir() / f"vocab-{st.st_size}-{st.st_mtime_ns}-{FORMAT}.txt"
        try:
            lines = cached.read_text(encoding="utf-8")
        except OSError:
            pass
        else:
            return cls(_LineVocab(lines), max_tokens)
        data = json.loads(path.read_text(encoding="utf-8"))
        model = data["model"]
        norm = data.get("normalizer") or {}
        if (
            model.get("type") != "WordPiece"
            or model.get("continuing_subword_prefix") != "##"
            or norm.get("type") != "BertNormalizer"
            or not norm.get("lowercase")
            or (data.get("pre_tokenizer") or {}).get("type") != "BertPreTokenizer"
        ):
            raise ValueError(f"{path}: not an uncased BERT WordPiece tokenizer")
        vocab: dict[str, int] = model["vocab"]
        tokens = sorted(vocab, key=vocab.__getitem__)
        if [vocab[t] for t in tokens] == list(range(len(tokens))) and not any(
            "\n" in t for t in tokens
        ):
            try:
                make_private_dir(cached.parent)
                part = cached.with_name(cached.name + f".{os.getpid()}.tmp")
                part.write_text("\n".join(tokens), encoding="utf-8")
                os.replace(part, cached)
            except OSError:
                pass  # no cache: the JSON is read again next time
        return cls(vocab, max_tokens)

    def ids(self, text: str) -> list[int] | None:
        """[CLS] pieces [SEP], truncated to ``max_tokens``; None for non-ASCII text."""
        if not text.isascii():
            return None
        words: list[str] = []
        for chunk in text.translate(_DROP).lower().split():
            start = 0
            for i, c in enumerate(chunk):
                if c in _ASCII_PUNCT:
                    if i > start:
                        words.append(chunk[start:i])
                    words.append(c)
                    start = i + 1
            if start < len(chunk):
                words.append(chunk[start:])
        out = [self.cls]
        vocab = self.vocab
        for word in words:
            if len(word) > 100:
                out.append(self.unk)
                continue
            pieces, start = [], 0
            while start < len(word):
                end = len(word)
                while end > start:
                    piece = word[start:end] if start == 0 else "##" + word[start:end]
                    found = vocab.get(piece)
                    if found is not None:
                        pieces.append(found)
                        break
                    end -= 1
                else:
                    pieces = [self.unk]
                    break
                start = end
            out.extend(pieces)
        del out[self.max_tokens - 1 :]
        out.append(self.sep)
        return out
