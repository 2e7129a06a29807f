"""Synthetic register rows whose totals equal the figures the department published.

2020 (year review) and 1 Jan - 12 Sep 2022 (nine-month report) are covered. Named events
(KOICA biomass project, gifts to Bolikhamsay and Khammouane) follow the department's own
reports; everything else is invented and marked as sample.
"""

from __future__ import annotations

import datetime as dt
import random

from dagster_project.sample.workbook import SAMPLE_MARK

D = dt.date


def split_total(rng: random.Random, total: int, parts: int, minimum: int = 1) -> list[int]:
    """``parts`` positive integers, each at least ``minimum``, summing exactly to ``total``."""
    weights = [rng.random() + 0.3 for _ in range(parts)]
    spare = total - minimum * parts
    shares = [minimum + int(spare * weight / sum(weights)) for weight in weights]
    for index in range(total - sum(shares)):
        shares[index % parts] += 1
    return shares


def spread_dates(rng: random.Random, start: dt.date, end: dt.date, count: int) -> list[dt.date]:
    span = (end - start).days
    return sorted(start + dt.timedelta(days=rng.randint(0, span)) for _ in range(count))


OUTBOUND_HEADERS = [
    "STT",
    "Ngày đi",
    "Ngày về",
    "Nước đến",
    "Đối tác",
    "Trưởng đoàn",
    "Số thành viên",
    "Mục đích",
    "Nguồn kinh phí",
    "Cơ quan cử đoàn",
    "Dữ liệu mẫu",
]

OUTBOUND_2020 = [
    ("Lào", "Bolikhamsay", "Chủ tịch UBND tỉnh", "Hội đàm cấp cao thường niên"),
    ("Lào", "Khammouane", "Phó Chủ tịch UBND tỉnh", "Chúc Tết Bounpimay"),
    ("Nhật Bản", "JETRO", "Giám đốc Sở Kế hoạch và Đầu tư", "Xúc tiến đầu tư"),
    ("Hàn Quốc", "KOTRA", "Phó Giám đốc Sở Công Thương", "Xúc tiến thương mại"),
    ("Singapore", "Cơ quan Xúc tiến đầu tư Singapore", "Phó Chủ tịch UBND tỉnh", "Xúc tiến đầu tư"),
    ("Lào", "Savannakhet", "Giám đốc Sở Ngoại vụ", "Trao đổi kinh nghiệm quản lý"),
    ("Lào", "Thủ đô Viêng Chăn", "Phó Giám đốc Sở Ngoại vụ", "Tìm kiếm, hồi hương hài cốt liệt sỹ"),
    ("Thái Lan", "Nakhon Phanom", "Phó Giám đốc Sở Văn hóa", "Giao lưu văn hóa"),
    ("Lào", "Bolikhămxay", "Chỉ huy trưởng BĐBP tỉnh", "Phối hợp quản lý biên giới"),
    ("Đức", "Mecklenburg-Vorpommern", "Phó Chủ tịch UBND tỉnh", "Xúc tiến đầu tư"),
    ("Lào", "Khăm Muôn", "Giám đốc Sở Y tế", "Hỗ trợ phòng chống dịch Covid-19"),
]

OUTBOUND_2022_DESTINATIONS = [
    ("Lào", "Bolikhamsay"),
    ("Lào", "Khăm Muôn"),
    ("Lào", "Savannakhet"),
    ("Lào", "Thủ đô Viêng Chăn"),
    ("Lào", "Bolikhămxay"),
    ("Lào", "Khammouane"),
    ("Singapore", "Hội nghị thượng đỉnh các thành phố thế giới"),
    ("Nhật Bản", "JICA"),
    ("Hàn Quốc", "Sun Cheon"),
    ("Lào", "Luông Pha Băng"),
    ("Thái Lan", "Nakhon Phanom"),
    ("Lào", "Bolykhămxay"),
]
OUTBOUND_PURPOSES = [
    "Chúc Tết Bounpimay",
    "Hội đàm cấp cao",
    "Khảo sát thị trường",
    "Trao đổi kinh nghiệm",
    "Dự lễ kỷ niệm 60 năm quan hệ ngoại giao",
    "Xúc tiến đầu tư",
    "Phối hợp quản lý biên giới",
]
AGENCIES = [
    "Văn phòng UBND tỉnh",
    "Sở Ngoại vụ",
    "Sở Công Thương",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "BĐBP tỉnh",
    "Sở Kế hoạch và Đầu tư",
]


