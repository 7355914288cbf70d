import { useEffect, useState } from 'preact/hooks';
import { extendSession, readSession, type Session } from './api';
import type { T } from './main';

/** Warns this long before the session ends (WCAG 2.2.1: the person can extend it with one action). */
const warnBeforeMs = 2 * 60 * 1000;

export function ExpiryWarning({ t, session, onChange }: { t: T; session: Session; onChange: (session: Session) => void }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(timer);
  }, []);

  const left = new Date(session.expiresAt ?? 0).getTime() - now;
  useEffect(() => {
    if (left <= 0) { readSession().then(onChange); }
  }, [left <= 0]);
  if (left > warnBeforeMs || left <= 0) { return null; }

  const extend = async () => {
    const expiresAt = await extendSession();
    onChange(expiresAt ? { ...session, expiresAt } : await readSession());
  };
  return (
    <div class="warning" role="alert" id="expiry-warning">
      <p>{t('expiryWarning', Math.max(1, Math.ceil(left / 60000)))}</p>
      <button type="button" id="extend-session" onClick={extend}>{t('expiryExtend')}</button>
    </div>
  );
}
