"""Capabilities found by the twenty-ninth blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import published_figures, word_report


def test_a_trong_do_rows_own_noun_says_what_it_counts(tmp_path):
    rows = [
        ("Chỉ tiêu", "Quý III/2026", "Cùng kỳ 2025"),
        ("Lượt cán bộ đi công tác nước ngoài", "74", "69"),
        ("Trong đó: đoàn đi đào tạo, bồi dưỡng", "3", "2"),
        ("- Lượt cán bộ đi đào tạo", "19", "12"),
    ]
    extraction = word_report(tmp_path / "dt.docx", ["BÁO CÁO", "Kết quả công tác đối ngoại quý III năm 2026"], rows)
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2026-Q3", "outbound_persons", 74) in found
    assert not any(code == "training_persons" and value in (3, 2) for _, code, value in found)


def test_a_comparison_is_with_the_figure_right_before_it_not_a_later_part():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 9 tháng năm 2026\n"
        "9 tháng năm 2026, tiếp nhận 52 hồ sơ hợp pháp hóa lãnh sự (cùng kỳ năm 2025: 41 hồ sơ), trong đó quý I "
        "có 15 hồ sơ, quý III có 20 hồ sơ.\n"
    )
    found = published_figures(text)
    assert ("2026-9M", "consular_legalisations", 52, "exact") in found
    assert not any(value == 41 and period != "2025-9M" for period, _, value, _ in found)


def test_a_dashed_label_under_an_undashed_row_of_the_same_unit_is_its_part(tmp_path):
    rows = [
        ("TT", "Chỉ tiêu", "ĐVT", "Năm 2026"),
        ("1", "Đoàn vào", "Đoàn", "58"),
        ("", "- Đoàn của cơ quan đại diện, tổ chức quốc tế", "Đoàn", "17"),
        ("", "- Đoàn của các tỉnh Lào", "Đoàn", "21"),
        ("2", "Đoàn ra", "Đoàn", "49"),
        ("", "- Lượt cán bộ đi công tác nước ngoài", "Lượt", "301"),
    ]
    extraction = word_report(tmp_path / "bang.docx", ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2026"], rows)
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert {
        ("2026", "inbound_delegations", 58),
        ("2026", "inbound_mission_delegations", 17),
        ("2026", "outbound_delegations", 49),
        ("2026", "outbound_persons", 301),
    } <= found
    assert not any(value == 21 for *_, value in found)
