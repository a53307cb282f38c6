import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Kit downloads per campaign, organisation and day: campaign_downloads is keyed by asset, and a
 * personalised file has none. The roll-out counts a Jobcenter as reached by either table.
 */
export class CampaignKitDownloads1796610000050 implements MigrationInterface {
  name = 'CampaignKitDownloads1796610000050';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "campaign_kit_downloads" ("campaign_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "day" date NOT NULL, "count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_b5ed79d0d74c2746b44460a4df8" PRIMARY KEY ("campaign_id", "organisation_id", "day"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_kit_downloads_organisation_idx" ON "campaign_kit_downloads"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_kit_downloads_day_idx" ON "campaign_kit_downloads"  ("day") `,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_downloads" ADD CONSTRAINT "FK_4fdadae1e7b5d0391b92d16c5f1" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_downloads" ADD CONSTRAINT "FK_9f6398e44ab26b1f06a955339e5" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_downloads" DROP CONSTRAINT "FK_9f6398e44ab26b1f06a955339e5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_kit_downloads" DROP CONSTRAINT "FK_4fdadae1e7b5d0391b92d16c5f1"`,
    );
    await queryRunner.query(`DROP INDEX "public"."campaign_kit_downloads_day_idx"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_kit_downloads_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "campaign_kit_downloads"`);
  }
}
