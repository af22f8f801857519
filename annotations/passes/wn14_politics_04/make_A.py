#!/usr/bin/env python3
"""Pass A of wn14_politics_04 (Khabar): the machine suggestion reviewed and completed by annotator a3.

Every span is located by a short anchor (scripts/passkit.py computes the offsets)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_politics_04"
p = Pass(DOC, "A", agent="annotator a3 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")


def south_sudan(span):
    """GPE "جنوب السودان" with the GPE "السودان" nested in its name."""
    g = p.ent(span, "GPE")
    p.ent(p.inside(g, "السودان"), "GPE")
    return g


# ---- ¶0 title
south_sudan(p.find(0, "جنوب السودان"))
third0 = p.num(p.find(0, "الثالثة"), 3, "ordinal", counted=p.find(0, "الذكرى"))
p.ent(p.find(0, "الثالثة"), "ORDINAL")
p.claim(p.between(0, "جنوب السودان", "أزمة إنسانية"), claimant="author", kind="event", check_worthy=True)

# ---- ¶1
P = 1
# sentence 1
south_sudan(p.find(P, "جنوب السودان"))
p.ent(p.find(P, "الأربعاء"), "DATE")
third1 = p.num(p.find(P, "الثالثة"), 3, "ordinal", counted=p.find(P, "الذكرى"))
p.ent(p.find(P, "الثالثة"), "ORDINAL")
p.ent(p.find(P, "الخرطوم"), "GPE")
p.claim(p.between(P, "يحتفل جنوب", "عن الخرطوم"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(P, "هذه الدولة الأحدث", "أو تزهو به"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(P, "حرب أهلية", "قبلية دامية"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(P, "مجاعة خطيرة", "تهدد سكانها"), claimant="author", kind="state", check_worthy=True)
# sentence 2
p.ent(p.find(P, "جوبا"), "GPE")
d = p.find(P, "التاسع من يوليو 2011")
p.ent(d, "DATE")
p.num(p.inside(d, "2011"), 2011, "year")
reg = p.ent(p.find(P, "نظام الخرطوم"), "ORG")
p.ent(p.inside(reg, "الخرطوم"), "GPE")
p.claim(p.between(P, "في جوبا لن", "الواقع المحزن"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(P, "ولد في التاسع", "نظام الخرطوم"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(P, "يغوص كل يوم", "مستنقع الفوضى"), claimant="author", kind="state", check_worthy=False)
# sentence 3
one_a = p.find(P, "واحد")
p.ent(one_a, "CARDINAL")
p.num(one_a, 1, "cardinal", counted=p.find(P, "شعب"))
one_b = p.find(P, "واحدة")
p.ent(one_b, "CARDINAL")
p.num(one_b, 1, "cardinal", counted=p.inside(p.find(P, "أمة واحدة"), "أمة"))
months = p.find(P, "سبعة أشهر")
p.ent(months, "DATE")
p.num(p.inside(months, "سبعة"), 7, "cardinal", qualifier="approximately", qualifier_span=p.find(P, "نحو"),
      counted=p.inside(months, "أشهر"))
p.claim(p.between(P, "الملصقات التي", "تخدع أحدا"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(P, "أصبحت البلاد", "وقت مضى"), claimant="author", kind="state", check_worthy=False)
# sentence 4
d = p.find(P, "15 ديسمبر 2013")
p.ent(d, "DATE")
p.num(p.inside(d, "2013"), 2013, "year")
p.ent(p.find(P, "الرئيس"), "OCC")
p.ent(p.find(P, "سلفا كير"), "PERS")
p.ent(p.find(P, "رياك مشار"), "PERS")
p.ent(p.find(P, "الجنوب"), "LOC")  # "قبائل الجنوب": the South as a region
p.ent(p.find(P, "الدينكا"), "NORP")
p.ent(p.find(P, "الرئيس", 1), "OCC")
p.ent(p.find(P, "كير", 1), "PERS")
p.ent(p.find(P, "النوير"), "NORP")
first = p.find(P, "أولى")
p.ent(first, "ORDINAL")
p.num(first, 1, "ordinal", counted=p.find(P, "ضحاياها"))
p.claim(p.between(P, "النزاع الذي اندلع", "ينتمي إليها منافسه"), claimant="author", kind="causal", check_worthy=True)
p.claim(p.between(P, "اندلع في 15", "رياك مشار"), claimant="author", kind="causal", check_worthy=True)
p.claim(p.find(P, "ينتمي إليها الرئيس كير"), claimant="author", kind="state", check_worthy=False)
p.claim(p.find(P, "ينتمي إليها منافسه"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(P, "تجلت في سلسلة", "التجاوزات والمذابح"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(P, "كان المدنيون", "أولى ضحاياها"), claimant="author", kind="state", check_worthy=True)
# sentence 5
occ = p.ent(p.find(P, "ممثلة الأمم المتحدة في جنوب السودان"), "OCC")
p.ent(p.inside(occ, "الأمم المتحدة"), "ORG")
south_sudan(p.inside(occ, "جنوب السودان"))
johnson = p.ent(p.find(P, "هيلدا جونسون"), "PERS")
south_sudan(p.find(P, "جنوب السودان", 2))
p.claim(p.between(P, "لم يسبق أن", "السودان أنفسهم"), claimant=johnson, cue=p.find(P, "قالت"),
        kind="state", check_worthy=True)

# ---- ¶2
P = 2
mis = p.ent(p.find(P, "بعثة الأمم المتحدة"), "ORG")
p.ent(p.inside(mis, "الأمم المتحدة"), "ORG")
two_a = p.find(P, "الفريقين")
two2 = p.num(two_a, 2, "cardinal", counted=two_a)
p.claim(p.between(P, "انتهاء مهمتها", "بعثة الأمم المتحدة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(P, "شنت هجوما", "زعماء الفريقين"), claimant="author", kind="event", check_worthy=True)
attack = p.find(P, "شنت هجوما")  # her accusations, reported in her words (continuing Johnson of ¶1)
p.claim(p.between(P, "يهتمون فقط", "مصالحهم الخاصة"), claimant=johnson, cue=attack, kind="quote",
        check_worthy=False)
p.claim(p.between(P, "ينخرهم", "سرطان الفساد"), claimant=johnson, cue=attack, kind="quote",
        check_worthy=False)
p.claim(p.between(P, "يعيدون هذا البلد", "كارثة إنسانية"), claimant=johnson, cue=attack, kind="quote",
        check_worthy=False)
johnson2 = p.ent(p.find(P, "جونسون"), "PERS")
p.claim(p.between(P, "لن يكون سببها", "هطول الأمطار"), claimant=johnson2, cue=p.find(P, "قالت"),
        kind="causal", check_worthy=False)

# ---- ¶3
P = 3
tens = p.find(P, "عشرات الآلاف")
p.ent(tens, "CARDINAL")
p.num(tens, 30000, "cardinal", qualifier="at_least", counted=p.find(P, "القتلى"))
m15 = p.find(P, "1.5 مليون")
p.ent(m15, "CARDINAL")
p.num(m15, 1500000, "cardinal", qualifier="approximately", qualifier_span=p.find(P, "نحو"),
      counted=p.find(P, "شخص"))
pc = p.find(P, "10%")
p.ent(pc, "PERCENT")
p.num(p.inside(pc, "10"), 10, "percent", qualifier="more_than", qualifier_span=p.find(P, "أكثر من"))
p.claim(p.between(P, "أوقعت عشرات", "من القتلى"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(P, "أرغمت نحو", "ترك ديارهم"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(P, "أكثر من 10%", "من السكان"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(P, "محت بلدات", "من على الخريطة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(P, "باتت الحرب", "جديدة: المجاعة"), claimant="author", kind="state", check_worthy=True)
# sentence 2 (Oxfam)
oxfam = p.ent(p.find(P, "منظمة أوكسفام"), "ORG")
p.ent(p.find(P, "الأربعاء"), "DATE")
south_sudan(p.find(P, "جنوب السودان"))
p.ent(p.find(P, "أفريقيا"), "LOC")
m4 = p.find(P, "أربعة ملايين")
p.ent(m4, "CARDINAL")
p.num(m4, 4000000, "cardinal", qualifier="approximately", qualifier_span=p.find(P, "نحو", 1),
      counted=p.find(P, "سكانه"))
p.num(p.find(P, "نصف"), 0.5, "fraction", counted=p.find(P, "من يحتاجونها"))
said = p.find(P, "قالت")
p.claim(p.between(P, "جنوب السودان يعاني", "أزمة في أفريقيا"), claimant=oxfam, cue=said, kind="state",
        check_worthy=True)
p.claim(p.between(P, "خطر المجاعة", "من سكانه"), claimant=oxfam, cue=said, kind="statistic", check_worthy=True)
p.claim(p.between(P, "عدم وصول", "من يحتاجونها"), claimant=oxfam, cue=said, kind="statistic", check_worthy=True)
# sentence 3 (UN)
un = p.ent(p.find(P, "الأمم المتحدة"), "ORG")
warned = p.find(P, "حذرت")
p.claim(p.between(P, "الأزمة الإنسانية", "من أي سيطرة"), claimant=un, cue=warned, kind="state", check_worthy=False)
p.claim(p.between(P, "تفشي سوء", "التغذية والأمراض"), claimant=un, cue=warned, kind="state", check_worthy=True)
p.claim(p.between(P, "اضطرار المزيد", "من ديارهم"), claimant=un, cue=warned, kind="event", check_worthy=True)
# sentence 4
p.ent(p.find(P, "الوحدة"), "GPE")
p.ent(p.find(P, "أعالي النيل"), "GPE")
p.ent(p.find(P, "جونقلي"), "GPE")
p.claim(p.between(P, "في المناطق الأكثر", "والمزارعون محاصيلهم"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.between(P, "المناطق الأكثر", "جونقلي"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(P, "لم يتبق", "موسم الزرع"), claimant="author", kind="state", check_worthy=False)
# sentence 5
p.ent(p.find(P, "الأمم المتحدة", 1), "ORG")
k100 = p.find(P, "مائة ألف")
p.ent(k100, "CARDINAL")
p.num(k100, 100000, "cardinal", qualifier="approximately", qualifier_span=p.find(P, "نحو", 2),
      counted=p.find(P, "شخص", 1))
p.ent(p.find(P, "ديسمبر الماضي"), "DATE")
p.claim(p.between(P, "الجوع يدفع", "لقواعد الأمم المتحدة"), claimant="author", kind="causal", check_worthy=True)
p.claim(p.between(P, "يحتمي نحو", "ديسمبر الماضي"), claimant="author", kind="statistic", check_worthy=True)

# ---- ¶4
P = 4
p.ent(p.find(P, "بنتيو"), "GPE")
p.ent(p.find(P, "الوحدة"), "GPE")  # "لولاية الوحدة النفطية": the head noun stays outside
camp = p.ent(p.find(P, "معسكر الأمم المتحدة"), "FAC")
p.ent(p.inside(camp, "الأمم المتحدة"), "ORG")
k40 = p.find(P, "40 ألف")
p.ent(k40, "CARDINAL")
p.num(k40, 40000, "cardinal", counted=p.find(P, "شخص"))
ansari = p.ent(p.find(P, "إيمي الأنصاري"), "PERS")
occ = p.ent(p.between(P, "مديرة منظمة", "في جنوب السودان"), "OCC")
p.ent(p.inside(occ, "منظمة كير"), "ORG")
south_sudan(p.inside(occ, "جنوب السودان"))
warned = p.find(P, "أنذرت")
p.claim(p.between(P, "في بنتيو", "40 ألف شخص"), claimant=ansari, cue=warned, kind="statistic", check_worthy=True)
p.claim(p.between(P, "بنتيو", "الوحدة النفطية"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(P, "يوشك أن", "في هذا البلد"), claimant=ansari, cue=warned, kind="state", check_worthy=False)

# ---- ¶5
P = 5
ansari5 = p.ent(p.find(P, "الأنصاري"), "PERS")
said = p.find(P, "قالت")
first = p.find(P, "أولى")
p.ent(first, "ORDINAL")
p.num(first, 1, "ordinal", counted=p.find(P, "الإصابات"))
p.claim(p.between(P, "في هذا المخيم", "إلى الركب"), claimant=ansari5, cue=said, kind="state", check_worthy=True)
p.claim(p.between(P, "المياه شحيحة", "للغاية"), claimant=ansari5, cue=said, kind="state", check_worthy=True)
p.claim(p.between(P, "حالات سوء", "تتزايد"), claimant=ansari5, cue=said, kind="state", check_worthy=True)
p.claim(p.between(P, "أولى الإصابات", "بدأت تظهر"), claimant=ansari5, cue=said, kind="event", check_worthy=True)

# ---- ¶6
P = 6
south_sudan(p.find(P, "جنوب السودان"))
p.ent(p.find(P, "أديس أبابا"), "GPE")
p.claim(p.between(P, "تعيش أعداد", "معاناة لا تحتمل"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(P, "تمخضت مفاوضات", "حكومة وحدة وطنية"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(P, "تعقد في فنادق", "أديس أبابا"), claimant="author", kind="event", check_worthy=False)

# ---- ¶7
P = 7
two_b = p.find(P, "الفريقين")
two7 = p.num(two_b, 2, "cardinal", counted=two_b)
p.claim(p.between(P, "كل هذه الوعود", "في الهواء"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(P, "الفريقين يقاطعان", "هذه المباحثات"), claimant="author", kind="event", check_worthy=True)

# ---- ¶8
P = 8
gat = p.ent(p.find(P, "غاتلواك نهيال"), "PERS")  # after the proclitic ل
k15 = p.find(P, "15 ألفا")
p.ent(k15, "CARDINAL")
p.num(k15, 15000, "cardinal", qualifier="more_than", qualifier_span=p.find(P, "أكثر من"),
      counted=p.find(P, "آخرين"))
one = p.find(P, "واحدة")
p.ent(one, "CARDINAL")
bases = p.find(P, "قاعدتي")
n_one = p.num(one, 1, "cardinal", counted=bases)
n_two = p.num(bases, 2, "cardinal", counted=bases)
p.ent(p.find(P, "الأمم المتحدة"), "ORG")
p.ent(p.find(P, "جوبا"), "GPE")
south_sudan(p.find(P, "جنوب السودان"))
p.claim(p.between(P, "لجأ مثل", "في جوبا"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(P, "جنوب السودان", "لم يعد أمة"), claimant=gat, cue=p.find(P, "بالنسبة"), kind="quote",
        check_worthy=False)

# ---- relations
p.rel("equals", third0, [third1])     # the third anniversary, title and ¶1
p.rel("equals", two2, [two7])         # the two parties, ¶2 and ¶7
p.rel("includes", n_two, [n_one])     # one of the two UN bases in Juba

p.write()