def outbound_delegations(rng: random.Random) -> list[list[object]]:
    rows: list[list[object]] = []
    members_2020 = split_total(rng, 33, len(OUTBOUND_2020), minimum=1)
    dates_2020 = spread_dates(rng, D(2020, 1, 6), D(2020, 11, 20), len(OUTBOUND_2020))
    for (country, partner, leader, purpose), members, start in zip(OUTBOUND_2020, members_2020, dates_2020):
        rows.append(
            [
                start,
                start + dt.timedelta(days=rng.randint(2, 6)),
                country,
                partner,
                leader,
                members,
                purpose,
                "Ngân sách tỉnh",
                rng.choice(AGENCIES),
            ]
        )
    members_2022 = split_total(rng, 248, 36, minimum=2)
    dates_2022 = spread_dates(rng, D(2022, 1, 4), D(2022, 9, 12), 36)
    for index, (members, start) in enumerate(zip(members_2022, dates_2022)):
        country, partner = OUTBOUND_2022_DESTINATIONS[index % len(OUTBOUND_2022_DESTINATIONS)]
        # Some return dates fall after 12/9: the count is by departure date.
        rows.append(
            [
                start,
                start + dt.timedelta(days=rng.randint(2, 7)),
                country,
                partner,
                rng.choice(["Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh", "Giám đốc Sở", "Phó Giám đốc Sở"]),
                members,
                rng.choice(OUTBOUND_PURPOSES),
                rng.choice(["Ngân sách tỉnh", "Đối tác mời", "Ngân sách đơn vị"]),
                rng.choice(AGENCIES),
            ]
        )
    return [[number, *row, SAMPLE_MARK] for number, row in enumerate(rows, start=1)]


INBOUND_HEADERS = [
    "STT",
    "Ngày đến",
    "Ngày đi",
    "Tên đoàn",
    "Quốc gia",
    "Loại đoàn",
    "Số khách",
    "Mục đích",
    "Cơ quan tiếp đón",
    "Dữ liệu mẫu",
]
FOREIGN = "Đoàn nước ngoài"
MISSION = "Cơ quan đại diện, TCQT, PCPNN tại Việt Nam"

INBOUND_FOREIGN = [
    ("Đoàn tỉnh Bolikhamsay", "Lào"),
    ("Đoàn tỉnh Khăm Muôn", "Lào"),
    ("Đoàn tỉnh Savannakhet", "Lào"),
    ("Đoàn Thủ đô Viêng Chăn", "Lào"),
    ("Đoàn tỉnh Bolykhămxay", "Lào"),
    ("Đoàn tỉnh Khammouane", "Lào"),
    ("Đoàn doanh nghiệp Hàn Quốc", "Hàn Quốc"),
    ("Đoàn JICA", "Nhật Bản"),
    ("Đoàn KOICA", "Hàn Quốc"),
    ("Đoàn tỉnh Nakhon Phanom", "Thái Lan"),
    ("Đoàn thành phố Sun Cheon", "Hàn Quốc"),
    ("Đoàn Tổng Lãnh sự Lào tại Đà Nẵng", "Lào"),
]
INBOUND_MISSIONS = [
    ("Đại sứ quán Nhật Bản", "Nhật Bản"),
    ("Đại sứ quán Hàn Quốc", "Hàn Quốc"),
    ("Đại sứ quán Lào", "Lào"),
    ("Ngân hàng Thế giới", None),
    ("UNESCO", None),
    ("Oxfam", "Anh"),
    ("World Vision", "Hoa Kỳ"),
    ("ChildFund", "Úc"),
    ("Phái đoàn Liên minh Châu Âu", None),
    ("Đại sứ quán Singapore", "Singapore"),
    ("ADB", None),
    ("Plan International", "Anh"),
]


