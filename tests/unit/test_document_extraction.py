"""Figures read from narrative reports: every expected figure found, nothing invented.

Three sets of reports: the department's real ones (../shared/seeds, expected figures in
tests/data/published_figures.csv, read by hand), the shipped SAMPLE reports, and short
reports written here in the department's style with phrasings the others do not use."""

import csv
from decimal import Decimal

import pytest

from dagster_project.documents.extract import extract_figures, split_sentences
from dagster_project.documents.reader import Block, read_document
from dagster_project.paths import DEFAULT_RAW_DIR
from tests.conftest import TESTS_DIR, load_expected_figures
from tests.unit.documents import document_from_text

SEED_PREFIXES = ("000", "001", "002", "004")


def _figures(extraction):
    return {(f.period_code, f.indicator_code, f.value.normalize(), f.unit, f.qualifier) for f in extraction.figures}


def _expected(rows):
    return {
        (r["period_code"], r["indicator_code"], Decimal(r["value"]).normalize(), r["unit"], r["qualifier"])
        for r in rows
    }


_text = document_from_text


@pytest.mark.parametrize("prefix", SEED_PREFIXES)
def test_seed_report_gives_exactly_the_expected_figures(prefix, shared_seeds_dir):
    (path,) = shared_seeds_dir.glob(f"{prefix}_*.txt")
    extraction = extract_figures(read_document(path))
    expected = _expected(row for row in load_expected_figures() if row["seed"] == prefix)
    found = _figures(extraction)
    assert found - expected == set(), "figures not in the expected list (invented or mis-assigned)"
    assert expected - found == set(), "expected figures not found"


def test_figure_offsets_point_at_the_figure_in_the_text(shared_seeds_dir):
    for path in shared_seeds_dir.glob("*.txt"):
        document = read_document(path)
        for figure in extract_figures(document).figures:
            written = document.text[figure.char_start : figure.char_end]
            assert written == figure.value_as_written
            assert document.text[figure.excerpt_start :].startswith(figure.excerpt)
            assert written in figure.excerpt


