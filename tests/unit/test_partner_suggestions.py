from dagster_project.quality.partner_suggestions import rank_partners

SPELLINGS = {
    "Catholic Relief Services": "NGO-CRS",
    "Habitat for Humanity": "NGO-HABITAT",
    "Save the Children": "NGO-STC",
    "Cứu trợ trẻ em": "NGO-STC",
    "Lào": "LA",
}


def test_close_spellings_are_suggested_best_first_one_per_partner():
    (first, *_) = rank_partners("Catholic Relief Service", SPELLINGS)
    assert first.partner_code == "NGO-CRS" and first.score > 90
    assert [s.partner_code for s in rank_partners("Save the Children fund", SPELLINGS)] == ["NGO-STC"]


def test_unrelated_names_get_no_suggestion():
    assert rank_partners("Quỹ Hensen", SPELLINGS) == []
