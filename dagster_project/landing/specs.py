"""What each input kind looks like: canonical English columns, their value types and whether
a row needs them. The Vietnamese headers clerks write for them are data, in
header_vocabulary.yml beside this module."""

from __future__ import annotations

from dataclasses import dataclass

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
    kind: str = "text"
    required: bool = False
    description: str = ""
    future_allowed: bool = False
    maximum: int | None = None  # larger counts are typing errors, not data
    counted: bool = False  # a published figure is counted from it: a bad value holds the row back even when optional
    money: bool = False  # a sum of money: a unit line or header unit applies, and stray words beside it are refused


@dataclass(frozen=True)
class TableSpec:
    name: str
    title_vi: str
    description: str
    columns: tuple[ColumnSpec, ...]
    family: str = "registers"
    # (start, end) date columns a range in one cell fills ("12-15/3/2023": start 12/3, end 15/3).
    date_ranges: tuple[tuple[str, str], ...] = ()
    # (key, value) of a wide table: one value column per key under a merged group header
    # (students per Lao province in columns) becomes one row per key.
    unpivot: tuple[str, str] | None = None
    # Columns a sheet may give once, in its title block ("tính đến ngày 31/12/2023").
    title_columns: tuple[str, ...] = ()
    # Columns a section row may give to the rows below it, when the header has no such column
    # (gifts grouped under "1. Tỉnh Bolikhamsay").
    section_columns: tuple[str, ...] = ()
    # Columns the header must have although a row may leave them blank (an in-kind gift without a
    # value): with the required ones, what makes a sheet this table.
    header_requires: tuple[str, ...] = ()
    # Columns clerks write once for a group of rows and leave blank below ("ditto"): a blank cell
    # takes the value of the entry above it in the same section (noted in quality.cell_notes).
    carried_down: tuple[str, ...] = ()

    @property
    def required_columns(self) -> list[ColumnSpec]:
        return [column for column in self.columns if column.required]

    @property
    def landed_columns(self) -> list[ColumnSpec]:
        """Columns written to the landing table; personal data that is dropped never is."""
        return [column for column in self.columns if SQL_TYPES[column.kind] is not None]


SAMPLE = ColumnSpec(
    "sample_label",
    description="Marks synthetic sample rows (Dữ liệu mẫu); empty in real registers",
)


def _spec(name: str, title_vi: str, description: str, *columns: ColumnSpec, **kwargs) -> TableSpec:
    return TableSpec(name, title_vi, description, (*columns, SAMPLE), **kwargs)


C = ColumnSpec

OUTBOUND_DELEGATIONS = _spec(
    "outbound_delegations",
    "Đoàn ra",
    "Outbound delegations: officials of the province travelling abroad",
    C("departure_date", "date", True, "Departure date (Ngày đi)"),
    C("return_date", "date", False, "Return date (Ngày về)"),
    C("destination_country", "text", True, "Destination country (Nước đến)"),
    C("host_partner", "text", False, "Host partner (Đối tác / Cơ quan mời)"),
    C("leader_title", "text", False, "Position of the head of delegation (Trưởng đoàn)"),
    C("members", "count", True, "Members in the delegation (Số thành viên)", maximum=1_000),
    C("purpose", "text", False, "Purpose (Mục đích)"),
    C("funding_source", "text", False, "Funding source (Nguồn kinh phí)"),
    C("sending_agency", "text", False, "Sending agency (Cơ quan cử đoàn)"),
    date_ranges=(("departure_date", "return_date"),),
)

INBOUND_DELEGATIONS = _spec(
    "inbound_delegations",
    "Đoàn vào",
    "Inbound delegations: foreign visitors, diplomatic missions and organisations visiting the province",
    C("arrival_date", "date", True, "Arrival date (Ngày đến)"),
    C("departure_date", "date", False, "Departure date (Ngày đi)"),
    C("visiting_partner", "text", True, "Visiting body (Tên đoàn / Cơ quan)"),
    C("origin_country", "text", False, "Country of the visitors (Quốc gia)"),
    C("delegation_category", "text", False, "Category: foreign delegation or mission based in Viet Nam (Loại đoàn)"),
    C("visitors", "count", True, "Visitors in the delegation (Số khách)", maximum=5_000),
    C("purpose", "text", False, "Purpose (Mục đích)"),
    C("host_agency", "text", False, "Receiving agency (Cơ quan tiếp đón)"),
    date_ranges=(("arrival_date", "departure_date"),),
)

CONFERENCES = _spec(
    "conferences",
    "Hội nghị, hội thảo quốc tế",
    "International conferences and seminars held in the province",
    C("event_date", "date", True, "Date held (Ngày tổ chức)"),
    C("title", "text", True, "Title (Tên hội nghị, hội thảo)"),
    C("organiser", "text", False, "Organising agency (Đơn vị tổ chức)"),
    C("foreign_partner", "text", False, "Foreign co-organiser (Đối tác nước ngoài)"),
    C("venue", "text", False, "Venue (Địa điểm)"),
    C("foreign_participants", "count", False, "Foreign participants (Số đại biểu nước ngoài)", maximum=5_000),
)

