"""Adapters: tiny local BERT and spaCy models, the gazetteer and CRF baselines, prediction files."""
from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from khabar.corpus.documents import load_document
from khabar.corpus.layout import Layout
from khabar.evaluate.adapters.base import clitic_offset, load_adapter
from khabar.evaluate.adapters.crf import CRFAdapter, CRFTagger, train_crf
from khabar.evaluate.adapters.gazetteer import build_gazetteer
from khabar.evaluate.adapters.predictions import PredictionsAdapter
from khabar.evaluate.data import EvalRow, content_hash, rows_from_release
from khabar.evaluate.schemes import get_scheme
from khabar.io import KhabarError
from khabar.model.errors import CODES
from khabar.model.labels import ENTITY_LABELS
from khabar.model.spans import Span, outermost
from khabar.model.tokens import tokenize
from test_benchmark import bench, locate, make_release

REPO = Path(__file__).resolve().parent.parent
IOB2_TAGS = ["O", *(f"{p}-{lab}" for lab in ENTITY_LABELS for p in ("B", "I"))]


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    return make_release(tmp_path_factory.mktemp("release"))


def test_gazetteer_longest_match_and_proclitics(release):
    gaz = build_gazetteer(rows_from_release(release, "train"))
    text = "وصل الجيش السوري بدمشق ولحلب، وزار محمد علي"
    assert gaz.find(text) == [Span(*locate(text, "الجيش السوري", 0), "ORG"), Span(*locate(text, "دمشق", 0), "GPE"),
                              Span(*locate(text, "حلب", 0), "GPE"), Span(*locate(text, "محمد علي", 0), "PERS")]


def test_gazetteer_label_is_the_most_frequent():
    text = "حلب حلب حلب"
    rows = [EvalRow("a", text, [Span(*locate(text, "حلب", 0), "GPE"), Span(*locate(text, "حلب", 1), "GPE"),
                                Span(*locate(text, "حلب", 2), "LOC")])]
    assert build_gazetteer(rows).entries == {("حلب",): "GPE"}


def test_train_crf_on_any_sequences():
    sents = [["Ali", "went", "to", "Aleppo"], ["Sami", "left", "Beirut"]] * 5
    tags = [["B-PER", "O", "O", "B-LOC"], ["B-PER", "O", "B-LOC"]] * 5
    crf = train_crf(sents, tags, max_iterations=50)
    assert crf.tag([["Ali", "left", "Beirut"], []]) == [["B-PER", "O", "B-LOC"], []]
    with pytest.raises(ValueError, match="one tag per token"):
        train_crf([["a", "b"]], [["O"]])


def test_crf_baseline_learns_the_train_split(release):
    train = rows_from_release(release, "train")
    crf = CRFAdapter.from_rows(train)
    got = crf.predict(train)
    gold = [set(outermost(r.entities)) for r in train]
    hits = sum(len(set(p) & g) for p, g in zip(got, gold, strict=True))
    assert hits / sum(map(len, gold)) >= 0.8  # a CRF fits its own training data
    assert Span(*locate(train[-1].text, "دمشق", 0), "GPE") in got[-1]  # "بدمشق": the ب stays outside


@pytest.mark.parametrize("word,want", [
    ("بدمشق", 1), ("والأشرفية", 1), ("دمشق", 0), ("بيروت", 0), ("لحلب", 1), ("وليد", 0),
])
def test_clitic_offset(word, want):
    assert clitic_offset(word, whole={"دمشق", "بيروت"}, stems={"حلب"}) == want


def test_crf_decodes_an_orphan_i_as_a_new_mention(release, monkeypatch):
    """The CRF's tags go through the one IOB2 decoder, an orphan I- opening a mention (conlleval)."""
    train = rows_from_release(release, "train")
    crf = CRFAdapter.from_rows(train[:2], max_iterations=5)
    text = "زار سامي حداد حلب"
    toks = tokenize(text)
    monkeypatch.setattr(CRFTagger, "tag", lambda self, sents: [["O", "B-PERS", "I-PERS", "I-GPE"]])
    assert crf.predict([EvalRow("r", text, [])]) == \
        [[Span(toks[1].start, toks[2].end, "PERS"), Span(toks[3].start, toks[3].end, "GPE")]]


