#!/usr/bin/env python3
"""Pass A annotation of 000_3e7c9696a8bc251b (Khabar). All offsets computed by code."""
import hashlib, json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
# The repository root is three folders up (annotations/passes/<id>/): works from any clone.
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
RAW = os.path.join(ROOT, "corpus", "raw", "000_3e7c9696a8bc251b.txt")
DOC = "000_3e7c9696a8bc251b"
SHA = "0627b65e51c8a0c6f0eefc5b53c3c07eac1941cb1bfd5c9a2bc22f60dd83e2ea"

raw = open(RAW, encoding="utf-8").read()
text = raw.split("\n", 1)[1]
assert hashlib.sha256(text.encode("utf-8")).hexdigest() == SHA
pars = text.split("\n")
assert len(pars) == 15
PSTART = []
o = 0
for p in pars:
    PSTART.append(o)
    o += len(p) + 1


def span(par, surface, nth=0):
    """nth occurrence of surface inside paragraph par -> (start, end)."""
    base = PSTART[par]
    lim = base + len(pars[par])
    pos = base - 1
    for _ in range(nth + 1):
        pos = text.find(surface, pos + 1)
        assert pos != -1 and pos + len(surface) <= lim, (par, surface, nth)
    s, e = pos, pos + len(surface)
    assert text[s:e] == surface
    return (s, e)


def sub(parent, surface, nth=0):
    """nth occurrence of surface inside an already located span."""
    s0, e0 = parent
    pos = s0 - 1
    for _ in range(nth + 1):
        pos = text.find(surface, pos + 1)
        assert pos != -1 and pos + len(surface) <= e0, (parent, surface, nth)
    return (pos, pos + len(surface))


def between(par, first, last, nth_first=0, nth_last=0):
    """span from the nth occurrence of `first` to the end of the nth occurrence of `last` after it."""
    s, _ = span(par, first, nth_first)
    pos = s - 1
    lim = PSTART[par] + len(pars[par])
    for _ in range(nth_last + 1):
        pos = text.find(last, pos + 1)
        assert pos != -1
    e = pos + len(last)
    assert e <= lim
    return (s, e)


def sp(t):
    return {"start": t[0], "end": t[1], "text": text[t[0]:t[1]]}


# ---------------------------------------------------------------- entities
ENT = []  # (span, label, key)


def E(t, label, key=None):
    ENT.append((t, label, key))
    return t


# P0
p = 0
occ = E(span(p, "رئيس النظام السوري"), "OCC")
reg = E(sub(occ, "النظام السوري"), "ORG")
E(sub(reg, "السوري"), "NORP")
E(span(p, "بشار الأسد"), "PERS")
E(span(p, "حلب"), "GPE")
E(span(p, "410"), "CARDINAL")
sohr0 = E(span(p, "المرصد السوري لحقوق الإنسان"), "ORG", "sohr0")
E(sub(sohr0, "السوري"), "NORP")

# P1
p = 1
E(span(p, "حلب"), "GPE")
E(span(p, "ثاني"), "ORDINAL")
E(span(p, "سورية"), "GPE")
reg = E(span(p, "النظام السوري"), "ORG")
E(sub(reg, "السوري"), "NORP")
E(span(p, "الأولى"), "ORDINAL")
hts = E(span(p, "هيئة تحرير الشام"), "ORG")
E(sub(hts, "الشام"), "LOC")
qn = E(span(p, "قوات النظام"), "ORG")
E(sub(qn, "النظام"), "ORG")
E(span(p, "المرصد"), "ORG", "sohr1")

# P2
p = 2
pres = E(span(p, "الرئاسة السورية"), "ORG", "pres2")
E(sub(pres, "السورية"), "NORP")
E(span(p, "الأسد"), "PERS", "assad2")
occ = E(span(p, "وزير الخارجية الإيراني"), "OCC")
E(sub(occ, "الخارجية"), "ORG")
E(sub(occ, "الإيراني"), "NORP")
E(span(p, "عباس عراقجي"), "PERS")
E(span(p, "دمشق"), "GPE")

# P3
p = 3
occ = E(span(p, "مدير المرصد"), "OCC")
E(sub(occ, "المرصد"), "ORG")
E(span(p, "رامي عبد الرحمن"), "PERS", "rami3")
E(span(p, "فرانس برس"), "ORG")
hts = E(span(p, "هيئة تحرير الشام"), "ORG")
E(sub(hts, "الشام"), "LOC")
E(span(p, "حلب"), "GPE")
kf = E(span(p, "القوات الكردية"), "ORG")
E(sub(kf, "الكردية"), "NORP")

