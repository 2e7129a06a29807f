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
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at
from source
