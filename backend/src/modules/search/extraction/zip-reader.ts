import { inflateRawSync } from 'node:zlib';

/** The XML parts of an office file are read whole; larger ones are a zip bomb or not a document. */
const MAX_ENTRY_BYTES = 32 * 1024 * 1024;

export class ZipUnreadable extends Error {}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * A minimal ZIP reader for the text parts of DOCX/PPTX/XLSX/ODF files (no package for reading
 * ZIPs is installed): central directory, stored or deflated entries, no ZIP64 and no encryption
 * (both → ZipUnreadable). Inflating is capped, so a zip bomb fails instead of filling memory.
 */
export class ZipReader {
  private readonly entries: Entry[];

  constructor(private readonly data: Buffer) {
    this.entries = this.readDirectory();
  }

  names(): string[] {
    return this.entries.map((entry) => entry.name);
  }

  read(name: string): Buffer | null {
    const entry = this.entries.find((candidate) => candidate.name === name);
    if (!entry) return null;
    if (entry.size > MAX_ENTRY_BYTES) throw new ZipUnreadable(`Eintrag ${name} ist zu groß`);
    const local = entry.localOffset;
    if (this.data.readUInt32LE(local) !== 0x04034b50) throw new ZipUnreadable('Lokaler Kopf fehlt');
    const start = local + 30 + this.data.readUInt16LE(local + 26) + this.data.readUInt16LE(local + 28);
    const raw = this.data.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return raw;
    if (entry.method === 8) return inflateRawSync(raw, { maxOutputLength: MAX_ENTRY_BYTES });
    throw new ZipUnreadable(`Kompressionsverfahren ${entry.method} wird nicht unterstützt`);
  }

  private readDirectory(): Entry[] {
    const data = this.data;
    let end = -1;
    for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i--) {
      if (data.readUInt32LE(i) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new ZipUnreadable('Kein ZIP-Verzeichnis gefunden');
    const count = data.readUInt16LE(end + 10);
    let offset = data.readUInt32LE(end + 16);
    if (offset === 0xffffffff) throw new ZipUnreadable('ZIP64 wird nicht unterstützt');
    const entries: Entry[] = [];
    for (let i = 0; i < count; i++) {
      if (offset + 46 > data.length || data.readUInt32LE(offset) !== 0x02014b50)
        throw new ZipUnreadable('ZIP-Verzeichnis beschädigt');
      const flags = data.readUInt16LE(offset + 8);
      const nameLength = data.readUInt16LE(offset + 28);
      const entry: Entry = {
        method: data.readUInt16LE(offset + 10),
        compressedSize: data.readUInt32LE(offset + 20),
        size: data.readUInt32LE(offset + 24),
        name: data.toString('utf8', offset + 46, offset + 46 + nameLength),
        localOffset: data.readUInt32LE(offset + 42),
      };
      if (flags & 1) throw new ZipUnreadable('Verschlüsselte Datei');
      entries.push(entry);
      offset += 46 + nameLength + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
    }
    return entries;
  }
}
