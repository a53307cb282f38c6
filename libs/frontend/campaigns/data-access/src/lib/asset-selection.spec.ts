import { TestBed } from '@angular/core/testing';
import { AssetSelection } from './asset-selection';

describe('AssetSelection', () => {
  beforeEach(() => localStorage.clear());

  it('adds each asset once, removes it, and keeps the basket across page loads', () => {
    const selection = TestBed.inject(AssetSelection);
    const item = { id: 'a', title: 'Plakat', campaignId: 'c', campaignName: 'Kampagne' };
    selection.add(item);
    selection.add(item);
    expect(selection.count()).toBe(1);
    expect(selection.has('a')).toBe(true);
    expect(JSON.parse(localStorage.getItem('portal.campaigns.selection')!)).toEqual([item]);
    selection.remove('a');
    expect(selection.items()).toEqual([]);
  });

  it('ignores a damaged stored basket', () => {
    localStorage.setItem('portal.campaigns.selection', '{kaputt');
    TestBed.resetTestingModule();
    expect(TestBed.inject(AssetSelection).items()).toEqual([]);
  });
});
