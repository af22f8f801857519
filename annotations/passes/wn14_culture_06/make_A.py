"""Pass A of wn14_culture_06 (Khabar): corrected from the machine suggestion; offsets computed by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_06"
p = Pass(DOC, "A", agent="annotator a8 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C = p.ent, p.num, p.claim
A = "author"

# ---------------------------------------------------------------- paragraph 0 (title)
occ = E(p.find(0, "الداعية الإسلامي الكويتي"), "OCC")
E(p.inside(occ, "الإسلامي"), "NORP")
E(p.inside(occ, "الكويتي"), "NORP")
E(p.find(0, "عبد الرحمن السميط"), "PERS")
C(p.between(0, "وفاة", "السميط"), A, "event", True)

# ---------------------------------------------------------------- paragraph 1
occ = E(p.find(1, "الداعية الإسلامي الكويتي"), "OCC")
E(p.inside(occ, "الإسلامي"), "NORP")
E(p.inside(occ, "الكويتي"), "NORP")
# "الدكتور" is a degree, not an OCC (entities decision 23)
E(p.find(1, "عبد الرحمن السميط"), "PERS")
E(p.find(1, "اليوم"), "DATE")
E(p.find(1, "66 عاما"), "DATE")            # an age: a duration with a number (decision 14)
N(p.find(1, "66"), 66, "cardinal", "approximately", qualifier_span=p.find(1, "يناهز"),
  counted=p.find(1, "عاما"))
C(p.between(1, "توفي", "66 عاما"), A, "event", True)
C(p.between(1, "عمر يناهز", "66 عاما"), A, "statistic", True)
C(p.between(1, "ذلك بعد صراع", "مع المرض"), A, "event", True)

E(p.find(1, "الخليجيين"), "NORP")
E(p.find(1, "الكويتيين"), "NORP")
C(p.between(1, "كان لإعلان خبر الوفاة", "والكويتيين خصوصا"), A, "state", False)
E(p.find(1, "السميط", 1), "PERS")
E(p.inside(p.find(1, "الإسلام في أفريقيا"), "الإسلام"), "NORP")
E(p.find(1, "أفريقيا"), "LOC")
C(p.between(1, "السميط كان قد كرس", "في أفريقيا"), A, "state", False)
C(p.between(1, "أصاب في ذلك", "نجاحا كبيرا"), A, "state", False)
E(p.find(1, "ملايين"), "CARDINAL")
E(p.find(1, "الأفارقة"), "NORP")
N(p.find(1, "ملايين"), 3000000, "cardinal", "at_least", counted=p.find(1, "الأفارقة"))
C(p.between(1, "أسلم على يديه", "الأفارقة"), A, "statistic", True)

E(p.find(1, "الأفريقية"), "NORP")
E(p.find(1, "مالاوي"), "GPE")
E(p.find(1, "الكونغو"), "GPE")
E(p.find(1, "السنغال"), "GPE")
E(p.find(1, "النيجر"), "GPE")
E(p.find(1, "سيراليون"), "GPE")
loc = E(p.find(1, "جنوب شرق آسيا"), "LOC")
E(p.inside(loc, "آسيا"), "LOC")
E(p.inside(p.find(1, "الإسلام ومتطوعا"), "الإسلام"), "NORP")
C(p.between(1, "أمضى الكثير", "الأعمال الخيرية"), A, "event", True)

E(p.find(1, "عبد الرحمن السميط", 1), "PERS")   # "الشيخ" is a courtesy title (decision 23)
E(p.inside(p.find(1, "مسؤولين كويتيين"), "كويتيين"), "NORP")
E(p.find(1, "النائب"), "OCC")
E(p.find(1, "محمد الحويلة"), "PERS")
E(p.find(1, "الوزير"), "OCC")
E(p.find(1, "النائب السابق"), "OCC")
E(p.find(1, "حسين الحريتي"), "PERS")
E(p.find(1, "النائب", 2), "OCC")
E(p.find(1, "طلال الجلال"), "PERS")
E(p.find(1, "النائب", 3), "OCC")
E(p.find(1, "منصور الظفيري"), "PERS")
occ = E(p.find(1, "رئيس مجلس الأمة"), "OCC")
E(p.inside(occ, "مجلس الأمة"), "ORG")
E(p.find(1, "مرزوق الغانم"), "PERS")
C(p.between(1, "نعي الشيخ", "مرزوق الغانم"), A, "event", True)

if __name__ == "__main__":
    p.write()
