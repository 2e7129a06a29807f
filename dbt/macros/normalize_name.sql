{#- Same rule as dagster_project.parsing.text.normalize_label: no case, diacritics or punctuation. -#}
{% macro normalize_name(expression) -%}
    trim(regexp_replace(lower({{ strip_accents("replace(replace(" ~ expression ~ ", 'đ', 'd'), 'Đ', 'D')") }}), '[^0-9a-z]+', ' ', 'g'))
{%- endmacro %}

{#- Key for partner matching: the normalised name without generic lead words
    ("Đoàn tỉnh Bolikhamsay" and "Bolikhamsay", "Tổ chức Oxfam" and "Oxfam" are the same partner). -#}
{% macro partner_match_key(expression) -%}
    regexp_replace({{ normalize_name(expression) }}, '^((doan|tinh|thanh pho|thu do|to chuc) )+', '')
{%- endmacro %}
