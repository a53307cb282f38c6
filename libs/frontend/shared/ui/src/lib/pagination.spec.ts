import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Pagination } from './pagination';

describe('Pagination', () => {
  let fixture: ComponentFixture<Pagination>;
  let emitted: number[];

  async function render(page: number, total: number, pageSize = 20): Promise<HTMLElement> {
    fixture = TestBed.createComponent(Pagination);
    fixture.componentRef.setInput('page', page);
    fixture.componentRef.setInput('total', total);
    fixture.componentRef.setInput('pageSize', pageSize);
    emitted = [];
    fixture.componentInstance.pageChange.subscribe((p) => emitted.push(p));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const buttons = (el: HTMLElement) => Array.from(el.querySelectorAll('button'));

  it('renders nothing when everything fits on one page', async () => {
    const el = await render(1, 20);
    expect(el.querySelector('nav')).toBeNull();
  });

  it('states the position in words inside a labelled navigation', async () => {
    const el = await render(2, 53);
    expect(el.querySelector('nav')?.getAttribute('aria-label')).toBe('Seitennavigation');
    expect(el.textContent).toContain('Seite 2 von 3');
  });

  it('emits the neighbouring pages', async () => {
    const el = await render(2, 53);
    const [previous, next] = buttons(el);
    previous?.click();
    next?.click();
    expect(emitted).toEqual([1, 3]);
  });

  it('keeps the end buttons focusable but inert', async () => {
    const el = await render(3, 53);
    const next = buttons(el)[1];
    expect(next?.disabled).toBe(false);
    expect(next?.getAttribute('aria-disabled')).toBe('true');
    next?.click();
    expect(emitted).toEqual([]);
  });
});
