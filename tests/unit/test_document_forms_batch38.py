"""Capabilities found by the thirty-eighth blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import published_figures


def test_a_period_named_in_an_earlier_sentence_is_not_read_again():
    found = published_figures(
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nHà Tĩnh, ngày 09 tháng 12 năm 2025\nBÁO CÁO\n"
        "Tổng kết công tác đối ngoại năm 2025\n"
        "Đoàn vào: tính đến ngày 30/11/2025 có 47 đoàn với 820 lượt khách quốc tế đến làm việc tại tỉnh; ước cả năm "
        "đón 51 đoàn (năm 2024: 44 đoàn). Trong thời gian trên, đón tiếp 15 đoàn với 104 lượt khách là cơ quan "
        "đại diện ngoại giao nước ngoài, tổ chức quốc tế tại Việt Nam đến làm việc; ước cả năm 17 đoàn.\n"
    )
    assert not any(value in (15, 104) for _, _, value, _ in found)
    assert ("2024", "inbound_delegations", 44, "exact") in found


def test_a_same_period_column_naming_its_period_is_that_period_whatever_is_left_of_it():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2025\n"
        "| TT | Chỉ tiêu | Quý II/2025 | 6 tháng 2025 | Cùng kỳ quý II/2024 |\n|---|---|---|---|---|\n"
        "| 1 | Đoàn vào | 9 | 17 | 7 |\n"
    )
    found = published_figures(text)
    assert ("2024-Q2", "inbound_delegations", 7, "exact") in found
    assert not any(period == "2024-H1" for period, *_ in found)
