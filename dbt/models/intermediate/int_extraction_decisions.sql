-- Reviewed decisions on the extraction review queue, each with the review item it names;
-- a decision whose item is gone (the sentence changed) is stale and never applied.
with decisions as (
    select * from {{ source('quality_reviews', 'extraction_decisions') }}
),

review_items as (
    select * from {{ ref('stg_documents__document_review') }}
),

indicators as (
    select indicator_code, unit from {{ ref('indicators') }}
)

select
    decisions.review_key,
    decisions.decision,
    decisions.indicator_code,
    decisions.period_code,
    coalesce(decisions.value, review_items.value) as value,
    indicators.unit,
    decisions.reason,
    decisions.decided_by,
    decisions.decided_on,
    decisions._row_number as decision_number,
    review_items.review_item_id,
    review_items.qualifier,
    review_items.source_excerpt,
    review_items.char_start,
    review_items.char_end,
    review_items.source_file,
    review_items.source_sheet,
    review_items.source_row_number,
    review_items.review_item_id is null as is_stale
from decisions
left join review_items
    on review_items.review_key = decisions.review_key
left join indicators
    on indicators.indicator_code = decisions.indicator_code
