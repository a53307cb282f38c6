import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Broad searches walk content newest-first and match directory entries (people, organisations)
 * through this index instead: dated by their creation, thousands of them could otherwise fill the
 * walked window and push all content out. Hand-written (GIN is beyond TypeORM's index model); the
 * predicate must match DIRECTORY_SQL in search-sql.ts.
 */
export class SearchDirectoryVectorIndex1796599996276 implements MigrationInterface {
  name = 'SearchDirectoryVectorIndex1796599996276';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "search_documents_directory_vector_idx" ON "search_documents" USING gin ("search_vector") WHERE type IN ('organisation', 'person')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."search_documents_directory_vector_idx"`);
  }
}