AGREEMENTS = _spec(
    "agreements",
    "Thỏa thuận quốc tế",
    "International agreements signed by the province or its agencies",
    C("signed_date", "date", True, "Date signed (Ngày ký)"),
    C("title", "text", True, "Title (Tên thỏa thuận)"),
    C("foreign_partner", "text", True, "Foreign party (Đối tác nước ngoài)"),
    C("signing_level", "text", False, "Level: provincial or agency (Cấp ký kết)"),
    C("signing_agency", "text", False, "Signing agency (Cơ quan ký)"),
)

NGO_REGISTRATIONS = _spec(
    "ngo_registrations",
    "Tổ chức phi chính phủ nước ngoài",
    "Registrations of foreign non-governmental organisations (tổ chức PCPNN)",
    C("ngo_name", "text", True, "Organisation (Tên tổ chức)"),
    C("ngo_country", "text", False, "Home country (Quốc gia)"),
    C("certificate_number", "text", True, "Registration certificate number (Số giấy đăng ký)"),
    C("registration_kind", "text", False, "New, supplementary or extended (Loại đăng ký)"),
    C("issue_date", "date", True, "Issue date (Ngày cấp)"),
    C("expiry_date", "date", True, "Expiry date (Ngày hết hạn)", future_allowed=True),
    C("operating_area", "text", False, "Districts where it works (Địa bàn hoạt động)"),
)

AID_PROJECTS = _spec(
    "aid_projects",
    "Dự án viện trợ",
    "Aid projects: foreign NGO programmes and ODA / concessional-loan projects",
    C("project_code", "text", True, "Project code (Mã dự án)"),
    C("project_title", "text", True, "Title (Tên dự án)"),
    C("donor", "text", True, "Donor (Nhà tài trợ)"),
    C("aid_modality", "text", True, "NGO aid, ODA or concessional loan (Loại viện trợ)"),
    C("approval_date", "date", True, "Date appraised and accepted (Ngày phê duyệt)"),
    C("sector", "text", False, "Sector (Lĩnh vực)"),
    C("location", "text", False, "Location (Địa bàn)"),
)

AID_TRANSACTIONS = _spec(
    "aid_transactions",
    "Cam kết, giải ngân",
    "Commitments, counterpart funds and disbursements of aid projects",
    C("project_code", "text", True, "Project code (Mã dự án)"),
    C("value_date", "date", True, "Value date (Ngày)"),
    C("transaction_kind", "text", True, "Commitment, counterpart or disbursement (Loại giao dịch)"),
    # Optional: a sheet of one donor's projects may not repeat it; the project list names the donor.
    C("funder", "text", False, "Who provides the money (Bên cấp vốn); the project's donor when empty"),
    C("amount", "amount", True, "Amount in the original currency (Số tiền)", money=True),
    # Optional here because "2 tỷ 600 triệu kíp" names its own currency; a row with neither is rejected.
    C("currency", "currency", False, "Currency, ISO 4217 (Loại tiền)", counted=True),
    carried_down=("project_code",),
)

LAO_SUPPORT = _spec(
    "lao_support",
    "Hỗ trợ các tỉnh của Lào",
    "Gifts and support given to partner provinces of Laos, in cash and in kind",
    C("value_date", "date", True, "Date given (Ngày trao)"),
    C("recipient", "text", True, "Recipient (Đơn vị nhận)"),
    # Optional: the value is counted either way, and some sheets do not say how it was given.
    C("support_form", "text", False, "Cash or in kind (Hình thức)"),
    C("item_description", "text", False, "What was given (Nội dung)"),
    C("quantity", "amount", False, "Quantity of items (Số lượng)"),
    C("quantity_unit", "text", False, "Unit of the items (Đơn vị tính)"),
    C("amount", "amount", False, "Value in the original currency (Giá trị)", counted=True, money=True),
    C("currency", "currency", False, "Currency, ISO 4217 (Loại tiền)", counted=True),
    C("donor_agency", "text", False, "Giver on the Vietnamese side (Đơn vị tặng)"),
    section_columns=("recipient",),
    header_requires=("amount",),
)

CONSULAR_CASES = _spec(
    "consular_cases",
    "Vụ việc lãnh sự, bảo hộ công dân",
    "Consular and citizen-protection cases (personal data is hashed or dropped at landing)",
    C("received_date", "date", True, "Date received (Ngày tiếp nhận)"),
    C("citizen_key", "pii_hash", False, "Keyed hash of the citizen's name (Họ và tên)"),
    C("passport_key", "pii_hash", False, "Keyed hash of the passport number (Số hộ chiếu)"),
    C("date_of_birth", "pii_drop", False, "Date of birth (Ngày sinh): never landed"),
    C("country", "text", True, "Country where it happened (Quốc gia)"),
    C("case_type", "text", True, "Kind of case (Loại vụ việc)"),
    C("outcome", "text", False, "Outcome (Kết quả xử lý)"),
)

