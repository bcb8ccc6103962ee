// Highlight the span named by the fragment (#char=begin,end, an RFC 5147 mention IRI).
(function () {
  function highlight() {
    var match = /^#char=(\d+),(\d+)$/.exec(window.location.hash);
    if (!match) return;
    var begin = +match[1], end = +match[2], first = null;
    document.querySelectorAll(".article-text [data-b]").forEach(function (piece) {
      var b = +piece.dataset.b, e = +piece.dataset.e;
      var inside = b >= begin && e <= end && e > b;
      piece.classList.toggle("hl", inside);
      if (inside && !first) first = piece;
    });
    if (first) first.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", highlight);
  highlight();
})();
