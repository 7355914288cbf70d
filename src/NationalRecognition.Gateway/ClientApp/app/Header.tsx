import { currentAntiforgeryToken, type Session } from './api';
import { type Language, languages } from './i18n';
import type { T } from './main';

interface Props { t: T; session: Session | null; language: Language; onLanguage: (language: Language) => void }

export function Header({ t, session, language, onLanguage }: Props) {
  const here = location.pathname;
  const link = (href: string, label: string) =>
    <li><a href={href} aria-current={here === href ? 'page' : undefined}>{label}</a></li>;
  return (
    <header>
      <p class="brand"><a href="/">{t('appName')}</a></p>
      <nav aria-label={t('mainNavigation')}>
        <ul>
          {link('/', t('navHome'))}
          {link('/me', t('navMe'))}
          {session?.role === 'MinistryAnalyst' && link('/dashboard', t('navDashboard'))}
        </ul>
      </nav>
      <div class="tools">
        <label for="language">{t('language')}</label>
        <select id="language" value={language} onChange={(event) => onLanguage((event.target as HTMLSelectElement).value as Language)}>
          {languages.map((option) => <option value={option.code} lang={option.code}>{option.name}</option>)}
        </select>
        {session?.signedIn
          ? (
            <form method="post" action="/auth/signout">
              <input type="hidden" name="__RequestVerificationToken" value={currentAntiforgeryToken()} />
              <button type="submit" id="sign-out">{t('signOut')}</button>
            </form>
          )
          : session && <a class="button" id="sign-in" href={`/auth/signin?returnUrl=${encodeURIComponent(here)}`}>{t('signIn')}</a>}
      </div>
    </header>
  );
}
