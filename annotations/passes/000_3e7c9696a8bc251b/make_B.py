"""Annotation pass B for document 000_3e7c9696a8bc251b (Khabar).

All offsets are computed with code: span(par, surface, nth) finds the nth occurrence of
`surface` inside paragraph `par` and asserts text[start:end] == surface.
"""
import hashlib
import json
import string
import unicodedata
from pathlib import Path

# The repository root is three folders up (annotations/passes/<id>/): works from any clone.
ROOT = Path(__file__).resolve().parents[3]
DOC = "000_3e7c9696a8bc251b"
raw = (ROOT / "corpus/raw" / f"{DOC}.txt").read_text(encoding="utf-8")
text = raw.split("\n", 1)[1]
SHA = "0627b65e51c8a0c6f0eefc5b53c3c07eac1941cb1bfd5c9a2bc22f60dd83e2ea"
assert hashlib.sha256(text.encode("utf-8")).hexdigest() == SHA
pars = text.split("\n")
assert len(pars) == 15
PSTART = []
_o = 0
for p in pars:
    PSTART.append(_o)
    _o += len(p) + 1


def span(par, surface, nth=0, after=None):
    """nth occurrence of surface in paragraph par (optionally searching from the
    first occurrence of `after` in that paragraph)."""
    base = PSTART[par]
    ptxt = pars[par]
    pos = 0
    if after is not None:
        pos = ptxt.index(after)
    for _ in range(nth + 1):
        i = ptxt.find(surface, pos)
        assert i >= 0, (par, surface, nth)
        pos = i + 1
    s = base + i
    e = s + len(surface)
    assert text[s:e] == surface
    return {"start": s, "end": e, "text": surface}


# ---------------------------------------------------------------- entities
ENT = []   # (key, span, label)


def ent(key, par, surface, label, nth=0, after=None):
    ENT.append((key, span(par, surface, nth, after), label))


