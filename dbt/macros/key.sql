{#- Stable text key from several columns (dbt's cross-database hash and concat). -#}
{% macro make_key(columns) -%}
    {%- set parts = [] -%}
    {%- for column in columns -%}
        {%- do parts.append("coalesce(cast(" ~ column ~ " as varchar), '')") -%}
        {%- if not loop.last %}{% do parts.append("'|'") %}{% endif -%}
    {%- endfor -%}
    substr({{ dbt.hash(dbt.concat(parts)) }}, 1, 16)
{%- endmacro %}

{% macro date_key(expression) -%}
    cast(extract(year from {{ expression }}) * 10000 + extract(month from {{ expression }}) * 100 + extract(day from {{ expression }}) as integer)
{%- endmacro %}
