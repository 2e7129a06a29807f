-- What the registers say for each indicator they can count, per reporting period.
-- A flow is countable for a period only when the register it is counted from holds rows in
-- every year the period spans (a 2014-2020 figure is not checked against registers that start
-- in 2020); a countable period with no row counts 0. Stocks are taken at the period end and
-- never summed over time.
with periods as (
    select * from {{ ref('int_periods') }}
    where period_type <> 'month'
),

activity_registers as (
    select activity_type_code, landing_table as register_table from {{ ref('activity_types') }}
),

measures as (
    select
        measures.*,
        case
            when measures.fact_source = 'funding' and measures.activity_type_code <> 'gift' then 'aid_transactions'
            else activity_registers.register_table
        end as register_table
    from {{ ref('indicator_register_measures') }} as measures
    left join activity_registers
        on activity_registers.activity_type_code = measures.activity_type_code
),

activities as (
    select activity_type_code, activity_date, delegations, persons
    from {{ ref('int_activities') }}
),

funding as (
    select activity_type_code, value_date, transaction_type, amount_usd, amount_vnd
    from {{ ref('int_funding_transactions') }}
),

register_years as (
    -- Years each register holds rows in: a project register covers NGO and ODA projects alike,
    -- the commitments register covers every aid transaction, whatever its project's kind.
    select distinct activity_registers.register_table, extract(year from activities.activity_date) as covered_year
    from activities
    inner join activity_registers
        on activity_registers.activity_type_code = activities.activity_type_code
    union
    select distinct
        case when activity_type_code = 'gift' then 'lao_support' else 'aid_transactions' end,
        extract(year from value_date)
    from funding
),

period_coverage as (
    select
        periods.period_code, measures.indicator_code,
        count(distinct register_years.covered_year) = max(periods.end_year - periods.start_year + 1) as is_countable
    from periods
    cross join measures
    left join register_years
        on register_years.register_table = measures.register_table
        and register_years.covered_year between periods.start_year and periods.end_year
    where measures.fact_source in ('activities', 'funding')
    group by periods.period_code, measures.indicator_code
),

activity_values as (
    select
        periods.period_code, measures.indicator_code,
        coalesce(sum(case measures.measure
            when 'delegations' then activities.delegations
            when 'persons' then activities.persons
            -- The outer join leaves one empty row for a period with none: it counts 0, not 1.
            when 'activities' then case when activities.activity_date is not null then 1 end
        end), 0) as register_value
    from periods
    cross join measures
    left join activities
        on activities.activity_type_code = measures.activity_type_code
        and activities.activity_date between periods.start_date and periods.end_date
    where measures.fact_source = 'activities'
    group by periods.period_code, measures.indicator_code
),

funding_values as (
    select
        periods.period_code, measures.indicator_code,
        coalesce(sum(case
            when measures.measure = 'committed_usd' and funding.transaction_type = 11 then funding.amount_usd
            when measures.measure = 'given_vnd' then funding.amount_vnd
        end), 0) as register_value
    from periods
    cross join measures
    left join funding
        on funding.activity_type_code = measures.activity_type_code
        and funding.value_date between periods.start_date and periods.end_date
    where measures.fact_source = 'funding'
    group by periods.period_code, measures.indicator_code
),

flow_values as (
    select values_.period_code, values_.indicator_code, cast(values_.register_value as decimal(28, 4)) as register_value
    from (
        select * from activity_values
        union all
        select * from funding_values
    ) as values_
    inner join period_coverage
        on period_coverage.period_code = values_.period_code
        and period_coverage.indicator_code = values_.indicator_code
    where period_coverage.is_countable
),

quarantined as (
    select * from {{ ref('stg_landing_quality__quarantined_register_rows') }}
),

indicator_registers as (
    -- Each indicator with the register it is counted from, the two stocks included.
    select indicator_code, register_table from measures
    union all
    select 'lao_students', 'lao_students'
    union all
    select 'ngos_registered_total', 'ngo_registrations'
),

quarantined_in_period as (
    -- Rows in quarantine that may belong to the period (their date overlaps it, or names no
    -- day at all): the register's count for the period is not complete without them.
    select periods.period_code, indicator_registers.indicator_code, count(*) as quarantined_rows
    from periods
    cross join indicator_registers
    inner join quarantined
        on quarantined.register_table = indicator_registers.register_table
        and (
            quarantined.earliest_date is null
            or (quarantined.earliest_date <= periods.end_date and quarantined.latest_date >= periods.start_date)
        )
    group by periods.period_code, indicator_registers.indicator_code
),

student_counts as (
    select snapshot_date, sum(students) as students
    from {{ ref('stg_registers__lao_students') }}
    group by snapshot_date
),

lao_students as (
    -- The latest count taken inside the period stands for the period end.
    select
        periods.period_code, 'lao_students' as indicator_code,
        cast(
            (array_agg(student_counts.students order by student_counts.snapshot_date desc))[1] as decimal(28, 4)
        ) as register_value
    from periods
    inner join student_counts
        on student_counts.snapshot_date between periods.start_date and periods.end_date
    group by periods.period_code
),

ngo_certificates as (
    select {{ partner_match_key('ngo_name') }} as ngo_key, issue_date, expiry_date
    from {{ ref('stg_registers__ngo_registrations') }}
),

registry_span as (
    select min(extract(year from issue_date)) as first_year, max(extract(year from issue_date)) as last_year
    from ngo_certificates
),

ngos_registered as (
    -- Organisations holding a valid certificate on the period's last day.
    select
        periods.period_code, 'ngos_registered_total' as indicator_code,
        cast(count(distinct ngo_certificates.ngo_key) as decimal(28, 4)) as register_value
    from periods
    cross join registry_span
    inner join ngo_certificates
        on ngo_certificates.issue_date <= periods.end_date
        and ngo_certificates.expiry_date >= periods.end_date
    where periods.end_year between registry_span.first_year and registry_span.last_year
    group by periods.period_code
),

all_values as (
    select * from flow_values
    union all
    select * from lao_students
    union all
    select * from ngos_registered
)

select
    all_values.period_code,
    all_values.indicator_code,
    all_values.register_value,
    cast(coalesce(quarantined_in_period.quarantined_rows, 0) as integer) as quarantined_rows
from all_values
left join quarantined_in_period
    on quarantined_in_period.period_code = all_values.period_code
    and quarantined_in_period.indicator_code = all_values.indicator_code
