"""Pass B (blind) of wn14_health_03, built from the raw text under guidelines 1.2."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

p = Pass("wn14_health_03", "B", agent="annotator b9 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
f, ins, bt = p.find, p.inside, p.between

# ---- 0 (title)
p.claim(bt(0, "الغناء قد يفيد", "علاج الشخير"), claimant="author", cue=f(0, "تشير"), kind="causal",
        check_worthy=True)

# ---- 1
p.ent(f(1, "ديفون"), "GPE")
p.ent(f(1, "إكستر"), "GPE")
p.ent(f(1, "إنكلترا"), "GPE")
p.ent(f(1, "ثلاثة أشهر"), "DATE")
n3m1 = p.num(f(1, "ثلاثة"), 3, "cardinal", counted=f(1, "أشهر"))
p.claim(bt(1, "أجرى الأطباء", "على مدى ثلاثة أشهر"), claimant="author", kind="event", check_worthy=True)
p.claim(bt(1, "الفئة التي قامت", "وتكرار الشخير"), claimant="author", kind="state", check_worthy=True)
p.claim(f(1, "شدة الشخير لم تتحسن إلا قليلا"), claimant="author", kind="state", check_worthy=True)
p.claim(bt(1, "التمارين الغنائية قد تمثل", "مفيدا للشخير"), claimant="author", cue=f(1, "استنتج"),
        kind="causal", check_worthy=True)
p.claim(bt(1, "يحتاج إلى مزيد", "من نجاعته"), claimant="author", kind="state", check_worthy=False)

# ---- 2
p.ent(ins(f(2, "ثلاثة أقراص"), "ثلاثة"), "CARDINAL")
p.ent(f(2, "20 دقيقة"), "TIME")
p.ent(f(2, "3 أشهر"), "DATE")
g2 = f(2, "المجموعة الثانية")
p.ent(ins(g2, "الثانية"), "ORDINAL")
p.num(f(2, "مجموعتين"), 2, "cardinal", counted=f(2, "مجموعتين"))
p.num(f(2, "ثلاثة"), 3, "cardinal", counted=f(2, "أقراص"))
p.num(f(2, "20"), 20, "cardinal", counted=f(2, "دقيقة"))
n3m2 = p.num(f(2, "3"), 3, "cardinal", counted=f(2, "أشهر"))
p.rel("equals", n3m1, [n3m2])
p.num(ins(g2, "الثانية"), 2, "ordinal", counted=ins(g2, "المجموعة"))
p.claim(f(2, "وزع الباحثون المرضى إلى مجموعتين"), claimant="author", kind="event", check_worthy=True)
p.claim(bt(2, "إحداهما المجموعة التجريبية", "الكحول والمنومات"), claimant="author", kind="event",
        check_worthy=True)
p.claim(bt(2, "المجموعة الثانية", "التوصيات العامة فقط"), claimant="author", kind="event", check_worthy=True)

# ---- 3
p.ent(f(3, "127"), "CARDINAL")
p.ent(f(3, "93"), "CARDINAL")
n127 = p.num(f(3, "127"), 127, "cardinal", counted=f(3, "مريضا"))
n93 = p.num(f(3, "93"), 93, "cardinal")
p.rel("includes", n127, [n93])
p.claim(f(3, "بدأت الدراسة على 127 مريضا"), claimant="author", kind="statistic", check_worthy=True)
p.claim(bt(3, "أكمل 93", "حتى نهايتها"), claimant="author", kind="statistic", check_worthy=True)
p.claim(bt(3, "قام الباحثون بقياس", "بواسطة استمارات خاصة"), claimant="author", kind="event",
        check_worthy=True)
p.claim(bt(3, "لم يجروا قياسات", "أثناء النوم"), claimant="author", kind="event", check_worthy=True)
p.claim(bt(3, "لم يكن الباحثون", "أم مجموعة الشواهد"), claimant="author", kind="state", check_worthy=True)

# ---- 4
cue4 = f(4, "وجد")
p.claim(bt(4, "المرضى الذين ثابروا", "وتكرار الشخير"), claimant="author", cue=cue4, kind="state",
        check_worthy=True)
p.claim(f(4, "كانت الفروق هامة إحصائيا"), claimant="author", cue=cue4, kind="statistic", check_worthy=True)
p.claim(f(4, "تحسنت شدة الشخير عند مرضى التجربة"), claimant="author", kind="state", check_worthy=True)
p.claim(f(4, "الفرق لم يكن مهما إحصائيا"), claimant="author", kind="statistic", check_worthy=True)

# ---- 5
p.ent(f(5, "معلمة غناء"), "OCC")
p.claim(bt(5, "استندت هذه الدراسة", "فتخفف الشخير"), claimant="author", kind="state", check_worthy=False)
p.claim(bt(5, "ينجم عن ارتخاء", "كحولية قبل النوم"), claimant="author", kind="causal", check_worthy=False)
p.claim(bt(5, "ظهرت الفكرة", "واحدة من الباحثات"), claimant="author", kind="event", check_worthy=False)
p.claim(f(5, "هي معلمة غناء"), claimant="author", kind="state", check_worthy=False)
p.claim(bt(5, "أخبرها بعض طلابها", "تدريبات عضلات الحنجرة"), claimant="author", kind="event",
        check_worthy=False)

p.write()
