-- Register rows in quarantine with the days their date can stand for: a whole date is one day,
-- a month or a year all of its days; a row whose date names nothing could be any day.
with source as (
    select * from {{ source('landing_quality', 'quarantined_register_rows') }}
)

select
    register_table,
    date_hint,
    case
        when length(date_hint) = 10 then cast(date_hint as date)
        when length(date_hint) = 7 then cast(date_hint || '-01' as date)
        when length(date_hint) = 4 then cast(date_hint || '-01-01' as date)
    end as earliest_date,
    case
        when length(date_hint) = 10 then cast(date_hint as date)
        when length(date_hint) = 7 then {{ month_end("cast(date_hint || '-01' as date)") }}
        when length(date_hint) = 4 then cast(date_hint || '-12-31' as date)
    end as latest_date,
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number
from source
