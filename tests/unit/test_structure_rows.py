"""Which rows of a register are its structure: decided by shape and words, never for a name."""

import pytest

from dagster_project.landing.structure import (
    is_column_number_row,
    is_total_row,
    number_in_label,
    opens_as_total,
    row_text,
    structure_kind,
    total_subject,
)


@pytest.mark.parametrize(
    "label", ["Tổng cộng", "TỔNG SỐ: 15 vụ việc", "Cộng quý I", "Cộng:", "Cộng năm 2023", "Cộng cam kết", "Lũy kế"]
)
def test_totals_are_recognised(label):
    assert is_total_row(row_text([None, label, None, 12]))


@pytest.mark.parametrize(
    "name",
    [
        "Cộng hòa Liên bang Đức",
        "Tổng lãnh sự quán Lào tại Đà Nẵng",
        "Tổng cục Du lịch",
        "Tổng Công ty Thép",
        "Cộng đồng người Việt",
    ],
)
def test_names_that_begin_like_a_total_are_not_totals(name):
    assert not is_total_row(row_text([1, name, "12/03/2024", 5]))


@pytest.mark.parametrize(
    "cells",
    [
        [None, "Tổng cộng", None, 12],
        ["", "  ", 3.0, "Cộng quý I", 4],  # a column number and blanks before the label
        [1, "Cộng hòa Liên bang Đức", "12/03/2024", 5],
        [125, "Tổng cộng"],  # a number too long for a column number is the first label
        ["-", "Tổng cộng"],
        [None, "", "   "],
        ["(2)", "tong cong"],
    ],
)
def test_a_rows_cells_open_as_a_total_exactly_when_its_text_is_a_total_row(cells):
    assert opens_as_total(cells) == is_total_row(row_text(cells))


@pytest.mark.parametrize(
    ("label", "count"),
    [("Tổng số: 15 vụ việc", 15), ("Cộng: 4 đoàn", 4), ("Cộng năm 2023", None), ("Cộng quý II: 0", 0)],
)
def test_the_count_a_total_label_states(label, count):
    assert number_in_label(row_text([label])) == count


def test_what_a_total_adds_up():
    assert total_subject(row_text(["Cộng cam kết"])) == "cam ket"
    assert total_subject(row_text(["Cộng quý I"])) == ""
    assert total_subject(row_text(["Cộng: 5 đoàn"])) == ""


@pytest.mark.parametrize(
    ("cells", "kind"),
    [
        (["I.", "ĐOÀN CẤP TỈNH"], "section"),
        (["II", "ĐOÀN CÁC SỞ, NGÀNH"], "section"),
        (["NĂM 2023"], "section"),
        (["Ghi chú: số liệu tạm tính"], "note"),
        ([None, "(Không phát sinh)"], "note"),
        ([None, "Trong quý không phát sinh đoàn ra."], "note"),
        (["NGƯỜI LẬP BIỂU", None, "GIÁM ĐỐC"], "signature"),
        ([None, "Hà Tĩnh, ngày 05 tháng 01 năm 2024"], "signature"),
        (["STT", "Ngày đi", "Nước đến"], "repeated_header"),
        ([7], "numbered_blank"),
    ],
)
def test_structure_rows_by_shape_and_words(cells, kind):
    header = {"stt", "ngay di", "nuoc den", "so nguoi"}
    assert structure_kind(row_text(cells), {0}, 0, False, header) == kind


def test_a_row_with_an_entrys_values_is_not_structure():
    assert structure_kind(row_text([3, "Nguyễn Văn A", "12/03/2024", 4]), {0}, 0, False) is None


def test_column_number_rows():
    assert is_column_number_row(row_text(["(1)", "(2)", "(3)", "(4)"]))
    assert is_column_number_row(row_text([1.0, 2.0, 3.0, 4.0]))
    assert not is_column_number_row(row_text([1, "Lào", 5]))


def test_a_row_with_values_in_two_of_the_tables_columns_is_an_entry_with_a_fault():
    # "Năm 2020 | Số đoàn ra | (no value)" in a report table is a figure left blank, not a heading.
    assert structure_kind(row_text(["Năm 2020", "Số đoàn ra"]), set(), 0, False) is None
    assert structure_kind(row_text([None, "NĂM 2020"]), {0}, 0, False) == "section"
