{#- Provenance columns every staging model carries, renamed from landing. -#}
{% macro staged_file_provenance() -%}
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at
{%- endmacro %}

{#- Registers also say whether a row is part of the shipped SAMPLE. -#}
{% macro staged_provenance() -%}
    {{ staged_file_provenance() }},
    sample_label is not null as is_sample
{%- endmacro %}
