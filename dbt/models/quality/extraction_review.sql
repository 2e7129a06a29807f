-- Figure-like phrases of narrative reports that were not published, with why: the review
-- queue for people who read the reports (and for new phrase families in phrases.yml).
with review as (
    select * from {{ ref('stg_documents__document_review') }}
),

documents as (
    select document_id, report_period_code from {{ ref('stg_documents__documents') }}
)

select
    review.review_item_id,
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
    review.char_end
from review
left join documents
    on documents.document_id = review.source_file
