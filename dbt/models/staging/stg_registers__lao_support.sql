with source as (
    select * from {{ source('landing', 'lao_support') }}
)

select
    {{ make_key(["'gift'", '_source_file', '_sheet', '_row_number']) }} as activity_id,
    value_date,
    recipient,
    support_form,
    not starts_with({{ normalize_name('support_form') }}, 'tien') as is_in_kind,
    item_description,
    quantity,
    quantity_unit,
    amount,
    currency,
    donor_agency,
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at,
    sample_label is not null as is_sample
from source
