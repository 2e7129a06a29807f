"""The raw folders, as external assets at the start of the lineage graph."""

from dagster import AssetKey, AssetSpec

raw_registers = AssetSpec(
    key=AssetKey(["raw", "registers"]),
    description="Departmental registers (sổ theo dõi), raw/registers/*.xlsx",
    group_name="raw",
)
raw_reports = AssetSpec(
    key=AssetKey(["raw", "reports"]),
    description="Report tables (bảng số liệu báo cáo), raw/reports/*.xlsx",
    group_name="raw",
)
raw_documents = AssetSpec(
    key=AssetKey(["raw", "documents"]),
    description="Narrative reports (báo cáo), raw/documents/*.docx|*.txt|*.md",
    group_name="raw",
)
