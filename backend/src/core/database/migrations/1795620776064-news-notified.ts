import { MigrationInterface, QueryRunner } from 'typeorm';

export class NewsNotified1795620776064 implements MigrationInterface {
  name = 'NewsNotified1795620776064';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "news" ADD "notified_at" TIMESTAMP WITH TIME ZONE`);
    // What was public before notifications existed counts as announced: no flood at the upgrade.
    await queryRunner.query(
      `UPDATE "news" SET "notified_at" = "published_at" WHERE "status" <> 'draft' AND "published_at" <= now()`,
    );
    await queryRunner.query(
      `CREATE INDEX "news_notify_due_idx" ON "news"  ("published_at") WHERE notified_at IS NULL AND status = 'published'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."news_notify_due_idx"`);
    await queryRunner.query(`ALTER TABLE "news" DROP COLUMN "notified_at"`);
  }
}
