import { useEffect, useState } from 'preact/hooks';
import { run, type Session } from './api';
import type { Language } from './i18n';
import type { T } from './main';

interface Names { kazakh: string; russian: string; english: string }

export function Me({ t, session, language }: { t: T; session: Session | null; language: Language }) {
  const [institution, setInstitution] = useState<Names | null>(null);
  const [applications, setApplications] = useState<number | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (session?.bin) {
      run<{ institution: { names: Names } | null }>('MyInstitution', { bin: session.bin })
        .then((data) => setInstitution(data.institution?.names ?? null), (e: Error) => setError(e.message));
    }
    if (session?.iin) {
      run<{ learner: { applications: { totalCount: number } } }>('MyApplications', { iin: session.iin })
        .then((data) => setApplications(data.learner.applications.totalCount), (e: Error) => setError(e.message));
    }
  }, [session]);

  if (!session) { return <p>{t('loading')}</p>; }
  if (!session.signedIn) { return <><h1>{t('meTitle')}</h1><p>{t('meSignedOut')}</p></>; }
  const name = institution && (language === 'kk' ? institution.kazakh : language === 'ru' ? institution.russian : institution.english);
  return (
    <>
      <h1>{t('meTitle')}</h1>
      <dl class="facts">
        <dt>{t('meRole')}</dt><dd id="me-role">{t(`role.${session.role}`)}</dd>
        <dt>{t('meSubject')}</dt><dd id="me-subject">{session.subject}</dd>
        {session.bin && <><dt>{t('meInstitution')}</dt><dd>{name ?? session.bin} ({session.bin})</dd></>}
        {session.iin && <><dt>{t('meIin')}</dt><dd>{session.iin}</dd></>}
        {applications !== null && <><dt>{t('meApplications')}</dt><dd>{applications}</dd></>}
        {session.role === 'MinistryAnalyst' && (
          <><dt>{t('meMinistry')}</dt><dd>{session.ministry ? t(`ministry.${session.ministry}`) : t('meNational')}</dd></>
        )}
        {session.expiresAt && (
          <><dt>{t('meSessionEnds')}</dt><dd>{new Date(session.expiresAt).toLocaleTimeString(language)}</dd></>
        )}
      </dl>
      {error && <p class="error" role="alert">{t('loadFailed', error)}</p>}
    </>
  );
}
