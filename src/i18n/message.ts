import type { MessageKey } from './en';

export type Params = Record<string, string | number>;

/** A message to be put into words later, in whatever language is active then (notices are kept so). */
export interface Message {
  key: MessageKey;
  params?: Params;
}
