"""Correction of the gold of wn14_health_02 (what both passes got wrong alike, or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_health_02"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W20: the relative clause of ¶2 is 'يعرف باسم السرطان الأسود', without its antecedent. "
                    "W18: a speaker's hedged statements are quote claims, not check-worthy ('تعتقد أن' ¶5, "
                    "'يبدو أيضا أن' ¶8, 'نعتقد أن' ¶9, the experts' 'يتوقع ... أن يكون' ¶4); the author's own "
                    "hedges are not claims ('قد يكون أحد الأسباب' ¶4, 'التي يبدو أنها تجعل' ¶6, 'من المرجح أن' ¶14). "
                    "§3: '2.7 لكل 100 ألف شخص' (¶3) is included in its 100,000 as the other rates of ¶2-¶3.")

# W20: the relative clause without its antecedent
old = c.item_at("claims", c.between(2, "أخطر أنواع سرطان الجلد،", "السرطان الأسود"))
new = c.find(2, "يعرف باسم السرطان الأسود")
c.set(old, start=new.start, end=new.end, text=c.text[new.start:new.end])

# W18: a speaker's hedged statements are quote claims, not check-worthy
for par, first, last in ((5, "النساء لديهن", "أقوى من الرجل"),
                         (8, "يبدو أيضا أن", "وراء هذه الاختلافات"),
                         (9, "هناك شيئا له علاقة", "أكثر من الهرمونات"),
                         (4, "يكون للناحية البيولوجية", "في هذا الشأن")):
    c.set(c.item_at("claims", c.between(par, first, last)), kind="quote", check_worthy=False)

# W18: the author's own hedges are not claims
for par, first, last in ((4, "قد يكون أحد الأسباب", "طلب المساعدة"),
                         (6, "يبدو أنها تجعل", "من سرطان الجلد"),
                         (14, "من المرجح أن", "في فترة مبكرة")):
    c.drop(c.item_at("claims", c.between(par, first, last)))

# §3: the rate 2.7 per 100,000 persons
c.rel("includes", c.item("numbers", 3, "100 ألف", nth=1), [c.item("numbers", 3, "2.7")])
c.write()
