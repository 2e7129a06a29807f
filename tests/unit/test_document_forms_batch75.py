"""Capabilities found in the seventy-fifth round, written here in phrasings and layouts other than the batch's.
Expected figures were written from the tables below before the code ran on them."""

from tests.unit.documents import figure_keys, word_report


def test_a_group_header_naming_only_the_kind_of_period_leaves_each_column_its_own_period(tmp_path):
    report = word_report(
        tmp_path / "bc_quy_2_2025.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại quý II năm 2025"],
        [
            ("STT", "Chỉ tiêu", "Số liệu trong quý", "Số liệu trong quý", "Ghi chú"),
            ("STT", "Chỉ tiêu", "Quý II/2025", "Quý II/2024", "Ghi chú"),
            ("1", "Đoàn ra (đoàn)", "11", "9", ""),
            ("2", "Đoàn vào (đoàn)", "7", "12", ""),
        ],
    )
    found = figure_keys(report)
    assert ("2025-Q2", "outbound_delegations", 11) in found
    assert ("2024-Q2", "outbound_delegations", 9) in found
    assert ("2024-Q2", "inbound_delegations", 12) in found

    # (a group naming months over columns naming quarters: which is meant is not said)
    mismatched = word_report(
        tmp_path / "bc_quy_2_2025_b.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại quý II năm 2025"],
        [
            ("STT", "Chỉ tiêu", "Trong tháng", "Trong tháng"),
            ("STT", "Chỉ tiêu", "Quý II/2025", "Quý II/2024"),
            ("1", "Đoàn ra (đoàn)", "11", "9"),
        ],
    )
    assert not any(value == 9 for *_, value in figure_keys(mismatched))


def test_a_result_label_over_a_part_of_the_year_takes_the_year_of_the_group_above(tmp_path):
    report = word_report(
        tmp_path / "phu_luc_9_thang.docx",
        ["PHỤ LỤC", "Số liệu công tác đối ngoại"],
        [
            ("TT", "Nội dung", "Năm 2023", "Năm 2023", "Năm 2024", "Năm 2024"),
            ("TT", "Nội dung", "Kế hoạch", "Thực hiện quý III", "Kế hoạch", "Thực hiện quý III"),
            ("1", "Hội nghị, hội thảo quốc tế (cuộc)", "10", "3", "12", "4"),
            ("2", "Thỏa thuận quốc tế được ký kết (thỏa thuận)", "5", "2", "6", "1"),
        ],
    )
    found = figure_keys(report)
    assert ("2023-Q3", "intl_conferences", 3) in found
    assert ("2024-Q3", "intl_conferences", 4) in found
    assert ("2023-Q3", "intl_agreements", 2) in found
    assert ("2024-Q3", "intl_agreements", 1) in found
    assert not any(value in (10, 12, 5, 6) for *_, value in found)
