import { fileTypeLabel, formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it('writes sizes the German way with binary units', () => {
    expect(formatFileSize(0)).toBe('0 Bytes');
    expect(formatFileSize(1)).toBe('1 Byte');
    expect(formatFileSize(1023)).toBe('1.023 Bytes');
    expect(formatFileSize(1536)).toBe('1,5 KB');
    expect(formatFileSize(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatFileSize(1.25 * 1024 ** 3)).toBe('1,3 GB');
  });
});

describe('fileTypeLabel', () => {
  it('names known types and falls back to „Datei“', () => {
    expect(fileTypeLabel('application/pdf')).toBe('PDF');
    expect(fileTypeLabel('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(
      'Word-Dokument',
    );
    expect(fileTypeLabel('application/x-unknown')).toBe('Datei');
  });
});
