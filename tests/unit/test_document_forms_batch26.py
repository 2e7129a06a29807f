"""Capabilities found by the twenty-sixth blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import published_figures

YEAR = "BÁO CÁO\nTổng kết công tác đối ngoại năm 2026\n"


def test_registrations_granted_beside_registrations_extended_are_each_a_part():
    text = YEAR + (
        "Năm 2026, Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài đã cấp mới Giấy đăng ký hoạt động "
        "cho 3 tổ chức và gia hạn, bổ sung địa bàn hoạt động cho 4 tổ chức.\n"
    )
    assert not any(code == "ngo_registrations" for _, code, _, _ in published_figures(text))


def test_counts_of_what_is_behind_schedule_are_shortcomings():
    text = YEAR + (
        "Tuy nhiên, vẫn còn một số tồn tại: 4 dự án ODA chậm tiến độ; 2 thỏa thuận quốc tế tồn đọng "
        "chưa triển khai.\n"
        "Năm 2026, tỉnh ký kết 9 thỏa thuận quốc tế.\n"
    )
    found = published_figures(text)
    assert ("2026", "intl_agreements", 9, "exact") in found
    assert not any(value in (2, 4) for *_, value, _ in found)


def test_the_clerks_abbreviation_for_foreign_ngos():
    text = YEAR + (
        "Trong năm, tham mưu cấp mới, bổ sung giấy đăng ký hoạt động cho 05 TCPCPNN. "
        "Tính đến ngày 31/12/2026, toàn tỉnh có 36 TCPCPNN có giấy đăng ký hoạt động.\n"
    )
    found = published_figures(text)
    assert ("2026", "ngo_registrations", 5, "exact") in found
    assert ("2026", "ngos_registered_total", 36, "exact") in found
