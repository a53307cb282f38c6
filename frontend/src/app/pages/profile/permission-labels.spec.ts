import { Permission } from '@portal/contracts';
import { PERMISSION_LABELS } from './permission-labels';

describe('PERMISSION_LABELS', () => {
  it.each(Object.values(Permission))('explains %s in German', (permission) => {
    expect(PERMISSION_LABELS[permission]?.trim()).toBeTruthy();
  });

  it('has no labels for permissions that no longer exist', () => {
    expect(Object.keys(PERMISSION_LABELS).sort()).toEqual(Object.values(Permission).sort());
  });
});
