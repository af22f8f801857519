"""Pass A of wn14_health_09 (annotator a10), corrected from the machine suggestion."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_health_09"
p = Pass(DOC, "A", agent="annotator a10 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_health_09.json; built by make_A.py.",
         source="annotations/suggestions/wn14_health_09.json")

# ¶0 title
p.ent(p.find(0, "مصر"), "GPE")
p.ent(p.find(0, "أول"), "ORDINAL")
p.num(p.find(0, "أول"), 1, "ordinal", counted=p.find(0, "حالة"))
p.claim(p.between(0, "مصر تسجل", "الخنازير"), claimant="author", kind="event", check_worthy=True)

# ¶1 (the virus name "أتش 1 أن 1" is neither an entity nor numbers: names, §1 d22, §2 d11)
ministry = p.ent(p.find(1, "وزارة الصحة المصرية"), "ORG")
p.ent(p.inside(ministry, "المصرية"), "NORP")
p.ent(p.find(1, "أمس"), "DATE")
p.ent(p.find(1, "مصرية", 1), "NORP")          # "امرأة مصرية" (occurrence 0 is inside "المصرية")
p.ent(p.find(1, "25 عاما"), "DATE")
p.ent(p.find(1, "أول"), "ORDINAL")
p.ent(p.find(1, "مصر", 2), "GPE")             # "في مصر" (0 and 1 are inside "المصرية", "مصرية")
arab = p.ent(p.find(1, "العالم العربي"), "LOC")
p.ent(p.inside(arab, "العربي"), "NORP")
p.num(p.find(1, "25"), 25, "cardinal", counted=p.find(1, "عاما"))
p.num(p.find(1, "أول"), 1, "ordinal", counted=p.find(1, "شخص"))
announced = p.find(1, "أعلنت")
p.claim(p.between(1, "امرأة مصرية", "مناسك العمرة"), claimant=ministry, cue=announced, kind="event",
        check_worthy=True)
p.claim(p.between(1, "تبلغ من العمر", "25 عاما"), claimant=ministry, cue=announced, kind="statistic",
        check_worthy=True)
p.claim(p.between(1, "تكون بذلك", "والعالم العربي"), claimant="author", kind="statistic", check_worthy=True)

# ¶2
p.ent(p.find(2, "المصرية"), "NORP")
p.ent(p.find(2, "سماح السيد سليم"), "PERS")
cai = p.ent(p.find(2, "مطار القاهرة"), "FAC")
p.ent(p.inside(cai, "القاهرة"), "GPE")
p.ent(p.find(2, "الخميس الماضي"), "DATE")
p.ent(p.find(2, "السعودية"), "GPE")
p.ent(p.find(2, "طنطا"), "GPE")
p.ent(p.find(2, "الغربية"), "GPE")
p.ent(p.find(2, "أول أمس السبت"), "DATE")
p.claim(p.between(2, "كانت السيدة", "برفقة زوجها"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "تدعى", "السيد سليم"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(2, "قد نقلت", "بمحافظة الغربية"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "تأكدت إصابتها", "إنفلونزا الخنازير"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(2, "لم تستجب للعلاج"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(2, "توفيت أول أمس السبت"), claimant="author", kind="event", check_worthy=True)

# ¶3
minister = p.ent(p.find(3, "وزير الصحة المصري"), "OCC")
p.ent(p.inside(minister, "الصحة"), "ORG")
p.ent(p.inside(minister, "المصري"), "NORP")
cai3 = p.ent(p.find(3, "مطار القاهرة"), "FAC")
p.ent(p.inside(cai3, "القاهرة"), "GPE")
p.ent(p.find(3, "المنوفية"), "GPE")
p.ent(p.find(3, "الغربية"), "GPE")
noted = p.find(3, "أشار")
p.claim(p.between(3, "المسح الحراري", "يكشف الحالة"), claimant=minister, cue=noted, kind="event",
        check_worthy=True)
# "للأدوية": the span starts after the contracted "لل" (§0)
p.claim(p.between(3, "أدوية المعطاة", "درجة حرارتها"), claimant=minister, cue=noted, kind="causal",
        check_worthy=True)
p.claim(p.between(3, "كانت جالسة", "كرسي متحرك"), claimant=minister, cue=noted, kind="state", check_worthy=True)
p.claim(p.between(3, "عند عودتها", "ساءت حالتها"), claimant=minister, cue=noted, kind="event", check_worthy=True)
p.claim(p.between(3, "اضطر أهلها", "بمحافظة الغربية"), claimant=minister, cue=noted, kind="event",
        check_worthy=True)

p.write()
