import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('writes the metadata, then each table with its header, quoting where needed', () => {
    const csv = toCsv(
      [
        ['Nguồn', 'Hệ thống IOC tỉnh Sơn La'],
        ['Thời điểm trích xuất', '21:05 23/11/2026 (2026-11-23T14:05:00.000Z)'],
      ],
      [
        {
          name: 'Xếp hạng',
          columns: [
            { key: 'name', label: 'Xã, phường', kind: 'text' },
            { key: 'value', label: 'Tỷ lệ (%)', kind: 'percent' },
            { key: 'simulated', label: 'Mô phỏng', kind: 'text' },
          ],
          rows: [
            { name: 'Chiềng Cơi', value: 68.07, simulated: true },
            { name: 'Tên "lạ", có phẩy', value: null, simulated: false },
          ],
        },
      ],
    );
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Nguồn,Hệ thống IOC tỉnh Sơn La',
      'Thời điểm trích xuất,21:05 23/11/2026 (2026-11-23T14:05:00.000Z)',
      '',
      'Xếp hạng',
      '"Xã, phường",Tỷ lệ (%),Mô phỏng',
      'Chiềng Cơi,68.07,true',
      '"Tên ""lạ"", có phẩy",,false',
      '',
    ]);
  });
});
