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
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at,
    sample_label is not null as is_sample
from source
