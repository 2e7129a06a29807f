#!/usr/bin/env python
"""Blind test data: raw Excel registers of Sở Ngoại vụ Hà Tĩnh (2023-2024).

Deterministic: every row is hand-written below (no randomness).  Every register
entry is stored once as a record (real date objects, integer counts, Decimal
amounts in base unit) and rendered into cells by small style functions; the
expected figures are computed from the very records that were written, and the
row counts from the very rows that were written.

Run:  uv run python tests/data/clerk_workbooks/generate.py [OUTPUT_DIR]
"""
import csv
import datetime as dt
import os
import sys
from collections import defaultdict
from decimal import Decimal as D

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side

# Output folder: the first argument, else beside this script (workbooks/ and the expected CSVs).
BASE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
WBDIR = os.path.join(BASE, "workbooks")
d = dt.date

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
BIG = Font(bold=True, size=13)
ITAL = Font(italic=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)

REG = defaultdict(list)   # register name -> list of record dicts (exactly the entries written)
SHEETS = []               # SheetW objects, for expected_rows.csv

# ----------------------------------------------------------------------------
# rendering helpers (cells are derived from the record values)
# ----------------------------------------------------------------------------

def persons(n, st):
    return {
        "int": n,
        "pad": f"{n:02d}",
        "nguoi": f"{n} người",
        "padnguoi": f"{n:02d} người",
        "dc": f"{n:02d} đ/c",
        "khach": f"{n} khách",
    }[st]


def vn_num(x):
    """Vietnamese number text: '.' thousands, ',' decimals. Refuses ambiguous text."""
    x = D(x)
    if x == x.to_integral_value():
        s = f"{int(x):,}".replace(",", ".")
    else:
        dec = -x.normalize().as_tuple().exponent
        s = f"{x:,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if "," not in s and s.count(".") == 1:
        raise ValueError(f"ambiguous amount text {s!r}")
    return s


def money(amount_base, scale, st):
    v = D(amount_base) / D(scale)
    if st == "num":
        return int(v) if v == v.to_integral_value() else float(v)
    if st == "vn":
        return vn_num(v)
    raise ValueError(st)


def ds(x, pad=True):
    return f"{x.day:02d}/{x.month:02d}/{x.year}" if pad else f"{x.day}/{x.month}/{x.year}"


def dcell(a, b, st):
    """Cell value for a date (a) or a range (a..b) in a given clerk style."""
    if st == "x":
        return a                      # real Excel date (single day)
    if st == "slash":
        return ds(a, pad=False)       # 12/3/2024
    if st == "slashpad":
        return ds(a)                  # 12/03/2024
    if st == "dot":
        return f"{a.day:02d}.{a.month:02d}.{a.year}"  # 25.11.2024
    if st == "long":
        return f"ngày {a.day:02d} tháng {a.month} năm {a.year}"
    if b is None or b == a:
        raise ValueError("range style needs two different dates")
    if st == "compact":
        if (a.year, a.month) == (b.year, b.month):
            return f"{a.day:02d}-{b.day:02d}/{a.month}/{a.year}"       # 12-15/3/2023
        if a.year == b.year:
            return f"{a.day:02d}/{a.month}-{b.day:02d}/{b.month}/{b.year}"  # 28/3-02/4/2024
        return f"{ds(a)} - {ds(b)}"                                   # 30/12/2023 - 03/01/2024
    if st == "tu":
        assert (a.year, a.month) == (b.year, b.month)
        return f"từ {a.day:02d} - {b.day:02d}/{a.month}/{a.year}"       # từ 11 - 15/5/2024
    if st == "full":
        return f"{ds(a)} - {ds(b)}"
    raise ValueError(st)


# ----------------------------------------------------------------------------
# sheet writer that counts rows
# ----------------------------------------------------------------------------

class SheetW:
    """Writes rows top-down and counts data rows / structure rows.

    structure rows = every non-blank row written AFTER the first header block
    that is not a register entry (column-number row, sections, subtotals,
    totals, notes, signature, repeated titles/headers).  Title rows above the
    first header and the first header rows themselves are not counted.
    """

    def __init__(self, wb, fname, name, ncols, first=False, col0=1, widths=None):
        if first:
            self.ws = wb.active
            self.ws.title = name
        else:
            self.ws = wb.create_sheet(name)
        self.fname, self.name, self.ncols, self.c0 = fname, name, ncols, col0
        self.r = 1
        self.hdr_done = False
        self.data_rows = 0
        self.struct_rows = 0
        SHEETS.append(self)
        if widths:
            from openpyxl.utils import get_column_letter
            for i, w in enumerate(widths):
                self.ws.column_dimensions[get_column_letter(col0 + i)].width = w

    def col(self, i):
        return self.c0 + i

    def _write(self, vals, font=None, box=False, align=None, fonts=None):
        assert len(vals) <= self.ncols, (self.name, vals)
        nonblank = False
        for i in range(self.ncols if box else len(vals)):
            v = vals[i] if i < len(vals) else None
            c = self.ws.cell(row=self.r, column=self.col(i))
            if v is not None and v != "":
                nonblank = True
                c.value = v
                if isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            f = (fonts or {}).get(i, font)
            if f is not None:
                c.font = f
            if box:
                c.border = BOX
            c.alignment = align or WRAP
        row = self.r
        self.r += 1
        return row, nonblank

    def pre(self, vals, font=BOLD, merge=None, align=CENTER):
        """Title-block row (above the first header)."""
        assert not self.hdr_done
        row, _ = self._write(vals, font=font, align=align)
        for a, b in merge or []:
            self.ws.merge_cells(start_row=row, start_column=self.col(a), end_row=row, end_column=self.col(b))
        return row

    def header(self, rows, merges=()):
        """rows: list of lists; merges: (r1, c1, r2, c2) relative to the block."""
        top = self.r
        for vals in rows:
            _, nb = self._write(vals, font=BOLD, box=True, align=CENTER)
            if self.hdr_done:
                assert nb
                self.struct_rows += 1
        for r1, c1, r2, c2 in merges:
            self.ws.merge_cells(start_row=top + r1, start_column=self.col(c1),
                                end_row=top + r2, end_column=self.col(c2))
        self.hdr_done = True
        return top

    def struct(self, vals, font=None, box=True, merge=None, align=None, fonts=None):
        assert self.hdr_done
        row, nb = self._write(vals, font=font, box=box, align=align, fonts=fonts)
        assert nb, (self.name, vals)
        self.struct_rows += 1
        for a, b in merge or []:
            self.ws.merge_cells(start_row=row, start_column=self.col(a), end_row=row, end_column=self.col(b))
        return row

    def data(self, vals, reg, rec, align=None):
        assert self.hdr_done
        row, nb = self._write(vals, box=True, align=align)
        assert nb
        self.data_rows += 1
        rec = dict(rec)
        rec["_file"], rec["_sheet"], rec["_row"] = self.fname, self.name, row
        REG[reg].append(rec)
        return row

    def blank(self, n=1):
        self.r += n

    def vmerge(self, col_i, r1, r2):
        if r2 > r1:
            self.ws.merge_cells(start_row=r1, start_column=self.col(col_i), end_row=r2, end_column=self.col(col_i))

    def hide(self, col_i):
        from openpyxl.utils import get_column_letter
        self.ws.column_dimensions[get_column_letter(self.col(col_i))].hidden = True

    def signature(self, place_date, left, right, names, right_col, extra_right=None):
        self.blank()
        self.struct([None] * right_col + [place_date], font=ITAL, box=False, align=CENTER)
        self.struct([left] + [None] * (right_col - 1) + [right], font=BOLD, box=False, align=CENTER)
        if extra_right:
            self.struct([None] * right_col + [extra_right], font=BOLD, box=False, align=CENTER)
        self.blank(3)
        self.struct([names[0]] + [None] * (right_col - 1) + [names[1]], font=BOLD, box=False, align=CENTER)


def title_block_2sides(sw, left1, left2, ncols, split):
    """'UBND TỈNH HÀ TĨNH / SỞ NGOẠI VỤ' on the left, national motto on the right."""
    sw.pre([left1] + [None] * (split - 1) + ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
           merge=[(0, split - 1), (split, ncols - 1)])
    sw.pre([left2] + [None] * (split - 1) + ["Độc lập - Tự do - Hạnh phúc"],
           merge=[(0, split - 1), (split, ncols - 1)])


# ============================================================================
# DATA (hand-written).  Dates are real dates; counts are ints; money Decimal.
# ============================================================================

# ---- Outbound delegations 2023 (workbook 01, sheet "Đoàn ra") --------------
# (section, unit, leader, persons, person_style, country, partner, go, back, purpose, funding)
OUT23 = [
    ("I", "Tỉnh ủy Hà Tĩnh", "Bí thư Tỉnh ủy", 12, "int", "Lào", "Tỉnh ủy, chính quyền tỉnh Bolikhămxay, tỉnh Khăm Muộn",
     d(2023, 4, 10), d(2023, 4, 13), "Thăm, chúc Tết cổ truyền Bunpimay", "Ngân sách tỉnh"),
    ("I", "UBND tỉnh", "Chủ tịch UBND tỉnh", 15, "int", "Lào", "Chính quyền tỉnh Bolikhămxay",
     d(2023, 6, 26), d(2023, 6, 29), "Hội đàm cấp cao thường niên Hà Tĩnh - Bolikhămxay", "Ngân sách tỉnh"),
    ("I", "UBND tỉnh", "Phó Chủ tịch UBND tỉnh", 8, "pad", "Hàn Quốc", "Chính quyền tỉnh Gyeongsangbuk-do",
     d(2023, 9, 30), d(2023, 10, 6), "Xúc tiến đầu tư, tham dự Diễn đàn hợp tác địa phương", "Ngân sách tỉnh"),
    ("I", "UBND tỉnh", "Phó Chủ tịch Thường trực UBND tỉnh", 10, "int", "Nhật Bản", "Tổ chức IPM",
     d(2023, 11, 13), d(2023, 11, 18), "Làm việc với tổ chức IPM về hợp tác đào tạo, tiếp nhận thực tập sinh", "Đối tác đài thọ một phần"),
    ("II", "Sở Ngoại vụ", "Giám đốc Sở", 5, "pad", "Lào", "Sở Ngoại vụ tỉnh Bolikhămxay",
     d(2023, 2, 14), d(2023, 2, 16), "Trao đổi kế hoạch hợp tác năm 2023", "Ngân sách đơn vị"),
    ("II", "Sở Ngoại vụ", "Phó Giám đốc Sở", 4, "nguoi", "Thái Lan", "Chính quyền tỉnh Nakhon Phanom",
     d(2023, 3, 31), d(2023, 4, 3), "Tham dự Hội nghị Hiệp hội các tỉnh đường 8 và đường 12 (APOTC)", "Ngân sách đơn vị"),
    ("II", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Phó Chỉ huy trưởng", 6, "nguoi", "Lào", "Bộ Chỉ huy quân sự tỉnh Khăm Muộn",
     d(2023, 4, 3), d(2023, 4, 5), "Hội đàm về công tác quản lý, bảo vệ biên giới", "Ngân sách đơn vị"),
    ("II", "Sở Giáo dục và Đào tạo", "Phó Giám đốc Sở", 7, "pad", "Lào", "Sở Giáo dục và Thể thao tỉnh Bolikhămxay",
     d(2023, 5, 15), d(2023, 5, 18), "Khảo sát, phối hợp tuyển sinh lưu học sinh Lào", "Ngân sách đơn vị"),
    ("II", "Trường Đại học Hà Tĩnh", "Hiệu trưởng", 5, "int", "Lào", "Đại học Quốc gia Lào",
     d(2023, 7, 3), d(2023, 7, 7), "Ký kết biên bản ghi nhớ hợp tác đào tạo", "Ngân sách đơn vị"),
    ("II", "Sở Y tế", "Giám đốc Sở", 6, "pad", "Lào", "Sở Y tế tỉnh Khăm Muộn",
     d(2023, 8, 21), d(2023, 8, 24), "Khám bệnh, cấp thuốc miễn phí; trao tặng trang thiết bị y tế", "Ngân sách tỉnh"),
    ("II", "Sở Công Thương", "Phó Giám đốc Sở", 4, "int", "Trung Quốc", "Ban Tổ chức Hội chợ Trung Quốc - ASEAN (CAEXPO)",
     d(2023, 9, 16), d(2023, 9, 20), "Tham gia Hội chợ Trung Quốc - ASEAN lần thứ 20", "Ngân sách đơn vị"),
    ("II", "Ban Quản lý Khu kinh tế tỉnh", "Trưởng ban", 5, "nguoi", "Singapore", "Cơ quan Xúc tiến đầu tư Singapore",
     d(2023, 10, 2), d(2023, 10, 6), "Xúc tiến đầu tư vào Khu kinh tế Vũng Áng", "Ngân sách tỉnh"),
    ("II", "UBND huyện Hương Sơn", "Chủ tịch UBND huyện", 9, "pad", "Lào", "Chính quyền huyện Khăm Cợt, tỉnh Bolikhămxay",
     d(2023, 10, 12), d(2023, 10, 14), "Giao lưu, ký kết thỏa thuận hợp tác huyện kết nghĩa", "Ngân sách huyện"),
    ("II", "Sở Nông nghiệp và PTNT", "Phó Giám đốc Sở", 3, "int", "Cộng hòa Liên bang Đức", "Trường Đại học Hohenheim",
     d(2023, 12, 5), d(2023, 12, 12), "Học tập kinh nghiệm sản xuất nông nghiệp hữu cơ", "Đối tác đài thọ"),
    ("II", "Liên hiệp các tổ chức hữu nghị tỉnh", "Chủ tịch Liên hiệp", 5, "pad", "Lào", "Hội Hữu nghị Lào - Việt Nam tỉnh Bolikhămxay",
     d(2023, 12, 29), d(2024, 1, 2), "Giao lưu hữu nghị nhân dịp năm mới", "Ngân sách đơn vị"),
]

