"""Counter-denials (kg.extract.statements.denials) and a sentence's closing 'it said', on
invented sentences (actors and places of no annotated article)."""

import pytest


def _pairs(facts):
    return sorted((facts.actors[s.speaker].name, s.content) for s in facts.statements)


@pytest.mark.parametrize(
    ("text", "claimant", "denier", "claim"),
    [
        (
            "The M23, in a statement on X, said it was defending civilians and accused the "
            "Congolese army of shelling the market in Bunia – an accusation the army denies.",
            "M23",
            "Democratic Republic of the Congo",
            "shelling the market in Bunia",
        ),
        (
            "At the time, Chile said Bolivia had moved tanks to the border, something Bolivia "
            "denied.",
            "Chile",
            "Bolivia",
            "Bolivia had moved tanks to the border",
        ),
        (
            "Speaker Tomas Ruiz went further, accusing the Bolivian ambassador Luis Prado of "
            "funding the protests, a charge Bolivia has repeatedly rejected.",
            "Tomas Ruiz",
            "Bolivia",
            "funding the protests",
        ),
    ],
)
def test_a_claim_denied_in_a_trailing_phrase_is_the_deniers_too(
    facts_of, text, claimant, denier, claim
):
    pairs = _pairs(facts_of(text))
    assert (claimant, claim) in pairs
    assert (denier, claim) in pairs


@pytest.mark.parametrize(
    ("text", "claimant", "denier", "claim"),
    [
        # the parser reads 'a charge Peru' as an apposition of the last name
        (
            "Luis Arce on Monday accused Peru of arming smugglers near Desaguadero, a charge "
            "Peru has repeatedly rejected.",
            "Luis Arce",
            "Peru",
            "arming smugglers near Desaguadero",
        ),
        # ... or the trailing verb as the sentence's root, the accusation its clause
        (
            "Gabriel Boric on Tuesday accused Bolivia of sheltering gunmen who raided Colchane, "
            "a charge Bolivia has repeatedly rejected.",
            "Gabriel Boric",
            "Bolivia",
            "sheltering gunmen who raided Colchane",
        ),
    ],
)
def test_a_trailing_denial_the_parser_did_not_see_as_a_relative_still_denies(
    facts_of, text, claimant, denier, claim
):
    pairs = _pairs(facts_of(text))
    assert (claimant, claim) in pairs
    assert (denier, claim) in pairs


def test_a_trailing_phrase_that_does_not_reject_gives_no_denier(facts_of):
    pairs = _pairs(
        facts_of(
            "Luis Arce on Monday accused Peru of arming smugglers near Desaguadero, a charge "
            "Peru has not rejected."
        )
    )
    assert [name for name, _ in pairs] == ["Luis Arce"]


def test_a_past_participle_after_the_accused_act_is_part_of_it(facts_of):
    pairs = _pairs(
        facts_of("Luis Arce accused Peru of breaking the accord signed in Lima last year.")
    )
    assert pairs == [("Luis Arce", "breaking the accord signed in Lima last year")]


@pytest.mark.parametrize(
    "text",
    [
        # not denied: the claim stands alone, its clause as printed
        "Chile said Bolivia had moved tanks to the border, which Bolivia does not deny.",
        # the relative clause denies something of its own
        "Chile said Bolivia had moved tanks to the village of Charana, which Bolivia denies "
        "shelling.",
    ],
)
def test_a_trailing_phrase_that_denies_nothing_said_gives_no_denier(facts_of, text):
    assert [name for name, _ in _pairs(facts_of(text))] == ["Chile"]


def test_it_closing_a_sentence_is_the_body_that_spoke_before(facts_of):
    facts = facts_of(
        "The Peruvian navy's Maritime Operations Center said the ship had reported a fire. "
        "Ten sailors were taken off by a passing tanker, it said."
    )
    assert ("Maritime Operations Center", "Ten sailors were taken off by a passing tanker") in (
        _pairs(facts)
    )


def test_a_proposal_turned_down_is_no_claim_denied(facts_of):
    facts = facts_of(
        "Luis Arce called for a ceasefire in the Chaco and talks in Asuncion, which both "
        "Paraguay and Argentina quickly rejected."
    )
    assert {name for name, _ in _pairs(facts)} == {"Luis Arce"}


def test_an_accusing_participle_ends_the_clause_it_follows(facts_of):
    facts = facts_of(
        "Bolivia said it was quitting the Andean Community, accusing Chile of meddling in its "
        "affairs."
    )
    assert _pairs(facts) == [
        ("Bolivia", "it was quitting the Andean Community"),
        ("Bolivia", "meddling in its affairs"),
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile has denied any involvement.", ("Chile", "any involvement")),
        ("The Chilean government has denied massing troops.", ("Chile", "massing troops")),
        ("Peru accused Ecuador of massing troops.", ("Peru", "massing troops")),
        # a perfect gerund: 'having' and the participle
        (
            "Chile denied having agreed to such a truce, forcing Peru to recall its envoy.",
            ("Chile", "having agreed to such a truce"),
        ),
    ],
)
def test_a_short_act_denied_or_accused_is_the_statement(facts_of, text, pair):
    """GUIDELINES: an accusation's or a denial's content is the proposition, however short."""
    assert _pairs(facts_of(text)) == [pair]


