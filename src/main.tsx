// First, for its side effect: it starts loading the dataset before the rest of the app's code is evaluated.
// oxlint-disable-next-line import/no-unassigned-import
import './earlyLoad';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startUrlSync } from './app/urlSync';
import './app/styles.css';

startUrlSync();

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
