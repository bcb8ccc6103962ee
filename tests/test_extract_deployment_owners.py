"""Whose a force is: a source that reports a move (an intelligence service, a monitor, a
foreign ministry) is never its owner, a state's defence ministry speaks of the state's own
forces, and a bare force a source reports is that of the article's mover: invented
sentences, with actors and places of no annotated article."""


def _placed(facts):
    return {(facts.actors[d.actor].name, d.location) for d in facts.deployments}


def test_a_reporting_agency_or_monitor_is_not_the_owner(facts_of):
    for text in (
        "The soldiers were flown to Misrata last week, the Syrian Observatory for Human Rights"
        " said.",
        "The National Intelligence Service said troops continue to operate near Kursk.",
        "Iran's foreign ministry said troops had been sent to the border with Iraq.",
    ):
        assert _placed(facts_of(text)) == set(), text
    # a state's defence ministry and an alliance speak of their own forces
    defence = facts_of("Iran's defence ministry said troops had been sent to the border with Iraq.")
    assert _placed(defence) == {("Iran", "the border with Iraq")}
    alliance = facts_of("NATO said troops would be sent to Kosovo.")
    assert _placed(alliance) == {("NATO", "Kosovo")}


def test_a_bare_force_a_source_reports_is_the_article_s_mover(facts_of):
    moved = facts_of(
        "Pyongyang has sent 3,000 troops to Belarus. The newly arrived soldiers were moved to"
        " Grodno, the Lithuanian State Security Department said."
    )
    assert _placed(moved) == {("North Korea", "Belarus"), ("North Korea", "Grodno")}
    later = facts_of(
        "Pyongyang has sent 3,000 troops to Belarus, officials said. The agency made the"
        " assessment on Tuesday. The newly arrived soldiers were moved to Grodno, the"
        " Lithuanian State Security Department said."
    )
    assert ("North Korea", "Grodno") in _placed(later)


def test_a_defence_ministry_named_without_its_state_is_the_state_s(facts_of):
    said = facts_of(
        "Georgia accused its neighbour of shelling. A Defence Ministry official told Reuters"
        " that two reserve battalions had been sent forward to positions near Gori."
    )
    assert _placed(said) == {("Georgia", "positions near Gori")}
    assert [d.modality for d in said.deployments] == ["reported"]
