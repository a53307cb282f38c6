import { assetState, maySeeAsset, maySeeCampaign } from './campaign-asset.policy';

const now = new Date('2026-03-02T09:00:00Z');
const asset = (change: Partial<Parameters<typeof assetState>[0]> = {}) => ({
  currentVersionId: 'v1',
  availableFrom: null,
  expiresAt: null,
  roles: [],
  ...change,
});
const staff = { roles: ['staff' as const] };
const manager = { roles: ['manager' as const] };
const coordinator = { roles: ['coordinator' as const] };

describe('campaign asset visibility', () => {
  it('derives the state from version, embargo and expiry, to the millisecond', () => {
    expect(assetState(asset({ currentVersionId: null }), now)).toBe('draft');
    expect(assetState(asset({ availableFrom: new Date(now.getTime() + 1) }), now)).toBe('embargoed');
    expect(assetState(asset({ availableFrom: now }), now)).toBe('available');
    expect(assetState(asset({ expiresAt: now }), now)).toBe('expired');
    expect(assetState(asset({ expiresAt: new Date(now.getTime() + 1) }), now)).toBe('available');
  });

  it('shows only available assets of visible campaigns to the roles named', () => {
    expect(maySeeAsset(staff, asset(), 'active', now)).toBe(true);
    expect(maySeeAsset(staff, asset(), 'completed', now)).toBe(true);
    expect(maySeeAsset(staff, asset(), 'preparation', now)).toBe(false);
    expect(maySeeAsset(staff, asset({ roles: ['manager', 'coordinator'] }), 'active', now)).toBe(false);
    expect(maySeeAsset(manager, asset({ roles: ['manager', 'coordinator'] }), 'active', now)).toBe(true);
    expect(maySeeAsset(manager, asset({ expiresAt: now }), 'active', now)).toBe(false);
  });

  it('lets coordinators see everything', () => {
    expect(
      maySeeAsset(coordinator, asset({ currentVersionId: null, roles: ['manager'] }), 'preparation', now),
    ).toBe(true);
    expect(maySeeCampaign(coordinator, 'preparation')).toBe(true);
    expect(maySeeCampaign(manager, 'preparation')).toBe(false);
  });
});