def inbound_delegations(rng: random.Random) -> list[list[object]]:
    rows: list[list[object]] = []
    plan = [
        (FOREIGN, INBOUND_FOREIGN, D(2020, 1, 8), D(2020, 12, 10), 11, 101, 3),
        (MISSION, INBOUND_MISSIONS, D(2020, 1, 15), D(2020, 12, 18), 12, 112, 3),
        (FOREIGN, INBOUND_FOREIGN, D(2022, 1, 10), D(2022, 9, 12), 23, 444, 4),
        # Missions' visits in 2022 are not in the nine-month report: the warehouse shows them as not reported.
        (MISSION, INBOUND_MISSIONS, D(2022, 2, 10), D(2022, 9, 9), 5, 31, 2),
    ]
    for category, partners, start, end, delegations, visitors, minimum in plan:
        sizes = split_total(rng, visitors, delegations, minimum=minimum)
        for index, (size, arrival) in enumerate(zip(sizes, spread_dates(rng, start, end, delegations))):
            name, country = partners[index % len(partners)]
            rows.append(
                [
                    arrival,
                    arrival + dt.timedelta(days=rng.randint(1, 3)),
                    name,
                    country,
                    category,
                    size,
                    rng.choice(
                        ["Thăm và làm việc", "Hội đàm", "Khảo sát dự án", "Chúc mừng năm mới", "Xúc tiến đầu tư"]
                    ),
                    rng.choice(["Văn phòng UBND tỉnh", "Sở Ngoại vụ", "Sở Kế hoạch và Đầu tư"]),
                ]
            )
    return [[number, *row, SAMPLE_MARK] for number, row in enumerate(rows, start=1)]


CONFERENCE_HEADERS = [
    "STT",
    "Ngày tổ chức",
    "Tên hội nghị, hội thảo",
    "Đơn vị tổ chức",
    "Đối tác nước ngoài",
    "Địa điểm",
    "Số đại biểu nước ngoài",
    "Dữ liệu mẫu",
]
CONFERENCE_TOPICS = [
    "Tập huấn kỹ năng",
    "Hội thảo giáo dục đào tạo",
    "Hội thảo biến đổi khí hậu",
    "Hội nghị xúc tiến đầu tư",
    "Hội thảo y tế cộng đồng",
    "Hội thảo giảm nhẹ rủi ro thiên tai",
    "Hội thảo nông nghiệp công nghệ cao",
]
CONFERENCE_PARTNERS = [
    "JICA",
    "KOICA",
    "UNESCO",
    "World Vision",
    "Oxfam",
    "Ngân hàng Thế giới",
    "ChildFund",
    "Bolikhamsay",
    "Plan International",
]


def conferences(rng: random.Random) -> list[list[object]]:
    rows = []
    for start, end, count in ((D(2020, 1, 10), D(2020, 12, 15), 5), (D(2022, 1, 12), D(2022, 9, 10), 10)):
        for held in spread_dates(rng, start, end, count):
            rows.append(
                [
                    held,
                    f"{rng.choice(CONFERENCE_TOPICS)} ({held.year})",
                    rng.choice(AGENCIES),
                    rng.choice(CONFERENCE_PARTNERS),
                    "TP Hà Tĩnh",
                    rng.randint(2, 25),
                ]
            )
    return [[number, *row, SAMPLE_MARK] for number, row in enumerate(rows, start=1)]


AGREEMENT_HEADERS = [
    "STT",
    "Ngày ký",
    "Tên thỏa thuận",
    "Đối tác nước ngoài",
    "Cấp ký kết",
    "Cơ quan ký",
    "Dữ liệu mẫu",
]


