with source as (
    select * from {{ source('landing', 'document_review') }}
)

select
    {{ make_key(['_source_file', 'char_start', 'reason']) }} as review_item_id,
    -- What a steward's decision names: the report's file name, the sentence and the figure as
    -- written, so that it holds across reloads and extractor versions while the sentence is unchanged.
    {{ review_key() }} as review_key,
    reason,
    candidate_indicators,
    period_code,
    value,
    unit,
    qualifier,
    {{ excerpt_columns() }},
    {{ staged_file_provenance() }}
from source
