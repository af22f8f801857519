"""Tag-set mappings from Khabar's Wojood labels to the schemes NER models are trained on.

The gold is mapped at every nesting level and only then reduced to its outermost layer, so a
label a scheme cannot express (OCC in CoNLL) uncovers the entity nested in it ("رئيس النظام
السوري" OCC ⊃ ORG "النظام السوري"). Labels mapped to None are dropped from gold and predictions.
"""
from __future__ import annotations

from dataclasses import dataclass

from khabar.io import KhabarError
from khabar.model.labels import COARSE_MAP, ENTITY_LABELS
from khabar.model.spans import Span

# The same mapping as the release's `ner_coarse` config (khabar.model.labels.COARSE_MAP).
_COARSE = dict(COARSE_MAP)
# OntoNotes 5 has 18 types; Wojood's OCC, UNIT, CURR (nested in QUANTITY/MONEY) and WEBSITE have
# no counterpart.
_ONTONOTES = {
    "PERS": "PERSON", "NORP": "NORP", "OCC": None, "ORG": "ORG", "GPE": "GPE", "LOC": "LOC",
    "FAC": "FAC", "EVENT": "EVENT", "DATE": "DATE", "TIME": "TIME", "CARDINAL": "CARDINAL",
    "ORDINAL": "ORDINAL", "PERCENT": "PERCENT", "QUANTITY": "QUANTITY", "UNIT": None,
    "MONEY": "MONEY", "CURR": None, "LANGUAGE": "LANGUAGE", "PRODUCT": "PRODUCT", "WEBSITE": None,
    "LAW": "LAW",
}
# Other spellings of a scheme's labels that models use (PER for PERS, PERSON for PER, ...).
_PERSON = ("PER", "PERS", "PERSON")


@dataclass(frozen=True)
class Scheme:
    name: str
    labels: tuple[str, ...]
    from_wojood: dict[str, str | None]

    def gold_label(self, label: str) -> str | None:
        return self.from_wojood.get(label)

    def pred_label(self, label: str) -> str | None:
        """A model's label in this scheme: its own name, a known alias, or a Wojood label mapped.

        Any answer other than `label` itself is a normalisation, which `map_pred` counts so that
        the results list it.
        """
        if label in self.labels:
            return label
        up = label.upper()
        if up in self.labels:
            return up
        person = next((p for p in _PERSON if p in self.labels), None)
        if up in _PERSON and person:
            return person
        if up in self.from_wojood:
            return self.from_wojood[up]
        return None


SCHEMES: dict[str, Scheme] = {
    "wojood": Scheme("wojood", ENTITY_LABELS, {lab: lab for lab in ENTITY_LABELS}),
    "anercorp": Scheme("anercorp", ("PERS", "LOC", "ORG", "MISC"),
                       {k: ("PERS" if v == "PER" else v) for k, v in _COARSE.items()}),
    "conll": Scheme("conll", ("PER", "LOC", "ORG", "MISC"), dict(_COARSE)),
    "ontonotes": Scheme("ontonotes", tuple(dict.fromkeys(v for v in _ONTONOTES.values() if v)),
                        dict(_ONTONOTES)),
}


def get_scheme(name: str) -> Scheme:
    if name not in SCHEMES:
        raise KhabarError(f"unknown scheme {name!r} (expected one of {', '.join(SCHEMES)})")
    return SCHEMES[name]


def map_gold(spans: list[Span], scheme: Scheme) -> list[Span]:
    """Gold spans relabelled into the scheme; spans it cannot express are dropped."""
    return [sp._replace(label=label) for sp in spans if (label := scheme.gold_label(sp.label)) is not None]


def map_pred(spans: list[Span], scheme: Scheme) -> tuple[list[Span], dict[str, int], dict[str, int]]:
    """Predicted spans in the scheme; how many were dropped per model label; how many were
    relabelled, per "MODEL -> SCHEME" pair (PER -> PERS: never silent)."""
    out: list[Span] = []
    dropped: dict[str, int] = {}
    relabelled: dict[str, int] = {}
    for sp in spans:
        m = scheme.pred_label(sp.label)
        if m is None:
            dropped[sp.label] = dropped.get(sp.label, 0) + 1
            continue
        if m != sp.label:
            key = f"{sp.label} -> {m}"
            relabelled[key] = relabelled.get(key, 0) + 1
        out.append(sp._replace(label=m))
    return out, dropped, relabelled


def mapping_table(scheme: Scheme) -> str:
    """The Wojood -> scheme mapping as a Markdown table (printed by `khabar benchmark`)."""
    lines = [f"| Wojood | {scheme.name} |", "|---|---|"]
    for lab in ENTITY_LABELS:
        target = scheme.gold_label(lab)
        lines.append(f"| {lab} | {target if target else '(dropped)'} |")
    return "\n".join(lines) + "\n"
