-- The kind and the inclusive date range of a period code: 2022, 2022S1, 2022Q3, 2022-03, 2022N9, 2017/2022.
-- The same answer as periodFromCode of @tonghop/core for canonical codes (years 1900–2999; a span
-- of years must end after it starts), tested equal for every kind in packages/figures.
case
  when not regexp_matches(code, '^(19|2\d)\d{2}') then null
  when regexp_full_match(code, '\d{4}') then
    {kind: 'year', start_date: make_date(code::integer, 1, 1), end_date: make_date(code::integer, 12, 31)}
  when regexp_full_match(code, '\d{4}S[12]') then
    {kind: 'half',
     start_date: make_date(left(code, 4)::integer, 6 * (right(code, 1)::integer - 1) + 1, 1),
     end_date: last_day(make_date(left(code, 4)::integer, 6 * right(code, 1)::integer, 1))}
  when regexp_full_match(code, '\d{4}Q[1-4]') then
    {kind: 'quarter',
     start_date: make_date(left(code, 4)::integer, 3 * (right(code, 1)::integer - 1) + 1, 1),
     end_date: last_day(make_date(left(code, 4)::integer, 3 * right(code, 1)::integer, 1))}
  when regexp_full_match(code, '\d{4}-(0[1-9]|1[0-2])') then
    {kind: 'month',
     start_date: make_date(left(code, 4)::integer, right(code, 2)::integer, 1),
     end_date: last_day(make_date(left(code, 4)::integer, right(code, 2)::integer, 1))}
  when regexp_full_match(code, '\d{4}N9') then
    {kind: 'nine_months', start_date: make_date(left(code, 4)::integer, 1, 1), end_date: make_date(left(code, 4)::integer, 9, 30)}
  when regexp_full_match(code, '\d{4}/(19|2\d)\d{2}') and right(code, 4) > left(code, 4) then
    {kind: 'multi_year', start_date: make_date(left(code, 4)::integer, 1, 1), end_date: make_date(right(code, 4)::integer, 12, 31)}
end
