{#- Resolve a name as clerks write it to one partner: the whole name first, then the name
    without what stands in brackets ("JICA (Nhật Bản)"), then without a closing "(tại) Việt Nam"
    ("Oxfam tại Việt Nam", "World Vision Việt Nam"), then what stands in brackets
    ("Tổ chức Tầm nhìn Thế giới (World Vision)") when it names an organisation, never a place
    ("Công ty ABC (Savannakhet)" is not the province). Used as
    `left join lateral {{ partner_match('t.name') }} as alias on true`; gives partner_code and
    matched_by. -#}
{% macro partner_match(expression) -%}
    {%- set whole = partner_match_key(expression) -%}
    {%- set unbracketed = partner_match_key("regexp_replace(" ~ expression ~ ", '\\s*\\([^)]*\\)', '', 'g')") -%}
    {%- set unlocated = "regexp_replace(" ~ unbracketed ~ ", '\\s+(tai\\s+)?viet nam$', '')" -%}
    {%- set bracketed = partner_match_key(regex_group(expression, '\\(([^)]*)\\)')) -%}
    (
        select lookup.partner_code,
            case lookup.alias_key
                when {{ whole }} then 'whole name'
                when {{ unbracketed }} then 'name without brackets'
                when {{ unlocated }} then 'name without Viet Nam'
                else 'name in brackets'
            end as matched_by
        from {{ ref('int_partner_lookup') }} as lookup
        inner join {{ ref('partners') }} as partner
            on partner.partner_code = lookup.partner_code
        where lookup.alias_key in ({{ whole }}, {{ unbracketed }}, {{ unlocated }})
            or (lookup.alias_key = {{ bracketed }} and partner.partner_level not in ('country', 'province', 'city'))
        order by case lookup.alias_key
            when {{ whole }} then 1
            when {{ unbracketed }} then 2
            when {{ unlocated }} then 3
            else 4
        end
        limit 1
    )
{%- endmacro %}
