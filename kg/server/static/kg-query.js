// The query page: YASGUI on our /sparql, example questions, result IRIs opening our pages.
(function () {
  var config = JSON.parse(document.getElementById("kg-config").textContent);
  var base = config.base;
  // Only local autocompletion: the class and property completers ask a remote service.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  // Whole cells: YASR's ellipsis cut dates to "2022-0…".
  var table = Yasgui.Yasr.defaults.plugins.table;
  if (table) table.dynamicConfig = Object.assign({}, table.dynamicConfig, { isEllipsed: false });
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: window.location.origin + "/sparql", method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: window.location.origin + "/sparql" }]; } },
    persistenceId: null,
    // results show our IRIs as id:actor/…, id:statement/… (display only: not a SPARQL prefix)
    yasr: { prefixes: Object.assign({ id: base + "id/" }, config.prefixes) },
  });
  window.kgYasgui = yasgui;
  var tab = yasgui.getTab();
  tab.setEndpoint(window.location.origin + "/sparql");
  tab.setQuery(config.examples[0].query);

  function localHref(iri) {
    if (iri.indexOf(base + "id/") === 0) return "/id/" + iri.slice(base.length + 3);
    if (iri.indexOf(config.ontology) === 0) return "/ontology#" + iri.slice(config.ontology.length);
    return null;
  }
  // YASR draws IRIs as <a class="iri" href="IRI">: point ours at their pages on this server.
  function rewrite(root) {
    root.querySelectorAll("a.iri").forEach(function (a) {
      var local = localHref(a.getAttribute("href") || "");
      if (local) {
        a.setAttribute("href", local);
        a.setAttribute("target", "_self");
        a.removeAttribute("rel");
        a.removeAttribute("ref");
      }
    });
  }
  var root = document.getElementById("yasgui");
  new MutationObserver(function () { rewrite(root); }).observe(root, { childList: true, subtree: true });
  // A click on one of our links opens its page at once (YASR would first unfold the cell).
  root.addEventListener("click", function (event) {
    var a = event.target.closest && event.target.closest("a.iri");
    if (a && (a.getAttribute("href") || "").charAt(0) === "/") event.stopPropagation();
  }, true);

  var select = document.getElementById("examples");
  function choose() {
    var example = config.examples[select.value];
    if (example) yasgui.getTab().setQuery(example.query);
    return example;
  }
  select.addEventListener("change", choose);
  document.getElementById("run-example").addEventListener("click", function () {
    choose();
    yasgui.getTab().query();
  });
})();
