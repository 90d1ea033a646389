// Every kind's importer, by name.
import type { ImportKindName } from "./fields";
import { delegationsImporter } from "./kinds/delegations";
import { membersImporter } from "./kinds/members";
import { movementsImporter } from "./kinds/movements";
import { tasksImporter } from "./kinds/tasks";
import { travelTimesImporter } from "./kinds/travel-times";
import type { Importer } from "./kinds/types";
import { venuesImporter } from "./kinds/venues";

export const IMPORTERS: Record<ImportKindName, Importer<unknown>> = {
  delegations: delegationsImporter as Importer<unknown>,
  members: membersImporter as Importer<unknown>,
  movements: movementsImporter as Importer<unknown>,
  venues: venuesImporter as Importer<unknown>,
  "travel-times": travelTimesImporter as Importer<unknown>,
  tasks: tasksImporter as Importer<unknown>,
};
