-- The public face of int_subtree: p_unit and every unit below it whose path is active in p_period.
select ancestor, descendant, descendant_type
from {{ ref('int_subtree') }}(p_unit, p_period)
