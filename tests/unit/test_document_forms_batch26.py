"""Capabilities found by the twenty-sixth blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import published_figures, word_report

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


def test_a_clause_opening_with_its_own_period_label_is_not_dated_by_the_sentence_opening():
    text = (
        "BÁO CÁO\nKết quả công tác cửa khẩu, cảng biển 6 tháng đầu năm 2026\n"
        "- Quý I cấp 40 giấy phép xuống tàu; quý II 55 giấy phép, 70 thẻ đi bờ.\n"
        "- Tháng 4: tiếp nhận 12 hồ sơ hợp pháp hóa lãnh sự; tháng 5: 9 hồ sơ, 3 hồ sơ hộ chiếu công vụ.\n"
    )
    found = published_figures(text)
    assert ("2026-Q1", "shore_passes", 70, "exact") not in found
    assert ("2026-Q2", "shore_passes", 70, "exact") in found
    assert ("2026-05", "official_passports_issued", 3, "exact") in found
    assert not any(period == "2026-04" and value == 3 for period, _, value, _ in found)


def test_a_total_after_a_months_value_is_not_that_months():
    text = (
        "BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2026\n"
        "Đoàn vào theo tháng: tháng 1: 02 đoàn; tháng 2: 03 đoàn; tháng 3: 01 đoàn - tổng cộng 6 đoàn với 41 lượt "
        "khách quốc tế.\n"
    )
    assert not any(period == "2026-03" and value in (6, 41) for period, _, value, _ in published_figures(text))


def test_a_column_of_a_part_of_each_rows_total_is_no_total(tmp_path):
    rows = [
        ("Nội dung", "Năm 2026", "Năm 2025", "Trong đó với Nhật Bản"),
        ("Đoàn ra (đoàn)", "48", "44", "9"),
        ("Đoàn vào (đoàn)", "52", "47", "11"),
    ]
    extraction = word_report(tmp_path / "bang.docx", ["BÁO CÁO", "Kết quả công tác đối ngoại năm 2026"], rows)
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert {("2026", "outbound_delegations", 48), ("2026", "inbound_delegations", 52)} <= found
    assert not any(value in (9, 11) for *_, value in found)


def test_a_total_row_under_a_caption_of_period_columns_counts_what_the_caption_names(tmp_path):
    before = [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại 6 tháng đầu năm 2026",
        "Bảng 3. Giá trị hỗ trợ các tỉnh bạn Lào 6 tháng đầu năm 2026",
        "Đơn vị tính: triệu đồng",
    ]
    rows = [
        ("Đơn vị nhận", "Quý I", "Quý II", "Cộng 6 tháng"),
        ("Tỉnh Khăm Muồn", "900", "400", "1.300"),
        ("Tỉnh Bolikhămxay", "500", "700", "1.200"),
        ("Tổng cộng", "1.400", "1.100", "2.500"),
    ]
    extraction = word_report(tmp_path / "ho_tro.docx", before, rows)
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert {
        ("2026-Q1", "support_to_lao_provinces", 1400000000),
        ("2026-H1", "support_to_lao_provinces", 2500000000),
    } <= found
    assert not any(value in (900000000, 1300000000) for *_, value in found)


def test_a_breakdown_by_time_gives_each_period_its_figure():
    text = (
        "BÁO CÁO\nKết quả công tác lãnh sự 6 tháng đầu năm 2026\n"
        "Phân theo thời gian: quý I tiếp nhận 12 hồ sơ hợp pháp hóa lãnh sự; quý II tiếp nhận 15 hồ sơ hợp pháp "
        "hóa lãnh sự.\n"
        "Phân theo địa bàn: huyện Kỳ Anh 9 hồ sơ hợp pháp hóa lãnh sự.\n"
    )
    found = published_figures(text)
    assert {
        ("2026-Q1", "consular_legalisations", 12, "exact"),
        ("2026-Q2", "consular_legalisations", 15, "exact"),
    } <= found
    assert not any(value == 9 for *_, value, _ in found)


def test_the_departments_phrase_for_all_trips_abroad_is_no_training():
    text = (
        "BÁO CÁO\nTổng kết công tác đối ngoại giai đoạn 2021 - 2025\nHà Tĩnh, ngày 10 tháng 01 năm 2026\n"
        "Giai đoạn 2021 - 2025, toàn tỉnh tổ chức 210 đoàn ra đi công tác, học tập ở nước ngoài. "
        "Số đoàn theo từng năm như sau: năm 2021: 05 đoàn; năm 2022: 44 đoàn.\n"
        "Riêng năm 2023, cử 6 đoàn đi học tập tại Nhật Bản.\n"
    )
    found = published_figures(text)
    assert {
        ("2021-2025", "outbound_delegations", 210, "exact"),
        ("2022", "outbound_delegations", 44, "exact"),
    } <= found
    assert ("2023", "outbound_delegations", 6, "exact") not in found
