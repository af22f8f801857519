"""Pass B of wn14_culture_09 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_09"
p = Pass(DOC, "B", agent="annotator b8 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
# "الدكتور" is a degree, not an OCC (decision 23). "الديار المصرية" (Egypt) is a GPE.


def mufti(x):
    """OCC "مفتي الديار المصرية" with GPE "الديار المصرية" and NORP "المصرية" inside."""
    occ = p.ent(x, "OCC")
    g = p.ent(p.inside(occ, "الديار المصرية"), "GPE")
    p.ent(p.inside(g, "المصرية"), "NORP")
    return occ


def azhar_univ(occ):
    """ORG "جامعة الأزهر" with ORG "الأزهر" inside, within a title."""
    u = p.ent(p.inside(occ, "جامعة الأزهر"), "ORG")
    p.ent(p.inside(u, "الأزهر"), "ORG")


def sheikh_azhar(x):
    occ = p.ent(x, "OCC")
    p.ent(p.inside(occ, "الأزهر"), "ORG")
    return occ


# ¶0 title: "للديار" is ل + الديار contracted; the GPE starts after "لل" (§0)
p.ent(p.find(0, "شوقي عبد الكريم"), "PERS")
occ = p.ent(p.find(0, "مفتيا للديار المصرية"), "OCC")
g = p.ent(p.inside(occ, "ديار المصرية"), "GPE")
p.ent(p.inside(g, "المصرية"), "NORP")
p.claim(p.between(0, "انتخاب", "المصرية"), claimant="author", kind="event", check_worthy=True)

# ¶1 s1
p.ent(p.find(1, "شوقي إبراهيم عبد الكريم"), "PERS")
occ = p.ent(p.find(1, "أستاذ الفقه بجامعة الأزهر فرع طنطا"), "OCC")
br = p.ent(p.inside(occ, "جامعة الأزهر فرع طنطا"), "ORG")
azhar_univ(br)
p.ent(p.inside(br, "طنطا"), "GPE")
mufti(p.find(1, "مفتي الديار المصرية", 0))
p.ent(p.find(1, "هيئة كبار العلماء", 0), "ORG")
p.ent(p.inside(p.find(1, "لأول مرة"), "أول"), "ORDINAL")
p.num(p.inside(p.find(1, "لأول مرة"), "أول"), 1, "ordinal", counted=p.find(1, "مرة"))
p.ent(p.inside(p.find(1, "تاريخ مصر"), "مصر"), "GPE")
p.ent(p.find(1, "المفتي الجديد"), "OCC")
p.ent(p.inside(p.find(1, "للمفتي الحالي"), "مفتي الحالي"), "OCC")  # after the contracted "لل"
p.ent(p.find(1, "علي جمعة"), "PERS")
p.ent(p.find(1, "3 مارس المقبل"), "DATE")
p.claim(p.between(1, "فاز الدكتور", "كبار العلماء"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "الانتخابات التي أجريت", "علي جمعة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "من المقرر أن تنتهي", "مارس المقبل"), claimant="author", kind="state", check_worthy=True)

# ¶1 s2
sheikh_azhar(p.find(1, "شيخ الأزهر"))
tayeb1 = p.ent(p.find(1, "أحمد الطيب"), "PERS")
p.ent(p.find(1, "عبد الكريم", 1), "PERS")
p.ent(p.find(1, "هيئة كبار العلماء", 1), "ORG")
p.ent(p.find(1, "24"), "CARDINAL")
p.num(p.find(1, "24"), 24, "cardinal", counted=p.find(1, "عضوا"))
mufti(p.find(1, "مفتي الديار المصرية", 1))
said = p.find(1, "قال")
p.claim(p.between(1, "عبد الكريم حصل", "الديار المصرية"), claimant=tayeb1, cue=said, kind="event",
        check_worthy=True)
p.claim(p.find(1, "تضم 24 عضوا"), claimant=tayeb1, cue=said, kind="statistic", check_worthy=True)

# ¶2 s1: the phone call
p.ent(p.find(2, "الإمام الأكبر"), "OCC")
p.ent(p.find(2, "أحمد الطيب"), "PERS")
sheikh_azhar(p.find(2, "شيخ الأزهر"))
p.ent(p.find(2, "شوقي إبراهيم عبد الكريم"), "PERS")
mufti(p.find(2, "مفتي الديار المصرية"))
p.ent(p.find(2, "19"), "ORDINAL")  # "رقم 19": the 19th mufti, a rank written in digits
p.num(p.find(2, "19"), 19, "ordinal", counted=p.find(2, "مفتي"))
p.claim(p.between(2, "أجرى الإمام الأكبر", "رقم 19"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "انتخابه مفتي", "رقم 19"), claimant="author", kind="statistic", check_worthy=True)

# ¶2 s2-s4
p.ent(p.find(2, "علي جمعة", 0), "PERS")
occ = p.ent(p.find(2, "مفتي الجمهورية"), "OCC")
p.ent(p.inside(occ, "الجمهورية"), "GPE")
p.ent(p.find(2, "المفتي الجديد", 0), "OCC")
p.ent(p.find(2, "الإسلام"), "NORP")
p.ent(p.find(2, "المسلمين", 0), "NORP")
p.claim(p.between(2, "هنأ الدكتور علي جمعة", "المفتي الجديد"), claimant="author", kind="event",
        check_worthy=True)
p.ent(p.inside(p.find(2, "الرئيس محمد مرسي"), "الرئيس"), "OCC")
p.ent(p.find(2, "محمد مرسي"), "PERS")
p.ent(p.find(2, "المفتي المنتخب"), "OCC")
p.ent(p.find(2, "المفتي الحالي"), "OCC")
p.ent(p.find(2, "علي جمعة", 1), "PERS")
p.claim(p.between(2, "ينبغي أن يقر", "المفتي المنتخب"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(2, "سيحل محل", "علي جمعة"), claimant="author", kind="state", check_worthy=False)
p.ent(p.find(2, "المفتي الجديد", 1), "OCC")
p.ent(p.find(2, "مارس / آذار المقبل"), "DATE")
p.claim(p.between(2, "ينتظر أن يباشر", "بتعيينه"), claimant="author", kind="state", check_worthy=True)

# ¶2 s5: an unnamed source in al-Azhar; claimant: the nearest entity of the source, ORG "الأزهر"
src = p.ent(p.find(2, "الأزهر", 1), "ORG")
p.ent(p.find(2, "هيئة كبار العلماء", 0), "ORG")
p.ent(p.find(2, "ثلاثة"), "CARDINAL")
n3 = p.num(p.find(2, "ثلاثة"), 3, "cardinal", counted=p.find(2, "المرشحين"))
p.ent(p.find(2, "17"), "CARDINAL")
n17 = p.num(p.find(2, "17"), 17, "cardinal", counted=p.find(2, "مرشحا"))
p.ent(p.find(2, "هيئة كبار العلماء", 1), "ORG")
said = p.find(2, "قال")
p.claim(p.between(2, "الترشيحات ستعرض", "17 مرشحا"), claimant=src, cue=said, kind="statistic",
        check_worthy=True)
p.claim(p.find(2, "تجري عملية الانتخاب"), claimant=src, cue=said, kind="state", check_worthy=False)
p.claim(p.between(2, "الفائز بأعلى الأصوات", "لشغل المنصب"), claimant=src, cue=said, kind="state",
        check_worthy=False)
p.rel("includes", n17, [n3])

# ¶2 s6: the applicants
p.ent(p.find(2, "هيئة كبار العلماء", 2), "ORG")
p.ent(p.inside(p.find(2, "منصب المفتي"), "المفتي"), "OCC")
occ = p.ent(p.between(2, "أستاذ ورئيس قسم الفقه", "بجامعة الأزهر"), "OCC")
p.ent(p.inside(occ, "قسم الفقه المقارن"), "ORG")
p.ent(p.inside(occ, "كلية الشريعة والقانون"), "ORG")
azhar_univ(occ)
p.ent(p.find(2, "عبد الفتاح إدريس"), "PERS")
occ = p.ent(p.find(2, "أستاذ الفقه المقارن بجامعة الأزهر"), "OCC")
azhar_univ(occ)
p.ent(p.find(2, "سعد الدين هلالي"), "PERS")
occ = p.ent(p.find(2, "عميد كلية الشريعة والقانون بجامعة الأزهر"), "OCC")
p.ent(p.inside(occ, "كلية الشريعة والقانون"), "ORG")
azhar_univ(occ)
p.ent(p.find(2, "رمضان محمد عيد"), "PERS")
occ = p.ent(p.find(2, "أستاذ ورئيس قسم الشريعة الإسلامية بجامعة الأزهر"), "OCC")
dep = p.ent(p.inside(occ, "قسم الشريعة الإسلامية"), "ORG")
p.ent(p.inside(dep, "الإسلامية"), "NORP")
azhar_univ(occ)
p.ent(p.find(2, "عباس عبد الله شومان"), "PERS")
occ = p.ent(p.find(2, "عميد كلية أصول الدين بالزقازيق"), "OCC")
p.ent(p.inside(occ, "كلية أصول الدين"), "ORG")
p.ent(p.inside(occ, "الزقازيق"), "GPE")
p.ent(p.find(2, "محمد أبو هاشم"), "PERS")
p.claim(p.between(2, "من بين الأسماء", "محمد أبو هاشم"), claimant="author", kind="state", check_worthy=True)

# ¶2 s7-s8: al-Barr
p.ent(p.inside(p.find(2, "إعلامية مصرية"), "مصرية"), "NORP")
p.ent(p.find(2, "عبد الرحمن البر"), "PERS")
occ = p.ent(p.find(2, "عضو مكتب الإرشاد بجماعة الإخوان المسلمين"), "OCC")
p.ent(p.inside(occ, "مكتب الإرشاد"), "ORG")
mb = p.ent(p.inside(occ, "جماعة الإخوان المسلمين"), "ORG")
mb2 = p.ent(p.inside(mb, "الإخوان المسلمين"), "ORG")
p.ent(p.inside(mb2, "المسلمين"), "NORP")
p.ent(p.inside(p.find(2, "لمنصب المفتي"), "المفتي"), "OCC")
# unnamed media reports: no source entity, so the author, with the cue
p.claim(p.between(2, "ترشح الدكتور عبد الرحمن البر", "لمنصب المفتي"), claimant="author",
        cue=p.find(2, "تحدثت"), kind="event", check_worthy=True)
barr = p.ent(p.inside(p.find(2, "البر نفى"), "البر"), "PERS")
mbj = p.ent(p.inside(p.find(2, "جماعة الإخوان نفت"), "جماعة الإخوان"), "ORG")
p.ent(p.inside(mbj, "الإخوان"), "ORG")
# denials: the proposition denied, the speaker as claimant, the denial verb as cue
p.claim(p.find(2, "ترشحه لهذه الوظيفة"), claimant=barr, cue=p.find(2, "نفى"), kind="event", check_worthy=True)
p.claim(p.find(2, "تكون رشحته"), claimant=mbj, cue=p.find(2, "نفت"), kind="event", check_worthy=True)

# ¶3 s1: supervision
occ = p.ent(p.find(3, "المستشار القانوني للإمام الأكبر"), "OCC")
p.ent(p.inside(occ, "إمام الأكبر"), "OCC")  # after the contracted "لل" (§0)
p.ent(p.inside(p.find(3, "المستشار محمد عبد السلام"), "المستشار"), "OCC")
p.ent(p.find(3, "محمد عبد السلام"), "PERS")
p.ent(p.inside(p.find(3, "بالمشيخة"), "المشيخة"), "ORG")
occ = p.ent(p.find(3, "رئيس الجمهورية"), "OCC")
p.ent(p.inside(occ, "الجمهورية"), "GPE")
p.ent(p.find(3, "علي جمعة", 0), "PERS")
p.claim(p.between(3, "أجريت الانتخابات في جو", "والشفافية"), claimant="author", kind="state",
        check_worthy=False)
p.claim(p.between(3, "كانت الانتخابات أجريت", "محمد عبد السلام"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.between(3, "يعاونه قانونيون", "لاعتماده"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(3, "أشرف الدكتور علي جمعة", "محضر الفرز"), claimant="author", kind="event",
        check_worthy=True)

# ¶3 s2: the meeting
p.ent(p.find(3, "هيئة كبار العلماء"), "ORG")
sheikh_azhar(p.find(3, "شيخ الأزهر"))
p.ent(p.find(3, "أحمد الطيب"), "PERS")
p.ent(p.find(3, "يوسف القرضاوي"), "PERS")
p.ent(p.find(3, "المفتي الحالي"), "OCC")
p.ent(p.find(3, "علي جمعة", 1), "PERS")
mufti(p.find(3, "مفتي الديار المصرية"))
p.claim(p.between(3, "اجتمعت هيئة كبار العلماء", "والخلقية"), claimant="author", kind="event",
        check_worthy=True)

# ¶4 background
p.ent(p.find(4, "الأزهر", 0), "ORG")
ev = p.ent(p.find(4, "الربيع العربي"), "EVENT")
p.ent(p.inside(ev, "العربي"), "NORP")
a = p.ent(p.find(4, "الأزهر الشريف"), "ORG")
p.ent(p.inside(a, "الأزهر"), "ORG")
a = p.ent(p.find(4, "مؤسسة الأزهر"), "ORG")
p.ent(p.inside(a, "الأزهر"), "ORG")
sheikh_azhar(p.find(4, "شيخ الأزهر"))
p.ent(p.find(4, "المفتي"), "OCC")
p.claim(p.between(4, "علماء الأزهر", "مؤسسة الأزهر"), claimant="author", kind="state", check_worthy=False)
p.claim(p.find(4, "فقدت دورها وبريقها"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(4, "ظهرت مطالبات", "بالتعيين"), claimant="author", kind="event", check_worthy=False)

p.write()
