#!/usr/bin/env bash
# Checks in a real headless browser that no table of the HTML report (cx demo, cx report) runs out of
# its box into a neighbour, at a desktop, a laptop and a phone width (issue 20: "by code" ran into
# "by team"). It copies the report, adds a small script that measures the laid-out boxes, lets
# Chromium run it with --dump-dom and reads the verdict back.
#
#   scripts/check-report-layout.sh [REPORT.html]      default: a fresh `cx demo` report
#
# Needs cx-cli/target/cx.jar for the default report and Chromium (chromium, chromium-browser or
# google-chrome on the PATH, or CHROMIUM=/path). Without Chromium it prints "skipped" and exits 0.
# Exit 1 names each problem; exit 0 prints OK per width.
set -euo pipefail

browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$browser" ]; then
    echo "check-report-layout: skipped, no Chromium found (set CHROMIUM=/path/to/chromium)"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
report=${1:-}
if [ -z "$report" ]; then
    here=$(cd "$(dirname "$0")/.." && pwd)
    java -jar "$here/cx-cli/target/cx.jar" demo --report "$work/report.html" > /dev/null 2>&1
    report="$work/report.html"
fi

cat > "$work/measure.js" <<'JS'
<script>
(function () {
  var problems = [];
  function box(e) { return e.getBoundingClientRect(); }
  function name(e) { var c = e.getAttribute('class'); return e.id ? '#' + e.id : (e.tagName.toLowerCase() + (c ? '.' + c : '')); }
  function scrolls(e) { var o = getComputedStyle(e).overflowX; return o === 'auto' || o === 'scroll' || o === 'hidden'; }
  // A table (or chart) wider than its box spills over its neighbours unless some box up to the section scrolls.
  document.querySelectorAll('table, svg.chart').forEach(function (t) {
    for (var p = t.parentElement; p && p !== document.body; p = p.parentElement) {
      if (scrolls(p)) { return; }
      if (box(t).right > box(p).right + 1 || box(t).left < box(p).left - 1) {
        problems.push(name(t) + ' in ' + name(p) + ' is ' + Math.round(box(t).width) + ' px wide, its box '
            + Math.round(box(p).width) + ' px');
        return;
      }
      if (p.tagName === 'SECTION') { return; }
    }
  });
  // Side-by-side boxes must not overlap.
  document.querySelectorAll('.split, .charts, .tiles').forEach(function (c) {
    var kids = [].slice.call(c.children);
    for (var i = 0; i < kids.length; i++) {
      for (var j = i + 1; j < kids.length; j++) {
        var a = box(kids[i]), b = box(kids[j]);
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
          problems.push(name(kids[i]) + ' overlaps ' + name(kids[j]));
        }
      }
    }
  });
  document.body.setAttribute('data-layout', problems.length ? 'FAIL: ' + problems.join(' | ') : 'OK');
})();
</script>
JS

# The script goes right before </body>, so it runs once the page is laid out.
sed -e "/<\/body>/{r $work/measure.js" -e "}" "$report" | sed -e '0,/<\/body>/{s#</body>##}' > "$work/page.html"
printf '</body></html>\n' >> "$work/page.html"

status=0
for width in 1280 900 420; do
    verdict=$("$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$width,900" \
        --dump-dom "file://$work/page.html" 2>/dev/null | grep -o 'data-layout="[^"]*"' | head -1 || true)
    verdict=${verdict#data-layout=\"}
    verdict=${verdict%\"}
    if [ "$verdict" = "OK" ]; then
        echo "check-report-layout: $width px: OK"
    else
        echo "check-report-layout: $width px: ${verdict:-no verdict (did the page load?)}"
        status=1
    fi
done
exit $status
