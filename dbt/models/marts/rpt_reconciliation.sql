-- Registers against published figures, per period and indicator (reconciliation_status says
-- how a value compares); a period whose register rows are not all landed has no register value.
with register_values as (
    select * from {{ ref('int_register_indicator_values') }}
),

reported as (
    select * from {{ ref('fct_reported_indicator') }}
),

indicators as (
    select indicator_code, unit, is_register_countable from {{ ref('dim_indicator') }}
),

waivers as (
    select * from {{ source('quality_reviews', 'reconciliation_waivers') }}
),

joined as (
    select
        coalesce(register_values.period_code, reported.period_code) as period_code,
        coalesce(register_values.indicator_code, reported.indicator_code) as indicator_code,
        -- A count the register cannot finish (rows in quarantine) is no figure at all.
        case when register_values.quarantined_rows = 0 then register_values.register_value end as register_value,
        register_values.register_value as register_value_landed,
        coalesce(register_values.quarantined_rows, 0) as quarantined_register_rows,
        reported.value as reported_value,
        reported.qualifier,
        reported.source_document
    from register_values
    full outer join reported
        on reported.period_code = register_values.period_code
        and reported.indicator_code = register_values.indicator_code
    -- Register-only rows are kept for every period the registers can count, zeros included:
    -- zero is a figure.
    where reported.value is not null or register_values.register_value is not null
),

compared as (
    select
        joined.*,
        indicators.unit,
        joined.register_value - joined.reported_value as difference,
        case
            when joined.quarantined_register_rows > 0 then 'register_incomplete'
            else {{ reconciliation_status('joined.register_value', 'joined.reported_value', 'joined.qualifier') }}
        end as status
    from joined
    left join indicators
        on indicators.indicator_code = joined.indicator_code
)

select
    cast(compared.period_code as varchar) as period_code,
    cast(compared.indicator_code as varchar) as indicator_code,
    cast(compared.register_value as decimal(28, 4)) as register_value,
    cast(compared.register_value_landed as decimal(28, 4)) as register_value_landed,
    cast(compared.quarantined_register_rows as integer) as quarantined_register_rows,
    cast(compared.reported_value as decimal(28, 4)) as reported_value,
    cast(compared.unit as varchar) as unit,
    cast(compared.qualifier as varchar) as qualifier,
    cast(compared.difference as decimal(28, 4)) as difference,
    cast(case
        when compared.reported_value <> 0 then compared.difference / compared.reported_value
    end as {{ type_double() }}) as relative_difference,
    cast(compared.status as varchar) as status,
    cast(compared.source_document as varchar) as source_document,
    cast(waivers.period_code is not null as boolean) as is_waived,
    cast(waivers.reason as varchar) as waiver_reason,
    cast(waivers.waived_by as varchar) as waived_by,
    cast(waivers.waived_on as date) as waived_on
from compared
left join waivers
    on waivers.period_code = compared.period_code
    and waivers.indicator_code = compared.indicator_code
