import { t } from '../i18n/index.js';

export function NotFound() {
  return (
    <main className="not-found">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <a href="/wall">{t.notFound.link}</a>
    </main>
  );
}
