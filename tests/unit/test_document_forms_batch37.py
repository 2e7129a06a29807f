"""Capabilities found by the thirty-seventh blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import published_figures


def test_the_subject_after_two_opening_phrases_is_read():
    found = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại tháng 9 năm 2025\n"
        "Bên cạnh đó, theo phân cấp, Trường Cao đẳng Kỹ thuật Việt - Đức đã ký kết 03 biên bản hợp tác quốc tế.\n"
    )
    assert not any(value == 3 for _, _, value, _ in found)


def test_a_mask_or_equipment_is_no_page():
    found = published_figures(
        "BÁO CÁO\nKết quả hợp tác với các tỉnh bạn Lào năm 2025\n"
        "Đơn vị tính: triệu đồng\n"
        "| TT | Nội dung hỗ trợ | Hiện vật | Cộng |\n|---|---|---|---|\n"
        "| 1 | Tỉnh Savannakhet | 640 | 640 |\n"
        "| | Trong đó: | | |\n"
        "| | - Thuốc, khẩu trang y tế và trang thiết bị phòng dịch | 640 | 640 |\n"
    )
    assert not any(code == "translated_pages" for _, code, _, _ in found)
    prose = published_figures(
        "BÁO CÁO\nKết quả công tác đối ngoại năm 2025\n"
        "Năm 2025, tỉnh trao tặng 20.000 khẩu trang; Trung tâm đã biên dịch 3.600 trang tài liệu.\n"
    )
    assert prose == {("2025", "translated_pages", 3600, "exact")}
