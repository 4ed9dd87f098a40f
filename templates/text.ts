/** "april" → "April" */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
}
