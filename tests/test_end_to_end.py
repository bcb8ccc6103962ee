"""The seeds through the whole pipeline and the server, over HTTP."""

import httpx

PREFIX = "PREFIX kg: <https://w3id.org/kg-news/ontology#> "


def select(server, query):
    response = httpx.post(f"{server}/sparql", data={"query": PREFIX + query})
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]


def test_every_fact_class_is_served_with_provenance(server):
    for cls in ("Statement", "MilitaryDeployment", "Meeting"):
        rows = select(
            server,
            f"""SELECT ?fact ?begin ?end ?anchor ?text ?extractor WHERE {{
                  ?fact a kg:{cls} ; kg:evidence ?m ; kg:article ?article .
                  ?m kg:beginIndex ?begin ; kg:endIndex ?end ; kg:anchorOf ?anchor ;
                     kg:extractor ?extractor ; kg:article ?article .
                  ?article kg:text ?text }}""",
        )
        assert rows, cls
        for row in rows:
            begin, end = int(row["begin"]["value"]), int(row["end"]["value"])
            assert row["text"]["value"][begin:end] == row["anchor"]["value"]
            assert row["extractor"]["value"].startswith("kg.")


def test_kuleba_and_kouleba_are_one_actor(server):
    rows = select(
        server,
        """SELECT DISTINCT ?actor WHERE {
             ?s a kg:Statement ; kg:speaker ?actor ; kg:article ?a .
             ?actor kg:name "Dmytro Kuleba" }""",
    )
    assert len(rows) == 1
    aliases = {
        r["alias"]["value"]
        for r in select(
            server, 'SELECT ?alias WHERE { ?x kg:name "Dmytro Kuleba" ; kg:alias ?alias }'
        )
    }
    assert "Dmytro Kouleba" in aliases
    articles = select(
        server,
        """SELECT DISTINCT ?article WHERE { ?s kg:speaker ?x ; kg:article ?article .
             ?x kg:name "Dmytro Kuleba" }""",
    )
    assert len(articles) == 2


def test_update_is_refused(server):
    response = httpx.post(
        f"{server}/sparql",
        content="DELETE WHERE { ?s ?p ?o }",
        headers={"content-type": "application/sparql-update"},
    )
    assert 400 <= response.status_code < 500
    assert select(server, "SELECT ?s WHERE { ?s a kg:Statement } LIMIT 1")
