"""Capabilities of the hundredth round, written here in phrasings and layouts other than the held reports'.
Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.quantities import find_quantities
from dagster_project.documents.reader import read_document
from tests.unit.documents import not_published_reasons, published_figures, word_report

HEAD = "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 100/BC-SNgV\n"


def test_an_amount_in_words_over_two_scales_is_one_amount():
    amounts = {
        q.as_written: (q.value, q.currency)
        for q in find_quantities(
            "trao tặng tổng cộng một tỷ hai trăm năm mươi triệu đồng; ngoài ra hai tỷ, bảy trăm triệu đồng và "
            "một triệu hai trăm nghìn USD; riêng bốn tỷ kíp"
        )
    }
    assert amounts["một tỷ hai trăm năm mươi triệu đồng"] == (Decimal(1_250_000_000), "VND")
    assert amounts["hai tỷ, bảy trăm triệu đồng"] == (Decimal(2_700_000_000), "VND")
    assert amounts["một triệu hai trăm nghìn USD"] == (Decimal(1_200_000), "USD")
    # (no part of an amount is read as an amount of its own)
    assert not any(value in (Decimal(250_000_000), Decimal(700_000_000)) for value, _ in amounts.values())


def test_a_gift_in_words_is_published_whole_or_not_at_all():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 28 tháng 12 năm 2019\nBÁO CÁO\nKết quả công tác đối ngoại năm 2019\n"
        "- Năm 2019, tỉnh hỗ trợ hai tỉnh Bolikhamxay và Khammuon tổng trị giá hai tỷ tám trăm triệu đồng.\n"
    )
    found = published_figures(text)
    assert ("2019", "support_to_lao_provinces", Decimal(2_800_000_000), "exact") in found
    assert not any(value == Decimal(800_000_000) for *_, value, _ in found)


def test_a_same_period_column_that_spells_its_period_dates_it_in_a_report_on_two_periods(tmp_path):
    extraction = word_report(
        tmp_path / "bc_quy_ii_6_thang.docx",
        [
            HEAD,
            "Hà Tĩnh, ngày 25 tháng 6 năm 2025",
            "BÁO CÁO",
            "Kết quả công tác đối ngoại quý II và 6 tháng đầu năm 2025",
        ],
        [
            # (a merged "Năm 2025" over the two columns of this year, as Word repeats it)
            ("TT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2025", "Cùng kỳ năm trước (6 tháng năm 2024)", "So sánh (%)"),
            (
                "TT",
                "Chỉ tiêu",
                "ĐVT",
                "Quý II",
                "Lũy kế 6 tháng",
                "Cùng kỳ năm trước (6 tháng năm 2024)",
                "So sánh (%)",
            ),
            ("1", "Đoàn ra", "đoàn", "8", "15", "13", "115,4"),
            ("2", "Hội nghị, hội thảo quốc tế", "hội nghị", "2", "5", "4", "125,0"),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2024-H1", "outbound_delegations", Decimal(13)) in found
    assert ("2024-H1", "intl_conferences", Decimal(4)) in found


def test_a_level_on_the_day_both_title_periods_end_is_the_longer_ones():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 02 tháng 7 năm 2025\nBÁO CÁO\nKết quả công tác đối ngoại quý II và 6 tháng đầu năm 2025\n"
        "I. KẾT QUẢ QUÝ II\n"
        "- Tính đến ngày 30/6/2025, trên địa bàn tỉnh có 1.204 lưu học sinh Lào đang học tập.\n"
    )
    found = published_figures(text)
    assert ("2025-H1", "lao_students", Decimal(1204), "exact") in found
    assert not any(period == "2025-Q2" for period, *_ in found)


def test_a_level_under_the_reports_period_in_an_article_written_after_it_waits_unless_it_says_the_periods_end():
    article = (
        "Trang chủ › Tin tức\n\n# Đối ngoại Hà Tĩnh 6 tháng đầu năm 2023\n\nThứ Năm, 13/7/2023 09:10 | Lượt xem: 310\n\n"
        "## Những con số 6 tháng đầu năm 2023\n\n"
        "Trong 6 tháng, tỉnh đón 21 đoàn vào với 240 lượt khách quốc tế.\n\n"
        "Sở cũng quan tâm tới khoảng 72.000 người Hà Tĩnh đang sinh sống, làm việc ở nước ngoài.\n\n"
        "Đến hết kỳ, có 38 tổ chức phi chính phủ nước ngoài có giấy đăng ký hoạt động trên địa bàn.\n"
    )
    found = published_figures(article)
    assert ("2023-H1", "inbound_delegations", Decimal(21), "exact") in found
    assert not any(indicator == "overseas_residents" for _, indicator, *_ in found)
    assert ("2023-H1", "ngos_registered_total", Decimal(38), "exact") in found


def test_a_consulate_is_neither_the_consular_field_nor_certain_to_be_a_foreign_mission_or_a_guest():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 28 tháng 5 năm 2022\nBÁO CÁO\nKết quả công tác đối ngoại tháng 5 năm 2022\n"
        "- Phối hợp Tổng Lãnh sự quán Việt Nam tại Osaka hỗ trợ 03 trường hợp công dân bị tai nạn lao động.\n"
        "- Trong tháng, tiếp đón 01 đoàn của Lãnh sự quán Lào tại Vinh với 07 lượt khách đến chào xã giao.\n"
        "- Trong tháng, Sở xử lý 09 vụ việc lãnh sự, bảo hộ công dân.\n"
    )
    found = published_figures(text)
    assert ("2022-05", "consular_cases", Decimal(9), "exact") in found
    assert not any(value in (Decimal(3), Decimal(1), Decimal(7)) for *_, value, _ in found)
    reasons = not_published_reasons(text)
    assert "01" in reasons and "07" in reasons


def test_minutes_on_a_quarter_and_the_years_figures_date_each_by_its_own_words():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 08 tháng 01 năm 2023\nBIÊN BẢN\n"
        "Họp giao ban quý IV và rà soát số liệu công tác đối ngoại năm 2022\n"
        "- Năm 2022, toàn tỉnh tiếp đón 44 đoàn vào với 502 lượt khách quốc tế.\n"
        "- Riêng quý IV, tỉnh cử 09 đoàn ra.\n"
        "- Trong quý, xử lý 12 vụ việc lãnh sự, bảo hộ công dân.\n"
    )
    found = published_figures(text)
    assert ("2022", "inbound_delegations", Decimal(44), "exact") in found
    assert ("2022-Q4", "outbound_delegations", Decimal(9), "exact") in found
    # ("trong quý": the quarter of a year the title names once, not of the year the minutes are dated in)
    assert not any(period.startswith("2023") for period, *_ in found)


def test_a_text_table_whose_header_runs_over_two_lines_between_full_rules(tmp_path):
    path = tmp_path / "bc_cang_bien.txt"
    rule = "-" * 78
    path.write_text(
        "SỞ NGOẠI VỤ\nHà Tĩnh, ngày 10 tháng 7 năm 2019\n\nBÁO CÁO\n"
        "Tình hình xuất nhập cảnh tại cảng biển Vũng Áng 6 tháng đầu năm 2019\n\n"
        f"{rule}\n"
        " STT  Nội dung                    Đơn vị     6 tháng đầu     6 tháng đầu\n"
        "                                             năm 2019        năm 2018\n"
        f"{rule}\n"
        " 1    Giấy phép xuống tàu         giấy           640             575\n"
        " 2    Thẻ đi bờ                   thẻ            212             198\n"
        f"{rule}\n\n"
        "Trong 6 tháng, Đồn Biên phòng cảng làm thủ tục xuất, nhập cảnh cho 301 lượt tàu biển.\n",
        encoding="utf-8",
    )
    found = {
        (f.period_code, f.indicator_code, f.value.normalize()) for f in extract_figures(read_document(path)).figures
    }
    assert ("2019-H1", "boarding_permits", Decimal(640)) in found
    assert ("2018-H1", "boarding_permits", Decimal(575)) in found
    assert ("2018-H1", "shore_passes", Decimal(198)) in found


def test_a_column_of_a_report_on_foreign_ngos_counts_their_registrations_without_naming_them(tmp_path):
    extraction = word_report(
        tmp_path / "bc_pcpnn_2022.docx",
        [HEAD, "Hà Tĩnh, ngày 20 tháng 12 năm 2022", "BÁO CÁO", "Công tác phi chính phủ nước ngoài năm 2022"],
        [
            ("Kỳ", "Tổ chức được cấp, gia hạn giấy đăng ký", "Chương trình, dự án được phê duyệt"),
            ("Quý I", "02", "04"),
            ("Quý II", "01", "06"),
        ],
        ["Trong năm, 02 tổ chức PCPNN đã hết hạn đăng ký và không gia hạn."],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert ("2022-Q1", "ngo_registrations", Decimal(2)) in found
    assert ("2022-Q2", "ngo_registrations", Decimal(1)) in found
    assert not any(period == "2022" and indicator == "ngo_registrations" for period, indicator, _ in found)


def test_the_months_at_the_years_end_are_a_period_not_a_levels_date():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 08 tháng 01 năm 2024\nBÁO CÁO\nKết quả công tác đối ngoại 6 tháng cuối năm 2023\n"
        "- Sáu tháng cuối năm, Sở tham mưu cấp, gia hạn Giấy đăng ký hoạt động cho ba tổ chức phi chính phủ nước ngoài.\n"
    )
    assert ("2023-H2", "ngo_registrations", Decimal(3), "exact") in published_figures(text)


def test_amounts_in_words_after_digits_or_a_year_word_and_counts_with_scale_words():
    amounts = {
        q.as_written: q.value
        for q in find_quantities(
            "trong năm hai tỷ năm trăm triệu đồng; 2 tỷ năm trăm triệu đồng; một triệu hai trăm nghìn lượt người; "
            "khoảng hai tỷ, ba tỷ đồng mỗi năm; 4 tỷ, năm đoàn"
        )
    }
    assert amounts["hai tỷ năm trăm triệu đồng"] == Decimal(2_500_000_000)
    assert amounts["2 tỷ năm trăm triệu đồng"] == Decimal(2_500_000_000)
    assert amounts["một triệu hai trăm nghìn"] == Decimal(1_200_000)
    # (a spoken range, "two or three billion", is no amount; a count after a comma is no part of the amount before)
    assert not any(value in (Decimal(3_000_000_000), Decimal(5_000_000_000)) for value in amounts.values())
    assert Decimal(4_000_000_005) not in amounts.values()


def test_other_kinds_of_organisations_are_not_foreign_ngos_and_a_part_counted_within_a_total_waits():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 26 tháng 12 năm 2022\nBÁO CÁO\nKết quả công tác phi chính phủ nước ngoài năm 2022\n"
        "- Tính đến ngày 31/12/2022, trên địa bàn tỉnh có 120 tổ chức kinh tế có vốn đầu tư nước ngoài; các tổ chức "
        "PCPNN đã tài trợ nhiều dự án.\n"
        "- Sở đã hướng dẫn 15 tổ chức đối tác trong nước hoàn thiện hồ sơ gia hạn.\n"
        "- Tính đến ngày 31/12/2022, có 36 tổ chức PCPNN hiện đang hoạt động tại tỉnh.\n"
        "- Kinh phí hỗ trợ đội quy tập năm 2022 là 600 triệu đồng (đã tính trong tổng kinh phí hỗ trợ các tỉnh Lào).\n"
    )
    found = published_figures(text)
    assert ("2022", "ngos_registered_total", Decimal(36), "exact") in found
    assert not any(value in (Decimal(120), Decimal(15), Decimal(600_000_000)) for *_, value, _ in found)


def test_foreign_ships_alone_are_a_part_of_the_ports_vessels():
    text = (
        f"{HEAD}Hà Tĩnh, ngày 26 tháng 12 năm 2022\nBÁO CÁO\nKết quả công tác đối ngoại năm 2022\n"
        "- Trong năm, đã làm thủ tục xuất nhập cảnh cho 300 lượt tàu biển nước ngoài.\n"
    )
    assert not any(indicator == "port_vessels" for _, indicator, *_ in published_figures(text))
