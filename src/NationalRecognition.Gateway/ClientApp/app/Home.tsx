import type { Session } from './api';
import type { T } from './main';

export function Home({ t, session }: { t: T; session: Session | null }) {
  const failed = new URLSearchParams(location.search).get('signin') === 'failed';
  return (
    <>
      <h1>{t('homeTitle')}</h1>
      {failed && <p class="error" role="alert">{t('signInFailed')}</p>}
      <p>{t('homeIntro')}</p>
      {session && (session.signedIn
        ? <p id="signed-in-as">{t('homeSignedIn', t(`role.${session.role}`))}</p>
        : <p>{t('homeSignedOut')}</p>)}
    </>
  );
}