# ---- Inbound delegations 2023 (workbook 01, sheet "Đoàn vào") ---------------
# (name, country, visitors, style, from, to, date_style, content, host, note)
IN23 = [
    ("Đoàn công tác Sở Kế hoạch và Đầu tư tỉnh Savannakhet", "Lào", 8, "int", d(2023, 4, 12), d(2023, 4, 14), "compact",
     "Trao đổi kinh nghiệm thu hút đầu tư", "Sở Kế hoạch và Đầu tư", None),
    ("Đoàn Trường Đại học Rajabhat Sakon Nakhon", "Thái Lan", 6, "int", d(2023, 5, 22), d(2023, 5, 24), "compact",
     "Hợp tác đào tạo, trao đổi sinh viên", "Trường Đại học Hà Tĩnh", None),
    ("Đoàn doanh nghiệp tỉnh Gyeongsangbuk-do", "Hàn Quốc", 14, "int", d(2023, 6, 19), None, "slash",
     "Khảo sát cơ hội đầu tư tại Khu kinh tế Vũng Áng", "Ban Quản lý Khu kinh tế tỉnh", None),
    ("Đoàn đại biểu cấp cao tỉnh Savannakhet", "Lào", 32, "int", d(2023, 6, 29), d(2023, 7, 1), "compact",
     "Hội đàm cấp cao, ký biên bản hợp tác năm 2023", "UBND tỉnh", "Đoàn do Bí thư, Tỉnh trưởng làm Trưởng đoàn"),
    ("Đoàn Tổ chức IPM", "Nhật Bản", 5, "int", d(2023, 7, 10), d(2023, 7, 12), "compact",
     "Khảo sát hợp tác đào tạo lao động", "Sở Lao động - Thương binh và Xã hội", None),
    ("Đoàn đại biểu tỉnh Bolikhămxay", "Lào", 27, "int", d(2023, 8, 24), d(2023, 8, 26), "compact",
     "Dự Lễ kỷ niệm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào", "UBND tỉnh", None),
    ("Đoàn công tác chính quyền tỉnh Xiêng Khoảng", "Lào", 12, "int", d(2023, 9, 27), d(2023, 9, 29), "compact",
     "Tìm hiểu mô hình phát triển nông nghiệp", "Sở Nông nghiệp và PTNT", None),
    ("Đoàn công tác tỉnh Tula", "Liên bang Nga", 7, "int", d(2023, 10, 2), d(2023, 10, 5), "compact",
     "Trao đổi dự thảo thỏa thuận hợp tác", "Sở Ngoại vụ", None),
    ("Đoàn Bộ Chỉ huy quân sự tỉnh Khăm Muộn", "Lào", 18, "int", d(2023, 11, 16), d(2023, 11, 18), "compact",
     "Hội đàm hợp tác quốc phòng", "Bộ Chỉ huy Quân sự tỉnh", None),
    ("Đoàn Trường Đại học Quốc gia Chungbuk", "Hàn Quốc", 4, "int", d(2023, 12, 5), None, "slash",
     "Trao đổi hợp tác đào tạo tiếng Hàn", "Trường Đại học Hà Tĩnh", None),
    ("Đoàn đại biểu tỉnh Khăm Muộn", "Lào", 20, "int", d(2023, 12, 30), d(2024, 1, 3), "compact",
     "Thăm, chúc mừng năm mới 2024", "UBND tỉnh", "Đoàn ở lại qua Tết Dương lịch"),
]

# ---- Outbound delegations 2024 (workbook 02, one sheet per quarter) ---------
# (unit, leader, persons, pstyle, junk, country, partner, go, back, purpose, cost_vnd or text)
OUT24 = [
    ("Sở Ngoại vụ", "Phó Giám đốc Sở", 4, "dc", "x", "Lào", "Sở Ngoại vụ tỉnh Khăm Muộn",
     d(2024, 1, 8), d(2024, 1, 10), "Trao đổi kế hoạch hợp tác năm 2024", D(45500000)),
    ("UBND huyện Vũ Quang", "Chủ tịch UBND huyện", 6, "nguoi", 1, "Lào", "Chính quyền huyện Xay Chăm Phon, tỉnh Bolikhămxay",
     d(2024, 1, 22), d(2024, 1, 24), "Thăm, trao quà huyện kết nghĩa", D(60000000)),
    ("Sở Văn hóa, Thể thao và Du lịch", "Giám đốc Sở", 8, "int", "ok", "Thái Lan", "Chính quyền tỉnh Nakhon Phanom",
     d(2024, 2, 26), d(2024, 3, 1), "Xúc tiến du lịch tuyến hành lang kinh tế Đông - Tây", D(185000000)),
    ("Bệnh viện Đa khoa tỉnh", "Giám đốc Bệnh viện", 5, "pad", 2, "Hàn Quốc", "Bệnh viện Đại học Quốc gia Kyungpook",
     d(2024, 3, 11), d(2024, 3, 16), "Học tập kinh nghiệm chuyên môn", "Đối tác đài thọ"),
    ("Công an tỉnh", "Phó Giám đốc Công an tỉnh", 7, "dc", "x", "Lào", "Công an tỉnh Bolikhămxay",
     d(2024, 3, 28), d(2024, 4, 2), "Hội đàm phối hợp bảo đảm an ninh, trật tự khu vực biên giới", D(96000000)),
    ("Tỉnh ủy Hà Tĩnh", "Bí thư Tỉnh ủy", 14, "int", "x", "Lào", "Tỉnh ủy, chính quyền tỉnh Bolikhămxay, tỉnh Khăm Muộn",
     d(2024, 4, 10), d(2024, 4, 13), "Thăm, chúc Tết cổ truyền Bunpimay", D(350000000)),
    ("Sở Nông nghiệp và PTNT", "Giám đốc Sở", 5, "padnguoi", "chờ QĐ", "Nhật Bản", "Liên hiệp Hợp tác xã nông nghiệp tỉnh Kochi",
     d(2024, 5, 13), d(2024, 5, 18), "Khảo sát, xúc tiến xuất khẩu nông sản", D(412750000)),
    ("Sở Giáo dục và Đào tạo", "Phó Giám đốc Sở", 6, "int", 3, "Lào", "Sở Giáo dục và Thể thao tỉnh Khăm Muộn",
     d(2024, 6, 3), d(2024, 6, 5), "Phối hợp tuyển sinh lưu học sinh Lào năm học 2024 - 2025", D(52000000)),
    ("Sở Kế hoạch và Đầu tư", "Phó Giám đốc Sở", 4, "dc", "x", "Hoa Kỳ", "Hội đồng Kinh doanh Hoa Kỳ - ASEAN",
     d(2024, 6, 17), d(2024, 6, 24), "Xúc tiến đầu tư", "Đối tác đài thọ"),
    ("UBND tỉnh", "Phó Chủ tịch UBND tỉnh", 11, "int", "ok", "Lào", "Chính quyền tỉnh Savannakhet",
     d(2024, 6, 24), d(2024, 6, 27), "Hội đàm cấp cao thường niên Hà Tĩnh - Savannakhet", D(275000000)),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Chỉ huy trưởng", 9, "dc", 1, "Lào", "Bộ Chỉ huy quân sự tỉnh Bolikhămxay",
     d(2024, 6, 28), d(2024, 7, 3), "Hội đàm, ký kết kế hoạch phối hợp tuần tra song phương", D(88000000)),
    ("UBND tỉnh", "Chủ tịch UBND tỉnh", 10, "int", "x", "Hàn Quốc", "Chính quyền thành phố Suncheon, tỉnh Jeollanam-do",
     d(2024, 10, 1), d(2024, 10, 6), "Xúc tiến đầu tư, thiết lập quan hệ hợp tác hữu nghị", D(1250000000)),
    ("Trường Đại học Hà Tĩnh", "Phó Hiệu trưởng", 3, "nguoi", "?", "Trung Quốc", "Trường Đại học Dân tộc Quảng Tây",
     d(2024, 10, 21), d(2024, 10, 25), "Hợp tác đào tạo, trao đổi giảng viên", "Đối tác đài thọ"),
    ("Sở Ngoại vụ", "Giám đốc Sở", 5, "dc", 2, "Lào", "Chính quyền Thủ đô Viêng Chăn",
     d(2024, 11, 18), d(2024, 11, 20), "Làm việc về công tác bảo hộ công dân, quản lý lao động", D(70000000)),
    ("Sở Công Thương", "Giám đốc Sở", 7, "int", "x", "Singapore", "Cơ quan Xúc tiến thương mại Singapore",
     d(2024, 11, 25), d(2024, 11, 29), "Xúc tiến thương mại, giới thiệu sản phẩm OCOP", D(390000000)),
    ("UBND thị xã Kỳ Anh", "Chủ tịch UBND thị xã", 6, "pad", "ok", "Lào", "Chính quyền huyện Pạc Xăn, tỉnh Bolikhămxay",
     d(2024, 12, 27), d(2024, 12, 30), "Thăm, trao quà nhân dịp năm mới", D(48000000)),
]

# ---- Inbound delegations 2024 (workbook 03) --------------------------------
IN24 = [
    ("Đoàn công tác tỉnh Bolikhămxay", "Lào", 16, "int", d(2024, 1, 15), d(2024, 1, 17), "compact",
     "Trao đổi kế hoạch hợp tác năm 2024", "Sở Ngoại vụ", None),
    ("Đoàn doanh nghiệp tỉnh Aichi", "Nhật Bản", 9, "int", d(2024, 3, 5), None, "x",
     "Tìm hiểu môi trường đầu tư", "Sở Kế hoạch và Đầu tư", None),
    ("Đoàn Trường Đại học Khon Kaen", "Thái Lan", 5, "pad", d(2024, 3, 28), d(2024, 4, 2), "compact",
     "Hợp tác nghiên cứu khoa học nông nghiệp", "Trường Đại học Hà Tĩnh", "Làm việc cả tại Hương Khê"),
    ("Đoàn đại biểu cấp cao tỉnh Khăm Muộn", "Lào", 30, "int", d(2024, 4, 22), d(2024, 4, 24), "tu",
     "Hội đàm cấp cao thường niên", "UBND tỉnh", None),
    ("Đoàn công tác tỉnh Savannakhet", "Lào", 12, "int", d(2024, 5, 11), d(2024, 5, 15), "tu",
     "Khảo sát mô hình xây dựng nông thôn mới", "Sở Nông nghiệp và PTNT", None),
    ("Đoàn doanh nghiệp tỉnh Gyeongsangbuk-do", "Hàn Quốc", 15, "nguoi", d(2024, 5, 27), None, "slash",
     "Xúc tiến thương mại", "Sở Công Thương", None),
    ("Đoàn chính quyền thành phố Suncheon", "Hàn Quốc", 8, "int", d(2024, 7, 1), None, "x",
     "Trao đổi về thiết lập quan hệ hợp tác hữu nghị", "UBND tỉnh", None),
    ("Đoàn Bộ Chỉ huy quân sự tỉnh Bolikhămxay", "Lào", 22, "pad", d(2024, 7, 23), d(2024, 7, 25), "compact",
     "Hội đàm, ký kết kế hoạch phối hợp năm 2024 - 2025", "Bộ Chỉ huy Quân sự tỉnh", None),
    ("Đoàn công tác tỉnh Xiêng Khoảng", "Lào", 10, "int", d(2024, 9, 30), d(2024, 10, 2), "compact",
     "Tìm hiểu kinh nghiệm phát triển du lịch", "Sở Văn hóa, Thể thao và Du lịch", None),
    ("Đoàn Tổ chức IPM", "Nhật Bản", 4, "pad", d(2024, 10, 25), None, "dot",
     "Phỏng vấn tuyển chọn thực tập sinh", "Sở Lao động - Thương binh và Xã hội", None),
    ("Đoàn Đại học Quốc gia Lào", "Lào", 7, "int", d(2024, 10, 28), d(2024, 10, 30), "compact",
     "Trao đổi chương trình đào tạo sau đại học", "Trường Đại học Hà Tĩnh", None),
    ("Đoàn đại biểu tỉnh Nakhon Phanom", "Thái Lan", 13, "khach", d(2024, 11, 25), None, "dot",
     "Dự Hội nghị APOTC mở rộng", "Sở Ngoại vụ", None),
    ("Đoàn Hội Hữu nghị Lào - Việt Nam tỉnh Khăm Muộn", "Lào", 11, "int", d(2024, 12, 16), None, "x",
     "Giao lưu hữu nghị", "Liên hiệp các tổ chức hữu nghị tỉnh", None),
]

