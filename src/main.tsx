import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startUrlSync } from './app/urlSync';
import { datasetSource } from './app/useDatasetLoader';
import { startLoadingEarly } from './data/loadOffThread';
import { appStore } from './store/store';
import './app/styles.css';

startUrlSync();
// The dataset starts downloading now, while the interface renders for the first time.
startLoadingEarly(datasetSource(appStore.getState().data));

// Offline after the first visit (built app only, and only where service workers are allowed: http(s)).
if (import.meta.env.PROD && 'serviceWorker' in navigator && window.location.protocol.startsWith('http')) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      console.warn('Offline support is unavailable:', error);
    });
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
