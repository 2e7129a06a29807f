with source as (
    select * from {{ source('landing', 'document_partner_mentions') }}
)

select
    {{ make_key(['_source_file', 'char_start']) }} as mention_id,
    name_as_written,
    found_by,
    char_start,
    char_end,
    {{ staged_file_provenance() }}
from source