# P4
p = 4
E(span(p, "الأولى"), "ORDINAL")
qn = E(span(p, "قوات النظام"), "ORG")
E(sub(qn, "النظام"), "ORG")
E(span(p, "عام 2011"), "DATE")

# P5
p = 5
E(span(p, "حلب"), "GPE")
E(span(p, "كردية"), "NORP")
E(span(p, "الشيخ مقصود"), "LOC")
E(span(p, "الأشرفية"), "LOC")
kf = E(span(p, "القوات الكردية"), "ORG")
E(sub(kf, "الكردية"), "NORP")
sdf = E(span(p, "قوات سورية الديموقراطية"), "ORG")
E(sub(sdf, "سورية"), "GPE")
E(span(p, "أميركيا"), "NORP")
# "للإدارة" = ل + الإدارة with the alif elided (§0): only the part after the contraction "لل" is spannable
aa = E(span(p, "إدارة الذاتية الكردية"), "ORG")
assert text[aa[0] - 2:aa[0]] == "لل"
E(sub(aa, "الكردية"), "NORP")

# P6
p = 6
E(span(p, "القوات الحكومية"), "ORG")
E(span(p, "حلب"), "GPE")
E(span(p, "نهاية عام 2016"), "DATE")
E(span(p, "روسي"), "NORP")
E(span(p, "صيف 2012"), "DATE")

# P7
p = 7
E(span(p, "إيران"), "GPE")
E(span(p, "حلب"), "GPE")
E(span(p, "الأشهر الماضية"), "DATE")
E(span(p, "المرصد"), "ORG", "sohr7")

# P8
p = 8
hts = E(span(p, "هيئة تحرير الشام"), "ORG")
E(sub(hts, "الشام"), "LOC")
E(span(p, "الأمم المتحدة"), "ORG")
E(span(p, "إدلب", 0), "GPE")
E(span(p, "سورية"), "NORP")
E(span(p, "اليومين الماضيين"), "DATE")
E(span(p, "حلب"), "GPE")
E(span(p, "المطار الدولي"), "FAC")
E(span(p, "عشرات"), "CARDINAL")
E(span(p, "إدلب", 1), "GPE")
E(span(p, "حماة"), "GPE")
qn = E(span(p, "قوات النظام"), "ORG")
E(sub(qn, "النظام"), "ORG")
E(span(p, "المرصد"), "ORG", "sohr8")

# P9
p = 9
ra = E(span(p, "الطيران الروسي"), "ORG")
E(sub(ra, "الروسي"), "NORP")
E(span(p, "المرصد"), "ORG", "sohr9")
uni = E(span(p, "جامعة مدينة حلب"), "ORG")
E(sub(uni, "حلب"), "GPE")
E(span(p, "خمسة"), "CARDINAL")

# P10
p = 10
E(span(p, "إدلب"), "GPE")
E(span(p, "ثمانية"), "CARDINAL")
E(span(p, "خمسين"), "CARDINAL")

# P11
p = 11
ns = E(span(p, "شمال سورية"), "LOC")
E(sub(ns, "سورية"), "GPE")
E(span(p, "412"), "CARDINAL")
E(span(p, "61"), "CARDINAL")
E(span(p, "المرصد"), "ORG", "sohr11")

# P12
p = 12
E(span(p, "المرصد"), "ORG", "sohr12")
E(span(p, "214"), "CARDINAL")
E(span(p, "137"), "CARDINAL")
qn = E(span(p, "قوات النظام"), "ORG")
E(sub(qn, "النظام"), "ORG")
E(span(p, "61"), "CARDINAL")
E(span(p, "17"), "CARDINAL")
E(span(p, "الأحد"), "DATE")

# P13
p = 13
E(span(p, "سورية"), "GPE")
E(span(p, "موسكو"), "GPE")
E(span(p, "أنقرة"), "GPE")
E(span(p, "عام 2020"), "DATE")
E(span(p, "إدلب"), "GPE")
hts = E(span(p, "هيئة تحرير الشام"), "ORG")
E(sub(hts, "الشام"), "LOC")
E(span(p, "حلب"), "GPE")
E(span(p, "حماة"), "GPE")
E(span(p, "اللاذقية"), "GPE")

