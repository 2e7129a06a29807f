"""Capabilities found by the thirtieth blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import published_figures, word_report


def test_a_title_naming_the_gates_and_the_ports_does_not_choose_between_them():
    text = (
        "BÁO CÁO\nTình hình xuất nhập cảnh tại các cửa khẩu đường bộ và cảng biển của tỉnh 6 tháng đầu năm 2026\n"
        "6 tháng đầu năm 2026, các lực lượng chức năng đã giải quyết thủ tục cho 140.220 lượt người, "
        "29.880 lượt phương tiện (quý I: 66.015 lượt người, 13.402 lượt phương tiện).\n"
    )
    found = published_figures(text)
    assert not any(code == "port_vessels" for _, code, _, _ in found)
    assert not any(value in (13402, 29880) and code != "border_crossings_vehicles" for _, code, value, _ in found)


def test_a_title_naming_only_the_ports_still_says_what_a_labelled_count_is():
    text = (
        "BÁO CÁO\nTình hình tàu thuyền xuất nhập cảnh qua cảng biển quý II năm 2026\n"
        "Quý II/2026, Cảng vụ hàng hải đã làm thủ tục xuất nhập cảnh cho 312 lượt tàu, trong đó tháng 4: 98 lượt tàu.\n"
    )
    assert ("2026-Q2", "port_vessels", 312, "exact") in published_figures(text)


def test_a_result_column_marked_cung_ky_is_the_period_it_names_and_its_neighbour_stays_its_own(tmp_path):
    rows = [
        ("TT", "Nội dung", "Thực hiện 9 tháng năm 2025 (cùng kỳ)", "Thực hiện 9 tháng năm 2026", "Tỷ lệ (%)"),
        ("1", "Đoàn ra", "11", "14", "127,3"),
        ("2", "Hội nghị, hội thảo quốc tế", "2", "3", "150,0"),
    ]
    extraction = word_report(tmp_path / "bieu.docx", ["BÁO CÁO", "Kết quả công tác đối ngoại 9 tháng năm 2026"], rows)
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert {
        ("2025-9M", "outbound_delegations", 11),
        ("2026-9M", "outbound_delegations", 14),
        ("2025-9M", "intl_conferences", 2),
        ("2026-9M", "intl_conferences", 3),
    } <= found
    assert not any(value in (127, 150) for *_, value in found)
