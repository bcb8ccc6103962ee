from kg.ids import Iris, actor_key, article_hash, normalise_text, slug


def test_article_hash_ignores_wrapping_and_is_stable():
    a = normalise_text("Putin met  Erdogan.\r\nThen he left.")
    b = normalise_text("Putin met Erdogan.\nThen he left.  ")
    assert article_hash(a) == article_hash(b)
    assert len(article_hash(a)) == 20
    assert article_hash(a) != article_hash("Putin met Macron.")


def test_actor_keys_prefer_wikidata():
    assert actor_key("Vladimir Putin", "Q7747") == "Q7747"
    assert actor_key("Dmytro Kuleba") == "dmytro-kuleba"
    assert slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"


def test_iris_share_one_base_and_graph_names():
    iris = Iris("http://example.org/kg/")
    assert iris.article("x").startswith("http://example.org/kg/id/")
    assert "build" in iris.builds_graph
    assert "build" not in iris.actors_graph and "build" not in iris.article_graph("0af")
    assert iris.article_id_of_graph(str(iris.article_graph("0af"))) == "0af"
