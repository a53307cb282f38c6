const NUMBER = new Intl.NumberFormat('de-DE');

/** „1 Eintrag“, „53 Einträge“, „Keine Einträge gefunden“ — the text of the polite live region. */
export function entryCountText(total: number): string {
  if (total === 0) return 'Keine Einträge gefunden';
  return total === 1 ? '1 Eintrag' : `${NUMBER.format(total)} Einträge`;
}
