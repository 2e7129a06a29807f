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
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at
from source
