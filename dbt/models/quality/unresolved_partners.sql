-- Partner spellings found in registers and reports that no alias resolves: the review queue for partner_aliases.csv.
with activity_names as (
    select partner_name as name_as_written, activity_type_code as found_in, source_file
    from {{ ref('int_activities') }}
    where partner_code is null and partner_name is not null
),

funding_names as (
    select donor_name, 'funding donor', source_file
    from {{ ref('int_funding_transactions') }}
    where donor_partner_code is null and donor_name is not null
    union all
    select recipient_name, 'funding recipient', source_file
    from {{ ref('int_funding_transactions') }}
    where recipient_partner_code is null and recipient_name is not null
),

document_names as (
    select mentions.name_as_written, 'document mention', mentions.source_file
    from {{ ref('stg_documents__document_partner_mentions') }} as mentions
    left join lateral {{ partner_match('mentions.name_as_written') }} as lookup on true
    where lookup.partner_code is null
),

names as (
    select * from activity_names
    union all
    select * from funding_names
    union all
    select * from document_names
)

select
    name_as_written,
    {{ partner_match_key('name_as_written') }} as match_key,
    string_agg(distinct found_in, ', ' order by found_in) as found_in,
    string_agg(distinct source_file, '; ' order by source_file) as source_files,
    count(*) as occurrences
from names
group by name_as_written
