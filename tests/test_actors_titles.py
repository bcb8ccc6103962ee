"""kg.extract.actors.titles: which person an unnamed office ('the President of X') stands
for, seen through the sides of meetings, on invented sentences (actors and places of no
annotated article)."""

from tests.meeting_views import parties


def test_an_office_met_is_not_held_by_the_one_who_met_it(facts_of):
    # 'A met the President of X': X's office, not A with A
    facts = facts_of("Veteran envoy Ousmane Kaba met the President of Panama in Colon on Tuesday.")
    assert parties(facts) == [("Ousmane Kaba", "Panama")]
    facts = facts_of(
        "Ousmane Kaba arrived in Colon on Monday. He met the President of Panama on Tuesday."
    )
    assert ("Ousmane Kaba", "Panama") in parties(facts)


def test_an_office_is_not_guessed_by_elimination(facts_of):
    # the one person left when the others named there serve another state is no holder
    facts = facts_of(
        "The government sent Brazilian Foreign Minister Mauro Vieira and General Tomas Paiva "
        "to the border on Monday. Brazil held talks with the President of Panama in Brasilia "
        "on Tuesday."
    )
    assert ("Brazil", "Panama") in parties(facts)
    assert not any("Tomas Paiva" in sides for sides in parties(facts))