# P0
ent("occ_pres0", 0, "رئيس النظام السوري", "OCC")
ent("reg0", 0, "النظام السوري", "ORG")
ent("syr_reg0", 0, "السوري", "NORP", 0)
ent("assad0", 0, "بشار الأسد", "PERS")
ent("aleppo0", 0, "حلب", "GPE")
ent("card410", 0, "410", "CARDINAL")
ent("sohr0", 0, "المرصد السوري لحقوق الإنسان", "ORG")
ent("sohr0_norp", 0, "السوري", "NORP", 0, after="المرصد السوري")
# P1
ent("aleppo1", 1, "حلب", "GPE")
ent("ord_thani", 1, "ثاني", "ORDINAL")
ent("syria1", 1, "سورية", "GPE")
ent("reg1", 1, "النظام السوري", "ORG")
ent("reg1_norp", 1, "السوري", "NORP")
ent("ord_ula1", 1, "الأولى", "ORDINAL")
ent("hts1", 1, "هيئة تحرير الشام", "ORG")
ent("sham1", 1, "الشام", "LOC")
ent("qn1", 1, "قوات النظام", "ORG")
ent("qn1_reg", 1, "النظام", "ORG", 0, after="قوات النظام")
ent("sohr1", 1, "المرصد", "ORG")
# P2
ent("presidency", 2, "الرئاسة السورية", "ORG")
ent("presidency_norp", 2, "السورية", "NORP")
ent("assad2", 2, "الأسد", "PERS")
ent("occ_fm", 2, "وزير الخارجية الإيراني", "OCC")
ent("mofa", 2, "الخارجية", "ORG")
ent("iranian", 2, "الإيراني", "NORP")
ent("araghchi", 2, "عباس عراقجي", "PERS")
ent("damascus", 2, "دمشق", "GPE")
# P3
ent("occ_dir", 3, "مدير المرصد", "OCC")
ent("sohr3", 3, "المرصد", "ORG")
ent("rami", 3, "رامي عبد الرحمن", "PERS")
ent("afp", 3, "فرانس برس", "ORG")
ent("hts3", 3, "هيئة تحرير الشام", "ORG")
ent("sham3", 3, "الشام", "LOC")
ent("aleppo3", 3, "حلب", "GPE")
ent("kurdf3", 3, "القوات الكردية", "ORG")
ent("kurdf3_norp", 3, "الكردية", "NORP")
# P4
ent("ord_ula4", 4, "الأولى", "ORDINAL")
ent("qn4", 4, "قوات النظام", "ORG")
ent("qn4_reg", 4, "النظام", "ORG", 0, after="قوات النظام")
ent("date2011", 4, "عام 2011", "DATE")
# P5
ent("aleppo5", 5, "حلب", "GPE")
ent("kurdish5", 5, "كردية", "NORP")
ent("sheikh_maqsoud", 5, "الشيخ مقصود", "LOC")
ent("ashrafieh", 5, "الأشرفية", "LOC")
ent("kurdf5", 5, "القوات الكردية", "ORG")
ent("kurdf5_norp", 5, "الكردية", "NORP", 0, after="القوات الكردية")
ent("sdf", 5, "قوات سورية الديموقراطية", "ORG")
ent("sdf_syria", 5, "سورية", "GPE", 0, after="قوات سورية")
ent("american", 5, "أميركيا", "NORP")
# "للإدارة الذاتية الكردية": the ORG name is fused with the contracted particle لل (ل + ال,
# alef elided), so by GUIDELINES §0 (the "للمرة" rule) the ORG span is not representable;
# only the inner NORP, which lies after the contraction, is annotated.
ent("aanes_norp", 5, "الكردية", "NORP", 0, after="للإدارة الذاتية")
# P6
ent("govf", 6, "القوات الحكومية", "ORG")
ent("aleppo6", 6, "حلب", "GPE")
ent("date2016", 6, "نهاية عام 2016", "DATE")
ent("russian6", 6, "روسي", "NORP")
ent("date2012", 6, "صيف 2012", "DATE")
# P7
ent("iran", 7, "إيران", "GPE")
ent("aleppo7", 7, "حلب", "GPE")
ent("months", 7, "الأشهر الماضية", "DATE")
ent("sohr7", 7, "المرصد", "ORG")
# P8
ent("hts8", 8, "هيئة تحرير الشام", "ORG")
ent("sham8", 8, "الشام", "LOC")
ent("un", 8, "الأمم المتحدة", "ORG")
ent("idlib8a", 8, "إدلب", "GPE", 0)
ent("syrian8", 8, "سورية", "NORP")
ent("twodays", 8, "اليومين الماضيين", "DATE")
ent("aleppo8", 8, "حلب", "GPE")
ent("airport", 8, "المطار الدولي", "FAC")
ent("card_asharat", 8, "عشرات", "CARDINAL")
ent("idlib8b", 8, "إدلب", "GPE", 1)
ent("hama8", 8, "حماة", "GPE")
ent("qn8", 8, "قوات النظام", "ORG")
ent("qn8_reg", 8, "النظام", "ORG", 0, after="قوات النظام")
ent("sohr8", 8, "المرصد", "ORG")
# P9
ent("rusaf", 9, "الطيران الروسي", "ORG")
ent("rusaf_norp", 9, "الروسي", "NORP")
ent("sohr9", 9, "المرصد", "ORG")
ent("univ", 9, "جامعة مدينة حلب", "ORG")
ent("aleppo9", 9, "حلب", "GPE")
ent("card5", 9, "خمسة", "CARDINAL")
# P10
ent("idlib10", 10, "إدلب", "GPE")
ent("card8", 10, "ثمانية", "CARDINAL")
ent("card50", 10, "خمسين", "CARDINAL")
# P11
ent("north_syria", 11, "شمال سورية", "LOC")
ent("syria11", 11, "سورية", "GPE")
ent("card412", 11, "412", "CARDINAL")
ent("card61a", 11, "61", "CARDINAL")
ent("sohr11", 11, "المرصد", "ORG")
# P12
ent("sohr12", 12, "المرصد", "ORG")
ent("card214", 12, "214", "CARDINAL")
ent("card137", 12, "137", "CARDINAL")
ent("qn12", 12, "قوات النظام", "ORG")
ent("qn12_reg", 12, "النظام", "ORG", 0, after="قوات النظام")
ent("card61b", 12, "61", "CARDINAL")
ent("card17", 12, "17", "CARDINAL")
ent("sunday", 12, "الأحد", "DATE")
# P13
ent("syria13", 13, "سورية", "GPE")
ent("moscow", 13, "موسكو", "GPE")
ent("ankara", 13, "أنقرة", "GPE")
ent("date2020", 13, "عام 2020", "DATE")
ent("idlib13", 13, "إدلب", "GPE")
ent("hts13", 13, "هيئة تحرير الشام", "ORG")
ent("sham13", 13, "الشام", "LOC")
ent("aleppo13", 13, "حلب", "GPE")
ent("hama13", 13, "حماة", "GPE")
ent("latakia", 13, "اللاذقية", "GPE")
# P14
ent("wednesday", 14, "الأربعاء الماضي", "DATE")

