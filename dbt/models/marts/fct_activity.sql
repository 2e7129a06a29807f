with activities as (
    select * from {{ ref('int_activities') }}
),

partners as (
    select partner_key, partner_code from {{ ref('dim_partner') }}
)

select
    cast(activities.activity_id as varchar) as activity_id,
    cast(activities.activity_type_code as varchar) as activity_type_code,
    cast(activities.activity_date as date) as activity_date,
    {{ date_key('activities.activity_date') }} as date_key,
    cast(partners.partner_key as varchar) as partner_key,
    cast(activities.partner_name as varchar) as partner_name_raw,
    cast(activities.country_code as varchar) as country_code,
    cast(activities.description as varchar) as description,
    cast(activities.delegations as integer) as delegations,
    cast(activities.persons as integer) as persons,
    cast(activities.is_sample as boolean) as is_sample,
    cast(activities.source_file as varchar) as source_file,
    cast(activities.source_sheet as varchar) as source_sheet,
    cast(activities.source_row_number as integer) as source_row_number,
    cast(activities.source_file_sha256 as varchar) as source_file_sha256
from activities
inner join partners
    on partners.partner_code = coalesce(activities.partner_code, 'UNRESOLVED')
