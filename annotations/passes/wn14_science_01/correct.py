"""Correction of the gold of wn14_science_01 (what both passes got wrong alike, or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_science_01"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="Paragraphs from 0 (the title). W20: the ¶2 relative-clause claim is its verb phrase "
                    "'قدمته الشركة ...', without 'التقرير الذي'. W4: 'رئيسها التنفيذي' (¶3) is a pronoun-bearing "
                    "title, not OCC. W22: the appositions giving Zuckerberg's and Koum's current roles (¶3, ¶6) are "
                    "check-worthy. W18: 'العدد مرشح للزيادة' (¶3) is a speaker's hedged forecast, kind quote. "
                    "§4 fields (economy_06 d3): the leading 'لكننا' stays outside the ¶5 claim. W2: 'الشركة' "
                    "(¶2, twice) refers to Facebook, an ORG each time. W32: 'الثنائي' (¶8) is a noun that is itself "
                    "a count, number 2 counted itself.")
# W20
rel = c.item_at("claims", c.between(2, "التقرير الذي قدمته", "والبورصات الأميركية"))
a = c.between(2, "قدمته الشركة", "والبورصات الأميركية")
c.set(rel, start=a.start, end=a.end, text=c.text[a.start:a.end])
# W4
c.drop(c.item("entities", 3, "رئيسها التنفيذي", label="OCC"))
# W22
c.set(c.item_at("claims", c.between(3, "مارك زوكربيرغ،", "ورئيسها التنفيذي")), check_worthy=True)
c.set(c.item_at("claims", c.between(6, "جان كوم،", "لشركة \"واتس آب")), check_worthy=True)
# W18
hedge = c.item("claims", 3, "العدد مرشح للزيادة")
c.set(hedge, kind="quote", check_worthy=False)
# §4 fields: no leading conjunction
lk = c.item_at("claims", c.between(5, "لكننا سنعمل", "خدمات التطبيق المختلفة"))
a = c.between(5, "سنعمل على مدى", "خدمات التطبيق المختلفة")
c.set(lk, start=a.start, end=a.end, text=c.text[a.start:a.end])
# W2
c.ent(c.inside(c.find(2, "قدمته الشركة"), "الشركة"), "ORG")
c.ent(c.inside(c.find(2, "وتعتزم الشركة"), "الشركة"), "ORG")
assert c.paragraph(2).count("الشركة") == 2
# W32
duo = c.find(8, "الثنائي")
c.num(duo, 2, "cardinal", counted=duo)
c.write()
