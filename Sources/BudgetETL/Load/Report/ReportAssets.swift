/// The report's style sheet and the index's script, inlined into every page so the folder needs
/// nothing from the network and opens from disk.
enum ReportAssets {
    /// Fonts that carry Chinese on macOS (PingFang, Hiragino), Windows (Microsoft YaHei, SimSun) and
    /// Linux (Noto/Source Han, WenQuanYi), before the generic family.
    static let style: StaticString = """
    :root { --ink: #1d232b; --muted: #5b6673; --line: #d5dae0; --error: #b3261e; --warn: #8a5a00;
      --s0: #2f6db5; --s1: #e08a1e; --s2: #4f9a4f; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 1200px; padding: 1rem; color: var(--ink); line-height: 1.45;
      font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
        "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimSun", system-ui, sans-serif; }
    h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.2rem; margin-top: 2rem; }
    h3 { font-size: 1rem; }
    a { color: var(--s0); }
    dl.meta { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: .2rem 1rem; }
    @media (max-width: 800px) { dl.meta { grid-template-columns: max-content 1fr; } }
    dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; overflow-wrap: anywhere; }
    .cards { display: flex; flex-wrap: wrap; gap: .75rem; }
    .card { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; min-width: 8rem; }
    .card b { display: block; font-size: 1.3rem; }
    .scroll { overflow-x: auto; max-width: 100%; }
    table { border-collapse: collapse; font-size: .85rem; margin: .5rem 0; }
    th, td { border: 1px solid var(--line); padding: .2rem .45rem; vertical-align: top; }
    th { background: #f1f3f6; text-align: left; }
    td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.error { background: #fbe3e1; outline: 2px solid var(--error); }
    td.warning { background: #fff3d6; outline: 2px solid var(--warn); }
    td.error a, td.warning a { font-size: .7rem; vertical-align: super; margin-left: .2rem; }
    tr.error td:first-child { color: var(--error); font-weight: bold; }
    tr.warning td:first-child { color: var(--warn); }
    code { white-space: pre-wrap; }
    th[data-type] { cursor: pointer; user-select: none; }
    th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
    input[type=search] { font: inherit; padding: .3rem .5rem; width: min(100%, 28rem); }
    figure.chart { margin: 1rem 0; max-width: 760px; }
    figure.chart svg { width: 100%; height: auto; font-size: 12px; font-family: inherit; }
    figure.chart text { fill: var(--ink); } figure.chart text.value { fill: var(--muted); }
    .s0 { fill: var(--s0); } .s1 { fill: var(--s1); } .s2 { fill: var(--s2); }
    table.findings td:last-child { min-width: 22rem; } table.findings td:nth-child(4) { min-width: 11rem; }
    @media (max-width: 600px) { body { padding: .5rem; } table { font-size: .78rem; } h1 { font-size: 1.25rem; } }
    """

    /// Sorting by a column (click its header) and filtering by words, on the index's documents table.
    static let script: StaticString = """
    (function () {
      var table = document.getElementById("documents");
      var body = table.tBodies[0];
      var filter = document.getElementById("filter");
      var shown = document.getElementById("shown");
      filter.addEventListener("input", function () {
        var words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
        var count = 0;
        Array.prototype.forEach.call(body.rows, function (row) {
          var text = row.textContent.toLowerCase();
          row.hidden = !words.every(function (word) { return text.indexOf(word) >= 0; });
          if (!row.hidden) { count += 1; }
        });
        shown.textContent = String(count);
      });
      var headers = table.tHead.rows[0].cells;
      Array.prototype.forEach.call(headers, function (header, column) {
        header.addEventListener("click", function () {
          var ascending = header.getAttribute("aria-sort") !== "ascending";
          var numeric = header.getAttribute("data-type") === "number";
          Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = a.cells[column].textContent, y = b.cells[column].textContent;
            var order = numeric ? (Number(x) || 0) - (Number(y) || 0) : x.localeCompare(y, "zh");
            return ascending ? order : -order;
          });
          rows.forEach(function (row) { body.appendChild(row); });
          header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        });
      });
    })();
    """
}
