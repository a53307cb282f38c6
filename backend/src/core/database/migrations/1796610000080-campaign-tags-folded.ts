import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * The gallery's tag filter ignores case („plakat“ finds „Plakat“) and stays indexed: a GIN index
 * on the lower-cased tags, through an immutable function that queries call by name (the index
 * expression must match). Tags keep their spelling; the exact index stays for the tag rename.
 */
export class CampaignTagsFolded1796610000080 implements MigrationInterface {
  name = 'CampaignTagsFolded1796610000080';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "campaign_tags_folded"(tags text[]) RETURNS text[]
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
         AS $$ SELECT coalesce(array_agg(lower(tag)), '{}') FROM unnest(tags) AS tag $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "campaign_assets_tags_folded_idx" ON "campaign_assets" USING gin (campaign_tags_folded("tags"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."campaign_assets_tags_folded_idx"`);
    await queryRunner.query(`DROP FUNCTION "campaign_tags_folded"(text[])`);
  }
}
