-- A published figure that the registers contradict blocks publishing, unless a reviewed waiver covers it.
select period_code, indicator_code, register_value, reported_value, qualifier, source_document
from {{ ref('rpt_reconciliation') }}
where status = 'mismatch' and not is_waived
