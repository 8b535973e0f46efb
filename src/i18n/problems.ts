/* The import report's problems in the interface language; loaded with the importer, not the first view. */
import type { Language } from './index';
import type { Problem } from './message';
import { fillProblem, problemsEn, type ProblemCatalogue } from './problems.en';
import { problemsKo } from './problems.ko';

export const PROBLEM_CATALOGUES: Record<Language, ProblemCatalogue> = { en: problemsEn, ko: problemsKo };

export const problemText = (lang: Language, p: Problem): string => fillProblem(PROBLEM_CATALOGUES[lang], p);
