import { beforeEach, describe, expect, it } from 'vitest';
import { appStore, initialState } from './store';

const keys = () => appStore.getState().notices.map((n) => [n.message.key, n.message.params?.name]);

describe('notices', () => {
  beforeEach(() => appStore.setState({ ...initialState, notices: [] }));

  it('does not show the same notice twice', () => {
    const { addNotices } = appStore.getState();
    addNotices([{ key: 'data.savedAs', params: { name: 'a.csv' } }]);
    addNotices([{ key: 'data.savedAs', params: { name: 'a.csv' } }]);
    expect(keys()).toEqual([['data.savedAs', 'a.csv']]);
  });

  it('with replace, takes away the older notice of the same kind and keeps the others', () => {
    const { addNotices } = appStore.getState();
    addNotices([{ key: 'notice.storiesFailed', params: { reason: 'offline' } }]);
    addNotices([{ key: 'data.savedAs', params: { name: 'a.csv' } }], { replace: true });
    addNotices([{ key: 'data.savedAs', params: { name: 'b.csv' } }], { replace: true });
    expect(keys()).toEqual([
      ['notice.storiesFailed', undefined],
      ['data.savedAs', 'b.csv'],
    ]);
  });
});