# ---------------------------------------------------------------- numbers
NUM = []   # (key, dict)


def num(key, par, surface, value, kind, qualifier="exact", qual=None, counted=None,
        nth=0, after=None):
    """qual / counted: (surface, nth, after) searched in the same paragraph, or None."""
    sp = span(par, surface, nth, after)
    q = span(par, *qual) if qual else None
    c = span(par, *counted) if counted else None
    NUM.append((key, dict(sp, value=value, kind=kind, qualifier=qualifier,
                          qualifier_span=q, counted=c)))


num("n410", 0, "410", 410, "cardinal", "more_than", ("أكثر من",), ("قتلى",))
num("n_thani", 1, "ثاني", 2, "ordinal", counted=("مدن",))
num("n_ula1", 1, "الأولى", 1, "ordinal")
num("n_ula4", 4, "الأولى", 1, "ordinal")
num("n2011", 4, "2011", 2011, "year")
num("n2016", 6, "2016", 2016, "year")
num("n2012", 6, "2012", 2012, "year")
num("n_yawmayn", 8, "اليومين", 2, "cardinal", counted=("اليومين",))
num("n_asharat", 8, "عشرات", 30, "cardinal", "at_least", None, ("المدن والقرى",))
num("n5", 9, "خمسة", 5, "cardinal", counted=("قتلى",))
num("n8", 10, "ثمانية", 8, "cardinal", counted=("مدنيين",))
num("n_tiflan", 10, "طفلان", 2, "cardinal", counted=("طفلان",))
num("n50", 10, "خمسين", 50, "cardinal", "more_than", ("أكثر من",), ("آخرين",))
num("n412", 11, "412", 412, "cardinal", "at_least", ("على الأقل",), ("قتيلا",))
num("n61a", 11, "61", 61, "cardinal", counted=("مدنيا",))
num("n214", 12, "214", 214, "cardinal", counted=("قتيلا", 0))
num("n137", 12, "137", 137, "cardinal", counted=("قتيلا", 1))
num("n61b", 12, "61", 61, "cardinal", counted=("قتيلا", 2))
num("n17", 12, "17", 17, "cardinal")
num("n2020", 13, "2020", 2020, "year")
num("n_nisf", 13, "نصف", 0.5, "fraction", "approximately", ("نحو",), ("مساحة",))

# ---------------------------------------------------------------- relations
REL = [
    ("sum", "n412", ["n214", "n137", "n61b"]),
    ("includes", "n412", ["n61a"]),
    ("equals", "n61a", ["n61b"]),
    ("includes", "n61b", ["n17"]),
    ("includes", "n8", ["n_tiflan"]),
]

# ---------------------------------------------------------------- claims
CLM = []   # (span, claimant_key or 'author', cue span or None, kind, check_worthy)


def claim(par, surface, claimant, cue, kind, cw, nth=0, after=None):
    """cue: (par, surface, nth, after) or None."""
    c = None
    if cue is not None:
        cp, cs, *rest = cue
        c = span(cp, cs, *rest)
    CLM.append((span(par, surface, nth, after), claimant, c, kind, cw))


WAFQ0 = (0, "وفق")
# P0
claim(0, "سعى رئيس النظام السوري بشار الأسد، للحصول على دعم حلفائه",
      "author", None, "event", True)
claim(0, "فقدان قواته السيطرة على حلب", "sohr0", WAFQ0, "event", True)
claim(0, "هجوم لفصائل معارضة خلف أكثر من 410 قتلى", "sohr0", WAFQ0, "statistic", True)
# P1
HASABAMA = (1, "حسبما أفاد")
claim(1, "أصبحت حلب، ثاني كبرى مدن سورية، خارج سيطرة النظام السوري للمرة الأولى منذ اندلاع النزاع",
      "sohr1", HASABAMA, "state", True)
claim(1, "حلب، ثاني كبرى مدن سورية", "author", None, "state", False)
claim(1, "سيطرة هيئة تحرير الشام وفصائل حليفة لها على كل الأحياء حيث كانت تنتشر قوات النظام",
      "sohr1", HASABAMA, "state", True)
# P2
NAQALAT = (2, "نقلت")
claim(2, "استقباله وزير الخارجية الإيراني عباس عراقجي بدمشق", "presidency", NAQALAT, "event", True)
claim(2, "أهمية دعم الحلفاء والأصدقاء في التصدي للهجمات الإرهابية المدعومة من الخارج",
      "assad2", NAQALAT, "quote", False)
