-- The "current" version of a report: per (unit, period, form), the latest version whose status is
-- accepted or warning. Rejected versions are kept and listed but are never current, and a newer
-- rejected version does not displace an older valid one. Pipelines read facts through current_facts.

create view current_submissions as
select s.*
from submissions s
where s.status in ('accepted', 'warning')
qualify row_number() over (partition by s.unit_code, s.period, s.form order by s.version desc) = 1;

create view current_facts as
select f.*
from facts f
join current_submissions c on c.id = f.submission_id;
