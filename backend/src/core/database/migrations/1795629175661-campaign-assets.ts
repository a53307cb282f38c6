import { MigrationInterface, QueryRunner } from 'typeorm';

export class CampaignAssets1795629175661 implements MigrationInterface {
  name = 'CampaignAssets1795629175661';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "campaign_assets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "type" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "alt_text" text, "available_from" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "expiry_recalled_at" TIMESTAMP WITH TIME ZONE, "roles" text array NOT NULL DEFAULT '{}', "current_version_id" uuid, "latest_version" integer NOT NULL DEFAULT '0', "replacement_id" uuid, "created_by" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d0e5baaf5fcbc2c81ffd922061e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_assets_current_version_idx" ON "campaign_assets"  ("current_version_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_assets_replacement_idx" ON "campaign_assets"  ("replacement_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_assets_created_by_idx" ON "campaign_assets"  ("created_by") `,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_assets_expiry_idx" ON "campaign_assets"  ("expires_at") WHERE expiry_recalled_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_assets_title_idx" ON "campaign_assets"  ("title", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_assets_campaign_created_idx" ON "campaign_assets"  ("campaign_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_assets_created_idx" ON "campaign_assets"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_asset_files" ("version_id" uuid NOT NULL, "file_id" uuid NOT NULL, "asset_id" uuid NOT NULL, "media_type" text NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_959912b021f97dc676d404bf165" PRIMARY KEY ("version_id", "file_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "campaign_asset_files_file_uq" ON "campaign_asset_files"  ("file_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_asset_files_asset_idx" ON "campaign_asset_files"  ("asset_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_asset_files_media_type_idx" ON "campaign_asset_files"  ("media_type") `,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_asset_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "number" integer NOT NULL, "note" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4b116774eb99c5b910804bec4e4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_asset_versions_created_by_idx" ON "campaign_asset_versions"  ("created_by") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "campaign_asset_versions_number_uq" ON "campaign_asset_versions"  ("asset_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_terms_acceptances" ("user_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "terms_version" integer NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b8a12bb12d44122a89dfd434199" PRIMARY KEY ("user_id", "campaign_id", "terms_version"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_terms_acceptances_campaign_idx" ON "campaign_terms_acceptances"  ("campaign_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign_downloads" ("asset_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "day" date NOT NULL, "campaign_id" uuid NOT NULL, "count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_e32cd511d80564988bc0b9206b3" PRIMARY KEY ("asset_id", "organisation_id", "day"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_downloads_organisation_idx" ON "campaign_downloads"  ("organisation_id") `,
    );
    await queryRunner.query(`CREATE INDEX "campaign_downloads_day_idx" ON "campaign_downloads"  ("day") `);
    await queryRunner.query(
      `CREATE INDEX "campaign_downloads_campaign_org_idx" ON "campaign_downloads"  ("campaign_id", "organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_downloads_campaign_day_idx" ON "campaign_downloads"  ("campaign_id", "day") `,
    );
    await queryRunner.query(
      `ALTER TABLE "campaigns" ALTER COLUMN "guidelines" SET DEFAULT '{"colours":[],"fonts":[],"dos":[],"donts":[],"text":""}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_assets" ADD CONSTRAINT "FK_8a54e454361f6e1ff9230377a97" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_assets" ADD CONSTRAINT "FK_62a930875445be09fe49ed16bfc" FOREIGN KEY ("replacement_id") REFERENCES "campaign_assets"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_assets" ADD CONSTRAINT "FK_93e246e7602d9c43dbfdfabf7c9" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_asset_files" ADD CONSTRAINT "FK_53d9bb1134f082cad4f5f2c1dcb" FOREIGN KEY ("version_id") REFERENCES "campaign_asset_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_asset_files" ADD CONSTRAINT "FK_aad2eb757fb2067804883198740" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_asset_versions" ADD CONSTRAINT "FK_626e8b5fe98e508cc71aa22a89c" FOREIGN KEY ("asset_id") REFERENCES "campaign_assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_asset_versions" ADD CONSTRAINT "FK_887098e1f9866c4f1cd3b232d08" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_terms_acceptances" ADD CONSTRAINT "FK_644e272cdc1ff3e20d3e005b5a2" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_terms_acceptances" ADD CONSTRAINT "FK_44108c1c59ebf8a437bd5608f0c" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_downloads" ADD CONSTRAINT "FK_d115704d9c02a910e4248e982c0" FOREIGN KEY ("asset_id") REFERENCES "campaign_assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_downloads" ADD CONSTRAINT "FK_85f7370545bad7e39c332002215" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The tag filter (`tags @> ARRAY[...]`); gin is beyond TypeORM's index model.
    await queryRunner.query(
      `CREATE INDEX "campaign_assets_tags_idx" ON "campaign_assets" USING gin ("tags")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."campaign_assets_tags_idx"`);
    await queryRunner.query(
      `ALTER TABLE "campaign_downloads" DROP CONSTRAINT "FK_85f7370545bad7e39c332002215"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_downloads" DROP CONSTRAINT "FK_d115704d9c02a910e4248e982c0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_terms_acceptances" DROP CONSTRAINT "FK_44108c1c59ebf8a437bd5608f0c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_terms_acceptances" DROP CONSTRAINT "FK_644e272cdc1ff3e20d3e005b5a2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_asset_versions" DROP CONSTRAINT "FK_887098e1f9866c4f1cd3b232d08"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_asset_versions" DROP CONSTRAINT "FK_626e8b5fe98e508cc71aa22a89c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_asset_files" DROP CONSTRAINT "FK_aad2eb757fb2067804883198740"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_asset_files" DROP CONSTRAINT "FK_53d9bb1134f082cad4f5f2c1dcb"`,
    );
    await queryRunner.query(`ALTER TABLE "campaign_assets" DROP CONSTRAINT "FK_93e246e7602d9c43dbfdfabf7c9"`);
    await queryRunner.query(`ALTER TABLE "campaign_assets" DROP CONSTRAINT "FK_62a930875445be09fe49ed16bfc"`);
    await queryRunner.query(`ALTER TABLE "campaign_assets" DROP CONSTRAINT "FK_8a54e454361f6e1ff9230377a97"`);
    await queryRunner.query(
      `ALTER TABLE "campaigns" ALTER COLUMN "guidelines" SET DEFAULT '{"dos": [], "text": "", "donts": [], "fonts": [], "colours": []}'`,
    );
    await queryRunner.query(`DROP INDEX "public"."campaign_downloads_campaign_day_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_downloads_campaign_org_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_downloads_day_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_downloads_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_downloads"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_terms_acceptances_campaign_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_terms_acceptances"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_asset_versions_number_uq"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_asset_versions_created_by_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_asset_versions"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_asset_files_media_type_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_asset_files_asset_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_asset_files_file_uq"`);
    await queryRunner.query(`DROP TABLE "campaign_asset_files"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_assets_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_assets_campaign_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_assets_title_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_assets_expiry_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_assets_created_by_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_assets_replacement_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_assets_current_version_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_assets"`);
  }
}
