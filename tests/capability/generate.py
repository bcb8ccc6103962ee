"""Capability items for kg's extractors (the CheckList method, Ribeiro et al. 2020).

Templates (statements.json, deployments.json, meetings.json) x fillers (fillers.json) give tiny
invented articles, each with the facts of one kind that ../shared/eval/GUIDELINES.md says it
holds, in the eval schema. Invariants:

- deterministic: a capability's random stream is seeded by its kind and name only, so adding a
  template or a capability elsewhere leaves the other capabilities' items as they were;
- every expected quote and location is a substring of its article;
- a slot's value is drawn from the item's region (people, states, groups, places), so an
  article about Kidal names Malian and Nigerien people, never Korean ones.

Slots: P (a person of state S), Q (a person of T, another state of the region), R (a person of
M, a mediating state outside the region), G (an armed group), L (a place), W (waters), N (a
troop count), K (a small count), FT/FN/FA/FD/FX (troops, naval, air, air-defence forces, arms),
U (a numbered unit), WD (a weekday), DAY (a day of the article's month), QUOTE, QUOTE2, CLAUSE,
ACCUSATION, DENIAL, SCARE, TOPIC, OUTLET. Attributes: P.pron/.Pron/.poss/.role/.last (the
surname)/.given/.family (the name before its last word, and that word)/.surname (the family
name, of a person who has one: a template using it draws only such people)/.surnames (that
name in the plural), S.adj/.capital/.service (a named armed service: a template using it
draws only states that have one),
N.value/.cap, WD.past/.future (the date of the last or next such weekday), DAY.date, and for
text .cap/.low (first letter upper or lower case).
"""

from __future__ import annotations

import datetime
import json
import random
import zlib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
KINDS = ("statements", "deployments", "meetings")


class Slot:
    """A filler: formats as its text; other attributes are read as {SLOT.attr}."""

    def __init__(self, text: str, **attrs):
        self.text = text
        self.cap = text[:1].upper() + text[1:]
        self.low = text[:1].lower() + text[1:]
        self.__dict__.update(attrs)

    def __format__(self, spec: str) -> str:
        return format(self.text, spec)

    def __str__(self) -> str:
        return self.text


@dataclass
class Item:
    id: str
    kind: str
    capability: str
    region: str
    text: str
    date: str
    gold: dict  # the eval schema: {"actors": [...], kind: [...]}


def load(name: str) -> dict:
    return json.loads((HERE / name).read_text(encoding="utf-8"))


def person_slot(person: dict, state: dict) -> Slot:
    pron = person["pron"]
    poss = {"he": "his", "she": "her"}[pron]
    return Slot(
        person["name"],
        pron=pron,
        Pron=pron.capitalize(),
        poss=poss,
        role=person["role"],
        state=state["name"],
        # the surname as a later mention writes it ("the Ruto-Museveni call")
        last=person.get("last") or person["name"].removesuffix(" Jr.").split()[-1],
        # the name cut before its last word, for a nickname written inside it
        given=" ".join(person["name"].removesuffix(" Jr.").split()[:-1]),
        family=person["name"].removesuffix(" Jr.").split()[-1],
        # ('Than Swe', 'Abiy Ahmed' have no family name: "the Abiys" names no family)
        surname=_surname(person),
        surnames=_plural(_surname(person)),
    )


def _surname(person: dict) -> str | None:
    return person["name"].removesuffix(" Jr.").split()[-1] if has_family_name(person) else None


def _plural(surname: str | None) -> str | None:
    """A family in the plural ("the Gallants", "the Velasquezes")."""
    if surname is None:
        return None
    return surname + ("es" if surname.endswith(("s", "x", "z", "ch", "sh")) else "s")


def has_family_name(person: dict) -> bool:
    """Whether a person is called by the last word of their name, a family name (a person
    called otherwise has a given name or a patronymic there, as in Myanmar or Ethiopia)."""
    words = person["name"].removesuffix(" Jr.").split()
    if len(words) < 2 or any(w.lower() in PATRONYMIC_PARTICLES for w in words):
        return False  # 'Faisal bin Farhan': a father's name, no family's
    return person.get("last", words[-1]) == words[-1]


PATRONYMIC_PARTICLES = frozenset(["bin", "bint", "ibn", "ben"])


