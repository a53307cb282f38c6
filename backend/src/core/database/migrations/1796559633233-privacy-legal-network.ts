import { MigrationInterface, QueryRunner } from 'typeorm';

export class PrivacyLegalNetwork1796559633233 implements MigrationInterface {
  name = 'PrivacyLegalNetwork1796559633233';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "legal_pages" ("slug" text NOT NULL, "body" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_f1f163cfa770af83882769be571" PRIMARY KEY ("slug"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "accessibility_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "page" text, "message" text NOT NULL, "wants_reply" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6867713cc2fa12bfe01826b290d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "accessibility_feedback_user_created_idx" ON "accessibility_feedback"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "accessibility_feedback_created_idx" ON "accessibility_feedback"  ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user_activity" ("user_id" uuid NOT NULL, "day" date NOT NULL, "organisation_id" uuid, CONSTRAINT "PK_7543fcafe780702d9805b607657" PRIMARY KEY ("user_id", "day"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "user_activity_day_idx" ON "user_activity"  ("day", "organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "news_acknowledgement_tallies" ("news_id" uuid NOT NULL, "anonymised" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_6f94e2cda9a925c3eb88ae48b7b" PRIMARY KEY ("news_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "news_reads_read_at_idx" ON "news_reads"  ("read_at") `);
    await queryRunner.query(`CREATE INDEX "news_reads_user_idx" ON "news_reads"  ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "news_acknowledgements_time_idx" ON "news_acknowledgements"  ("acknowledged_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "news_acknowledgements_user_idx" ON "news_acknowledgements"  ("user_id") `,
    );
    await queryRunner.query(`CREATE INDEX "notifications_created_idx" ON "notifications"  ("created_at") `);
    await queryRunner.query(
      `ALTER TABLE "legal_pages" ADD CONSTRAINT "FK_ae9aee2d45e5c7745e104f403d5" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "accessibility_feedback" ADD CONSTRAINT "FK_18f3570b7c0e30def421db160cd" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "news_acknowledgement_tallies" ADD CONSTRAINT "FK_6f94e2cda9a925c3eb88ae48b7b" FOREIGN KEY ("news_id") REFERENCES "news"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "news_acknowledgement_tallies" DROP CONSTRAINT "FK_6f94e2cda9a925c3eb88ae48b7b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "accessibility_feedback" DROP CONSTRAINT "FK_18f3570b7c0e30def421db160cd"`,
    );
    await queryRunner.query(`ALTER TABLE "legal_pages" DROP CONSTRAINT "FK_ae9aee2d45e5c7745e104f403d5"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."news_acknowledgements_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."news_acknowledgements_time_idx"`);
    await queryRunner.query(`DROP INDEX "public"."news_reads_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."news_reads_read_at_idx"`);
    await queryRunner.query(`DROP TABLE "news_acknowledgement_tallies"`);
    await queryRunner.query(`DROP INDEX "public"."user_activity_day_idx"`);
    await queryRunner.query(`DROP TABLE "user_activity"`);
    await queryRunner.query(`DROP INDEX "public"."accessibility_feedback_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."accessibility_feedback_user_created_idx"`);
    await queryRunner.query(`DROP TABLE "accessibility_feedback"`);
    await queryRunner.query(`DROP TABLE "legal_pages"`);
  }
}
