"""What each input kind looks like: canonical English columns and the Vietnamese headers
departments use for them. Adding a spelling of a header is a one-line change here."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from dagster_project.parsing.text import normalize_label

LANDING_SCHEMA = "landing"
QUALITY_SCHEMA = "quality"

# Column value types, each with its DuckDB type.
SQL_TYPES = {
    "text": "VARCHAR",
    "date": "DATE",
    "count": "BIGINT",
    "amount": "DECIMAL(24,4)",
    "rate": "DOUBLE",
    "currency": "VARCHAR",
    "period": "VARCHAR",
    "qualifier": "VARCHAR",
    "pii_hash": "VARCHAR",
    "pii_drop": None,
}


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    headers: tuple[str, ...]
    kind: str = "text"
    required: bool = False
    description: str = ""
    future_allowed: bool = False
    maximum: int | None = None  # larger counts are typing errors, not data

    @cached_property
    def normalized_headers(self) -> frozenset[str]:
        return frozenset(normalize_label(header) for header in (*self.headers, self.name))


@dataclass(frozen=True)
class TableSpec:
    name: str
    title_vi: str
    description: str
    columns: tuple[ColumnSpec, ...]
    family: str = "registers"
    sheet_hints: tuple[str, ...] = field(default=())

    @cached_property
    def header_aliases(self) -> dict[str, str]:
        """Normalised header spelling -> canonical column; the first column claiming a spelling keeps it."""
        aliases: dict[str, str] = {}
        for column in self.columns:
            for alias in column.normalized_headers:
                aliases.setdefault(alias, column.name)
        return aliases

    @property
    def required_columns(self) -> list[ColumnSpec]:
        return [column for column in self.columns if column.required]

    @property
    def landed_columns(self) -> list[ColumnSpec]:
        """Columns written to the landing table; personal data that is dropped never is."""
        return [column for column in self.columns if SQL_TYPES[column.kind] is not None]


SAMPLE = ColumnSpec(
    "sample_label",
    ("Dữ liệu mẫu", "Ghi chú dữ liệu", "sample"),
    description="Marks synthetic sample rows (Dữ liệu mẫu); empty in real registers",
)


def _spec(name: str, title_vi: str, description: str, *columns: ColumnSpec, **kwargs) -> TableSpec:
    return TableSpec(name, title_vi, description, (*columns, SAMPLE), **kwargs)


C = ColumnSpec

OUTBOUND_DELEGATIONS = _spec(
    "outbound_delegations",
    "Đoàn ra",
    "Outbound delegations: officials of the province travelling abroad",
    C("departure_date", ("Ngày đi", "Ngày xuất cảnh", "Thời gian đi"), "date", True, "Departure date (Ngày đi)"),
    C("return_date", ("Ngày về", "Ngày nhập cảnh"), "date", False, "Return date (Ngày về)"),
    C("destination_country", ("Nước đến", "Quốc gia đến", "Nước đi", "Nước"), "text", True, "Destination country (Nước đến)"),
    C("host_partner", ("Đối tác", "Cơ quan mời", "Đối tác làm việc", "Nơi làm việc"), "text", False, "Host partner (Đối tác / Cơ quan mời)"),
    C("leader_title", ("Trưởng đoàn", "Chức vụ trưởng đoàn"), "text", False, "Position of the head of delegation (Trưởng đoàn)"),
    C("members", ("Số thành viên", "Số người", "Số lượng", "Số lượt người"), "count", True, "Members in the delegation (Số thành viên)", maximum=1_000),
    C("purpose", ("Mục đích", "Nội dung", "Mục đích chuyến đi"), "text", False, "Purpose (Mục đích)"),
    C("funding_source", ("Nguồn kinh phí", "Kinh phí"), "text", False, "Funding source (Nguồn kinh phí)"),
    C("sending_agency", ("Cơ quan cử đoàn", "Đơn vị cử", "Cơ quan chủ quản"), "text", False, "Sending agency (Cơ quan cử đoàn)"),
    sheet_hints=("doan ra",),
)

INBOUND_DELEGATIONS = _spec(
    "inbound_delegations",
    "Đoàn vào",
    "Inbound delegations: foreign visitors, diplomatic missions and organisations visiting the province",
    C("arrival_date", ("Ngày đến", "Ngày vào", "Thời gian đến"), "date", True, "Arrival date (Ngày đến)"),
    C("departure_date", ("Ngày đi", "Ngày rời"), "date", False, "Departure date (Ngày đi)"),
    C("visiting_partner", ("Tên đoàn", "Cơ quan / tổ chức", "Đoàn khách", "Cơ quan tổ chức"), "text", True, "Visiting body (Tên đoàn / Cơ quan)"),
    C("origin_country", ("Quốc gia", "Nước", "Quốc tịch"), "text", False, "Country of the visitors (Quốc gia)"),
    C("delegation_category", ("Loại đoàn", "Phân loại"), "text", False, "Category: foreign delegation or mission based in Viet Nam (Loại đoàn)"),
    C("visitors", ("Số khách", "Số thành viên", "Số người", "Số lượt khách"), "count", True, "Visitors in the delegation (Số khách)", maximum=5_000),
    C("purpose", ("Mục đích", "Nội dung làm việc", "Nội dung"), "text", False, "Purpose (Mục đích)"),
    C("host_agency", ("Cơ quan tiếp đón", "Đơn vị đón tiếp", "Cơ quan đón"), "text", False, "Receiving agency (Cơ quan tiếp đón)"),
    sheet_hints=("doan vao",),
)

CONFERENCES = _spec(
    "conferences",
    "Hội nghị, hội thảo quốc tế",
    "International conferences and seminars held in the province",
    C("event_date", ("Ngày tổ chức", "Thời gian tổ chức", "Ngày"), "date", True, "Date held (Ngày tổ chức)"),
    C("title", ("Tên hội nghị, hội thảo", "Tên hội nghị", "Tên hội thảo"), "text", True, "Title (Tên hội nghị, hội thảo)"),
    C("organiser", ("Đơn vị tổ chức", "Cơ quan tổ chức"), "text", False, "Organising agency (Đơn vị tổ chức)"),
    C("foreign_partner", ("Đối tác nước ngoài", "Đơn vị phối hợp", "Đối tác"), "text", False, "Foreign co-organiser (Đối tác nước ngoài)"),
    C("venue", ("Địa điểm",), "text", False, "Venue (Địa điểm)"),
    C("foreign_participants", ("Số đại biểu nước ngoài", "Đại biểu quốc tế"), "count", False, "Foreign participants (Số đại biểu nước ngoài)", maximum=5_000),
    sheet_hints=("hoi nghi", "hoi thao"),
)

AGREEMENTS = _spec(
    "agreements",
    "Thỏa thuận quốc tế",
    "International agreements signed by the province or its agencies",
    C("signed_date", ("Ngày ký", "Ngày ký kết"), "date", True, "Date signed (Ngày ký)"),
    C("title", ("Tên thỏa thuận", "Tên văn bản", "Thỏa thuận"), "text", True, "Title (Tên thỏa thuận)"),
    C("foreign_partner", ("Đối tác nước ngoài", "Đối tác", "Bên ký kết nước ngoài"), "text", True, "Foreign party (Đối tác nước ngoài)"),
    C("signing_level", ("Cấp ký kết", "Cấp ký"), "text", False, "Level: provincial or agency (Cấp ký kết)"),
    C("signing_agency", ("Cơ quan ký", "Đơn vị ký kết"), "text", False, "Signing agency (Cơ quan ký)"),
    sheet_hints=("thoa thuan",),
)

NGO_REGISTRATIONS = _spec(
    "ngo_registrations",
    "Tổ chức phi chính phủ nước ngoài",
    "Registrations of foreign non-governmental organisations (tổ chức PCPNN)",
    C("ngo_name", ("Tên tổ chức", "Tổ chức PCPNN", "Tên tổ chức PCPNN"), "text", True, "Organisation (Tên tổ chức)"),
    C("ngo_country", ("Quốc gia", "Nước"), "text", False, "Home country (Quốc gia)"),
    C("certificate_number", ("Số giấy đăng ký", "Số GĐK", "Số giấy"), "text", True, "Registration certificate number (Số giấy đăng ký)"),
    C("registration_kind", ("Loại đăng ký", "Hình thức", "Cấp mới / bổ sung"), "text", False, "New, supplementary or extended (Loại đăng ký)"),
    C("issue_date", ("Ngày cấp",), "date", True, "Issue date (Ngày cấp)"),
    C("expiry_date", ("Ngày hết hạn", "Hiệu lực đến"), "date", True, "Expiry date (Ngày hết hạn)", future_allowed=True),
    C("operating_area", ("Địa bàn hoạt động", "Địa bàn"), "text", False, "Districts where it works (Địa bàn hoạt động)"),
    sheet_hints=("pcpnn", "ngo"),
)

AID_PROJECTS = _spec(
    "aid_projects",
    "Dự án viện trợ",
    "Aid projects: foreign NGO programmes and ODA / concessional-loan projects",
    C("project_code", ("Mã dự án",), "text", True, "Project code (Mã dự án)"),
    C("project_title", ("Tên dự án", "Tên chương trình, dự án"), "text", True, "Title (Tên dự án)"),
    C("donor", ("Nhà tài trợ", "Tổ chức tài trợ", "Nhà tài trợ chính"), "text", True, "Donor (Nhà tài trợ)"),
    C("aid_modality", ("Loại viện trợ", "Nguồn vốn", "Loại nguồn vốn"), "text", True, "NGO aid, ODA or concessional loan (Loại viện trợ)"),
    C("approval_date", ("Ngày phê duyệt", "Ngày tiếp nhận", "Ngày thẩm định"), "date", True, "Date appraised and accepted (Ngày phê duyệt)"),
    C("sector", ("Lĩnh vực",), "text", False, "Sector (Lĩnh vực)"),
    C("location", ("Địa bàn", "Địa điểm"), "text", False, "Location (Địa bàn)"),
    sheet_hints=("du an",),
)

AID_TRANSACTIONS = _spec(
    "aid_transactions",
    "Cam kết, giải ngân",
    "Commitments, counterpart funds and disbursements of aid projects",
    C("project_code", ("Mã dự án",), "text", True, "Project code (Mã dự án)"),
    C("value_date", ("Ngày", "Ngày giao dịch", "Ngày cam kết"), "date", True, "Value date (Ngày)"),
    C("transaction_kind", ("Loại giao dịch", "Nội dung"), "text", True, "Commitment, counterpart or disbursement (Loại giao dịch)"),
    C("funder", ("Bên cấp vốn", "Nguồn", "Bên tài trợ"), "text", True, "Who provides the money (Bên cấp vốn)"),
    C("amount", ("Số tiền", "Giá trị"), "amount", True, "Amount in the original currency (Số tiền)"),
    # Optional here because "2 tỷ 600 triệu kíp" names its own currency; a row with neither is rejected.
    C("currency", ("Loại tiền", "Đơn vị tiền tệ", "Tiền tệ"), "currency", False, "Currency, ISO 4217 (Loại tiền)"),
    sheet_hints=("cam ket", "giai ngan"),
)

LAO_SUPPORT = _spec(
    "lao_support",
    "Hỗ trợ các tỉnh của Lào",
    "Gifts and support given to partner provinces of Laos, in cash and in kind",
    C("value_date", ("Ngày", "Ngày trao", "Thời gian"), "date", True, "Date given (Ngày trao)"),
    C("recipient", ("Đơn vị nhận", "Tỉnh nhận", "Bên nhận"), "text", True, "Recipient (Đơn vị nhận)"),
    C("support_form", ("Hình thức", "Hình thức hỗ trợ"), "text", True, "Cash or in kind (Hình thức)"),
    C("item_description", ("Nội dung", "Hiện vật", "Nội dung hỗ trợ"), "text", False, "What was given (Nội dung)"),
    C("quantity", ("Số lượng",), "amount", False, "Quantity of items (Số lượng)"),
    C("quantity_unit", ("Đơn vị tính", "ĐVT"), "text", False, "Unit of the items (Đơn vị tính)"),
    C("amount", ("Giá trị", "Số tiền", "Trị giá"), "amount", False, "Value in the original currency (Giá trị)"),
    C("currency", ("Loại tiền", "Tiền tệ"), "currency", False, "Currency, ISO 4217 (Loại tiền)"),
    C("donor_agency", ("Đơn vị tặng", "Bên tặng", "Đơn vị hỗ trợ"), "text", False, "Giver on the Vietnamese side (Đơn vị tặng)"),
    sheet_hints=("lao", "ho tro"),
)

CONSULAR_CASES = _spec(
    "consular_cases",
    "Vụ việc lãnh sự, bảo hộ công dân",
    "Consular and citizen-protection cases (personal data is hashed or dropped at landing)",
    C("received_date", ("Ngày tiếp nhận", "Ngày"), "date", True, "Date received (Ngày tiếp nhận)"),
    C("citizen_key", ("Họ và tên", "Họ tên công dân", "Họ tên"), "pii_hash", False, "Keyed hash of the citizen's name (Họ và tên)"),
    C("passport_key", ("Số hộ chiếu", "Hộ chiếu"), "pii_hash", False, "Keyed hash of the passport number (Số hộ chiếu)"),
    C("date_of_birth", ("Ngày sinh",), "pii_drop", False, "Date of birth (Ngày sinh): never landed"),
    C("country", ("Quốc gia", "Nước xảy ra vụ việc", "Nước"), "text", True, "Country where it happened (Quốc gia)"),
    C("case_type", ("Loại vụ việc", "Nội dung vụ việc"), "text", True, "Kind of case (Loại vụ việc)"),
    C("outcome", ("Kết quả xử lý", "Kết quả"), "text", False, "Outcome (Kết quả xử lý)"),
    sheet_hints=("lanh su", "bao ho"),
)

LAO_STUDENTS = _spec(
    "lao_students",
    "Lưu học sinh Lào",
    "Lao students studying in the province, counted per institution at a date",
    C("snapshot_date", ("Ngày thống kê", "Tính đến ngày", "Ngày"), "date", True, "Date of the count (Ngày thống kê)"),
    C("institution", ("Cơ sở đào tạo", "Trường"), "text", True, "School or university (Cơ sở đào tạo)"),
    C("home_province", ("Tỉnh của Lào", "Quê quán"), "text", False, "Home province in Laos (Tỉnh của Lào)"),
    C("students", ("Số lưu học sinh", "Số lượng", "Số học sinh"), "count", True, "Students (Số lưu học sinh)", maximum=100_000),
    sheet_hints=("luu hoc sinh",),
)

EXCHANGE_RATES = _spec(
    "exchange_rates",
    "Tỷ giá",
    "Exchange rates: Vietnamese dong per unit of a currency from a date",
    C("rate_date", ("Ngày áp dụng", "Ngày"), "date", True, "Date the rate applies from (Ngày áp dụng)"),
    C("currency", ("Loại tiền", "Mã tiền tệ", "Tiền tệ"), "currency", True, "Currency, ISO 4217 (Loại tiền)"),
    C("vnd_per_unit", ("Tỷ giá", "Tỷ giá (VND)", "Tỷ giá quy đổi"), "rate", True, "Dong per unit (Tỷ giá)"),
    sheet_hints=("ty gia",),
)

REPORTED_INDICATORS = TableSpec(
    "reported_indicators",
    "Bảng số liệu báo cáo",
    "Figures as published in the department's report tables",
    (
        C("period_code", ("Kỳ báo cáo", "Kỳ", "period"), "period", True, "Reporting period code (Kỳ báo cáo)"),
        C("indicator_code", ("Chỉ tiêu", "indicator"), "text", True, "Indicator code (Chỉ tiêu)"),
        C("value", ("Giá trị", "Số liệu"), "amount", True, "Published value in the indicator's unit (Giá trị)"),
        C("unit", ("Đơn vị", "Đơn vị tính"), "text", False, "Unit as written (Đơn vị)"),
        C("qualifier", ("Ghi chú", "Mức độ"), "qualifier", False, "exact / approx / over / under (Ghi chú)"),
        C("source", ("Nguồn", "Nguồn số liệu"), "text", False, "Published source (Nguồn)"),
    ),
    family="reports",
)

# Narrative reports: what the extractor read from each document. Columns have no headers to
# match; the rows come from dagster_project/documents, not from a sheet.
_EXCERPT = C("source_excerpt", (), "text", True, "The sentence the figure was read from (trích dẫn)")
_CHAR_START = C("char_start", (), "count", True, "Offset of the figure as written in the document's text (vị trí bắt đầu)")
_CHAR_END = C("char_end", (), "count", True, "Offset just after the figure as written (vị trí kết thúc)")
_EXCERPT_START = C("excerpt_start", (), "count", True, "Offset of the sentence in the document's text (vị trí câu)")
_AS_WRITTEN = C("value_as_written", (), "text", True, "The figure as the report writes it, with its qualifier (số liệu nguyên văn)")

DOCUMENTS = TableSpec(
    "documents",
    "Báo cáo",
    "Narrative reports: one row per document, with the period it reports on and its full text",
    (
        C("title", (), "text", False, "Title or first line of the report (tiêu đề)"),
        C("report_period_code", (), "text", False, "Period the report covers, when its title or text names one (kỳ báo cáo)"),
        C("period_evidence", (), "text", True, "Where the report's period was read, or why it is unknown (căn cứ xác định kỳ)"),
        C("document_text", (), "text", True, "The document's text as extracted; character offsets point into it (nội dung)"),
        C("char_count", (), "count", True, "Characters in the text (số ký tự)"),
        C("block_count", (), "count", True, "Paragraphs, table rows and footnotes read (số đoạn)"),
    ),
    family="documents",
)

DOCUMENT_FIGURES = TableSpec(
    "document_figures",
    "Số liệu trích từ báo cáo",
    "Figures read from narrative reports: indicator, period and value certain, with the sentence",
    (
        C("period_code", (), "text", True, "Reporting period code (kỳ báo cáo)"),
        C("indicator_code", (), "text", True, "Indicator (chỉ tiêu)"),
        C("value", (), "amount", True, "Value in the indicator's unit (giá trị)"),
        C("unit", (), "text", True, "Unit of the indicator (đơn vị)"),
        C("qualifier", (), "qualifier", True, "exact / approx (gần, khoảng) / over (trên, hơn) / under (dưới) (mức độ)"),
        _AS_WRITTEN,
        _EXCERPT,
        _CHAR_START,
        _CHAR_END,
        _EXCERPT_START,
        C("period_evidence", (), "text", True, "The words that set the period (căn cứ xác định kỳ)"),
        C("extraction_rule", (), "text", True, "Phrase family of documents/phrases.yml that matched (quy tắc trích xuất)"),
    ),
    family="documents",
)

DOCUMENT_REVIEW = TableSpec(
    "document_review",
    "Số liệu cần xem xét",
    "Figure-like phrases the extractor could not publish with certainty, with the reason",
    (
        C("reason", (), "text", True, "Why the figure was not published (lý do)"),
        C("candidate_indicators", (), "text", False, "Indicators the phrase resembles (chỉ tiêu có thể)"),
        C("period_code", (), "text", False, "Period, when known (kỳ báo cáo)"),
        C("value", (), "amount", False, "Value as read, scale applied (giá trị)"),
        C("unit", (), "text", False, "Unit or currency as read (đơn vị)"),
        C("qualifier", (), "qualifier", False, "exact / approx / over / under (mức độ)"),
        _AS_WRITTEN,
        _EXCERPT,
        _CHAR_START,
        _CHAR_END,
        _EXCERPT_START,
    ),
    family="documents",
)

DOCUMENT_PARTNER_MENTIONS = TableSpec(
    "document_partner_mentions",
    "Đối tác được nhắc đến",
    "Partner names mentioned in narrative reports, as written",
    (
        C("name_as_written", (), "text", True, "Name as the report writes it (tên nguyên văn)"),
        C("found_by", (), "text", True, "codelist (a known spelling) or acronym (not known yet) (cách nhận diện)"),
        _CHAR_START,
        _CHAR_END,
    ),
    family="documents",
)

REGISTER_SPECS: tuple[TableSpec, ...] = (
    OUTBOUND_DELEGATIONS,
    INBOUND_DELEGATIONS,
    CONFERENCES,
    AGREEMENTS,
    NGO_REGISTRATIONS,
    AID_PROJECTS,
    AID_TRANSACTIONS,
    LAO_SUPPORT,
    CONSULAR_CASES,
    LAO_STUDENTS,
    EXCHANGE_RATES,
)
REPORT_SPECS: tuple[TableSpec, ...] = (REPORTED_INDICATORS,)
DOCUMENT_SPECS: tuple[TableSpec, ...] = (DOCUMENTS, DOCUMENT_FIGURES, DOCUMENT_REVIEW, DOCUMENT_PARTNER_MENTIONS)
ALL_SPECS: tuple[TableSpec, ...] = (*REGISTER_SPECS, *REPORT_SPECS, *DOCUMENT_SPECS)
