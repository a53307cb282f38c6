import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccountDeletionResultDto,
  AuditAction,
  DeletedAccountContentPolicy,
  IdentityGoneResultDto,
} from '@portal/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SessionCache } from '../../core/auth/session-cache';
import { AuditActor, AuditLog } from '../../core/audit/audit-log';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { StoredFilesService } from '../../core/storage/stored-files.service';
import { anonymiseAcknowledgements } from './retention-classes';

/** Authored content that the „delete“ policy removes: table, comment target type and file links. */
const AUTHORED_CONTENT = [
  { table: 'news', author: 'author_id', targetType: 'news', files: 'news_files', fileOwner: 'news_id' },
  {
    table: 'practices',
    author: 'author_id',
    targetType: 'practice',
    files: 'practice_files',
    fileOwner: 'practice_id',
  },
  { table: 'events', author: 'author_id', targetType: 'event', files: null, fileOwner: null },
  // Resources the person suggested (published or not); collections keep their other entries.
  {
    table: 'resources',
    author: 'suggested_by_id',
    targetType: 'resource',
    files: 'resource_files',
    fileOwner: 'resource_id',
  },
] as const;

/**
 * Author-like columns whose rows stay (policy „anonymise“, or someone else's content) and then
 * show „ehemalige Person“: the flag tells a deleted person from content nobody wrote (demo).
 */
const FORMER_AUTHOR_COLUMNS = [
  { table: 'news', column: 'author_id', flag: 'author_deleted' },
  { table: 'events', column: 'author_id', flag: 'author_deleted' },
  { table: 'practices', column: 'author_id', flag: 'author_deleted' },
  { table: 'practice_versions', column: 'edited_by', flag: 'editor_deleted' },
  { table: 'practice_adoptions', column: 'adopted_by', flag: 'adopter_deleted' },
  { table: 'resources', column: 'suggested_by_id', flag: 'suggested_by_deleted' },
  { table: 'comments', column: 'author_id', flag: 'author_deleted' },
] as const;

export type DeletionReason = 'admin' | 'identity-gone';

