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
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at,
    sample_label is not null as is_sample
from source
