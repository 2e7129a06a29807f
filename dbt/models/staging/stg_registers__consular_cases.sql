-- Names and passport numbers arrive already replaced by keyed hashes; dates of birth never land.
with source as (
    select * from {{ source('landing', 'consular_cases') }}
)

select
    {{ make_key(["'consular_case'", '_source_file', '_sheet', '_row_number']) }} as activity_id,
    received_date,
    citizen_key,
    passport_key,
    country,
    case_type,
    outcome,
    {{ staged_provenance() }}
from source
