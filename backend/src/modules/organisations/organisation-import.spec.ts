import { ExistingOrganisation, planOrganisationImport } from './organisation-import';

const existing = new Map<string, ExistingOrganisation>([
  [
    'kreis-offenbach',
    {
      key: 'kreis-offenbach',
      name: 'Kreis Offenbach',
      kind: 'jobcenter',
      state: 'Hessen',
      category: 'Landkreis',
      mergedIntoId: null,
    },
  ],
]);
const plan = (text: string | Buffer) =>
  planOrganisationImport(Buffer.isBuffer(text) ? text : Buffer.from(text), existing);

describe('planOrganisationImport', () => {
  it('reads „;“ with a BOM and CRLF, and skips rows that are already there unchanged', () => {
    const result = plan(
      '\uFEFFname;kind;state;category\r\nKreis Offenbach;jobcenter;Hessen;Landkreis\r\nLandkreis Neu;jobcenter;Bayern;Landkreis\r\n',
    );
    expect(result.report.rows.map((row) => row.action)).toEqual(['unchanged', 'create']);
    expect(result.toCreate).toEqual([
      {
        key: 'landkreis-neu',
        name: 'Landkreis Neu',
        kind: 'jobcenter',
        state: 'Bayern',
        category: 'Landkreis',
      },
    ]);
  });

  it('accepts the columns in any order and ignores extra ones', () => {
    const result = plan('category,state,name,kind,extra\nLandkreis,Hessen,Landkreis X,jobcenter,egal\n');
    expect(result.report.rows[0]).toEqual(expect.objectContaining({ name: 'Landkreis X', action: 'create' }));
  });

  it('refuses non-UTF-8 bytes as a file error', () => {
    const latin1 = Buffer.concat([
      Buffer.from('name,kind,state,category\n'),
      Buffer.from([0xfc]),
      Buffer.from(',jobcenter,Bayern,Landkreis\n'),
    ]);
    expect(plan(latin1).report.fileErrors[0]).toContain('UTF-8');
  });

  it('finds too many cells and formula-like text', () => {
    const result = plan(
      'name,kind,state,category\nA,jobcenter,Hessen,Landkreis,zu viel\n"@SUM(1)",jobcenter,Hessen,Landkreis\n',
    );
    expect(result.report.rows[0]?.errors.join()).toContain('Mehr Werte als Spalten');
    expect(result.report.rows[1]?.action).toBe('create');
    expect(result.report.rows[1]?.warnings[0]).toContain('entschärft');
  });

  it('reports a changed existing organisation instead of silently overwriting it', () => {
    const result = plan('name,kind,state,category\nKreis Offenbach,jobcenter,Bayern,Landkreis\n');
    expect(result.report.rows[0]?.errors[0]).toContain('mit anderen Angaben');
    expect(result.toCreate).toEqual([]);
  });
});
