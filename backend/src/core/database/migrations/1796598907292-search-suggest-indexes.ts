import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Suggestions (issue 6 speed): directory entries (people, organisations) are dated by their
 * creation, so a directory import makes thousands of name-only titles the newest documents, and a
 * newest-first walk for „Jo“ passed over all of them. Content is walked on a date index without
 * them; directory entries are found through a small title index of their own (hand-written: GIN
 * is beyond TypeORM's index model). Both predicates must match DIRECTORY_SQL in search-sql.ts.
 */
export class SearchSuggestIndexes1796598907292 implements MigrationInterface {
  name = 'SearchSuggestIndexes1796598907292';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "search_documents_content_date_idx" ON "search_documents"  ("date", "source_id") WHERE type NOT IN ('organisation', 'person')`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_documents_directory_title_idx" ON "search_documents" USING gin ("title_vector") WHERE type IN ('organisation', 'person')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."search_documents_directory_title_idx"`);
    await queryRunner.query(`DROP INDEX "public"."search_documents_content_date_idx"`);
  }
}
