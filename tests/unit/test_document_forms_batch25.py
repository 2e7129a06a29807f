"""Capabilities found by the twenty-fifth blind batch, written here in phrasings other than the batch's."""

from tests.unit.documents import published_figures

HALF = "BÁO CÁO\nKết quả công tác lãnh sự 6 tháng đầu năm 2026\n"


def test_delegations_a_service_was_given_to_are_not_all_delegations():
    text = HALF + "Trung tâm đã bố trí phiên dịch cho 9 đoàn vào và 5 đoàn ra của lãnh đạo tỉnh.\n"
    assert published_figures(text) == set()


def test_dossiers_named_as_passports_are_not_legalisations():
    text = HALF + (
        "Sở đã tiếp nhận 52 hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự (riêng Quý II/2026: 14 hồ sơ hộ chiếu).\n"
    )
    assert not any(value == 14 for *_, value, _ in published_figures(text))