# P14
E(span(14, "الأربعاء الماضي"), "DATE")

# ---------------------------------------------------------------- numbers
NUM = []  # dict with key


def N(key, t, value, kind, qualifier="exact", qspan=None, counted=None):
    NUM.append(dict(key=key, t=t, value=value, kind=kind, qualifier=qualifier,
                    qspan=qspan, counted=counted))


N("n410", span(0, "410"), 410, "cardinal", "more_than", span(0, "أكثر من"), span(0, "قتلى"))
N("thani", span(1, "ثاني"), 2, "ordinal", counted=span(1, "مدن"))
N("ula1", span(1, "الأولى"), 1, "ordinal")
N("ula4", span(4, "الأولى"), 1, "ordinal")
N("y2011", span(4, "2011"), 2011, "year")
N("y2016", span(6, "2016"), 2016, "year")
N("y2012", span(6, "2012"), 2012, "year")
N("yawmayn", span(8, "اليومين"), 2, "cardinal", counted=span(8, "اليومين"))
N("asharat", span(8, "عشرات"), 30, "cardinal", "at_least", None, span(8, "المدن"))
N("khamsa", span(9, "خمسة"), 5, "cardinal", counted=span(9, "قتلى"))
N("thamaniya", span(10, "ثمانية"), 8, "cardinal", counted=span(10, "مدنيين"))
N("tiflan", span(10, "طفلان"), 2, "cardinal", counted=span(10, "طفلان"))
N("khamsin", span(10, "خمسين"), 50, "cardinal", "more_than", span(10, "أكثر من"), span(10, "آخرين"))
N("n412", span(11, "412"), 412, "cardinal", "at_least", span(11, "على الأقل"), span(11, "قتيلا"))
N("n61a", span(11, "61"), 61, "cardinal", counted=span(11, "مدنيا"))
N("n214", span(12, "214"), 214, "cardinal", counted=span(12, "قتيلا", 0))
N("n137", span(12, "137"), 137, "cardinal", counted=span(12, "قتيلا", 1))
N("n61b", span(12, "61"), 61, "cardinal", counted=span(12, "قتيلا", 2))
N("n17", span(12, "17"), 17, "cardinal")
N("y2020", span(13, "2020"), 2020, "year")
N("nisf", span(13, "نصف"), 0.5, "fraction", "approximately", span(13, "نحو"), span(13, "مساحة"))

# ---------------------------------------------------------------- relations
REL = [
    ("includes", "thamaniya", ["tiflan"]),
    ("includes", "n412", ["n61a"]),
    ("equals", "n61a", ["n61b"]),
    ("sum", "n412", ["n214", "n137", "n61b"]),
    ("includes", "n61b", ["n17"]),
]

# ---------------------------------------------------------------- claims
CL = []  # (span, claimant_key|'author', cue span|None, kind, check_worthy)


def C(t, claimant, cue, kind, cw=True):
    CL.append((t, claimant, cue, kind, cw))