def state_slot(state: dict) -> Slot:
    """A state as written in running text ("the Philippines"), with its canonical name."""
    surface = state.get("surface", state["name"])
    poss = surface + ("'" if surface.endswith("s") else "'s")
    return Slot(
        surface,
        canonical=state["name"],
        adj=state["adj"],
        capital=state["capital"],
        # a named armed service of the state ("the IDF"), for the templates that need one
        service=state.get("service"),
        poss=poss,
        # the capital as a wire dateline prints it ("ADDIS ABABA, March 3 —")
        dateline=state["capital"].upper(),
    )


def weekday_slot(day: str, article_date: datetime.date) -> Slot:
    number = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday").index(
        day.lower()
    )
    back = (article_date.weekday() - number) % 7 or 7
    ahead = (number - article_date.weekday()) % 7 or 7
    past = article_date - datetime.timedelta(days=back)
    future = article_date + datetime.timedelta(days=ahead)
    return Slot(day, past=past.isoformat(), future=future.isoformat())


def needs(template: dict) -> set[str]:
    """The region-dependent slots a template uses (a region without waters or groups cannot
    fill W or G)."""
    blob = json.dumps(template)
    wanted = {name for name in ("W", "G") if "{" + name + "}" in blob or "{" + name + "." in blob}
    wanted |= {"service"} if "{S.service" in blob else set()
    return wanted | ({"surname"} if "{P.surname" in blob else set())


def fits(region: dict, wanted: set[str]) -> bool:
    return (
        ("W" not in wanted or region["waters"])
        and ("G" not in wanted or region["groups"])
        and ("surname" not in wanted or any(_family_people(s) for s in region["states"]))
        and ("service" not in wanted or any(s.get("service") for s in region["states"]))
    )


def _family_people(state: dict) -> list[dict]:
    return [p for p in state["persons"] if has_family_name(p)]


def bind(
    rng: random.Random,
    region: dict,
    fillers: dict,
    article_date: datetime.date,
    wanted: frozenset = frozenset(),
) -> dict:
    """Every slot's value for one item, drawn from its region (and the shared word lists);
    a template that writes P's family name draws P from those who have one."""
    s_state, t_state = rng.sample(region["states"], 2)
    if "surname" in wanted and not _family_people(s_state):
        s_state = rng.choice([s for s in region["states"] if _family_people(s)])
        t_state = rng.choice([s for s in region["states"] if s is not s_state])
    if "service" in wanted and not s_state.get("service"):
        s_state = rng.choice([s for s in region["states"] if s.get("service")])
        t_state = rng.choice([s for s in region["states"] if s is not s_state])
    persons = _family_people(s_state) if "surname" in wanted else s_state["persons"]
    own = {s["name"] for s in region["states"]}
    mediator = rng.choice([m for m in fillers["mediators"] if m["name"] not in own])
    slots = {
        "P": person_slot(rng.choice(persons), s_state),
        "Q": person_slot(rng.choice(t_state["persons"]), t_state),
        "R": person_slot(mediator["person"], mediator),
        "S": state_slot(s_state),
        "T": state_slot(t_state),
        "M": state_slot(mediator),
        "L": Slot(rng.choice(region["places"])),
        "N": Slot(**_number(rng.choice(fillers["numbers"]))),
        "K": Slot(**_number(rng.choice(fillers["counts"]))),
        "WD": weekday_slot(rng.choice(fillers["weekdays"]), article_date),
        "OUTLET": Slot(rng.choice(fillers["outlets"])),
        "SCARE": Slot(rng.choice(fillers["scare"])),
    }
    day = rng.choice(fillers["march_days"])
    slots["DAY"] = Slot(str(day), date=article_date.replace(day=day).isoformat())
    for name, key in (("FT", "troops"), ("FN", "naval"), ("FA", "air"), ("FD", "airdefence")):
        slots[name] = Slot(rng.choice(fillers["forces"][key]))
    slots["FX"] = Slot(rng.choice(fillers["forces"]["arms"]))
    unit = rng.choice(fillers["units"])
    slots["U"] = Slot(f"{unit['ordinal']} {unit['unit']}", **unit)
    if region["waters"]:
        slots["W"] = Slot(rng.choice(region["waters"]))
    if region["groups"]:
        group = rng.choice(region["groups"])
        slots["G"] = Slot(group["surface"], attr=group["attr"], canonical=group["name"])
    # text fillers may use the slots above ({L} in a quote)
    quote, quote2 = rng.choice(fillers["quotes"]), rng.choice(fillers["second_quotes"])
    for name, text in (
        ("QUOTE", quote),
        ("QUOTE2", quote2),
        ("CLAUSE", rng.choice(fillers["clauses"])),
        ("ACCUSATION", rng.choice(fillers["accusations"])),
        ("DENIAL", rng.choice(fillers["denial_clauses"])),
        ("TOPIC", rng.choice(fillers["topics"])),
    ):
        slots[name] = Slot(text.format(**slots))
    return slots


