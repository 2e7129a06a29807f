{#- How a published value compares with the registers' count: exact figures must match; "gần"
    (approx) within the approx_tolerance share; "trên"/"hơn" (over) needs registers above the
    figure, "dưới" (under) below. -#}
{% macro reconciliation_status(register_value, reported_value, qualifier) -%}
    case
        when {{ reported_value }} is null then 'not_reported'
        when {{ register_value }} is null then 'not_in_registers'
        when {{ register_value }} = {{ reported_value }} then 'match'
        when {{ qualifier }} = 'approx'
            and abs({{ register_value }} - {{ reported_value }})
                <= {{ var('approx_tolerance') }} * abs({{ reported_value }}) then 'within_tolerance'
        when {{ qualifier }} = 'over' and {{ register_value }} > {{ reported_value }} then 'within_tolerance'
        when {{ qualifier }} = 'under' and {{ register_value }} < {{ reported_value }} then 'within_tolerance'
        else 'mismatch'
    end
{%- endmacro %}