# ---- International conferences (workbook 04) -------------------------------
# (name, first_day, last_day, date_style, place, organiser, partner, foreign_delegates)
CONF = [
    ("Hội thảo quốc tế \"Nghiên cứu, giảng dạy tiếng Việt cho lưu học sinh Lào\"", d(2023, 3, 17), None, "x",
     "Trường Đại học Hà Tĩnh", "Trường Đại học Hà Tĩnh", "Đại học Quốc gia Lào", 12),
    ("Hội thảo \"Giảm nhẹ rủi ro thiên tai dựa vào cộng đồng\"", d(2023, 4, 20), None, "long",
     "TP Hà Tĩnh", "Hội Chữ thập đỏ tỉnh", "Hội Chữ thập đỏ Đức", 4),
    ("Hội nghị xúc tiến đầu tư Hà Tĩnh - Hàn Quốc", d(2023, 6, 30), None, "x",
     "Khách sạn Mường Thanh Grand Hà Tĩnh", "Sở Kế hoạch và Đầu tư", "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc (KOTRA)", 25),
    ("Hội thảo quốc tế về y học cổ truyền Việt Nam - Lào", d(2023, 7, 14), None, "x",
     "Bệnh viện Y học cổ truyền tỉnh", "Sở Y tế", "Sở Y tế tỉnh Bolikhămxay", 9),
    ("Hội thảo khoa học quốc tế \"Mộc bản, văn bản Hán Nôm làng Trường Lưu\"", d(2023, 9, 8), None, "long",
     "Huyện Can Lộc", "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban Ký ức thế giới khu vực châu Á - Thái Bình Dương (MOWCAP)", 15),
    ("Hội nghị tổng kết Chương trình phát triển vùng giai đoạn 2018 - 2023", d(2023, 10, 12), None, "x",
     "TP Hà Tĩnh", "Sở Ngoại vụ", "Tổ chức Tầm nhìn Thế giới (World Vision)", 6),
    ("Hội thảo \"Nông nghiệp hữu cơ thích ứng biến đổi khí hậu\"", d(2023, 11, 23), None, "x",
     "Trường Đại học Hà Tĩnh", "Trường Đại học Hà Tĩnh", "Trường Đại học Hohenheim (CHLB Đức)", 5),
    ("Hội thảo quốc tế hợp tác phát triển hành lang đường 8 và đường 12", d(2023, 12, 1), None, "long",
     "Khách sạn Mường Thanh Grand Hà Tĩnh", "Sở Ngoại vụ", "Tỉnh Nakhon Phanom (Thái Lan), tỉnh Khăm Muộn (Lào)", 18),
    # 2024
    ("Hội thảo quốc tế phát triển du lịch trên hành lang kinh tế Đông - Tây", d(2024, 1, 18), d(2024, 1, 19), "compact",
     "Khu du lịch Thiên Cầm", "Sở Văn hóa, Thể thao và Du lịch", "Tỉnh Khăm Muộn (Lào), tỉnh Nakhon Phanom (Thái Lan)", 20),
    ("Hội thảo \"Giáo dục hòa nhập cho trẻ khuyết tật\"", d(2024, 3, 5), None, "long",
     "Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo", "Tổ chức Cứu trợ trẻ em (Save the Children)", 3),
    ("Hội nghị gặp gỡ Nhật Bản - Hà Tĩnh năm 2024", d(2024, 4, 2), None, "long",
     "TP Hà Tĩnh", "Sở Ngoại vụ", "Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO)", 22),
    ("Hội thảo \"Công nghệ sản xuất thép xanh, giảm phát thải\"", d(2024, 6, 24), d(2024, 6, 25), "compact",
     "Khu kinh tế Vũng Áng", "Ban Quản lý Khu kinh tế tỉnh", "Tập đoàn Formosa Plastics (Đài Loan, Trung Quốc)", 14),
    ("Hội thảo quốc tế \"Hợp tác đào tạo nguồn nhân lực Việt Nam - Lào\"", d(2024, 8, 16), None, "long",
     "Trường Đại học Hà Tĩnh", "Trường Đại học Hà Tĩnh", "Sở Giáo dục và Thể thao tỉnh Bolikhămxay, tỉnh Khăm Muộn", 16),
    ("Hội thảo \"Phòng, chống mua bán người khu vực biên giới\"", d(2024, 9, 30), d(2024, 10, 1), "compact",
     "Huyện Hương Sơn", "Công an tỉnh", "Công an tỉnh Bolikhămxay (Lào)", 10),
    ("Hội nghị tổng kết dự án \"Trường học an toàn\"", d(2024, 10, 10), None, "long",
     "TP Hà Tĩnh", "Sở Giáo dục và Đào tạo", "Plan International", 4),
    ("Hội thảo \"Y tế cơ sở và chăm sóc sức khỏe ban đầu\"", d(2024, 11, 14), d(2024, 11, 15), "compact",
     "Sở Y tế", "Sở Y tế", "Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA)", 6),
    ("Hội thảo \"Bảo tồn đa dạng sinh học Vườn quốc gia Vũ Quang\"", d(2024, 12, 20), None, "long",
     "Huyện Vũ Quang", "Vườn quốc gia Vũ Quang", "Tổ chức Bảo tồn động thực vật hoang dã quốc tế (FFI)", 7),
]

# ---- International agreements (workbook 05) --------------------------------
# (name, signed, style, vn_side, foreign_side, country, level, term)
AGR = [
    ("Biên bản ghi nhớ hợp tác đào tạo giai đoạn 2023 - 2027", d(2023, 2, 20), "x", "Trường Đại học Hà Tĩnh",
     "Đại học Quốc gia Lào", "Lào", "Cấp cơ sở", "05 năm"),
    ("Biên bản hội đàm và thỏa thuận hợp tác năm 2023", d(2023, 6, 27), "x", "UBND tỉnh Hà Tĩnh",
     "Chính quyền tỉnh Bolikhămxay", "Lào", "Cấp tỉnh", "01 năm"),
    ("Thỏa thuận hợp tác trong lĩnh vực y tế", d(2023, 7, 5), "x", "Sở Y tế",
     "Sở Y tế tỉnh Khăm Muộn", "Lào", "Cấp sở, ngành", "03 năm"),
    ("Biên bản ghi nhớ hợp tác xúc tiến đầu tư", d(2023, 10, 2), "x", "Ban Quản lý Khu kinh tế tỉnh",
     "Sở Kinh tế tỉnh Gyeongsangbuk-do", "Hàn Quốc", "Cấp sở, ngành", "03 năm"),
    ("Thỏa thuận hợp tác huyện kết nghĩa", d(2023, 10, 13), "x", "UBND huyện Hương Sơn",
     "Chính quyền huyện Khăm Cợt, tỉnh Bolikhămxay", "Lào", "Cấp huyện", "05 năm"),
    ("Biên bản thỏa thuận hợp tác phát triển nông nghiệp", d(2023, 12, 15), "x", "Sở Nông nghiệp và PTNT",
     "Sở Nông Lâm nghiệp tỉnh Savannakhet", "Lào", "Cấp sở, ngành", "03 năm"),
    ("Biên bản thỏa thuận hợp tác năm 2024", d(2024, 1, 9), "slashpad", "Sở Ngoại vụ",
     "Sở Ngoại vụ tỉnh Khăm Muộn", "Lào", "Cấp sở, ngành", "01 năm"),
    ("Biên bản thỏa thuận phối hợp bảo đảm an ninh, trật tự", d(2024, 3, 29), "slashpad", "Công an tỉnh",
     "Công an tỉnh Bolikhămxay", "Lào", "Cấp sở, ngành", "02 năm"),
    ("Thỏa thuận hợp tác giai đoạn 2024 - 2028", d(2024, 4, 11), "x", "UBND tỉnh Hà Tĩnh",
     "Chính quyền tỉnh Khăm Muộn", "Lào", "Cấp tỉnh", "05 năm"),
    ("Biên bản hội đàm cấp cao năm 2024", d(2024, 6, 26), "x", "UBND tỉnh Hà Tĩnh",
     "Chính quyền tỉnh Savannakhet", "Lào", "Cấp tỉnh", "01 năm"),
    ("Thỏa thuận thiết lập quan hệ hợp tác hữu nghị", d(2024, 10, 3), "slashpad", "UBND tỉnh Hà Tĩnh",
     "Chính quyền thành phố Suncheon", "Hàn Quốc", "Cấp tỉnh", "Không thời hạn"),
    ("Biên bản ghi nhớ hợp tác giáo dục", d(2024, 10, 23), "x", "Trường Đại học Hà Tĩnh",
     "Trường Đại học Dân tộc Quảng Tây", "Trung Quốc", "Cấp cơ sở", "05 năm"),
    ("Thỏa thuận hợp tác giữa hai địa phương kết nghĩa", d(2024, 12, 28), "slashpad", "UBND thị xã Kỳ Anh",
     "Chính quyền huyện Pạc Xăn, tỉnh Bolikhămxay", "Lào", "Cấp huyện", "05 năm"),
]

