select
    cast(period_code as varchar) as period_code,
    cast(period_type as varchar) as period_type,
    cast(start_date as date) as start_date,
    cast(end_date as date) as end_date,
    cast(name_vi as varchar) as name_vi,
    cast(start_year as integer) as start_year,
    cast(end_year as integer) as end_year
from {{ ref('int_periods') }}
