"""Capabilities found by the twenty-first blind batch, each written here in phrasings other than the
batch's: a labelled value's own noun, a period's part whose indicator only other counts choose, the
halves and ends of a year in words, and a year-to-date count in a report dated before its period ends."""

from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import not_published_reasons, published_figures, word_report

YEAR = "BÁO CÁO\nTổng kết công tác đối ngoại năm 2024\n"


def test_a_labelled_value_counts_its_own_noun_not_the_one_before_the_label():
    text = YEAR + (
        "Qua Cửa khẩu quốc tế Cầu Treo có 52.300 lượt phương tiện và 230.100 lượt người làm thủ tục xuất nhập cảnh "
        "(năm 2023: 211.500 lượt người và 48.100 lượt phương tiện).\n"
    )
    published = published_figures(text)
    assert ("2023", "border_crossings_persons", Decimal(211500), "exact") in published
    assert ("2023", "border_crossings_vehicles", Decimal(48100), "exact") in published
    assert ("2023", "border_crossings_vehicles", Decimal(211500), "exact") not in published


def test_a_labelled_value_in_a_generic_noun_is_still_the_labels():
    text = YEAR + "- Lưu học sinh Lào đang theo học tại các cơ sở đào tạo của tỉnh: khoảng 1.150 người.\n"
    assert ("2024", "lao_students", Decimal(1150), "approx") in published_figures(text)


def test_a_periods_part_that_only_the_counts_before_it_could_name_is_uncertain():
    text = YEAR + (
        "- Trong năm, tỉnh chấp thuận chủ trương đầu tư 52 dự án; trong đó có 47 dự án trong nước và 05 dự án "
        "đầu tư trực tiếp nước ngoài (FDI). Riêng quý IV/2024, chấp thuận thêm 12 dự án.\n"
    )
    published = published_figures(text)
    assert not any(value == 12 for _, _, value, _ in published)
    assert "several indicators" in not_published_reasons(text)["12"]
    assert ("2024", "fdi_projects_approved", Decimal(5), "exact") in published


def test_the_halves_of_a_year_in_words():
    text = "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2024\n" + (
        "Tỉnh đã ký kết 05 thỏa thuận quốc tế, trong khi nửa đầu năm 2023 chỉ ký được 02 thỏa thuận quốc tế.\n"
    )
    published = published_figures(text)
    assert ("2023-H1", "intl_agreements", Decimal(2), "exact") in published
    assert ("2023", "intl_agreements", Decimal(2), "exact") not in published


def test_the_start_or_middle_of_a_year_is_no_period_and_never_the_year():
    text = YEAR + "Đầu năm 2024, tỉnh đón 06 đoàn khách quốc tế đến chúc Tết.\n"
    assert published_figures(text) == set()
    assert "does not understand" in not_published_reasons(text)["06"]


def test_the_end_of_a_year_dates_a_level_but_not_a_flow():
    text = "BÁO CÁO\nKết quả công tác đối ngoại năm 2025\n" + (
        "Tính đến cuối năm 2025, trên địa bàn có khoảng 1.320 lưu học sinh Lào (cuối năm 2024 là 1.260 lưu học "
        "sinh).\nCuối năm 2025, Sở tiếp đón 03 đoàn khách quốc tế đến thăm và làm việc.\n"
    )
    published = published_figures(text)
    assert ("2025", "lao_students", Decimal(1320), "approx") in published
    assert ("2024", "lao_students", Decimal(1260), "exact") in published
    assert not any(value == 3 for _, _, value, _ in published)
    assert "end of a year" in not_published_reasons(text)["03"]


def _report_with_letterhead_table(tmp_path, date_line: str, body: str):
    import docx

    document = docx.Document()
    letterhead = document.add_table(rows=1, cols=2)
    letterhead.cell(0, 0).text = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 512/BC-SNgV"
    letterhead.cell(0, 1).text = f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{date_line}"
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Kết quả công tác đối ngoại năm 2025")
    document.add_paragraph(body)
    path = tmp_path / "bao_cao.docx"
    document.save(path)
    return extract_figures(read_document(path))


def test_a_year_to_date_count_with_more_expected_before_the_period_ends_is_not_the_period(tmp_path):
    body = (
        "Từ đầu năm đến nay, Sở đã phối hợp xử lý 21 vụ việc bảo hộ công dân; dự kiến trong tháng 12 tiếp tục "
        "hỗ trợ đưa 02 thi hài công dân về nước."
    )
    early = _report_with_letterhead_table(tmp_path, "Hà Tĩnh, ngày 04 tháng 12 năm 2025", body)
    assert not any(f.value == 21 for f in early.figures)
    assert any(item.value_as_written == "21" and "expects more" in item.reason for item in early.review)
    after_the_year = _report_with_letterhead_table(
        tmp_path, "Hà Tĩnh, ngày 31 tháng 12 năm 2025", body.split(";")[0] + "."
    )
    assert {(f.period_code, f.value) for f in after_the_year.figures} == {("2025", Decimal(21))}


def _report_with_table(tmp_path, caption: str, rows: list[tuple[str, ...]]):
    before = ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2025", "Kính gửi: Ủy ban nhân dân tỉnh."]
    before += ["Sở Ngoại vụ báo cáo kết quả công tác đối ngoại năm 2025 như sau:", caption]
    extraction = word_report(tmp_path / "bang.docx", before, rows)
    return {(f.period_code, f.indicator_code, f.value) for f in extraction.figures}


def test_a_row_naming_a_measure_is_read_with_its_tables_caption(tmp_path):
    rows = [
        ("Chỉ tiêu", "Năm 2025", "Năm 2024"),
        ("Lượt thuyền viên", "18.420", "17.950"),
        ("Số lượt tàu", "1.210", "1.105"),
    ]
    found = _report_with_table(tmp_path, "Bảng 3. Xuất nhập cảnh qua cảng biển Vũng Áng, Sơn Dương", rows)
    assert {("2025", "port_crew", Decimal(18420)), ("2024", "port_crew", Decimal(17950))} <= found
    assert ("2025", "port_vessels", Decimal(1210)) in found


def test_a_row_naming_one_item_stays_an_item_under_the_same_kind_of_caption(tmp_path):
    rows = [
        ("Tên chương trình, dự án", "Nhà tài trợ", "Giá trị cam kết (USD)"),
        ("Dự án nước sạch cho 3 xã vùng cao", "World Vision", "250.000"),
        ("Chương trình hỗ trợ trẻ khuyết tật tại huyện Hương Khê", "Plan", "180.000"),
    ]
    found = _report_with_table(tmp_path, "Bảng 4. Viện trợ phi chính phủ nước ngoài năm 2025", rows)
    assert not {value for *_, value in found} & {Decimal(250000), Decimal(180000)}


def test_which_row_labels_name_a_measure():
    from dagster_project.documents.table_figures import names_a_measure

    measures = ["Số nhà tài trợ", "Lượt thuyền viên", "Giá trị cam kết (USD)", "Phương tiện xuất, nhập cảnh"]
    items = ["Dự án nước sạch cho 3 xã vùng cao", "Thỏa thuận với tỉnh Khăm Muồn", "Dự án Cải thiện dinh dưỡng"]
    assert [names_a_measure(label) for label in measures] == [True] * len(measures)
    assert [names_a_measure(label) for label in items] == [False] * len(items)
