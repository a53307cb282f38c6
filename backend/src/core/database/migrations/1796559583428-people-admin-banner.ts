import { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleAdminBanner1796559583428 implements MigrationInterface {
  name = 'PeopleAdminBanner1796559583428';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "role_overrides" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "role" text NOT NULL, "reason" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "granted_by_id" uuid, "granted_by_name" text, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_name" text, "expiry_recorded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1de4b1bb9cb15a6d4c55221f02a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "role_overrides_user_idx" ON "role_overrides"  ("user_id", "expires_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "announcements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "text" text NOT NULL, "severity" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b3ad760876ff2e19d58e05dc8b0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "announcements_ends_at_idx" ON "announcements"  ("ends_at") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "directory_opt_out" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "users" ADD "job_title" text`);
    await queryRunner.query(`ALTER TABLE "users" ADD "phone" text`);
    await queryRunner.query(`ALTER TABLE "users" ADD "topics" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "taxonomy_terms" ADD "active" boolean NOT NULL DEFAULT true`);
    // Topic search in the people directory: whole topics, any case, on a GIN index.
    await queryRunner.query(
      `CREATE FUNCTION portal_lower_array(text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(array_agg(lower(t)), '{}') FROM unnest($1) AS t $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "users_topics_idx" ON "users" USING gin (portal_lower_array("topics"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_overrides" ADD CONSTRAINT "FK_0a5ca5867d600fd7d47234da196" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "role_overrides" DROP CONSTRAINT "FK_0a5ca5867d600fd7d47234da196"`);
    await queryRunner.query(`ALTER TABLE "taxonomy_terms" DROP COLUMN "active"`);
    await queryRunner.query(`DROP INDEX "public"."users_topics_idx"`);
    await queryRunner.query(`DROP FUNCTION portal_lower_array(text[])`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "topics"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "phone"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "job_title"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "directory_opt_out"`);
    await queryRunner.query(`DROP INDEX "public"."announcements_ends_at_idx"`);
    await queryRunner.query(`DROP TABLE "announcements"`);
    await queryRunner.query(`DROP INDEX "public"."role_overrides_user_idx"`);
    await queryRunner.query(`DROP TABLE "role_overrides"`);
  }
}
