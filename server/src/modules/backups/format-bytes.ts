/** A byte count for people: "1,2 GB", "340 kB" (decimal units, Dutch decimal comma). */
export function formatBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = n;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0).replace('.', ',')} ${units[unit]}`;
}
