with source as (
    select * from {{ source('landing', 'lao_students') }}
)

select
    snapshot_date,
    institution,
    home_province,
    students,
    {{ staged_provenance() }}
from source
