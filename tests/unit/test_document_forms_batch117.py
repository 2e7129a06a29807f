"""Capabilities of the hundred-and-seventeenth round, written here in phrasings other than the reports that showed the
need. Expected figures were written from the texts below before the code ran on them."""

from decimal import Decimal

from tests.unit.documents import published_figures, report_text, text_report, word_report


def _published(date: str, title: str, *lines: str) -> set[tuple]:
    return published_figures(report_text("17", date, title, *lines))


def _values(keys: set[tuple]) -> set[Decimal]:
    return {key[2] for key in keys}


def test_rows_a_sentence_below_names_by_number_as_corrected_or_not_to_publish_wait():
    found = _published(
        "08 tháng 7 năm 2025",
        "Phiếu trình đăng tải số liệu đối ngoại 6 tháng đầu năm 2025",
        "| STT | Chỉ tiêu | 6 tháng đầu năm 2025 |",
        "|---|---|---|",
        "| 1 | Số đoàn ra (đoàn) | 18 |",
        "| 2 | Số đoàn vào (đoàn) | 21 |",
        "| 3 | Hội nghị, hội thảo quốc tế (hội nghị) | 4 |",
        "Ý kiến Phòng HTQT: đề nghị sửa hàng số 2 thành 23 đoàn do bổ sung 02 đoàn cuối tháng 6; không đăng dòng 3.",
    )
    assert ("2025-H1", "outbound_delegations", Decimal(18), "exact") in found
    assert not _values(found) & {Decimal(21), Decimal(4)}


def test_a_correction_already_made_in_the_table_leaves_its_row():
    found = _published(
        "08 tháng 7 năm 2025",
        "Báo cáo số liệu đối ngoại 6 tháng đầu năm 2025",
        "| STT | Chỉ tiêu | 6 tháng đầu năm 2025 |",
        "|---|---|---|",
        "| 1 | Số đoàn ra (đoàn) | 18 |",
        "Ghi chú: số liệu dòng 1 đã được điều chỉnh theo báo cáo của Văn phòng.",
    )
    assert ("2025-H1", "outbound_delegations", Decimal(18), "exact") in found


def test_a_count_of_every_kind_together_is_no_indicators():
    found = _published(
        "20 tháng 12 năm 2024",
        "Báo cáo kết quả tiếp nhận hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự quý IV năm 2024",
        "Trong quý IV, Sở tiếp nhận 96 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự. Tính chung, Bộ phận một cửa đã "
        "tiếp nhận 231 hồ sơ các loại, 100% đúng hạn.",
    )
    assert ("2024-Q4", "consular_legalisations", Decimal(96), "exact") in found
    assert Decimal(231) not in _values(found)


