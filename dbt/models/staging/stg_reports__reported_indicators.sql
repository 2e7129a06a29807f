with source as (
    select * from {{ source('landing', 'reported_indicators') }}
)

select
    {{ make_key(['period_code', 'indicator_code', '_source_file', '_sheet', '_row_number']) }} as reported_figure_id,
    period_code,
    indicator_code,
    value,
    unit,
    coalesce(qualifier, 'exact') as qualifier,
    source as published_source,
    'report_table' as extraction_method,
    {{ staged_file_provenance() }}
from source
