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


def test_rows_summing_the_period_rows_above_them_are_those_months_of_their_columns_year(tmp_path):
    report = word_report(
        tmp_path / "bc_hoi_nghi_2023.docx",
        ["BÁO CÁO", "Công tác quản lý hội nghị, hội thảo quốc tế năm 2023"],
        [
            ("Kỳ", "Hội nghị quốc tế (cuộc)", "Hội nghị quốc tế (cuộc)"),
            ("Kỳ", "2023", "2022"),
            ("Quý I", "2", "1"),
            ("Quý II", "3", "4"),
            ("6 tháng", "5", "5"),
            ("Quý III", "1", "2"),
            ("9 tháng", "6", "7"),
            ("Quý IV", "4", "3"),
            ("Cả năm", "10", "10"),
        ],
    )
    found = figure_keys(report)
    assert ("2023-H1", "intl_conferences", 5) in found
    assert ("2022-H1", "intl_conferences", 5) in found
    assert ("2023-9M", "intl_conferences", 6) in found
    assert ("2022-9M", "intl_conferences", 7) in found
    assert ("2023", "intl_conferences", 10) in found
    assert ("2022", "intl_conferences", 10) in found

    # ("Cả năm" under three quarters only, in a report written before the year ended: not the year's)
    unfinished = word_report(
        tmp_path / "bc_hoi_nghi_2023_b.docx",
        ["BÁO CÁO", "Công tác quản lý hội nghị, hội thảo quốc tế 9 tháng năm 2023"],
        [
            ("Kỳ", "Hội nghị quốc tế (cuộc)"),
            ("Quý I", "2"),
            ("Quý II", "3"),
            ("Quý III", "1"),
            ("Cả năm", "8"),
        ],
    )
    assert not any(value == 8 for *_, value in figure_keys(unfinished))


def test_a_period_row_under_a_column_of_the_same_period_a_year_before_or_of_a_running_total(tmp_path):
    report = word_report(
        tmp_path / "bc_doan_ra_2024.docx",
        ["BÁO CÁO", "Công tác quản lý đoàn ra năm 2024"],
        [
            ("Thời gian", "Đoàn ra (đoàn)", "Đoàn ra (đoàn)", "Đoàn ra (đoàn)"),
            ("Thời gian", "Thực hiện", "Cùng kỳ năm trước", "Lũy kế"),
            ("Quý I", "6", "-", "6"),
            ("Quý II", "-", "8", "13"),
        ],
    )
    found = figure_keys(report)
    assert ("2024-Q1", "outbound_delegations", 6) in found
    assert ("2023-Q2", "outbound_delegations", 8) in found
    assert not any(value in (13,) for *_, value in found)
    assert not any(period == "2024-Q2" for period, *_ in found)
