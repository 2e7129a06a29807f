"""Write the shipped SAMPLE under raw/: ``warehouse generate-sample`` or
``python -m dagster_project.sample.generate``. Same output every time (fixed seed)."""

from __future__ import annotations

import random
from pathlib import Path

from dagster_project.sample import registers as r
from dagster_project.sample.documents import write_documents
from dagster_project.sample.reports import (
    NINE_MONTHS_2022,
    NINE_MONTHS_2022_SOURCE,
    REPORT_HEADERS,
    REVIEW_2020,
    REVIEW_2020_SOURCE,
    report_rows,
)
from dagster_project.sample.workbook import write_workbook

SEED = 20220912
TITLE = "SỞ NGOẠI VỤ HÀ TĨNH - {} (DỮ LIỆU MẪU / SAMPLE)"


Sheets = list[tuple[str, str, list[str], list[list[object]]]]


def sample_workbooks(raw_dir: Path) -> dict[Path, Sheets]:
    """Every SAMPLE workbook under ``raw_dir``: path -> (sheet name, title, headers, rows)."""
    rng = random.Random(SEED)
    projects, transactions = r.aid_projects_and_transactions(rng)
    registers = raw_dir / "registers"
    reports = raw_dir / "reports"
    return {
        registers / "SAMPLE_doan_ra_doan_vao.xlsx": [
            ("Đoàn ra", TITLE.format("SỔ THEO DÕI ĐOÀN RA"), r.OUTBOUND_HEADERS, r.outbound_delegations(rng)),
            ("Đoàn vào", TITLE.format("SỔ THEO DÕI ĐOÀN VÀO"), r.INBOUND_HEADERS, r.inbound_delegations(rng)),
        ],
        registers / "SAMPLE_hoi_nghi_thoa_thuan.xlsx": [
            ("Hội nghị HTQT", TITLE.format("HỘI NGHỊ, HỘI THẢO QUỐC TẾ"), r.CONFERENCE_HEADERS, r.conferences(rng)),
            ("Thỏa thuận QT", TITLE.format("THỎA THUẬN QUỐC TẾ"), r.AGREEMENT_HEADERS, r.agreements()),
        ],
        registers / "SAMPLE_pcpnn_vien_tro.xlsx": [
            ("Đăng ký PCPNN", TITLE.format("TỔ CHỨC PCPNN"), r.NGO_HEADERS, r.ngo_registrations(rng)),
            ("Dự án", TITLE.format("DỰ ÁN VIỆN TRỢ PCPNN VÀ ODA"), r.AID_PROJECT_HEADERS, projects),
            ("Cam kết - giải ngân", TITLE.format("CAM KẾT, GIẢI NGÂN"), r.AID_TRANSACTION_HEADERS, transactions),
        ],
        registers / "SAMPLE_hop_tac_lao.xlsx": [
            ("Hỗ trợ tỉnh bạn", TITLE.format("HỖ TRỢ CÁC TỈNH CỦA LÀO"), r.LAO_SUPPORT_HEADERS, r.lao_support()),
            ("Lưu học sinh Lào", TITLE.format("LƯU HỌC SINH LÀO"), r.LAO_STUDENT_HEADERS, r.lao_students(rng)),
        ],
        registers / "SAMPLE_lanh_su.xlsx": [
            (
                "Vụ việc lãnh sự",
                TITLE.format("VỤ VIỆC LÃNH SỰ, BẢO HỘ CÔNG DÂN"),
                r.CONSULAR_HEADERS,
                r.consular_cases(rng),
            ),
        ],
        registers / "SAMPLE_ty_gia.xlsx": [
            ("Tỷ giá", TITLE.format("TỶ GIÁ QUY ĐỔI"), r.RATE_HEADERS, r.exchange_rates()),
        ],
        reports / "SAMPLE_bang_so_lieu_nam_2020.xlsx": [
            (
                "Số liệu",
                TITLE.format("SỐ LIỆU TỔNG KẾT NĂM 2020"),
                REPORT_HEADERS,
                report_rows(REVIEW_2020, REVIEW_2020_SOURCE),
            ),
        ],
        reports / "SAMPLE_bang_so_lieu_9_thang_2022.xlsx": [
            (
                "Số liệu",
                TITLE.format("SỐ LIỆU 9 THÁNG NĂM 2022"),
                REPORT_HEADERS,
                report_rows(NINE_MONTHS_2022, NINE_MONTHS_2022_SOURCE),
            ),
        ],
    }


def generate(raw_dir: Path) -> list[Path]:
    workbooks = sample_workbooks(raw_dir)
    for path, sheets in workbooks.items():
        write_workbook(path, sheets)
    return [*workbooks, *write_documents(raw_dir / "documents")]


if __name__ == "__main__":
    from dagster_project.paths import DEFAULT_RAW_DIR

    for written in generate(DEFAULT_RAW_DIR):
        print(written)
