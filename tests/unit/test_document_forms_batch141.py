"""Capabilities of the hundred-and-forty-first round, written here in phrasings other than the reports that showed the
need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import not_published_reasons, published_figures, report_text


def test_the_texts_counts_wait_when_its_opening_says_they_run_to_a_day_and_the_estimates_to_the_end():
    text = report_text(
        "402",
        "20 tháng 9 năm 2024",
        "Kết quả công tác đối ngoại 9 tháng năm 2024",
        "Ghi chú: các số liệu trong nội dung báo cáo tính từ ngày 01/01/2024 đến ngày 18/9/2024; số ước thực hiện 9 "
        "tháng năm 2024 (đến hết ngày 30/9/2024) nêu tại biểu kèm theo.",
        "I. KẾT QUẢ 9 THÁNG NĂM 2024",
        "- Tiếp nhận 52 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự.",
        "- Ước 9 tháng tiếp nhận 60 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự.",
    )
    published = published_figures(text)
    assert ("2024-9M", "consular_legalisations", Decimal(60), "approx") in published
    assert not {figure for figure in published if figure[2] == Decimal(52)}
    assert "a count so far" in not_published_reasons(text)["52"]


def test_delegations_whose_examples_name_a_mission_wait_and_other_examples_name_nothing():
    text = report_text(
        "330",
        "30 tháng 9 năm 2022",
        "Kết quả công tác đối ngoại quý III năm 2022",
        "Trong quý đón 09 đoàn/112 lượt khách quốc tế đến làm việc, điển hình là Đoàn Tổng Lãnh sự quán Lào tại Đà "
        "Nẵng và Đoàn Đại sứ quán Nhật Bản.",
        "Trong quý, cử 06 đoàn với 23 lượt cán bộ đi công tác nước ngoài, tiêu biểu là đoàn đi Hàn Quốc.",
        "Trong quý, tiếp 03 đoàn của các cơ quan đại diện nước ngoài, tiêu biểu là Đoàn Đại sứ quán Ô-xtrây-li-a.",
    )
    published = published_figures(text)
    # (all guests, or the missions' alone: not certain which)
    assert not {figure for figure in published if figure[2] in (Decimal(9), Decimal(112))}
    assert "its examples name a diplomatic mission" in not_published_reasons(text)["09"]
    assert ("2022-Q3", "outbound_delegations", Decimal(6), "exact") in published
    assert ("2022-Q3", "outbound_persons", Decimal(23), "exact") in published
    # (the count's own words name the missions)
    assert ("2022-Q3", "inbound_mission_delegations", Decimal(3), "exact") in published
