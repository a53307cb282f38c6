import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction } from '@portal/contracts';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../core/audit/audit-log';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { type GeneratedZipEntry, ZipStreamer } from '../../core/storage/zip-stream';
import { berlinDay } from './berlin-day';
import { PERSONAL_DATA_SOURCES } from './personal-data-sources';
import type { PersonalDataSource } from './personal-data-source';

const JSON_TYPE = 'application/json';

export function exportReadme(sources: readonly PersonalDataSource[], createdAt: Date): string {
  const when = createdAt.toLocaleString('de-DE', { timeZone: 'Europe/Berlin' });
  return [
    'Meine Daten – Netzwerk-Portal der kommunalen Jobcenter',
    '=======================================================',
    '',
    `Erstellt am ${when} (deutsche Zeit).`,
    '',
    'Dieses Archiv enthält alle Daten, die das Portal über Sie gespeichert hat (Art. 15 und 20 DSGVO).',
    'Jede Datei ist eine JSON-Datei (maschinenlesbar, mit jedem Texteditor zu öffnen). Zeiten stehen in',
    'UTC (ISO 8601), Kennungen (IDs) verweisen auf Einträge im Portal.',
    '',
    'Die Dateien:',
    '',
    ...sources.map((source) => `- ${source.file}: ${source.description}`),
    '',
    'Nicht enthalten: Inhalte anderer Personen, Dateien selbst (nur ihre Angaben) und Zählungen ohne',
    'Personenbezug (z. B. Downloads je Organisation). Ihre Sitzung im Browser ist nur ein technisch',
    'notwendiges Cookie und wird hier nicht aufgeführt.',
    '',
    'Fragen zum Datenschutz: siehe die Datenschutzerklärung im Portal (Fußzeile).',
    '',
  ].join('\r\n');
}

/**
 * „Meine Daten“: every registered source becomes one JSON file, read in one read-only snapshot
 * (REPEATABLE READ) and streamed as a ZIP — each file is queried only when its turn comes.
 */
@Injectable()
export class PersonalDataExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly zips: ZipStreamer,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async stream(user: SessionUser, request: Request, response: Response): Promise<void> {
    const now = this.clock.now();
    await this.audit.record({
      action: AuditAction.PersonalDataExported,
      actor: user,
      target: { type: 'user', id: user.id },
      summary: '„Meine Daten“ heruntergeladen',
      details: { categories: PERSONAL_DATA_SOURCES.map((source) => source.file) },
    });
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const db = runner.manager;
      const readme: GeneratedZipEntry = {
        path: 'README.txt',
        mediaType: 'text/plain',
        modifiedAt: now,
        open: async () => Readable.from([Buffer.from(exportReadme(PERSONAL_DATA_SOURCES, now), 'utf8')]),
      };
      const entries: GeneratedZipEntry[] = [
        readme,
        ...PERSONAL_DATA_SOURCES.map((source) => ({
          path: source.file,
          mediaType: JSON_TYPE,
          modifiedAt: now,
          open: async () => {
            const data = await source.collect(db, { id: user.id });
            return Readable.from([Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8')]);
          },
        })),
      ];
      await this.zips.streamZip(request, response, `meine-daten-${berlinDay(now)}.zip`, entries);
    } finally {
      await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }
}
