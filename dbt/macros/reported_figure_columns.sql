{#- Key and value columns shared by fct_reported_indicator and fct_reported_indicator_source. -#}
{% macro reported_figure_columns() -%}
    cast({{ make_key(['period_code', 'indicator_code']) }} as varchar) as reported_figure_id,
    cast(period_code as varchar) as period_code,
    cast(indicator_code as varchar) as indicator_code,
    cast(value as decimal(28, 4)) as value,
    cast(unit as varchar) as unit,
    cast(qualifier as varchar) as qualifier
{%- endmacro %}
