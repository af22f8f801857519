"""Pass A of wn14_sports_02 (annotator a5), corrected from the machine suggestion; offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_02"
p = Pass(DOC, "A", agent="annotator a5 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_sports_02.json; built by make_A.py.",
         source="annotations/suggestions/wn14_sports_02.json")
A = "author"

# ---- paragraph 0 (title)
p.ent(p.find(0, "فارجاس"), "PERS")
p.ent(p.find(0, "فالنسيا"), "ORG")
p.claim(p.between(0, "فارجاس", "رسميا"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 1
clubs1 = p.num(p.find(1, "الناديين"), 2, "cardinal", counted=p.find(1, "الناديين"))
p.claim(p.between(1, "تم الاتفاق", "الناديين"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(1, "لم يتبق", "طريق الدفع"), claimant=A, kind="state", check_worthy=True)

agent = p.ent(p.between(1, "وكيل أعمال", "إدواردو فارجاس"), "OCC")
fw = p.ent(p.inside(agent, "المهاجم الشيلي"), "OCC")
p.ent(p.inside(fw, "الشيلي"), "NORP")
p.ent(p.inside(agent, "إدواردو فارجاس"), "PERS")
p.ent(p.find(1, "فالنسيا"), "ORG")
p.ent(p.find(1, "نهاية الموسم الحالي"), "DATE")
p.claim(p.between(1, "وجود مفاوضات", "مسؤولي فالنسيا"), claimant=agent, cue=p.find(1, "أكد"),
        kind="event", check_worthy=True)
p.claim(p.between(1, "سيرها", "تفاصيل العقد"), claimant=agent, cue=p.find(1, "أقر"),
        kind="event", check_worthy=True)
p.claim(p.between(1, "الذي سيجمع", "الموسم الحالي"), claimant=agent, cue=p.find(1, "أقر"),
        kind="state", check_worthy=True)

# ---- paragraph 2
p.ent(p.find(2, "إدواردو فارجاس"), "PERS")
p.ent(p.find(2, "نابولي"), "ORG")
p.ent(p.find(2, "هذا الشتاء"), "DATE")
o = p.ent(p.find(2, "جريميو البرازيلي"), "ORG")
p.ent(p.inside(o, "البرازيلي"), "NORP")
p.ent(p.find(2, "عام كامل"), "DATE")
o = p.ent(p.find(2, "فالنسيا الإسباني"), "ORG")
p.ent(p.inside(o, "الإسباني"), "NORP")
p.claim(p.between(2, "عاد إدواردو", "جريميو البرازيلي"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(2, "التي امتدت", "عام كامل"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(2, "يبدو أن", "هذه المرة"), claimant=A, kind="state", check_worthy=False)

# ---- paragraph 3
p.ent(p.find(3, "وكيل اللاعب"), "OCC")
olg = p.ent(p.find(3, "كرستيان أولجادي"), "PERS")
p.ent(p.find(3, "سوبر ديبورتي"), "ORG")
o = p.ent(p.find(3, "إدارة فالنسيا"), "ORG")
p.ent(p.inside(o, "فالنسيا"), "ORG")
p.ent(p.find(3, "هذا الأسبوع"), "DATE")
said = p.find(3, "صرح")
p.claim(p.between(3, "لقد كنا", "منذ فترة"), claimant=olg, cue=said, kind="state", check_worthy=True)
p.claim(p.between(3, "أعتقد أن", "مراحله الأخيرة"), claimant=olg, cue=said, kind="state", check_worthy=False)
# "من الممكن التوصل لاتفاق هذا الأسبوع": a possibility, not stated as a fact (claims d.11): no claim

# ---- paragraph 4 (continues Olgade's quotation, cue "أضاف")
added = p.find(4, "أضاف")
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
p.claim(p.between(4, "فالنسيا واحد", "في إسبانيا"), claimant=olg, cue=added, kind="quote", check_worthy=False)
p.claim(p.between(4, "إدواردو تابعهم", "في الشيلي"), claimant=olg, cue=added, kind="state", check_worthy=False)
p.claim(p.between(4, "إنه فتى", "يحتاج للعب"), claimant=olg, cue=added, kind="quote", check_worthy=False)
p.claim(p.between(4, "لم يتبق سوى", "بالبرازيل"), claimant=olg, cue=added, kind="statistic", check_worthy=False)

# ---- paragraph 5
sd = p.ent(p.find(5, "سوبر ديبورتي"), "ORG")
clubs5 = p.num(p.find(5, "ناديي"), 2, "cardinal", counted=p.find(5, "ناديي"))
p.ent(p.find(5, "فالنسيا"), "ORG")
p.ent(p.find(5, "نابولي"), "ORG")
p.ent(p.find(5, "ستة أشهر"), "DATE")
p.num(p.find(5, "ستة"), 6, "cardinal", counted=p.find(5, "أشهر"))
cue5 = p.find(5, "أرفقت")
p.claim(p.between(5, "الاتفاق قد تم", "لستة أشهر"), claimant=sd, cue=cue5, kind="event", check_worthy=True)
p.claim(p.between(5, "لم يتبق", "الدفع بالتقسيط"), claimant=sd, cue=cue5, kind="state", check_worthy=True)

# the two clubs of the lead and of paragraph 5 are the same two (numbers d.4)
p.rel("equals", clubs1, [clubs5])

p.write()
