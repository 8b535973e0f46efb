import { datasetSource } from './data/load';
import { startLoadingEarly } from './data/loadOffThread';
import { parseUrlState } from './domain/urlState';

// main.tsx imports this module first, so it runs before the rest of the app's code is evaluated (React and
// the views: a fifth of a second on a slow machine): the worker that downloads and checks the dataset the
// link asks for starts that much sooner, and the first view no longer waits idle for its answer.
// `loadDatasetOffThread` takes this load over when the interface asks for the same address.
startLoadingEarly(datasetSource(parseUrlState(window.location.search).state.data));