# ---------------------------------------------------------------- predictions files

def write_jsonl(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in records), encoding="utf-8")
    return path


def test_predictions_by_row_paragraph_or_document(release, tmp_path):
    """A record may be a sentence row, its paragraph row or its document; offsets into that unit."""
    rows = rows_from_release(release, "test")
    r0, r1, r2 = rows
    s, e = locate(r1.text, "كريم ناصر", 0)
    by_row = [{"id": r0.id, "text": r0.text, "spans": [{"start": 4, "end": 13, "label": "PERS",
                                                         "text": r0.text[4:13]}]},
              {"id": r1.id, "spans": [{"start": s, "end": e, "label": "PERS"}]},
              {"id": r2.id, "spans": [{"start": 6, "end": 18, "label": "ORG"}]}]
    by_paragraph = [{"id": r0.paragraph_id, "spans": [{"start": 4, "end": 13, "label": "PERS"},
                                                      {"start": s + r1.paragraph_offset, "end": e + r1.paragraph_offset,
                                                       "label": "PERS"},
                                                      {"start": 0, "end": 3, "label": "ORG", "layer": "numbers",
                                                       "value": 3}]},
                    {"id": r2.paragraph_id, "spans": [{"start": 6, "end": 18, "label": "ORG"}]}]
    by_document = [{"id": "synth", "spans": [{"start": r.offset + a, "end": r.offset + b, "label": lab}
                                             for r, (a, b, lab) in ((r0, (4, 13, "PERS")), (r1, (s, e, "PERS")),
                                                                    (r2, (6, 18, "ORG")))]}]
    want = [[Span(4, 13, "PERS")], [Span(s, e, "PERS")], [Span(6, 18, "ORG")]]
    for name, recs in (("row", by_row), ("paragraph", by_paragraph), ("document", by_document)):
        got = PredictionsAdapter(str(write_jsonl(tmp_path / f"{name}.jsonl", recs))).predict(rows)
        assert got == want, name


GOOD_SPAN = '{"start": 0, "end": 2, "label": "PERS"}'


# The predictions validator: one bad line -> (code, JSON path); every code is registered.
@pytest.mark.parametrize("line,code,where", [
    ("{not json", "json-invalid", "$"),
    ("[1, 2]", "not-object", "$"),
    ('{"spans": []}', "schema-required", "$"),   # the validator's convention: at the object
    ('{"id": "x"}', "schema-required", "$"),
    ('{"id": 3, "spans": []}', "schema-type", "$.id"),
    ('{"id": "", "spans": []}', "schema-min-length", "$.id"),
    ('{"id": "x", "text": 412, "spans": []}', "schema-type", "$.text"),  # a text that is a number
    ('{"id": "x", "spans": {}}', "schema-type", "$.spans"),
    ('{"id": "x", "spans": [], "score": 1}', "schema-additional-property", "$.score"),
    ('{"id": "x", "spans": [{"start": "0", "end": 2, "label": "X"}]}', "schema-type", "$.spans[0].start"),
    ('{"id": "x", "spans": [{"start": 0.0, "end": 2, "label": "X"}]}', "schema-type", "$.spans[0].start"),
    ('{"id": "x", "spans": [{"start": -1, "end": 2, "label": "X"}]}', "schema-minimum", "$.spans[0].start"),
    ('{"id": "x", "spans": [{"start": 0, "end": 2}]}', "schema-required", "$.spans[0]"),
    ('{"id": "x", "spans": [{"start": 0, "end": 2, "label": ""}]}', "schema-min-length", "$.spans[0].label"),
    ('{"id": "x", "spans": [{"start": 0, "end": 2, "label": "X", "score": 0.9}]}', "schema-additional-property",
     "$.spans[0].score"),
    ('{"id": "x", "spans": [{"start": 0, "end": 2, "label": "X", "layer": "entities", "text": 5}]}',
     "schema-type", "$.spans[0].text"),
    ('{"id": "x", "spans": [{"start": NaN, "end": 2, "label": "X"}]}', "json-constant", "$"),
    ('{"id": "x", "id": "y", "spans": []}', "json-duplicate-key", "$"),
    ("[" * 100_000, "json-too-deep", "$"),
])
def test_prediction_line_validator(tmp_path, line, code, where):
    path = write_jsonl(tmp_path / "p.jsonl", [f'{{"id": "ok", "spans": [{GOOD_SPAN}]}}', line])
    with pytest.raises(KhabarError) as info:
        PredictionsAdapter(str(path))
    assert (info.value.code, info.value.where) == (code, "2") and code in CODES
    assert str(info.value).startswith(f"{path}:2: {where}: ") and "\n" not in str(info.value)


