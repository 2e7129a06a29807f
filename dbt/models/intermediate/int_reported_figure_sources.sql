-- Every place a figure is published: rows of report tables and sentences of narrative reports,
-- in one shape, so that a figure given by both is one figure with two sources.
with report_table_rows as (
    select * from {{ ref('stg_reports__reported_indicators') }}
),

narrative_figures as (
    select * from {{ ref('stg_documents__document_figures') }}
),

accepted_decisions as (
    select * from {{ ref('int_extraction_decisions') }}
    where decision = 'accept' and not is_stale
),

report_table_sources as (
    select
        reported_figure_id as source_row_id,
        {{ figure_columns() }},
        extraction_method,
        source_file,
        source_sheet,
        source_row_number,
        (
            source_sheet || ' row ' || source_row_number || ': ' || indicator_code || ' = '
            || cast(value as varchar) || ' ' || unit
            || case when qualifier <> 'exact' then ' (' || qualifier || ')' else '' end
            || coalesce(' - ' || published_source, '')
        ) as source_excerpt,
        cast(null as integer) as char_start,
        cast(null as integer) as char_end,
        published_source,
        cast(null as varchar) as extraction_rule,
        cast(null as varchar) as period_evidence
    from report_table_rows
),

narrative_sources as (
    select
        document_figure_id,
        {{ figure_columns() }},
        extraction_method,
        {{ narrative_source_location() }},
        extraction_rule,
        period_evidence
    from narrative_figures
),

reviewed_narrative_sources as (
    select
        review_item_id,
        {{ figure_columns() }},
        'narrative',
        {{ narrative_source_location() }},
        'reviewed: accepted by ' || decided_by || ' on ' || cast(decided_on as varchar),
        'reviewed decision ' || review_key || ': ' || reason
    from accepted_decisions
)

select * from report_table_sources
union all
select * from narrative_sources
union all
select * from reviewed_narrative_sources