/**
 * Deletes an account in one transaction. Personal data goes (profile, sessions, settings,
 * notifications, read marks, bookmarks, follows, terms acceptances, feed tokens — mostly by the
 * foreign keys' ON DELETE CASCADE); acknowledgements become anonymous tallies and activity days
 * get a random id, so reported counts stay right. Authored content stays under „ehemalige
 * Person“ (author set to null by the foreign keys) or is deleted (ACCOUNT_DELETION_CONTENT).
 * The audit line names neither the person nor their e-mail — only the account id.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly files: StoredFilesService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly sessions: SessionCache,
  ) {}

  get policy(): DeletedAccountContentPolicy {
    return this.config.deletedAccountContent;
  }

  async deleteAccount(
    userId: string,
    actor: AuditActor,
    reason: DeletionReason,
  ): Promise<AccountDeletionResultDto> {
    if ('id' in actor && actor.id === userId) {
      throw new DomainError(ErrorCode.Conflict, 'Das eigene Konto kann hier nicht gelöscht werden.');
    }
    const policy = this.policy;
    const storageKeys = await this.dataSource.transaction(async (db) => {
      const found: { id: string }[] = await db.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [
        userId,
      ]);
      if (found.length === 0) throw new DomainError(ErrorCode.NotFound, 'Dieses Konto gibt es nicht (mehr).');
      const keys = policy === 'delete' ? await this.deleteAuthoredContent(db, userId) : [];
      const counts = await this.deletePersonalData(db, userId);
      await this.audit.record(
        {
          action: AuditAction.AccountDeleted,
          actor,
          target: { type: 'user', id: userId },
          summary:
            reason === 'identity-gone'
              ? 'Konto gelöscht (beim Anmeldedienst nicht mehr vorhanden)'
              : 'Konto gelöscht',
          details: { reason, contentPolicy: policy, ...counts },
        },
        db,
      );
      return keys;
    });
    this.sessions.forgetUser(userId);
    await this.files.removeContent(storageKeys);
    return { deleted: true, contentPolicy: policy };
  }

  /** The identity provider's list of accounts that no longer exist: each is deleted on its own. */
  async deleteGoneIdentities(subjects: readonly string[], actor: AuditActor): Promise<IdentityGoneResultDto> {
    const unique = [...new Set(subjects)];
    const known: { id: string; subject: string }[] = await this.dataSource.query(
      'SELECT id, subject FROM users WHERE issuer = $1 AND subject = ANY($2::text[])',
      [this.config.oidc.issuer, unique],
    );
    const deleted: string[] = [];
    for (const user of known) {
      await this.deleteAccount(user.id, actor, 'identity-gone');
      deleted.push(user.subject);
    }
    const done = new Set(deleted);
    return { deleted, unknown: unique.filter((subject) => !done.has(subject)) };
  }

  private async deletePersonalData(db: EntityManager, userId: string): Promise<Record<string, number>> {
    // Counts that must stay: acknowledgement rates and weekly active users.
    // A practice's contact defaults to its author: where it still names the person, it goes too
    // (in the entry and its versions) — the content stays, the person does not.
    const contact = `SELECT display_name AS name, coalesce(email, '') AS email FROM users WHERE id = $1`;
    await db.query(
      `UPDATE practices p SET contact_name = '', contact_role = '', contact_email = '', contact_phone = ''
         FROM (${contact}) u
        WHERE p.author_id = $1 AND (p.contact_name = u.name OR (u.email <> '' AND p.contact_email = u.email))`,
      [userId],
    );
    await db.query(
      `UPDATE practice_versions v
          SET content = jsonb_set(v.content, '{contact}', '{"name": "", "role": "", "email": "", "phone": ""}')
         FROM (${contact}) u
        WHERE v.practice_id IN (SELECT id FROM practices WHERE author_id = $1)
          AND (v.content->'contact'->>'name' = u.name OR (u.email <> '' AND v.content->'contact'->>'email' = u.email))`,
      [userId],
    );
    const anonymised = await anonymiseAcknowledgements(db, 'user_id = $1', [userId]);
    await db.query('UPDATE user_activity SET user_id = $2 WHERE user_id = $1', [userId, randomUUID()]);
    const reads: [unknown[], number] = await db.query('DELETE FROM news_reads WHERE user_id = $1', [userId]);
    const sessions: [unknown[], number] = await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
    // Content stays under „ehemalige Person“: flagged here, the foreign keys then set the author to
    // null (raw SQL: no version bump). Everything else that hangs off the account cascades with it.
    for (const { table, column, flag } of FORMER_AUTHOR_COLUMNS) {
      await db.query(`UPDATE ${table} SET ${flag} = true WHERE ${column} = $1`, [userId]);
    }
    await db.query('DELETE FROM users WHERE id = $1', [userId]);
    return { acknowledgementsAnonymised: anonymised, readMarksDeleted: reads[1], sessionsEnded: sessions[1] };
  }

  /** Policy „delete“: the person's content, with what hangs off it, goes; comments become „gelöscht“. */
  private async deleteAuthoredContent(db: EntityManager, userId: string): Promise<string[]> {
    const storageKeys: string[] = [];
    for (const content of AUTHORED_CONTENT) {
      const rows: { id: string }[] = await db.query(
        `SELECT id FROM ${content.table} WHERE ${content.author} = $1`,
        [userId],
      );
      const ids = rows.map((row) => row.id);
      if (ids.length === 0) continue;
      for (const table of ['comments', 'taxonomy_assignments', 'bookmarks', 'content_reports']) {
        await db.query(`DELETE FROM ${table} WHERE target_type = $1 AND target_id = ANY($2::uuid[])`, [
          content.targetType,
          ids,
        ]);
      }
      await db.query('DELETE FROM notifications WHERE source_type = $1 AND source_id = ANY($2::text[])', [
        content.targetType,
        ids,
      ]);
      if (content.table === 'news') {
        await db.query('DELETE FROM news_reads WHERE news_id = ANY($1::uuid[])', [ids]);
        await db.query('DELETE FROM news_acknowledgements WHERE news_id = ANY($1::uuid[])', [ids]);
      }
      if (content.files) {
        const files: { fileId: string }[] = await db.query(
          `SELECT file_id AS "fileId" FROM ${content.files} WHERE ${content.fileOwner} = ANY($1::uuid[])`,
          [ids],
        );
        storageKeys.push(
          ...(await this.files.deleteRows(
            db,
            files.map((file) => file.fileId),
          )),
        );
      }
      await db.query(`DELETE FROM ${content.table} WHERE id = ANY($1::uuid[])`, [ids]);
    }
    await db.query(
      `UPDATE comments SET body = '', deleted_at = $2, deletion_kind = 'author', deleted_by = NULL
        WHERE author_id = $1 AND deleted_at IS NULL`,
      [userId, this.clock.now()],
    );
    return storageKeys;
  }
}
