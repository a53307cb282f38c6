import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Demo items are marked in the data, so every list can show a „Demo“ badge (before, only a line
 * at the end of the body said so). Items seeded earlier are recognised by that line.
 */
export class NewsDemoFlag1796620000010 implements MigrationInterface {
  name = 'NewsDemoFlag1796620000010';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "news" ADD "demo" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `UPDATE "news" SET "demo" = true WHERE "body" LIKE '%*Demo-Inhalt: für die Vorführung des Portals geschrieben.*%'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "news" DROP COLUMN "demo"`);
  }
}
