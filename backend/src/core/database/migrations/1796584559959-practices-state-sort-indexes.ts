import { MigrationInterface, QueryRunner } from 'typeorm';

export class PracticesStateSortIndexes1796584559959 implements MigrationInterface {
  name = 'PracticesStateSortIndexes1796584559959';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "practices_state_helpful_idx" ON "practices"  ("state", "helpful_count", "published_at", "id") WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX "practices_state_adopted_idx" ON "practices"  ("state", "adoption_count", "published_at", "id") WHERE status = 'published'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."practices_state_adopted_idx"`);
    await queryRunner.query(`DROP INDEX "public"."practices_state_helpful_idx"`);
  }
}
