"""Adjudicator's corrections of the gold of wn14_culture_10 (GUIDELINES §5): what both passes got
wrong alike, or missed. Run once, after `khabar adjudicate --apply`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

c = Correction("wn14_culture_10", agent="adjudicator (language-model agent)",
               note="W2: 'الجماعة' / 'المنظمة' (Al Adl wal Ihsan, named) are an ORG each time (after "
                    "'لل' when contracted, §0) and 'البلاد' (Morocco) a GPE; W1: as 'حركة العدل "
                    "والمساواة', 'العدل والإحسان' is not a name on its own, so no ORG is nested in "
                    "'جماعة العدل والإحسان'; W17: 'أعضاء جماعة العدل والإحسان' are unnamed sources, so "
                    "their claims are the author's with the cues 'أكد' / 'أشاروا'")

# W2: anaphoric mentions of the named group
c.ent(c.find(1, "منظمة"), "ORG")                 # أمينا عاما للمنظمة (inside the OCC)
c.ent(c.find(2, "جماعة", 0), "ORG")              # رئيس مجلس الشورى للجماعة (inside the OCC)
c.ent(c.find(2, "جماعة", 1), "ORG")              # المسؤول الأول للجماعة
for k in range(3):
    c.ent(c.find(3, "الجماعة", k), "ORG")        # التزام الجماعة / أن الجماعة / مع الجماعة
c.ent(c.find(4, "الجماعة"), "ORG")               # أن تسعى الجماعة
c.ent(c.find(5, "الجماعة"), "ORG")               # مصير الجماعة
c.ent(c.find(6, "الجماعة"), "ORG")               # المصادر في الجماعة
# W2: the country, Morocco (named in ¶1)
c.ent(c.find(3, "البلاد"), "GPE")

# W1: no inner ORG in "جماعة العدل والإحسان"
for par in (0, 1, 5, 6):
    c.drop(c.item("entities", par, "العدل والإحسان", label="ORG"))

# W17: the members of the group are unnamed sources
c.set(c.item_at("claims", c.between(5, "الاستمرار بنهجها", "مبدإ الشورى")), claimant="author")
c.set(c.item_at("claims", c.between(5, "انتخاب الأمين العام", "بالكامل على قائدها")), claimant="author")
c.write()
