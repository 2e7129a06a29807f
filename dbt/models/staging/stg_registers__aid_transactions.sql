with source as (
    select * from {{ source('landing', 'aid_transactions') }}
)

select
    {{ make_key(["'aid_transaction'", '_source_file', '_sheet', '_row_number']) }} as funding_id,
    project_code,
    value_date,
    transaction_kind,
    {{ normalize_name('transaction_kind') }} as transaction_kind_key,
    funder,
    amount,
    currency,
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at,
    sample_label is not null as is_sample
from source
