import { MigrationInterface, QueryRunner } from 'typeorm';

const SEARCH_EXPRESSION = `setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', coalesce(situation, '') || ' ' || coalesce(approach, '') || ' ' || coalesce(results, '') || ' ' || coalesce(transferability, '') || ' ' || coalesce(partners, '')), 'C')`;

/** The starting terms from issue 5 (reference data: the feature needs them in every installation). */
const TAXONOMIES: [string, string, string[]][] = [
  [
    'zielgruppen',
    'Zielgruppen',
    [
      'Langzeitarbeitslose',
      'Jugendliche unter 25',
      'Alleinerziehende',
      'Menschen mit Migrationsgeschichte',
      'Menschen mit gesundheitlichen Einschränkungen',
      'Ältere',
      'Bedarfsgemeinschaften mit Kindern',
    ],
  ],
  [
    'handlungsfelder',
    'Handlungsfelder',
    [
      'Digitalisierung',
      'Gesundheit',
      'Qualifizierung',
      'Arbeitgeberservice',
      'Sprachförderung',
      'Kinderbetreuung',
      'Schuldner- und Suchtberatung',
      'Netzwerkarbeit',
    ],
  ],
];

export class Practices1795628390964 implements MigrationInterface {
  name = 'Practices1795628390964';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "taxonomies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "label" text NOT NULL, CONSTRAINT "PK_f8c39bce97175559a2223be37f6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "taxonomies_key_uq" ON "taxonomies"  ("key") `);
    await queryRunner.query(
      `CREATE TABLE "taxonomy_terms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "taxonomy_id" uuid NOT NULL, "label" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5663e6a952e6db3aa8194731960" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "taxonomy_terms_label_uq" ON "taxonomy_terms"  ("taxonomy_id", "label") `,
    );
    await queryRunner.query(
      `CREATE TABLE "taxonomy_assignments" ("target_type" text NOT NULL, "target_id" uuid NOT NULL, "term_id" uuid NOT NULL, CONSTRAINT "PK_ab91054a9c45139807073d26525" PRIMARY KEY ("target_type", "target_id", "term_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "taxonomy_assignments_term_idx" ON "taxonomy_assignments"  ("term_id", "target_type", "target_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "bookmarks" ("user_id" uuid NOT NULL, "target_type" text NOT NULL, "target_id" uuid NOT NULL, "title" text NOT NULL, "link" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2ed48048628221ac7889bed40b9" PRIMARY KEY ("user_id", "target_type", "target_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "bookmarks_user_created_idx" ON "bookmarks"  ("user_id", "created_at", "target_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "content_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_type" text NOT NULL, "target_id" uuid NOT NULL, "reporter_id" uuid, "reason" text NOT NULL, "title" text NOT NULL, "link" text NOT NULL, "status" text NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, "resolution" text, CONSTRAINT "PK_6c59a68146cdde8de564ee649c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "content_reports_reporter_idx" ON "content_reports"  ("reporter_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "content_reports_resolved_by_idx" ON "content_reports"  ("resolved_by") `,
    );
    await queryRunner.query(
      `CREATE INDEX "content_reports_target_idx" ON "content_reports"  ("target_type", "target_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "content_reports_queue_idx" ON "content_reports"  ("status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "practices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "summary" text NOT NULL, "situation" text NOT NULL DEFAULT '', "approach" text NOT NULL DEFAULT '', "results" text NOT NULL DEFAULT '', "duration" text NOT NULL DEFAULT '', "costs" text NOT NULL DEFAULT '', "partners" text NOT NULL DEFAULT '', "transferability" text NOT NULL DEFAULT '', "key_figures" jsonb NOT NULL DEFAULT '[]'::jsonb, "has_key_figures" boolean NOT NULL DEFAULT false, "contact_name" text NOT NULL DEFAULT '', "contact_role" text NOT NULL DEFAULT '', "contact_email" text NOT NULL DEFAULT '', "contact_phone" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'draft', "organisation_id" uuid, "state" text, "organisation_category" text, "author_id" uuid, "adoption_count" integer NOT NULL DEFAULT '0', "helpful_count" integer NOT NULL DEFAULT '0', "review_comment" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, "privacy_confirmed_at" TIMESTAMP WITH TIME ZONE, "demo" boolean NOT NULL DEFAULT false, "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', coalesce(situation, '') || ' ' || coalesce(approach, '') || ' ' || coalesce(results, '') || ' ' || coalesce(transferability, '') || ' ' || coalesce(partners, '')), 'C')) STORED NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0934829c5859a843625e6ff1c34" PRIMARY KEY ("id"))`,
    );
    // TypeORM remembers the expression of a generated column per database (the generator left the values out).
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), 'public', 'practices', 'GENERATED_COLUMN', 'search_vector', $1)`,
      [SEARCH_EXPRESSION],
    );
    await queryRunner.query(`CREATE INDEX "practices_search_idx" ON "practices" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "practices_author_idx" ON "practices"  ("author_id") `);
    await queryRunner.query(
      `CREATE INDEX "practices_review_idx" ON "practices"  ("submitted_at", "id") WHERE status = 'in-review'`,
    );
    await queryRunner.query(
      `CREATE INDEX "practices_organisation_idx" ON "practices"  ("organisation_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "practices_state_idx" ON "practices"  ("state", "published_at", "id") WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX "practices_helpful_idx" ON "practices"  ("helpful_count", "published_at", "id") WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX "practices_adopted_idx" ON "practices"  ("adoption_count", "published_at", "id") WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX "practices_published_idx" ON "practices"  ("published_at", "id") WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE TABLE "practice_versions" ("practice_id" uuid NOT NULL, "version" integer NOT NULL, "content" jsonb NOT NULL, "edited_by" uuid, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f1ca21dd07078f1b45d7a0bec7b" PRIMARY KEY ("practice_id", "version"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "practice_versions_edited_by_idx" ON "practice_versions"  ("edited_by") `,
    );
    await queryRunner.query(
      `CREATE TABLE "practice_adoptions" ("practice_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "adopted_by" uuid, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_067b27e0f5dd6ffa18cbb5727b7" PRIMARY KEY ("practice_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "practice_adoptions_adopted_by_idx" ON "practice_adoptions"  ("adopted_by") `,
    );
    await queryRunner.query(
      `CREATE INDEX "practice_adoptions_organisation_idx" ON "practice_adoptions"  ("organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "practice_followers" ("practice_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_9c5c968819a0b620f7bbad1ac20" PRIMARY KEY ("practice_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "practice_followers_user_idx" ON "practice_followers"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "practice_helpful_marks" ("practice_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_1dc533a05a1ccf62798855e7ad6" PRIMARY KEY ("practice_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "practice_helpful_marks_user_idx" ON "practice_helpful_marks"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "practice_files" ("file_id" uuid NOT NULL, "practice_id" uuid NOT NULL, "role" text NOT NULL, "alt_text" text, "position" integer NOT NULL, CONSTRAINT "PK_9797e4034fe2f400d59048140f7" PRIMARY KEY ("file_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "practice_files_practice_idx" ON "practice_files"  ("practice_id", "role", "position") `,
    );
    await queryRunner.query(
      `ALTER TABLE "taxonomy_terms" ADD CONSTRAINT "FK_6c780a7210f0e791d15ebe800dc" FOREIGN KEY ("taxonomy_id") REFERENCES "taxonomies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "taxonomy_assignments" ADD CONSTRAINT "FK_7284078bf50e45f856bcc4d0827" FOREIGN KEY ("term_id") REFERENCES "taxonomy_terms"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bookmarks" ADD CONSTRAINT "FK_58a0fbaee65cd8959a870ee678c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_reports" ADD CONSTRAINT "FK_0aababfebc5662624a4a66b639b" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_reports" ADD CONSTRAINT "FK_51e86b7ceaa0cd2f53d7639d3d6" FOREIGN KEY ("resolved_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practices" ADD CONSTRAINT "FK_53e8a118b83d63e5e73efc739fe" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practices" ADD CONSTRAINT "FK_11383687601c025fbebc4a3d76d" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_versions" ADD CONSTRAINT "FK_34dbefdb3e632096c0b533c0ff7" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_versions" ADD CONSTRAINT "FK_65e41b76a1df41947cd900a272c" FOREIGN KEY ("edited_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_adoptions" ADD CONSTRAINT "FK_141e6f31050a1a97f180e8e8981" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_adoptions" ADD CONSTRAINT "FK_ea801ddfb0c86a2d18cd7e966bb" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_adoptions" ADD CONSTRAINT "FK_7a1a0bd9997eab7346bf27b2b25" FOREIGN KEY ("adopted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_followers" ADD CONSTRAINT "FK_8089281ad6bc7ae200b214b6449" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_followers" ADD CONSTRAINT "FK_0ad9577dbea137abbad7115a56c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_helpful_marks" ADD CONSTRAINT "FK_776d8039f135127d9c56fa7f98c" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_helpful_marks" ADD CONSTRAINT "FK_ddaf3f26f7d0dccf4cc50b058e2" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_files" ADD CONSTRAINT "FK_5429f6b22e591fb11b773f4a64d" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_files" ADD CONSTRAINT "FK_9797e4034fe2f400d59048140f7" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const [key, label, terms] of TAXONOMIES) {
      const [taxonomy]: [{ id: string }] = await queryRunner.query(
        `INSERT INTO "taxonomies" ("key", "label") VALUES ($1, $2) RETURNING "id"`,
        [key, label],
      );
      for (const [position, term] of terms.entries()) {
        await queryRunner.query(
          `INSERT INTO "taxonomy_terms" ("taxonomy_id", "label", "position") VALUES ($1, $2, $3)`,
          [taxonomy.id, term, position],
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "practice_files" DROP CONSTRAINT "FK_9797e4034fe2f400d59048140f7"`);
    await queryRunner.query(`ALTER TABLE "practice_files" DROP CONSTRAINT "FK_5429f6b22e591fb11b773f4a64d"`);
    await queryRunner.query(
      `ALTER TABLE "practice_helpful_marks" DROP CONSTRAINT "FK_ddaf3f26f7d0dccf4cc50b058e2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_helpful_marks" DROP CONSTRAINT "FK_776d8039f135127d9c56fa7f98c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_followers" DROP CONSTRAINT "FK_0ad9577dbea137abbad7115a56c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_followers" DROP CONSTRAINT "FK_8089281ad6bc7ae200b214b6449"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_adoptions" DROP CONSTRAINT "FK_7a1a0bd9997eab7346bf27b2b25"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_adoptions" DROP CONSTRAINT "FK_ea801ddfb0c86a2d18cd7e966bb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_adoptions" DROP CONSTRAINT "FK_141e6f31050a1a97f180e8e8981"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_versions" DROP CONSTRAINT "FK_65e41b76a1df41947cd900a272c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_versions" DROP CONSTRAINT "FK_34dbefdb3e632096c0b533c0ff7"`,
    );
    await queryRunner.query(`ALTER TABLE "practices" DROP CONSTRAINT "FK_11383687601c025fbebc4a3d76d"`);
    await queryRunner.query(`ALTER TABLE "practices" DROP CONSTRAINT "FK_53e8a118b83d63e5e73efc739fe"`);
    await queryRunner.query(`ALTER TABLE "content_reports" DROP CONSTRAINT "FK_51e86b7ceaa0cd2f53d7639d3d6"`);
    await queryRunner.query(`ALTER TABLE "content_reports" DROP CONSTRAINT "FK_0aababfebc5662624a4a66b639b"`);
    await queryRunner.query(`ALTER TABLE "bookmarks" DROP CONSTRAINT "FK_58a0fbaee65cd8959a870ee678c"`);
    await queryRunner.query(
      `ALTER TABLE "taxonomy_assignments" DROP CONSTRAINT "FK_7284078bf50e45f856bcc4d0827"`,
    );
    await queryRunner.query(`ALTER TABLE "taxonomy_terms" DROP CONSTRAINT "FK_6c780a7210f0e791d15ebe800dc"`);
    await queryRunner.query(`DROP INDEX "public"."practice_files_practice_idx"`);
    await queryRunner.query(`DROP TABLE "practice_files"`);
    await queryRunner.query(`DROP INDEX "public"."practice_helpful_marks_user_idx"`);
    await queryRunner.query(`DROP TABLE "practice_helpful_marks"`);
    await queryRunner.query(`DROP INDEX "public"."practice_followers_user_idx"`);
    await queryRunner.query(`DROP TABLE "practice_followers"`);
    await queryRunner.query(`DROP INDEX "public"."practice_adoptions_organisation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."practice_adoptions_adopted_by_idx"`);
    await queryRunner.query(`DROP TABLE "practice_adoptions"`);
    await queryRunner.query(`DROP INDEX "public"."practice_versions_edited_by_idx"`);
    await queryRunner.query(`DROP TABLE "practice_versions"`);
    await queryRunner.query(`DROP INDEX "public"."practices_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."practices_adopted_idx"`);
    await queryRunner.query(`DROP INDEX "public"."practices_helpful_idx"`);
    await queryRunner.query(`DROP INDEX "public"."practices_state_idx"`);
    await queryRunner.query(`DROP INDEX "public"."practices_organisation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."practices_review_idx"`);
    await queryRunner.query(`DROP INDEX "practices_search_idx"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_vector' AND "database" = current_database() AND "schema" = 'public' AND "table" = 'practices'`,
    );
    await queryRunner.query(`DROP INDEX "public"."practices_author_idx"`);
    await queryRunner.query(`DROP TABLE "practices"`);
    await queryRunner.query(`DROP INDEX "public"."content_reports_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."content_reports_target_idx"`);
    await queryRunner.query(`DROP INDEX "public"."content_reports_resolved_by_idx"`);
    await queryRunner.query(`DROP INDEX "public"."content_reports_reporter_idx"`);
    await queryRunner.query(`DROP TABLE "content_reports"`);
    await queryRunner.query(`DROP INDEX "public"."bookmarks_user_created_idx"`);
    await queryRunner.query(`DROP TABLE "bookmarks"`);
    await queryRunner.query(`DROP INDEX "public"."taxonomy_assignments_term_idx"`);
    await queryRunner.query(`DROP TABLE "taxonomy_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."taxonomy_terms_label_uq"`);
    await queryRunner.query(`DROP TABLE "taxonomy_terms"`);
    await queryRunner.query(`DROP INDEX "public"."taxonomies_key_uq"`);
    await queryRunner.query(`DROP TABLE "taxonomies"`);
  }
}
