import { contentDisposition, MAX_FILE_NAME_LENGTH, sanitizeFileName } from './file-name';

describe('sanitizeFileName', () => {
  it('keeps ordinary German names as they are', () => {
    expect(sanitizeFileName('Bericht Übergänge 2026.pdf')).toBe('Bericht Übergänge 2026.pdf');
  });

  it('drops directories of any platform', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\x\\Desktop\\plan.docx')).toBe('plan.docx');
  });

  it('removes control and direction-changing characters', () => {
    expect(sanitizeFileName('rech\u0000nung\n.pdf')).toBe('rechnung.pdf');
    // U+202E would display „gpj.exe“ as „exe.jpg“.
    expect(sanitizeFileName('foto\u202Egpj.exe')).toBe('fotogpj.exe');
  });

  it('replaces characters Windows refuses and hides nothing', () => {
    expect(sanitizeFileName('a<b>c:d"e|f?g*.txt')).toBe('a_b_c_d_e_f_g_.txt');
    expect(sanitizeFileName('.htaccess')).toBe('htaccess');
    expect(sanitizeFileName('name.pdf. . ')).toBe('name.pdf');
  });

  it('falls back to a neutral name', () => {
    expect(sanitizeFileName(undefined)).toBe('datei');
    expect(sanitizeFileName('../')).toBe('datei');
  });

  it('shortens long names and keeps the extension', () => {
    const name = sanitizeFileName(`${'ä'.repeat(500)}.pdf`);
    expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('ä.pdf')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact name per RFC 5987', () => {
    expect(contentDisposition('attachment', 'Übersicht "Q1"; 100%.pdf')).toBe(
      `attachment; filename="Ubersicht _Q1__ 100_.pdf"; filename*=UTF-8''%C3%9Cbersicht%20%22Q1%22%3B%20100%25.pdf`,
    );
  });
});