LAO_STUDENTS = _spec(
    "lao_students",
    "Lưu học sinh Lào",
    "Lao students studying in the province, counted per institution at a date",
    C("snapshot_date", "date", True, "Date of the count (Ngày thống kê)"),
    C("institution", "text", True, "School or university (Cơ sở đào tạo)"),
    C("home_province", "text", False, "Home province in Laos (Tỉnh của Lào)"),
    C("students", "count", True, "Students (Số lưu học sinh)", maximum=100_000),
    unpivot=("home_province", "students"),
    title_columns=("snapshot_date",),
)

EXCHANGE_RATES = _spec(
    "exchange_rates",
    "Tỷ giá",
    "Exchange rates: Vietnamese dong per unit of a currency from a date",
    C("rate_date", "date", True, "Date the rate applies from (Ngày áp dụng)"),
    C("currency", "currency", True, "Currency, ISO 4217 (Loại tiền)"),
    C("vnd_per_unit", "rate", True, "Dong per unit (Tỷ giá)"),
)

REPORTED_INDICATORS = TableSpec(
    "reported_indicators",
    "Bảng số liệu báo cáo",
    "Figures as published in the department's report tables",
    (
        C("period_code", "period", True, "Reporting period code (Kỳ báo cáo)"),
        C("indicator_code", "text", True, "Indicator code (Chỉ tiêu)"),
        C("value", "amount", True, "Published value in the indicator's unit (Giá trị)"),
        C("unit", "text", False, "Unit as written (Đơn vị)"),
        C("qualifier", "qualifier", False, "exact / approx / over / under (Ghi chú)", counted=True),
        C("source", "text", False, "Published source (Nguồn)"),
    ),
    family="reports",
)

# Narrative reports: what the extractor read from each document. Columns have no headers to
# match; the rows come from dagster_project/documents, not from a sheet.
_EXCERPT = C("source_excerpt", "text", True, "The sentence the figure was read from (trích dẫn)")
_CHAR_START = C("char_start", "count", True, "Offset of the figure as written in the document's text (vị trí bắt đầu)")
_CHAR_END = C("char_end", "count", True, "Offset just after the figure as written (vị trí kết thúc)")
_EXCERPT_START = C("excerpt_start", "count", True, "Offset of the sentence in the document's text (vị trí câu)")
_AS_WRITTEN = C(
    "value_as_written", "text", True, "The figure as the report writes it, with its qualifier (số liệu nguyên văn)"
)

DOCUMENTS = TableSpec(
    "documents",
    "Báo cáo",
    "Narrative reports: one row per document, with the period it reports on and its full text",
    (
        C("title", "text", False, "Title or first line of the report (tiêu đề)"),
        C(
            "report_period_code",
            "text",
            False,
            "Period the report covers, when its title or text names one (kỳ báo cáo)",
        ),
        C(
            "period_evidence",
            "text",
            True,
            "Where the report's period was read, or why it is unknown (căn cứ xác định kỳ)",
        ),
        C(
            "document_text",
            "text",
            True,
            "The document's text as extracted; character offsets point into it (nội dung)",
        ),
        C("char_count", "count", True, "Characters in the text (số ký tự)"),
        C("block_count", "count", True, "Paragraphs, table rows and footnotes read (số đoạn)"),
    ),
    family="documents",
)

DOCUMENT_FIGURES = TableSpec(
    "document_figures",
    "Số liệu trích từ báo cáo",
    "Figures read from narrative reports: indicator, period and value certain, with the sentence",
    (
        C("period_code", "text", True, "Reporting period code (kỳ báo cáo)"),
        C("indicator_code", "text", True, "Indicator (chỉ tiêu)"),
        C("value", "amount", True, "Value in the indicator's unit (giá trị)"),
        C("unit", "text", True, "Unit of the indicator (đơn vị)"),
        C("qualifier", "qualifier", True, "exact / approx (gần, khoảng) / over (trên, hơn) / under (dưới) (mức độ)"),
        _AS_WRITTEN,
        _EXCERPT,
        _CHAR_START,
        _CHAR_END,
        _EXCERPT_START,
        C("period_evidence", "text", True, "The words that set the period (căn cứ xác định kỳ)"),
        C("extraction_rule", "text", True, "Phrase family of documents/phrases.yml that matched (quy tắc trích xuất)"),
    ),
    family="documents",
)

DOCUMENT_REVIEW = TableSpec(
    "document_review",
    "Số liệu cần xem xét",
    "Figure-like phrases the extractor could not publish with certainty, with the reason",
    (
        C("reason", "text", True, "Why the figure was not published (lý do)"),
        C("candidate_indicators", "text", False, "Indicators the phrase resembles (chỉ tiêu có thể)"),
        C("period_code", "text", False, "Period, when known (kỳ báo cáo)"),
        C("value", "amount", False, "Value as read, scale applied (giá trị)"),
        C("unit", "text", False, "Unit or currency as read (đơn vị)"),
        C("qualifier", "qualifier", False, "exact / approx / over / under (mức độ)"),
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
        C("name_as_written", "text", True, "Name as the report writes it (tên nguyên văn)"),
        C("found_by", "text", True, "codelist (a known spelling) or acronym (not known yet) (cách nhận diện)"),
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
