"""Pass A of wn14_sports_04 (annotator a5), corrected from the machine suggestion; offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_04"
p = Pass(DOC, "A", agent="annotator a5 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_sports_04.json; built by make_A.py.",
         source="annotations/suggestions/wn14_sports_04.json")
A = "author"


def inter(par, nth=0):
    o = p.ent(p.find(par, "إنتر ميلان", nth), "ORG")
    p.ent(p.inside(o, "ميلان"), "GPE")  # a club named after a city (entities d.4)


def minute(par, surface, nth=0):
    """A goal minute "(8)": the digits as CARDINAL and a cardinal number, nothing counted."""
    at = p.find(par, surface, nth)
    p.ent(at, "CARDINAL")
    return p.num(at, int(surface), "cardinal")


# ---- paragraph 0 (title)
inter(0)
p.ent(p.find(0, "كييفو"), "ORG")
p.ent(p.find(0, "الكالتشيو"), "EVENT")
p.claim(p.between(0, "إنتر ميلان", "في الكالتشيو"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 1
inter(1)
p.ent(p.find(1, "1"), "CARDINAL")
p.num(p.find(1, "1"), 1, "cardinal")
p.ent(p.find(1, "1", 1), "CARDINAL")
p.num(p.find(1, "1", 1), 1, "cardinal")
p.ent(p.find(1, "كييفو"), "ORG")
p.ent(p.find(1, "اليوم الإثنين"), "DATE")
p.ent(p.find(1, "التاسعة عشرة"), "ORDINAL")
p.num(p.find(1, "التاسعة عشرة"), 19, "ordinal", counted=p.find(1, "المرحلة"))
lg = p.ent(p.find(1, "الدوري الإيطالي"), "EVENT")
p.ent(p.inside(lg, "الإيطالي"), "NORP")
p.claim(p.between(1, "وقع إنتر ميلان", "لكرة القدم"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 2
st = p.ent(p.find(2, "ملعب جوزيبي مياتزا"), "FAC")
p.ent(p.inside(st, "جوزيبي مياتزا"), "PERS")
p.ent(p.find(2, "كييفو"), "ORG")
p.ent(p.find(2, "ألبرتو بالوسكي"), "PERS")
p.ent(p.find(2, "السنغالي"), "NORP")
p.ent(p.find(2, "الفرنسي"), "NORP")
p.ent(p.find(2, "بوكاري دراميه"), "PERS")
gk = p.ent(p.find(2, "الحارس الدولي السلوفيني"), "OCC")
p.ent(p.inside(gk, "السلوفيني"), "NORP")
p.ent(p.find(2, "سمير هاندانوفيتش"), "PERS")
minute(2, "8")
p.claim(p.between(2, "على ملعب", "ألبرتو بالوسكي"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(2, "الذي تلقى", "هاندانوفيتش (8"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 3
inter(3)
p.ent(p.find(3, "الياباني"), "NORP")
p.ent(p.find(3, "يوتو ناغاموتو"), "PERS")
p.ent(p.find(3, "الأرجنتيني"), "NORP")
p.ent(p.find(3, "ريكاردو ألفاريز"), "PERS")
p.ent(p.find(3, "كريستيان بوجيوني"), "PERS")
minute(3, "12")
p.claim(p.between(3, "جاء رد", "يوتو ناغاموتو"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(3, "الذي استغل", "بوجيوني (12"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 4
p.num(p.find(4, "الفريقان"), 2, "cardinal", counted=p.find(4, "الفريقان"))
p.ent(p.find(4, "75 دقيقة"), "TIME")
p.num(p.find(4, "75"), 75, "cardinal", qualifier="approximately", qualifier_span=p.find(4, "نحو"),
      counted=p.find(4, "دقيقة"))
p.claim(p.between(4, "حاول الفريقان", "إلى مبتغاه"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 5
inter(5)
p.ent(p.find(5, "الخامس"), "ORDINAL")
p.num(p.find(5, "الخامس"), 5, "ordinal", counted=p.find(5, "المركز"))
p.ent(p.find(5, "32"), "CARDINAL")
p.num(p.find(5, "32"), 32, "cardinal", counted=p.find(5, "نقطة"))
hv = p.ent(p.find(5, "هيلاس فيرونا"), "ORG")
p.ent(p.inside(hv, "فيرونا"), "GPE")
p.ent(p.find(5, "كييفو"), "ORG")
p.ent(p.find(5, "السادس عشر"), "ORDINAL")
p.num(p.find(5, "السادس عشر"), 16, "ordinal")  # "المركز" elided
p.ent(p.find(5, "17"), "CARDINAL")
p.num(p.find(5, "17"), 17, "cardinal", counted=p.find(5, "نقطة", 1))
p.ent(p.find(5, "ساسوولو"), "ORG")
p.claim(p.between(5, "تقدم إنتر ميلان", "الوافد الجديد"), claimant=A, kind="statistic", check_worthy=True)
p.claim(p.between(5, "كييفو إلى", "حديثا أيضا"), claimant=A, kind="statistic", check_worthy=True)

# ---- paragraph 6
p.ent(p.find(6, "ثانية"), "ORDINAL")
p.num(p.find(6, "ثانية"), 2, "ordinal", counted=p.find(6, "مباراة"))
p.ent(p.find(6, "سمبدوريا"), "ORG")
p.ent(p.find(6, "أودينيزي"), "ORG")
# "بثلاثية": a noun that is the numeral (three goals), like a dual noun: number only
p.num(p.find(6, "ثلاثية"), 3, "cardinal", counted=p.find(6, "ثلاثية"))
p.ent(p.find(6, "البرازيلي"), "NORP")
p.ent(p.find(6, "إيدر"), "PERS")
minute(6, "16")
minute(6, "47")
p.ent(p.find(6, "دانييلي كاستاديلو"), "PERS")
minute(6, "87")
p.ent(p.find(6, "21"), "CARDINAL")
p.num(p.find(6, "21"), 21, "cardinal", counted=p.find(6, "نقطة"))
p.ent(p.find(6, "الثاني عشر"), "ORDINAL")
p.num(p.find(6, "الثاني عشر"), 12, "ordinal", counted=p.inside(p.find(6, "المركز الثاني عشر"), "المركز"))
p.ent(p.find(6, "20"), "CARDINAL")
p.num(p.find(6, "20"), 20, "cardinal")  # "نقطة" elided
p.ent(p.find(6, "أودينيزي", 1), "ORG")
p.ent(p.find(6, "الخامس عشر"), "ORDINAL")
p.num(p.find(6, "الخامس عشر"), 15, "ordinal", counted=p.inside(p.find(6, "المركز الخامس عشر"), "المركز"))
p.claim(p.between(6, "دك سمبدوريا", "بثلاثية نظيفة"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(6, "سجلها", "كاستاديلو (87"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(6, "ارتفع رصيده", "21 نقطة"), claimant=A, kind="statistic", check_worthy=True)
p.claim(p.between(6, "انتقل إلى", "لأودينيزي"), claimant=A, kind="statistic", check_worthy=True)
p.claim(p.between(6, "الذي تراجع", "الخامس عشر"), claimant=A, kind="statistic", check_worthy=True)

p.write()
