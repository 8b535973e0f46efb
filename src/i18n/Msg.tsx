import type { MessageKey } from './en';
import { useT } from './index';

/** A translated message as an element, for places that take a render function (table headers). */
export function Msg({ k }: { k: MessageKey }) {
  return <>{useT()(k)}</>;
}
