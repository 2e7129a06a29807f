-- name: delegations_abroad_by_country_and_year
select a.country_code, d.year, sum(a.delegations) as delegations, sum(a.persons) as persons
from marts.fct_activity a
join marts.dim_date d on d.date_key = a.date_key
where a.activity_type_code = 'outbound_delegation'
group by all
order by d.year, delegations desc;

-- name: aid_committed_and_disbursed_by_donor
select p.name_en as donor, f.currency, f.transaction_type_name,
       sum(f.amount) as amount_original, sum(f.amount_usd) as amount_usd
from marts.fct_funding f
join marts.dim_partner p on p.partner_key = f.partner_key
group by all
order by amount_usd desc nulls last;

-- name: activities_with_lao_provinces_by_quarter
select d.year, d.quarter, p.name_vi as province, a.activity_type_code, count(*) as activities
from marts.fct_activity a
join marts.dim_partner p on p.partner_key = a.partner_key
join marts.dim_date d on d.date_key = a.date_key
where p.country_code = 'LA' and p.partner_level = 'province'
group by all
order by d.year, d.quarter;

-- name: published_figures_without_register_support
select period_code, indicator_code, reported_value, register_value, status, source_document
from marts.rpt_reconciliation
where status in ('mismatch', 'not_in_registers')
order by period_code, indicator_code;

-- name: reconciliation_status_per_period
select r.period_code, p.period_type, r.status, count(*) as figures
from marts.rpt_reconciliation r
join marts.dim_period p on p.period_code = r.period_code
group by all
order by r.period_code;

-- name: top_partners_by_activities
select p.name_vi, p.partner_level, count(*) as activities, sum(a.persons) as persons
from marts.fct_activity a
join marts.dim_partner p on p.partner_key = a.partner_key
group by all
order by activities desc
limit 20;
