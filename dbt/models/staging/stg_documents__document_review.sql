with source as (
    select * from {{ source('landing', 'document_review') }}
)

select
    {{ make_key(['_source_file', 'char_start', 'reason']) }} as review_item_id,
    reason,
    candidate_indicators,
    period_code,
    value,
    unit,
    qualifier,
    value_as_written,
    source_excerpt,
    char_start,
    char_end,
    excerpt_start,
    {{ staged_file_provenance() }}
from source
