"""Adjudicator's corrections of the gold of wn14_culture_09 (GUIDELINES §5): what both passes got
wrong alike, or (d1, d6) what neither pass had right. Run once, after `khabar adjudicate --apply`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

c = Correction("wn14_culture_09", agent="adjudicator (language-model agent)",
               note="W20: the claim of 'الانتخابات التي أجريت ...' is the verb phrase after 'التي'; "
                    "W22: the appositives giving a current role (عبد الكريم, أستاذ الفقه ...; علي جمعة، "
                    "مفتي الجمهورية) are check-worthy (d1, d6: neither pass had it); W17: 'مصدر في الأزهر' "
                    "is an unnamed source, so its claims are the author's with the cue 'قال'; W1: the "
                    "designators 'جماعة' and 'مؤسسة' stay outside 'الإخوان المسلمين', 'الإخوان', 'الأزهر'")

# W20: ¶1 "وذلك في الانتخابات التي أجريت لأول مرة ..." -> the verb phrase after التي
old = c.item_at("claims", c.between(1, "الانتخابات التي أجريت", "للمفتي الحالي علي جمعة"))
c.drop(old)
c.claim(c.between(1, "أجريت لأول مرة", "للمفتي الحالي علي جمعة"), claimant="author", kind="event",
        check_worthy=True)

# W22: appositives of a current role are check-worthy
c.set(c.item_at("claims", c.between(1, "شوقي إبراهيم عبد الكريم،", "الأزهر فرع طنطا")), check_worthy=True)
c.set(c.item("claims", 2, "علي جمعة، مفتي الجمهورية"), check_worthy=True)

# W17: the unnamed source in al-Azhar is not a claimant
for cl in (c.item_at("claims", c.between(2, "الترشيحات ستعرض", "من بين 17 مرشحا")),
           c.item("claims", 2, "تجري عملية الانتخاب"),
           c.item_at("claims", c.between(2, "الفائز بأعلى الأصوات", "لشغل المنصب"))):
    c.set(cl, claimant="author")

# W1: designator nouns before a name that stands on its own stay outside
brotherhood = c.item("entities", 2, "الإخوان", nth=1, label="ORG")   # in "جماعة الإخوان نفت"
c.set(c.item("claims", 2, "تكون رشحته"), claimant=brotherhood)
c.drop(c.item("entities", 2, "جماعة الإخوان", nth=1, label="ORG"))
c.drop(c.item("entities", 2, "جماعة الإخوان المسلمين", label="ORG"))
c.drop(c.item("entities", 4, "مؤسسة الأزهر", label="ORG"))
c.write()
