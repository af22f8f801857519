"""Pass B of wn14_sports_02 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_02"
p = Pass(DOC, "B", agent="annotator b5 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)

# ---- paragraph 0 (title)
p.ent(p.find(0, "فارجاس"), "PERS")
p.ent(p.find(0, "فالنسيا"), "ORG")
p.claim(p.between(0, "فارجاس", "رسميا"), claimant="author", kind="event", check_worthy=True)

# ---- paragraph 1
clubs1 = p.num(p.find(1, "الناديين"), 2, "cardinal", counted=p.find(1, "الناديين"))
p.claim(p.between(1, "تم الاتفاق", "الناديين"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "لم يتبق", "طريق الدفع"), claimant="author", kind="state", check_worthy=True)
agent = p.ent(p.find(1, "وكيل أعمال المهاجم الشيلي إدواردو فارجاس"), "OCC")
pos = p.ent(p.inside(agent, "المهاجم الشيلي"), "OCC")
p.ent(p.inside(pos, "الشيلي"), "NORP")
p.ent(p.inside(agent, "إدواردو فارجاس"), "PERS")
p.ent(p.find(1, "فالنسيا"), "ORG")
p.ent(p.find(1, "نهاية الموسم الحالي"), "DATE")
p.claim(p.between(1, "وجود مفاوضات", "مسؤولي فالنسيا"), claimant=agent, cue=p.find(1, "أكد"),
        kind="event", check_worthy=True)
p.claim(p.between(1, "سيرها", "تفاصيل العقد"), claimant=agent, cue=p.find(1, "أقر"),
        kind="state", check_worthy=True)
p.claim(p.between(1, "سيجمع", "الموسم الحالي"), claimant=agent, cue=p.find(1, "أقر"),
        kind="state", check_worthy=True)

# ---- paragraph 2
p.ent(p.find(2, "إدواردو فارجاس"), "PERS")
p.ent(p.find(2, "نابولي"), "ORG")
p.ent(p.find(2, "هذا الشتاء"), "DATE")
p.ent(p.find(2, "جريميو"), "ORG")
p.ent(p.find(2, "البرازيلي"), "NORP")
p.ent(p.find(2, "عام كامل"), "DATE")
p.ent(p.find(2, "فالنسيا"), "ORG")
p.ent(p.find(2, "الإسباني"), "NORP")
p.claim(p.between(2, "عاد إدواردو", "هذا الشتاء"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "انتهاء فترة", "جريميو البرازيلي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "امتدت", "عام كامل"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(2, "فالنسيا الإسباني", "هذه المرة"), claimant="author", kind="state", check_worthy=False)

# ---- paragraph 3
p.ent(p.find(3, "وكيل اللاعب"), "OCC")
olg = p.ent(p.find(3, "كرستيان أولجادي"), "PERS")
p.ent(p.find(3, "سوبر ديبورتي"), "ORG")
p.ent(p.find(3, "فالنسيا"), "ORG")
p.ent(p.find(3, "هذا الأسبوع"), "DATE")
cue3 = p.find(3, "صرح")
p.claim(p.between(3, "كنا في مفاوضات", "منذ فترة"), claimant=olg, cue=cue3, kind="event", check_worthy=True)
p.claim(p.between(3, "الاتفاق وصل", "مراحله الأخيرة"), claimant=olg, cue=cue3, kind="state", check_worthy=False)

# ---- paragraph 4 (continuing speech of Olgadi, new cue "أضاف")
cue4 = p.find(4, "أضاف")
p.ent(p.find(4, "فالنسيا"), "ORG")
p.ent(p.find(4, "واحد"), "CARDINAL")
p.num(p.find(4, "واحد"), 1, "cardinal", counted=p.find(4, "الأندية"))
p.ent(p.find(4, "إسبانيا"), "GPE")
p.ent(p.find(4, "إدواردو"), "PERS")
p.ent(p.find(4, "الشيلي"), "GPE")
p.ent(p.find(4, "أربعة أشهر"), "DATE")
p.num(p.find(4, "أربعة"), 4, "cardinal", counted=p.find(4, "أشهر"))
p.ent(p.find(4, "كأس العالم"), "EVENT")
p.ent(p.find(4, "البرازيل"), "GPE")
p.claim(p.between(4, "فالنسيا واحد", "في إسبانيا"), claimant=olg, cue=cue4, kind="quote", check_worthy=False)
p.claim(p.between(4, "إدواردو تابعهم", "في الشيلي"), claimant=olg, cue=cue4, kind="state", check_worthy=False)
p.claim(p.between(4, "إنه فتى", "للعب"), claimant=olg, cue=cue4, kind="quote", check_worthy=False)
p.claim(p.between(4, "لم يتبق", "بالبرازيل"), claimant=olg, cue=cue4, kind="statistic", check_worthy=True)

# ---- paragraph 5
sd = p.ent(p.find(5, "سوبر ديبورتي"), "ORG")
clubs5 = p.num(p.find(5, "ناديي"), 2, "cardinal", counted=p.find(5, "ناديي"))
p.ent(p.find(5, "فالنسيا"), "ORG")
p.ent(p.find(5, "نابولي"), "ORG")
p.ent(p.find(5, "ستة أشهر"), "DATE")
p.num(p.find(5, "ستة"), 6, "cardinal", counted=p.find(5, "أشهر"))
cue5 = p.find(5, "أرفقت")
p.claim(p.between(5, "الاتفاق قد تم", "لستة أشهر"), claimant=sd, cue=cue5, kind="event", check_worthy=True)
p.claim(p.between(5, "لم يتبق", "بالتقسيط"), claimant=sd, cue=cue5, kind="state", check_worthy=True)

# the two clubs (Valencia and Napoli), paragraphs 1 and 5
p.rel("equals", clubs1, [clubs5])

p.write()
