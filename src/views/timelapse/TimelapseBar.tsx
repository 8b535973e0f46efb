import { useId } from 'react';
import { RadioChoice } from '../../components/RadioChoice';
import { useFocusHandoff } from '../../components/focusHandoff';
import { clampYear, SPEEDS, stepYear, type LapseMode } from '../../domain/timelapse';
import { selectLapseRange } from '../../store/selectors';
import { appStore, useAppStore } from '../../store/store';
import { useTimelapsePlayer } from './useTimelapsePlayer';
import { useT } from '../../i18n';

/**
 * The time-lapse: play the years from the first mission to the last and watch the network grow. The slider
 * steps a year with the arrow keys; the year is in the link, so a paused moment can be shared.
 */
export function TimelapseBar() {
  useTimelapsePlayer();
  const year = useAppStore((s) => s.year);
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const lapse = useAppStore((s) => s.lapse);
  const range = useAppStore(selectLapseRange);
  const { setYear, setPlaying, setSpeed } = appStore.getState();
  const sliderId = useId();
  const speedId = useId();
  const shown = year ?? range[1];
  const t = useT();
  // "Show all years" goes once used: focus goes to the year slider, which now says "All years".
  const handOff = useFocusHandoff();

  const play = () => {
    if (playing) setPlaying(false);
    else {
      // Playing from the end starts over from the first year.
      if (year === null || year >= range[1]) setYear(range[0]);
      setPlaying(true);
    }
  };
  // Up to the last year, every mission is shown: the slider's end (End, a drag, a step) is "All years"
  // then, as it is before the time-lapse is used. Running in the last year shows fewer: that stays a year.
  const choose = (next: number) => setYear(lapse === 'cumulative' && next >= range[1] ? null : next);
  const step = (delta: number) => {
    setPlaying(false);
    choose(
      stepYear(year ?? range[1] + (delta < 0 ? 1 : 0), range, delta) ?? (delta > 0 ? range[1] : range[0]),
    );
  };

  return (
    <section className="timelapse" aria-label={t('lapse.label')}>
      <button type="button" className="button play" onClick={play} aria-pressed={playing}>
        {playing ? t('lapse.pause') : t('lapse.play')}
      </button>
      <button
        type="button"
        className="button small"
        onClick={() => step(-1)}
        aria-label={t('lapse.previous')}
      >
        ◀
      </button>
      <label htmlFor={sliderId} className="visually-hidden">
        {t('lapse.year')}
      </label>
      <input
        id={sliderId}
        type="range"
        min={range[0]}
        max={range[1]}
        step={1}
        value={clampYear(shown, range)}
        aria-valuetext={year === null ? t('lapse.allYears') : String(year)}
        onChange={(e) => {
          setPlaying(false);
          choose(Number(e.target.value));
        }}
        // A drag, or a key held down, is one gesture: one history entry for all the years it passes.
        onPointerDown={startGesture}
        onKeyDown={(e) => {
          if (!e.repeat) setScrubbing(true);
        }}
        onKeyUp={endGesture}
        onBlur={endGesture}
      />
      <button type="button" className="button small" onClick={() => step(1)} aria-label={t('lapse.next')}>
        ▶
      </button>
      <output className="lapse-year" aria-live="off">
        {year ?? t('lapse.allYears')}
      </output>
      <RadioChoice
        legend="lapse.show"
        legendHidden
        name="lapse"
        choices={LAPSE_CHOICES}
        value={lapse}
        onChange={setLapse}
      />
      {/* The label and its menu wrap onto the next line together, never one without the other. */}
      <span className="lapse-speed">
        <label htmlFor={speedId}>{t('lapse.speed')}</label>
        <select
          id={speedId}
          className="text-input speed"
          value={speed}
          onChange={(e) => setSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s.ms} value={s.ms}>
              {s.label}
            </option>
          ))}
        </select>
      </span>
      {year !== null && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            handOff(() => document.getElementById(sliderId), 'lost');
            setYear(null);
          }}
        >
          {t('lapse.showAll')}
        </button>
      )}
    </section>
  );
}

const setLapse = (mode: LapseMode) => appStore.getState().setLapse(mode);
const setScrubbing = (scrubbing: boolean) => appStore.getState().setScrubbing(scrubbing);
const endGesture = () => setScrubbing(false);
/** The pointer may be let go anywhere on the page, not only over the slider. */
const startGesture = () => {
  setScrubbing(true);
  const end = () => {
    window.removeEventListener('pointerup', end);
    window.removeEventListener('pointercancel', end);
    endGesture();
  };
  window.addEventListener('pointerup', end);
  window.addEventListener('pointercancel', end);
};
const LAPSE_CHOICES = [
  ['cumulative', 'lapse.cumulative'],
  ['active', 'lapse.active'],
] as const;
