with source as (
    select * from {{ source('landing', 'document_figures') }}
)

select
    {{ make_key(['_source_file', 'char_start', 'indicator_code']) }} as document_figure_id,
    'narrative' as extraction_method,
    {{ figure_columns() }},
    {{ excerpt_columns() }},
    period_evidence,
    extraction_rule,
    {{ staged_file_provenance() }}
from source
