"""Blind test data generator (Sở Ngoại vụ Hà Tĩnh, year 2024). Deterministic."""
import csv, datetime as dt, os, random, sys
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

# Output folder: the first argument, else beside this script (workbooks/ and the expected CSVs).
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
WB_DIR = os.path.join(OUT, "workbooks")
os.makedirs(WB_DIR, exist_ok=True)
R = random.Random(20240915)
D = dt.date
ENTRIES = []      # (indicator_code, date, value, uncertain)
ROWS = []         # (file, sheet, data, struct, uncertain)

def rand_date(m1, m2):
    while True:
        m = R.randint(m1, m2); d = R.randint(1, 28)
        return D(2024, m, d)

class SW:
    """Sheet writer tracking data / structure rows."""
    def __init__(self, ws, start=1):
        self.ws, self.r, self.data, self.struct, self.unc = ws, start, 0, 0, 0
    def struct_row(self, vals, col=1, bold=True, wrap=False):
        for i, v in enumerate(vals):
            if v is None: continue
            c = self.ws.cell(self.r, col + i, v)
            if bold: c.font = Font(bold=True)
            if wrap: c.alignment = Alignment(wrap_text=True, vertical="center")
        self.struct += 1; self.r += 1
        return self.r - 1
    def data_row(self, vals, uncertain=False, fmt=None):
        for i, v in enumerate(vals):
            if v is None: continue
            c = self.ws.cell(self.r, 1 + i, v)
            if isinstance(v, (dt.date, dt.datetime)): c.number_format = fmt or "dd/mm/yyyy"
        self.data += 1; self.unc += bool(uncertain); self.r += 1
    def skip(self, n=1): self.r += n
    def done(self, fname):
        ROWS.append((fname, self.ws.title, self.data, self.struct, self.unc))

def fmt_count(n, style):
    return {0: n, 1: f"{n:02d}", 2: f"{n} người", 3: f"{n} đ/c", 4: str(n)}[style]

def dtext(d): return f"{d.day:02d}/{d.month:02d}/{d.year}"

COUNTRIES_OUT = ["Lào", "Hàn Quốc", "Nhật Bản", "Thái Lan", "Trung Quốc", "Singapore", "Đức", "Úc", "Campuchia"]
PURPOSE = ["Thăm và làm việc", "Xúc tiến đầu tư", "Dự hội nghị", "Khảo sát học tập kinh nghiệm",
           "Dự lễ kỷ niệm", "Trao đổi hợp tác giáo dục", "Xúc tiến thương mại"]
UNITS = ["UBND tỉnh", "Sở Ngoại vụ", "Sở Công Thương", "Sở GD&ĐT", "Sở KH&ĐT", "Trường ĐH Hà Tĩnh",
         "Sở Y tế", "BQL Khu kinh tế tỉnh", "Sở VHTT&DL"]

