"""SAMPLE narrative reports for raw/documents/, written for this project in the department's
style (not copied from real reports). Their figures agree with the SAMPLE registers, so the
shipped sample reconciles; some sentences are there to be refused (a comparison, a plan, a
one-month figure, per-province gifts) and land in quality.extraction_review instead."""

from __future__ import annotations

from pathlib import Path

HALF_YEAR_2022 = [
    ("p", "SỞ NGOẠI VỤ HÀ TĨNH"),
    ("p", "DỮ LIỆU MẪU - SAMPLE (không phải số liệu chính thức)"),
    ("p", "Hà Tĩnh, ngày 24 tháng 6 năm 2022"),
    ("p", "BÁO CÁO"),
    ("p", "Tình hình thực hiện công tác đối ngoại 6 tháng đầu năm 2022 và nhiệm vụ trọng tâm 6 tháng cuối năm 2022"),
    ("p", "I. KẾT QUẢ THỰC HIỆN"),
    ("p", "1. Quản lý đoàn ra, đoàn vào"),
    (
        "p",
        "Sáu tháng đầu năm, toàn tỉnh có 28 đoàn với 190 lượt cán bộ, công chức, viên chức đi công tác nước ngoài, "
        "chủ yếu sang các tỉnh của Lào và Thái Lan. "
        "Sở đã phối hợp đón tiếp 15 đoàn khách nước ngoài với 277 lượt người "
        "đến thăm và làm việc tại tỉnh; trong đó có 03 đoàn với 20 lượt khách quốc tế là cán bộ của các Đại sứ quán, "
        "tổ chức quốc tế đến làm việc.",
    ),
    (
        "p",
        "Tổ chức thành công 06 hội nghị, hội thảo quốc tế trên địa bàn tỉnh, "
        "đúng quy định về quản lý hội nghị quốc tế. "
        "Tham mưu lãnh đạo tỉnh ký kết 01 thỏa thuận hợp tác quốc tế với tỉnh Savannakhet (Lào).",
    ),
    ("p", "2. Công tác lãnh sự và bảo hộ công dân"),
    (
        "p",
        "Chủ trì, phối hợp giải quyết 05 vụ việc lãnh sự, bảo hộ công dân Hà Tĩnh ở nước ngoài, chủ yếu liên quan "
        "đến người lao động tại Hàn Quốc và Nhật Bản.",
    ),
    ("p", "3. Công tác phi chính phủ nước ngoài"),
    (
        "p",
        "Đề nghị cấp mới, bổ sung Giấy đăng ký hoạt động cho 06 tổ chức phi chính phủ nước ngoài; thẩm định, tiếp nhận "
        "08 chương trình, dự án với tổng giá trị cam kết viện trợ gần 1,1 triệu USD, tập trung vào y tế, giáo dục và "
        "sinh kế. Đến nay, trên địa bàn tỉnh có 26 tổ chức phi chính phủ nước ngoài đang hoạt động và có giấy đăng ký.",
    ),
    ("p", "4. Hợp tác với các tỉnh của Lào"),
    (
        "footnoted",
        "Trong 6 tháng đầu năm, tỉnh đã trao hỗ trợ các tỉnh bạn Lào với tổng giá trị 980 triệu đồng, tập trung "
        "cho y tế và giáo dục.",
        "Hỗ trợ tỉnh Bolikhamsay 500 triệu đồng và tỉnh Khăm Muôn 480 triệu đồng; riêng doanh nghiệp trong tỉnh "
        "tặng thêm 300 triệu kíp cho các bản biên giới.",
    ),
    ("p", "Bảng tổng hợp một số kết quả chủ yếu 6 tháng đầu năm 2022:"),
    (
        "table",
        [
            ["Nội dung", "Kết quả", "Ghi chú"],
            ["Đoàn ra", "28 đoàn, 190 lượt người", ""],
            ["Đoàn vào", "15 đoàn, 277 lượt khách", "Gồm cả đoàn cơ quan đại diện"],
            ["Vụ việc lãnh sự, bảo hộ công dân", "05 vụ việc", ""],
        ],
    ),
    ("p", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2022"),
    (
        "p",
        "Phấn đấu tổ chức đón tiếp ít nhất 10 đoàn khách quốc tế; "
        "phối hợp tổ chức 03 hội thảo quốc tế về xúc tiến đầu tư.",
    ),
    ("p", "Trên đây là báo cáo công tác đối ngoại 6 tháng đầu năm 2022 của Sở Ngoại vụ (số liệu mẫu)."),
]

THIRD_QUARTER_2022 = """# Bản tin đối ngoại Quý III/2022 (DỮ LIỆU MẪU - SAMPLE)

*Sở Ngoại vụ Hà Tĩnh. Số liệu mẫu dùng để kiểm thử kho dữ liệu, không phải số liệu chính thức.*

**Hà Tĩnh, ngày 05 tháng 10 năm 2022**

## 1. Kết quả hoạt động đối ngoại quý III năm 2022

- Trong quý, Sở đã tham mưu cử 08 đoàn với 58 lượt cán bộ đi công tác nước ngoài (Lào, Thái Lan, Hàn Quốc). \
So với quý II, số đoàn ra giảm 5 đoàn.
- Tiếp nhận 08 đoàn vào với 167 lượt khách quốc tế; trong đó 02 đoàn với 11 lượt khách quốc tế thuộc \
các cơ quan đại diện ngoại giao, tổ chức quốc tế tại Việt Nam.
- Tháng 8/2022, Sở phối hợp đón tiếp 02 đoàn khách quốc tế đến thăm Khu kinh tế Vũng Áng.
- Trong quý đã tổ chức 04 hội thảo quốc tế và ký kết 02 thỏa thuận quốc tế cấp sở, ngành với đối tác Lào.
- Xử lý 07 vụ việc bảo hộ công dân, hỗ trợ đưa 03 công dân gặp nạn ở nước ngoài về nước.
- Đến cuối quý, có 1.087 lưu học sinh Lào đang theo học tại các trường trên địa bàn tỉnh.
- Cam kết viện trợ phi chính phủ nước ngoài trong quý đạt 84.500 USD, thông qua 01 dự án mới được thẩm định, \
tiếp nhận. Bổ sung giấy đăng ký hoạt động cho 01 tổ chức phi chính phủ nước ngoài (Good Neighbors).
- Hỗ trợ các tỉnh bạn Lào tổng cộng 5 tỷ 735 triệu đồng, gồm kinh phí xây dựng trường học và trang thiết bị y tế.
- Tính chung 9 tháng năm 2022, toàn tỉnh có 36 đoàn ra với 248 lượt cán bộ đi công tác nước ngoài.
- Làm việc với KOICA, JICA và tổ chức VNAH về các dự án hỗ trợ người khuyết tật.

## 2. Nhiệm vụ quý IV năm 2022

- Phấn đấu hoàn thành thủ tục tiếp nhận 2 dự án ODA mới.
"""

NGO_NOTE_2021 = """BÁO CÁO
Tình hình hoạt động của các tổ chức phi chính phủ nước ngoài năm 2021 (DỮ LIỆU MẪU - SAMPLE)

Tính đến cuối năm 2021, trên địa bàn tỉnh có 24 tổ chức phi chính phủ nước ngoài \
đã được cấp giấy đăng ký hoạt động, trong đó có World Vision, ChildFund, Plan International và Good Neighbors.
Một số tổ chức mới như HELVETAS đang tìm hiểu nhu cầu hỗ trợ tại các huyện miền núi.
"""


def _add_footnote(document, paragraph, text: str) -> None:
    """python-docx has no footnote API; add the footnotes part and a reference by hand."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    footnotes_xml = (
        f'<w:footnotes xmlns:w="{namespace}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0">'
        "<w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        f'<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    ).encode()
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        footnotes_xml,
        document.part.package,
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    run = paragraph.add_run()
    reference = parse_xml(f'<w:footnoteReference xmlns:w="{namespace}" w:id="1"/>')
    run._r.append(reference)
    run._r.get_or_add_rPr().append(parse_xml(f'<w:vertAlign xmlns:w="{namespace}" w:val="superscript"/>'))
    assert reference.get(qn("w:id")) == "1"


def write_docx(path: Path, content: list[tuple]) -> Path:
    import docx

    document = docx.Document()
    for kind, *body in content:
        if kind == "p":
            document.add_paragraph(body[0])
        elif kind == "footnoted":
            _add_footnote(document, document.add_paragraph(body[0]), body[1])
        elif kind == "table":
            rows = body[0]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for row, values in zip(table.rows, rows):
                for cell, value in zip(row.cells, values):
                    cell.text = value
    path.parent.mkdir(parents=True, exist_ok=True)
    document.core_properties.title = "SAMPLE"
    document.save(str(path))
    return path


def write_documents(documents_dir: Path) -> list[Path]:
    documents_dir.mkdir(parents=True, exist_ok=True)
    markdown = documents_dir / "SAMPLE_ban_tin_quy_III_2022.md"
    markdown.write_text(THIRD_QUARTER_2022, encoding="utf-8")
    note = documents_dir / "SAMPLE_bao_cao_pcpnn_2021.txt"
    note.write_bytes(b"\xef\xbb\xbf" + NGO_NOTE_2021.encode("utf-8"))  # saved by Notepad: UTF-8 with BOM
    return [write_docx(documents_dir / "SAMPLE_bao_cao_6_thang_2022.docx", HALF_YEAR_2022), markdown, note]
