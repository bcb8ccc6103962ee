"""The ontology's terms, as closed namespaces.

``KG.Statement`` is a term of ``ontology/kg.ttl``; a misspelt term raises AttributeError
at once (at import, when used at module level), so a typo can never mint a new IRI.
``tests/test_ns.py`` keeps this list and the ontology equal.
"""

from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/kg-news/ontology"

__all__ = ["KG", "ONTOLOGY_IRI", "OWL", "PROV", "RDF", "RDFS", "SCHEMA", "SKOS", "WD", "XSD"]


class KG(DefinedNamespace):
    """kg: <https://w3id.org/kg-news/ontology#>"""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Group: URIRef
    Event: URIRef
    Statement: URIRef
    MilitaryDeployment: URIRef
    Meeting: URIRef
    Report: URIRef
    StatementReport: URIRef
    DeploymentReport: URIRef
    MeetingReport: URIRef
    Article: URIRef
    Mention: URIRef
    Build: URIRef
    # actors
    ActorReference: URIRef
    refersTo: URIRef
    actorType: URIRef
    referenceName: URIRef
    referenceAlias: URIRef
    referenceTitle: URIRef
    name: URIRef
    alias: URIRef
    title: URIRef
    wikidata: URIRef
    # facts
    report: URIRef
    date: URIRef
    firstReported: URIRef
    speaker: URIRef
    addressee: URIRef
    content: URIRef
    quoteType: URIRef
    medium: URIRef
    deployingActor: URIRef
    force: URIRef
    size: URIRef
    sizeText: URIRef
    location: URIRef
    modality: URIRef
    participant: URIRef
    mode: URIRef
    status: URIRef
    # provenance
    text: URIRef
    sourceName: URIRef
    url: URIRef
    headline: URIRef
    published: URIRef
    article: URIRef
    evidence: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    sentence: URIRef
    sentenceIndex: URIRef
    extractor: URIRef
    extractorVersion: URIRef
    articlesRead: URIRef
    articlesStored: URIRef
    articlesUnchanged: URIRef
    articlesRejected: URIRef
    factsStored: URIRef
    # controlled vocabularies (SKOS)
    QuoteTypes: URIRef
    DirectQuote: URIRef
    ReportedSpeech: URIRef
    MeetingModes: URIRef
    Phone: URIRef
    Video: URIRef
    InPerson: URIRef
    UnknownMode: URIRef
    MeetingStatuses: URIRef
    Held: URIRef
    Scheduled: URIRef
    Proposed: URIRef
    Cancelled: URIRef
    Modalities: URIRef
    Reported: URIRef
    Claimed: URIRef
    Denied: URIRef
    Planned: URIRef
    Possible: URIRef


SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")

# The eval schema's words for each controlled-vocabulary concept (also skos:notation).
QUOTE_TYPES = {True: KG.DirectQuote, False: KG.ReportedSpeech}
MEETING_MODES = {
    "phone": KG.Phone,
    "video": KG.Video,
    "in_person": KG.InPerson,
    "unknown": KG.UnknownMode,
}
MEETING_STATUSES = {
    "held": KG.Held,
    "scheduled": KG.Scheduled,
    "proposed": KG.Proposed,
    "cancelled": KG.Cancelled,
}
MODALITIES = {
    "reported": KG.Reported,
    "claimed": KG.Claimed,
    "denied": KG.Denied,
    "planned": KG.Planned,
    "possible": KG.Possible,
}
ACTOR_CLASSES = {
    "Person": KG.Person,
    "Organization": KG.Organization,
    "Country": KG.Country,
    "Group": KG.Group,
}
