"""Pass B of wn14_culture_01 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_01"
p = Pass(DOC, "B", agent="annotator b7 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)

BAFTA = "الأكاديمية البريطانية لفنون الفيلم والتلفزيون"

# ---------------------------------------------------------------- paragraph 0 (title)
p.ent(p.find(0, "جاذبية"), "PRODUCT")
ev = p.ent(p.between(0, "جوائز الأكاديمية", "الفيلم والتلفزيون"), "EVENT")
org0 = p.ent(p.between(0, "الأكاديمية البريطانية", "الفيلم والتلفزيون"), "ORG")
p.ent(p.inside(org0, "البريطانية"), "NORP")
p.claim(p.between(0, "فيلم جاذبية", "الفيلم والتلفزيون"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 1
org1 = p.ent(p.between(1, "الأكاديمية البريطانية", "الفيلم والتلفزيون"), "ORG")
p.ent(p.inside(org1, "البريطانية"), "NORP")
o67 = p.find(1, "السابع والستين")
p.ent(o67, "ORDINAL")
p.num(o67, 67, "ordinal", counted=p.find(1, "حفلها"))
p.ent(p.find(1, "جاذبية"), "PRODUCT")
c11 = p.find(1, "11")
p.ent(c11, "CARDINAL")
p.num(c11, 11, "cardinal", counted=p.inside(p.find(1, "11 ترشيحا"), "ترشيحا"))
p.ent(p.find(1, "12 سنة عبدا"), "PRODUCT")     # film title: its numeral is not a number (numbers §11)
prod = p.ent(p.find(1, "الكفاح الأمريكي"), "PRODUCT")
p.ent(p.inside(prod, "الأمريكي"), "NORP")
c10 = p.find(1, "10")
p.ent(c10, "CARDINAL")
p.num(c10, 10, "cardinal", counted=p.inside(p.find(1, "ب10 ترشيحات"), "ترشيحات"))
p.ent(p.find(1, "16 فبراير 2014"), "DATE")
p.num(p.find(1, "2014"), 2014, "year")
p.ent(p.find(1, "دار الأوبرا الملكية"), "FAC")
p.ent(p.find(1, "لندن"), "GPE")

p.claim(p.between(1, "أعلنت الأكاديمية", "لحفلها السابع والستين"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.between(1, "تصدر هذه الترشيحات", "فيلم جاذبية"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(1, "حصل على 11 ترشيحا"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(1, "جاء بعده", "لكل منهما"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(1, "سيقام حفل", "في لندن"), claimant="author", kind="event", check_worthy=True)

p.write()
