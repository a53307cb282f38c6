import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * A broad search checks `search_vector @@ query` on thousands of documents (the walk along the
 * date index). PostgreSQL moved almost every vector (≈ 1.6 kB) to the TOAST table — the widest
 * column goes first — so each check was an extra index lookup and page read. Kept in the row
 * (STORAGE MAIN: compressed or moved out only when the row stays too large after the long texts
 * went), with rows up to 4 kB before anything moves. Existing rows move as they are re-indexed.
 */
export class SearchVectorInline1796605000000 implements MigrationInterface {
  name = 'SearchVectorInline1796605000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE search_documents ALTER COLUMN search_vector SET STORAGE MAIN, SET (toast_tuple_target = 4080)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE search_documents ALTER COLUMN search_vector SET STORAGE EXTENDED, RESET (toast_tuple_target)`,
    );
  }
}
