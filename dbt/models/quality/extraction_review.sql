-- Figure-like phrases of narrative reports that were not published, with why: the review
-- queue for people who read the reports. A steward's decision (expectations/extraction_decisions.yml)
-- accepts an item (it is then published as a narrative figure) or rejects it; the rest are open.
with review as (
    select * from {{ ref('stg_documents__document_review') }}
),

documents as (
    select document_id, report_period_code from {{ ref('stg_documents__documents') }}
),

decisions as (
    select * from {{ ref('int_extraction_decisions') }}
    where not is_stale
)

select
    review.review_item_id,
    review.review_key,
    case decisions.decision
        when 'accept' then 'accepted'
        when 'reject' then 'rejected'
        else 'open'
    end as review_status,
    review.source_file as source_document,
    documents.report_period_code,
    review.reason,
    review.candidate_indicators,
    review.period_code,
    review.value,
    review.unit,
    review.qualifier,
    review.value_as_written,
    review.source_excerpt,
    review.char_start,
    review.char_end,
    decisions.indicator_code as decided_indicator_code,
    decisions.period_code as decided_period_code,
    decisions.decided_by,
    decisions.decided_on,
    decisions.reason as decision_reason
from review
left join documents
    on documents.document_id = review.source_file
left join decisions
    on decisions.review_key = review.review_key