# P0
C(between(0, "سعى", "دعم حلفائه"), "author", None, "event")
cue0 = span(0, "وفق")
C(between(0, "فقدان", "410 قتلى"), "sohr0", cue0, "event")
C(between(0, "هجوم لفصائل", "410 قتلى"), "sohr0", cue0, "statistic")
# P1
cue1 = span(1, "حسبما أفاد")
C(between(1, "أصبحت حلب", "اندلاع النزاع"), "sohr1", cue1, "state")
C(span(1, "ثاني كبرى مدن سورية"), "author", None, "state")
C(between(1, "سيطرة هيئة", "قوات النظام"), "sohr1", cue1, "state")
# P2
cue2 = span(2, "نقلت")
C(span(2, "استقباله وزير الخارجية الإيراني عباس عراقجي بدمشق"), "pres2", cue2, "event")
C(between(2, "أهمية دعم", "من الخارج"), "assad2", cue2, "quote", False)
# P3
cue3 = span(3, "قال")
C(between(3, "باتت تسيطر", "القوات الكردية"), "rami3", cue3, "state")
C(span(3, "الأحياء الخاضعة لسيطرة القوات الكردية"), "rami3", cue3, "state")
# P4 (quoted continuation of Rami Abdel Rahman's words; speaker and cue in P3)
C(between(4, "للمرة الأولى", "اندلاع النزاع"), "rami3", cue3, "state")
# P5 (author)
C(between(5, "يضم الجزء", "والأشرفية"), "author", None, "state")
C(span(5, "تخضع لسيطرة القوات الكردية"), "author", None, "state")
C(span(5, "العمود الفقري لقوات سورية الديموقراطية المدعومة أميركيا"), "author", None, "state")
C(span(5, "تشكل الذراع العسكرية للإدارة الذاتية الكردية"), "author", None, "state")
# P6 (author)
C(between(6, "كانت القوات", "صيف 2012"), "author", None, "event")
C(span(6, "شكلت معقلا للفصائل المعارضة منذ صيف 2012"), "author", None, "state")
# P7
cue7 = span(7, "وفق")
C(between(7, "كان لإيران", "ومحيطها"), "sohr7", cue7, "state")
C(span(7, "تخلي عددا من مواقعها تباعا خلال الأشهر الماضية"), "sohr7", cue7, "event")
# P8
C(span(8, "تقود الهجوم هيئة تحرير الشام"), "author", None, "state")
C(span(8, "تعد إدلب معقلها الرئيس مع فصائل سورية أخرى أقل نفوذا"), "author", None, "state")
cue8 = span(8, "وفق")
C(between(8, "تمكنت خلال", "بإدلب وحماة"), "sohr8", cue8, "event")
C(span(8, "مع انسحاب قوات النظام منها"), "sohr8", cue8, "event")
# P9
cue9 = span(9, "وفق")
C(between(9, "شن الطيران", "خمسة قتلى"), "sohr9", cue9, "event")
C(between(9, "غارات على", "خمسة قتلى"), "sohr9", cue9, "statistic")
# P10 (no attribution in the sentence -> author)
C(between(10, "استهدفت", "خمسين آخرين"), "author", None, "event")
C(span(10, "مقتل ثمانية مدنيين بينهم طفلان"), "author", None, "statistic")
C(span(10, "إصابة أكثر من خمسين آخرين"), "author", None, "statistic")
# P11
C(between(11, "ارتفعت حصيلة", "61 مدنيا"), "sohr11", span(11, "حسب"), "statistic")
# P12
C(between(12, "الهجوم أسفر", "سقطوا الأحد"), "sohr12", span(12, "أوضح"), "statistic")
# P13 (author)
C(span(13, "التصعيد الميداني الحالي لم تشهد له سورية مثيلا منذ سنوات"), "author", None, "state")
C(between(13, "أتاح وقف", "في إدلب"), "author", None, "causal")
C(span(13, "وقف للنار رعته موسكو وأنقرة عام 2020"), "author", None, "event")
C(between(13, "كانت هيئة", "واللاذقية"), "author", None, "state")
# P14 (author)
C(span(14, "انهارت الهدنة الأربعاء الماضي، مع بدء الفصائل هجومها"), "author", None, "event")

# ---------------------------------------------------------------- assemble
order = lambda t: (t[0], -t[1])

ENT.sort(key=lambda x: order(x[0]))
entities, ekey = [], {}
for i, (t, lab, key) in enumerate(ENT, 1):
    eid = f"e{i}"
    entities.append({"id": eid, **sp(t), "label": lab})
    if key:
        assert key not in ekey
        ekey[key] = eid

NUM.sort(key=lambda x: order(x["t"]))
numbers, nkey = [], {}
for i, n in enumerate(NUM, 1):
    nid = f"n{i}"
    nkey[n["key"]] = nid
    numbers.append({"id": nid, **sp(n["t"]), "value": n["value"], "kind": n["kind"],
                    "qualifier": n["qualifier"],
                    "qualifier_span": sp(n["qspan"]) if n["qspan"] else None,
                    "counted": sp(n["counted"]) if n["counted"] else None})

CL.sort(key=lambda x: order(x[0]))
claims = []
for i, (t, who, cue, kind, cw) in enumerate(CL, 1):
    nums = [nn["id"] for nn in numbers if t[0] <= nn["start"] and nn["end"] <= t[1]]
    claims.append({"id": f"c{i}", **sp(t),
                   "claimant": "author" if who == "author" else ekey[who],
                   "cue": sp(cue) if cue else None, "kind": kind, "check_worthy": cw,
                   "numbers": nums})

