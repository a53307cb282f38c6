import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795609563239 implements MigrationInterface {
  name = 'Initial1795609563239';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram indexes serve the substring searches (ILIKE '%…%') of directory and user list.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("sid" text NOT NULL, "user_id" uuid, "data" jsonb NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "absolute_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e2d6172ca19b8ebef797c362b05" PRIMARY KEY ("sid"))`,
    );
    await queryRunner.query(`CREATE INDEX "sessions_user_idx" ON "sessions"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "sessions_expires_at_idx" ON "sessions"  ("expires_at") `);
    await queryRunner.query(
      `CREATE TABLE "seed_runs" ("name" text NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f17d28c235a3f7ece971efd9fa3" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "state" text NOT NULL, "category" text NOT NULL, "street" text, "postal_code" text, "city" text, "website" text, "email" text, "phone" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "organisations_key_uq" ON "organisations"  ("key") `);
    await queryRunner.query(
      `CREATE INDEX "organisations_kind_name_idx" ON "organisations"  ("kind", "name") `,
    );
    await queryRunner.query(
      `CREATE INDEX "organisations_state_name_idx" ON "organisations"  ("state", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "issuer" text NOT NULL, "subject" text NOT NULL, "display_name" text NOT NULL, "email" text, "roles" text array NOT NULL DEFAULT '{}', "organisation_id" uuid, "active" boolean NOT NULL DEFAULT true, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "users_organisation_idx" ON "users"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "users_display_name_idx" ON "users"  ("display_name") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "users_issuer_subject_uq" ON "users"  ("issuer", "subject") `,
    );
    await queryRunner.query(
      `CREATE INDEX "organisations_name_trgm_idx" ON "organisations" USING gin ("name" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "users_display_name_trgm_idx" ON "users" USING gin ("display_name" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "users_email_trgm_idx" ON "users" USING gin ("email" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."users_email_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."users_display_name_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_name_trgm_idx"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577"`);
    await queryRunner.query(`DROP INDEX "public"."users_issuer_subject_uq"`);
    await queryRunner.query(`DROP INDEX "public"."users_display_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."users_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_state_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_kind_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_key_uq"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP TABLE "seed_runs"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_expires_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
  }
}
