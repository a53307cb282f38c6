import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationProfiles1796564192506 implements MigrationInterface {
  name = 'OrganisationProfiles1796564192506';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisation_contacts" ("organisation_id" uuid NOT NULL, "topic" text NOT NULL, "user_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_043b5f57e02dff991b50dd501d0" PRIMARY KEY ("organisation_id", "topic", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "organisation_contacts_user_idx" ON "organisation_contacts"  ("user_id") `,
    );
    await queryRunner.query(`ALTER TABLE "organisations" ADD "description" text`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "merged_into_id" uuid`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "merged_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(
      `CREATE INDEX "organisations_merged_into_idx" ON "organisations"  ("merged_into_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "organisations_name_id_idx" ON "organisations"  ("name", "id") WHERE merged_into_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "organisations_category_name_idx" ON "organisations"  ("category", "name") `,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "FK_432b1634b2c31908ebe013cb565" FOREIGN KEY ("merged_into_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_contacts" ADD CONSTRAINT "FK_42adc6c5ad334a271f919e101f4" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_contacts" ADD CONSTRAINT "FK_9478417b4ab115076df10e386a6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation_contacts" DROP CONSTRAINT "FK_9478417b4ab115076df10e386a6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation_contacts" DROP CONSTRAINT "FK_42adc6c5ad334a271f919e101f4"`,
    );
    await queryRunner.query(`ALTER TABLE "organisations" DROP CONSTRAINT "FK_432b1634b2c31908ebe013cb565"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_category_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_name_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_merged_into_idx"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "merged_at"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "merged_into_id"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "description"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_contacts_user_idx"`);
    await queryRunner.query(`DROP TABLE "organisation_contacts"`);
  }
}
