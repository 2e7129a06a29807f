"""Quality gate: Great Expectations suites, reviewed waivers and the record of every check."""
