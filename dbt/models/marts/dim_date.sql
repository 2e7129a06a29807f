with day_offsets as (
    {{ integer_series(
        0, "(" ~ var('calendar_last_year') ~ " - " ~ var('calendar_first_year') ~ " + 1) * 366", 'day_offset'
    ) }}
),

days as (
    select {{ add_days("make_date(" ~ var('calendar_first_year') ~ ", 1, 1)", 'day_offset') }} as calendar_date
    from day_offsets
)

select
    {{ date_key('calendar_date') }} as date_key,
    calendar_date,
    cast(extract(year from calendar_date) as integer) as year,
    cast(extract(quarter from calendar_date) as integer) as quarter,
    cast(case when extract(month from calendar_date) <= 6 then 1 else 2 end as integer) as half,
    cast(extract(month from calendar_date) as integer) as month,
    cast(extract(day from calendar_date) as integer) as day_of_month,
    cast(extract(month from calendar_date) <= 9 as boolean) as is_in_first_nine_months
from days
where calendar_date < make_date({{ var('calendar_last_year') }} + 1, 1, 1)
