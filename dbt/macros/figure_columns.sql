{#- What a published figure is, in every shape it takes (report-table row, sentence, reviewed decision). -#}
{% macro figure_columns() -%}
    period_code,
    indicator_code,
    value,
    unit,
    qualifier
{%- endmacro %}

{#- Where a figure stands in a narrative report: the words as written and the sentence around them. -#}
{% macro excerpt_columns() -%}
    value_as_written,
    source_excerpt,
    char_start,
    char_end,
    excerpt_start
{%- endmacro %}

{#- Where a narrative figure was read, in the column order of int_reported_figure_sources
    (a narrative report has no published-source label: that column is null). -#}
{% macro narrative_source_location() -%}
    source_file,
    source_sheet,
    source_row_number,
    source_excerpt,
    cast(char_start as integer),
    cast(char_end as integer),
    cast(null as varchar)
{%- endmacro %}
