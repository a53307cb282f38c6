import type { SearchType } from '@portal/contracts';
import { CampaignAssetSearchSource } from './campaign-asset.search-source';
import { EventSearchSource } from './event.search-source';
import { NewsSearchSource } from './news.search-source';
import { OrganisationSearchSource } from './organisation.search-source';
import { PersonSearchSource } from './person.search-source';
import { PracticeSearchSource } from './practice.search-source';
import { ResourceSearchSource } from './resource.search-source';
import { ResourceCollectionSearchSource } from './resource-collection.search-source';
import type { SearchSource } from './search-source';

export type { SearchSource } from './search-source';

/** Every searchable type; a new one is added here (and in SearchType, and as a view). */
export const SEARCH_SOURCES: Readonly<Record<SearchType, SearchSource>> = {
  news: NewsSearchSource,
  event: EventSearchSource,
  practice: PracticeSearchSource,
  'campaign-asset': CampaignAssetSearchSource,
  organisation: OrganisationSearchSource,
  person: PersonSearchSource,
  resource: ResourceSearchSource,
  'resource-collection': ResourceCollectionSearchSource,
};

/** The view a type's documents come from. */
export function sourceView(type: SearchType): string {
  return `search_source_${type.replace(/-/g, '_')}`;
}