def test_valid_prediction_lines(tmp_path):
    """Spans of other layers may carry anything (the `khabar export jsonl` shape); ids are kept."""
    lines = ['{"id": "a", "spans": []}',
             '{"id": "b", "text": "زار حلب", "relations": [], "spans": [{"start": 4, "end": 7, "label": "GPE", '
             '"text": "حلب", "layer": "entities", "id": "e1"}, {"layer": "numbers", "value": 3}]}']
    records = PredictionsAdapter(str(write_jsonl(tmp_path / "p.jsonl", lines))).records
    assert {k: line for k, (line, _) in records.items()} == {"a": 1, "b": 2}


def test_duplicate_prediction_id(tmp_path):
    path = write_jsonl(tmp_path / "p.jsonl", ['{"id": "a", "spans": []}', '', '{"id": "a", "spans": []}'])
    with pytest.raises(KhabarError, match=r"p\.jsonl:3: \$\.id: id 'a' already given on line 1") as info:
        PredictionsAdapter(str(path))
    assert info.value.code == "predictions-duplicate-id"


def coverage(release, tmp_path, records: list, known: set[str] = frozenset()):
    rows = rows_from_release(release, "test")
    return PredictionsAdapter(str(write_jsonl(tmp_path / "p.jsonl", records)), set(known)), rows


def test_unknown_id_and_row_covered_twice(release, tmp_path):
    rows = rows_from_release(release, "test")
    every = [{"id": r.id, "spans": []} for r in rows]
    adapter, _ = coverage(release, tmp_path, [*every, {"id": "no-such-row", "spans": []}])
    with pytest.raises(KhabarError, match=r"p\.jsonl:4: \$\.id: id 'no-such-row' names no row") as info:
        adapter.predict(rows)
    assert info.value.code == "predictions-unknown-id"
    adapter, _ = coverage(release, tmp_path, [*every, {"id": rows[0].paragraph_id, "spans": []}])
    with pytest.raises(KhabarError, match=rf"row '{rows[0].id}' is covered twice") as info:
        adapter.predict(rows)
    assert info.value.code == "predictions-row-covered-twice"
    adapter, _ = coverage(release, tmp_path, every[1:])
    with pytest.raises(KhabarError, match=rf"no predictions for row '{rows[0].id}'") as info:
        adapter.predict(rows)
    assert info.value.code == "predictions-row-missing"


def test_rows_of_other_splits_are_skipped_with_a_note(release, tmp_path):
    rows = rows_from_release(release, "test")
    train = rows_from_release(release, "train")
    records = [{"id": r.id, "spans": []} for r in rows] + [{"id": train[0].id, "spans": []}]
    adapter, _ = coverage(release, tmp_path, records, known={train[0].id})
    assert adapter.predict(rows) == [[], [], []]
    assert adapter.notes == [f"{adapter.spec}: 1 record(s) for rows outside the scored split(s) skipped"]


def test_prediction_text_must_match(release, tmp_path):
    rows = rows_from_release(release, "test")
    path = write_jsonl(tmp_path / "p.jsonl", [{"id": r.id, "spans": []} for r in rows[1:]] +
                       [{"id": rows[0].id, "text": "نص آخر", "spans": []}])
    with pytest.raises(KhabarError, match=r"p\.jsonl:3: \$\.text: differs from the data's text"):
        PredictionsAdapter(str(path)).predict(rows)
    missing = write_jsonl(tmp_path / "q.jsonl", [{"id": rows[0].id, "spans": []}])
    with pytest.raises(KhabarError, match="no predictions for row 'synth#p5s1'"):
        PredictionsAdapter(str(missing)).predict(rows)


