import { FrontendRoutes } from '@portal/contracts';

/** Where every mail's unsubscribe link points: the notification settings page. */
export const NOTIFICATION_SETTINGS_PATH = FrontendRoutes.notificationSettings;

export interface MailItem {
  title: string;
  text?: string;
  /** Absolute URL. */
  url?: string;
}

/** The content of a mail; the layout adds greeting-free German framing and the footer. */
export interface MailContent {
  subject: string;
  heading: string;
  intro?: string;
  items: MailItem[];
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Line breaks in a subject would start new headers; nodemailer folds, we flatten first. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * The one German mail layout: plain text and HTML with the same content, every value escaped
 * in the HTML part, and a footer with the link to the notification settings (unsubscribe).
 */
export function renderMail(content: MailContent, settingsUrl: string): RenderedMail {
  const footer =
    'Sie erhalten diese E-Mail, weil Sie im Netzwerk-Portal der kommunalen Jobcenter angemeldet sind.';
  const settingsLabel = 'Benachrichtigungen einstellen oder abbestellen';

  const textItems = content.items.map((item) =>
    [`* ${oneLine(item.title)}`, item.text ? `  ${oneLine(item.text)}` : '', item.url ? `  ${item.url}` : '']
      .filter(Boolean)
      .join('\n'),
  );
  const text = [
    content.heading,
    '',
    ...(content.intro ? [content.intro, ''] : []),
    ...textItems.flatMap((item) => [item, '']),
    '-- ',
    footer,
    `${settingsLabel}: ${settingsUrl}`,
    '',
  ].join('\n');

  const htmlItems = content.items
    .map((item) => {
      const title = item.url
        ? `<a href="${escapeHtml(item.url)}">${escapeHtml(oneLine(item.title))}</a>`
        : escapeHtml(oneLine(item.title));
      const body = item.text ? `<br>${escapeHtml(oneLine(item.text))}` : '';
      return `<li style="margin-bottom:12px"><strong>${title}</strong>${body}</li>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><title>${escapeHtml(oneLine(content.subject))}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;line-height:1.5">
<h1 style="font-size:20px">${escapeHtml(content.heading)}</h1>
${content.intro ? `<p>${escapeHtml(content.intro)}</p>` : ''}
<ul style="padding-left:20px">
${htmlItems}
</ul>
<hr>
<p style="font-size:13px;color:#555">${escapeHtml(footer)}<br>
<a href="${escapeHtml(settingsUrl)}">${settingsLabel}</a></p>
</body>
</html>
`;
  return { subject: oneLine(content.subject), text, html };
}
