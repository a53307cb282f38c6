import { escapeHtml, renderMail } from './mail-layout';

describe('renderMail', () => {
  const settings = 'https://portal.example/einstellungen/benachrichtigungen';
  const mail = renderMail(
    {
      subject: 'Neu:\r\nBcc: x@example.org <b>',
      heading: 'Titel <script>',
      intro: 'Einleitung & mehr',
      items: [{ title: 'Eintrag "1"', text: 'Text <i>', url: 'https://portal.example/a?b=1&c=2' }],
    },
    settings,
  );

  it('flattens the subject so no header can be injected', () => {
    expect(mail.subject).toBe('Neu: Bcc: x@example.org <b>');
  });

  it('escapes every value in the HTML part and keeps the plain text readable', () => {
    expect(mail.html).toContain('Titel &lt;script&gt;');
    expect(mail.html).toContain('href="https://portal.example/a?b=1&amp;c=2"');
    expect(mail.html).toContain('Eintrag &quot;1&quot;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain('* Eintrag "1"\n  Text <i>\n  https://portal.example/a?b=1&c=2');
  });

  it('ends both parts with the German link to the notification settings', () => {
    expect(mail.text).toContain(`Benachrichtigungen einstellen oder abbestellen: ${settings}`);
    expect(mail.html).toContain(`<a href="${settings}">Benachrichtigungen einstellen oder abbestellen</a>`);
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});