# ---- Consular / citizen-protection cases (workbook 06) ----------------------
# (name, dob, sex, hometown, passport, country, case, received, result, junk)
CONS23 = [
    ("Nguyễn Văn Hùng", d(1991, 5, 12), "Nam", "Xã Sơn Kim 1, huyện Hương Sơn", "C1234567", "Hàn Quốc",
     "Tử vong do tai nạn lao động", d(2023, 1, 16), "Đã phối hợp đưa tro cốt về nước", "HS01"),
    ("Trần Thị Lan", d(1996, 8, 3), "Nữ", "Xã Thạch Kim, huyện Lộc Hà", "C2345678", "Nhật Bản",
     "Bị tạm giữ do vi phạm pháp luật nước sở tại", d(2023, 2, 8), "Đã thông tin cho gia đình", "HS02"),
    ("Lê Đình Tú", d(1988, 11, 20), "Nam", "Xã Kỳ Trinh, thị xã Kỳ Anh", "C3456789", "Đài Loan (Trung Quốc)",
     "Lao động bỏ trốn, mất liên lạc", d(2023, 3, 31), "Đã hoàn thành", "?"),
    ("Phan Văn Đức", d(1979, 2, 14), "Nam", "Xã Cẩm Nhượng, huyện Cẩm Xuyên", "C4567890", "Malaysia",
     "Tàu cá bị bắt giữ", d(2023, 4, 19), "Công dân đã về nước", "HS04"),
    ("Hồ Thị Mai", d(1999, 7, 9), "Nữ", "Xã Đức Lạc, huyện Đức Thọ", "C5678901", "Ả Rập Xê Út",
     "Bị chủ sử dụng lao động ngược đãi", d(2023, 5, 22), "Đã hỗ trợ về nước", 1),
    ("Đặng Quốc Việt", d(1985, 9, 30), "Nam", "Phường Bắc Hà, TP Hà Tĩnh", "C6789012", "Cộng hòa Liên bang Đức",
     "Xác minh nhân thân", d(2023, 7, 3), "Đã trả lời cơ quan đại diện", "HS06"),
    ("Võ Văn Nam", d(1993, 4, 1), "Nam", "Xã Sơn Hồng, huyện Hương Sơn", "C7890123", "Lào",
     "Nhập cảnh, cư trú trái phép", d(2023, 8, 14), "Đã tiếp nhận công dân qua cửa khẩu Cầu Treo", "HS07"),
    ("Bùi Thị Hằng", d(1990, 12, 25), "Nữ", "Xã Xuân Hội, huyện Nghi Xuân", "C8901234", "Anh",
     "Nghi là nạn nhân mua bán người", d(2023, 9, 28), "Đang xác minh", "x"),
    ("Dương Đình Phúc", d(1982, 6, 6), "Nam", "Xã Tùng Ảnh, huyện Đức Thọ", "C9012345", "Angola",
     "Tử vong do bệnh", d(2023, 10, 2), "Đã phối hợp đưa thi hài về nước", "HS09"),
    ("Thái Văn Sơn", d(1997, 3, 18), "Nam", "Xã Hương Trà, huyện Hương Khê", "C0123456", "Romania",
     "Bị tai nạn giao thông", d(2023, 11, 20), "Đã hoàn thành", "HS10"),
    ("Nguyễn Thị Huyền", d(2001, 1, 27), "Nữ", "Xã Thạch Đài, huyện Thạch Hà", "C1357913", "Hàn Quốc",
     "Mất hộ chiếu, đề nghị cấp giấy thông hành", d(2023, 12, 29), "Đã hoàn thành", 0),
]
CONS24 = [
    ("Trần Văn Bình", d(1986, 10, 10), "Nam", "Xã Kỳ Lợi, thị xã Kỳ Anh", "C2468024", "Đài Loan (Trung Quốc)",
     "Tử vong do đột quỵ", d(2024, 1, 2), "Đã phối hợp đưa tro cốt về nước", "HS-24-01"),
    ("Lê Thị Nga", d(1994, 2, 2), "Nữ", "Xã Thiên Lộc, huyện Can Lộc", "C3579135", "Nhật Bản",
     "Bị tạm giữ do vi phạm luật xuất nhập cảnh", d(2024, 1, 25), "Đã thông tin cho gia đình", 1),
    ("Phạm Văn Hải", d(1980, 8, 15), "Nam", "Xã Cẩm Lĩnh, huyện Cẩm Xuyên", "C4680246", "Thái Lan",
     "Tàu cá và ngư dân bị bắt giữ", d(2024, 2, 27), "Ngư dân đã về nước", "HS-24-03"),
    ("Hoàng Minh Tuấn", d(1998, 5, 5), "Nam", "Xã Sơn Tây, huyện Hương Sơn", "C5791357", "Lào",
     "Nhập cảnh trái phép", d(2024, 4, 1), "Đã tiếp nhận công dân", "?"),
    ("Nguyễn Đình Khánh", d(1975, 12, 1), "Nam", "Xã Đức Đồng, huyện Đức Thọ", "C6802468", "Hàn Quốc",
     "Tử vong do tai nạn giao thông", d(2024, 4, 16), "Đã phối hợp đưa thi hài về nước", "HS-24-05"),
    ("Đinh Văn Long", d(1992, 9, 9), "Nam", "Xã Hương Thủy, huyện Hương Khê", "C7913579", "Romania",
     "Tranh chấp hợp đồng lao động", d(2024, 5, 30), "Đang xử lý", "x"),
    ("Trần Quang Vinh", d(1989, 1, 13), "Nam", "Xã Thạch Văn, huyện Thạch Hà", "C8024680", "Ba Lan",
     "Bị tai nạn lao động", d(2024, 6, 28), "Đã hoàn thành", "HS-24-07"),
    ("Lê Văn Thắng", d(2000, 7, 21), "Nam", "Xã Xuân Liên, huyện Nghi Xuân", "C9135791", "Anh",
     "Xác minh nhân thân phục vụ hồi hương", d(2024, 8, 9), "Đã trả lời cơ quan đại diện", 2),
    ("Ngô Thị Thu", d(1995, 11, 11), "Nữ", "Phường Kỳ Trinh, thị xã Kỳ Anh", "C0246802", "Ả Rập Xê Út",
     "Bị giữ giấy tờ, không được trả lương", d(2024, 9, 30), "Đã hỗ trợ về nước", "HS-24-09"),
    ("Phan Thị Hoa", d(1987, 4, 24), "Nữ", "Xã Tân Lộc, huyện Lộc Hà", "C1122334", "Malaysia",
     "Nghi là nạn nhân mua bán người", d(2024, 10, 21), "Đang xác minh", "HS-24-10"),
    ("Nguyễn Hữu Lộc", d(1983, 3, 3), "Nam", "Xã Kỳ Hà, thị xã Kỳ Anh", "C2233445", "Trung Quốc",
     "Tàu cá gặp nạn", d(2024, 11, 25), "Đã hoàn thành", "x"),
    ("Võ Thị Yến", d(1999, 10, 17), "Nữ", "Xã Sơn Ninh, huyện Hương Sơn", "C3344556", "Nhật Bản",
     "Tử vong do bệnh", d(2024, 12, 3), "Đã phối hợp đưa tro cốt về nước", "HS-24-12"),
    ("Trương Văn Quý", d(1990, 6, 19), "Nam", "Xã Cẩm Thành, huyện Cẩm Xuyên", "C4455667", "Hàn Quốc",
     "Lao động cư trú bất hợp pháp, bị trục xuất", d(2024, 12, 31), "Đang xử lý", 0),
]
CONS24_STYLE = ["dot", "slash", "dot", "dot", "slash", "dot", "dot", "slash", "dot", "dot", "dot", "slash", "dot"]

# ---- Aid projects (workbook 07, sheet "Danh mục dự án") ---------------------
# (code, name, donor, kind_text, decision_no, approved, field, area, oda_total_usd)
PROJ = [
    ("DA-2023-01", "Tăng cường năng lực cộng đồng ứng phó với thiên tai", "Tổ chức Tầm nhìn Thế giới (World Vision)",
     "Viện trợ PCPNN", "125/QĐ-UBND", d(2023, 1, 18), "Giảm nhẹ rủi ro thiên tai", "Huyện Hương Khê", None),
    ("DA-2023-02", "Phát triển tổng hợp các đô thị động lực - Tiểu dự án đô thị Kỳ Anh (điều chỉnh, bổ sung)",
     "Ngân hàng Thế giới (WB)", "Vốn vay ưu đãi", "402/QĐ-UBND", d(2023, 2, 22), "Hạ tầng đô thị", "Thị xã Kỳ Anh", D(3500000)),
    ("DA-2023-03", "Nâng cao chất lượng giáo dục mầm non", "Plan International",
     "Viện trợ PCPNN", "588/QĐ-UBND", d(2023, 3, 9), "Giáo dục", "Huyện Cẩm Xuyên", None),
    ("DA-2023-04", "Cải thiện dinh dưỡng cho trẻ em dưới 5 tuổi", "World Vision Việt Nam",
     "Viện trợ PCPNN", "1021/QĐ-UBND", d(2023, 4, 27), "Y tế", "Huyện Vũ Quang", None),
    ("DA-2023-05", "Nước sạch và vệ sinh trường học", "Oxfam tại Việt Nam",
     "Viện trợ PCPNN", "1490/QĐ-UBND", d(2023, 6, 15), "Nước sạch và vệ sinh môi trường", "Huyện Hương Sơn", None),
    ("DA-2023-06", "Nâng cấp hệ thống thủy lợi thích ứng với biến đổi khí hậu", "JICA (Nhật Bản)",
     "ODA", "1633/QĐ-UBND", d(2023, 6, 30), "Nông nghiệp, thủy lợi", "Huyện Can Lộc, huyện Thạch Hà", D(12800000)),
    ("DA-2023-07", "Xây dựng nhà an toàn cho hộ nghèo vùng thường xuyên ngập lụt", "Tổ chức Habitat for Humanity",
     "Viện trợ PCPNN", "2015/QĐ-UBND", d(2023, 8, 10), "Nhà ở", "Huyện Lộc Hà", None),
    ("DA-2023-08", "Phục hồi chức năng cho người khuyết tật dựa vào cộng đồng", "Tổ chức Đông Tây Hội ngộ (EMW)",
     "Viện trợ PCPNN", "2380/QĐ-UBND", d(2023, 9, 19), "Y tế", "Huyện Đức Thọ", None),
    ("DA-2023-09", "Phát triển nguồn năng lượng sinh khối nhằm thúc đẩy tăng trưởng xanh", "KOICA",
     "ODA không hoàn lại", "2511/QĐ-UBND", d(2023, 10, 5), "Năng lượng", "Toàn tỉnh", D(14000000)),
    ("DA-2023-10", "Bảo vệ trẻ em và phòng, chống xâm hại trẻ em", "Save the Children",
     "Viện trợ PCPNN", "2790/QĐ-UBND", d(2023, 11, 16), "Bảo trợ xã hội", "Huyện Nghi Xuân", None),
    ("DA-2023-11", "Chương trình phát triển vùng giai đoạn 2024 - 2028", "Tổ chức Tầm nhìn Thế giới (World Vision)",
     "Viện trợ PCPNN", "3102/QĐ-UBND", d(2023, 12, 22), "Phát triển cộng đồng", "Thị xã Kỳ Anh", None),
    ("DA-2024-01", "Học bổng cho học sinh nghèo vượt khó", "Quỹ Hensen",
     "Viện trợ PCPNN", "88/QĐ-UBND", d(2024, 1, 11), "Giáo dục", "Huyện Hương Khê", None),
    ("DA-2024-02", "Xây dựng nhà tránh lũ kết hợp nhà văn hóa cộng đồng", "Tổ chức CRS (Catholic Relief Services)",
     "Viện trợ PCPNN", "702/QĐ-UBND", d(2024, 3, 28), "Giảm nhẹ rủi ro thiên tai", "Huyện Lộc Hà", None),
    ("DA-2024-03", "Chăm sóc sức khỏe cộng đồng vùng biên giới", "Tổ chức AOP",
     "Viện trợ PCPNN", "731/QĐ-UBND", d(2024, 4, 2), "Y tế", "Huyện Hương Sơn", None),
    ("DA-2024-04", "Tăng cường cơ sở vật chất y tế tuyến cơ sở", "Ngân hàng Phát triển châu Á (ADB)",
     "Vốn vay ưu đãi", "1105/QĐ-UBND", d(2024, 5, 14), "Y tế", "Toàn tỉnh", D(4500000)),
    ("DA-2024-05", "Phát triển chuỗi giá trị nông sản bền vững", "Oxfam tại Việt Nam",
     "Viện trợ PCPNN", "1466/QĐ-UBND", d(2024, 6, 20), "Nông nghiệp", "Huyện Vũ Quang", None),
    ("DA-2024-06", "Trường học an toàn, thân thiện", "Plan International",
     "Viện trợ PCPNN", "1599/QĐ-UBND", d(2024, 7, 8), "Giáo dục", "Huyện Thạch Hà", None),
    ("DA-2024-07", "Cấp nước sạch cho các xã ven biển", "World Vision Việt Nam",
     "Viện trợ PCPNN", "2044/QĐ-UBND", d(2024, 8, 29), "Nước sạch và vệ sinh môi trường", "Huyện Cẩm Xuyên", None),
    ("DA-2024-08", "Dinh dưỡng học đường", "Save the Children",
     "Viện trợ PCPNN", "2398/QĐ-UBND", d(2024, 9, 30), "Y tế", "Huyện Đức Thọ", None),
    ("DA-2024-09", "Hệ thống thu gom, xử lý nước thải thành phố Hà Tĩnh (giai đoạn 2)", "JICA (Nhật Bản)",
     "ODA", "2560/QĐ-UBND", d(2024, 10, 17), "Môi trường", "TP Hà Tĩnh", D(8500000)),
    ("DA-2024-10", "Phục hồi rừng ngập mặn ven biển", "Tổ chức Bảo tồn động thực vật hoang dã quốc tế (FFI)",
     "Viện trợ PCPNN", "2877/QĐ-UBND", d(2024, 11, 26), "Môi trường", "Huyện Nghi Xuân", None),
    ("DA-2024-11", "Chương trình phát triển vùng giai đoạn 2025 - 2029", "Tổ chức Tầm nhìn Thế giới (World Vision)",
     "Viện trợ PCPNN", "3150/QĐ-UBND", d(2024, 12, 19), "Phát triển cộng đồng", "Huyện Hương Khê", None),
]


