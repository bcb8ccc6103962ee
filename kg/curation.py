"""The curation table: corrections that every build applies, so they survive rebuilds.

A tab-separated file (``--curation PATH`` or ``KG_CURATION``); a ``#`` at the start of a line
or after a space starts a comment.
Actors are named by their key, the end of their IRI after ``id/actor/`` (``Q7747``,
``dmytro-kuleba``), or by the whole IRI::

    alias     Q7747                  Poutine                 # another name of an actor
    merge     kouleba                dmytro-kuleba           Dmytro Kuleba
    split     john-smith             John Smith (MP)         article-17
    suppress  <fact or report IRI>   why it is wrong

- ``alias ACTOR NAME``: NAME is one more alias of the actor, and any actor an article names
  exactly so (by name or alias) is that actor.
- ``merge ACTOR INTO [NAME]``: every reference to ACTOR is to INTO (ACTOR's name is kept as an
  alias). INTO's name comes from NAME, else the gazetteer, else the article.
- ``split ACTOR NAME ARTICLE``: in that article (its name or id), ACTOR is another actor,
  called NAME, of the same type.
- ``suppress IRI [REASON]``: a report (``id/article/…#statement=…``) is left out of its article
  graph and listed in the build report; a fact (``id/statement/…``) is left out of the facts
  graph while its reports stay as provenance.

The table's digest goes into each article's stored extractor version, so editing the table
makes the next build apply it to every article again.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import UsageError
from kg.gazetteer import fold, gazetteer
from kg.ids import Iris, actor_key
from kg.kinds import registry
from kg.models import Actor, ArticleFacts

ACTIONS = {"alias": (2, 2), "merge": (2, 3), "split": (3, 3), "suppress": (1, 2)}
# the type of an actor from a typed key (person/…), as kg wrote them before keys were
# made of the name alone (kg.ids.actor_key); other keys keep the type the article gives
ACTOR_TYPES = {
    "person": "Person",
    "organization": "Organization",
    "country": "Country",
    "group": "Group",
}


@dataclass(frozen=True)
class Curation:
    source: str = ""
    digest: str = ""
    aliases: tuple[tuple[str, str], ...] = ()  # (actor key, alias)
    merges: tuple[tuple[str, str, str], ...] = ()  # (actor key, into key, into name or "")
    splits: tuple[tuple[str, str, str], ...] = ()  # (actor key, new name, article)
    suppressed: dict[str, str] = field(default_factory=dict)  # IRI -> reason

    def __bool__(self) -> bool:
        return bool(self.digest)

    def version(self, extractor_version: str) -> str:
        """The version an article built under this table is stored with."""
        return f"{extractor_version}+curation.{self.digest}" if self else extractor_version


NO_CURATION = Curation()


def load_curation(path: str | Path | None, base_iri: str) -> Curation:
    """The table at ``path`` (empty or None: no curation); a bad row is a UsageError naming
    the file and the line."""
    if not path:
        return NO_CURATION
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise UsageError(f"{path}: the curation table cannot be read ({error.strerror}).") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: the curation table is not UTF-8 text.") from None
    aliases, merges, splits, suppressed = [], [], [], {}
    actor_prefix = f"{base_iri}id/actor/"
    for number, line in enumerate(text.splitlines(), 1):
        # a comment starts at a '#' that begins the line or follows a space (IRIs hold '#')
        content = re.split(r"(?:^|\s)#", line, maxsplit=1)[0]
        cells = [c.strip() for c in content.split("\t") if c.strip()]
        if not cells:
            continue
        action, args = cells[0].lower(), cells[1:]
        if action not in ACTIONS:
            raise UsageError(
                f"{path}:{number}: unknown curation action {cells[0]!r} "
                f"(use {', '.join(ACTIONS)}; columns are separated by tabs)."
            )
        least, most = ACTIONS[action]
        if not least <= len(args) <= most:
            raise UsageError(
                f"{path}:{number}: {action} takes {least}"
                f"{'' if least == most else f' or {most}'} tab-separated values, not {len(args)}."
            )
        if action == "suppress":
            suppressed[args[0].strip("<>")] = args[1] if len(args) > 1 else "suppressed"
            continue
        args[0] = args[0].strip("<>").removeprefix(actor_prefix)
        if action == "alias":
            aliases.append((args[0], args[1]))
        elif action == "merge":
            into = args[1].strip("<>").removeprefix(actor_prefix)
            merges.append((args[0], into, args[2] if len(args) > 2 else ""))
        else:
            splits.append((args[0], args[1], args[2]))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Curation(str(path), digest, tuple(aliases), tuple(merges), tuple(splits), suppressed)


def curate(facts: ArticleFacts, curation: Curation) -> ArticleFacts:
    """The article's facts with the table's aliases, merges and splits applied (suppressions
    are applied by the caller, which knows the reports' IRIs)."""
    if not curation:
        return facts
    actors = dict(facts.actors)
    renames: dict[str, Actor] = {}
    article = facts.article
    for key, name, where in curation.splits:
        if key in actors and where in (article.name, article.id):
            old = actors[key]
            renames[key] = Actor(actor_key(name), name, old.type, (), old.titles)
    for key, into, name in curation.merges:
        if key in actors and key not in renames:
            renames[key] = _actor_for(into, name, actors, fallback=actors[key])
    for key, alias in curation.aliases:
        for other in list(actors.values()):
            names = {fold(other.name), *(fold(a) for a in other.aliases)}
            if other.key != key and other.key not in renames and fold(alias) in names:
                renames[other.key] = _actor_for(key, "", actors, fallback=other)
    merged: dict[str, Actor] = {}
    for key, actor in actors.items():
        target = renames.get(key, actor)
        if target.key != key:  # the old name stays findable
            target = _with_aliases(target, (actor.name, *actor.aliases))
        merged[target.key] = _join(merged.get(target.key), target)
    for key, alias in curation.aliases:
        if key in merged:
            merged[key] = _with_aliases(merged[key], (alias,))

    def new(key: str) -> str:
        return renames[key].key if key in renames else key

    found = {}
    for kind in registry:
        renamed = (kind.with_actors(fact, new) for fact in facts.of(kind))
        found[kind.field] = [fact for fact in renamed if fact is not None]
    return facts.replaced(merged, **found)


def _actor_for(key: str, name: str, actors: dict[str, Actor], fallback: Actor) -> Actor:
    """The actor a merge or alias row points to, as fully as it can be known."""
    if key in actors and not name:
        return actors[key]
    entry = next((e for e in gazetteer().entries.values() if e.wikidata == key), None)
    if entry is not None:
        return Actor(key, name or entry.name, entry.type, entry.aliases, entry.titles, key)
    prefix, _, rest = key.rpartition("/")  # (earlier keys had a type: person/…)
    kind = ACTOR_TYPES.get(prefix, fallback.type)
    if not name:
        name = actors[key].name if key in actors else rest.replace("-", " ").title() or key
    return Actor(key, name, kind)


def _with_aliases(actor: Actor, names: tuple[str, ...]) -> Actor:
    extra = [n for n in names if n and fold(n) != fold(actor.name)]
    return replace(actor, aliases=tuple(sorted(set(actor.aliases) | set(extra))))


def _join(a: Actor | None, b: Actor) -> Actor:
    if a is None:
        return b
    return replace(
        a,
        aliases=tuple(sorted(set(a.aliases) | set(b.aliases))),
        titles=tuple(sorted(set(a.titles) | set(b.titles))),
    )


def without_suppressed(
    facts: ArticleFacts, curation: Curation, iris: Iris
) -> tuple[ArticleFacts, list[str]]:
    """The article's facts less the reports the table suppresses, and a line for each one
    left out (for the build report)."""
    from kg.rdf import report_iri

    if not curation.suppressed:
        return facts, []
    notes = []

    def kept(fact) -> bool:
        iri = str(report_iri(fact, facts.article.id, iris))
        if iri in curation.suppressed:
            notes.append(f"suppressed by curation: {iri} ({curation.suppressed[iri]})")
            return False
        return True

    found = {kind.field: [f for f in facts.of(kind) if kept(f)] for kind in registry}
    return facts.replaced(**found), notes
