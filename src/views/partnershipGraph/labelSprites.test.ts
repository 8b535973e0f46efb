import { describe, expect, it, vi } from 'vitest';
import { drawLabelSprite, labelSprite, type LabelSprite } from './labelSprites';

const sprite: LabelSprite = {
  image: {} as CanvasImageSource,
  width: 40,
  height: 20,
  centerX: 20,
  baseline: 14,
  textWidth: 34,
};

function recorder() {
  const calls: number[][] = [];
  const ctx = {
    drawImage: (_image: unknown, ...args: number[]) => calls.push(args),
  } as unknown as CanvasRenderingContext2D;
  return { ctx, calls };
}

describe('label pictures', () => {
  it('puts the text centred on the point with its baseline on it', () => {
    const { ctx, calls } = recorder();
    drawLabelSprite(ctx, sprite, 100, 50, 1);
    expect(calls).toEqual([[80, 36, 40, 20]]);
  });

  it('starts or ends the text on the point when asked, for a label beside its circle', () => {
    const { ctx, calls } = recorder();
    drawLabelSprite(ctx, sprite, 100, 50, 1, 'start');
    drawLabelSprite(ctx, sprite, 100, 50, 1, 'end');
    // The text is 34 wide in a picture 40 wide: 3 pixels of halo room on each side.
    expect(calls).toEqual([
      [97, 36, 40, 20],
      [63, 36, 40, 20],
    ]);
  });

  it('lands on whole device pixels, so the copy is not blurred', () => {
    const { ctx, calls } = recorder();
    drawLabelSprite(ctx, sprite, 100.3, 50.2, 2);
    const [left = 0, top = 0] = calls[0] ?? [];
    expect((left * 2) % 1).toBe(0);
    expect((top * 2) % 1).toBe(0);
    expect(Math.abs(left - 80.3)).toBeLessThanOrEqual(0.25);
    expect(Math.abs(top - 36.2)).toBeLessThanOrEqual(0.25);
  });

  it('gives no picture where there is no canvas to draw one, so the caller writes the text itself', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const style = { font: '12px sans-serif', size: 12, fill: '#000', halo: '#fff', haloWidth: 3 };
    expect(labelSprite('ESA', style, 1)).toBeNull();
  });
});
