// UI strings in three resource files; a missing key is caught by the gateway's test (WebAppTranslationTests).
import en from './i18n/en.json';
import kk from './i18n/kk.json';
import ru from './i18n/ru.json';

export type Language = 'kk' | 'ru' | 'en';
export type Key = keyof typeof en;

export const languages: { code: Language; name: string }[] = [
  { code: 'kk', name: 'Қазақша' },
  { code: 'ru', name: 'Русский' },
  { code: 'en', name: 'English' },
];

const strings: Record<Language, Record<string, string>> = { kk, ru, en };

const storageKey = 'nr-language';

function known(value: string | null | undefined): Language | null {
  const code = (value ?? '').toLowerCase().split('-')[0];
  return code === 'kk' || code === 'ru' || code === 'en' ? code : null;
}

/** The person's choice, else the first of the browser's languages (its Accept-Language) we speak, else Kazakh. */
export function initialLanguage(): Language {
  const chosen = known(localStorage.getItem(storageKey));
  if (chosen) { return chosen; }
  for (const language of navigator.languages ?? [navigator.language]) {
    const match = known(language);
    if (match) { return match; }
  }
  return 'kk';
}

export function remember(language: Language): void {
  localStorage.setItem(storageKey, language);
}

export function translate(language: Language, key: string, ...args: (string | number)[]): string {
  const text = strings[language][key] ?? strings.en[key] ?? key;
  return args.reduce<string>((result, arg, i) => result.replace(`{${i}}`, String(arg)), text);
}
