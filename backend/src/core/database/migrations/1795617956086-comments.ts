import { MigrationInterface, QueryRunner } from 'typeorm';

export class Comments1795617956086 implements MigrationInterface {
  name = 'Comments1795617956086';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_type" text NOT NULL, "target_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by" uuid, "deletion_kind" text, CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "comments_author_idx" ON "comments"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "comments_deleted_by_idx" ON "comments"  ("deleted_by") `);
    await queryRunner.query(
      `CREATE INDEX "comments_thread_idx" ON "comments"  ("target_type", "target_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "comment_mentions" ("comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_b8b27863e0146c27bd8c6962e1e" PRIMARY KEY ("comment_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "comment_mentions_user_idx" ON "comment_mentions"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "comment_reactions" ("comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_85e7b06019be62b00bc9ceb0dd3" PRIMARY KEY ("comment_id", "user_id", "kind"))`,
    );
    await queryRunner.query(`CREATE INDEX "comment_reactions_user_idx" ON "comment_reactions"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_e6d38899c31997c45d128a8973b" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_5bb7b452264e4f219f4c17bf828" FOREIGN KEY ("deleted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_mentions" ADD CONSTRAINT "FK_9ac3fac766fa09176e5c53e4d3f" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_mentions" ADD CONSTRAINT "FK_a29d739a2d28fb38b8b591f8152" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_reactions" ADD CONSTRAINT "FK_dc714054fc62b698018fcb0ae37" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_reactions" ADD CONSTRAINT "FK_481c40600b2ee590adb27abb0e6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "comment_reactions" DROP CONSTRAINT "FK_481c40600b2ee590adb27abb0e6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_reactions" DROP CONSTRAINT "FK_dc714054fc62b698018fcb0ae37"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_mentions" DROP CONSTRAINT "FK_a29d739a2d28fb38b8b591f8152"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_mentions" DROP CONSTRAINT "FK_9ac3fac766fa09176e5c53e4d3f"`,
    );
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_5bb7b452264e4f219f4c17bf828"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_e6d38899c31997c45d128a8973b"`);
    await queryRunner.query(`DROP INDEX "public"."comment_reactions_user_idx"`);
    await queryRunner.query(`DROP TABLE "comment_reactions"`);
    await queryRunner.query(`DROP INDEX "public"."comment_mentions_user_idx"`);
    await queryRunner.query(`DROP TABLE "comment_mentions"`);
    await queryRunner.query(`DROP INDEX "public"."comments_thread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."comments_deleted_by_idx"`);
    await queryRunner.query(`DROP INDEX "public"."comments_author_idx"`);
    await queryRunner.query(`DROP TABLE "comments"`);
  }
}
