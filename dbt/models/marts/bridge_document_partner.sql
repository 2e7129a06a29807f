-- Which partners each narrative report mentions, with the spellings it uses.
with mentions as (
    select * from {{ ref('stg_documents__document_partner_mentions') }}
),

lookup as (
    select * from {{ ref('int_partner_lookup') }}
),

resolved as (
    select mentions.*, lookup.partner_code
    from mentions
    inner join lookup
        on lookup.alias_key = {{ partner_match_key('mentions.name_as_written') }}
)

select
    cast(source_file as varchar) as document_id,
    cast(partner_code as varchar) as partner_code,
    cast(string_agg(distinct name_as_written, '; ' order by name_as_written) as varchar) as names_as_written,
    cast(count(*) as integer) as mention_count,
    cast(min(char_start) as integer) as first_char_start
from resolved
group by source_file, partner_code
