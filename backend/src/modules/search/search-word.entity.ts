import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Words of indexed titles and summaries, for „Meinten Sie …?“ (trigram index, created by the
 * migration). A word here reveals nothing by itself: a suggestion is only shown after the
 * corrected query found something the person may see.
 */
@Entity({ name: 'search_words' })
@Index('search_words_trgm_idx', { synchronize: false })
export class SearchWordEntity {
  @PrimaryColumn({ type: 'text' })
  word!: string;
}
