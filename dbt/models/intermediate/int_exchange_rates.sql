-- Dong per unit of each currency, with the date range each rate is valid for.
with rates as (
    select currency, rate_date, vnd_per_unit
    from {{ ref('stg_registers__exchange_rates') }}
),

deduplicated as (
    select currency, rate_date, max(vnd_per_unit) as vnd_per_unit
    from rates
    group by currency, rate_date
)

select
    currency,
    rate_date as valid_from,
    coalesce(lead(rate_date) over (partition by currency order by rate_date), date '9999-12-31') as valid_to,
    vnd_per_unit
from deduplicated
