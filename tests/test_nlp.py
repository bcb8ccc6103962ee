"""kg.nlp: long runs are tokenized in pieces with the text intact; the deadline stops an
article (or a group parsed together) between steps; a group gives the docs of its texts
parsed alone."""

import pytest

from kg.nlp import TOKENIZER_PIECE, Deadline, OverBudget, make_doc, parse, tokenizer_pieces


def test_pieces_join_to_the_text_and_cut_only_long_runs():
    text = "Putin  said:\n" + "x" * 350 + " then " + "y" * TOKENIZER_PIECE + " end."
    pieces = tokenizer_pieces(text)
    assert "".join(pieces) == text
    assert len(pieces) == 4  # the 350-character run cut three times, the 100 one not at all
    assert tokenizer_pieces("Plain prose, no long run.") == ["Plain prose, no long run."]


def test_a_doc_of_pieces_keeps_the_text_and_its_offsets(nlp):
    text = "Sergei Lavrov said on Monday: " + "&" * 950 + " Lavrov met Blinken in Geneva."
    doc = make_doc(nlp, text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text
    assert max(len(t.text) for t in doc) <= TOKENIZER_PIECE
    plain = "Sergei Lavrov said on Monday that Russia would not attack."
    assert [t.text for t in make_doc(nlp, plain)] == [t.text for t in nlp.make_doc(plain)]
    # (user_data holds kg's per-doc caches: the text among them)
    parsed = parse(nlp, plain)
    assert parsed.to_bytes(exclude=["user_data"]) == nlp(plain).to_bytes(exclude=["user_data"])
    assert parsed.user_data["kg_text"] == plain


def test_a_spent_deadline_stops_the_parse():
    import time

    from kg.nlp import load_pipeline

    deadline = Deadline(0.001)
    time.sleep(0.01)
    with pytest.raises(OverBudget) as stopped:
        parse(load_pipeline(), "Lavrov met Blinken.", deadline)
    assert stopped.value.stage == "tokenizing"
    Deadline(0).check("never")  # 0: no limit


def test_a_blank_line_ends_a_sentence_so_a_headline_stays_off_the_lede(nlp):
    text = (
        "# Paraguay edges toward border town\n\n"
        "Paraguayan troops are inching toward the town of Fuerte Olimpo, officials said."
    )
    doc = nlp(text)
    starts = [s.start_char for s in doc.sents]
    assert text.index("Paraguayan") in starts
    # one line break is no paragraph
    joined = nlp("Paraguayan troops moved\ntoward the town of Fuerte Olimpo.")
    assert len(list(joined.sents)) == 1


def test_a_lede_under_a_headline_gives_its_deployment(facts_of):
    facts = facts_of(
        "# Paraguay edges toward border town\n\n"
        "Paraguayan troops are inching toward the town of Fuerte Olimpo in the north, "
        "threatening a vital supply road as Asuncion presses its slow offensive."
    )
    assert [(d.force, d.location) for d in facts.deployments] == [
        ("troops", "the town of Fuerte Olimpo in the north")
    ]


def test_texts_parsed_together_give_the_docs_each_gives_alone(nlp):
    from kg.nlp import parse_together

    texts = [
        "The president of Ghana met the prime minister of Laos in Accra on Friday.",
        "Peru said it would send 300 police officers to the border. “We are ready,” he said.",
        "Norwegian troops arrived in the north.\n\nOman denied the report.",
    ]

    def signature(doc):
        return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]

    together = parse_together(nlp, texts)
    assert [d.text for d in together] == texts
    assert [signature(d) for d in together] == [signature(parse(nlp, t)) for t in texts]


def test_a_spent_deadline_stops_a_group_parse(nlp):
    import time

    from kg.nlp import parse_together

    spent = Deadline(0.001)
    time.sleep(0.01)
    with pytest.raises(OverBudget):
        parse_together(nlp, ["Chile spoke.", "Kenya spoke."], spent)
