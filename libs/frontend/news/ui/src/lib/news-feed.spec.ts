import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NewsSummaryDto } from '@portal/contracts';
import { FeedStatus, NewsFeed } from './news-feed';

const item = {
  id: 'n1',
  title: 'Neue Sprechzeiten',
  teaser: 'Donnerstags bis 18 Uhr.',
  category: 'recht-politik',
  important: false,
  demo: false,
  publishedAt: '2019-03-25T07:00:00.000Z',
  editedAt: null,
  organisation: {
    id: 'o1',
    key: 'lk',
    name: 'Landkreis Biberach',
    kind: 'jobcenter',
    state: 'Baden-Württemberg',
  },
  author: null,
  pinned: false,
  unread: false,
  archived: false,
  cover: null,
} as NewsSummaryDto;

async function render(
  items: NewsSummaryDto[],
  status: FeedStatus,
  placeholders?: number,
): Promise<HTMLElement> {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(NewsFeed);
  fixture.componentRef.setInput('items', items);
  fixture.componentRef.setInput('status', status);
  if (placeholders !== undefined) fixture.componentRef.setInput('placeholders', placeholders);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('NewsFeed', () => {
  it('keeps the space of the first page while it loads, hidden from assistive technology', async () => {
    const element = await render([], 'loading', 3);
    const placeholders = Array.from(element.querySelectorAll('li.placeholder'));
    expect(placeholders).toHaveLength(3);
    expect(placeholders[0]?.closest('ul')?.getAttribute('aria-hidden')).toBe('true');
    expect(element.textContent).toContain('Neuigkeiten werden geladen');
  });

  it('shows no placeholders unless asked, nor once items or an error are there', async () => {
    expect((await render([], 'loading')).querySelectorAll('li.placeholder')).toHaveLength(0);
    TestBed.resetTestingModule();
    const loaded = await render([item], 'loading', 3);
    expect(loaded.querySelectorAll('li.placeholder')).toHaveLength(0);
    expect(loaded.querySelectorAll('portal-news-card')).toHaveLength(1);
    TestBed.resetTestingModule();
    const failed = await render([], 'error', 3);
    expect(failed.querySelectorAll('li.placeholder')).toHaveLength(0);
    expect(failed.querySelector('[role="alert"]')?.textContent).toContain('nicht geladen');
  });
});
