"""Every end-to-end test runs the load or reads what one published: slow, whether or not its
module says so (``pytest -m "not slow"`` stays the quick suite)."""

from __future__ import annotations

from pathlib import Path

import pytest

E2E_DIR = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    # A hook of this conftest sees the whole session's items: mark only those of tests/e2e.
    for item in items:
        if E2E_DIR in Path(item.path).parents and item.get_closest_marker("slow") is None:
            item.add_marker(pytest.mark.slow)
