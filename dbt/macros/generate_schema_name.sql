{#- Schemas are exactly staging, intermediate, marts and quality: the public contract.
    On PostgreSQL the load builds into <schema>__build and publishing renames those schemas
    into place in one transaction, so BI users never see half a build. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- set name = target.schema if custom_schema_name is none else custom_schema_name | trim -%}
    {%- if target.type == 'postgres' -%}
        {{ name }}__build
    {%- else -%}
        {{ name }}
    {%- endif -%}
{%- endmacro %}
