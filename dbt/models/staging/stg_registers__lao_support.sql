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
    {{ staged_provenance() }}
from source
