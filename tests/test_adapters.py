"""Adapters: tiny local BERT and spaCy models, the gazetteer and CRF baselines, prediction files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.evaluate.adapters.base import clitic_offset, load_adapter
from khabar.evaluate.adapters.crf import CRFAdapter, tag_spans, train_crf
from khabar.evaluate.adapters.gazetteer import build_gazetteer
from khabar.evaluate.adapters.predictions import PredictionsAdapter
from khabar.evaluate.data import EvalRow, rows_from_release
from khabar.io import KhabarError, read_json
from khabar.model.labels import ENTITY_LABELS
from khabar.model.tokens import outermost, tokenize
from test_benchmark import bench, locate, make_release

REPO = Path(__file__).resolve().parent.parent
IOB2_TAGS = ["O", *(f"{p}-{lab}" for lab in ENTITY_LABELS for p in ("B", "I"))]


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    return make_release(tmp_path_factory.mktemp("release"))


def test_gazetteer_longest_match_and_proclitics(release):
    gaz = build_gazetteer(rows_from_release(release, "train"))
    text = "وصل الجيش السوري بدمشق ولحلب، وزار محمد علي"
    assert gaz.find(text) == [(*locate(text, "الجيش السوري", 0), "ORG"), (*locate(text, "دمشق", 0), "GPE"),
                              (*locate(text, "حلب", 0), "GPE"), (*locate(text, "محمد علي", 0), "PERS")]


def test_gazetteer_label_is_the_most_frequent():
    text = "حلب حلب حلب"
    rows = [EvalRow("a", text, [(*locate(text, "حلب", 0), "GPE"), (*locate(text, "حلب", 1), "GPE"),
                                (*locate(text, "حلب", 2), "LOC")])]
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
    hits = sum(len(set(p) & g) for p, g in zip(got, gold))
    assert hits / sum(map(len, gold)) >= 0.8  # a CRF fits its own training data
    assert (*locate(train[-1].text, "دمشق", 0), "GPE") in got[-1]  # "بدمشق": the ب stays outside


@pytest.mark.parametrize("word,want", [
    ("بدمشق", 1), ("والأشرفية", 1), ("دمشق", 0), ("بيروت", 0), ("لحلب", 1), ("وليد", 0),
])
def test_clitic_offset(word, want):
    assert clitic_offset(word, whole={"دمشق", "بيروت"}, stems={"حلب"}) == want


def test_tag_spans_joins_runs():
    toks = tokenize("زار سامي حداد حلب")
    assert tag_spans(toks, ["O", "B-PERS", "I-PERS", "I-GPE"]) == \
        [(toks[1].start, toks[2].end, "PERS"), (toks[3].start, toks[3].end, "GPE")]


# ---------------------------------------------------------------- predictions files

def write_jsonl(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in records), encoding="utf-8")
    return path


def test_predictions_by_row_paragraph_and_document(release, tmp_path):
    rows = rows_from_release(release, "test")
    r0, r1, r2 = rows
    doc_text_part = {r.offset: r.text for r in rows}
    s, e = locate(r1.text, "كريم ناصر", 0)
    recs = [
        {"id": r0.id, "text": r0.text, "spans": [{"start": 4, "end": 13, "label": "PERS", "text": r0.text[4:13]}]},
        {"id": r1.paragraph_id, "spans": [{"start": s + r1.paragraph_offset, "end": e + r1.paragraph_offset,
                                          "label": "PERS"},
                                         {"start": 0, "end": 3, "label": "ORG", "layer": "numbers"}]},
        {"id": "synth", "spans": [{"start": r2.offset + 6, "end": r2.offset + 18, "label": "ORG"}]},
    ]
    got = PredictionsAdapter(str(write_jsonl(tmp_path / "p.jsonl", recs))).predict(rows)
    assert got == [[(4, 13, "PERS")], [(s, e, "PERS")], [(6, 18, "ORG")]]
    assert doc_text_part  # offsets are known for every row of the release


@pytest.mark.parametrize("line,message", [
    ("{not json", ":1: invalid JSON"),
    ('{"id": 3, "spans": []}', ":1: expected an object with a string `id`"),
    ('{"id": "synth", "spans": [{"start": "0", "end": 2, "label": "X"}]}', ":1: spans[0]: expected integer"),
])
def test_bad_prediction_lines(tmp_path, line, message):
    with pytest.raises(KhabarError, match=message.replace("[", r"\[").replace("]", r"\]")):
        PredictionsAdapter(str(write_jsonl(tmp_path / "p.jsonl", [line])))


def test_prediction_text_must_match(release, tmp_path):
    rows = rows_from_release(release, "test")
    path = write_jsonl(tmp_path / "p.jsonl", [{"id": r.id, "spans": []} for r in rows[1:]] +
                       [{"id": rows[0].id, "text": "نص آخر", "spans": []}])
    with pytest.raises(KhabarError, match=r"p\.jsonl:3: `text` differs"):
        PredictionsAdapter(str(path)).predict(rows)
    missing = write_jsonl(tmp_path / "q.jsonl", [{"id": rows[0].id, "spans": []}])
    with pytest.raises(KhabarError, match="no predictions for row 'synth#p5s1'"):
        PredictionsAdapter(str(missing)).predict(rows)


# ---------------------------------------------------------------- transformers

def tiny_bert(folder: Path, texts: list[str], hot_label: str | None = None) -> Path:
    """A 1-layer BERT token classifier with random weights and a WordPiece vocabulary trained on
    `texts`, saved as a Hub model folder. `hot_label` makes every word start that entity."""
    import torch
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
    from transformers import BertConfig, BertForTokenClassification, PreTrainedTokenizerFast

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=False, strip_accents=False)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.train_from_iterator(texts, trainers.WordPieceTrainer(vocab_size=400, special_tokens=specials))
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B [SEP]",
                                                       special_tokens=[("[CLS]", cls), ("[SEP]", sep)])
    tok.decoder = decoders.WordPiece()
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
                                   sep_token="[SEP]", mask_token="[MASK]", model_max_length=128)
    torch.manual_seed(0)
    config = BertConfig(vocab_size=tok.get_vocab_size(), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=16, max_position_embeddings=128,
                        id2label=dict(enumerate(IOB2_TAGS)), label2id={t: i for i, t in enumerate(IOB2_TAGS)})
    model = BertForTokenClassification(config)
    if hot_label:
        with torch.no_grad():
            model.classifier.bias[IOB2_TAGS.index(f"B-{hot_label}")] = 100.0
    model.save_pretrained(folder)
    fast.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def corpus_texts(release) -> list[str]:
    docs = [read_json(p)["text"] for p in sorted((REPO / "corpus" / "documents").glob("*.json"))]
    return docs + [r.text for r in rows_from_release(release, "train")]


def test_hf_offsets_come_back_as_word_spans(release, tmp_path, corpus_texts):
    model = tiny_bert(tmp_path / "bert", corpus_texts, hot_label="GPE")
    rows = rows_from_release(release, "test")
    got = load_adapter(f"hf:{model}").predict(rows)
    # every word begins a GPE, so every word comes back as its own span
    assert got == [[(t.start, t.end, "GPE") for t in tokenize(r.text)] for r in rows]


def test_hf_end_to_end(release, tmp_path, corpus_texts, capsys):
    model = tiny_bert(tmp_path / "bert", corpus_texts)
    out = tmp_path / "r.json"
    assert bench(release, "--model", f"hf:{model}", "--scheme", "conll", "--resamples", "100",
                 "--out", str(out)) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    rows = rows_from_release(release, "test")
    for row, pred in zip(rows, res["predictions"]):
        starts, ends = {t.start for t in tokenize(row.text)}, {t.end for t in tokenize(row.text)}
        assert all(s in starts and e in ends and row.text[s:e] == t for s, e, _, t in pred["spans"])
        assert {lab for *_, lab, _ in pred["spans"]} <= {"PER", "ORG", "LOC", "MISC"}


def test_hf_missing_model_is_one_line(release, tmp_path, capsys):
    assert bench(release, "--model", f"hf:{tmp_path / 'none'}") == 2
    err = capsys.readouterr().err
    assert "cannot load a token-classification model" in err and err.count("\n") == 1


# ---------------------------------------------------------------- spaCy

def test_spacy_trained_on_train_split(release, tmp_path, capsys):
    from khabar.evaluate.adapters.spacy_adapter import train_spacy

    train = rows_from_release(release, "train")
    nlp = train_spacy(train, tmp_path / "sp", epochs=4, seed=0)
    out = tmp_path / "r.json"
    assert bench(release, "--model", f"spacy:{tmp_path / 'sp'}", "--resamples", "100", "--out", str(out)) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    rows = rows_from_release(release, "test")
    labels = {lab for r in train for *_, lab in outermost(r.entities)}
    for row, pred in zip(rows, res["predictions"]):
        doc = nlp.make_doc(row.text)
        starts, ends = {t.idx for t in doc}, {t.idx + len(t) for t in doc}
        assert all(s in starts and e in ends and lab in labels for s, e, lab, _ in pred["spans"])
    assert set(nlp.get_pipe("ner").labels) == labels
