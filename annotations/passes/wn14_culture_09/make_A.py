"""Pass A of wn14_culture_09 (Khabar): corrected from the machine suggestion; offsets computed by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_09"
p = Pass(DOC, "A", agent="annotator a8 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C = p.ent, p.num, p.claim
A = "author"


def mufti(x):
    """OCC "مفتي الديار المصرية" ⊃ GPE "الديار المصرية" ⊃ NORP "المصرية"."""
    occ = E(x, "OCC")
    g = E(p.inside(occ, "الديار المصرية"), "GPE")
    E(p.inside(g, "المصرية"), "NORP")
    return occ


def azhar_univ(outer, nth=0):
    """ORG "جامعة الأزهر" ⊃ ORG "الأزهر" inside an located span."""
    u = E(p.inside(outer, "جامعة الأزهر", nth), "ORG")
    E(p.inside(u, "الأزهر"), "ORG")
    return u


def sheikh_azhar(x):
    occ = E(x, "OCC")
    E(p.inside(occ, "الأزهر"), "ORG")
    return occ


# ---------------------------------------------------------------- paragraph 0 (title)
E(p.find(0, "شوقي عبد الكريم"), "PERS")
occ = E(p.find(0, "مفتيا للديار المصرية"), "OCC")
g = E(p.inside(occ, "ديار المصرية"), "GPE")      # after the contracted "لل" (§0)
E(p.inside(g, "المصرية"), "NORP")
C(p.between(0, "انتخاب", "للديار المصرية"), A, "event", True)

# ---------------------------------------------------------------- paragraph 1
shawki = E(p.find(1, "شوقي إبراهيم عبد الكريم"), "PERS")      # "الدكتور" is a degree (decision 23)
occ = E(p.find(1, "أستاذ الفقه بجامعة الأزهر فرع طنطا"), "OCC")
br = E(p.inside(occ, "جامعة الأزهر فرع طنطا"), "ORG")
azhar_univ(br)
E(p.inside(br, "طنطا"), "GPE")
mufti(p.find(1, "مفتي الديار المصرية"))
E(p.find(1, "هيئة كبار العلماء"), "ORG")
C(p.between(1, "فاز الدكتور", "هيئة كبار العلماء"), A, "event", True)
C(p.between(1, "شوقي إبراهيم", "فرع طنطا"), A, "state", False)
E(p.find(1, "أول"), "ORDINAL")
N(p.find(1, "أول"), 1, "ordinal", counted=p.find(1, "مرة"))
E(p.inside(p.find(1, "تاريخ مصر"), "مصر"), "GPE")
E(p.find(1, "المفتي الجديد"), "OCC")
E(p.find(1, "مفتي الحالي"), "OCC")                 # "للمفتي الحالي": after the contracted "لل"
E(p.find(1, "علي جمعة"), "PERS")
C(p.between(1, "الانتخابات التي أجريت", "الحالي علي جمعة"), A, "event", True)
E(p.find(1, "3 مارس المقبل"), "DATE")
C(p.between(1, "من المقرر", "3 مارس المقبل"), A, "state", True)
sheikh_azhar(p.find(1, "شيخ الأزهر"))
tayeb = E(p.find(1, "أحمد الطيب"), "PERS")
said = p.find(1, "قال")
E(p.find(1, "عبد الكريم", 1), "PERS")
E(p.find(1, "هيئة كبار العلماء", 1), "ORG")
E(p.find(1, "24"), "CARDINAL")
N(p.find(1, "24"), 24, "cardinal", counted=p.find(1, "عضوا"))
C(p.between(1, "عبد الكريم حصل", "24 عضوا"), tayeb, "event", True, cue=said)
C(p.between(1, "هيئة كبار العلماء التي تضم", "24 عضوا"), tayeb, "statistic", True, cue=said)
mufti(p.find(1, "مفتي الديار المصرية", 1))
C(p.between(1, "يصبح مرشحها", "الديار المصرية"), tayeb, "event", True, cue=said)

# ---------------------------------------------------------------- paragraph 2
E(p.find(2, "الإمام الأكبر"), "OCC")
E(p.find(2, "أحمد الطيب"), "PERS")
sheikh_azhar(p.find(2, "شيخ الأزهر"))
E(p.find(2, "شوقي إبراهيم عبد الكريم"), "PERS")
C(p.between(2, "أجرى الإمام الأكبر", "شوقي إبراهيم عبد الكريم"), A, "event", False)
mufti(p.find(2, "مفتي الديار المصرية"))
E(p.find(2, "19"), "ORDINAL")
N(p.find(2, "19"), 19, "ordinal")                   # "رقم 19": the 19th holder of the office
C(p.between(2, "هنأه خلاله", "المصرية رقم 19"), A, "event", False)
C(p.between(2, "انتخابه مفتي", "المصرية رقم 19"), A, "statistic", True)

E(p.find(2, "علي جمعة"), "PERS")
E(p.find(2, "مفتي الجمهورية"), "OCC")
E(p.find(2, "المفتي الجديد"), "OCC")
E(p.find(2, "الإسلام"), "NORP")
E(p.find(2, "المسلمين"), "NORP")
C(p.between(2, "هنأ الدكتور علي جمعة", "المفتي الجديد"), A, "event", False)
C(p.between(2, "علي جمعة", "مفتي الجمهورية"), A, "state", False)

E(p.find(2, "الرئيس"), "OCC")
E(p.find(2, "محمد مرسي"), "PERS")
E(p.find(2, "المفتي المنتخب"), "OCC")
E(p.find(2, "المفتي الحالي"), "OCC")
E(p.find(2, "علي جمعة", 1), "PERS")
C(p.between(2, "ينبغي أن يقر", "الحالي علي جمعة"), A, "state", True)
C(p.between(2, "سيحل محل", "الحالي علي جمعة"), A, "state", False)

E(p.find(2, "المفتي الجديد", 1), "OCC")
E(p.find(2, "مارس / آذار المقبل"), "DATE")
C(p.between(2, "يباشر المفتي الجديد", "جمهوري بتعيينه"), A, "state", True)

src = E(p.inside(p.find(2, "مصدر في الأزهر"), "الأزهر"), "ORG")   # the source's institution
said = p.find(2, "قال")
E(p.find(2, "هيئة كبار العلماء"), "ORG")
E(p.find(2, "ثلاثة"), "CARDINAL")
n3 = N(p.find(2, "ثلاثة"), 3, "cardinal", counted=p.find(2, "المرشحين"))
E(p.find(2, "17"), "CARDINAL")
n17 = N(p.find(2, "17"), 17, "cardinal", counted=p.find(2, "مرشحا"))
p.rel("includes", n17, [n3])
C(p.between(2, "الترشيحات ستعرض", "17 مرشحا"), src, "statistic", True, cue=said)
C(p.find(2, "تجري عملية الانتخاب"), src, "state", False, cue=said)
E(p.find(2, "هيئة كبار العلماء", 1), "ORG")
C(p.between(2, "الفائز بأعلى الأصوات", "لشغل المنصب"), src, "state", False, cue=said)

E(p.find(2, "هيئة كبار العلماء", 2), "ORG")        # "لهيئة": after the proclitic
E(p.inside(p.find(2, "منصب المفتي:"), "المفتي"), "OCC")
occ = E(p.between(2, "أستاذ ورئيس قسم الفقه", "بجامعة الأزهر"), "OCC")
dep = E(p.between(2, "قسم الفقه المقارن", "بجامعة الأزهر"), "ORG")
fac = E(p.inside(dep, "كلية الشريعة والقانون بجامعة الأزهر"), "ORG")
azhar_univ(fac)
E(p.find(2, "عبد الفتاح إدريس"), "PERS")
occ = E(p.find(2, "أستاذ الفقه المقارن بجامعة الأزهر"), "OCC")
azhar_univ(occ)
E(p.find(2, "سعد الدين هلالي"), "PERS")
occ = E(p.find(2, "عميد كلية الشريعة والقانون بجامعة الأزهر"), "OCC")
fac = E(p.inside(occ, "كلية الشريعة والقانون بجامعة الأزهر"), "ORG")
azhar_univ(fac)
E(p.find(2, "رمضان محمد عيد"), "PERS")
occ = E(p.find(2, "أستاذ ورئيس قسم الشريعة الإسلامية بجامعة الأزهر"), "OCC")
dep = E(p.inside(occ, "قسم الشريعة الإسلامية بجامعة الأزهر"), "ORG")
E(p.inside(dep, "الإسلامية"), "NORP")
azhar_univ(dep)
E(p.find(2, "عباس عبد الله شومان"), "PERS")
occ = E(p.find(2, "عميد كلية أصول الدين بالزقازيق"), "OCC")
fac = E(p.inside(occ, "كلية أصول الدين بالزقازيق"), "ORG")
E(p.inside(fac, "الزقازيق"), "GPE")
E(p.find(2, "محمد أبو هاشم"), "PERS")
C(p.between(2, "من بين الأسماء", "محمد أبو هاشم"), A, "state", True)

E(p.inside(p.find(2, "إعلامية مصرية"), "مصرية"), "NORP")
barr = E(p.find(2, "عبد الرحمن البر"), "PERS")
occ = E(p.find(2, "عضو مكتب الإرشاد بجماعة الإخوان المسلمين"), "OCC")
mk = E(p.inside(occ, "مكتب الإرشاد بجماعة الإخوان المسلمين"), "ORG")
mb = E(p.inside(mk, "جماعة الإخوان المسلمين"), "ORG")
mb2 = E(p.inside(mb, "الإخوان المسلمين"), "ORG")     # the bare name, nested (an entity on its own)
E(p.inside(mb2, "المسلمين"), "NORP")
E(p.inside(p.find(2, "لمنصب المفتي."), "المفتي"), "OCC")
C(p.between(2, "ترشح الدكتور عبد الرحمن", "لمنصب المفتي", nth_last=0), A, "event", True,
  cue=p.find(2, "تحدثت"))
C(p.between(2, "عبد الرحمن البر", "الإخوان المسلمين"), A, "state", True)
E(p.find(2, "البر", 1), "PERS")
C(p.between(2, "البر نفى", "لهذه الوظيفة"), A, "event", True)
mb = E(p.find(2, "جماعة الإخوان", 1), "ORG")
E(p.inside(mb, "الإخوان"), "ORG")
C(p.between(2, "جماعة الإخوان نفت", "أن تكون رشحته"), A, "event", True)

# ---------------------------------------------------------------- paragraph 3
C(p.between(3, "أجريت الانتخابات", "النزاهة والشفافية"), A, "state", False)
occ = E(p.find(3, "المستشار القانوني للإمام الأكبر"), "OCC")
E(p.inside(occ, "إمام الأكبر"), "OCC")               # after the contracted "لل"
E(p.find(3, "المستشار", 1), "OCC")
E(p.find(3, "محمد عبد السلام"), "PERS")
C(p.between(3, "كانت الانتخابات أجريت", "محمد عبد السلام"), A, "event", True)
E(p.find(3, "المشيخة"), "ORG")
E(p.find(3, "رئيس الجمهورية"), "OCC")
C(p.between(3, "يعاونه قانونيون", "الجمهورية لاعتماده"), A, "event", True)
E(p.find(3, "علي جمعة"), "PERS")
C(p.between(3, "أشرف الدكتور", "وكتابة محضر الفرز"), A, "event", True)
E(p.find(3, "هيئة كبار العلماء"), "ORG")
sheikh_azhar(p.find(3, "شيخ الأزهر"))
E(p.find(3, "أحمد الطيب"), "PERS")
E(p.find(3, "يوسف القرضاوي"), "PERS")
E(p.find(3, "المفتي الحالي"), "OCC")
E(p.find(3, "علي جمعة", 1), "PERS")
mufti(p.find(3, "مفتي الديار المصرية"))
C(p.between(3, "اجتمعت هيئة كبار", "النفسية والخلقية"), A, "event", True)

# ---------------------------------------------------------------- paragraph 4
E(p.find(4, "الأزهر"), "ORG")
ev = E(p.find(4, "ثورات الربيع العربي"), "EVENT")
ev2 = E(p.inside(ev, "الربيع العربي"), "EVENT")
E(p.inside(ev2, "العربي"), "NORP")
o = E(p.find(4, "الأزهر الشريف"), "ORG")
E(p.inside(o, "الأزهر"), "ORG")
o = E(p.find(4, "مؤسسة الأزهر"), "ORG")
E(p.inside(o, "الأزهر"), "ORG")
C(p.between(4, "علماء الأزهر", "على مؤسسة الأزهر"), A, "state", False)
C(p.find(4, "فقدت دورها وبريقها"), A, "state", False)
sheikh_azhar(p.find(4, "شيخ الأزهر"))
E(p.find(4, "المفتي"), "OCC")
C(p.between(4, "ظهرت مطالبات", "وليس بالتعيين"), A, "event", False)

if __name__ == "__main__":
    p.write()
