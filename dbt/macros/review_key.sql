{#- Key of a review item for expectations/extraction_decisions.yml (12 hex characters). -#}
{% macro review_key() -%}
    substr(md5(
        regexp_replace(_source_file, '^.*/', '') || '|' || source_excerpt || '|' || value_as_written
        || '|' || cast(char_start - excerpt_start as varchar)
    ), 1, 12)
{%- endmacro %}
