import { TestBed } from '@angular/core/testing';
import { BUNDESLAENDER, OrganisationStateCountDto } from '@portal/contracts';
import { GermanyMap, jobcenterCountLabel } from './germany-map';

describe('GermanyMap', () => {
  const counts: OrganisationStateCountDto[] = BUNDESLAENDER.map((state) => ({
    state,
    jobcenterCount: state === 'Hessen' ? 16 : state === 'Saarland' ? 1 : 0,
  }));

  function render() {
    const fixture = TestBed.createComponent(GermanyMap);
    fixture.componentRef.setInput('counts', counts);
    fixture.componentRef.setInput(
      'hrefFor',
      (state: string) => `/jobcenter?land=${encodeURIComponent(state)}`,
    );
    fixture.detectChanges();
    return fixture;
  }

  it('links only Länder with Jobcenter, with an accessible name', () => {
    const element = render().nativeElement as HTMLElement;
    const links = Array.from(element.querySelectorAll('svg a'));
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual([
      'Hessen: 16 kommunale Jobcenter',
      'Saarland: 1 kommunales Jobcenter',
    ]);
    expect(links[0]?.getAttribute('href')).toBe('/jobcenter?land=Hessen');
    expect(element.querySelectorAll('svg path')).toHaveLength(16);
  });

  it('has the same figures as a table, hidden visually until asked for', () => {
    const fixture = render();
    const element = fixture.nativeElement as HTMLElement;
    const table = element.querySelector('table')!;
    const wrapper = table.parentElement!;
    expect(wrapper.classList).toContain('visually-hidden');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(16);
    (element.querySelector('.table-toggle') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(wrapper.classList).not.toContain('visually-hidden');
  });

  it('reports a plain click instead of reloading the page', () => {
    const fixture = render();
    const chosen: string[] = [];
    fixture.componentInstance.selected.subscribe((state) => chosen.push(state));
    const link = (fixture.nativeElement as HTMLElement).querySelector('svg a')!;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(event);
    expect(chosen).toEqual(['Hessen']);
    expect(event.defaultPrevented).toBe(true);
  });

  it('says singular and plural', () => {
    expect(jobcenterCountLabel(1)).toBe('1 kommunales Jobcenter');
    expect(jobcenterCountLabel(0)).toBe('0 kommunale Jobcenter');
  });
});
