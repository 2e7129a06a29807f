#!/usr/bin/env python3
"""Blind test data (set 3) for the Sở Ngoại vụ Hà Tĩnh data warehouse.

Deterministic: no randomness, no clock.  Every entry is declared once in the
tables below with its *intended* date and value; the same record is rendered
into a worksheet row AND used to compute expected_figures.csv and
expected_rows.csv.

Run:  uv run python tests/data/clerk_workbooks_3/generate.py [OUTPUT_DIR]   (workbooks/*.xlsx and the two CSVs)
"""
import csv
import datetime as dt
import os
import sys
import shutil

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

# Output folder: the first argument, else beside this script (workbooks/ and the expected CSVs).
BASE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "workbooks")

YEARS = (2025, 2026)
CUTOFF = dt.date(2026, 10, 1)


def D(s):
    """'dd/mm/yyyy' -> date."""
    d = dt.datetime.strptime(s, "%d/%m/%Y").date()
    assert d < CUTOFF, s
    return d


def dots(n):
    """1200000000 -> '1.200.000.000' (Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


def periods_of(d):
    y = d.year
    q = (d.month - 1) // 3 + 1
    h = 1 if d.month <= 6 else 2
    ps = [f"{y}", f"{y}-H{h}", f"{y}-Q{q}"]
    if d.month <= 9:
        ps.append(f"{y}-9M")
    return ps


def all_periods(y):
    return [f"{y}", f"{y}-H1", f"{y}-H2", f"{y}-Q1", f"{y}-Q2", f"{y}-Q3",
            f"{y}-Q4", f"{y}-9M"]


# ---------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------
def render_date(d, style):
    if style == "x":            # real Excel date cell
        return d
    if style == "s":            # dd/mm/yyyy text
        return d.strftime("%d/%m/%Y")
    if style == "dm":           # d/m/yyyy text
        return f"{d.day}/{d.month}/{d.year}"
    if style == "n":            # "ngày 3/2/2025"
        return f"ngày {d.day}/{d.month}/{d.year}"
    if style == "long":         # "ngày 20 tháng 6 năm 2025"
        return f"ngày {d.day} tháng {d.month} năm {d.year}"
    raise ValueError(style)


def render_range(d1, d2):
    """'3-5/3/2025', '31/3 - 2/4/2025', '29/12/2025 - 02/01/2026'."""
    if d1 == d2:
        return f"{d1.day}/{d1.month}/{d1.year}"
    if d1.year != d2.year:
        return f"{d1.strftime('%d/%m/%Y')} - {d2.strftime('%d/%m/%Y')}"
    if d1.month != d2.month:
        return f"{d1.day}/{d1.month} - {d2.day}/{d2.month}/{d2.year}"
    return f"{d1.day}-{d2.day}/{d1.month}/{d1.year}"


def render_count(n, style, noun="người"):
    if style == "i":
        return n
    if style == "p":
        return f"{n} {noun}"
    if style == "z":
        return f"{n:02d}"
    if style == "dc":
        return f"{n} đ/c"
    if style == "zp":
        return f"{n:02d} (người)"
    raise ValueError(style)


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


class Sheet:
    """Thin wrapper that remembers which rows hold entries."""

    def __init__(self, wb, fname, title, first=False, hidden=False):
        self.ws = wb.active if first else wb.create_sheet()
        self.ws.title = title
        if hidden:
            self.ws.sheet_state = "hidden"
        self.fname = fname
        self.data_rows = set()
        self.uncertain = 0
        SHEETS.append(self)

    def put(self, r, c, v, bold=False, box=False, center=False, wrap=False,
            merge=None, fmt=None):
        cell = self.ws.cell(row=r, column=c, value=v)
        if isinstance(v, (dt.date, dt.datetime)):
            cell.number_format = "dd/mm/yyyy"
        elif fmt:
            cell.number_format = fmt
        if bold:
            cell.font = BOLD
        if center:
            cell.alignment = CENTER
        elif wrap:
            cell.alignment = WRAP
        if box:
            cell.border = BOX
        if merge:
            r2, c2 = merge
            self.ws.merge_cells(start_row=r, start_column=c, end_row=r2,
                                end_column=c2)
        return cell

    def row(self, r, c0, values, **kw):
        for i, v in enumerate(values):
            if v is not None:
                self.put(r, c0 + i, v, **kw)

    def entry(self, r, uncertain=False):
        assert r not in self.data_rows
        self.data_rows.add(r)
        if uncertain:
            self.uncertain += 1

    def widths(self, spec):
        for col, w in spec.items():
            self.ws.column_dimensions[col].width = w


SHEETS = []


def save(wb, fname):
    # fixed document properties (openpyxl still stamps 'modified' at save
    # time, so files are identical in content, not byte for byte)
    wb.properties.creator = "Sở Ngoại vụ Hà Tĩnh"
    wb.properties.lastModifiedBy = "Sở Ngoại vụ Hà Tĩnh"
    wb.properties.created = dt.datetime(2026, 9, 30, 16, 0, 0)
    wb.save(os.path.join(OUT, fname))

# Registers: lists of dicts with at least 'date'; 'unc' = indicators whose
# figures depend on an unreadable cell of this entry, 'scope' = 'year'
# (unreadable date: whole year) or 'periods' (periods containing the date).
OUTB, INB, CONF, AGR, CONS, PROJ, TX, LAO = ([] for _ in range(8))


def rec(reg, **kw):
    kw.setdefault("unc", set())
    kw.setdefault("scope", "periods")
    assert kw["date"] < CUTOFF
    reg.append(kw)
    return kw


# ===========================================================================
# WB1  Outbound delegations 2025: title block, two-row merged header, column
#      number row, month headings + "Cộng tháng", header repeated on page 2,
#      grand total + "Trong đó:", signature block, merged count (uncertain)
# ===========================================================================
# (dep, ret, date_style, agency, leader, persons, count_style, country,
#  purpose, decision, funding, flag)
OUT25 = [
    ("08/01/2025", "12/01/2025", "s", "Sở Ngoại vụ", "Ông Nguyễn Văn Hải,\nGiám đốc Sở", 5, "p",
     "Lào (tỉnh Bolikhămxay)", "Làm việc, thống nhất kế hoạch hợp tác năm 2025", "15/QĐ-UBND\nngày 03/01/2025", "Ngân sách tỉnh", None),
    ("14/01/2025", "18/01/2025", "x", "Sở Nội vụ", "Bà Trần Thị Minh,\nPhó Giám đốc Sở", 4, "z",
     "Nhật Bản", "Khảo sát thị trường lao động, đưa người lao động đi làm việc", "41/QĐ-UBND\nngày 08/01/2025", "Ngân sách tỉnh", None),
    ("18/02/2025", "21/02/2025", "n", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Đại tá Lê Quang Vinh", 8, "dc",
     "Lào (tỉnh Khăm Muồn)", "Hội đàm công tác quản lý, bảo vệ biên giới", "302/QĐ-UBND\nngày 10/02/2025", "Ngân sách trung ương", None),
    ("03/03/2025", "05/03/2025", "range", "Sở Công Thương", "Ông Phạm Đức Thắng,\nPhó Giám đốc Sở", 6, "zp",
     "Thái Lan", "Xúc tiến thương mại, giới thiệu sản phẩm OCOP", "455/QĐ-UBND\nngày 24/02/2025", "Chương trình XTTM", None),
    ("10/03/2025", "15/03/2025", "x", "UBND thị xã Kỳ Anh", "Ông Hoàng Trung Kiên,\nChủ tịch UBND thị xã", 7, "i",
     "Hàn Quốc", "Xúc tiến đầu tư vào Khu kinh tế Vũng Áng", "498/QĐ-UBND\nngày 03/03/2025", "Ngân sách thị xã", None),
    ("31/03/2025", "02/04/2025", "range", "Trường Đại học Hà Tĩnh", "PGS.TS Đặng Thị Hương,\nPhó Hiệu trưởng", 4, "p",
     "Lào (Thủ đô Viêng Chăn)", "Tuyển sinh lưu học sinh Lào năm học mới", "690/QĐ-UBND\nngày 25/03/2025", "Nguồn thu sự nghiệp", None),
    ("10/04/2025", "14/04/2025", "x", "Văn phòng UBND tỉnh", "Đồng chí Chủ tịch UBND tỉnh", 15, "i",
     "Lào (Bolikhămxay, Khăm Muồn)", "Chúc Tết cổ truyền Bunpimay", "702/QĐ-UBND\nngày 28/03/2025", "Ngân sách tỉnh", None),
    ("21/04/2025", "25/04/2025", "s", "Sở Tài chính", "Ông Võ Hồng Sơn,\nPhó Giám đốc Sở", 5, "p",
     "Singapore", "Xúc tiến đầu tư, làm việc với Liên đoàn Doanh nghiệp Singapore", "811/QĐ-UBND\nngày 14/04/2025", "Ngân sách tỉnh", None),
    ("06/05/2025", "09/05/2025", "n", "Sở Giáo dục và Đào tạo", "Bà Nguyễn Thị Ngọc Anh,\nPhó Giám đốc Sở", 6, "dc",
     "Lào (Thủ đô Viêng Chăn)", "Trao đổi kinh nghiệm dạy tiếng Việt cho học sinh Lào", "905/QĐ-UBND\nngày 28/04/2025", "Ngân sách tỉnh", None),
    ("19/05/2025", "30/05/2025", "x", "Sở Y tế", "TS.BS Trần Văn Phú,\nGiám đốc Bệnh viện ĐK tỉnh", 3, "z",
     "Đức", "Tập huấn kỹ thuật can thiệp tim mạch", "960/QĐ-UBND\nngày 12/05/2025", "Tài trợ của đối tác", None),
    ("02/06/2025", "06/06/2025", "s", "Sở Nông nghiệp và Môi trường", "Ông Bùi Văn Lâm,\nPhó Giám đốc Sở", 5, "p",
     "Trung Quốc", "Khảo sát mô hình chăn nuôi công nghệ cao", "1102/QĐ-UBND\nngày 27/05/2025", "Ngân sách tỉnh", None),
    ("28/06/2025", "03/07/2025", "range", "Sở Ngoại vụ", "Ông Nguyễn Văn Hải,\nGiám đốc Sở", 4, "zp",
     "Nhật Bản", "Làm việc với tỉnh Kagawa về hợp tác địa phương", "1215/QĐ-UBND\nngày 20/06/2025", "Ngân sách tỉnh", None),
    ("14/07/2025", "17/07/2025", "x", "Công an tỉnh", "Đại tá Nguyễn Hồng Phong,\nPhó Giám đốc Công an tỉnh", 6, "dc",
     "Lào (tỉnh Savannakhet)", "Hội đàm hợp tác phòng chống tội phạm ma túy", "1390/QĐ-UBND\nngày 07/07/2025", "Ngân sách trung ương", None),
    ("22/07/2025", "26/07/2025", "n", "UBND xã Cẩm Xuyên", "Ông Dương Tất Thành,\nChủ tịch UBND xã", 5, "i",
     "Hàn Quốc", "Tìm hiểu mô hình nông thôn mới kiểu mẫu", "1433/QĐ-UBND\nngày 15/07/2025", "Ngân sách xã", None),
    ("01/09/2025", "05/09/2025", "s", "Văn phòng Tỉnh ủy", "Đồng chí Phó Bí thư Tỉnh ủy", 10, "z",
     "Lào (tỉnh Bolikhămxay)", "Dự Lễ kỷ niệm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào", "1601/QĐ-UBND\nngày 22/08/2025", "Ngân sách tỉnh", None),
    ("15/09/2025", "20/09/2025", "x", "Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh", "ThS. Lê Văn Hòa,\nHiệu trưởng", 4, "p",
     "Úc", "Trao đổi chương trình đào tạo nghề", "1688/QĐ-UBND\nngày 05/09/2025", "Dự án hỗ trợ", None),
    ("29/09/2025", "02/10/2025", "range", "Sở Văn hóa, Thể thao và Du lịch", "Bà Phan Thị Thu,\nPhó Giám đốc Sở", 5, "zp",
     "Thái Lan", "Quảng bá du lịch trên hành lang kinh tế Đông - Tây", "1752/QĐ-UBND\nngày 19/09/2025", "Ngân sách tỉnh", None),
    ("07/10/2025", "10/10/2025", "n", "Bộ Chỉ huy Quân sự tỉnh", "Đại tá Trần Đình Lực", 7, "dc",
     "Lào (tỉnh Khăm Muồn)", "Tìm kiếm, quy tập hài cốt liệt sỹ", "1850/QĐ-UBND\nngày 30/09/2025", "Ngân sách trung ương", None),
    ("20/10/2025", "24/10/2025", "x", "Sở Khoa học và Công nghệ", "Ông Đinh Văn Nam,\nPhó Giám đốc Sở", 3, "z",
     "Pháp", "Hội chợ công nghệ và thiết bị", "1903/QĐ-UBND\nngày 13/10/2025", "Ngân sách tỉnh", None),
    ("04/11/2025", "08/11/2025", "s", "Văn phòng UBND tỉnh", "Đồng chí Phó Chủ tịch UBND tỉnh", 12, "i",
     "Lào (tỉnh Bolikhămxay)", "Hội đàm cấp cao thường niên Hà Tĩnh - Bolikhămxay năm 2025", "2011/QĐ-UBND\nngày 27/10/2025", "Ngân sách tỉnh", None),
    ("17/11/2025", "21/11/2025", "x", "Sở Nông nghiệp và Môi trường", "Ông Nguyễn Hữu Tâm,\nPhó Giám đốc Sở", 7, None,
     "Hàn Quốc", "Khảo sát mô hình nông nghiệp công nghệ cao (Đoàn 1)", "2120/QĐ-UBND\nngày 10/11/2025", "Ngân sách tỉnh", "merge_top"),
    ("17/11/2025", "21/11/2025", "x", "Hội Nông dân tỉnh", "Ông Lê Văn Quyết,\nPhó Chủ tịch Hội", 5, None,
     "Hàn Quốc", "Khảo sát mô hình nông nghiệp công nghệ cao (Đoàn 2)", "2121/QĐ-UBND\nngày 10/11/2025", "Xã hội hóa", "merge_bottom"),
    ("02/12/2025", "06/12/2025", "n", "Liên hiệp các tổ chức hữu nghị tỉnh", "Bà Nguyễn Thị Thanh Bình,\nChủ tịch Liên hiệp", 6, "p",
     "Lào (Thủ đô Viêng Chăn)", "Giao lưu hữu nghị nhân dân", "2230/QĐ-UBND\nngày 25/11/2025", "Ngân sách tỉnh", None),
    ("09/12/2025", "14/12/2025", "s", "Sở Giáo dục và Đào tạo", "Ông Hồ Văn Thành,\nGiám đốc Sở", 4, "zp",
     "Nhật Bản", "Ký kết hợp tác đào tạo tiếng Nhật", "2284/QĐ-UBND\nngày 01/12/2025", "Tài trợ của đối tác", None),
    ("15/12/2025", "19/12/2025", "x", "Sở Tư pháp", "Bà Lê Thị Hằng,\nPhó Giám đốc Sở", 5, "dc",
     "Lào (tỉnh Savannakhet)", "Trao đổi kinh nghiệm phổ biến giáo dục pháp luật", "2301/QĐ-UBND\nngày 08/12/2025", "Ngân sách tỉnh", None),
    ("29/12/2025", "02/01/2026", "range", "Sở Văn hóa, Thể thao và Du lịch", "Ông Trần Xuân Lộc,\nPhó Giám đốc Sở", 4, "z",
     "Campuchia", "Tham gia Tuần văn hóa Việt Nam tại Campuchia", "2390/QĐ-UBND\nngày 19/12/2025", "Ngân sách tỉnh", None),
]

OUT_HEADER_TOP = ["STT", "Quyết định cử đoàn\n(số, ngày)", "Thành phần đoàn", None, None,
                  "Nước đến ", "Thời gian", None, "Nội dung công tác", "Nguồn kinh phí"]
OUT_HEADER_BOT = [None, None, "Trưởng đoàn", "Cơ quan, đơn vị\nchủ trì",
                  "Số lượng (người)", None, "Ngày đi công tác", "Ngày về ", None, None]


def wb1():
    fname = "01_DanhSach_DoanRa_2025.xlsx"
    wb = Workbook()
    s = Sheet(wb, fname, "Đoàn ra 2025", first=True)
    s.widths({"A": 6, "B": 18, "C": 26, "D": 26, "E": 11, "F": 22, "G": 16,
              "H": 13, "I": 40, "J": 18})
    s.put(1, 1, "UBND TỈNH HÀ TĨNH", center=True, merge=(1, 3))
    s.put(1, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True, merge=(1, 10))
    s.put(2, 1, "SỞ NGOẠI VỤ", bold=True, center=True, merge=(2, 3))
    s.put(2, 6, "Độc lập - Tự do - Hạnh phúc", bold=True, center=True, merge=(2, 10))
    s.put(4, 1, "DANH SÁCH CÁC ĐOÀN CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC ĐI CÔNG TÁC NƯỚC NGOÀI NĂM 2025",
          bold=True, center=True, merge=(4, 10))
    s.put(5, 1, "(Kèm theo Báo cáo số       /BC-SNgV ngày     tháng 01 năm 2026 của Sở Ngoại vụ)",
          center=True, merge=(5, 10))
    s.put(7, 9, "Đơn vị tính: đoàn, người", merge=(7, 10))

    def header(r):
        s.row(r, 1, OUT_HEADER_TOP, bold=True, box=True, center=True)
        s.row(r + 1, 1, OUT_HEADER_BOT, bold=True, box=True, center=True)
        for c in (1, 2, 6, 9, 10):
            s.ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        s.ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        s.ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
        s.row(r + 2, 1, [f"({i})" for i in range(1, 11)], center=True, box=True)
        return r + 3

    r = header(8)
    stt = 0
    by_month = {}
    for e in OUT25:
        by_month.setdefault(D(e[0]).month, []).append(e)
    for m in range(1, 13):
        if m == 7:   # second printed page: page break + repeated header
            s.ws.row_breaks.append(Break(id=r - 1))
            r = header(r)
        s.put(r, 1, f"Tháng {m:02d}/2025", bold=True, merge=(r, 10))
        r += 1
        rows = by_month.get(m, [])
        if not rows:
            s.put(r, 2, "(Không có đoàn ra)", merge=(r, 5))
            r += 1
            continue
        month_persons = 0
        for e in rows:
            (dep, ret, style, agency, leader, persons, cstyle, country, purpose,
             decision, fund, flag) = e
            d1, d2 = D(dep), D(ret)
            stt += 1
            unc = flag in ("merge_top", "merge_bottom")
            rec(OUTB, date=d1, persons=persons, country=country,
                unc={"outbound_persons"} if unc else set())
            s.put(r, 1, stt, center=True, box=True)
            s.put(r, 2, decision, wrap=True, box=True)
            s.put(r, 3, leader, wrap=True, box=True)
            s.put(r, 4, agency, wrap=True, box=True)
            if flag == "merge_top":
                # one count typed for two delegations travelling together
                s.put(r, 5, 12, center=True, box=True, merge=(r + 1, 5))
            elif flag is None:
                s.put(r, 5, render_count(persons, cstyle), center=True, box=True)
            s.put(r, 6, country, wrap=True, box=True)
            if style == "range":
                s.put(r, 7, render_range(d1, d2), box=True)
            else:
                s.put(r, 7, render_date(d1, style), box=True)
                s.put(r, 8, render_date(d2, "x" if style == "x" else "s"), box=True)
            s.put(r, 9, purpose, wrap=True, box=True)
            s.put(r, 10, fund, wrap=True, box=True)
            s.entry(r, uncertain=unc)
            month_persons += persons
            r += 1
        s.put(r, 2, f"Cộng tháng {m}", bold=True)
        s.put(r, 3, f"{len(rows):02d} đoàn", bold=True)
        s.put(r, 5, month_persons, bold=True, center=True)
        r += 1
    total_p = sum(e[5] for e in OUT25)
    s.put(r, 2, "TỔNG CỘNG NĂM 2025", bold=True, merge=(r, 3))
    s.put(r, 4, f"{len(OUT25)} đoàn", bold=True)
    s.put(r, 5, total_p, bold=True, center=True)
    r += 1
    s.put(r, 2, "Trong đó:", bold=True)
    r += 1
    lao = [e for e in OUT25 if e[7].startswith("Lào")]
    oth = [e for e in OUT25 if not e[7].startswith("Lào")]
    s.put(r, 2, "- Đi các tỉnh của Lào", merge=(r, 3))
    s.put(r, 4, f"{len(lao)} đoàn")
    s.put(r, 5, sum(e[5] for e in lao), center=True)
    r += 1
    s.put(r, 2, "- Đi các nước khác", merge=(r, 3))
    s.put(r, 4, f"{len(oth)} đoàn")
    s.put(r, 5, sum(e[5] for e in oth), center=True)
    r += 2
    s.put(r, 2, "NGƯỜI LẬP BIỂU", bold=True, merge=(r, 3))
    s.put(r, 8, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", bold=True, center=True, merge=(r, 10))
    r += 4
    s.put(r, 2, "Nguyễn Thị Thảo", merge=(r, 3))
    s.put(r, 8, "Lê Văn Khánh", center=True, merge=(r, 10))
    save(wb, fname)


# ===========================================================================
# WB2  Outbound 2026 grouped by sending agency; header in row 1 (no title);
#      numbering restarts per group; ranges crossing quarter ends; summary
#      sheet; empty Q4 template; hidden scratch sheet
# ===========================================================================
# agency -> [(leader / description, country, purpose, persons, cstyle, when, permit)]
# 'when' is (d1, d2, style) with style 'range' | 'x' | 'n'
OUT26 = [
    ("Văn phòng UBND tỉnh", [
        ("Đoàn cấp cao tỉnh do đồng chí Chủ tịch UBND tỉnh làm Trưởng đoàn", "Lào (Bolikhămxay, Khăm Muồn)",
         "Chúc Tết cổ truyền Bunpimay", 16, "i", ("08/04/2026", "11/04/2026", "range"), "CV 1540/UBND-NC"),
        ("Đoàn do đồng chí Phó Chủ tịch UBND tỉnh làm Trưởng đoàn", "Nhật Bản",
         "Xúc tiến đầu tư tại Tokyo, Osaka", 7, "p", ("19/05/2026", "24/05/2026", "range"), "CV 2688/UBND-NC"),
    ]),
    ("Sở Ngoại vụ", [
        ("Ông Nguyễn Văn Hải - Giám đốc Sở", "Lào (Thủ đô Viêng Chăn)",
         "Làm việc với Bộ Ngoại giao Lào về công tác lãnh sự", 4, "z", ("13/01/2026", "16/01/2026", "range"), "QĐ 88/QĐ-UBND"),
        ("Bà Lê Thị Quỳnh Nga - Phó Giám đốc Sở", "Hàn Quốc",
         "Làm việc với tỉnh Gyeonggi, thúc đẩy kết nghĩa", 5, "dc", ("31/03/2026", "02/04/2026", "range"), "QĐ 702/QĐ-UBND"),
        ("Ông Trần Quốc Việt - Trưởng phòng", "Lào (tỉnh Savannakhet)",
         "Khảo sát tổ chức Hội nghị APOTC", 3, "zp", ("06/08/2026", "08/08/2026", "range"), "QĐ 1620/QĐ-UBND"),
    ]),
    ("Sở Công Thương", [
        ("Ông Phạm Đức Thắng - Phó Giám đốc Sở", "Thái Lan",
         "Hội chợ thương mại quốc tế Nakhon Phanom", 6, "p", ("24/02/2026", "27/02/2026", "range"), "QĐ 401/QĐ-UBND"),
        ("Ông Nguyễn Thanh Bình - Phó Giám đốc Sở", "Trung Quốc (Quảng Tây)",
         "Xúc tiến xuất khẩu nông sản", 5, "z", ("30/06/2026", "04/07/2026", "range"), "QĐ 1290/QĐ-UBND"),
    ]),
    ("Sở Y tế", [
        ("BSCKII Nguyễn Văn Tình - Phó Giám đốc Sở", "Lào (tỉnh Khăm Muồn)",
         "Khám bệnh, cấp thuốc miễn phí cho nhân dân Lào", 6, "dc", ("09/03/2026", "12/03/2026", "range"), "QĐ 522/QĐ-UBND"),
        ("TS.BS Trần Văn Phú - Giám đốc BVĐK tỉnh", "Cu Ba",
         "Hội thảo y học nhiệt đới", 3, "i", ("14/09/2026", "25/09/2026", "range"), "QĐ 1801/QĐ-UBND"),
    ]),
    ("Sở Giáo dục và Đào tạo", [
        ("Ông Hồ Văn Thành - Giám đốc Sở", "Lào (tỉnh Bolikhămxay)",
         "Bàn giao trang thiết bị dạy tiếng Việt", 5, "p", ("21/01/2026", "23/01/2026", "range"), "QĐ 160/QĐ-UBND"),
        ("Bà Nguyễn Thị Ngọc Anh - Phó Giám đốc Sở", "Úc",
         "Học tập mô hình trường học xanh", 4, "zp", ("11/07/2026", "20/07/2026", "range"), "QĐ 1388/QĐ-UBND"),
    ]),
    ("Công an tỉnh", [
        ("Đại tá Nguyễn Hồng Phong - Phó Giám đốc", "Lào (tỉnh Bolikhămxay)",
         "Giao ban công tác đảm bảo an ninh biên giới (trong ngày)", 8, "dc", ("17/03/2026", "17/03/2026", "x"), "QĐ 580/QĐ-UBND"),
        ("Thượng tá Võ Đình Long - Trưởng phòng", "Lào (tỉnh Khăm Muồn)",
         "Trao trả đối tượng truy nã", 6, "i", ("22/06/2026", "23/06/2026", "n"), "QĐ 1255/QĐ-UBND"),
    ]),
    ("UBND thị xã Kỳ Anh", [
        ("Ông Hoàng Trung Kiên - Chủ tịch UBND thị xã", "Hàn Quốc",
         "Làm việc với thành phố Gimhae về hợp tác hữu nghị", 6, "p", ("03/05/2026", "08/05/2026", "range"), "QĐ 911/QĐ-UBND"),
    ]),
    ("Trường Đại học Hà Tĩnh", [
        ("PGS.TS Đặng Thị Hương - Phó Hiệu trưởng", "Lào (Thủ đô Viêng Chăn)",
         "Tuyển sinh lưu học sinh Lào năm học mới", 4, "z", ("15/04/2026", "18/04/2026", "range"), "QĐ 780/QĐ-UBND"),
        ("TS. Phan Văn Đức - Trưởng khoa", "Thái Lan",
         "Hội thảo khoa học tại Đại học Khon Kaen", 3, "dc", ("25/08/2026", "28/08/2026", "range"), "QĐ 1660/QĐ-UBND"),
    ]),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", [
        ("Đại tá Lê Quang Vinh - Chỉ huy trưởng", "Lào (tỉnh Bolikhămxay)",
         "Dự Lễ kỷ niệm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào", 10, "i", ("02/09/2026", "04/09/2026", "range"), "QĐ 1712/QĐ-UBND"),
        ("Thượng tá Nguyễn Văn Tú - Phó Chỉ huy trưởng", "Lào (tỉnh Khăm Muồn)",
         "Hội đàm định kỳ quản lý biên giới", 7, "zp", ("27/07/2026", "29/07/2026", "range"), "QĐ 1455/QĐ-UBND"),
    ]),
]

OUT26_HEADER = ["TT", "Đơn vị cử đoàn /\nTrưởng đoàn", "Nước đến", "Mục đích chuyến đi",
                "Số lượng\n(người) ", "Thời gian\n(đi - về)", "Văn bản cho phép"]


def wb2():
    fname = "02_DoanRa_2026_theo_don_vi.xlsx"
    wb = Workbook()
    s = Sheet(wb, fname, "Đoàn ra 2026", first=True)
    s.widths({"A": 6, "B": 40, "C": 26, "D": 44, "E": 11, "F": 22, "G": 18})
    s.row(1, 1, OUT26_HEADER, bold=True, box=True, center=True)
    r = 2
    roman = ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
    for gi, (agency, items) in enumerate(OUT26):
        s.put(r, 1, f"{roman[gi]}. {agency}", bold=True, merge=(r, 7))
        r += 1
        gp = 0
        for i, (who, country, purpose, persons, cstyle, when, permit) in enumerate(items, 1):
            d1, d2, style = D(when[0]), D(when[1]), when[2]
            rec(OUTB, date=d1, persons=persons, country=country)
            s.put(r, 1, i, center=True, box=True)
            s.put(r, 2, who, wrap=True, box=True)
            s.put(r, 3, country, wrap=True, box=True)
            s.put(r, 4, purpose, wrap=True, box=True)
            s.put(r, 5, render_count(persons, cstyle), center=True, box=True)
            if style == "range":
                s.put(r, 6, render_range(d1, d2), box=True)
            else:
                s.put(r, 6, render_date(d1, style), box=True)
            s.put(r, 7, permit, box=True)
            s.entry(r)
            gp += persons
            r += 1
        s.put(r, 2, "Cộng", bold=True)
        s.put(r, 3, f"{len(items):02d} đoàn", bold=True)
        s.put(r, 5, gp, bold=True, center=True)
        r += 1
    n26 = sum(len(it) for _, it in OUT26)
    p26 = sum(x[3] for _, it in OUT26 for x in it)
    s.put(r, 2, "TỔNG CỘNG 9 THÁNG NĂM 2026", bold=True)
    s.put(r, 3, f"{n26} đoàn", bold=True)
    s.put(r, 5, p26, bold=True, center=True)

    # --- summary sheet (figures typed by the clerk, consistent with the list)
    t = Sheet(wb, fname, "Tổng hợp")
    t.widths({"A": 28, "B": 14, "C": 18})
    t.put(1, 1, "TỔNG HỢP ĐOÀN RA THEO QUÝ - NĂM 2026", bold=True, merge=(1, 3))
    t.row(3, 1, ["Thời gian", "Số đoàn", "Số lượt người"], bold=True, box=True, center=True)
    r = 4
    for q, lab in ((1, "Quý I"), (2, "Quý II"), (3, "Quý III"), (4, "Quý IV")):
        es = [e for e in OUTB if e["date"].year == 2026 and (e["date"].month - 1) // 3 + 1 == q]
        t.row(r, 1, [lab, len(es), sum(e["persons"] for e in es)], box=True)
        r += 1
    es = [e for e in OUTB if e["date"].year == 2026]
    t.row(r, 1, ["Cộng 9 tháng", len(es), sum(e["persons"] for e in es)], bold=True, box=True)

    # --- empty template for Q4 (pre-numbered rows, nothing filled in)
    m = Sheet(wb, fname, "Mẫu Quý IV")
    m.widths({"A": 6, "B": 40, "C": 26, "D": 44, "E": 11, "F": 22, "G": 18})
    m.put(1, 1, "DANH SÁCH ĐOÀN RA QUÝ IV NĂM 2026 (mẫu - các đơn vị điền)", bold=True, merge=(1, 7))
    m.row(2, 1, OUT26_HEADER, bold=True, box=True, center=True)
    for i in range(1, 6):
        m.put(2 + i, 1, i, center=True, box=True)
        for c in range(2, 8):
            m.ws.cell(row=2 + i, column=c).border = BOX
    m.put(8, 2, "Cộng", bold=True)

    # --- hidden scratch sheet: lookup lists + the clerk's arithmetic
    h = Sheet(wb, fname, "DM", hidden=True)
    h.put(1, 1, "Danh mục đơn vị")
    h.put(1, 3, "Danh mục nước")
    for i, (agency, _) in enumerate(OUT26, 2):
        h.put(i, 1, agency)
    for i, c in enumerate(["Lào", "Thái Lan", "Campuchia", "Nhật Bản", "Hàn Quốc",
                           "Trung Quốc", "Úc", "Cu Ba", "Singapore"], 2):
        h.put(i, 3, c)
    h.put(12, 5, "nháp: 16+7+4+5+3")
    h.put(12, 6, 35)
    h.put(13, 5, "kiểm tra Q1")
    h.put(13, 6, "6 đoàn ?")
    save(wb, fname)


# ===========================================================================
# WB3  Inbound delegations: table starts in column D, date is the LAST column,
#      two tables on one sheet (2025, blank rows, new title, 2026 with its own
#      differently worded header), ranges, lunar-calendar date (uncertain)
# ===========================================================================
# (from, leader, host, content, visitors, vstyle, date-spec)
# date-spec: ('range', d1, d2) | ('x'|'s'|'n'|'dm', d) | ('lunar', text, intended)
INB25 = [
    ("Tỉnh Khăm Muồn (Lào)", "Phó Tỉnh trưởng", "UBND tỉnh", "Chúc Tết Nguyên đán Ất Tỵ", 15, "i", ("range", "20/01/2025", "21/01/2025")),
    ("Tỉnh Bolikhămxay (Lào)", "Bí thư, Tỉnh trưởng", "Tỉnh ủy, UBND tỉnh", "Chúc Tết Nguyên đán Ất Tỵ", 20, "p", ("x", "24/01/2025")),
    ("Đoàn doanh nghiệp tỉnh Gyeonggi (Hàn Quốc)", "Chủ tịch Hiệp hội doanh nghiệp", "Sở Tài chính", "Tìm hiểu cơ hội đầu tư", 8, "z", ("s", "18/02/2025")),
    ("Đại học Quốc gia Lào", "Phó Hiệu trưởng", "Trường Đại học Hà Tĩnh", "Trao đổi hợp tác đào tạo", 6, "i", ("range", "31/03/2025", "02/04/2025")),
    ("Tỉnh Nakhon Phanom (Thái Lan)", "Phó Tỉnh trưởng", "Sở Ngoại vụ", "Thúc đẩy hợp tác du lịch đường 8", 12, "k", ("range", "22/04/2025", "24/04/2025")),
    ("Tập đoàn Hưng Nghiệp Formosa (Đài Loan, Trung Quốc)", "Phó Chủ tịch Tập đoàn", "UBND tỉnh", "Làm việc về tình hình sản xuất kinh doanh", 5, "z", ("n", "15/05/2025")),
    ("Tỉnh Savannakhet (Lào)", "Bí thư, Tỉnh trưởng", "UBND tỉnh", "Hội đàm cấp cao năm 2025", 25, "i", ("range", "10/06/2025", "12/06/2025")),
    ("Tỉnh Kagawa (Nhật Bản)", "Phó Thống đốc", "Sở Ngoại vụ", "Trao đổi hợp tác địa phương", 4, "p", ("x", "26/06/2025")),
    ("Thủ đô Viêng Chăn (Lào)", "Phó Đô trưởng", "Sở Ngoại vụ", "Trao đổi kinh nghiệm quản lý đô thị", 16, "k", ("range", "08/07/2025", "09/07/2025")),
    ("Tỉnh Tula (LB Nga)", "Phó Thống đốc", "UBND tỉnh", "Thúc đẩy ký kết thỏa thuận hợp tác", 5, "z", ("dm", "21/07/2025")),
    ("Tỉnh Xiêng Khoảng (Lào)", "Phó Tỉnh trưởng", "Sở Giáo dục và Đào tạo", "Thăm lưu học sinh Lào", 10, "i", ("s", "19/08/2025")),
    ("Hội hữu nghị Lào - Việt Nam tỉnh Bolikhămxay", "Chủ tịch Hội", "Liên hiệp các tổ chức hữu nghị tỉnh", "Giao lưu hữu nghị", 14, "p", ("range", "04/09/2025", "05/09/2025")),
    ("Tỉnh Khăm Muồn (Lào)", "Phó Bí thư Tỉnh ủy", "UBND tỉnh", "Trao đổi về dự án thủy lợi Nông Bốc", 9, "z", ("range", "30/09/2025", "01/10/2025")),
    ("Tỉnh Mukdahan (Thái Lan)", "Tỉnh trưởng", "Sở Công Thương", "Kết nối giao thương", 7, "i", ("x", "14/10/2025")),
    ("Đại học Kyungpook (Hàn Quốc)", "Giáo sư, Trưởng khoa", "Trường Đại học Hà Tĩnh", "Hợp tác nghiên cứu", 6, "k", ("range", "06/11/2025", "07/11/2025")),
    ("Công ty TNHH JFE Steel (Nhật Bản)", "Giám đốc điều hành", "Ban Quản lý Khu kinh tế tỉnh", "Tìm hiểu đầu tư tại KKT Vũng Áng", 3, "z", ("n", "20/11/2025")),
    ("Tỉnh Luông Pha Băng (Lào)", "Phó Tỉnh trưởng", "Sở Văn hóa, Thể thao và Du lịch", "Hợp tác du lịch di sản", 11, "i", ("s", "11/12/2025")),
    ("Tỉnh Bolikhămxay (Lào)", "Phó Bí thư, Phó Tỉnh trưởng", "UBND tỉnh", "Tổng kết hợp tác năm 2025", 22, "p", ("range", "22/12/2025", "23/12/2025")),
]
INB26 = [
    ("Công ty Doosan Enerbility (Hàn Quốc)", "Phó Tổng Giám đốc", "Sở Tài chính", "Khảo sát đầu tư năng lượng", 6, "z", ("x", "13/01/2026")),
    ("Tỉnh Bolikhămxay (Lào)", "Phó Tỉnh trưởng", "UBND tỉnh", "Thăm, chúc Tết và dự Lễ hội đầu Xuân", 12, "i",
     ("lunar", "mùng 5 tháng Giêng", "21/02/2026")),
    ("Tỉnh Nakhon Phanom (Thái Lan)", "Phó Tỉnh trưởng", "Sở Ngoại vụ", "Hội nghị APOTC trù bị", 9, "k", ("n", "10/03/2026")),
    ("Thủ đô Viêng Chăn (Lào)", "Phó Bí thư Thành ủy", "UBND tỉnh", "Trao đổi kinh nghiệm xây dựng chính quyền", 15, "i", ("range", "24/03/2026", "26/03/2026")),
    ("Tỉnh Savannakhet (Lào)", "Tỉnh trưởng", "UBND tỉnh", "Hội đàm cấp cao năm 2026", 20, "p", ("s", "16/04/2026")),
    ("Tỉnh Kagawa (Nhật Bản)", "Phó Chủ tịch Hội đồng tỉnh", "Sở Ngoại vụ", "Giao lưu văn hóa", 4, "z", ("x", "28/05/2026")),
    ("Tỉnh Bolikhămxay (Lào)", "Phó Tỉnh trưởng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Phân giới, cắm mốc bổ sung", 18, "i", ("range", "30/06/2026", "02/07/2026")),
    ("Đại học Deakin (Úc)", "Phó Hiệu trưởng", "Trường Đại học Hà Tĩnh", "Chương trình liên kết đào tạo", 5, "k", ("dm", "15/07/2026")),
    ("Tỉnh Xiêng Khoảng (Lào)", "Phó Tỉnh trưởng", "Sở Y tế", "Hợp tác khám chữa bệnh", 8, "z", ("n", "06/08/2026")),
    ("Tỉnh Tula (LB Nga)", "Thứ trưởng Chính quyền tỉnh", "Sở Ngoại vụ", "Triển khai thỏa thuận hợp tác", 6, "i", ("range", "25/08/2026", "27/08/2026")),
    ("Tỉnh Khăm Muồn (Lào)", "Phó Tỉnh trưởng", "UBND tỉnh", "Bàn giao công trình thủy lợi Nông Bốc", 13, "p", ("x", "10/09/2026")),
    ("Liên đoàn Doanh nghiệp Singapore (SBF)", "Giám đốc khu vực", "Sở Tài chính", "Kết nối đầu tư", 3, "z", ("s", "24/09/2026")),
]


def inb_cells(spec):
    kind = spec[0]
    if kind == "range":
        d1, d2 = D(spec[1]), D(spec[2])
        return d1, render_range(d1, d2), False
    if kind == "lunar":
        return D(spec[2]), spec[1], True
    d = D(spec[1])
    return d, render_date(d, kind), False


def wb3():
    fname = "03_DoanVao_2025_2026.xlsx"
    wb = Workbook()
    s = Sheet(wb, fname, "Đoàn vào", first=True)
    s.widths({"A": 3, "B": 3, "C": 3, "D": 5, "E": 40, "F": 24, "G": 28, "H": 36, "I": 12, "J": 20})
    C0 = 4  # column D

    def table(r, title, sub, header, items):
        s.put(r, C0, title, bold=True, center=True, merge=(r, C0 + 6))
        r += 1
        if sub:
            s.put(r, C0, sub, center=True, merge=(r, C0 + 6))
            r += 1
        r += 1
        s.row(r, C0, header, bold=True, box=True, center=True)
        r += 1
        tv = 0
        for i, (frm, leader, host, content, vis, vstyle, spec) in enumerate(items, 1):
            d, txt, unc = inb_cells(spec)
            rec(INB, date=d, visitors=vis,
                unc={"inbound_delegations", "inbound_visitors"} if unc else set(),
                scope="year")
            vtxt = f"{vis} khách" if vstyle == "k" else render_count(vis, vstyle)
            s.row(r, C0, [i, frm, leader, host, content, vtxt], box=True, wrap=True)
            s.put(r, C0 + 6, txt, box=True)
            s.entry(r, uncertain=unc)
            tv += vis
            r += 1
        s.put(r, C0 + 1, f"Tổng cộng: {len(items)} đoàn", bold=True)
        s.put(r, C0 + 5, tv, bold=True)
        return r + 1

    r = table(2, "DANH SÁCH ĐOÀN KHÁCH QUỐC TẾ ĐẾN THĂM, LÀM VIỆC TẠI HÀ TĨNH NĂM 2025", None,
              ["TT", "Đoàn đến từ", "Trưởng đoàn\n(chức vụ)", "Cơ quan chủ trì đón",
               "Nội dung làm việc", "Số khách quốc tế", "Ngày làm việc"], INB25)
    r += 3  # three blank rows between the two tables
    table(r, "DANH SÁCH ĐOÀN VÀO 9 THÁNG ĐẦU NĂM 2026",
          "(Không bao gồm các đoàn của cơ quan đại diện, tổ chức quốc tế tại Việt Nam)",
          ["STT", "Tên đoàn / Quốc gia", "Trưởng đoàn", "Đơn vị đón tiếp", "Mục đích",
           "Số lượng khách\n(người)", "Thời gian làm việc "], INB26)
    save(wb, fname)


# ===========================================================================
# WB4  Conferences (header in row 1, no title; permit letter with its own
#      earlier date) + agreements (8-row title block, date last, year headings,
#      "ngày 20 tháng 6 năm 2025")
# ===========================================================================
# (date-spec, name, organiser, permit, place, foreign participants)
CONFS = [
    (("x", "20/03/2025"), "Hội thảo quốc tế phát triển du lịch bền vững trên hành lang kinh tế Đông - Tây", "Sở Văn hóa, Thể thao và Du lịch", "Văn bản số 812/UBND-NC ngày 25/02/2025", "TP. Hà Tĩnh", 25),
    (("s", "15/04/2025"), "Hội thảo khoa học quốc tế về giáo dục STEM", "Trường Đại học Hà Tĩnh", "Văn bản số 1203/UBND-NC ngày 28/03/2025", "Trường Đại học Hà Tĩnh", 12),
    (("range", "22/05/2025", "23/05/2025"), "Hội nghị xúc tiến đầu tư Hà Tĩnh - Hàn Quốc", "Sở Tài chính", "Văn bản số 1688/UBND-NC ngày 30/04/2025", "Khu kinh tế Vũng Áng", 40),
    (("dm", "12/06/2025"), "Hội thảo tham vấn dự án tăng cường khả năng chống chịu thiên tai (Oxfam)", "Sở Nông nghiệp và Môi trường", "Văn bản số 2001/UBND-NC ngày 27/05/2025", "TP. Hà Tĩnh", 6),
    (("x", "08/07/2025"), "Hội thảo chia sẻ kinh nghiệm y tế cộng đồng Việt Nam - Lào", "Sở Y tế", "Văn bản số 2410/UBND-NC ngày 20/06/2025", "TP. Hà Tĩnh", 15),
    (("range", "24/09/2025", "25/09/2025"), "Hội thảo quốc tế \"Nguyễn Du - di sản và tầm ảnh hưởng\"", "Trường Đại học Hà Tĩnh", "Văn bản số 3102/UBND-NC ngày 29/08/2025", "Khu lưu niệm Nguyễn Du", 18),
    (("s", "16/10/2025"), "Hội nghị tổng kết Chương trình phát triển vùng (World Vision)", "UBND xã Hương Khê", "Văn bản số 3390/UBND-NC ngày 30/09/2025", "Xã Hương Khê", 5),
    (("x", "20/11/2025"), "Hội thảo quốc tế về phát triển kinh tế biển xanh", "Sở Nông nghiệp và Môi trường", "Văn bản số 3711/UBND-NC ngày 03/11/2025", "Thị xã Kỳ Anh", 9),
    (("range", "05/12/2025", "06/12/2025"), "Hội nghị Hiệp hội các tỉnh sử dụng đường 8 và đường 12 (APOTC)", "Sở Ngoại vụ", "Văn bản số 3905/UBND-NC ngày 18/11/2025", "TP. Hà Tĩnh", 60),
    (("dm", "18/12/2025"), "Hội thảo quốc tế về chuyển đổi số trong giáo dục đại học", "Trường Đại học Hà Tĩnh", "Văn bản số 4102/UBND-NC ngày 05/12/2025", "Trường Đại học Hà Tĩnh", 10),
    (("x", "26/02/2026"), "Hội thảo giới thiệu chương trình học bổng của Quỹ Hensen", "Sở Giáo dục và Đào tạo", "Văn bản số 402/UBND-NC ngày 06/02/2026", "TP. Hà Tĩnh", 4),
    (("s", "25/03/2026"), "Hội nghị kết nối doanh nghiệp Hà Tĩnh - Nhật Bản", "Sở Tài chính", "Văn bản số 811/UBND-NC ngày 10/03/2026", "TP. Hà Tĩnh", 22),
    (("range", "21/05/2026", "22/05/2026"), "Hội thảo khoa học quốc tế ngôn ngữ và văn hóa Việt - Lào", "Trường Đại học Hà Tĩnh", "Văn bản số 1502/UBND-NC ngày 28/04/2026", "Trường Đại học Hà Tĩnh", 14),
    (("dm", "18/06/2026"), "Hội thảo phòng chống mua bán người khu vực biên giới", "Công an tỉnh", "Văn bản số 1890/UBND-NC ngày 02/06/2026", "Xã Sơn Kim", 8),
    (("range", "16/07/2026", "17/07/2026"), "Hội nghị Hội đồng hợp tác phát triển hành lang kinh tế Đông - Tây", "Sở Ngoại vụ", "Văn bản số 2250/UBND-NC ngày 26/06/2026", "TP. Hà Tĩnh", 35),
    (("x", "27/08/2026"), "Hội thảo tổng kết dự án nước sạch (KOICA)", "Sở Nông nghiệp và Môi trường", "Văn bản số 2801/UBND-NC ngày 11/08/2026", "Xã Cẩm Xuyên", 7),
    (("s", "29/09/2026"), "Hội thảo quốc tế về năng lượng tái tạo", "Sở Công Thương", "Văn bản số 3180/UBND-NC ngày 15/09/2026", "Thị xã Kỳ Anh", 20),
]
# (date-spec, name, partner, signer, field)
AGRS = [
    (("x", "14/01/2025"), "Biên bản ghi nhớ hợp tác năm 2025 giữa tỉnh Hà Tĩnh và tỉnh Bolikhămxay", "Chính quyền tỉnh Bolikhămxay (Lào)", "UBND tỉnh", "Toàn diện"),
    (("long", "11/04/2025"), "Biên bản thỏa thuận hợp tác giữa UBND tỉnh Hà Tĩnh và Chính quyền tỉnh Khăm Muồn", "Chính quyền tỉnh Khăm Muồn (Lào)", "UBND tỉnh", "Kinh tế - xã hội"),
    (("long", "20/06/2025"), "Thỏa thuận hợp tác đào tạo giữa Trường Đại học Hà Tĩnh và Đại học Savannakhet", "Đại học Savannakhet (Lào)", "Trường Đại học Hà Tĩnh", "Giáo dục"),
    (("s", "05/11/2025"), "Biên bản Hội đàm cấp cao Hà Tĩnh - Bolikhămxay năm 2025", "Chính quyền tỉnh Bolikhămxay (Lào)", "UBND tỉnh", "Toàn diện"),
    (("x", "18/12/2025"), "Thỏa thuận hợp tác y tế giữa Sở Y tế Hà Tĩnh và Sở Y tế tỉnh Khăm Muồn", "Sở Y tế tỉnh Khăm Muồn (Lào)", "Sở Y tế", "Y tế"),
    (("x", "20/03/2026"), "Thỏa thuận hợp tác hữu nghị giữa tỉnh Hà Tĩnh và tỉnh Tula", "Chính quyền tỉnh Tula (LB Nga)", "UBND tỉnh", "Toàn diện"),
    (("long", "14/04/2026"), "Biên bản Hội đàm cấp cao Hà Tĩnh - Savannakhet năm 2026", "Chính quyền tỉnh Savannakhet (Lào)", "UBND tỉnh", "Toàn diện"),
    (("s", "08/09/2026"), "Thỏa thuận hợp tác giữa UBND thị xã Kỳ Anh và thành phố Gimhae", "Thành phố Gimhae (Hàn Quốc)", "UBND thị xã Kỳ Anh", "Giao lưu địa phương"),
]


def spec_date(spec):
    if spec[0] == "range":
        d1, d2 = D(spec[1]), D(spec[2])
        return d1, render_range(d1, d2)
    d = D(spec[1])
    return d, render_date(d, spec[0])


def wb4():
    fname = "04_HoiNghi_HoiThao_ThoaThuan.xlsx"
    wb = Workbook()
    s = Sheet(wb, fname, "HNHT quốc tế", first=True)
    s.widths({"A": 5, "B": 56, "C": 28, "D": 38, "E": 16, "F": 22, "G": 12})
    s.row(1, 1, ["STT", "Tên hội nghị, hội thảo", "Đơn vị tổ chức", "Văn bản cho phép\ncủa UBND tỉnh",
                 "Ngày diễn ra", "Địa điểm", "Số đại biểu\nquốc tế "], bold=True, center=True, box=True)
    for i, (spec, name, org, permit, place, n) in enumerate(CONFS, 1):
        r = i + 1
        d, txt = spec_date(spec)
        rec(CONF, date=d)
        s.row(r, 1, [i, name, org, permit, txt, place, n], box=True, wrap=True)
        s.entry(r)

    a = Sheet(wb, fname, "Thỏa thuận QT")
    a.widths({"A": 6, "B": 60, "C": 34, "D": 24, "E": 18, "F": 24})
    a.put(1, 1, "UBND TỈNH HÀ TĨNH", merge=(1, 2))
    a.put(2, 1, "SỞ NGOẠI VỤ", bold=True, merge=(2, 2))
    a.put(3, 1, "Phòng Hợp tác quốc tế", merge=(3, 2))
    a.put(5, 1, "SỔ THEO DÕI THỎA THUẬN QUỐC TẾ ĐƯỢC KÝ KẾT", bold=True, center=True, merge=(5, 6))
    a.put(6, 1, "(Thỏa thuận quốc tế nhân danh tỉnh và các sở, ngành, địa phương)", center=True, merge=(6, 6))
    a.put(7, 1, "Cập nhật đến: 30/9/2026", center=True, merge=(7, 6))
    a.row(9, 1, ["Số TT", "Tên thỏa thuận", "Đối tác phía nước ngoài", "Cơ quan ký kết\nphía Hà Tĩnh ",
                 "Lĩnh vực", "Ngày ký văn bản"], bold=True, center=True, box=True)
    r = 10
    n = 0
    for y in YEARS:
        a.put(r, 1, f"Năm {y}", bold=True, merge=(r, 6))
        r += 1
        for spec, name, partner, signer, field in AGRS:
            d, txt = spec_date(spec)
            if d.year != y:
                continue
            n += 1
            rec(AGR, date=d)
            a.row(r, 1, [n, name, partner, signer, field, txt], box=True, wrap=True)
            a.entry(r)
            r += 1
    a.put(r, 2, f"Tổng số: {n:02d} thỏa thuận", bold=True)
    save(wb, fname)


# ===========================================================================
# WB5  Consular / citizen-protection cases: two sheets; 2025 has a 7-row
#      title block, two-row merged header, quarter headings, birth dates as
#      Excel dates (not the counting date), narrative text with other dates,
#      and one impossible date "31/6/2025" (uncertain)
# ===========================================================================
# (name, dob, passport, hometown, country, content, received-spec, result)
CONS25 = [
    ("Nguyễn Văn Hùng", "12/03/1990", "C4827163", "xã Kỳ Xuân", "Đài Loan (Trung Quốc)",
     "Lao động bỏ trốn bị bắt giữ, gia đình đề nghị hỗ trợ về nước", ("x", "06/01/2025"), "Đã về nước"),
    ("Trần Thị Lan", "05/07/1995", "N2093847", "xã Cẩm Xuyên", "Hàn Quốc",
     "Tử vong do đột quỵ ngày 01/02/2025, gia đình đề nghị hỗ trợ đưa tro cốt về nước", ("n", "03/02/2025"), "Đã hoàn thành"),
    ("Lê Đình Tuấn", "20/11/1988", "C7719024", "xã Hương Sơn", "Campuchia",
     "Bị lừa sang làm việc tại cơ sở đánh bạc trực tuyến, đề nghị giải cứu", ("s", "17/03/2025"), "Đã giải cứu, bàn giao về địa phương"),
    ("Phan Thị Hoa", "14/02/1992", "N1583920", "xã Thạch Hà", "Nhật Bản",
     "Thực tập sinh bị tai nạn lao động, đề nghị hỗ trợ chế độ", ("x", "08/04/2025"), "Đang xử lý"),
    ("Hồ Sỹ Nam", "01/09/1985", "C3301877", "xã Nghi Xuân", "Vương quốc Anh",
     "Xuất cảnh trái phép, bị tạm giữ tại trung tâm nhập cư", ("dm", "22/05/2025"), "Đã xác minh nhân thân"),
    ("Đặng Văn Quý", "30/06/1979", "C9026541", "xã Lộc Hà", "Malaysia",
     "Ngư dân bị lực lượng chức năng nước sở tại bắt giữ", ("s", "10/06/2025"), "Đã về nước"),
    ("Võ Thị Thanh Tâm", "17/12/1998", "N4471205", "xã Đức Thọ", "Ả Rập Xê Út",
     "Lao động giúp việc gia đình bị chủ sử dụng giữ hộ chiếu", ("bad", "31/6/2025", "30/06/2025"), "Đã về nước"),
    ("Bùi Xuân Trường", "25/04/1993", "C6638102", "phường Kỳ Anh", "Hàn Quốc",
     "Tử vong do tai nạn giao thông ngày 28/6/2025, gia đình đề nghị hỗ trợ thủ tục", ("x", "03/07/2025"), "Đã hoàn thành"),
    ("Nguyễn Thị Hằng", "09/10/2000", "N5520938", "xã Hương Khê", "Đài Loan (Trung Quốc)",
     "Bị môi giới lừa đảo, không có việc làm", ("n", "14/08/2025"), "Đang xử lý"),
    ("Trương Công Định", "11/01/1987", "C2847719", "xã Can Lộc", "Lào",
     "Bị tạm giữ do vi phạm quy định cư trú", ("s", "26/09/2025"), "Đã được trả tự do"),
    ("Phạm Văn Lực", "03/05/1991", "C8104456", "xã Vũ Quang", "Myanmar",
     "Bị lừa đưa sang khu vực Myawaddy, gia đình cầu cứu", ("x", "13/10/2025"), "Đã giải cứu"),
    ("Đinh Thị Mai", "22/08/1996", "N6603318", "phường Hồng Lĩnh", "Nhật Bản",
     "Mất liên lạc với gia đình, đề nghị xác minh", ("dm", "02/12/2025"), "Đã xác minh"),
]
CONS26 = [
    ("Lê Văn Toàn", "15/06/1989", "C1190734", "xã Thạch Hà", "Hàn Quốc",
     "Bị bắt giữ ngày 28/12/2025 do cư trú bất hợp pháp", ("x", "05/01/2026"), "Đã về nước"),
    ("Nguyễn Thị Thu", "07/03/1997", "N7729013", "phường Kỳ Anh", "Đài Loan (Trung Quốc)",
     "Tai nạn lao động tại nhà máy", ("n", "24/02/2026"), "Đã hoàn thành"),
    ("Hoàng Văn Sơn", "19/12/1984", "C5518822", "xã Nghi Xuân", "Malaysia",
     "Ngư dân bị bắt giữ khi khai thác hải sản", ("s", "20/03/2026"), "Đang xử lý"),
    ("Trần Văn Đức", "02/02/1990", "C3390176", "xã Hương Sơn", "Campuchia",
     "Bị giữ tại cơ sở lừa đảo trực tuyến", ("x", "14/05/2026"), "Đã giải cứu"),
    ("Phan Thị Ngọc", "28/09/1999", "N8846201", "xã Cẩm Xuyên", "Nhật Bản",
     "Mất hộ chiếu, đề nghị cấp giấy thông hành", ("dm", "09/06/2026"), "Đã hoàn thành"),
    ("Võ Văn Hiếu", "10/10/1993", "C7063358", "xã Đức Thọ", "Ba Lan",
     "Tử vong tại nơi làm việc, đề nghị hỗ trợ đưa thi hài về nước", ("s", "21/07/2026"), "Đang xử lý"),
    ("Nguyễn Đình Khánh", "05/05/1986", "C2201947", "xã Can Lộc", "Lào",
     "Bị tạm giữ do lái xe gây tai nạn", ("n", "18/08/2026"), "Đang xử lý"),
    ("Lê Thị Hương", "13/04/2001", "N9314572", "xã Hương Khê", "Hàn Quốc",
     "Kết hôn với người nước ngoài, bị bạo hành", ("x", "29/09/2026"), "Đang xử lý"),
]


def wb5():
    fname = "05_VuViec_LanhSu_BaoHoCongDan.xlsx"
    wb = Workbook()
    widths = {"A": 5, "B": 22, "C": 13, "D": 13, "E": 18, "F": 20, "G": 48, "H": 16, "I": 26}
    s = Sheet(wb, fname, "Năm 2025", first=True)
    s.widths(widths)
    s.put(1, 1, "SỞ NGOẠI VỤ HÀ TĨNH", bold=True, merge=(1, 4))
    s.put(2, 1, "Phòng Lãnh sự - Người Việt Nam ở nước ngoài", merge=(2, 4))
    s.put(4, 1, "BẢNG THEO DÕI CÁC VỤ VIỆC LÃNH SỰ VÀ BẢO HỘ CÔNG DÂN NĂM 2025", bold=True,
          center=True, merge=(4, 9))
    s.put(5, 1, "(Tài liệu nội bộ - không công bố thông tin cá nhân)", center=True, merge=(5, 9))
    s.put(6, 8, "Mẫu số 03/LS", merge=(6, 9))
    top = ["STT", "Thông tin công dân", None, None, None, "Vụ việc", None, None, "Kết quả xử lý"]
    bot = [None, "Họ và tên", "Ngày sinh", "Số hộ chiếu", "Quê quán", "Nước xảy ra",
           "Nội dung sự việc", "Ngày nhận\nhồ sơ", None]
    s.row(8, 1, top, bold=True, center=True, box=True)
    s.row(9, 1, bot, bold=True, center=True, box=True)
    s.ws.merge_cells("A8:A9")
    s.ws.merge_cells("I8:I9")
    s.ws.merge_cells("B8:E8")
    s.ws.merge_cells("F8:H8")
    r = 10
    stt = 0
    quarters = {}
    for c in CONS25:
        spec = c[6]
        d = D(spec[2]) if spec[0] == "bad" else D(spec[1])
        quarters.setdefault((d.month - 1) // 3 + 1, []).append((d, c))
    for q, lab in ((1, "I"), (2, "II"), (3, "III"), (4, "IV")):
        s.put(r, 1, f"QUÝ {lab}/2025", bold=True, merge=(r, 9))
        r += 1
        for d, (name, dob, pp, home, country, content, spec, result) in quarters[q]:
            stt += 1
            bad = spec[0] == "bad"
            rec(CONS, date=d, unc={"consular_cases"} if bad else set(), scope="year")
            s.row(r, 1, [stt, name, D(dob), pp, home, country, content,
                         spec[1] if bad else render_date(d, spec[0]), result], box=True, wrap=True)
            s.entry(r, uncertain=bad)
            r += 1
        s.put(r, 2, f"Cộng quý {lab}: {len(quarters[q])} vụ việc", bold=True, merge=(r, 4))
        r += 1
    s.put(r, 2, f"Tổng cộng năm 2025: {stt} vụ việc", bold=True, merge=(r, 5))

    t = Sheet(wb, fname, "Năm 2026")
    t.widths(widths)
    t.put(1, 1, "THEO DÕI VỤ VIỆC BẢO HỘ CÔNG DÂN NĂM 2026 (đến 30/9/2026)", bold=True, merge=(1, 9))
    t.row(3, 1, ["STT", "Họ và tên\ncông dân", "Ngày, tháng,\nnăm sinh", "Hộ chiếu số", "Quê quán ",
                 "Nước sở tại", "Nội dung sự việc", "Ngày nhận hồ sơ", "Kết quả"],
          bold=True, center=True, box=True)
    r = 4
    countries = {}
    for i, (name, dob, pp, home, country, content, spec, result) in enumerate(CONS26, 1):
        d = D(spec[1])
        rec(CONS, date=d)
        t.row(r, 1, [i, name, dob, pp, home, country, content, render_date(d, spec[0]), result],
              box=True, wrap=True)
        t.entry(r)
        countries[country] = countries.get(country, 0) + 1
        r += 1
    t.put(r, 2, "Cộng", bold=True)
    t.put(r, 3, f"{len(CONS26)} vụ", bold=True)
    r += 1
    t.put(r, 2, "Trong đó:", bold=True)
    r += 1
    for country, n in sorted(countries.items(), key=lambda kv: (-kv[1], kv[0])):
        t.put(r, 2, f"- {country}")
        t.put(r, 3, f"{n} vụ")
        r += 1
    save(wb, fname)


# ===========================================================================
# WB6  Aid project list: two-row merged header, year headings with roman
#      numerals, type written four ways, project capital (not a commitment!),
#      "Trong đó:" breakdown by type
# ===========================================================================
# (code, title, donor_vi, donor_en, type_text, kind, capital_usd, counterpart_mil, decision, approval-spec)
PROJS = [
    ("DA25-01", "Chương trình phát triển vùng xã Hương Khê", "Tổ chức Tầm nhìn Thế giới (World Vision) tại Việt Nam", "World Vision International",
     "PCPNN", "ngo", 420000, 350, "215/QĐ-UBND", ("x", "14/02/2025")),
    ("DA25-02", "Tăng cường khả năng chống chịu thiên tai cho cộng đồng ven biển", "Oxfam Việt Nam", "Oxfam",
     "Phi chính phủ nước ngoài", "ngo", 180000, 120, "410/QĐ-UBND", ("s", "03/03/2025")),
    ("DA25-03", "Xây dựng trường học thân thiện môi trường tại vùng núi", "Cơ quan hợp tác quốc tế Hàn Quốc (KOICA)", "KOICA",
     "ODA", "oda", 3500000, 8500, "655/QĐ-UBND", ("x", "27/03/2025")),
    ("DA25-04", "Nâng cao năng lực cho trẻ em gái dân tộc thiểu số", "Tổ chức Plan International", "Plan International",
     "PCPNN", "ngo", 60000, 40, "930/QĐ-UBND", ("dm", "09/05/2025")),
    ("DA25-05", "Học bổng cho học sinh nghèo vượt khó", "Quỹ Hensen", "Hensen Foundation",
     "Phi chính phủ nước ngoài", "ngo", 45000, 0, "1180/QĐ-UBND", ("s", "18/06/2025")),
    ("DA25-06", "Nâng cấp hạ tầng đô thị thích ứng biến đổi khí hậu thị xã Kỳ Anh", "Ngân hàng Thế giới (WB)", "World Bank",
     "Vốn vay ưu đãi", "oda", 42000000, 150000, "1420/QĐ-UBND", ("x", "22/07/2025")),
    ("DA25-07", "Dinh dưỡng và chăm sóc sức khỏe trẻ em dưới 5 tuổi", "Tổ chức Cứu trợ Trẻ em (Save the Children)", "Save the Children",
     "PCPNN", "ngo", 310000, 200, "1580/QĐ-UBND", ("s", "12/08/2025")),
    ("DA25-08", "Sinh kế bền vững cho hộ nghèo vùng gò đồi", "Tổ chức Hỗ trợ Phát triển châu Á (AOP)", "Asia Outreach Projects",
     "PCPNN", "ngo", 95000, 60, "1760/QĐ-UBND", ("x", "25/09/2025")),
    ("DA25-09", "Phát triển giao thông nông thôn kết nối vùng sản xuất", "Ngân hàng Phát triển châu Á (ADB)", "Asian Development Bank",
     "Vốn vay ưu đãi", "oda", 28000000, 95000, "1930/QĐ-UBND", ("dm", "14/10/2025")),
    ("DA25-10", "Cung cấp thiết bị y tế cho trạm y tế xã", "Tổ chức Đông Tây Hội ngộ (EMW)", "East Meets West Foundation",
     "Phi chính phủ nước ngoài", "ngo", 70000, 50, "2150/QĐ-UBND", ("s", "20/11/2025")),
    ("DA26-01", "Nhà ở an toàn cho hộ nghèo vùng lũ", "Tổ chức Habitat for Humanity", "Habitat for Humanity",
     "PCPNN", "ngo", 160000, 150, "120/QĐ-UBND", ("x", "22/01/2026")),
    ("DA26-02", "Cấp nước sạch nông thôn vùng ven biển", "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)", "JICA",
     "ODA", "oda", 5200000, 12000, "488/QĐ-UBND", ("s", "05/03/2026")),
    ("DA26-03", "Chương trình phát triển vùng xã Vũ Quang", "Tổ chức Tầm nhìn Thế giới (World Vision) tại Việt Nam", "World Vision International",
     "PCPNN", "ngo", 380000, 300, "760/QĐ-UBND", ("dm", "16/04/2026")),
    ("DA26-04", "Thúc đẩy bình đẳng giới trong kinh tế hộ", "Oxfam Việt Nam", "Oxfam",
     "Phi chính phủ nước ngoài", "ngo", 120000, 80, "1210/QĐ-UBND", ("x", "11/06/2026")),
    ("DA26-05", "Học bổng đại học cho sinh viên ngành sư phạm", "Quỹ Hensen", "Hensen Foundation",
     "PCPNN", "ngo", 52500, 0, "1370/QĐ-UBND", ("s", "07/07/2026")),
    ("DA26-06", "Trung tâm đào tạo nghề kỹ thuật cao", "Cơ quan hợp tác quốc tế Hàn Quốc (KOICA)", "KOICA",
     "ODA", "oda", 4000000, 9000, "1640/QĐ-UBND", ("x", "19/08/2026")),
    ("DA26-07", "Phòng chống xâm hại trẻ em trong trường học", "Tổ chức Plan International", "Plan International",
     "Phi chính phủ nước ngoài", "ngo", 67000, 45, "1790/QĐ-UBND", ("dm", "15/09/2026")),
]
PROJ_BY_CODE = {p[0]: p for p in PROJS}


def wb6():
    fname = "06_DanhMuc_DuAn_VienTro.xlsx"
    wb = Workbook()
    s = Sheet(wb, fname, "DM dự án", first=True)
    s.widths({"A": 10, "B": 52, "C": 44, "D": 26, "E": 22, "F": 16, "G": 16, "H": 15, "I": 15})
    s.put(1, 1, "DANH MỤC CHƯƠNG TRÌNH, DỰ ÁN VIỆN TRỢ ĐƯỢC PHÊ DUYỆT NĂM 2025 - 2026", bold=True,
          center=True, merge=(1, 9))
    s.put(2, 1, "(Dự án viện trợ phi chính phủ nước ngoài và dự án sử dụng vốn ODA, vốn vay ưu đãi)",
          center=True, merge=(2, 9))
    top = ["Mã dự án", "Tên chương trình, dự án", "Nhà tài trợ", None, "Loại hình viện trợ",
           "Tổng vốn", None, "Quyết định phê duyệt", None]
    bot = [None, None, "Nhà tài trợ (tên tiếng Việt)", "Tên giao dịch quốc tế", None,
           "Vốn tài trợ\n(USD)", "Vốn đối ứng\n(triệu đồng)", "Số QĐ", "Ngày phê duyệt"]
    s.row(4, 1, top, bold=True, center=True, box=True)
    s.row(5, 1, bot, bold=True, center=True, box=True)
    for rng in ("A4:A5", "B4:B5", "C4:D4", "E4:E5", "F4:G4", "H4:I4"):
        s.ws.merge_cells(rng)
    r = 6
    for y, roman in ((2025, "I"), (2026, "II")):
        s.put(r, 1, f"{roman}. NĂM {y}", bold=True, merge=(r, 9))
        r += 1
        for p in PROJS:
            code, title, dvi, den, tt, kind, cap, cp, qd, spec = p
            d = D(spec[1])
            if d.year != y:
                continue
            rec(PROJ, date=d, kind=kind, code=code)
            s.row(r, 1, [code, title, dvi, den, tt, cap, cp, qd, render_date(d, spec[0])],
                  box=True, wrap=True, fmt="#,##0")
            s.entry(r)
            r += 1
    ngo = sum(1 for p in PROJS if p[5] == "ngo")
    oda = len(PROJS) - ngo
    s.put(r, 2, f"Tổng cộng: {len(PROJS)} chương trình, dự án", bold=True)
    r += 1
    s.put(r, 2, "Trong đó:", bold=True)
    r += 1
    s.put(r, 2, f"- Viện trợ PCPNN: {ngo} dự án")
    r += 1
    s.put(r, 2, f"- ODA và vốn vay ưu đãi: {oda} dự án")
    save(wb, fname)


# ===========================================================================
# WB7  Commitments / disbursements: grouped under project headings, project
#      code only on the first row of each group (fill-down habit), table
#      starts in column B at row 4, subtotal rows that look like transactions,
#      "12,500" typed as text in a column of plain numbers (uncertain)
# ===========================================================================
# (code, date-spec, content, kind, amount, amount-text-override)
TXS = [
    ("DA25-01", ("x", "14/02/2025"), "Cam kết tài trợ năm thứ nhất", "Cam kết", 185000, None),
    ("DA25-01", ("s", "25/03/2025"), "Chuyển kinh phí đợt 1", "Giải ngân", 60000, None),
    ("DA25-01", ("dm", "04/11/2025"), "Cam kết bổ sung hợp phần nước sạch", "Cam kết", 50000, None),
    ("DA25-02", ("x", "10/03/2025"), "Ký cam kết viện trợ", "Cam kết", 96500, None),
    ("DA25-02", ("s", "16/06/2025"), "Chuyển kinh phí đợt 1", "Giải ngân", 40000, None),
    ("DA25-03", ("x", "02/04/2025"), "Thư cam kết của KOICA", "Cam kết", 1500000, None),
    ("DA25-04", ("s", "12/05/2025"), "Cam kết tài trợ", "Cam kết", 12500, "12,500"),
    ("DA25-04", ("x", "15/10/2025"), "Chuyển kinh phí", "Giải ngân", 8000, None),
    ("DA25-05", ("dm", "30/06/2025"), "Cam kết học bổng năm học 2025", "Cam kết", 45000, None),
    ("DA25-06", ("x", "05/09/2025"), "Hiệp định vay", "Cam kết", 8200000, None),
    ("DA25-07", ("s", "20/08/2025"), "Cam kết tài trợ", "Cam kết", 230000, None),
    ("DA25-07", ("x", "12/12/2025"), "Chuyển kinh phí đợt 1", "Giải ngân", 115000, None),
    ("DA25-08", ("x", "29/09/2025"), "Cam kết tài trợ", "Cam kết", 78000, None),
    ("DA25-08", ("s", "20/02/2026"), "Chuyển kinh phí", "Giải ngân", 39000, None),
    ("DA25-10", ("dm", "28/11/2025"), "Cam kết tài trợ thiết bị", "Cam kết", 64000, None),
    ("DA25-10", ("x", "14/05/2026"), "Bàn giao thiết bị đợt 1", "Giải ngân", 32000, None),
    ("DA26-01", ("s", "30/01/2026"), "Cam kết tài trợ", "Cam kết", 150000, None),
    ("DA26-02", ("x", "18/03/2026"), "Cam kết viện trợ không hoàn lại", "Cam kết", 3000000, None),
    ("DA26-03", ("dm", "24/04/2026"), "Cam kết tài trợ năm thứ nhất", "Cam kết", 210000, None),
    ("DA26-03", ("x", "03/09/2026"), "Chuyển kinh phí đợt 1", "Giải ngân", 105000, None),
    ("DA26-04", ("s", "19/06/2026"), "Cam kết tài trợ", "Cam kết", 88000, None),
    ("DA26-05", ("x", "10/07/2026"), "Cam kết học bổng", "Cam kết", 52500, None),
    ("DA26-06", ("dm", "26/08/2026"), "Thư cam kết của KOICA", "Cam kết", 2500000, None),
    ("DA26-07", ("x", "25/09/2026"), "Cam kết tài trợ", "Cam kết", 67000, None),
]


def wb7():
    fname = "07_TheoDoi_CamKet_GiaiNgan.xlsx"
    wb = Workbook()
    s = Sheet(wb, fname, "Cam kết - Giải ngân", first=True)
    s.widths({"A": 3, "B": 11, "C": 16, "D": 40, "E": 14, "F": 16, "G": 24})
    s.put(1, 2, "THEO DÕI CAM KẾT VÀ GIẢI NGÂN CÁC DỰ ÁN VIỆN TRỢ", bold=True, merge=(1, 7))
    s.put(2, 2, "(Giá trị quy đổi theo USD)", merge=(2, 7))
    s.row(4, 2, ["Mã DA", "Ngày", "Nội dung", "Cam kết /\nGiải ngân", "Giá trị (USD)", "Ghi chú"],
          bold=True, center=True, box=True)
    r = 5
    codes = []
    for t in TXS:
        if t[0] not in codes:
            codes.append(t[0])
    for code in codes:
        p = PROJ_BY_CODE[code]
        s.put(r, 2, f"{code} - {p[1]} ({p[3]})", bold=True, merge=(r, 7))
        r += 1
        first = True
        sums = {"Cam kết": 0, "Giải ngân": 0}
        for c2, spec, content, kind, amount, override in TXS:
            if c2 != code:
                continue
            d = D(spec[1])
            unc = override is not None
            rec(TX, date=d, kind=kind, amount=amount, code=code,
                unc={"ngo_aid_committed"} if unc else set())
            s.put(r, 2, code if first else None, box=True)
            s.put(r, 3, render_date(d, spec[0]), box=True)
            s.put(r, 4, content, box=True, wrap=True)
            s.put(r, 5, kind, box=True)
            s.put(r, 6, override if unc else amount, box=True)
            for c in (2, 7):
                s.ws.cell(row=r, column=c).border = BOX
            s.entry(r, uncertain=unc)
            sums[kind] += amount
            first = False
            r += 1
        for kind in ("Cam kết", "Giải ngân"):
            if sums[kind]:
                s.put(r, 4, "Cộng dự án", bold=True)
                s.put(r, 5, kind, bold=True)
                s.put(r, 6, sums[kind], bold=True)
                r += 1
    r += 1
    ngo_commit = sum(t[4] for t in TXS if t[3] == "Cam kết" and PROJ_BY_CODE[t[0]][5] == "ngo")
    oda_commit = sum(t[4] for t in TXS if t[3] == "Cam kết" and PROJ_BY_CODE[t[0]][5] == "oda")
    s.put(r, 4, "TỔNG CAM KẾT VIỆN TRỢ PCPNN", bold=True)
    s.put(r, 6, ngo_commit, bold=True)
    r += 1
    s.put(r, 4, "TỔNG CAM KẾT ODA, VỐN VAY ƯU ĐÃI", bold=True)
    s.put(r, 6, oda_commit, bold=True)
    save(wb, fname)


# ===========================================================================
# WB8  Support to Lao provinces: 2025 sheet with a 10-row title block,
#      unit line "đồng" but amounts typed as "1.200.000.000", "300 triệu",
#      "1,5 tỷ", "2 tỷ 500 triệu" and plain numbers; 2026 sheet scaled by
#      "Đơn vị tính: triệu đồng" (unit line AND header), breakdown by province
# ===========================================================================
# (date-spec, province, content, form, giver, amount_vnd, text)
LAO25 = [
    (("x", "08/01/2025"), "Tỉnh Bolikhămxay", "Hỗ trợ xây dựng trường tiểu học bản Phôn Xay", "Tiền", "UBND tỉnh", 1200000000, "1.200.000.000"),
    (("s", "11/04/2025"), "Tỉnh Khăm Muồn", "Quà chúc Tết Bunpimay", "Tiền", "UBND tỉnh", 300000000, "300 triệu"),
    (("s", "11/04/2025"), "Tỉnh Bolikhămxay", "Quà chúc Tết Bunpimay", "Tiền", "UBND tỉnh", 300000000, "300 triệu"),
    (("x", "15/07/2025"), "Tỉnh Savannakhet", "Tặng 30 bộ máy vi tính cho Sở Giáo dục", "Hiện vật", "Sở Giáo dục và Đào tạo", 450000000, None),
    (("n", "02/09/2025"), "Tỉnh Bolikhămxay", "Hỗ trợ khắc phục hậu quả lũ lụt", "Tiền", "UBND tỉnh", 1500000000, "1,5 tỷ"),
    (("x", "05/11/2025"), "Tỉnh Khăm Muồn", "Hỗ trợ xây dựng bệnh xá quân dân y", "Tiền", "UBND tỉnh", 2500000000, "2 tỷ 500 triệu"),
    (("s", "05/11/2025"), "Tỉnh Bolikhămxay", "Trang thiết bị y tế cho bệnh viện tỉnh", "Hiện vật", "Sở Y tế", 850000000, "850.000.000"),
    (("dm", "15/12/2025"), "Tỉnh Xiêng Khoảng", "Học bổng cho lưu học sinh", "Tiền", "Trường Đại học Hà Tĩnh", 200000000, None),
]
LAO26 = [  # amounts in million VND
    (("x", "10/04/2026"), "Tỉnh Bolikhămxay", "Quà chúc Tết Bunpimay", "tiền", "UBND tỉnh", 300),
    (("x", "10/04/2026"), "Tỉnh Khăm Muồn", "Quà chúc Tết Bunpimay", "tiền", "UBND tỉnh", 300),
    (("s", "22/05/2026"), "Thủ đô Viêng Chăn", "Tặng thiết bị phòng học tiếng Việt", "hiện vật", "Sở Giáo dục và Đào tạo", 650),
    (("n", "18/06/2026"), "Tỉnh Savannakhet", "Hỗ trợ xây dựng nhà văn hóa bản", "tiền", "UBND tỉnh", 1250),
    (("x", "28/07/2026"), "Tỉnh Bolikhămxay", "Hỗ trợ xây dựng trạm kiểm soát biên phòng", "tiền", "Bộ Chỉ huy BĐBP tỉnh", 2000),
    (("s", "14/09/2026"), "Tỉnh Khăm Muồn", "Tặng xe cứu thương", "hiện vật", "Sở Y tế", 480),
]


def wb8():
    fname = "08_HoTro_CacTinh_Lao.xlsx"
    wb = Workbook()
    s = Sheet(wb, fname, "Năm 2025", first=True)
    s.widths({"A": 5, "B": 22, "C": 46, "D": 18, "E": 26, "F": 20, "G": 16})
    s.put(1, 1, "UBND TỈNH HÀ TĨNH", merge=(1, 3))
    s.put(1, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, merge=(1, 7))
    s.put(2, 1, "SỞ NGOẠI VỤ", bold=True, merge=(2, 3))
    s.put(2, 5, "Độc lập - Tự do - Hạnh phúc", bold=True, merge=(2, 7))
    s.put(3, 5, "Hà Tĩnh, ngày 10 tháng 01 năm 2026", merge=(3, 7))
    s.put(5, 1, "BẢNG TỔNG HỢP", bold=True, center=True, merge=(5, 7))
    s.put(6, 1, "Giá trị hỗ trợ các tỉnh của nước CHDCND Lào năm 2025", bold=True, center=True, merge=(6, 7))
    s.put(7, 1, "(Kèm theo Báo cáo số 12/BC-SNgV ngày 10/01/2026)", center=True, merge=(7, 7))
    s.put(9, 6, "Đơn vị tính: đồng", merge=(9, 7))
    s.row(11, 1, ["TT", "Tỉnh nhận hỗ trợ", "Nội dung hỗ trợ", "Hình thức\n(tiền/hiện vật)",
                  "Đơn vị hỗ trợ", "Giá trị", "Thời điểm trao"], bold=True, center=True, box=True)
    r = 12
    tot = 0
    for i, (spec, prov, content, form, giver, vnd, txt) in enumerate(LAO25, 1):
        d = D(spec[1])
        rec(LAO, date=d, vnd=vnd, province=prov)
        s.row(r, 1, [i, prov, content, form, giver], box=True, wrap=True)
        s.put(r, 6, txt if txt is not None else vnd, box=True, fmt="#,##0")
        s.put(r, 7, render_date(d, spec[0]), box=True)
        s.entry(r)
        tot += vnd
        r += 1
    s.put(r, 2, "Tổng cộng", bold=True)
    s.put(r, 6, tot, bold=True, fmt="#,##0")
    r += 2
    s.put(r, 2, "(Bằng chữ: Bảy tỷ, ba trăm triệu đồng)")

    t = Sheet(wb, fname, "Năm 2026")
    t.widths({"A": 5, "B": 22, "C": 46, "D": 18, "E": 26, "F": 16, "G": 16})
    t.put(1, 1, "HỖ TRỢ CÁC TỈNH CỦA LÀO - 9 THÁNG NĂM 2026", bold=True, merge=(1, 7))
    t.put(2, 1, "Đơn vị tính: triệu đồng", merge=(2, 7))
    t.row(4, 1, ["TT", "Tỉnh nhận hỗ trợ", "Nội dung", "Hình thức (tiền/hiện vật)",
                 "Cơ quan trao", "Ngày trao", "Giá trị\n(triệu đồng)"], bold=True, center=True, box=True)
    r = 5
    tot = 0
    byprov = {}
    for i, (spec, prov, content, form, giver, mil) in enumerate(LAO26, 1):
        d = D(spec[1])
        rec(LAO, date=d, vnd=mil * 1000000, province=prov)
        t.row(r, 1, [i, prov, content, form, giver, render_date(d, spec[0]), mil], box=True, wrap=True)
        t.entry(r)
        tot += mil
        byprov[prov] = byprov.get(prov, 0) + mil
        r += 1
    t.put(r, 2, "Cộng", bold=True)
    t.put(r, 7, tot, bold=True)
    r += 1
    t.put(r, 2, "Trong đó:", bold=True)
    r += 1
    for prov, v in byprov.items():
        t.put(r, 2, f"- {prov}")
        t.put(r, 7, v)
        r += 1
    save(wb, fname)


# ===========================================================================
# expected figures / rows
# ===========================================================================
def figures():
    proj_kind = {p["code"]: p["kind"] for p in PROJ}
    spec = [
        # code, register, value fn, filter, coverage register
        ("outbound_delegations", OUTB, lambda e: 1, None, OUTB),
        ("outbound_persons", OUTB, lambda e: e["persons"], None, OUTB),
        ("inbound_delegations", INB, lambda e: 1, None, INB),
        ("inbound_visitors", INB, lambda e: e["visitors"], None, INB),
        ("intl_conferences", CONF, lambda e: 1, None, CONF),
        ("intl_agreements", AGR, lambda e: 1, None, AGR),
        ("consular_cases", CONS, lambda e: 1, None, CONS),
        ("ngo_projects_approved", PROJ, lambda e: 1, lambda e: e["kind"] == "ngo", PROJ),
        ("oda_projects", PROJ, lambda e: 1, lambda e: e["kind"] == "oda", PROJ),
        ("ngo_aid_committed", TX, lambda e: e["amount"],
         lambda e: e["kind"] == "Cam kết" and proj_kind[e["code"]] == "ngo", TX),
        ("support_to_lao_provinces", LAO, lambda e: e["vnd"], None, LAO),
    ]
    rows = []
    for code, reg, val, flt, cov in spec:
        years = sorted({e["date"].year for e in cov})
        sel = [e for e in reg if flt is None or flt(e)]
        for y in years:
            vals = {p: 0 for p in all_periods(y)}
            unc = set()
            for e in sel:
                ps = periods_of(e["date"])
                for p in ps:
                    if p in vals:
                        vals[p] += val(e)
                if code in e["unc"]:
                    if e["scope"] == "year":
                        unc.update(all_periods(e["date"].year))
                    else:
                        unc.update(ps)
            for p in all_periods(y):
                rows.append((code, p, vals[p], "no" if p in unc else "yes"))
    return rows


def nonempty_rows(ws):
    out = set()
    for row in ws.iter_rows():
        for c in row:
            v = c.value
            if v is None:
                continue
            if isinstance(v, str) and not v.strip():
                continue
            out.add(c.row)
            break
    return out


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for build in (wb1, wb2, wb3, wb4, wb5, wb6, wb7, wb8):
        build()

    with open(os.path.join(BASE, "expected_rows.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "sheet", "data_rows", "structure_rows", "uncertain_rows"])
        for s in SHEETS:
            ne = nonempty_rows(s.ws)
            assert s.data_rows <= ne, (s.fname, s.ws.title)
            w.writerow([s.fname, s.ws.title, len(s.data_rows), len(ne - s.data_rows), s.uncertain])

    figs = figures()
    with open(os.path.join(BASE, "expected_figures.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["indicator_code", "period_code", "value", "certain"])
        for row in figs:
            w.writerow(row)

    n_entries = sum(len(s.data_rows) for s in SHEETS)
    n_unc = sum(s.uncertain for s in SHEETS)
    n_no = sum(1 for r in figs if r[3] == "no")
    print(f"workbooks: {len({s.fname for s in SHEETS})}, sheets: {len(SHEETS)}")
    print(f"entries: {n_entries} (uncertain rows: {n_unc})")
    print(f"figures: {len(figs)} (certain: {len(figs) - n_no}, uncertain: {n_no})")


if __name__ == "__main__":
    main()
