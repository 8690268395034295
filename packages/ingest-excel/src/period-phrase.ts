/**
 * Finds a period phrase inside a longer text, such as a title line
 * ("BÁO CÁO Kết quả thực hiện QCDC 6 tháng đầu năm 2022"). Returns the phrase as written (NFC);
 * the orchestrator turns it into a period code with the core's parsePeriod.
 */
const PHRASES = [
  String.raw`giai\s+đoạn\s+\d{4}\s*[-–—]\s*\d{4}`,
  String.raw`\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm\s+\d{4}`,
  String.raw`quý\s+(?:[ivx]+|\d)\s*(?:\/|-|năm)\s*\d{4}`,
  String.raw`tháng\s+\d{1,2}\s*(?:\/|-|năm)\s*\d{4}`,
  String.raw`năm\s+\d{4}`,
];
const PERIOD_RE = new RegExp(PHRASES.map((p) => `(?:${p})`).join('|'), 'iu');

export function findPeriodPhrase(text: string): string | null {
  const match = PERIOD_RE.exec(text.normalize('NFC'));
  return match ? match[0] : null;
}
