import type { MessageKey } from './en';
import type { ProblemKey } from './problems.en';

export type Params = Record<string, string | number>;

/** A message to be put into words later, in whatever language is active then (notices are kept so). */
export interface Message {
  key: MessageKey;
  params?: Params;
}

/**
 * A problem found in a file (the import report, the dataset check): a message of the problems catalogue
 * (problems.en.ts), whose parameters may themselves be problems, put into words in the same language
 * ("found {found}" with "a list").
 */
export interface Problem {
  key: ProblemKey;
  params?: ProblemParams;
}

export type ProblemParams = Record<string, string | number | Problem>;
