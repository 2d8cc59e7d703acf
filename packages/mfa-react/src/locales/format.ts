// Numbers, plurals and durations for the message catalogues, all from `Intl`, so each
// language gets its own digits, plural categories (Arabic has six)
// and unit words without the kit shipping any of that data.

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string, key: string, options: Intl.NumberFormatOptions) {
  const id = `${locale}|${key}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(id, format);
  }
  return format;
}

/** `count` in the locale's digits and grouping. */
export function formatNumber(locale: string, count: number): string {
  return numberFormat(locale, 'n', {}).format(count);
}

/** Plural forms by `Intl.PluralRules` category; `other` is required, `#` is the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the locale's plural form for `count` and puts the formatted number in for `#`. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replace('#', formatNumber(locale, count));
}

/** A duration in whole units, spelt out by `Intl` (`5 minutes`, `5 Minuten`, `5 分`). */
export function formatDuration(locale: string, count: number, unit: 'second' | 'minute'): string {
  return numberFormat(locale, unit, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}

/**
 * Seconds as `m:ss` in the locale's digits (`75` → `1:15`); negative
 * values show zero. The countdowns inside buttons and notices use it.
 */
export function formatClock(locale: string, seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const minutes = formatNumber(locale, Math.floor(whole / 60));
  const rest = numberFormat(locale, 'ss', { minimumIntegerDigits: 2 }).format(whole % 60);
  return `${minutes}:${rest}`;
}

/**
 * "Try again in …" durations: whole minutes rounded up, or seconds under a minute (a
 * lockout is never shown as "0").
 */
export function waitDuration(locale: string, seconds: number): string {
  const wait = Math.max(1, Math.ceil(seconds));
  return wait < 60
    ? formatDuration(locale, wait, 'second')
    : formatDuration(locale, Math.ceil(wait / 60), 'minute');
}
