-- A sequence's motorcades once carried "Arrival N of M at <entrance>" as their route note, which
-- reaches the delegation's own itinerary and files: their place in the order and the number of
-- parties, neither theirs to see. Notes written since say "Arrival at <entrance>"; this rewrites
-- the earlier ones of the motorcades a sequence still holds.
UPDATE "Movement" m
SET "routeNote" = regexp_replace(m."routeNote", '^Arrival [0-9]+ of [0-9]+ at ', 'Arrival at ')
WHERE m."routeNote" ~ '^Arrival [0-9]+ of [0-9]+ at '
  AND EXISTS (SELECT 1 FROM "ArrivalSlot" s WHERE s."movementId" = m.id);
