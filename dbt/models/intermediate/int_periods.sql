-- Reporting periods: every year, half, quarter, nine months and month of the calendar,
-- plus the multi-year spans that published figures use (2014-2020, 2016-2020).
with years as (
    {{ integer_series(var('calendar_first_year'), var('calendar_last_year'), 'year') }}
),

halves as (
    {{ integer_series(1, 2, 'half') }}
),

quarters as (
    {{ integer_series(1, 4, 'quarter') }}
),

months as (
    {{ integer_series(1, 12, 'month') }}
),

standard as (
    select
        cast(year as varchar) as period_code, 'year' as period_type,
        make_date(year, 1, 1) as start_date, make_date(year, 12, 31) as end_date,
        'Năm ' || year as name_vi
    from years
    union all
    select
        years.year || '-H' || halves.half, 'half', make_date(years.year, 6 * halves.half - 5, 1),
        {{ month_end('make_date(years.year, 6 * halves.half, 1)') }},
        case halves.half when 1 then '6 tháng đầu năm ' else '6 tháng cuối năm ' end || years.year
    from years cross join halves
    union all
    select
        years.year || '-Q' || quarters.quarter, 'quarter', make_date(years.year, 3 * quarters.quarter - 2, 1),
        {{ month_end('make_date(years.year, 3 * quarters.quarter, 1)') }},
        'Quý ' || quarters.quarter || '/' || years.year
    from years cross join quarters
    union all
    select year || '-9M', 'nine_months', make_date(year, 1, 1), make_date(year, 9, 30), '9 tháng năm ' || year
    from years
    union all
    select
        years.year || '-' || lpad(cast(months.month as varchar), 2, '0'), 'month',
        make_date(years.year, months.month, 1), {{ month_end('make_date(years.year, months.month, 1)') }},
        'Tháng ' || months.month || '/' || years.year
    from years cross join months
),

multi_year as (
    select distinct
        period_code,
        'multi_year' as period_type,
        make_date(cast(left(period_code, 4) as integer), 1, 1) as start_date,
        make_date(cast(right(period_code, 4) as integer), 12, 31) as end_date,
        'Giai đoạn ' || left(period_code, 4) || ' - ' || right(period_code, 4) as name_vi
    from {{ ref('int_reported_figure_sources') }}
    where {{ regex_contains('period_code', '^[0-9]{4}-[0-9]{4}$') }}
)

select
    period_code,
    period_type,
    start_date,
    end_date,
    name_vi,
    cast(extract(year from start_date) as integer) as start_year,
    cast(extract(year from end_date) as integer) as end_year
from standard
union all
select *, cast(extract(year from start_date) as integer), cast(extract(year from end_date) as integer) from multi_year
