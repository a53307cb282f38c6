import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Each backend process keeps the Start page's first feed page per audience and the read marks it
 * looked up (modules/news/news-feed-cache.ts). Whatever those show, whoever writes it (authoring,
 * the preview and scan jobs, organisation and profile edits, merges, account deletion), is named
 * on this channel when the transaction commits: '*' for content, 'read:<user id>' for a person's
 * read marks. Bookkeeping that no feed shows (news.notified_at, updated_at) stays silent.
 */
const CHANNEL = 'portal_news_feed_changes';

export class NewsFeedChangeEvents1796640000000 implements MigrationInterface {
  name = 'NewsFeedChangeEvents1796640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION news_feed_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${CHANNEL}', '*');
        RETURN NULL;
      END $$;

      CREATE FUNCTION news_feed_notify_read() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${CHANNEL}', 'read:' || COALESCE(NEW.user_id, OLD.user_id));
        RETURN NULL;
      END $$;

      CREATE FUNCTION news_feed_notify_cover_file() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM news_files WHERE file_id = NEW.id AND role = 'cover') THEN
          PERFORM pg_notify('${CHANNEL}', '*');
        END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER news_feed_notify_write AFTER INSERT OR DELETE OR TRUNCATE ON news
        FOR EACH STATEMENT EXECUTE FUNCTION news_feed_notify();
      CREATE TRIGGER news_feed_notify_update AFTER UPDATE ON news FOR EACH ROW
        WHEN (to_jsonb(OLD) - '{notified_at,updated_at}'::text[] IS DISTINCT FROM to_jsonb(NEW) - '{notified_at,updated_at}'::text[])
        EXECUTE FUNCTION news_feed_notify();
      CREATE TRIGGER news_feed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON news_files
        FOR EACH STATEMENT EXECUTE FUNCTION news_feed_notify();
      CREATE TRIGGER news_feed_notify AFTER UPDATE ON stored_files FOR EACH ROW
        WHEN (OLD.scan_status IS DISTINCT FROM NEW.scan_status OR OLD.preview_status IS DISTINCT FROM NEW.preview_status)
        EXECUTE FUNCTION news_feed_notify_cover_file();
      CREATE TRIGGER news_feed_notify AFTER UPDATE ON organisations FOR EACH ROW
        WHEN ((OLD.key, OLD.name, OLD.kind, OLD.state) IS DISTINCT FROM (NEW.key, NEW.name, NEW.kind, NEW.state))
        EXECUTE FUNCTION news_feed_notify();
      CREATE TRIGGER news_feed_notify AFTER UPDATE ON users FOR EACH ROW
        WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name)
        EXECUTE FUNCTION news_feed_notify();
      CREATE TRIGGER news_feed_notify AFTER INSERT OR DELETE ON news_reads FOR EACH ROW
        EXECUTE FUNCTION news_feed_notify_read();
      CREATE TRIGGER news_feed_notify_truncate AFTER TRUNCATE ON news_reads
        FOR EACH STATEMENT EXECUTE FUNCTION news_feed_notify();`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER news_feed_notify_truncate ON news_reads;
      DROP TRIGGER news_feed_notify ON news_reads;
      DROP TRIGGER news_feed_notify ON users;
      DROP TRIGGER news_feed_notify ON organisations;
      DROP TRIGGER news_feed_notify ON stored_files;
      DROP TRIGGER news_feed_notify ON news_files;
      DROP TRIGGER news_feed_notify_update ON news;
      DROP TRIGGER news_feed_notify_write ON news;
      DROP FUNCTION news_feed_notify_cover_file();
      DROP FUNCTION news_feed_notify_read();
      DROP FUNCTION news_feed_notify();`);
  }
}
