with source as (
    select * from {{ source('landing', 'aid_projects') }}
),

classified as (
    select
        *,
        case
            when regexp_matches({{ normalize_name('aid_modality') }}, 'pcpnn|phi chinh phu|ngo') then 'ngo_aid_project'
            when regexp_matches({{ normalize_name('aid_modality') }}, 'oda|vay uu dai|von vay') then 'oda_project'
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
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at,
    sample_label is not null as is_sample
from classified
