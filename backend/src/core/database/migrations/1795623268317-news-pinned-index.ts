import { MigrationInterface, QueryRunner } from 'typeorm';

export class NewsPinnedIndex1795623268317 implements MigrationInterface {
  name = 'NewsPinnedIndex1795623268317';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "news_pinned_idx" ON "news"  ("published_at", "id") WHERE pinned_until IS NOT NULL AND status = 'published'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."news_pinned_idx"`);
  }
}
