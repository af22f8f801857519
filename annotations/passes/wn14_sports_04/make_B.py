"""Pass B of wn14_sports_04 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_04"
p = Pass(DOC, "B", agent="annotator b5 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)


def club(par, name, city=None, nth=0):
    """A club (ORG); a club named after its city holds that GPE (entities, decision 4)."""
    o = p.ent(p.find(par, name, nth), "ORG")
    if city:
        p.ent(p.inside(o, city), "GPE")
    return o


# ---- paragraph 0 (title)
club(0, "إنتر ميلان", "ميلان")
club(0, "كييفو")
p.ent(p.find(0, "الكالتشيو"), "EVENT")
p.claim(p.between(0, "إنتر ميلان", "الكالتشيو"), claimant="author", kind="event", check_worthy=True)

# ---- paragraph 1
club(1, "إنتر ميلان", "ميلان")
p.ent(p.find(1, "1", 0), "CARDINAL")
p.ent(p.find(1, "1", 1), "CARDINAL")
p.num(p.find(1, "1", 0), 1, "cardinal")
p.num(p.find(1, "1", 1), 1, "cardinal")
club(1, "كييفو")
p.ent(p.find(1, "اليوم الإثنين"), "DATE")
p.ent(p.find(1, "التاسعة عشرة"), "ORDINAL")
p.num(p.find(1, "التاسعة عشرة"), 19, "ordinal", counted=p.find(1, "المرحلة"))
lg = p.ent(p.find(1, "الدوري الإيطالي"), "EVENT")
p.ent(p.inside(lg, "الإيطالي"), "NORP")
p.claim(p.between(1, "وقع إنتر", "لكرة القدم"), claimant="author", kind="event", check_worthy=True)

# ---- paragraph 2
fac = p.ent(p.find(2, "ملعب جوزيبي مياتزا"), "FAC")
p.ent(p.inside(fac, "جوزيبي مياتزا"), "PERS")
club(2, "كييفو")
p.ent(p.find(2, "ألبرتو بالوسكي"), "PERS")
p.ent(p.find(2, "السنغالي"), "NORP")
p.ent(p.find(2, "الفرنسي"), "NORP")
p.ent(p.find(2, "بوكاري دراميه"), "PERS")
gk = p.ent(p.find(2, "الحارس الدولي السلوفيني"), "OCC")
p.ent(p.inside(gk, "السلوفيني"), "NORP")
p.ent(p.find(2, "سمير هاندانوفيتش"), "PERS")
p.ent(p.find(2, "8"), "CARDINAL")
p.num(p.find(2, "8"), 8, "cardinal")  # the minute of the goal
p.claim(p.between(2, "على ملعب", "ألبرتو بالوسكي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "تلقى كرة", "بوكاري دراميه"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "أنهاها", "8"), claimant="author", kind="event", check_worthy=True)

# ---- paragraph 3
club(3, "إنتر ميلان", "ميلان")
p.ent(p.find(3, "الياباني"), "NORP")
p.ent(p.find(3, "يوتو ناغاموتو"), "PERS")
p.ent(p.find(3, "الأرجنتيني"), "NORP")
p.ent(p.find(3, "ريكاردو ألفاريز"), "PERS")
p.ent(p.find(3, "كريستيان بوجيوني"), "PERS")
p.ent(p.find(3, "12"), "CARDINAL")
p.num(p.find(3, "12"), 12, "cardinal")  # the minute of the goal
p.claim(p.between(3, "جاء رد", "يوتو ناغاموتو"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(3, "استغل عرضية", "ريكاردو ألفاريز"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(3, "زرعها", "12"), claimant="author", kind="event", check_worthy=True)

# ---- paragraph 4
p.num(p.find(4, "الفريقان"), 2, "cardinal", counted=p.find(4, "الفريقان"))
p.ent(p.find(4, "75 دقيقة"), "TIME")
p.num(p.find(4, "75"), 75, "cardinal", qualifier="approximately", qualifier_span=p.find(4, "نحو"),
      counted=p.find(4, "دقيقة"))
p.claim(p.between(4, "حاول الفريقان", "مبتغاه"), claimant="author", kind="event", check_worthy=True)

# ---- paragraph 5
club(5, "إنتر ميلان", "ميلان")
p.ent(p.find(5, "الخامس"), "ORDINAL")
p.num(p.find(5, "الخامس"), 5, "ordinal", counted=p.find(5, "المركز"))
p.ent(p.find(5, "32"), "CARDINAL")
p.num(p.find(5, "32"), 32, "cardinal", counted=p.find(5, "نقطة", 0))
club(5, "هيلاس فيرونا", "فيرونا")
club(5, "كييفو")
p.ent(p.find(5, "السادس عشر"), "ORDINAL")
p.num(p.find(5, "السادس عشر"), 16, "ordinal")  # "المركز" elided
p.ent(p.find(5, "17"), "CARDINAL")
p.num(p.find(5, "17"), 17, "cardinal", counted=p.find(5, "نقطة", 1))
club(5, "ساسوولو")
p.claim(p.between(5, "تقدم إنتر", "الوافد الجديد"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(5, "كييفو إلى", "السادس عشر"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(5, "له 17", "الصاعد حديثا"), claimant="author", kind="statistic", check_worthy=True)

# ---- paragraph 6
p.ent(p.find(6, "ثانية"), "ORDINAL")
p.num(p.find(6, "ثانية"), 2, "ordinal", counted=p.find(6, "مباراة"))
club(6, "سمبدوريا")
club(6, "أودينيزي", nth=0)
p.num(p.find(6, "ثلاثية"), 3, "cardinal", counted=p.find(6, "ثلاثية"))  # three goals, the noun is the numeral
p.ent(p.find(6, "البرازيلي"), "NORP")
p.ent(p.find(6, "إيدر"), "PERS")
for m in ("16", "47", "87"):
    p.ent(p.find(6, m), "CARDINAL")
    p.num(p.find(6, m), int(m), "cardinal")  # minutes of the goals
p.ent(p.find(6, "دانييلي كاستاديلو"), "PERS")
p.ent(p.find(6, "21"), "CARDINAL")
p.num(p.find(6, "21"), 21, "cardinal", counted=p.find(6, "نقطة"))
p.ent(p.find(6, "الثاني عشر"), "ORDINAL")
p.num(p.find(6, "الثاني عشر"), 12, "ordinal", counted=p.find(6, "المركز", 0))
p.ent(p.find(6, "20"), "CARDINAL")
p.num(p.find(6, "20"), 20, "cardinal")  # points, noun elided
club(6, "أودينيزي", nth=1)
p.ent(p.find(6, "الخامس عشر"), "ORDINAL")
p.num(p.find(6, "الخامس عشر"), 15, "ordinal", counted=p.find(6, "المركز", 1))
p.claim(p.between(6, "دك سمبدوريا", "بثلاثية نظيفة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(6, "سجلها", "87"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(6, "ارتفع رصيده", "21 نقطة"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(6, "انتقل إلى", "الثاني عشر"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(6, "20", "لأودينيزي"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(6, "تراجع إلى", "الخامس عشر"), claimant="author", kind="event", check_worthy=True)

p.write()
