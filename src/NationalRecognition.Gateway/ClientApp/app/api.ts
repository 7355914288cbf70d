// The application's only ways to the server: the session endpoints and persisted GraphQL documents (by id, never text).
import documents from '../../WebApp/persisted-documents.json';

export interface Session {
  signedIn: boolean;
  subject?: string;
  role?: string;
  bin?: string;
  iin?: string;
  ministry?: string;
  expiresAt?: string;
  antiforgeryToken: string;
}

const ids: Record<string, string> = {};
for (const [id, text] of Object.entries(documents as Record<string, string>)) {
  const name = /^(?:query|mutation)\s+(\w+)/.exec(text)?.[1];
  if (name) { ids[name] = id; }
}

let antiforgeryToken = '';

export async function readSession(): Promise<Session> {
  const response = await fetch('/auth/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const session = (await response.json()) as Session;
  antiforgeryToken = session.antiforgeryToken;
  return session;
}

export async function extendSession(): Promise<string | null> {
  const response = await fetch('/auth/session/extend', {
    method: 'POST', credentials: 'same-origin', headers: { 'X-CSRF-TOKEN': antiforgeryToken },
  });
  if (!response.ok) { return null; }
  return ((await response.json()) as { expiresAt: string }).expiresAt;
}

export function currentAntiforgeryToken(): string {
  return antiforgeryToken;
}

export async function run<T>(operation: string, variables: Record<string, unknown> = {}): Promise<T> {
  const documentId = ids[operation];
  if (!documentId) { throw new Error(`No persisted document named ${operation}`); }
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      // The server's messages in the language the page shows (the shell keeps it on <html lang>).
      'Accept-Language': document.documentElement.lang || navigator.language,
      'X-CSRF-TOKEN': antiforgeryToken,
    },
    body: JSON.stringify({ documentId, operationName: operation, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) { throw new Error(body.errors[0].message); }
  return body.data as T;
}
