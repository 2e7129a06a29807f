"""E-mails pasted as text in shapes other than a full header block: a lone subject line, a
forwarding line or a bare quote header below the sender's words. The earlier message's
figures are never the sender's, and its month never dates the sender's figures."""

from decimal import Decimal

import pytest

from tests.unit.documents import extract_text

SENDER = """{subject}
Kính gửi anh Phúc,
Em gửi anh số liệu nhanh để tổng hợp:
- Đoàn ra: 02 đoàn, 07 lượt người.
- Tiếp nhận 06 hài cốt liệt sỹ.
Trân trọng.
{separator}
Số liệu tháng 7/2026 như sau: đoàn ra 05 đoàn với 21 lượt người; tiếp nhận 03 hài cốt liệt sỹ.
"""

SENDERS_FIGURES = {
    ("2026-08", "outbound_delegations", Decimal(2)),
    ("2026-08", "outbound_persons", Decimal(7)),
    ("2026-08", "remains_repatriated", Decimal(6)),
}


@pytest.mark.parametrize(
    "subject",
    ["Tiêu đề: Số liệu đối ngoại tháng 8/2026", "Subject: Fwd: Số liệu đối ngoại tháng 8 năm 2026"],
    ids=["vietnamese-subject", "english-subject"],
)
@pytest.mark.parametrize(
    "separator",
    [
        "-------- Thư chuyển tiếp --------",
        "Vào ngày 02/8/2026, Lê Thị Mai viết:",
        "On Sun, 2 Aug 2026, Le Thi Mai wrote:",
    ],
    ids=["forwarding-line", "vietnamese-quote-header", "english-quote-header"],
)
def test_a_lone_subject_line_dates_the_senders_figures_and_the_earlier_message_is_not_published(subject, separator):
    extraction = extract_text(SENDER.format(subject=subject, separator=separator))

    assert extraction.period_code == "2026-08"
    assert {(f.period_code, f.indicator_code, f.value.normalize()) for f in extraction.figures} == SENDERS_FIGURES
    earlier = [item for item in extraction.review + extraction.set_aside if item.value_as_written in ("05", "21", "03")]
    assert len(earlier) == 3 and all("forwarded document" in item.reason for item in earlier)


def test_a_markdown_quote_in_an_article_is_still_read():
    text = (
        "# Tin hoạt động đối ngoại\n"
        "Trong quý III/2026, Sở Ngoại vụ đã tham mưu tỉnh đón tiếp nhiều đoàn khách quốc tế.\n"
        "> Trong quý III/2026, tỉnh đón 09 đoàn với 64 lượt khách quốc tế đến thăm, làm việc.\n"
    )
    assert {(f.indicator_code, f.value.normalize()) for f in extract_text(text).figures} == {
        ("inbound_delegations", Decimal(9)),
        ("inbound_visitors", Decimal(64)),
    }
