"""Pass B of wn14_science_07 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_07"
p = Pass(DOC, "B", agent="annotator b12 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
A = "author"

# ---- paragraph 0 (title)
occ = p.ent(p.find(0, "طيار ألماني سابق"), "OCC")
p.ent(p.inside(occ, "ألماني"), "NORP")
p.ent(p.find(0, "أندرويد"), "PRODUCT")
p.claim(p.between(0, "طيار ألماني سابق", "بواسطة هاتف ذكي"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(0, "يسمح باختطاف", "بواسطة هاتف ذكي"), claimant=A, kind="state", check_worthy=True)

# ---- paragraph 1
occ = p.ent(p.find(1, "الهاكر الألماني"), "OCC")
p.ent(p.inside(occ, "الألماني"), "NORP")
p.ent(p.find(1, "هوغو تيسو"), "PERS")
p.ent(p.find(1, "الأربعاء الماضي"), "DATE")
p.ent(p.find(1, "10 أبريل"), "DATE")
p.ent(p.find(1, "مؤتمر هاك إن ذا بوكس"), "EVENT")
p.ent(p.find(1, "أمستردام"), "GPE")
p.ent(p.find(1, "أندرويد"), "PRODUCT")
p.claim(p.between(1, "استعرض الهاكر", "رسائل كاذبة للطيارين"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(1, "يسمح باختراق", "رسائل كاذبة للطيارين"), claimant=A, kind="state", check_worthy=True)
teso = p.ent(p.find(1, "تيسو", 1), "PERS")
p.claim(p.between(1, "الغرض من العرض", "برمجيات الطيران"), claimant=teso, cue=p.find(1, "قال"),
        kind="quote", check_worthy=False)
p.claim(p.between(1, "سيقدم تطبيقه", "الكمبيوتر في الطيران"), claimant=teso, cue=p.find(1, "أعلن"),
        kind="event", check_worthy=False)
p.ent(p.find(1, "الولايات المتحدة الأمريكية"), "GPE")
p.ent(p.find(1, "أوروبا"), "LOC")

# ---- paragraph 2
p.ent(p.find(2, "هوغو تيسو"), "PERS")
p.ent(p.find(2, "PlaneSploit"), "PRODUCT")
p.claim(p.between(2, "عرض هوغو تيسو", "نظام التحكم فيها"), claimant=A, kind="event", check_worthy=True)
p.claim(p.find(2, "يناقش مسائل أمن الحاسوب"), claimant=A, kind="state", check_worthy=False)
p.ent(p.find(2, "واحدة"), "CARDINAL")
p.num(p.find(2, "واحدة"), 1, "cardinal", counted=p.find(2, "طائرة"))
p.claim(p.between(2, "استطاع التحكم", "بنظام الملاحة الآلية"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 3
p.ent(p.find(3, "SIMON"), "PRODUCT")
p.claim(p.between(3, "يعتمد التطبيق", "قام تيسو بتطويرها"), claimant=A, kind="state", check_worthy=True)
p.ent(p.find(3, "تيسو"), "PERS")
p.claim(p.find(3, "قام تيسو بتطويرها"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(3, "تحاكي تماما", "التحكم بالطائرات"), claimant=A, kind="state", check_worthy=False)
p.claim(p.between(3, "حرص على ألا", "للاستعمال الفعلي"), claimant=A, kind="event", check_worthy=True)
p.num(p.find(3, "برنامجي"), 2, "cardinal", counted=p.find(3, "برنامجي"))
p.claim(p.between(3, "تستطيع هذه الهيكلية", "بلا أدنى تشفير"), claimant=A, kind="causal", check_worthy=True)
p.claim(p.between(3, "إرسال البيانات", "بلا أدنى تشفير"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(3, "لا ضرورة لإخفائها", "شبه مستحيل"), claimant=A, kind="causal", check_worthy=False)
p.claim(p.find(3, "اكتشافها شبه مستحيل"), claimant=A, kind="state", check_worthy=True)

# ---- paragraph 4
p.ent(p.find(4, "هوغو"), "PERS")
p.claim(p.between(4, "لقي عرض هوغو", "حضورا كبيرا"), claimant=A, kind="event", check_worthy=False)
p.claim(p.find(4, "أثار نقاشات حامية"), claimant=A, kind="event", check_worthy=False)
teso = p.ent(p.find(4, "تيسو"), "PERS")
cue = p.find(4, "أشار")
p.claim(p.between(4, "لن ينشر", "للعموم"), claimant=teso, cue=cue, kind="event", check_worthy=False)
p.claim(p.between(4, "سوف يشاركه", "التحكم بالطائرات"), claimant=teso, cue=cue, kind="event",
        check_worthy=False)
p.ent(p.find(4, "الإدارة الفيدرالية للطيران"), "ORG")
p.ent(p.find(4, "الولايات المتحدة الأمريكية"), "GPE")
org = p.ent(p.find(4, "الوكالة الأوروبية لسلامة الطيران"), "ORG")
p.ent(p.inside(org, "الأوروبية"), "NORP")

# ---- paragraph 5
p.ent(p.find(5, "هوغو تيسو"), "PERS")
p.ent(p.find(5, "11 سنة"), "DATE")
p.num(p.find(5, "11"), 11, "cardinal", counted=p.find(5, "سنة", 0))
p.claim(p.between(5, "يعمل هوغو تيسو", "منذ 11 سنة"), claimant=A, kind="state", check_worthy=True)
p.ent(p.find(5, "طيارا مدنيا"), "OCC")
p.ent(p.find(5, "12 سنة"), "DATE")
p.num(p.find(5, "12"), 12, "cardinal", counted=p.find(5, "سنة", 1))
p.claim(p.between(5, "قبلها كان طيارا", "مدة 12 سنة"), claimant=A, kind="state", check_worthy=True)
p.num(p.find(5, "مجالي"), 2, "cardinal", counted=p.find(5, "مجالي"))
p.claim(p.between(5, "دمج مجالي", "التحكم بالطائرات"), claimant=A, kind="event", check_worthy=False)
p.claim(p.between(5, "تطور التكنولوجيا", "يسيرا للغاية"), claimant=A, kind="causal", check_worthy=False)

# ---- paragraph 6
teso = p.ent(p.find(6, "تيسو"), "PERS")
said, added, went_on = p.find(6, "قال"), p.find(6, "أضاف"), p.find(6, "استطرد")
p.claim(p.between(6, "رد فعل الشركات", "بالنسبة له"), claimant=teso, cue=said, kind="quote", check_worthy=False)
p.claim(p.find(6, "أثارت اهتمام المسؤولين"), claimant=teso, cue=said, kind="event", check_worthy=False)
p.claim(p.between(6, "لم يحاولوا نفي", "في الأنظمة"), claimant=teso, cue=said, kind="event", check_worthy=True)
p.claim(p.between(6, "سد الثغرات", "كان صعبا"), claimant=teso, cue=added, kind="state", check_worthy=False)
p.claim(p.between(6, "الأنظمة الحديثة", "البرمجيات والعتاد"), claimant=teso, cue=added, kind="state",
        check_worthy=False)
p.claim(p.between(6, "التطبيق لا يعمل", "الملاحة الآلي"), claimant=teso, cue=went_on, kind="state",
        check_worthy=True)
p.claim(p.between(6, "إذا اكتشف الطيارون", "القيادة اليدوية"), claimant=teso, cue=went_on, kind="state",
        check_worthy=True)
p.claim(p.find(6, "ذلك ليس بالمهمة السهلة"), claimant=teso, cue=went_on, kind="state", check_worthy=False)

p.write()
