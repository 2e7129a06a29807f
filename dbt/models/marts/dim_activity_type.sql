select
    cast(activity_type_code as varchar) as activity_type_code,
    cast(name_en as varchar) as name_en,
    cast(name_vi as varchar) as name_vi,
    cast(landing_table as varchar) as landing_table
from {{ ref('activity_types') }}
