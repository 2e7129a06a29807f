with source as (
    select * from {{ source('landing', 'document_figures') }}
)

select
    {{ make_key(['_source_file', 'char_start', 'indicator_code']) }} as document_figure_id,
    'narrative' as extraction_method,
    period_code,
    indicator_code,
    value,
    unit,
    qualifier,
    value_as_written,
    source_excerpt,
    char_start,
    char_end,
    excerpt_start,
    period_evidence,
    extraction_rule,
    {{ staged_file_provenance() }}
from source
