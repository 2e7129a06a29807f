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
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at,
    sample_label is not null as is_sample
from source
