-- One published figure per period and indicator; every source that gives it is kept.
with reported as (
    select * from {{ ref('stg_reports__reported_indicators') }}
),

described as (
    select
        *,
        source_sheet || ' row ' || source_row_number || ': ' || indicator_code || ' = '
            || cast(value as varchar) || ' ' || unit
            || case when qualifier <> 'exact' then ' (' || qualifier || ')' else '' end
            || coalesce(' - ' || published_source, '') as excerpt,
        row_number() over (partition by period_code, indicator_code order by source_file, source_row_number)
            as source_rank
    from reported
),

figures as (
    select
        period_code,
        indicator_code,
        max(case when source_rank = 1 then value end) as value,
        max(case when source_rank = 1 then unit end) as unit,
        max(case when source_rank = 1 then qualifier end) as qualifier,
        string_agg(distinct source_file, '; ' order by source_file) as source_document,
        max(case when source_rank = 1 then excerpt end) as source_excerpt,
        max(case when source_rank = 1 then published_source end) as published_source,
        max(case when source_rank = 1 then extraction_method end) as extraction_method,
        count(*) as source_count,
        count(distinct value) > 1 as has_conflicting_values
    from described
    group by period_code, indicator_code
)

select
    cast({{ make_key(['period_code', 'indicator_code']) }} as varchar) as reported_figure_id,
    cast(period_code as varchar) as period_code,
    cast(indicator_code as varchar) as indicator_code,
    cast(value as decimal(28, 4)) as value,
    cast(unit as varchar) as unit,
    cast(qualifier as varchar) as qualifier,
    cast(source_document as varchar) as source_document,
    cast(source_excerpt as varchar) as source_excerpt,
    cast(published_source as varchar) as published_source,
    cast(extraction_method as varchar) as extraction_method,
    cast(source_count as integer) as source_count,
    cast(has_conflicting_values as boolean) as has_conflicting_values
from figures