def agreements() -> list[list[object]]:
    rows = [
        [D(2020, 8, 14), "Thỏa thuận hợp tác đào tạo", "Savannakhet", "Cấp cơ sở", "Trường Đại học Hà Tĩnh"],
        [D(2020, 11, 3), "Biên bản hợp tác y tế", "Khammouane", "Cấp cơ sở", "Sở Y tế"],
        [D(2022, 6, 16), "Biên bản hợp tác giai đoạn 2022 - 2025", "Savannakhet", "Cấp tỉnh", "UBND tỉnh"],
        [D(2022, 7, 20), "Biên bản hợp tác giai đoạn 2022 - 2025", "Bolikhamsay", "Cấp tỉnh", "UBND tỉnh"],
        [D(2022, 7, 21), "Biên bản hợp tác giai đoạn 2022 - 2025", "Khăm Muôn", "Cấp tỉnh", "UBND tỉnh"],
    ]
    return [[number, *row, SAMPLE_MARK] for number, row in enumerate(rows, start=1)]


NGO_HEADERS = [
    "STT",
    "Tên tổ chức",
    "Quốc gia",
    "Số giấy đăng ký",
    "Loại đăng ký",
    "Ngày cấp",
    "Ngày hết hạn",
    "Địa bàn hoạt động",
    "Dữ liệu mẫu",
]
NGOS = [
    ("Oxfam", "Anh"),
    ("World Vision", "Hoa Kỳ"),
    ("ChildFund", "Úc"),
    ("Plan International", "Anh"),
    ("Save the Children", "Anh"),
    ("Good Neighbors International", "Hàn Quốc"),
    ("Action on Poverty", "Úc"),
    ("Habitat for Humanity", "Hoa Kỳ"),
    ("Heifer International", "Hoa Kỳ"),
    ("CARE International", "Thụy Sỹ"),
    ("Catholic Relief Services", "Hoa Kỳ"),
    ("Thrive Networks", "Hoa Kỳ"),
    ("Room to Read", "Hoa Kỳ"),
    ("Operation Smile", "Hoa Kỳ"),
    ("Orbis International", "Hoa Kỳ"),
    ("Helen Keller International", "Hoa Kỳ"),
    ("Pathfinder International", "Hoa Kỳ"),
    ("Humanity & Inclusion", "Pháp"),
    ("Caritas Thụy Sỹ", "Thụy Sỹ"),
    ("Swisscontact", "Thụy Sỹ"),
    ("SNV", "Hà Lan"),
    ("MCNV", "Hà Lan"),
    ("Children of Vietnam", "Hoa Kỳ"),
    ("Saigon Children's Charity", "Anh"),
    ("Bánh mì cho thế giới", "Đức"),
    ("Korea Food for the Hungry International", "Hàn Quốc"),
    ("PeaceTrees Vietnam", "Hoa Kỳ"),
    ("East West Management Institute", "Hoa Kỳ"),
    ("Loreto Vietnam-Australia", "Úc"),
    ("Project Vietnam Foundation", "Hoa Kỳ"),
    ("Giving It Back to Kids", "Hoa Kỳ"),
    ("Terre des Hommes", "Thụy Sỹ"),
]
DISTRICTS = ["Hương Khê", "Vũ Quang", "Kỳ Anh", "Cẩm Xuyên", "Can Lộc", "Đức Thọ", "Hương Sơn", "Thạch Hà"]


def ngo_registrations(rng: random.Random) -> list[list[object]]:
    rows = []
    # 30 organisations hold a valid registration on 31/12/2020; two older ones had lapsed.
    for index, (name, country) in enumerate(NGOS):
        issued = D(2016 + index % 5, 1 + (index * 5) % 12, 1 + (index * 7) % 27)
        lapsed = index >= 30
        expiry = D(2019, 6, 30) if lapsed else D(issued.year + 5, issued.month, issued.day)
        if lapsed:
            issued = D(2014, 6, 30)
        rows.append([name, country, f"{100 + index}/GĐK-PCPNN", "Cấp mới", issued, expiry, rng.choice(DISTRICTS)])
    # Seven supplementary registrations in the first nine months of 2022.
    for index, (name, country) in enumerate(NGOS[:7]):
        issued = D(2022, 1 + index, 10 + index)
        rows.append(
            [
                name,
                country,
                f"{300 + index}/GĐK-PCPNN",
                "Bổ sung",
                issued,
                D(2027, issued.month, issued.day),
                ", ".join(rng.sample(DISTRICTS, 2)),
            ]
        )
    return [[number, *row, SAMPLE_MARK] for number, row in enumerate(rows, start=1)]


