"""Pass A of wn14_health_08 (annotator a10), corrected from the machine suggestion."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_health_08"
p = Pass(DOC, "A", agent="annotator a10 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_health_08.json; built by make_A.py.",
         source="annotations/suggestions/wn14_health_08.json")

# ¶0 title: headline with speaker and cue; "may become a pandemic" is a hedged forecast (no figure, no date)
who0 = p.ent(p.find(0, "منظمة الصحة العالمية"), "ORG")
p.claim(p.between(0, "إنفلونزا الخنزير", "إلى وباء"), claimant=who0, cue=p.find(0, "تقول"), kind="state",
        check_worthy=False)

# ¶1
who1 = p.ent(p.find(1, "منظمة الصحة العالمية"), "ORG")
p.ent(p.find(1, "المكسيك"), "GPE")
p.ent(p.find(1, "الولايات المتحدة"), "GPE")
p.ent(p.find(1, "المكسيك", 1), "GPE")
p.ent(p.find(1, "81"), "CARDINAL")
p.ent(p.find(1, "شهر أبريل / نيسان الجاري"), "DATE")
p.num(p.find(1, "81"), 81, "cardinal", counted=p.find(1, "شخصا"))
warned = p.find(1, "حذرت")
p.claim(p.between(1, "انتشار حالات", "وباء عالمي"), claimant=who1, cue=warned, kind="state", check_worthy=False)
p.claim(p.between(1, "تضرب المكسيك", "والولايات المتحدة"), claimant=who1, cue=warned, kind="event",
        check_worthy=True)
p.claim(p.between(1, "تفشي الفيروس بأنه", "العالم بأسره"), claimant=who1, cue=p.find(1, "واصفة"),
        kind="state", check_worthy=True)
p.claim(p.between(1, "بلغ عدد ضحاياها", "نيسان الجاري"), claimant="author", kind="statistic", check_worthy=True)

# ¶2
p.ent(p.find(2, "الولايات المتحدة"), "GPE")
p.ent(p.find(2, "20"), "CARDINAL")
p.num(p.find(2, "20"), 20, "cardinal", qualifier="at_least", qualifier_span=p.find(2, "على الأقل"),
      counted=p.find(2, "حالة"))
p.claim(p.between(2, "بلغ عدد", "على الأقل"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(2, "كل تلك الحالات", "غير خطيرة"), claimant="author", kind="state", check_worthy=True)

# ¶3
chan = p.ent(p.find(3, "مارجريت تشان"), "PERS")
occ = p.ent(p.find(3, "مدير عام منظمة الصحة العالمية"), "OCC")
p.ent(p.inside(occ, "منظمة الصحة العالمية"), "ORG")
said = p.find(3, "قالت")
p.claim(p.between(3, "إنفلونزا الخنازير", "وباء متفش"), claimant=chan, cue=said, kind="state", check_worthy=True)
p.claim(p.between(3, "يمكن أن", "وباء متفش"), claimant=chan, cue=said, kind="state", check_worthy=False)

# ¶4 (continuing speech of Chan, new cue "أردفت قائلة"; then the organisation's call, the author's)
p.ent(p.find(4, "المنظمة"), "ORG")
p.ent(p.find(4, "المكسيك"), "GPE")
p.ent(p.find(4, "الولايات المتحدة"), "GPE")
went_on = p.find(4, "أردفت قائلة")
p.claim(p.between(4, "المعلومات المتوافرة", "غير كافية"), claimant=chan, cue=went_on, kind="state",
        check_worthy=False)
p.claim(p.between(4, "طبيعة المرض", "بعد يوم"), claimant=chan, cue=went_on, kind="state", check_worthy=False)
p.claim(p.between(4, "دعت المنظمة", "والولايات المتحدة"), claimant="author", kind="event", check_worthy=True)

p.write()
