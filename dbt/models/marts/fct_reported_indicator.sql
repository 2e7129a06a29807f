-- One published figure per period and indicator; every source that gives it is kept
-- (fct_reported_indicator_source). The value comes from the source a reviewed choice names when
-- sources disagree (rpt_source_reconciliation blocks until one does), else from a report table
-- (they are typed by the department); the excerpt is the narrative sentence when there is one.
with sources as (
    select * from {{ ref('int_reported_figure_sources') }}
),

choices as (
    select * from {{ source('quality_reviews', 'source_choices') }}
),

ranked as (
    select
        sources.*,
        row_number() over (
            partition by sources.period_code, sources.indicator_code
            order by
                case when choices.source_file = sources.source_file then 0 else 1 end,
                case sources.extraction_method when 'report_table' then 0 else 1 end,
                sources.source_file, sources.source_row_number, sources.char_start
        ) as value_rank,
        row_number() over (
            partition by sources.period_code, sources.indicator_code
            order by
                case sources.extraction_method when 'narrative' then 0 else 1 end,
                sources.source_file, sources.source_row_number, sources.char_start
        ) as excerpt_rank
    from sources
    left join choices
        on choices.period_code = sources.period_code
        and choices.indicator_code = sources.indicator_code
),

figures as (
    select
        period_code,
        indicator_code,
        max(case when value_rank = 1 then value end) as value,
        max(case when value_rank = 1 then unit end) as unit,
        max(case when value_rank = 1 then qualifier end) as qualifier,
        string_agg(distinct source_file, '; ' order by source_file) as source_document,
        max(case when excerpt_rank = 1 then source_excerpt end) as source_excerpt,
        max(case when excerpt_rank = 1 and extraction_method = 'narrative' then source_file end) as excerpt_document,
        max(case when excerpt_rank = 1 then char_start end) as char_start,
        max(case when excerpt_rank = 1 then char_end end) as char_end,
        max(published_source) as published_source,
        string_agg(distinct extraction_method, '; ' order by extraction_method) as extraction_method,
        count(*) as source_count,
        count(distinct value) > 1 as has_conflicting_values
    from ranked
    group by period_code, indicator_code
)

select
    {{ reported_figure_columns() }},
    cast(source_document as varchar) as source_document,
    cast(source_excerpt as varchar) as source_excerpt,
    cast(excerpt_document as varchar) as excerpt_document,
    cast(char_start as integer) as char_start,
    cast(char_end as integer) as char_end,
    cast(published_source as varchar) as published_source,
    cast(extraction_method as varchar) as extraction_method,
    cast(source_count as integer) as source_count,
    cast(has_conflicting_values as boolean) as has_conflicting_values
from figures
