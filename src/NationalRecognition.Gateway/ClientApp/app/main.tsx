// The web application shell: sign-in and sign-out, the language switcher, "who am I", the way to the analysts'
// dashboard and the session-expiry warning. State lives in the page only; the server keeps no per-user state.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './app.css';
import { readSession, type Session } from './api';
import { initialLanguage, type Language, remember, translate } from './i18n';
import { Header } from './Header';
import { Home } from './Home';
import { Me } from './Me';
import { ExpiryWarning } from './ExpiryWarning';
import { Footer } from './Footer';

export type T = (key: string, ...args: (string | number)[]) => string;

function App() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [session, setSession] = useState<Session | null>(null);
  const t: T = (key, ...args) => translate(language, key, ...args);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('appName');
  }, [language]);
  useEffect(() => { readSession().then(setSession, () => setSession({ signedIn: false, antiforgeryToken: '' })); }, []);

  const choose = (next: Language) => { remember(next); setLanguage(next); };
  const page = location.pathname === '/me' ? <Me t={t} session={session} language={language} /> : <Home t={t} session={session} />;
  return (
    <>
      <a class="skip" href="#content">{t('skipToContent')}</a>
      <Header t={t} session={session} language={language} onLanguage={choose} />
      {session?.signedIn && <ExpiryWarning t={t} session={session} onChange={setSession} />}
      <main id="content" tabIndex={-1} data-ready={session ? 'true' : 'false'}>{page}</main>
      <Footer t={t} session={session} />
    </>
  );
}

render(<App />, document.getElementById('app')!);
