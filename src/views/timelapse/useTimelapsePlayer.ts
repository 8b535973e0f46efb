import { useEffect } from 'react';
import { stepYear } from '../../domain/timelapse';
import { selectLapseRange } from '../../store/selectors';
import { appStore, useAppStore } from '../../store/store';

/** While playing, advances the year once per tick of the chosen speed, and stops after the last year. */
export function useTimelapsePlayer(): void {
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const s = appStore.getState();
      const next = stepYear(s.year, selectLapseRange(s));
      if (next === null) s.setPlaying(false);
      else s.setYear(next);
    }, speed);
    return () => window.clearInterval(timer);
  }, [playing, speed]);
}
