"""Facts -> triples. With the kinds' ``properties`` (kg.kinds), the only module that knows
the ontology's properties.

An article's graph holds the article (with its stored text), every fact with its mention,
and one kg:ActorReference per actor it names (type, name, aliases, titles as this article
gives them). Triples about the actors themselves live once, in the actors graph, merged
from the references: Oxigraph's union default graph is a bag, so a triple repeated in
several graphs would be counted several times by analysts' queries.
No blank nodes: every node has an IRI from kg.ids.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from kg import EXTRACTOR_VERSION
from kg.ids import Iris
from kg.kinds import registry
from kg.models import ArticleFacts, Mention
from kg.ns import ACTOR_CLASSES, KG, RDF, WD, XSD


def report_iri(fact, article_id: str, iris: Iris) -> URIRef:
    """The IRI of a fact as one article reports it: where it was read, and what its kind
    says tells it apart (who took part, spoke or deployed: one span may hold two meetings,
    the words of two joint speakers, or the forces of two states: 'France's presence rose to
    969, and Italy's to 385')."""
    kind = registry.of_fact(fact)
    m = fact.mention
    return iris.report(kind.key, article_id, m.begin, m.end, kind.identity(fact))


def article_graph(facts: ArticleFacts, iris: Iris, version: str = EXTRACTOR_VERSION) -> Graph:
    graph = Graph(bind_namespaces="none")
    graph.bind("kg", str(KG))
    article = facts.article
    a = iris.article(article.id)
    add = graph.add
    add((a, RDF.type, KG.Article))
    add((a, KG.text, Literal(article.text)))
    add((a, KG.sourceName, Literal(article.name)))
    add((a, KG.extractorVersion, Literal(version)))
    if article.date:
        add((a, KG.published, Literal(article.date, datatype=XSD.date)))
    if article.url:
        add((a, KG.url, Literal(article.url)))
    if article.title:
        add((a, KG.headline, Literal(article.title)))

    for actor in facts.actors.values():
        ref = iris.actor_reference(article.id, actor.key)
        add((ref, RDF.type, KG.ActorReference))
        add((ref, KG.article, a))
        add((ref, KG.refersTo, iris.actor(actor.key)))
        add((ref, KG.actorType, ACTOR_CLASSES[actor.type]))
        add((ref, KG.referenceName, Literal(actor.name)))
        for alias in actor.aliases:
            add((ref, KG.referenceAlias, Literal(alias)))
        for title in actor.titles:
            add((ref, KG.referenceTitle, Literal(title)))

    def fact_node(cls: URIRef, fact) -> URIRef:
        # a report: the fact as this article tells it (kg.merge makes the fact itself)
        node = report_iri(fact, article.id, iris)
        add((node, RDF.type, cls))
        add((node, KG.article, a))
        add((node, KG.evidence, _mention(graph, iris, article.id, a, fact.mention)))
        return node

    for kind in registry:
        for fact in facts.of(kind):
            node = fact_node(kind.report_class, fact)
            for prop, value in kind.properties(fact, iris):
                add((node, prop, value))
    return graph


def fact_triples(merged: list, iris: Iris, suppressed: frozenset[str] = frozenset()) -> list:
    """The facts graph: each fact merged from its reports (kg.merge.MergedFact), with every
    report, its mention and its article, and the date it was first reported (the earliest
    publication among its articles). Built as pyoxigraph triples: it is rebuilt whole
    after each build."""
    import pyoxigraph as ox

    def node(iri) -> ox.NamedNode:
        return ox.NamedNode(str(iri))

    a, report_p, evidence, article_p, first_p, date_t = (
        node(RDF.type),
        node(KG.report),
        node(KG.evidence),
        node(KG.article),
        node(KG.firstReported),
        node(XSD.date),
    )
    kinds = {kind.key: kind for kind in registry}
    triples = []
    for fact in merged:
        subject = node(iris.fact(fact.kind, fact.key))
        if subject.value in suppressed:  # by the curation table: its reports stay
            continue
        kind = kinds[fact.kind]
        triples.append(ox.Triple(subject, a, node(kind.fact_class)))
        values: dict[str, list] = {}
        for report in fact.reports:
            for prop, terms in report.values.items():
                values.setdefault(prop, []).extend(terms)
        for prop, terms in sorted(values.items()):
            # a property the kind keeps every value of, or its reports' most common value
            # (the shapes allow one)
            chosen = set(terms) if prop in kind.many_valued else [_most_common(terms)]
            triples += [ox.Triple(subject, ox.NamedNode(prop), term) for term in chosen]
        first = min((r.published for r in fact.reports if r.published), default=None)
        if first is not None:
            # undated facts are ordered and filtered by it, inside this graph: asking every
            # report's article for its date joins as many article graphs as there are reports
            day = ox.Literal(first.isoformat(), datatype=date_t)
            triples.append(ox.Triple(subject, first_p, day))
        for report in fact.reports:
            triples.append(ox.Triple(subject, report_p, node(report.iri)))
            triples.append(ox.Triple(subject, evidence, node(report.evidence)))
            triples.append(ox.Triple(subject, article_p, node(report.article)))
    return list(dict.fromkeys(triples))  # one article may report a fact twice


def _most_common(terms: list):
    counts: dict = {}
    for term in terms:
        counts[term] = counts.get(term, 0) + 1
    # ties: the longest (a reprint may cut a word), then the first in code-point order
    return min(counts, key=lambda t: (-counts[t], -len(t.value), t.value))


def actor_records(facts: ArticleFacts, iris: Iris) -> Graph:
    """The actors an article names, as the actors graph holds them. Validation sees them
    beside the article graph; the store gets them through the actors graph."""
    graph = Graph(bind_namespaces="none")
    for actor in facts.actors.values():
        node = iris.actor(actor.key)
        graph.add((node, RDF.type, ACTOR_CLASSES[actor.type]))
        graph.add((node, KG.name, Literal(actor.name)))
        for alias in actor.aliases:
            graph.add((node, KG.alias, Literal(alias)))
        for title in actor.titles:
            graph.add((node, KG.title, Literal(title)))
        if actor.wikidata:
            graph.add((node, KG.wikidata, WD[actor.wikidata]))
    return graph


def _mention(graph: Graph, iris: Iris, article_id: str, article: URIRef, m: Mention) -> URIRef:
    node = iris.mention(article_id, m.begin, m.end)
    graph.add((node, RDF.type, KG.Mention))
    graph.add((node, KG.article, article))
    graph.add((node, KG.beginIndex, Literal(m.begin, datatype=XSD.integer)))
    graph.add((node, KG.endIndex, Literal(m.end, datatype=XSD.integer)))
    graph.add((node, KG.anchorOf, Literal(m.anchor)))
    graph.add((node, KG.sentence, Literal(m.sentence)))
    graph.add((node, KG.sentenceIndex, Literal(m.sentence_index, datatype=XSD.integer)))
    graph.add((node, KG.extractor, Literal(m.extractor)))
    return node


def build_record(
    iris: Iris, stamp: str, started: str, ended: str, version: str, counts: dict
) -> Graph:
    """A PROV activity for one build, for the builds graph."""
    from kg.ns import PROV

    graph = Graph(bind_namespaces="none")
    node = iris.build(stamp)
    graph.add((node, RDF.type, KG.Build))
    graph.add((node, PROV.startedAtTime, Literal(started, datatype=XSD.dateTime)))
    graph.add((node, PROV.endedAtTime, Literal(ended, datatype=XSD.dateTime)))
    graph.add((node, KG.extractorVersion, Literal(version)))
    for prop, value in (
        (KG.articlesRead, counts["read"]),
        (KG.articlesStored, counts["stored"]),
        (KG.articlesUnchanged, counts["unchanged"]),
        (KG.articlesRejected, counts["rejected"]),
        (KG.factsStored, counts["facts"]),
    ):
        graph.add((node, prop, Literal(value, datatype=XSD.integer)))
    return graph