def test_a_unit_line_under_a_long_caption_is_a_line_of_its_own(tmp_path):
    extraction = text_report(
        tmp_path,
        "bc.txt",
        "UBND TỈNH HÀ TĨNH\nSỞ NGOẠI VỤ\nSố: 17/BC-SNgV\nHà Tĩnh, ngày 16 tháng 12 năm 2019\nBÁO CÁO\n"
        "Công tác quản lý hội nghị, hội thảo quốc tế năm 2019\n"
        "Bảng 2. Hội nghị, hội thảo quốc tế năm 2019 chia theo cơ quan chủ trì\n"
        "Đơn vị tính: hội nghị, hội thảo\n"
        "| Thời gian | Cấp tỉnh chủ trì | Các sở, ngành chủ trì | Tổng cộng |\n"
        "|---|---|---|---|\n"
        "| Quý I | 2 | 1 | 3 |\n"
        "| Quý II | 1 | 3 | 4 |\n",
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert {("2019-Q1", "intl_conferences", Decimal(3)), ("2019-Q2", "intl_conferences", Decimal(4))} <= found
    assert not {key[2] for key in found} & {Decimal(1), Decimal(2)}


def test_a_row_numbering_the_columns_under_a_grouped_header_is_no_row_of_figures(tmp_path):
    extraction = word_report(
        tmp_path / "bc.docx",
        [
            "UBND TỈNH HÀ TĨNH",
            "SỞ NGOẠI VỤ",
            "Số: 18/BC-SNgV",
            "Hà Tĩnh, ngày 16 tháng 12 năm 2019",
            "BÁO CÁO",
            "Công tác quản lý hội nghị, hội thảo quốc tế năm 2019",
            "Bảng 2. Hội nghị, hội thảo quốc tế năm 2019 chia theo cơ quan chủ trì",
            "Đơn vị tính: hội nghị, hội thảo",
        ],
        [
            ("Thời gian", "Do Chủ tịch UBND tỉnh cho phép", "", "", "Ghi chú"),
            ("Thời gian", "Cấp tỉnh chủ trì", "Các sở, ngành chủ trì", "Tổng cộng", "Ghi chú"),
            ("(1)", "(2)", "(3)", "(4)=(2)+(3)", "(5)"),
            ("Quý I", "2", "1", "3", ""),
            ("Quý II", "1", "3", "4", ""),
        ],
    )
    found = {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures}
    assert {("2019-Q1", "intl_conferences", Decimal(3)), ("2019-Q2", "intl_conferences", Decimal(4))} <= found
    assert not {key[2] for key in found} & {Decimal(1), Decimal(2)}


def test_the_clerks_months_are_months_and_several_together_are_no_period():
    found = _published(
        "22 tháng 4 năm 2023",
        "Báo cáo công tác đối ngoại tháng 4 năm 2023",
        "- Đoàn ra: T4 có 06 đoàn với 27 lượt cán bộ đi công tác nước ngoài; T1-T3 có 09 đoàn.",
    )
    assert ("2023-04", "outbound_delegations", Decimal(6), "exact") in found
    assert Decimal(9) not in _values(found)


def test_a_quarter_written_q_and_its_number_alone_is_the_reports_own_quarter_or_waits():
    found = _published(
        "24 tháng 6 năm 2019",
        "Báo cáo công tác đối ngoại quý II năm 2019",
        "- ĐR Q2: 12 đoàn/47 lượt CBCC.",
        "- Điều chỉnh số liệu đã báo cáo: ĐV Q1 giữ nguyên 07 đoàn/88 lượt khách.",
    )
    assert ("2019-Q2", "outbound_delegations", Decimal(12), "exact") in found
    assert not _values(found) & {Decimal(7), Decimal(88)}


def test_months_listed_as_the_labels_of_a_breakdown_leave_the_total_its_period():
    found = _published(
        "24 tháng 6 năm 2019",
        "Báo cáo công tác đối ngoại quý II năm 2019",
        "- Đoàn ra quý II: 12 đoàn (T4/T5/T6: 04/05/03 đoàn).",
    )
    assert ("2019-Q2", "outbound_delegations", Decimal(12), "exact") in found


def _rows_then(remark: str) -> set[tuple]:
    return _published(
        "10 tháng 4 năm 2023",
        "Báo cáo số liệu đối ngoại quý I năm 2023",
        "| STT | Chỉ tiêu | Quý I/2023 |",
        "|---|---|---|",
        "| 1 | Số đoàn ra (đoàn) | 9 |",
        "| 2 | Số lượt cán bộ đi công tác nước ngoài (lượt người) | 31 |",
        "| 3 | Số đoàn vào (đoàn) | 12 |",
        "| 4 | Số lượt khách quốc tế (lượt người) | 140 |",
        remark,
    )


def test_rows_named_by_a_range_or_an_ordinal_with_words_of_not_using_them_wait():
    found = _rows_then("Ý kiến Văn phòng: từ dòng 2 đến dòng 4 chưa sử dụng do các phòng chưa chốt số liệu.")
    assert ("2023-Q1", "outbound_delegations", Decimal(9), "exact") in found
    assert not _values(found) & {Decimal(31), Decimal(12), Decimal(140)}
    found = _rows_then("Không tổng hợp số liệu hàng thứ 3 vào báo cáo chung.")
    assert Decimal(12) not in _values(found)
    assert ("2023-Q1", "inbound_visitors", Decimal(140), "exact") in found


def test_rows_of_another_documents_table_are_not_this_tables():
    found = _rows_then("Đề nghị sửa dòng 3 Phụ lục II kèm theo Báo cáo số 288/BC-SNgV của Sở cho khớp.")
    assert ("2023-Q1", "inbound_delegations", Decimal(12), "exact") in found


def test_delegations_of_every_kind_are_no_one_kinds_count():
    found = _published(
        "20 tháng 12 năm 2023",
        "Báo cáo công tác đối ngoại năm 2023",
        "Năm 2023, Sở tham mưu đón tiếp, làm việc với 58 đoàn khách các loại (đoàn vào, đoàn của cơ quan đại diện).",
    )
    assert Decimal(58) not in _values(found)


def test_a_district_named_again_by_its_kind_alone_is_the_districts():
    found = _published(
        "20 tháng 3 năm 2024",
        "Báo cáo công tác đối ngoại quý I năm 2024",
        "Tháng 3, Sở kiểm tra công tác đối ngoại tại UBND thị xã Hồng Lĩnh; qua kiểm tra, năm 2023 thị xã đã cử 02 đoàn ra.",
        "Quý I năm 2024, các cơ quan, đơn vị cử 05 đoàn ra đi công tác nước ngoài.",
    )
    assert Decimal(2) not in _values(found)
    assert ("2024-Q1", "outbound_delegations", Decimal(5), "exact") in found


def test_a_row_of_the_other_kinds_is_a_part():
    found = _published(
        "25 tháng 9 năm 2022",
        "Báo cáo công tác lãnh sự quý III năm 2022",
        "| TT | Nhóm vụ việc | Tháng 7 | Tháng 8 |",
        "|---|---|---|---|",
        "| a | Công dân bị bắt giữ, tạm giữ ở nước ngoài | 02 | 01 |",
        "| b | Các vụ việc khác (lao động, cư trú) | 03 | 04 |",
        "| Tổng cộng | | 05 | 05 |",
    )
    assert not _values(found) & {Decimal(3), Decimal(4)}
