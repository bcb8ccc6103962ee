"""Presence at talks held in person (issue #15): one who attended the talks joins the
talks told, not a call mentioned just before; invented sentences, actors and places of no
annotated article."""

from tests.meeting_views import parties


def test_one_who_attended_the_talks_is_not_added_to_a_call_told_just_before(facts_of):
    facts = facts_of(
        "Representatives of some 30 countries met in Doha on Saturday for talks on the war. "
        "Felix Tshisekedi, who held a phone call with Emir Tamim bin Hamad Al Thani last week, "
        "said in his address that the Doha meeting showed the world backed his plan. "
        "Japan's special envoy for Africa, Kenji Tanaka, attended the talks."
    )
    assert ("Felix Tshisekedi", "Tamim bin Hamad Al Thani") in parties(facts)
    assert not any("Kenji Tanaka" in p and "Felix Tshisekedi" in p for p in parties(facts))
