import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Each backend process keeps the sessions it read recently (core/auth/session-cache.ts). Every
 * change or end of a session, whoever writes it (sign-out, deactivation, role overrides,
 * organisation merge, account deletion, the idle-timeout touch), names the session on this channel
 * when it commits, and every process forgets it at once.
 */
export class SessionChangeEvents1796603000000 implements MigrationInterface {
  name = 'SessionChangeEvents1796603000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION sessions_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('portal_session_changes', OLD.sid);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER sessions_notify_change AFTER UPDATE OR DELETE ON sessions
        FOR EACH ROW EXECUTE FUNCTION sessions_notify_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER sessions_notify_change ON sessions');
    await queryRunner.query('DROP FUNCTION sessions_notify_change()');
  }
}
