import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventsAndFeedTokens1795618040830 implements MigrationInterface {
  name = 'EventsAndFeedTokens1795618040830';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "description" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "all_day" boolean NOT NULL DEFAULT false, "place" text, "online_url" text, "registration_url" text, "cancelled" boolean NOT NULL DEFAULT false, "organisation_id" uuid, "author_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "audience_states" text array NOT NULL DEFAULT '{}', "audience_organisation_ids" uuid array NOT NULL DEFAULT '{}', "audience_roles" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "events_organisation_idx" ON "events"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "events_author_idx" ON "events"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "events_end_idx" ON "events"  ("ends_at") `);
    await queryRunner.query(`CREATE INDEX "events_start_idx" ON "events"  ("starts_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "feed_tokens" ("user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6027c6f2cf5aadbda875809745" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "feed_tokens_hash_uq" ON "feed_tokens"  ("token_hash") `);
    await queryRunner.query(
      `ALTER TABLE "events" ADD CONSTRAINT "FK_6834b49cf67e4331b0a17212daf" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD CONSTRAINT "FK_389b662d0b626b48a1ce4e2c8f8" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feed_tokens" ADD CONSTRAINT "FK_c6027c6f2cf5aadbda875809745" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "feed_tokens" DROP CONSTRAINT "FK_c6027c6f2cf5aadbda875809745"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_389b662d0b626b48a1ce4e2c8f8"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_6834b49cf67e4331b0a17212daf"`);
    await queryRunner.query(`DROP INDEX "public"."feed_tokens_hash_uq"`);
    await queryRunner.query(`DROP TABLE "feed_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."events_start_idx"`);
    await queryRunner.query(`DROP INDEX "public"."events_end_idx"`);
    await queryRunner.query(`DROP INDEX "public"."events_author_idx"`);
    await queryRunner.query(`DROP INDEX "public"."events_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "events"`);
  }
}
