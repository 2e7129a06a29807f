{#- SQL that DuckDB and PostgreSQL spell differently. The same models build on both targets
    (warehouse load --target duckdb|postgres); everything else in the project is plain SQL. -#}

{#- Text without diacritics. PostgreSQL's unaccent extension is created by the load. -#}
{% macro strip_accents(expression) -%}
    {{ return(adapter.dispatch('strip_accents')(expression)) }}
{%- endmacro %}

{% macro default__strip_accents(expression) -%}
    strip_accents({{ expression }})
{%- endmacro %}

{% macro postgres__strip_accents(expression) -%}
    unaccent({{ expression }})
{%- endmacro %}

{#- True where the regular expression matches anywhere in the text (null stays null). -#}
{% macro regex_contains(expression, pattern) -%}
    {{ return(adapter.dispatch('regex_contains')(expression, pattern)) }}
{%- endmacro %}

{% macro default__regex_contains(expression, pattern) -%}
    regexp_matches({{ expression }}, '{{ pattern }}')
{%- endmacro %}

{% macro postgres__regex_contains(expression, pattern) -%}
    ({{ expression }} ~ '{{ pattern }}')
{%- endmacro %}

{#- Rows first..last (inclusive) of one integer column named column_name. -#}
{% macro integer_series(first, last, column_name) -%}
    select cast(series.{{ column_name }} as integer) as {{ column_name }}
    from generate_series({{ first }}, {{ last }}) as series({{ column_name }})
{%- endmacro %}

{#- Last day of the month that the date falls in. -#}
{% macro month_end(date_expression) -%}
    cast({{ dbt.last_day(date_expression, 'month') }} as date)
{%- endmacro %}

{#- A date plus a whole number of days. -#}
{% macro add_days(date_expression, days) -%}
    cast({{ dbt.dateadd('day', days, date_expression) }} as date)
{%- endmacro %}

{#- Double-precision type name both databases accept. -#}
{% macro type_double() -%}
    float8
{%- endmacro %}

{#- The first group of a regular expression's first match (null when there is none). -#}
{% macro regex_group(expression, pattern) -%}
    {{ return(adapter.dispatch('regex_group')(expression, pattern)) }}
{%- endmacro %}

{% macro default__regex_group(expression, pattern) -%}
    nullif(regexp_extract({{ expression }}, '{{ pattern }}', 1), '')
{%- endmacro %}

{% macro postgres__regex_group(expression, pattern) -%}
    substring({{ expression }} from '{{ pattern }}')
{%- endmacro %}
