import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Draft history is the author's: the network sees an entry's versions from its publication on.
 * `published` marks the version that was published and every edit after it. Existing entries:
 * the last version written up to `published_at` (the text the reviewer published) and all later ones.
 * Exported for the integration test, which checks it against entries published through the API.
 */
export const BACKFILL_PUBLISHED_VERSIONS = `UPDATE practice_versions v SET published = true
  FROM practices p
 WHERE p.id = v.practice_id
   AND p.published_at IS NOT NULL
   AND v.version >= coalesce(
     (SELECT max(w.version) FROM practice_versions w
       WHERE w.practice_id = p.id AND w.edited_at <= p.published_at),
     0)`;

export class PracticeVersionsPublished1796610000030 implements MigrationInterface {
  name = 'PracticeVersionsPublished1796610000030';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "practice_versions" ADD "published" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(BACKFILL_PUBLISHED_VERSIONS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "practice_versions" DROP COLUMN "published"`);
  }
}