# P3
QALA = (3, "قال")
claim(3, "باتت تسيطر على مدينة حلب بالكامل", "rami", QALA, "state", True)
claim(3, "الأحياء الخاضعة لسيطرة القوات الكردية", "rami", QALA, "state", True)
# P4 (continuation of the director's quoted words)
claim(4, "للمرة الأولى خارج سيطرة قوات النظام منذ اندلاع النزاع", "rami", QALA, "state", True)
# P5 (author)
claim(5, "يضم الجزء الشمالي من مدينة حلب أحياء عدة تقطنها غالبية كردية، أبرزها الشيخ مقصود والأشرفية",
      "author", None, "state", False)
claim(5, "تخضع لسيطرة القوات الكردية", "author", None, "state", True)
claim(5, "العمود الفقري لقوات سورية الديموقراطية المدعومة أميركيا", "author", None, "state", False)
claim(5, "تشكل الذراع العسكرية للإدارة الذاتية الكردية", "author", None, "state", False)
# P6 (author)
claim(6, "كانت القوات الحكومية استعادت السيطرة على كامل مدينة حلب نهاية عام 2016 بدعم جوي روسي، "
         "بعد معارك وجولات قصف وسنوات من الحصار للأحياء الشرقية فيها",
      "author", None, "event", True)
claim(6, "شكلت معقلا للفصائل المعارضة منذ صيف 2012", "author", None, "state", True)
# P7
WAFQ7 = (7, "وفق")
claim(7, "كان لإيران والمجموعات الموالية لها نفوذ واسع بمدينة حلب ومحيطها",
      "sohr7", WAFQ7, "state", True)
claim(7, "تخلي عددا من مواقعها تباعا خلال الأشهر الماضية", "sohr7", WAFQ7, "event", True)
# P8
WAFQ8 = (8, "وفق")
claim(8, "تقود الهجوم هيئة تحرير الشام", "author", None, "event", True)
claim(8, "تعد إدلب معقلها الرئيس مع فصائل سورية أخرى أقل نفوذا", "author", None, "state", True)
claim(8, "تمكنت خلال اليومين الماضيين من السيطرة على غالبية أحياء حلب والمطار الدولي، "
         "إضافة إلى عشرات المدن والقرى بإدلب وحماة", "sohr8", WAFQ8, "event", True)
claim(8, "انسحاب قوات النظام منها", "sohr8", WAFQ8, "event", True)
# P9
WAFQ9 = (9, "وفق")
claim(9, "شن الطيران الروسي، وفق المرصد، غارات على ساحة قرب جامعة مدينة حلب أوقعت خمسة قتلى",
      "sohr9", WAFQ9, "event", True)
claim(9, "غارات على ساحة قرب جامعة مدينة حلب أوقعت خمسة قتلى", "sohr9", WAFQ9, "statistic", True)
# P10 (no source in the sentence -> author)
claim(10, "استهدفت غارات مماثلة مخيما للنازحين بمدينة إدلب", "author", None, "event", True)
claim(10, "مقتل ثمانية مدنيين بينهم طفلان", "author", None, "statistic", True)
claim(10, "إصابة أكثر من خمسين آخرين", "author", None, "statistic", True)
# P11
claim(11, "ارتفعت حصيلة الهجوم الخاطف الذي شنته فصائل معارضة بشمال سورية إلى 412 قتيلا على الأقل "
          "بينهم 61 مدنيا", "sohr11", (11, "حسب"), "statistic", True)
# P12
AWDAH = (12, "أوضح")
claim(12, "الهجوم أسفر عن 214 قتيلا بصفوف الفصائل و137 قتيلا بصفوف قوات النظام والميليشيات الموالية "
          "لها و61 قتيلا مدنيا، بينهم 17 سقطوا الأحد", "sohr12", AWDAH, "statistic", True)
claim(12, "17 سقطوا الأحد", "sohr12", AWDAH, "statistic", True)
# P13 (author)
claim(13, "التصعيد الميداني الحالي لم تشهد له سورية مثيلا منذ سنوات", "author", None, "state", True)
claim(13, "أتاح وقف للنار رعته موسكو وأنقرة عام 2020 هدوءا إلى حد كبير في إدلب",
      "author", None, "causal", True)
claim(13, "وقف للنار رعته موسكو وأنقرة عام 2020", "author", None, "event", True)
claim(13, "كانت هيئة تحرير الشام تسيطر على نحو نصف مساحة المحافظة وعلى أجزاء ملاصقة لها من محافظات "
          "حلب وحماة واللاذقية", "author", None, "state", True)
