function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A minimal German error page for the sign-in routes, which browsers reach by full-page
 * navigation (so a JSON problem would be unreadable). No scripts, no external resources.
 */
export function renderErrorPage(options: { title: string; message: string; nonce: string }): string {
  const { title, message, nonce } = options;
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Netzwerk-Portal der kommunalen Jobcenter</title>
<style nonce="${nonce}">
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1f;background:#fafafa;line-height:1.5}
header{background:#00434f;color:#fff;padding:1rem 1.5rem}
main{max-width:40rem;margin:2rem auto;padding:0 1.5rem}
a{color:#00434f;font-weight:600}
a:focus-visible{outline:3px solid #c2410c;outline-offset:2px}
</style>
</head>
<body>
<header><p>Kommunale Jobcenter – Stark. Sozial. Vor Ort.</p></header>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/api/auth/login">Erneut anmelden</a> · <a href="/">Zur Startseite</a></p>
</main>
</body>
</html>`;
}
