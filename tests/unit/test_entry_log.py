"""The entries a sheet's totals are checked against: sums since each boundary, and the words of
each entry worked out only when a total names what it adds up."""

from decimal import Decimal

from dagster_project.landing.entry_log import EntryLog, entry_words


def test_sums_since_each_boundary_count_the_entries_after_it():
    log = EntryLog()
    log.add_entry({3: Decimal(5)}, [1, "Lào", 5])
    log.mark_boundary()  # a subtotal
    log.add_quarantined()
    log.add_entry({3: Decimal(2), 4: Decimal("1.5")}, [2, "Nhật Bản", 2, 1.5])
    log.mark_boundary()
    log.add_entry({}, [3, "Hàn Quốc"])
    assert log.boundaries == [0, 1, 3]
    assert [log.since(start, 3) for start in log.boundaries] == [7, 2, 0]
    assert [log.since(start, -1) for start in log.boundaries] == [3, 2, 1]  # entries, not rows in quarantine
    assert log.since(0, 4) == Decimal("1.5")
    assert log.quarantined == 1
    assert log.numbers == [{3: Decimal(5)}, None, {3: Decimal(2), 4: Decimal("1.5")}, {}]


def test_the_words_of_each_entry_in_order():
    log = EntryLog()
    log.add_entry({}, [1, "Cam kết ", "  ", None, "Tỉnh Bolikhămxay"])
    log.add_quarantined()
    assert log.words() == [{"cam ket", "tinh bolikhamxay"}, set()]
    log.add_entry({}, ["Giải ngân"])
    assert log.words() == [{"cam ket", "tinh bolikhamxay"}, set(), {"giai ngan"}]
    assert entry_words([5, "-", "Lào"]) == {"lao"}
