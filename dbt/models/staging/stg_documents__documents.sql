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
    _source_file as source_file,
    _sheet as source_sheet,
    _row_number as source_row_number,
    _file_sha256 as source_file_sha256,
    _loaded_at as loaded_at
from source
