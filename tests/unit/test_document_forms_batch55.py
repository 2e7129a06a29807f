"""Capabilities found while reading the fifty-fifth blind batch, written here in phrasings other than the
batch's."""

from dagster_project.documents.extract import extract_figures
from dagster_project.documents.reader import read_document
from tests.unit.documents import published_figures


def _values(figures) -> set:
    return {value for _, _, value, _ in figures}


def test_delegations_given_a_service_are_not_all_delegations():
    # "hỗ trợ làm thủ tục xin thị thực cho 47 đoàn ra", "phiên dịch đã phục vụ 37 đoàn vào" had been published.
    figures = published_figures(
        "BÁO CÁO\nCông tác dịch thuật và lễ tân đối ngoại năm 2023\n\n"
        "Năm 2023, Sở làm thủ tục đề nghị cấp thị thực cho 29 đoàn ra của tỉnh.\n"
        "Đội ngũ phiên dịch của Sở đã phục vụ 41 đoàn vào với 380 lượt khách.\n"
    )
    assert not figures & {("2023", "outbound_delegations", 29, "exact"), ("2023", "inbound_delegations", 41, "exact")}
    assert not any(indicator.startswith(("outbound", "inbound")) for _, indicator, _, _ in figures)


def test_a_letter_subject_beside_its_date_names_no_period_of_the_date(tmp_path):
    # The date laid out beside the subject gave a correction letter of January the new year as its period.
    path = tmp_path / "cv_dinh_chinh.txt"
    path.write_text(
        "UBND TỈNH HÀ TĨNH                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "   SỞ NGOẠI VỤ                                   Độc lập - Tự do - Hạnh phúc\n"
        "Số: 15/SNgV-VP\n"
        "V/v đính chính số liệu tại Báo cáo              Hà Tĩnh, ngày 08 tháng 01 năm 2024\n"
        "số 611/BC-SNgV ngày 12/12/2023\n\n"
        "Kính gửi: Văn phòng UBND tỉnh.\n\n"
        "Sở Ngoại vụ xin đính chính như sau:\n"
        '- Đã ghi: "ký kết 09 thỏa thuận quốc tế". Nay đính chính là: "ký kết 07 thỏa thuận quốc tế".\n',
        encoding="utf-8",
    )
    report = extract_figures(read_document(path))
    assert not any(figure.period_code == "2024" for figure in report.figures)


def test_a_change_in_the_bracket_after_a_comparison_is_no_level():
    figures = published_figures(
        "BÁO CÁO\nTình hình xuất nhập cảnh 9 tháng năm 2024\n\n"
        "Trong 9 tháng, cửa khẩu quốc tế Cầu Treo làm thủ tục xuất nhập cảnh cho 285.300 lượt người, tăng 3,3% so với "
        "cùng kỳ năm 2023 (nhiều hơn 9.120 lượt người).\n"
    )
    assert 9120 not in _values(figures)
    assert ("2024-9M", "border_crossings_persons", 285300, "exact") in figures


def test_a_period_the_figures_noun_owns_is_its_own_whatever_figure_follows():
    # The period of the sentence before had been given to it, beside that sentence's own count.
    figures = published_figures(
        "BÁO CÁO\nCông tác phi chính phủ nước ngoài quý II năm 2024\n\n"
        "1. Công tác đăng ký hoạt động của các tổ chức PCPNN\n\n"
        "Trong quý, Sở thẩm định hồ sơ đề nghị cấp mới, gia hạn Giấy đăng ký hoạt động cho 03 tổ chức PCPNN. Cộng với "
        "04 tổ chức của quý I, từ đầu năm đến nay đã có 07 tổ chức được cấp mới, gia hạn Giấy đăng ký hoạt động.\n"
    )
    assert {("2024-Q2", "ngo_registrations", 3, "exact"), ("2024-Q1", "ngo_registrations", 4, "exact")} <= figures


def test_a_figure_the_writer_says_is_being_updated_waits():
    figures = published_figures(
        "BÁO CÁO\nCông tác người Việt Nam ở nước ngoài năm 2024\n\n"
        "Số liệu đang được cập nhật, hiện có khoảng 91.000 người Hà Tĩnh sinh sống ở nước ngoài.\n"
    )
    assert 91000 not in _values(figures)
