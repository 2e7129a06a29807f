"""The docs stay true to the repository: every relative link leads to a file of the checkout
(and a heading of it, when it names one), the settings table in docs/operations.md lists every
setting declared in dagster_project/settings.py with its environment variable and option, the
layer table in docs/architecture.md agrees with the imports, and no page refers to a design
file or a folder outside the repository."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from dagster_project.paths import PROJECT_ROOT
from dagster_project.settings import setting_fields

DOCS_DIR = PROJECT_ROOT / "docs"
LINKED_PAGES = [PROJECT_ROOT / "README.md", *sorted(DOCS_DIR.glob("*.md"))]
# Every page a reader is sent to: the README, docs/ and the READMEs beside the code.
ALL_PAGES = [
    *LINKED_PAGES,
    *(
        path
        for path in (
            PROJECT_ROOT / "warehouse" / "README.md",
            PROJECT_ROOT / "expectations" / "README.md",
            PROJECT_ROOT / "benchmarks" / "README.md",
            PROJECT_ROOT / "dbt" / "models" / "overview.md",
        )
        if path.exists()
    ),
]
FENCE = re.compile(r"^(```|~~~).*?^\1", flags=re.S | re.M)
INLINE_CODE = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"\[(?:[^\]\[]|\[[^\]]*\])*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def _prose(text: str) -> str:
    """The page without code blocks and inline code, where brackets are not links."""
    return INLINE_CODE.sub("", FENCE.sub("", text))


def relative_links(page: Path) -> list[str]:
    targets = LINK.findall(_prose(page.read_text(encoding="utf-8")))
    return [target for target in targets if not re.match(r"^[a-z][a-z0-9+.-]*:", target)]


def heading_anchors(page: Path) -> set[str]:
    """Anchors of a page's headings, as GitHub makes them."""
    anchors = set()
    for line in FENCE.sub("", page.read_text(encoding="utf-8")).splitlines():
        if match := re.match(r"^#{1,6}\s+(.*?)\s*#*$", line):
            anchors.add(re.sub(r"[^\w\- ]", "", match.group(1).lower()).replace(" ", "-"))
    return anchors


def test_the_readme_and_every_docs_page_exist():
    assert (PROJECT_ROOT / "README.md").is_file()
    assert {path.name for path in DOCS_DIR.glob("*.md")} >= {
        "architecture.md",
        "operations.md",
        "review-loop.md",
        "bi-and-postgresql.md",
        "quality-gate.md",
        "guarantees.md",
        "registers.md",
        "narrative-reports.md",
        "performance.md",
        "testing.md",
    }


@pytest.mark.parametrize("page", LINKED_PAGES, ids=lambda path: path.relative_to(PROJECT_ROOT).as_posix())
def test_every_relative_link_points_to_a_file_of_the_repository(page):
    broken = []
    for target in relative_links(page):
        path_part, _, anchor = target.partition("#")
        linked = (page.parent / path_part).resolve() if path_part else page
        if not linked.is_relative_to(PROJECT_ROOT.resolve()):
            broken.append(f"{target}: outside the repository")
        elif not linked.exists():
            broken.append(f"{target}: no such file")
        elif anchor and linked.suffix == ".md" and anchor not in heading_anchors(linked):
            broken.append(f"{target}: no heading #{anchor} in {linked.name}")
    assert not broken, f"{page.name}: {broken}"


def settings_table_rows() -> dict[str, str]:
    """Rows of the settings table in docs/operations.md by the setting named in their first cell."""
    text = (DOCS_DIR / "operations.md").read_text(encoding="utf-8")
    section = text.split("\n## Settings", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        if match := re.match(r"^\|\s*`([a-z_]+)`\s*\|", line):
            rows[match.group(1)] = line
    return rows


def test_the_settings_table_lists_every_declared_setting_with_its_variable_and_option():
    rows = settings_table_rows()
    missing = []
    for item in setting_fields():
        source = item.metadata["source"]
        row = rows.get(item.name)
        if row is None:
            missing.append(f"{item.name}: no row")
            continue
        if f"`{source.env}`" not in row:
            missing.append(f"{item.name}: environment variable {source.env} not in its row")
        if source.option and f"`{source.option}`" not in row:
            missing.append(f"{item.name}: option {source.option} not in its row")
    assert not missing, missing
    declared = {item.name for item in setting_fields()}
    assert set(rows) <= declared, f"rows for settings settings.py does not declare: {sorted(set(rows) - declared)}"


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda path: path.relative_to(PROJECT_ROOT).as_posix())
def test_no_page_refers_to_a_design_file_or_a_folder_outside_the_repository(page):
    text = page.read_text(encoding="utf-8")
    assert "DESIGN.md" not in text
    assert "../shared" not in text


def _layers() -> dict[str, int]:
    """Package or module -> layer number, from the layer table of docs/architecture.md."""
    text = (DOCS_DIR / "architecture.md").read_text(encoding="utf-8")
    section = text.split("\n## The layer rule", 1)[1].split("\n## ", 1)[0]
    layers = {}
    for line in section.splitlines():
        if match := re.match(r"^\|\s*(\d+)[^|]*\|(.*)\|\s*$", line):
            for name in re.findall(r"`([a-z_]+)(?:/|\.py)`", match.group(2)):
                layers[name] = int(match.group(1))
    return layers


def test_no_package_imports_one_above_it_as_the_architecture_page_says():
    layers = _layers()
    package = PROJECT_ROOT / "dagster_project"
    problems = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        unit = relative.parts[0] if len(relative.parts) > 1 else relative.stem
        if unit == "__init__":
            continue
        if unit not in layers:
            problems.append(f"{unit}: not in the layer table of docs/architecture.md")
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            for module in modules:
                parts = module.split(".")
                if parts[0] != "dagster_project" or len(parts) < 2 or parts[1] == unit:
                    continue
                if parts[1] not in layers:
                    problems.append(f"{parts[1]}: not in the layer table of docs/architecture.md")
                elif layers[parts[1]] <= layers[unit]:
                    above = f"layer {layers[parts[1]]}, not below {layers[unit]}"
                    problems.append(f"{relative}: imports {module} ({above})")
    assert not problems, sorted(set(problems))
