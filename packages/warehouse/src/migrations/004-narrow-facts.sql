-- tonghop warehouse, version 4: facts stop repeating their submission. unit_code, period, form and
-- the file name were copied into every fact row; each varchar column costs ~100 ms per 1M rows on
-- write even when constant. The values now live in the narrow table fact_values; views `facts` and
-- `current_facts` keep the old columns (unit/period/form/source_file from `submissions`), plus
-- `fact_seq` = fact_values.rowid, the order the facts were stored in (`order by fact_seq`).

create table fact_values (
  submission_id bigint not null,
  indicator     varchar not null,
  option        varchar,               -- category option code, null for the indicator itself
  num_value     double,                -- integer, percent (fraction)
  bool_value    boolean,
  text_value    varchar,               -- text; for category indicators the option code chosen
  source_sheet  varchar,
  source_cell   varchar,
  source_line   integer
);

-- Nothing is dropped silently: a fact without its submission, or whose file is not its
-- submission's, could not be shown through the views below, so the migration stops instead.
select error('Có ' || count(*) || ' dòng facts không có báo cáo hoặc có tệp nguồn khác tên tệp của báo cáo; không chuyển được sang fact_values.')
from facts f
left join submissions s on s.id = f.submission_id
where s.id is null or s.file_name <> f.source_file
having count(*) > 0;

insert into fact_values
select submission_id, indicator, option, num_value, bool_value, text_value, source_sheet, source_cell, source_line
from facts
order by rowid;

drop view current_facts;
drop table facts;

create view facts as
select
  f.submission_id, s.unit_code, s.period, s.form, f.indicator, f.option, f.num_value, f.bool_value, f.text_value,
  s.file_name as source_file, f.source_sheet, f.source_cell, f.source_line,
  f.rowid as fact_seq
from fact_values f
join submissions s on s.id = f.submission_id;

-- Straight from fact_values (not the facts view): one join, as before.
create view current_facts as
select
  f.submission_id, c.unit_code, c.period, c.form, f.indicator, f.option, f.num_value, f.bool_value, f.text_value,
  c.file_name as source_file, f.source_sheet, f.source_cell, f.source_line,
  f.rowid as fact_seq
from fact_values f
join current_submissions c on c.id = f.submission_id;
