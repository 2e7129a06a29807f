"""The period a report covers and the period a sentence names."""

import datetime as dt

import pytest

from dagster_project.documents.scopes import Scope, ScopeError, find_scopes, report_period, resolve_as_of
from dagster_project.parsing.text import normalize_label


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["BÁO CÁO", "Hoạt động đối ngoại phục vụ phát triển kinh tế - xã hội tỉnh 9 tháng năm 2022"], "2022-9M"),
        (
            [
                "BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI 06 THÁNG ĐẦU NĂM 2021 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ 06 THÁNG CUỐI NĂM 2021"
            ],
            "2021-H1",
        ),
        (
            [
                "Triển khai nhiệm vụ công tác đối ngoại năm 2021.",
                "UBND tỉnh tổ chức hội nghị tổng kết công tác đối ngoại năm 2020",
            ],
            "2020",
        ),
        (["BÁO CÁO", "Kết quả công tác đối ngoại quý I năm 2023"], "2023-Q1"),
        (
            ["Tình hình thực hiện công tác đối ngoại 6 tháng đầu năm 2022 và nhiệm vụ trọng tâm 6 tháng cuối năm 2022"],
            "2022-H1",
        ),
        (
            [
                "Trên đây báo cáo kết quả hoạt động đối ngoại 9 tháng năm 2022; phương hướng nhiệm vụ những tháng cuối năm 2022"
            ],
            "2022-9M",
        ),
    ],
)
def test_report_period_from_title_and_reporting_lines(lines, expected):
    assert report_period(lines)[0] == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["V/v báo cáo kết quả hợp tác với Hàn Quốc", "Hà Tĩnh, ngày 07 tháng 02 năm 2023"],
        ["Kết quả chúc mừng Lễ Giáng sinh và Tết Dương lịch 2021", "Thực hiện kế hoạch hoạt động đối ngoại 2020"],
        ["Kế hoạch đối ngoại năm 2023", "Nhiệm vụ năm 2024"],
        # two different periods reported: refuse rather than guess
        ["Báo cáo kết quả công tác đối ngoại năm 2021", "Báo cáo kết quả công tác đối ngoại 6 tháng đầu năm 2022"],
    ],
)
def test_report_period_unknown_when_not_named_or_ambiguous(lines):
    assert report_period(lines)[0] is None


@pytest.mark.parametrize(
    ("sentence", "kind", "code"),
    [
        ("Năm 2020, có 11 đoàn", "year", "2020"),
        ("từ năm 2014 đến 2020, tỉnh đã cử", "span", "2014-2020"),
        ("Trong giai đoạn 2016 - 2020, trên địa bàn", "span", "2016-2020"),
        ("Giai đoạn 2014 – 2020, tại cửa khẩu", "span", "2014-2020"),
        ("9 tháng đầu năm 2022, Sở tham mưu", "partial_year", "2022-9M"),
        ("vì vậy 9 tháng đầu năm giá trị cam kết", "partial_year", "2022-9M"),
        ("Sáu tháng đầu năm, toàn tỉnh có", "partial_year", "2022-H1"),
        ("Trong quý I/2023, đoàn ra", "quarter", "2023-Q1"),
        ("Quý III năm 2022", "quarter", "2022-Q3"),
        ("Tháng 7/2022, đoàn lãnh đạo", "month", "2022-07"),
        ("Trong năm, đã cho phép", "this_year", None),
    ],
)
def test_scope_named_in_a_sentence(sentence, kind, code):
    scopes = find_scopes(normalize_label(sentence), 2022)
    assert [(scope.kind, scope.code) for _, scope in scopes] == [(kind, code)]


def test_comparison_years_are_not_scopes():
    assert find_scopes(normalize_label("giảm 49 đoàn với 220 lượt so với năm 2019"), 2020) == []


def test_as_of_date_maps_to_the_report_period_only_near_its_end():
    scope = find_scopes(normalize_label("Tính đến ngày 12/9: đoàn ra có"), 2022)[0][1]
    assert scope.as_of == dt.date(2022, 9, 12)
    assert resolve_as_of(scope, "2022-9M") == "2022-9M"
    with pytest.raises(ScopeError):
        resolve_as_of(Scope("as_of_date", None, "tinh den ngay 15 5", dt.date(2022, 5, 15)), "2022-9M")
    with pytest.raises(ScopeError):
        resolve_as_of(scope, None)
