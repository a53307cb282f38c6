import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationKitProfile1795628175242 implements MigrationInterface {
  name = 'OrganisationKitProfile1795628175242';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" ADD "opening_hours" text`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "logo_file_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "organisations_logo_file_idx" ON "organisations"  ("logo_file_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "FK_cd72e86b9151fb834c8c49b60fb" FOREIGN KEY ("logo_file_id") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" DROP CONSTRAINT "FK_cd72e86b9151fb834c8c49b60fb"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_logo_file_idx"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "logo_file_id"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "opening_hours"`);
  }
}