@pytest.mark.parametrize("extra", [" وقتل 3 آخرون في حمص.", " ", "ب"])
def test_prediction_text_longer_than_its_row_is_refused(extra, release, tmp_path):
    """A row's record whose text is the row's text and more (a span past the row's end would be
    cut or dropped silently) is refused: one line naming the file, line and id."""
    rows = rows_from_release(release, "test")
    longer = rows[1].text + extra
    records = [{"id": rows[0].id, "spans": []},
               {"id": rows[1].id, "text": longer,
                "spans": [{"start": len(rows[1].text), "end": len(longer), "label": "GPE"}] if extra.strip() else []},
               {"id": rows[2].id, "spans": []}]
    path = write_jsonl(tmp_path / "p.jsonl", records)
    with pytest.raises(KhabarError) as info:
        PredictionsAdapter(str(path)).predict(rows)
    assert str(info.value) == (f"{path}:2: $.text: the text of {rows[1].id!r} has {len(longer)} characters, the "
                               f"row {len(rows[1].text)}: it is longer than the row it names")
    assert (info.value.code, info.value.where) == ("predictions-text-mismatch", "2")


# ---------------------------------------------------------------- transformers

def wordpiece(texts: list[str], max_length: int, vocab_size: int = 400):
    """A BERT-style WordPiece fast tokenizer trained on `texts` (no download)."""
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=False, strip_accents=False)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.train_from_iterator(texts, trainers.WordPieceTrainer(vocab_size=vocab_size, special_tokens=specials))
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B [SEP]",
                                                       special_tokens=[("[CLS]", cls), ("[SEP]", sep)])
    tok.decoder = decoders.WordPiece()
    return tok, PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
                                        sep_token="[SEP]", mask_token="[MASK]", model_max_length=max_length)


def bert_config(vocab_size: int, max_length: int, layers: int, width: int):
    from transformers import BertConfig

    return BertConfig(vocab_size=vocab_size, hidden_size=width, num_hidden_layers=layers, num_attention_heads=2,
                      intermediate_size=width, max_position_embeddings=max_length,
                      id2label=dict(enumerate(IOB2_TAGS)), label2id={t: i for i, t in enumerate(IOB2_TAGS)})


def tiny_bert(folder: Path, texts: list[str], hot_label: str | None = None) -> Path:
    """A 1-layer BERT token classifier with random weights and a WordPiece vocabulary trained on
    `texts`, saved as a Hub model folder. `hot_label` makes every word start that entity."""
    import torch
    from transformers import BertForTokenClassification

    tok, fast = wordpiece(texts, 128)
    torch.manual_seed(0)
    model = BertForTokenClassification(bert_config(tok.get_vocab_size(), 128, layers=1, width=16))
    if hot_label:
        with torch.no_grad():
            model.classifier.bias[IOB2_TAGS.index(f"B-{hot_label}")] = 100.0
    model.save_pretrained(folder)
    fast.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def corpus_texts(release) -> list[str]:
    layout = Layout(REPO)
    docs = [load_document(layout, d)["text"] for d in layout.document_ids()]
    return docs + [r.text for r in rows_from_release(release, "train")]


@pytest.mark.slow
def test_hf_offsets_come_back_as_word_spans(release, tmp_path, corpus_texts):
    model = tiny_bert(tmp_path / "bert", corpus_texts, hot_label="GPE")
    rows = rows_from_release(release, "test")
    got = load_adapter(f"hf:{model}").predict(rows)
    # every word begins a GPE, so every word comes back as its own span
    assert got == [[Span(t.start, t.end, "GPE") for t in tokenize(r.text)] for r in rows]


