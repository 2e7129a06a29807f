"""Capabilities found by the fifth batch of style reports (meeting minutes, an official letter, a
speech outline, a council answer, an e-mail, an annual plan, a term report, a news article),
each written here in phrasings and layouts other than the batch's."""

from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.quantities import find_quantities
from tests.unit.documents import document_from_text


def _extract(text: str):
    return extract_figures(document_from_text(text))


def _published(text: str) -> set[tuple]:
    return {(f.period_code, f.indicator_code, f.value.normalize(), f.qualifier) for f in _extract(text).figures}


def _reasons(text: str) -> dict[str, str]:
    return {item.value_as_written: item.reason for item in _extract(text).review + _extract(text).set_aside}


HALF_TITLE = "BÁO CÁO\nCông tác đối ngoại 6 tháng đầu năm 2025\n"


def test_pairs_of_values_under_a_unit_column_with_a_caption_row_and_a_part_row():
    text = HALF_TITLE + (
        "| Chỉ tiêu | Đơn vị tính | 6 tháng 2025 | 6 tháng 2024 (cùng kỳ) | Tỷ lệ (%) |\n"
        "| Toàn tỉnh |  |  |  |  |\n"
        "| Đoàn đi công tác nước ngoài | đoàn/lượt người | 21/96 | 18/80 | 116,7 |\n"
        "| Khách quốc tế đến thăm, làm việc | đoàn/lượt khách | 30/212 | 25/190 | 120,0 |\n"
        "| Trong đó: đoàn đại sứ quán các nước | đoàn/lượt khách | 05/33 | 04/21 | 125,0 |\n"
        "| Trong đó: đoàn cấp bộ trưởng | đoàn | 02 | 01 | 200,0 |\n")
    assert _published(text) == {
        ("2025-H1", "outbound_delegations", Decimal(21), "exact"), ("2025-H1", "outbound_persons", Decimal(96), "exact"),
        ("2024-H1", "outbound_delegations", Decimal(18), "exact"), ("2024-H1", "outbound_persons", Decimal(80), "exact"),
        ("2025-H1", "inbound_delegations", Decimal(30), "exact"), ("2025-H1", "inbound_visitors", Decimal(212), "exact"),
        ("2024-H1", "inbound_delegations", Decimal(25), "exact"), ("2024-H1", "inbound_visitors", Decimal(190), "exact"),
        ("2025-H1", "inbound_mission_delegations", Decimal(5), "exact"), ("2025-H1", "inbound_mission_visitors", Decimal(33), "exact"),
        ("2024-H1", "inbound_mission_delegations", Decimal(4), "exact"), ("2024-H1", "inbound_mission_visitors", Decimal(21), "exact"),
    }


def test_a_column_marked_cung_ky_must_be_the_year_before():
    text = HALF_TITLE + ("| Chỉ tiêu | Đơn vị tính | 6 tháng 2025 | 6 tháng 2023 (cùng kỳ) |\n"
                         "| Vụ việc bảo hộ công dân | vụ việc | 7 | 4 |\n")
    assert _published(text) == {("2025-H1", "consular_cases", Decimal(7), "exact")}


def test_a_pair_of_years_is_a_header_not_two_figures():
    assert find_quantities("2024/2025") == []


def test_minutes_take_their_period_from_the_bien_ban_title():
    text = "BIÊN BẢN\nHội nghị sơ kết công tác đối ngoại 6 tháng đầu năm 2025\nTrong 6 tháng, tỉnh đón 14 đoàn khách quốc tế.\n"
    assert _published(text) == {("2025-H1", "inbound_delegations", Decimal(14), "exact")}


def test_a_time_of_day_is_no_figure():
    quantities = find_quantities("Hội nghị bắt đầu lúc 8 giờ 30 phút và kết thúc lúc 11h15; phiên dịch 3 giờ.")
    assert [q.as_written for q in quantities] == ["3"]


def test_a_count_registered_in_the_plan_is_a_plan():
    text = HALF_TITLE + "Toàn tỉnh đã đăng ký 40 đoàn đi công tác nước ngoài trong kế hoạch năm 2025."
    assert _published(text) == set()
    assert _reasons(text)["40"].startswith("a plan")


def test_among_the_cases_a_count_is_a_part():
    text = HALF_TITLE + "Trong 6 tháng, giải quyết 09 vụ việc bảo hộ công dân. Trong số các vụ việc bảo hộ công dân có 03 vụ liên quan thuyền viên."
    assert _published(text) == {("2025-H1", "consular_cases", Decimal(9), "exact")}
    assert "sub-count" in _reasons(text)["03"]
