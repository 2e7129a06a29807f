"""Capabilities found by the twenty-seventh blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import published_figures


def test_one_side_of_the_trade_is_not_the_turnover():
    text = (
        "BÁO CÁO\nTình hình kinh tế đối ngoại 9 tháng năm 2026\n"
        "Tổng kim ngạch xuất nhập khẩu 9 tháng đạt 4,35 tỷ USD; trong đó nhập khẩu đạt 2,9 tỷ USD, xuất khẩu "
        "ước đạt 1,45 tỷ USD.\n"
    )
    found = published_figures(text)
    assert ("2026-9M", "export_import_turnover", 4350000000, "exact") in found
    assert not any(value in (2900000000, 1450000000) for *_, value, _ in found)


def test_delegations_of_investors_are_a_kind_of_guests_not_all_of_them():
    text = (
        "BÁO CÁO\nKết quả xúc tiến đầu tư quý I năm 2026\n"
        "Trong quý, Sở đã phối hợp đón 6 đoàn doanh nghiệp Hàn Quốc và 4 đoàn nhà đầu tư Nhật Bản đến khảo sát.\n"
    )
    assert not any(code.startswith("inbound") for _, code, _, _ in published_figures(text))


def test_a_cut_off_before_the_last_month_leaves_a_later_labelled_period_a_count_so_far():
    text = (
        "BÁO CÁO\nTổng kết công tác đối ngoại năm 2026\nHà Tĩnh, ngày 08 tháng 12 năm 2026\n"
        "Tính đến ngày 25/11/2026, toàn tỉnh tiếp nhận 14 vụ việc lãnh sự, riêng quý IV có 3 vụ việc; "
        "ước cả năm 16 vụ việc.\n"
        "Tính đến hết tháng 9/2026 đã hồi hương 20 hài cốt liệt sỹ; riêng tháng 10/2026 hồi hương 4 hài cốt liệt sỹ.\n"
    )
    found = published_figures(text)
    assert ("2026", "consular_cases", 16, "approx") in found
    assert not any(period == "2026-Q4" for period, *_ in found)
    # (a cut-off before a later month's own count does not touch it)
    assert ("2026-10", "remains_repatriated", 4, "exact") in found


def test_a_section_of_a_title_naming_two_periods_ending_together_dates_its_figures():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại tháng 6 và 6 tháng đầu năm 2026\n"
        "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026\n"
        "1. Công tác lãnh sự\n"
        "Trong 6 tháng, Sở phối hợp xử lý 12 vụ việc lãnh sự, bảo hộ công dân.\n"
        "Hiện có 1.210 lưu học sinh Lào đang học tập tại các cơ sở đào tạo của tỉnh.\n"
    )
    found = published_figures(text)
    assert {("2026-H1", "consular_cases", 12, "exact"), ("2026-H1", "lao_students", 1210, "exact")} <= found
    assert not any(period == "2026-06" for period, *_ in found)


def test_a_header_written_over_lines_above_a_rule_of_dashes_names_the_columns(tmp_path):
    from dagster_project.documents.extract import extract_figures
    from dagster_project.documents.reader import read_document

    report = tmp_path / "dich_thuat_6thang.txt"
    report.write_text(
        "BÁO CÁO\nKết quả công tác dịch thuật, lãnh sự 6 tháng đầu năm 2026\n\n"
        "Số liệu theo quý như sau:\n\n"
        "  Thời gian        Số trang         Số giờ       Hồ sơ hợp pháp\n"
        "                   biên dịch        phiên dịch   hóa lãnh sự\n"
        "  ------------   -----------   ------------   --------------\n"
        "  Quý I/2026           1.214             38               27\n"
        "  Quý II/2026          1.507             45               31\n"
        "  ------------   -----------   ------------   --------------\n",
        encoding="utf-8",
    )
    found = {
        (f.period_code, f.indicator_code, f.value.normalize()) for f in extract_figures(read_document(report)).figures
    }
    assert {
        ("2026-Q1", "translated_pages", 1214),
        ("2026-Q2", "interpreting_hours", 45),
        ("2026-Q2", "consular_legalisations", 31),
    } <= found
    assert not any(code == "translated_pages" and value in (38, 45) for _, code, value in found)


def test_a_total_row_below_a_rule_sums_rows_with_an_estimate_and_is_one(tmp_path):
    from dagster_project.documents.extract import extract_figures
    from dagster_project.documents.reader import read_document

    report = tmp_path / "lanh_su_quy4.txt"
    report.write_text(
        "BÁO CÁO\nKết quả công tác lãnh sự quý IV năm 2026\nHà Tĩnh, ngày 20 tháng 12 năm 2026\n\n"
        "  Tháng             Hồ sơ hợp pháp      Số trang\n"
        "                    hóa lãnh sự         biên dịch\n"
        "  --------------   ----------------   -----------\n"
        "  Tháng 10/2026                  14           402\n"
        "  Tháng 11/2026                  12           388\n"
        "  Tháng 12/2026 (ước)            10           350\n"
        "  --------------   ----------------   -----------\n"
        "  Cộng quý IV                    36         1.140\n",
        encoding="utf-8",
    )
    found = {
        (f.period_code, f.indicator_code, f.value.normalize(), f.qualifier)
        for f in extract_figures(read_document(report)).figures
    }
    assert ("2026-10", "consular_legalisations", 14, "exact") in found
    assert ("2026-Q4", "consular_legalisations", 36, "approx") in found
    assert ("2026-Q4", "translated_pages", 1140, "approx") in found
    assert not any(period == "2026-Q4" and qualifier == "exact" for period, _, _, qualifier in found)


def test_this_period_of_a_kind_is_the_one_of_that_kind_the_subject_names():
    message = (
        "Từ: Phòng Lãnh sự <ls.sngv@hatinh.gov.vn>\n"
        "Gửi: Thứ Hai, 11/01/2027 09:15\n"
        "Đến: Văn phòng UBND tỉnh\n"
        "Chủ đề: Số liệu lãnh sự năm 2026 và giai đoạn 2022-2026\n\n"
        "Dạ em gửi số liệu ạ.\n"
        "- Cả giai đoạn tiếp nhận, an táng 61 hài cốt liệt sỹ; năm 2026 là 15 hài cốt liệt sỹ.\n"
    )
    report = (
        "BÁO CÁO\nKết quả công tác đối ngoại tháng 9 và quý III năm 2026\n"
        "Trong tháng, Sở tiếp nhận 11 hồ sơ hợp pháp hóa lãnh sự.\n"
    )
    assert {
        ("2022-2026", "remains_repatriated", 61, "exact"),
        ("2026", "remains_repatriated", 15, "exact"),
    } <= published_figures(message)
    assert ("2026-09", "consular_legalisations", 11, "exact") in published_figures(report)


def test_support_given_by_the_province_with_its_departments_and_businesses_is_the_provinces():
    text = (
        "BÁO CÁO\nKết quả hợp tác với Lào năm 2026\n"
        "Năm 2026, tỉnh cùng các sở, ngành, địa phương, doanh nghiệp đã hỗ trợ các tỉnh bạn Lào tổng trị giá "
        "khoảng 9,3 tỷ đồng.\n"
        "Riêng Công ty cổ phần Sao Mai, một doanh nghiệp của tỉnh, trao tặng trường học tỉnh Khăm Muồn 1,2 tỷ đồng.\n"
    )
    found = published_figures(text)
    assert ("2026", "support_to_lao_provinces", 9300000000, "approx") in found
    assert not any(value == 1200000000 for *_, value, _ in found)
