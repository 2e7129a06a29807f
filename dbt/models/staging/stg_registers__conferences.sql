with source as (
    select * from {{ source('landing', 'conferences') }}
)

select
    {{ make_key(["'conference'", '_source_file', '_sheet', '_row_number']) }} as activity_id,
    event_date,
    title,
    organiser,
    foreign_partner,
    venue,
    foreign_participants,
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at,
    sample_label is not null as is_sample
from source
