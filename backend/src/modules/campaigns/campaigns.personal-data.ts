import type { PersonalDataSource } from '../privacy/personal-data-source';
import { jsonRows } from '../privacy/personal-data-source';

export const CAMPAIGNS_PERSONAL_DATA: PersonalDataSource = {
  file: 'kampagnen.json',
  description:
    'Kampagnen: Ihre Zustimmungen zu Nutzungsbedingungen, von Ihnen angelegte Kampagnen, Materialien, Versionen und Kit-Läufe. Downloads zählt das Portal nur je Organisation und Tag, nie je Person – dazu gibt es keine Daten über Sie.',
  async collect(db, subject) {
    const id = [subject.id];
    return {
      termsAcceptances: await jsonRows(db, 'campaign_terms_acceptances', 't.user_id = $1', id, {
        orderBy: 't.accepted_at',
      }),
      downloads: [],
      campaignsCreated: await jsonRows(db, 'campaigns', 't.created_by = $1', id, { orderBy: 't.created_at' }),
      assetsCreated: await jsonRows(db, 'campaign_assets', 't.created_by = $1', id, {
        omit: ['search_vector'],
        orderBy: 't.created_at',
      }),
      assetVersionsCreated: await jsonRows(db, 'campaign_asset_versions', 't.created_by = $1', id, {
        orderBy: 't.created_at',
      }),
      kitTemplatesCreated: await jsonRows(db, 'campaign_kit_templates', 't.created_by = $1', id, {
        orderBy: 't.created_at',
      }),
      kitBulkRunsRequested: await jsonRows(db, 'campaign_kit_bulk_runs', 't.requested_by = $1', id, {
        orderBy: 't.created_at',
      }),
    };
  },
};