@pytest.mark.slow
def test_hf_end_to_end(release, tmp_path, corpus_texts, capsys):
    model = tiny_bert(tmp_path / "bert", corpus_texts)
    out = tmp_path / "r.json"
    assert bench(release, "--model", f"hf:{model}", "--scheme", "conll", "--resamples", "100",
                 "--out", str(out)) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    rows = rows_from_release(release, "test")
    for row, pred in zip(rows, res["predictions"], strict=True):
        starts, ends = {t.start for t in tokenize(row.text)}, {t.end for t in tokenize(row.text)}
        assert all(s in starts and e in ends and row.text[s:e] == t for s, e, _, t in pred["spans"])
        assert {lab for *_, lab, _ in pred["spans"]} <= {"PER", "ORG", "LOC", "MISC"}
    # docs/benchmark.md's worked example for an outside model: every split, ANERcorp's tag set,
    # intervals over documents (here seven, one paragraph each), the local model hashed.
    by_doc = make_release(tmp_path / "by-document", per_doc=1)
    assert bench(by_doc, "--model", f"hf:{model}", "--split", "all", "--scheme", "anercorp", "--resamples", "100",
                 "--out", str(out), "--force") == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    rows = [r for split in ("train", "validation", "test") for r in rows_from_release(by_doc, split)]
    assert (res["dataset"]["split"], res["dataset"]["splits"]) == ("all", ["train", "validation", "test"])
    assert [p["id"] for p in res["predictions"]] == [r.id for r in rows]
    assert (res["bootstrap"]["over"], res["bootstrap"]["clusters"]) == ("documents", 7)
    assert res["provenance"]["model"]["sha256"] == content_hash(model)
    # The tiny model speaks Wojood's tag set: each label is renamed or dropped as the scheme says.
    scheme = get_scheme("anercorp")
    assert all(scheme.pred_label(pair.split(" -> ")[0]) == pair.split(" -> ")[1]
               for pair in res["relabelled_predictions"])
    assert all(scheme.pred_label(label) is None for label in res["dropped_predictions"])
    assert {lab for p in res["predictions"] for *_, lab, _ in p["spans"]} <= {"PERS", "ORG", "LOC", "MISC"}


def test_hf_missing_model_is_one_line(release, tmp_path, capsys):
    assert bench(release, "--model", f"hf:{tmp_path / 'none'}") == 2
    err = capsys.readouterr().err
    assert "cannot load a token-classification model" in err and err.count("\n") == 1


# ---------------------------------------------------------------- spaCy

def test_spacy_trained_on_train_split(release, tmp_path, capsys):
    """Any spaCy pipeline folder scores with `spacy:DIR`; here one `khabar train spacy-ner` made."""
    import spacy

    from khabar.evaluate.train import train as train_model

    train = rows_from_release(release, "train")
    train_model("spacy-ner", "khabar", tmp_path / "m", release=release, epochs=4)
    nlp = spacy.load(tmp_path / "m" / "model")
    out = tmp_path / "r.json"
    assert bench(release, "--model", f"spacy:{tmp_path / 'm' / 'model'}", "--resamples", "100",
                 "--out", str(out)) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    rows = rows_from_release(release, "test")
    labels = {sp.label for r in train for sp in outermost(r.entities)}
    for row, pred in zip(rows, res["predictions"], strict=True):
        doc = nlp.make_doc(row.text)
        starts, ends = {t.idx for t in doc}, {t.idx + len(t) for t in doc}
        assert all(s in starts and e in ends and lab in labels for s, e, lab, _ in pred["spans"])
    assert set(nlp.get_pipe("ner").labels) == labels


# ---------------------------------------------------------------- transformers: sliding windows

