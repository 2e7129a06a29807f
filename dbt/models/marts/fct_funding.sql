with transactions as (
    select * from {{ ref('int_funding_transactions') }}
),

partners as (
    select partner_key, partner_code from {{ ref('dim_partner') }}
)

select
    cast(transactions.funding_id as varchar) as funding_id,
    cast(transactions.activity_id as varchar) as activity_id,
    cast(transactions.activity_type_code as varchar) as activity_type_code,
    cast(donor.partner_key as varchar) as partner_key,
    cast(recipient.partner_key as varchar) as recipient_partner_key,
    cast(transactions.transaction_type as integer) as transaction_type,
    cast(transactions.transaction_type_name as varchar) as transaction_type_name,
    cast(transactions.is_counterpart as boolean) as is_counterpart,
    cast(transactions.value_date as date) as value_date,
    {{ date_key('transactions.value_date') }} as date_key,
    cast(transactions.currency as varchar) as currency,
    cast(transactions.amount as decimal(24, 4)) as amount,
    cast(transactions.amount_vnd as decimal(28, 2)) as amount_vnd,
    cast(transactions.amount_usd as decimal(24, 2)) as amount_usd,
    cast(transactions.rate_date as date) as rate_date,
    cast(transactions.is_in_kind as boolean) as is_in_kind,
    cast(transactions.quantity as decimal(24, 4)) as quantity,
    cast(transactions.quantity_unit as varchar) as quantity_unit,
    cast(transactions.item_description as varchar) as item_description,
    cast(transactions.is_sample as boolean) as is_sample,
    cast(transactions.source_file as varchar) as source_file,
    cast(transactions.source_sheet as varchar) as source_sheet,
    cast(transactions.source_row_number as integer) as source_row_number
from transactions
inner join partners as donor
    on donor.partner_code = coalesce(transactions.donor_partner_code, 'UNRESOLVED')
inner join partners as recipient
    on recipient.partner_code = coalesce(transactions.recipient_partner_code, 'UNRESOLVED')