# P14 (author)
claim(14, "انهارت الهدنة الأربعاء الماضي، مع بدء الفصائل هجومها", "author", None, "event", True)

# ---------------------------------------------------------------- assemble, order, check
order = lambda sp: (sp["start"], -sp["end"])

ENT.sort(key=lambda t: order(t[1]))
ekey = {}
entities = []
for i, (k, sp, lab) in enumerate(ENT, 1):
    assert k not in ekey, k
    ekey[k] = f"e{i}"
    entities.append({"id": f"e{i}", **sp, "label": lab})

NUM.sort(key=lambda t: order(t[1]))
nkey = {}
numbers = []
for i, (k, d) in enumerate(NUM, 1):
    assert k not in nkey, k
    nkey[k] = f"n{i}"
    numbers.append({"id": f"n{i}", **d})
nval = {n["id"]: n for n in numbers}

CLM.sort(key=lambda t: order(t[0]))
claims = []
for i, (sp, who, cue, kind, cw) in enumerate(CLM, 1):
    inside = [n["id"] for n in numbers if sp["start"] <= n["start"] and n["end"] <= sp["end"]]
    claims.append({"id": f"c{i}", **sp,
                   "claimant": "author" if who == "author" else ekey[who],
                   "cue": cue, "kind": kind, "check_worthy": cw, "numbers": inside})

relations = [{"id": f"r{i}", "type": t, "total": nkey[tot], "parts": [nkey[p] for p in parts]}
             for i, (t, tot, parts) in enumerate(REL, 1)]

PUNCT = set(string.punctuation) | set("،؛؟«»“”‘’…–—")


def is_bad_edge(ch):
    return ch.isspace() or ch in PUNCT or unicodedata.category(ch).startswith("P")


def check_span(sp, what):
    s, e = sp["start"], sp["end"]
    assert 0 <= s < e <= len(text), what
    assert text[s:e] == sp["text"], what
    assert not is_bad_edge(sp["text"][0]) and not is_bad_edge(sp["text"][-1]), (what, sp["text"])
    assert '"' not in sp["text"], (what, sp["text"])


def check_layer(spans, what):
    for a in spans:
        check_span(a, what)
    for i, a in enumerate(spans):
        for b in spans[i + 1:]:
            disjoint = a["end"] <= b["start"] or b["end"] <= a["start"]
            nested = (a["start"] <= b["start"] and b["end"] <= a["end"]) or \
                     (b["start"] <= a["start"] and a["end"] <= b["end"])
            assert disjoint or nested, (what, a["text"], b["text"])


check_layer(entities, "entity")
check_layer(numbers, "number")
check_layer(claims, "claim")
for n in numbers:
    for f in ("qualifier_span", "counted"):
        if n[f] is not None:
            check_span(n[f], f)
    assert (n["qualifier_span"] is None) or n["qualifier"] != "exact"
    assert isinstance(n["value"], (int, float))
    if isinstance(n["value"], float) and n["value"].is_integer():
        raise AssertionError("integral value must be int")
eids = {e["id"] for e in entities}
for c in claims:
    if c["cue"] is not None:
        check_span(c["cue"], "cue")
    assert c["claimant"] == "author" or c["claimant"] in eids
    assert (c["claimant"] == "author") == (c["cue"] is None) or c["claimant"] != "author"
    for nid in c["numbers"]:
        n = nval[nid]
        assert c["start"] <= n["start"] and n["end"] <= c["end"]
for r in relations:
    ids = [r["total"], *r["parts"]]
    assert all(x in nval for x in ids)
    tot = nval[r["total"]]["value"]
    vals = [nval[p]["value"] for p in r["parts"]]
    if r["type"] == "sum":
        assert sum(vals) == tot, r
    elif r["type"] == "includes":
        assert all(v <= tot for v in vals) and sum(vals) <= tot, r
    else:
        assert all(v == tot for v in vals), r
# ids in text order
for layer in (entities, numbers, claims):
    keys = [order(x) for x in layer]
    assert keys == sorted(keys)

out = {"schema_version": "1.0.0", "document_id": DOC, "text_sha256": SHA,
       "entities": entities, "numbers": numbers, "claims": claims, "relations": relations}
dst = ROOT / "annotations/passes" / DOC / "B.json"
dst.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

if __name__ == "__main__":
    import collections
    print("entities", len(entities), "numbers", len(numbers), "claims", len(claims),
          "relations", len(relations))
    print(collections.Counter(e["label"] for e in entities))
