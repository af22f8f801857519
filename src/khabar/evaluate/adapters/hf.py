"""`hf:PATH_OR_ID`: a transformers token-classification model over word-aligned sliding windows.

A row is cut into Khabar tokens (words), each word into the model's subwords; a word takes the
label of its first subword (the "first" aggregation). A row longer than the model's maximum
length is read in windows of whole words that overlap by `stride` subwords; each word takes its
label from the window in which it lies farthest from an edge (ties: the earlier window), so the
merge is deterministic and every word is labelled with the most context either side. The word
labels are decoded with the one IOB2 decoder, an orphan I- opening a mention as in conlleval.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from khabar.evaluate.data import EvalRow
from khabar.io import KhabarError
from khabar.model.spans import Span, Token, tag_spans
from khabar.model.tokens import tokenize

DEFAULT_STRIDE = 32  # subwords shared by two neighbouring windows (as the pipeline's `stride`)


def load_model(path_or_id: str):
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(path_or_id)
        model = AutoModelForTokenClassification.from_pretrained(path_or_id)
    except (OSError, ValueError, KeyError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        raise KhabarError(f"hf:{path_or_id}: cannot load a token-classification model ({first})") from None
    if not getattr(tokenizer, "is_fast", False):
        raise KhabarError(f"hf:{path_or_id}: needs a fast tokenizer (word alignment comes from word_ids())")
    model.eval()
    return tokenizer, model


def max_subwords(tokenizer, model) -> int:
    """Subwords a window may hold, special tokens excluded."""
    limits = [n for n in (getattr(tokenizer, "model_max_length", None),
                          getattr(model.config, "max_position_embeddings", None))
              if isinstance(n, int) and 0 < n < 1_000_000]
    specials = tokenizer.num_special_tokens_to_add(pair=False)
    room = (min(limits) if limits else 512) - specials
    if room < 1:
        raise KhabarError("the model's maximum length leaves no room for a word")
    return room


def windows(lengths: Sequence[int], room: int, stride: int) -> list[tuple[int, int]]:
    """Word ranges [a, b) whose subword counts fit `room`, each starting so that it shares about
    `stride` subwords with the previous one; together they cover every word.

    A word longer than `room` on its own gets a window to itself (its subwords are cut there).
    """
    out: list[tuple[int, int]] = []
    a, n = 0, len(lengths)
    while a < n:
        b, used = a, 0
        while b < n and (b == a or used + lengths[b] <= room):
            used += lengths[b]
            b += 1
        out.append((a, b))
        if b >= n:
            break
        # Step back from b while the overlap stays within `stride` subwords, but always advance.
        nxt, shared = b, 0
        while nxt - 1 > a and shared + lengths[nxt - 1] <= stride:
            nxt -= 1
            shared += lengths[nxt]
        a = nxt
    return out


def best_window(wins: Sequence[tuple[int, int]], i: int) -> int:
    """The window in which word i lies farthest from an edge (ties: the earliest)."""
    best, margin = -1, -1
    for k, (a, b) in enumerate(wins):
        if a <= i < b:
            m = min(i - a, b - 1 - i)
            if m > margin:
                best, margin = k, m
    return best


def normalise_tag(label: str) -> str:
    """An IOB2 tag of a model label: B-X / I-X as they are, O, and a bare X read as I-X (so a run
    of one label is one mention; the decoder opens it)."""
    if label == "O" or label[:2] in ("B-", "I-"):
        return label
    if label[:2] in ("E-", "S-", "L-", "U-"):  # BIOES/BILOU ends and singletons
        return ("B-" if label[0] in "SU" else "I-") + label[2:]
    return "I-" + label


class HFAdapter:
    train_rows = None  # an outside model: what it learned from is unknown
    training = None

    def __init__(self, path_or_id: str, stride: int = DEFAULT_STRIDE):
        self.spec = f"hf:{path_or_id}"
        self.tokenizer, self.model = load_model(path_or_id)
        self.room = max_subwords(self.tokenizer, self.model)
        self.specials = self.tokenizer.num_special_tokens_to_add(pair=False)
        self.stride = max(0, min(stride, self.room // 2))
        self.labels: dict[int, str] = {int(k): v for k, v in self.model.config.id2label.items()}
        self.notes: list[str] = []
        self.windows_read = 0

    def _subword_counts(self, words: list[str]) -> list[int]:
        enc = self.tokenizer(words, is_split_into_words=True, add_special_tokens=False)
        counts = [0] * len(words)
        for w in enc.word_ids():
            if w is not None:
                counts[w] += 1
        return counts

    def _label_window(self, words: list[str]) -> list[str]:
        """The label of each word of one window: its first subword's argmax ("O" for a word the
        window had to cut, which only a single word longer than the window can be)."""
        import torch

        enc = self.tokenizer(words, is_split_into_words=True, truncation=True,
                             max_length=self.room + self.specials, return_tensors="pt")
        with torch.no_grad():
            logits = self.model(**{k: v for k, v in enc.items()
                                   if k in ("input_ids", "attention_mask", "token_type_ids")}).logits[0]
        best = logits.argmax(-1).tolist()
        first: dict[int, int] = {}
        for pos, w in enumerate(enc.word_ids(0)):
            if w is not None and w not in first:
                first[w] = pos
        return [self.labels[best[first[i]]] if i in first else "O" for i in range(len(words))]

    def tags(self, words: list[str]) -> list[str]:
        """The IOB2 tag of every word, read window by window and merged."""
        if not words:
            return []
        counts = self._subword_counts(words)
        wins = windows([max(1, n) for n in counts], self.room, self.stride)
        self.windows_read += len(wins)
        per_window = [self._label_window(words[a:b]) for a, b in wins]
        out = []
        for i in range(len(words)):
            k = best_window(wins, i)
            out.append(normalise_tag(per_window[k][i - wins[k][0]]))
        return out

    def predict(self, rows: Sequence[EvalRow]) -> list[list[Span]]:
        result = []
        before, long_rows = self.windows_read, 0
        for row in rows:
            toks: list[Token] = tokenize(row.text)
            read = self.windows_read
            result.append(sorted(tag_spans(toks, self.tags([t.text for t in toks]), orphan="begin")))
            long_rows += self.windows_read - read > 1
        if long_rows:
            self.notes.append(f"{self.spec}: {long_rows} row(s) longer than the model's {self.room} subwords "
                              f"read in overlapping windows ({self.windows_read - before} windows in all)")
        return result


def load(arg: str, context: Any) -> HFAdapter:
    return HFAdapter(arg, **{k: v for k, v in context.options.items() if k == "stride"})