def _number(entry: dict) -> dict:
    return {"text": entry["text"], "value": entry["value"]}


def sentence_case(text: str) -> str:
    """The text with its first letter upper case ("the Philippines has ..."); templates open
    any later sentence with a name, a capitalised pronoun or a quotation."""
    return text[:1].upper() + text[1:]


def expected(spec: dict, slots: dict) -> dict:
    """One expected fact: the template's spec with its slots filled ({G} gives the group's
    canonical name; sizes become integers)."""
    names = dict(slots)
    for name in ("S", "T", "M", "G"):
        if name in slots:
            # the canonical name, keeping the surface attributes (an alias is a surface form)
            attrs = {k: v for k, v in vars(slots[name]).items() if k not in ("text", "cap", "low")}
            names[name] = Slot(slots[name].canonical, **attrs)
    fact = {}
    for key, value in spec.items():
        if isinstance(value, str):
            value = value.format(**names)
        elif isinstance(value, list):
            value = [v.format(**names) for v in value]
        fact[key] = int(value) if key == "size" and value is not None else value
    return fact


def gold_actors(slots: dict, facts: list[dict]) -> list[dict]:
    """The item's actors, for the scorer's name matching: its people, states and group under
    their canonical names, and any named body that speaks or deploys (with its surface form as
    alias)."""
    actors = [{"name": slots[k].text, "type": "Person", "aliases": []} for k in ("P", "Q", "R")]
    actors += [
        {"name": slots[k].canonical, "type": "Country", "aliases": []} for k in ("S", "T", "M")
    ]
    if "G" in slots:
        group = slots["G"]
        actors.append(
            {"name": group.canonical, "type": "Group", "aliases": [group.text, group.attr]}
        )
    for fact in facts:
        alias = fact.pop("speaker_alias", None)
        if alias:
            actors.append({"name": fact["speaker"], "type": "Organization", "aliases": [alias]})
        # a person the template names besides its slots ("P and Maria {P.last}")
        if fact.pop("speaker_person", False):
            actors.append({"name": fact["speaker"], "type": "Person", "aliases": []})
        # a named body whose forces deploy ("UN observers")
        alias = fact.pop("actor_alias", None)
        if alias:
            actors.append({"name": fact["actor"], "type": "Organization", "aliases": [alias]})
        # named bodies that take part in a meeting ("will join the G7 summit")
        for body in fact.pop("bodies", []):
            actors.append({"name": body, "type": "Organization", "aliases": []})
        # states a template names besides its slots ("his Baltic counterparts")
        for state in fact.pop("states", []):
            actors.append({"name": state, "type": "Country", "aliases": []})
    return actors


def capability_items(kind: str, name: str, spec: dict, per_capability: int) -> list[Item]:
    fillers = load("fillers.json")
    article_date = datetime.date.fromisoformat(fillers["article_date"])
    rng = random.Random(zlib.crc32(f"{kind}/{name}".encode()))
    templates = spec["templates"]
    regions = fillers["regions"]
    start = rng.randrange(len(regions))
    items = []
    for number in range(per_capability):
        template = templates[number % len(templates)]
        eligible = [r for r in regions if fits(r, needs(template))]
        region = eligible[(start + number) % len(eligible)]
        slots = bind(rng, region, fillers, article_date, frozenset(needs(template)))
        facts = [expected(fact, slots) for fact in template["expect"]]
        items.append(
            Item(
                id=f"{kind}/{name}/{number:03d}",
                kind=kind,
                capability=name,
                region=region["name"],
                text=sentence_case(template["text"].format(**slots)),
                date=fillers["article_date"],
                gold={"actors": gold_actors(slots, facts), kind: facts},
            )
        )
    return items


def items(kinds: tuple[str, ...] = KINDS) -> list[Item]:
    """All capability items of the given fact kinds, in a fixed order."""
    out = []
    for kind in kinds:
        table = load(f"{kind}.json")
        for name, spec in table["capabilities"].items():
            out += capability_items(kind, name, spec, table["per_capability"])
    return out
