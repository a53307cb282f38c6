import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { AudienceDto, EVERYONE, OrganisationSummaryDto } from '@portal/contracts';
import { AudiencePicker } from './audience-picker';

const organisations: OrganisationSummaryDto[] = [
  {
    id: 'bc',
    key: 'landkreis-biberach',
    name: 'Landkreis Biberach',
    kind: 'jobcenter',
    state: 'Baden-Württemberg',
  },
  { id: 'of', key: 'kreis-offenbach', name: 'Kreis Offenbach', kind: 'jobcenter', state: 'Hessen' },
];

@Component({
  imports: [AudiencePicker, ReactiveFormsModule],
  template: `<portal-audience-picker
    [formControl]="control"
    [organisations]="organisations"
    [fixedOrganisationId]="fixed()"
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly control = new FormControl<AudienceDto>({ ...EVERYONE }, { nonNullable: true });
  readonly organisations = organisations;
  readonly fixed = signal<string | null>(null);
}

function checkbox(element: HTMLElement, label: string): HTMLInputElement {
  const match = Array.from(element.querySelectorAll('label')).find((l) =>
    l.textContent?.trim().startsWith(label),
  );
  if (!match) throw new Error(`no label ${label}`);
  return match.querySelector('input') as HTMLInputElement;
}

describe('AudiencePicker', () => {
  it('starts with everyone, narrows by Land and role and says so in German', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('legend')?.textContent).toBe('Zielgruppe');
    expect(element.textContent).toContain('Sichtbar für: alle im Netzwerk');
    expect(element.querySelectorAll('input[type=checkbox]').length).toBe(0);

    checkbox(element, 'Bestimmte').click();
    await fixture.whenStable();
    checkbox(element, 'Hessen').click();
    checkbox(element, 'Jobcenter-Leitung').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.control.value).toEqual({
      states: ['Hessen'],
      organisationIds: [],
      roles: ['manager'],
    });
    expect(element.textContent).toContain('Sichtbar für: Leitungen in Hessen');

    checkbox(element, 'Alle im Netzwerk').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.control.value).toEqual(EVERYONE);
  });

  it('filters organisations by name and picks them', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.control.setValue({ ...EVERYONE, organisationIds: ['bc'] });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const filter = element.querySelector('input[type=search]') as HTMLInputElement;
    expect(element.querySelector(`label[for="${filter.id}"]`)?.textContent).toContain(
      'Organisationen filtern',
    );
    filter.value = 'offen';
    filter.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(element.textContent).toContain('1 Treffer, 1 ausgewählt');
    expect(element.textContent).not.toContain('Landkreis Biberach (');
    checkbox(element, 'Kreis Offenbach').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.control.value.organisationIds).toEqual(['bc', 'of']);
    expect(element.textContent).toContain('Sichtbar für: alle bei Landkreis Biberach und Kreis Offenbach');
  });

  it('binds editors to their own Jobcenter, leaving only roles to choose', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.fixed.set('bc');
    fixture.componentInstance.control.setValue({ ...EVERYONE, organisationIds: ['bc'] });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('nur für Ihr Jobcenter an: Landkreis Biberach');
    expect(element.querySelector('input[type=radio]')).toBeNull();
    expect(element.querySelector('input[type=search]')).toBeNull();
    checkbox(element, 'Mitarbeitende').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.control.value).toEqual({
      states: [],
      organisationIds: ['bc'],
      roles: ['staff'],
    });
  });
});
