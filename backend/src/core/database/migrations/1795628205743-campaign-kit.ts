import { MigrationInterface, QueryRunner } from 'typeorm';

export class CampaignKit1795628205743 implements MigrationInterface {
  name = 'CampaignKit1795628205743';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "campaign_kit_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "title" text NOT NULL, "current_version" integer NOT NULL DEFAULT '1', "created_by" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d354e71e382906c375b0a9a458b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_kit_templates_campaign_idx" ON "campaign_kit_templates"  ("campaign_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_kit_templates_created_by_idx" ON "campaign_kit_templates"  ("created_by") `,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_kit_templates_created_idx" ON "campaign_kit_templates"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_kit_template_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "template_id" uuid NOT NULL, "number" integer NOT NULL, "file_id" uuid NOT NULL, "format" text NOT NULL, "pages" jsonb NOT NULL, "zones" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_43d3bb65be8f44f9fe1fe7d4245" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_kit_template_versions_file_idx" ON "campaign_kit_template_versions"  ("file_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "campaign_kit_template_versions_number_uq" ON "campaign_kit_template_versions"  ("template_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_kit_outputs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "template_version_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "data_hash" character(64) NOT NULL, "format" text NOT NULL, "file_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_31b5147139846af96bc8d6ad09e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_kit_outputs_organisation_idx" ON "campaign_kit_outputs"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_kit_outputs_file_idx" ON "campaign_kit_outputs"  ("file_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "campaign_kit_outputs_key_uq" ON "campaign_kit_outputs"  ("template_version_id", "data_hash", "format") `,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_kit_bulk_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "template_id" uuid NOT NULL, "requested_by" uuid, "status" text NOT NULL, "total" integer NOT NULL DEFAULT '0', "done" integer NOT NULL DEFAULT '0', "failed" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5f7cdee1b4c259aec759991402b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_kit_bulk_runs_template_idx" ON "campaign_kit_bulk_runs"  ("template_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_kit_bulk_runs_requested_by_idx" ON "campaign_kit_bulk_runs"  ("requested_by") `,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_kit_bulk_files" ("run_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "output_id" uuid NOT NULL, "entry_name" text NOT NULL, CONSTRAINT "PK_e58b13277b00b18e0aecf10f9a9" PRIMARY KEY ("run_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_kit_bulk_files_output_idx" ON "campaign_kit_bulk_files"  ("output_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_templates" ADD CONSTRAINT "FK_c6fa769210c1ae4c412aa3cbe6f" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_templates" ADD CONSTRAINT "FK_b860e91344779bfcfd7b5fd1d14" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_template_versions" ADD CONSTRAINT "FK_298dda6e1d0eae097a7210709f1" FOREIGN KEY ("template_id") REFERENCES "campaign_kit_templates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_template_versions" ADD CONSTRAINT "FK_877defbf5918fadb57e9a16ebd6" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_outputs" ADD CONSTRAINT "FK_dc7211435cf913d63a27db2be19" FOREIGN KEY ("template_version_id") REFERENCES "campaign_kit_template_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_outputs" ADD CONSTRAINT "FK_9ee775e5c86d5f8d15b430e12aa" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_outputs" ADD CONSTRAINT "FK_3053415f47b37ef4338be452d38" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_bulk_runs" ADD CONSTRAINT "FK_aa8fc5f65a0b1afb1e42c4744de" FOREIGN KEY ("template_id") REFERENCES "campaign_kit_templates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_bulk_runs" ADD CONSTRAINT "FK_2ee72458ee70fab796dcce9f878" FOREIGN KEY ("requested_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_bulk_files" ADD CONSTRAINT "FK_a7a5fb1acecf3d2eb7000ce56e3" FOREIGN KEY ("run_id") REFERENCES "campaign_kit_bulk_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_bulk_files" ADD CONSTRAINT "FK_2fd1774f80299b74fecc6c6630c" FOREIGN KEY ("output_id") REFERENCES "campaign_kit_outputs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_bulk_files" DROP CONSTRAINT "FK_2fd1774f80299b74fecc6c6630c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_bulk_files" DROP CONSTRAINT "FK_a7a5fb1acecf3d2eb7000ce56e3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_bulk_runs" DROP CONSTRAINT "FK_2ee72458ee70fab796dcce9f878"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_bulk_runs" DROP CONSTRAINT "FK_aa8fc5f65a0b1afb1e42c4744de"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_outputs" DROP CONSTRAINT "FK_3053415f47b37ef4338be452d38"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_outputs" DROP CONSTRAINT "FK_9ee775e5c86d5f8d15b430e12aa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_outputs" DROP CONSTRAINT "FK_dc7211435cf913d63a27db2be19"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_template_versions" DROP CONSTRAINT "FK_877defbf5918fadb57e9a16ebd6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_template_versions" DROP CONSTRAINT "FK_298dda6e1d0eae097a7210709f1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_templates" DROP CONSTRAINT "FK_b860e91344779bfcfd7b5fd1d14"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_templates" DROP CONSTRAINT "FK_c6fa769210c1ae4c412aa3cbe6f"`,
    );
    await queryRunner.query(`DROP INDEX "public"."campaign_kit_bulk_files_output_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_kit_bulk_files"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_kit_bulk_runs_requested_by_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_kit_bulk_runs_template_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_kit_bulk_runs"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_kit_outputs_key_uq"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_kit_outputs_file_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_kit_outputs_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_kit_outputs"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_kit_template_versions_number_uq"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_kit_template_versions_file_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_kit_template_versions"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_kit_templates_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_kit_templates_created_by_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_kit_templates_campaign_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_kit_templates"`);
  }
}
