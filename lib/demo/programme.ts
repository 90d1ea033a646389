// The whole demo programme in one list, parents before their sessions (a session references
// its side event, and the rows are inserted in this order).
import { DEMO_BILATERALS } from "./bilaterals";
import type { DemoItem } from "./items";
import { DEMO_ITEMS_24_JUNE } from "./programme-24";
import { DEMO_ITEMS_25_JUNE } from "./programme-25";

export const DEMO_ITEMS: readonly DemoItem[] = [
  ...DEMO_ITEMS_24_JUNE,
  ...DEMO_ITEMS_25_JUNE,
  ...DEMO_BILATERALS.flatMap((b) => (b.item ? [b.item] : [])),
];