AID_PROJECT_HEADERS = [
    "STT",
    "Mã dự án",
    "Tên dự án",
    "Nhà tài trợ",
    "Loại viện trợ",
    "Ngày phê duyệt",
    "Lĩnh vực",
    "Địa bàn",
    "Dữ liệu mẫu",
]
AID_TRANSACTION_HEADERS = [
    "STT",
    "Mã dự án",
    "Ngày",
    "Loại giao dịch",
    "Bên cấp vốn",
    "Số tiền",
    "Loại tiền",
    "Dữ liệu mẫu",
]

NGO_PROJECTS_2022 = [
    ("Oxfam", "Sinh kế bền vững cho phụ nữ vùng cao", "Nông nghiệp", 142_300, "USD"),
    ("World Vision", "Dinh dưỡng trẻ em", "Y tế", 215_600, "USD"),
    ("ChildFund", "Giáo dục mầm non vùng sâu", "Giáo dục", 98_750, "USD"),
    ("Plan International", "Nước sạch trường học", "Nước sạch", 121_400, "USD"),
    ("Good Neighbors International", "Phát triển cộng đồng", "Phát triển cộng đồng", 187_200, "USD"),
    ("Action on Poverty", "Hợp tác xã nông nghiệp", "Nông nghiệp", 76_900, "USD"),
    ("Habitat for Humanity", "Nhà an toàn phòng chống bão lũ", "Giảm nhẹ thiên tai", 134_050, "USD"),
    ("Humanity & Inclusion", "Phục hồi chức năng người khuyết tật", "Y tế", 95_000, "EUR"),
    ("Save the Children", "Phòng chống đuối nước trẻ em", "Bảo trợ xã hội", 84_500, "USD"),
]


def aid_projects_and_transactions(rng: random.Random) -> tuple[list[list[object]], list[list[object]]]:
    projects: list[list[object]] = []
    transactions: list[list[object]] = []
    approvals = spread_dates(rng, D(2022, 1, 15), D(2022, 9, 8), len(NGO_PROJECTS_2022))
    for index, ((donor, title, sector, committed, currency), approved) in enumerate(
        zip(NGO_PROJECTS_2022, approvals), start=1
    ):
        code = f"PCPNN-2022-{index:02d}"
        projects.append([code, title, donor, "Viện trợ PCPNN", approved, sector, rng.choice(DISTRICTS)])
        transactions.append([code, approved, "Cam kết", donor, committed, currency])
        transactions.append(
            [code, approved + dt.timedelta(days=40), "Giải ngân", donor, round(committed * 0.3, 2), currency]
        )
    for index, (donor, title, approved, committed) in enumerate(
        [
            ("Oxfam", "Ứng phó khẩn cấp sau lũ", D(2020, 11, 2), 180_000),
            ("World Vision", "Vệ sinh môi trường", D(2020, 6, 12), 96_000),
        ],
        start=1,
    ):
        code = f"PCPNN-2020-{index:02d}"
        projects.append([code, title, donor, "Viện trợ PCPNN", approved, "Nhân đạo", rng.choice(DISTRICTS)])
        transactions.append([code, approved, "Cam kết", donor, committed, "USD"])
    projects.append(
        [
            "ODA-WB-KYANH",
            "Phát triển tổng hợp các đô thị động lực - Tiểu dự án đô thị Kỳ Anh",
            "Ngân hàng Thế giới",
            "ODA",
            D(2017, 5, 12),
            "Phát triển đô thị",
            "Kỳ Anh",
        ]
    )
    transactions.append(["ODA-WB-KYANH", D(2017, 5, 12), "Cam kết", "WB", "1.620 tỷ", "VND"])
    projects.append(
        [
            "ODA-KOICA-BIOMASS",
            "Phát triển nguồn năng lượng sinh khối nhằm thúc đẩy tăng trưởng xanh và bền vững",
            "KOICA",
            "ODA",
            D(2023, 2, 7),
            "Năng lượng",
            "Toàn tỉnh",
        ]
    )
    transactions.append(["ODA-KOICA-BIOMASS", D(2023, 2, 7), "Cam kết", "KOICA", 14_000_000, "USD"])
    transactions.append(
        ["ODA-KOICA-BIOMASS", D(2023, 2, 7), "Vốn đối ứng", "Ngân sách tỉnh Hà Tĩnh", "3,4 triệu", "USD"]
    )
    return (
        [[number, *row, SAMPLE_MARK] for number, row in enumerate(projects, start=1)],
        [[number, *row, SAMPLE_MARK] for number, row in enumerate(transactions, start=1)],
    )


