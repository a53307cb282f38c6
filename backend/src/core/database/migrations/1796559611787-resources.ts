import { MigrationInterface, QueryRunner } from 'typeorm';

/** The starting topics of the Digitalisierung library (reference data, kept by the coordination). */
const TOPICS = [
  'E-Akte',
  'Online-Antrag und OZG',
  'Videoberatung',
  'Künstliche Intelligenz',
  'Datenschutz',
  'IT-Sicherheit',
  'Fortbildung',
  'Prozessdigitalisierung',
  'Digitale Teilhabe',
  'Schnittstellen und Fachverfahren',
];

export class Resources1796559611787 implements MigrationInterface {
  name = 'Resources1796559611787';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "resources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "provider_organisation_id" uuid, "provider_name" text NOT NULL DEFAULT '', "published_on" date, "url" text, "status" text NOT NULL DEFAULT 'suggested', "suggested_by_id" uuid, "review_comment" text, "published_at" TIMESTAMP WITH TIME ZONE, "link_status" text NOT NULL DEFAULT 'unchecked', "link_http_status" integer, "link_detail" text, "link_checked_at" TIMESTAMP WITH TIME ZONE, "rating_count" integer NOT NULL DEFAULT '0', "rating_sum" integer NOT NULL DEFAULT '0', "demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "audience_states" text array NOT NULL DEFAULT '{}', "audience_organisation_ids" uuid array NOT NULL DEFAULT '{}', "audience_roles" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_632484ab9dff41bba94f9b7c85e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "resources_suggested_by_idx" ON "resources"  ("suggested_by_id") `);
    await queryRunner.query(
      `CREATE INDEX "resources_link_due_idx" ON "resources"  ("link_checked_at") WHERE url IS NOT NULL AND NOT demo`,
    );
    await queryRunner.query(
      `CREATE INDEX "resources_broken_idx" ON "resources"  ("published_at", "id") WHERE link_status = 'broken'`,
    );
    await queryRunner.query(
      `CREATE INDEX "resources_suggested_idx" ON "resources"  ("created_at", "id") WHERE status = 'suggested'`,
    );
    await queryRunner.query(
      `CREATE INDEX "resources_provider_name_idx" ON "resources"  ("provider_name", "published_at", "id") WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX "resources_provider_org_idx" ON "resources"  ("provider_organisation_id", "published_at", "id") WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX "resources_kind_idx" ON "resources"  ("kind", "published_at", "id") WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX "resources_published_idx" ON "resources"  ("published_at", "id") WHERE status = 'published'`,
    );
    await queryRunner.query(
      `CREATE TABLE "resource_files" ("resource_id" uuid NOT NULL, "file_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_670b4492714a124817b3acde325" PRIMARY KEY ("resource_id", "file_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "resource_ratings" ("resource_id" uuid NOT NULL, "user_id" uuid NOT NULL, "value" smallint NOT NULL, "rated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_23422b6f38773adaee47b024d7f" PRIMARY KEY ("resource_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "resource_ratings_user_idx" ON "resource_ratings"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "resource_collections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "intro" text NOT NULL DEFAULT '', "created_by_id" uuid, "demo" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9a3126d37afdd1dd5fe946af567" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "resource_collections_order_idx" ON "resource_collections"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "resource_collection_items" ("collection_id" uuid NOT NULL, "resource_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_393e793518f3582a990033a4de7" PRIMARY KEY ("collection_id", "resource_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "resource_collection_items_resource_idx" ON "resource_collection_items"  ("resource_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "resource_collection_items_order_idx" ON "resource_collection_items"  ("collection_id", "position") `,
    );
    await queryRunner.query(
      `ALTER TABLE "resources" ADD CONSTRAINT "FK_e2f9b807e02216a09cc00e5b98b" FOREIGN KEY ("provider_organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resources" ADD CONSTRAINT "FK_708aa6d5712e750168f68e8722c" FOREIGN KEY ("suggested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_files" ADD CONSTRAINT "FK_01eb43a1de8ef102fc09902a460" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_files" ADD CONSTRAINT "FK_7acd248c2a14a797236a28d98a4" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_ratings" ADD CONSTRAINT "FK_0cbc1944d4508bfec0828738fe6" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_ratings" ADD CONSTRAINT "FK_11ff5f70d5cbdb83f9e6b91ad52" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_collections" ADD CONSTRAINT "FK_cf6fef531e39ff66e32ff2c62ee" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_collection_items" ADD CONSTRAINT "FK_492ebe95c8a644db580d6bf08d5" FOREIGN KEY ("collection_id") REFERENCES "resource_collections"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_collection_items" ADD CONSTRAINT "FK_473dba5c4954f7c249a5dfc8a2e" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    const [taxonomy]: [{ id: string }] = await queryRunner.query(
      `INSERT INTO "taxonomies" ("key", "label") VALUES ($1, $2) RETURNING "id"`,
      ['ressourcen-themen', 'Themen (Digitalisierung)'],
    );
    for (const [position, term] of TOPICS.entries()) {
      await queryRunner.query(
        `INSERT INTO "taxonomy_terms" ("taxonomy_id", "label", "position") VALUES ($1, $2, $3)`,
        [taxonomy.id, term, position],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "taxonomy_assignments" WHERE "target_type" = 'resource'`);
    await queryRunner.query(`DELETE FROM "taxonomies" WHERE "key" = 'ressourcen-themen'`);
    await queryRunner.query(
      `ALTER TABLE "resource_collection_items" DROP CONSTRAINT "FK_473dba5c4954f7c249a5dfc8a2e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_collection_items" DROP CONSTRAINT "FK_492ebe95c8a644db580d6bf08d5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_collections" DROP CONSTRAINT "FK_cf6fef531e39ff66e32ff2c62ee"`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_ratings" DROP CONSTRAINT "FK_11ff5f70d5cbdb83f9e6b91ad52"`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_ratings" DROP CONSTRAINT "FK_0cbc1944d4508bfec0828738fe6"`,
    );
    await queryRunner.query(`ALTER TABLE "resource_files" DROP CONSTRAINT "FK_7acd248c2a14a797236a28d98a4"`);
    await queryRunner.query(`ALTER TABLE "resource_files" DROP CONSTRAINT "FK_01eb43a1de8ef102fc09902a460"`);
    await queryRunner.query(`ALTER TABLE "resources" DROP CONSTRAINT "FK_708aa6d5712e750168f68e8722c"`);
    await queryRunner.query(`ALTER TABLE "resources" DROP CONSTRAINT "FK_e2f9b807e02216a09cc00e5b98b"`);
    await queryRunner.query(`DROP INDEX "public"."resource_collection_items_order_idx"`);
    await queryRunner.query(`DROP INDEX "public"."resource_collection_items_resource_idx"`);
    await queryRunner.query(`DROP TABLE "resource_collection_items"`);
    await queryRunner.query(`DROP INDEX "public"."resource_collections_order_idx"`);
    await queryRunner.query(`DROP TABLE "resource_collections"`);
    await queryRunner.query(`DROP INDEX "public"."resource_ratings_user_idx"`);
    await queryRunner.query(`DROP TABLE "resource_ratings"`);
    await queryRunner.query(`DROP TABLE "resource_files"`);
    await queryRunner.query(`DROP INDEX "public"."resources_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."resources_kind_idx"`);
    await queryRunner.query(`DROP INDEX "public"."resources_provider_org_idx"`);
    await queryRunner.query(`DROP INDEX "public"."resources_provider_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."resources_suggested_idx"`);
    await queryRunner.query(`DROP INDEX "public"."resources_broken_idx"`);
    await queryRunner.query(`DROP INDEX "public"."resources_link_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."resources_suggested_by_idx"`);
    await queryRunner.query(`DROP TABLE "resources"`);
  }
}
