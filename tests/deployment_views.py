"""What deployment tests read off extracted facts: each deployment as (owner's name, force,
size, location, modality), as a set (the extractors' order is not a deployment's meaning)."""


def rows(facts):
    return {
        (facts.actors[d.actor].name, d.force, d.size, d.location, d.modality)
        for d in facts.deployments
    }
