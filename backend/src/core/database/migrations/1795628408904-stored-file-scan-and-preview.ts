import { MigrationInterface, QueryRunner } from 'typeorm';

export class StoredFileScanAndPreview1795628408904 implements MigrationInterface {
  name = 'StoredFileScanAndPreview1795628408904';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stored_files" ADD "scan_status" text NOT NULL DEFAULT 'pending'`);
    await queryRunner.query(`ALTER TABLE "stored_files" ADD "scan_detail" text`);
    await queryRunner.query(`ALTER TABLE "stored_files" ADD "scanned_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "stored_files" ADD "preview_status" text NOT NULL DEFAULT 'none'`);
    // Files stored before scanning existed were served unscanned; keep them available as such.
    await queryRunner.query(`UPDATE "stored_files" SET "scan_status" = 'disabled'`);
    await queryRunner.query(
      `CREATE INDEX "stored_files_scan_pending_idx" ON "stored_files"  ("scan_status") WHERE scan_status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX "stored_files_preview_pending_idx" ON "stored_files"  ("preview_status") WHERE preview_status = 'pending'`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_preview_status_ck" CHECK (preview_status IN ('none', 'pending', 'ready', 'failed'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_scan_status_ck" CHECK (scan_status IN ('pending', 'clean', 'infected', 'not_scanned', 'failed', 'disabled'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stored_files" DROP CONSTRAINT "stored_files_scan_status_ck"`);
    await queryRunner.query(`ALTER TABLE "stored_files" DROP CONSTRAINT "stored_files_preview_status_ck"`);
    await queryRunner.query(`DROP INDEX "public"."stored_files_preview_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."stored_files_scan_pending_idx"`);
    await queryRunner.query(`ALTER TABLE "stored_files" DROP COLUMN "preview_status"`);
    await queryRunner.query(`ALTER TABLE "stored_files" DROP COLUMN "scanned_at"`);
    await queryRunner.query(`ALTER TABLE "stored_files" DROP COLUMN "scan_detail"`);
    await queryRunner.query(`ALTER TABLE "stored_files" DROP COLUMN "scan_status"`);
  }
}
