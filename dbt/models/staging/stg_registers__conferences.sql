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
    {{ staged_provenance() }}
from source
