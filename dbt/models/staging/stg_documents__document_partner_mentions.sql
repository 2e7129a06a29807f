with source as (
    select * from {{ source('landing', 'document_partner_mentions') }}
)

select
    {{ make_key(['_source_file', 'char_start']) }} as mention_id,
    name_as_written,
    found_by,
    char_start,
    char_end,
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at
from source
