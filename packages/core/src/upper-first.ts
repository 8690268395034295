/** The first letter in upper case, the rest as written: "năm 2022" → "Năm 2022", "6 tháng …" unchanged. */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
