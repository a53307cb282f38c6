import { exportReadme } from './personal-data-export.service';
import { PERSONAL_DATA_SOURCES } from './personal-data-sources';

describe('personal data sources', () => {
  it('have unique, lower-case JSON file names and a German description each', () => {
    const files = PERSONAL_DATA_SOURCES.map((source) => source.file);
    expect(new Set(files).size).toBe(files.length);
    for (const source of PERSONAL_DATA_SOURCES) {
      expect(source.file).toMatch(/^[a-z0-9-]+\.json$/);
      expect(source.description.length).toBeGreaterThan(10);
    }
  });

  it('are all explained in the README, with the time of the export in German time', () => {
    const readme = exportReadme(PERSONAL_DATA_SOURCES, new Date('2026-11-25T23:30:00Z'));
    expect(readme).toContain('Erstellt am 26.11.2026, 00:30:00');
    for (const source of PERSONAL_DATA_SOURCES) expect(readme).toContain(source.file);
  });
});
