"""Accessibility: axe-core on every page of both languages, in the light
("default") and the dark ("slate") colour scheme.

axe-core is pinned in tools/web/package.json (``nox -s browser`` runs
``npm ci`` there); env ``AXE_JS`` may point to another ``axe.min.js``. axe
runs its default rule set (WCAG 2.0/2.1/2.2 A and AA, and best practices),
nothing disabled. Any violation, of whatever impact (critical, serious,
moderate or minor), fails the test, naming the page, the scheme, the rule
and each element; the full results are kept in artifacts/axe/.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = Path(
    os.environ.get("AXE_JS", ROOT / "tools/web/node_modules/axe-core/axe.min.js")
)
SCHEMES = ["default", "slate"]  # Material's light and dark palettes
SHOWN = 8  # elements shown per rule in a failure message

# Run after load: the scheme as a reader who picked it with the toggle would
# have it (Material keeps the choice in localStorage "__palette" and sets
# data-md-color-scheme on <body>); no transitions, so colours are final.
SET_SCHEME = """
scheme => {
  document.body.setAttribute('data-md-color-scheme', scheme);
  const style = document.createElement('style');
  style.textContent = '*,*::before,*::after{transition:none!important;' +
    'animation:none!important}';
  document.head.appendChild(style);
  return document.body.getAttribute('data-md-color-scheme');
}
"""
RUN_AXE = """
async () => {
  const r = await axe.run(document, {resultTypes: ['violations']});
  return {
    version: axe.version,
    violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({
        target: n.target.join(' '), html: n.html.slice(0, 160),
        summary: (n.failureSummary || '').split('\\n').slice(1, 3).join(' ').trim(),
      })),
    })),
  };
}
"""


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_JS.is_file():
        pytest.fail(
            f"{AXE_JS} is missing: run `npm ci --ignore-scripts --prefix tools/web` "
            "(nox -s browser does), or set AXE_JS",
            pytrace=False,
        )
    return AXE_JS.read_text(encoding="utf-8")


def _describe(violation: dict) -> str:
    nodes = violation["nodes"]
    lines = [
        f"- {violation['id']} ({violation['impact']}): {violation['help']}; "
        f"{len(nodes)} element(s)"
    ]
    for node in nodes[:SHOWN]:
        lines.append(f"    {node['target']}  {node['html']}")
        if node["summary"]:
            lines.append(f"      {node['summary'][:200]}")
    if len(nodes) > SHOWN:
        lines.append(f"    ... and {len(nodes) - SHOWN} more")
    return "\n".join(lines)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_no_violation(site_page, scheme, tab, axe_source, artifacts):
    page = tab.page
    page.set_viewport_size({"width": 1280, "height": 800})
    tab.open(site_page)
    # Code blocks get their buttons and annotations when they first scroll
    # into view (content.lazy): check the page as a reader who scrolled it.
    tab.show_code_blocks()
    got = page.evaluate(SET_SCHEME, scheme)
    assert got == scheme, f"{site_page.id}: could not switch to the {scheme} scheme"
    page.add_script_tag(content=axe_source)
    result = page.evaluate(RUN_AXE)
    violations = result["violations"]
    out = artifacts / "axe"
    out.mkdir(parents=True, exist_ok=True)
    name = f"{site_page.lang}-{site_page.rel.strip('/').replace('/', '-') or 'home'}"
    (out / f"{name}-{scheme}.json").write_text(
        json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    bad = violations  # every impact fails
    assert not bad, (
        f"{site_page.id} ({scheme} scheme): axe-core {result['version']} found "
        f"{sum(len(v['nodes']) for v in bad)} violation(s):\n"
        + "\n".join(_describe(v) for v in bad)
    )
