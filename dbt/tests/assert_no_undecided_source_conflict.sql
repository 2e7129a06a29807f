-- Two sources publishing different values for one figure block publishing until a reviewed
-- choice (source_choices in expectations/waivers.yml) names the source that stands.
select period_code, indicator_code, source_file, source_value, register_value
from {{ ref('rpt_source_reconciliation') }}
where conflict_status = 'open'