LAO_SUPPORT_HEADERS = [
    "STT",
    "Ngày",
    "Đơn vị nhận",
    "Hình thức",
    "Nội dung",
    "Số lượng",
    "Đơn vị tính",
    "Giá trị",
    "Loại tiền",
    "Đơn vị tặng",
    "Dữ liệu mẫu",
]


def lao_support() -> list[list[object]]:
    kits_given = D(2022, 4, 12)
    july = D(2022, 7, 22)
    businesses = "Doanh nghiệp tỉnh Hà Tĩnh"
    rows = [
        [
            D(2020, 4, 20),
            "Bolikhamsay",
            "Tiền mặt",
            "Hỗ trợ phòng chống dịch Covid-19",
            None,
            None,
            500_000_000,
            "VNĐ",
            "UBND tỉnh Hà Tĩnh",
        ],
        [
            D(2020, 4, 20),
            "Khammouane",
            "Tiền mặt",
            "Hỗ trợ phòng chống dịch Covid-19",
            None,
            None,
            500_000_000,
            "VNĐ",
            "UBND tỉnh Hà Tĩnh",
        ],
        *[
            [
                kits_given,
                recipient,
                "Hiện vật",
                "Bộ kit xét nghiệm Covid-19",
                5_000,
                "bộ",
                245_000_000,
                "VND",
                "UBND tỉnh Hà Tĩnh",
            ]
            for recipient in ("Bolikhamsay", "Khăm Muôn", "Savannakhet", "Thủ đô Viêng Chăn")
        ],
        [july, "Bolikhamsay", "Tiền mặt", "Tiền hỗ trợ", None, None, "2 tỷ 600 triệu", "kíp", businesses],
        [july, "Bolikhamsay", "Hiện vật", "Bộ máy vi tính", 20, "bộ", None, None, businesses],
        [july, "Bolikhamsay", "Hiện vật", "Dầu", 9_000, "lít", None, None, businesses],
        [july, "Khăm Muôn", "Tiền mặt", "Tiền hỗ trợ", None, None, "1 tỷ 100 triệu", "kíp Lào", businesses],
        [july, "Khăm Muôn", "Hiện vật", "Bộ máy vi tính", 20, "bộ", None, None, businesses],
        [july, "Khăm Muôn", "Hiện vật", "Dầu", 49_000, "lít", None, None, businesses],
    ]
    return [[number, *row, SAMPLE_MARK] for number, row in enumerate(rows, start=1)]


