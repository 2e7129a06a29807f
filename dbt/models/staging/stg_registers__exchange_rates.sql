with source as (
    select * from {{ source('landing', 'exchange_rates') }}
)

select
    rate_date,
    upper(currency) as currency,
    vnd_per_unit,
    {{ staged_provenance() }}
from source
