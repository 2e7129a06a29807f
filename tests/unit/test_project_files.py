"""Generated and shipped files stay in step with the code that produces them."""

import csv

import pycountry
from python_calamine import CalamineWorkbook

from dagster_project.documents.reader import DOCUMENT_SUFFIXES, read_document
from dagster_project.landing.dbt_yaml import generated_files
from dagster_project.paths import DEFAULT_RAW_DIR, SEEDS_DIR
from dagster_project.sample.generate import generate


def test_dbt_sources_and_staging_yaml_are_up_to_date():
    for path, text in generated_files().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"run: python -m dagster_project.landing.dbt_yaml ({path.name})"
        )


def _cell_values(path):
    workbook = CalamineWorkbook.from_path(str(path))
    return {name: workbook.get_sheet_by_name(name).to_python() for name in workbook.sheet_names}


def _content(path):
    if path.suffix in DOCUMENT_SUFFIXES:
        return read_document(path).text
    return _cell_values(path)


def test_shipped_sample_is_what_the_generator_writes(tmp_path):
    written_files = generate(tmp_path)
    assert {path.parent.name for path in written_files} == {"registers", "reports", "documents"}
    for written in written_files:
        shipped = DEFAULT_RAW_DIR / written.relative_to(tmp_path)
        assert _content(written) == _content(shipped), f"regenerate the sample: {shipped.name}"


def test_sample_files_and_rows_are_labelled_as_sample():
    registers = sorted((DEFAULT_RAW_DIR / "registers").glob("*.xlsx"))
    assert registers and all(path.name.startswith("SAMPLE_") for path in registers)
    for path in registers:
        for rows in _cell_values(path).values():
            header = rows[2]
            column = header.index("Dữ liệu mẫu")
            assert all("SAMPLE" in str(row[column]) for row in rows[3:] if any(row))


def test_partner_codes_are_valid_iso_3166():
    with (SEEDS_DIR / "partners.csv").open(encoding="utf-8") as handle:
        partners = list(csv.DictReader(handle))
    for partner in partners:
        if partner["country_code"]:
            assert pycountry.countries.get(alpha_2=partner["country_code"]), partner
        if partner["subdivision_code"]:
            assert pycountry.subdivisions.get(code=partner["subdivision_code"]), partner
