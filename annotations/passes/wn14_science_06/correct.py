#!/usr/bin/env python3
"""Corrections to the gold of wn14_science_06 after `khabar adjudicate --apply` (GUIDELINES §5):
what both passes got wrong alike or missed. Run once, after --apply."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_science_06"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="Claims §0: the linker 'قبل أن' stays outside the claim (as 'بعد أن', d1); "
                    "W11: the model 'بلاك بيري 10' holds its maker, ORG 'بلاك بيري'.")

# ¶2: the forecast clause taken from pass A (d4) starts after its linker "قبل أن"
cl = c.item_at("claims", c.between(2, "قبل أن تتاح", "أجهزة الهاتف"))
c.set(cl, start=c.find(2, "تتاح هذه الميزة").start)

# ¶3: W11, a model is PRODUCT with the maker inside
prod = c.item("entities", 3, "بلاك بيري 10", label="PRODUCT")
c.ent(c.inside(prod, "بلاك بيري"), "ORG")

c.write()
