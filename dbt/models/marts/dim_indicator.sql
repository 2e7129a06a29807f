with indicators as (
    select * from {{ ref('indicators') }}
),

measures as (
    select * from {{ ref('indicator_register_measures') }}
)

select
    cast(indicators.indicator_code as varchar) as indicator_code,
    cast(indicators.unit as varchar) as unit,
    cast(indicators.kind as varchar) as kind,
    cast(indicators.name_vi as varchar) as name_vi,
    cast(indicators.name_en as varchar) as name_en,
    cast(measures.indicator_code is not null as boolean) as is_register_countable,
    cast(measures.activity_type_code as varchar) as register_activity_type_code
from indicators
left join measures
    on measures.indicator_code = indicators.indicator_code
