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
    {{ staged_provenance() }}
from source
