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
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at,
    sample_label is not null as is_sample
from source
