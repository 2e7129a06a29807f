-- Each source of a published figure: a report-table row or a sentence of a narrative report.
with sources as (
    select * from {{ ref('int_reported_figure_sources') }}
)

select
    cast(source_row_id as varchar) as source_row_id,
    {{ reported_figure_columns() }},
    cast(extraction_method as varchar) as extraction_method,
    cast(source_file as varchar) as source_file,
    cast(source_sheet as varchar) as source_sheet,
    cast(source_row_number as integer) as source_row_number,
    cast(source_excerpt as varchar) as source_excerpt,
    cast(char_start as integer) as char_start,
    cast(char_end as integer) as char_end,
    cast(extraction_rule as varchar) as extraction_rule,
    cast(period_evidence as varchar) as period_evidence,
    cast(published_source as varchar) as published_source
from sources
