"""Capabilities found before and while reading the fifty-fourth blind batch, written here in
phrasings other than the batch's."""

from decimal import Decimal

from tests.unit.documents import extract_text, published_figures, word_report


def _figures(report) -> set[tuple]:
    return {(f.period_code, f.indicator_code, f.value.normalize()) for f in report.figures}


def test_a_qualifier_word_that_ends_a_partners_name_qualifies_nothing():
    # "tỉnh Xiêng Khoảng 700 triệu đồng" had been read as "about 700 million".
    report = extract_text(
        "BÁO CÁO\nKết quả hợp tác với các địa phương của Lào quý III năm 2024\n\n"
        "Trong quý III năm 2024, tỉnh trao tặng tỉnh Xiêng Khoảng 700 triệu đồng để sửa chữa trạm y tế.\n"
        "Đoàn công tác của tỉnh sang làm việc với Sở Ngoại vụ Xiêng Khoảng khoảng 3 ngày.\n"
    )
    amounts = [item for item in [*report.figures, *report.review] if item.value == Decimal(700_000_000)]
    assert amounts and all(item.qualifier == "exact" for item in amounts)
    assert all(figure.qualifier == "exact" for figure in report.figures)


def test_a_qualifier_in_title_case_is_still_a_qualifier():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại 9 tháng năm 2023\n\n- Đón Tiếp Khoảng 25 đoàn vào với 310 lượt khách quốc tế.\n"
    )
    assert ("2023-9M", "inbound_delegations", 25, "approx") in figures


def test_crossings_through_the_secondary_gates_alone_are_a_share_but_with_the_main_gate_the_total():
    figures = published_figures(
        "BÁO CÁO\nTình hình xuất nhập cảnh năm 2022\n\n"
        "Năm 2022, qua cửa khẩu quốc tế Cầu Treo và cửa khẩu phụ Kim Quang đã làm thủ tục xuất, nhập cảnh cho "
        "301.450 lượt người.\n"
        "Riêng qua các lối mở trên tuyến biên giới Hương Khê có 4.812 lượt người xuất nhập cảnh.\n"
        "Qua cửa khẩu phụ Sơn Hồng có 9.630 lượt người xuất nhập cảnh.\n"
    )
    values = {value for _, indicator, value, _ in figures if indicator == "border_crossings_persons"}
    assert values == {301450}


def test_foreign_vehicles_crossing_are_a_share_of_the_vehicles(tmp_path):
    # Held back only because it conflicted with the row above it.
    report = word_report(
        tmp_path / "xnc_6_thang_2025.docx",
        ["BÁO CÁO", "Xuất nhập cảnh qua cửa khẩu 6 tháng đầu năm 2025"],
        [
            ("STT", "Chỉ tiêu", "Đơn vị tính", "6 tháng 2025"),
            ("1", "Phương tiện xuất nhập cảnh qua cửa khẩu", "lượt", "41.207"),
            ("2", "Phương tiện của nước ngoài xuất nhập cảnh qua cửa khẩu", "lượt", "5.318"),
        ],
    )
    assert ("2025-H1", "border_crossings_vehicles", 41207) in _figures(report)
    assert not any(value == 5318 for _, _, value in _figures(report))
