"""Capabilities found by the twenty-eighth blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import published_figures

QUARTER = "BÁO CÁO\nKết quả công tác đối ngoại quý III năm 2026\nHà Tĩnh, ngày 24 tháng 9 năm 2026\n"


def test_a_cut_off_right_after_a_named_period_closes_that_periods_count():
    text = QUARTER + (
        "Năm 2026 (tính đến ngày 18/9) đã tiếp nhận, giải quyết 47 hồ sơ hợp pháp hóa lãnh sự. "
        "Trong quý (tính đến ngày 18/9), tiếp nhận 15 hồ sơ hợp pháp hóa lãnh sự.\n"
    )
    found = published_figures(text)
    assert not any(value == 47 for *_, value, _ in found)
    assert ("2026-Q3", "consular_legalisations", 15, "exact") in found


def test_delegations_counted_after_a_partners_name_in_a_list_are_its_share():
    text = QUARTER + (
        "Trong quý, tỉnh cử 21 đoàn đi công tác nước ngoài, trong đó đi Lào 12 đoàn, Thái Lan 4 đoàn, "
        "Hàn Quốc 3 đoàn. Hỗ trợ các tỉnh bạn Lào 1,1 tỷ đồng.\n"
    )
    found = published_figures(text)
    assert ("2026-Q3", "outbound_delegations", 21, "exact") in found
    assert not any(value in (12, 4, 3) for *_, value, _ in found)
    assert ("2026-Q3", "support_to_lao_provinces", 1100000000, "exact") in found


def test_delegations_of_foreign_ngos_are_a_kind_of_guests():
    text = QUARTER + "Trong quý, Sở đón tiếp 5 đoàn của các tổ chức phi chính phủ nước ngoài với 23 lượt khách.\n"
    assert not any(code.startswith("inbound") for _, code, _, _ in published_figures(text))


def test_a_trong_do_column_naming_a_period_or_an_indicator_is_no_partners_part(tmp_path):
    from tests.unit.documents import word_report

    rows = [
        ("Chỉ tiêu", "6 tháng đầu năm 2026", "Trong đó: Quý II/2026", "Trong đó với Hàn Quốc"),
        ("Đoàn ra (đoàn)", "33", "20", "6"),
        ("Hồ sơ hợp pháp hóa lãnh sự (hồ sơ)", "58", "31", "2"),
    ]
    extraction = word_report(tmp_path / "bang.docx", ["BÁO CÁO", "Số liệu đối ngoại 6 tháng đầu năm 2026"], rows)
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert {("2026-H1", "outbound_delegations", 33), ("2026-Q2", "outbound_delegations", 20)} <= found
    assert ("2026-Q2", "consular_legalisations", 31) in found
    assert not any(value in (6, 2) for *_, value in found)


def test_in_the_year_is_the_one_year_a_title_naming_a_year_and_a_span_names():
    text = (
        "BÁO CÁO\nTổng kết công tác đối ngoại năm 2026, giai đoạn 2022 - 2026 và nhiệm vụ năm 2027\n"
        "Hà Tĩnh, ngày 12 tháng 01 năm 2027\n"
        "Trong năm, các cơ quan, đơn vị tổ chức 11 hội nghị, hội thảo quốc tế.\n"
    )
    found = published_figures(text)
    assert ("2026", "intl_conferences", 11, "exact") in found
    assert not any(period in ("2027", "2022-2026") for period, *_ in found)
