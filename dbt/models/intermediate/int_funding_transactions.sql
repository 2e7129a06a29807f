-- Aid commitments/disbursements and gifts to Lao provinces, converted at the rate valid
-- on the value date (the latest rate on or before it).
with aid_transactions as (
    select
        txn.funding_id, project.activity_id, project.activity_type_code,
        coalesce(txn.funder, project.donor) as donor_name, 'Hà Tĩnh' as recipient_name,
        txn.transaction_kind_key, txn.value_date, txn.currency, txn.amount,
        false as is_in_kind, cast(null as decimal(24, 4)) as quantity, cast(null as varchar) as quantity_unit,
        cast(null as varchar) as item_description,
        txn.is_sample, txn.source_file, txn.source_sheet, txn.source_row_number
    from {{ ref('stg_registers__aid_transactions') }} as txn
    left join {{ ref('stg_registers__aid_projects') }} as project
        on project.project_code = txn.project_code
),

gifts as (
    select
        activity_id as funding_id, activity_id, 'gift', coalesce(donor_agency, 'Hà Tĩnh'), recipient,
        'ho tro', value_date, currency, amount,
        is_in_kind, quantity, quantity_unit, item_description,
        is_sample, source_file, source_sheet, source_row_number
    from {{ ref('stg_registers__lao_support') }}
),

transactions as (
    select * from aid_transactions
    union all
    select * from gifts
),

rates as (
    select * from {{ ref('int_exchange_rates') }}
),

converted as (
    select
        transactions.*,
        types.transaction_type,
        types.transaction_type_name,
        coalesce(types.is_counterpart, false) as is_counterpart,
        case when transactions.currency = 'VND' then transactions.value_date else currency_rate.valid_from end
            as rate_date,
        case when transactions.currency = 'VND' then 1 else currency_rate.vnd_per_unit end as vnd_per_unit,
        usd_rate.vnd_per_unit as vnd_per_usd,
        donor.partner_code as donor_partner_code,
        recipient.partner_code as recipient_partner_code
    from transactions
    left join {{ ref('transaction_types') }} as types
        on types.transaction_kind = transactions.transaction_kind_key
    left join rates as currency_rate
        on currency_rate.currency = transactions.currency
        and currency_rate.valid_from <= transactions.value_date
        and currency_rate.valid_to > transactions.value_date
    left join rates as usd_rate
        on usd_rate.currency = 'USD'
        and usd_rate.valid_from <= transactions.value_date
        and usd_rate.valid_to > transactions.value_date
    left join lateral {{ partner_match('transactions.donor_name') }} as donor on true
    left join lateral {{ partner_match('transactions.recipient_name') }} as recipient on true
)

select
    *,
    -- Rates are floating point; round as decimals so both databases round the same way.
    cast(round(cast(amount * vnd_per_unit as decimal(38, 6)), 2) as decimal(28, 2)) as amount_vnd,
    -- A dollar amount needs no rate to be in dollars.
    cast(case
        when currency = 'USD' then amount
        else round(cast(amount * vnd_per_unit / vnd_per_usd as decimal(38, 6)), 2)
    end as decimal(24, 2)) as amount_usd
from converted
