import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1795629760979 implements MigrationInterface {
  name = 'AuditLog1795629760979';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "action" text NOT NULL, "actor_id" uuid, "actor_name" text NOT NULL, "target_type" text, "target_id" text, "summary" text NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', "ip_address" text, "request_id" text, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_log_actor_time_idx" ON "audit_log"  ("actor_id", "occurred_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_log_action_time_idx" ON "audit_log"  ("action", "occurred_at", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "audit_log_time_idx" ON "audit_log"  ("occurred_at", "id") `);
    // Append-only below the API too: a line can be deleted (retention) but never rewritten.
    await queryRunner.query(`CREATE FUNCTION audit_log_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_update()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_refuse_update()`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_time_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_action_time_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_actor_time_idx"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
