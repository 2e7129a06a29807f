"""Capabilities found in the seventy-eighth round and after, written here in phrasings and layouts other than the
batches'. Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import figure_keys, text_report


def test_a_labelled_sentence_opening_with_a_year_gives_that_year_to_every_clause(tmp_path):
    report = text_report(
        tmp_path,
        "bc_thang_1_2024.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại tháng 01 năm 2024\n"
        "I. KẾT QUẢ THỰC HIỆN THÁNG 01\n"
        "1. Đoàn ra, đoàn vào\n"
        "Trong tháng, tỉnh cử 02 đoàn với 11 lượt cán bộ đi công tác nước ngoài.\n"
        "2. Tổng kết năm\n"
        "- Diễn đàn sơ kết: năm 2023, toàn tỉnh đã tiếp nhận 14 hài cốt liệt sỹ; ký kết 6 thỏa thuận quốc tế.\n",
    )
    found = figure_keys(report)
    assert ("2024-01", "outbound_delegations", 2) in found
    assert ("2023", "remains_repatriated", 14) in found
    assert ("2023", "intl_agreements", 6) in found
    assert not any(period == "2024-01" and value in (14, 6) for period, _, value in found)


def test_figures_a_review_meeting_of_another_year_reports_wait_for_review(tmp_path):
    report = text_report(
        tmp_path,
        "bc_thang_2_2025.txt",
        "BÁO CÁO\nKết quả công tác đối ngoại tháng 02 năm 2025\n"
        "I. KẾT QUẢ THÁNG 02\n"
        "Trong tháng, Sở tiếp đón 03 đoàn với 19 lượt khách quốc tế.\n"
        "Tại Hội nghị sơ kết công tác hội nhập quốc tế năm 2024, đại diện Sở thông tin toàn tỉnh đã "
        "xử lý 23 vụ việc lãnh sự, bảo hộ công dân; tổ chức 8 hội nghị, hội thảo quốc tế.\n"
        "Thực hiện Kế hoạch số 21/KH-UBND năm 2024, trong tháng tiếp nhận 04 hài cốt liệt sỹ.\n",
    )
    found = figure_keys(report)
    assert ("2025-02", "inbound_delegations", 3) in found
    assert ("2025-02", "remains_repatriated", 4) in found
    assert not any(value in (23, 8) for *_, value in found)
    waiting = {item.value_as_written: item.reason for item in report.review}
    assert "another year" in waiting["23"]
