with source as (
    select * from {{ source('landing', 'outbound_delegations') }}
)

select
    {{ make_key(["'outbound_delegation'", '_source_file', '_sheet', '_row_number']) }} as activity_id,
    departure_date,
    return_date,
    destination_country,
    host_partner,
    leader_title,
    members,
    purpose,
    funding_source,
    sending_agency,
    {{ staged_provenance() }}
from source
