"""Capabilities found while reading the fifty-first and fifty-second blind batches, written here in
phrasings other than the batches'."""

from tests.unit.documents import word_report


def _figures(report) -> set[tuple]:
    return {(f.period_code, f.indicator_code, f.value.normalize()) for f in report.figures}


def test_a_cell_listing_values_with_their_nouns_reads_under_its_columns_period(tmp_path):
    # Six words or more made the cell prose, read with the report's period: the comparison
    # column's values were the report's own.
    report = word_report(
        tmp_path / "bc_xnc_9_thang_2024.docx",
        ["BÁO CÁO", "Tình hình xuất nhập cảnh 9 tháng đầu năm 2024"],
        [
            ("TT", "Nội dung", "Cùng kỳ năm 2023", "Ghi chú"),
            ("1", "Xuất nhập cảnh qua cửa khẩu quốc tế Cầu Treo", "88.731 lượt người/19.550 lượt phương tiện", ""),
            ("2", "Xuất nhập cảnh qua cảng Vũng Áng", "173 lượt tàu; 3.902 lượt thuyền viên", ""),
        ],
    )
    found = _figures(report)
    assert {
        ("2023-9M", "border_crossings_persons", 88731),
        ("2023-9M", "border_crossings_vehicles", 19550),
        ("2023-9M", "port_vessels", 173),
        ("2023-9M", "port_crew", 3902),
    } <= found
    assert not any(period == "2024-9M" for period, _, _ in found)


def test_a_result_header_naming_the_year_over_a_months_column_is_those_months_of_that_year(tmp_path):
    # "Kết quả năm 2024" over "9 tháng" had been read as a comparison with the year before.
    report = word_report(
        tmp_path / "bc_doi_ngoai_9_thang_2024.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại 9 tháng năm 2024"],
        [
            ("TT", "Chỉ tiêu", "Kết quả năm 2024", "Kết quả năm 2024", "So sánh cùng kỳ (%)"),
            ("TT", "Chỉ tiêu", "Quý III", "9 tháng", "So sánh cùng kỳ (%)"),
            ("1", "Đoàn ra (đoàn)", "6", "19", "112"),
            ("2", "Hội nghị, hội thảo quốc tế (hội nghị)", "2", "5", "125"),
        ],
    )
    found = _figures(report)
    assert {
        ("2024-Q3", "outbound_delegations", 6),
        ("2024-9M", "outbound_delegations", 19),
        ("2024-9M", "intl_conferences", 5),
    } <= found
    assert not any(value in (112, 125) for _, _, value in found)
