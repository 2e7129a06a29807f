{#- Provenance columns every register staging model carries, renamed from landing. -#}
{% macro staged_provenance() -%}
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at,
    sample_label is not null as is_sample
{%- endmacro %}
