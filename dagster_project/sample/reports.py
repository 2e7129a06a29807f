"""Report tables as the department would type them: Vietnamese periods, indicator names or
codes, values with Vietnamese separators and scale words, and qualifiers in the note column.

The figures are those published in the 2020 review (conference of 22/01/2021) and in the
nine-month 2022 report of the department."""

from __future__ import annotations

REPORT_HEADERS = ["Kỳ báo cáo", "Chỉ tiêu", "Giá trị", "Đơn vị", "Ghi chú", "Nguồn"]

REVIEW_2020_SOURCE = "Báo cáo tổng kết công tác đối ngoại năm 2020 (hội nghị ngày 22/01/2021)"
NINE_MONTHS_2022_SOURCE = "Báo cáo hoạt động đối ngoại 9 tháng năm 2022 của Sở Ngoại vụ"

REVIEW_2020 = [
    ("Năm 2020", "Số đoàn ra", 11, "đoàn", ""),
    ("Năm 2020", "outbound_persons", 33, "lượt người", ""),
    ("Năm 2020", "Số đoàn vào", 11, "đoàn", ""),
    ("Năm 2020", "Số lượt khách quốc tế", 101, "lượt khách", ""),
    ("2020", "inbound_mission_delegations", 12, "đoàn", ""),
    ("2020", "inbound_mission_visitors", 112, "lượt khách", ""),
    ("Năm 2020", "Số hội nghị hội thảo quốc tế", 5, "hội nghị", ""),
    ("Năm 2020", "Số thỏa thuận quốc tế được ký kết", 2, "thỏa thuận", ""),
    ("Năm 2020", "Tổng kim ngạch xuất nhập khẩu", "3,4", "tỷ USD", ""),
    ("Năm 2020", "Số dự án được chấp thuận chủ trương đầu tư", 62, "dự án", ""),
    ("Năm 2020", "domestic_projects_approved", 61, "dự án", ""),
    ("Năm 2020", "Vốn đầu tư dự án trong nước được chấp thuận", "10.500", "tỷ đồng", "trên"),
    ("Năm 2020", "fdi_projects_approved", 1, "dự án", ""),
    ("Năm 2020", "Vốn FDI được chấp thuận", "1,5", "triệu USD", ""),
    ("Năm 2020", "Số tổ chức PCPNN có giấy đăng ký hoạt động tại tỉnh", 30, "tổ chức", ""),
    ("Năm 2020", "Số người Hà Tĩnh ở nước ngoài", "70.000", "người", "gần"),
    ("Giai đoạn 2014 - 2020", "Số đoàn đi đào tạo học tập kinh nghiệm ở nước ngoài", 202, "đoàn", ""),
    ("2014-2020", "training_persons", 477, "lượt người", ""),
    ("Năm 2020", "Số dự án FDI lũy kế", 73, "dự án", ""),
    ("Năm 2020", "fdi_source_countries", 17, "quốc gia và vùng lãnh thổ", ""),
    ("Năm 2020", "Tổng vốn đầu tư FDI lũy kế", "13,7", "tỷ USD", "trên"),
    ("Giai đoạn 2016 - 2020", "Số dự án sử dụng vốn ODA và vốn vay ưu đãi", 43, "dự án", ""),
    ("Giai đoạn 2016 - 2020", "oda_donors", 16, "nhà tài trợ", ""),
    ("Giai đoạn 2016 - 2020", "Tổng mức đầu tư dự án ODA", "10.206,452", "tỷ đồng", ""),
    ("Giai đoạn 2014 - 2020", "Lượt người xuất nhập cảnh qua cửa khẩu", "3.009.681", "lượt người", ""),
    ("Giai đoạn 2014 - 2020", "border_crossings_vehicles", "560.020", "lượt phương tiện", ""),
    ("Giai đoạn 2014 - 2020", "Lượt phương tiện xuất nhập cảnh qua cảng biển", "3.125", "lượt phương tiện", ""),
    ("Giai đoạn 2014 - 2020", "port_crew", "52.071", "lượt thuyền viên", ""),
    ("Giai đoạn 2014 - 2020", "Số giấy phép xuống tàu", "1.260", "giấy phép", ""),
    ("Giai đoạn 2014 - 2020", "shore_passes", "1.356", "thẻ", ""),
]

NINE_MONTHS_2022 = [
    ("9 tháng năm 2022", "Số đoàn ra", 36, "đoàn", ""),
    ("9 tháng năm 2022", "Số lượt cán bộ đi công tác nước ngoài", 248, "lượt người", ""),
    ("9 tháng năm 2022", "inbound_delegations", 23, "đoàn", ""),
    ("9 tháng năm 2022", "inbound_visitors", 444, "lượt khách", ""),
    ("9 tháng năm 2022", "Số hội nghị hội thảo quốc tế", 10, "hội thảo", ""),
    ("9 tháng năm 2022", "intl_agreements", "03", "thỏa thuận", ""),
    ("9 tháng năm 2022", "Số tổ chức PCPNN được cấp / bổ sung giấy đăng ký", "07", "tổ chức", ""),
    ("9 tháng năm 2022", "ngo_projects_approved", "09", "chương trình, dự án", ""),
    ("9 tháng năm 2022", "Giá trị cam kết viện trợ PCPNN", "1.150.000", "USD", "trên"),
    ("9 tháng năm 2022", "Số vụ việc lãnh sự và bảo hộ công dân", 12, "vụ việc", ""),
    ("9 tháng năm 2022", "Số hài cốt liệt sỹ được hồi hương", 11, "hài cốt", ""),
    ("9 tháng năm 2022", "Số lưu học sinh Lào đang học tại tỉnh", "1.100", "lưu học sinh", "gần"),
    ("9 tháng năm 2022", "official_passports_issued", 21, "hồ sơ", ""),
    ("9 tháng năm 2022", "Số hồ sơ chứng nhận / hợp pháp hóa lãnh sự", 44, "hồ sơ", ""),
    ("9 tháng năm 2022", "Số trang biên dịch", "6500", "trang", "gần"),
    ("9 tháng năm 2022", "interpreting_hours", 35, "giờ", ""),
]


def report_rows(figures: list[tuple], source: str) -> list[list[object]]:
    return [[period, indicator, value, unit, note, source] for period, indicator, value, unit, note in figures]