def proj_kind(kind_text):
    return "NGO" if "PCPNN" in kind_text else "ODA"


PROJ_KIND = {p[0]: proj_kind(p[3]) for p in PROJ}
PROJ_DONOR = {p[0]: p[2] for p in PROJ}

# ---- Transactions 2023 (workbook 07, ĐVT: USD); amounts in USD --------------
# (code, date, type, amount_usd, style, note)
TX23 = [
    ("DA-2023-01", d(2023, 1, 18), "Cam kết", D(250000), "num", None),
    ("DA-2023-01", d(2023, 3, 20), "Giải ngân", D(80000), "num", "Đợt 1"),
    ("DA-2023-01", d(2023, 10, 2), "Cam kết", D(50000), "num", "Cam kết bổ sung"),
    ("DA-2023-02", d(2023, 2, 22), "Cam kết", D(3500000), "vn", "Vốn vay"),
    ("DA-2023-03", d(2023, 3, 9), "Cam kết", D("185000.50"), "vn", None),
    ("DA-2023-03", d(2023, 5, 10), "Giải ngân", D(60000), "num", "Đợt 1"),
    ("DA-2023-04", d(2023, 4, 27), "Cam kết", D(120000), "num", None),
    ("DA-2023-05", d(2023, 7, 3), "Cam kết", D(96500), "num", "Sau khi có QĐ phê duyệt"),
    ("DA-2023-05", d(2023, 9, 12), "Giải ngân", D(40000), "num", None),
    ("DA-2023-07", d(2023, 8, 10), "Cam kết", D(310000), "num", None),
    ("DA-2023-08", d(2023, 9, 30), "Cam kết", D(75000), "num", None),
    ("DA-2023-10", d(2023, 11, 16), "Cam kết", D(1250000), "vn", "Dự án 3 năm"),
    ("DA-2023-10", d(2023, 12, 5), "Giải ngân", D(200000), "num", "Đợt 1"),
    ("DA-2023-11", d(2023, 12, 22), "Cam kết", D(450000), "num", None),
]

# ---- Transactions 2024 (workbook 11, Đơn vị: nghìn USD); amounts in USD -----
TX24 = [
    ("DA-2024-01", d(2024, 1, 11), "Cam kết", D(85500), "vn", None),
    ("DA-2023-04", d(2024, 1, 15), "Giải ngân", D(50000), "num", None),
    ("DA-2023-11", d(2024, 2, 5), "Giải ngân", D(150000), "num", "Năm thứ nhất"),
    ("DA-2024-02", d(2024, 3, 28), "Cam kết", D(210000), "num", None),
    ("DA-2024-03", d(2024, 4, 2), "Cam kết", D(64250), "num", None),
    ("DA-2024-04", d(2024, 5, 14), "Cam kết", D(4500000), "num", "Vốn vay ADB"),
    ("DA-2023-07", d(2024, 6, 3), "Cam kết", D(40000), "num", "Cam kết bổ sung"),
    ("DA-2024-05", d(2024, 6, 20), "Cam kết", D(132800), "vn", None),
    ("DA-2024-06", d(2024, 7, 8), "Cam kết", D(98000), "num", None),
    ("DA-2023-03", d(2024, 7, 22), "Giải ngân", D(70000), "num", "Đợt 2"),
    ("DA-2024-07", d(2024, 8, 29), "Cam kết", D(1020500), "vn", None),
    ("DA-2024-08", d(2024, 9, 30), "Cam kết", D(145000), "num", None),
    ("DA-2024-10", d(2024, 11, 26), "Cam kết", D(56750), "vn", None),
    ("DA-2024-02", d(2024, 12, 10), "Giải ngân", D(120000), "num", None),
    ("DA-2024-11", d(2024, 12, 19), "Cam kết", D(500000), "num", None),
]

# ---- Support to Lao provinces --------------------------------------------
# 2023 (workbook 08 sheet "Năm 2023", ĐVT: triệu đồng), grouped by province
# (province, date, date_style, form, content, amount_vnd, style, donor)
LAO23 = [
    ("Bolikhămxay", d(2023, 4, 11), "x", "Tiền mặt", "Quà chúc Tết cổ truyền Bunpimay", D(500000000), "num", "UBND tỉnh Hà Tĩnh"),
    ("Bolikhămxay", d(2023, 6, 27), "x", "Hiện vật", "Tặng 20 bộ máy vi tính cho Văn phòng Tỉnh", D(300000000), "num", "UBND tỉnh Hà Tĩnh"),
    ("Bolikhămxay", d(2023, 10, 13), "long", "Tiền mặt", "Hỗ trợ xây dựng trường tiểu học huyện Khăm Cợt", D(1250500000), "vn", "UBND huyện Hương Sơn"),
    ("Khăm Muộn", d(2023, 4, 12), "x", "Tiền mặt", "Quà chúc Tết cổ truyền Bunpimay", D(500000000), "num", "UBND tỉnh Hà Tĩnh"),
    ("Khăm Muộn", d(2023, 8, 23), "x", "Hiện vật", "Tặng thuốc, trang thiết bị y tế", D(185000000), "num", "Sở Y tế"),
    ("Khăm Muộn", d(2023, 11, 17), "long", "Tiền mặt", "Hỗ trợ khắc phục hậu quả lũ lụt", D(1000000000), "num", "UBND tỉnh Hà Tĩnh"),
    ("Xiêng Khoảng", d(2023, 9, 28), "x", "Hiện vật", "Tặng xi măng, vật liệu xây dựng nhà văn hóa bản", D(420000000), "num", "Liên hiệp các tổ chức hữu nghị tỉnh"),
]
# 2024 (workbook 08 sheet "Năm 2024", Đơn vị tính: đồng), chronological
LAO24 = [
    ("Bolikhămxay", d(2024, 2, 2), "slashpad", "Tiền mặt", "Hỗ trợ xây dựng Bệnh xá quân dân y kết hợp (đợt 1)", D(2500000000), "vn", "UBND tỉnh Hà Tĩnh"),
    ("Khăm Muộn", d(2024, 5, 22), "x", "Hiện vật", "Tặng 30 bộ máy vi tính cho Sở Giáo dục và Thể thao", D(450000000), "vn", "Sở Giáo dục và Đào tạo"),
    ("Savannakhet", d(2024, 6, 27), "x", "Tiền mặt", "Hỗ trợ xây dựng nhà văn hóa hữu nghị", D(300000000), "num", "UBND tỉnh Hà Tĩnh"),
    ("Bolikhămxay", d(2024, 7, 25), "slashpad", "Hiện vật", "Tặng 01 xe cứu thương", D(1150000000), "vn", "Bộ Chỉ huy Quân sự tỉnh"),
    ("Xiêng Khoảng", d(2024, 10, 1), "x", "Tiền mặt", "Hỗ trợ khắc phục thiệt hại do bão", D(200000000), "vn", "Liên hiệp các tổ chức hữu nghị tỉnh"),
    ("Bolikhămxay (huyện Pạc Xăn)", d(2024, 12, 27), "slashpad", "Tiền mặt", "Quà năm mới cho huyện kết nghĩa", D(120500000), "vn", "UBND thị xã Kỳ Anh"),
]
# Tết Bunpimay 2024 gifts (workbook 12, header "Kinh phí (triệu đồng)")
# (receiver, province, form, content, amount_vnd, style, date)
BUNPIMAY24 = [
    ("Chính quyền tỉnh Bolikhămxay", "Bolikhămxay", "Tiền mặt", "Quà chúc Tết Bunpimay", D(500000000), "num", d(2024, 4, 10)),
    ("Bộ Chỉ huy quân sự tỉnh Bolikhămxay", "Bolikhămxay", "Hiện vật", "Tặng 10 tấn gạo", D(150000000), "num", d(2024, 4, 10)),
    ("Chính quyền tỉnh Khăm Muộn", "Khăm Muộn", "Tiền mặt", "Quà chúc Tết Bunpimay", D(500000000), "num", d(2024, 4, 11)),
    ("Trường Cao đẳng Sư phạm Khăm Muộn", "Khăm Muộn", "Hiện vật", "Tặng 15 bộ máy vi tính", D(225500000), "vn", d(2024, 4, 11)),
    ("Sở Ngoại vụ tỉnh Bolikhămxay", "Bolikhămxay", "Tiền mặt", "Quà chúc Tết", D(50000000), "num", d(2024, 4, 12)),
]

# ---- Lao students ------------------------------------------------------------
LAO_PROV = ["Bolikhămxay", "Khăm Muộn", "Savannakhet", "Xiêng Khoảng", "Thủ đô Viêng Chăn", "Hủa Phăn"]
LHS_WIDE_DATE = d(2023, 12, 31)
LHS_WIDE = [  # school, counts per LAO_PROV
    ("Trường Đại học Hà Tĩnh", [310, 245, 88, 40, 22, 15]),
    ("Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh", [96, 74, 20, 8, 0, 5]),
    ("Trường Cao đẳng Y tế Hà Tĩnh", [35, 28, 6, 0, 3, 0]),
    ("Trường Cao đẳng Nguyễn Du", [22, 19, 0, 4, 0, 0]),
    ("Trường Chính trị Trần Phú", [12, 10, 6, 0, 0, 0]),
    ("Trường Trung cấp Nghề Hà Tĩnh", [14, 9, 0, 0, 0, 0]),
]
# long format (workbook 10): (count date, [(school, total, female)])
LHS_LONG = [
    (d(2023, 9, 30), [("Trường Đại học Hà Tĩnh", 650, 301), ("Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh", 190, 42),
                      ("Trường Cao đẳng Y tế Hà Tĩnh", 70, 51), ("Trường Cao đẳng Nguyễn Du", 41, 20)]),
    (d(2024, 6, 30), [("Trường Đại học Hà Tĩnh", 742, 350), ("Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh", 215, 47),
                      ("Trường Cao đẳng Y tế Hà Tĩnh", 80, 58), ("Trường Cao đẳng Nguyễn Du", 47, 22),
                      ("Trường Chính trị Trần Phú", 30, 9)]),
    (d(2024, 12, 31), [("Trường Đại học Hà Tĩnh", 705, 333), ("Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh", 228, 51),
                       ("Trường Cao đẳng Y tế Hà Tĩnh", 76, 55), ("Trường Cao đẳng Nguyễn Du", 52, 25),
                       ("Trường Trung cấp Nghề Hà Tĩnh", 25, 4)]),
]

ROMAN = ["I", "II", "III", "IV"]


def quarter(x):
    return (x.month - 1) // 3 + 1


# ============================================================================
# WORKBOOKS
# ============================================================================

