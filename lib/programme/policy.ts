// Who may see which programme items, and how much of each. Pages, exports and feeds all filter
// through these clauses, so there is one source of truth for visibility. The rule is written
// twice, once as a Prisma filter and once as SQL for the hand-written hot reads (the itinerary); a
// test checks on every combination of role, status and visibility that both select the same items
// (tests/integration/visibility-sql.test.ts), so change them together. A third form, couldSee,
// is the same rule as a pure function over an item's scope, for items as they were (audit states);
// tests/integration/could-see.test.ts holds it to visibleItemsWhere on every combination.
//
// Need-to-know for agencies: an agency reads in full what it could see without its tasks
// (published public items). Of any other item behind one of its tasks (staff-only, for delegations
// or participants) it reads only what the task needs: time, place, status and, on the task, party
// size and principal level, under a neutral title. Every read that hands items to an agency passes
// its rows through itemAsReadBy. Drafts stay hidden from agencies altogether, tasks on them too.
import type { Actor } from "@/lib/auth/actor";
import { can, isStaff } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemKind, ItemStatus, Visibility } from "@/lib/generated/prisma/enums";
import { dictionary } from "@/lib/i18n";

/** Who writes programme items and asks what a save would do: planners and administrators. */
export const mayEditProgramme = (actor: Pick<Actor, "role">): boolean => can(actor, "programme.edit");

/** Every item write and preview asks first; anyone else is told the item is not found, as the gate tells them. */
export function assertMayEditProgramme(actor: Pick<Actor, "role">): void {
  if (!mayEditProgramme(actor)) throw new NotFoundError();
}

const PUBLISHED: readonly ItemStatus[] = ["CONFIRMED", "CANCELLED"];

/** Items the actor may read. Drafts and staff-only items are for staff alone. */
export function visibleItemsWhere(actor: Actor): Prisma.ProgrammeItemWhereInput {
  if (isStaff(actor)) return {};
  const published: Prisma.ProgrammeItemWhereInput = { status: { in: ["CONFIRMED", "CANCELLED"] } };
  switch (actor.role) {
    case "LIAISON":
      return {
        ...published,
        OR: [
          { visibility: { in: ["PUBLIC", "ALL_DELEGATIONS"] } },
          {
            visibility: "PARTICIPANTS",
            participations: { some: { delegationId: { in: [...actor.delegationIds] } } },
          },
        ],
      };
    case "AGENCY":
      // Items behind the agency's own tasks are read through itemAsReadBy (see the file comment).
      return {
        ...published,
        OR: [
          { visibility: "PUBLIC" },
          ...(actor.agencyId ? [{ tasks: { some: { agencyId: actor.agencyId } } }] : []),
        ],
      };
    default:
      return { ...published, visibility: "PUBLIC" };
  }
}

/**
 * What visibleItemsWhere reads of an item, as a row has it now or an audit state had it then.
 * Status and visibility are optional because an audit snapshot may lack them: then only staff see it.
 */
export type ItemScope = {
  status?: string;
  visibility?: string;
  /** Every delegation taking part, as a whole or through one of its members (Participation.delegationId). */
  delegationIds: readonly string[];
  /** Agencies with a task on the item (AgencyTask.agencyId). */
  agencyIds: readonly string[];
};

/** The parts of an actor the visibility rule reads. */
export type ScopeReader = Pick<Actor, "role" | "delegationIds" | "agencyId">;

const PUBLISHED_TEXT: ReadonlySet<string> = new Set(PUBLISHED);

/** visibleItemsWhere as a pure function of the item's scope: whether the actor may read it. */
export function couldSee(actor: ScopeReader, item: ItemScope): boolean {
  if (isStaff(actor)) return true;
  if (item.status === undefined || !PUBLISHED_TEXT.has(item.status)) return false;
  switch (actor.role) {
    case "LIAISON":
      return (
        item.visibility === "PUBLIC" ||
        item.visibility === "ALL_DELEGATIONS" ||
        (item.visibility === "PARTICIPANTS" && item.delegationIds.some((id) => actor.delegationIds.includes(id)))
      );
    case "AGENCY":
      return item.visibility === "PUBLIC" || (actor.agencyId !== null && item.agencyIds.includes(actor.agencyId));
    default:
      return item.visibility === "PUBLIC";
  }
}

/** visibleItemsWhere as an SQL condition for $queryRaw, on the programme item aliased `i`. */
export function visibleItemsSql(actor: Actor): Prisma.Sql {
  if (isStaff(actor)) return Prisma.sql`TRUE`;
  const published = Prisma.sql`i.status::text IN ('CONFIRMED', 'CANCELLED')`;
  switch (actor.role) {
    case "LIAISON":
      return Prisma.sql`(${published} AND (i.visibility::text IN ('PUBLIC', 'ALL_DELEGATIONS')
        OR (i.visibility::text = 'PARTICIPANTS' AND EXISTS (
          SELECT 1 FROM "Participation" vp WHERE vp."itemId" = i.id AND vp."delegationId" = ANY(${[...actor.delegationIds]}::text[])))))`;
    case "AGENCY":
      return Prisma.sql`(${published} AND (i.visibility::text = 'PUBLIC'
        OR EXISTS (SELECT 1 FROM "AgencyTask" vt WHERE vt."itemId" = i.id AND vt."agencyId" = ${actor.agencyId ?? null}::text)))`;
    default:
      return Prisma.sql`(${published} AND i.visibility::text = 'PUBLIC')`;
  }
}

/**
 * Whether the actor reads all of an item visibleItemsWhere gave them: anyone but an agency does;
 * an agency only what it could see without its tasks (tests/integration/visibility-sql.test.ts
 * holds this to visibleItemsWhere of the same actor without an agency).
 */
export function readsItemInFull(actor: ScopeReader, item: Pick<ItemScope, "status" | "visibility">): boolean {
  if (actor.role !== "AGENCY" || isStaff(actor)) return true;
  return couldSee({ ...actor, agencyId: null }, { ...item, delegationIds: [], agencyIds: [] });
}

/** What an agency never reads of an item it sees only for its task, when a read selects it. */
const WITHHELD = ["organiser", "description", "dressCode", "staffNotes"] as const;
type Withheld = (typeof WITHHELD)[number];

type ItemRowLike = { title: string; kind: ItemKind; status: ItemStatus; visibility: Visibility } & { [K in Withheld]?: string | null };

/**
 * An item row as the actor may read it. `restricted` says the row was reduced to what a task
 * needs: the title is then the neutral English one (presenters print dictionary().restrictedItem
 * in the reader's language), kind is null and organiser, description, dress code and staff notes
 * are null; times, place, status, visibility, participation counts and ids stay.
 */
export type ItemAsRead<T extends ItemRowLike> = Omit<T, "kind"> & { kind: ItemKind | null; restricted: boolean };

export function itemAsReadBy<T extends ItemRowLike>(actor: Actor, item: T): ItemAsRead<T> {
  if (readsItemInFull(actor, item)) return { ...item, restricted: false };
  const withheld: { [K in Withheld]?: null } = {};
  for (const field of WITHHELD) if (field in item) withheld[field] = null;
  return { ...item, ...withheld, title: dictionary("en").restrictedItem.title, kind: null, restricted: true };
}

/** Whether staff-only fields (staff notes) may be selected for this actor. */
export function mayReadStaffNotes(actor: Actor): boolean {
  return isStaff(actor);
}
