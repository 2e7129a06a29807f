with source as (
    select * from {{ source('landing', 'agreements') }}
)

select
    {{ make_key(["'agreement'", '_source_file', '_sheet', '_row_number']) }} as activity_id,
    signed_date,
    title,
    foreign_partner,
    signing_level,
    signing_agency,
    {{ staged_provenance() }}
from source
