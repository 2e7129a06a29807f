"""The expected figures (tests/data/published_figures.csv) were read from the department's
real reports; this checks each one is written in its report as recorded."""

import re

import pytest

from tests.conftest import load_expected_figures

SEED_FILES = {"001": "001_f8150a159b5d32e6.txt", "004": "004_8466d6ebfbad8cfd.txt"}


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()


@pytest.mark.parametrize("figure", load_expected_figures(), ids=lambda f: f"{f['period_code']}:{f['indicator_code']}")
def test_expected_figure_is_written_in_its_report(figure, shared_seeds_dir):
    text = _squash((shared_seeds_dir / SEED_FILES[figure["seed"]]).read_text(encoding="utf-8"))
    assert _squash(figure["as_written"]) in text


def test_forty_six_figures_are_expected():
    figures = load_expected_figures()
    assert len(figures) == 46
    assert len({(f["period_code"], f["indicator_code"]) for f in figures}) == 46
