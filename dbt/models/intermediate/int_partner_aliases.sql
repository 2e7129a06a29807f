-- Every spelling that identifies a partner: its code, both names and the reviewed aliases.
with partners as (
    select * from {{ ref('partners') }}
),

spellings as (
    select partner_code, partner_code as alias, 'code' as alias_origin from partners
    union all
    select partner_code, name_en, 'name_en' from partners
    union all
    select partner_code, name_vi, 'name_vi' from partners
    union all
    select partner_code, alias, 'alias' from {{ ref('partner_aliases') }}
),

keyed as (
    select
        alias,
        {{ partner_match_key('alias') }} as alias_key,
        partner_code,
        alias_origin,
        row_number() over (partition by alias order by alias_origin) as spelling_rank
    from spellings
)

select alias, alias_key, partner_code, alias_origin
from keyed
where spelling_rank = 1
