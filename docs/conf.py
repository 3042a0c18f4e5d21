"""Sphinx configuration: MyST Markdown pages, the furo theme, autodoc for the API page.

Build: ``sphinx-build -W -b html docs docs/_build/html`` (warnings are errors in CI).
"""

from __future__ import annotations

import enum
import importlib
import inspect
import re
import sys
from pathlib import Path
from typing import Any

# hypothesis before comet.strategies (autodoc imports it): importing hypothesis runs its entry
# points, and comet's hook must not run while comet.strategies is half-initialised.
import hypothesis  # noqa: F401
from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import comet

project = "comet"
author = "comet developers"
copyright = "comet developers"
release = comet.__version__
version = release

extensions = ["myst_parser", "sphinx.ext.autodoc"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "**/.ipynb_checkpoints"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
suppress_warnings = ["myst.header"]  # pages may skip a heading level

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
autodoc_inherit_docstrings = False

html_theme = "furo"
html_title = f"comet {release}"
html_static_path: list[str] = []
html_show_sourcelink = False


# --- the API page ------------------------------------------------------------------------

#: Families in reading order: (title, module prefixes under ``comet.``).
FAMILIES: list[tuple[str, tuple[str, ...]]] = [
    ("Errors, diagnostics and results", ("errors", "diagnostics", "records", "_version")),
    ("Text hygiene", ("text",)),
    ("Identifiers: DOI, ISSN, ISBN, ORCID", ("identifiers",)),
    ("Dates", ("dates",)),
    ("Vocabularies: status, type, language, country, labels", ("vocab",)),
    ("Locators: volume, issue, pages", ("locators",)),
    ("Names", ("names",)),
    ("Keywords", ("keywords",)),
    ("References", ("references",)),
    ("Whole pages", ("page", "html")),
    ("Formats", ("formats",)),
]
#: Public modules documented whole (their names are not re-exported by ``comet``).
MODULES = [
    "comet.batch",
    "comet.dask",
    "comet.spark",
    "comet.html",
    "comet.formats.csl",
    "comet.formats.ris",
    "comet.formats.bibtex",
    "comet.formats.refer",
    "comet.locales",
    "comet.strategies",
    "comet.tokens",
]


def _family(obj: Any) -> str:
    module = getattr(obj, "__module__", "") or ""
    parts = module.split(".")
    sub = parts[1] if len(parts) > 1 and parts[0] == "comet" else ""
    for title, prefixes in FAMILIES:
        if sub in prefixes:
            return title
    return "Other"


def _directive(name: str, obj: Any) -> list[str]:
    target = f"comet.{name}"
    if inspect.isclass(obj):
        lines = [f".. autoclass:: {target}", "   :members:"]
        if issubclass(obj, enum.Enum):
            lines.append("   :undoc-members:")
        return [*lines, ""]
    if callable(obj):
        return [f".. autofunction:: {target}", ""]
    return [f".. autodata:: {target}", "   :no-value:", ""]


class CometApi(SphinxDirective):
    """``.. comet-api::`` — every name in ``comet.__all__`` by family, then the public modules."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        groups: dict[str, list[str]] = {}
        for name in comet.__all__:
            if name.startswith("__"):
                continue
            obj = getattr(comet, name)
            groups.setdefault(_family(obj), []).extend(_directive(name, obj))
        lines: list[str] = []
        for title in [t for t, _ in FAMILIES] + ["Other"]:
            if title in groups:
                lines += [title, "-" * len(title), "", ".. currentmodule:: comet", ""]
                lines += groups[title]
        lines += ["Modules", "-------", ""]
        for mod in MODULES:
            importlib.import_module(mod)
            lines += [f".. automodule:: {mod}", "   :members:", ""]
        node = nodes.section()
        node.document = self.state.document
        nested_parse_with_titles(self.state, StringList(lines, "comet-api"), node)
        return node.children


# --- every page in the site -------------------------------------------------------------


def _other_pages(app: Sphinx, docname: str, source: list[str]) -> None:
    """Put every page that ``index.md``'s toctree does not name where it says ``other-pages``.

    A page a helper adds to ``docs/`` is in the site at once (no "not in any toctree" error);
    the lead moves it to its place in the list when convenient.
    """
    if docname != root_doc:
        return
    listed = set(re.findall(r"^([\w./-]+)$", source[0], re.MULTILINE))
    others = sorted(d for d in app.env.found_docs if d != root_doc and d not in listed)
    source[0] = re.sub(r"^other-pages$", "\n".join(others), source[0], flags=re.MULTILINE)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("comet-api", CometApi)
    app.connect("source-read", _other_pages)
    return {"parallel_read_safe": True}
