import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsImmediateOutboxIndex1796559952325 implements MigrationInterface {
  name = 'NotificationsImmediateOutboxIndex1796559952325';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "notifications_mail_immediate_idx" ON "notifications"  ("created_at", "id") WHERE mailed_at IS NULL AND mail_cadence = 'immediately'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."notifications_mail_immediate_idx"`);
  }
}