REL.sort(key=lambda r: (NUM[[n["key"] for n in NUM].index(r[1])]["t"][0], r[0]))
relations = [{"id": f"r{i}", "type": ty, "total": nkey[tot], "parts": [nkey[x] for x in parts]}
             for i, (ty, tot, parts) in enumerate(REL, 1)]

# ---------------------------------------------------------------- checks
def bad_edge(ch):
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def check_span(d, where):
    s, e = d["start"], d["end"]
    assert 0 <= s < e <= len(text), where
    assert text[s:e] == d["text"], where
    assert not bad_edge(text[s]) and not bad_edge(text[e - 1]), (where, d["text"])
    assert "\n" not in d["text"], where
    assert '"' not in d["text"], (where, d["text"])
    # never start inside a word except after a proclitic
    if s > 0 and not (text[s - 1].isspace() or bad_edge(text[s - 1])):
        j = s
        while j > 0 and not (text[j - 1].isspace() or bad_edge(text[j - 1])):
            j -= 1
        prefix = text[j:s]
        assert prefix in {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فل", "وك", "فب", "لل"}, (where, prefix, d["text"])


def no_cross(items, where):
    for a in items:
        for b in items:
            if a is b:
                continue
            a0, a1, b0, b1 = a["start"], a["end"], b["start"], b["end"]
            disjoint = a1 <= b0 or b1 <= a0
            nested = (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)
            assert disjoint or nested, (where, a["text"], b["text"])
            assert not (a0 == b0 and a1 == b1), (where, "duplicate", a["text"])


for d in entities:
    check_span(d, d["id"])
for d in numbers:
    check_span(d, d["id"])
    for k in ("qualifier_span", "counted"):
        if d[k]:
            check_span(d[k], d["id"] + k)
    assert isinstance(d["value"], (int, float))
for d in claims:
    check_span(d, d["id"])
    if d["cue"]:
        check_span(d["cue"], d["id"] + "cue")
    else:
        assert d["claimant"] == "author"
    assert d["claimant"] == "author" or d["claimant"] in {e["id"] for e in entities}
    for nid in d["numbers"]:
        n = next(x for x in numbers if x["id"] == nid)
        assert d["start"] <= n["start"] and n["end"] <= d["end"]
no_cross(entities, "entities")
no_cross(numbers, "numbers")
no_cross(claims, "claims")
nid_val = {n["id"]: n["value"] for n in numbers}
for r in relations:
    assert r["total"] in nid_val and all(x in nid_val for x in r["parts"])
    if r["type"] == "sum":
        assert sum(nid_val[x] for x in r["parts"]) == nid_val[r["total"]], r
    elif r["type"] == "includes":
        assert sum(nid_val[x] for x in r["parts"]) <= nid_val[r["total"]], r
    elif r["type"] == "equals":
        assert all(nid_val[x] == nid_val[r["total"]] for x in r["parts"]), r
# id order check
for lay in (entities, numbers, claims):
    keys = [(x["start"], -x["end"]) for x in lay]
    assert keys == sorted(keys)

out = {"schema_version": "1.0.0", "document_id": DOC, "text_sha256": SHA,
       "entities": entities, "numbers": numbers, "claims": claims, "relations": relations}
with open(os.path.join(HERE, "A.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)
    f.write("\n")

if __name__ == "__main__":
    import collections, sys
    if "-v" in sys.argv:
        for pi, ptxt in enumerate(pars):
            a, b = PSTART[pi], PSTART[pi] + len(ptxt)
            print(f"\n=== P{pi}: {ptxt}")
            for e in entities:
                if a <= e["start"] < b:
                    print(f"  {e['id']:>4} {e['label']:<8} {e['text']}")
            for n in numbers:
                if a <= n["start"] < b:
                    print(f"  {n['id']:>4} {n['kind']:<8} {n['text']} = {n['value']} {n['qualifier']}"
                          f" q={n['qualifier_span'] and n['qualifier_span']['text']}"
                          f" counted={n['counted'] and n['counted']['text']}")
            for c in claims:
                if a <= c["start"] < b:
                    print(f"  {c['id']:>4} {c['kind']:<9} cw={c['check_worthy']} by={c['claimant']}"
                          f" cue={c['cue'] and c['cue']['text']} nums={c['numbers']}\n        {c['text']}")
        print(relations)
    print(len(entities), len(numbers), len(claims), len(relations))
    print(collections.Counter(e["label"] for e in entities))
