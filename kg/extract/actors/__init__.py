"""Actors: one key per real-world actor, within and across articles.

Within an article, a surname goes to the full name it stands for, a pronoun to the nearest
person before it, a title ("the secretary general") to the person who bears it, a demonym,
capital or seat of government ("Russian troops", "Moscow", "the Kremlin"), an unnamed
official ("the foreign minister of Chad") or a state's generic forces ("the Malian army") to
its state. A named ministry, agency or armed service is an organisation of its own; an
organisation with a cue around it ("the militia X", "X rebels") is a Group.

One module per concept: ``names`` (the word rules that say a run of tokens is a person's
name, the model's cuts repaired: the spaCy component ``kg_person_names`` and the names of
participants and speakers the model missed; a name opened at 'bin'/'bint' given back its
given name, ``patronymics``; a region command such as 'U.S. Forces Japan' kept one
organisation, ``region_commands``; a style of address such as 'His Majesty' cut off,
``styles``), ``persons``, ``titles``, ``states``,
``organisations`` (the rules per kind of actor, mixins over ``records``), ``records`` (the
article's records and mentions; keys are made there only, in ``ActorRecords._record``),
``unnamed`` (officials named by their portfolio alone: its body named before, else the
state), ``article`` (:class:`ArticleActors`, which keys every entity and resolves phrases),
``non_actors`` (names the model tagged that are places, weapons, portfolios, common words or
outlets: their facts are dropped) and ``surface`` (the name an actor's eval row carries: a
form the article writes).

Keys come from the one entry the gazetteer gives a canonical name
(kg.gazetteer.Gazetteer.identity): its Wikidata id, else a slug of the name alone, never of
the type a mention suggests. So one name is one key in any store, decided per mention from
the text and the tables, never by a pass over the store or on build order.
"""

from __future__ import annotations

from kg.extract.actors.article import ArticleActors

__all__ = ["ArticleActors"]
