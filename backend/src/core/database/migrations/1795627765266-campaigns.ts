import { MigrationInterface, QueryRunner } from 'typeorm';

export class Campaigns1795627765266 implements MigrationInterface {
  name = 'Campaigns1795627765266';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "campaigns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "status" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "description" text NOT NULL DEFAULT '', "key_messages" text array NOT NULL DEFAULT '{}', "guidelines" jsonb NOT NULL DEFAULT '{"colours":[],"fonts":[],"dos":[],"donts":[],"text":""}', "usage_terms" text NOT NULL DEFAULT '', "terms_version" integer NOT NULL DEFAULT '1', "created_by" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_831e3fcd4fc45b4e4c3f57a9ee4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "campaigns_created_by_idx" ON "campaigns"  ("created_by") `);
    await queryRunner.query(
      `CREATE INDEX "campaigns_status_start_idx" ON "campaigns"  ("status", "starts_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "campaigns" ADD CONSTRAINT "FK_49da41a196c3d2bd6f5ce1dc3b5" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaigns" DROP CONSTRAINT "FK_49da41a196c3d2bd6f5ce1dc3b5"`);
    await queryRunner.query(`DROP INDEX "public"."campaigns_status_start_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaigns_created_by_idx"`);
    await queryRunner.query(`DROP TABLE "campaigns"`);
  }
}