# ---------------------------------------------------------------- 1 outbound, one sheet per quarter
def wb_outbound():
    fn = "DoanRa_2024_theo_quy.xlsx"
    wb = Workbook(); wb.remove(wb.active)
    header_start = {1: 3, 2: 5, 3: 4, 4: 7}
    n_per_q = {1: 6, 2: 8, 3: 7, 4: 6}
    for q in (1, 2, 3, 4):
        ws = wb.create_sheet(f"Q{q}")
        sw = SW(ws)
        sw.struct_row([f"DANH SÁCH ĐOÀN RA QUÝ {['I','II','III','IV'][q-1]} NĂM 2024"])
        if q in (2, 4):
            sw.struct_row(["(Kèm theo Báo cáo của Sở Ngoại vụ)"], bold=False)
        if q == 4:
            sw.struct_row(["Đơn vị tổng hợp: Phòng Quản lý Đoàn ra, đoàn vào"], bold=False)
            sw.skip(1)
        sw.r = header_start[q]
        if q == 2:   # single "Thời gian" column with ranges
            sw.struct_row(["STT", "Trưởng đoàn / Đơn vị", "Nước đến", "Nội dung", "Thời gian", "Số người", "Ghi chú"])
        else:
            sw.struct_row(["STT", "Trưởng đoàn / Đơn vị", "Nước đến", "Nội dung", "Từ ngày", "Đến ngày",
                           "Tổng số ngày", "Số người", "Ghi chú"])
        m1 = 3 * q - 2
        for i in range(n_per_q[q]):
            start = rand_date(m1, m1 + 2)
            dur = R.randint(3, 8)
            # planted cross-quarter trips
            if q == 2 and i == n_per_q[q] - 1: start = D(2024, 6, 28); dur = 6
            if q == 3 and i == n_per_q[q] - 1: start = D(2024, 9, 29); dur = 6
            end = start + dt.timedelta(days=dur - 1)
            n = R.randint(2, 15)
            ENTRIES.append(("outbound_delegations", start, 1, False))
            ENTRIES.append(("outbound_persons", start, n, False))
            unit = R.choice(UNITS); ctry = R.choice(COUNTRIES_OUT)
            cnt = fmt_count(n, R.randint(0, 4))
            note = R.choice([None, None, "Kinh phí ngân sách tỉnh", "Theo lời mời của phía bạn", f"{dur} ngày"])
            if q == 2:
                if start.month == end.month:
                    t = f"{start.day}-{end.day}/{start.month}/2024"
                else:
                    t = f"{start.day}/{start.month}-{end.day}/{end.month}/2024"
                sw.data_row([i + 1, unit, ctry, R.choice(PURPOSE), t, cnt, note])
            else:
                s = start if (i % 2 == 0) else dtext(start)
                e = end if (i % 2 == 0) else dtext(end)
                sw.data_row([i + 1, unit, ctry, R.choice(PURPOSE), s, e, dur, cnt, note])
        sw.skip(1)
        sw.struct_row([None, "Ghi chú: Số người tính cả phiên dịch."], bold=False)
        sw.done(fn)
    wb.save(os.path.join(WB_DIR, fn))

# ---------------------------------------------------------------- 2 inbound, bilingual, sections, Nam/Nữ/Cộng
def wb_inbound():
    fn = "Doan_vao_2024_song_ngu.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Đoàn vào 2024"
    sw = SW(ws)
    sw.struct_row(["TỔNG HỢP ĐOÀN NƯỚC NGOÀI ĐẾN THĂM, LÀM VIỆC TẠI TỈNH HÀ TĨNH NĂM 2024"])
    sw.struct_row(["LIST OF FOREIGN DELEGATIONS VISITING HA TINH PROVINCE IN 2024"], bold=False)
    sw.skip(1)
    h1 = sw.struct_row(["STT\nNo.", "Tên đoàn\nDelegation", "Ngày đến\nArrival date", "Ngày đi\nDeparture date",
                        "Số khách\nNumber of visitors", None, None, "Cơ quan đón tiếp\nHost agency", "Ghi chú\nNotes"], wrap=True)
    h2 = sw.struct_row([None, None, None, None, "Nam\nMale", "Nữ\nFemale", "Cộng\nTotal"], wrap=True)
    for c in (1, 2, 3, 4, 8, 9):
        ws.merge_cells(start_row=h1, end_row=h2, start_column=c, end_column=c)
    ws.merge_cells(start_row=h1, end_row=h1, start_column=5, end_column=7)
    sections = [("LÀO", 9, ["Đoàn tỉnh Bolikhamxay", "Đoàn tỉnh Khammouane", "Đoàn Bộ Ngoại giao Lào",
                           "Đoàn tỉnh Savannakhet", "Đoàn Hội Hữu nghị Lào - Việt"]),
                ("HÀN QUỐC", 6, ["Đoàn tỉnh Gyeonggi", "Đoàn doanh nghiệp Hàn Quốc", "Đoàn KOICA"]),
                ("NHẬT BẢN", 5, ["Đoàn JICA", "Đoàn doanh nghiệp Nhật Bản", "Đoàn tỉnh Fukui"]),
                ("CÁC NƯỚC KHÁC", 5, ["Đoàn Đại sứ quán Australia", "Đoàn Formosa (Đài Loan)",
                                      "Đoàn UNICEF", "Đoàn Đại sứ quán Pháp"])]
    gnum, gtot, stt = 0, 0, 0
    for name, n, names in sections:
        sw.struct_row([None, name])
        snum, stot = 0, 0
        for i in range(n):
            a = rand_date(1, 12); dep = a + dt.timedelta(days=R.randint(1, 4))
            male = R.randint(1, 12); fem = R.randint(0, 6); tot = male + fem
            stt += 1
            ENTRIES.append(("inbound_delegations", a, 1, False))
            ENTRIES.append(("inbound_visitors", a, tot, False))
            arr = a if stt % 3 else dtext(a)
            dpt = dep if stt % 3 else dtext(dep)
            sw.data_row([stt, R.choice(names), arr, dpt, male, fem if fem else None, tot,
                         R.choice(["UBND tỉnh", "Sở Ngoại vụ", "Tỉnh ủy"]), None])
            snum += 1; stot += tot
        sw.struct_row([None, f"Cộng {name.lower()}: {snum} đoàn", None, None, None, None, stot])
        gnum += snum; gtot += stot
    sw.struct_row([None, f"Tổng cộng / Grand total: {gnum} đoàn", None, None, None, None, gtot])
    sw.done(fn)
    wb.save(os.path.join(WB_DIR, fn))

