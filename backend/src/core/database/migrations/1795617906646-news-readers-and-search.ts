import { MigrationInterface, QueryRunner } from 'typeorm';

const SEARCH_EXPRESSION = `setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(teaser, '')), 'B') || setweight(to_tsvector('german', coalesce(body, '')), 'C')`;

export class NewsReadersAndSearch1795617906646 implements MigrationInterface {
  name = 'NewsReadersAndSearch1795617906646';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "news_reads" ("news_id" uuid NOT NULL, "user_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5ddad02e205512f1fcc96d7071b" PRIMARY KEY ("news_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "news_acknowledgements" ("news_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organisation_id" uuid, "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7f5f6353d346d0f37c205418b82" PRIMARY KEY ("news_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "news_acknowledgements_news_organisation_idx" ON "news_acknowledgements"  ("news_id", "organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "news" ADD "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(teaser, '')), 'B') || setweight(to_tsvector('german', coalesce(body, '')), 'C')) STORED NOT NULL`,
    );
    // TypeORM remembers the expression of a generated column per database (the generator left the values out).
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), 'public', 'news', 'GENERATED_COLUMN', 'search_vector', $1)`,
      [SEARCH_EXPRESSION],
    );
    await queryRunner.query(`CREATE INDEX "news_search_idx" ON "news" USING gin ("search_vector")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "news_search_idx"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_vector' AND "database" = current_database() AND "schema" = 'public' AND "table" = 'news'`,
    );
    await queryRunner.query(`ALTER TABLE "news" DROP COLUMN "search_vector"`);
    await queryRunner.query(`DROP INDEX "public"."news_acknowledgements_news_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "news_acknowledgements"`);
    await queryRunner.query(`DROP TABLE "news_reads"`);
  }
}
