#!/usr/bin/env python3
"""Blind test data (set "registers2") for the Sở Ngoại vụ Hà Tĩnh data warehouse.

Writes the raw-folder workbooks into ./workbooks/ and, from the very rows it
writes, ./expected_figures.csv and ./expected_rows.csv.

Every entry is hand-specified below (no randomness), so the output is fully
deterministic.  Each data row is registered through `record()` at the moment it
is written; the expected figures are computed only from those records.

Run:  uv run python tests/data/clerk_workbooks_2/generate.py [OUTPUT_DIR]
"""
import csv
import datetime as dt
import os
import sys
import shutil

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side

# Output folder: the first argument, else beside this script (workbooks/ and the expected CSVs).
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
WB_DIR = os.path.join(HERE, "workbooks")
D = dt.date

ENTRIES = []   # one dict per written data row (the truth used for figures)
SHEETS = []    # SheetLog for every sheet of every workbook

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


class SheetLog:
    def __init__(self, file, ws):
        self.file = file
        self.ws = ws
        self.data = set()
        self.unc = set()
        SHEETS.append(self)


def new_wb():
    wb = Workbook()
    wb.remove(wb.active)
    fixed = dt.datetime(2026, 1, 15, 8, 0, 0)
    wb.properties.creator = "Phòng HTQT - Sở Ngoại vụ"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    return wb


def new_sheet(wb, file, title):
    return SheetLog(file, wb.create_sheet(title))


