"""Pass B of wn14_culture_06 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_06"
p = Pass(DOC, "B", agent="annotator b8 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)

# ¶0 title
occ = p.ent(p.find(0, "الداعية الإسلامي الكويتي"), "OCC")
p.ent(p.inside(occ, "الإسلامي"), "NORP")
p.ent(p.inside(occ, "الكويتي"), "NORP")
p.ent(p.find(0, "عبد الرحمن السميط"), "PERS")
p.claim(p.between(0, "وفاة", "السميط"), claimant="author", kind="event", check_worthy=True)

# ¶1 s1: death
occ = p.ent(p.find(1, "الداعية الإسلامي الكويتي"), "OCC")
p.ent(p.inside(occ, "الإسلامي"), "NORP")
p.ent(p.inside(occ, "الكويتي"), "NORP")
p.ent(p.find(1, "عبد الرحمن السميط"), "PERS")
p.ent(p.find(1, "اليوم"), "DATE")
p.ent(p.find(1, "66 عاما"), "DATE")  # an age: a duration of years with a number (decision 14)
p.num(p.find(1, "66"), 66, "cardinal", qualifier="approximately", qualifier_span=p.find(1, "يناهز"),
      counted=p.find(1, "عاما"))
p.claim(p.between(1, "توفي", "مع المرض"), claimant="author", kind="event", check_worthy=True)

# ¶1 s2: reaction and his work
p.ent(p.find(1, "الخليجيين"), "NORP")
p.ent(p.find(1, "الكويتيين"), "NORP")
p.ent(p.find(1, "السميط", 1), "PERS")
p.ent(p.find(1, "الإسلام", 1), "NORP")  # "للدعوة إلى الإسلام" (occurrence 0 is inside "الإسلامي")
p.ent(p.find(1, "أفريقيا"), "LOC")
p.ent(p.find(1, "ملايين"), "CARDINAL")
p.ent(p.find(1, "الأفارقة"), "NORP")
p.num(p.find(1, "ملايين"), 3000000, "cardinal", qualifier="at_least", counted=p.find(1, "الأفارقة"))
p.claim(p.between(1, "كان لإعلان خبر الوفاة", "والكويتيين خصوصا"), claimant="author", kind="state",
        check_worthy=False)
p.claim(p.between(1, "السميط كان قد كرس", "في أفريقيا"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(1, "أصاب في ذلك", "نجاحا كبيرا"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(1, "أسلم على يديه", "الأفارقة"), claimant="author", kind="statistic", check_worthy=True)

# ¶1 s3: travels
p.ent(p.find(1, "الأفريقية"), "NORP")
for g in ("مالاوي", "الكونغو", "السنغال", "النيجر", "سيراليون"):
    p.ent(p.find(1, g), "GPE")
sea = p.ent(p.find(1, "جنوب شرق آسيا"), "LOC")
p.ent(p.inside(sea, "آسيا"), "LOC")
p.ent(p.find(1, "الإسلام", 2), "NORP")  # "داعيا إلى الإسلام"
p.claim(p.between(1, "أمضى الكثير", "الأعمال الخيرية"), claimant="author", kind="event", check_worthy=True)

# ¶1 s4: condolences
p.ent(p.find(1, "عبد الرحمن السميط", 1), "PERS")  # "الشيخ" is a courtesy title (decision 23)
p.ent(p.inside(p.find(1, "مسؤولين كويتيين"), "كويتيين"), "NORP")
p.ent(p.find(1, "النائب", 0), "OCC")
p.ent(p.find(1, "محمد الحويلة"), "PERS")
p.ent(p.find(1, "الوزير والنائب السابق"), "OCC")  # "السابق" scopes over both titles
p.ent(p.find(1, "حسين الحريتي"), "PERS")
p.ent(p.find(1, "النائب", 2), "OCC")
p.ent(p.find(1, "طلال الجلال"), "PERS")
p.ent(p.find(1, "النائب", 3), "OCC")
p.ent(p.find(1, "منصور الظفيري"), "PERS")
occ = p.ent(p.find(1, "رئيس مجلس الأمة"), "OCC")
p.ent(p.inside(occ, "مجلس الأمة"), "ORG")
p.ent(p.find(1, "مرزوق الغانم"), "PERS")
p.claim(p.between(1, "نعي الشيخ", "مرزوق الغانم"), claimant="author", kind="event", check_worthy=True)

p.write()
