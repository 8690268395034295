import { describe, expect, it } from 'vitest';
import { parsePeriod } from './parse-period';

describe('parsePeriod: codes', () => {
  it.each<[string, string, string, string]>([
    ['2022', 'year', '2022-01-01', '2022-12-31'],
    ['2022S1', 'half', '2022-01-01', '2022-06-30'],
    ['2022S2', 'half', '2022-07-01', '2022-12-31'],
    ['2022Q1', 'quarter', '2022-01-01', '2022-03-31'],
    ['2022Q2', 'quarter', '2022-04-01', '2022-06-30'],
    ['2022Q3', 'quarter', '2022-07-01', '2022-09-30'],
    ['2022Q4', 'quarter', '2022-10-01', '2022-12-31'],
    ['2022-03', 'month', '2022-03-01', '2022-03-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2022N9', 'nine_months', '2022-01-01', '2022-09-30'],
    ['2017/2022', 'multi_year', '2017-01-01', '2022-12-31'],
  ])('%s', (code, kind, start, end) => {
    expect(parsePeriod(code)).toEqual({ code, kind, start, end });
  });

  it('accepts lower case and spaces around a code', () => {
    expect(parsePeriod(' 2022s1 ')?.code).toBe('2022S1');
    expect(parsePeriod('2022q4')?.code).toBe('2022Q4');
    expect(parsePeriod('2022n9')?.code).toBe('2022N9');
  });

  it.each(['2022S3', '2022Q5', '2022-13', '2022-00', '2022/2017', '2022/2022', '22', '', 'abc', '0999'])('rejects %j', (code) => {
    expect(parsePeriod(code)).toBeNull();
  });
});

describe('parsePeriod: Vietnamese text', () => {
  it.each<[string, string]>([
    ['6 tháng đầu năm 2022', '2022S1'],
    ['06 tháng đầu năm 2022', '2022S1'],
    ['6 tháng năm 2022', '2022S1'],
    ['6 tháng cuối năm 2022', '2022S2'],
    ['năm 2022', '2022'],
    ['Năm 2022', '2022'],
    ['NĂM 2022', '2022'],
    ['Quý I/2023', '2023Q1'],
    ['Quý II/2023', '2023Q2'],
    ['Quý III năm 2023', '2023Q3'],
    ['quý 1 năm 2023', '2023Q1'],
    ['Quý IV năm 2023', '2023Q4'],
    ['tháng 3/2023', '2023-03'],
    ['tháng 03 năm 2023', '2023-03'],
    ['Tháng 12/2023', '2023-12'],
    ['9 tháng đầu năm 2023', '2023N9'],
    ['giai đoạn 2017 - 2022', '2017/2022'],
    ['giai đoạn 2017-2022', '2017/2022'],
    ['sơ kết 05 năm 2017-2022', '2017/2022'],
    ['từ năm 2017 đến năm 2022', '2017/2022'],
    ['Kỳ báo cáo: 2022S1', '2022S1'],
  ])('%j → %s', (text, code) => {
    expect(parsePeriod(text)?.code).toBe(code);
  });

  it('finds the phrase inside a long title', () => {
    const title = 'BÁO CÁO Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2022, phương hướng nhiệm vụ 6 tháng cuối năm 2022';
    expect(parsePeriod(title)?.code).toBe('2022S1');
    expect(parsePeriod('Báo cáo sơ kết 05 năm thực hiện Luật, giai đoạn 2017 - 2022')?.code).toBe('2017/2022');
    expect(parsePeriod('Báo cáo tổng kết công tác năm 2021 của Ban Chỉ đạo')?.code).toBe('2021');
    expect(parsePeriod('Báo cáo số 45/BC-UBND ngày 15 tháng 7 năm 2022 về kết quả 6 tháng đầu năm 2022')?.code).toBe('2022S1');
    expect(parsePeriod('Lâm Đồng, ngày 05/7/2022. Báo cáo quý II năm 2022')?.code).toBe('2022Q2');
  });

  it('reads NFD text and any case', () => {
    expect(parsePeriod('6 THÁNG ĐẦU NĂM 2022'.normalize('NFD'))?.code).toBe('2022S1');
    expect(parsePeriod('Quý IV năm 2023'.normalize('NFD'))?.code).toBe('2023Q4');
  });

  it.each(['Báo cáo công tác dân vận', 'tháng 13/2023', 'quý 5/2023', 'năm nay', 'ngày 15 tháng 7 năm 2022'])('no period in %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});
