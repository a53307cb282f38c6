import { MigrationInterface, QueryRunner } from 'typeorm';

export class FormerAuthors1796572962887 implements MigrationInterface {
  name = 'FormerAuthors1796572962887';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "news" ADD "author_deleted" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "comments" ADD "author_deleted" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "events" ADD "author_deleted" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "practices" ADD "author_deleted" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "practice_versions" ADD "editor_deleted" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_adoptions" ADD "adopter_deleted" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "resources" ADD "suggested_by_deleted" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "resources" DROP COLUMN "suggested_by_deleted"`);
    await queryRunner.query(`ALTER TABLE "practice_adoptions" DROP COLUMN "adopter_deleted"`);
    await queryRunner.query(`ALTER TABLE "practice_versions" DROP COLUMN "editor_deleted"`);
    await queryRunner.query(`ALTER TABLE "practices" DROP COLUMN "author_deleted"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "author_deleted"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "author_deleted"`);
    await queryRunner.query(`ALTER TABLE "news" DROP COLUMN "author_deleted"`);
  }
}
