import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NewsSummaryDto } from '@portal/contracts';
import { NewsCard } from './news-card';

const item: NewsSummaryDto = {
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
    key: 'landkreis-biberach',
    name: 'Landkreis Biberach',
    kind: 'jobcenter',
    state: 'Baden-Württemberg',
  },
  author: null,
  pinned: false,
  unread: false,
  archived: false,
  cover: null,
};

async function render(value: NewsSummaryDto): Promise<HTMLElement> {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(NewsCard);
  fixture.componentRef.setInput('item', value);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('NewsCard', () => {
  it('shows title as link, German category, organisation and Berlin time', async () => {
    const element = await render(item);
    expect(element.querySelector('h3 a')?.getAttribute('href')).toBe('/neuigkeiten/n1');
    expect(element.textContent).toContain('Recht & Politik');
    expect(element.textContent).toContain('Landkreis Biberach');
    expect(element.textContent).toContain('25.03.2019, 08:00 Uhr');
    expect(element.textContent).not.toContain('aktualisiert');
    expect(element.textContent).not.toContain('Wichtig');
  });

  it('marks important and edited items', async () => {
    const element = await render({ ...item, important: true, editedAt: '2019-03-26T09:30:00.000Z' });
    expect(element.textContent).toContain('Wichtig');
    expect(element.textContent).toContain('aktualisiert am 26.03.2019, 10:30 Uhr');
  });

  it('marks unread, pinned and archived items in words, not only by colour', async () => {
    const element = await render({ ...item, unread: true, pinned: true, archived: true });
    expect(element.querySelector('article')?.classList).toContain('unread');
    expect(element.textContent).toContain('Ungelesen');
    expect(element.textContent).toContain('Angeheftet');
    expect(element.textContent).toContain('Archiviert');
  });

  it('shows the cover thumbnail with its alt text, lazily and in a fixed box (no layout shift)', async () => {
    const element = await render({
      ...item,
      cover: {
        url: '/api/news/n1/files/f1',
        altText: 'Beraterin im Gespräch',
        thumbnailUrl: '/api/news/n1/files/f1/preview/thumb',
        previewUrl: '/api/news/n1/files/f1/preview/large',
      },
    });
    const image = element.querySelector('img');
    expect(image?.getAttribute('src')).toBe('/api/news/n1/files/f1/preview/thumb');
    expect(image?.getAttribute('alt')).toBe('Beraterin im Gespräch');
    expect(image?.getAttribute('loading')).toBe('lazy');
    expect(image?.getAttribute('width')).toBe('320');
    expect(image?.getAttribute('height')).toBe('180');
  });

  it('shows the original cover while no thumbnail exists yet', async () => {
    const element = await render({
      ...item,
      cover: {
        url: '/api/news/n1/files/f1',
        altText: 'Beraterin im Gespräch',
        thumbnailUrl: null,
        previewUrl: null,
      },
    });
    const image = element.querySelector('img');
    expect(image?.getAttribute('src')).toBe('/api/news/n1/files/f1');
    expect(image?.getAttribute('alt')).toBe('Beraterin im Gespräch');
  });

  it('marks demo items with a „Demo“ badge in words', async () => {
    const badge = (await render({ ...item, demo: true })).querySelector('.demo');
    expect(badge?.textContent?.trim()).toBe('Demo');
  });

  it('shows no image and no demo badge on a plain item', async () => {
    const element = await render(item);
    expect(element.querySelector('img')).toBeNull();
    expect(element.textContent).not.toContain('Demo');
  });
});