def keyword_bert(folder: Path, texts: list[str], keyword: str, label: str, max_length: int) -> Path:
    """A BERT with no encoder layer whose only signal is one word: `keyword` is tagged B-`label`,
    every other word O, wherever it stands. Its maximum length (special tokens included) is
    `max_length`, so a longer sentence must be read in windows."""
    import torch
    from transformers import BertForTokenClassification

    tok, fast = wordpiece(texts, max_length, vocab_size=300)
    kw = tok.token_to_id(keyword)
    assert kw is not None, "the keyword must be one WordPiece of the vocabulary"
    config = bert_config(tok.get_vocab_size(), max_length, layers=0, width=8)
    model = BertForTokenClassification(config)
    with torch.no_grad():
        for p in model.parameters():
            p.zero_()
        # The embedding LayerNorm maps the keyword to (+1, -1, 0, ...) * c and any other word to 0.
        model.bert.embeddings.LayerNorm.weight.fill_(1.0)
        model.bert.embeddings.word_embeddings.weight[kw, :2] = torch.tensor([1.0, -1.0])
        model.classifier.weight[IOB2_TAGS.index(f"B-{label}"), 0] = 10.0
        model.classifier.bias[IOB2_TAGS.index("O")] = 1.0
    model.save_pretrained(folder)
    fast.save_pretrained(folder)
    return folder


# Synthetic sentence for tests only: 34 words, دمشق near the start and near the end.
LONG = ("زار الوفد دمشق يوم الأحد وقال إن الجيش سيطر على المدينة بعد معارك عنيفة استمرت أياما "
        "وأضاف أن القوات تقدمت نحو الشمال ثم عادت إلى مواقعها قبل أن يصل الوفد مرة أخرى إلى دمشق مساء")


@pytest.mark.slow
def test_hf_reads_a_long_sentence_in_windows(tmp_path):
    from khabar.evaluate.adapters.hf import HFAdapter

    model = keyword_bert(tmp_path / "bert", [LONG] * 4, "دمشق", "GPE", max_length=12)
    adapter = HFAdapter(str(model), stride=3)
    words = [t.text for t in tokenize(LONG)]
    assert adapter.room == 10 and len(words) > 3 * adapter.room  # 12 minus [CLS] and [SEP]
    got = adapter.predict([EvalRow("long", LONG, [])])
    # Both mentions, the second far past the first window (which ends after word 10).
    assert got == [[Span(*locate(LONG, "دمشق", 0), "GPE"), Span(*locate(LONG, "دمشق", 1), "GPE")]]
    assert adapter.windows_read >= 4
    assert adapter.notes == [f"hf:{model}: 1 row(s) longer than the model's 10 subwords read in overlapping "
                             f"windows ({adapter.windows_read} windows in all)"]
    # Without windows (one window cut at the model's length) the second mention is lost.
    assert adapter._label_window(words)[words.index("دمشق", 5)] == "O"


@pytest.mark.parametrize("lengths,room,stride", [
    ([1] * 30, 10, 3), ([1] * 30, 10, 0), ([2, 1, 3, 1, 1, 2, 4, 1] * 4, 8, 4), ([12, 1, 1], 10, 3),
    ([1] * 5, 10, 3), ([], 10, 3),
])
def test_windows_cover_every_word_and_overlap_by_the_stride(lengths, room, stride):
    from khabar.evaluate.adapters.hf import best_window, windows

    wins = windows(lengths, room, stride)
    assert wins == windows(lengths, room, stride)  # deterministic
    assert sorted({i for a, b in wins for i in range(a, b)}) == list(range(len(lengths)))
    for (a, b), (c, _d) in pairwise(wins):
        assert a < c <= b and sum(lengths[c:b]) <= stride  # always advances; bounded overlap
    for a, b in wins:
        assert sum(lengths[a:b]) <= room or b - a == 1  # only a single over-long word overflows
    for i in range(len(lengths)):
        a, b = wins[best_window(wins, i)]
        assert a <= i < b and all(min(i - a, b - 1 - i) >= min(i - x, y - 1 - i)
                                  for x, y in wins if x <= i < y)


@pytest.mark.parametrize("label,tag", [
    ("O", "O"), ("B-PER", "B-PER"), ("I-PER", "I-PER"), ("PER", "I-PER"), ("S-LOC", "B-LOC"), ("E-LOC", "I-LOC"),
])
def test_hf_label_to_iob2(label, tag):
    from khabar.evaluate.adapters.hf import normalise_tag

    assert normalise_tag(label) == tag
