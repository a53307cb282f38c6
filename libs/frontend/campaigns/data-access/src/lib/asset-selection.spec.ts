import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ASSET_LIMITS, type MeDto } from '@portal/contracts';
import { CurrentUser } from '@portal/frontend/shared/util';
import { AssetSelection, selectionStorageKey } from './asset-selection';

function selectionOf(userId: string): AssetSelection {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({
    providers: [{ provide: CurrentUser, useValue: { me: signal({ id: userId } as MeDto), can: () => true } }],
  });
  return TestBed.inject(AssetSelection);
}

const item = (id: string) => ({ id, title: `Plakat ${id}`, campaignId: 'c', campaignName: 'Kampagne' });

describe('AssetSelection', () => {
  beforeEach(() => localStorage.clear());

  it('adds each asset once, removes it, and keeps the basket across page loads', () => {
    const selection = selectionOf('u1');
    expect(selection.add(item('a'))).toBe(true);
    expect(selection.add(item('a'))).toBe(true);
    expect(selection.count()).toBe(1);
    expect(selection.has('a')).toBe(true);
    expect(JSON.parse(localStorage.getItem(selectionStorageKey('u1'))!)).toEqual([item('a')]);
    expect(selectionOf('u1').items()).toEqual([item('a')]);
    selection.remove('a');
    expect(selection.items()).toEqual([]);
  });

  it('keeps one basket per person: the next person on the same computer does not see it', () => {
    selectionOf('u1').add(item('a'));
    expect(selectionOf('u2').items()).toEqual([]);
    expect(selectionOf('u1').items()).toEqual([item('a')]);
  });

  it('refuses an asset when the basket is full, and says so to the caller', () => {
    const selection = selectionOf('u1');
    for (let i = 0; i < ASSET_LIMITS.selection; i++) selection.add(item(`a${i}`));
    expect(selection.full()).toBe(true);
    expect(selection.add(item('one-more'))).toBe(false);
    expect(selection.has('one-more')).toBe(false);
  });

  it('ignores a damaged stored basket', () => {
    localStorage.setItem(selectionStorageKey('u1'), '{kaputt');
    expect(selectionOf('u1').items()).toEqual([]);
  });
});
