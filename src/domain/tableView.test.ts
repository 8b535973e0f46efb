import { describe, expect, it } from 'vitest';
import { columnsShown, sameSort, toTableSort, visibilityOf } from './tableView';

describe('the table’s view in links', () => {
  it('lists the columns shown in the table’s order, the name always among them', () => {
    expect(columnsShown({ partners: false, name: false, destination: true })).toEqual([
      'name',
      'years',
      'status',
      'type',
      'destination',
    ]);
    expect(visibilityOf(['partners'])).toEqual({
      name: true,
      years: false,
      status: false,
      type: false,
      destination: false,
      partners: true,
    });
    expect(columnsShown(visibilityOf(['years', 'status']))).toEqual(['name', 'years', 'status']);
  });

  it('keeps only the sort keys of known columns, and compares them key by key', () => {
    expect(
      toTableSort([
        { id: 'status', desc: true },
        { id: 'select', desc: false },
      ]),
    ).toEqual([{ id: 'status', desc: true }]);
    expect(sameSort([{ id: 'years', desc: false }], [{ id: 'years', desc: false }])).toBe(true);
    expect(sameSort([{ id: 'years', desc: false }], [{ id: 'years', desc: true }])).toBe(false);
    expect(sameSort([], [{ id: 'years', desc: false }])).toBe(false);
  });
});
