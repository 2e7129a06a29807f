"""Capabilities of the eighty-fourth round, written here in phrasings and layouts other than the held reports'.
Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import figure_keys, text_report

HEAD = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 268/BC-SNgV\n"


def _late_december_report(tmp_path, day: int, closing: str, name: str = "bc_quy_4_2019"):
    return text_report(
        tmp_path,
        f"{name}_{day}.txt",
        HEAD + f"Hà Tĩnh, ngày {day} tháng 12 năm 2019\nBÁO CÁO\nKết quả công tác đối ngoại quý IV năm 2019\n"
        "1. Kết quả quý IV\nTrong quý, tỉnh cử 08 đoàn ra và đón 12 đoàn vào.\n2. Tổng hợp\n" + closing + "\n",
    )


def test_the_whole_year_named_in_a_report_on_its_last_quarter_dated_in_its_last_days_is_the_years(tmp_path):
    found = figure_keys(
        _late_december_report(
            tmp_path, 26, "Tính chung cả năm 2019, toàn tỉnh cử 37 đoàn ra; đón 45 đoàn vào với 512 lượt khách."
        )
    )
    assert ("2019-Q4", "outbound_delegations", 8) in found
    for key in [
        ("2019", "outbound_delegations", 37),
        ("2019", "inbound_delegations", 45),
        ("2019", "inbound_visitors", 512),
    ]:
        assert key in found


def test_the_whole_year_is_not_the_years_when_the_report_is_dated_earlier_or_counts_to_a_day(tmp_path):
    early = figure_keys(_late_december_report(tmp_path, 11, "Tính chung cả năm 2019, toàn tỉnh cử 37 đoàn ra."))
    assert not any(value == 37 for *_, value in early)
    for number, closing in enumerate(
        [
            "Cả năm 2019, tính đến ngày 16/12, toàn tỉnh cử 37 đoàn ra.",
            "Cả năm 2019, cập nhật đến thời điểm báo cáo, toàn tỉnh cử 37 đoàn ra.",
            "Cả năm 2019 đến nay toàn tỉnh đã cử 37 đoàn ra.",
        ]
    ):
        found = figure_keys(_late_december_report(tmp_path, 27, closing, name=f"closing_{number}"))
        assert not any(value == 37 for *_, value in found), closing
