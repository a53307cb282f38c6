import { MigrationInterface, QueryRunner } from 'typeorm';

export class News1795614984448 implements MigrationInterface {
  name = 'News1795614984448';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "news" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "teaser" text NOT NULL, "body" text NOT NULL, "category" text NOT NULL, "status" text NOT NULL DEFAULT 'draft', "important" boolean NOT NULL DEFAULT false, "audience_states" text array NOT NULL DEFAULT '{}', "audience_organisation_ids" uuid array NOT NULL DEFAULT '{}', "audience_roles" text array NOT NULL DEFAULT '{}', "organisation_id" uuid, "author_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "edited_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_39a43dfcb6007180f04aff2357e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "news_organisation_idx" ON "news"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "news_author_idx" ON "news"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "news_feed_idx" ON "news"  ("status", "published_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "news" ADD CONSTRAINT "FK_8e9a1aec1657d38a59d8b27ac42" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "news" ADD CONSTRAINT "FK_173d93468ebf142bb3424c2fd63" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "news" DROP CONSTRAINT "FK_173d93468ebf142bb3424c2fd63"`);
    await queryRunner.query(`ALTER TABLE "news" DROP CONSTRAINT "FK_8e9a1aec1657d38a59d8b27ac42"`);
    await queryRunner.query(`DROP INDEX "public"."news_feed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."news_author_idx"`);
    await queryRunner.query(`DROP INDEX "public"."news_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "news"`);
  }
}
