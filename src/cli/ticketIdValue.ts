/** A ticket id as output writes it: a number when it is one, as `score` writes it. */
export function ticketIdValue(id: string): number | string {
  if (!/^\d{1,16}$/.test(id)) return id;
  const n = Number(id);
  return Number.isSafeInteger(n) && String(n) === id ? n : id;
}
