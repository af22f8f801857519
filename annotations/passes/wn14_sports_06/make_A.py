"""Pass A of wn14_sports_06 (annotator a6): the machine suggestion reviewed span by span, corrected and completed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_06"
p = Pass(DOC, "A", agent="annotator a6 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_sports_06.json; built by make_A.py.",
         source="annotations/suggestions/wn14_sports_06.json")
E, N, C = p.ent, p.num, p.claim

# ---- paragraph 0 (title)
E(p.find(0, "إشبيلية"), "ORG")
E(p.find(0, "الأسباني"), "NORP")
ev = E(p.find(0, "دوري الأوروبي"), "EVENT")          # "للدوري": span after the contracted لل
E(p.inside(ev, "الأوروبي"), "NORP")
C(p.between(0, "إشبيلية", "الأوروبي"), "author", "event", True)

# ---- paragraph 1
E(p.find(1, "إشبيلية"), "ORG")
E(p.find(1, "الأسباني"), "NORP")
ev = E(p.find(1, "الدوري الأوروبي"), "EVENT")
E(p.inside(ev, "الأوروبي"), "NORP")
third = p.find(1, "الثالثة")
E(third, "ORDINAL")
N(third, 3, "ordinal")                                # "للمرة": counted noun not spannable (§2)
E(p.find(1, "بنفيكا"), "ORG")
E(p.find(1, "البرتغالي"), "NORP")
fac = E(p.find(1, "ملعب نادي اليوفنتوس"), "FAC")
E(p.inside(fac, "نادي اليوفنتوس"), "ORG")
E(p.find(1, "تورينو"), "GPE")
E(p.find(1, "الإيطالية"), "NORP")
C(p.between(1, "توج فريق", "في تاريخه"), "author", "event", True)
C(p.between(1, "الفوز على بنفيكا", "بركلات الترجيح"), "author", "event", True)
C(p.between(1, "جمعت بينهما", "تورينو الإيطالية"), "author", "event", True)

# ---- paragraph 2
E(p.find(2, "بنفيكا", 0), "ORG")
E(p.find(2, "إشبيلية", 0), "ORG")
N(p.find(2, "الجانبين"), 2, "cardinal", counted=p.find(2, "الجانبين"))
C(p.find(2, "تواضع مستوى اللقاء"), "author", "state", False)
C(p.between(2, "فريق بنفيكا كان", "خلال المباراة"), "author", "state", False)
C(p.find(2, "أضاع لاعبوه العديد من الفرص"), "author", "event", False)
C(p.between(2, "نجح إشبيلية بجدارة", "من الجانبين"), "author", "state", False)

# sentence 2: the refused penalties
k2 = p.find(2, "ركلتي")
N(k2, 2, "cardinal", qualifier="at_least", qualifier_span=p.find(2, "على الأقل"), counted=k2)
E(p.find(2, "بنفيكا", 1), "ORG")
first = p.find(2, "الأول")
E(first, "ORDINAL")
N(first, 1, "ordinal", counted=p.find(2, "شوط"))
E(p.find(2, "المدير الفني للفريق"), "OCC")
E(p.find(2, "خورخي خيسوس"), "PERS")
C(p.between(2, "رفض الحكم", "شوط المباراة الأول"), "author", "event", True)
C(p.between(2, "أثار احتجاج", "خورخي خيسوس"), "author", "causal", True)

# sentence 3: extra time and penalties
N(p.find(2, "الفريقان"), 2, "cardinal", counted=p.find(2, "الفريقان"))
N(p.find(2, "شوطين"), 2, "cardinal", counted=p.find(2, "شوطين"))
four = p.find(2, "4 - 2")
f, t = p.inside(four, "4"), p.inside(four, "2")
E(f, "CARDINAL"); E(t, "CARDINAL")
N(f, 4, "cardinal"); N(t, 2, "cardinal")
E(p.find(2, "إشبيلية", 1), "ORG")
C(p.between(2, "انتهى الوقت الأصلي", "بالتعادل السلبي"), "author", "event", True)
C(p.between(2, "لعب الفريقان", "إضافيين"), "author", "event", True)
C(p.between(2, "لم ينجح أي منهما", "المباراة خلالهما"), "author", "event", True)
C(p.find(2, "يحتكما إلى ركلات الترجيح"), "author", "event", True)
C(p.between(2, "انتهت 4 - 2", "لصالح إشبيلية"), "author", "event", True)

# sentence 4: the missed penalties
N(p.find(2, "نجما"), 2, "cardinal", counted=p.find(2, "نجما"))
org = E(p.find(2, "الفريق البرتغالي"), "ORG")
E(p.inside(org, "البرتغالي"), "NORP")
E(p.find(2, "كاردوسو"), "PERS")
E(p.find(2, "رودريغو"), "PERS")
N(p.find(2, "ركلتين"), 2, "cardinal", counted=p.find(2, "ركلتين"))
E(p.find(2, "إشبيلية", 2), "ORG")
fifth = p.find(2, "الخامسة")
E(fifth, "ORDINAL")
N(fifth, 5, "ordinal", counted=p.find(2, "الركلة"))
tw = p.find(2, "فريقين")                                # "للفريقين": the dual after the contracted لل
N(tw, 2, "cardinal", counted=tw)
C(p.between(2, "أضاع نجما", "ركلتين"), "author", "event", True)
C(p.between(2, "نجح لاعبو إشبيلية", "كل الركلات"), "author", "event", True)
C(p.between(2, "تنتهي المباراة", "الخامسة للفريقين"), "author", "event", True)

p.write()
