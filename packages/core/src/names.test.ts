import { describe, expect, it } from 'vitest';
import { nameKey, normalizeName, stripNamePrefixes } from './names';

describe('normalizeName', () => {
  it.each<[string, string]>([
    ["Đạ M'Rông", 'da mrong'],
    ['Đạ M’Rông', 'da mrong'],
    ['Đạ M‘Rông', 'da mrong'],
    ['Đạ M`Rông', 'da mrong'],
    ["Liêng S'rônh", 'lieng sronh'],
    ["ĐẠ K'NÀNG", 'da knang'],
    ['  Rô   Men  ', 'ro men'],
    ['Phi Liêng.', 'phi lieng'],
    ['- Hội LHPN', 'hoi lhpn'],
    ['Thủ tục hành chính (TTHC)', 'thu tuc hanh chinh tthc'],
    ['Ủy ban nhân dân', 'uy ban nhan dan'],
    ['Uỷ ban nhân dân', 'uy ban nhan dan'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeName(text)).toBe(expected);
  });

  it('NFD and NFC give the same result', () => {
    const nfc = "Xã Đạ M'Rông".normalize('NFC');
    const nfd = "Xã Đạ M'Rông".normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(normalizeName(nfd)).toBe(normalizeName(nfc));
  });
});

describe('prefixes', () => {
  it.each<[string, string]>([
    ['Xã Đạ Long', 'da long'],
    ["UBND xã Liêng S'Rônh", 'lieng sronh'],
    ['Ủy ban nhân dân huyện Đam Rông', 'dam rong'],
    ['Thị trấn Bằng Lăng', 'bang lang'],
    ['Phường 1', '1'],
    ['Đặc khu Phú Quốc', 'phu quoc'],
    ['Thành phố Đà Lạt', 'da lat'],
    ['Tỉnh Lâm Đồng', 'lam dong'],
    ['Xã', 'xa'],
    ['Thị xã Bảo Lộc', 'bao loc'],
    ['Quận 1', '1'],
  ])('%j → %j', (text, expected) => {
    expect(nameKey(text)).toBe(expected);
  });

  it('keeps a word that only starts like a prefix', () => {
    expect(stripNamePrefixes('xuan truong')).toBe('xuan truong');
    expect(stripNamePrefixes('xa')).toBe('xa');
  });
});
