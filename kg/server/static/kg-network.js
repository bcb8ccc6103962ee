// The network of meetings and calls (vis-network) and the timeline, for a date range.
(function () {
  var form = document.getElementById("range");
  var container = document.getElementById("network");
  var network = null;
  var FONT = 16, READABLE_PX = 12;
  container.dataset.font = String(FONT);
  var colours = { Person: "#8ecae6", Organization: "#ffb703", Country: "#90be6d", Group: "#f28482" };

  function params() {
    var query = new URLSearchParams();
    ["from", "to"].forEach(function (name) {
      var value = document.getElementById(name).value;
      if (value) query.set(name, value);
    });
    return query.toString();
  }
  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (cls) el.className = cls;
    return el;
  }
  function draw(data) {
    var nodes = new vis.DataSet(data.nodes.map(function (n) {
      return { id: n.id, label: n.label, href: n.href, title: n.type,
               color: colours[n.type] || "#cdd5e0", shape: "dot", size: 14 };
    }));
    var edges = new vis.DataSet(data.edges.map(function (e, i) {
      var calls = e.calls === e.meetings;
      return { id: i, from: e.from, to: e.to, width: 1 + 2 * e.meetings, dashes: calls,
               label: String(e.meetings), title: (e.dates || []).join(", ") };
    }));
    if (network) network.destroy();
    network = new vis.Network(container, { nodes: nodes, edges: edges }, {
      physics: { stabilization: { iterations: 200 } },
      nodes: { font: { size: FONT, strokeWidth: 3, strokeColor: "#ffffff" } },
      edges: { color: "#7a8699", font: { align: "middle", size: FONT - 2 } },
      interaction: { hover: true },
    });
    // Fitting a large network shrinks it until labels cannot be read: never zoom out past
    // the scale at which a label is READABLE_PX tall (drag to see the rest).
    network.once("stabilizationIterationsDone", function () {
      network.fit();
      var least = READABLE_PX / FONT;
      if (network.getScale() < least) network.moveTo({ scale: least });
      container.dataset.scale = String(network.getScale());
    });
    network.on("doubleClick", open);
    network.on("click", open);
    function open(event) {
      if (event.nodes.length) {
        var node = nodes.get(event.nodes[0]);
        if (node && node.href) window.location.href = node.href;
      }
    }
    window.kgNetwork = network;
    container.dataset.nodes = String(data.nodes.length);
    container.dataset.edges = String(data.edges.length);
    document.getElementById("summary").textContent =
      data.nodes.length + " actors, " + data.edges.length + " pairs, " + data.meetings.length + " meetings";
  }
  function timeline(data) {
    var list = document.getElementById("timeline");
    list.replaceChildren();
    data.events.forEach(function (e) {
      var li = document.createElement("li");
      li.appendChild(text("time", e.date || "undated"));
      var link = document.createElement("a");
      link.href = e.href || e.id;
      link.textContent = e.kind;
      li.appendChild(link);
      var what = e.kind === "meeting"
        ? [e.actors, e.mode, e.status]
        : [e.actors, e.size, e.force, e.location, e.mode];
      li.appendChild(text("span", " " + what.filter(Boolean).join(" · ")));
      list.appendChild(li);
    });
    if (!data.events.length) list.appendChild(text("li", "Nothing in this range."));
  }
  function load() {
    var query = params();
    fetch("/api/meetings?" + query).then(function (r) { return r.json(); }).then(draw);
    fetch("/api/timeline?" + query).then(function (r) { return r.json(); }).then(timeline);
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); load(); });
  load();
})();
