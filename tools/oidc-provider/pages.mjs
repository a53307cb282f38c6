// German HTML pages of the local development OpenID Connect provider.
// Plain server-rendered HTML without scripts, so the pages pass axe-core and work without JavaScript.
import { createHash } from 'node:crypto';

const STYLE = `
body{font-family:system-ui,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff;margin:0}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:1.6rem;margin-top:0}
label{display:block;font-weight:600;margin-top:1rem}
input{font:inherit;padding:.4rem;border:1px solid #555;border-radius:4px;width:100%;max-width:20rem;box-sizing:border-box}
button{font:inherit;margin-top:1.25rem;padding:.5rem 1.5rem;color:#fff;background:#0b4f8a;border:0;border-radius:4px;cursor:pointer}
input:focus-visible,button:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
table{border-collapse:collapse;margin-top:.5rem}
caption{text-align:left;font-weight:600}
th,td{text-align:left;padding:.3rem .75rem .3rem 0;border-bottom:1px solid #767676}
.alert{color:#a00000;font-weight:600;border-left:4px solid #a00000;padding-left:.75rem}
.hint{background:#f3f3f3;padding:.75rem 1rem;border-radius:4px}
`;

// The only inline content is the style element; allowing exactly its hash keeps the CSP strict.
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

// No form-action directive: browsers apply it to the redirect chain after the form post,
// which ends at the relying party on another origin.
export const PAGE_HEADERS = Object.freeze({
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; frame-ancestors 'none'`,
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

export function escapeHtml(value) {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function layout(title, content) {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${content}
</main>
</body>
</html>
`;
}

export function loginPage({ uid, accounts, password, login = '', error }) {
  const rows = accounts
    .map((a) => `<tr><td><code>${escapeHtml(a.login)}</code></td><td>${escapeHtml(a.description)}</td></tr>`)
    .join('\n');
  const alert = error ? `<p class="alert" role="alert">${escapeHtml(error)}</p>` : '';
  const action = `/interaction/${encodeURIComponent(uid)}/login`;
  return layout(
    'Anmeldung – lokaler Entwicklungs-Anbieter',
    `<h1>Anmeldung (lokaler Entwicklungs-Anbieter)</h1>
<p class="hint">Dieser Anbieter dient nur der lokalen Entwicklung und den Tests. Er ist nicht für den Betrieb bestimmt.</p>
${alert}
<form method="post" action="${escapeHtml(action)}">
<label for="login">Benutzername</label>
<input id="login" name="login" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(login)}">
<label for="password">Passwort</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Anmelden</button>
</form>
<h2>Demo-Konten</h2>
<p>Das Passwort lautet für alle Konten <code>${escapeHtml(password)}</code>.</p>
<table>
<caption>Verfügbare Demo-Konten</caption>
<thead><tr><th scope="col">Benutzername</th><th scope="col">Beschreibung</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  );
}

export function messagePage(title, message) {
  return layout(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`);
}

// `form` is the form element oidc-provider generates (with its hidden xsrf field);
// the button is attached to it via the form attribute so that markup stays untouched.
export function logoutPage(form) {
  return layout(
    'Abmelden beim Anbieter bestätigen',
    `<h1>Abmelden beim Anbieter bestätigen</h1>
<p>Möchten Sie sich beim lokalen Entwicklungs-Anbieter abmelden?</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Abmelden</button>`,
  );
}

export function errorPage(out) {
  const details = Object.entries(out)
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('\n');
  return layout(
    'Fehler – lokaler Entwicklungs-Anbieter',
    `<h1>Die Anfrage konnte nicht verarbeitet werden</h1>
<p>Bitte starten Sie die Anmeldung in der Anwendung erneut.</p>
<dl>
${details}
</dl>`,
  );
}
