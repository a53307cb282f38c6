import { TestBed } from '@angular/core/testing';
import { AcknowledgementTable, acknowledgementRate } from './acknowledgement-table';

describe('AcknowledgementTable', () => {
  it('formats rates in German and survives an empty audience', () => {
    expect(acknowledgementRate(1, 3)).toBe('1 von 3 (33\u00a0%)');
    expect(acknowledgementRate(0, 0)).toBe('–');
  });

  it('lists counts per organisation with a total, and no names of people', async () => {
    const fixture = TestBed.createComponent(AcknowledgementTable);
    fixture.componentRef.setInput('stats', {
      total: { acknowledged: 1, audience: 2 },
      organisations: [
        {
          organisation: {
            id: 'o1',
            key: 'kreis-offenbach',
            name: 'Kreis Offenbach',
            kind: 'jobcenter',
            state: 'Hessen',
          },
          acknowledged: 1,
          audience: 2,
        },
      ],
    });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const row = element.querySelector('tbody tr');
    expect(row?.querySelector('th')?.textContent?.trim()).toBe('Kreis Offenbach');
    expect(row?.querySelector('td')?.textContent?.trim()).toBe('1 von 2 (50\u00a0%)');
    expect(element.querySelector('tfoot td')?.textContent?.trim()).toBe('1 von 2 (50\u00a0%)');
  });
});
