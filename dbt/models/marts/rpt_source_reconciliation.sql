-- Every source of a published figure against the registers on its own: rpt_reconciliation
-- compares the one value published, so a second report table saying 999 where the registers
-- and the first table say 11 would pass there unseen. Sources that disagree leave the figure
-- 'open' (publishing blocks) until a reviewed choice in expectations/waivers.yml names the
-- source that stands ('decided').
with sources as (
    select * from {{ ref('int_reported_figure_sources') }}
),

register_values as (
    select * from {{ ref('int_register_indicator_values') }}
),

choices as (
    select * from {{ source('quality_reviews', 'source_choices') }}
),

-- A file may give one figure twice (a table row and a sentence): one row per file and value.
by_source as (
    select
        period_code,
        indicator_code,
        source_file,
        value,
        min(qualifier) as qualifier,
        string_agg(distinct extraction_method, '; ' order by extraction_method) as extraction_method
    from sources
    group by period_code, indicator_code, source_file, value
),

figures as (
    select
        by_source.period_code,
        by_source.indicator_code,
        count(distinct by_source.value) > 1 as has_conflict,
        max(choices.source_file) as chosen_source,
        max(choices.chosen_by) as chosen_by,
        max(case when choices.source_file = by_source.source_file then 1 else 0 end) = 1 as choice_names_a_source
    from by_source
    left join choices
        on choices.period_code = by_source.period_code
        and choices.indicator_code = by_source.indicator_code
    group by by_source.period_code, by_source.indicator_code
)

select
    cast(by_source.period_code as varchar) as period_code,
    cast(by_source.indicator_code as varchar) as indicator_code,
    cast(by_source.source_file as varchar) as source_file,
    cast(by_source.extraction_method as varchar) as extraction_method,
    cast(by_source.value as decimal(28, 4)) as source_value,
    cast(by_source.qualifier as varchar) as qualifier,
    -- A period whose register rows are not all landed has no register value (as in rpt_reconciliation).
    cast(case
        when register_values.quarantined_rows = 0 then register_values.register_value
    end as decimal(28, 4)) as register_value,
    cast(case
        when register_values.quarantined_rows > 0 then 'register_incomplete'
        else {{ reconciliation_status('register_values.register_value', 'by_source.value', 'by_source.qualifier') }}
    end as varchar) as status,
    cast(case
        when not figures.has_conflict then 'none'
        when figures.choice_names_a_source then 'decided'
        else 'open'
    end as varchar) as conflict_status,
    cast(
        coalesce(figures.chosen_source = by_source.source_file, not figures.has_conflict) as boolean
    ) as is_chosen_source,
    cast(figures.chosen_by as varchar) as chosen_by
from by_source
inner join figures
    on figures.period_code = by_source.period_code
    and figures.indicator_code = by_source.indicator_code
left join register_values
    on register_values.period_code = by_source.period_code
    and register_values.indicator_code = by_source.indicator_code
