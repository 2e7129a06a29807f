select
    cast(aliases.alias as varchar) as alias,
    cast(aliases.alias_key as varchar) as alias_key,
    cast(partner.partner_key as varchar) as partner_key,
    cast(aliases.partner_code as varchar) as partner_code,
    cast(aliases.alias_origin as varchar) as alias_origin
from {{ ref('int_partner_aliases') }} as aliases
inner join {{ ref('dim_partner') }} as partner
    on partner.partner_code = aliases.partner_code
