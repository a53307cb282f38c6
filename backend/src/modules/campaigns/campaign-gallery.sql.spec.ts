import { galleryAsset, gallerySql } from './campaign-gallery.sql';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const ID = '3f1c1a3e-9d55-4a0e-8f43-1b4c0c6f2a10';

describe('gallerySql', () => {
  it('applies the visibility rule to everyone but coordinators', () => {
    const staff = gallerySql({ all: false, roles: ['staff'], now: NOW }, {}, undefined, 'newest', 25);
    expect(staff.text).toContain(`c.status <> 'preparation'`);
    expect(staff.text).toContain('a.current_version_id IS NOT NULL');
    expect(staff.text).toContain('a.roles && $2::text[]');
    expect(staff.values).toEqual([NOW, ['staff']]);
    const coordinator = gallerySql({ all: true }, {}, undefined, 'newest', 25);
    expect(coordinator.text).not.toMatch(/^ WHERE /m);
    expect(staff.text).toMatch(/^ WHERE /m);
    expect(coordinator.values).toEqual([]);
  });

  it('keeps values out of the text and continues after the cursor in each sort order', () => {
    const a = gallerySql({ all: true }, { type: 'poster', tag: 'Motiv 3' }, undefined, 'newest', 25);
    const b = gallerySql({ all: true }, { type: 'logo', tag: 'Motiv 4' }, undefined, 'newest', 25);
    expect(a.text).toBe(b.text);
    const title = gallerySql({ all: true }, {}, { sort: 'title', value: 'Plakat', id: ID }, 'title', 3);
    expect(title.text).toContain('(a.title, a.id) > ($1::text, $2::uuid)');
    expect(title.text).toContain('ORDER BY a.title ASC, a.id ASC');
    const oldest = gallerySql(
      { all: true },
      {},
      { sort: 'oldest', value: NOW.toISOString(), id: ID },
      'oldest',
      3,
    );
    expect(oldest.text).toContain('(a.created_at, a.id) > ($1::timestamptz, $2::uuid)');
    expect(oldest.values).toEqual([NOW, ID]);
  });
});

describe('galleryAsset', () => {
  it('gives toAssetSummary the current variants with their preview and scan state', () => {
    const { asset, variants } = galleryAsset({
      id: ID,
      campaignId: ID,
      title: 'Plakat',
      type: 'poster',
      tags: ['Motiv 3'],
      altText: 'Plakat',
      roles: [],
      availableFrom: null,
      expiresAt: null,
      currentVersionId: ID,
      latestVersion: 2,
      createdAt: NOW,
      updatedAt: NOW,
      campaignName: 'Kampagne',
      campaignStatus: 'active',
      campaignStartsOn: '2026-01-01',
      campaignEndsOn: null,
      variants: [['application/pdf', 'ready', 'clean']],
    });
    expect(asset.campaign).toEqual({
      id: ID,
      name: 'Kampagne',
      status: 'active',
      startsOn: '2026-01-01',
      endsOn: null,
    });
    expect(variants).toEqual([
      {
        assetId: ID,
        versionId: ID,
        mediaType: 'application/pdf',
        file: { previewStatus: 'ready', scanStatus: 'clean' },
      },
    ]);
  });
});
