-- All activity registers in one shape, with the partner and country they name resolved.
with outbound as (
    select
        activity_id, 'outbound_delegation' as activity_type_code, departure_date as activity_date,
        coalesce(host_partner, destination_country) as partner_name, destination_country as country_name,
        purpose as description, 1 as delegations, members as persons,
        is_sample, source_file, source_sheet, source_row_number, source_file_sha256
    from {{ ref('stg_registers__outbound_delegations') }}
),

inbound as (
    select
        activity_id,
        case when is_mission_based then 'inbound_mission_delegation' else 'inbound_delegation' end,
        arrival_date, visiting_partner, origin_country, purpose, 1, visitors,
        is_sample, source_file, source_sheet, source_row_number, source_file_sha256
    from {{ ref('stg_registers__inbound_delegations') }}
),

conferences as (
    select
        activity_id, 'conference', event_date, foreign_partner, cast(null as varchar), title, 0, foreign_participants,
        is_sample, source_file, source_sheet, source_row_number, source_file_sha256
    from {{ ref('stg_registers__conferences') }}
),

agreements as (
    select
        activity_id, 'agreement', signed_date, foreign_partner, cast(null as varchar), title, 0, cast(null as bigint),
        is_sample, source_file, source_sheet, source_row_number, source_file_sha256
    from {{ ref('stg_registers__agreements') }}
),

ngo_registrations as (
    select
        activity_id, 'ngo_registration', issue_date, ngo_name, ngo_country,
        concat_ws(' ', registration_kind, certificate_number), 0, cast(null as bigint),
        is_sample, source_file, source_sheet, source_row_number, source_file_sha256
    from {{ ref('stg_registers__ngo_registrations') }}
),

aid_projects as (
    select
        activity_id, activity_type_code, approval_date, donor, cast(null as varchar), project_title, 0,
        cast(null as bigint),
        is_sample, source_file, source_sheet, source_row_number, source_file_sha256
    from {{ ref('stg_registers__aid_projects') }}
),

gifts as (
    select
        activity_id, 'gift', value_date, recipient, cast(null as varchar),
        concat_ws(' ', item_description, cast(quantity as varchar), quantity_unit), 0, cast(null as bigint),
        is_sample, source_file, source_sheet, source_row_number, source_file_sha256
    from {{ ref('stg_registers__lao_support') }}
),

consular_cases as (
    select
        activity_id, 'consular_case', received_date, country as partner_name, country as country_name,
        case_type, 0, cast(null as bigint),
        is_sample, source_file, source_sheet, source_row_number, source_file_sha256
    from {{ ref('stg_registers__consular_cases') }}
),

unioned as (
    select * from outbound
    union all
    select * from inbound
    union all
    select * from conferences
    union all
    select * from agreements
    union all
    select * from ngo_registrations
    union all
    select * from aid_projects
    union all
    select * from gifts
    union all
    select * from consular_cases
),

lookup as (
    select * from {{ ref('int_partner_lookup') }}
),

partners as (
    select * from {{ ref('partners') }}
)

select
    unioned.*,
    partner_match.partner_code,
    coalesce(country_partner.country_code, matched_partner.country_code) as country_code
from unioned
left join lateral {{ partner_match('unioned.partner_name') }} as partner_match on true
left join partners as matched_partner
    on matched_partner.partner_code = partner_match.partner_code
left join lookup as country_match
    on country_match.alias_key = {{ partner_match_key('unioned.country_name') }}
left join partners as country_partner
    on country_partner.partner_code = country_match.partner_code
