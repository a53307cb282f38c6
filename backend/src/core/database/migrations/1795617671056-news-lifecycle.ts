import { MigrationInterface, QueryRunner } from 'typeorm';

export class NewsLifecycle1795617671056 implements MigrationInterface {
  name = 'NewsLifecycle1795617671056';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "news" ADD "comments_enabled" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "news" ADD "pinned_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "news" ADD "expires_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "news" DROP COLUMN "expires_at"`);
    await queryRunner.query(`ALTER TABLE "news" DROP COLUMN "pinned_until"`);
    await queryRunner.query(`ALTER TABLE "news" DROP COLUMN "comments_enabled"`);
  }
}
