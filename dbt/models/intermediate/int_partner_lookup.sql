-- One partner per match key; the unique test on alias_key catches two partners sharing a spelling
-- (Malaysia's code is MYS: "MY" is the key of "Mỹ", the United States).
select distinct alias_key, partner_code
from {{ ref('int_partner_aliases') }}
