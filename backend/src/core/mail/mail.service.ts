import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { MailContent, NOTIFICATION_SETTINGS_PATH, renderMail } from './mail-layout';

/**
 * Sends the portal's mails over SMTP (`SMTP_URL`, sender `MAIL_FROM`). Every mail carries the
 * link to the notification settings and a `List-Unsubscribe` header pointing there. Sending
 * throws when the relay is unreachable; callers run in jobs, which retry.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = createTransport(config.mail.smtpUrl, {
      from: config.mail.from,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  /** Absolute URL of a portal path (links in mails). */
  url(path: string): string {
    return new URL(path, this.config.publicUrl).toString();
  }

  async send(to: string, content: MailContent): Promise<void> {
    const settingsUrl = this.url(NOTIFICATION_SETTINGS_PATH);
    const mail = renderMail(content, settingsUrl);
    await this.transport.sendMail({
      to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'List-Unsubscribe': `<${settingsUrl}>` },
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
