import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The one search index: a row per searchable item, written only by the database function
 * `search_refresh(type, ids)` (triggers on the source tables call it in the writing transaction),
 * never by application code. Visibility is stored as data and checked at query time against
 * the clock, so scheduled publication, embargo and expiry need no job.
 */
@Entity({ name: 'search_documents' })
// GIN indexes (full text, terms, files) are created by the migration: beyond TypeORM's index model.
@Index('search_documents_vector_idx', { synchronize: false })
@Index('search_documents_title_vector_idx', { synchronize: false })
@Index('search_documents_terms_idx', { synchronize: false })
@Index('search_documents_files_idx', { synchronize: false })
// Sort by date and walk newest-first for broad terms (stops after a page instead of ranking all).
@Index('search_documents_date_idx', ['date', 'sourceId'])
// Suggestions and broad searches walk content newest-first without passing over directory entries
// (DIRECTORY_SQL in search-sql.ts: the predicate must stay identical), which have small title and
// full-text indexes of their own.
@Index('search_documents_content_date_idx', ['date', 'sourceId'], {
  where: `type NOT IN ('organisation', 'person')`,
})
@Index('search_documents_directory_title_idx', { synchronize: false })
@Index('search_documents_directory_vector_idx', { synchronize: false })
export class SearchDocumentEntity {
  /** A key of `SEARCH_SOURCES` (news, event, practice, campaign-asset, organisation, person …). */
  @PrimaryColumn({ type: 'text' })
  type!: string;

  @PrimaryColumn({ type: 'uuid' })
  sourceId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  body!: string;

  /** Extracted text of the item's files, each as „Dateiname: Text“ (weight D). */
  @Column({ type: 'text' })
  attachmentText!: string;

  @Column({ type: 'uuid', array: true })
  fileIds!: string[];

  /** german config: A title, B summary, C body, D attachments. */
  @Column({ type: 'tsvector', select: false })
  searchVector!: string;

  /** Title only (suggestions, relevance candidates). */
  @Column({ type: 'tsvector', select: false })
  titleVector!: string;

  @Column({ type: 'uuid', array: true })
  termIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  /** Bundesland of the item (its organisation's). */
  @Column({ type: 'text', nullable: true })
  state!: string | null;

  /** Sort date: publication, start of a Termin, availability … */
  @Column({ type: 'timestamptz' })
  date!: Date;

  /** Hidden before (scheduled publication, embargo) … */
  @Column({ type: 'timestamptz', nullable: true })
  visibleFrom!: Date | null;

  /** … and from (expiry). */
  @Column({ type: 'timestamptz', nullable: true })
  visibleUntil!: Date | null;

  /** Same semantics as core/audience (empty = no restriction; all three must match). */
  @Column({ type: 'text', array: true })
  audienceStates!: string[];

  @Column({ type: 'uuid', array: true })
  audienceOrganisationIds!: string[];

  @Column({ type: 'text', array: true })
  audienceRoles!: string[];

  /** Extra data for the result card (e.g. the route key), per type. */
  @Column({ type: 'text', nullable: true })
  linkKey!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  indexedAt!: Date;
}