@pytest.mark.parametrize(
    "text",
    ["Chile denied it.", "Peru accused Ecuador of lying.", "Chile swiftly denied the claim."],
)
def test_a_single_word_denied_or_accused_says_too_little(facts_of, text):
    assert _pairs(facts_of(text)) == []


def test_a_short_denial_told_as_an_aside_on_its_speaker_is_no_statement(facts_of):
    # "X, which denies any offensive, ...": the writer's note on X's standing position
    facts = facts_of(
        "To ease the standoff, Caracas, which denies any incursion, wants talks with Georgetown."
    )
    assert all(quote != "any incursion" for _, quote in _pairs(facts))


@pytest.mark.parametrize(
    ("text", "claimant", "deniers", "claim"),
    [
        # a denier that only points back is the one accused of the claim
        (
            "The Kenyan government has accused the Orange Democratic Movement of funding the "
            "protesters, an allegation the party denies.",
            "Kenya",
            ["Orange Democratic Movement"],
            "funding the protesters",
        ),
        # a bare plural claim noun (tagged as a verb), a denier with a place in it
        (
            "Somali officials accused Nairobi of training militias in Gedo, allegations the "
            "government in Nairobi has denied.",
            "Somalia",
            ["Kenya"],
            "training militias in Gedo",
        ),
        (
            "Armenia has said for months that Azerbaijani troops hold positions inside the "
            "village, accusations the Azerbaijani side denies.",
            "Armenia",
            ["Azerbaijan"],
            "Azerbaijani troops hold positions inside the village",
        ),
        # several deniers coordinated: each denies
        (
            "Serbia has long accused Kosovo and its ally Albania of arming the police in the "
            "north, a charge both Pristina and Tirana deny.",
            "Serbia",
            ["Kosovo", "Albania"],
            "arming the police in the north",
        ),
    ],
)
def test_a_denier_pointing_back_or_coordinated_denies_the_claim(
    facts_of, text, claimant, deniers, claim
):
    pairs = _pairs(facts_of(text))
    assert (claimant, claim) in pairs
    for denier in deniers:
        assert (denier, claim) in pairs


def test_a_body_pointing_back_is_not_a_person_accused(facts_of):
    # 'the government' cannot be the ambassador accused: no denier is taken from him
    pairs = _pairs(
        facts_of(
            "Peru accused the Bolivian ambassador Luis Prado of funding the protests, an "
            "allegation the government denies."
        )
    )
    assert ("Peru", "funding the protests") in pairs
    assert not any(name == "Luis Prado" for name, _ in pairs)


@pytest.mark.parametrize(
    ("text", "denier", "claim"),
    [
        # the parser hangs the sentence on the trailing verb: the denier denies what it is
        # accused of, not the whole accusation
        (
            "Tanzania's army has accused Rwanda of shelling the town of Ngara, a charge Rwanda "
            "denies.",
            "Rwanda",
            "shelling the town of Ngara",
        ),
        (
            "Indian defence officials have long suspected such ships of mapping seabed "
            "conditions near the islands, a charge Beijing has consistently denied.",
            "China",
            "mapping seabed conditions near the islands",
        ),
    ],
)
def test_a_denier_the_parser_made_the_root_denies_only_the_claim(facts_of, text, denier, claim):
    pairs = _pairs(facts_of(text))
    assert (denier, claim) in pairs
    assert not any(name == denier and content != claim for name, content in pairs)


@pytest.mark.parametrize(
    ("text", "claimant", "denier", "claim"),
    [
        # a relative 'that' after the claim's noun, an adjunct after the verb
        (
            "Rebel leader Joseph Kony accused Uganda of arming the militias in the north, a "
            "claim that the Ugandan foreign ministry denied at the time.",
            "Joseph Kony",
            "Ugandan foreign ministry",
            "arming the militias in the north",
        ),
        (
            "The Georgian security service claimed that Moscow had sent agents into Abkhazia, "
            'an allegation that Moscow dismissed as "fabrications."',
            "Georgian security service",
            "Russia",
            "Moscow had sent agents into Abkhazia",
        ),
    ],
)
def test_a_claim_that_a_party_denied_is_a_relative_not_the_claims_clause(
    facts_of, text, claimant, denier, claim
):
    pairs = _pairs(facts_of(text))
    assert (claimant, claim) in pairs
    assert (denier, claim) in pairs
    assert not any("denied at the time" in content for _, content in pairs)


def test_a_quotation_closing_the_claim_before_the_denial(facts_of):
    pairs = _pairs(
        facts_of(
            "Puntland officials have accused the federal government of planning to use the "
            'new troops "for political purposes", a charge Mogadishu denies.'
        )
    )
    assert ("Somalia", 'planning to use the new troops "for political purposes') in pairs
