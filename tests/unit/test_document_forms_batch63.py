"""Capabilities found in the sixty-third round, written here in phrasings and layouts other than any batch's.
Expected figures were written from the texts below before the code ran on them."""

from tests.unit.documents import not_published_reasons, published_figures, word_report


def test_a_table_whose_caption_column_or_row_says_preliminary_publishes_none_of_those_cells():
    text = (
        "BÁO CÁO\nKết quả công tác lãnh sự 9 tháng năm 2024\n\n"
        "Biểu 2: Số liệu sơ bộ về công tác bảo hộ công dân\n\n"
        "| STT | Nội dung | ĐVT | 9 tháng/2024 |\n|---|---|---|---|\n"
        "| 1 | Vụ việc bảo hộ công dân | vụ | 14 |\n\n"
        "Biểu 3: Hợp pháp hóa, chứng nhận lãnh sự\n\n"
        "| STT | Nội dung | ĐVT | 9 tháng/2024 (sơ bộ) | 9 tháng/2023 |\n|---|---|---|---|---|\n"
        "| 1 | Đoàn ra | đoàn | 22 | 18 |\n"
        "| 2 | Hội nghị quốc tế (số liệu chưa chốt) | hội nghị | 4 | 3 |\n"
    )
    figures = published_figures(text)
    assert ("2023-9M", "outbound_delegations", 18, "exact") in figures
    assert ("2023-9M", "intl_conferences", 3, "exact") not in figures  # (its row's words speak of every column)
    assert not {f for f in figures if f[0] == "2024-9M"}
    reasons = not_published_reasons(text)
    assert "not final" in reasons["14"] and "not final" in reasons["22"] and "not final" in reasons["4"]


def test_a_markdown_table_right_after_another_reads_its_own_header():
    figures = published_figures(
        "BÁO CÁO\nCông tác đối ngoại 6 tháng đầu năm 2023\n\n"
        "| TT | Nội dung | Đơn vị | 6 tháng 2023 | 6 tháng 2022 |\n|---|---|---|---|---|\n"
        "| 1 | Đoàn ra | đoàn | 19 | 15 |\n"
        "\n"
        "| TT | Nội dung | Đơn vị | Kế hoạch năm 2023 |\n|:--|:--|:--|--:|\n"
        "| 1 | Đoàn vào | đoàn | 40 |\n"
    )
    assert ("2023-H1", "outbound_delegations", 19, "exact") in figures
    assert ("2022-H1", "outbound_delegations", 15, "exact") in figures
    assert not {f for f in figures if f[1] == "inbound_delegations"}  # (a plan column, not the half's count)


def test_word_tables_with_nothing_written_between_them_each_read_their_own_header(tmp_path):
    report = word_report(
        tmp_path / "BC quy IV 2022.docx",
        ["BÁO CÁO", "Kết quả công tác đối ngoại quý IV năm 2022"],
        [("STT", "Chỉ tiêu", "ĐVT", "Quý IV/2022", "Quý III/2022"), ("1", "Đoàn vào", "đoàn", "11", "8")],
        next_tables=[
            [("STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu năm 2023"), ("1", "Đoàn ra", "đoàn", "30")],
            [("STT", "Chỉ tiêu", "ĐVT", "Quý IV/2021"), ("1", "Hội nghị quốc tế", "hội nghị", "2")],
        ],
    )
    figures = {(f.period_code, f.indicator_code, int(f.value)) for f in report.figures}
    assert {("2022-Q4", "inbound_delegations", 11), ("2022-Q3", "inbound_delegations", 8)} <= figures
    assert ("2021-Q4", "intl_conferences", 2) in figures
    assert not {f for f in figures if f[1] == "outbound_delegations"}  # (a target for next year)