def wb01():
    """Đoàn ra + Đoàn vào 2023 in one workbook."""
    fname = "DS doan ra - doan vao 2023.xlsx"
    wb = Workbook()
    # ---------------- sheet Đoàn ra
    s = SheetW(wb, fname, "Đoàn ra", 11, first=True,
               widths=[6, 28, 24, 9, 14, 34, 12, 12, 40, 18, 20])
    title_block_2sides(s, "UBND TỈNH HÀ TĨNH", "SỞ NGOẠI VỤ", 11, 4)
    s.blank()
    s.pre(["DANH SÁCH ĐOÀN RA NĂM 2023"], font=BIG, merge=[(0, 10)])
    s.pre(["(Kèm theo Báo cáo số 15/BC-SNgV ngày 10/01/2024 của Sở Ngoại vụ)"], font=ITAL, merge=[(0, 10)])
    s.blank()
    s.header([
        ["STT", "Cơ quan/đơn vị cử đoàn", "Thành phần đoàn", None, "Nước đến", "Đối tác / Cơ quan mời",
         "Thời gian", None, "Nội dung / Mục đích", "Kinh phí", "Ghi chú"],
        [None, None, "Trưởng đoàn (chức vụ)", "Số người", None, None, "Đi", "Về", None, None, None],
    ], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 0, 7),
               (0, 8, 1, 8), (0, 9, 1, 9), (0, 10, 1, 10)])
    s.struct([f"({i})" for i in range(1, 12)], font=ITAL, align=CENTER)
    sections = {"I": "ĐOÀN CẤP TỈNH", "II": "ĐOÀN CÁC SỞ, NGÀNH, ĐỊA PHƯƠNG"}
    total_n = 0
    total_p = 0
    for sec, title in sections.items():
        s.struct([sec, title], font=BOLD)
        rows = [x for x in OUT23 if x[0] == sec]
        stt = 0
        run_unit, run_start = None, None
        unit_rows = []
        for (_, unit, leader, n, pst, country, partner, go, back, purpose, fund) in rows:
            stt += 1
            show_unit = unit if unit != run_unit else None
            r = s.data([stt, show_unit, leader, persons(n, pst), country, partner, go, back, purpose, fund, None],
                       "outbound", dict(first=go, n=n, country=country, unit=unit))
            unit_rows.append((unit, r))
            run_unit = unit
        # vertical merge of consecutive equal units
        i = 0
        while i < len(unit_rows):
            j = i
            while j + 1 < len(unit_rows) and unit_rows[j + 1][0] == unit_rows[i][0]:
                j += 1
            s.vmerge(1, unit_rows[i][1], unit_rows[j][1])
            i = j + 1
        n_sec = len(rows)
        p_sec = sum(x[3] for x in rows)
        total_n += n_sec
        total_p += p_sec
        s.struct([None, f"Cộng: {n_sec} đoàn", None, p_sec], font=BOLD)
    s.struct([None, f"TỔNG CỘNG: {total_n} đoàn", None, total_p], font=BOLD)
    s.blank()
    s.struct([None, "Ghi chú: Số người bao gồm cả Trưởng đoàn; thời gian tính theo ngày xuất cảnh, nhập cảnh."],
             font=ITAL, box=False, merge=[(1, 8)])
    s.signature("Hà Tĩnh, ngày 10 tháng 01 năm 2024", "NGƯỜI LẬP BIỂU", "KT. GIÁM ĐỐC",
                ["Nguyễn Thị Thanh Hà", "Lê Quốc Khánh"], 8, extra_right="PHÓ GIÁM ĐỐC")
    assert total_n == len(OUT23)

    # ---------------- sheet Đoàn vào
    s = SheetW(wb, fname, "Đoàn vào", 8, widths=[6, 44, 14, 12, 22, 40, 30, 28])
    s.pre(["SỞ NGOẠI VỤ HÀ TĨNH"], align=Alignment(horizontal="left"))
    s.pre(["DANH SÁCH ĐOÀN VÀO NĂM 2023"], font=BIG, merge=[(0, 7)])
    s.pre(["(Đoàn khách nước ngoài đến thăm, làm việc tại tỉnh)"], font=ITAL, merge=[(0, 7)])
    s.header([["STT", "Tên đoàn", "Quốc gia", "Số lượng khách", "Thời gian làm việc", "Nội dung làm việc",
               "Cơ quan đón tiếp", "Ghi chú"]])
    stt = 0
    tot_n = tot_v = 0
    for q in range(1, 5):
        s.struct([ROMAN[q - 1], f"QUÝ {ROMAN[q - 1]}"], font=BOLD)
        rows = [x for x in IN23 if quarter(x[4]) == q and x[4].year == 2023]
        if not rows:
            s.struct([None, "(Không phát sinh đoàn vào trong quý)"], font=ITAL)
        for (name, country, n, pst, a, b, dst, content, host, note) in rows:
            stt += 1
            s.data([stt, name, country, persons(n, pst), dcell(a, b, dst), content, host, note],
                   "inbound", dict(first=a, n=n, country=country))
        s.struct([None, f"Cộng quý {ROMAN[q - 1]}: {len(rows)} đoàn", None, sum(x[2] for x in rows)], font=BOLD)
        tot_n += len(rows)
        tot_v += sum(x[2] for x in rows)
    s.struct([None, "Tổng cộng", None, tot_v, None, None, None, f"{tot_n} đoàn"], font=BOLD)
    assert tot_n == len(IN23)
    wb.save(os.path.join(WBDIR, fname))


def wb02():
    """Đoàn ra 2024, one sheet per quarter + formula summary sheet."""
    fname = "Doan ra 2024 (theo quy).xlsx"
    wb = Workbook()
    date_style = {1: "slash", 2: "slashpad", 3: "slash", 4: "dot"}
    summary_refs = {}
    for q in range(1, 5):
        s = SheetW(wb, fname, f"Quý {ROMAN[q - 1]}", 11, first=(q == 1),
                   widths=[6, 30, 24, 10, 6, 14, 36, 12, 12, 40, 16])
        s.pre(["SỞ NGOẠI VỤ HÀ TĨNH"], align=Alignment(horizontal="left"))
        s.pre([f"DANH SÁCH ĐOÀN RA QUÝ {ROMAN[q - 1]} NĂM 2024"], font=BIG, merge=[(0, 10)])
        s.pre(["Đơn vị tính kinh phí: đồng"], font=ITAL, align=Alignment(horizontal="right"), merge=[(0, 10)])
        s.blank()
        s.header([["STT", "Cơ quan, đơn vị", "Trưởng đoàn", "Số lượng", "kt", "Nước đến", "Cơ quan mời",
                   "Từ ngày", "Đến ngày", "Mục đích chuyến đi", "Kinh phí"]])
        s.hide(4)
        rows = [x for x in OUT24 if quarter(x[7]) == q]
        first = s.r
        if not rows:
            s.struct([None, f"Trong quý {ROMAN[q - 1]}/2024 không phát sinh đoàn ra."], font=ITAL)
        for i, (unit, leader, n, pst, junk, country, partner, go, back, purpose, cost) in enumerate(rows, 1):
            cost_cell = money(cost, 1, "vn" if i % 2 else "num") if isinstance(cost, D) else cost
            s.data([i, unit, leader, persons(n, pst), junk, country, partner,
                    dcell(go, None, date_style[q]), dcell(back, None, date_style[q]), purpose, cost_cell],
                   "outbound", dict(first=go, n=n, country=country, unit=unit))
        last = max(first, s.r - 1)
        cong = s.struct([None, f"Cộng: {len(rows)} đoàn", None, sum(x[2] for x in rows)], font=BOLD)
        summary_refs[q] = (s.name, first, last, cong)
        if rows:
            s.blank()
            s.struct([None, None, None, None, None, None, None, "Hà Tĩnh, ngày 05 tháng "
                      f"{q * 3 + 1 if q < 4 else 1:02d} năm {2024 if q < 4 else 2025}"],
                     font=ITAL, box=False, merge=[(7, 10)])
            s.struct([None, "NGƯỜI LẬP BIỂU", None, None, None, None, None, "TRƯỞNG PHÒNG"],
                     font=BOLD, box=False, merge=[(7, 10)])
    # summary sheet made only of formulas
    s = SheetW(wb, fname, "Tổng hợp", 4, widths=[16, 12, 12, 30])
    s.pre(["TỔNG HỢP ĐOÀN RA NĂM 2024"], font=BIG, merge=[(0, 3)])
    s.header([["Quý", "Số đoàn", "Số người", "Ghi chú"]])
    top = s.r
    for q in range(1, 5):
        name, first, last, cong = summary_refs[q]
        s.struct([f"Quý {ROMAN[q - 1]}", f"=COUNT('{name}'!A{first}:A{last})", f"='{name}'!D{cong}"])
    s.struct(["Cả năm", f"=SUM(B{top}:B{top + 3})", f"=SUM(C{top}:C{top + 3})"], font=BOLD)
    wb.save(os.path.join(WBDIR, fname))


def wb03():
    """Đoàn vào 2024: month sections, upper-case multi-line headers with colons."""
    fname = "Đoàn vào năm 2024.xlsx"
    wb = Workbook()
    s = SheetW(wb, fname, "DV2024", 8, first=True, widths=[6, 44, 12, 9, 20, 40, 30, 26])
    title_block_2sides(s, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "SỞ NGOẠI VỤ", 8, 3)
    s.blank()
    s.pre(["TỔNG HỢP ĐOÀN KHÁCH QUỐC TẾ ĐẾN THĂM VÀ LÀM VIỆC TẠI HÀ TĨNH NĂM 2024"], font=BIG, merge=[(0, 7)])
    s.pre(["(Không bao gồm đoàn của các cơ quan đại diện ngoại giao, tổ chức quốc tế tại Việt Nam)"],
          font=ITAL, merge=[(0, 7)])
    s.blank()
    s.header([["STT", "TÊN ĐOÀN /\nĐOÀN KHÁCH:", "QUỐC\nGIA", "SỐ\nKHÁCH", "THỜI GIAN\nLÀM VIỆC:",
               "NỘI DUNG\nLÀM VIỆC", "CƠ QUAN\nĐÓN TIẾP", "GHI CHÚ"]])
    stt = 0
    for m in range(1, 13):
        rows = [x for x in IN24 if x[4].month == m]
        if not rows:
            continue
        s.struct([None, f"Tháng {m}"], font=BOLD)
        for (name, country, n, pst, a, b, dst, content, host, note) in rows:
            stt += 1
            s.data([stt, name, country, persons(n, pst), dcell(a, b, dst), content, host, note],
                   "inbound", dict(first=a, n=n, country=country))
    s.struct([None, f"Tổng cộng: {len(IN24)} đoàn", None, sum(x[2] for x in IN24)], font=BOLD)
    s.blank()
    s.struct([None, "Ghi chú: Đoàn có thời gian làm việc kéo dài sang tháng sau được ghi theo tháng đến."],
             font=ITAL, box=False, merge=[(1, 6)])
    s.signature("Hà Tĩnh, ngày 08 tháng 01 năm 2025", "NGƯỜI LẬP BIỂU", "GIÁM ĐỐC",
                ["Phạm Thị Thu Trang", "Lê Quốc Khánh"], 5)
    wb.save(os.path.join(WBDIR, fname))


def wb04():
    """International conferences 2023 and 2024 in one sheet, table starting at column B,
    second year pasted below with its own title and repeated header."""
    fname = "HNHT quoc te 2023-2024.xlsx"
    wb = Workbook()
    s = SheetW(wb, fname, "HNHT", 8, first=True, col0=2, widths=[6, 50, 22, 28, 28, 36, 12, 18])
    s.ws.column_dimensions["A"].width = 3
    s.pre(["SỞ NGOẠI VỤ HÀ TĨNH"], align=Alignment(horizontal="left"))
    s.pre(["DANH SÁCH HỘI NGHỊ, HỘI THẢO QUỐC TẾ TỔ CHỨC TRÊN ĐỊA BÀN TỈNH"], font=BIG, merge=[(0, 7)])
    s.pre(["NĂM 2023"], font=BOLD, merge=[(0, 7)])
    hdr = ["STT", "Tên hội nghị/hội thảo", "Thời gian tổ chức", "Địa điểm", "Đơn vị tổ chức",
           "Đối tác nước ngoài", "Số đại biểu nước ngoài", "Ghi chú"]
    s.header([hdr])
    s.struct([str(i) for i in range(1, 9)], font=ITAL, align=CENTER)
    grand = 0
    for year in (2023, 2024):
        if year == 2024:
            s.blank(2)
            s.struct(["NĂM 2024"], font=BOLD, box=False, merge=[(0, 7)], align=CENTER)
            s.header([hdr])
        rows = [x for x in CONF if x[1].year == year]
        for i, (name, a, b, dst, place, org, partner, nf) in enumerate(rows, 1):
            s.data([i, name, dcell(a, b, dst), place, org, partner, nf, None],
                   "conf", dict(first=a, n=nf))
        s.struct([None, f"Cộng năm {year}: {len(rows)} hội nghị, hội thảo", None, None, None, None,
                  sum(x[7] for x in rows)], font=BOLD)
        grand += len(rows)
    s.struct([None, f"Tổng cộng (2023 - 2024): {grand} hội nghị, hội thảo", None, None, None, None,
              sum(x[7] for x in CONF)], font=BOLD)
    assert grand == len(CONF)
    s.blank()
    s.struct([None, "Ghi chú: Chỉ thống kê các hội nghị, hội thảo quốc tế được UBND tỉnh cho phép tổ chức "
              "theo Quyết định số 06/2020/QĐ-TTg."], font=ITAL, box=False, merge=[(1, 7)])
    wb.save(os.path.join(WBDIR, fname))