CONSULAR_HEADERS = [
    "STT",
    "Ngày tiếp nhận",
    "Họ và tên",
    "Ngày sinh",
    "Số hộ chiếu",
    "Quốc gia",
    "Loại vụ việc",
    "Kết quả xử lý",
    "Dữ liệu mẫu",
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phan", "Hoàng", "Võ", "Đặng", "Bùi"]
MIDDLE = ["Văn", "Thị", "Đình", "Hữu", "Minh", "Thanh"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dung",
    "Giang",
    "Hà",
    "Hùng",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Phúc",
    "Quang",
    "Sơn",
    "Trang",
]
CASE_COUNTRIES = [
    ("Ukraina", "Hỗ trợ công dân sơ tán"),
    ("Lào", "Công dân vi phạm pháp luật"),
    ("Hàn Quốc", "Lao động cư trú bất hợp pháp"),
    ("Nhật Bản", "Hỗ trợ thân nhân"),
    ("Đài Loan (Trung Quốc)", "Lao động gặp nạn"),
    ("Thái Lan", "Xác minh nhân thân"),
]


def consular_cases(rng: random.Random) -> list[list[object]]:
    rows = []
    for start, end, count in ((D(2020, 2, 1), D(2020, 12, 20), 7), (D(2022, 1, 6), D(2022, 9, 12), 12)):
        for received in spread_dates(rng, start, end, count):
            country, case_type = rng.choice(CASE_COUNTRIES)
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
            born = D(rng.randint(1965, 2002), rng.randint(1, 12), rng.randint(1, 28))
            passport = f"{rng.choice('BCN')}{rng.randint(1_000_000, 9_999_999)}"
            rows.append(
                [
                    received,
                    name,
                    born.strftime("%d/%m/%Y"),
                    passport,
                    country,
                    case_type,
                    rng.choice(["Đã giải quyết", "Đang xử lý"]),
                ]
            )
    return [[number, *row, SAMPLE_MARK] for number, row in enumerate(rows, start=1)]


LAO_STUDENT_HEADERS = ["STT", "Ngày thống kê", "Cơ sở đào tạo", "Tỉnh của Lào", "Số lưu học sinh", "Dữ liệu mẫu"]
INSTITUTIONS = [
    "Trường Đại học Hà Tĩnh",
    "Trường Cao đẳng Y tế Hà Tĩnh",
    "Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh",
    "Trường Cao đẳng Công nghệ Hà Tĩnh",
]
HOME_PROVINCES = ["Bolikhamsay", "Khăm Muôn", "Savannakhet", "Thủ đô Viêng Chăn"]


def lao_students(rng: random.Random) -> list[list[object]]:
    rows = []
    # "Nearly 1,100" was published for 2022; the register count is 1,087.
    for snapshot, total in ((D(2020, 10, 15), 934), (D(2022, 9, 5), 1_087)):
        cells = [(institution, province) for institution in INSTITUTIONS for province in HOME_PROVINCES]
        for (institution, province), students in zip(cells, split_total(rng, total, len(cells), minimum=5)):
            rows.append([snapshot, institution, province, students])
    return [[number, *row, SAMPLE_MARK] for number, row in enumerate(rows, start=1)]


RATE_HEADERS = ["STT", "Ngày áp dụng", "Loại tiền", "Tỷ giá (VND)", "Dữ liệu mẫu"]
RATES = [
    (D(2017, 1, 1), "USD", 22_700),
    (D(2020, 1, 1), "USD", 23_170),
    (D(2020, 7, 1), "USD", 23_180),
    (D(2022, 1, 1), "USD", 22_790),
    (D(2022, 7, 1), "USD", 23_370),
    (D(2023, 1, 1), "USD", 23_550),
    (D(2020, 1, 1), "LAK", 2.6),
    (D(2022, 1, 1), "LAK", 2.02),
    (D(2022, 7, 1), "LAK", 1.55),
    (D(2022, 1, 1), "EUR", 25_800),
    (D(2022, 7, 1), "EUR", 24_400),
    (D(2020, 1, 1), "KRW", 19.9),
    (D(2022, 1, 1), "KRW", 19.1),
    (D(2020, 1, 1), "JPY", 212.5),
    (D(2022, 1, 1), "JPY", 198.2),
]


def exchange_rates() -> list[list[object]]:
    return [
        [number, rate_date, currency, rate, SAMPLE_MARK]
        for number, (rate_date, currency, rate) in enumerate(RATES, start=1)
    ]
