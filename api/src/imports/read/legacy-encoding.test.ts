import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { encodeLegacy } from './legacy-encode';
import {
  convertLegacy,
  decodeBytes,
  detectEncoding,
  encodingSamples,
  parseDeclaredEncoding,
} from './legacy-encoding';
import { tcvn3Table } from './tcvn3-table';
import { allVietnameseLetters } from './vietnamese-letters';

const sentence = 'Nhà nghỉ Hoa Hồng, thôn Phù Tải, xã Nam Thanh Miện';
const registry = [
  'Nhà nghỉ Hoa Hồng',
  'Karaoke Ánh Dương',
  'Quán cà phê Đảo Cò',
  'Nguyễn Văn Thưởng',
  'thôn Đan Giáp, xã Nam Thanh Miện',
  'Kinh doanh dịch vụ lưu trú',
  'Massage, xông hơi Thủy Tiên',
  'Tạm ngừng hoạt động',
];

/** What a program reading the bytes as Windows-1252 shows (Excel, QGIS without a .cpg…). */
const asLatin = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes);

describe('TCVN3 (ABC) and VNI-Windows', () => {
  it('know 134 Vietnamese letters, every tone and capitals included', () => {
    expect(allVietnameseLetters()).toHaveLength(134);
  });

  it.each(['tcvn3', 'vni'] as const)('%s round-trips every one of them', (encoding) => {
    const letters = allVietnameseLetters();
    for (const letter of letters)
      expect(convertLegacy(asLatin(encodeLegacy(letter, encoding)), encoding)).toBe(letter);
    const all = letters.join(' ');
    expect(decodeBytes(encodeLegacy(all, encoding), encoding).text).toBe(all);
    expect(convertLegacy(asLatin(encodeLegacy(sentence, encoding)), encoding)).toBe(sentence);
  });

  // Examples from the converters in common use (duydev/vietnamese-conversion); in TCVN3 ư is
  // 0xAD, a soft hyphen in Latin-1 that most screens do not show.
  it.each([
    ['tcvn3', 'Nhµ nghØ', 'Nhà nghỉ'],
    ['tcvn3', 'B¶o Th¾ng', 'Bảo Thắng'],
    ['tcvn3', 'M\u00adêng Kh\u00ad¬ng', 'Mường Khương'],
    ['tcvn3', 'B¸t X¸t', 'Bát Xát'],
    ['vni', 'Nhaø nghæ', 'Nhà nghỉ'],
    ['vni', 'Xin chaøo caùc baïn', 'Xin chào các bạn'],
    ['vni', 'Ñöôøng QL38B', 'Đường QL38B'],
    ['vni', 'NHAØ NGHÆ', 'NHÀ NGHỈ'],
  ] as const)('%s: reads the mojibake other programs show, %j, as %s', (encoding, shown, meant) => {
    expect(convertLegacy(shown, encoding)).toBe(meant);
  });
});

describe('TCVN3 (ABC)', () => {
  it('agrees with GNU libc iconv (TCVN5712-1) on every byte', () => {
    // Every byte but the newline, each on its own line.
    const bytes = Array.from({ length: 255 }, (_, i) => i + 1).filter((b) => b !== 0x0a);
    const input = Uint8Array.from(bytes.flatMap((b) => [b, 0x0a]));
    const lines = execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input })
      .toString()
      .split('\n');
    bytes.forEach((byte, i) => {
      const ours = tcvn3Table.get(byte) ?? String.fromCharCode(byte);
      expect([byte, ours]).toEqual([byte, lines[i]?.normalize('NFC')]);
    });
  });

  it('gives capitals back to words typed in the capital fonts (.VnTimeH)', () => {
    const abc = (text: string) => asLatin(encodeLegacy(text, 'tcvn3', { capitalsAsSmall: true }));
    expect(abc('NHÀ NGHỈ HOA HỒNG')).toBe('NHµ NGHØ HOA HåNG');
    expect(convertLegacy(abc('NHÀ NGHỈ HOA HỒNG'), 'tcvn3')).toBe('NHÀ NGHỈ HOA HỒNG');
    expect(convertLegacy(abc('Thôn PHÙ TẢI'), 'tcvn3')).toBe('Thôn PHÙ TẢI');
    expect(convertLegacy(abc('Hà'), 'tcvn3')).toBe('Hà');
  });
});

describe('Windows-1258', () => {
  it("composes the code page's separate tone marks into NFC letters", () => {
    // 1258 writes "ỉ" as i + 0xD2 (hook above) and "ồ" as ô + 0xCC (grave).
    const bytes = Uint8Array.from(Buffer.from('Nh\xe0 ngh\x69\xd2 Hoa H\xf4\xccng', 'latin1'));
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ text: 'Nhà nghỉ Hoa Hồng', encoding: 'windows-1258' });
    expect(decoded.text).toBe(decoded.text.normalize('NFC'));
    expect(decoded.samples[0]).toEqual({
      before: 'Nhà nghiÒ Hoa HôÌng',
      after: 'Nhà nghỉ Hoa Hồng',
    });
  });

  it('reads every letter as GNU libc iconv writes it in CP1258 (a Windows-1258 CSV)', () => {
    const text = `${sentence}\n${allVietnameseLetters().join(' ')}`;
    const input = new TextEncoder().encode(text);
    const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP1258'], { input });
    expect(decodeBytes(bytes)).toMatchObject({ text, encoding: 'windows-1258' });
  });
});