def wb05():
    """International agreements: header on row 1, no title, filter + frozen pane."""
    fname = "Thoa thuan quoc te.xlsx"
    wb = Workbook()
    s = SheetW(wb, fname, "Sheet1", 9, first=True, widths=[5, 46, 13, 28, 40, 13, 14, 14, 20])
    s.header([["TT", "Tên thỏa thuận", "Ngày ký", "Bên ký phía Việt Nam", "Bên ký phía nước ngoài",
               "Quốc gia", "Cấp ký", "Thời hạn", "Ghi chú"]])
    s.ws.freeze_panes = "A2"
    for i, (name, signed, st, vn, fo, country, level, term) in enumerate(AGR, 1):
        s.data([i, name, dcell(signed, None, st), vn, fo, country, level, term,
                "Bản gốc lưu tại đơn vị" if i % 4 == 0 else None],
               "agree", dict(first=signed, country=country))
    s.ws.auto_filter.ref = f"A1:I{s.r - 1}"
    s.blank()
    s.struct([None, f"Tổng số: {len(AGR)} thỏa thuận"], font=BOLD, box=False)
    s.struct([None, "Ghi chú: Cấp ký theo Luật Thỏa thuận quốc tế năm 2020; thời hạn tính từ ngày ký."],
             font=ITAL, box=False)
    wb.save(os.path.join(WBDIR, fname))


def wb06():
    """Consular cases, one sheet per year, grouped two-row header, integer column numbers,
    hidden helper column, birth date column before the receipt date."""
    fname = "BHCD_lanh su 2023_2024.xlsx"
    wb = Workbook()
    for year, rows in ((2023, CONS23), (2024, CONS24)):
        s = SheetW(wb, fname, f"Năm {year}", 11, first=(year == 2023),
                   widths=[5, 22, 12, 7, 30, 12, 18, 36, 13, 34, 8])
        s.pre(["UBND TỈNH HÀ TĨNH"], merge=[(0, 3)])
        s.pre(["SỞ NGOẠI VỤ"], merge=[(0, 3)])
        s.pre([f"DANH SÁCH CÁC VỤ VIỆC LÃNH SỰ, BẢO HỘ CÔNG DÂN NĂM {year}"], font=BIG, merge=[(0, 9)])
        s.blank()
        s.header([
            ["STT", "Thông tin công dân", None, None, None, None, "Vụ việc", None, None, "Kết quả xử lý", "cột phụ"],
            [None, "Họ và tên", "Ngày sinh", "Giới tính", "Quê quán", "Số hộ chiếu",
             "Quốc gia /\nNước xảy ra vụ việc", "Nội dung vụ việc", "Ngày tiếp nhận", None, None],
        ], merges=[(0, 0, 1, 0), (0, 1, 0, 5), (0, 6, 0, 8), (0, 9, 1, 9), (0, 10, 1, 10)])
        s.struct(list(range(1, 11)), font=ITAL, align=CENTER)
        s.hide(10)
        for i, (name, dob, sex, home, pp, country, case, recv, result, junk) in enumerate(rows, 1):
            if year == 2023:
                dob_cell, recv_cell = dob, recv
            else:
                dob_cell, recv_cell = ds(dob), dcell(recv, None, CONS24_STYLE[i - 1])
            s.data([i, name, dob_cell, sex, home, pp, country, case, recv_cell, result, junk],
                   "consular", dict(first=recv, country=country))
        s.struct([None, f"Tổng số: {len(rows)} vụ việc"], font=BOLD)
        s.blank()
        s.struct([None, "Ghi chú: Thông tin cá nhân của công dân chỉ sử dụng trong nội bộ cơ quan."],
                 font=ITAL, box=False, merge=[(1, 7)])
        s.signature(f"Hà Tĩnh, ngày 15 tháng 01 năm {year + 1}", "NGƯỜI LẬP BIỂU", "GIÁM ĐỐC",
                    ["Trần Thị Minh Nguyệt", "Lê Quốc Khánh"], 7)
    wb.save(os.path.join(WBDIR, fname))


def committed_total(code):
    return sum(t[3] for t in TX23 + TX24 if t[0] == code and t[2] == "Cam kết")


def wb07():
    """Project list (NGO + ODA sections) and 2023 transactions (ĐVT: USD)."""
    fname = "Du an PCPNN - ODA.xlsx"
    wb = Workbook()
    s = SheetW(wb, fname, "Danh mục dự án", 10, first=True,
               widths=[6, 12, 48, 36, 18, 14, 14, 24, 26, 16])
    s.pre(["SỞ NGOẠI VỤ HÀ TĨNH"], align=Alignment(horizontal="left"))
    s.pre(["DANH MỤC CHƯƠNG TRÌNH, DỰ ÁN VIỆN TRỢ ĐƯỢC PHÊ DUYỆT, TIẾP NHẬN NĂM 2023 - 2024"], font=BIG,
          merge=[(0, 9)])
    s.pre(["ĐVT: USD"], font=ITAL, align=Alignment(horizontal="right"), merge=[(0, 9)])
    s.header([["STT", "Mã dự án", "Tên dự án", "Nhà tài trợ", "Loại viện trợ /\nNguồn vốn", "Số QĐ phê duyệt",
               "Ngày phê duyệt", "Lĩnh vực", "Địa bàn", "Tổng vốn (USD)"]])
    for sec, title, kind in (("I", "DỰ ÁN VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI (PCPNN)", "NGO"),
                             ("II", "DỰ ÁN SỬ DỤNG VỐN ODA VÀ VỐN VAY ƯU ĐÃI", "ODA")):
        s.struct([sec, title], font=BOLD, merge=[(1, 9)])
        rows = [p for p in PROJ if proj_kind(p[3]) == kind]
        tot = D(0)
        for i, (code, name, donor, ktext, qd, appr, field, area, oda_total) in enumerate(rows, 1):
            total = oda_total if kind == "ODA" else committed_total(code)
            tot += total
            s.data([i, code, name, donor, ktext, qd, ds(appr), field, area, money(total, 1, "num")],
                   "projects", dict(first=appr, code=code, kind=kind))
        s.struct([None, f"Cộng ({sec}): {len(rows)} dự án", None, None, None, None, None, None, None,
                  money(tot, 1, "num")], font=BOLD)
    s.blank()
    s.struct([None, "Ghi chú: Tổng vốn của dự án PCPNN là tổng giá trị cam kết đến 31/12/2024; "
              "dự án ODA là tổng mức đầu tư phần vốn nước ngoài."], font=ITAL, box=False, merge=[(1, 9)])

    # transactions 2023
    s = SheetW(wb, fname, "Cam kết - Giải ngân 2023", 8, widths=[6, 14, 13, 14, 40, 16, 10, 26])
    s.pre(["THEO DÕI CAM KẾT, GIẢI NGÂN VIỆN TRỢ NĂM 2023"], font=BIG, merge=[(0, 7)])
    s.pre(["ĐVT: USD"], font=ITAL, align=Alignment(horizontal="right"), merge=[(0, 7)])
    s.header([["STT", "Mã dự án", "Ngày", "Loại giao dịch", "Bên cấp vốn", "Số tiền", "Loại tiền", "Ghi chú"]])
    groups = []
    prev = None
    for i, (code, day, typ, amt, st, note) in enumerate(TX23, 1):
        r = s.data([i, code if code != prev else None, day, typ, PROJ_DONOR[code], money(amt, 1, st), "USD", note],
                   "tx", dict(first=day, code=code, type=typ, usd=amt))
        if code != prev:
            groups.append([r, r])
        else:
            groups[-1][1] = r
        prev = code
    for r1, r2 in groups:
        s.vmerge(1, r1, r2)
    ck = sum(t[3] for t in TX23 if t[2] == "Cam kết")
    gn = sum(t[3] for t in TX23 if t[2] == "Giải ngân")
    s.struct([None, "Tổng cam kết", None, None, None, money(ck, 1, "vn"), "USD"], font=BOLD)
    s.struct([None, "Tổng giải ngân", None, None, None, money(gn, 1, "num"), "USD"], font=BOLD)
    wb.save(os.path.join(WBDIR, fname))


def wb08():
    """Support to Lao provinces: 2023 sheet in triệu đồng (unit line), grouped by province
    with subtotals and merged donor cells; 2024 sheet in đồng, table starting at column B."""
    fname = "Ho tro tinh ban Lao 2023-2024.xlsx"
    wb = Workbook()
    s = SheetW(wb, fname, "Năm 2023", 7, first=True, widths=[6, 26, 16, 12, 46, 14, 32])
    s.pre(["UBND TỈNH HÀ TĨNH"], merge=[(0, 2)])
    s.pre(["SỞ NGOẠI VỤ"], merge=[(0, 2)])
    s.pre(["TỔNG HỢP KINH PHÍ, HIỆN VẬT HỖ TRỢ CÁC TỈNH BẠN LÀO NĂM 2023"], font=BIG, merge=[(0, 6)])
    s.pre(["ĐVT: triệu đồng"], font=ITAL, align=Alignment(horizontal="right"), merge=[(0, 6)])
    s.header([["STT", "Ngày trao", "Tỉnh bạn", "Hình thức", "Nội dung", "Giá trị", "Đơn vị tặng"]])
    stt = 0
    grand = D(0)
    for k, prov in enumerate(["Bolikhămxay", "Khăm Muộn", "Xiêng Khoảng"], 1):
        s.struct(["ABC"[k - 1], f"Tỉnh {prov}"], font=BOLD)
        rows = [x for x in LAO23 if x[0] == prov]
        donor_rows = []
        for (p, day, dst, form, content, amt, st, donor) in rows:
            stt += 1
            show = donor if not donor_rows or donor_rows[-1][0] != donor else None
            r = s.data([stt, dcell(day, None, dst), p, form, content, money(amt, 10 ** 6, st), show],
                       "lao_support", dict(first=day, vnd=amt, province=p))
            donor_rows.append((donor, r))
        i = 0
        while i < len(donor_rows):
            j = i
            while j + 1 < len(donor_rows) and donor_rows[j + 1][0] == donor_rows[i][0]:
                j += 1
            s.vmerge(6, donor_rows[i][1], donor_rows[j][1])
            i = j + 1
        sub = sum(x[5] for x in rows)
        grand += sub
        s.struct([None, f"Cộng tỉnh {prov}", None, None, None, money(sub, 10 ** 6, "num")], font=BOLD)
    s.struct([None, "TỔNG CỘNG", None, None, None, money(grand, 10 ** 6, "num")], font=BOLD)
    assert stt == len(LAO23)
    s.signature("Hà Tĩnh, ngày 12 tháng 01 năm 2024", "NGƯỜI LẬP BIỂU", "GIÁM ĐỐC",
                ["Võ Thị Kim Oanh", "Lê Quốc Khánh"], 4)

    s = SheetW(wb, fname, "Năm 2024", 8, col0=2, widths=[6, 30, 46, 12, 18, 13, 32, 18])
    s.ws.column_dimensions["A"].width = 3
    s.pre(["TỔNG HỢP HỖ TRỢ CÁC TỈNH BẠN LÀO NĂM 2024"], font=BIG, merge=[(0, 7)])
    s.pre(["(Không bao gồm quà tặng dịp Tết Bunpimay - có danh sách riêng)"], font=ITAL, merge=[(0, 7)])
    s.pre(["(Đơn vị tính: đồng)"], font=ITAL, align=Alignment(horizontal="right"), merge=[(0, 7)])
    s.header([["STT", "Tỉnh bạn / Đơn vị nhận", "Nội dung", "Hình thức", "Giá trị", "Thời gian",
               "Đơn vị tặng", "Ghi chú"]])
    for i, (p, day, dst, form, content, amt, st, donor) in enumerate(LAO24, 1):
        s.data([i, p, content, form, money(amt, 1, st), dcell(day, None, dst), donor,
                "Đã bàn giao" if form == "Hiện vật" else None],
               "lao_support", dict(first=day, vnd=amt, province=p))
    s.struct([None, "Tổng cộng", None, None, money(sum(x[5] for x in LAO24), 1, "vn")], font=BOLD)
    wb.save(os.path.join(WBDIR, fname))


