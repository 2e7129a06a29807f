-- Decisions of expectations/extraction_decisions.yml whose review item no longer exists: the
-- sentence changed or the report is gone. They are not applied; a steward reviews them again.
select
    review_key,
    decision,
    indicator_code,
    period_code,
    reason,
    decided_by,
    decided_on,
    decision_number
from {{ ref('int_extraction_decisions') }}
where is_stale
