with source as (
    select * from {{ source('landing', 'exchange_rates') }}
)

select
    rate_date,
    upper(currency) as currency,
    vnd_per_unit,
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at,
    sample_label is not null as is_sample
from source