describe('UTF-8', () => {
  it('reads UTF-8 with and without a BOM, normalised to NFC', () => {
    const nfd = sentence.normalize('NFD');
    expect(decodeBytes(new TextEncoder().encode(`\ufeff${sentence}`))).toEqual({
      text: sentence,
      encoding: 'utf-8',
      samples: [],
    });
    expect(decodeBytes(new TextEncoder().encode(nfd)).text).toBe(sentence);
  });

  it('converts TCVN3 letters kept in a UTF-8 file, leaving the Unicode header alone', () => {
    const csv = `Tên cơ sở,Địa chỉ\n${asLatin(encodeLegacy('Nhà nghỉ Hoa Hồng,thôn Phù Tải', 'tcvn3'))}`;
    const decoded = decodeBytes(new TextEncoder().encode(csv));
    expect(decoded.encoding).toBe('tcvn3');
    expect(decoded.text).toBe('Tên cơ sở,Địa chỉ\nNhà nghỉ Hoa Hồng,thôn Phù Tải');
    expect(decoded.samples).toEqual([
      { before: 'Nhµ nghØ Hoa Hång,th«n Phï T¶i', after: 'Nhà nghỉ Hoa Hồng,thôn Phù Tải' },
    ]);
  });
});

describe('detectEncoding', () => {
  const bytesOf = {
    'utf-8': (t: string) => new TextEncoder().encode(t),
    tcvn3: (t: string) => encodeLegacy(t, 'tcvn3'),
    vni: (t: string) => encodeLegacy(t, 'vni'),
  };

  for (const [encoding, encode] of Object.entries(bytesOf)) {
    it(`tells ${encoding} bytes of typical registry values`, () => {
      expect(detectEncoding(encode(registry.join('\n'))).encoding).toBe(encoding);
      for (const value of registry.filter((v) => /[^\p{ASCII}]/u.test(v)))
        expect([value, detectEncoding(encode(value)).encoding]).toEqual([value, encoding]);
    });
  }

  it('tells the misread strings of a DBF read as Latin-1', () => {
    expect(detectEncoding(['Nhµ nghØ', 'th«n Phï T¶i']).encoding).toBe('tcvn3');
    expect(detectEncoding(['Nhaø nghæ', 'thoân Phuø Taûi']).encoding).toBe('vni');
    const tcvn3 = registry.map((v) => asLatin(encodeLegacy(v, 'tcvn3')));
    const vni = registry.map((v) => asLatin(encodeLegacy(v, 'vni')));
    expect(detectEncoding(tcvn3).encoding).toBe('tcvn3');
    expect(detectEncoding(vni).encoding).toBe('vni');
  });

  it('does not misfire on Unicode text, ASCII, numbers or coordinates', () => {
    expect(detectEncoding(registry).encoding).toBe('utf-8');
    expect(detectEncoding([sentence]).encoding).toBe('utf-8');
    // Words that are also VNI spellings of other words stay as they are.
    expect(detectEncoding(['Hoàng', 'Hoàng Văn Tuấn']).encoding).toBe('utf-8');
    expect(detectEncoding(['Karaoke Star', 'Hotel 38B', '0912 345 678']).encoding).toBe('utf-8');
    expect(detectEncoding(['20°43\'24.6"N', '106°14\'27"E', '2291234,5']).encoding).toBe('utf-8');
    expect(detectEncoding(new TextEncoder().encode('name,lat,lng\nA,20.7,106.2')).encoding).toBe(
      'utf-8',
    );
  });
});

describe('parseDeclaredEncoding', () => {
  it('reads the names .cpg files and people use', () => {
    expect(['UTF-8', 'utf8', '65001'].map(parseDeclaredEncoding)).toEqual(Array(3).fill('utf-8'));
    expect(['1258', 'CP1258', 'windows-1258', 'ANSI 1258'].map(parseDeclaredEncoding)).toEqual(
      Array(4).fill('windows-1258'),
    );
    expect(['TCVN3', 'tcvn-3', 'ABC'].map(parseDeclaredEncoding)).toEqual(Array(3).fill('tcvn3'));
    expect(parseDeclaredEncoding('VNI')).toBe('vni');
    expect(parseDeclaredEncoding('ISO-8859-1')).toBeUndefined();
  });
});

describe('encodingSamples', () => {
  it('lists distinct values before and after, none for UTF-8', () => {
    const values = ['Nhµ nghØ', 'Nhµ nghØ', 'Karaoke', 'th«n Phï T¶i'];
    expect(encodingSamples(values, 'tcvn3')).toEqual([
      { before: 'Nhµ nghØ', after: 'Nhà nghỉ' },
      { before: 'th«n Phï T¶i', after: 'thôn Phù Tải' },
    ]);
    expect(encodingSamples(values, 'utf-8')).toEqual([]);
  });
});
