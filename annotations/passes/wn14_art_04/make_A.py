"""Pass A of wn14_art_04 (annotator a13): the machine suggestion reviewed, corrected and completed.

Run from the worktree root: python annotations/passes/wn14_art_04/make_A.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_04"
p = Pass(DOC, "A", agent="annotator a13 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/"
              f"{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
A = "author"

# ¶0 title
p.ent(p.find(0, "آرغو"), "PRODUCT")
p.ent(p.find(0, "الأوسكار"), "EVENT")                     # "حفل الأوسكار لعام 2013" (entities §17)
p.ent(p.find(0, "عام 2013"), "DATE")
p.num(p.find(0, "2013"), 2013, "year")
p.claim(p.between(0, "فوز فيلم", "2013"), claimant=A, kind="event", check_worthy=True)

# ¶1
p.ent(p.find(1, "آرغو"), "PRODUCT")
p.ent(p.find(1, "مخرج", 0), "OCC")                        # "للمخرج", after the contracted "لل"
p.ent(p.find(1, "بن آفليك"), "PERS")
p.ent(p.find(1, "جائزة أوسكار"), "EVENT")
p.ent(p.find(1, "عام 2013"), "DATE")
p.num(p.find(1, "2013"), 2013, "year")
p.claim(p.between(1, "فاز فيلم", "2013"), claimant=A, kind="event", check_worthy=True)
acad = p.ent(p.find(1, "الأكاديمية الأمريكية لفنون السينما وعلومها"), "ORG")
p.ent(p.inside(acad, "الأمريكية"), "NORP")
p.claim(p.between(1, "تنظمه الأكاديمية", "وعلومها"), claimant=A, kind="state", check_worthy=False)
p.ent(p.find(1, "هذا العام"), "DATE")
# "في دورته الخامسة والثمانين": an edition number, not a number (numbers §11, entities §17: "الدورة 66")
p.ent(p.find(1, "لوس أنجلوس"), "GPE")
p.ent(p.find(1, "كاليفورنيا"), "GPE")
p.claim(p.between(1, "أقيم هذا العام", "بولاية كاليفورنيا"), claimant=A, kind="event", check_worthy=True)
p.ent(p.find(1, "لينكولن", 0), "PRODUCT")
p.claim(p.between(1, "قد تفوق الفيلم", "لينكولن"), claimant=A, kind="event", check_worthy=True)
p.ent(p.find(1, "مخرج", 1), "OCC")
p.ent(p.find(1, "ستيفن سبيلبرغ"), "PERS")
occ = p.ent(p.find(1, "الرئيس الأمريكي السادس عشر"), "OCC")
p.ent(p.inside(occ, "الأمريكي"), "NORP")
p.ent(p.inside(occ, "السادس عشر"), "ORDINAL")
p.num(p.find(1, "السادس عشر"), 16, "ordinal", counted=p.find(1, "الرئيس"))
p.ent(p.find(1, "آبراهام لينكولن"), "PERS")
p.claim(p.between(1, "يتناول حياة", "آبراهام لينكولن"), claimant=A, kind="state", check_worthy=False)

# ¶2
p.ent(p.find(2, "آرغو", 0), "PRODUCT")
p.ent(p.find(2, "الأمريكيين"), "NORP")
p.ent(p.find(2, "إيران", 0), "GPE")
p.claim(p.between(2, "يسلط فيلم آرغو", "في إيران"), claimant=A, kind="state", check_worthy=False)
cia = p.ent(p.find(2, "وكالة المخابرات المركزية الأمريكية"), "ORG")
p.ent(p.inside(cia, "الأمريكية"), "NORP")
p.ent(p.find(2, "ستة"), "CARDINAL")
p.num(p.find(2, "ستة"), 6, "cardinal", counted=p.find(2, "دبلوماسيين"))
p.ent(p.inside(p.find(2, "دبلوماسيين أمريكيين"), "أمريكيين"), "NORP")
p.ent(p.find(2, "إيران", 1), "GPE")
rev = p.ent(p.find(2, "الثورة الإسلامية"), "EVENT")
p.ent(p.inside(rev, "الإسلامية"), "NORP")
p.ent(p.find(2, "عام 1979"), "DATE")
p.num(p.find(2, "1979"), 1979, "year")
p.claim(p.between(2, "هو مقتبس", "عام 1979"), claimant=A, kind="state", check_worthy=False)
# "الأمريكية الأولى" is the title First Lady: no ordinal counted there
occ = p.ent(p.find(2, "الأمريكية الأولى"), "OCC")
p.ent(p.inside(occ, "الأمريكية"), "NORP")
michelle = p.ent(p.find(2, "ميشيل أوباما"), "PERS")
p.ent(p.find(2, "البيت الأبيض"), "FAC")
p.claim(p.between(2, "في مبادرة غير مسبوقة", "نتيجة أفضل فيلم"), claimant=A, kind="event", check_worthy=True)
said = p.inside(p.find(2, "وقالت"), "قالت")
p.claim(p.find(2, "خيار جيد"), claimant=michelle, cue=said, kind="quote", check_worthy=False)
p.ent(p.find(2, "الممثل"), "OCC")
p.ent(p.find(2, "جاك نيكلسون"), "PERS")
p.ent(p.find(2, "جائزة الأوسكار"), "EVENT")
p.ent(p.find(2, "مخرج وبطل الفيلم"), "OCC")
p.ent(p.find(2, "بن آفليك"), "PERS")
p.claim(p.between(2, "قد سلم الممثل", "بن آفليك"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(2, "الأخير استبعد", "أفضل مخرج"), claimant=A, kind="event", check_worthy=True)
p.ent(p.find(2, "آرغو", 1), "PRODUCT")
p.num(p.find(2, "جائزتين"), 2, "cardinal", counted=p.find(2, "جائزتين"))
p.claim(p.between(2, "لم يفز فيلم آرغو", "وأفضل مونتاج"), claimant=A, kind="statistic", check_worthy=True)

# ¶3: the list's introduction, no proposition of its own

# ¶4
p.ent(p.find(4, "دانييل دي لويس"), "PERS")
p.ent(p.find(4, "لينكولن"), "PRODUCT")
p.claim(p.between(4, "دانييل دي لويس", "فيلم لينكولن"), claimant=A, kind="event", check_worthy=True)
p.ent(p.find(4, "أول"), "ORDINAL")
p.num(p.find(4, "أول"), 1, "ordinal", counted=p.find(4, "ممثل", 1))
p.ent(p.find(4, "ثلاث"), "CARDINAL")
p.num(p.find(4, "ثلاث"), 3, "cardinal", counted=p.find(4, "مرات"))
p.ent(p.find(4, "الأوسكار"), "EVENT")
p.claim(p.between(4, "يصبح بذلك", "تاريخ الأوسكار"), claimant=A, kind="statistic", check_worthy=True)

# ¶5
p.ent(p.find(5, "جينفر لورانس"), "PERS")
p.ent(p.find(5, "Silver Linings playbook"), "PRODUCT")
p.claim(p.between(5, "جينفر لورانس", "playbook"), claimant=A, kind="event", check_worthy=True)

# ¶6
p.ent(p.find(6, "آمور"), "PRODUCT")
occ = p.ent(p.find(6, "مخرج النمساوي"), "OCC")
p.ent(p.inside(occ, "النمساوي"), "NORP")
p.ent(p.find(6, "مايكل هانيكه"), "PERS")
p.claim(p.between(6, "فيلم آمور", "فيلم أجنبي"), claimant=A, kind="event", check_worthy=True)

# ¶7
p.ent(p.find(7, "آن هاثاوي"), "PERS")
p.ent(p.find(7, "أوسكار"), "EVENT")
p.ent(p.find(7, "المومس"), "OCC")
p.ent(p.find(7, "فانتين"), "PERS")
p.ent(p.find(7, "لي ميزيرابل"), "PRODUCT")
p.ent(p.find(7, "البؤساء"), "PRODUCT")
p.claim(p.between(7, "آن هاثاوي", "البؤساء"), claimant=A, kind="event", check_worthy=True)
p.num(p.find(7, "جائزتي"), 2, "cardinal", counted=p.find(7, "جائزتي"))
p.ent(p.find(7, "سكاي فال"), "PRODUCT")
p.ent(p.find(7, "جيمس بوند"), "PRODUCT")               # the film series ("سلسلة جيمس بوند")
p.claim(p.between(7, "قد فاز الفيلم الأخير", "جيمس بوند"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(7, "سكاي فال", "جيمس بوند"), claimant=A, kind="state", check_worthy=False)

# ¶8
p.ent(p.find(8, "برايف"), "PRODUCT")
p.ent(p.find(8, "الشجاع"), "PRODUCT")
p.ent(p.find(8, "استوديوهات بيكسار"), "ORG")
p.ent(p.find(8, "أوسكار"), "EVENT")
p.claim(p.between(8, "فيلم برايف", "رسوم متحركة"), claimant=A, kind="event", check_worthy=True)

# ¶9
p.ent(p.find(9, "كريستوفر فالتس"), "PERS")
p.ent(p.find(9, "أوسكار"), "EVENT")
django = p.ent(p.find(9, "دجانغو أنتشايند"), "PRODUCT")
p.ent(p.inside(django, "دجانغو"), "PERS")
p.claim(p.between(9, "كريستوفر فالتس", "دجانغو أنتشايند"), claimant=A, kind="event", check_worthy=True)

# ¶10
p.ent(p.find(10, "Searching for sugar man"), "PRODUCT")
p.claim(p.between(10, "فيلم Searching", "فيلم وثائقي"), claimant=A, kind="event", check_worthy=True)

# ¶11
p.ent(p.find(11, "المخرج"), "OCC")
p.ent(p.find(11, "ستيفن سبيلبرغ"), "PERS")
p.claim(p.between(11, "الخاسر الأكبر", "ستيفن سبيلبرغ"), claimant=A, kind="state", check_worthy=False)
p.claim(p.between(11, "أفلتت منه", "أفضل مخرج"), claimant=A, kind="event", check_worthy=True)

p.write()
