#!/usr/bin/env python3
"""Pass A of wn14_science_07 (Khabar, guidelines 1.2): the machine suggestion corrected and completed.

Every span is located by a short anchor with scripts/passkit.py (offsets computed by code)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_07"
p = Pass(DOC, "A", agent="annotator a12 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_science_07.json; built by make_A.py.",
         source="annotations/suggestions/wn14_science_07.json")
A = "author"

# ---------------------------------------------------------------- ¶0 title
occ = p.ent(p.find(0, "طيار ألماني سابق"), "OCC")
p.ent(p.inside(occ, "ألماني"), "NORP")
p.ent(p.find(0, "أندرويد"), "PRODUCT")
p.claim(p.between(0, "طيار ألماني", "تطبيق أندرويد"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(0, "يسمح باختطاف", "هاتف ذكي"), claimant=A, kind="state", check_worthy=True)

# ---------------------------------------------------------------- ¶1
occ = p.ent(p.find(1, "الهاكر الألماني"), "OCC")
p.ent(p.inside(occ, "الألماني"), "NORP")
teso1 = p.ent(p.find(1, "هوغو تيسو"), "PERS")
p.ent(p.find(1, "الأربعاء الماضي"), "DATE")
p.ent(p.find(1, "10 أبريل"), "DATE")                 # day of the month: no number (numbers decision 10)
p.ent(p.find(1, "مؤتمر هاك إن ذا بوكس"), "EVENT")
p.ent(p.find(1, "أمستردام"), "GPE")
p.ent(p.find(1, "أندرويد"), "PRODUCT")
teso2 = p.ent(p.find(1, "تيسو", 1), "PERS")           # وقال تيسو
p.ent(p.find(1, "الولايات المتحدة الأمريكية"), "GPE")
p.ent(p.find(1, "أوروبا"), "LOC")
p.claim(p.between(1, "استعرض الهاكر", "على نظام أندرويد"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(1, "يسمح باختراق", "كاذبة للطيارين"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(1, "الغرض من العرض", "برمجيات الطيران"), claimant=teso2, cue=p.find(1, "قال"),
        kind="quote", check_worthy=False)
# an announced intention without a figure or date (claims decision 11)
p.claim(p.between(1, "سيقدم تطبيقه", "الكمبيوتر في الطيران"), claimant=teso2, cue=p.find(1, "أعلن"),
        kind="state", check_worthy=False)

# ---------------------------------------------------------------- ¶2
p.ent(p.find(2, "هوغو تيسو"), "PERS")
p.ent(p.find(2, "PlaneSploit"), "PRODUCT")
p.ent(p.find(2, "واحدة"), "CARDINAL")
p.num(p.find(2, "واحدة"), 1, "cardinal", counted=p.find(2, "طائرة"))
p.claim(p.between(2, "عرض هوغو تيسو", "نظام التحكم فيها"), claimant=A, kind="event", check_worthy=True)
p.claim(p.find(2, "يناقش مسائل أمن الحاسوب"), claimant=A, kind="state", check_worthy=False)
# "وذلك أثناء ..." qualifies the feat: kept inside (claims decision 0)
p.claim(p.between(2, "استطاع التحكم", "بنظام الملاحة الآلية"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶3
p.ent(p.find(3, "SIMON"), "PRODUCT")
p.ent(p.find(3, "تيسو"), "PERS")
p.num(p.find(3, "برنامجي"), 2, "cardinal", counted=p.find(3, "برنامجي"))   # أحد برنامجي التحكم: dual
# the framework's claim cannot end on the closing quotation mark: it takes its relative clause
p.claim(p.between(3, "يعتمد التطبيق", "قام تيسو بتطويرها"), claimant=A, kind="state", check_worthy=True)
p.claim(p.find(3, "قام تيسو بتطويرها"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(3, "تحاكي تماما", "التحكم بالطائرات"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(3, "حرص على ألا", "للاستعمال الفعلي"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(3, "تستطيع هذه الهيكلية", "بلا أدنى تشفير"), claimant=A, kind="causal", check_worthy=True)
p.claim(p.between(3, "لا ضرورة لإخفائها", "شبه مستحيل"), claimant=A, kind="causal", check_worthy=True)

# ---------------------------------------------------------------- ¶4
p.ent(p.find(4, "هوغو"), "PERS")
teso = p.ent(p.find(4, "تيسو"), "PERS")
p.ent(p.find(4, "الإدارة الفيدرالية للطيران"), "ORG")
p.ent(p.find(4, "الولايات المتحدة الأمريكية"), "GPE")
org = p.ent(p.find(4, "الوكالة الأوروبية لسلامة الطيران"), "ORG")
p.ent(p.inside(org, "الأوروبية"), "NORP")
p.claim(p.find(4, "لقي عرض هوغو حضورا كبيرا"), claimant=A, kind="event", check_worthy=False)
p.claim(p.find(4, "أثار نقاشات حامية"), claimant=A, kind="event", check_worthy=False)
cue = p.find(4, "أشار")
p.claim(p.find(4, "لن ينشر كود تطبيقه للعموم"), claimant=teso, cue=cue, kind="state", check_worthy=False)
p.claim(p.between(4, "سوف يشاركه", "لسلامة الطيران"), claimant=teso, cue=cue, kind="state",
        check_worthy=False)

# ---------------------------------------------------------------- ¶5
p.ent(p.find(5, "هوغو تيسو"), "PERS")
p.ent(p.find(5, "11 سنة"), "DATE")
p.ent(p.find(5, "طيارا مدنيا"), "OCC")
p.ent(p.find(5, "12 سنة"), "DATE")
p.num(p.find(5, "11"), 11, "cardinal", counted=p.find(5, "سنة", 0))
p.num(p.find(5, "12"), 12, "cardinal", counted=p.find(5, "سنة", 1))
p.num(p.find(5, "مجالي"), 2, "cardinal", counted=p.find(5, "مجالي"))   # مجالي اهتماماته: dual
p.claim(p.between(5, "يعمل هوغو تيسو", "منذ 11 سنة"), claimant=A, kind="statistic", check_worthy=True)
p.claim(p.between(5, "قبلها كان", "مدة 12 سنة"), claimant=A, kind="statistic", check_worthy=True)
p.claim(p.between(5, "دمج مجالي", "هذا النظام"), claimant=A, kind="event", check_worthy=False)
p.claim(p.between(5, "تطور التكنولوجيا", "يسيرا للغاية"), claimant=A, kind="causal", check_worthy=False)

# ---------------------------------------------------------------- ¶6
teso = p.ent(p.find(6, "تيسو"), "PERS")
# "رد فعل الشركات ... شكل مفاجأة سارة": a feeling, not a claim (claims decision 10)
cue = p.find(6, "قال")
p.claim(p.find(6, "أثارت اهتمام المسؤولين"), claimant=teso, cue=cue, kind="event", check_worthy=False)
p.claim(p.between(6, "لم يحاولوا نفي", "في الأنظمة", 0, 0), claimant=teso, cue=cue, kind="event",
        check_worthy=True)
cue = p.find(6, "أضاف")                                 # continuing speech (claims decision 4)
p.claim(p.between(6, "سد الثغرات", "كان صعبا"), claimant=teso, cue=cue, kind="state", check_worthy=False)
p.claim(p.between(6, "الأنظمة الحديثة", "البرمجيات والعتاد"), claimant=teso, cue=cue, kind="state",
        check_worthy=False)
cue = p.find(6, "استطرد")
p.claim(p.between(6, "التطبيق لا يعمل", "نظام الملاحة الآلي"), claimant=teso, cue=cue, kind="state",
        check_worthy=True)
p.claim(p.between(6, "إذا اكتشف الطيارون", "القيادة اليدوية"), claimant=teso, cue=cue, kind="state",
        check_worthy=True)
p.claim(p.find(6, "ذلك ليس بالمهمة السهلة"), claimant=teso, cue=cue, kind="state", check_worthy=False)

p.write()
