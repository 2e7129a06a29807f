with source as (
    select * from {{ source('landing', 'inbound_delegations') }}
),

categorised as (
    select
        *,
        -- Missions, international organisations and NGOs based in Viet Nam are reported apart.
        coalesce(
            {{ regex_contains(normalize_name('delegation_category'), 'co quan dai dien|tai viet nam|tcqt|pcpnn') }},
            false
        ) as is_mission_based
    from source
)

select
    {{ make_key(["'inbound_delegation'", '_source_file', '_sheet', '_row_number']) }} as activity_id,
    arrival_date,
    departure_date,
    visiting_partner,
    origin_country,
    delegation_category,
    is_mission_based,
    visitors,
    purpose,
    host_agency,
    {{ staged_provenance() }}
from categorised
