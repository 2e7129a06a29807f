with source as (
    select * from {{ source('landing', 'documents') }}
)

select
    _source_file as document_id,
    title,
    report_period_code,
    period_evidence,
    document_text,
    char_count,
    block_count,
    {{ staged_file_provenance() }}
from source
