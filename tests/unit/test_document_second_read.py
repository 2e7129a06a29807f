"""Ways a second reader found the 25th-to-28th batches' capabilities could publish a wrong figure, each in a
phrasing of its own: none may be published."""

import pytest

from tests.unit.documents import published_figures, word_report

QUARTER = "BÁO CÁO\nKết quả công tác đối ngoại quý II năm 2027\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # guests from a partner, or trips at home, "công tác, học tập" as they may be
        "Trong quý, tỉnh đón 6 đoàn cán bộ tỉnh Savannakhet sang công tác, học tập kinh nghiệm tại tỉnh.",
        "Trong quý, Sở Tư pháp cử 2 đoàn đi công tác, học tập kinh nghiệm tại Đà Nẵng.",
        # a breakdown by size or by sex, whose words read like a time without their accents
        "Phân theo quy mô đoàn: đoàn cấp tỉnh 4 đoàn đi công tác nước ngoài.",
        "Phân theo nam, nữ: nam 31 lượt người đi công tác nước ngoài.",
        # a new intake, not the students studying here
        "Trong quý, Trường Đại học Hà Tĩnh tiếp nhận 85 lưu học sinh Lào sang học tập.",
        # a comparison after a part of another period: the part's or the whole's?
        "Trong quý, tổ chức 6 hội nghị quốc tế. Trong đó, tháng 5/2027 tổ chức 3 hội nghị quốc tế (cùng kỳ năm "
        "2026: 2 hội nghị).",
    ],
)
def test_a_sentence_gives_no_wrong_figure(sentence):
    found = published_figures(QUARTER + sentence + "\n")
    assert not any(value in (6, 2, 4, 31, 85) and code != "intl_conferences" for _, code, value, _ in found)
    assert not any(period.startswith("2026") for period, *_ in found)


def test_in_a_report_on_one_partner_the_province_having_counts_is_not_its_total():
    text = "BÁO CÁO\nKết quả hợp tác với Nhật Bản năm 2026\nNăm 2026, tỉnh có 7 đoàn ra và đón 11 đoàn vào.\n"
    assert published_figures(text) == set()


@pytest.mark.parametrize(
    "label",
    [
        "Vốn đăng ký của dự án FDI bị thu hồi (triệu USD)",
        "Vốn đăng ký lũy kế của các dự án FDI còn hiệu lực (triệu USD)",
    ],
)
def test_a_capital_row_of_revoked_or_standing_projects_is_no_approved_capital(tmp_path, label):
    rows = [
        ("STT", "Nội dung", "Quý I/2027", "Quý II/2027"),
        ("1", "Dự án FDI được chấp thuận chủ trương đầu tư (dự án)", "3", "2"),
        ("2", label, "48", "36"),
    ]
    extraction = word_report(tmp_path / "dt.docx", ["BÁO CÁO", "Tình hình thu hút đầu tư 6 tháng đầu năm 2027"], rows)
    assert not any(f.indicator_code == "fdi_capital_approved" for f in extraction.figures)


@pytest.mark.parametrize(
    "caption",
    [
        "Bảng 2. Giá trị hỗ trợ tỉnh Bolikhămxay 6 tháng đầu năm 2027",
        "Bảng 2. Giá trị hỗ trợ các tỉnh Lào của Sở Giáo dục",
    ],
)
def test_a_total_row_under_a_caption_of_one_partner_or_body_is_not_the_provinces(tmp_path, caption):
    before = ["BÁO CÁO", "Kết quả công tác đối ngoại 6 tháng đầu năm 2027", caption, "Đơn vị tính: triệu đồng"]
    rows = [("Nội dung", "Quý I", "Quý II"), ("Trường học", "300", "200"), ("Tổng cộng", "300", "200")]
    extraction = word_report(tmp_path / "ht.docx", before, rows)
    assert not any(f.indicator_code == "support_to_lao_provinces" for f in extraction.figures)


def test_a_header_cell_over_two_columns_leaves_the_table_unread_not_misread(tmp_path):
    from dagster_project.documents.extract import extract_figures
    from dagster_project.documents.reader import read_document

    report = tmp_path / "bang.txt"
    report.write_text(
        "BÁO CÁO\nKết quả công tác lãnh sự 6 tháng đầu năm 2027\n\nSố liệu theo quý:\n\n"
        "  Thời gian     Số giờ phiên dịch   Hồ sơ hợp pháp hóa lãnh sự\n"
        "  ------------   -----------   ------------\n"
        "  Quý I/2027             40             22\n"
        "  Quý II/2027            52             29\n",
        encoding="utf-8",
    )
    extraction = extract_figures(read_document(report))
    assert not any(f.indicator_code == "interpreting_hours" and f.value in (22, 29) for f in extraction.figures)
    kept = {item.value_as_written for item in extraction.review + extraction.set_aside}
    assert {"40", "22", "52", "29"} <= kept | {f.value_as_written for f in extraction.figures}
