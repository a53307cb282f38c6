import { TestBed } from '@angular/core/testing';
import { AcknowledgementTable, acknowledgementRate } from './acknowledgement-table';

describe('AcknowledgementTable', () => {
  it('formats rates in German and survives an empty audience', () => {
    expect(acknowledgementRate(1, 3)).toBe('1 von 3 (33\u00a0%)');
    expect(acknowledgementRate(0, 0)).toBe('–');
    expect(acknowledgementRate(null, 3)).toBe('keine Angabe (3 Personen)');
    expect(acknowledgementRate(null, 1)).toBe('keine Angabe (1 Person)');
  });

  it('lists counts per organisation, small ones pooled without a count, with a total', async () => {
    const fixture = TestBed.createComponent(AcknowledgementTable);
    fixture.componentRef.setInput('stats', {
      total: { acknowledged: 4, audience: 9 },
      minimumGroup: 5,
      organisations: [
        {
          organisation: {
            id: 'o1',
            key: 'kreis-offenbach',
            name: 'Kreis Offenbach',
            kind: 'jobcenter',
            state: 'Hessen',
          },
          acknowledged: 3,
          audience: 6,
        },
      ],
      smallGroups: { organisations: 2, acknowledged: null, audience: 3 },
    });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((row) => [
      row.querySelector('th')?.textContent?.trim(),
      row.querySelector('td')?.textContent?.trim(),
    ]);
    expect(rows).toEqual([
      ['Kreis Offenbach', '3 von 6 (50\u00a0%)'],
      ['Zusammengefasst: 2 Organisationen mit jeweils weniger als 5 Personen', 'keine Angabe (3 Personen)'],
    ]);
    expect(element.querySelector('tfoot td')?.textContent?.trim()).toBe('4 von 9 (44\u00a0%)');
  });
});