def wb12():
    """Bunpimay 2024 gift list: the unit is inside the header 'Kinh phí (triệu đồng)'."""
    fname = "Qua Tet Bunpimay 2024.xlsx"
    wb = Workbook()
    s = SheetW(wb, fname, "Danh sách", 7, first=True, widths=[5, 36, 14, 12, 30, 14, 12])
    s.pre(["DANH SÁCH QUÀ TẶNG CÁC TỈNH BẠN LÀO NHÂN DỊP TẾT CỔ TRUYỀN BUNPIMAY 2024"], font=BIG, merge=[(0, 6)])
    s.pre(["(Đoàn công tác do đồng chí Bí thư Tỉnh ủy làm Trưởng đoàn, từ 10 - 13/4/2024)"], font=ITAL,
          merge=[(0, 6)])
    s.header([["TT", "Đơn vị nhận", "Tỉnh", "Hình thức", "Nội dung", "Kinh phí\n(triệu đồng)", "Ngày trao"]])
    for i, (recv, prov, form, content, amt, st, day) in enumerate(BUNPIMAY24, 1):
        s.data([i, recv, prov, form, content, money(amt, 10 ** 6, st), ds(day, pad=False)],
               "lao_support", dict(first=day, vnd=amt, province=prov))
    tot = sum(x[4] for x in BUNPIMAY24)
    s.struct([None, "Tổng cộng", None, None, None, money(tot, 10 ** 6, "num")], font=BOLD)
    s.struct([None, "Bằng chữ: Một tỷ bốn trăm hai mươi lăm triệu năm trăm nghìn đồng."], font=ITAL, box=False,
             merge=[(1, 6)])
    assert tot == D(1425500000)
    s.signature("Hà Tĩnh, ngày 15 tháng 4 năm 2024", "NGƯỜI LẬP", "CHÁNH VĂN PHÒNG",
                ["Hoàng Văn Lực", "Nguyễn Minh Đức"], 4)
    wb.save(os.path.join(WBDIR, fname))


def wb09():
    """Lao students: wide table, one column per Lao province under merged 'Tỉnh của Lào',
    count date only in the title."""
    fname = "LHS Lao 31.12.2023.xlsx"
    wb = Workbook()
    n = 2 + len(LAO_PROV) + 2
    s = SheetW(wb, fname, "LHS", n, first=True, widths=[5, 42] + [13] * len(LAO_PROV) + [9, 20])
    s.pre(["UBND TỈNH HÀ TĨNH"], merge=[(0, 1)])
    s.pre(["SỞ NGOẠI VỤ"], merge=[(0, 1)])
    s.pre(["TỔNG HỢP SỐ LƯỢNG LƯU HỌC SINH LÀO ĐANG HỌC TẬP TẠI CÁC CƠ SỞ ĐÀO TẠO TRÊN ĐỊA BÀN TỈNH"],
          font=BIG, merge=[(0, n - 1)])
    s.pre([f"(Số liệu tính đến ngày {ds(LHS_WIDE_DATE, pad=False)})"], font=ITAL, merge=[(0, n - 1)])
    s.blank()
    h1 = ["STT", "Trường / Cơ sở đào tạo", "Tỉnh của Lào"] + [None] * (len(LAO_PROV) - 1) + ["Tổng", "Ghi chú"]
    h2 = [None, None] + LAO_PROV + [None, None]
    k = len(LAO_PROV)
    s.header([h1, h2], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + k), (0, 2 + k, 1, 2 + k),
                               (0, 3 + k, 1, 3 + k)])
    col_tot = [0] * k
    for i, (school, counts) in enumerate(LHS_WIDE, 1):
        cells = [c if c else "-" for c in counts]
        s.data([i, school] + cells + [sum(counts), "Hệ chính quy" if i == 1 else None],
               "lao_students", dict(first=LHS_WIDE_DATE, n=sum(counts), school=school))
        col_tot = [a + b for a, b in zip(col_tot, counts)]
    s.struct([None, "Tổng cộng"] + col_tot + [sum(col_tot)], font=BOLD)
    s.blank()
    s.struct([None, "Ghi chú: Số liệu do các cơ sở đào tạo báo cáo; bao gồm cả học viên học tiếng Việt dự bị."],
             font=ITAL, box=False, merge=[(1, n - 1)])
    s.signature("Hà Tĩnh, ngày 05 tháng 01 năm 2024", "NGƯỜI TỔNG HỢP", "GIÁM ĐỐC",
                ["Nguyễn Thị Thanh Hà", "Lê Quốc Khánh"], 6)
    wb.save(os.path.join(WBDIR, fname))


def wb10():
    """Lao students: long format, one row per school and count date, 'Ngày thống kê' column,
    a 'Trong đó: nữ' sub-count, date sections with subtotals."""
    fname = "Thong ke LHS Lao theo dot.xlsx"
    wb = Workbook()
    s = SheetW(wb, fname, "Thống kê", 6, first=True, widths=[6, 14, 44, 12, 12, 24])
    s.pre(["SỞ NGOẠI VỤ HÀ TĨNH - PHÒNG HỢP TÁC QUỐC TẾ"], align=Alignment(horizontal="left"))
    s.pre(["THEO DÕI SỐ LƯỢNG LƯU HỌC SINH LÀO THEO CÁC ĐỢT THỐNG KÊ"], font=BIG, merge=[(0, 5)])
    s.header([["STT", "Ngày thống kê", "Cơ sở đào tạo", "Số LHS Lào", "Trong đó:\nnữ", "Ghi chú"]])
    stt = 0
    for k, (day, rows) in enumerate(LHS_LONG, 1):
        s.struct([None, f"Đợt {k}: tính đến {ds(day, pad=False)}"], font=BOLD, merge=[(1, 5)])
        for (school, tot, fem) in rows:
            stt += 1
            s.data([stt, day, school, tot, fem, None],
                   "lao_students", dict(first=day, n=tot, school=school))
        s.struct([None, None, f"Cộng đợt {k}", sum(r[1] for r in rows), sum(r[2] for r in rows)], font=BOLD)
    wb.save(os.path.join(WBDIR, fname))


def wb11():
    """2024 commitment/disbursement transactions, unit line '(Đơn vị: nghìn USD)',
    one sheet per half-year, different column order than the 2023 sheet."""
    fname = "Cam ket giai ngan 2024.xlsx"
    wb = Workbook()
    for h, (lo, hi) in enumerate(((1, 6), (7, 12)), 1):
        name = "6 tháng đầu năm" if h == 1 else "6 tháng cuối năm"
        s = SheetW(wb, fname, name, 8, first=(h == 1), widths=[6, 13, 13, 40, 14, 12, 10, 24])
        s.pre(["SỞ NGOẠI VỤ HÀ TĨNH"], align=Alignment(horizontal="left"))
        s.pre([f"GIÁ TRỊ CAM KẾT, GIẢI NGÂN VIỆN TRỢ {name.upper()} 2024"], font=BIG, merge=[(0, 7)])
        s.pre(["(Đơn vị: nghìn USD)"], font=ITAL, align=Alignment(horizontal="right"), merge=[(0, 7)])
        s.header([["STT", "Ngày giao dịch", "Mã DA", "Nhà tài trợ / Bên cấp vốn", "Loại giao dịch",
                   "Số tiền", "Loại tiền", "Ghi chú"]])
        rows = [t for t in TX24 if lo <= t[1].month <= hi]
        for i, (code, day, typ, amt, st, note) in enumerate(rows, 1):
            s.data([i, ds(day), code, PROJ_DONOR[code], typ, money(amt, 1000, st), "USD", note],
                   "tx", dict(first=day, code=code, type=typ, usd=amt))
        ck = sum(t[3] for t in rows if t[2] == "Cam kết")
        gn = sum(t[3] for t in rows if t[2] == "Giải ngân")
        s.struct([None, None, None, "Cộng cam kết", None, money(ck, 1000, "num")], font=BOLD)
        s.struct([None, None, None, "Cộng giải ngân", None, money(gn, 1000, "num")], font=BOLD)
    wb.save(os.path.join(WBDIR, fname))


# ============================================================================
# EXPECTED FIGURES
# ============================================================================

PERIOD_SUFFIX = ["", "-H1", "-H2", "-Q1", "-Q2", "-Q3", "-Q4", "-9M"]


def in_period(day, period):
    y = int(period[:4])
    if day.year != y:
        return False
    suf = period[4:]
    m = day.month
    return {
        "": True, "-H1": m <= 6, "-H2": m >= 7,
        "-Q1": m <= 3, "-Q2": 4 <= m <= 6, "-Q3": 7 <= m <= 9, "-Q4": m >= 10,
        "-9M": m <= 9,
    }[suf]


def flow(recs, value, keep=lambda r: True):
    """Figures for every period of every year in which `recs` (the register) has an entry."""
    out = {}
    years = sorted({r["first"].year for r in recs})
    for y in years:
        for suf in PERIOD_SUFFIX:
            p = f"{y}{suf}"
            out[p] = sum((value(r) for r in recs if keep(r) and in_period(r["first"], p)), 0)
    return out


def stock(recs):
    out = {}
    years = sorted({r["first"].year for r in recs})
    for y in years:
        for suf in PERIOD_SUFFIX:
            p = f"{y}{suf}"
            dates = sorted({r["first"] for r in recs if in_period(r["first"], p)})
            if dates:
                last = dates[-1]
                out[p] = sum(r["n"] for r in recs if r["first"] == last)
    return out


def fmt(v):
    v = D(v)
    if v == v.to_integral_value():
        return str(int(v))
    return f"{v.quantize(D('0.01')):f}"


def main():
    os.makedirs(WBDIR, exist_ok=True)
    for f in os.listdir(WBDIR):
        if f.endswith(".xlsx"):
            os.remove(os.path.join(WBDIR, f))
    for fn in (wb01, wb02, wb03, wb04, wb05, wb06, wb07, wb08, wb09, wb10, wb11, wb12):
        fn()

    # every entry written exactly once
    assert len(REG["outbound"]) == len(OUT23) + len(OUT24)
    assert len(REG["inbound"]) == len(IN23) + len(IN24)
    assert len(REG["conf"]) == len(CONF)
    assert len(REG["agree"]) == len(AGR)
    assert len(REG["consular"]) == len(CONS23) + len(CONS24)
    assert len(REG["projects"]) == len(PROJ)
    assert len(REG["tx"]) == len(TX23) + len(TX24)
    assert len(REG["lao_support"]) == len(LAO23) + len(LAO24) + len(BUNPIMAY24)
    for reg, recs in REG.items():
        keys = [tuple(sorted((k, str(v)) for k, v in r.items() if not k.startswith("_"))) for r in recs]
        assert len(keys) == len(set(keys)), f"duplicate entry in {reg}"
        for r in recs:
            assert d(2023, 1, 1) <= r["first"] <= d(2024, 12, 31), (reg, r)
    codes = {r["code"] for r in REG["projects"]}
    assert all(r["code"] in codes for r in REG["tx"])

    kind = {r["code"]: r["kind"] for r in REG["projects"]}
    figs = {}
    figs["outbound_delegations"] = flow(REG["outbound"], lambda r: 1)
    figs["outbound_persons"] = flow(REG["outbound"], lambda r: r["n"])
    figs["inbound_delegations"] = flow(REG["inbound"], lambda r: 1)
    figs["inbound_visitors"] = flow(REG["inbound"], lambda r: r["n"])
    figs["intl_conferences"] = flow(REG["conf"], lambda r: 1)
    figs["intl_agreements"] = flow(REG["agree"], lambda r: 1)
    figs["consular_cases"] = flow(REG["consular"], lambda r: 1)
    figs["ngo_projects_approved"] = flow(REG["projects"], lambda r: 1, lambda r: r["kind"] == "NGO")
    figs["oda_projects"] = flow(REG["projects"], lambda r: 1, lambda r: r["kind"] == "ODA")
    figs["ngo_aid_committed"] = flow(REG["tx"], lambda r: r["usd"],
                                     lambda r: r["type"] == "Cam kết" and kind[r["code"]] == "NGO")
    figs["support_to_lao_provinces"] = flow(REG["lao_support"], lambda r: r["vnd"])
    figs["lao_students"] = stock(REG["lao_students"])

    n_fig = 0
    with open(os.path.join(BASE, "expected_figures.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["indicator_code", "period_code", "value"])
        for ind, per in figs.items():
            for p, v in per.items():
                w.writerow([ind, p, fmt(v)])
                n_fig += 1

    with open(os.path.join(BASE, "expected_rows.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "sheet", "data_rows", "structure_rows"])
        for s in SHEETS:
            w.writerow([s.fname, s.name, s.data_rows, s.struct_rows])

    # read everything back
    n_files = 0
    for f in sorted(os.listdir(WBDIR)):
        wb = load_workbook(os.path.join(WBDIR, f))
        n_files += 1
        for ws in wb.worksheets:
            assert ws.max_row >= 2
    n_entries = sum(len(v) for v in REG.values())
    print(f"workbooks: {n_files}, sheets: {len(SHEETS)}, entries: {n_entries}, expected figures: {n_fig}")
    for reg, recs in REG.items():
        print(f"  {reg}: {len(recs)}")


if __name__ == "__main__":
    main()
