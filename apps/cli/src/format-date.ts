const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });

/** "15/07/2022": the day of an instant in Vietnam time, whatever the machine's zone. */
export function localDate(at: Date | string): string {
  return DAY.format(typeof at === 'string' ? new Date(at) : at);
}

/** The last day on time for a deadline instant (the instant is 00:00 of the day after it). */
export function deadlineDay(deadline: string): string {
  return localDate(new Date(new Date(deadline).getTime() - 1));
}