def put(ws, r, c, v, bold=False, italic=False, center=False, box=False, fmt=None, wrap=True):
    cell = ws.cell(row=r, column=c, value=v)
    if bold or italic:
        cell.font = Font(bold=bold, italic=italic)
    cell.alignment = Alignment(horizontal="center" if center else None,
                               vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if fmt:
        cell.number_format = fmt
    return cell


def merge(ws, r1, c1, r2, c2, v, **kw):
    put(ws, r1, c1, v, **kw)
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def record(sl, row, reg, date, unc=None, unc_ind=(), **fields):
    """Register the entry written on `row` of sheet `sl`."""
    e = dict(reg=reg, date=date, unc=unc, unc_ind=list(unc_ind),
             file=sl.file, sheet=sl.ws.title, row=row, **fields)
    ENTRIES.append(e)
    sl.data.add(row)
    if unc:
        sl.unc.add(row)
    return e


def dstr(d, style):
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "slash1":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


def dput(ws, r, c, d, style, box=True):
    """Write a date either as a real Excel date ('xl') or as text."""
    if style == "xl":
        return put(ws, r, c, d, box=box, center=True, fmt="dd/mm/yyyy")
    return put(ws, r, c, dstr(d, style), box=box, center=True)


def rstr(d1, d2, style):
    """Date range text as clerks write it."""
    if style == "short":          # 5-8/6/2024 or 29/6 - 3/7/2024
        if d1.month == d2.month:
            return f"{d1.day}-{d2.day}/{d1.month}/{d1.year}"
        return f"{d1.day}/{d1.month} - {d2.day}/{d2.month}/{d2.year}"
    if style == "tuden":          # từ ngày 10/3 đến ngày 14/3/2024
        return f"từ ngày {d1.day}/{d1.month} đến ngày {d2.day}/{d2.month}/{d2.year}"
    if style == "full":           # 28/12/2024 - 02/01/2025
        return f"{d1.day:02d}/{d1.month:02d}/{d1.year} - {d2.day:02d}/{d2.month:02d}/{d2.year}"
    if style == "single":         # one-day event
        return f"{d1.day:02d}/{d1.month:02d}/{d1.year}"
    raise ValueError(style)


def cnt(n, style):
    if style == "int":
        return n
    if style == "nguoi":
        return f"{n:02d} người"
    if style == "dc":
        return f"{n:02d} đ/c"
    if style == "paren":
        return f"{n} (người)"
    if style == "str":
        return str(n)
    raise ValueError(style)


def motto(ws, lc1, lc2, rc1, rc2, agency="SỞ NGOẠI VỤ", row=1):
    merge(ws, row, lc1, row, lc2, "UBND TỈNH HÀ TĨNH", center=True)
    merge(ws, row + 1, lc1, row + 1, lc2, agency, bold=True, center=True)
    merge(ws, row, rc1, row, rc2, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True)
    merge(ws, row + 1, rc1, row + 1, rc2, "Độc lập - Tự do - Hạnh phúc", bold=True, center=True)


def signature(ws, r, lc, rc, left="NGƯỜI LẬP BIỂU", right="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
              lname="Lê Thị Thanh Tâm", rname="Nguyễn Văn Hòa", place=None):
    if place:
        put(ws, r, rc, place, italic=True, wrap=False)
        r += 1
    put(ws, r, lc, left, bold=True, wrap=False)
    put(ws, r, rc, right, bold=True)
    put(ws, r + 4, lc, lname, bold=True, wrap=False)
    put(ws, r + 4, rc, rname, bold=True, wrap=False)
    return r + 4


# --------------------------------------------------------------------------
# 01  Outbound delegations 2025 - one sheet per month + empty template
# --------------------------------------------------------------------------
# (departure, return, name, head, members, destination, agency, count style, date style)
OUT25 = [
    (D(2025, 1, 8), D(2025, 1, 12), "Đoàn Sở Công Thương tham dự Hội chợ Thương mại Việt - Lào năm 2025",
     "Ông Lê Văn Thắng - Phó Giám đốc Sở Công Thương", 6, "Lào (Viêng Chăn)", "Sở Công Thương", "nguoi", "xl"),
    (D(2025, 1, 15), D(2025, 1, 18), "Đoàn Trường Đại học Hà Tĩnh làm việc với Trường Đại học Savannakhet",
     "PGS.TS Nguyễn Thị Hạnh - Phó Hiệu trưởng", 5, "Lào (Savannakhet)", "Trường Đại học Hà Tĩnh", "int", "xl"),
    (D(2025, 2, 11), D(2025, 2, 13), "Đoàn Bộ Chỉ huy BĐBP tỉnh hội đàm định kỳ với Bộ Chỉ huy Quân sự tỉnh Bolikhamsay",
     "Đại tá Phan Văn Quý - Chỉ huy trưởng BĐBP tỉnh", 9, "Lào (Bolikhamsay)", "Bộ Chỉ huy BĐBP tỉnh", "dc", "slash"),
    (D(2025, 2, 17), D(2025, 2, 22), "Đoàn Bệnh viện Đa khoa tỉnh học tập kinh nghiệm quản lý bệnh viện",
     "BSCKII Đặng Văn Long - Giám đốc Bệnh viện", 7, "Thái Lan", "Sở Y tế", "int", "xl"),
    (D(2025, 2, 24), D(2025, 2, 28), "Đoàn Sở Văn hóa, Thể thao và Du lịch quảng bá du lịch tại Hội chợ Du lịch quốc tế Thái Lan (TITF)",
     "Bà Trần Thị Thu Hà - Phó Giám đốc Sở", 4, "Thái Lan", "Sở Văn hóa, Thể thao và Du lịch", "nguoi", "xl"),
    (D(2025, 3, 9), D(2025, 3, 15), "Đoàn công tác của tỉnh xúc tiến đầu tư, thương mại tại Nhật Bản",
     "Ông Nguyễn Đức Minh - Phó Chủ tịch UBND tỉnh", 8, "Nhật Bản", "UBND tỉnh", "int", "xl"),
    (D(2025, 3, 17), D(2025, 3, 24), "Đoàn Sở Nông nghiệp và Môi trường khảo sát mô hình nông nghiệp công nghệ cao",
     "Ông Hồ Sỹ Tâm - Phó Giám đốc Sở", 5, "Israel", "Sở Nông nghiệp và Môi trường", "int", "dash"),
    (D(2025, 3, 26), D(2025, 3, 29), "Đoàn Tỉnh đoàn giao lưu thanh niên Việt - Lào",
     "Anh Trần Quốc Việt - Bí thư Tỉnh đoàn", 12, "Lào (Khăm Muôn)", "Tỉnh đoàn Hà Tĩnh", "nguoi", "xl"),
    (D(2025, 4, 9), D(2025, 4, 12), "Đoàn đại biểu cấp cao tỉnh chúc Tết cổ truyền Bunpimay các tỉnh bạn Lào",
     "Ông Hoàng Trung Kiên - Phó Bí thư Thường trực Tỉnh ủy", 15, "Lào (Bolikhamsay, Khăm Muôn)", "Tỉnh ủy", "int", "xl"),
    (D(2025, 4, 14), D(2025, 4, 16), "Đoàn Sở Ngoại vụ làm việc với Sở Ngoại vụ tỉnh Savannakhet",
     "Ông Nguyễn Văn Hòa - Phó Giám đốc Sở Ngoại vụ", 4, "Lào (Savannakhet)", "Sở Ngoại vụ", "dc", "xl"),
    (D(2025, 4, 21), D(2025, 4, 24), "Đoàn Hội LHPN tỉnh dự Diễn đàn phụ nữ các tỉnh tiểu vùng Mê Kông",
     "Bà Lê Thị Minh Nguyệt - Chủ tịch Hội LHPN tỉnh", 5, "Campuchia", "Hội LHPN tỉnh", "int", "slash"),
    (D(2025, 4, 27), D(2025, 4, 29), "Đoàn Công an tỉnh hội đàm với Công an tỉnh Bolikhamsay",
     "Đại tá Trần Hữu Phước - Phó Giám đốc Công an tỉnh", 10, "Lào (Bolikhamsay)", "Công an tỉnh", "int", "xl"),
    (D(2025, 5, 12), D(2025, 5, 16), "Đoàn Sở Giáo dục và Đào tạo học tập mô hình giáo dục STEM",
     "Ông Phạm Quốc Trung - Phó Giám đốc Sở", 6, "Singapore", "Sở Giáo dục và Đào tạo", "nguoi", "xl"),
    (D(2025, 5, 25), D(2025, 5, 30), "Đoàn Ban Quản lý Khu kinh tế tỉnh xúc tiến đầu tư tại Hàn Quốc",
     "Ông Võ Hồng Phúc - Trưởng ban", 7, "Hàn Quốc", "Ban Quản lý Khu kinh tế tỉnh", "int", "xl"),
    (D(2025, 6, 4), D(2025, 6, 6), "Đoàn Sở Y tế dự Hội nghị phối hợp y tế biên giới Việt - Lào",
     "Ông Dương Tất Thắng - Phó Giám đốc Sở Y tế", 5, "Lào (Khăm Muôn)", "Sở Y tế", "int", "dash"),
    (D(2025, 6, 15), D(2025, 6, 25), "Đoàn Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh học tập kinh nghiệm đào tạo nghề",
     "ThS Nguyễn Quang Huy - Hiệu trưởng", 6, "CHLB Đức", "Sở Giáo dục và Đào tạo", "int", "xl"),
    (D(2025, 6, 29), D(2025, 7, 3), "Đoàn UBND tỉnh dự Lễ khánh thành Trường THCS hữu nghị tại tỉnh Khăm Muôn",
     "Ông Nguyễn Đức Minh - Phó Chủ tịch UBND tỉnh", 11, "Lào (Khăm Muôn)", "UBND tỉnh", "nguoi", "xl"),
    # July: no delegation
    (D(2025, 8, 11), D(2025, 8, 15), "Đoàn Sở Khoa học và Công nghệ tham dự Triển lãm công nghệ Trung Quốc - ASEAN",
     "Ông Trần Đình Phong - Phó Giám đốc Sở", 4, "Trung Quốc", "Sở Khoa học và Công nghệ", "int", "xl"),
    (D(2025, 8, 18), D(2025, 8, 21), "Đoàn Ban Tuyên giáo và Dân vận Tỉnh ủy trao đổi kinh nghiệm với Ban Tuyên huấn tỉnh Savannakhet",
     "Ông Đinh Văn Cường - Phó Trưởng ban", 6, "Lào (Savannakhet)", "Tỉnh ủy", "dc", "slash"),
    (D(2025, 9, 8), D(2025, 9, 14), "Đoàn Hội Nông dân tỉnh học tập mô hình hợp tác xã nông nghiệp",
     "Ông Nguyễn Văn Lợi - Phó Chủ tịch Hội Nông dân tỉnh", 8, "Hàn Quốc", "Hội Nông dân tỉnh", "int", "xl"),
    (D(2025, 9, 16), D(2025, 9, 19), "Đoàn Trường Đại học Hà Tĩnh dự Hội thảo khoa học quốc tế tại Đại học Quốc gia Lào",
     "TS Phan Thị Thu Thủy - Trưởng phòng KH&HTQT", 3, "Lào (Viêng Chăn)", "Trường Đại học Hà Tĩnh", "int", "xl"),
    (D(2025, 9, 23), D(2025, 9, 27), "Đoàn Sở Công Thương xúc tiến thương mại tại Hội chợ Trung Quốc - ASEAN (CAEXPO)",
     "Ông Lê Văn Thắng - Phó Giám đốc Sở Công Thương", 5, "Trung Quốc (Nam Ninh)", "Sở Công Thương", "nguoi", "xl"),
    (D(2025, 10, 6), D(2025, 10, 9), "Đoàn công tác của tỉnh xúc tiến đầu tư tại Singapore",
     "Ông Nguyễn Đức Minh - Phó Chủ tịch UBND tỉnh", 7, "Singapore", "UBND tỉnh", "int", "xl"),
    (D(2025, 10, 20), D(2025, 10, 22), "Đoàn Sở Tài chính làm việc với Sở Kế hoạch và Đầu tư tỉnh Khăm Muôn",
     "Bà Nguyễn Thị Hoài An - Phó Giám đốc Sở Tài chính", 5, "Lào (Khăm Muôn)", "Sở Tài chính", "str", "dash"),
    (D(2025, 11, 3), D(2025, 11, 8), "Đoàn Sở Nội vụ khảo sát mô hình quản lý người lao động ở nước ngoài",
     "Ông Trần Văn Khánh - Phó Giám đốc Sở Nội vụ", 4, "Nhật Bản", "Sở Nội vụ", "dc", "xl"),
    (D(2025, 11, 17), D(2025, 11, 22), "Đoàn Bệnh viện Đa khoa tỉnh khám, chữa bệnh tình nguyện tại tỉnh Bolikhamsay",
     "BSCKII Đặng Văn Long - Giám đốc Bệnh viện", 12, "Lào (Bolikhamsay)", "Sở Y tế", "int", "xl"),
    (D(2025, 11, 30), D(2025, 12, 3), "Đoàn đại biểu tỉnh dự Lễ kỷ niệm 50 năm Quốc khánh nước CHDCND Lào (02/12/1975 - 02/12/2025)",
     "Ông Hoàng Trung Kiên - Phó Bí thư Thường trực Tỉnh ủy", 14, "Lào (Bolikhamsay)", "Tỉnh ủy", "int", "xl"),
    (D(2025, 12, 8), D(2025, 12, 14), "Đoàn Sở Văn hóa, Thể thao và Du lịch tham gia Những ngày Văn hóa Việt Nam tại Ô-xtrây-li-a",
     "Bà Trần Thị Thu Hà - Phó Giám đốc Sở", 9, "Ô-xtrây-li-a", "Sở Văn hóa, Thể thao và Du lịch", "nguoi", "slash"),
]
FUND = {"UBND tỉnh": "Ngân sách tỉnh", "Tỉnh ủy": "Ngân sách tỉnh", "Sở Công Thương": "Kinh phí xúc tiến thương mại"}


def wb01():
    file = "01_DoanRa_2025_theo_thang.xlsx"
    wb = new_wb()
    for month in range(1, 13):
        rows = [x for x in OUT25 if x[0].month == month]
        sl = new_sheet(wb, file, f"T{month:02d}-2025")
        _out_month_sheet(sl, month, 2025, rows)
    sl = new_sheet(wb, file, "T01-2026 (mẫu)")
    _out_month_sheet(sl, 1, 2026, None)
    wb.save(os.path.join(WB_DIR, file))


def _out_month_sheet(sl, month, year, rows):
    ws = sl.ws
    funded = (year == 2025 and month >= 8)   # a new clerk added a column from August
    heads = ["TT", "Tên Đoàn", "Trưởng đoàn (Họ tên, chức vụ)", "Số lượng thành viên",
             "Nước/Vùng lãnh thổ"]
    if funded:
        heads.append("Nguồn kinh phí")
    heads += ["Ngày xuất cảnh", "Ngày nhập cảnh", "Cơ quan chủ quản", "Ghi chú"]
    n = len(heads)
    motto(ws, 1, 3, 5, n)
    merge(ws, 4, 1, 4, n, f"DANH SÁCH ĐOÀN RA THÁNG {month:02d} NĂM {year}", bold=True, center=True)
    merge(ws, 5, 1, 5, n, "(Cán bộ, công chức, viên chức đi công tác nước ngoài)", italic=True, center=True)
    for i, h in enumerate(heads, 1):
        put(ws, 7, i, h, bold=True, center=True, box=True)
    widths(ws, {"A": 5, "B": 48, "C": 34, "D": 12, "E": 20, "F": 14, "G": 14, "H": 14, "I": 24, "J": 14})
    if rows is None:                      # template for a future month: headers only
        return
    col = {h: i for i, h in enumerate(heads, 1)}
    r = 8
    if not rows:
        merge(ws, r, 1, r, n, "Trong tháng không có đoàn ra.", italic=True, center=True)
        r += 1
    for k, (d1, d2, name, head, m, dest, agency, cs, ds) in enumerate(rows, 1):
        put(ws, r, col["TT"], k, center=True, box=True)
        put(ws, r, col["Tên Đoàn"], name, box=True)
        put(ws, r, col["Trưởng đoàn (Họ tên, chức vụ)"], head, box=True)
        put(ws, r, col["Số lượng thành viên"], cnt(m, cs), center=True, box=True)
        put(ws, r, col["Nước/Vùng lãnh thổ"], dest, box=True)
        if funded:
            put(ws, r, col["Nguồn kinh phí"], FUND.get(agency, "Kinh phí đơn vị"), box=True)
        dput(ws, r, col["Ngày xuất cảnh"], d1, ds)
        dput(ws, r, col["Ngày nhập cảnh"], d2, ds)
        put(ws, r, col["Cơ quan chủ quản"], agency, box=True)
        put(ws, r, col["Ghi chú"], None, box=True)
        record(sl, r, "outbound", d1, persons=m)
        r += 1
    put(ws, r, col["Tên Đoàn"], f"Cộng: {len(rows):02d} đoàn", bold=True, box=True)
    put(ws, r, col["Số lượng thành viên"], sum(x[4] for x in rows), bold=True, center=True, box=True)
    r += 2
    put(ws, r, 1, "Ghi chú: Số liệu tổng hợp theo Quyết định cử đoàn của UBND tỉnh và báo cáo kết quả của các đơn vị.",
        italic=True, wrap=False)
    signature(ws, r + 2, 2, col["Ngày nhập cảnh"], left="NGƯỜI LẬP BIỂU", right="TRƯỞNG PHÒNG HTQT",
              lname="Lê Thị Thanh Tâm", rname="Phạm Minh Tuấn")


# --------------------------------------------------------------------------
# 02  Outbound 2024 (by agency, subtotals, Trong đó) + Inbound 2024 (ranges)
# --------------------------------------------------------------------------
OUT24 = [  # section, agency, name, head, members, destination, dep, ret, count style, date style
    ("I", "Tỉnh ủy", "Đoàn đại biểu cấp cao tỉnh chúc Tết Bunpimay tỉnh Bolikhamsay, tỉnh Khăm Muôn",
     "Ông Hoàng Trung Kiên - Phó Bí thư Thường trực Tỉnh ủy", 14, "Lào", D(2024, 4, 8), D(2024, 4, 11), "int", "xl"),
    ("I", "Ban Tuyên giáo Tỉnh ủy", "Đoàn trao đổi kinh nghiệm công tác tuyên truyền với Ban Tuyên huấn tỉnh Khăm Muôn",
     "Ông Đinh Văn Cường - Phó Trưởng ban", 6, "Lào", D(2024, 8, 19), D(2024, 8, 22), "int", "xl"),
    ("I", "Tỉnh đoàn", "Đoàn thanh niên tham gia Trại hè thanh niên Việt - Lào năm 2024",
     "Anh Trần Quốc Việt - Bí thư Tỉnh đoàn", 10, "Lào", D(2024, 7, 10), D(2024, 7, 14), "dc", "dot"),
    ("I", "Hội LHPN tỉnh", "Đoàn học tập mô hình sinh kế cho phụ nữ vùng nông thôn",
     "Bà Lê Thị Minh Nguyệt - Chủ tịch Hội LHPN tỉnh", 5, "Thái Lan", D(2024, 10, 7), D(2024, 10, 11), "int", "xl"),
    ("I", "Ủy ban MTTQ Việt Nam tỉnh", "Đoàn thăm, làm việc với Mặt trận Lào xây dựng đất nước tỉnh Savannakhet",
     "Ông Trần Nhật Tân - Phó Chủ tịch UBMTTQ tỉnh", 7, "Lào", D(2024, 11, 25), D(2024, 11, 28), "int", "xl"),
    ("II", "UBND tỉnh", "Đoàn công tác của tỉnh xúc tiến đầu tư tại Hàn Quốc",
     "Ông Nguyễn Đức Minh - Phó Chủ tịch UBND tỉnh", 9, "Hàn Quốc", D(2024, 3, 18), D(2024, 3, 23), "int", "xl"),
    ("II", "Sở Ngoại vụ", "Đoàn làm việc với Sở Ngoại vụ tỉnh Bolikhamsay, tỉnh Khăm Muôn",
     "Ông Nguyễn Văn Hòa - Phó Giám đốc Sở", 4, "Lào", D(2024, 1, 15), D(2024, 1, 18), "int", "xl"),
    ("II", "Sở Công Thương", "Đoàn tham dự Hội chợ Thương mại quốc tế Viêng Chăn",
     "Ông Lê Văn Thắng - Phó Giám đốc Sở", 6, "Lào", D(2024, 12, 2), D(2024, 12, 6), "int", "dot"),
    ("II", "Sở Y tế", "Đoàn học tập kinh nghiệm quản lý bệnh viện thông minh",
     "Ông Dương Tất Thắng - Phó Giám đốc Sở", 6, "Singapore", D(2024, 5, 13), D(2024, 5, 17), "str", "xl"),
    ("II", "Sở Nông nghiệp và PTNT", "Đoàn khảo sát thị trường xuất khẩu nông sản",
     "Ông Hồ Sỹ Tâm - Phó Giám đốc Sở", 5, "Trung Quốc", D(2024, 6, 24), D(2024, 6, 28), "dc", "xl"),
    ("II", "Sở Giáo dục và Đào tạo", "Đoàn làm việc về đào tạo lưu học sinh Lào với Sở Giáo dục và Thể thao tỉnh Bolikhamsay",
     "Ông Phạm Quốc Trung - Phó Giám đốc Sở", 5, "Lào", D(2024, 9, 9), D(2024, 9, 12), "int", "xl"),
    ("II", "Sở Văn hóa, Thể thao và Du lịch", "Đoàn quảng bá du lịch Hà Tĩnh tại Nhật Bản",
     "Bà Trần Thị Thu Hà - Phó Giám đốc Sở", 5, "Nhật Bản", D(2024, 9, 25), D(2024, 9, 30), "int", "xl"),
    ("II", "Sở Lao động - Thương binh và Xã hội", "Đoàn làm việc với các đối tác tiếp nhận lao động Hà Tĩnh",
     "Ông Trần Văn Khánh - Phó Giám đốc Sở", 4, "Nhật Bản", D(2024, 2, 26), D(2024, 3, 1), "int", "dot"),
    ("II", "Ban Quản lý Khu kinh tế tỉnh", "Đoàn xúc tiến đầu tư vào Khu kinh tế Vũng Áng",
     "Ông Võ Hồng Phúc - Trưởng ban", 6, "Đài Loan (Trung Quốc)", D(2024, 11, 11), D(2024, 11, 15), "int", "xl"),
    ("III", "UBND huyện Hương Sơn", "Đoàn làm việc với huyện Khamkeut, tỉnh Bolikhamsay",
     "Ông Lê Trọng Bình - Chủ tịch UBND huyện", 8, "Lào", D(2024, 2, 19), D(2024, 2, 21), "int", "xl"),
    ("III", "UBND huyện Hương Khê", "Đoàn làm việc với huyện Boualapha, tỉnh Khăm Muôn",
     "Ông Phan Đình Sơn - Phó Chủ tịch UBND huyện", 6, "Lào", D(2024, 5, 6), D(2024, 5, 8), "int", "xl"),
    ("III", "UBND thị xã Kỳ Anh", "Đoàn học tập kinh nghiệm quản lý đô thị công nghiệp",
     "Ông Nguyễn Hữu Lộc - Chủ tịch UBND thị xã", 7, "Hàn Quốc", D(2024, 8, 5), D(2024, 8, 10), "dc", "xl"),
    ("III", "UBND thành phố Hà Tĩnh", "Đoàn giao lưu hữu nghị với thành phố Thakhek, tỉnh Khăm Muôn",
     "Ông Võ Văn Tùng - Chủ tịch UBND thành phố", 9, "Lào", D(2024, 12, 16), D(2024, 12, 19), "int", "xl"),
    ("IV", "Trường Đại học Hà Tĩnh", "Đoàn làm việc với Đại học Quốc gia Lào về tuyển sinh lưu học sinh",
     "PGS.TS Nguyễn Thị Hạnh - Phó Hiệu trưởng", 4, "Lào", D(2024, 3, 4), D(2024, 3, 7), "int", "xl"),
    ("IV", "Bệnh viện Đa khoa tỉnh", "Đoàn khám, chữa bệnh tình nguyện tại tỉnh Khăm Muôn",
     "BSCKII Đặng Văn Long - Giám đốc", 12, "Lào", D(2024, 7, 22), D(2024, 7, 26), "int", "xl"),
    ("IV", "Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh", "Đoàn học tập kinh nghiệm đào tạo nghề theo mô hình song hành",
     "ThS Nguyễn Quang Huy - Hiệu trưởng", 5, "CHLB Đức", D(2024, 10, 14), D(2024, 10, 24), "int", "dot"),
    ("IV", "Trường Chính trị Trần Phú", "Đoàn trao đổi kinh nghiệm đào tạo cán bộ với Trường Chính trị tỉnh Savannakhet",
     "TS Nguyễn Văn Sáu - Phó Hiệu trưởng", 6, "Lào", D(2024, 6, 10), D(2024, 6, 13), "int", "xl"),
]
SECTIONS24 = [("I", "CÁC CƠ QUAN ĐẢNG, MẶT TRẬN, ĐOÀN THỂ"), ("II", "CÁC SỞ, BAN, NGÀNH CẤP TỈNH"),
              ("III", "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ"), ("IV", "CÁC ĐƠN VỊ SỰ NGHIỆP")]

IN24 = [  # name, country, head, visitors, d1, d2, host, count style, range style
    ("Đoàn đại biểu tỉnh Bolikhamsay chúc Tết Nguyên đán Giáp Thìn", "Lào",
     "Ông Khamphanh Sisavath - Phó Tỉnh trưởng", 12, D(2024, 2, 2), D(2024, 2, 4), "UBND tỉnh", "paren", "short"),
    ("Đoàn đại biểu tỉnh Khăm Muôn chúc Tết Nguyên đán Giáp Thìn", "Lào",
     "Ông Bounthong Phommachanh - Phó Bí thư Tỉnh ủy", 10, D(2024, 2, 5), D(2024, 2, 7), "UBND tỉnh", "int", "short"),
    ("Đoàn Trường Đại học Savannakhet trao đổi hợp tác đào tạo", "Lào",
     "PGS Somphone Keomany - Phó Hiệu trưởng", 6, D(2024, 3, 10), D(2024, 3, 14), "Trường Đại học Hà Tĩnh", "int", "tuden"),
    ("Đoàn Công ty TNHH Sankyo Tateyama khảo sát đầu tư tại KKT Vũng Áng", "Nhật Bản",
     "Ông Takeshi Morimoto - Giám đốc điều hành", 8, D(2024, 4, 16), D(2024, 4, 18), "Ban Quản lý KKT tỉnh", "paren", "short"),
    ("Đoàn tình nguyện viên Trường Đại học Kyungpook", "Hàn Quốc",
     "GS Park Ji-hoon - Trưởng khoa", 22, D(2024, 5, 20), D(2024, 5, 30), "Tỉnh đoàn", "int", "short"),
    ("Đoàn đại biểu tỉnh Nakhon Phanom thăm, làm việc", "Thái Lan",
     "Ông Somchai Wongsa - Phó Tỉnh trưởng", 9, D(2024, 6, 12), D(2024, 6, 14), "UBND tỉnh", "paren", "tuden"),
    ("Đoàn Bộ Chỉ huy Quân sự tỉnh Bolikhamsay hội đàm, ký kết biên bản hợp tác", "Lào",
     "Đại tá Sengphet Inthavong - Chỉ huy trưởng", 11, D(2024, 6, 29), D(2024, 7, 3), "Bộ CHQS tỉnh", "int", "short"),
    ("Đoàn doanh nghiệp Đài Loan tìm hiểu cơ hội đầu tư", "Đài Loan (Trung Quốc)",
     "Ông Lin Chih-ming - Chủ tịch Hiệp hội", 7, D(2024, 7, 23), D(2024, 7, 25), "Sở Kế hoạch và Đầu tư", "int", "short"),
    ("Đoàn Sở Y tế tỉnh Khăm Muôn trao đổi kinh nghiệm phòng, chống dịch bệnh", "Lào",
     "Bà Vongdeuan Sayavong - Giám đốc Sở Y tế", 8, D(2024, 8, 27), D(2024, 8, 29), "Sở Y tế", "paren", "tuden"),
    ("Đoàn chuyên gia Trường Đại học Tohoku khảo sát hợp tác nghiên cứu biển", "Nhật Bản",
     "GS Sato Hiroshi", 5, D(2024, 9, 16), D(2024, 9, 20), "Trường Đại học Hà Tĩnh", "int", "short"),
    ("Đoàn đại biểu cấp cao tỉnh Savannakhet dự Hội đàm cấp cao năm 2024", "Lào",
     "Ông Santiphab Phomvihane - Bí thư, Tỉnh trưởng", 18, D(2024, 10, 8), D(2024, 10, 10), "UBND tỉnh", "int", "short"),
    ("Đoàn nghệ thuật tỉnh Bolikhamsay giao lưu văn nghệ", "Lào",
     "Ông Khamla Vongphachanh - Giám đốc Sở TT-VH-DL", 25, D(2024, 11, 4), D(2024, 11, 7), "Sở Văn hóa, Thể thao và Du lịch", "int", "tuden"),
    ("Đoàn Tập đoàn Sembcorp tìm hiểu dự án năng lượng tái tạo", "Singapore",
     "Ông Daniel Tan - Phó Chủ tịch khu vực", 6, D(2024, 11, 26), D(2024, 11, 27), "UBND tỉnh", "int", "short"),
    ("Đoàn đại biểu tỉnh Khăm Muôn làm việc về hợp tác thương mại cuối năm", "Lào",
     "Ông Vanxay Phommaly - Phó Tỉnh trưởng", 9, D(2024, 12, 28), D(2025, 1, 2), "Sở Công Thương", "paren", "full"),
]


def wb02():
    file = "02_TongHop_DoanRa_DoanVao_2024.xlsx"
    wb = new_wb()
    # ---- sheet 1: outbound 2024, sections by agency ---------------------
    sl = new_sheet(wb, file, "Đoàn ra 2024")
    ws = sl.ws
    put(ws, 1, 1, "SỞ NGOẠI VỤ TỈNH HÀ TĨNH", bold=True, wrap=False)
    put(ws, 2, 1, "Phòng Hợp tác quốc tế", italic=True, wrap=False)
    merge(ws, 4, 1, 4, 10, "TỔNG HỢP ĐOÀN RA NĂM 2024", bold=True, center=True)
    merge(ws, 5, 1, 5, 10, "(Kèm theo Báo cáo số 12/BC-SNgV ngày 10/01/2025 của Sở Ngoại vụ)", italic=True, center=True)
    # two header rows; "Thời gian" merged horizontally
    for c, h in [(1, "TT"), (2, "Đơn vị chủ trì"), (3, "Tên Đoàn"), (4, "Trưởng đoàn (Họ tên, chức vụ)"),
                 (5, "Tổng số người"), (6, "Nơi đến"), (9, "Nguồn kinh phí"), (10, "Ghi chú")]:
        merge(ws, 7, c, 8, c, h, bold=True, center=True, box=True)
    merge(ws, 7, 7, 7, 8, "Thời gian", bold=True, center=True, box=True)
    put(ws, 8, 7, "Ngày xuất cảnh", bold=True, center=True, box=True)
    put(ws, 8, 8, "Ngày nhập cảnh", bold=True, center=True, box=True)
    for c, h in enumerate(["A", "B", "1", "2", "3", "4", "5", "6", "7", "8"], 1):
        put(ws, 9, c, h, italic=True, center=True, box=True)
    widths(ws, {"A": 6, "B": 26, "C": 50, "D": 34, "E": 10, "F": 18, "G": 14, "H": 14, "I": 18, "J": 12})
    r = 10
    for sec, title in SECTIONS24:
        put(ws, r, 1, sec, bold=True, center=True, box=True)
        merge(ws, r, 2, r, 10, title, bold=True)
        r += 1
        rows = [x for x in OUT24 if x[0] == sec]
        for k, (_, agency, name, head, m, dest, d1, d2, cs, ds) in enumerate(rows, 1):
            put(ws, r, 1, k, center=True, box=True)
            put(ws, r, 2, agency, box=True)
            put(ws, r, 3, name, box=True)
            put(ws, r, 4, head, box=True)
            put(ws, r, 5, cnt(m, cs), center=True, box=True)
            put(ws, r, 6, dest, box=True)
            dput(ws, r, 7, d1, ds)
            dput(ws, r, 8, d2, ds)
            put(ws, r, 9, "Ngân sách tỉnh" if agency in ("UBND tỉnh", "Tỉnh ủy") else "Kinh phí đơn vị", box=True)
            put(ws, r, 10, None, box=True)
            record(sl, r, "outbound", d1, persons=m, dest=dest, head=head)
            r += 1
        put(ws, r, 2, f"Cộng ({sec})", bold=True, box=True)
        put(ws, r, 3, f"{len(rows):02d} đoàn", bold=True, box=True)
        put(ws, r, 5, sum(x[4] for x in rows), bold=True, center=True, box=True)
        r += 1
    put(ws, r, 2, "TỔNG CỘNG (I+II+III+IV)", bold=True, box=True)
    put(ws, r, 3, f"{len(OUT24)} đoàn", bold=True, box=True)
    put(ws, r, 5, sum(x[4] for x in OUT24), bold=True, center=True, box=True)
    r += 1
    put(ws, r, 2, "Trong đó:", italic=True)
    r += 1
    lao = [x for x in OUT24 if x[5] == "Lào"]
    other = [x for x in OUT24 if x[5] != "Lào"]
    lead = [x for x in OUT24 if "UBND tỉnh" in x[3] or "Tỉnh ủy" in x[3]]
    for label, grp in [("- Đoàn đi các tỉnh bạn Lào", lao), ("- Đoàn đi các nước khác", other),
                       ("- Đoàn do lãnh đạo tỉnh làm trưởng đoàn", lead)]:
        put(ws, r, 2, label, italic=True)
        put(ws, r, 3, f"{len(grp):02d} đoàn", italic=True)
        put(ws, r, 5, sum(x[4] for x in grp), italic=True, center=True)
        r += 1
    r += 1
    signature(ws, r, 2, 7, place="Hà Tĩnh, ngày 10 tháng 01 năm 2025",
              left="NGƯỜI TỔNG HỢP", right="TRƯỞNG PHÒNG", lname="Lê Thị Thanh Tâm", rname="Phạm Minh Tuấn")

    # ---- sheet 2: inbound 2024, single header row, range text ----------
    sl = new_sheet(wb, file, "Đoàn vào 2024")
    ws = sl.ws
    merge(ws, 1, 1, 1, 8, "DANH SÁCH CÁC ĐOÀN NƯỚC NGOÀI ĐẾN THĂM VÀ LÀM VIỆC TẠI HÀ TĨNH NĂM 2024",
          bold=True, center=True)
    merge(ws, 2, 1, 2, 8, "(Không bao gồm các đoàn của cơ quan đại diện nước ngoài, tổ chức quốc tế tại Việt Nam)",
          italic=True, center=True)
    heads = ["STT", "Tên Đoàn", "Nước/Vùng lãnh thổ", "Trưởng đoàn", "Số đại biểu",
             "Thời gian (từ ngày... đến ngày...)", "Cơ quan, đơn vị đón tiếp", "Nội dung làm việc"]
    for c, h in enumerate(heads, 1):
        put(ws, 4, c, h, bold=True, center=True, box=True)
    widths(ws, {"A": 5, "B": 50, "C": 18, "D": 34, "E": 11, "F": 30, "G": 26, "H": 30})
    r = 5
    for k, (name, country, head, v, d1, d2, host, cs, rs) in enumerate(IN24, 1):
        put(ws, r, 1, k, center=True, box=True)
        put(ws, r, 2, name, box=True)
        put(ws, r, 3, country, box=True)
        put(ws, r, 4, head, box=True)
        put(ws, r, 5, cnt(v, cs), center=True, box=True)
        put(ws, r, 6, rstr(d1, d2, rs), center=True, box=True)
        put(ws, r, 7, host, box=True)
        put(ws, r, 8, "Thăm, làm việc, trao đổi hợp tác", box=True)
        record(sl, r, "inbound", d1, visitors=v)
        r += 1
    put(ws, r, 2, f"Tổng cộng: {len(IN24)} đoàn", bold=True, box=True)
    put(ws, r, 5, sum(x[3] for x in IN24), bold=True, center=True, box=True)
    r += 2
    put(ws, r, 1, "Ghi chú: Đoàn tỉnh Khăm Muôn (STT 14) đến ngày 28/12/2024, kết thúc chương trình ngày 02/01/2025.",
        italic=True, wrap=False)
    wb.save(os.path.join(WB_DIR, file))


# --------------------------------------------------------------------------
# 03  Inbound 2025 - table starts in column C, quarter sections, merged count
# --------------------------------------------------------------------------
IN25 = [  # quarter, name, country, head, visitors, d1, d2, host, count style, date style
    (1, "Đoàn đại biểu tỉnh Bolikhamsay chúc Tết Nguyên đán Ất Tỵ", "Lào",
     "Ông Khamphanh Sisavath - Phó Tỉnh trưởng", 12, D(2025, 1, 20), D(2025, 1, 22), "UBND tỉnh", "int", "dash"),
    (1, "Đoàn đại biểu tỉnh Khăm Muôn chúc Tết Nguyên đán Ất Tỵ", "Lào",
     "Ông Bounthong Phommachanh - Phó Bí thư Tỉnh ủy", 10, D(2025, 1, 23), D(2025, 1, 24), "UBND tỉnh", "int", "dash"),
    (1, "Đoàn Trường Đại học Savannakhet làm việc về đào tạo sau đại học", "Lào",
     "PGS Somphone Keomany - Phó Hiệu trưởng", 6, D(2025, 3, 10), D(2025, 3, 14), "Trường Đại học Hà Tĩnh", "nguoi", "dash"),
    (1, "Đoàn Công ty Cổ phần Marubeni khảo sát đầu tư tại KKT Vũng Áng", "Nhật Bản",
     "Ông Kenji Nakamura - Trưởng đại diện khu vực", 5, D(2025, 3, 25), D(2025, 3, 27), "Ban Quản lý KKT tỉnh", "int", "xl"),
    (2, "Đoàn đại biểu tỉnh Nakhon Phanom thăm, làm việc", "Thái Lan",
     "Ông Somchai Wongsa - Phó Tỉnh trưởng", 8, D(2025, 4, 22), D(2025, 4, 24), "UBND tỉnh", "nguoi", "dash"),
    (2, "Đoàn chuyên gia Trường Đại học Kyungpook khảo sát hợp tác đào tạo (đợt 1)", "Hàn Quốc",
     "GS Park Ji-hoon - Trưởng khoa", 9, D(2025, 5, 14), D(2025, 5, 16), "Trường Đại học Hà Tĩnh", "MERGED", "dash"),
    (2, "Đoàn chuyên gia Trường Đại học Kyungpook khảo sát hợp tác đào tạo (đợt 2)", "Hàn Quốc",
     "PGS Kim Min-seo - Phó Trưởng khoa", 7, D(2025, 5, 21), D(2025, 5, 23), "Trường Đại học Hà Tĩnh", "MERGED", "dash"),
    (2, "Đoàn doanh nghiệp Đài Loan tìm hiểu cơ hội đầu tư vào KKT Vũng Áng", "Đài Loan (Trung Quốc)",
     "Ông Lin Chih-ming - Chủ tịch Hiệp hội", 11, D(2025, 6, 5), D(2025, 6, 7), "Ban Quản lý KKT tỉnh", "int", "xl"),
    (2, "Đoàn Bộ Chỉ huy Quân sự tỉnh Bolikhamsay", "Lào",
     "Đại tá Sengphet Inthavong - Chỉ huy trưởng", 14, D(2025, 6, 17), D(2025, 6, 20), "Bộ CHQS tỉnh", "int", "dash"),
    (3, "Đoàn Sở Giáo dục và Thể thao tỉnh Khăm Muôn", "Lào",
     "Ông Phouvong Keosavanh - Giám đốc Sở", 7, D(2025, 7, 8), D(2025, 7, 10), "Sở Giáo dục và Đào tạo", "str", "dash"),
    (3, "Đoàn tình nguyện viên Trường Đại học Quốc gia Chungnam", "Hàn Quốc",
     "TS Lee Sang-woo", 24, D(2025, 7, 28), D(2025, 7, 31), "Tỉnh đoàn", "nguoi", "dash"),
    (3, "Đoàn Tập đoàn Sembcorp làm việc về dự án điện gió", "Singapore",
     "Ông Daniel Tan - Phó Chủ tịch khu vực", 4, D(2025, 8, 12), D(2025, 8, 14), "UBND tỉnh", "int", "xl"),
    (3, "Đoàn đại biểu cấp cao tỉnh Savannakhet dự Hội đàm cấp cao năm 2025", "Lào",
     "Ông Santiphab Phomvihane - Bí thư, Tỉnh trưởng", 16, D(2025, 9, 22), D(2025, 9, 25), "UBND tỉnh", "int", "dash"),
    (4, "Đoàn Hiệp hội Doanh nghiệp bang Queensland xúc tiến thương mại", "Ô-xtrây-li-a",
     "Bà Sarah Mitchell - Giám đốc điều hành", 6, D(2025, 10, 6), D(2025, 10, 8), "Sở Công Thương", "int", "dash"),
    (4, "Đoàn nghệ thuật tỉnh Bolikhamsay biểu diễn chào mừng 50 năm Quốc khánh Lào", "Lào",
     "Ông Khamla Vongphachanh - Giám đốc Sở TT-VH-DL", 22, D(2025, 10, 20), D(2025, 10, 23), "Sở Văn hóa, Thể thao và Du lịch", "nguoi", "dash"),
    (4, "Đoàn chuyên gia Trường Đại học Tohoku triển khai hợp tác nghiên cứu biển", "Nhật Bản",
     "GS Sato Hiroshi", 5, D(2025, 11, 10), D(2025, 11, 12), "Trường Đại học Hà Tĩnh", "int", "xl"),
    (4, "Đoàn Sở Y tế tỉnh Khăm Muôn", "Lào",
     "Bà Vongdeuan Sayavong - Giám đốc Sở Y tế", 8, D(2025, 11, 24), D(2025, 11, 26), "Sở Y tế", "int", "dash"),
    (4, "Đoàn đại biểu tỉnh Khăm Muôn dự Lễ ký kết Biên bản hợp tác giai đoạn 2026 - 2030", "Lào",
     "Ông Vanxay Phommaly - Phó Tỉnh trưởng", 13, D(2025, 12, 15), D(2025, 12, 17), "UBND tỉnh", "int", "dash"),
]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def wb03():
    file = "03_Doan_vao_2025.xlsx"
    wb = new_wb()
    sl = new_sheet(wb, file, "Doan vao 2025")
    ws = sl.ws
    C0 = 3  # table starts in column C
    merge(ws, 2, C0, 2, C0 + 7, "THEO DÕI CÁC ĐOÀN KHÁCH NƯỚC NGOÀI ĐẾN LÀM VIỆC TẠI TỈNH", bold=True, center=True)
    merge(ws, 3, C0, 3, C0 + 7, "Năm 2025 (cập nhật đến ngày 31/12/2025)", italic=True, center=True)
    for off, h in [(0, "STT"), (1, "Tên Đoàn"), (2, "Nước/Vùng lãnh thổ"), (3, "Trưởng đoàn (Họ tên, chức vụ)"),
                   (4, "Số lượng khách"), (7, "Đơn vị đón tiếp")]:
        merge(ws, 5, C0 + off, 6, C0 + off, h, bold=True, center=True, box=True)
    merge(ws, 5, C0 + 5, 5, C0 + 6, "Thời gian làm việc tại tỉnh", bold=True, center=True, box=True)
    put(ws, 6, C0 + 5, "Ngày đến", bold=True, center=True, box=True)
    put(ws, 6, C0 + 6, "Ngày đi", bold=True, center=True, box=True)
    for off, h in enumerate(["A", "B", "1", "2", "3", "4", "5", "6"]):
        put(ws, 7, C0 + off, h, italic=True, center=True, box=True)
    widths(ws, {"A": 3, "B": 3, "C": 6, "D": 52, "E": 18, "F": 36, "G": 10, "H": 13, "I": 13, "J": 26})
    r = 8
    k = 0
    merged_start = None
    for q in (1, 2, 3, 4):
        merge(ws, r, C0, r, C0 + 7, f"QUÝ {ROMAN[q]}/2025", bold=True)
        r += 1
        for (_, name, country, head, v, d1, d2, host, cs, ds) in [x for x in IN25 if x[0] == q]:
            k += 1
            put(ws, r, C0, k, center=True, box=True)
            put(ws, r, C0 + 1, name, box=True)
            put(ws, r, C0 + 2, country, box=True)
            put(ws, r, C0 + 3, head, box=True)
            if cs == "MERGED":
                # the two visits are one programme; the clerk wrote the total once and
                # merged the cell vertically over both rows.
                if merged_start is None:
                    merged_start = r
                    total = sum(x[4] for x in IN25 if x[8] == "MERGED")
                    put(ws, r, C0 + 4, total, center=True, box=True)
                else:
                    ws.merge_cells(start_row=merged_start, start_column=C0 + 4, end_row=r, end_column=C0 + 4)
                record(sl, r, "inbound", d1, visitors=v, unc="value", unc_ind=["inbound_visitors"],
                       note=f"visitor count merged over rows {merged_start}-{merged_start + 1} "
                            f"(cell shows {sum(x[4] for x in IN25 if x[8] == 'MERGED')}; intended split 9 + 7)")
            else:
                put(ws, r, C0 + 4, cnt(v, cs), center=True, box=True)
                record(sl, r, "inbound", d1, visitors=v)
            dput(ws, r, C0 + 5, d1, ds)
            dput(ws, r, C0 + 6, d2, ds)
            put(ws, r, C0 + 7, host, box=True)
            r += 1
    r += 1
    put(ws, r, C0, "Ghi chú: Không bao gồm các đoàn của Đại sứ quán, Tổng Lãnh sự quán và tổ chức quốc tế tại Việt Nam "
                   "(theo dõi tại sổ riêng).", italic=True, wrap=False)
    wb.save(os.path.join(WB_DIR, file))


# --------------------------------------------------------------------------
# 04  International conferences 2024-2025 - year sections, totals, ranges
# --------------------------------------------------------------------------
CONF = [  # d1, d2, title, host, partner, place, delegates, permit text, date style
    (D(2024, 4, 16), D(2024, 4, 17), "Hội thảo quốc tế \"Nâng cao chất lượng giảng dạy tiếng Việt cho lưu học sinh Lào\"",
     "Trường Đại học Hà Tĩnh", "Đại học Quốc gia Lào", "Trường Đại học Hà Tĩnh", "150 (35 nước ngoài)",
     "CV số 812/UBND-NV ngày 28/3/2024", "dot_range"),
    (D(2024, 5, 23), D(2024, 5, 23), "Hội nghị gặp gỡ, xúc tiến đầu tư vào KKT Vũng Áng với doanh nghiệp Nhật Bản",
     "Ban Quản lý Khu kinh tế tỉnh", "Hiệp hội doanh nghiệp Nhật Bản tại Việt Nam", "Thị xã Kỳ Anh", "120",
     "CV số 1103/UBND-KT ngày 02/5/2024", "dot"),
    (D(2024, 6, 27), D(2024, 6, 28), "Hội thảo chia sẻ kinh nghiệm phòng, chống đuối nước trẻ em",
     "Sở Lao động - Thương binh và Xã hội", "Tổ chức Tầm nhìn Thế giới (World Vision)", "Thành phố Hà Tĩnh", "85",
     "CV số 1398/UBND-VX ngày 10/6/2024", "short"),
    (D(2024, 8, 14), D(2024, 8, 14), "Hội thảo tổng kết dự án cấp nước sạch và vệ sinh môi trường nông thôn",
     "Sở Nông nghiệp và PTNT", "Oxfam tại Việt Nam", "Thành phố Hà Tĩnh", "70",
     "CV số 1850/UBND-NL ngày 29/7/2024", "dot"),
    (D(2024, 9, 30), D(2024, 10, 1), "Hội nghị hợp tác quản lý biên giới Việt Nam - Lào các tỉnh Bắc Trung Bộ",
     "Bộ Chỉ huy BĐBP tỉnh", "Bộ Chỉ huy Quân sự tỉnh Bolikhamsay, Khăm Muôn", "Huyện Hương Sơn", "60 (22 nước ngoài)",
     "CV số 2207/UBND-NC ngày 12/9/2024", "short"),
    (D(2024, 11, 7), D(2024, 11, 7), "Hội thảo ứng dụng chuyển đổi số trong khám, chữa bệnh",
     "Bệnh viện Đa khoa tỉnh", "Bệnh viện Đại học Quốc gia Seoul (Hàn Quốc)", "Bệnh viện Đa khoa tỉnh", "95",
     "CV số 2640/UBND-VX ngày 21/10/2024", "dot"),
    (D(2024, 12, 12), D(2024, 12, 13), "Hội nghị tổng kết hợp tác giáo dục Hà Tĩnh - các tỉnh bạn Lào giai đoạn 2020 - 2024",
     "Sở Giáo dục và Đào tạo", "Sở Giáo dục và Thể thao các tỉnh Bolikhamsay, Khăm Muôn", "Thành phố Hà Tĩnh", "110",
     "CV số 2911/UBND-VX ngày 25/11/2024", "short"),
    (D(2025, 2, 25), D(2025, 2, 25), "Hội thảo tập huấn quản lý rủi ro thiên tai dựa vào cộng đồng",
     "Sở Nông nghiệp và Môi trường", "Tổ chức Good Neighbors International (Hàn Quốc)", "Huyện Cẩm Xuyên", "65",
     "CV số 402/UBND-NL ngày 10/02/2025", "dot"),
    (D(2025, 3, 19), D(2025, 3, 20), "Hội thảo quốc tế \"Phát triển du lịch bền vững trên Hành lang kinh tế Đông - Tây\"",
     "Sở Văn hóa, Thể thao và Du lịch", "Tổng cục Du lịch Thái Lan (TAT)", "Thành phố Hà Tĩnh", "140 (30 nước ngoài)",
     "CV số 598/UBND-VX ngày 04/3/2025", "short"),
    (D(2025, 5, 8), D(2025, 5, 8), "Hội nghị xúc tiến đầu tư, thương mại Hà Tĩnh - Đài Loan (Trung Quốc)",
     "Ban Quản lý Khu kinh tế tỉnh", "Văn phòng Kinh tế - Văn hóa Đài Bắc tại Hà Nội", "Thị xã Kỳ Anh", "130",
     "CV số 1016/UBND-KT ngày 18/4/2025", "dot"),
    (D(2025, 6, 5), D(2025, 6, 6), "Hội thảo \"Nâng cao năng lực chăm sóc sức khỏe bà mẹ và trẻ sơ sinh\"",
     "Sở Y tế", "Tổ chức Good Neighbors International (Hàn Quốc)", "Thành phố Hà Tĩnh", "80",
     "CV số 1255/UBND-VX ngày 20/5/2025", "short"),
    (D(2025, 6, 30), D(2025, 7, 2), "Hội thảo khoa học quốc tế về nghiên cứu và giảng dạy tiếng Lào",
     "Trường Đại học Hà Tĩnh", "Trường Đại học Savannakhet", "Trường Đại học Hà Tĩnh", "90 (18 nước ngoài)",
     "CV số 1402/UBND-NV ngày 06/6/2025", "short"),
    (D(2025, 8, 27), D(2025, 8, 27), "Hội thảo chia sẻ mô hình sinh kế thích ứng biến đổi khí hậu",
     "Hội Liên hiệp Phụ nữ tỉnh", "Oxfam tại Việt Nam", "Thành phố Hà Tĩnh", "75",
     "CV số 1988/UBND-NL ngày 11/8/2025", "dot"),
    (D(2025, 9, 18), D(2025, 9, 19), "Hội nghị hợp tác phát triển Hành lang kinh tế Đông - Tây mở rộng",
     "Sở Công Thương", "Phòng Thương mại tỉnh Nakhon Phanom (Thái Lan)", "Thành phố Hà Tĩnh", "150",
     "CV số 2140/UBND-KT ngày 28/8/2025", "short"),
    (D(2025, 11, 21), D(2025, 11, 22), "Hội thảo khoa học quốc tế nhân kỷ niệm 260 năm Ngày sinh Danh nhân văn hóa thế giới Nguyễn Du",
     "Sở Văn hóa, Thể thao và Du lịch", "UNESCO; các trường đại học trong và ngoài nước", "Khu Lưu niệm Nguyễn Du, huyện Nghi Xuân",
     "250 (40 nước ngoài)", "CV số 2705/UBND-VX ngày 20/10/2025", "short"),
    (D(2025, 12, 9), D(2025, 12, 9), "Hội thảo tổng kết chương trình học bổng cho học sinh nghèo vượt khó",
     "Sở Giáo dục và Đào tạo", "Quỹ Hensen", "Thành phố Hà Tĩnh", "60",
     "CV số 2977/UBND-VX ngày 24/11/2025", "dot"),
]


def wb04():
    file = "04_HNHT_quoc_te_2024-2025.xlsx"
    wb = new_wb()
    sl = new_sheet(wb, file, "HNHT")
    ws = sl.ws
    put(ws, 1, 1, "SỞ NGOẠI VỤ HÀ TĨNH", bold=True, wrap=False)
    merge(ws, 3, 1, 3, 8, "DANH MỤC HỘI NGHỊ, HỘI THẢO QUỐC TẾ TỔ CHỨC TRÊN ĐỊA BÀN TỈNH", bold=True, center=True)
    merge(ws, 4, 1, 4, 8, "Năm 2024 - 2025", italic=True, center=True)
    heads = ["STT", "Tên hội nghị, hội thảo", "Đơn vị chủ trì", "Nhà tài trợ/Đối tác", "Thời gian",
             "Địa điểm tổ chức", "Số đại biểu", "Văn bản cho phép"]
    for c, h in enumerate(heads, 1):
        put(ws, 6, c, h, bold=True, center=True, box=True)
    widths(ws, {"A": 5, "B": 56, "C": 28, "D": 34, "E": 20, "F": 26, "G": 16, "H": 30})
    r = 7
    for sec, year in (("A", 2024), ("B", 2025)):
        merge(ws, r, 1, r, 8, f"{sec}. NĂM {year}", bold=True)
        r += 1
        rows = [x for x in CONF if x[0].year == year]
        for k, (d1, d2, title, host, partner, place, dele, permit, ds) in enumerate(rows, 1):
            put(ws, r, 1, k, center=True, box=True)
            put(ws, r, 2, title, box=True)
            put(ws, r, 3, host, box=True)
            put(ws, r, 4, partner, box=True)
            if ds == "dot":
                put(ws, r, 5, dstr(d1, "dot"), center=True, box=True)
            elif ds == "dot_range":
                put(ws, r, 5, f"{d1.day:02d}.{d1.month:02d} - {d2.day:02d}.{d2.month:02d}.{d2.year}", center=True, box=True)
            else:
                put(ws, r, 5, rstr(d1, d2, ds), center=True, box=True)
            put(ws, r, 6, place, box=True)
            put(ws, r, 7, dele, center=True, box=True)
            put(ws, r, 8, permit, box=True)
            record(sl, r, "conference", d1)
            r += 1
        put(ws, r, 2, f"Cộng năm {year}: {len(rows):02d} hội nghị, hội thảo", bold=True, box=True)
        r += 1
    put(ws, r, 2, f"Tổng cộng: {len(CONF)} hội nghị, hội thảo quốc tế", bold=True, box=True)
    r += 2
    put(ws, r, 1, "Ghi chú: Cột \"Văn bản cho phép\" ghi văn bản của UBND tỉnh cho phép tổ chức; thời gian tổ chức ghi ở cột \"Thời gian\".",
        italic=True, wrap=False)
    wb.save(os.path.join(WB_DIR, file))


# --------------------------------------------------------------------------
# 05  International agreements - 3-row header + column numbers
# --------------------------------------------------------------------------
AGR = [  # date(true), shown, title, vn side, partner, country, validity
    (D(2024, 3, 22), "xl", "Biên bản ghi nhớ hợp tác đào tạo giai đoạn 2024 - 2028",
     "Trường Đại học Hà Tĩnh", "Trường Đại học Savannakhet", "Lào", "05 năm"),
    (D(2024, 7, 2), "xl", "Biên bản hợp tác về công tác quản lý, bảo vệ biên giới",
     "Bộ CHQS tỉnh Hà Tĩnh", "Bộ CHQS tỉnh Bolikhamsay", "Lào", "03 năm"),
    (D(2024, 9, 18), "slash", "Thỏa thuận hợp tác nghiên cứu khoa học biển",
     "Trường Đại học Hà Tĩnh", "Trường Đại học Tohoku", "Nhật Bản", "03 năm"),
    (D(2024, 10, 9), "xl", "Biên bản Hội đàm cấp cao năm 2024 giữa tỉnh Hà Tĩnh và tỉnh Savannakhet",
     "UBND tỉnh Hà Tĩnh", "Chính quyền tỉnh Savannakhet", "Lào", "Năm 2024 - 2025"),
    (D(2024, 11, 15), "UNREADABLE", "Thỏa thuận hợp tác về đào tạo, tuyển dụng lao động kỹ thuật",
     "Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh", "Công ty Cổ phần Kỹ thuật Sankyo", "Nhật Bản", "02 năm"),
    (D(2025, 1, 24), "xl", "Biên bản ghi nhớ hợp tác giáo dục giai đoạn 2025 - 2027",
     "Sở Giáo dục và Đào tạo", "Sở Giáo dục và Thể thao tỉnh Khăm Muôn", "Lào", "03 năm"),
    (D(2025, 4, 10), "slash", "Biên bản Hội đàm giữa lãnh đạo tỉnh Hà Tĩnh và tỉnh Bolikhamsay",
     "UBND tỉnh Hà Tĩnh", "Chính quyền tỉnh Bolikhamsay", "Lào", "Năm 2025"),
    (D(2025, 5, 15), "xl", "Bản ghi nhớ hợp tác trao đổi sinh viên",
     "Trường Đại học Hà Tĩnh", "Trường Đại học Kyungpook", "Hàn Quốc", "05 năm"),
    (D(2025, 8, 13), "slash", "Thỏa thuận hợp tác phát triển năng lượng tái tạo",
     "Ban Quản lý Khu kinh tế tỉnh", "Tập đoàn Sembcorp", "Singapore", "03 năm"),
    (D(2025, 10, 7), "xl", "Biên bản ghi nhớ hợp tác xúc tiến thương mại",
     "Sở Công Thương", "Hiệp hội Doanh nghiệp bang Queensland", "Ô-xtrây-li-a", "02 năm"),
    (D(2025, 12, 16), "slash", "Biên bản hợp tác giữa tỉnh Hà Tĩnh và tỉnh Khăm Muôn giai đoạn 2026 - 2030",
     "UBND tỉnh Hà Tĩnh", "Chính quyền tỉnh Khăm Muôn", "Lào", "05 năm"),
]


def wb05():
    file = "05_Thoa_thuan_quoc_te.xlsx"
    wb = new_wb()
    sl = new_sheet(wb, file, "TTQT 2024-2025")
    ws = sl.ws
    motto(ws, 1, 3, 4, 8)
    merge(ws, 4, 1, 4, 8, "DANH MỤC THỎA THUẬN QUỐC TẾ ĐƯỢC KÝ KẾT NHÂN DANH CÁC CƠ QUAN, ĐƠN VỊ CỦA TỈNH",
          bold=True, center=True)
    merge(ws, 5, 1, 5, 8, "(Theo Luật Thỏa thuận quốc tế năm 2020)", italic=True, center=True)
    merge(ws, 6, 1, 6, 8, "Năm 2024 và năm 2025", italic=True, center=True)
    # three header rows (8-10)
    merge(ws, 8, 1, 10, 1, "TT", bold=True, center=True, box=True)
    merge(ws, 8, 2, 10, 2, "Tên thỏa thuận", bold=True, center=True, box=True)
    merge(ws, 8, 3, 8, 5, "Các bên ký kết", bold=True, center=True, box=True)
    merge(ws, 9, 3, 10, 3, "Phía Hà Tĩnh", bold=True, center=True, box=True)
    merge(ws, 9, 4, 9, 5, "Đối tác ký kết", bold=True, center=True, box=True)
    put(ws, 10, 4, "Tên đối tác", bold=True, center=True, box=True)
    put(ws, 10, 5, "Quốc gia", bold=True, center=True, box=True)
    merge(ws, 8, 6, 10, 6, "Thời điểm ký", bold=True, center=True, box=True)
    merge(ws, 8, 7, 10, 7, "Thời hạn hiệu lực", bold=True, center=True, box=True)
    merge(ws, 8, 8, 10, 8, "Ghi chú", bold=True, center=True, box=True)
    for c, h in enumerate(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"], 1):
        put(ws, 11, c, h, italic=True, center=True, box=True)
    widths(ws, {"A": 5, "B": 56, "C": 30, "D": 34, "E": 14, "F": 14, "G": 16, "H": 30})
    r = 12
    for k, (d, shown, title, vn, partner, country, valid) in enumerate(AGR, 1):
        put(ws, r, 1, k, center=True, box=True)
        put(ws, r, 2, title, box=True)
        put(ws, r, 3, vn, box=True)
        put(ws, r, 4, partner, box=True)
        put(ws, r, 5, country, box=True)
        if shown == "UNREADABLE":
            put(ws, r, 6, "…/…/2024", center=True, box=True)
            put(ws, r, 8, "Đơn vị chưa gửi bản sao thỏa thuận", box=True)
            record(sl, r, "agreement", d, unc="year",
                   note="signing date written '…/…/2024' (intended 15/11/2024)")
        else:
            dput(ws, r, 6, d, shown)
            put(ws, r, 8, None, box=True)
            record(sl, r, "agreement", d)
        put(ws, r, 7, valid, center=True, box=True)
        r += 1
    put(ws, r, 2, f"Tổng số: {len(AGR)} thỏa thuận", bold=True, box=True)
    r += 2
    signature(ws, r, 2, 6, place="Hà Tĩnh, ngày 12 tháng 01 năm 2026",
              left="NGƯỜI LẬP BIỂU", right="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", lname="Nguyễn Thị Mỹ Linh", rname="Nguyễn Văn Hòa")
    wb.save(os.path.join(WB_DIR, file))


# --------------------------------------------------------------------------
# 06  Consular / citizen-protection cases + a summary sheet (not a register)
# --------------------------------------------------------------------------
CONS = [  # received (true), shown style, section, name, dob, passport, hometown, country, content, result
    (D(2024, 1, 9), "xl", "I", "Nguyễn Văn Hùng", D(1992, 3, 14), "C4518273", "xã Kỳ Trinh, thị xã Kỳ Anh",
     "Đài Loan (Trung Quốc)", "Tử vong do tai nạn lao động", "Phối hợp đưa thi hài về nước ngày 20/01/2024"),
    (D(2024, 2, 27), "slash", "I", "Trần Thị Lan", D(1998, 11, 2), "B7631045", "xã Thạch Hạ, thành phố Hà Tĩnh",
     "Nhật Bản", "Bị tạm giữ do cư trú quá hạn", "Đã về nước ngày 15/3/2024"),
    (D(2024, 3, 15), "xl", "I", "Lê Đình Tuấn", D(1987, 6, 21), "C2290317", "xã Sơn Tây, huyện Hương Sơn",
     "Hàn Quốc", "Bỏ trốn khỏi nơi làm việc, gia đình đề nghị hỗ trợ", "Đã vận động về nước"),
    (D(2024, 4, 22), "xl", "I", "Phan Văn Đức", D(1979, 8, 30), "C0914482", "xã Thạch Kim, huyện Lộc Hà",
     "Trung Quốc", "Ngư dân bị bắt giữ khi khai thác hải sản", "Đã được trao trả ngày 12/5/2024"),
    (D(2024, 5, 30), "slash", "I", "Hoàng Thị Nga", D(1995, 1, 17), "B5120938", "xã Cẩm Bình, huyện Cẩm Xuyên",
     "Malaysia", "Mất liên lạc với gia đình", "Đã liên lạc được"),
    (D(2024, 7, 11), "xl", "I", "Đặng Văn Tâm", D(1990, 9, 5), "C3378120", "xã Đức Lạng, huyện Đức Thọ",
     "Ả Rập Xê Út", "Tranh chấp hợp đồng lao động", "Chuyển Cục Quản lý lao động ngoài nước"),
    (D(2024, 8, 5), "slash", "I", "Võ Thị Hương", D(2001, 4, 12), "C6645201", "xã Thiên Lộc, huyện Can Lộc",
     "Vương quốc Anh", "Bị tạm giữ, đề nghị thăm lãnh sự", "Đại sứ quán đã thăm lãnh sự"),
    (D(2024, 9, 26), "xl", "I", "Bùi Văn Quang", D(1985, 12, 25), "B2087763", "xã Hương Trạch, huyện Hương Khê",
     "Lào", "Tử vong do tai nạn giao thông", "Gia đình đã đưa thi hài về nước"),
    (D(2024, 10, 18), "xl", "II", "Nguyễn Thị Hà", D(1999, 7, 8), "Không có", "xã Thạch Hội, huyện Thạch Hà",
     "Ru-ma-ni", "Xác minh nhân thân để cấp giấy thông hành", "Đã trả lời xác minh"),
    (D(2024, 12, 9), "slash", "II", "Trần Văn Nam", D(1993, 2, 28), "C8812054", "xã Kỳ Hoa, thị xã Kỳ Anh",
     "Hàn Quốc", "Hỗ trợ hồi hương do ốm nặng", "Đã về nước ngày 22/12/2024"),
    (D(2025, 1, 13), "xl", "I", "Lê Thị Thu", D(1996, 5, 19), "C7752016", "xã Xuân Hội, huyện Nghi Xuân",
     "Đài Loan (Trung Quốc)", "Bị chủ sử dụng lao động ngược đãi", "Đã chuyển nơi làm việc"),
    (D(2025, 2, 18), "xl", "I", "Nguyễn Hữu Thành", D(1983, 10, 3), "B3390184", "xã Thạch Bằng, huyện Lộc Hà",
     "Thái Lan", "Ngư dân gặp nạn trên biển", "Đã được cứu và đưa về nước"),
    (D(2025, 3, 7), "slash", "I", "Phạm Văn Lực", D(1991, 1, 11), "C5021947", "xã Sơn Kim 1, huyện Hương Sơn",
     "Lào", "Bị tạm giữ do nhập cảnh trái phép", "Đã được trao trả qua cửa khẩu Cầu Treo"),
    (D(2025, 3, 28), "xl", "II", "Hồ Thị Mai", D(2000, 6, 24), "C1183390", "xã Cẩm Nhượng, huyện Cẩm Xuyên",
     "Nhật Bản", "Xác minh nhân thân phục vụ cấp hộ chiếu", "Đã trả lời xác minh"),
    (D(2025, 5, 15), "MONTH", "II", "Trương Văn Hiếu", D(1988, 3, 2), "B6604217", "xã Đức Đồng, huyện Đức Thọ",
     "Đức", "Xác minh nhân thân để cấp giấy thông hành", "Đã trả lời xác minh"),
    (D(2025, 6, 16), "slash", "I", "Đinh Thị Hồng", D(1997, 8, 9), "C9031155", "xã Hà Linh, huyện Hương Khê",
     "Hàn Quốc", "Tử vong do đột quỵ", "Phối hợp đưa tro cốt về nước"),
    (D(2025, 7, 2), "xl", "I", "Nguyễn Văn Sơn", D(1994, 4, 30), "C4420873", "phường Kỳ Liên, thị xã Kỳ Anh",
     "Ma-lai-xi-a", "Bị lừa đảo, giữ giấy tờ", "Đã về nước"),
    (D(2025, 8, 25), "xl", "I", "Lê Văn Đạt", D(2002, 12, 1), "C2576609", "xã Thạch Lạc",
     "Cam-pu-chia", "Bị lừa sang làm việc tại cơ sở lừa đảo trực tuyến", "Đã được giải cứu, về nước"),
    (D(2025, 9, 9), "slash", "II", "Phan Thị Nhung", D(1990, 9, 16), "B1248837", "xã Tùng Lộc",
     "Hàn Quốc", "Hỗ trợ thủ tục nhận con nuôi có yếu tố nước ngoài", "Đã hướng dẫn"),
    (D(2025, 10, 30), "xl", "I", "Trần Đình Khoa", D(1986, 2, 14), "C3065592", "xã Đồng Lộc",
     "Đài Loan (Trung Quốc)", "Tai nạn lao động, điều trị tại bệnh viện", "Đã được bồi thường"),
    (D(2025, 11, 12), "xl", "I", "Võ Văn Thịnh", D(1981, 7, 7), "C7300418", "xã Thạch Khê",
     "Trung Quốc", "Tàu cá bị bắt giữ", "Đã được thả"),
    (D(2025, 12, 22), "slash", "II", "Nguyễn Thị Quỳnh", D(1999, 10, 20), "C5891260", "phường Thành Sen",
     "Nhật Bản", "Hỗ trợ hồi hương do mang thai", "Đang xử lý"),
]
CONS_SEC = [("I", "Vụ việc bảo hộ công dân"), ("II", "Vụ việc lãnh sự khác (xác minh nhân thân, hồi hương...)")]


def wb06():
    file = "06_Lanh_su_BHCD_2024-2025.xlsx"
    wb = new_wb()
    sl = new_sheet(wb, file, "Vụ việc")
    ws = sl.ws
    motto(ws, 1, 3, 5, 10)
    merge(ws, 4, 1, 4, 10, "SỔ THEO DÕI VỤ VIỆC LÃNH SỰ VÀ BẢO HỘ CÔNG DÂN", bold=True, center=True)
    merge(ws, 5, 1, 5, 10, "Năm 2024 - 2025", italic=True, center=True)
    for c, h in [(1, "STT"), (2, "Ngày, tháng"), (7, "Nước sở tại"), (8, "Nội dung vụ việc"),
                 (9, "Kết quả xử lý"), (10, "Ghi chú")]:
        merge(ws, 7, c, 8, c, h, bold=True, center=True, box=True)
    merge(ws, 7, 3, 7, 6, "Thông tin công dân", bold=True, center=True, box=True)
    for c, h in [(3, "Họ và tên"), (4, "Ngày sinh"), (5, "Số hộ chiếu"), (6, "Quê quán")]:
        put(ws, 8, c, h, bold=True, center=True, box=True)
    widths(ws, {"A": 5, "B": 14, "C": 22, "D": 12, "E": 12, "F": 30, "G": 20, "H": 40, "I": 36, "J": 14})
    r = 9
    for year, ysec in ((2024, "A"), (2025, "B")):
        merge(ws, r, 1, r, 10, f"{ysec}. NĂM {year}", bold=True)
        r += 1
        for sec, stitle in CONS_SEC:
            put(ws, r, 1, sec, bold=True, center=True)
            merge(ws, r, 2, r, 10, stitle, bold=True, italic=True)
            r += 1
            rows = [x for x in CONS if x[0].year == year and x[2] == sec]
            for k, (d, shown, _, name, dob, pp, home, country, content, result) in enumerate(rows, 1):
                put(ws, r, 1, k, center=True, box=True)
                if shown == "MONTH":
                    put(ws, r, 2, f"Tháng {d.month}/{d.year}", center=True, box=True)
                    rec = dict(unc="month", note=f"date received written 'Tháng {d.month}/{d.year}'")
                else:
                    dput(ws, r, 2, d, shown)
                    rec = {}
                put(ws, r, 3, name, box=True)
                put(ws, r, 4, dob, center=True, box=True, fmt="dd/mm/yyyy")
                put(ws, r, 5, pp, center=True, box=True)
                put(ws, r, 6, home, box=True)
                put(ws, r, 7, country, box=True)
                put(ws, r, 8, content, box=True)
                put(ws, r, 9, result, box=True)
                put(ws, r, 10, None, box=True)
                record(sl, r, "consular", d, **rec)
                r += 1
        n = len([x for x in CONS if x[0].year == year])
        put(ws, r, 2, f"Cộng năm {year}: {n} vụ việc", bold=True, wrap=False)
        r += 1
    r += 1
    put(ws, r, 1, "Ghi chú: Thông tin cá nhân của công dân chỉ sử dụng cho công tác bảo hộ, không cung cấp ra ngoài.",
        italic=True, wrap=False)

    # summary sheet: aggregates only, no entries
    sl2 = new_sheet(wb, file, "Tổng hợp theo quý")
    ws = sl2.ws
    merge(ws, 1, 1, 1, 6, "TỔNG HỢP SỐ VỤ VIỆC LÃNH SỰ, BẢO HỘ CÔNG DÂN THEO QUÝ", bold=True, center=True)
    for c, h in enumerate(["Năm", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"], 1):
        put(ws, 3, c, h, bold=True, center=True, box=True)
    for i, year in enumerate((2024, 2025)):
        put(ws, 4 + i, 1, year, center=True, box=True)
        qs = [len([x for x in CONS if x[0].year == year and (x[0].month - 1) // 3 == q]) for q in range(4)]
        for q in range(4):
            put(ws, 4 + i, 2 + q, qs[q], center=True, box=True)
        put(ws, 4 + i, 6, sum(qs), center=True, box=True, bold=True)
    put(ws, 7, 1, "Số liệu tổng hợp từ sheet \"Vụ việc\".", italic=True, wrap=False)
    widths(ws, {"A": 10, "B": 10, "C": 10, "D": 10, "E": 10, "F": 10})
    wb.save(os.path.join(WB_DIR, file))


# --------------------------------------------------------------------------
# 07  Aid projects (list) + commitments/disbursements (two registers)
# --------------------------------------------------------------------------
PROJ = [  # code, name, donor, type, approved, budget USD, area, owner, date style
    ("DA24-01", "Nâng cao năng lực ứng phó thiên tai dựa vào cộng đồng tại huyện Hương Khê",
     "Tổ chức Tầm nhìn Thế giới (World Vision)", "PCPNN", D(2024, 3, 12), 360000, "Huyện Hương Khê", "UBND huyện Hương Khê", "xl"),
    ("DA24-02", "Cải thiện dinh dưỡng cho trẻ em dưới 5 tuổi tại huyện Vũ Quang",
     "Tổ chức Good Neighbors International (Hàn Quốc)", "PCPNN", D(2024, 4, 25), 110000, "Huyện Vũ Quang", "Sở Y tế", "slash"),
    ("DA24-03", "Hỗ trợ sinh kế cho phụ nữ nghèo vùng ven biển thị xã Kỳ Anh",
     "Oxfam tại Việt Nam", "PCPNN", D(2024, 6, 18), 235000, "Thị xã Kỳ Anh", "Hội LHPN tỉnh", "xl"),
    ("DA24-04", "Xây dựng điểm trường mầm non xã Sơn Kim 1, huyện Hương Sơn",
     "Quỹ Hensen", "PCPNN", D(2024, 7, 9), 65000, "Huyện Hương Sơn", "UBND huyện Hương Sơn", "xl"),
    ("DA24-05", "Nước sạch và vệ sinh trường học tại huyện Can Lộc",
     "Tổ chức Tầm nhìn Thế giới (World Vision)", "PCPNN", D(2024, 9, 3), 170000, "Huyện Can Lộc", "Sở Giáo dục và Đào tạo", "slash"),
    ("DA24-06", "Phục hồi chức năng cho người khuyết tật dựa vào cộng đồng",
     "Tổ chức ChildFund tại Việt Nam", "PCPNN", D(2024, 11, 20), 82000, "Huyện Thạch Hà, Cẩm Xuyên", "Sở Lao động - TB&XH", "xl"),
    ("DA24-07", "Học bổng cho học sinh nghèo vượt khó giai đoạn 2024 - 2026",
     "Quỹ Hensen", "PCPNN", D(2024, 12, 16), 30000, "Toàn tỉnh", "Sở Giáo dục và Đào tạo", "xl"),
    ("DA25-01", "Phòng, chống đuối nước trẻ em tại các huyện ven biển",
     "Tổ chức Tầm nhìn Thế giới (World Vision)", "PCPNN", D(2025, 1, 21), 290000, "Các huyện ven biển", "Sở Lao động - TB&XH", "xl"),
    ("DA25-02", "Nhà ở an toàn chống bão lũ cho hộ nghèo",
     "Oxfam tại Việt Nam", "PCPNN", D(2025, 3, 5), 140000, "Huyện Cẩm Xuyên, Kỳ Anh", "Hội LHPN tỉnh", "slash"),
    ("DA25-03", "Tăng cường chăm sóc sức khỏe bà mẹ và trẻ sơ sinh",
     "Tổ chức Good Neighbors International (Hàn Quốc)", "PCPNN", D(2025, 4, 15), 95000, "Huyện Hương Sơn, Vũ Quang", "Sở Y tế", "xl"),
    ("DA25-04", "Phát triển chuỗi giá trị bưởi Phúc Trạch gắn với sinh kế bền vững",
     "Tổ chức Plan International Việt Nam", "PCPNN", D(2025, 6, 24), 120000, "Huyện Hương Khê", "Sở Nông nghiệp và Môi trường", "xl"),
    ("DA25-05", "Trang thiết bị y tế cho các trạm y tế xã vùng núi",
     "Quỹ Hensen", "PCPNN", D(2025, 7, 30), 54000, "Xã Sơn Kim 1, Hương Đô", "Sở Y tế", "slash"),
    ("DA25-06", "Xây dựng nhà văn hóa cộng đồng kết hợp điểm tránh lũ",
     "Tổ chức Tầm nhìn Thế giới (World Vision)", "PCPNN", D(2025, 10, 14), 205000, "Xã Hương Xuân, Phúc Trạch", "Sở Nông nghiệp và Môi trường", "xl"),
    ("DA25-07", "Giáo dục hòa nhập cho trẻ khuyết tật",
     "Tổ chức ChildFund tại Việt Nam", "PCPNN", D(2025, 11, 27), 76000, "Toàn tỉnh", "Sở Giáo dục và Đào tạo", "xl"),
    ("DA25-08", "Phát triển nguồn năng lượng sinh khối nhằm thúc đẩy tăng trưởng xanh và bền vững tại tỉnh Hà Tĩnh",
     "KOICA Việt Nam", "ODA", D(2025, 5, 20), 17400000, "Toàn tỉnh", "Sở Công Thương", "xl"),
    ("DA25-09", "Hạ tầng thích ứng với biến đổi khí hậu vùng ven biển Hà Tĩnh",
     "Ngân hàng Thế giới (WB)", "Vốn vay ưu đãi", D(2025, 8, 12), 52000000, "Các xã ven biển", "Sở Nông nghiệp và Môi trường", "slash"),
    ("DA25-10", "Nâng cao năng lực quản lý chất thải rắn đô thị",
     "JICA (Nhật Bản)", "ODA", D(2025, 12, 4), 6800000, "Phường Thành Sen, Trần Phú", "Sở Nông nghiệp và Môi trường", "xl"),
]
TXN = [  # code, date, kind, funder (as written on this sheet), amount USD, shown
    ("DA24-01", D(2024, 3, 28), "Cam kết", "World Vision", 180000, None),
    ("DA24-01", D(2024, 5, 15), "Giải ngân", "World Vision", 90000, None),
    ("DA24-02", D(2024, 5, 10), "Cam kết", "Good Neighbors", 95000, None),
    ("DA24-03", D(2024, 7, 2), "Cam kết", "Oxfam", 210000, None),
    ("DA24-04", D(2024, 7, 25), "Cam kết", "Hensen", 65000, None),
    ("DA24-03", D(2024, 8, 20), "Giải ngân", "Oxfam", 105000, None),
    ("DA24-05", D(2024, 9, 19), "Cam kết", "World Vision", 150000, None),
    ("DA24-02", D(2024, 10, 8), "Giải ngân", "Good Neighbors", 47500, None),
    ("DA24-06", D(2024, 12, 5), "Cam kết", "ChildFund", 78000, None),
    ("DA24-07", D(2025, 1, 9), "Cam kết", "Hensen", 30000, None),
    ("DA24-01", D(2025, 1, 14), "Cam kết", "World Vision", 170000, None),
    ("DA25-01", D(2025, 2, 11), "Cam kết", "World Vision", 260000, None),
    ("DA24-05", D(2025, 3, 3), "Giải ngân", "World Vision", 150000, None),
    ("DA25-02", D(2025, 3, 20), "Cam kết", "Oxfam", 120000, "120,000"),
    ("DA25-03", D(2025, 5, 6), "Cam kết", "Good Neighbors", 88000, None),
    ("DA25-08", D(2025, 6, 10), "Cam kết", "KOICA", 14000000, None),
    ("DA25-01", D(2025, 6, 26), "Giải ngân", "World Vision", 130000, None),
    ("DA25-04", D(2025, 7, 15), "Cam kết", "Plan International", 115000, None),
    ("DA25-05", D(2025, 8, 21), "Cam kết", "Hensen", 54000, None),
    ("DA25-09", D(2025, 9, 16), "Cam kết", "WB", 45000000, None),
    ("DA25-02", D(2025, 9, 29), "Giải ngân", "Oxfam", 60000, None),
    ("DA25-06", D(2025, 10, 28), "Cam kết", "World Vision", 198000, None),
    ("DA25-07", D(2025, 12, 10), "Cam kết", "ChildFund", 72000, None),
    ("DA25-10", D(2025, 12, 18), "Cam kết", "JICA", 6500000, None),
]


def wb07():
    file = "07_Du_an_ODA_PCPNN.xlsx"
    wb = new_wb()
    sl = new_sheet(wb, file, "Danh mục dự án")
    ws = sl.ws
    merge(ws, 1, 1, 1, 9, "DANH MỤC CHƯƠNG TRÌNH, DỰ ÁN SỬ DỤNG VỐN ODA, VỐN VAY ƯU ĐÃI VÀ VIỆN TRỢ PCPNN",
          bold=True, center=True)
    merge(ws, 2, 1, 2, 9, "(được phê duyệt năm 2024 - 2025)", italic=True, center=True)
    heads = ["Mã dự án", "Tên dự án", "Nhà tài trợ/Đối tác", "Loại viện trợ", "Ngày phê duyệt",
             "Tổng vốn dự án (USD)", "Địa bàn thực hiện", "Cơ quan chủ quản", "Ghi chú"]
    for c, h in enumerate(heads, 1):
        put(ws, 4, c, h, bold=True, center=True, box=True)
    widths(ws, {"A": 10, "B": 56, "C": 36, "D": 14, "E": 14, "F": 14, "G": 26, "H": 28, "I": 14})
    r = 5
    for code, name, donor, typ, d, budget, area, owner, ds in PROJ:
        put(ws, r, 1, code, center=True, box=True)
        put(ws, r, 2, name, box=True)
        put(ws, r, 3, donor, box=True)
        put(ws, r, 4, typ, center=True, box=True)
        dput(ws, r, 5, d, ds)
        put(ws, r, 6, budget, box=True)
        put(ws, r, 7, area, box=True)
        put(ws, r, 8, owner, box=True)
        put(ws, r, 9, None, box=True)
        record(sl, r, "project", d, code=code, ptype=typ)
        r += 1
    r += 1
    put(ws, r, 1, "Ghi chú: Tổng vốn dự án bao gồm vốn đối ứng; giá trị cam kết, giải ngân theo dõi tại sheet \"Cam kết - Giải ngân\".",
        italic=True, wrap=False)

    sl = new_sheet(wb, file, "Cam kết - Giải ngân")
    ws = sl.ws
    merge(ws, 1, 1, 1, 6, "THEO DÕI CAM KẾT, GIẢI NGÂN VỐN VIỆN TRỢ", bold=True, center=True)
    heads = ["Mã dự án", "Ngày, tháng", "Nội dung", "Nhà tài trợ", "Số tiền (USD)", "Ghi chú"]
    for c, h in enumerate(heads, 1):
        put(ws, 3, c, h, bold=True, center=True, box=True)
    widths(ws, {"A": 10, "B": 14, "C": 12, "D": 22, "E": 16, "F": 30})
    r = 4
    for i, (code, d, kind, funder, amt, shown) in enumerate(TXN):
        put(ws, r, 1, code, center=True, box=True)
        dput(ws, r, 2, d, "xl" if i % 3 else "slash")
        put(ws, r, 3, kind, center=True, box=True)
        put(ws, r, 4, funder, box=True)
        if shown:
            put(ws, r, 5, shown, box=True)
            put(ws, r, 6, "Theo thư cam kết của nhà tài trợ", box=True)
            record(sl, r, "commitment", d, code=code, kind=kind, usd=amt, unc="value",
                   unc_ind=["ngo_aid_committed"], note=f"amount written '{shown}' (intended {amt} USD)")
        else:
            put(ws, r, 5, amt, box=True)
            put(ws, r, 6, None, box=True)
            record(sl, r, "commitment", d, code=code, kind=kind, usd=amt)
        r += 1
    wb.save(os.path.join(WB_DIR, file))


# --------------------------------------------------------------------------
# 08  Support to Lao provinces 2025 - "Trị giá (triệu đồng)", hidden old column
# --------------------------------------------------------------------------
LAO25 = [  # date, content, recipient, form, value (million VND), old value, shown
    (D(2025, 1, 22), "Trao quà Tết cổ truyền cho lực lượng vũ trang tỉnh Bolikhamsay", "Tỉnh Bolikhamsay", "Hiện vật", 300, 300, None),
    (D(2025, 4, 10), "Hỗ trợ tổ chức Tết Bunpimay", "Tỉnh Khăm Muôn", "Tiền mặt", 500, 400, None),
    (D(2025, 4, 11), "Hỗ trợ tổ chức Tết Bunpimay", "Tỉnh Bolikhamsay", "Tiền mặt", 500, 400, None),
    (D(2025, 5, 19), "Hỗ trợ xây dựng Trường Tiểu học bản Na Hương, huyện Pakkading", "Tỉnh Bolikhamsay", "Công trình", 2000, 1800, None),
    (D(2025, 6, 25), "Tặng máy vi tính, thiết bị văn phòng cho Sở Nội vụ", "Tỉnh Khăm Muôn", "Hiện vật", 450, 500, None),
    (D(2025, 8, 20), "Hỗ trợ khắc phục hậu quả lũ lụt", "Tỉnh Khăm Muôn", "Tiền mặt", 1500, 1000, "1.500"),
    (D(2025, 9, 2), "Hỗ trợ xây dựng nhà văn hóa bản Pạc Xăn", "Tỉnh Bolikhamsay", "Công trình", 1200, 1200, None),
    (D(2025, 11, 18), "Hỗ trợ trang thiết bị y tế cho Bệnh viện tỉnh", "Tỉnh Savannakhet", "Hiện vật", 800, 700, None),
    (D(2025, 12, 1), "Hỗ trợ tổ chức Lễ kỷ niệm 50 năm Quốc khánh nước CHDCND Lào", "Tỉnh Bolikhamsay", "Tiền mặt", 1000, 1000, None),
]


def wb08():
    file = "08_Ho_tro_Lao_2025.xlsx"
    wb = new_wb()
    sl = new_sheet(wb, file, "Hỗ trợ Lào 2025")
    ws = sl.ws
    motto(ws, 1, 2, 4, 8)
    merge(ws, 4, 1, 4, 8, "TỔNG HỢP KINH PHÍ, HIỆN VẬT HỖ TRỢ CÁC TỈNH BẠN LÀO NĂM 2025", bold=True, center=True)
    heads = ["STT", "Nội dung hỗ trợ", "Đơn vị/tỉnh nhận", "Hình thức hỗ trợ", "Ngày, tháng",
             "Trị giá (triệu đồng)", "Trị giá (triệu đồng)", "Ghi chú"]
    for c, h in enumerate(heads, 1):
        put(ws, 6, c, h, bold=True, center=True, box=True)
    # column F = old (planned) values, hidden; column G = current values
    ws.column_dimensions["F"].hidden = True
    widths(ws, {"A": 5, "B": 56, "C": 20, "D": 14, "E": 14, "G": 14, "H": 26})
    r = 7
    for k, (d, content, rec_, form, val, old, shown) in enumerate(LAO25, 1):
        put(ws, r, 1, k, center=True, box=True)
        put(ws, r, 2, content, box=True)
        put(ws, r, 3, rec_, box=True)
        put(ws, r, 4, form, box=True)
        dput(ws, r, 5, d, "xl" if k % 2 else "slash")
        put(ws, r, 6, old, box=True)
        if shown:
            put(ws, r, 7, shown, box=True)
            put(ws, r, 8, "Theo Quyết định của UBND tỉnh", box=True)
            record(sl, r, "lao", d, vnd=val * 1_000_000, unc="value", unc_ind=["support_to_lao_provinces"],
                   note=f"value written '{shown}' in a triệu đồng column (intended {val} triệu = {val * 1_000_000} VND)")
        else:
            put(ws, r, 7, val, box=True)
            put(ws, r, 8, None, box=True)
            record(sl, r, "lao", d, vnd=val * 1_000_000)
        r += 1
    r += 1
    put(ws, r, 1, "Ghi chú: Số liệu cập nhật theo quyết toán; giá trị hiện vật tính theo giá mua.", italic=True, wrap=False)
    signature(ws, r + 2, 2, 5, left="NGƯỜI LẬP", right="TRƯỞNG PHÒNG", lname="Nguyễn Thị Mỹ Linh", rname="Phạm Minh Tuấn")
    wb.save(os.path.join(WB_DIR, file))


# --------------------------------------------------------------------------
# 09  Lao cooperation 2024 - province sections, VND in mixed notations
# --------------------------------------------------------------------------
LAO24 = [  # province, date, content, form, VND, shown, date style
    ("Tỉnh Bolikhamsay", D(2024, 1, 30), "Trao quà Tết cổ truyền cho lực lượng vũ trang tỉnh", "Hiện vật",
     300_000_000, 300000000, "xl"),
    ("Tỉnh Bolikhamsay", D(2024, 4, 12), "Hỗ trợ tổ chức Tết Bunpimay", "Tiền mặt", 500_000_000, "500 triệu", "slash"),
    ("Tỉnh Bolikhamsay", D(2024, 7, 17), "Hỗ trợ xây dựng trụ sở bản Phôn Xay, huyện Khamkeut", "Công trình",
     2_500_000_000, "2,5 tỷ", "slash"),
    ("Tỉnh Khăm Muôn", D(2024, 4, 13), "Hỗ trợ tổ chức Tết Bunpimay", "Tiền mặt", 500_000_000, 500000000, "xl"),
    ("Tỉnh Khăm Muôn", D(2024, 9, 10), "Hỗ trợ khắc phục hậu quả lũ lụt", "Tiền mặt",
     1_250_000_000, "1.250.000.000", "dash"),
    ("Tỉnh Khăm Muôn", D(2024, 12, 20), "Tặng máy vi tính cho các trường học tại thành phố Thakhek", "Hiện vật",
     850_000_000, "850 triệu", "slash"),
    ("Tỉnh Savannakhet", D(2024, 10, 9), "Tặng quà nhân dịp Hội đàm cấp cao tại Hà Tĩnh", "Hiện vật", 400_000_000, 400000000, "xl"),
    ("Thủ đô Viêng Chăn", D(2024, 10, 22), "Hỗ trợ Trường Hữu nghị Việt - Lào sửa chữa ký túc xá", "Công trình",
     600_000_000, "600.000.000", "xl"),
]


def wb09():
    file = "09_HopTac_Lao_2024.xlsx"
    wb = new_wb()
    sl = new_sheet(wb, file, "Tong hop 2024")
    ws = sl.ws
    put(ws, 1, 1, "UBND TỈNH HÀ TĨNH", wrap=False)
    put(ws, 2, 1, "SỞ NGOẠI VỤ", bold=True, wrap=False)
    merge(ws, 4, 1, 4, 7, "KẾT QUẢ HỖ TRỢ CÁC TỈNH BẠN LÀO NĂM 2024", bold=True, center=True)
    merge(ws, 5, 1, 5, 7, "(Phục vụ Báo cáo tổng kết công tác đối ngoại năm 2024)", italic=True, center=True)
    put(ws, 6, 6, "Đơn vị tính: đồng", italic=True, wrap=False)
    heads = ["TT", "Nội dung", "Hình thức hỗ trợ", "Thời gian", "Giá trị hỗ trợ", "Nguồn kinh phí", "Ghi chú"]
    for c, h in enumerate(heads, 1):
        put(ws, 7, c, h, bold=True, center=True, box=True)
    widths(ws, {"A": 5, "B": 56, "C": 14, "D": 14, "E": 18, "F": 22, "G": 14})
    r = 8
    provinces = []
    for p in [x[0] for x in LAO24]:
        if p not in provinces:
            provinces.append(p)
    for i, prov in enumerate(provinces, 1):
        put(ws, r, 1, i, bold=True, center=True, box=True)
        merge(ws, r, 2, r, 7, prov, bold=True)
        r += 1
        rows = [x for x in LAO24 if x[0] == prov]
        for k, (_, d, content, form, vnd, shown, ds) in enumerate(rows, 1):
            put(ws, r, 1, f"{i}.{k}", center=True, box=True)
            put(ws, r, 2, content, box=True)
            put(ws, r, 3, form, box=True)
            dput(ws, r, 4, d, ds)
            put(ws, r, 5, shown, box=True, fmt="#,##0" if isinstance(shown, int) else None)
            put(ws, r, 6, "Ngân sách tỉnh", box=True)
            put(ws, r, 7, None, box=True)
            record(sl, r, "lao", d, vnd=vnd)
            r += 1
        put(ws, r, 2, f"Cộng ({prov})", bold=True, box=True)
        put(ws, r, 5, sum(x[4] for x in rows), bold=True, box=True, fmt="#,##0")
        r += 1
    put(ws, r, 2, "TỔNG CỘNG", bold=True, box=True)
    put(ws, r, 5, sum(x[4] for x in LAO24), bold=True, box=True, fmt="#,##0")
    r += 1
    put(ws, r, 2, "Trong đó:", italic=True)
    r += 1
    for form in ("Tiền mặt", "Hiện vật", "Công trình"):
        put(ws, r, 2, f"- {form}", italic=True)
        put(ws, r, 5, sum(x[4] for x in LAO24 if x[3] == form), italic=True, fmt="#,##0")
        r += 1
    r += 1
    signature(ws, r, 2, 5, place="Hà Tĩnh, ngày 08 tháng 01 năm 2025", left="NGƯỜI LẬP BIỂU",
              right="GIÁM ĐỐC", lname="Lê Thị Thanh Tâm", rname="Thái Văn Hải")
    wb.save(os.path.join(WB_DIR, file))


# --------------------------------------------------------------------------
# expected figures
# --------------------------------------------------------------------------
def periods_of_date(d):
    y, m = d.year, d.month
    out = [f"{y}", f"{y}-H{1 if m <= 6 else 2}", f"{y}-Q{(m - 1) // 3 + 1}"]
    if m <= 9:
        out.append(f"{y}-9M")
    return out


def all_periods(y):
    return [f"{y}", f"{y}-H1", f"{y}-H2", f"{y}-Q1", f"{y}-Q2", f"{y}-Q3", f"{y}-Q4", f"{y}-9M"]


def indicator_funcs(ptype_by_code):
    ngo = lambda t: t == "PCPNN"
    oda = lambda t: t in ("ODA", "Vốn vay ưu đãi")
    return {
        "outbound": [("outbound_delegations", lambda e: 1), ("outbound_persons", lambda e: e["persons"])],
        "inbound": [("inbound_delegations", lambda e: 1), ("inbound_visitors", lambda e: e["visitors"])],
        "conference": [("intl_conferences", lambda e: 1)],
        "agreement": [("intl_agreements", lambda e: 1)],
        "consular": [("consular_cases", lambda e: 1)],
        "project": [("ngo_projects_approved", lambda e: 1 if ngo(e["ptype"]) else 0),
                    ("oda_projects", lambda e: 1 if oda(e["ptype"]) else 0)],
        "commitment": [("ngo_aid_committed",
                        lambda e: e["usd"] if e["kind"] == "Cam kết" and ngo(ptype_by_code[e["code"]]) else 0)],
        "lao": [("support_to_lao_provinces", lambda e: e["vnd"])],
    }


def compute_figures():
    ptype_by_code = {e["code"]: e["ptype"] for e in ENTRIES if e["reg"] == "project"}
    funcs = indicator_funcs(ptype_by_code)
    out = []
    for reg, inds in funcs.items():
        ents = [e for e in ENTRIES if e["reg"] == reg]
        years = sorted({e["date"].year for e in ents})
        for ind, f in inds:
            for y in years:
                for p in all_periods(y):
                    val = sum(f(e) for e in ents if p in periods_of_date(e["date"]))
                    certain = True
                    for e in ents:
                        if not e["unc"]:
                            continue
                        if e["unc"] == "value":
                            hit = ind in e["unc_ind"] and p in periods_of_date(e["date"])
                        elif e["unc"] == "month":     # month known, day not
                            hit = f(e) != 0 and p in periods_of_date(e["date"])
                        elif e["unc"] == "year":      # only the year is legible
                            hit = f(e) != 0 and p in all_periods(e["date"].year)
                        else:
                            raise ValueError(e["unc"])
                        if hit:
                            certain = False
                    out.append((ind, p, val, "yes" if certain else "no"))
    return out


def fmt_val(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def main():
    if os.path.isdir(WB_DIR):
        shutil.rmtree(WB_DIR)
    os.makedirs(WB_DIR)
    for fn in (wb01, wb02, wb03, wb04, wb05, wb06, wb07, wb08, wb09):
        fn()

    # sanity: every date of every entry is in 2024/2025
    for e in ENTRIES:
        assert e["date"].year in (2024, 2025) and e["date"] < D(2026, 10, 1), e

    figs = compute_figures()
    with open(os.path.join(HERE, "expected_figures.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["indicator_code", "period_code", "value", "certain"])
        for ind, p, val, c in figs:
            w.writerow([ind, p, fmt_val(val), c])

    # expected rows: count non-empty rows of every sheet from the saved files
    rows_out = []
    for sl in SHEETS:
        wb = load_workbook(os.path.join(WB_DIR, sl.file))
        ws = wb[sl.ws.title]
        nonempty = {c.row for row in ws.iter_rows() for c in row
                    if c.value is not None and str(c.value).strip() != ""}
        assert sl.data <= nonempty, (sl.file, sl.ws.title)
        rows_out.append((sl.file, sl.ws.title, len(sl.data), len(nonempty - sl.data), len(sl.unc)))
    with open(os.path.join(HERE, "expected_rows.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "sheet", "data_rows", "structure_rows", "uncertain_rows"])
        w.writerows(rows_out)

    n_unc = sum(1 for f in figs if f[3] == "no")
    print(f"workbooks: {len({s.file for s in SHEETS})}, sheets: {len(SHEETS)}, entries: {len(ENTRIES)}")
    print(f"figures: {len(figs)} ({len(figs) - n_unc} certain, {n_unc} uncertain)")
    for e in ENTRIES:
        if e["unc"]:
            print(f"  uncertain: {e['file']} / {e['sheet']} row {e['row']}: {e.get('note', '')}")


if __name__ == "__main__":
    main()