def _sample_expected() -> dict[str, set]:
    with (TESTS_DIR / "data" / "sample_document_figures.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {name: _expected(r for r in rows if r["document"] == name) for name in {r["document"] for r in rows}}


@pytest.mark.parametrize("name", sorted(_sample_expected()))
def test_shipped_sample_report_gives_exactly_its_figures(name):
    extraction = extract_figures(read_document(DEFAULT_RAW_DIR / "documents" / name))
    assert _figures(extraction) == _sample_expected()[name]


def test_shipped_sample_sentences_that_must_not_be_published_go_to_review():
    extraction = extract_figures(read_document(DEFAULT_RAW_DIR / "documents" / "SAMPLE_ban_tin_quy_III_2022.md"))
    reasons = {item.value_as_written: item.reason for item in extraction.review}
    assert reasons["5"].startswith("a change against an earlier period")
    assert "names a month" in reasons["02"]
    # under the plan heading: set apart from the queue, with its reason
    assert {item.value_as_written: item.reason for item in extraction.set_aside}["2"].startswith("a plan")


YEAR_2021 = """BÁO CÁO
Tổng kết công tác đối ngoại năm 2021 và phương hướng nhiệm vụ năm 2022
I. Kết quả thực hiện
Năm 2021, do ảnh hưởng của dịch Covid-19, toàn tỉnh chỉ có 04 đoàn với 12 lượt cán bộ đi công tác nước ngoài, giảm 7 đoàn so với năm 2020.
Tỉnh đã đón 09 đoàn khách quốc tế với 65 lượt người vào làm việc.
Tiếp nhận và hồi hương 15 hài cốt liệt sỹ quân tình nguyện Việt Nam hy sinh tại Lào.
Cấp phép tổ chức 7 hội nghị, hội thảo quốc tế. Phối hợp giải quyết 18 vụ việc liên quan đến bảo hộ công dân.
Hiện có khoảng 1.050 lưu học sinh Lào đang học tập tại các cơ sở đào tạo của tỉnh.
Năm 2022 là năm kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào.
Lũy kế đến nay đã tổ chức 120 hội nghị, hội thảo quốc tế trên địa bàn.
Tháng 5/2021, tỉnh đón 6 đoàn khách quốc tế đến thăm, làm việc.
II. Phương hướng nhiệm vụ năm 2022
Phấn đấu thu hút 3 dự án ODA và đón tiếp 20 đoàn khách quốc tế.
"""

QUARTER_2023 = """BÁO CÁO
Kết quả công tác đối ngoại quý I năm 2023
Trong quý I/2023, đoàn ra: 05 đoàn/21 lượt người, đoàn vào: 07 đoàn/48 lượt khách quốc tế.
Tổ chức 02 hội thảo quốc tế; ký 01 thỏa thuận hợp tác với tỉnh Khăm Muôn.
Xử lý 04 vụ việc lãnh sự. Số lượt khách quốc tế tăng 15 lượt so với cùng kỳ.
Theo Văn bản số 1234/SNgV-HTQT ngày 15/3/2023, Sở đã gửi báo cáo.
"""

HALF_2021 = """BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI 06 THÁNG ĐẦU NĂM 2021
6 tháng đầu năm 2021, thẩm định và trình UBND tỉnh phê duyệt tiếp nhận 05 dự án phi chính phủ nước ngoài với tổng giá trị cam kết hơn 620.000 USD.
Tính đến 30/6/2021, có 28 tổ chức phi chính phủ nước ngoài đang hoạt động có giấy đăng ký tại tỉnh.
Hỗ trợ hai tỉnh Bolikhamsay và Khăm Muôn 2,5 tỷ đồng để phòng chống dịch Covid-19.
"""

NINE_MONTHS_WITH_A_YEAR = """BÁO CÁO
Kết quả hoạt động đối ngoại 9 tháng năm 2023
Năm 2023, tỉnh có 30 đoàn với 120 lượt cán bộ đi công tác nước ngoài.
Dự kiến năm 2024 sẽ đón 20 đoàn khách quốc tế.
"""

YEAR_TO_DATE_2022 = """BÁO CÁO
Kết quả công tác đối ngoại 9 tháng năm 2022
Từ đầu năm đến nay, toàn tỉnh có 36 đoàn với 248 lượt cán bộ đi công tác nước ngoài.
Tính đến hết tháng 9/2022, đã xử lý 12 vụ việc liên quan đến công tác lãnh sự và bảo hộ công dân.
Giá trị viện trợ phi chính phủ nước ngoài đã giải ngân đạt 900.000 USD.
Hiện đang triển khai 12 dự án ODA trên địa bàn tỉnh.
"""

MONTHLY = """BÁO CÁO
Kết quả công tác đối ngoại tháng 10 năm 2022 (Văn bản ngày 28 tháng 9 năm 2022 của UBND tỉnh)
Tháng 10/2022, Sở đã phối hợp xử lý 03 vụ việc bảo hộ công dân.
"""

NO_PERIOD = """V/v báo cáo tình hình hợp tác với Nhật Bản
Sở đã phối hợp tổ chức 03 hội thảo quốc tế với các đối tác Nhật Bản.
Dự án có tổng vốn đầu tư 17,4 triệu USD.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            YEAR_2021,
            {
                ("2021", "outbound_delegations", Decimal(4), "delegation", "exact"),
                ("2021", "outbound_persons", Decimal(12), "person", "exact"),
                ("2021", "inbound_delegations", Decimal(9), "delegation", "exact"),
                ("2021", "inbound_visitors", Decimal(65), "person", "exact"),
                ("2021", "remains_repatriated", Decimal(15), "person", "exact"),
                ("2021", "intl_conferences", Decimal(7), "event", "exact"),
                ("2021", "consular_cases", Decimal(18), "case", "exact"),
                ("2021", "lao_students", Decimal(1050), "person", "approx"),
            },
        ),
        (
            QUARTER_2023,
            {
                ("2023-Q1", "outbound_delegations", Decimal(5), "delegation", "exact"),
                ("2023-Q1", "outbound_persons", Decimal(21), "person", "exact"),
                ("2023-Q1", "inbound_delegations", Decimal(7), "delegation", "exact"),
                ("2023-Q1", "inbound_visitors", Decimal(48), "person", "exact"),
                ("2023-Q1", "intl_conferences", Decimal(2), "event", "exact"),
                ("2023-Q1", "intl_agreements", Decimal(1), "agreement", "exact"),
                ("2023-Q1", "consular_cases", Decimal(4), "case", "exact"),
            },
        ),
        (
            HALF_2021,
            {
                ("2021-H1", "ngo_projects_approved", Decimal(5), "project", "exact"),
                ("2021-H1", "ngo_aid_committed", Decimal(620000), "USD", "over"),
                ("2021-H1", "ngos_registered_total", Decimal(28), "organisation", "exact"),
                ("2021-H1", "support_to_lao_provinces", Decimal(2500000000), "VND", "exact"),
            },
        ),
        (NINE_MONTHS_WITH_A_YEAR, set()),
        (
            YEAR_TO_DATE_2022,
            {
                ("2022-9M", "outbound_delegations", Decimal(36), "delegation", "exact"),
                ("2022-9M", "outbound_persons", Decimal(248), "person", "exact"),
                ("2022-9M", "consular_cases", Decimal(12), "case", "exact"),
            },
        ),
        (MONTHLY, {("2022-10", "consular_cases", Decimal(3), "case", "exact")}),
        (NO_PERIOD, set()),
    ],
    ids=[
        "year-2021",
        "quarter-2023",
        "half-2021",
        "nine-months-naming-the-year",
        "year-to-date",
        "monthly",
        "no-period",
    ],
)
def test_reports_in_the_department_style_nobody_tuned_for(text, expected):
    assert _figures(extract_figures(_text(text))) == expected


@pytest.mark.parametrize(
    ("text", "written", "reason"),
    [
        (YEAR_2021, "7", "a change against an earlier period"),
        (YEAR_2021, "120", "a running total since an unknown start"),
        (YEAR_2021, "6", "period not certain"),
        (QUARTER_2023, "15", "a change against an earlier period"),
        (NINE_MONTHS_WITH_A_YEAR, "30", "period not certain"),
        (NINE_MONTHS_WITH_A_YEAR, "20", "a plan, target or proposal"),
        (NO_PERIOD, "03", "period not certain"),
        (YEAR_TO_DATE_2022, "900.000 USD", "money amount not tied to an indicator"),
        (YEAR_TO_DATE_2022, "12", "reads like oda_projects but 'dang trien khai' says otherwise"),
        (NO_PERIOD, "17,4 triệu USD", "capital amount without a project count"),
    ],
)
def test_uncertain_figures_go_to_review_with_the_reason(text, written, reason):
    review = {item.value_as_written: item.reason for item in extract_figures(_text(text)).review}
    assert review[written].startswith(reason)


def test_a_plan_under_a_plan_heading_is_set_apart_from_the_queue():
    """ "II. Phương hướng nhiệm vụ năm 2022" / "Phấn đấu ... đón tiếp 20 đoàn": nobody could accept it as a result."""
    extraction = extract_figures(_text(YEAR_2021))
    assert "20" not in {item.value_as_written for item in extraction.review}
    assert {item.value_as_written: item.reason for item in extraction.set_aside}["20"].startswith(
        "a plan, target or proposal"
    )


def test_one_report_giving_two_values_for_a_figure_publishes_neither():
    text = "Báo cáo kết quả công tác đối ngoại năm 2021\nNăm 2021, xử lý 12 vụ việc lãnh sự.\nTrong năm đã xử lý 14 vụ việc bảo hộ công dân."
    extraction = extract_figures(_text(text))
    assert extraction.figures == []
    assert {item.value_as_written for item in extraction.review} == {"12", "14"}


def test_the_same_figure_twice_in_one_report_is_one_figure():
    text = "Báo cáo kết quả công tác đối ngoại năm 2021\nNăm 2021, xử lý 12 vụ việc lãnh sự.\nVụ việc lãnh sự, bảo hộ công dân | 12 vụ việc"
    assert len(extract_figures(_text(text)).figures) == 1


def test_sentences_split_at_full_stops_before_capitals_not_inside_numbers():
    block = Block("paragraph", 1, 10, "Đạt trên 1.150.000 USD. Mặc dù số lượng 2.1 dự án chưa nhiều. - Tiếp tục")
    sentences = split_sentences(block)
    assert [s.text for s in sentences] == [
        "Đạt trên 1.150.000 USD.",
        "Mặc dù số lượng 2.1 dự án chưa nhiều.",
        "- Tiếp tục",
    ]
    assert sentences[1].start == 10 + block.text.index("Mặc")


def test_every_rule_names_an_indicator_of_the_codelist():
    from dagster_project.codelists import load_indicators
    from dagster_project.documents.rules import load_rules

    rules = load_rules()
    assert {rule.indicator for rule in rules} <= set(load_indicators())
    assert all(rule.units for rule in rules)
