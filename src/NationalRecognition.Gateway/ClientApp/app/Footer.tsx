import { useEffect, useState } from 'preact/hooks';
import { run, type Session } from './api';
import type { T } from './main';

export function Footer({ t, session }: { t: T; session: Session | null }) {
  const [version, setVersion] = useState('');
  // After the session is known: a signed-in page's requests carry its antiforgery token.
  useEffect(() => {
    if (!session) { return; }
    run<{ platform: { version: string } }>('Platform').then((data) => setVersion(data.platform.version), () => setVersion(''));
  }, [session === null]);
  return <footer><p>{t('appName')}{version && <> · {t('footerVersion', version)}</>}</p></footer>;
}
