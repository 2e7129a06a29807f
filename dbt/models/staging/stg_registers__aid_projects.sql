with source as (
    select * from {{ source('landing', 'aid_projects') }}
),

classified as (
    select
        *,
        case
            when {{ regex_contains(normalize_name('aid_modality'), 'pcpnn|phi chinh phu|ngo') }} then 'ngo_aid_project'
            when {{ regex_contains(normalize_name('aid_modality'), 'oda|vay uu dai|von vay') }} then 'oda_project'
        end as activity_type_code
    from source
)

select
    {{ make_key(["'aid_project'", 'project_code']) }} as activity_id,
    project_code,
    project_title,
    donor,
    aid_modality,
    activity_type_code,
    approval_date,
    sector,
    location,
    {{ staged_provenance() }}
from classified