# ---------------------------------------------------------------- 3 conferences
def wb_conferences():
    fn = "HNHT_quoc_te_2024.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "HNHT"
    sw = SW(ws)
    sw.struct_row(["UBND TỈNH HÀ TĨNH", None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    sw.struct_row(["SỞ NGOẠI VỤ", None, None, None, "Độc lập - Tự do - Hạnh phúc"])
    sw.skip(1)
    sw.struct_row(["DANH MỤC HỘI NGHỊ, HỘI THẢO QUỐC TẾ TỔ CHỨC TRÊN ĐỊA BÀN TỈNH NĂM 2024"])
    sw.skip(1)
    sw.struct_row(["STT", "Tên hội nghị, hội thảo", "Đơn vị chủ trì", "Thời gian tổ chức", "Địa điểm",
                   "Số đại biểu", "Trong đó đại biểu nước ngoài"])
    sw.struct_row(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"], bold=False)
    topics = ["Hội thảo xúc tiến đầu tư Nhật Bản", "Hội nghị hợp tác Hà Tĩnh - Lào", "Hội thảo năng lượng tái tạo",
              "Hội thảo y tế cộng đồng (WHO)", "Diễn đàn du lịch Việt - Lào - Thái", "Hội thảo giáo dục nghề (KOICA)",
              "Hội nghị kết nối doanh nghiệp Hàn Quốc", "Hội thảo biến đổi khí hậu", "Hội thảo logistics cảng Vũng Áng",
              "Hội nghị đánh giá dự án PCPNN", "Hội thảo nông nghiệp công nghệ cao", "Hội thảo văn hóa Nghệ Tĩnh"]
    for i, t in enumerate(topics):
        d = rand_date(1, 12)
        if i == 4:
            ds = f"{d.day}-{d.day + 1}/{d.month}/2024"
        elif i % 4 == 3:
            ds = dtext(d)
        else:
            ds = d
        total = R.randint(40, 250); foreign = R.randint(5, 40)
        ENTRIES.append(("intl_conferences", d, 1, False))
        sw.data_row([i + 1, t, R.choice(UNITS), ds, R.choice(["TP Hà Tĩnh", "KKT Vũng Áng", "Thị xã Hồng Lĩnh"]),
                     total, foreign])
    sw.skip(1)
    sw.struct_row([None, "Ghi chú: Số đại biểu bao gồm cả đại biểu trong nước."], bold=False)
    sw.done(fn)
    wb.save(os.path.join(WB_DIR, fn))

# ---------------------------------------------------------------- 4 agreements, date in words
def wb_agreements():
    fn = "Thoa_thuan_QT_da_ky_2024.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "TTQT"
    sw = SW(ws, start=2)
    sw.struct_row(["Số TT", "Tên thỏa thuận quốc tế", "Cơ quan ký phía Việt Nam", "Đối tác nước ngoài",
                   "Thời điểm ký kết", "Hiệu lực (năm)"])
    items = [("Biên bản ghi nhớ hợp tác giáo dục", "Sở GD&ĐT", "Sở Giáo dục tỉnh Khammouane (Lào)"),
             ("Thỏa thuận hợp tác giai đoạn 2024-2028", "UBND tỉnh", "Chính quyền tỉnh Bolikhamxay (Lào)"),
             ("Biên bản ghi nhớ xúc tiến đầu tư", "BQL Khu kinh tế tỉnh", "JETRO (Nhật Bản)"),
             ("Thỏa thuận hợp tác đào tạo", "Trường ĐH Hà Tĩnh", "ĐH Dongseo (Hàn Quốc)"),
             ("Biên bản thỏa thuận hợp tác y tế", "Sở Y tế", "Sở Y tế tỉnh Savannakhet (Lào)"),
             ("Thỏa thuận kết nghĩa", "UBND huyện Hương Sơn", "Huyện Khamkeut (Lào)"),
             ("Biên bản ghi nhớ du lịch", "Sở VHTT&DL", "Sở Du lịch tỉnh Gyeonggi (Hàn Quốc)"),
             ("Thỏa thuận tài trợ dự án nước sạch", "Sở NN&PTNT", "Tổ chức World Vision"),
             ("Biên bản ghi nhớ phòng chống buôn lậu", "Công an tỉnh", "Công an tỉnh Bolikhamxay (Lào)"),
             ("Thỏa thuận hợp tác nông nghiệp", "Sở NN&PTNT", "Tỉnh Fukui (Nhật Bản)")]
    for i, (a, b, c) in enumerate(items):
        d = rand_date(1, 12)
        ds = f"ngày {d.day:02d} tháng {d.month} năm 2024" if i % 2 else f"ngày {d.day} tháng {d.month:02d} năm {d.year}"
        ENTRIES.append(("intl_agreements", d, 1, False))
        sw.data_row([i + 1, a, b, c, ds, R.choice([3, 5, "không thời hạn"])])
    sw.done(fn)
    wb.save(os.path.join(WB_DIR, fn))

# ---------------------------------------------------------------- 5 consular cases, two half-year sheets
FAM = ["Nguyễn", "Trần", "Lê", "Phan", "Hoàng", "Võ", "Đặng", "Bùi", "Hồ", "Dương"]
MID = ["Văn", "Thị", "Đức", "Minh", "Hữu", "Thanh", "Quốc"]
GIV = ["An", "Bình", "Cường", "Dung", "Hà", "Hải", "Lan", "Long", "Nam", "Phúc", "Quang", "Tâm", "Thảo", "Tuấn"]
def wb_consular():
    fn = "Lanh_su_BHCD_2024.xlsx"
    wb = Workbook(); wb.remove(wb.active)
    for h, (m1, m2, n, sname) in enumerate([(1, 6, 11, "6T đầu năm"), (7, 12, 12, "6T cuối năm")]):
        ws = wb.create_sheet(sname); sw = SW(ws)
        sw.struct_row([f"THEO DÕI VỤ VIỆC LÃNH SỰ, BẢO HỘ CÔNG DÂN - {sname.upper()} 2024"])
        sw.skip(1)
        sw.struct_row(["TT", "Họ và tên", "Ngày sinh", "Giới tính", "Số hộ chiếu", "Quốc gia",
                       "Ngày tiếp nhận", "Nội dung vụ việc", "Kết quả xử lý"])
        for i in range(n):
            d = rand_date(m1, m2)
            b = D(R.randint(1965, 2004), R.randint(1, 12), R.randint(1, 28))
            name = f"{R.choice(FAM)} {R.choice(MID)} {R.choice(GIV)}"
            pp = f"{R.choice('CPN')}{R.randint(1000000, 9999999)}"
            unc = False
            if h == 0:
                rec = dtext(d)
            else:
                rec = d
            if h == 1 and i == 5:
                d = D(2024, 9, 15); rec = "…/9/2024"; unc = True     # planted: day missing
            ENTRIES.append(("consular_cases", d, 1, unc))
            sw.data_row([i + 1, name, b if i % 2 else dtext(b), R.choice(["Nam", "Nữ"]), pp,
                         R.choice(["Hàn Quốc", "Nhật Bản", "Đài Loan", "Lào", "Anh", "Malaysia"]), rec,
                         R.choice(["Xác minh nhân thân", "Bị bắt giữ do cư trú bất hợp pháp", "Tử vong, đưa thi hài về nước",
                                   "Mất hộ chiếu", "Lao động bị bỏ rơi"]),
                         R.choice(["Đã giải quyết", "Đang phối hợp xử lý", "Đã hồi hương"])], uncertain=unc)
        sw.done(fn)
    wb.save(os.path.join(WB_DIR, fn))

# ---------------------------------------------------------------- 6 Lao support, thousands of dong
def wb_lao():
    fn = "Ho_tro_cac_tinh_Lao_2024.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Hỗ trợ Lào"
    sw = SW(ws)
    sw.struct_row(["TỔNG HỢP KINH PHÍ HỖ TRỢ CÁC TỈNH CỦA NƯỚC CHDCND LÀO NĂM 2024"])
    sw.struct_row([None, None, None, None, "ĐVT: 1.000 đồng"], bold=False)
    sw.struct_row(["STT", "Nội dung hỗ trợ", "Ngày bàn giao", "Giá trị", "Ghi chú"])
    provs = [("I", "TỈNH BOLIKHAMXAY", 5), ("II", "TỈNH KHAMMOUANE", 4), ("III", "TỈNH XIÊNG KHOẢNG", 3)]
    contents = ["Xây dựng trường học", "Hỗ trợ khắc phục thiên tai", "Trang thiết bị y tế", "Đào tạo cán bộ",
                "Quà tết Bunpimay", "Xây dựng trạm y tế", "Hỗ trợ lưu học sinh"]
    grand = 0
    for roman, pname, n in provs:
        sw.struct_row([roman, pname])
        sub = 0
        for i in range(n):
            d = rand_date(1, 12)
            val_k = R.choice([150000, 200000, 350000, 500000, 75000, 1200000, 48500])
            cell = val_k; unc = False
            if roman == "II" and i == 2:
                cell = "2.500"; val_k = 2500; unc = True; d = D(2024, 4, 20)   # planted: ambiguous separator
            dcell = d if i % 2 == 0 else dtext(d)
            note = R.choice([None, "Bằng hiện vật", "Chuyển khoản", f"Tương đương {round(val_k / 25):,} USD".replace(",", ".")])
            if unc: note = "Kinh phí sự nghiệp"
            ENTRIES.append(("support_to_lao_provinces", d, val_k * 1000, unc))
            sw.data_row([i + 1, R.choice(contents), dcell, cell, note], uncertain=unc)
            sub += val_k
        sw.struct_row([None, "Cộng", None, sub])
        grand += sub
    sw.struct_row([None, "TỔNG CỘNG", None, grand])
    sw.done(fn)
    wb.save(os.path.join(WB_DIR, fn))

for f in (wb_outbound, wb_inbound, wb_conferences, wb_agreements, wb_consular, wb_lao):
    f()

# ---------------------------------------------------------------- figures
def periods(d):
    m = d.month
    p = ["2024", f"2024-Q{(m - 1) // 3 + 1}", "2024-H1" if m <= 6 else "2024-H2"]
    if m <= 9: p.append("2024-9M")
    return p
PERIODS = ["2024", "2024-H1", "2024-H2", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2024-9M"]
codes = []
for c, *_ in ENTRIES:
    if c not in codes: codes.append(c)
with open(os.path.join(OUT, "expected_figures.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["indicator_code", "period_code", "value", "certain"])
    for c in codes:
        for p in PERIODS:
            rows = [e for e in ENTRIES if e[0] == c and p in periods(e[1])]
            val = sum(e[2] for e in rows)
            w.writerow([c, p, val, "no" if any(e[3] for e in rows) else "yes"])
with open(os.path.join(OUT, "expected_rows.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh); w.writerow(["file", "sheet", "data_rows", "structure_rows", "uncertain_rows"])
    for r in ROWS: w.writerow(r)
print("entries:", sum(1 for e in ENTRIES if e[0] in ("outbound_delegations", "inbound_delegations", "intl_conferences",
      "intl_agreements", "consular_cases", "support_to_lao_provinces")), "figures:", len(codes) * 8)
