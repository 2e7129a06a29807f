with source as (
    select * from {{ source('landing', 'ngo_registrations') }}
)

select
    {{ make_key(["'ngo_registration'", '_source_file', '_sheet', '_row_number']) }} as activity_id,
    ngo_name,
    ngo_country,
    certificate_number,
    registration_kind,
    issue_date,
    expiry_date,
    operating_area,
    {{ staged_provenance() }}
from source
