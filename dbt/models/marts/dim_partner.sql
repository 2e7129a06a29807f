with partners as (
    select * from {{ ref('partners') }}
),

with_unresolved_member as (
    select
        partner_code, name_en, name_vi, cast(partner_type as varchar) as partner_type, partner_level,
        country_code, subdivision_code, parent_partner_code
    from partners
    union all
    -- Facts whose partner spelling is unknown point here until the alias list is reviewed.
    select 'UNRESOLVED', 'Unresolved partner', 'Chưa xác định đối tác', null, 'unresolved', null, null, null
)

select
    cast({{ make_key(['partner_code']) }} as varchar) as partner_key,
    cast(partner_code as varchar) as partner_code,
    cast(name_en as varchar) as name_en,
    cast(name_vi as varchar) as name_vi,
    cast(partner_type as varchar) as partner_type,
    cast(partner_level as varchar) as partner_level,
    cast(country_code as varchar) as country_code,
    cast(subdivision_code as varchar) as subdivision_code,
    cast(case when parent_partner_code is not null then {{ make_key(['parent_partner_code']) }} end as varchar)
        as parent_partner_key
from with_unresolved_member
