import { MigrationInterface, QueryRunner } from 'typeorm';

export class NewsFiles1795618147724 implements MigrationInterface {
  name = 'NewsFiles1795618147724';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stored_files" ("id" uuid NOT NULL, "storage_key" text NOT NULL, "original_name" text NOT NULL, "media_type" text NOT NULL, "size" bigint NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d5be862bf53851c1794b4adf4e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "stored_files_storage_key_uq" ON "stored_files"  ("storage_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "stored_files_uploaded_by_idx" ON "stored_files"  ("uploaded_by") `,
    );
    await queryRunner.query(
      `CREATE TABLE "news_files" ("news_id" uuid NOT NULL, "file_id" uuid NOT NULL, "role" text NOT NULL, "alt_text" text, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_52fe3cbd954bda313605212030c" PRIMARY KEY ("news_id", "file_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "news_files_file_uq" ON "news_files"  ("file_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "news_files_cover_uq" ON "news_files"  ("news_id") WHERE role = 'cover'`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_files" ADD CONSTRAINT "FK_44634705fddd90d5d6723ae368c" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "news_files" ADD CONSTRAINT "FK_6522e664ace7934064534ab9a53" FOREIGN KEY ("news_id") REFERENCES "news"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "news_files" ADD CONSTRAINT "FK_a7cf148ca67e1c654319dc3860d" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "news_files" DROP CONSTRAINT "FK_a7cf148ca67e1c654319dc3860d"`);
    await queryRunner.query(`ALTER TABLE "news_files" DROP CONSTRAINT "FK_6522e664ace7934064534ab9a53"`);
    await queryRunner.query(`ALTER TABLE "stored_files" DROP CONSTRAINT "FK_44634705fddd90d5d6723ae368c"`);
    await queryRunner.query(`DROP INDEX "public"."news_files_cover_uq"`);
    await queryRunner.query(`DROP INDEX "public"."news_files_file_uq"`);
    await queryRunner.query(`DROP TABLE "news_files"`);
    await queryRunner.query(`DROP INDEX "public"."stored_files_uploaded_by_idx"`);
    await queryRunner.query(`DROP INDEX "public"."stored_files_storage_key_uq"`);
    await queryRunner.query(`DROP TABLE "stored_files"`);
  }
}
