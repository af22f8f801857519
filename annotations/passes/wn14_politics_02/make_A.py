#!/usr/bin/env python3
"""Pass A of wn14_politics_02 (Khabar): the machine suggestion reviewed and completed by annotator a3.

Every span is located by a short anchor (scripts/passkit.py computes the offsets)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_politics_02"
p = Pass(DOC, "A", agent="annotator a3 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")

# ---- ¶0 title
p.ent(p.find(0, "ستافان دي ميستورا"), "PERS")
p.ent(p.find(0, "إبراهيمي"), "PERS")  # "للإبراهيمي": span after the contracted لل (§0)
occ = p.ent(p.find(0, "مبعوث للأمم المتحدة لسوريا"), "OCC")
p.ent(p.inside(occ, "أمم المتحدة"), "ORG")
p.ent(p.inside(occ, "سوريا"), "GPE")
p.claim(p.between(0, "ستافان", "لسوريا"), claimant="author", kind="event", check_worthy=True)

# ---- ¶1 (the whole body is one paragraph)
P = 1
# sentence 1
p.ent(p.find(P, "الأربعاء"), "DATE")
occ = p.ent(p.find(P, "نائب وزير الخارجية الإيطالي السابق"), "OCC")
occ2 = p.ent(p.inside(occ, "وزير الخارجية الإيطالي"), "OCC")
p.ent(p.inside(occ2, "الخارجية"), "ORG")
p.ent(p.inside(occ2, "الإيطالي"), "NORP")
p.ent(p.find(P, "ستافان دي ميستورا"), "PERS")
p.ent(p.find(P, "الأخضر الإبراهيمي"), "PERS")
occ = p.ent(p.find(P, "مبعوث للأمم المتحدة إلى سوريا"), "OCC")
p.ent(p.inside(occ, "أمم المتحدة"), "ORG")
p.ent(p.inside(occ, "سوريا"), "GPE")
p.claim(p.between(P, "نائب وزير الخارجية", "المتحدة إلى سوريا"), claimant="author", cue=p.find(P, "صرح"),
        kind="event", check_worthy=True)
# sentence 2
p.ent(p.find(P, "مجلس الأمن الدولي"), "ORG")
p.ent(p.find(P, "الأمم المتحدة", 0), "ORG")
p.claim(p.between(P, "تم تأكيد", "مجلس الأمن الدولي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(P, "الأمم المتحدة لم", "رسميا بعد"), claimant="author", kind="state", check_worthy=True)
# sentence 3 (an unnamed diplomat: no entity, claimant author with the cue)
said1 = p.find(P, "قال")
p.ent(p.find(P, "المجلس"), "ORG")  # the Security Council
p.ent(p.find(P, "دي ميستورا", 1), "PERS")
p.ent(p.find(P, "الأمم المتحدة", 1), "ORG")
p.ent(p.find(P, "الإبراهيمي", 1), "PERS")
occ = p.ent(p.between(P, "موفدا خاصا", "جامعة الدول العربية"), "OCC")
p.ent(p.inside(occ, "أمم المتحدة"), "ORG")
arab = p.ent(p.inside(occ, "جامعة الدول العربية"), "ORG")
p.ent(p.inside(arab, "العربية"), "NORP")
p.ent(p.inside(p.find(P, "مساعد عربي"), "عربي"), "NORP")
p.claim(p.between(P, "دي ميستورا سيمثل", "الأمم المتحدة"), claimant="author", cue=said1,
        kind="state", check_worthy=False)
p.claim(p.between(P, "كان الإبراهيمي موفدا", "جامعة الدول العربية"), claimant="author", cue=said1,
        kind="state", check_worthy=False)
p.claim(p.between(P, "سيكون له", "مساعد عربي"), claimant="author", cue=said1,
        kind="state", check_worthy=False)
# sentence 4 (an unnamed UN official)
said2 = p.find(P, "قال", 1)
p.ent(p.find(P, "الأمم المتحدة", 2), "ORG")
occ = p.ent(p.find(P, "الأمين العام للأمم المتحدة"), "OCC")
p.ent(p.inside(occ, "أمم المتحدة"), "ORG")
p.ent(p.find(P, "بان كي مون"), "PERS")
p.claim(p.between(P, "الأمين العام", "رسميا لاحقا"), claimant="author", cue=said2,
        kind="event", check_worthy=False)
# sentence 5
p.claim(p.find(P, "لم يعين بعد مساعد له"), claimant="author", kind="state", check_worthy=True)
# sentence 6
p.ent(p.find(P, "الإبراهيمي", 2), "PERS")
p.ent(p.find(P, "منتصف أيار / مايو"), "DATE")
years = p.find(P, "عامين")
p.ent(years, "DATE")
p.num(years, 2, "cardinal", qualifier="less_than", qualifier_span=p.find(P, "أقل من"), counted=years)
p.ent(p.find(P, "سوريا", 1), "GPE")
p.claim(p.between(P, "كان الإبراهيمي استقال", "من الجهود"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(P, "لم تنجح", "النزاع في سوريا"), claimant="author", kind="state", check_worthy=False)
# sentence 7
p.ent(p.find(P, "جنيف"), "GPE")
gov = p.ent(p.find(P, "الحكومة السورية"), "ORG")
p.ent(p.inside(gov, "السورية"), "NORP")
p.claim(p.between(P, "كان نظم مفاوضات", "السورية والمعارضة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(P, "باءت بالفشل"), claimant="author", kind="event", check_worthy=True)
# sentence 8
p.ent(p.find(P, "دو ميستورا"), "PERS")  # after the proclitic و
age = p.find(P, "67 عاما")
p.ent(age, "DATE")
p.num(p.inside(age, "67"), 67, "cardinal", counted=p.inside(age, "عاما"))
p.ent(p.find(P, "ستوكهولم"), "GPE")
dual = p.find(P, "الجنسيتين")
p.num(dual, 2, "cardinal", counted=dual)
p.ent(p.find(P, "الإيطالية"), "NORP")
p.ent(p.find(P, "السويدية"), "NORP")
p.claim(p.between(P, "دو ميستورا", "الإيطالية والسويدية"), claimant="author", kind="state", check_worthy=False)
p.claim(age, claimant="author", kind="statistic", check_worthy=False)
p.claim(p.find(P, "المولود في ستوكهولم"), claimant="author", kind="state", check_worthy=False)
# sentence 9
p.ent(p.find(P, "الأمم المتحدة", 3), "ORG")
occ = p.ent(p.find(P, "ممثل خاص للوكالة الدولية في أفغانستان"), "OCC")
p.ent(p.inside(occ, "وكالة الدولية"), "ORG")  # the UN; span after the contracted لل
p.ent(p.inside(occ, "أفغانستان"), "GPE")
p.claim(p.between(P, "تولى مناصب", "في أفغانستان"), claimant="author", kind="event", check_worthy=False)
# sentence 10
occ = p.ent(p.find(P, "مساعد مدير برنامج الأغذية العالمي"), "OCC")
occ2 = p.ent(p.inside(occ, "مدير برنامج الأغذية العالمي"), "OCC")
p.ent(p.inside(occ2, "برنامج الأغذية العالمي"), "ORG")
occ = p.ent(p.find(P, "الممثل الخاص للأمم المتحدة في العراق"), "OCC")
p.ent(p.inside(occ, "أمم المتحدة"), "ORG")
p.ent(p.inside(occ, "العراق"), "GPE")
p.claim(p.between(P, "كان مساعد مدير", "في العراق"), claimant="author", kind="state", check_worthy=False)

p.write()
